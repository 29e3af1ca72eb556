//! Scanning the library's folders: list the files, read those that are new or changed (in
//! parallel), update the index and the catalog, and say how far it got.

use super::catalog::{self, Catalog, DocInfo, FileEntry, Outcome, Unusable, VoteRecord};
use super::index::{self, Fields, Payload};
use super::{Library, LibraryError, folder, history};
use crate::document::{Document, Format};
use crate::i18n::Text;
use crate::parse;
use crate::text;
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use tantivy::{IndexWriter, TantivyDocument};

/// How deep folders are followed (a guard against pathological trees).
const MAX_DEPTH: usize = 32;
/// Index writer memory per thread.
const WRITER_BUDGET_PER_THREAD: usize = 48 * 1024 * 1024;

/// What a scan is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Listing the folders' files (`total` is the count found so far).
    Listing,
    /// Reading new and changed files (`done` of `total`).
    Reading,
    /// Writing the index and the catalog.
    Saving,
}

/// How far a scan has got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub phase: Phase,
    /// Files read so far (in [`Phase::Reading`]).
    pub done: usize,
    /// Files to read (in [`Phase::Listing`], files found so far).
    pub total: usize,
    /// The file just read, or the folder being listed.
    pub current: Option<PathBuf>,
}

/// What a finished scan did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScanReport {
    /// Files in the library now (readable or not).
    pub files: usize,
    /// Readable documents in the library now.
    pub documents: usize,
    /// Files read this time (new or changed).
    pub parsed: usize,
    /// Files left as they were (same size and modification time).
    pub unchanged: usize,
    /// Files dropped (deleted, or in a folder no longer in the library).
    pub removed: usize,
    /// Files that cannot be read, now ([`Library::errors`] lists them).
    pub failed: usize,
    /// Library folders that could not be listed; their files are kept as they were.
    pub missing_folders: Vec<PathBuf>,
    /// Why the whole cache was rebuilt, if it was (a damaged or outdated cache).
    pub rebuilt: Option<Text>,
    /// Stopped by [`ScanHandle::cancel`]: the files read so far are saved, the rest keep
    /// their previous state.
    pub cancelled: bool,
    pub elapsed: Duration,
}

/// A scan running on a worker thread. Poll it from the UI thread each frame; drop it or
/// [`ScanHandle::cancel`] it to stop early.
pub struct ScanHandle {
    events: Receiver<ScanEvent>,
    cancel: Arc<AtomicBool>,
    latest: Option<Progress>,
    result: Option<Result<ScanReport, LibraryError>>,
    thread: Option<JoinHandle<()>>,
}

enum ScanEvent {
    Progress(Progress),
    Finished(Result<ScanReport, LibraryError>),
}

impl ScanHandle {
    /// Takes what the worker reported since the last call; returns the latest progress if
    /// any arrived.
    pub fn try_recv(&mut self) -> Option<Progress> {
        let mut fresh = None;
        loop {
            match self.events.try_recv() {
                Ok(ScanEvent::Progress(p)) => fresh = Some(p),
                Ok(ScanEvent::Finished(result)) => self.result = Some(result),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    if self.result.is_none() {
                        self.result = Some(Err(LibraryError::ScanLost));
                    }
                    break;
                }
            }
        }
        if let Some(p) = &fresh {
            self.latest = Some(p.clone());
        }
        fresh
    }

    /// The latest progress seen (after [`ScanHandle::try_recv`] or [`ScanHandle::finished`]).
    pub fn progress(&self) -> Option<&Progress> {
        self.latest.as_ref()
    }

    /// The outcome, once the scan has ended (the library already shows its result then).
    pub fn finished(&mut self) -> Option<&Result<ScanReport, LibraryError>> {
        if self.result.is_none() {
            self.try_recv();
        }
        self.result.as_ref()
    }

    /// Asks the worker to stop after the file it is reading; what is read is kept.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// Blocks until the scan ends.
    pub fn wait(mut self) -> Result<ScanReport, LibraryError> {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        self.try_recv();
        self.result.take().unwrap_or(Err(LibraryError::ScanLost))
    }
}

impl Drop for ScanHandle {
    fn drop(&mut self) {
        // A dropped handle stops the worker soon; nobody will read its result.
        self.cancel();
    }
}

