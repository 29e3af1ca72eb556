//! Running text: whitespace collapsed, with styles, links and footnote markers recorded as
//! byte ranges (or offsets) into the text being built.

use super::reader::Reader;
use crate::cite;
use crate::document::script::is_cjk;
use crate::document::{Citation, Footnote, FootnoteRef, StyleSpan, Warning};
use roxmltree::Node;

/// Text with its annotations, as read from one element.
#[derive(Clone, Debug, Default)]
pub(super) struct Built {
    pub text: String,
    pub styles: Vec<StyleSpan>,
    /// Citations marked up as links (`a href`).
    pub links: Vec<Citation>,
    pub notes: Vec<FootnoteRef>,
}

impl Built {
    /// Removes the first `len` bytes (a label) and the spaces after them, moving every range.
    pub fn strip_front(&mut self, len: usize) {
        let Some(rest) = self.text.get(len.min(self.text.len())..) else {
            return;
        };
        let rest = rest.trim_start_matches(' ');
        let cut = self.text.len() - rest.len();
        if cut == 0 {
            return;
        }
        self.text.replace_range(..cut, "");
        let shift = |x: usize| x.saturating_sub(cut);
        for s in &mut self.styles {
            s.range = shift(s.range.start)..shift(s.range.end);
        }
        self.styles.retain(|s| !s.range.is_empty());
        for c in &mut self.links {
            c.range = shift(c.range.start)..shift(c.range.end);
        }
        self.links.retain(|c| !c.range.is_empty());
        for n in &mut self.notes {
            n.offset = shift(n.offset);
        }
    }

    /// Removes the bytes of `range` and the spaces after them, moving every range after it.
    pub fn remove(&mut self, range: std::ops::Range<usize>) {
        let Some(rest) = self.text.get(range.end.min(self.text.len())..) else {
            return;
        };
        let end = self.text.len() - rest.trim_start_matches(' ').len();
        let start = range.start.min(end);
        let cut = end - start;
        if cut == 0 || !self.text.is_char_boundary(start) {
            return;
        }
        self.text.replace_range(start..end, "");
        let shift = |x: usize| {
            if x >= end { x - cut } else { x.min(start) }
        };
        for s in &mut self.styles {
            s.range = shift(s.range.start)..shift(s.range.end);
        }
        self.styles.retain(|s| !s.range.is_empty());
        for c in &mut self.links {
            c.range = shift(c.range.start)..shift(c.range.end);
        }
        self.links.retain(|c| !c.range.is_empty());
        for n in &mut self.notes {
            n.offset = shift(n.offset);
        }
    }

    /// Where the links that open the text end (`2254 (2015) 2268 (2016) 59. …`), if it
    /// opens with links.
    pub fn leading_links_end(&self) -> Option<usize> {
        let mut end = 0;
        loop {
            let at = end + (self.text.len() - end - self.text[end..].trim_start_matches(' ').len());
            match self.links.iter().find(|c| c.range.start == at) {
                Some(link) if link.range.end > at => end = link.range.end,
                _ => break,
            }
        }
        (end > 0).then_some(end)
    }

    /// Appends another text after `separator`, moving its annotations.
    pub fn append(&mut self, other: Built, separator: &str) {
        if other.text.is_empty() && other.notes.is_empty() {
            return;
        }
        if !self.text.is_empty() && !other.text.is_empty() {
            self.text.push_str(separator);
        }
        let base = self.text.len();
        self.text.push_str(&other.text);
        self.styles.extend(other.styles.into_iter().map(|mut s| {
            s.range = s.range.start + base..s.range.end + base;
            s
        }));
        self.links.extend(other.links.into_iter().map(|mut c| {
            c.range = c.range.start + base..c.range.end + base;
            c
        }));
        self.notes.extend(other.notes.into_iter().map(|mut n| {
            n.offset += base;
            n
        }));
    }
}

/// Collects text, collapsing runs of ASCII whitespace (pretty-printing) into one space.
#[derive(Default)]
pub(super) struct Builder {
    built: Built,
    pending_space: bool,
    /// Chinese text puts spaces around footnote markers in the markup only: the next
    /// space is dropped.
    drop_space: bool,
}

