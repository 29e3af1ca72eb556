//! A comparison as a Word file with real tracked changes: the new text, with every difference
//! from the old one as a revision that Word and LibreOffice accept or reject one by one. A
//! delegation sends it as its redline; accepting everything gives the new text, rejecting
//! everything gives the old one.
//!
//! The file follows the UN templates as far as a redline needs: the title, the enacting
//! formula, then every paragraph with its printed number typed before it (`1.` and a tab,
//! `(a)` and a tab), preambular openings in italics, the symbol and the language in the
//! document variables `Symbol1` and `jobn` that the templates' fields read, and the
//! footnotes as Word footnotes.
//!
//! What is written, row by row of the comparison:
//! - an unchanged paragraph as it stands (its number as a deletion and an insertion when it
//!   was renumbered);
//! - a changed one with its equal words plain and its deleted and inserted words as
//!   revisions;
//! - an added one inserted whole, paragraph mark included; a deleted one deleted whole, at the
//!   place the comparison shows it;
//! - a moved one deleted at its old place and inserted at its new one.
//!
//! Footnotes are those of the new text, called where the new text calls them and numbered by
//! Word; a note whose text changed shows the change in its own body. A footnote called only
//! from deleted text, and one that the new text no longer has, is left out: the old text's
//! calls of them are not restored by rejecting. A note the new text calls a second time is
//! called there by a `NOTEREF` field, as Word does.

use super::{Change, Comparison, Op, Row, Status, Target, diff_text, new_text, old_text};
use crate::document::{Block, Document, Footnote, Language, Paragraph, StyleSpan};
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::ops::Range;

/// A comment to attach to a paragraph of the new text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedlineComment {
    /// Index into the new document's paragraphs.
    pub paragraph: usize,
    pub author: String,
    /// ISO 8601, as `2026-12-06T10:00:00Z`; a bare date (`2026-12-06`) is read as midnight
    /// UTC, and anything else is left out of the file.
    pub date: String,
    pub text: String,
}

/// Who made the changes, and when.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    /// The author of every tracked change (`Plenary`, or the delegation's name).
    pub author: &'a str,
    /// ISO 8601 (`2026-12-06T10:00:00Z`), as for [`RedlineComment::date`]; empty for none.
    pub date: &'a str,
    pub comments: &'a [RedlineComment],
}

impl Default for Options<'_> {
    fn default() -> Self {
        Options {
            author: "Plenary",
            date: "",
            comments: &[],
        }
    }
}

/// The comparison as a .docx: the new text with every difference from the old one as a
/// tracked change.
///
/// Fails with `InvalidInput` when a comment names a paragraph the new document does not have.
pub fn to_docx(
    cmp: &Comparison,
    old: &Document,
    new: &Document,
    options: &Options<'_>,
) -> std::io::Result<Vec<u8>> {
    if let Some(c) = options
        .comments
        .iter()
        .find(|c| c.paragraph >= new.paragraphs.len())
    {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!(
                "a comment is on paragraph {} of a document with {} paragraphs",
                c.paragraph + 1,
                new.paragraphs.len()
            ),
        ));
    }
    let parts = Package::new(cmp, old, new, options).parts();
    zip_parts(&parts, options.date)
}

// ---- The text, as pieces ----------------------------------------------------------------

/// Whether a piece of the text is in both versions, only the new one or only the old one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rev {
    Same,
    Ins,
    Del,
}

/// What a paragraph is made of before it is written out.
#[derive(Clone, Debug, PartialEq)]
enum Piece {
    Text {
        text: String,
        italic: bool,
        rev: Rev,
    },
    Tab(Rev),
    /// A call of the new document's footnote with this index.
    Note {
        footnote: usize,
        rev: Rev,
    },
    /// The start of the text a comment (by its index in the options) is on.
    CommentStart {
        comment: usize,
        rev: Rev,
    },
    /// Its end, and the comment's mark.
    CommentEnd {
        comment: usize,
        rev: Rev,
    },
}

impl Piece {
    fn rev(&self) -> Rev {
        match self {
            Piece::Text { rev, .. }
            | Piece::Tab(rev)
            | Piece::Note { rev, .. }
            | Piece::CommentStart { rev, .. }
            | Piece::CommentEnd { rev, .. } => *rev,
        }
    }
}

/// How a paragraph is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    Title,
    Formula,
    Heading,
    /// Running text, indented by its depth (0 for a preambular or operative paragraph).
    Text {
        depth: u8,
    },
}

#[derive(Clone, Debug)]
struct Para {
    pieces: Vec<Piece>,
    /// The paragraph mark: inserted for an added paragraph, deleted for a deleted one.
    mark: Rev,
    layout: Layout,
}

/// One version of a text, with what points into it.
#[derive(Default)]
struct Side<'a> {
    text: &'a str,
    /// The printed number without its trailing space (`1.`, `(a)`), or empty.
    number: String,
    italic: Vec<Range<usize>>,
    /// Footnote calls: byte offset in `text` and index into the new document's footnotes.
    notes: Vec<(usize, usize)>,
}

impl<'a> Side<'a> {
    fn plain(text: &'a str) -> Self {
        Side {
            text,
            ..Side::default()
        }
    }

    fn styled(text: &'a str, styles: &[StyleSpan]) -> Self {
        Side {
            text,
            italic: styles
                .iter()
                .filter(|s| s.italic && s.range.start < s.range.end)
                .map(|s| s.range.clone())
                .collect(),
            ..Side::default()
        }
    }

    fn paragraph(p: &'a Paragraph, rtl: bool, notes: bool) -> Self {
        let mut side = Side::styled(&p.text, &p.styles);
        side.number = p.number_prefix(rtl).trim_end().to_string();
        if notes {
            side.notes = p
                .footnote_refs
                .iter()
                .map(|r| {
                    (
                        crate::document::char_boundary_floor(&p.text, r.offset),
                        r.footnote,
                    )
                })
                .collect();
            side.notes.sort_by_key(|n| n.0);
        }
        side
    }

    fn italic_at(&self, at: usize) -> bool {
        self.italic.iter().any(|r| r.contains(&at))
    }
}

/// The runs of a changed text: text in both, only in the old, only in the new. An `equal`
/// run that differs in what the comparison ignored (whitespace, punctuation width) is
/// compared again exactly, so that rejecting gives the old text exactly while only the
/// characters that differ are marked.
fn runs_of(changes: &[Change]) -> Vec<(Rev, Cow<'_, str>)> {
    let mut out = Vec::with_capacity(changes.len());
    for c in changes
        .iter()
        .filter(|c| !c.text.is_empty() || c.old_text.is_some())
    {
        match (c.op, c.old_text.as_deref()) {
            (Op::Equal, Some(old)) if old != c.text => {
                for d in diff_text(old, &c.text, &super::Options::default()) {
                    let rev = match d.op {
                        Op::Equal => Rev::Same,
                        Op::Delete => Rev::Del,
                        Op::Insert => Rev::Ins,
                    };
                    if rev == Rev::Same && d.old_text.as_deref().is_some_and(|o| o != d.text) {
                        // Exact comparison has nothing to ignore; kept for safety.
                        out.push((Rev::Del, Cow::Owned(d.old_text.clone().unwrap_or_default())));
                        out.push((Rev::Ins, Cow::Owned(d.text)));
                    } else {
                        out.push((rev, Cow::Owned(d.text)));
                    }
                }
            }
            (Op::Equal, _) => out.push((Rev::Same, Cow::Borrowed(c.text.as_str()))),
            (Op::Delete, _) => out.push((Rev::Del, Cow::Borrowed(c.text.as_str()))),
            (Op::Insert, _) => out.push((Rev::Ins, Cow::Borrowed(c.text.as_str()))),
        }
    }
    out
}