/// A file to read.
struct Job {
    path: String,
    folder: String,
    size: u64,
    modified: u64,
}

/// A file read: its catalog entry and its index entries.
struct Parsed {
    path: String,
    entry: FileEntry,
    documents: Vec<TantivyDocument>,
}

impl Library {
    /// Scans every library folder on a worker thread. The library keeps answering queries
    /// from what it had; the new state is swapped in when the scan ends.
    pub fn start_scan(&self) -> ScanHandle {
        self.start_scan_with(|| {})
    }

    /// Like [`Library::start_scan`], calling `notify` (from the worker) after each report, so
    /// a window can ask to be redrawn.
    pub fn start_scan_with(&self, notify: impl Fn() + Send + 'static) -> ScanHandle {
        let (tx, rx) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let library = self.clone();
        let stop = Arc::clone(&cancel);
        let thread = std::thread::Builder::new()
            .name("library-scan".into())
            .spawn(move || {
                let progress_tx = tx.clone();
                let result = library.scan_until(&stop, &mut |p: &Progress| {
                    let _ = progress_tx.send(ScanEvent::Progress(p.clone()));
                    notify();
                });
                let _ = tx.send(ScanEvent::Finished(result));
                notify();
            })
            .ok();
        // Without a thread the sender is gone with the closure: the handle reports a lost
        // scan rather than waiting forever.
        ScanHandle {
            events: rx,
            cancel,
            latest: None,
            result: None,
            thread,
        }
    }

    /// Scans every library folder on this thread, reporting progress.
    pub fn scan(&self, mut on_progress: impl FnMut(&Progress)) -> Result<ScanReport, LibraryError> {
        let never = AtomicBool::new(false);
        self.scan_until(&never, &mut on_progress)
    }

