//! An open document: the parsed model, where it came from, and its view state.

use crate::document::Document;
use crate::document::find::{self, Match};
use crate::ui::reader::ReaderState;
use std::path::PathBuf;
use std::sync::Arc;

/// Find-in-document state of one tab.
#[derive(Default)]
pub struct FindState {
    pub open: bool,
    pub query: String,
    pub matches: Vec<Match>,
    pub current: Option<usize>,
    /// Focus the query field on the next frame.
    pub focus_field: bool,
    /// The words a library search matched, highlighted each on its own while the query is
    /// still the search's (`words_for`).
    pub words: Vec<String>,
    pub words_for: String,
    searched: String,
}

impl FindState {
    /// Recomputes matches if the query changed. Returns true if it did.
    pub fn update(&mut self, doc: &Document) -> bool {
        if self.searched == self.query {
            return false;
        }
        self.searched = self.query.clone();
        self.matches = if !self.words.is_empty() && self.query == self.words_for {
            find::find_any(doc, &self.words)
        } else {
            self.words.clear();
            find::find_all(doc, &self.query)
        };
        self.current = (!self.matches.is_empty()).then_some(0);
        true
    }

    /// Highlights the words a library search matched (`query` as it was typed), the current
    /// match being the first in or after `paragraph`.
    pub fn show_search(
        &mut self,
        doc: &Document,
        query: &str,
        words: Vec<String>,
        paragraph: Option<usize>,
    ) {
        self.open = true;
        self.query = query.trim().to_string();
        self.words_for = self.query.clone();
        self.words = words;
        self.searched.clear();
        self.update(doc);
        if let Some(p) = paragraph {
            let after = self.matches.iter().position(|m| match m.place {
                find::MatchPlace::Paragraph(i) => i >= p,
                find::MatchPlace::Footnote(_) => true,
            });
            self.current = after.or(self.current);
        }
    }

    /// Moves to the next (+1) or previous (-1) match, wrapping around.
    pub fn step(&mut self, delta: i32) {
        let n = self.matches.len();
        if n == 0 {
            self.current = None;
            return;
        }
        let current = self.current.unwrap_or(0) as i64;
        self.current = Some((current + i64::from(delta)).rem_euclid(n as i64) as usize);
    }
}

/// A tab's identity for as long as the window runs: unlike its index, it does not change
/// when tabs before it close, so what outlives a frame (the note editor) names it by this.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TabId(u64);

impl TabId {
    fn next() -> TabId {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        TabId(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

/// One open document.
pub struct Tab {
    pub id: TabId,
    pub doc: Arc<Document>,
    /// None for the bundled sample.
    pub path: Option<PathBuf>,
    pub reader: ReaderState,
    pub find: FindState,
    /// The user's notes and bookmarks on this document.
    pub notes: crate::ui::notes::TabNotes,
}

impl Tab {
    pub fn new(doc: Document, path: Option<PathBuf>) -> Tab {
        let reader = ReaderState::new(&doc);
        Tab {
            id: TabId::next(),
            doc: Arc::new(doc),
            path,
            reader,
            find: FindState::default(),
            notes: Default::default(),
        }
    }

    /// Tab label: symbol (or name) and language.
    pub fn title(&self) -> String {
        let name = self.doc.display_name();
        match self.doc.meta.language {
            Some(lang) => format!("{name} · {}", lang.native_name()),
            None => name,
        }
    }

    /// The paragraph that holds the current find match, if any.
    pub fn current_match_paragraph(&self) -> Option<usize> {
        let m = self.find.matches.get(self.find.current?)?;
        match m.place {
            find::MatchPlace::Paragraph(p) => Some(p),
            find::MatchPlace::Footnote(f) => {
                let id = self.doc.footnotes.get(f)?.referenced_from.first()?;
                self.doc.paragraph_index(id)
            }
        }
    }
}
