//! The notes of every document, one file each, and the operations the window and the command
//! line perform on them.
//!
//! Every change is saved at once, the same way: take the file's lock, read the file again,
//! merge it with what this instance holds (so changes made meanwhile by another instance are
//! kept), apply the change, write atomically, release the lock.

use super::anchor::{AnchorStatus, Placement, Placer};
use super::file::{self, FORMAT_VERSION, NotesFile, ReadOutcome, Tombstone};
use super::fsio::{self, FileLock};
use super::key::{DocumentKey, content_hash};
use super::note::{Anchor, DocumentInfo, NewNote, Note, NoteChange, TextQuote, new_note_id};
use super::time::Timestamp;
use super::{StoreAction, StoreError};
use crate::document::{Document, Warning};
use std::path::{Path, PathBuf};

/// Where notes files live: one folder, one `KEY.json` per document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteStore {
    dir: PathBuf,
}

/// What to record about a document opened from `path`.
pub fn document_info(doc: &Document, path: Option<&Path>) -> DocumentInfo {
    let path = path.map(|p| {
        std::path::absolute(p)
            .unwrap_or_else(|_| p.to_path_buf())
            .to_string_lossy()
            .into_owned()
    });
    DocumentInfo {
        key: DocumentKey::of(doc).as_str().to_string(),
        symbol: doc.meta.symbol.clone(),
        language: doc.meta.language,
        title: doc.meta.title.clone(),
        path,
        content_hash: Some(content_hash(doc)),
    }
}

impl NoteStore {
    /// A store in `dir` (created on the first save).
    pub fn new(dir: impl Into<PathBuf>) -> NoteStore {
        NoteStore { dir: dir.into() }
    }

    /// The store inside a data folder: its `notes/` (the window passes its own data folder).
    pub fn for_data_dir(data_dir: &Path) -> NoteStore {
        NoteStore::new(data_dir.join("notes"))
    }

    /// The user's store: `notes/` in [`super::data_dir`].
    pub fn in_data_dir() -> NoteStore {
        NoteStore::for_data_dir(&super::data_dir())
    }

    /// The folder holding the notes files.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The notes file of a document key.
    pub fn file_for(&self, key: &DocumentKey) -> PathBuf {
        self.dir.join(format!("{}.json", key.file_stem()))
    }

    /// The notes of a document, as the window opens it (`path`: where it was opened from).
    /// Nothing is written until a note is added or changed, except to repair a damaged file.
    pub fn open(&self, doc: &Document, path: Option<&Path>) -> Result<DocumentNotes, StoreError> {
        self.open_info(document_info(doc, path))
    }

    /// The notes of a document known only by what a notes file or an import says of it.
    pub fn open_info(&self, info: DocumentInfo) -> Result<DocumentNotes, StoreError> {
        let path = self.file_for(&DocumentKey::from_raw(info.key.clone()));
        let outcome = file::read(&path, Some(&info.display_name()))?;
        let mut notes = DocumentNotes::from_outcome(path, outcome);
        notes.file.document.update_from(&info);
        Ok(notes)
    }

