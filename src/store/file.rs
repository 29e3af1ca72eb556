//! The notes file of one document: its format, reading it back whatever state it is in, and
//! merging two versions of it.
//!
//! ```json
//! { "version": 1,
//!   "document": { "key": "A/RES/75/32@en", "symbol": "A/RES/75/32", "language": "en", ... },
//!   "notes": [ { "id": "...", "anchor": { "paragraph_id": "op3", "ref": "OP3",
//!                "quote": { "exact": "...", "prefix": "", "suffix": "" } },
//!                "text": "...", "color": "yellow", "tags": [], "bookmark": false,
//!                "created": "2026-03-01T09:30:00.125Z", "updated": "..." } ],
//!   "deleted": [ { "id": "...", "deleted": "..." } ] }
//! ```
//! Every field has a default, and unknown fields are ignored, so older files and files from a
//! newer version with only additions both read. A file with a higher `version` is shown but
//! never written.

use super::fsio::{self, FileLock};
use super::key::Fnv1a64;
use super::note::{DocumentInfo, Note};
use super::time::Timestamp;
use super::{StoreAction, StoreError};
use crate::document::Warning;
use crate::i18n::Text;
use crate::text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io;
use std::path::Path;

/// The notes file format this version writes and fully understands.
pub const FORMAT_VERSION: u32 = 1;

/// The contents of one notes file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NotesFile {
    /// Format version; 0 (absent) is read as the first.
    pub version: u32,
    pub document: DocumentInfo,
    /// Sorted by creation, then id.
    pub notes: Vec<Note>,
    /// Deleted notes, so that another instance still holding one does not bring it back.
    pub deleted: Vec<Tombstone>,
}

/// The record of a deletion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tombstone {
    pub id: String,
    pub deleted: Timestamp,
}

/// What the bytes of a notes file turned out to be.
#[derive(Debug)]
pub enum Parsed {
    Current(NotesFile),
    /// Written by a newer version; `file` is what could be read of it, if anything.
    Newer {
        version: u32,
        file: Option<NotesFile>,
    },
    /// Not a notes file (truncated, corrupted, edited by hand and broken): the reason.
    Damaged(Text),
}

/// Reads the bytes of a notes file. An object without a list of notes (`{}`, `{"version":
/// 1}`) is damaged, not an empty notes file: every file this program writes has the list,
/// and reading such a file as "no notes" would let the next save replace the backup that
/// still holds them.
pub fn parse(bytes: &[u8]) -> Parsed {
    #[derive(Deserialize)]
    struct Probe {
        #[serde(default)]
        version: u32,
    }
    #[derive(Deserialize)]
    struct Shape {
        #[serde(default)]
        notes: Option<serde::de::IgnoredAny>,
    }
    // serde would also read a struct from an array (`[]`): only an object is a notes file.
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    if first != Some(&b'{') {
        return Parsed::Damaged(match first {
            None => text!("store-damage-empty"),
            Some(_) => text!("store-damage-not-an-object"),
        });
    }
    match serde_json::from_slice::<NotesFile>(bytes) {
        Ok(file) if file.version > FORMAT_VERSION => Parsed::Newer {
            version: file.version,
            file: Some(file),
        },
        Ok(file) => match serde_json::from_slice::<Shape>(bytes) {
            Ok(Shape { notes: Some(_) }) => Parsed::Current(normalize(file)),
            _ => Parsed::Damaged(text!("store-damage-no-notes")),
        },
        Err(err) => match serde_json::from_slice::<Probe>(bytes) {
            // Well-formed, from a newer version whose shape this one does not know.
            Ok(probe) if probe.version > FORMAT_VERSION => Parsed::Newer {
                version: probe.version,
                file: None,
            },
            _ => Parsed::Damaged(Text::verbatim(err.to_string())),
        },
    }
}