    fn scan_until(
        &self,
        cancel: &AtomicBool,
        on_progress: &mut dyn FnMut(&Progress),
    ) -> Result<ScanReport, LibraryError> {
        let started = Instant::now();
        let inner = &self.inner;
        let _one_at_a_time = inner
            .scan_lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let threads = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .clamp(1, 4);
        let index_dir = inner.paths.index.clone();
        let mut writer: IndexWriter = inner
            .index
            .writer_with_num_threads(threads, threads * WRITER_BUDGET_PER_THREAD)
            .map_err(|e| LibraryError::index(e, &index_dir))?;

        let mut report = ScanReport::default();
        let (mut catalog, rebuilt) = self.base_catalog();
        if let Some(reason) = &rebuilt {
            writer
                .delete_all_documents()
                .map_err(|e| LibraryError::index(e, &index_dir))?;
            catalog = Catalog::empty_after(catalog.generation);
            report.rebuilt = Some(reason.clone());
        }

        let before = catalog.files.clone();
        let (folders, warning) = catalog::load_folders(&inner.paths.folders);
        if let Some(w) = warning {
            self.warn(w);
        }
        let mut roots: Vec<PathBuf> = folders.clone();
        if inner.paths.files.is_dir() {
            roots.push(inner.paths.files.clone());
        }

        // Listing.
        let mut listed: BTreeMap<String, (String, u64, u64)> = BTreeMap::new();
        let mut unreadable: BTreeMap<String, (String, Text)> = BTreeMap::new();
        let mut listed_roots: BTreeSet<String> = BTreeSet::new();
        let mut kept_under: Vec<PathBuf> = Vec::new();
        for root in &roots {
            let root_text = root.to_string_lossy().into_owned();
            on_progress(&Progress {
                phase: Phase::Listing,
                done: 0,
                total: listed.len(),
                current: Some(root.clone()),
            });
            let Some(listing) = root.is_dir().then(|| list_folder(root).ok()).flatten() else {
                report.missing_folders.push(root.clone());
                continue;
            };
            listed_roots.insert(root_text.clone());
            for (path, reason) in listing.problems {
                // What was read from under it before is kept as it was, as for a library
                // folder that is not there now.
                kept_under.push(path.clone());
                unreadable.insert(
                    path.to_string_lossy().into_owned(),
                    (root_text.clone(), reason),
                );
            }
            for path in listing.files {
                let Some(text) = path.to_str().map(str::to_string) else {
                    let lossy = path.to_string_lossy().into_owned();
                    unreadable.insert(
                        lossy,
                        (root_text.clone(), text!("library-unreadable-not-unicode")),
                    );
                    continue;
                };
                if listed.contains_key(&text) {
                    continue;
                }
                match std::fs::metadata(&path) {
                    Ok(meta) => {
                        let (size, modified) = catalog::stamp(&meta);
                        listed.insert(text, (root_text.clone(), size, modified));
                    }
                    Err(e) => {
                        let why = Text::verbatim(e.to_string());
                        unreadable.insert(text, (root_text.clone(), why));
                    }
                }
            }
        }

        // What changed.
        let root_texts: BTreeSet<String> = roots
            .iter()
            .map(|r| r.to_string_lossy().into_owned())
            .collect();
        let mut jobs = Vec::new();
        for (path, (folder, size, modified)) in &listed {
            match catalog.files.get(path) {
                Some(old) if old.size == *size && old.modified == *modified => {
                    report.unchanged += 1;
                }
                _ => jobs.push(Job {
                    path: path.clone(),
                    folder: folder.clone(),
                    size: *size,
                    modified: *modified,
                }),
            }
        }
        let gone: Vec<String> = catalog
            .files
            .iter()
            .filter(|(path, entry)| {
                if listed.contains_key(*path) || unreadable.contains_key(*path) {
                    return false;
                }
                // Files of a folder that could not be listed stay as they were.
                if kept_under
                    .iter()
                    .any(|dir| Path::new(path).starts_with(dir))
                {
                    return false;
                }
                !root_texts.contains(&entry.folder) || listed_roots.contains(&entry.folder)
            })
            .map(|(path, _)| path.clone())
            .collect();
        for path in &gone {
            writer.delete_term(tantivy::Term::from_field_text(inner.fields.path, path));
            catalog.files.remove(path);
            report.removed += 1;
        }
        for (path, (folder, why)) in unreadable {
            writer.delete_term(tantivy::Term::from_field_text(inner.fields.path, &path));
            catalog.files.insert(
                path,
                FileEntry {
                    size: 0,
                    modified: 0,
                    folder,
                    outcome: Outcome::Error(why.english()),
                    why: Some(why),
                },
            );
        }

        // Reading, in parallel; the index writer takes entries from this thread.
        let total = jobs.len();
        let fields = inner.fields;
        let mut first_error: Option<LibraryError> = None;
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let (tx, rx) = mpsc::sync_channel::<Parsed>(threads * 4);
        std::thread::scope(|scope| {
            for _ in 0..threads.min(total.max(1)) {
                let tx = tx.clone();
                let (jobs, next, stop) = (&jobs, &next, &stop);
                scope.spawn(move || {
                    while !stop.load(Ordering::Relaxed) && !cancel.load(Ordering::Relaxed) {
                        let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) else {
                            break;
                        };
                        if tx.send(read_file(job, &fields)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            for parsed in rx {
                writer.delete_term(tantivy::Term::from_field_text(fields.path, &parsed.path));
                for document in parsed.documents {
                    if let Err(e) = writer.add_document(document) {
                        first_error.get_or_insert(LibraryError::index(e, &index_dir));
                        stop.store(true, Ordering::Relaxed);
                        break;
                    }
                }
                report.parsed += 1;
                on_progress(&Progress {
                    phase: Phase::Reading,
                    done: report.parsed,
                    total,
                    current: Some(PathBuf::from(&parsed.path)),
                });
                catalog.files.insert(parsed.path, parsed.entry);
            }
        });
        if let Some(err) = first_error {
            let _ = writer.rollback();
            return Err(err);
        }
        report.cancelled = cancel.load(Ordering::Relaxed) && report.parsed < total;

        // Saving.
        on_progress(&Progress {
            phase: Phase::Saving,
            done: report.parsed,
            total,
            current: None,
        });
        if report.rebuilt.is_some() || catalog.files != before {
            catalog.generation += 1;
            let payload = Payload {
                version: catalog::CACHE_VERSION,
                generation: catalog.generation,
            };
            let mut commit = writer
                .prepare_commit()
                .map_err(|e| LibraryError::index(e, &index_dir))?;
            commit.set_payload(&payload.to_text());
            commit
                .commit()
                .map_err(|e| LibraryError::index(e, &index_dir))?;
            catalog.save(&inner.paths.catalog)?;
        }

        for entry in catalog.files.values() {
            match entry.outcome {
                Outcome::Document(_) => report.documents += 1,
                Outcome::Error(_) => report.failed += 1,
            }
        }
        report.files = catalog.files.len();
        self.swap_catalog(catalog)?;
        if report.rebuilt.is_some() {
            self.rebuilt();
        }
        inner.needs_scan.store(false, Ordering::Relaxed);
        // Merges run in the background; wait so that a command-line run leaves a tidy index.
        let _ = writer.wait_merging_threads();
        index::mark_checked(&inner.index, &inner.paths.index);
        report.elapsed = started.elapsed();
        Ok(report)
    }

    /// The catalog to start from, as on disk (another Plenary may have scanned since this
    /// library was opened); with the reason to start over instead, if the catalog or the
    /// index cannot be trusted.
    fn base_catalog(&self) -> (Catalog, Option<Text>) {
        let inner = &self.inner;
        let on_disk = Catalog::load(&inner.paths.catalog);
        let payload = inner
            .index
            .load_metas()
            .ok()
            .and_then(|m| Payload::parse(m.payload.as_deref()));
        let index_generation = payload.map(|p| p.generation).unwrap_or(0);
        let pending = inner
            .rebuild
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        let catalog = match on_disk {
            Ok(catalog) => catalog,
            Err(reason) => {
                let reason = match (pending, reason) {
                    (Some(pending), _) => pending.reason,
                    (None, Unusable::OtherVersion(_)) => {
                        text!("library-rebuilt-cache-other-version")
                    }
                    (None, Unusable::Damaged(reason)) => {
                        text!("library-rebuilt-cache-damaged", reason = reason)
                    }
                };
                return (Catalog::empty_after(index_generation), Some(reason));
            }
        };
        let generation = catalog.generation.max(index_generation);
        if let Some(pending) = pending {
            return (Catalog::empty_after(generation), Some(pending.reason));
        }
        if index_generation != catalog.generation {
            return (
                Catalog::empty_after(generation),
                Some(text!("library-rebuilt-cache-mismatch")),
            );
        }
        match index::damage(&inner.index, &inner.paths.index) {
            None => (catalog, None),
            Some(reason) => (
                Catalog::empty_after(generation),
                Some(text!("library-rebuilt-index-damaged", reason = reason)),
            ),
        }
    }

    /// After a rebuild: nothing is pending any more, and the warnings that announced it and
    /// are not taken yet give way to the scan's report.
    fn rebuilt(&self) {
        let done = self
            .inner
            .rebuild
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take();
        if let Some(done) = done {
            self.inner
                .warnings
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .retain(|w| !done.announced.contains(w));
        }
    }
}

impl Catalog {
    /// An empty catalog whose next generation follows `generation` (so that a rebuilt cache
    /// never reuses a generation the index has seen).
    fn empty_after(generation: u64) -> Catalog {
        Catalog {
            generation,
            ..Catalog::empty()
        }
    }
}

/// Reads one file into its catalog entry and index entries. Never fails: a file that cannot
/// be read becomes an error entry.
fn read_file(job: &Job, fields: &Fields) -> Parsed {
    let path = Path::new(&job.path);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let bytes = parse::read_user_file(path, parse::MAX_FILE_SIZE)
            .map_err(|e| parse::ParseError::io(e, path))?;
        let doc = parse::parse_bytes(&bytes, Some(path))?;
        let mut info = info(&doc);
        if doc.format == Format::AkomaNtoso {
            info.agenda_titles = history::agenda_titles(&bytes);
        }
        Ok::<_, parse::ParseError>((doc, info))
    }));
    let (outcome, why, documents) = match outcome {
        Ok(Ok((doc, info))) => {
            let documents = index::entries(&doc, &job.path, fields);
            (Outcome::Document(Box::new(info)), None, documents)
        }
        Ok(Err(err)) => {
            let reason = err.reason_text().clone();
            let why = match (err.line, err.column) {
                (Some(line), Some(column)) => text!(
                    "library-unreadable-line-column",
                    reason = reason,
                    line = line,
                    column = column
                ),
                (Some(line), None) => {
                    text!("library-unreadable-line", reason = reason, line = line)
                }
                _ => reason,
            };
            (Outcome::Error(why.english()), Some(why), Vec::new())
        }
        Err(_) => {
            let why = text!("library-unreadable-reader-failed");
            (Outcome::Error(why.english()), Some(why), Vec::new())
        }
    };
    Parsed {
        path: job.path.clone(),
        entry: FileEntry {
            size: job.size,
            modified: job.modified,
            folder: job.folder.clone(),
            outcome,
            why,
        },
        documents,
    }
}

fn info(doc: &Document) -> DocInfo {
    let meta = &doc.meta;
    DocInfo {
        symbol: meta.symbol.clone(),
        language: meta.language,
        title: meta.title.clone(),
        adopted: meta.adopted.clone(),
        body: meta.body,
        session: meta.session,
        format: doc.format,
        is_draft: meta.is_draft,
        paragraphs: doc.paragraphs.len(),
        warnings: doc.warnings.len(),
        agenda_items: meta.agenda_items.clone(),
        agenda_titles: Vec::new(),
        votes: meta.votes.as_ref().map(|v| Arc::new(VoteRecord::from(v))),
        sponsors: meta.sponsors.iter().collect(),
        additional_sponsors: meta.additional_sponsors.iter().collect(),
    }
}

/// What listing a library folder found: the resolution files, and what could not be read
/// there (a folder that cannot be listed, a broken link, a link loop), each with the reason
/// phrased to follow its path.
#[derive(Debug, Default)]
pub(crate) struct Listing {
    pub files: Vec<PathBuf>,
    pub problems: Vec<(PathBuf, Text)>,
}

/// Lists the resolution files under `root`. Hidden entries are skipped. Links are followed,
/// each folder is read once however many links lead to it, and a link back to a folder it is
/// in is listed as a loop instead of followed. Named pipes and devices are listed as files:
/// reading them refuses them without opening them ([`parse::read_user_file`]). Fails only
/// when `root` itself cannot be listed.
pub(crate) fn list_folder(root: &Path) -> std::io::Result<Listing> {
    let canonical = root.canonicalize()?;
    let entries = std::fs::read_dir(root)?;
    let mut walk = Walk::default();
    walk.seen.insert(canonical.clone());
    walk.folder(root, &canonical, 0, entries);
    // Links to folders are followed after the folders themselves are read, so that files
    // keep their own path when a link leads to a folder that is read anyway.
    while let Some(link) = walk.links.pop_front() {
        walk.follow(link);
    }
    Ok(walk.listing)
}

/// A link to a folder, met while listing.
struct FolderLink {
    path: PathBuf,
    /// Where the link is, without links.
    in_folder: PathBuf,
    depth: usize,
}

#[derive(Default)]
struct Walk {
    listing: Listing,
    /// Folders read, without links.
    seen: std::collections::HashSet<PathBuf>,
    links: std::collections::VecDeque<FolderLink>,
}

impl Walk {
    fn problem(&mut self, path: PathBuf, reason: Text) {
        self.listing.problems.push((path, reason));
    }

