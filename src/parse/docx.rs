//! Word files (`.docx`), as drafts are negotiated and reports are published: a zip archive of
//! XML parts. The text of `word/document.xml` is read as Word shows it with every tracked
//! change accepted (insertions kept, deletions and moved-from text left out), with Word's own
//! list numbering written out, footnotes from `word/footnotes.xml` numbered in order of
//! reference, and italics kept; the symbol and language come from the UN templates' document
//! variables (`Symbol1`, `jobn`). The text parser then reads it as it reads exports of PDFs.

use super::ParseError;
use crate::document::{ChangeKind, Comment, Document, Format, Language, Revisions, TrackedChange};
use roxmltree::Node;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Read;

/// No part of a resolution's Word file is this large once unpacked (the largest corpus
/// report's `document.xml` is about 1 MB): a larger one is refused, not unpacked.
const MAX_PART: u64 = 32 * 1024 * 1024;
/// Nor does any resolution nest elements this deep; deeper content is not read.
const MAX_DEPTH: usize = 64;
/// Nor has this many XML nodes in one part.
const MAX_NODES: u32 = 4_000_000;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Whether the bytes are a Word file: a zip archive with a `word/document.xml` part.
pub fn looks_like(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && bytes
            .windows(b"word/document.xml".len())
            .any(|w| w == b"word/document.xml")
}

/// One part of the archive as text; None when the file has no such part.
fn part<R: Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
) -> Result<Option<String>, ParseError> {
    let entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(damaged(e)),
    };
    let mut bytes = Vec::new();
    entry
        .take(MAX_PART + 1)
        .read_to_end(&mut bytes)
        .map_err(damaged)?;
    if bytes.len() as u64 > MAX_PART {
        return Err(ParseError::at_file(crate::text!(
            "read-word-part-too-large",
            part = name
        )));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| ParseError::at_file(crate::text!("read-word-part-not-utf8", part = name)))
}

fn damaged(e: impl std::fmt::Display) -> ParseError {
    ParseError::at_file(crate::text!(
        "read-word-damaged",
        error = e.to_string().to_lowercase()
    ))
}

fn xml<'t>(text: &'t str, name: &str) -> Result<roxmltree::Document<'t>, ParseError> {
    roxmltree::Document::parse_with_options(
        text,
        roxmltree::ParsingOptions {
            allow_dtd: false,
            nodes_limit: MAX_NODES,
            ..Default::default()
        },
    )
    .map_err(|e| {
        ParseError::at_file(crate::text!(
            "read-word-part-malformed",
            part = name,
            error = e.to_string()
        ))
    })
}

fn is(node: Node<'_, '_>, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(W)
}

fn attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|c| is(*c, name))
}

/// Whether a toggle property (`<w:i/>`, `<w:i w:val="0"/>`) is on.
fn on(prop: Option<Node<'_, '_>>) -> bool {
    prop.is_some_and(|p| !matches!(attr(p, "val"), Some("0" | "false" | "off")))
}

/// Word's list numbering (`word/numbering.xml`): each list's levels, and the counters.
#[derive(Clone, Default)]
struct Numbering {
    /// numId → abstractNumId.
    lists: HashMap<String, String>,
    /// (abstractNumId, level) → (format, text such as `%1.`, start).
    levels: HashMap<(String, u8), (String, String, u32)>,
    counters: HashMap<String, [u32; 9]>,
    /// Paragraph style id → the list numbering it gives (numId, level), from
    /// `word/styles.xml`: delegations' drafts often number paragraphs by style.
    styles: HashMap<String, (String, u8)>,
}

impl Numbering {
    fn read(doc: &roxmltree::Document<'_>) -> Numbering {
        let mut n = Numbering::default();
        for node in doc.root_element().children() {
            if is(node, "abstractNum") {
                let Some(id) = attr(node, "abstractNumId") else {
                    continue;
                };
                for lvl in node.children().filter(|c| is(*c, "lvl")) {
                    let Some(level) = attr(lvl, "ilvl").and_then(|l| l.parse::<u8>().ok()) else {
                        continue;
                    };
                    let val = |name: &str| child(lvl, name).and_then(|c| attr(c, "val"));
                    n.levels.insert(
                        (id.to_string(), level),
                        (
                            val("numFmt").unwrap_or("decimal").to_string(),
                            val("lvlText").unwrap_or("").to_string(),
                            val("start").and_then(|s| s.parse().ok()).unwrap_or(1),
                        ),
                    );
                }
            } else if is(node, "num")
                && let (Some(num), Some(abs)) = (
                    attr(node, "numId"),
                    child(node, "abstractNumId").and_then(|a| attr(a, "val")),
                )
            {
                n.lists.insert(num.to_string(), abs.to_string());
            }
        }
        n
    }

