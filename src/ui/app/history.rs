//! Back and forward, as in a browser: where the reader was before following a citation,
//! jumping from the outline, the notes panel or a search result.

use super::App;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Which document: its file, or its name when it has none (the bundled sample).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum DocumentRef {
    Path(PathBuf),
    Name(String),
}

/// A document and the paragraph being read in it (its index).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    document: DocumentRef,
    paragraph: Option<usize>,
}

/// Places to go back and forward to; the newest last.
#[derive(Debug, Default)]
pub struct History {
    back: Vec<Place>,
    forward: Vec<Place>,
}

/// More than a reading session needs; the oldest places are forgotten.
const LIMIT: usize = 200;

impl History {
    pub fn can_go_back(&self) -> bool {
        !self.back.is_empty()
    }

    pub fn can_go_forward(&self) -> bool {
        !self.forward.is_empty()
    }

    /// The places to go back to and forward to, for the next start.
    pub fn saved(&self) -> (Vec<Place>, Vec<Place>) {
        (self.back.clone(), self.forward.clone())
    }

    /// Back and Forward as the last session left them.
    pub fn restored(mut back: Vec<Place>, mut forward: Vec<Place>) -> History {
        let keep_newest = |places: &mut Vec<Place>| {
            let extra = places.len().saturating_sub(LIMIT);
            places.drain(..extra);
        };
        keep_newest(&mut back);
        keep_newest(&mut forward);
        History { back, forward }
    }

    /// Remembers where the reader was before a jump to somewhere else.
    pub fn left(&mut self, from: Place) {
        if self.back.last() != Some(&from) {
            self.back.push(from);
            if self.back.len() > LIMIT {
                self.back.remove(0);
            }
        }
        self.forward.clear();
    }
}

impl App {
    /// Where the reader is now: the active tab and its focused (else topmost) paragraph.
    pub(super) fn place(&self) -> Option<Place> {
        let tab = self.tabs.get(self.active)?;
        let document = match &tab.path {
            Some(path) => DocumentRef::Path(path.clone()),
            None => DocumentRef::Name(tab.doc.display_name()),
        };
        Some(Place {
            document,
            paragraph: tab.reader.focus.or(tab.reader.top_paragraph),
        })
    }

    /// Goes back (`forward` false) or forward one place; a place whose document cannot be
    /// found again (closed, and with no file) is skipped.
    pub(super) fn go(&mut self, forward: bool) {
        let here = self.place();
        loop {
            let next = if forward {
                self.history.forward.pop()
            } else {
                self.history.back.pop()
            };
            let Some(place) = next else { return };
            if self.show_place(&place) {
                if let Some(here) = here {
                    if forward {
                        self.history.back.push(here);
                    } else {
                        self.history.forward.push(here);
                    }
                }
                return;
            }
        }
    }

    /// Shows a place, reopening its file if its tab was closed; false if it is gone.
    fn show_place(&mut self, place: &Place) -> bool {
        let found = self.tabs.iter().position(|t| match &place.document {
            DocumentRef::Path(path) => t.path.as_ref() == Some(path),
            DocumentRef::Name(name) => t.path.is_none() && t.doc.display_name() == *name,
        });
        let index = match (found, &place.document) {
            (Some(i), _) => i,
            (None, DocumentRef::Path(path)) if path.is_file() => {
                match self.open_path(path.clone()) {
                    Some(i) => i,
                    None => return false,
                }
            }
            _ => return false,
        };
        self.active = index;
        self.card = None;
        if let Some(p) = place.paragraph {
            self.tabs[index].reader.jump_to(p);
        }
        true
    }
}