/// The bytes to write: pretty JSON (one field per line, so file-sync tools and people can
/// compare versions), sorted, with a final newline.
pub fn to_bytes(file: &NotesFile) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(file)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Gives id-less notes an id, applies tombstones, and sorts: the shape every file is kept in.
fn normalize(mut file: NotesFile) -> NotesFile {
    // Notes written by hand may lack an id. Theirs must not change from one read to the
    // next (every save re-reads the file), so it is derived from the note and its position.
    for (i, note) in file.notes.iter_mut().enumerate() {
        if note.id.trim().is_empty() {
            let mut h = Fnv1a64::default();
            h.write(&i.to_le_bytes());
            h.write(serde_json::to_string(note).unwrap_or_default().as_bytes());
            note.id = format!("unnamed-{:016x}", h.finish());
        }
    }
    let document = file.document.clone();
    let mut merged = merge(file, &NotesFile::default());
    merged.document = document;
    merged
}

/// How long a deletion is remembered, so that another instance (or a synced copy) that still
/// has the note does not bring it back. After that, the record goes, keeping files small.
pub const DELETION_MEMORY_DAYS: i64 = 365;

/// Drops the records of deletions older than [`DELETION_MEMORY_DAYS`] before `now`.
pub fn forget_old_deletions(file: &mut NotesFile, now: Timestamp) {
    let horizon = now.millis() - DELETION_MEMORY_DAYS * 24 * 60 * 60 * 1000;
    file.deleted.retain(|t| t.deleted.millis() >= horizon);
}

/// Merges two versions of a notes file: per note id the later `updated` wins (ties go to the
/// same side whatever the order, so two instances agree); a deletion wins over any version
/// of the note not updated after it. What `mine` says about the document wins.
pub fn merge(theirs: NotesFile, mine: &NotesFile) -> NotesFile {
    let mut notes: BTreeMap<String, Note> = BTreeMap::new();
    for note in theirs.notes.into_iter().chain(mine.notes.iter().cloned()) {
        match notes.get(&note.id) {
            Some(kept) if !newer(&note, kept) => {}
            _ => {
                notes.insert(note.id.clone(), note);
            }
        }
    }
    let mut deleted: BTreeMap<String, Timestamp> = BTreeMap::new();
    for stone in theirs
        .deleted
        .into_iter()
        .chain(mine.deleted.iter().cloned())
    {
        let at = deleted.entry(stone.id).or_insert(stone.deleted);
        *at = (*at).max(stone.deleted);
    }
    // A note updated after its deletion (undo, or an edit elsewhere) stays, and its
    // tombstone goes; otherwise the tombstone stays and the note goes.
    deleted.retain(|id, at| match notes.get(id) {
        Some(note) if note.updated > *at => false,
        Some(_) => {
            notes.remove(id);
            true
        }
        None => true,
    });
    let mut notes: Vec<Note> = notes.into_values().collect();
    notes.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
    let mut document = theirs.document;
    document.update_from(&mine.document);
    NotesFile {
        version: FORMAT_VERSION,
        document,
        notes,
        deleted: deleted
            .into_iter()
            .map(|(id, deleted)| Tombstone { id, deleted })
            .collect(),
    }
}

/// Whether `a` should replace `b` (same id).
fn newer(a: &Note, b: &Note) -> bool {
    if a.updated != b.updated {
        return a.updated > b.updated;
    }
    if a == b {
        return false;
    }
    // Same time, different content: any fixed order will do, as long as both sides use it.
    let key = |n: &Note| serde_json::to_string(n).unwrap_or_default();
    key(a) > key(b)
}

/// Notes files larger than this are not read (a file of a hundred thousand notes is a
/// fraction of it).
pub const MAX_NOTES_FILE_SIZE: u64 = 256 * 1024 * 1024;

/// The bytes of a notes file or its backup: a regular file, of bounded size.
fn read_bytes(path: &Path) -> io::Result<Vec<u8>> {
    crate::parse::read_user_file(path, MAX_NOTES_FILE_SIZE)
}

