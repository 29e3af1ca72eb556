//! The full-text index: one entry per paragraph (plus one for the title and one per
//! footnote) of every readable file, in a tantivy index under the cache folder.

use super::analyze::{PlenaryTokenizer, TOKENIZER_NAME};
use super::catalog::READABLE_VERSIONS;
use super::symbols::key_of_canonical;
use super::{LibraryAction, LibraryError};
use crate::document::{Body, Document, Language, ParagraphKind};
use crate::i18n::Text;
use crate::text;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::Once;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument};

/// The index's fields.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fields {
    /// The file, as text: the key to replace or remove a file's entries.
    pub path: Field,
    pub symbol: Field,
    /// Language code, empty when unknown.
    pub lang: Field,
    /// `preambular`, `operative`, `subparagraph`, `other`.
    pub kind: Field,
    /// `general-assembly`, `security-council`, ...
    pub body: Field,
    pub session: Field,
    /// How delegates say it: `OP3`, `PP10`, `FN2`, `title`.
    pub reference: Field,
    /// Paragraph id (`op3`), footnote marker, or empty for the title.
    pub anchor: Field,
    /// `title`, `paragraph` or `footnote`.
    pub location: Field,
    /// Index of the paragraph (or footnote) in the document.
    pub ord: Field,
    pub text: Field,
    /// Keys ([`key_of_canonical`]) of the documents this paragraph cites, its footnotes'
    /// citations included.
    pub cites: Field,
    /// Title flag and adoption date, for the ranking's gentle preferences.
    pub rank: Field,
}

/// Builds the schema and its fields.
pub(crate) fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let text_options = TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER_NAME)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored();
    let fields = Fields {
        path: builder.add_text_field("path", STRING | STORED),
        symbol: builder.add_text_field("symbol", STRING | STORED),
        lang: builder.add_text_field("lang", STRING | STORED),
        kind: builder.add_text_field("kind", STRING | STORED),
        body: builder.add_text_field("body", STRING),
        session: builder.add_text_field("session", STRING),
        reference: builder.add_text_field("ref", STORED),
        anchor: builder.add_text_field("anchor", STORED),
        location: builder.add_text_field("location", STRING | STORED),
        ord: builder.add_u64_field("ord", STORED),
        text: builder.add_text_field("text", text_options),
        cites: builder.add_text_field("cites", STRING),
        rank: builder.add_u64_field("rank", FAST | INDEXED),
    };
    (builder.build(), fields)
}

/// What the index's last commit says about itself, to check it against the catalog.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Payload {
    pub version: u32,
    pub generation: u64,
}