/// The pieces of a text in its two versions (`None`: the version has no such text), with the
/// printed number first. `hint` is the comparison's own changes, used when they rebuild both
/// texts exactly; otherwise the texts are compared afresh, word by word.
///
/// Returns the pieces and the index of the first piece after the number.
fn tracked(
    old: Option<&Side<'_>>,
    new: Option<&Side<'_>>,
    hint: &[Change],
    new_notes: &HashMap<usize, Rev>,
) -> (Vec<Piece>, usize) {
    let mut pieces = Vec::new();
    // The number: kept, or deleted and inserted when it changed.
    let old_number = old.map_or("", |s| s.number.as_str());
    let new_number = new.map_or("", |s| s.number.as_str());
    if old_number == new_number {
        if !new_number.is_empty() {
            let rev = match (old, new) {
                (Some(_), Some(_)) => Rev::Same,
                (Some(_), None) => Rev::Del,
                _ => Rev::Ins,
            };
            pieces.push(text_piece(new_number, false, rev));
            pieces.push(Piece::Tab(rev));
        }
    } else {
        if !old_number.is_empty() {
            pieces.push(text_piece(old_number, false, Rev::Del));
        }
        if !new_number.is_empty() {
            pieces.push(text_piece(new_number, false, Rev::Ins));
        }
        match (old_number.is_empty(), new_number.is_empty()) {
            (false, false) => pieces.push(Piece::Tab(Rev::Same)),
            (false, true) => pieces.push(Piece::Tab(Rev::Del)),
            (true, false) => pieces.push(Piece::Tab(Rev::Ins)),
            (true, true) => {}
        }
    }
    let text_start = pieces.len();

    let fresh;
    let runs: Vec<(Rev, Cow<'_, str>)> = match (old, new) {
        (None, None) => Vec::new(),
        (Some(o), None) => vec![(Rev::Del, Cow::Borrowed(o.text))],
        (None, Some(n)) => vec![(Rev::Ins, Cow::Borrowed(n.text))],
        (Some(o), Some(n)) if o.text == n.text => vec![(Rev::Same, Cow::Borrowed(n.text))],
        (Some(o), Some(n)) => {
            if !hint.is_empty() && old_text(hint) == o.text && new_text(hint) == n.text {
                runs_of(hint)
            } else {
                fresh = diff_text(o.text, n.text, &super::Options::default());
                runs_of(&fresh)
            }
        }
    };

    let empty = Side::default();
    let (o, n) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    let (mut at_old, mut at_new) = (0, 0);
    let mut last_rev = if old.is_none() { Rev::Ins } else { Rev::Same };
    for (rev, text) in runs.iter().filter(|(_, t)| !t.is_empty()) {
        let (rev, text) = (*rev, text.as_ref());
        match rev {
            Rev::Del => {
                split_run(&mut pieces, text, at_old, rev, o, None);
                at_old += text.len();
            }
            Rev::Same | Rev::Ins => {
                split_run(&mut pieces, text, at_new, rev, n, Some(new_notes));
                if rev == Rev::Same {
                    at_old += text.len();
                }
                at_new += text.len();
                last_rev = rev;
            }
        }
    }
    // Calls past the end of the text (or in an empty one) close it.
    for &(at, footnote) in &n.notes {
        if at > at_new || (at_new == 0 && new.is_some()) {
            pieces.push(note_piece(footnote, last_rev, new_notes));
        }
    }
    (pieces, text_start)
}

fn text_piece(text: &str, italic: bool, rev: Rev) -> Piece {
    Piece::Text {
        text: text.to_string(),
        italic,
        rev,
    }
}

/// A footnote call: inserted with the text around it, or when the note itself is new.
fn note_piece(footnote: usize, rev: Rev, new_notes: &HashMap<usize, Rev>) -> Piece {
    let rev = match new_notes.get(&footnote) {
        Some(Rev::Ins) => Rev::Ins,
        _ => rev,
    };
    Piece::Note { footnote, rev }
}

/// A run of text at byte offset `start` of its side, cut where italics start or end and
/// where the new text calls a footnote (after the character before the call).
fn split_run(
    pieces: &mut Vec<Piece>,
    text: &str,
    start: usize,
    rev: Rev,
    side: &Side<'_>,
    notes: Option<&HashMap<usize, Rev>>,
) {
    let end = start + text.len();
    let calls: Vec<(usize, usize)> = match notes {
        Some(_) => side
            .notes
            .iter()
            .filter(|(at, _)| (*at > start && *at <= end) || (*at == 0 && start == 0))
            .copied()
            .collect(),
        None => Vec::new(),
    };
    let mut cuts: Vec<usize> = side
        .italic
        .iter()
        .flat_map(|r| [r.start, r.end])
        .chain(calls.iter().map(|c| c.0))
        .filter(|&c| c > start && c < end)
        .map(|c| start + crate::document::char_boundary_floor(text, c - start))
        .collect();
    cuts.push(end);
    cuts.sort_unstable();
    cuts.dedup();
    let none = HashMap::new();
    let new_notes = notes.unwrap_or(&none);
    for &(_, footnote) in calls.iter().filter(|c| c.0 == start) {
        pieces.push(note_piece(footnote, rev, new_notes));
    }
    let mut at = start;
    for cut in cuts {
        if cut > at {
            pieces.push(text_piece(
                &text[at - start..cut - start],
                side.italic_at(at),
                rev,
            ));
            at = cut;
        }
        for &(_, footnote) in calls.iter().filter(|c| c.0 == cut && c.0 > start) {
            pieces.push(note_piece(footnote, rev, new_notes));
        }
    }
}

// ---- The package ------------------------------------------------------------------------

/// What the parts are written from: the document's paragraphs as pieces, the footnotes and
/// comments they call.
struct Package<'a> {
    old: &'a Document,
    new: &'a Document,
    options: &'a Options<'a>,
    rtl: bool,
    body: Vec<Para>,
    /// For each of the new document's footnotes whose text the comparison changed: the old
    /// footnote's index and the comparison's changes.
    note_changes: HashMap<usize, (usize, &'a [Change])>,
    /// New footnotes (no match in the old document), whose calls are insertions.
    new_notes: HashMap<usize, Rev>,
}

