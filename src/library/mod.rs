//! The user's local collection of UN documents: folders of resolution files, scanned into a
//! catalog and a full-text index under the data folder, to browse, search, resolve citations
//! and see what cites what, without a network.
//!
//! - [`Library::open`] reads the cache (fast); [`Library::start_scan`] brings it up to date on
//!   a worker thread (only new and changed files are read) while the library keeps answering
//!   from what it had, and swaps the new state in when the scan ends.
//! - A damaged or outdated cache is rebuilt from the files, never a reason to fail: `open`
//!   then reports [`Library::needs_scan`]. The index's files are checked against their
//!   checksums when it is opened; a query that meets damage they did not show fails cleanly
//!   and has the next scan rebuild the index.
//! - What cannot be read is listed with the reason ([`Library::errors`]): files that are not
//!   resolutions or are damaged, and also folders that cannot be listed, broken links, link
//!   loops, and pipes or devices named like resolution files (never opened). Links to folders
//!   are followed, each folder read once.
//! - Search ([`Library::search`]) works in the six languages: accents, case and Cyrillic
//!   look-alikes folded, Chinese matched on character pairs, `"phrases"`, filters; a query
//!   naming a document (`75/32`, `S/RES/2532 (2020)`) puts it first. See [`search`].
//!
//! `Library` is a cheap handle (`Clone`, `Send`, `Sync`): a window keeps one on its thread
//! and the scan worker holds another. Queries take a snapshot under a lock held for a pointer
//! copy; a scan swaps the new snapshot in under the same lock.
//!
//! ```
//! use plenary::document::Language;
//! use plenary::library::{Library, RowFilter, SearchFilters, Sort};
//!
//! # let data = tempfile::tempdir()?;
//! # let folder = tempfile::tempdir()?;
//! # std::fs::write(folder.path().join("75_32_E.md"), "United Nations A/RES/75/32\n\nGeneral Assembly\n\n75/32. Advancing responsible State behaviour in cyberspace\n\nThe General Assembly,\n\nRecalling its resolution 74/28 of 12 December 2019,\n\n1. Calls upon Member States to be guided by the report;\n")?;
//! # std::fs::write(folder.path().join("broken.xml"), "<akomaNtoso><unclosed")?;
//! let library = Library::open(data.path())?;
//! for warning in library.take_warnings() { eprintln!("{warning}"); }
//! library.add_folders(&[folder.path().to_path_buf()])?;
//!
//! // A window polls the scan each frame (and passes `start_scan_with(move || ctx.request_repaint())`).
//! let mut scan = library.start_scan();
//! let report = loop {
//!     if let Some(progress) = scan.try_recv() {
//!         eprintln!("{:?} {}/{} {:?}", progress.phase, progress.done, progress.total, progress.current);
//!     }
//!     if let Some(result) = scan.finished() { break result.as_ref().map(Clone::clone); }
//!     std::thread::sleep(std::time::Duration::from_millis(5));
//! };
//! assert_eq!(report.unwrap().parsed, 2);
//!
//! // Browse: one row per resolution, its language versions as chips.
//! let rows = library.list(&RowFilter::default(), Sort::default());
//! assert_eq!(rows[0].symbol.as_deref(), Some("A/RES/75/32"));
//! assert_eq!(rows[0].languages, vec![Language::En]);
//! assert_eq!(library.errors().len(), 1, "the broken file, with its reason");
//!
//! // Search: paragraphs, best first, with the matches' byte ranges in the snippet.
//! let hits = library.search("guided", &SearchFilters::default(), 20)?;
//! assert_eq!(hits[0].reference, "OP1");
//! let first = hits[0].highlights[0].clone();
//! assert_eq!(&hits[0].snippet[first], "guided");
//!
//! // Citations both ways.
//! let found = library.resolve("A/RES/75/32", Some(Language::Fr)).unwrap();
//! assert!(found.is_other_language, "no French version: the English one, flagged");
//! let citing = library.cited_by("A/RES/74/28", Some(Language::En))?;
//! assert_eq!(citing[0].reference, "PP1");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod agenda;
mod analyze;
mod browse;
mod catalog;
mod error;
pub mod folder;
mod history;
mod index;
mod links;
mod scan;
pub mod search;
mod symbols;
mod votes;

pub use agenda::{AgendaItem, AgendaResolution};
pub use analyze::{fold_word, terms};
pub use browse::{Row, RowFile, RowFilter, Sort, SortKey};
pub use catalog::{CACHE_VERSION, DocInfo, NameList, VoteRecord};
pub use error::{LibraryAction, LibraryError};
pub use history::{HistoryEntry, NEAR_TITLE, compare_history};
pub use links::{Citing, Resolved};
pub use scan::{Phase, Progress, ScanHandle, ScanReport};
pub use search::{Highlight, HitTarget, SearchFilters, SearchHit};
pub use symbols::{natural_cmp, symbol_key};
pub use votes::{CountryVote, CountryVotes, name_key};