impl Payload {
    pub fn parse(text: Option<&str>) -> Option<Payload> {
        serde_json::from_str(text?).ok()
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// An opened index.
pub(crate) struct OpenIndex {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    /// The payload of the last commit (None for a new index).
    pub payload: Option<Payload>,
    /// Why the index had to be made anew, if it had to.
    pub rebuilt: Option<Remade>,
}

/// Why an index was made anew.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Remade {
    /// Another version of Plenary made it: nothing is wrong, it is only rebuilt.
    OtherVersion,
    /// It was damaged; the reason.
    Damaged(Text),
}

/// Opens the index in `dir`, making it anew when it is missing, damaged or from another
/// version. Fails only when a new one cannot be made either.
///
/// Every file of the index is checked against its checksum before the index is read: the
/// search engine trusts the offsets written in its files, and a damaged one makes it fail
/// on a query (or stop on an assertion) instead of saying so when it is opened.
pub(crate) fn open_or_create(dir: &Path) -> Result<OpenIndex, LibraryError> {
    let (schema, fields) = schema();
    // One Plenary at a time decides whether to create the index: two starting together on a
    // new library (two scripts' `library add`) must not both create it, one clearing the
    // other's half-made index. (Where no lock can be had, a read-only folder, go on without.)
    let _lock = crate::store::fsio::FileLock::acquire(dir).ok();
    let rebuilt = if dir.join("meta.json").exists() {
        match try_open(dir, &schema) {
            Ok((index, reader, payload)) => {
                return Ok(OpenIndex {
                    index,
                    reader,
                    fields,
                    payload,
                    rebuilt: None,
                });
            }
            Err(why) => Some(why),
        }
    } else {
        None
    };
    let (index, reader) = create(dir, schema)?;
    Ok(OpenIndex {
        index,
        reader,
        fields,
        payload: None,
        rebuilt,
    })
}

fn try_open(dir: &Path, schema: &Schema) -> Result<(Index, IndexReader, Option<Payload>), Remade> {
    let damaged = |e: tantivy::TantivyError| Remade::Damaged(Text::verbatim(e.to_string()));
    let mut index = match Index::open_in_dir(dir) {
        Ok(index) => index,
        Err(tantivy::TantivyError::IncompatibleIndex(_)) => return Err(Remade::OtherVersion),
        Err(e) => return Err(damaged(e)),
    };
    if index.schema() != *schema {
        return Err(Remade::OtherVersion);
    }
    let payload = index
        .load_metas()
        .ok()
        .and_then(|m| Payload::parse(m.payload.as_deref()));
    let never_committed = payload.is_none()
        && index
            .searchable_segment_ids()
            .is_ok_and(|segments| segments.is_empty());
    if !never_committed
        && payload
            .as_ref()
            .is_none_or(|p| !READABLE_VERSIONS.contains(&p.version))
    {
        return Err(Remade::OtherVersion);
    }
    if let Some(reason) = damage(&index, dir) {
        return Err(Remade::Damaged(reason));
    }
    register_tokenizer(&index);
    search_in_parallel(&mut index);
    let reader = guarded(|| reader(&index)).map_err(damaged)?;
    Ok((index, reader, payload))
}

/// Runs a call into the search engine, turning a panic into an error.
///
/// The engine trusts what its files say: offsets, lengths, document numbers. Damage there
/// makes it index out of bounds or fail an assertion instead of returning an error. The
/// checksums checked on opening ([`damage`]) find damage from a failing disk or a write cut
/// short, so the engine never reads it; this guard is for what they cannot see (a file
/// changed and its checksum with it). Such a panic becomes an error the caller reports (and
/// the index is rebuilt), so its message is kept off the terminal: see [`hush_engine_panics`].
pub(crate) fn guarded<T>(call: impl FnOnce() -> tantivy::Result<T>) -> tantivy::Result<T> {
    hush_engine_panics();
    let was = IN_ENGINE.replace(true);
    let result = catch_unwind(AssertUnwindSafe(call));
    IN_ENGINE.set(was);
    result.unwrap_or_else(|_| {
        Err(tantivy::TantivyError::InternalError(
            "its files could not be read".into(),
        ))
    })
}

thread_local! {
    /// Whether this thread is inside [`guarded`].
    static IN_ENGINE: Cell<bool> = const { Cell::new(false) };
}

/// Keeps the message of a panic inside [`guarded`] off the terminal (it is caught and
/// reported as an error), as well as one on a search thread (it reaches the [`guarded`] call
/// that started the search); every other panic goes to the hook that was there before.
fn hush_engine_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let on_search_thread = std::thread::current()
                .name()
                .is_some_and(|name| name.starts_with(SEARCH_THREAD));
            if !IN_ENGINE.get() && !on_search_thread {
                previous(info);
            }
        }));
    });
}

/// Why the index's files cannot be trusted, if they cannot: each file of its last commit is
/// checked against its checksum, unless it was checked before and has not changed since
/// (its size and modification time are kept beside the index: a library of a hundred
/// thousand resolutions has gigabytes of index, which are not read again at every start).
/// Another Plenary may commit (and remove old files) while this runs; a problem is believed
/// only if the commit did not change meanwhile.
pub(crate) fn damage(index: &Index, dir: &Path) -> Option<Text> {
    let commit = || index.load_metas().ok().map(|m| (m.opstamp, m.payload));
    for _ in 0..3 {
        let before = commit();
        let problem = match catch_unwind(AssertUnwindSafe(|| check_files(index, dir))) {
            Ok(Ok(0)) => return None,
            Ok(Ok(damaged)) => text!("library-damage-index-files", count = damaged),
            Ok(Err(e)) => Text::verbatim(e),
            Err(_) => text!("library-damage-index-unchecked"),
        };
        if commit() == before {
            return Some(problem);
        }
    }
    None
}

/// Checks the files of the last commit not checked before; the number that failed. When
/// none did, they are all remembered as checked.
fn check_files(index: &Index, dir: &Path) -> Result<usize, String> {
    let files = segment_files(index, dir)?;
    let checked = Checked::load(dir);
    let mut damaged = 0;
    for (name, stamp) in &files {
        if checked.files.get(name) == Some(stamp) {
            continue;
        }
        match index.directory().validate_checksum(Path::new(name)) {
            Ok(true) => {}
            Ok(false) => damaged += 1,
            Err(e) => return Err(e.to_string()),
        }
    }
    if damaged == 0 {
        Checked { files }.save(dir);
    }
    Ok(damaged)
}

/// Remembers the files of the last commit as checked, without reading them: for a scan that
/// has just written them (and checked the rest before it started).
pub(crate) fn mark_checked(index: &Index, dir: &Path) {
    if let Ok(files) = segment_files(index, dir) {
        Checked { files }.save(dir);
    }
}

