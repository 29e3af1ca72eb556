//! What is kept on disk besides the search index: the folders the user added (user data,
//! written with a backup) and the catalog of scanned files (a cache, rebuilt when damaged).
//!
//! Layout under the data folder:
//! ```text
//! library/folders.json        the folders the user added
//! library/files/              documents imported (copied) into the library
//! library/cache/catalog.json  every file seen: size, modification time, what it holds
//! library/cache/catalog-facts.json  their votes, sponsors and agenda items' titles
//! library/cache/index/        the full-text index
//! ```

use super::{LibraryAction, LibraryError};
use crate::document::{Body, Format, Language, Vote, Votes};
use crate::i18n::Text;
use crate::store::fsio;
use crate::text;
use serde::de::IgnoredAny;
use serde::{Deserialize, Deserializer, Serialize};
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// Bump when the index's fields, the way text becomes terms, or what the parsers make of a
/// file (its paragraph references) change: older caches are then rebuilt from the files,
/// quietly. 2: paragraph references follow the printed numbers (`II OP3`, `Annex 12`).
/// 3: the catalog keeps each file's agenda items, votes and sponsors (a library read before
/// would answer `library votes` and `library history` with nothing until read again).
/// 4: those facts are kept apart, in `catalog-facts.json`, so that opening a large library
/// reads a third as much; the index is the same as 3's.
pub const CACHE_VERSION: u32 = 4;

/// The versions this one reads as they are: 3 has the same index, and its facts inside the
/// catalog.
pub(crate) const READABLE_VERSIONS: [u32; 2] = [3, CACHE_VERSION];

/// Where the library's files live under the data folder.
#[derive(Clone, Debug)]
pub(crate) struct Paths {
    pub folders: PathBuf,
    pub files: PathBuf,
    pub cache: PathBuf,
    pub catalog: PathBuf,
    pub index: PathBuf,
}

impl Paths {
    pub fn new(data_dir: &Path) -> Paths {
        let root = data_dir.join("library");
        let cache = root.join("cache");
        Paths {
            folders: root.join("folders.json"),
            files: root.join("files"),
            catalog: cache.join("catalog.json"),
            index: cache.join("index"),
            cache,
        }
    }
}

/// What a readable file holds, as far as the library's views need it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocInfo {
    /// Canonical symbol (`A/RES/75/32`).
    pub symbol: Option<String>,
    pub language: Option<Language>,
    pub title: Option<String>,
    /// ISO 8601 date (`2020-12-07`).
    pub adopted: Option<String>,
    pub body: Option<Body>,
    /// Session number; for the Security Council, the year.
    pub session: Option<u32>,
    pub format: Format,
    pub is_draft: bool,
    /// Paragraphs indexed (not counting the title and footnotes).
    pub paragraphs: usize,
    /// Problems the parser recovered from.
    pub warnings: usize,
    /// Agenda items as printed (`Agenda item 98`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda_items: Vec<String>,
    /// The agenda items' titles as the cover page prints them (`Developments in the field of
    /// information and telecommunications in the context of international security`); they
    /// stay the same from session to session where the items' numbers do not. Akoma Ntoso
    /// files only.
    #[serde(default, skip_serializing_if = "no_titles", deserialize_with = "fact")]
    pub agenda_titles: Vec<String>,
    /// How it was adopted, where the file says.
    /// Shared, not copied, by the answers that show it (a state's votes list thousands).
    #[serde(
        default,
        skip_serializing_if = "no_votes",
        serialize_with = "shared::serialize",
        deserialize_with = "shared_fact"
    )]
    pub votes: Option<Arc<VoteRecord>>,
    /// The member states that sponsored the draft, as the file names them.
    #[serde(default, skip_serializing_if = "no_names", deserialize_with = "fact")]
    pub sponsors: NameList,
    /// Those that joined as sponsors later.
    #[serde(default, skip_serializing_if = "no_names", deserialize_with = "fact")]
    pub additional_sponsors: NameList,
}

impl DocInfo {
    /// Its facts, as read with it.
    pub(crate) fn facts(&self) -> FactsRef<'_> {
        FactsRef {
            votes: self.votes.as_ref(),
            sponsors: &self.sponsors,
            additional_sponsors: &self.additional_sponsors,
            agenda_titles: &self.agenda_titles,
        }
    }
}

