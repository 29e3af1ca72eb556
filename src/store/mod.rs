//! The user's own data: where it lives and how it is written so that it is never lost.
//!
//! Everything goes under one data folder: `PLENARY_DATA_DIR` when set (tests, a portable copy
//! on a USB stick), else the platform's data dir from `directories`.
//!
//! Notes and bookmarks live in `notes/`, one JSON file per document (so that file-sync tools
//! merge two machines' notes per document): see [`file`] for the format, [`key`] for how a
//! document is named, [`anchor`] for how notes find their paragraph again in another edition,
//! and [`NoteStore`] / [`DocumentNotes`] for the operations.
//!
//! What a window does with them:
//! ```
//! use plenary::document::{Document, Format, Paragraph, ParagraphKind, Part};
//! use plenary::store::{NewNote, NoteChange, NoteStore};
//!
//! # let data = tempfile::tempdir().unwrap();
//! let store = NoteStore::for_data_dir(data.path());
//! let mut doc = Document::new(Format::Text);
//! doc.meta.symbol = Some("A/RES/75/32".into());
//! doc.paragraphs.push(Paragraph::new("op3", ParagraphKind::Operative, Part::Operative,
//!     "Welcomes the productive and ongoing work of the Group of Governmental Experts;"));
//!
//! // Opening a document: its notes, and what to tell the user (a file repaired, a newer version).
//! let mut notes = store.open(&doc, None)?;
//! for warning in notes.take_warnings() { eprintln!("{warning}"); }
//!
//! let note = notes.add(NewNote { text: "Who chairs it?".into(), bookmark: true,
//!                                ..NewNote::on_paragraph(&doc, 0).unwrap() })?;
//! let before = notes.edit(&note.id, NoteChange { text: Some("Ask the chair.".into()),
//!                                                ..NoteChange::default() })?;
//! notes.put_back(before)?;               // undo the edit
//! let deleted = notes.delete(&note.id)?;
//! notes.restore(deleted)?;               // undo the deletion
//!
//! // Where each note stands in the document as it is now: attached, moved or orphaned.
//! let placements = notes.placements(&doc);
//! assert_eq!(placements[0].status.name(), "attached");
//!
//! // Every bookmark across documents.
//! let all = store.load_all()?;
//! assert_eq!(all.bookmarks().count(), 1);
//! # Ok::<(), plenary::store::StoreError>(())
//! ```

pub mod anchor;
mod error;
pub mod export;
pub mod file;
pub mod fsio;
pub mod key;
pub mod link;
pub mod note;
mod notes;
pub mod time;

use std::path::PathBuf;

pub use anchor::{AnchorStatus, FUZZY_THRESHOLD, Placement, Placer, find_words, reattach};
pub use error::{StoreAction, StoreError};
pub use export::{ImportReport, ImportedNote};
pub use file::FORMAT_VERSION;
pub use key::DocumentKey;
pub use note::{Anchor, Color, DocumentInfo, NewNote, Note, NoteChange, TextQuote};
pub use notes::{
    AllNotes, DeletedNote, DocumentNotes, NoteStore, Offered, document_info, is_translation,
    offered,
};
pub use time::Timestamp;

/// The environment variable that overrides where all user data lives.
pub const DATA_DIR_ENV: &str = "PLENARY_DATA_DIR";

/// The folder for all user data. Not created here; writers create what they need.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "Plenary", "Plenary")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".plenary"))
}