    /// Lists one folder's entries: `dir` as shown, `canonical` without links.
    fn folder(&mut self, dir: &Path, canonical: &Path, depth: usize, entries: std::fs::ReadDir) {
        let mut entries: Vec<_> = entries.flatten().collect();
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let path = dir.join(&name);
            let kind = match entry.file_type() {
                Ok(kind) => kind,
                Err(e) => {
                    if may_matter(&path) {
                        self.problem(
                            path,
                            text!(
                                "library-unreadable-not-examined",
                                reason = parse::unreadable_text(&e)
                            ),
                        );
                    }
                    continue;
                }
            };
            if kind.is_dir() {
                let inner = canonical.join(&name);
                if depth + 1 > MAX_DEPTH {
                    self.problem(path, too_deep());
                    continue;
                }
                if !self.seen.insert(inner.clone()) {
                    // Read already, through a link to it or to a folder it is in.
                    continue;
                }
                match std::fs::read_dir(&path) {
                    Ok(entries) => self.folder(&path, &inner, depth + 1, entries),
                    Err(e) => self.problem(path, folder_not_listed(&e)),
                }
            } else if kind.is_symlink() {
                match std::fs::metadata(&path) {
                    Ok(target) if target.is_dir() => self.links.push_back(FolderLink {
                        path,
                        in_folder: canonical.to_path_buf(),
                        depth: depth + 1,
                    }),
                    Ok(_) => {
                        if has_extension(&path) {
                            self.listing.files.push(path);
                        }
                    }
                    Err(e) => {
                        if may_matter(&path) {
                            self.problem(path, broken_link(&e));
                        }
                    }
                }
            } else if has_extension(&path) {
                // Regular files, and pipes and devices, which reading refuses.
                self.listing.files.push(path);
            }
        }
    }