impl Builder {
    pub fn push_text(&mut self, s: &str) {
        let mut rest = s;
        while !rest.is_empty() {
            let text_start = rest
                .bytes()
                .position(|b| !is_space(b))
                .unwrap_or(rest.len());
            if text_start > 0 {
                self.pending_space = true;
            }
            rest = rest.get(text_start..).unwrap_or_default();
            if rest.is_empty() {
                break;
            }
            // A run of words separated by single spaces is copied in one go.
            let end = run_end(rest.as_bytes());
            // Whitespace is ASCII, so `end` is a char boundary.
            let (run, tail) = rest.split_at_checked(end).unwrap_or((rest, ""));
            self.push_run(run);
            rest = tail;
        }
    }

    fn push_run(&mut self, run: &str) {
        if self.pending_space && !self.built.text.is_empty() && !self.drop_space {
            self.built.text.push(' ');
        }
        self.pending_space = false;
        self.drop_space = false;
        self.built.text.push_str(run);
    }

    /// A word break (`eol`, between `p`s).
    pub fn space(&mut self) {
        self.pending_space = true;
    }

    /// Where the next character will go: a pending space is written first, so that a range
    /// starting here starts at the next word.
    pub fn mark(&mut self) -> usize {
        if self.pending_space && !self.built.text.is_empty() {
            if !self.drop_space {
                self.built.text.push(' ');
            }
            self.pending_space = false;
            self.drop_space = false;
        }
        self.built.text.len()
    }

    /// Records a footnote marker at the current end of the text.
    pub fn note(&mut self, marker: String, footnote: usize) {
        let offset = self.built.text.len();
        self.built.notes.push(FootnoteRef {
            marker,
            offset,
            footnote,
        });
        if self.built.text.chars().next_back().is_some_and(is_cjk) {
            self.drop_space = true;
        }
    }

    /// The end of what is written so far (a pending space is not part of a range).
    pub fn end(&self) -> usize {
        self.built.text.len()
    }

    /// Text written so far.
    #[cfg(test)]
    pub fn text(&self) -> &str {
        &self.built.text
    }

    pub fn finish(mut self) -> Built {
        let trimmed = self.built.text.trim_end_matches(' ').len();
        self.built.text.truncate(trimmed);
        let len = self.built.text.len();
        for s in &mut self.built.styles {
            s.range = s.range.start.min(len)..s.range.end.min(len);
        }
        self.built.styles.retain(|s| !s.range.is_empty());
        for c in &mut self.built.links {
            c.range = c.range.start.min(len)..c.range.end.min(len);
        }
        self.built.links.retain(|c| !c.range.is_empty());
        for n in &mut self.built.notes {
            n.offset = n.offset.min(len);
        }
        self.built
    }
}

/// Length of the leading run of words separated by single spaces.
fn run_end(bytes: &[u8]) -> usize {
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b' ' {
            match bytes.get(i + 1) {
                Some(&next) if !is_space(next) => {
                    i += 2;
                    continue;
                }
                _ => return i,
            }
        }
        if is_space(b) {
            return i;
        }
        i += 1;
    }
    i
}

/// Whitespace that pretty-printing adds (and that collapses to one space).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

/// Elements that are just text for a reader (dates, names, quantities...), read silently.
const TRANSPARENT: &[&str] = &[
    "inline",
    "docDate",
    "docTitle",
    "docNumber",
    "docProponent",
    "docStatus",
    "docAuthority",
    "docType",
    "docPurpose",
    "docCommittee",
    "docIntroducer",
    "docStage",
    "docJurisdiction",
    "date",
    "time",
    "location",
    "organization",
    "person",
    "role",
    "quantity",
    "term",
    "def",
    "abbr",
    "entity",
    "concept",
    "object",
    "event",
    "process",
    "session",
    "shortTitle",
    "legislature",
    "signature",
    "affectedDocument",
    "relatedDocument",
    "outcome",
    "vote",
    "u",
    "sub",
    "ins",
    "del",
    "remark",
    "placeholder",
    "fillIn",
    "omissis",
    "mmod",
    "mod",
    "quotedText",
    "narrative",
    "opinion",
    "argument",
    "courtType",
    "judge",
    "party",
    "lawyer",
    "neutralCitation",
    "argument",
    "num",
    "heading",
    "subheading",
    "listIntroduction",
    "listWrapUp",
];