use crate::document::Language;
use crate::i18n::{Locale, Text};
use catalog::{Catalog, FileEntry, Outcome, Paths, Unusable};
use index::{Fields, OpenIndex, Payload, Remade};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError, RwLock};
use tantivy::{Index, IndexReader, Searcher};

/// Queries are cut to this many characters.
const MAX_QUERY_CHARS: usize = 1000;

/// A file that cannot be read, and why. Displays in English, as the command line prints it;
/// the window says it in its language ([`FileError::localized`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    pub path: PathBuf,
    /// The reason, phrased to follow the file (`is malformed XML: ... (line 3, column 7)`),
    /// in English.
    pub message: String,
    /// The same as a message of the interface; None for a reason the library's cache kept
    /// from a version that did not keep it this way (its English is shown then).
    pub why: Option<Text>,
}

impl FileError {
    /// The file at `path` cannot be read, for the reason `why` (phrased to follow it).
    pub(crate) fn new(path: impl Into<PathBuf>, why: Text) -> Self {
        FileError {
            path: path.into(),
            message: why.english(),
            why: Some(why),
        }
    }

    /// The whole message as a message of the interface: its English is the `Display`.
    pub fn text(&self) -> Text {
        self.text_in(Locale::EN)
    }

    /// The whole message in the window's language, ready to show.
    pub fn localized(&self) -> String {
        self.text_in(crate::i18n::locale()).localized()
    }

    /// The message with its reason said in `language` (made printable, as the `Display`
    /// makes the English one).
    fn text_in(&self, language: Locale) -> Text {
        let reason = match &self.why {
            Some(why) => why.format(language),
            None => self.message.clone(),
        };
        crate::text!(
            "read-error",
            reason = crate::printable::line(&reason),
            path = crate::printable::path(&self.path)
        )
    }
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cannot read: {}: {}",
            crate::printable::line(&self.message),
            crate::printable::path(&self.path)
        )
    }
}

/// Counts for a status line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Files in the library (readable or not).
    pub files: usize,
    /// Readable files.
    pub documents: usize,
    /// Resolutions (rows: language versions together).
    pub resolutions: usize,
    /// Files that cannot be read.
    pub errors: usize,
}

/// What [`Library::import`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Files copied into the library's own folder (where they are now).
    pub copied: Vec<PathBuf>,
    /// Files already there with the same content.
    pub already_there: Vec<PathBuf>,
    /// Files that could not be copied.
    pub errors: Vec<FileError>,
}

/// The local collection; see the [module documentation](self).
#[derive(Clone)]
pub struct Library {
    inner: Arc<Inner>,
}

struct Inner {
    paths: Paths,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// The current snapshot; replaced whole by a scan.
    state: RwLock<Arc<State>>,
    /// One scan at a time in this process (the index writer's lock guards across processes).
    scan_lock: Mutex<()>,
    /// Guards the folders file's read-change-write; never held for long, so adding a folder
    /// during a scan does not wait for the scan.
    folders_lock: Mutex<()>,
    warnings: Mutex<Vec<Text>>,
    needs_scan: AtomicBool,
    /// Whether each new snapshot's tables are made ahead of the first question
    /// ([`Library::warm_up`]).
    warm: AtomicBool,
    /// A rebuild the next scan must make, whatever it finds: the cache was damaged or made
    /// by another version, or a query met damage the index's own check did not see.
    rebuild: Mutex<Option<Rebuild>>,
}

/// Why the next scan rebuilds the whole cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Rebuild {
    /// As [`ScanReport::rebuilt`] gives it.
    reason: Text,
    /// Warnings that said the cache would be rebuilt. Once it is, the scan's report says so
    /// instead: those not taken yet are withdrawn, so that a command line says it once.
    announced: Vec<Text>,
}

impl Rebuild {
    fn quiet(reason: Text) -> Rebuild {
        Rebuild {
            reason,
            announced: Vec::new(),
        }
    }

    fn announced(reason: Text, warning: Text) -> Rebuild {
        Rebuild {
            reason,
            announced: vec![warning],
        }
    }
}

/// The reason given for rebuilding a cache another version of Plenary wrote.
fn other_version() -> Text {
    crate::text!("library-rebuilt-other-version")
}