    /// Every notes file in the store, sorted by document name. A file that cannot be read at
    /// all (permissions) is reported as a warning and skipped, not fatal.
    pub fn load_all(&self) -> Result<AllNotes, StoreError> {
        let mut all = AllNotes::default();
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(all),
            Err(source) => {
                return Err(StoreError::Io {
                    action: StoreAction::List,
                    source,
                    path: self.dir.clone(),
                });
            }
        };
        let mut paths: Vec<PathBuf> = Vec::new();
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            if name.ends_with(".json") {
                paths.push(entry.path());
            } else if let Some(main) = name.strip_suffix(".bak")
                && main.ends_with(".json")
                && !self.dir.join(main).exists()
            {
                // Only the backup is left: reading the main file restores it.
                paths.push(self.dir.join(main));
            }
        }
        paths.sort();
        paths.dedup();
        for path in paths {
            match file::read(&path, None) {
                Ok(outcome) => {
                    let notes = DocumentNotes::from_outcome(path, outcome);
                    if !notes.notes().is_empty() || !notes.warnings.is_empty() {
                        all.documents.push(notes);
                    }
                }
                Err(err) => all.warnings.push(Warning::new(err.text())),
            }
        }
        all.documents
            .sort_by_cached_key(|d| (d.info().display_name(), d.info().key.clone()));
        Ok(all)
    }

    /// Notes made on other editions of a document (same title and language, another key)
    /// and on its other language versions (same symbol, another language): what the window
    /// shows and offers to carry over when a new draft, next year's text or a translation is
    /// opened. See [`is_translation`] for which is which.
    pub fn related(&self, doc: &Document) -> Result<Vec<DocumentNotes>, StoreError> {
        Ok(self.related_and_warnings(doc)?.documents)
    }

    /// [`Self::related`], with the trouble met reading the store's other files (a file that
    /// could not be read, a damaged one read as far as it could be): for the user to hear of,
    /// or the notes in those files would be missing without a word.
    pub fn related_and_warnings(&self, doc: &Document) -> Result<AllNotes, StoreError> {
        let title = doc
            .meta
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let symbol = doc.meta.symbol.as_deref().filter(|s| !s.is_empty());
        if title.is_none() && symbol.is_none() {
            return Ok(AllNotes::default());
        }
        let key = DocumentKey::of(doc);
        let AllNotes {
            documents,
            mut warnings,
        } = self.load_all()?;
        let documents = documents
            .into_iter()
            .map(|mut d| {
                // This document's own file is opened (and warned about) by `open`.
                if d.info().key != key.as_str() {
                    warnings.extend(d.take_warnings());
                }
                d
            })
            .filter(|d| {
                let info = d.info();
                let same_title = title.is_some_and(|title| {
                    info.language == doc.meta.language
                        && info
                            .title
                            .as_deref()
                            .is_some_and(|t| t.trim().eq_ignore_ascii_case(title))
                });
                info.key != key.as_str() && (same_title || is_translation(info, doc))
            })
            .collect();
        Ok(AllNotes {
            documents,
            warnings,
        })
    }
}

/// The notes of another edition or language version of a document not yet copied into it,
/// each placed in it ([`offered`]).
#[derive(Clone, Debug)]
pub struct Offered {
    pub info: DocumentInfo,
    /// The notes were made on another language version (placed by paragraph, not by quote).
    pub translation: bool,
    pub notes: Vec<Note>,
    pub placements: Vec<Placement>,
}

/// The notes of other editions and language versions ([`NoteStore::related`]) placed in
/// `doc`, leaving out those already copied here (`own`: the same words on the same quote, or
/// for a translation on the same paragraph). What the window's banner and notes panel and
/// `notes list FILE` offer.
pub fn offered(others: &[DocumentNotes], own: &[Note], doc: &Document) -> Vec<Offered> {
    let placer = Placer::new(doc);
    others
        .iter()
        .filter_map(|other| {
            let translation = is_translation(other.info(), doc);
            let fresh: Vec<Note> = other
                .notes()
                .iter()
                .filter(|n| {
                    !own.iter().any(|o| {
                        o.text == n.text
                            && (o.anchor.quote.exact == n.anchor.quote.exact
                                || translation && o.anchor.paragraph_id == n.anchor.paragraph_id)
                    })
                })
                .cloned()
                .collect();
            if fresh.is_empty() {
                return None;
            }
            let placements = fresh
                .iter()
                .map(|n| {
                    if translation {
                        placer.place_in_translation(&n.anchor)
                    } else {
                        placer.place(&n.anchor)
                    }
                })
                .collect();
            Some(Offered {
                info: other.info().clone(),
                translation,
                notes: fresh,
                placements,
            })
        })
        .collect()
}

/// Whether notes made on `info` were made on another language version of `doc`: the same
/// symbol in another language.
pub fn is_translation(info: &DocumentInfo, doc: &Document) -> bool {
    info.language.is_some()
        && doc.meta.language.is_some()
        && info.language != doc.meta.language
        && info.symbol.is_some()
        && info.symbol == doc.meta.symbol
}

/// Every document's notes, for lists across documents (all bookmarks, exports).
#[derive(Debug, Default)]
pub struct AllNotes {
    pub documents: Vec<DocumentNotes>,
    /// Files that could not be read at all.
    pub warnings: Vec<Warning>,
}

impl AllNotes {
    /// Every note with its document, documents in name order, notes in creation order.
    pub fn notes(&self) -> impl Iterator<Item = (&DocumentInfo, &Note)> {
        self.documents
            .iter()
            .flat_map(|d| d.notes().iter().map(move |n| (d.info(), n)))
    }

