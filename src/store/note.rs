//! A note: where it is anchored, what the reader wrote, and when.

use super::time::Timestamp;
use crate::document::{Document, Language, char_boundary_floor};
use serde::{Deserialize, Serialize};
use std::hash::{BuildHasher, Hasher};
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

/// The longest quote kept for a whole-paragraph note, in characters: enough to find the
/// paragraph again in another edition, without copying whole annexes into the notes file.
pub const MAX_QUOTE_CHARS: usize = 300;
/// Characters of context kept before and after a quote.
pub const CONTEXT_CHARS: usize = 32;

/// A W3C `TextQuoteSelector`: the quoted text and a little context either side.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct TextQuote {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

impl TextQuote {
    /// The quote of a whole paragraph: its text, or its first [`MAX_QUOTE_CHARS`] characters
    /// (cut at a space when there is one near) with the next few as the suffix.
    pub fn of_paragraph(text: &str) -> TextQuote {
        let end = match text.char_indices().nth(MAX_QUOTE_CHARS) {
            None => text.len(),
            Some((limit, _)) => {
                // Prefer a word boundary in the last fifth of the slice.
                let floor = text
                    .char_indices()
                    .nth(MAX_QUOTE_CHARS * 4 / 5)
                    .map_or(0, |(i, _)| i);
                match text.get(..limit).and_then(|head| head.rfind(' ')) {
                    Some(space) if space > floor => space,
                    _ => limit,
                }
            }
        };
        TextQuote::of_range(text, 0..end)
    }

    /// The quote of a byte range of a text (clamped to character boundaries), with
    /// [`CONTEXT_CHARS`] characters of context either side.
    pub fn of_range(text: &str, range: Range<usize>) -> TextQuote {
        let start = char_boundary_floor(text, range.start);
        let end = char_boundary_floor(text, range.end.max(start));
        let before = text.get(..start).unwrap_or("");
        let after = text.get(end..).unwrap_or("");
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let suffix_end = after
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(after.len(), |(i, _)| i);
        TextQuote {
            exact: text.get(start..end).unwrap_or("").to_string(),
            prefix: before.get(prefix_start..).unwrap_or("").to_string(),
            suffix: after.get(..suffix_end).unwrap_or("").to_string(),
        }
    }

    /// Whether the quote is a whole paragraph (no context either side).
    pub fn is_whole(&self) -> bool {
        self.prefix.is_empty() && self.suffix.is_empty()
    }

    /// Whether the quote looks like one made by [`TextQuote::of_paragraph`]: it starts the
    /// paragraph and either ends it or was cut near the length limit.
    pub fn is_paragraph(&self) -> bool {
        self.prefix.is_empty()
            && (self.suffix.is_empty() || self.exact.chars().count() >= MAX_QUOTE_CHARS * 4 / 5)
    }
}

/// Where a note is attached: the paragraph (by id and by reference as delegates say it) and
/// a quote of its text, so that it can be found again in another edition.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Anchor {
    /// Paragraph id (`op3`, `pp10`, `annex-p4`).
    pub paragraph_id: String,
    /// Reference as delegates say it (`OP3`, `OP1(a)`).
    #[serde(rename = "ref")]
    pub reference: String,
    pub quote: TextQuote,
}

impl Anchor {
    /// An anchor on a whole paragraph of `doc`; None if there is no such paragraph.
    pub fn paragraph(doc: &Document, index: usize) -> Option<Anchor> {
        let p = doc.paragraphs.get(index)?;
        Some(Anchor {
            paragraph_id: p.id.clone(),
            reference: p.reference.clone(),
            quote: TextQuote::of_paragraph(&p.text),
        })
    }

    /// An anchor on a byte range of a paragraph's text (a selection).
    pub fn range(doc: &Document, index: usize, range: Range<usize>) -> Option<Anchor> {
        let p = doc.paragraphs.get(index)?;
        Some(Anchor {
            paragraph_id: p.id.clone(),
            reference: p.reference.clone(),
            quote: TextQuote::of_range(&p.text, range),
        })
    }
}

/// A highlight colour, from a small palette that reads well in light and dark themes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Color {
    #[default]
    Yellow,
    Green,
    Blue,
    Pink,
    Orange,
    Purple,
}

impl Color {
    /// Every colour, in the order a palette shows them.
    pub const ALL: [Color; 6] = [
        Color::Yellow,
        Color::Green,
        Color::Blue,
        Color::Pink,
        Color::Orange,
        Color::Purple,
    ];

    /// The name used in files, exports and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Color::Yellow => "yellow",
            Color::Green => "green",
            Color::Blue => "blue",
            Color::Pink => "pink",
            Color::Orange => "orange",
            Color::Purple => "purple",
        }
    }

    /// Parses a colour name, case-insensitively.
    pub fn from_name(name: &str) -> Option<Color> {
        let name = name.trim();
        Color::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(name))
    }
}