/// What the views read: the catalog and everything derived from it.
pub(crate) struct State {
    catalog: Catalog,
    folders: Vec<PathBuf>,
    /// Folders whose files are shown (the user's and the imports folder), as text.
    visible: BTreeSet<String>,
    /// The rows, one per resolution, and the row of each symbol's key: made when first
    /// needed (a search for words needs neither, so opening a large library does not wait
    /// for them), which the window asks ahead.
    rows: OnceLock<(Vec<Row>, HashMap<String, usize>)>,
    /// Each row's words for the browse filter ([`browse::row_haystack`]), made when first
    /// needed (folding every title of a large library takes a while; opening it must not).
    haystacks: OnceLock<Vec<String>>,
    /// Every recorded vote with each state's vote by number, made on the first question
    /// about votes.
    book: OnceLock<votes::Book>,
    /// The files' facts a light catalog left out, read from `catalog_path` when first needed.
    facts: OnceLock<HashMap<String, catalog::Facts>>,
    catalog_path: PathBuf,
    /// The visible documents' short numbers (`75/32`, `2532(2020)`) with their paths, sorted:
    /// the documents a query such as `75/32` names are found without reading every entry.
    /// Made when first needed.
    shorts: OnceLock<Vec<(String, String)>>,
}

impl State {
    pub(crate) fn new(catalog: Catalog, folders: Vec<PathBuf>, paths: &Paths) -> State {
        let mut visible: BTreeSet<String> = folders
            .iter()
            .map(|f| f.to_string_lossy().into_owned())
            .collect();
        visible.insert(paths.files.to_string_lossy().into_owned());
        State {
            catalog,
            folders,
            visible,
            rows: OnceLock::new(),
            haystacks: OnceLock::new(),
            book: OnceLock::new(),
            facts: OnceLock::new(),
            catalog_path: paths.catalog.clone(),
            shorts: OnceLock::new(),
        }
    }

    /// The rows, one per resolution, and the row of each symbol's key.
    fn table(&self) -> &(Vec<Row>, HashMap<String, usize>) {
        self.rows.get_or_init(|| {
            browse::build_rows(self.visible_entries().map(|(p, e)| (p.as_str(), e)))
        })
    }

    fn rows(&self) -> &[Row] {
        &self.table().0
    }

    fn by_key(&self) -> &HashMap<String, usize> {
        &self.table().1
    }

    fn shorts(&self) -> &[(String, String)] {
        self.shorts.get_or_init(|| {
            let mut shorts: Vec<(String, String)> = self
                .visible_entries()
                .filter_map(|(path, entry)| match &entry.outcome {
                    Outcome::Document(info) => Some((
                        symbols::short_number(info.symbol.as_deref()?)?,
                        path.clone(),
                    )),
                    Outcome::Error(_) => None,
                })
                .collect();
            shorts.sort_unstable();
            shorts
        })
    }

    fn haystacks(&self) -> &[String] {
        self.haystacks
            .get_or_init(|| self.rows().iter().map(browse::row_haystack).collect())
    }

    /// Makes the tables made when first needed, on a thread of its own.
    fn warm(state: Arc<State>) {
        let _ = std::thread::Builder::new()
            .name("library-warm-up".into())
            .spawn(move || {
                state.rows();
                state.shorts();
                state.book();
                state.haystacks();
            });
    }

    /// The facts (vote, sponsors, agenda items' titles) of the readable file at `path`.
    fn facts_of<'a>(&'a self, path: &str, info: &'a DocInfo) -> catalog::FactsRef<'a> {
        if !self.catalog.light {
            return info.facts();
        }
        self.facts
            .get_or_init(|| {
                catalog::load_facts(
                    &self.catalog_path,
                    self.catalog.generation,
                    self.catalog.facts_inside,
                )
            })
            .get(path)
            .unwrap_or(&catalog::NO_FACTS)
            .as_ref()
    }

    fn book(&self) -> &votes::Book {
        self.book.get_or_init(|| votes::Book::new(self))
    }

    fn visible_entries(&self) -> impl Iterator<Item = (&String, &FileEntry)> {
        self.catalog
            .files
            .iter()
            .filter(|(_, e)| self.visible.contains(&e.folder))
    }