    /// Reads which paragraph styles are numbered (following `basedOn` to the style that says).
    fn read_styles(&mut self, doc: &roxmltree::Document<'_>) {
        /// A style's own numbering (numId, level), and the style it is based on.
        type Own = (Option<(String, Option<u8>)>, Option<String>);
        let mut own: HashMap<String, Own> = HashMap::new();
        for style in doc.root_element().children().filter(|n| is(*n, "style")) {
            let Some(id) = attr(style, "styleId") else {
                continue;
            };
            let num = child(style, "pPr")
                .and_then(|p| child(p, "numPr"))
                .map(|n| {
                    (
                        child(n, "numId")
                            .and_then(|i| attr(i, "val"))
                            .unwrap_or("0")
                            .to_string(),
                        child(n, "ilvl")
                            .and_then(|l| attr(l, "val"))
                            .and_then(|l| l.parse().ok()),
                    )
                });
            let based = child(style, "basedOn")
                .and_then(|b| attr(b, "val"))
                .map(str::to_string);
            own.insert(id.to_string(), (num, based));
        }
        for id in own.keys() {
            let mut at = id.clone();
            // A chain of styles is short; a loop in a damaged file ends here too.
            for _ in 0..16 {
                let Some((num, based)) = own.get(&at) else {
                    break;
                };
                if let Some((num, level)) = num {
                    if num != "0" {
                        self.styles
                            .insert(id.clone(), (num.clone(), level.unwrap_or(0)));
                    }
                    break;
                }
                match based {
                    Some(b) => at = b.clone(),
                    None => break,
                }
            }
        }
    }

    /// The list and level of a paragraph: its own `w:numPr`, else its style's. A `numId` of
    /// 0 takes the numbering away.
    fn of_paragraph(&self, p: Node<'_, '_>) -> Option<(String, u8)> {
        let props = child(p, "pPr");
        let level = |n: Node<'_, '_>| {
            child(n, "ilvl")
                .and_then(|l| attr(l, "val"))
                .and_then(|l| l.parse::<u8>().ok())
        };
        let own = props.and_then(|p| child(p, "numPr"));
        let style = props
            .and_then(|p| child(p, "pStyle"))
            .and_then(|s| attr(s, "val"))
            .and_then(|s| self.styles.get(s));
        match own.and_then(|n| child(n, "numId").and_then(|i| attr(i, "val"))) {
            Some("0") => None,
            Some(id) => Some((id.to_string(), own.and_then(level).unwrap_or(0))),
            None => {
                let (id, style_level) = style?;
                Some((id.clone(), own.and_then(level).unwrap_or(*style_level)))
            }
        }
    }

    /// The label of the next paragraph of list `num` at `level` (`3.`, `(b)`), counting it.
    fn label(&mut self, num: &str, level: u8) -> Option<String> {
        let abs = self.lists.get(num)?.clone();
        let level = level.min(8);
        let (_, text, _) = self.levels.get(&(abs.clone(), level))?.clone();
        let counters = self.counters.entry(num.to_string()).or_insert([0; 9]);
        for (l, counter) in counters.iter_mut().enumerate() {
            let start = self
                .levels
                .get(&(abs.clone(), l as u8))
                .map_or(1, |(_, _, s)| *s);
            if l == level as usize {
                *counter = if *counter == 0 { start } else { *counter + 1 };
            } else if l > level as usize {
                *counter = 0;
            } else if *counter == 0 {
                *counter = start;
            }
        }
        let counters = *counters;
        let mut out = text;
        for l in (0..9u8).rev() {
            let key = format!("%{}", l + 1);
            if out.contains(&key) {
                let format = self
                    .levels
                    .get(&(abs.clone(), l))
                    .map_or("decimal", |(f, _, _)| f.as_str());
                out = out.replace(&key, &format_number(counters[l as usize], format));
            }
        }
        let out = out.trim().to_string();
        (!out.is_empty()).then_some(out)
    }
}