    fn follow(&mut self, link: FolderLink) {
        let target = match link.path.canonicalize() {
            Ok(target) => target,
            Err(e) => return self.problem(link.path, broken_link(&e)),
        };
        if link.in_folder.starts_with(&target) {
            return self.problem(link.path, text!("library-unreadable-link-loop"));
        }
        if !self.seen.insert(target.clone()) {
            // Read already, by its own path or through another link.
            return;
        }
        if link.depth > MAX_DEPTH {
            return self.problem(link.path, too_deep());
        }
        match std::fs::read_dir(&link.path) {
            Ok(entries) => self.folder(&link.path, &target, link.depth, entries),
            Err(e) => self.problem(
                link.path,
                text!(
                    "library-unreadable-link-not-listed",
                    reason = parse::unreadable_text(&e)
                ),
            ),
        }
    }
}

/// Whether an entry that cannot be examined is worth listing: a resolution file, or a name
/// without an extension, which may be a folder.
fn may_matter(path: &Path) -> bool {
    path.extension().is_none() || has_extension(path)
}

fn too_deep() -> Text {
    text!("library-unreadable-too-deep", limit = MAX_DEPTH)
}

/// Why a folder cannot be listed, phrased to follow its name.
pub(crate) fn folder_not_listed(err: &std::io::Error) -> Text {
    text!(
        "library-unreadable-folder-not-listed",
        reason = parse::unreadable_text(err)
    )
}