    /// The visible entries a symbol query may name, by path, each once: the files of the
    /// rows its keys name, and those whose short number starts with its short number. A
    /// superset of those [`symbols::SymbolQuery::matches`] accepts (rows group files by key),
    /// found without reading the whole catalog.
    fn named_entries(&self, wanted: &symbols::SymbolQuery) -> Vec<(&String, &FileEntry)> {
        let mut out = Vec::new();
        for key in &wanted.keys {
            let Some(row) = self.by_key().get(key).and_then(|&i| self.rows().get(i)) else {
                continue;
            };
            out.extend(
                row.files
                    .iter()
                    .filter_map(|f| self.catalog.files.get_key_value(f.path.to_str()?)),
            );
        }
        if let Some(short) = &wanted.short {
            let shorts = self.shorts();
            let start = shorts.partition_point(|(s, _)| s < short);
            out.extend(
                shorts[start..]
                    .iter()
                    .take_while(|(s, _)| s.starts_with(short.as_str()))
                    .filter_map(|(_, path)| self.catalog.files.get_key_value(path)),
            );
        }
        out.sort_unstable_by(|a, b| a.0.cmp(b.0));
        out.dedup_by(|a, b| a.0 == b.0);
        out.retain(|(_, e)| self.visible.contains(&e.folder));
        out
    }

    /// The format of a readable file of the catalog.
    fn format_of(&self, path: &str) -> Option<crate::document::Format> {
        match &self.catalog.files.get(path)?.outcome {
            Outcome::Document(info) => Some(info.format),
            Outcome::Error(_) => None,
        }
    }

    /// Whether an index entry's file is one the library shows now.
    fn shows(&self, path: &str) -> bool {
        self.catalog.files.get(path).is_some_and(|e| {
            self.visible.contains(&e.folder) && matches!(e.outcome, Outcome::Document(_))
        })
    }
}

impl Library {
    /// Opens the library kept under `data_dir` (its `library/` folder), creating it if need
    /// be. Fast: reads the cache (and checks the index's files), does not scan. A damaged
    /// cache is set aside to be rebuilt ([`Library::needs_scan`] says so;
    /// [`Library::take_warnings`] says why); one made by another version of Plenary is
    /// rebuilt too, without a warning.
    pub fn open(data_dir: &Path) -> Result<Library, LibraryError> {
        let paths = Paths::new(data_dir);
        std::fs::create_dir_all(&paths.cache)
            .map_err(|e| LibraryError::io(LibraryAction::CreateFolder, &paths.cache, e))?;
        let mut warnings = Vec::new();
        let (folders, warning) = catalog::load_folders(&paths.folders);
        warnings.extend(warning);

        let mut needs_scan = false;
        let mut rebuild: Option<Rebuild> = None;
        let mut catalog = match Catalog::load_light(&paths.catalog) {
            Ok(catalog) => catalog,
            Err(Unusable::OtherVersion(_)) => {
                // Not damage: the files are read again, nobody needs to be told.
                rebuild = Some(Rebuild::quiet(other_version()));
                needs_scan = true;
                Catalog::empty()
            }
            Err(Unusable::Damaged(reason)) => {
                let warning = crate::text!(
                    "library-warning-cache-damaged",
                    reason = reason.clone(),
                    path = crate::printable::path(&paths.catalog)
                );
                warnings.push(warning.clone());
                rebuild = Some(Rebuild::announced(
                    crate::text!("library-rebuilt-cache-damaged", reason = reason),
                    warning,
                ));
                needs_scan = true;
                Catalog::empty()
            }
        };
        let OpenIndex {
            index,
            reader,
            fields,
            payload,
            rebuilt,
        } = index::open_or_create(&paths.index)?;
        match rebuilt {
            None => {}
            Some(Remade::OtherVersion) => {
                rebuild.get_or_insert_with(|| Rebuild::quiet(other_version()));
                needs_scan = true;
                catalog = Catalog::empty();
            }
            Some(Remade::Damaged(reason)) => {
                let warning = crate::text!(
                    "library-warning-index-damaged",
                    reason = reason.clone(),
                    path = crate::printable::path(&paths.index)
                );
                warnings.push(warning.clone());
                let mut announced = rebuild.take().map(|r| r.announced).unwrap_or_default();
                announced.push(warning);
                rebuild = Some(Rebuild {
                    reason: crate::text!("library-rebuilt-index-damaged", reason = reason),
                    announced,
                });
                needs_scan = true;
                catalog = Catalog::empty();
            }
        }
        let index_generation = payload.map(|p: Payload| p.generation).unwrap_or(0);
        if index_generation != catalog.generation {
            // A crash between writing the index and the catalog, or another Plenary in the
            // middle of a scan: show nothing stale, and let the next scan start over.
            needs_scan = true;
            catalog = Catalog::empty();
        }
        if catalog.files.is_empty() && (!folders.is_empty() || paths.files.is_dir()) {
            needs_scan = true;
        }
        let state = State::new(catalog, folders, &paths);
        Ok(Library {
            inner: Arc::new(Inner {
                paths,
                index,
                reader,
                fields,
                state: RwLock::new(Arc::new(state)),
                scan_lock: Mutex::new(()),
                folders_lock: Mutex::new(()),
                warnings: Mutex::new(warnings),
                needs_scan: AtomicBool::new(needs_scan),
                warm: AtomicBool::new(false),
                rebuild: Mutex::new(rebuild),
            }),
        })
    }