/// Called before a save replaces the backup of `path` with the file as it is on disk
/// (`on_disk`): if the backup holds notes that the file neither has nor records as deleted
/// (another program replaced the file, or emptied it), the backup is set aside as
/// `NAME.bak.kept-UNIXTIME` instead of being lost. Returns the message for the user then.
pub fn keep_richer_backup(
    path: &Path,
    on_disk: &NotesFile,
    label: Option<&str>,
) -> Result<Option<Warning>, StoreError> {
    if !path.exists() {
        // Nothing replaces the backup.
        return Ok(None);
    }
    let backup = fsio::backup_path(path);
    let Ok(bytes) = read_bytes(&backup) else {
        return Ok(None);
    };
    let Parsed::Current(old) = parse(&bytes) else {
        return Ok(None);
    };
    let known: std::collections::HashSet<&str> = (on_disk.notes.iter().map(|n| n.id.as_str()))
        .chain(on_disk.deleted.iter().map(|t| t.id.as_str()))
        .collect();
    let missing = old
        .notes
        .iter()
        .filter(|n| !known.contains(n.id.as_str()))
        .count();
    if missing == 0 {
        return Ok(None);
    }
    let aside =
        fsio::set_aside(&backup, "kept").map_err(io_error(StoreAction::KeepBackup, &backup))?;
    Ok(Some(Warning::new(text!(
        "store-warning-lost-notes",
        notes = whose(label),
        count = missing,
        path = crate::printable::path(&aside)
    ))))
}

/// What reading a notes file found.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    pub file: NotesFile,
    /// What the user must be told (a damaged file moved aside, a newer version).
    pub warnings: Vec<Warning>,
    /// Set when the file comes from a newer version: its format version.
    pub newer: Option<u32>,
}

fn io_error<'a>(action: StoreAction, path: &'a Path) -> impl FnOnce(io::Error) -> StoreError + 'a {
    move |source| StoreError::Io {
        action,
        source,
        path: path.to_path_buf(),
    }
}

/// Whose notes a warning speaks of: those of a document, by its name, where known.
fn whose(label: Option<&str>) -> Text {
    match label {
        Some(name) => text!("store-notes-on", document = name),
        None => text!("store-notes"),
    }
}

fn newer_outcome(
    version: u32,
    file: Option<NotesFile>,
    label: Option<&str>,
    path: &Path,
) -> ReadOutcome {
    let key = if file.is_some() {
        "store-warning-newer-shown"
    } else {
        "store-warning-newer-not-shown"
    };
    let from_file = file
        .as_ref()
        .map(|f| f.document.display_name())
        .filter(|n| !n.is_empty());
    let name = whose(label.or(from_file.as_deref()));
    ReadOutcome {
        warnings: vec![Warning::new(text!(
            key,
            notes = name,
            found = version,
            supported = FORMAT_VERSION,
            path = crate::printable::path(path)
        ))],
        file: file.unwrap_or_default(),
        newer: Some(version),
    }
}

/// Reads a notes file for display. When it needs repair (damaged, or only its backup left),
/// takes the file's lock and repairs it; if the lock cannot be had (a read-only folder), shows
/// the backup without repairing. A missing file is an empty one.
pub fn read(path: &Path, label: Option<&str>) -> Result<ReadOutcome, StoreError> {
    match read_bytes(path) {
        Ok(bytes) => match parse(&bytes) {
            Parsed::Current(file) => {
                return Ok(ReadOutcome {
                    file,
                    ..ReadOutcome::default()
                });
            }
            Parsed::Newer { version, file } => {
                return Ok(newer_outcome(version, file, label, path));
            }
            Parsed::Damaged(_) => {}
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if !fsio::backup_path(path).exists() {
                return Ok(ReadOutcome::default());
            }
        }
        Err(e) => return Err(io_error(StoreAction::Read, path)(e)),
    }
    match FileLock::acquire(path) {
        Ok(_lock) => read_locked(path, label),
        Err(lock_err) => read_unrepaired(path, label, &lock_err),
    }
}

/// Shows what can be shown when the folder cannot be written: the backup of a damaged file.
fn read_unrepaired(
    path: &Path,
    label: Option<&str>,
    lock_err: &io::Error,
) -> Result<ReadOutcome, StoreError> {
    let backup = fsio::backup_path(path);
    let file = match read_bytes(&backup).map(|b| parse(&b)) {
        Ok(Parsed::Current(file)) => file,
        _ => NotesFile::default(),
    };
    Ok(ReadOutcome {
        file,
        warnings: vec![Warning::new(text!(
            "store-warning-not-repaired",
            notes = whose(label),
            error = lock_err.to_string(),
            path = crate::printable::path(path)
        ))],
        newer: None,
    })
}