/// Why a link cannot be followed, phrased to follow its name.
fn broken_link(err: &std::io::Error) -> Text {
    #[cfg(unix)]
    if err.raw_os_error() == Some(libc::ELOOP) {
        return text!("library-unreadable-link-to-itself");
    }
    if err.kind() == std::io::ErrorKind::NotFound {
        return text!("library-unreadable-broken-link");
    }
    text!(
        "library-unreadable-link-not-followed",
        reason = parse::unreadable_text(err)
    )
}

/// Whether the file name ends in one of [`folder::EXTENSIONS`].
pub(crate) fn has_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| folder::EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listing_finds_resolution_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("en");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::create_dir_all(dir.path().join(".hidden")).unwrap();
        for name in [
            "a.xml",
            "b.TXT",
            "c.pdf",
            "d.docx",
            "d.doc",
            "en/d.md",
            ".hidden/e.xml",
        ] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        let listing = list_folder(dir.path()).unwrap();
        assert!(listing.problems.is_empty(), "{listing:?}");
        let names: Vec<String> = listing
            .files
            .iter()
            .map(|p| {
                p.strip_prefix(dir.path())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, vec!["a.xml", "b.TXT", "c.pdf", "d.docx", "en/d.md"]);
        assert!(list_folder(&dir.path().join("missing")).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_once_and_loops_are_listed() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::write(root.join("a/b/x.md"), "x").unwrap();
        // A link to a folder read anyway, one to an enclosing folder, two leading to each
        // other.
        symlink(root.join("a/b"), root.join("to-b")).unwrap();
        symlink(&root, root.join("a/b/up")).unwrap();
        symlink(root.join("two.md"), root.join("one.md")).unwrap();
        symlink(root.join("one.md"), root.join("two.md")).unwrap();
        let listing = list_folder(&root).unwrap();
        assert_eq!(listing.files, vec![root.join("a/b/x.md")]);
        let problems: Vec<(&Path, String)> = listing
            .problems
            .iter()
            .map(|(p, r)| (p.strip_prefix(&root).unwrap(), r.english()))
            .collect();
        assert_eq!(
            problems,
            vec![
                (
                    Path::new("one.md"),
                    "is a link that leads back to itself (a loop)".to_string()
                ),
                (
                    Path::new("two.md"),
                    "is a link that leads back to itself (a loop)".to_string()
                ),
                (
                    Path::new("a/b/up"),
                    "is a link to a folder it is in (a loop); not followed".to_string()
                ),
            ]
        );
    }
}