    /// Opens the library in the user's data folder ([`crate::store::data_dir`], which
    /// honours `PLENARY_DATA_DIR`).
    pub fn open_default() -> Result<Library, LibraryError> {
        Library::open(&crate::store::data_dir())
    }

    /// Makes the tables that answer the first filter by words and the first question about
    /// votes (a large library takes a moment to make them) on a thread of their own, now and
    /// after every scan: for the window, which asks such questions; a command asks one.
    pub fn warm_up(&self) {
        self.inner.warm.store(true, Ordering::Relaxed);
        State::warm(self.state());
    }

    /// Whether the cache is missing or was set aside: a scan will (re)build it.
    pub fn needs_scan(&self) -> bool {
        self.inner.needs_scan.load(Ordering::Relaxed)
    }

    /// Things the user should know (a damaged cache rebuilt, a folders list restored from its
    /// backup), each returned once, in English (as the command line prints them).
    pub fn take_warnings(&self) -> Vec<String> {
        self.take_warning_texts()
            .iter()
            .map(Text::english)
            .collect()
    }

    /// The same as messages of the interface, for the window to say in its language (what
    /// one of the two took, the other does not return again).
    pub fn take_warning_texts(&self) -> Vec<Text> {
        std::mem::take(
            &mut *self
                .inner
                .warnings
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        )
    }

    fn warn(&self, message: Text) {
        self.inner
            .warnings
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(message);
    }

    /// The current snapshot.
    fn state(&self) -> Arc<State> {
        Arc::clone(
            &self
                .inner
                .state
                .read()
                .unwrap_or_else(PoisonError::into_inner),
        )
    }

    /// The current snapshot and a searcher on the matching index commit.
    fn snapshot(&self) -> (Arc<State>, Searcher) {
        let guard = self
            .inner
            .state
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        (Arc::clone(&guard), self.inner.reader.searcher())
    }

    /// Puts a new catalog in place with the folders as saved now (a folder may have been
    /// added or removed while a scan ran).
    fn swap_catalog(&self, catalog: Catalog) -> Result<(), LibraryError> {
        let _folders = self
            .inner
            .folders_lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let (folders, _) = catalog::load_folders(&self.inner.paths.folders);
        self.swap(State::new(catalog, folders, &self.inner.paths))
    }

    /// Puts a new snapshot in place, with the index commit it describes.
    fn swap(&self, state: State) -> Result<(), LibraryError> {
        let mut guard = self
            .inner
            .state
            .write()
            .unwrap_or_else(PoisonError::into_inner);
        index::guarded(|| self.inner.reader.reload())
            .map_err(|e| LibraryError::index(e, &self.inner.paths.index))?;
        let state = Arc::new(state);
        *guard = Arc::clone(&state);
        if self.inner.warm.load(Ordering::Relaxed) {
            State::warm(state);
        }
        Ok(())
    }

    /// Picks up a scan another Plenary (a command line, a second window) has finished since
    /// this library was opened. Returns whether anything changed. Cheap: reads one small file
    /// unless there is news.
    pub fn refresh(&self) -> Result<bool, LibraryError> {
        let Ok(metas) = self.inner.index.load_metas() else {
            return Ok(false);
        };
        let Some(payload) = Payload::parse(metas.payload.as_deref()) else {
            return Ok(false);
        };
        if payload.generation == self.state().catalog.generation {
            return Ok(false);
        }
        let Ok(catalog) = Catalog::load_light(&self.inner.paths.catalog) else {
            return Ok(false);
        };
        if catalog.generation != payload.generation {
            // The other scan has not finished writing; try again later.
            return Ok(false);
        }
        let (folders, _) = catalog::load_folders(&self.inner.paths.folders);
        self.swap(State::new(catalog, folders, &self.inner.paths))?;
        self.inner.needs_scan.store(false, Ordering::Relaxed);
        Ok(true)
    }

    /// The folders the user added, in the order added.
    pub fn folders(&self) -> Vec<PathBuf> {
        self.state().folders.clone()
    }

    /// Where imported files are copied (always part of the library).
    pub fn import_folder(&self) -> PathBuf {
        self.inner.paths.files.clone()
    }