    /// Every bookmark across documents.
    pub fn bookmarks(&self) -> impl Iterator<Item = (&DocumentInfo, &Note)> {
        self.notes().filter(|(_, n)| n.bookmark)
    }

    /// How many notes there are.
    pub fn len(&self) -> usize {
        self.documents.iter().map(|d| d.notes().len()).sum()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every warning: files that could not be read, files repaired, newer versions.
    pub fn all_warnings(&self) -> impl Iterator<Item = &Warning> {
        self.warnings
            .iter()
            .chain(self.documents.iter().flat_map(|d| d.warnings.iter()))
    }

    /// The document holding a note, and the note.
    pub fn find(&self, id: &str) -> Option<(usize, &Note)> {
        self.documents
            .iter()
            .enumerate()
            .find_map(|(i, d)| d.note(id).map(|n| (i, n)))
    }
}

/// What undoing a deletion needs: the note as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use = "keep it to offer Undo"]
pub struct DeletedNote {
    pub note: Note,
}

/// The notes of one document, as held by a window or a command.
#[derive(Debug)]
pub struct DocumentNotes {
    path: PathBuf,
    file: NotesFile,
    /// Set when the file comes from a newer version: nothing is written.
    newer: Option<u32>,
    warnings: Vec<Warning>,
}

impl DocumentNotes {
    fn from_outcome(path: PathBuf, outcome: ReadOutcome) -> DocumentNotes {
        let ReadOutcome {
            file,
            warnings,
            newer,
        } = outcome;
        DocumentNotes {
            path,
            file,
            newer,
            warnings,
        }
    }

    /// The notes file.
    pub fn file_path(&self) -> &Path {
        &self.path
    }

    /// What is known about the document.
    pub fn info(&self) -> &DocumentInfo {
        &self.file.document
    }

    /// The notes, in creation order.
    pub fn notes(&self) -> &[Note] {
        &self.file.notes
    }

    /// The deletions remembered (so that other instances do not bring the notes back).
    pub fn tombstones(&self) -> &[Tombstone] {
        &self.file.deleted
    }

    /// A note by id.
    pub fn note(&self, id: &str) -> Option<&Note> {
        self.file.notes.iter().find(|n| n.id == id)
    }

    /// The bookmarks among the notes.
    pub fn bookmarks(&self) -> impl Iterator<Item = &Note> {
        self.file.notes.iter().filter(|n| n.bookmark)
    }

    /// What the user should be told about these notes (repairs, a newer version).
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Takes the warnings, once shown.
    pub fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    /// Whether the notes come from a newer version of the program and cannot be changed.
    pub fn is_read_only(&self) -> bool {
        self.newer.is_some()
    }

    /// Adds a note; returns it as saved.
    pub fn add(&mut self, new: NewNote) -> Result<Note, StoreError> {
        let note = new.into_note();
        let saved = note.clone();
        self.commit(move |file| {
            file.notes.push(note);
            Ok(())
        })?;
        Ok(saved)
    }

    /// Changes a note; returns the note as it was before (to offer Undo with
    /// [`DocumentNotes::put_back`]). A change that changes nothing writes nothing.
    pub fn edit(&mut self, id: &str, change: NoteChange) -> Result<Note, StoreError> {
        let Some(current) = self.note(id) else {
            return Err(self.no_such_note(id));
        };
        let mut preview = current.clone();
        if !change.clone().apply(&mut preview) {
            return Ok(current.clone());
        }
        let path = self.path.clone();
        self.commit(|file| {
            let Some(note) = file.notes.iter_mut().find(|n| n.id == id) else {
                return Err(StoreError::NoSuchNote {
                    id: id.to_string(),
                    path,
                });
            };
            let before = note.clone();
            if change.apply(note) {
                note.updated = Timestamp::now_after(before.updated);
            }
            Ok(before)
        })
    }