/// Reads a notes file while holding its lock, repairing it: a damaged file is moved aside
/// (kept byte for byte) and the backup put in its place; a damaged backup is moved aside too.
pub fn read_locked(path: &Path, label: Option<&str>) -> Result<ReadOutcome, StoreError> {
    let bytes = match read_bytes(path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_error(StoreAction::Read, path)(e)),
    };
    let damage = match bytes.as_deref().map(parse) {
        Some(Parsed::Current(file)) => {
            return Ok(ReadOutcome {
                file,
                ..ReadOutcome::default()
            });
        }
        Some(Parsed::Newer { version, file }) => {
            return Ok(newer_outcome(version, file, label, path));
        }
        Some(Parsed::Damaged(reason)) => {
            let aside =
                fsio::move_aside(path).map_err(io_error(StoreAction::MoveDamagedAside, path))?;
            Some((reason, aside))
        }
        None => None,
    };
    let backup = fsio::backup_path(path);
    let restored = match read_bytes(&backup) {
        Ok(bytes) => match parse(&bytes) {
            Parsed::Current(file) => {
                fsio::atomic_write(path, &bytes).map_err(io_error(StoreAction::Restore, path))?;
                Ok(file)
            }
            Parsed::Newer { version, file } => {
                let mut outcome = newer_outcome(version, file, label, &backup);
                if let Some((reason, aside)) = damage {
                    outcome.warnings.insert(
                        0,
                        Warning::new(text!(
                            "store-warning-damaged",
                            notes = whose(label),
                            reason = reason,
                            path = crate::printable::path(&aside)
                        )),
                    );
                }
                return Ok(outcome);
            }
            Parsed::Damaged(reason) => {
                let aside = fsio::move_aside(&backup)
                    .map_err(io_error(StoreAction::MoveDamagedAside, &backup))?;
                Err(Some((reason, aside)))
            }
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(None),
        Err(e) => return Err(io_error(StoreAction::ReadBackup, &backup)(e)),
    };
    let from_file = match &restored {
        Ok(file) => Some(file.document.display_name()).filter(|n| !n.is_empty()),
        Err(_) => None,
    };
    let name = whose(label.or(from_file.as_deref()));
    let message = match (damage, &restored) {
        (None, Ok(_)) => text!(
            "store-warning-restored",
            notes = name,
            path = crate::printable::path(path)
        ),
        (None, Err(None)) => return Ok(ReadOutcome::default()),
        (None, Err(Some((reason, backup_aside)))) => text!(
            "store-warning-backup-damaged",
            notes = name,
            reason = reason.clone(),
            path = crate::printable::path(backup_aside)
        ),
        (Some((reason, aside)), Ok(_)) => text!(
            "store-warning-damaged-restored",
            notes = name,
            reason = reason,
            path = crate::printable::path(&aside)
        ),
        (Some((reason, aside)), Err(None)) => text!(
            "store-warning-damaged-no-copy",
            notes = name,
            reason = reason,
            path = crate::printable::path(&aside)
        ),
        (Some((reason, aside)), Err(Some((_, backup_aside)))) => text!(
            "store-warning-both-damaged",
            notes = name,
            reason = reason,
            backup = crate::printable::path(backup_aside),
            path = crate::printable::path(&aside)
        ),
    };
    Ok(ReadOutcome {
        file: restored.unwrap_or_default(),
        warnings: vec![Warning::new(message)],
        newer: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::note::{Anchor, TextQuote};
    use proptest::prelude::*;

    fn note(id: &str, text: &str, updated: i64) -> Note {
        Note {
            id: id.into(),
            anchor: Anchor {
                paragraph_id: "op1".into(),
                reference: "OP1".into(),
                quote: TextQuote::default(),
            },
            text: text.into(),
            created: Timestamp::from_millis(0),
            updated: Timestamp::from_millis(updated),
            ..Note::default()
        }
    }

    #[test]
    fn deletions_are_remembered_for_a_year() {
        let day = 24 * 60 * 60 * 1000;
        let now = Timestamp::from_millis(1_000 * day);
        let mut f = file(
            vec![],
            vec![
                ("recent", 1_000 * day - 364 * day),
                ("old", 1_000 * day - 366 * day),
            ],
        );
        forget_old_deletions(&mut f, now);
        let kept: Vec<&str> = f.deleted.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(kept, vec!["recent"]);
    }

    fn file(notes: Vec<Note>, deleted: Vec<(&str, i64)>) -> NotesFile {
        NotesFile {
            version: FORMAT_VERSION,
            notes,
            deleted: deleted
                .into_iter()
                .map(|(id, at)| Tombstone {
                    id: id.into(),
                    deleted: Timestamp::from_millis(at),
                })
                .collect(),
            ..NotesFile::default()
        }
    }

    #[test]
    fn parse_tells_current_newer_and_damaged_apart() {
        assert!(matches!(parse(b"{\"notes\": []}"), Parsed::Current(_)));
        assert!(matches!(
            parse(b"{\"version\": 1, \"notes\": [], \"x\": 2}"),
            Parsed::Current(_)
        ));
        assert!(matches!(
            parse(b"{\"version\": 7, \"notes\": 3}"),
            Parsed::Newer {
                version: 7,
                file: None
            }
        ));
        assert!(matches!(
            parse(b"{\"version\": 7}"),
            Parsed::Newer {
                version: 7,
                file: Some(_)
            }
        ));
        for bad in [
            &b""[..],
            b"{",
            b"[]",
            b"null",
            b"{\"version\": \"one\"}",
            b"{\"notes\": 3}",
            // Well-formed, but not what a notes file holds: read as empty, the next save
            // would replace the backup that still has the notes.
            b"{}",
            b"{\"version\": 1}",
            b"{\"version\": 1, \"document\": {}, \"deleted\": []}",
            b"{\"notes\": null}",
        ] {
            assert!(matches!(parse(bad), Parsed::Damaged(_)), "{bad:?}");
        }
    }

    #[test]
    fn later_edits_win_and_deletions_hold() {
        let theirs = file(vec![note("a", "old", 1), note("b", "kept", 1)], vec![]);
        let mine = file(
            vec![note("a", "new", 2), note("c", "mine", 1)],
            vec![("b", 5)],
        );
        let merged = merge(theirs, &mine);
        let texts: Vec<&str> = merged.notes.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, vec!["new", "mine"]);
        assert_eq!(merged.deleted.len(), 1);
        // Restored after the deletion: the note comes back and the tombstone goes.
        let restored = file(vec![note("b", "kept", 6)], vec![]);
        let merged = merge(merged, &restored);
        assert!(merged.notes.iter().any(|n| n.id == "b"));
        assert!(merged.deleted.is_empty());
    }

    fn arb_file() -> impl Strategy<Value = NotesFile> {
        let notes = prop::collection::vec((0u8..6, 0u8..3, 0i64..5), 0..8);
        let deleted = prop::collection::vec((0u8..6, 0i64..5), 0..4);
        (notes, deleted).prop_map(|(notes, deleted)| {
            let notes = notes
                .into_iter()
                .map(|(id, text, at)| note(&format!("n{id}"), &format!("t{text}"), at))
                .collect();
            let deleted: Vec<(String, i64)> = deleted
                .into_iter()
                .map(|(id, at)| (format!("n{id}"), at))
                .collect();
            normalize(file(
                notes,
                deleted.iter().map(|(id, at)| (id.as_str(), *at)).collect(),
            ))
        })
    }

    proptest! {
        #[test]
        fn merging_is_order_free_idempotent_and_loses_nothing(a in arb_file(), b in arb_file()) {
            let ab = merge(a.clone(), &b);
            let ba = merge(b.clone(), &a);
            prop_assert_eq!(&ab.notes, &ba.notes);
            prop_assert_eq!(&ab.deleted, &ba.deleted);
            prop_assert_eq!(&merge(ab.clone(), &b), &ab);
            prop_assert_eq!(&merge(ab.clone(), &ab), &ab);
            // Every id either survives (in its latest version) or is recorded as deleted.
            for n in a.notes.iter().chain(&b.notes) {
                let kept = ab.notes.iter().find(|k| k.id == n.id);
                let gone = ab.deleted.iter().any(|t| t.id == n.id);
                prop_assert!(kept.is_some() || gone, "{} vanished", n.id);
                if let Some(k) = kept {
                    prop_assert!(k.updated >= n.updated);
                }
            }
        }
    }
}