thread_local! {
    /// Set while a catalog is read or written without its files' facts (they are kept
    /// apart: [`Catalog::load_light`], [`Catalog::save`]).
    static LIGHT: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with the files' facts left out of what is read or written.
fn light<T>(f: impl FnOnce() -> T) -> T {
    LIGHT.with(|light| light.set(true));
    let out = f();
    LIGHT.with(|light| light.set(false));
    out
}

fn no_votes(votes: &Option<Arc<VoteRecord>>) -> bool {
    LIGHT.with(Cell::get) || votes.is_none()
}

fn no_names(names: &NameList) -> bool {
    LIGHT.with(Cell::get) || names.is_empty()
}

fn no_titles(titles: &[String]) -> bool {
    LIGHT.with(Cell::get) || titles.is_empty()
}

/// A file's fact (its vote, sponsors, agenda items' titles) as read: skipped, left empty,
/// while the catalog is read light.
fn fact<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(d: D) -> Result<T, D::Error> {
    if LIGHT.with(Cell::get) {
        IgnoredAny::deserialize(d)?;
        Ok(T::default())
    } else {
        T::deserialize(d)
    }
}

/// The vote, as [`fact`] reads the others.
fn shared_fact<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Arc<VoteRecord>>, D::Error> {
    if LIGHT.with(Cell::get) {
        IgnoredAny::deserialize(d)?;
        Ok(None)
    } else {
        shared::deserialize(d)
    }
}

/// The facts of a file that a light catalog leaves out: two thirds of a large catalog,
/// needed only by questions about votes, sponsors, agenda items and a subject's history.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Facts {
    #[serde(default, with = "shared")]
    votes: Option<Arc<VoteRecord>>,
    #[serde(default)]
    sponsors: NameList,
    #[serde(default)]
    additional_sponsors: NameList,
    #[serde(default)]
    agenda_titles: Vec<String>,
}

/// No facts at all.
pub(crate) static NO_FACTS: Facts = Facts {
    votes: None,
    sponsors: NameList(String::new()),
    additional_sponsors: NameList(String::new()),
    agenda_titles: Vec::new(),
};

impl Facts {
    pub(crate) fn as_ref(&self) -> FactsRef<'_> {
        FactsRef {
            votes: self.votes.as_ref(),
            sponsors: &self.sponsors,
            additional_sponsors: &self.additional_sponsors,
            agenda_titles: &self.agenda_titles,
        }
    }
}

fn is_empty_names(names: &&NameList) -> bool {
    names.is_empty()
}

fn is_empty_titles(titles: &&[String]) -> bool {
    titles.is_empty()
}

/// `catalog-facts.json` as written: the facts of each file that has any, and the catalog's
/// generation.
#[derive(Serialize)]
struct FactsFileOut<'a> {
    version: u32,
    generation: u64,
    files: BTreeMap<&'a str, FactsRef<'a>>,
}

/// `catalog-facts.json` as read.
#[derive(Deserialize)]
struct FactsFileIn {
    generation: u64,
    files: HashMap<String, Facts>,
}

/// Where the facts of the catalog at `catalog` are kept.
fn facts_path(catalog: &Path) -> PathBuf {
    catalog.with_file_name("catalog-facts.json")
}

/// A file's facts, wherever they were read; written as `catalog-facts.json` keeps them.
#[derive(Clone, Copy, Debug, Serialize)]
pub(crate) struct FactsRef<'a> {
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "shared_ref")]
    pub votes: Option<&'a Arc<VoteRecord>>,
    #[serde(skip_serializing_if = "is_empty_names")]
    pub sponsors: &'a NameList,
    #[serde(skip_serializing_if = "is_empty_names")]
    pub additional_sponsors: &'a NameList,
    #[serde(skip_serializing_if = "is_empty_titles")]
    pub agenda_titles: &'a [String],
}

impl FactsRef<'_> {
    fn is_empty(&self) -> bool {
        self.votes.is_none()
            && self.sponsors.is_empty()
            && self.additional_sponsors.is_empty()
            && self.agenda_titles.is_empty()
    }
}

/// A shared vote, written as the vote it holds.
fn shared_ref<S: serde::Serializer>(
    votes: &Option<&Arc<VoteRecord>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    votes.map(|v| &**v).serialize(serializer)
}