/// What the rows of the body are: a comparison row, or the old place of a moved paragraph.
enum Emit<'r> {
    Row(&'r Row),
    MovedFrom(&'r Row),
}

impl<'a> Package<'a> {
    fn new(
        cmp: &'a Comparison,
        old: &'a Document,
        new: &'a Document,
        options: &'a Options<'a>,
    ) -> Self {
        let rtl = new.meta.language.is_some_and(Language::is_rtl);
        let old_rtl = old.meta.language.is_some_and(Language::is_rtl);
        let mut note_changes = HashMap::new();
        let mut new_notes = HashMap::new();
        for row in cmp.rows.iter().filter(|r| r.target == Target::Footnote) {
            match (row.old, row.new) {
                (Some(i), Some(j)) => {
                    note_changes.insert(j, (i, row.changes.as_slice()));
                }
                (None, Some(j)) => {
                    new_notes.insert(j, Rev::Ins);
                }
                _ => {}
            }
        }
        let mut package = Package {
            old,
            new,
            options,
            rtl,
            body: Vec::new(),
            note_changes,
            new_notes,
        };

        // As resolutions print it: `75/32. Advancing responsible State behaviour…`.
        let (old_title, new_title) = (old.meta.heading(), new.meta.heading());
        let title = package.front(old_title.as_deref(), new_title.as_deref(), Layout::Title);
        let formula = package.front(
            old.formula.as_deref(),
            new.formula.as_deref(),
            Layout::Formula,
        );
        package.body.extend(title);
        package.body.extend(formula);

        for emit in body_order(cmp) {
            let (row, old_side, new_side) = match emit {
                Emit::Row(row) if row.status == Status::Moved => (row, None, row.new),
                Emit::Row(row) => (row, row.old, row.new),
                Emit::MovedFrom(row) => (row, row.old, None),
            };
            let old_p = old_side.and_then(|i| old.paragraphs.get(i));
            let new_p = new_side.and_then(|j| new.paragraphs.get(j));
            let Some(shape) = new_p.or(old_p) else {
                continue;
            };
            let old_s = old_p.map(|p| Side::paragraph(p, old_rtl, false));
            let new_s = new_p.map(|p| Side::paragraph(p, rtl, true));
            let hint = if old_p.is_some() && new_p.is_some() {
                row.changes.as_slice()
            } else {
                &[]
            };
            let (mut pieces, text_start) =
                tracked(old_s.as_ref(), new_s.as_ref(), hint, &package.new_notes);
            let mark = mark_of(old_p.is_some(), new_p.is_some());
            if let Some(j) = new_side {
                let comments: Vec<usize> = (0..options.comments.len())
                    .filter(|&c| options.comments[c].paragraph == j)
                    .collect();
                for &comment in comments.iter().rev() {
                    pieces.insert(text_start, Piece::CommentStart { comment, rev: mark });
                }
                for &comment in &comments {
                    pieces.push(Piece::CommentEnd { comment, rev: mark });
                }
            }
            let layout = match shape.block {
                Block::Heading { .. } => Layout::Heading,
                _ => Layout::Text { depth: shape.depth },
            };
            package.body.push(Para {
                pieces,
                mark,
                layout,
            });
        }
        // The last paragraph mark of a document cannot be deleted or inserted: one that would
        // be is followed by an empty paragraph (as is a document with no text at all).
        if package.body.last().is_none_or(|p| p.mark != Rev::Same) {
            package.body.push(Para {
                pieces: Vec::new(),
                mark: Rev::Same,
                layout: Layout::Text { depth: 0 },
            });
        }
        package
    }

    /// The title or the formula, tracked like a paragraph.
    fn front(&self, old: Option<&'a str>, new: Option<&'a str>, layout: Layout) -> Option<Para> {
        let italic = |text: &str| -> Vec<Range<usize>> {
            // The formula is printed in italics up to its closing comma.
            let end = text.trim_end_matches([',', '，', '،', ':']).len();
            if layout == Layout::Formula && end > 0 {
                std::iter::once(0..end).collect()
            } else {
                Vec::new()
            }
        };
        let side = |text: &'a str| Side {
            italic: italic(text),
            ..Side::plain(text)
        };
        let (old_s, new_s) = (
            old.filter(|t| !t.is_empty()).map(side),
            new.filter(|t| !t.is_empty()).map(side),
        );
        if old_s.is_none() && new_s.is_none() {
            return None;
        }
        let (pieces, _) = tracked(old_s.as_ref(), new_s.as_ref(), &[], &self.new_notes);
        Some(Para {
            pieces,
            mark: mark_of(old_s.is_some(), new_s.is_some()),
            layout,
        })
    }

    fn parts(&self) -> Vec<(&'static str, String)> {
        let mut writer = Writer::new(self);
        let document = writer.document();
        let footnotes = writer.footnotes();
        let comments = writer.comments();
        let mut parts = vec![
            ("[Content_Types].xml", content_types(comments.is_some())),
            ("_rels/.rels", ROOT_RELS.to_string()),
            ("docProps/core.xml", self.core()),
            ("word/document.xml", document),
            (
                "word/_rels/document.xml.rels",
                document_rels(comments.is_some()),
            ),
            ("word/styles.xml", self.styles()),
            ("word/settings.xml", self.settings()),
            ("word/footnotes.xml", footnotes),
        ];
        if let Some(comments) = comments {
            parts.push(("word/comments.xml", comments));
        }
        parts
    }

    fn core(&self) -> String {
        let mut out = String::from(XML_DECL);
        out.push_str(
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
             xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
             xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">",
        );
        if let Some(title) = &self.new.meta.title {
            let _ = write!(out, "<dc:title>{}</dc:title>", escape(title));
        }
        if let Some(symbol) = &self.new.meta.symbol {
            let _ = write!(out, "<dc:subject>{}</dc:subject>", escape(symbol));
        }
        let _ = write!(
            out,
            "<dc:creator>{0}</dc:creator><cp:lastModifiedBy>{0}</cp:lastModifiedBy>",
            escape(self.options.author)
        );
        if let Some(language) = self.new.meta.language {
            let _ = write!(out, "<dc:language>{}</dc:language>", locale(language));
        }
        if let Some(date) = xsd_date(self.options.date) {
            let _ = write!(
                out,
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>\
                 <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>"
            );
        }
        out.push_str("</cp:coreProperties>");
        out
    }

    fn styles(&self) -> String {
        let lang = match self.new.meta.language {
            Some(Language::Ar) => "w:val=\"ar-SA\" w:bidi=\"ar-SA\"".to_string(),
            Some(Language::Zh) => "w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"".to_string(),
            Some(l) => format!("w:val=\"{}\"", locale(l)),
            None => "w:val=\"en-US\"".to_string(),
        };
        format!(
            "{XML_DECL}<w:styles xmlns:w=\"{W}\">\
             <w:docDefaults><w:rPrDefault><w:rPr>\
             <w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"SimSun\" w:cs=\"Times New Roman\"/>\
             <w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang {lang}/>\
             </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
             <w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>\
             </w:pPr></w:pPrDefault></w:docDefaults>\
             <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
             <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>\
             <w:style w:type=\"paragraph\" w:styleId=\"FootnoteText\"><w:name w:val=\"footnote text\"/><w:basedOn w:val=\"Normal\"/>\
             <w:pPr><w:spacing w:after=\"0\" w:line=\"220\" w:lineRule=\"exact\"/><w:ind w:left=\"1267\" w:right=\"1267\" w:hanging=\"108\"/></w:pPr>\
             <w:rPr><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>\
             <w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"footnote reference\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>\
             <w:style w:type=\"paragraph\" w:styleId=\"CommentText\"><w:name w:val=\"annotation text\"/><w:basedOn w:val=\"Normal\"/></w:style>\
             <w:style w:type=\"character\" w:styleId=\"CommentReference\"><w:name w:val=\"annotation reference\"/><w:rPr><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/></w:rPr></w:style>\
             </w:styles>"
        )
    }

    fn settings(&self) -> String {
        let mut vars = String::new();
        if let Some(symbol) = &self.new.meta.symbol {
            let _ = write!(
                vars,
                "<w:docVar w:name=\"Symbol1\" w:val=\"{}\"/>",
                escape(symbol)
            );
        }
        if let Some(language) = self.new.meta.language {
            let _ = write!(
                vars,
                "<w:docVar w:name=\"jobn\" w:val=\"({})\"/>",
                job_letter(language)
            );
        }
        if !vars.is_empty() {
            vars = format!("<w:docVars>{vars}</w:docVars>");
        }
        format!(
            "{XML_DECL}<w:settings xmlns:w=\"{W}\">\
             <w:zoom w:percent=\"100\"/><w:trackRevisions/><w:defaultTabStop w:val=\"475\"/>\
             <w:characterSpacingControl w:val=\"doNotCompress\"/>\
             <w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>\
             <w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
             {vars}</w:settings>"
        )
    }
}