fn format_number(n: u32, format: &str) -> String {
    use crate::document::{letter_label, roman_label};
    match format {
        "lowerLetter" => letter_label(n),
        "upperLetter" => letter_label(n).to_uppercase(),
        "lowerRoman" => roman_label(n),
        "upperRoman" => roman_label(n).to_uppercase(),
        "bullet" | "none" => String::new(),
        _ => n.to_string(),
    }
}

/// Which text of a file with tracked changes is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    /// Every change accepted, as Word's "Final" shows it.
    Final,
    /// Every change rejected: the text as it stood before them.
    Original,
}

/// A tracked change as found in a part, before the paragraphs are known.
struct Found {
    /// Where its element starts in the part (offset by the parts before it): its identity
    /// in both readings.
    at: usize,
    kind: ChangeKind,
    author: String,
    date: Option<String>,
    text: String,
}

fn change_kind(node: Node<'_, '_>) -> Option<ChangeKind> {
    if !node.is_element() || node.tag_name().namespace() != Some(W) {
        return None;
    }
    Some(match node.tag_name().name() {
        "ins" => ChangeKind::Inserted,
        "del" => ChangeKind::Deleted,
        "moveTo" => ChangeKind::MovedTo,
        "moveFrom" => ChangeKind::MovedFrom,
        _ => return None,
    })
}

/// Every tracked change of a part, in the order of the text: insertions, deletions and
/// moves of text, and a paragraph break inserted or deleted on its own (one whose
/// paragraph has no other change). Formatting changes are not counted.
fn tracked(part: &roxmltree::Document<'_>, base: usize) -> Vec<Found> {
    let mut out = Vec::new();
    for node in part.descendants() {
        let Some(kind) = change_kind(node) else {
            continue;
        };
        let parent = node.parent().filter(|p| p.is_element());
        let in_props = parent.is_some_and(|p| p.tag_name().name().ends_with("Pr"));
        if in_props {
            // A paragraph mark: counted only when nothing else in its paragraph changed.
            let paragraph = node.ancestors().find(|a| is(*a, "p"));
            let in_mark = parent
                .and_then(|p| p.parent())
                .is_some_and(|pp| is(pp, "pPr"));
            let alone = paragraph.is_some_and(|p| {
                !p.descendants()
                    .any(|d| change_kind(d).is_some() && d.parent().is_some_and(|x| is(x, "p")))
            });
            if !(in_mark && alone) {
                continue;
            }
        }
        let text: String = node
            .descendants()
            .filter_map(|n| {
                if is(n, "t") || is(n, "delText") {
                    n.text()
                } else if is(n, "tab") && n.parent().is_some_and(|r| is(r, "r")) {
                    Some(" ")
                } else {
                    None
                }
            })
            .collect();
        out.push(Found {
            at: base + node.range().start,
            kind,
            author: attr(node, "author").unwrap_or_default().trim().to_string(),
            date: attr(node, "date").map(|d| d.trim().to_string()),
            text: text.split_whitespace().collect::<Vec<_>>().join(" "),
        });
    }
    out
}

/// A comment's anchor as found: the paragraph it starts in and the words it marks.
#[derive(Default)]
struct RawAnchor {
    paragraph: usize,
    quote: String,
}

/// What reading the text needs as it goes: footnote numbers in order of reference.
struct Reader {
    view: View,
    /// Footnote id → the number it is shown with.
    notes: HashMap<String, String>,
    /// Footnote ids in order of reference, with the mark each is shown with.
    order: Vec<(String, String)>,
    /// Footnotes numbered so far (notes with a mark of their own, `*`, are not counted).
    numbered: usize,
    /// A footnote whose mark of its own is the text that follows (`customMarkFollows`).
    custom_mark: Option<String>,
    /// Elements left unread for being nested too deep.
    too_deep: usize,
    /// Tracked changes read past (by where they start in the part) → the paragraph they
    /// are in.
    seen: HashMap<usize, usize>,
    /// The keys of `seen`, in the order read.
    seen_order: Vec<usize>,
    /// The paragraph being read (an index of the paragraphs written so far); None in notes.
    paragraph: Option<usize>,
    /// Comment id → where it is anchored.
    anchors: HashMap<String, RawAnchor>,
    /// Comments whose marked words are being read.
    open_comments: Vec<String>,
}