/// The facts of every readable file of the catalog at `path` that has any, by path: what
/// [`Catalog::load_light`] left out. From `catalog-facts.json`, or from inside the catalog
/// when `inside` (a version 3 catalog). Empty if they cannot be read or are not the
/// catalog's `generation` (a scan elsewhere wrote them since; the next refresh reads both).
pub(crate) fn load_facts(path: &Path, generation: u64, inside: bool) -> HashMap<String, Facts> {
    if !inside {
        return read_facts_file(path)
            .ok()
            .filter(|file| file.generation == generation)
            .map(|file| file.files)
            .unwrap_or_default();
    }
    #[derive(Deserialize)]
    struct File {
        files: HashMap<String, Entry>,
    }
    #[derive(Deserialize)]
    struct Entry {
        outcome: EntryOutcome,
    }
    #[derive(Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum EntryOutcome {
        Document(Facts),
        Error(IgnoredAny),
    }
    let Ok(bytes) = std::fs::read(path) else {
        return HashMap::new();
    };
    let Ok(file) = serde_json::from_slice::<File>(&bytes) else {
        return HashMap::new();
    };
    file.files
        .into_iter()
        .filter_map(|(path, entry)| match entry.outcome {
            EntryOutcome::Document(facts) if !facts.as_ref().is_empty() => Some((path, facts)),
            _ => None,
        })
        .collect()
}

/// `catalog-facts.json` beside the catalog at `catalog`.
fn read_facts_file(catalog: &Path) -> Result<FactsFileIn, String> {
    let bytes = std::fs::read(facts_path(catalog)).map_err(|e| e.to_string())?;
    // As the catalog: UTF-8 checked once, whole.
    let text = std::str::from_utf8(&bytes).map_err(|e| e.to_string())?;
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Reads a large catalog's files on every core: the files object is cut into as many pieces
/// as there are cores, each cut just before a file's path (`,"/path":{"size":`), and each
/// piece read on a thread of its own. A piece that does not read (a cut that fell inside a value or a string: the
/// pieces would not balance) leaves the catalog to be read whole, as before; one that reads
/// was cut between files. None for a small catalog, one core, or another shape.
fn read_on_every_core(text: &str) -> Option<Catalog> {
    const LARGE: usize = 8 << 20;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    read_in_pieces(text, cores.min(8), LARGE)
}

/// [`read_on_every_core`] in `parts` pieces, for a catalog of at least `large` bytes.
fn read_in_pieces(text: &str, parts: usize, large: usize) -> Option<Catalog> {
    const HEAD: &str = "\"files\":{";
    if parts < 2 || text.len() < large {
        return None;
    }
    // `{"version":4,"generation":2,"files":{…}}`, as this version writes it.
    let head_end = text.get(..256)?.find(HEAD)? + HEAD.len();
    if text[..head_end].matches('{').count() != 2 {
        return None;
    }
    let body_end = text.trim_end().strip_suffix("}}")?.len();
    let body = text.get(head_end..body_end)?;
    let mut cuts = vec![0];
    for k in 1..parts {
        let from = body.len() * k / parts;
        let from = (from.max(*cuts.last()?)..body.len()).find(|&i| body.is_char_boundary(i))?;
        // Before a file: `…}},"/next/path":{"size":` (the comma between is left out).
        let value = from + body.get(from..)?.find("\":{\"size\":")?;
        let comma = body[..value].rfind(",\"")?;
        if comma < *cuts.last()? {
            return None;
        }
        cuts.push(comma + 1);
    }
    cuts.push(body.len() + 1);
    let mut catalog: Catalog = serde_json::from_str(&format!("{}}}}}", &text[..head_end])).ok()?;
    let light = LIGHT.with(Cell::get);
    let pieces: Vec<Option<Vec<(String, FileEntry)>>> = std::thread::scope(|scope| {
        let threads: Vec<_> = cuts
            .windows(2)
            .map(|w| {
                let piece = body.get(w[0]..w[1] - 1).unwrap_or_default();
                scope.spawn(move || {
                    LIGHT.with(|l| l.set(light));
                    let members: Members<FileEntry> =
                        serde_json::from_str(&format!("{{{piece}}}")).ok()?;
                    Some(members.0)
                })
            })
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().ok().flatten())
            .collect()
    });
    let mut files = Vec::new();
    for piece in pieces {
        files.extend(piece?);
    }
    catalog.files = files.into_iter().collect();
    Some(catalog)
}

/// The members of a JSON object, in order.
struct Members<V>(Vec<(String, V)>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Members<V> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Members<V>, D::Error> {
        struct Entries<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> serde::de::Visitor<'de> for Entries<V> {
            type Value = Members<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Members<V>, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Members(entries))
            }
        }
        deserializer.deserialize_map(Entries(std::marker::PhantomData))
    }
}