/// The files of the last commit's segments, by name, with their size and modification time.
fn segment_files(index: &Index, dir: &Path) -> Result<BTreeMap<String, (u64, u64)>, String> {
    let segments: BTreeSet<String> = index
        .searchable_segment_metas()
        .map_err(|e| e.to_string())?
        .iter()
        .map(|segment| segment.id().uuid_string())
        .collect();
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((segment, _)) = name.split_once('.') else {
            continue;
        };
        if !segments.contains(segment) {
            continue;
        }
        let meta = entry.metadata().map_err(|e| e.to_string())?;
        files.insert(name, super::catalog::stamp(&meta));
    }
    Ok(files)
}

/// The index files found sound, with the size and modification time they had then. A cache
/// of a cache: missing or unreadable, every file is checked again.
#[derive(Default, Serialize, Deserialize)]
struct Checked {
    files: BTreeMap<String, (u64, u64)>,
}

impl Checked {
    fn path(dir: &Path) -> std::path::PathBuf {
        dir.with_file_name("index-checked.json")
    }

    fn load(dir: &Path) -> Checked {
        std::fs::read(Checked::path(dir))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Best effort: without it, the next start checks the files again.
    fn save(&self, dir: &Path) {
        if let Ok(bytes) = serde_json::to_vec(self) {
            let _ = crate::store::fsio::atomic_replace(&Checked::path(dir), &bytes);
        }
    }
}

fn create(dir: &Path, schema: Schema) -> Result<(Index, IndexReader), LibraryError> {
    if dir.exists() {
        std::fs::remove_dir_all(dir)
            .map_err(|e| LibraryError::io(LibraryAction::ClearDamagedIndex, dir, e))?;
    }
    std::fs::create_dir_all(dir)
        .map_err(|e| LibraryError::io(LibraryAction::CreateIndex, dir, e))?;
    let mut index = Index::create_in_dir(dir, schema).map_err(|e| LibraryError::index(e, dir))?;
    register_tokenizer(&index);
    search_in_parallel(&mut index);
    let reader = reader(&index).map_err(|e| LibraryError::index(e, dir))?;
    Ok((index, reader))
}

/// The name the search threads' names start with.
const SEARCH_THREAD: &str = "plenary-search-";

/// A query searches the index's segments on every core at once: a large library's index
/// has a few large segments, and a common word's candidates are spread over all of them.
/// (Where no thread can be started, it searches on the caller's thread as before.)
fn search_in_parallel(index: &mut Index) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if threads > 1
        && let Ok(executor) = tantivy::Executor::multi_thread(threads, SEARCH_THREAD)
    {
        index.set_executor(executor);
    }
}

fn reader(index: &Index) -> tantivy::Result<IndexReader> {
    index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
}

fn register_tokenizer(index: &Index) {
    index.tokenizers().register(
        TOKENIZER_NAME,
        TextAnalyzer::from(PlenaryTokenizer::default()),
    );
}

/// The name of a body in the index (as in JSON: `general-assembly`).
pub(crate) fn body_code(body: Body) -> &'static str {
    match body {
        Body::GeneralAssembly => "general-assembly",
        Body::SecurityCouncil => "security-council",
        Body::HumanRightsCouncil => "human-rights-council",
        Body::EconomicAndSocialCouncil => "economic-and-social-council",
    }
}

/// Where in a document an entry points.
pub(crate) const TITLE: &str = "title";
pub(crate) const PARAGRAPH: &str = "paragraph";
pub(crate) const FOOTNOTE: &str = "footnote";

/// The title's entry ranks above a paragraph saying the same: a document whose title
/// matches is what the reader is most likely looking for.
pub(crate) const TITLE_FLAG: u64 = 1 << 32;
/// The largest [`date_rank`]: 31 December 2200.
pub(crate) const LATEST_DATE_RANK: u64 = (2200 - 1945) * 372 + 11 * 31 + 31;

/// Adoption date as a number that grows with the date (`2020-12-07`); 0 when unknown.
fn date_rank(adopted: Option<&str>) -> u64 {
    let Some(date) = adopted else { return 0 };
    let mut parts = date.split('-').map(|p| p.parse::<u64>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next())
    else {
        return 0;
    };
    if !(1945..=2200).contains(&y) {
        return 0;
    }
    (y - 1945) * 372 + m.min(12).saturating_sub(1) * 31 + d.min(31)
}