fn mark_of(in_old: bool, in_new: bool) -> Rev {
    match (in_old, in_new) {
        (true, false) => Rev::Del,
        (false, true) => Rev::Ins,
        _ => Rev::Same,
    }
}

/// The paragraph rows in the comparison's order, with the old place of each moved paragraph
/// before the first row of a paragraph that followed it in the old text and kept its order.
fn body_order(cmp: &Comparison) -> Vec<Emit<'_>> {
    let rows: Vec<&Row> = cmp
        .rows
        .iter()
        .filter(|r| r.target == Target::Paragraph)
        .collect();
    let mut moved: Vec<(usize, &Row)> = rows
        .iter()
        .filter(|r| r.status == Status::Moved)
        .filter_map(|r| Some((r.old?, *r)))
        .collect();
    moved.sort_by_key(|m| m.0);
    let mut moved = moved.into_iter().peekable();
    let mut out = Vec::with_capacity(rows.len() + moved.len());
    for row in rows {
        if row.status != Status::Moved
            && let Some(at) = row.old
        {
            while let Some((_, m)) = moved.next_if(|(i, _)| *i < at) {
                out.push(Emit::MovedFrom(m));
            }
        }
        out.push(Emit::Row(row));
    }
    out.extend(moved.map(|(_, m)| Emit::MovedFrom(m)));
    out
}

// ---- Writing the XML --------------------------------------------------------------------

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML_DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
</Relationships>";

fn content_types(comments: bool) -> String {
    let mut out = String::from(XML_DECL);
    out.push_str(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
         <Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
         <Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
         <Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>\
         <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    );
    if comments {
        out.push_str(
            "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>",
        );
    }
    out.push_str("</Types>");
    out
}

fn document_rels(comments: bool) -> String {
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let mut out = String::from(XML_DECL);
    let _ = write!(
        out,
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" Type=\"{rel}/styles\" Target=\"styles.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"{rel}/settings\" Target=\"settings.xml\"/>\
         <Relationship Id=\"rId3\" Type=\"{rel}/footnotes\" Target=\"footnotes.xml\"/>"
    );
    if comments {
        let _ = write!(
            out,
            "<Relationship Id=\"rId4\" Type=\"{rel}/comments\" Target=\"comments.xml\"/>"
        );
    }
    out.push_str("</Relationships>");
    out
}

/// A footnote as written: its id, and how its calls are shown.
struct Note {
    id: u32,
    /// The number Word gives it (counting the automatically numbered notes before it), or
    /// its own marker when that is not a number (`*`).
    shown: String,
    custom: bool,
    /// The bookmark on its first call, for the calls after it.
    bookmark: Option<String>,
}

/// Writes the parts, giving every revision, comment, footnote and bookmark its own id.
struct Writer<'p, 'a> {
    package: &'p Package<'a>,
    next_id: u32,
    /// How many times the body calls each footnote.
    calls: HashMap<usize, usize>,
    /// The footnotes written, by index in the new document, in order of first call.
    notes: HashMap<usize, Note>,
    note_order: Vec<usize>,
    numbered: usize,
    /// Comment index → id.
    comment_ids: HashMap<usize, u32>,
    /// The revision attributes (author, date), escaped.
    rev_attrs: String,
}

impl<'p, 'a> Writer<'p, 'a> {
    fn new(package: &'p Package<'a>) -> Self {
        let mut calls = HashMap::new();
        for piece in package.body.iter().flat_map(|p| &p.pieces) {
            if let Piece::Note { footnote, .. } = piece {
                *calls.entry(*footnote).or_insert(0) += 1;
            }
        }
        let mut rev_attrs = format!(" w:author=\"{}\"", escape(package.options.author));
        if let Some(date) = xsd_date(package.options.date) {
            let _ = write!(rev_attrs, " w:date=\"{date}\"");
        }
        Writer {
            package,
            next_id: 1,
            calls,
            notes: HashMap::new(),
            note_order: Vec::new(),
            numbered: 0,
            comment_ids: HashMap::new(),
            rev_attrs,
        }
    }

    fn id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn document(&mut self) -> String {
        let mut out = String::from(XML_DECL);
        let _ = write!(
            out,
            "<w:document xmlns:w=\"{W}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
        );
        let package = self.package;
        for para in &package.body {
            self.paragraph(&mut out, para, false);
        }
        out.push_str(
            "<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/>\
             <w:pgMar w:top=\"1440\" w:right=\"1200\" w:bottom=\"1898\" w:left=\"1200\" w:header=\"576\" w:footer=\"1037\" w:gutter=\"0\"/>",
        );
        if package.rtl {
            out.push_str("<w:bidi/>");
        }
        out.push_str("</w:sectPr></w:body></w:document>");
        out
    }