    /// Deletes a note; returns what [`DocumentNotes::restore`] needs to undo it.
    pub fn delete(&mut self, id: &str) -> Result<DeletedNote, StoreError> {
        if self.note(id).is_none() {
            return Err(self.no_such_note(id));
        }
        let path = self.path.clone();
        self.commit(|file| {
            let Some(index) = file.notes.iter().position(|n| n.id == id) else {
                return Err(StoreError::NoSuchNote {
                    id: id.to_string(),
                    path,
                });
            };
            let note = file.notes.remove(index);
            let deleted = Timestamp::now_after(note.updated);
            file.deleted.retain(|t| t.id != id);
            file.deleted.push(Tombstone {
                id: id.to_string(),
                deleted,
            });
            Ok(DeletedNote { note })
        })
    }

    /// Undoes a deletion: the note comes back with its id, text and creation time.
    pub fn restore(&mut self, deleted: DeletedNote) -> Result<(), StoreError> {
        self.put_back(deleted.note)
    }

    /// Puts a note back as it was (undo of an edit or a deletion). It counts as a change made
    /// now, so it wins over the deletion or edit it undoes, here and in other instances.
    pub fn put_back(&mut self, note: Note) -> Result<(), StoreError> {
        self.commit(|file| {
            let latest = file
                .deleted
                .iter()
                .filter(|t| t.id == note.id)
                .map(|t| t.deleted)
                .chain(
                    file.notes
                        .iter()
                        .filter(|n| n.id == note.id)
                        .map(|n| n.updated),
                )
                .max()
                .unwrap_or(note.updated);
            let mut note = note;
            note.updated = Timestamp::now_after(latest.max(note.updated));
            file.deleted.retain(|t| t.id != note.id);
            file.notes.retain(|n| n.id != note.id);
            file.notes.push(note);
            Ok(())
        })
    }

    /// Adds notes as they are (ids and times kept): imports. A note whose id was deleted here
    /// comes back, as a change made now.
    pub(crate) fn insert_all(&mut self, notes: Vec<Note>) -> Result<(), StoreError> {
        if notes.is_empty() {
            return Ok(());
        }
        self.commit(|file| {
            for mut note in notes {
                if let Some(pos) = file.deleted.iter().position(|t| t.id == note.id) {
                    let stone = file.deleted.remove(pos);
                    note.updated = Timestamp::now_after(stone.deleted.max(note.updated));
                }
                file.notes.retain(|n| n.id != note.id);
                file.notes.push(note);
            }
            Ok(())
        })
    }

    /// Reads the file again and merges it with what is held, to show changes made by another
    /// instance. Nothing is written.
    pub fn reload(&mut self) -> Result<(), StoreError> {
        let label = self.info().display_name();
        let outcome = file::read(&self.path, Some(&label))?;
        self.take_outcome(outcome);
        Ok(())
    }

    /// Where each note (in [`DocumentNotes::notes`] order) stands in `doc`.
    pub fn placements(&self, doc: &Document) -> Vec<Placement> {
        let placer = Placer::new(doc);
        self.file
            .notes
            .iter()
            .map(|n| placer.place(&n.anchor))
            .collect()
    }

    /// Moves the anchors of notes found elsewhere in `doc` (moved, or matched by similarity)
    /// to where they were found, so that they attach directly next time. Orphans are left as
    /// they are. Returns how many notes changed.
    pub fn reanchor(&mut self, doc: &Document) -> Result<usize, StoreError> {
        let placer = Placer::new(doc);
        let changes: Vec<(String, Anchor)> = self
            .file
            .notes
            .iter()
            .filter_map(|n| {
                let placed = placer.place(&n.anchor);
                let anchor = anchor_at(doc, &placed, &n.anchor)?;
                (anchor != n.anchor).then(|| (n.id.clone(), anchor))
            })
            .collect();
        let count = changes.len();
        for (id, anchor) in changes {
            self.edit(
                &id,
                NoteChange {
                    anchor: Some(anchor),
                    ..NoteChange::default()
                },
            )?;
        }
        Ok(count)
    }