impl Reader {
    fn new(view: View) -> Reader {
        Reader {
            view,
            notes: HashMap::new(),
            order: Vec::new(),
            numbered: 0,
            custom_mark: None,
            too_deep: 0,
            seen: HashMap::new(),
            seen_order: Vec::new(),
            paragraph: None,
            anchors: HashMap::new(),
            open_comments: Vec::new(),
        }
    }

    /// Notes the paragraph a change is in (changes in notes have none).
    fn record(&mut self, node: Node<'_, '_>) {
        if let Some(paragraph) = self.paragraph {
            self.seen.insert(node.range().start, paragraph);
            self.seen_order.push(node.range().start);
        }
    }

    fn anchor(&mut self, id: &str) {
        if let Some(paragraph) = self.paragraph
            && !self.anchors.contains_key(id)
        {
            self.anchors.insert(
                id.to_string(),
                RawAnchor {
                    paragraph,
                    quote: String::new(),
                },
            );
        }
    }
}

/// The text of one paragraph (or footnote paragraph) as runs: (text, italic).
fn runs(node: Node<'_, '_>, reader: &mut Reader, out: &mut Vec<(String, bool)>, depth: usize) {
    if depth > MAX_DEPTH {
        reader.too_deep += 1;
        return;
    }
    for c in node.children().filter(Node::is_element) {
        if let Some(kind) = change_kind(c) {
            reader.record(c);
            if kind.in_final() == (reader.view == View::Final) {
                runs(c, reader, out, depth + 1);
            }
            continue;
        }
        match c.tag_name().name() {
            _ if c.tag_name().namespace() != Some(W) => {}
            "r" => run(c, reader, out),
            "commentRangeStart" => {
                if let Some(id) = attr(c, "id") {
                    reader.anchor(id);
                    reader.open_comments.push(id.to_string());
                }
            }
            "commentRangeEnd" => {
                if let Some(id) = attr(c, "id") {
                    reader.open_comments.retain(|o| o != id);
                }
            }
            // Links, fields, content controls, smart tags: their runs are the text.
            "hyperlink" | "fldSimple" | "smartTag" | "customXml" | "sdtContent" | "sdt" => {
                runs(c, reader, out, depth + 1)
            }
            _ => {}
        }
    }
}

fn run(r: Node<'_, '_>, reader: &mut Reader, out: &mut Vec<(String, bool)>) {
    let props = child(r, "rPr");
    let italic = on(props.and_then(|p| child(p, "i")));
    let mut text = String::new();
    for c in r.children().filter(|c| c.is_element()) {
        match c.tag_name().name() {
            // Deleted text is only reached when the text before the changes is read.
            "t" | "delText" => {
                let mut t = c.text().unwrap_or_default();
                if let Some(id) = reader.custom_mark.take() {
                    // The note's own mark (`*`, `**`) is the text after its reference.
                    let t_trim = t.trim_start();
                    let end = t_trim
                        .char_indices()
                        .find(|(_, ch)| ch.is_whitespace())
                        .map_or(t_trim.len(), |(i, _)| i);
                    let mark: String = t_trim[..end]
                        .chars()
                        .filter(|ch| !ch.is_control() && !matches!(ch, '[' | ']' | '^'))
                        .take(8)
                        .collect();
                    if mark.is_empty() {
                        reader.custom_mark = Some(id);
                    } else {
                        let label = reader
                            .notes
                            .entry(id.clone())
                            .or_insert_with(|| mark.clone());
                        let label = label.clone();
                        if !reader.order.iter().any(|(o, _)| *o == id) {
                            reader.order.push((id, label.clone()));
                        }
                        let _ = write!(text, "[^{label}]");
                        t = &t_trim[end..];
                    }
                }
                text.extend(t.chars().filter(|c| !c.is_control()));
            }
            // The tab after a paragraph's number (`1.<tab>`), a line break: a space.
            "tab" | "br" | "cr" => text.push(' '),
            "noBreakHyphen" => text.push('\u{2011}'),
            "footnoteReference" => {
                if let Some(id) = attr(c, "id") {
                    if attr(c, "customMarkFollows")
                        .is_some_and(|v| !matches!(v, "0" | "false" | "off"))
                    {
                        reader.custom_mark = Some(id.to_string());
                        continue;
                    }
                    let label = match reader.notes.get(id) {
                        Some(label) => label.clone(),
                        None => {
                            reader.numbered += 1;
                            let label = reader.numbered.to_string();
                            reader.order.push((id.to_string(), label.clone()));
                            reader.notes.insert(id.to_string(), label.clone());
                            label
                        }
                    };
                    let _ = write!(text, "[^{label}]");
                }
            }
            "commentReference" => {
                if let Some(id) = attr(c, "id") {
                    reader.anchor(id);
                }
            }
            // Field instructions (`DOCVARIABLE Symbol1`, `PAGE`), symbols.
            _ => {}
        }
    }
    if !text.is_empty() {
        for id in &reader.open_comments {
            if let Some(anchor) = reader.anchors.get_mut(id)
                && anchor.quote.len() < 2000
            {
                anchor.quote.push_str(&text);
            }
        }
        out.push((text, italic));
    }
}