    fn paragraph(&mut self, out: &mut String, para: &Para, footnote: bool) {
        let rtl = self.package.rtl;
        out.push_str("<w:p><w:pPr>");
        if footnote {
            out.push_str("<w:pStyle w:val=\"FootnoteText\"/>");
        }
        if para.layout == Layout::Heading {
            out.push_str("<w:keepNext/>");
        }
        if rtl {
            out.push_str("<w:bidi/>");
        }
        if !footnote {
            match para.layout {
                Layout::Title => out.push_str(
                    "<w:spacing w:before=\"240\" w:after=\"240\"/><w:ind w:left=\"1267\" w:right=\"1267\"/>",
                ),
                Layout::Formula => out.push_str("<w:ind w:left=\"1267\" w:firstLine=\"634\"/>"),
                Layout::Heading => out.push_str(
                    "<w:spacing w:before=\"240\"/><w:ind w:left=\"1267\" w:right=\"1267\"/><w:jc w:val=\"center\"/>",
                ),
                Layout::Text { depth } => {
                    let first = 634 * (u32::from(depth.min(3)) + 1);
                    let _ = write!(
                        out,
                        "<w:ind w:left=\"1267\" w:right=\"1267\" w:firstLine=\"{first}\"/><w:jc w:val=\"both\"/>"
                    );
                }
            }
        }
        match para.mark {
            Rev::Same => {}
            Rev::Ins => {
                let id = self.id();
                let _ = write!(
                    out,
                    "<w:rPr><w:ins w:id=\"{id}\"{}/></w:rPr>",
                    self.rev_attrs
                );
            }
            Rev::Del => {
                let id = self.id();
                let _ = write!(
                    out,
                    "<w:rPr><w:del w:id=\"{id}\"{}/></w:rPr>",
                    self.rev_attrs
                );
            }
        }
        out.push_str("</w:pPr>");
        if footnote {
            let props = if rtl { "<w:rtl/>" } else { "" };
            let _ = write!(
                out,
                "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/>{props}</w:rPr><w:footnoteRef/></w:r><w:r><w:tab/></w:r>"
            );
        }
        let bold = matches!(para.layout, Layout::Title | Layout::Heading);
        let mut open = Rev::Same;
        for piece in &para.pieces {
            let rev = piece.rev();
            if rev != open {
                match open {
                    Rev::Ins => out.push_str("</w:ins>"),
                    Rev::Del => out.push_str("</w:del>"),
                    Rev::Same => {}
                }
                let tag = match rev {
                    Rev::Ins => "ins",
                    Rev::Del => "del",
                    Rev::Same => "",
                };
                if !tag.is_empty() {
                    let id = self.id();
                    let _ = write!(out, "<w:{tag} w:id=\"{id}\"{}>", self.rev_attrs);
                }
                open = rev;
            }
            self.piece(out, piece, bold);
        }
        match open {
            Rev::Ins => out.push_str("</w:ins>"),
            Rev::Del => out.push_str("</w:del>"),
            Rev::Same => {}
        }
        out.push_str("</w:p>");
    }

    fn piece(&mut self, out: &mut String, piece: &Piece, bold: bool) {
        let rtl = if self.package.rtl { "<w:rtl/>" } else { "" };
        match piece {
            Piece::Text { text, italic, rev } => {
                let mut props = String::new();
                if bold {
                    props.push_str("<w:b/><w:bCs/>");
                }
                if *italic {
                    props.push_str("<w:i/><w:iCs/>");
                }
                props.push_str(rtl);
                out.push_str("<w:r>");
                if !props.is_empty() {
                    let _ = write!(out, "<w:rPr>{props}</w:rPr>");
                }
                write_text(out, text, *rev == Rev::Del);
                out.push_str("</w:r>");
            }
            Piece::Tab(_) => out.push_str("<w:r><w:tab/></w:r>"),
            Piece::Note { footnote, .. } => self.note_call(out, *footnote),
            Piece::CommentStart { comment, .. } => {
                let id = *self.comment_ids.entry(*comment).or_insert_with(|| {
                    let id = self.next_id;
                    self.next_id += 1;
                    id
                });
                let _ = write!(out, "<w:commentRangeStart w:id=\"{id}\"/>");
            }
            Piece::CommentEnd { comment, .. } => {
                if let Some(id) = self.comment_ids.get(comment) {
                    let _ = write!(
                        out,
                        "<w:commentRangeEnd w:id=\"{id}\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/>{rtl}</w:rPr><w:commentReference w:id=\"{id}\"/></w:r>"
                    );
                }
            }
        }
    }

    /// A footnote call: the note itself the first time, a `NOTEREF` to it after that.
    fn note_call(&mut self, out: &mut String, footnote: usize) {
        let rtl = if self.package.rtl { "<w:rtl/>" } else { "" };
        let props = format!("<w:rPr><w:rStyle w:val=\"FootnoteReference\"/>{rtl}</w:rPr>");
        if let Some(note) = self.notes.get(&footnote) {
            match &note.bookmark {
                Some(bookmark) if !note.custom => {
                    let _ = write!(
                        out,
                        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
                         <w:r><w:instrText xml:space=\"preserve\"> NOTEREF {bookmark} \\f \\h </w:instrText></w:r>\
                         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\
                         <w:r>{props}<w:t>{}</w:t></w:r>\
                         <w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
                        escape(&note.shown)
                    );
                }
                _ => {
                    let _ = write!(out, "<w:r>{props}");
                    write_text(out, &note.shown, false);
                    out.push_str("</w:r>");
                }
            }
            return;
        }
        let Some(source) = self.package.new.footnotes.get(footnote) else {
            return;
        };
        let custom = source.marker.is_empty() || !source.marker.chars().all(|c| c.is_ascii_digit());
        let shown = if custom {
            source.marker.clone()
        } else {
            self.numbered += 1;
            self.numbered.to_string()
        };
        let id = self.id();
        let bookmark = (self.calls.get(&footnote).copied().unwrap_or(0) > 1).then(|| {
            let bookmark_id = self.id();
            (format!("_RefNote{id}"), bookmark_id)
        });
        if let Some((name, bookmark_id)) = &bookmark {
            let _ = write!(
                out,
                "<w:bookmarkStart w:id=\"{bookmark_id}\" w:name=\"{name}\"/>"
            );
        }
        if custom {
            let _ = write!(
                out,
                "<w:r>{props}<w:footnoteReference w:customMarkFollows=\"1\" w:id=\"{id}\"/></w:r><w:r>{props}"
            );
            write_text(out, &shown, false);
            out.push_str("</w:r>");
        } else {
            let _ = write!(
                out,
                "<w:r>{props}<w:footnoteReference w:id=\"{id}\"/></w:r>"
            );
        }
        if let Some((_, bookmark_id)) = &bookmark {
            let _ = write!(out, "<w:bookmarkEnd w:id=\"{bookmark_id}\"/>");
        }
        self.notes.insert(
            footnote,
            Note {
                id,
                shown,
                custom,
                bookmark: bookmark.map(|b| b.0),
            },
        );
        self.note_order.push(footnote);
    }