    /// Adds folders (saved at once; [`Library::start_scan`] reads their files). Returns them
    /// as stored (absolute). Folders already in the library are not added twice.
    pub fn add_folders(&self, dirs: &[PathBuf]) -> Result<Vec<PathBuf>, LibraryError> {
        let mut added = Vec::new();
        for dir in dirs {
            let absolute = std::fs::canonicalize(dir)
                .ok()
                .filter(|p| p.is_dir())
                .ok_or_else(|| LibraryError::NotAFolder(dir.clone()))?;
            added.push(absolute);
        }
        self.change_folders(|folders| {
            for dir in &added {
                if !folders.contains(dir) {
                    folders.push(dir.clone());
                }
            }
            Ok(())
        })?;
        self.inner.needs_scan.store(true, Ordering::Relaxed);
        Ok(added)
    }

    /// Removes a folder from the library. Its documents disappear from every view at once;
    /// the next scan drops them from the cache. The files themselves are not touched.
    pub fn remove_folder(&self, dir: &Path) -> Result<(), LibraryError> {
        let absolute = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        self.change_folders(|folders| {
            let before = folders.len();
            folders.retain(|f| f != dir && *f != absolute);
            if folders.len() == before {
                return Err(LibraryError::UnknownFolder(dir.to_path_buf()));
            }
            Ok(())
        })
    }

    /// Changes the list of folders under its lock, from what is on disk (another instance
    /// may have changed it), saves it and shows the library as it now is. The lock holds
    /// across processes (a script adding folders while the window does), as the notes
    /// store's does.
    fn change_folders(
        &self,
        change: impl FnOnce(&mut Vec<PathBuf>) -> Result<(), LibraryError>,
    ) -> Result<(), LibraryError> {
        let _one_at_a_time = self
            .inner
            .folders_lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let folders_path = &self.inner.paths.folders;
        let _other_programs = crate::store::fsio::FileLock::acquire(folders_path)
            .map_err(|e| LibraryError::io(LibraryAction::LockFolders, folders_path, e))?;
        let (mut folders, _) = catalog::load_folders(&self.inner.paths.folders);
        change(&mut folders)?;
        catalog::save_folders(&self.inner.paths.folders, &folders)?;
        let catalog = self.state().catalog.clone();
        self.swap(State::new(catalog, folders, &self.inner.paths))
    }

    /// Copies files (or the resolution files under folders) into the library's own folder,
    /// so they stay available when the originals move. Scan afterwards to read them.
    pub fn import(&self, sources: &[PathBuf]) -> ImportReport {
        links::import(&self.inner.paths.files, sources)
    }

    /// Rows for the browse table: resolutions passing `filter`, sorted.
    pub fn list(&self, filter: &RowFilter, sort: Sort) -> Vec<Row> {
        let state = self.state();
        // A filter that names documents (`75/32`) shows those, not every symbol containing it.
        let named = symbols::parse_symbol_query(&filter.text);
        let by_symbol = !named.is_empty()
            && state
                .rows()
                .iter()
                .any(|r| r.symbol.as_deref().is_some_and(|s| named.matches(s)));
        let plain = RowFilter {
            text: String::new(),
            ..filter.clone()
        };
        let mut rows: Vec<Row> = state
            .rows()
            .iter()
            .zip(state.haystacks())
            .filter(|(row, haystack)| {
                if by_symbol {
                    row.symbol.as_deref().is_some_and(|s| named.matches(s))
                        && browse::matches(row, haystack, &plain)
                } else {
                    browse::matches(row, haystack, filter)
                }
            })
            .map(|(row, _)| row.clone())
            .collect();
        if sort != Sort::default() {
            browse::sort_rows(&mut rows, sort);
        }
        rows
    }

    /// Files that cannot be read, with the reason, by path.
    pub fn errors(&self) -> Vec<FileError> {
        self.state()
            .visible_entries()
            .filter_map(|(path, entry)| match &entry.outcome {
                Outcome::Error(message) => Some(FileError {
                    path: PathBuf::from(path),
                    message: message.clone(),
                    why: entry.why.clone(),
                }),
                Outcome::Document(_) => None,
            })
            .collect()
    }

    /// Counts for a status line.
    pub fn stats(&self) -> Stats {
        let state = self.state();
        let mut stats = Stats {
            resolutions: state.rows().len(),
            ..Stats::default()
        };
        for (_, entry) in state.visible_entries() {
            stats.files += 1;
            match entry.outcome {
                Outcome::Document(_) => stats.documents += 1,
                Outcome::Error(_) => stats.errors += 1,
            }
        }
        stats
    }