    /// Copies notes made on another edition or language version (`from`, see
    /// [`NoteStore::related`]) into this document. A note from another edition is placed by
    /// its quote: re-anchored where found, kept with its old anchor and quote where orphaned.
    /// A note from another language goes to the same paragraph, quoting it whole in this
    /// language. The copies get new ids; the originals stay where they are. Returns each copy
    /// with where it was placed.
    pub fn carry_over(
        &mut self,
        from: &DocumentInfo,
        notes: &[Note],
        doc: &Document,
    ) -> Result<Vec<(Note, Placement)>, StoreError> {
        let now = Timestamp::now();
        let placer = Placer::new(doc);
        let translation = is_translation(from, doc);
        let copies: Vec<(Note, Placement)> = notes
            .iter()
            .map(|n| {
                let placed = if translation {
                    placer.place_in_translation(&n.anchor)
                } else {
                    placer.place(&n.anchor)
                };
                let mut copy = n.clone();
                copy.id = new_note_id();
                copy.created = now;
                copy.updated = now;
                if let Some(anchor) = anchor_at(doc, &placed, &n.anchor) {
                    copy.anchor = anchor;
                }
                (copy, placed)
            })
            .collect();
        self.insert_all(copies.iter().map(|(n, _)| n.clone()).collect())?;
        Ok(copies)
    }

    fn no_such_note(&self, id: &str) -> StoreError {
        StoreError::NoSuchNote {
            id: id.to_string(),
            path: self.path.clone(),
        }
    }

    fn take_outcome(&mut self, outcome: ReadOutcome) {
        let ReadOutcome {
            file,
            warnings,
            newer,
        } = outcome;
        self.warnings.extend(warnings);
        if newer.is_some() {
            self.newer = newer;
            self.file = file;
        } else {
            self.file = file::merge(file, &self.file);
        }
    }

    /// Saves a change: lock, read again, merge, apply, write. Nothing is written if the
    /// change fails or the file is from a newer version.
    fn commit<T>(
        &mut self,
        change: impl FnOnce(&mut NotesFile) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        if let Some(found) = self.newer {
            return Err(self.newer_error(found));
        }
        let io = |action: StoreAction, path: &Path| {
            let path = path.to_path_buf();
            move |source| StoreError::Io {
                action,
                source,
                path,
            }
        };
        std::fs::create_dir_all(self.path.parent().unwrap_or(Path::new(".")))
            .map_err(io(StoreAction::CreateFolder, &self.path))?;
        let _lock = FileLock::acquire(&self.path).map_err(io(StoreAction::Lock, &self.path))?;
        fsio::remove_stale_temps(&self.path);
        let label = self.info().display_name();
        let outcome = file::read_locked(&self.path, Some(&label))?;
        let on_disk = (outcome.newer.is_none()).then(|| outcome.file.clone());
        self.take_outcome(outcome);
        if let Some(found) = self.newer {
            return Err(self.newer_error(found));
        }
        let mut next = self.file.clone();
        let value = change(&mut next)?;
        // Normalise: sorted, tombstones applied; deletions older than a year forgotten.
        let mut next = file::merge(next, &NotesFile::default());
        file::forget_old_deletions(&mut next, Timestamp::now());
        let bytes = file::to_bytes(&next).map_err(|e| StoreError::Encode {
            reason: e.to_string(),
            path: self.path.clone(),
        })?;
        // The save turns the file on disk into the backup: never at the cost of notes that
        // only the present backup still holds.
        if let Some(on_disk) = &on_disk
            && let Some(warning) = file::keep_richer_backup(&self.path, on_disk, Some(&label))?
        {
            self.warnings.push(warning);
        }
        fsio::atomic_write(&self.path, &bytes).map_err(io(StoreAction::Save, &self.path))?;
        self.file = next;
        Ok(value)
    }

    fn newer_error(&self, found: u32) -> StoreError {
        StoreError::NewerVersion {
            found,
            supported: FORMAT_VERSION,
            path: self.path.clone(),
        }
    }
}

/// The anchor of a note placed somewhere in `doc`: the paragraph it was found in and a fresh
/// quote of what was found. None when orphaned (the old anchor is kept).
fn anchor_at(doc: &Document, placed: &Placement, old: &Anchor) -> Option<Anchor> {
    let index = placed.paragraph?;
    let p = doc.paragraphs.get(index)?;
    if placed.status == AnchorStatus::Attached && placed.score >= 1.0 {
        // Found verbatim where it was: nothing to refresh.
        return Some(old.clone());
    }
    let quote = match &placed.range {
        Some(range) if old.quote.is_paragraph() || range.len() == p.text.len() => {
            TextQuote::of_paragraph(&p.text)
        }
        Some(range) => TextQuote::of_range(&p.text, range.clone()),
        None => old.quote.clone(),
    };
    Some(Anchor {
        paragraph_id: p.id.clone(),
        reference: p.reference.clone(),
        quote,
    })
}