/// Runs written out, italic runs between `*` (spaces kept outside the markers).
fn write_runs(runs: &[(String, bool)]) -> String {
    let mut out = String::new();
    let mut open = false;
    for (text, italic) in runs {
        if text.trim().is_empty() || *italic == open {
            out.push_str(text);
            continue;
        }
        if open {
            let end = out.trim_end().len();
            out.insert(end, '*');
        }
        let lead = text.len() - text.trim_start().len();
        out.push_str(&text[..lead]);
        if *italic {
            out.push('*');
        }
        out.push_str(&text[lead..]);
        open = *italic;
    }
    if open {
        let end = out.trim_end().len();
        out.insert(end, '*');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a paragraph's mark (its end) is gone in this reading: deleted, with the
/// changes accepted; inserted, with them rejected. Its text then runs on into the next.
fn mark_gone(p: Node<'_, '_>, view: View) -> bool {
    let Some(marks) = child(p, "pPr").and_then(|p| child(p, "rPr")) else {
        return false;
    };
    let gone = match view {
        View::Final => ["del", "moveFrom"],
        View::Original => ["ins", "moveTo"],
    };
    gone.iter().any(|g| child(marks, g).is_some())
}

/// The paragraphs of a body (or a table cell, or a content control), as text.
fn blocks(
    node: Node<'_, '_>,
    reader: &mut Reader,
    numbering: &mut Numbering,
    out: &mut Vec<String>,
    depth: usize,
) {
    let mut run_on = String::new();
    blocks_into(node, reader, numbering, out, &mut run_on, depth);
    if !run_on.trim().is_empty() {
        out.push(run_on.trim().to_string());
    }
}

fn blocks_into(
    node: Node<'_, '_>,
    reader: &mut Reader,
    numbering: &mut Numbering,
    out: &mut Vec<String>,
    run_on: &mut String,
    depth: usize,
) {
    if depth > MAX_DEPTH {
        reader.too_deep += 1;
        return;
    }
    for c in node.children().filter(|c| c.is_element()) {
        if c.tag_name().namespace() != Some(W) {
            continue;
        }
        match c.tag_name().name() {
            "p" => {
                // In the body (not in footnotes), changes and comments note their paragraph.
                if reader.paragraph.is_some() {
                    reader.paragraph = Some(out.len());
                }
                let seen_before = reader.seen_order.len();
                let mut found = Vec::new();
                runs(c, reader, &mut found, depth + 1);
                let mut text = write_runs(&found);
                if mark_gone(c, reader.view) {
                    if text.trim().is_empty() {
                        // The paragraph is not in this reading at all: nor are its changes.
                        for at in reader.seen_order.drain(seen_before..) {
                            reader.seen.remove(&at);
                        }
                    }
                    run_on.push(' ');
                    run_on.push_str(&text);
                    continue;
                }
                if !run_on.trim().is_empty() {
                    text = format!("{} {text}", run_on.trim());
                }
                run_on.clear();
                if !text.trim().is_empty()
                    && let Some((id, level)) = numbering.of_paragraph(c)
                    && let Some(label) = numbering.label(&id, level)
                {
                    text = format!("{label} {text}");
                }
                let text = text.trim();
                if !text.is_empty() {
                    out.push(text.to_string());
                }
            }
            "tbl" | "tr" | "tc" | "sdt" | "sdtContent" | "customXml" => {
                blocks_into(c, reader, numbering, out, run_on, depth + 1)
            }
            // Whole paragraphs inserted or deleted at the level of the body.
            "ins" | "moveTo" | "del" | "moveFrom" => {
                reader.record(c);
                if change_kind(c).is_some_and(|k| k.in_final() == (reader.view == View::Final)) {
                    blocks_into(c, reader, numbering, out, run_on, depth + 1)
                }
            }
            _ => {}
        }
    }
}

/// `Symbol1` and the job number (`jobn`: `26-00248 (E)`) of the UN templates.
fn variables(settings: &roxmltree::Document<'_>) -> HashMap<String, String> {
    settings
        .descendants()
        .filter(|n| is(*n, "docVar"))
        .filter_map(|n| {
            let value = attr(n, "val")?.replace("_x000d_", "");
            Some((attr(n, "name")?.to_string(), value.trim().to_string()))
        })
        .collect()
}

fn language_of_job(job: &str) -> Option<Language> {
    let open = job.find('(')?;
    super::pdf::job_letter(job.get(open + 1..open + 2)?)?
}

/// The text of a Word file as the text parser reads it, with what the templates say, with
/// every tracked change accepted.
pub fn text_of(bytes: &[u8]) -> Result<String, ParseError> {
    let package = Package::open(bytes)?;
    let trees = package.trees()?;
    Ok(package.read(&trees, View::Final)?.text)
}

/// The parts of a Word file read as XML once, for every reading of its text: the text, its
/// footnotes, its list numbering (counters at zero) and the front matter the templates give.
struct Trees<'t> {
    document: roxmltree::Document<'t>,
    footnotes: Option<roxmltree::Document<'t>>,
    numbering: Numbering,
    /// `symbol:`, `title:` and `language:` lines for the text parser.
    front: String,
}

/// The parts of a Word file that hold its text.
struct Package {
    document: String,
    numbering: Option<String>,
    footnotes: Option<String>,
    settings: Option<String>,
    comments: Option<String>,
    styles: Option<String>,
    /// `docProps/core.xml`: the title the file's properties give, if any.
    core: Option<String>,
}

/// One reading of a Word file: the text for the text parser, where each paragraph starts
/// in it, and what the reader found.
struct Reading {
    text: String,
    starts: Vec<usize>,
    reader: Reader,
}

impl Reading {
    /// Where paragraph `index` of this reading starts in its text (the last one if it is
    /// past the end: what ends a file belongs to its last paragraph).
    fn offset(&self, index: usize) -> Option<usize> {
        self.starts.get(index).or(self.starts.last()).copied()
    }
}

impl Package {
    fn open(bytes: &[u8]) -> Result<Package, ParseError> {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(damaged)?;
        let document = part(&mut archive, "word/document.xml")?
            .ok_or_else(|| ParseError::at_file(crate::text!("read-word-no-text")))?;
        Ok(Package {
            document,
            numbering: part(&mut archive, "word/numbering.xml")?,
            footnotes: part(&mut archive, "word/footnotes.xml")?,
            settings: part(&mut archive, "word/settings.xml")?,
            comments: part(&mut archive, "word/comments.xml")?,
            styles: part(&mut archive, "word/styles.xml")?,
            core: part(&mut archive, "docProps/core.xml")?,
        })
    }

    /// Reads the parts once.
    fn trees(&self) -> Result<Trees<'_>, ParseError> {
        let mut numbering = match &self.numbering {
            Some(text) => Numbering::read(&xml(text, "word/numbering.xml")?),
            None => Numbering::default(),
        };
        if let Some(text) = &self.styles {
            numbering.read_styles(&xml(text, "word/styles.xml")?);
        }
        let footnotes = match &self.footnotes {
            Some(text) => Some(xml(text, "word/footnotes.xml")?),
            None => None,
        };
        Ok(Trees {
            document: xml(&self.document, "word/document.xml")?,
            footnotes,
            numbering,
            front: self.front_matter()?,
        })
    }

    /// What the templates' document variables and the file's properties say: the symbol,
    /// the title and the language, as front matter.
    fn front_matter(&self) -> Result<String, ParseError> {
        let mut out = String::new();
        let Some(settings) = &self.settings else {
            return Ok(out);
        };
        let vars = variables(&xml(settings, "word/settings.xml")?);
        let symbol = ["Symbol1", "sss1"]
            .iter()
            .filter_map(|k| vars.get(*k))
            .find_map(|s| crate::cite::canonical(s));
        if let Some(symbol) = symbol {
            let _ = writeln!(out, "symbol: {symbol}");
        }
        // The title: the templates' variable, else the file's properties.
        let title = vars
            .get("Title1")
            .cloned()
            .filter(|t| !t.is_empty())
            .or_else(|| self.core_title());
        if let Some(title) = title {
            let quoted: String = title
                .chars()
                .filter(|c| !c.is_control())
                .collect::<String>()
                .replace('\\', "\\\\")
                .replace('"', "\\\"");
            let _ = writeln!(out, "title: \"{quoted}\"");
        }
        if let Some(language) = ["jobn", "jobnDT", "JobNo"]
            .iter()
            .filter_map(|k| vars.get(*k))
            .find_map(|j| language_of_job(j))
        {
            let _ = writeln!(out, "language: {}", language.code());
        }
        Ok(out)
    }

    fn read(&self, trees: &Trees<'_>, view: View) -> Result<Reading, ParseError> {
        let mut numbering = trees.numbering.clone();
        let body = trees
            .document
            .root_element()
            .children()
            .find(|c| is(*c, "body"))
            .ok_or_else(|| ParseError::at_file(crate::text!("read-word-no-body")))?;
        let mut reader = Reader::new(view);
        reader.paragraph = Some(0);
        let mut paragraphs = Vec::new();
        blocks(body, &mut reader, &mut numbering, &mut paragraphs, 0);
        reader.paragraph = None;

        let mut out = format!("---\n{}", trees.front);
        out.push_str("---\n\n");
        let mut starts = Vec::with_capacity(paragraphs.len());
        for (i, p) in paragraphs.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            starts.push(out.len());
            out.push_str(p);
        }

        // Footnotes, numbered as referenced (separators, ids -1 and 0, are not notes).
        if let Some(notes) = &trees.footnotes {
            let mut bodies: HashMap<&str, String> = HashMap::new();
            for note in notes
                .root_element()
                .children()
                .filter(|n| is(*n, "footnote"))
            {
                if matches!(
                    attr(note, "type"),
                    Some("separator" | "continuationSeparator")
                ) {
                    continue;
                }
                let Some(id) = attr(note, "id") else { continue };
                // Only the notes this reading of the text refers to are read (and their
                // changes counted).
                if !reader.notes.contains_key(id) {
                    continue;
                }
                let mut lines = Vec::new();
                let mut inner = Reader::new(view);
                blocks(note, &mut inner, &mut Numbering::default(), &mut lines, 0);
                reader.too_deep += inner.too_deep;
                bodies.insert(id, lines.join(" "));
            }
            for (id, label) in &reader.order {
                if let Some(body) = bodies.get(id.as_str()) {
                    // A note with a mark of its own types the mark at its start too.
                    let body = body.trim();
                    let body = body.strip_prefix(label.as_str()).unwrap_or(body).trim();
                    let _ = write!(out, "\n\n[^{label}]: {body}");
                }
            }
        }
        out.push('\n');
        Ok(Reading {
            text: out,
            starts,
            reader,
        })
    }

    /// `dc:title` of the file's properties, when it says something.
    fn core_title(&self) -> Option<String> {
        let text = self.core.as_deref()?;
        let doc = roxmltree::Document::parse_with_options(
            text,
            roxmltree::ParsingOptions {
                allow_dtd: false,
                nodes_limit: 10_000,
                ..Default::default()
            },
        )
        .ok()?;
        let title = doc
            .descendants()
            .find(|n| n.has_tag_name(("http://purl.org/dc/elements/1.1/", "title")))?
            .text()?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        (!title.is_empty()).then_some(title)
    }

    /// Every tracked change of the text and its footnotes.
    fn changes(&self, trees: &Trees<'_>) -> Vec<Found> {
        let mut out = tracked(&trees.document, 0);
        if let Some(notes) = &trees.footnotes {
            out.extend(tracked(notes, self.document.len()));
        }
        out
    }

    /// The comments, with the paragraph each is anchored in (of the final reading).
    fn comments(&self, reading: &Reading, doc: &Document) -> Result<Vec<Comment>, ParseError> {
        let Some(text) = &self.comments else {
            return Ok(Vec::new());
        };
        let xml = xml(text, "word/comments.xml")?;
        let mut out = Vec::new();
        for node in xml.root_element().children().filter(|n| is(*n, "comment")) {
            let id = attr(node, "id").unwrap_or_default();
            let mut lines = Vec::new();
            let mut inner = Reader::new(View::Final);
            blocks(node, &mut inner, &mut Numbering::default(), &mut lines, 0);
            let anchor = reading.reader.anchors.get(id);
            let paragraph = anchor
                .and_then(|a| reading.offset(a.paragraph))
                .and_then(|offset| paragraph_at(doc, offset));
            let quote = anchor.map(|a| a.quote.split_whitespace().collect::<Vec<_>>().join(" "));
            out.push((
                anchor.map_or(usize::MAX, |a| a.paragraph),
                Comment {
                    author: attr(node, "author").unwrap_or_default().trim().to_string(),
                    date: attr(node, "date").map(|d| d.trim().to_string()),
                    paragraph,
                    quote: quote.unwrap_or_default(),
                    text: lines.join("\n"),
                },
            ));
        }
        // In the order of the text; comments on nothing last, as the file lists them.
        out.sort_by_key(|(at, _)| *at);
        Ok(out.into_iter().map(|(_, c)| c).collect())
    }
}