/// A map read as the list of its entries, then built in one go: the catalog writes its
/// files in order, and building a map from entries in order costs far less than inserting
/// them one by one (a large library has hundreds of thousands).
mod sorted_map {
    use serde::{Deserialize, Deserializer};
    use std::collections::BTreeMap;

    pub fn deserialize<'de, V, D>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
    where
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        // From entries in order (sorted again if not, the last of equal keys kept, as
        // inserting would).
        let members = super::Members::<V>::deserialize(deserializer)?;
        Ok(members.0.into_iter().collect())
    }
}

/// An `Option<Arc<T>>` written as the `Option<T>` it holds.
mod shared {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use std::sync::Arc;

    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Option<Arc<T>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        value.as_deref().serialize(serializer)
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Arc<T>>, D::Error> {
        Ok(Option::<T>::deserialize(deserializer)?.map(Arc::new))
    }
}

/// A file's record of its vote, as the catalog keeps it (the library's own copy of
/// [`Votes`], so that the cache keeps loading whatever the document model adds).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct VoteRecord {
    /// `recorded`, `without vote`, or the file's own word when neither.
    pub outcome: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_favour: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub against: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abstaining: Option<u32>,
    /// The states of each column, as the file names them.
    #[serde(skip_serializing_if = "NameList::is_empty")]
    pub in_favour_states: NameList,
    #[serde(skip_serializing_if = "NameList::is_empty")]
    pub against_states: NameList,
    #[serde(skip_serializing_if = "NameList::is_empty")]
    pub abstaining_states: NameList,
}

/// Names (of member states), kept as one text with a name a line: a catalog of thousands of
/// files, each listing close to two hundred states, still loads in a moment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NameList(String);

impl NameList {
    /// The names, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.split('\n').filter(|name| !name.is_empty())
    }

    pub fn len(&self) -> usize {
        self.iter().count()
    }

    pub fn is_empty(&self) -> bool {
        self.iter().next().is_none()
    }
}

impl<S: AsRef<str>> FromIterator<S> for NameList {
    /// Names with their spacing collapsed (a name never spans lines).
    fn from_iter<I: IntoIterator<Item = S>>(names: I) -> Self {
        let mut text = String::new();
        for name in names {
            let name = name
                .as_ref()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if name.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&name);
        }
        NameList(text)
    }
}

impl VoteRecord {
    /// Whether the states' votes were recorded (not adopted without a vote).
    pub fn is_recorded(&self) -> bool {
        self.outcome == "recorded"
    }

    /// The states that cast this vote, as the file names them.
    pub fn states(&self, vote: Vote) -> &NameList {
        match vote {
            Vote::InFavour => &self.in_favour_states,
            Vote::Against => &self.against_states,
            Vote::Abstaining => &self.abstaining_states,
        }
    }

    /// The count of a vote as the file gives it, else the number of states listed.
    pub fn count(&self, vote: Vote) -> Option<u32> {
        let count = match vote {
            Vote::InFavour => self.in_favour,
            Vote::Against => self.against,
            Vote::Abstaining => self.abstaining,
        };
        count.or_else(|| {
            let listed = self.states(vote).len();
            (listed > 0).then(|| u32::try_from(listed).unwrap_or(u32::MAX))
        })
    }

    /// `163–10–7` (in favour, against, abstaining), or None without counts.
    pub fn tally(&self) -> Option<String> {
        crate::document::tally(|v| self.count(v))
    }

    /// The vote most states cast; None without counts, or when two votes tie for it.
    pub fn majority(&self) -> Option<Vote> {
        let counts: Vec<(Vote, u32)> = Vote::ALL
            .into_iter()
            .map(|v| (v, self.count(v).unwrap_or(0)))
            .collect();
        let most = counts.iter().map(|&(_, c)| c).max()?;
        let mut top = counts.iter().filter(|&&(_, c)| c == most);
        match (top.next(), top.next()) {
            (Some(&(vote, count)), None) if count > 0 => Some(vote),
            _ => None,
        }
    }
}

impl From<&Votes> for VoteRecord {
    fn from(votes: &Votes) -> Self {
        VoteRecord {
            outcome: votes.outcome.clone(),
            in_favour: votes.in_favour,
            against: votes.against,
            abstaining: votes.abstaining,
            in_favour_states: votes.in_favour_states.iter().collect(),
            against_states: votes.against_states.iter().collect(),
            abstaining_states: votes.abstaining_states.iter().collect(),
        }
    }
}