/// A note or bookmark on a paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Note {
    /// Unique across documents and machines (see [`new_note_id`]).
    pub id: String,
    pub anchor: Anchor,
    /// What the reader wrote; may span several lines, may be empty (a highlight).
    pub text: String,
    pub color: Color,
    pub tags: Vec<String>,
    /// Whether this is a bookmark (listed across documents).
    pub bookmark: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
}

impl Note {
    /// Whether two versions of a note say the same thing (timestamps aside).
    pub fn same_content(&self, other: &Note) -> bool {
        let Note {
            id,
            anchor,
            text,
            color,
            tags,
            bookmark,
            created: _,
            updated: _,
        } = self;
        *id == other.id
            && *anchor == other.anchor
            && *text == other.text
            && *color == other.color
            && *tags == other.tags
            && *bookmark == other.bookmark
    }
}

/// What a reader asks for when adding a note; the store gives it an id and timestamps.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewNote {
    pub anchor: Anchor,
    pub text: String,
    pub color: Color,
    pub tags: Vec<String>,
    pub bookmark: bool,
}

impl NewNote {
    /// An empty note on a whole paragraph of `doc`.
    pub fn on_paragraph(doc: &Document, index: usize) -> Option<NewNote> {
        Some(NewNote {
            anchor: Anchor::paragraph(doc, index)?,
            ..NewNote::default()
        })
    }

    /// The note, with a fresh id, created and updated now.
    pub fn into_note(self) -> Note {
        let NewNote {
            anchor,
            text,
            color,
            tags,
            bookmark,
        } = self;
        let now = Timestamp::now();
        Note {
            id: new_note_id(),
            anchor,
            text,
            color,
            tags: clean_tags(tags),
            bookmark,
            created: now,
            updated: now,
        }
    }
}

/// A change to a note: each field that is Some replaces the note's own.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoteChange {
    pub text: Option<String>,
    pub color: Option<Color>,
    pub tags: Option<Vec<String>>,
    pub bookmark: Option<bool>,
    pub anchor: Option<Anchor>,
}

impl NoteChange {
    /// Applies the change; returns whether anything changed.
    pub fn apply(self, note: &mut Note) -> bool {
        let NoteChange {
            text,
            color,
            tags,
            bookmark,
            anchor,
        } = self;
        let before = note.clone();
        if let Some(text) = text {
            note.text = text;
        }
        if let Some(color) = color {
            note.color = color;
        }
        if let Some(tags) = tags {
            note.tags = clean_tags(tags);
        }
        if let Some(bookmark) = bookmark {
            note.bookmark = bookmark;
        }
        if let Some(anchor) = anchor {
            note.anchor = anchor;
        }
        *note != before
    }
}

/// Tags trimmed, without the `#` a reader may type before one (`#cyber` is the tag `cyber`,
/// as the notes panel's filter writes it), empty ones dropped, duplicates removed (first
/// spelling kept).
pub fn clean_tags(tags: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(tags.len());
    for tag in tags {
        let tag = tag.trim().trim_start_matches(['#', '＃']).trim();
        if !tag.is_empty() && !out.iter().any(|t| t == tag) {
            out.push(tag.to_string());
        }
    }
    out
}

/// A new note id: 12 hex digits of the time in milliseconds, then 16 random hex digits
/// (`0193b2c4d5e6-9f3a...`). Ids sort by creation time, and two instances, or two machines
/// syncing one folder, do not pick the same one. The random part comes from the standard
/// library's randomly seeded hasher keys, mixed with the process id, a counter and the clock.
pub fn new_note_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_u32(std::process::id());
    hasher.write_u128(nanos);
    // Strictly increasing within a process, so that notes made in the same millisecond keep
    // their order.
    static LAST_MILLIS: AtomicU64 = AtomicU64::new(0);
    let now = u64::try_from(Timestamp::now().millis()).unwrap_or(0) & 0xffff_ffff_ffff;
    let millis = match LAST_MILLIS.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| {
        Some(now.max(last + 1))
    }) {
        Ok(last) => now.max(last + 1),
        Err(_) => now,
    };
    format!("{millis:012x}-{:016x}", hasher.finish())
}

/// What a notes file says about the document its notes belong to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DocumentInfo {
    /// The [`DocumentKey`](super::DocumentKey) as text.
    pub key: String,
    pub symbol: Option<String>,
    pub language: Option<Language>,
    pub title: Option<String>,
    /// Where the document was last opened from (it may have moved since).
    pub path: Option<String>,
    /// The content hash when the document was last opened (see [`super::key`]).
    pub content_hash: Option<String>,
}