/// The entries of one document: its title, each paragraph with text, each footnote.
pub(crate) fn entries(doc: &Document, path: &str, fields: &Fields) -> Vec<TantivyDocument> {
    let meta = &doc.meta;
    let symbol = meta.symbol.clone().unwrap_or_default();
    let lang = meta.language.map(Language::code).unwrap_or_default();
    let body = meta.body.map(body_code).unwrap_or_default();
    let session = meta.session.map(|s| s.to_string()).unwrap_or_default();
    let date = date_rank(meta.adopted.as_deref());
    let self_key = meta.symbol.as_deref().map(key_of_canonical);

    let base = |location: &str, reference: &str, anchor: &str, ord: usize, kind: ParagraphKind| {
        let mut entry = TantivyDocument::default();
        entry.add_text(fields.path, path);
        entry.add_text(fields.symbol, &symbol);
        entry.add_text(fields.lang, lang);
        entry.add_text(fields.kind, kind.name());
        entry.add_text(fields.body, body);
        entry.add_text(fields.session, &session);
        entry.add_text(fields.location, location);
        entry.add_text(fields.reference, reference);
        entry.add_text(fields.anchor, anchor);
        entry.add_u64(fields.ord, ord as u64);
        entry
    };
    let mut out = Vec::with_capacity(doc.paragraphs.len() + doc.footnotes.len() + 1);

    if let Some(title) = meta.title.as_deref().filter(|t| !t.trim().is_empty()) {
        let mut entry = base(TITLE, TITLE, "", 0, ParagraphKind::Other);
        entry.add_text(fields.text, title);
        entry.add_u64(fields.rank, TITLE_FLAG | date);
        out.push(entry);
    }

    // Footnotes referenced from a paragraph lend it their citations; the others carry them.
    let mut referenced = vec![false; doc.footnotes.len()];
    for (ord, paragraph) in doc.paragraphs.iter().enumerate() {
        if paragraph.text.trim().is_empty() {
            continue;
        }
        let mut cites = BTreeSet::new();
        for citation in &paragraph.citations {
            cites.insert(key_of_canonical(&citation.symbol));
        }
        for note in &paragraph.footnote_refs {
            if let Some(footnote) = doc.footnotes.get(note.footnote) {
                if let Some(flag) = referenced.get_mut(note.footnote) {
                    *flag = true;
                }
                for citation in &footnote.citations {
                    cites.insert(key_of_canonical(&citation.symbol));
                }
            }
        }
        let mut entry = base(
            PARAGRAPH,
            &paragraph.reference,
            &paragraph.id,
            ord,
            paragraph.kind,
        );
        entry.add_text(fields.text, &paragraph.text);
        add_cites(&mut entry, fields, cites, self_key.as_deref());
        entry.add_u64(fields.rank, date);
        out.push(entry);
    }
    for (ord, footnote) in doc.footnotes.iter().enumerate() {
        if footnote.text.trim().is_empty() {
            continue;
        }
        let reference = format!("FN{}", footnote.marker);
        let mut entry = base(
            FOOTNOTE,
            &reference,
            &footnote.marker,
            ord,
            ParagraphKind::Other,
        );
        entry.add_text(fields.text, &footnote.text);
        if !referenced.get(ord).copied().unwrap_or(false) {
            let cites = footnote
                .citations
                .iter()
                .map(|c| key_of_canonical(&c.symbol))
                .collect();
            add_cites(&mut entry, fields, cites, self_key.as_deref());
        }
        entry.add_u64(fields.rank, date);
        out.push(entry);
    }
    out
}

fn add_cites(
    entry: &mut TantivyDocument,
    fields: &Fields,
    cites: BTreeSet<String>,
    self_key: Option<&str>,
) {
    for key in cites {
        if Some(key.as_str()) != self_key {
            entry.add_text(fields.cites, &key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_rank_in_order() {
        assert!(date_rank(Some("2020-12-07")) > date_rank(Some("2019-12-12")));
        assert!(date_rank(Some("2020-01-31")) < date_rank(Some("2020-02-01")));
        assert_eq!(date_rank(Some("garbage")), 0);
        assert_eq!(date_rank(None), 0);
        assert!(date_rank(Some("2200-12-31")) < TITLE_FLAG);
        assert_eq!(date_rank(Some("2200-12-31")), LATEST_DATE_RANK);
    }

    #[test]
    fn a_damaged_index_is_made_anew() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        let first = open_or_create(&path).unwrap();
        assert!(first.rebuilt.is_none());
        assert!(first.payload.is_none());
        drop(first);
        let reopened = open_or_create(&path).unwrap();
        assert!(reopened.rebuilt.is_none(), "{:?}", reopened.rebuilt);
        drop(reopened);
        std::fs::write(path.join("meta.json"), b"{ not json").unwrap();
        let again = open_or_create(&path).unwrap();
        assert!(matches!(again.rebuilt, Some(Remade::Damaged(_))));
    }
}