/// What scanning a file gave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Document(Box<DocInfo>),
    /// Why the file cannot be read (the reason alone; the path is the entry's).
    Error(String),
}

/// One file of the catalog.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch (0 when the system has none).
    pub modified: u64,
    /// The library folder the file was found in.
    pub folder: String,
    pub outcome: Outcome,
    /// Why the file cannot be read, as a message of the interface (the error's reason is its
    /// English). None for a readable file, and for a reason kept by a version that did not
    /// keep it this way: its English is shown then.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::i18n::kept"
    )]
    pub why: Option<Text>,
}

/// Why a catalog on disk cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Unusable {
    /// Written by another version of Plenary (this cache version): rebuilt without fuss.
    OtherVersion(u32),
    /// Damaged; the reason.
    Damaged(Text),
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unusable::OtherVersion(version) => write!(
                f,
                "made by another version of Plenary (cache version {version})"
            ),
            Unusable::Damaged(reason) => f.write_str(&reason.english()),
        }
    }
}

/// Every file seen, by path.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Catalog {
    pub version: u32,
    /// Matches the index commit it describes; a mismatch means a crash between the two.
    pub generation: u64,
    #[serde(deserialize_with = "sorted_map::deserialize")]
    pub files: BTreeMap<String, FileEntry>,
    /// Read without the files' facts ([`Catalog::load_light`]): they are on disk.
    #[serde(skip)]
    pub light: bool,
    /// Its facts are inside the catalog file (version 3), not beside it.
    #[serde(skip)]
    pub facts_inside: bool,
}

impl Catalog {
    pub fn empty() -> Catalog {
        Catalog {
            version: CACHE_VERSION,
            generation: 0,
            files: BTreeMap::new(),
            light: false,
            facts_inside: false,
        }
    }

    /// Reads the catalog without its files' facts (votes, sponsors, agenda items' titles),
    /// which [`load_facts`] reads when first needed: opening a large library reads a third of
    /// the catalog.
    pub fn load_light(path: &Path) -> Result<Catalog, Unusable> {
        light(|| Catalog::read(path)).map(|mut catalog| {
            catalog.light = true;
            catalog
        })
    }

    /// Reads the catalog with its files' facts; `Err` says why it cannot be used (missing is
    /// not an error).
    pub fn load(path: &Path) -> Result<Catalog, Unusable> {
        let mut catalog = Catalog::read(path)?;
        if catalog.facts_inside || catalog.files.is_empty() {
            return Ok(catalog);
        }
        let facts = read_facts_file(path)
            .map_err(|e| Unusable::Damaged(text!("library-damage-facts-unreadable", error = e)))?;
        if facts.generation != catalog.generation {
            return Err(Unusable::Damaged(text!("library-damage-facts-mismatch")));
        }
        for (path, facts) in facts.files {
            if let Some(FileEntry {
                outcome: Outcome::Document(info),
                ..
            }) = catalog.files.get_mut(&path)
            {
                info.votes = facts.votes;
                info.sponsors = facts.sponsors;
                info.additional_sponsors = facts.additional_sponsors;
                info.agenda_titles = facts.agenda_titles;
            }
        }
        Ok(catalog)
    }