    fn footnotes(&mut self) -> String {
        let mut out = String::from(XML_DECL);
        let _ = write!(
            out,
            "<w:footnotes xmlns:w=\"{W}\">\
             <w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>\
             <w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        );
        let package = self.package;
        for index in self.note_order.clone() {
            let (Some(note), Some(footnote)) =
                (self.notes.get(&index), package.new.footnotes.get(index))
            else {
                continue;
            };
            let _ = write!(out, "<w:footnote w:id=\"{}\">", note.id);
            let para = self.note_body(index, footnote);
            self.paragraph(&mut out, &para, true);
            out.push_str("</w:footnote>");
        }
        out.push_str("</w:footnotes>");
        out
    }

    /// A footnote's text, with the changes the comparison found in it.
    fn note_body(&self, index: usize, footnote: &Footnote) -> Para {
        let package = self.package;
        let new = Side::styled(&footnote.text, &footnote.styles);
        let old_note = package
            .note_changes
            .get(&index)
            .and_then(|&(i, changes)| Some((package.old.footnotes.get(i)?, changes)));
        let (pieces, _) = match old_note {
            Some((old_note, changes)) => tracked(
                Some(&Side::styled(&old_note.text, &old_note.styles)),
                Some(&new),
                changes,
                &HashMap::new(),
            ),
            None => tracked(Some(&new), Some(&new), &[], &HashMap::new()),
        };
        Para {
            pieces,
            mark: Rev::Same,
            layout: Layout::Text { depth: 0 },
        }
    }

    fn comments(&mut self) -> Option<String> {
        let comments = self.package.options.comments;
        if comments.is_empty() {
            return None;
        }
        let rtl = self.package.rtl;
        let mut out = String::from(XML_DECL);
        let _ = write!(out, "<w:comments xmlns:w=\"{W}\">");
        for (index, comment) in comments.iter().enumerate() {
            // Every comment's paragraph is in the body, so every comment has its id.
            let Some(id) = self.comment_ids.get(&index) else {
                continue;
            };
            let _ = write!(
                out,
                "<w:comment w:id=\"{id}\" w:author=\"{}\"",
                escape(&comment.author)
            );
            if let Some(date) = xsd_date(&comment.date) {
                let _ = write!(out, " w:date=\"{date}\"");
            }
            let _ = write!(
                out,
                " w:initials=\"{}\">",
                escape(&initials(&comment.author))
            );
            let (bidi, run_rtl) = if rtl {
                ("<w:bidi/>", "<w:rtl/>")
            } else {
                ("", "")
            };
            for (n, line) in comment.text.split('\n').enumerate() {
                let _ = write!(
                    out,
                    "<w:p><w:pPr><w:pStyle w:val=\"CommentText\"/>{bidi}</w:pPr>"
                );
                if n == 0 {
                    let _ = write!(
                        out,
                        "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/>{run_rtl}</w:rPr><w:annotationRef/></w:r>"
                    );
                }
                let _ = write!(out, "<w:r><w:rPr>{run_rtl}</w:rPr>");
                write_text(&mut out, line, false);
                out.push_str("</w:r></w:p>");
            }
            out.push_str("</w:comment>");
        }
        out.push_str("</w:comments>");
        Some(out)
    }
}

/// A run's text: `w:t` (or `w:delText` in a deletion) with tabs and line breaks as Word's own
/// elements and other control characters left out.
fn write_text(out: &mut String, text: &str, deleted: bool) {
    let tag = if deleted { "w:delText" } else { "w:t" };
    let mut open = false;
    for c in text.chars() {
        match c {
            '\t' | '\n' => {
                if open {
                    let _ = write!(out, "</{tag}>");
                    open = false;
                }
                out.push_str(if c == '\t' { "<w:tab/>" } else { "<w:br/>" });
            }
            _ if !allowed(c) => {}
            _ => {
                if !open {
                    let _ = write!(out, "<{tag} xml:space=\"preserve\">");
                    open = true;
                }
                push_escaped(out, c);
            }
        }
    }
    if open {
        let _ = write!(out, "</{tag}>");
    }
}

/// Whether a character can stand in the text of the file: not a control character, and not
/// one XML forbids.
fn allowed(c: char) -> bool {
    !c.is_control() && !matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

fn push_escaped(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&apos;"),
        _ => out.push(c),
    }
}

/// Text for XML content or an attribute value; characters XML cannot carry are left out (a
/// tab or line break in an attribute becomes a space).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' | '\n' | '\r' => out.push(' '),
            _ if !allowed(c) => {}
            _ => push_escaped(&mut out, c),
        }
    }
    out
}

/// A date and time as Word writes it (`2026-12-06T10:00:00Z`), from ISO 8601; a bare date
/// is midnight UTC. None when it is neither.
fn xsd_date(date: &str) -> Option<String> {
    let date = date.trim();
    let b = date.as_bytes();
    let digits = |r: Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let day = digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-');
    if !(day && digits(8..10)) {
        return None;
    }
    if b.len() == 10 {
        return Some(format!("{date}T00:00:00Z"));
    }
    let time = b.get(10) == Some(&b'T')
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && b.get(16) == Some(&b':')
        && digits(17..19);
    if !time {
        return None;
    }
    let mut rest = &date[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let n = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        rest = &fraction[n..];
    }
    let zone = rest.is_empty()
        || rest == "Z"
        || (rest.len() == 6
            && matches!(rest.as_bytes()[0], b'+' | b'-')
            && rest.as_bytes()[3] == b':'
            && rest
                .bytes()
                .enumerate()
                .all(|(i, c)| i == 0 || i == 3 || c.is_ascii_digit()));
    zone.then(|| date.to_string())
}

/// The letter of a UN job number for a language (`E` in `20-16326 (E)`).
fn job_letter(language: Language) -> char {
    match language {
        Language::Ar => 'A',
        Language::Zh => 'C',
        Language::En => 'E',
        Language::Fr => 'F',
        Language::Ru => 'R',
        Language::Es => 'S',
    }
}

/// The locale Word marks text with.
fn locale(language: Language) -> &'static str {
    match language {
        Language::Ar => "ar-SA",
        Language::Zh => "zh-CN",
        Language::En => "en-US",
        Language::Fr => "fr-FR",
        Language::Ru => "ru-RU",
        Language::Es => "es-ES",
    }
}

/// `Plenary` -> `P`, `Delegation of Chile` -> `DOC`.
fn initials(author: &str) -> String {
    author
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .take(4)
        .collect()
}

/// The parts as a zip archive, deflated, dated with the changes where that date is known.
fn zip_parts(parts: &[(&str, String)], date: &str) -> std::io::Result<Vec<u8>> {
    let mut options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    if let Some(when) = xsd_date(date).and_then(|d| zip_time(&d)) {
        options = options.last_modified_time(when);
    }
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in parts {
        writer
            .start_file(*name, options)
            .map_err(std::io::Error::other)?;
        writer.write_all(text.as_bytes())?;
    }
    Ok(writer.finish().map_err(std::io::Error::other)?.into_inner())
}