    /// What the library knows about one file (None if it is not in the library).
    pub fn document_info(&self, path: &Path) -> Option<DocInfo> {
        let state = self.state();
        let entry = state.catalog.files.get(path.to_str()?)?;
        match &entry.outcome {
            Outcome::Document(info) if state.visible.contains(&entry.folder) => {
                let mut info = DocInfo::clone(info);
                if state.catalog.light {
                    let facts = state.facts_of(path.to_str()?, &info);
                    let (votes, sponsors, additional, titles) = (
                        facts.votes.cloned(),
                        facts.sponsors.clone(),
                        facts.additional_sponsors.clone(),
                        facts.agenda_titles.to_vec(),
                    );
                    info.votes = votes;
                    info.sponsors = sponsors;
                    info.additional_sponsors = additional;
                    info.agenda_titles = titles;
                }
                Some(info)
            }
            _ => None,
        }
    }

    /// Full-text search; see [`search`] for what a query means. At most `limit` hits, best
    /// first.
    pub fn search(
        &self,
        query: &str,
        filters: &SearchFilters,
        limit: usize,
    ) -> Result<Vec<SearchHit>, LibraryError> {
        // Nobody types more; a pasted page would only make a slow query.
        let query = match query.char_indices().nth(MAX_QUERY_CHARS) {
            Some((end, _)) => query.get(..end).unwrap_or(query),
            None => query,
        };
        let (state, searcher) = self.snapshot();
        let fields = &self.inner.fields;
        let mut hits = links::symbol_hits(&state, query, filters);
        // Paragraphs citing the documents a symbol query names come after them.
        let mut cited: Vec<String> = hits
            .iter()
            .filter_map(|h| h.symbol.as_deref().map(symbols::key_of_canonical))
            .collect();
        cited.dedup();
        let Some(mut prepared) = search::prepare(query, filters, fields, &cited) else {
            hits.truncate(limit);
            return Ok(hits);
        };
        if !hits.is_empty() {
            // A symbol's letters and numbers are marked only where they spell it, or the
            // number a text cites it by (`74/28`), not wherever `a` or `28` stands alone.
            let mut marks = search::Highlight::default();
            marks.add_phrase(query);
            for hit in &hits {
                if let Some(short) = hit.symbol.as_deref().and_then(symbols::short_number) {
                    marks.add_phrase(&short);
                }
            }
            prepared.highlight = marks;
        }
        // Room for entries of files no longer shown, and for the pinned document's own title.
        let fetch = limit.saturating_mul(2).saturating_add(hits.len() + 8);
        let collector = search::Ranked {
            limit: fetch.max(1),
        };
        let found = self.guarded(|| searcher.search(&prepared.query, &collector))?;
        let pinned: BTreeSet<String> = hits
            .iter()
            .map(|h| h.path.to_string_lossy().into_owned())
            .collect();
        let mut text_hits = Vec::new();
        for (score, address) in found {
            if text_hits.len() + hits.len() >= limit {
                break;
            }
            let doc: tantivy::TantivyDocument = self.guarded(|| searcher.doc(address))?;
            let stored = search::Stored::read(&doc, fields);
            if !state.shows(&stored.path) {
                continue;
            }
            let target = stored.target();
            if target == HitTarget::Title && pinned.contains(&stored.path) {
                continue;
            }
            let (snippet, highlights) = search::snippet(&stored.text, &prepared.highlight);
            text_hits.push(SearchHit {
                symbol: stored.symbol,
                language: stored.language,
                reference: stored.reference,
                target,
                kind: stored.kind,
                snippet,
                highlights,
                path: PathBuf::from(stored.path),
                score,
                by_symbol: false,
            });
        }
        // Pinned documents rank above every text hit.
        let top = text_hits.first().map(|h| h.score).unwrap_or(0.0);
        let count = hits.len();
        for (i, hit) in hits.iter_mut().enumerate() {
            hit.score = top + (count - i) as f32;
        }
        hits.extend(text_hits);
        search::one_per_document(&mut hits);
        hits.truncate(limit);
        Ok(hits)
    }

    /// Finds a cited document: the `preferred` language version, else another (English
    /// first) with `is_other_language` set so the reader can be told.
    pub fn resolve(&self, symbol: &str, preferred: Option<Language>) -> Option<Resolved> {
        links::resolve(&self.state(), symbol, preferred)
    }

    /// The paragraphs that cite `symbol`, one per citing document and paragraph (in the
    /// `preferred` language where there is a choice), in symbol then paragraph order. A
    /// short form (`74/28`) asks about the documents [`Library::symbols_named`] names.
    pub fn cited_by(
        &self,
        symbol: &str,
        preferred: Option<Language>,
    ) -> Result<Vec<Citing>, LibraryError> {
        let (state, searcher) = self.snapshot();
        let mut citing = Vec::new();
        for symbol in links::symbols_named(&state, symbol) {
            citing.extend(self.checked(links::cited_by(
                &state,
                &searcher,
                &self.inner.fields,
                &symbol,
                preferred,
            ))?);
        }
        Ok(citing)
    }