    /// Reads the catalog file alone (with the facts inside a version 3 one).
    fn read(path: &Path) -> Result<Catalog, Unusable> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Catalog::empty()),
            Err(e) => return Err(Unusable::Damaged(Text::verbatim(e.to_string()))),
        };
        // Checked as UTF-8 once, whole: reading it as text then skips checking each string
        // again (a tenth of the time of opening a large library).
        let text = std::str::from_utf8(&bytes)
            .map_err(|e| Unusable::Damaged(Text::verbatim(e.to_string())))?;
        // Another version's catalog may not have this one's shape: its version says why it
        // cannot be read (looked for only then, as it takes another pass over the file).
        #[derive(Deserialize)]
        struct Version {
            version: u32,
        }
        let version = || serde_json::from_str::<Version>(text).ok();
        let parsed = match read_on_every_core(text) {
            Some(catalog) => Ok(catalog),
            None => serde_json::from_str::<Catalog>(text),
        };
        match parsed {
            Ok(mut catalog) if READABLE_VERSIONS.contains(&catalog.version) => {
                catalog.facts_inside = catalog.version < 4;
                // Written back as this version.
                catalog.version = CACHE_VERSION;
                Ok(catalog)
            }
            Ok(catalog) => Err(Unusable::OtherVersion(catalog.version)),
            Err(e) => match version() {
                Some(Version { version }) if !READABLE_VERSIONS.contains(&version) => {
                    Err(Unusable::OtherVersion(version))
                }
                _ => Err(Unusable::Damaged(Text::verbatim(e.to_string()))),
            },
        }
    }

    /// Writes the catalog atomically (no backup: it is a cache), its files' facts first
    /// (`catalog-facts.json`), then the rest.
    pub fn save(&self, path: &Path) -> Result<(), LibraryError> {
        let failed = |e| LibraryError::io(LibraryAction::WriteCache, path, e);
        if self.light {
            // Its facts were never read: writing it would leave them out.
            return Err(failed(std::io::Error::other(
                "the catalog was read without its facts",
            )));
        }
        let files = self
            .files
            .iter()
            .filter_map(|(path, entry)| match &entry.outcome {
                Outcome::Document(info) => Some((path.as_str(), info.facts())),
                Outcome::Error(_) => None,
            })
            .filter(|(_, facts)| !facts.is_empty())
            .collect();
        let facts = FactsFileOut {
            version: CACHE_VERSION,
            generation: self.generation,
            files,
        };
        let bytes = serde_json::to_vec(&facts).map_err(|e| failed(std::io::Error::other(e)))?;
        write_replace(&facts_path(path), &bytes).map_err(failed)?;
        let bytes =
            light(|| serde_json::to_vec(self)).map_err(|e| failed(std::io::Error::other(e)))?;
        write_replace(path, &bytes).map_err(failed)
    }
}

/// Temp file beside `path`, then rename: readers see the old file or the new one.
fn write_replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".catalog.")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The size and modification time that decide whether a file changed since it was read.
pub(crate) fn stamp(meta: &std::fs::Metadata) -> (u64, u64) {
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map(|d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
        .unwrap_or(0);
    (meta.len(), modified)
}

/// The folders file: user data, so it is written with a backup and never lost to damage.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct FoldersFile {
    version: u32,
    #[serde(default)]
    folders: Vec<PathBuf>,
}

/// Reads the folders the user added. A damaged file falls back to its backup, else it is
/// moved aside; either way the reason comes back as a warning.
pub(crate) fn load_folders(path: &Path) -> (Vec<PathBuf>, Option<Text>) {
    match read_folders(path) {
        Ok(folders) => (folders, None),
        Err(reason) => {
            let shown = crate::printable::path(path);
            let backup = fsio::backup_path(path);
            if let Ok(folders) = read_folders(&backup)
                && backup.exists()
            {
                let warning = text!(
                    "library-warning-folders-backup",
                    error = reason,
                    path = shown
                );
                return (folders, Some(warning));
            }
            let warning = match fsio::move_aside(path) {
                Ok(kept) => text!(
                    "library-warning-folders-emptied-kept",
                    error = reason,
                    kept = crate::printable::path(&kept),
                    path = shown
                ),
                Err(_) => text!(
                    "library-warning-folders-emptied",
                    error = reason,
                    path = shown
                ),
            };
            (Vec::new(), Some(warning))
        }
    }
}

fn read_folders(path: &Path) -> Result<Vec<PathBuf>, String> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e.to_string()),
    };
    let file: FoldersFile = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
    Ok(file.folders)
}