fn zip_time(date: &str) -> Option<zip::DateTime> {
    let n = |r: Range<usize>| date.get(r)?.parse::<u16>().ok();
    zip::DateTime::from_date_and_time(
        n(0..4)?,
        u8::try_from(n(5..7)?).ok()?,
        u8::try_from(n(8..10)?).ok()?,
        u8::try_from(n(11..13)?).ok()?,
        u8::try_from(n(14..16)?).ok()?,
        u8::try_from(n(17..19)?).ok()?,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::compare;
    use crate::document::{FootnoteRef, Format, ParagraphKind, Part};
    use std::collections::HashSet;
    use std::io::Read;

    fn para(kind: ParagraphKind, number: Option<&str>, text: &str) -> Paragraph {
        let part = if kind == ParagraphKind::Preambular {
            Part::Preamble
        } else {
            Part::Operative
        };
        let mut p = Paragraph::new("", kind, part, text);
        p.number = number.map(str::to_string);
        p.reference = match (kind, number) {
            (ParagraphKind::Operative, Some(n)) => format!("OP{n}"),
            _ => text.chars().take(8).collect(),
        };
        p.id = p.reference.to_lowercase();
        p
    }

    fn pp(text: &str, opening: usize) -> Paragraph {
        let mut p = para(ParagraphKind::Preambular, None, text);
        p.styles.push(StyleSpan {
            range: 0..opening,
            bold: false,
            italic: true,
        });
        p
    }

    fn document(title: &str, paragraphs: Vec<Paragraph>, notes: &[&str]) -> Document {
        let mut d = Document::new(Format::AkomaNtoso);
        d.meta.title = Some(title.into());
        d.meta.symbol = Some("A/RES/75/32".into());
        d.meta.language = Some(Language::En);
        d.formula = Some("The General Assembly,".into());
        d.paragraphs = paragraphs;
        d.footnotes = notes
            .iter()
            .enumerate()
            .map(|(i, t)| Footnote {
                marker: (i + 1).to_string(),
                text: t.to_string(),
                styles: Vec::new(),
                citations: Vec::new(),
                referenced_from: Vec::new(),
            })
            .collect();
        d
    }

    fn call(p: &mut Paragraph, after: &str, footnote: usize) {
        let offset = p.text.find(after).unwrap() + after.len();
        p.footnote_refs.push(FootnoteRef {
            marker: (footnote + 1).to_string(),
            offset,
            footnote,
        });
    }

    /// A pair with every kind of row: changed, added, deleted, moved, renumbered, footnotes
    /// (one called twice, one whose text changed) and awkward characters.
    fn pair() -> (Document, Document) {
        let mut old_pp1 = pp("Recalling its resolution 74/28 of 12 December 2019,", 9);
        call(&mut old_pp1, "2019", 0);
        let old = document(
            "Developments in the field of information & telecommunications",
            vec![
                old_pp1,
                pp("Noting that <considerable> progress has been achieved,", 6),
                pp("Affirming the \"Charter\" of the United Nations,", 9),
                pp("Bearing in mind the role of science and technology,", 15),
                para(
                    ParagraphKind::Operative,
                    Some("1"),
                    "Calls upon Member States to act;",
                ),
                para(
                    ParagraphKind::Operative,
                    Some("2"),
                    "Requests a report on the matter;",
                ),
                para(
                    ParagraphKind::Operative,
                    Some("3"),
                    "Decides to remain seized of the matter.",
                ),
            ],
            &["A/65/201.", "A/68/98."],
        );
        let mut new_pp1 = pp(
            "Recalling its resolutions 74/28 of 12 December 2019 and 74/29,",
            9,
        );
        call(&mut new_pp1, "2019", 0);
        call(&mut new_pp1, "74/29", 1);
        let mut new_op1 = para(
            ParagraphKind::Operative,
            Some("1"),
            "Calls upon Member States to act\u{7} at once;",
        );
        call(&mut new_op1, "act", 0);
        let new = document(
            "Advancing responsible State behaviour in cyberspace",
            vec![
                new_pp1,
                pp("Affirming the \"Charter\" of the United Nations,", 9),
                pp("Noting that <considerable> progress has been achieved,", 6),
                pp(
                    "Stressing the importance of Ünïcode ‘quotes’ & ampersands,",
                    9,
                ),
                new_op1,
                para(
                    ParagraphKind::Operative,
                    Some("2"),
                    "Decides to remain seized of the matter.",
                ),
            ],
            &["A/65/201.", "A/68/98 and A/70/174."],
        );
        (old, new)
    }

    fn unzip(bytes: &[u8]) -> HashMap<String, String> {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut parts = HashMap::new();
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).unwrap();
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            parts.insert(entry.name().unwrap().to_string(), text);
        }
        parts
    }

    fn redline(comments: &[RedlineComment]) -> (Document, Document, HashMap<String, String>) {
        let (old, new) = pair();
        let cmp = compare(&old, &new, &Default::default());
        let options = Options {
            author: "Plenary <& Co>",
            date: "2026-12-06T10:00:00Z",
            comments,
        };
        let bytes = to_docx(&cmp, &old, &new, &options).unwrap();
        (old, new, unzip(&bytes))
    }

    fn comment(paragraph: usize, text: &str) -> RedlineComment {
        RedlineComment {
            paragraph,
            author: "Delegation of Chile".into(),
            date: "2026-12-06".into(),
            text: text.into(),
        }
    }

    fn is_w(node: roxmltree::Node<'_, '_>, name: &str) -> bool {
        node.is_element()
            && node.tag_name().name() == name
            && node.tag_name().namespace() == Some(W)
    }

    fn inside(node: roxmltree::Node<'_, '_>, name: &str) -> bool {
        node.ancestors().skip(1).any(|a| is_w(a, name))
    }

    /// The body's paragraphs as Word shows them with every change accepted, or rejected: the
    /// text of the kept runs, a paragraph whose mark goes joining the next one.
    fn resolve(document: &str, accept: bool) -> Vec<String> {
        let doc = roxmltree::Document::parse(document).unwrap();
        let gone = if accept { "del" } else { "ins" };
        let mut out = Vec::new();
        let mut carried = String::new();
        for p in doc.descendants().filter(|n| is_w(*n, "p")) {
            let mut text = std::mem::take(&mut carried);
            // A field's result (a second call of a footnote) is not text.
            let mut result = false;
            for node in p.descendants().filter(|n| n.is_element()) {
                if inside(node, gone) || inside(node, "pPr") {
                    continue;
                }
                match node.tag_name().name() {
                    "fldChar" => result = node.attribute((W, "fldCharType")) == Some("separate"),
                    "t" | "delText" if !result => text.push_str(node.text().unwrap_or_default()),
                    "tab" => text.push(' '),
                    _ => {}
                }
            }
            let mark_gone = p
                .children()
                .filter(|c| is_w(*c, "pPr"))
                .flat_map(|c| c.children())
                .filter(|c| is_w(*c, "rPr"))
                .flat_map(|c| c.children())
                .any(|c| is_w(c, gone));
            if mark_gone {
                carried = text;
            } else if !text.is_empty() {
                out.push(text);
            }
        }
        out
    }

    fn expected(doc: &Document) -> Vec<String> {
        let mut out = vec![
            doc.meta.title.clone().unwrap(),
            doc.formula.clone().unwrap(),
        ];
        out.extend(
            doc.paragraphs
                .iter()
                .map(|p| format!("{}{}", p.number_prefix(false), p.text.replace('\u{7}', ""))),
        );
        out
    }

    #[test]
    fn accepting_gives_the_new_text_and_rejecting_the_old() {
        let (old, new, parts) = redline(&[]);
        let document = &parts["word/document.xml"];
        assert_eq!(resolve(document, true), expected(&new), "{document}");
        assert_eq!(resolve(document, false), expected(&old), "{document}");
        // The renumbered paragraph: its number deleted and inserted.
        assert!(document.contains("<w:delText xml:space=\"preserve\">3.</w:delText>"));
        // Preambular openings in italics.
        assert!(document.contains(
            "<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">Recalling</w:t></w:r>"
        ));
    }

    #[test]
    fn text_is_escaped_and_every_part_is_well_formed() {
        let comments = [comment(3, "Too <long> & \"vague\"\nSecond line\u{1}")];
        let (_, _, parts) = redline(&comments);
        for (name, text) in &parts {
            roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{name}: {e}\n{text}"));
            assert!(
                !text.chars().any(|c| c.is_control() && c != '\n'),
                "{name} has a control character"
            );
        }
        let document = &parts["word/document.xml"];
        assert!(document.contains("&lt;considerable&gt;"));
        assert!(document.contains("&amp; ampersands"));
        assert!(document.contains("w:author=\"Plenary &lt;&amp; Co&gt;\""));
        assert!(!document.contains("<considerable>"));
        let comments = &parts["word/comments.xml"];
        assert!(comments.contains("Too &lt;long&gt; &amp; &quot;vague&quot;"));
        assert!(comments.contains("w:initials=\"DOC\""));
        assert!(comments.contains("w:date=\"2026-12-06T00:00:00Z\""));
        assert!(parts["[Content_Types].xml"].contains("/word/comments.xml"));
        assert!(parts["word/_rels/document.xml.rels"].contains("comments.xml"));
        let core = &parts["docProps/core.xml"];
        assert!(
            core.contains(
                "<dc:title>Advancing responsible State behaviour in cyberspace</dc:title>"
            )
        );
        assert!(core.contains("<dc:creator>Plenary &lt;&amp; Co&gt;</dc:creator>"));
        let settings = &parts["word/settings.xml"];
        assert!(settings.contains("<w:trackRevisions/>"));
        assert!(settings.contains("<w:docVar w:name=\"Symbol1\" w:val=\"A/RES/75/32\"/>"));
        assert!(settings.contains("<w:docVar w:name=\"jobn\" w:val=\"(E)\"/>"));
    }

    #[test]
    fn every_id_is_unique_across_the_package() {
        let comments = [
            comment(0, "First"),
            comment(3, "Second"),
            comment(3, "Third"),
        ];
        let (_, _, parts) = redline(&comments);
        let mut defined = Vec::new();
        let mut used = Vec::new();
        for name in [
            "word/document.xml",
            "word/footnotes.xml",
            "word/comments.xml",
        ] {
            let doc = roxmltree::Document::parse(&parts[name]).unwrap();
            for node in doc.descendants().filter(|n| n.is_element()) {
                let Some(id) = node.attribute((W, "id")) else {
                    continue;
                };
                let id: i64 = id.parse().unwrap();
                match node.tag_name().name() {
                    "ins" | "del" | "comment" | "bookmarkStart" => defined.push(id),
                    "footnote" if id > 0 => defined.push(id),
                    "footnoteReference" | "commentRangeStart" | "commentRangeEnd"
                    | "commentReference" | "bookmarkEnd" => used.push(id),
                    _ => {}
                }
            }
        }
        let unique: HashSet<i64> = defined.iter().copied().collect();
        assert_eq!(unique.len(), defined.len(), "{defined:?}");
        assert!(used.iter().all(|id| unique.contains(id)), "{used:?}");
        assert!(defined.len() > 10);
        // Three comments, each with its range and mark; two footnotes, one called twice.
        assert_eq!(parts["word/comments.xml"].matches("<w:comment ").count(), 3);
        assert_eq!(
            parts["word/document.xml"]
                .matches("<w:commentReference ")
                .count(),
            3
        );
        let footnotes = &parts["word/footnotes.xml"];
        assert_eq!(footnotes.matches("<w:footnote ").count(), 4);
        assert!(footnotes.contains("w:type=\"separator\" w:id=\"-1\""));
        assert!(footnotes.contains("w:type=\"continuationSeparator\" w:id=\"0\""));
        // The changed footnote shows its change.
        assert!(
            footnotes.contains("<w:t xml:space=\"preserve\"> and A/70/174</w:t>"),
            "{footnotes}"
        );
        assert!(parts["word/document.xml"].contains(" NOTEREF _RefNote"));
    }

    #[test]
    fn a_deleted_last_paragraph_leaves_the_last_mark_alone() {
        let ops = |texts: &[&str]| -> Vec<Paragraph> {
            texts
                .iter()
                .enumerate()
                .map(|(i, t)| para(ParagraphKind::Operative, Some(&(i + 1).to_string()), t))
                .collect()
        };
        let old = document(
            "Title",
            ops(&[
                "Welcomes the report;",
                "Decides to remain seized of the matter.",
            ]),
            &[],
        );
        let new = document("Title", ops(&["Welcomes the report;"]), &[]);
        let cmp = compare(&old, &new, &Default::default());
        let bytes = to_docx(&cmp, &old, &new, &Options::default()).unwrap();
        let parts = unzip(&bytes);
        let document = &parts["word/document.xml"];
        assert_eq!(resolve(document, true), expected(&new));
        assert_eq!(resolve(document, false), expected(&old));
        assert!(document.ends_with(
            "<w:p><w:pPr><w:ind w:left=\"1267\" w:right=\"1267\" w:firstLine=\"634\"/><w:jc w:val=\"both\"/></w:pPr></w:p>\
             <w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/><w:pgMar w:top=\"1440\" w:right=\"1200\" w:bottom=\"1898\" w:left=\"1200\" w:header=\"576\" w:footer=\"1037\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
        ), "{document}");
        // No date given: none written.
        assert!(!document.contains("w:date"));
        assert!(!parts.contains_key("word/comments.xml"));
    }

    #[test]
    fn a_comment_on_a_missing_paragraph_is_refused() {
        let (old, new) = pair();
        let cmp = compare(&old, &new, &Default::default());
        let comments = [comment(99, "Nowhere")];
        let options = Options {
            comments: &comments,
            ..Options::default()
        };
        let err = to_docx(&cmp, &old, &new, &options).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    }

    #[test]
    fn dates_as_word_writes_them() {
        assert_eq!(
            xsd_date("2026-12-06T10:00:00Z").as_deref(),
            Some("2026-12-06T10:00:00Z")
        );
        assert_eq!(
            xsd_date("2026-12-06").as_deref(),
            Some("2026-12-06T00:00:00Z")
        );
        assert_eq!(
            xsd_date("2026-12-06T10:00:00.250+01:00").as_deref(),
            Some("2026-12-06T10:00:00.250+01:00")
        );
        assert_eq!(xsd_date("6 December 2026"), None);
        assert_eq!(xsd_date("2026-12-06T10:00"), None);
        assert_eq!(xsd_date(""), None);
    }

    #[test]
    fn job_letters_are_those_the_readers_know() {
        for language in Language::ALL {
            let letter = job_letter(language).to_string();
            assert_eq!(crate::parse::pdf::job_letter(&letter), Some(Some(language)));
        }
    }
}