    /// The symbols a question names: the symbol itself, or for a short form (`74/28`,
    /// `2532 (2020)`) the library's documents numbered so, else the resolution a text means by
    /// it (`A/RES/74/28`, `S/RES/2532 (2020)`). Empty for what is no symbol.
    pub fn symbols_named(&self, query: &str) -> Vec<String> {
        links::symbols_named(&self.state(), query)
    }

    /// How the state `country` voted on each resolution in the library adopted by a
    /// recorded vote (of `session` only, if given), oldest first, one row per resolution
    /// (its English version's record where there is one). A resolution whose lists do not
    /// name the state is there with no vote (absent) when the state voted on another
    /// resolution of that session, and left out otherwise. `country` is compared without
    /// regard to case, accents or punctuation, and may be a short form (`UK`, `Russia`) or
    /// the start of one state's name (`Venezuela`). From the catalog alone: fast.
    pub fn votes_of(
        &self,
        country: &str,
        session: Option<u32>,
    ) -> Result<CountryVotes, LibraryError> {
        votes::votes_of(&self.state(), country, session)
    }

    /// Every state named in a recorded vote of the library, once each, by the name
    /// [`Library::votes_of`] gives it, in alphabetical order.
    pub fn states(&self) -> Vec<String> {
        votes::states(&self.state())
    }

    /// Every agenda item of the library's resolutions (drafts aside), each with its
    /// resolutions oldest first and how each was adopted; items in alphabetical order.
    pub fn agenda_items(&self) -> Vec<AgendaItem> {
        agenda::agenda_items(&self.state())
    }

    /// The resolutions on the same subject as the one `symbol` names, across sessions,
    /// oldest first (session, adoption date, symbol), itself included: those with the same
    /// title, or (from another session) a title that shares most of its words under the
    /// same agenda item, each the other's closest match in its session; step by step, so a
    /// title that drifts a little each year keeps its line. From the catalog (and the
    /// index's titles, to find the resolutions that may be alike): fast; [`compare_history`]
    /// then compares each text with the one before it.
    pub fn history(&self, symbol: &str) -> Result<Vec<HistoryEntry>, LibraryError> {
        let (state, searcher) = self.snapshot();
        self.checked(history::history(
            &state,
            &searcher,
            &self.inner.fields,
            symbol,
        ))?
        .ok_or_else(|| LibraryError::NotInLibrary(symbol.trim().to_string()))
    }

    /// Runs an index read. A failure, or a panic inside the engine on damage its checksums
    /// did not show, becomes an error, and the next scan rebuilds the index from the files
    /// ([`Library::needs_scan`] says so).
    fn guarded<T>(&self, read: impl FnOnce() -> tantivy::Result<T>) -> Result<T, LibraryError> {
        self.checked(index::guarded(read))
    }

    /// The result of an index read ([`index::guarded`]); a failure has the index rebuilt by
    /// the next scan.
    fn checked<T>(&self, result: tantivy::Result<T>) -> Result<T, LibraryError> {
        let err = match result {
            Ok(value) => return Ok(value),
            Err(err) => err,
        };
        let mut rebuild = self
            .inner
            .rebuild
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        rebuild.get_or_insert_with(|| Rebuild {
            reason: crate::text!(
                "library-rebuilt-index-damaged",
                reason = Text::verbatim(err.to_string())
            ),
            announced: Vec::new(),
        });
        self.inner.needs_scan.store(true, Ordering::Relaxed);
        Err(LibraryError::index(err, &self.inner.paths.index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_can_be_shared_with_a_worker() {
        fn shared<T: Send + Sync + Clone + 'static>() {}
        shared::<Library>();
        fn sendable<T: Send>() {}
        sendable::<ScanHandle>();
    }

    #[test]
    fn an_empty_library_answers_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::open(dir.path()).unwrap();
        assert!(!library.needs_scan());
        assert!(library.take_warnings().is_empty());
        let long = "peace ".repeat(5000);
        for query in ["peace", "75/32", "", long.as_str()] {
            assert!(
                library
                    .search(query, &SearchFilters::default(), 10)
                    .unwrap()
                    .is_empty()
            );
        }
        assert!(library.cited_by("A/RES/74/28", None).unwrap().is_empty());
        assert!(library.resolve("A/RES/74/28", None).is_none());
        assert!(
            library
                .list(&RowFilter::default(), Sort::default())
                .is_empty()
        );
        assert_eq!(library.stats(), Stats::default());
        let report = library.scan(|_| {}).unwrap();
        assert_eq!(report.files, 0);
    }
}