/// Writes the folders the user added (atomically, keeping the previous version).
pub(crate) fn save_folders(path: &Path, folders: &[PathBuf]) -> Result<(), LibraryError> {
    let file = FoldersFile {
        version: 1,
        folders: folders.to_vec(),
    };
    let bytes = serde_json::to_vec_pretty(&file).map_err(|e| {
        LibraryError::io(LibraryAction::SaveFolders, path, std::io::Error::other(e))
    })?;
    fsio::atomic_write(path, &bytes)
        .map_err(|e| LibraryError::io(LibraryAction::SaveFolders, path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A catalog read in pieces is the catalog read whole, also where a path looks like the
    /// start of a file (the piece cut there does not read, and the whole is read instead).
    #[test]
    fn a_catalog_read_in_pieces_is_the_catalog_read_whole() {
        for evil in [false, true] {
            let mut catalog = Catalog::empty();
            catalog.generation = 3;
            for i in 0..3000 {
                let path = if evil && i % 700 == 5 {
                    format!("/x/{i},\"/y\":{{\"size\":1}}.xml")
                } else {
                    format!("/x/{i:05}.xml")
                };
                catalog.files.insert(
                    path,
                    FileEntry {
                        size: i,
                        modified: 20 + i,
                        folder: "/x".into(),
                        outcome: Outcome::Error(format!("reason {i}, \"quoted\" }},")),
                        why: None,
                    },
                );
            }
            let text = serde_json::to_string(&catalog).unwrap();
            let whole: Catalog = serde_json::from_str(&text).unwrap();
            assert_eq!(whole, catalog);
            for parts in [2, 3, 7] {
                if let Some(pieces) = read_in_pieces(&text, parts, 0) {
                    assert_eq!(pieces, catalog, "{parts} pieces");
                } else {
                    assert!(evil, "{parts} pieces: a plain catalog reads in pieces");
                }
            }
        }
    }

    #[test]
    fn catalog_round_trips_and_refuses_garbage() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("catalog.json");
        assert_eq!(Catalog::load(&path).unwrap(), Catalog::empty());
        let mut catalog = Catalog::empty();
        catalog.generation = 7;
        catalog.files.insert(
            "/x/a.xml".into(),
            FileEntry {
                size: 10,
                modified: 20,
                folder: "/x".into(),
                outcome: Outcome::Error("is empty".into()),
                why: Some(crate::text!("read-empty")),
            },
        );
        catalog.save(&path).unwrap();
        assert_eq!(Catalog::load(&path).unwrap(), catalog);
        std::fs::write(&path, b"{\"version\": 2, \"gener").unwrap();
        assert!(matches!(Catalog::load(&path), Err(Unusable::Damaged(_))));
        std::fs::write(
            &path,
            b"{\"version\": 99, \"generation\": 1, \"files\": {}}",
        )
        .unwrap();
        assert_eq!(Catalog::load(&path), Err(Unusable::OtherVersion(99)));
        assert!(
            Unusable::OtherVersion(1)
                .to_string()
                .contains("another version")
        );
    }

    fn document(symbol: &str) -> FileEntry {
        let info = DocInfo {
            symbol: Some(symbol.into()),
            language: Some(Language::En),
            title: Some("A title".into()),
            adopted: None,
            body: None,
            session: Some(75),
            format: Format::AkomaNtoso,
            is_draft: false,
            paragraphs: 3,
            warnings: 0,
            agenda_items: vec!["Agenda item 98".into()],
            agenda_titles: vec!["Developments in the field of information".into()],
            votes: Some(Arc::new(VoteRecord {
                outcome: "recorded".into(),
                in_favour: Some(2),
                against: Some(1),
                abstaining: None,
                in_favour_states: ["France", "Ghana"].into_iter().collect(),
                against_states: ["Chile"].into_iter().collect(),
                abstaining_states: NameList::default(),
            })),
            sponsors: ["Russian Federation"].into_iter().collect(),
            additional_sponsors: ["Cuba"].into_iter().collect(),
        };
        FileEntry {
            size: 1,
            modified: 2,
            folder: "/x".into(),
            outcome: Outcome::Document(Box::new(info)),
            why: None,
        }
    }

    /// Why a file cannot be read is kept as a message beside its English, which a cache
    /// written before keeps alone: that cache is read as it is (its reasons in English), and
    /// a reason naming a message this version does not have is read as English too.
    #[test]
    fn a_reason_is_kept_as_a_message_and_a_cache_without_one_still_reads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("catalog.json");
        let why = crate::text!(
            "library-unreadable-line-column",
            reason = crate::text!("read-malformed-xml", error = "unexpected end"),
            line = 3usize,
            column = 7usize
        );
        let mut catalog = Catalog::empty();
        catalog.generation = 2;
        catalog.files.insert(
            "/x/a.xml".into(),
            FileEntry {
                size: 10,
                modified: 20,
                folder: "/x".into(),
                outcome: Outcome::Error(why.english()),
                why: Some(why.clone()),
            },
        );
        catalog.save(&path).unwrap();
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(
            written.contains(
                r#""outcome":{"error":"is malformed XML: unexpected end (line 3, column 7)"},"why":{"key":"library-unreadable-line-column""#
            ),
            "{written}"
        );
        let back = Catalog::load(&path).unwrap();
        assert_eq!(back.files["/x/a.xml"].why, Some(why));

        for (old, version) in [
            (
                r#"{"version":4,"generation":2,"files":{"/x/a.xml":{"size":10,"modified":20,"folder":"/x","outcome":{"error":"is empty"}}}}"#,
                4,
            ),
            (
                r#"{"version":3,"generation":2,"files":{"/x/a.xml":{"size":10,"modified":20,"folder":"/x","outcome":{"error":"is empty"}}}}"#,
                3,
            ),
            (
                r#"{"version":4,"generation":2,"files":{"/x/a.xml":{"size":10,"modified":20,"folder":"/x","outcome":{"error":"is empty"},"why":{"key":"a-message-of-a-later-version"}}}}"#,
                4,
            ),
        ] {
            std::fs::write(&path, old).unwrap();
            let back = Catalog::load(&path).unwrap_or_else(|e| panic!("{version}: {e}"));
            let entry = &back.files["/x/a.xml"];
            assert_eq!(entry.outcome, Outcome::Error("is empty".into()), "{old}");
            assert_eq!(entry.why, None, "{old}");
        }
    }

    /// The facts are written beside the catalog, read back whole by `load`, left out by
    /// `load_light` and found again by `load_facts`; a light catalog is never written.
    #[test]
    fn facts_are_kept_apart_and_read_when_needed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("catalog.json");
        let mut catalog = Catalog::empty();
        catalog.generation = 5;
        catalog
            .files
            .insert("/x/a.xml".into(), document("A/RES/75/32"));
        catalog.save(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("Ghana") && !text.contains("Cuba"), "{text}");
        assert!(facts_path(&path).is_file());
        assert_eq!(Catalog::load(&path).unwrap(), catalog);

        let light = Catalog::load_light(&path).unwrap();
        let Outcome::Document(info) = &light.files["/x/a.xml"].outcome else {
            panic!("a document");
        };
        assert!(info.votes.is_none() && info.sponsors.is_empty());
        assert_eq!(info.agenda_items, ["Agenda item 98"]);
        assert!(
            light.save(&path).is_err(),
            "a light catalog is not written back"
        );
        let facts = load_facts(&path, light.generation, light.facts_inside);
        let facts = facts["/x/a.xml"].as_ref();
        assert_eq!(facts.votes.unwrap().against_states.len(), 1);
        assert_eq!(
            facts.additional_sponsors.iter().collect::<Vec<_>>(),
            ["Cuba"]
        );
        assert!(
            load_facts(&path, 6, false).is_empty(),
            "another generation's"
        );

        // Facts missing beside a catalog that has files: damaged, rebuilt.
        std::fs::remove_file(facts_path(&path)).unwrap();
        assert!(matches!(Catalog::load(&path), Err(Unusable::Damaged(_))));
    }

    /// A version 3 catalog, with its facts inside, is read as it is.
    #[test]
    fn a_version_3_catalog_is_read_with_its_facts_inside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("catalog.json");
        let mut catalog = Catalog::empty();
        catalog.generation = 9;
        catalog
            .files
            .insert("/x/a.xml".into(), document("A/RES/75/32"));
        let mut json = serde_json::to_value(&catalog).unwrap();
        json["version"] = 3.into();
        std::fs::write(&path, serde_json::to_vec(&json).unwrap()).unwrap();
        assert_eq!(Catalog::load(&path).unwrap().files, catalog.files);
        let light = Catalog::load_light(&path).unwrap();
        assert!(light.facts_inside);
        let facts = load_facts(&path, light.generation, light.facts_inside);
        assert_eq!(facts["/x/a.xml"].as_ref().sponsors.len(), 1);
    }

    #[test]
    fn damaged_folders_fall_back_to_the_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("folders.json");
        save_folders(&path, &[PathBuf::from("/a")]).unwrap();
        save_folders(&path, &[PathBuf::from("/a"), PathBuf::from("/b")]).unwrap();
        assert_eq!(load_folders(&path).0.len(), 2);
        std::fs::write(&path, b"\x00garbage").unwrap();
        let (folders, warning) = load_folders(&path);
        assert_eq!(folders, vec![PathBuf::from("/a")], "the backup");
        assert!(warning.unwrap().english().contains("backup"));
        std::fs::write(fsio::backup_path(&path), b"also bad").unwrap();
        let (folders, warning) = load_folders(&path);
        assert!(folders.is_empty());
        assert!(warning.unwrap().english().contains("kept as"));
        assert!(!path.exists(), "moved aside");
    }
}