impl DocumentInfo {
    /// What to call the document in lists and exports: symbol, else title, else file name,
    /// else its key.
    pub fn display_name(&self) -> String {
        if let Some(symbol) = self.symbol.as_deref().filter(|s| !s.is_empty()) {
            return symbol.to_string();
        }
        if let Some(title) = self.title.as_deref().filter(|s| !s.is_empty()) {
            return title.to_string();
        }
        if let Some(path) = self.path.as_deref().filter(|s| !s.is_empty()) {
            let name = std::path::Path::new(path)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned());
            if let Some(name) = name {
                return name;
            }
        }
        self.key.clone()
    }

    /// Fills in what the file did not know yet; what the document says now wins.
    pub fn update_from(&mut self, newer: &DocumentInfo) {
        let DocumentInfo {
            key,
            symbol,
            language,
            title,
            path,
            content_hash,
        } = newer;
        if !key.is_empty() {
            self.key.clone_from(key);
        }
        if symbol.is_some() {
            self.symbol.clone_from(symbol);
        }
        if language.is_some() {
            self.language = *language;
        }
        if title.is_some() {
            self.title.clone_from(title);
        }
        if path.is_some() {
            self.path.clone_from(path);
        }
        if content_hash.is_some() {
            self.content_hash.clone_from(content_hash);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_quotes_are_bounded_and_cut_at_words() {
        let short = "Decides to remain seized of the matter.";
        let q = TextQuote::of_paragraph(short);
        assert_eq!(q.exact, short);
        assert!(q.is_whole());

        let long = "word ".repeat(200);
        let q = TextQuote::of_paragraph(&long);
        assert!(q.exact.chars().count() <= MAX_QUOTE_CHARS);
        assert!(q.exact.ends_with("word"), "{:?}", &q.exact);
        assert!(q.prefix.is_empty());
        assert_eq!(q.suffix.chars().count(), CONTEXT_CHARS);
        assert!(long.starts_with(&format!("{}{}", q.exact, q.suffix)));

        // Chinese has no spaces: cut at the character limit, on a character boundary.
        let zh = "大会".repeat(400);
        let q = TextQuote::of_paragraph(&zh);
        assert_eq!(q.exact.chars().count(), MAX_QUOTE_CHARS);
        assert_eq!(q.suffix.chars().count(), CONTEXT_CHARS);
    }

    #[test]
    fn range_quotes_keep_context_and_survive_bad_ranges() {
        let text =
            "Calls upon Member States to support the implementation of cooperative measures;";
        let start = text.find("support").unwrap();
        let q = TextQuote::of_range(text, start..start + "support".len());
        assert_eq!(q.exact, "support");
        assert_eq!(q.prefix, "Calls upon Member States to ");
        assert_eq!(q.suffix, " the implementation of cooperati");
        // Out of range and inside a character: clamped, no panic.
        let zh = "大会决定";
        let q = TextQuote::of_range(zh, 1..100);
        assert_eq!(q.exact, zh);
        #[allow(clippy::reversed_empty_ranges)]
        let q = TextQuote::of_range(zh, 5..2);
        assert_eq!(q.exact, "");
        assert_eq!(q.prefix, "大");
    }

    #[test]
    fn ids_are_unique_and_sort_by_time() {
        let ids: std::collections::HashSet<String> = (0..10_000).map(|_| new_note_id()).collect();
        assert_eq!(ids.len(), 10_000);
        let a = new_note_id();
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = new_note_id();
        assert!(a < b, "{a} < {b}");
        assert_eq!(a.len(), 12 + 1 + 16);
    }

    #[test]
    fn tags_are_cleaned_and_changes_report_themselves() {
        assert_eq!(
            clean_tags(vec![
                " cyber ".into(),
                "".into(),
                "cyber".into(),
                "GGE".into()
            ]),
            vec!["cyber".to_string(), "GGE".to_string()]
        );
        let mut note = NewNote::default().into_note();
        assert!(!NoteChange::default().apply(&mut note));
        assert!(
            NoteChange {
                bookmark: Some(true),
                ..NoteChange::default()
            }
            .apply(&mut note)
        );
        assert!(note.bookmark);
    }

    #[test]
    fn colours_by_name() {
        for c in Color::ALL {
            assert_eq!(Color::from_name(c.name()), Some(c));
        }
        assert_eq!(Color::from_name(" Blue "), Some(Color::Blue));
        assert_eq!(Color::from_name("mauve"), None);
    }
}

#[cfg(test)]
mod id_tests {
    #[test]
    fn ids_made_in_a_row_sort_in_that_order() {
        let ids: Vec<String> = (0..200).map(|_| super::new_note_id()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted);
    }
}