/// Elements that hold blocks: a word break before and after.
const BLOCKS: &[&str] = &["p", "block", "content", "intro", "wrapUp", "li", "item"];

/// Elements with nothing to read.
const SILENT: &[&str] = &["img", "decoration", "marker", "noteRef", "eop", "meta"];

/// How deep inline elements may nest before the rest is skipped (a stack guard).
const MAX_DEPTH: usize = 64;

impl Reader<'_, '_> {
    /// Reads the text inside `node` into `b`.
    pub fn inline(&mut self, node: Node, b: &mut Builder) {
        self.inline_at(node, b, 0);
    }

    fn inline_at(&mut self, node: Node, b: &mut Builder, depth: usize) {
        if depth > MAX_DEPTH {
            self.warn_at(node, crate::text!("warning-elements-too-deep"));
            return;
        }
        for child in node.children() {
            self.inline_one(child, b, depth);
        }
    }

    /// Reads one node (text or element) into `b`.
    pub fn inline_one(&mut self, child: Node, b: &mut Builder, depth: usize) {
        if child.is_text() {
            b.push_text(child.text().unwrap_or_default());
            return;
        }
        if !child.is_element() {
            return;
        }
        let tag = child.tag_name().name();
        match tag {
            "span" | "i" | "b" | "em" | "strong" => {
                let (bold, italic) = match tag {
                    "i" | "em" => (false, true),
                    "b" | "strong" => (true, false),
                    _ => {
                        let class = child.attribute("class").unwrap_or_default();
                        let words = || class.split_ascii_whitespace();
                        (
                            words().any(|w| w.eq_ignore_ascii_case("bold")),
                            words().any(|w| w.eq_ignore_ascii_case("italic")),
                        )
                    }
                };
                let start = b.mark();
                self.inline_at(child, b, depth + 1);
                let end = b.end();
                if (bold || italic) && end > start {
                    b.built.styles.push(StyleSpan {
                        range: start..end,
                        bold,
                        italic,
                    });
                }
            }
            "a" | "ref" | "mref" | "rref" => {
                let start = b.mark();
                self.inline_at(child, b, depth + 1);
                let end = b.end();
                let symbol = child.attribute("href").and_then(cite::symbol_from_url);
                if let Some(symbol) = symbol
                    && end > start
                {
                    b.built.links.push(Citation {
                        range: start..end,
                        kind: cite::kind_of(&symbol),
                        symbol,
                        pinpoint: None,
                    });
                }
            }
            "authorialNote" | "note" => {
                if self.in_footnote {
                    self.warn_at(child, crate::text!("warning-footnote-in-footnote"));
                    return;
                }
                let index = self.footnote(child);
                if let Some(footnote) = self.footnotes.get(index) {
                    b.note(footnote.marker.clone(), index);
                }
            }
            "sup" => self.sup(child, b, depth),
            "eol" | "br" => b.space(),
            _ if SILENT.contains(&tag) => {}
            _ if BLOCKS.contains(&tag) => {
                b.space();
                self.inline_at(child, b, depth + 1);
                b.space();
            }
            _ => {
                if !TRANSPARENT.contains(&tag) {
                    self.warn_unknown(child, true);
                }
                self.inline_at(child, b, depth + 1);
            }
        }
    }