/// The id of the paragraph of `doc` that holds byte `offset` of the text it was read from
/// (or the first one after it).
fn paragraph_at(doc: &Document, offset: usize) -> Option<String> {
    let holding = doc.paragraphs.iter().find(|p| {
        p.source_range
            .as_ref()
            .is_some_and(|r| r.start <= offset && offset < r.end.max(r.start + 1))
    });
    holding
        .or_else(|| {
            doc.paragraphs
                .iter()
                .find(|p| p.source_range.as_ref().is_some_and(|r| r.start >= offset))
        })
        .map(|p| p.id.clone())
}

/// Reads a Word file into the document model: the text with every tracked change accepted;
/// with the text before them, each change and the comments beside it.
pub fn parse(bytes: &[u8]) -> Result<Document, ParseError> {
    let package = Package::open(bytes)?;
    let trees = package.trees()?;
    let reading = package.read(&trees, View::Final)?;
    let mut doc = super::text::parse(&reading.text)?;
    doc.format = Format::Docx;
    let found = package.changes(&trees);
    let count = found.len();
    if count > 0 {
        let before = package.read(&trees, View::Original)?;
        let mut original = super::text::parse(&before.text)?;
        original.format = Format::Docx;
        // Each reading noted the paragraph of the changes it read past.
        let place = |reading: &Reading, doc: &Document, at: usize| {
            let p = *reading.reader.seen.get(&at)?;
            paragraph_at(doc, reading.offset(p)?)
        };
        let changes = found
            .into_iter()
            .map(|f| TrackedChange {
                paragraph: place(&reading, &doc, f.at),
                original_paragraph: place(&before, &original, f.at),
                kind: f.kind,
                author: f.author,
                date: f.date,
                text: f.text,
            })
            .collect();
        doc.warnings
            .push(crate::document::Warning::new(crate::text!(
                "warning-tracked-changes",
                count = count
            )));
        doc.revisions = Some(Box::new(Revisions { original, changes }));
    }
    doc.comments = package.comments(&reading, &doc)?;
    if reading.reader.too_deep > 0 {
        doc.warnings
            .push(crate::document::Warning::new(crate::text!(
                "warning-nested-too-deep"
            )));
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_labels_follow_words_numbering() {
        assert_eq!(format_number(3, "lowerLetter"), "c");
        assert_eq!(format_number(27, "lowerLetter"), "aa");
        assert_eq!(format_number(4, "lowerRoman"), "iv");
        assert_eq!(format_number(12, "decimal"), "12");
    }

    #[test]
    fn italic_runs_are_marked() {
        let runs = vec![
            ("1. ".to_string(), false),
            ("Also ".to_string(), true),
            ("requests".to_string(), true),
            (" the Secretary-General".to_string(), false),
        ];
        assert_eq!(
            write_runs(&runs),
            "1. *Also requests* the Secretary-General"
        );
    }

    #[test]
    fn not_a_word_file() {
        assert!(!looks_like(b"%PDF-1.7"));
        assert!(parse(b"PK\x03\x04word/document.xml garbage").is_err());
    }
}
