//! What is kept on disk besides the search index: the folders the user added (user data,
//! written with a backup) and the catalog of scanned files (a cache, rebuilt when damaged).
//!
//! Layout under the data folder:
//! ```text
//! library/folders.json        the folders the user added
//! library/files/              documents imported (copied) into the library
//! library/cache/catalog.json  every file seen: size, modification time, what it holds
//! library/cache/index/        the full-text index
//! ```

use super::{LibraryAction, LibraryError};
use crate::document::{Body, Format, Language, Vote, Votes};
use crate::store::fsio;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// Bump when the index's fields, the way text becomes terms, or what the parsers make of a
/// file (its paragraph references) change: older caches are then rebuilt from the files,
/// quietly. 2: paragraph references follow the printed numbers (`II OP3`, `Annex 12`).
/// 3: the catalog keeps each file's agenda items, votes and sponsors (a library read before
/// would answer `library votes` and `library history` with nothing until read again).
pub const CACHE_VERSION: u32 = 3;

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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda_titles: Vec<String>,
    /// How it was adopted, where the file says.
    /// Shared, not copied, by the answers that show it (a state's votes list thousands).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "shared")]
    pub votes: Option<Arc<VoteRecord>>,
    /// The member states that sponsored the draft, as the file names them.
    #[serde(default, skip_serializing_if = "NameList::is_empty")]
    pub sponsors: NameList,
    /// Those that joined as sponsors later.
    #[serde(default, skip_serializing_if = "NameList::is_empty")]
    pub additional_sponsors: NameList,
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
}

/// Why a catalog on disk cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Unusable {
    /// Written by another version of Plenary (this cache version): rebuilt without fuss.
    OtherVersion(u32),
    /// Damaged; the reason.
    Damaged(String),
}

impl std::fmt::Display for Unusable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unusable::OtherVersion(version) => write!(
                f,
                "made by another version of Plenary (cache version {version})"
            ),
            Unusable::Damaged(reason) => f.write_str(reason),
        }
    }
}

/// Every file seen, by path.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Catalog {
    pub version: u32,
    /// Matches the index commit it describes; a mismatch means a crash between the two.
    pub generation: u64,
    pub files: BTreeMap<String, FileEntry>,
}

impl Catalog {
    pub fn empty() -> Catalog {
        Catalog {
            version: CACHE_VERSION,
            generation: 0,
            files: BTreeMap::new(),
        }
    }

    /// Reads the catalog; `Err` says why it cannot be used (missing is not an error).
    pub fn load(path: &Path) -> Result<Catalog, Unusable> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Catalog::empty()),
            Err(e) => return Err(Unusable::Damaged(e.to_string())),
        };
        // Another version's catalog may not have this one's shape: its version says why it
        // cannot be read (looked for only then, as it takes another pass over the file).
        #[derive(Deserialize)]
        struct Version {
            version: u32,
        }
        let version = || serde_json::from_slice::<Version>(&bytes).ok();
        match serde_json::from_slice::<Catalog>(&bytes) {
            Ok(catalog) if catalog.version == CACHE_VERSION => Ok(catalog),
            Ok(catalog) => Err(Unusable::OtherVersion(catalog.version)),
            Err(e) => match version() {
                Some(Version { version }) if version != CACHE_VERSION => {
                    Err(Unusable::OtherVersion(version))
                }
                _ => Err(Unusable::Damaged(e.to_string())),
            },
        }
    }

    /// Writes the catalog atomically (no backup: it is a cache).
    pub fn save(&self, path: &Path) -> Result<(), LibraryError> {
        let bytes = serde_json::to_vec(self).map_err(|e| {
            LibraryError::io(LibraryAction::WriteCache, path, std::io::Error::other(e))
        })?;
        write_replace(path, &bytes)
            .map_err(|e| LibraryError::io(LibraryAction::WriteCache, path, e))
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
pub(crate) fn load_folders(path: &Path) -> (Vec<PathBuf>, Option<String>) {
    match read_folders(path) {
        Ok(folders) => (folders, None),
        Err(reason) => {
            let backup = fsio::backup_path(path);
            if let Ok(folders) = read_folders(&backup)
                && backup.exists()
            {
                let warning = format!(
                    "the list of library folders was damaged ({reason}); using its backup: {}",
                    crate::printable::path(path)
                );
                return (folders, Some(warning));
            }
            let moved = fsio::move_aside(path)
                .map(|p| format!(" (kept as {})", crate::printable::path(&p)))
                .unwrap_or_default();
            let warning = format!(
                "the list of library folders was damaged ({reason}) and is empty now{moved}: {}",
                crate::printable::path(path)
            );
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
        assert!(warning.unwrap().contains("backup"));
        std::fs::write(fsio::backup_path(&path), b"also bad").unwrap();
        let (folders, warning) = load_folders(&path);
        assert!(folders.is_empty());
        assert!(warning.unwrap().contains("kept as"));
        assert!(!path.exists(), "moved aside");
    }
}