    /// Superscripts: the Arabic parentheses around footnote markers go, bare markers that
    /// repeat an earlier footnote become references to it, anything else (`1er`) is text.
    fn sup(&mut self, node: Node, b: &mut Builder, depth: usize) {
        let text: String = node
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        let text = text.trim();
        let is_note = |n: Option<Node>| n.is_some_and(|n| n.tag_name().name() == "authorialNote");
        if (text == "(" && is_note(node.next_sibling_element()))
            || (text == ")" && is_note(node.prev_sibling_element()))
        {
            return;
        }
        let is_marker =
            (!text.is_empty() && text.len() <= 3 && text.bytes().all(|c| c.is_ascii_digit()))
                || text == "*";
        if is_marker && !self.in_footnote {
            let index = self.footnote_by_marker(text, node);
            b.note(text.to_string(), index);
            return;
        }
        self.inline_at(node, b, depth + 1);
    }

    /// Reads an `authorialNote` into [`Reader::footnotes`] and returns its index.
    pub fn footnote(&mut self, node: Node) -> usize {
        let marker = node
            .attribute("marker")
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| {
                self.warn_at(node, crate::text!("warning-footnote-without-marker"));
                (self.footnotes.len() + 1).to_string()
            });
        let was_in_footnote = self.in_footnote;
        self.in_footnote = true;
        let mut b = Builder::default();
        self.inline_at(node, &mut b, 1);
        self.in_footnote = was_in_footnote;
        let mut built = b.finish();
        // Arabic footnotes start with an empty `()` where the marker is printed.
        if built.text.starts_with("()") {
            built.strip_front(2);
        }
        if built.text.is_empty() {
            self.warn_at(
                node,
                crate::text!("warning-footnote-no-text", marker = &marker),
            );
        }
        let citations = cite::merge(built.links, cite::find(&built.text, &self.cite_ctx));
        self.footnotes.push(Footnote {
            marker,
            text: built.text,
            styles: built.styles,
            citations,
            referenced_from: Vec::new(),
        });
        self.footnotes.len() - 1
    }

    /// The footnote a bare superscript marker repeats: the latest one printed with that marker,
    /// or a new empty one (with a warning) if there is none.
    fn footnote_by_marker(&mut self, marker: &str, node: Node) -> usize {
        if let Some(index) = self.footnotes.iter().rposition(|f| f.marker == marker) {
            return index;
        }
        self.warn_at(
            node,
            crate::text!("warning-marker-without-text", marker = marker),
        );
        self.footnotes.push(Footnote {
            marker: marker.to_string(),
            text: String::new(),
            styles: Vec::new(),
            citations: Vec::new(),
            referenced_from: Vec::new(),
        });
        self.footnotes.len() - 1
    }

    /// Adds a warning with the line of `node`.
    pub fn warn_at(&mut self, node: Node, message: crate::i18n::Text) {
        let line = self.line_of(node);
        self.warnings.push(Warning::at_line(message, line));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_whitespace_and_trims() {
        let mut b = Builder::default();
        b.push_text("\n\t  Hello\t\tworld \n");
        b.push_text(" again ");
        let built = b.finish();
        assert_eq!(built.text, "Hello world again");
    }

    #[test]
    fn keeps_single_spaces_and_unicode_inside_runs() {
        let mut b = Builder::default();
        b.push_text("  a b\u{a0}c  d\n\té f ");
        b.push_text("g");
        b.push_text(" ");
        b.push_text("大会");
        assert_eq!(b.finish().text, "a b\u{a0}c d é f g 大会");
    }

    #[test]
    fn ranges_start_at_the_next_word() {
        let mut b = Builder::default();
        b.push_text("foo ");
        let start = b.mark();
        b.push_text("bar ");
        let end = b.end();
        b.push_text("baz");
        assert_eq!(&b.text()[start..end], "bar");
    }

    #[test]
    fn strip_front_moves_ranges() {
        let mut built = Built {
            text: "(a) To be guided".into(),
            styles: vec![StyleSpan {
                range: 4..6,
                bold: false,
                italic: true,
            }],
            links: Vec::new(),
            notes: vec![FootnoteRef {
                marker: "1".into(),
                offset: 16,
                footnote: 0,
            }],
        };
        built.strip_front(3);
        assert_eq!(built.text, "To be guided");
        assert_eq!(built.styles[0].range, 0..2);
        assert_eq!(built.notes[0].offset, 12);
    }
}
