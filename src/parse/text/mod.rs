//! Text exports of PDFs: markdown (the seed) or raw PDF text with page furniture.
//!
//! The work goes in passes, each linear in the input: split and classify lines (page
//! furniture, footnote blocks and definitions, body lines); read the cover page up to the
//! enacting formula; group body lines into paragraphs; find plain-digit footnote markers;
//! then scan each paragraph's inline markup and number it.

mod clean;
mod footnotes;
mod header;
mod inline;
mod structure;

use super::ParseError;
use crate::cite;
use crate::document::{
    Block, Body, Division, Document, Footnote, FootnoteRef, Format, Language, Paragraph,
    ParagraphKind, Part, Warning, subparagraph_id,
};
use clean::Line;
use footnotes::{Def, definition_start};
use header::HeaderLine;
use regex::Regex;
use std::collections::HashMap;
use structure::{BodyLine, Closing, Group, GroupKind, LabelKind, Layout};

/// Compiles one of the parser's fixed patterns (a unit test checks that all compile).
pub(crate) fn regex(pattern: &str) -> Option<Regex> {
    Regex::new(pattern).ok()
}

/// How much of a file content sniffing reads.
const SNIFF_BYTES: usize = 64 * 1024;

/// Whether the text reads like a UN resolution exported to text: an enacting formula in
/// one of the six languages, a resolution title line (`75/32. Title`, `Resolution 2532
/// (2020)`), or numbered paragraphs beside a UN document symbol. XML, HTML and arbitrary
/// text are not.
pub fn looks_like(text: &str) -> bool {
    let head = &text[..crate::document::char_boundary_floor(text, SNIFF_BYTES)];
    let start = head.trim_start_matches(clean::is_edge_noise);
    if start.starts_with('<') || start.starts_with('{') {
        return false;
    }
    let mut numbered = 0;
    let mut symbol = false;
    for line in head.lines() {
        let line = line.trim_matches(clean::is_edge_noise);
        if line.is_empty() {
            continue;
        }
        if header::formula(line).is_some() {
            return true;
        }
        if let Some(HeaderLine::Title { title, body, .. }) = header::header_line(line)
            && (title.is_some() || body.is_some())
        {
            return true;
        }
        if structure::label(line).is_some_and(|l| matches!(l.kind, LabelKind::Number(_))) {
            numbered += 1;
        }
        if !symbol && clean::furniture(line).is_some_and(|s| s.is_some()) {
            symbol = true;
        }
        if numbered >= 2 && symbol {
            return true;
        }
    }
    false
}

/// Lines sorted out: footnote definitions, footnote blocks and body lines.
struct Classified {
    defs: Vec<Def>,
    blocks: Vec<footnotes::Block>,
    body: Vec<BodyLine>,
    /// Symbols printed in running heads and footers, in order.
    symbols: Vec<String>,
}

fn classify(lines: &[Line<'_>]) -> Classified {
    let has_furniture = lines.iter().any(|l| clean::furniture(l.text).is_some());
    let mut out = Classified {
        defs: Vec::new(),
        blocks: Vec::new(),
        body: Vec::new(),
        symbols: Vec::new(),
    };
    let mut in_block: Option<usize> = None;
    let mut blank_in_block = false;
    // A markdown definition that indented lines continue.
    let mut open_markdown_def = false;
    let mut sep = false;
    let mut interrupted = false;
    let mut last_plain: Option<u32> = None;
    for (idx, line) in lines.iter().enumerate() {
        let text = line.text;
        if text.is_empty() || (clean::is_thematic_break(text) && !clean::is_footnote_rule(text)) {
            blank_in_block |= in_block.is_some();
            sep = true;
            continue;
        }
        if let Some(symbol) = clean::furniture(text) {
            if let Some(symbol) = symbol {
                out.symbols.push(symbol.to_string());
            }
            in_block = None;
            interrupted = true;
            continue;
        }
        if clean::is_footnote_rule(text) {
            out.blocks.push(footnotes::Block {
                first: idx,
                last: idx,
            });
            in_block = Some(out.blocks.len() - 1);
            blank_in_block = false;
            interrupted = true;
            continue;
        }
        if let Some(b) = in_block {
            if !structure::starts_paragraph(text) {
                if let Some((marker, rest, plain)) = definition_start(text, true, last_plain) {
                    if plain {
                        last_plain = marker.parse().ok();
                    }
                    push_def(&mut out.defs, line, marker, rest, Some(b), plain);
                    if let Some(block) = out.blocks.get_mut(b) {
                        block.last = idx;
                    }
                    blank_in_block = false;
                    continue;
                }
                let last_def = out.defs.last_mut().filter(|d| d.block == Some(b));
                if let Some(def) = last_def
                    && !blank_in_block
                    && header::formula(text).is_none()
                    && (has_furniture || !clean::ends_complete(&def.raw))
                {
                    clean::join_line(&mut def.raw, text);
                    def.range.end = line.end;
                    if let Some(block) = out.blocks.get_mut(b) {
                        block.last = idx;
                    }
                    continue;
                }
            }
            in_block = None;
        }
        if let Some((marker, rest, plain)) = definition_start(text, false, last_plain) {
            open_markdown_def = text.starts_with("[^");
            push_def(&mut out.defs, line, marker, rest, None, plain);
            interrupted = true;
            continue;
        }
        if open_markdown_def && line.indented {
            if let Some(def) = out.defs.last_mut() {
                clean::join_line(&mut def.raw, text);
                def.range.end = line.end;
            }
            continue;
        }
        open_markdown_def = false;
        out.body.push(BodyLine {
            idx,
            sep,
            interrupted,
        });
        sep = false;
        interrupted = false;
    }
    out
}

fn push_def(
    defs: &mut Vec<Def>,
    line: &Line<'_>,
    marker: String,
    rest: usize,
    block: Option<usize>,
    plain: bool,
) {
    defs.push(Def {
        marker,
        raw: line.text.get(rest..).unwrap_or_default().to_string(),
        range: line.start..line.end,
        line: line.number,
        block,
        plain,
    });
}

/// What the cover page said, before it is written into the metadata.
#[derive(Default)]
struct Cover {
    symbol: Option<String>,
    body: Option<Body>,
    number: Option<String>,
    title: Option<String>,
    draft: bool,
}

/// Reads cover-page lines into the metadata; lines it does not recognize become warnings
/// and front-matter paragraphs.
fn read_header(
    lines: &[Line<'_>],
    header_lines: &[BodyLine],
    doc: &mut Document,
    cover: &mut Cover,
) -> Vec<Group> {
    #[derive(PartialEq)]
    enum After {
        Nothing,
        Agenda,
        Title,
        Draft,
    }
    let mut after = After::Nothing;
    let mut unknown = Vec::new();
    // A date on a line of its own next to an adoption line without one.
    let mut last_date: Option<String> = None;
    let mut wants_date = false;
    let mut adoption_line: Option<&str> = None;
    for bl in header_lines {
        let Some(line) = lines.get(bl.idx) else {
            continue;
        };
        let Some(recognized) = header::header_line(line.text) else {
            // An adoption line wrapped before its date (`... celebrada el 10 de` /
            // `enero de 2020`).
            if wants_date
                && let Some(adoption) = &adoption_line
                && let Some((_, iso)) = header::find_date(&format!("{adoption} {}", line.text))
            {
                doc.meta.adopted = Some(iso);
                wants_date = false;
                continue;
            }
            match after {
                After::Agenda => {}
                After::Title | After::Draft => {
                    let title = cover.title.get_or_insert_with(String::new);
                    clean::join_line(title, &strip_markdown(line.text));
                }
                After::Nothing => {
                    doc.warnings.push(Warning::at_line(
                        format!(
                            "text before the enacting formula is not part of a cover page: \"{}\"",
                            preview(line.text)
                        ),
                        line.number,
                    ));
                    unknown.push(Group {
                        kind: GroupKind::Text,
                        raw: line.text.to_string(),
                        pieces: vec![(0, bl.idx)],
                        range: line.start..line.end,
                        line: line.number,
                    });
                }
            }
            continue;
        };
        after = After::Nothing;
        let previous_date = last_date.take();
        match recognized {
            HeaderLine::Furniture { symbol, body, date } => {
                if cover.symbol.is_none() {
                    cover.symbol = symbol;
                }
                cover.body = cover.body.or(body);
                if wants_date && date.is_some() {
                    doc.meta.adopted = date.clone();
                }
                last_date = date;
                wants_date = false;
            }
            HeaderLine::Session { text, number } => {
                doc.meta.session_text = Some(text);
                doc.meta.session = doc.meta.session.or(number);
            }
            HeaderLine::AgendaItem(item) => {
                doc.meta.agenda_items.push(item);
                after = After::Agenda;
            }
            HeaderLine::Committee => {}
            HeaderLine::Adoption {
                date,
                meeting,
                body,
            } => {
                wants_date = date.is_none() && previous_date.is_none();
                adoption_line = Some(line.text);
                doc.meta.adopted = date.or(previous_date);
                if meeting.is_some() {
                    doc.meta.meeting = meeting;
                }
                cover.body = cover.body.or(body);
            }
            HeaderLine::Report {
                committee_report,
                draft_symbol,
            } => {
                doc.meta.committee_report = doc.meta.committee_report.take().or(committee_report);
                doc.meta.draft_symbol = doc.meta.draft_symbol.take().or(draft_symbol);
            }
            HeaderLine::Title {
                number,
                title,
                body,
            } => {
                cover.number = Some(number);
                cover.title = title;
                cover.body = cover.body.or(body);
                after = After::Title;
            }
            HeaderLine::DraftMarker => {
                cover.draft = true;
                after = After::Draft;
            }
        }
    }
    unknown
}

fn strip_markdown(text: &str) -> String {
    inline::scan(text, &[]).text
}

fn preview(text: &str) -> String {
    let end = crate::document::char_boundary_floor(text, 60);
    if end < text.len() {
        format!("{}…", &text[..end])
    } else {
        text.to_string()
    }
}

/// Parses a text export.
pub fn parse(text: &str) -> Result<Document, ParseError> {
    let lines = clean::split_lines(text);
    let classified = classify(&lines);
    let mut doc = Document::new(Format::Text);
    let mut cover = Cover::default();

    // The cover page ends at the enacting formula; without one, at the first line that is
    // not a cover-page line.
    let formula_at = classified.body.iter().position(|bl| {
        lines
            .get(bl.idx)
            .is_some_and(|l| header::formula(l.text).is_some())
    });
    let formula = formula_at
        .and_then(|i| classified.body.get(i))
        .and_then(|bl| lines.get(bl.idx))
        .and_then(|l| header::formula(l.text).map(|f| (f, l.text)));
    let (header_lines, body_lines) = match formula_at {
        Some(i) => (
            classified.body.get(..i).unwrap_or_default(),
            classified.body.get(i + 1..).unwrap_or_default(),
        ),
        None => {
            let end = classified
                .body
                .iter()
                .position(|bl| {
                    lines
                        .get(bl.idx)
                        .is_none_or(|l| header::header_line(l.text).is_none())
                })
                .unwrap_or(classified.body.len());
            classified.body.split_at(end)
        }
    };
    let front = read_header(&lines, header_lines, &mut doc, &mut cover);
    if let Some((f, printed)) = formula {
        doc.formula = Some(strip_markdown(printed));
        cover.body = Some(f.body);
    }

    let language = header::detect_language(
        &body_sample(&lines, body_lines),
        formula.map(|(f, _)| f.language),
    );
    let layout = Layout::measure(&lines, body_lines, language);
    let mut closing = Closing::default();
    let groups = structure::group(&lines, body_lines, layout, &mut closing);
    let plain = footnotes::plain_markers(&groups, &classified.defs, &classified.blocks);

    fill_metadata(&mut doc, &cover, &classified.symbols, language, closing);
    let ctx = cite::Context {
        body: doc.meta.body,
        language,
    };
    let mut builder = Builder::new(&classified.defs, ctx, formula.is_some());
    for group in front {
        builder.front(&mut doc, group);
    }
    for (group, markers) in groups.into_iter().zip(plain) {
        builder.add(&mut doc, group, &markers);
    }
    builder.finish(&mut doc);

    let body_paragraphs = doc
        .paragraphs
        .iter()
        .filter(|p| p.part != Part::Front)
        .count();
    let numbered = doc
        .paragraphs
        .iter()
        .any(|p| p.kind != ParagraphKind::Other);
    if body_paragraphs == 0 {
        let reason = match (&doc.formula, lines.iter().any(|l| !l.text.is_empty())) {
            (_, false) => "is empty".to_string(),
            (Some(formula), _) => {
                format!("has no paragraphs after the enacting formula \"{formula}\"")
            }
            (None, _) => "has no resolution paragraphs".to_string(),
        };
        return Err(ParseError::at(reason, None, None));
    }
    if !numbered && doc.formula.is_none() && doc.meta.number.is_none() && doc.meta.symbol.is_none()
    {
        return Err(ParseError::at(
            "does not read like a resolution: no enacting formula, title or numbered paragraphs",
            None,
            None,
        ));
    }
    super::finish(&mut doc);
    Ok(doc)
}

/// The start of the body, for language detection.
fn body_sample(lines: &[Line<'_>], body: &[BodyLine]) -> String {
    let mut sample = String::new();
    for bl in body {
        if sample.len() > 16 * 1024 {
            break;
        }
        if let Some(line) = lines.get(bl.idx) {
            sample.push_str(line.text);
            sample.push('\n');
        }
    }
    sample
}

fn fill_metadata(
    doc: &mut Document,
    cover: &Cover,
    symbols: &[String],
    language: Option<Language>,
    closing: Closing,
) {
    let meta = &mut doc.meta;
    meta.language = language;
    meta.number = cover.number.clone();
    meta.title = cover.title.clone().filter(|t| !t.is_empty());
    // The symbol printed most often in the running heads.
    let footer_symbol = {
        let mut counts: Vec<(&String, usize)> = Vec::new();
        for s in symbols {
            match counts.iter_mut().find(|(x, _)| *x == s) {
                Some((_, n)) => *n += 1,
                None => counts.push((s, 1)),
            }
        }
        counts
            .into_iter()
            .max_by_key(|&(_, n)| n)
            .map(|(s, _)| s.clone())
    };
    let body = cover.body.or_else(|| {
        let symbol = cover.symbol.as_ref().or(footer_symbol.as_ref())?;
        Some(if symbol.starts_with("A/HRC/") {
            Body::HumanRightsCouncil
        } else if symbol.starts_with("S/") {
            Body::SecurityCouncil
        } else if symbol.starts_with("E/") {
            Body::EconomicAndSocialCouncil
        } else {
            Body::GeneralAssembly
        })
    });
    let body = body.or_else(|| cover.number.as_ref().map(|_| Body::GeneralAssembly));
    meta.body = body;
    let derived = cover.number.as_ref().map(|number| match body {
        Some(Body::SecurityCouncil) => format!("S/RES/{number}"),
        Some(Body::HumanRightsCouncil) => format!("A/HRC/RES/{number}"),
        Some(Body::EconomicAndSocialCouncil) => format!("E/RES/{number}"),
        _ => format!("A/RES/{number}"),
    });
    meta.symbol = cover.symbol.clone().or(footer_symbol).or(derived);
    let symbol_is_draft = meta
        .symbol
        .as_deref()
        .is_some_and(|s| s.contains("/L.") || s.contains("/L/"));
    meta.is_draft = cover.draft || symbol_is_draft;
    if meta.is_draft && meta.draft_symbol.is_none() {
        meta.draft_symbol = meta.symbol.clone();
    }
    if meta.session.is_none()
        && let Some(number) = &cover.number
    {
        meta.session = match body {
            // `2532 (2020)`: the year.
            Some(Body::SecurityCouncil) => number
                .split_once('(')
                .and_then(|(_, y)| y.trim_end_matches(')').trim().parse().ok()),
            _ => number.split('/').next().and_then(|s| s.trim().parse().ok()),
        };
    }
    if meta.adopted.is_none() {
        meta.adopted = closing.adopted;
    }
    if meta.meeting.is_none() {
        meta.meeting = closing.meeting;
    }
}

/// Numbers paragraphs and attaches footnotes as groups come in.
struct Builder<'a> {
    defs: &'a [Def],
    ctx: cite::Context,
    has_formula: bool,
    /// Footnote index of each definition; how often each was referenced.
    referenced: Vec<usize>,
    by_marker: HashMap<&'a str, Vec<usize>>,
    part: Part,
    division: usize,
    pp: u32,
    /// Operative numbers already used as ids.
    used_ops: std::collections::HashSet<u32>,
    op_count: u32,
    expected_op: u32,
    /// The paragraph sub-paragraphs attach to: id and reference.
    top: Option<(String, String)>,
    /// Current depth-1 item under `top`: id, reference, count so far, last ordinal, roman.
    level1: Option<(String, String)>,
    level1_count: u32,
    level1_last: u32,
    level1_roman: bool,
    level2_count: u32,
    others: u32,
    division_paragraphs: u32,
    section: Option<usize>,
}

impl<'a> Builder<'a> {
    fn new(defs: &'a [Def], ctx: cite::Context, has_formula: bool) -> Self {
        let mut by_marker: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, d) in defs.iter().enumerate() {
            by_marker.entry(d.marker.as_str()).or_default().push(i);
        }
        Builder {
            defs,
            ctx,
            has_formula,
            referenced: vec![0; defs.len()],
            by_marker,
            part: Part::Preamble,
            division: 0,
            pp: 0,
            used_ops: Default::default(),
            op_count: 0,
            expected_op: 1,
            top: None,
            level1: None,
            level1_count: 0,
            level1_last: 0,
            level1_roman: false,
            level2_count: 0,
            others: 0,
            division_paragraphs: 0,
            section: None,
        }
    }

    /// An unrecognized line of the cover page.
    fn front(&mut self, doc: &mut Document, group: Group) {
        self.others += 1;
        let id = format!("front-p{}", self.others);
        let mut p = self.paragraph(doc, &group, &[], id, ParagraphKind::Other, Part::Front);
        p.reference = p.id.clone();
        doc.paragraphs.push(p);
    }

    fn add(&mut self, doc: &mut Document, group: Group, plain: &[std::ops::Range<usize>]) {
        match group.kind.clone() {
            GroupKind::Annex(label) => {
                let n = doc.divisions.len();
                let id = if n == 1 {
                    "annex".to_string()
                } else {
                    format!("annex-{n}")
                };
                doc.divisions.push(Division {
                    id: id.clone(),
                    label: label.clone(),
                    title: None,
                });
                self.division = n;
                self.part = Part::Annex;
                self.division_paragraphs = 0;
                self.top = None;
                self.level1 = None;
                let mut p = Paragraph::new(
                    format!("{id}-heading"),
                    ParagraphKind::Other,
                    Part::Annex,
                    label,
                );
                p.block = Block::Heading { level: 1 };
                p.division = n;
                p.source_range = Some(group.range.clone());
                p.reference = p.id.clone();
                self.section = Some(doc.paragraphs.len());
                doc.paragraphs.push(p);
            }
            GroupKind::Heading(level) => {
                let id = self.other_id(doc);
                let part = self.part;
                let mut p = self.paragraph(doc, &group, plain, id, ParagraphKind::Other, part);
                p.block = Block::Heading { level };
                p.section = None;
                p.reference = p.id.clone();
                // A title right after an annex heading names the annex.
                if let Some(division) = doc.divisions.get_mut(self.division)
                    && self.division > 0
                    && division.title.is_none()
                    && self.division_paragraphs == 1
                {
                    division.title = Some(p.text.clone());
                }
                self.section = Some(doc.paragraphs.len());
                doc.paragraphs.push(p);
            }
            GroupKind::Labelled(label) => self.labelled(doc, &group, plain, label),
            GroupKind::Text => {
                let in_annex = self.part == Part::Annex;
                let preambular = !in_annex
                    && self.part == Part::Preamble
                    && (self.has_formula || ends_like_preamble(&group.raw));
                if preambular {
                    self.pp += 1;
                    let id = format!("pp{}", self.pp);
                    let mut p = self.paragraph(
                        doc,
                        &group,
                        plain,
                        id,
                        ParagraphKind::Preambular,
                        Part::Preamble,
                    );
                    p.reference = format!("PP{}", self.pp);
                    self.top = Some((p.id.clone(), p.reference.clone()));
                    self.level1 = None;
                    self.level1_count = 0;
                    doc.paragraphs.push(p);
                } else {
                    let id = self.other_id(doc);
                    let part =
                        if self.part == Part::Preamble && !self.has_formula && self.op_count == 0 {
                            Part::Front
                        } else {
                            self.part
                        };
                    let mut p = self.paragraph(doc, &group, plain, id, ParagraphKind::Other, part);
                    p.reference = p.id.clone();
                    doc.paragraphs.push(p);
                }
            }
        }
    }

    fn other_id(&mut self, doc: &Document) -> String {
        if self.part == Part::Annex {
            self.division_paragraphs += 1;
            let div = doc
                .divisions
                .get(self.division)
                .map_or("annex", |d| d.id.as_str());
            format!("{div}-p{}", self.division_paragraphs)
        } else {
            self.others += 1;
            format!("p{}", self.others)
        }
    }

    fn labelled(
        &mut self,
        doc: &mut Document,
        group: &Group,
        plain: &[std::ops::Range<usize>],
        label: structure::Label,
    ) {
        if self.part == Part::Annex {
            let id = self.other_id(doc);
            let mut p = self.paragraph(doc, group, plain, id, ParagraphKind::Other, Part::Annex);
            p.reference = p.id.clone();
            p.number = Some(label.printed.clone());
            p.depth = match label.kind {
                LabelKind::Number(_) => 0,
                _ => 1,
            };
            doc.paragraphs.push(p);
            return;
        }
        match label.kind {
            LabelKind::Number(n) => {
                self.part = Part::Operative;
                self.op_count += 1;
                if n != self.expected_op {
                    doc.warnings.push(Warning::at_line(
                        format!(
                            "numbering gap: operative paragraph {n} follows {}",
                            self.expected_op.saturating_sub(1)
                        ),
                        group.line,
                    ));
                }
                self.expected_op = n + 1;
                let id_number = if self.used_ops.insert(n) {
                    n
                } else {
                    let mut k = self.op_count;
                    while !self.used_ops.insert(k) {
                        k += 1;
                    }
                    k
                };
                let id = format!("op{id_number}");
                let mut p = self.paragraph(
                    doc,
                    group,
                    plain,
                    id,
                    ParagraphKind::Operative,
                    Part::Operative,
                );
                p.reference = format!("OP{id_number}");
                p.number = Some(label.printed.clone());
                if p.text.is_empty() {
                    doc.warnings.push(Warning::at_line(
                        format!("operative paragraph {n} has no text"),
                        group.line,
                    ));
                }
                self.top = Some((p.id.clone(), p.reference.clone()));
                self.level1 = None;
                self.level1_count = 0;
                self.level1_last = 0;
                self.level1_roman = false;
                doc.paragraphs.push(p);
            }
            kind => {
                let Some((top_id, top_ref)) = self.top.clone() else {
                    // A lettered paragraph with nothing to belong to.
                    let id = self.other_id(doc);
                    let part = self.part;
                    let mut p = self.paragraph(doc, group, plain, id, ParagraphKind::Other, part);
                    p.reference = p.id.clone();
                    p.number = Some(label.printed.clone());
                    doc.paragraphs.push(p);
                    return;
                };
                let has_level1 = self.level1.is_some();
                // (depth, printed ordinal)
                let (depth, ordinal) = match kind {
                    LabelKind::Letter(o) => (1, o),
                    LabelKind::Roman(r) => {
                        if has_level1 && !self.level1_roman {
                            (2, r)
                        } else {
                            (1, r)
                        }
                    }
                    LabelKind::Ambiguous { letter, roman } => {
                        if has_level1 && !self.level1_roman && self.level1_last + 1 == letter {
                            (1, letter)
                        } else if has_level1 && !self.level1_roman {
                            (2, roman)
                        } else {
                            (1, roman)
                        }
                    }
                    LabelKind::Number(_) => (1, 0),
                };
                let core = label.core.clone();
                // A label that is not the next in its list (`(c)` after `(a)`).
                let gap = |count, under: &str| {
                    (ordinal != count).then(|| {
                        Warning::at_line(
                            format!(
                                "numbering gap: sub-paragraph {} is number {count} under {under}",
                                label.printed
                            ),
                            group.line,
                        )
                    })
                };
                let (id, reference, parent) = if depth == 1 {
                    self.level1_count += 1;
                    doc.warnings.extend(gap(self.level1_count, &top_ref));
                    self.level1_last = ordinal;
                    self.level1_roman = matches!(kind, LabelKind::Roman(_))
                        || matches!(kind, LabelKind::Ambiguous { .. })
                            && ordinal == 1
                            && self.level1_count == 1;
                    self.level2_count = 0;
                    let id = subparagraph_id(&top_id, 1, self.level1_count);
                    let reference = format!("{top_ref}({core})");
                    self.level1 = Some((id.clone(), reference.clone()));
                    (id, reference, top_id)
                } else {
                    let (l1_id, l1_ref) = self.level1.clone().unwrap_or((top_id, top_ref));
                    self.level2_count += 1;
                    doc.warnings.extend(gap(self.level2_count, &l1_ref));
                    let id = subparagraph_id(&l1_id, 2, self.level2_count);
                    (id, format!("{l1_ref}({core})"), l1_id)
                };
                let part = self.part;
                let mut p =
                    self.paragraph(doc, group, plain, id, ParagraphKind::Subparagraph, part);
                p.reference = reference;
                p.number = Some(label.printed.clone());
                p.parent = Some(parent);
                p.depth = depth;
                doc.paragraphs.push(p);
            }
        }
    }

    /// A paragraph with its text, styles, footnote references and citations.
    fn paragraph(
        &mut self,
        doc: &mut Document,
        group: &Group,
        plain: &[std::ops::Range<usize>],
        id: String,
        kind: ParagraphKind,
        part: Part,
    ) -> Paragraph {
        let scanned = inline::scan(&group.raw, plain);
        let mut p = Paragraph::new(id, kind, part, scanned.text);
        p.styles = scanned.styles;
        p.source_range = Some(group.range.clone());
        p.division = self.division;
        p.section = self.section;
        for (offset, marker) in scanned.markers {
            match self.resolve(&marker) {
                Some(footnote) => p.footnote_refs.push(FootnoteRef {
                    marker,
                    offset,
                    footnote,
                }),
                None => doc.warnings.push(Warning::at_line(
                    format!("footnote marker {marker} has no footnote"),
                    group.line,
                )),
            }
        }
        p.citations = cite::find(&p.text, &self.ctx);
        p
    }

    /// The definition a marker points to: the first with that marker not yet used.
    fn resolve(&mut self, marker: &str) -> Option<usize> {
        let candidates = self.by_marker.get(marker)?;
        let chosen = candidates
            .iter()
            .copied()
            .find(|&i| self.referenced.get(i) == Some(&0))
            .or_else(|| candidates.first().copied())?;
        if let Some(count) = self.referenced.get_mut(chosen) {
            *count += 1;
        }
        Some(chosen)
    }

    /// Writes the footnotes, with the paragraphs that reference them.
    fn finish(self, doc: &mut Document) {
        let mut footnotes: Vec<Footnote> = self
            .defs
            .iter()
            .map(|def| {
                let scanned = inline::scan(&def.raw, &[]);
                let citations = cite::find(&scanned.text, &self.ctx);
                Footnote {
                    marker: def.marker.clone(),
                    text: scanned.text,
                    styles: scanned.styles,
                    citations,
                    referenced_from: Vec::new(),
                }
            })
            .collect();
        for p in &doc.paragraphs {
            for r in &p.footnote_refs {
                if let Some(f) = footnotes.get_mut(r.footnote)
                    && !f.referenced_from.contains(&p.id)
                {
                    f.referenced_from.push(p.id.clone());
                }
            }
        }
        for (def, count) in self.defs.iter().zip(&self.referenced) {
            if *count == 0 {
                doc.warnings.push(Warning::at_line(
                    format!("footnote {} is never referenced", def.marker),
                    def.line,
                ));
            }
        }
        doc.footnotes = footnotes;
    }
}

/// Without a formula, an unnumbered paragraph is preambular when it ends as preambular
/// paragraphs do.
fn ends_like_preamble(raw: &str) -> bool {
    let t = raw.trim_end();
    t.ends_with([',', '，', '،', ';', '；', '؛'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffing() {
        assert!(!looks_like("hello world"));
        assert!(!looks_like("<?xml version=\"1.0\"?><akomaNtoso/>"));
        assert!(!looks_like(
            "<html><body>The General Assembly,</body></html>"
        ));
        assert!(looks_like("\n\nThe General Assembly,\n\nRecalling x,\n"));
        assert!(looks_like("大会，\n回顾"));
        assert!(looks_like("75/32. Advancing responsible State behaviour"));
        assert!(looks_like("Resolution 2532 (2020)\n"));
        assert!(looks_like(
            "1. Takes note\n2. Decides\n23-21227 9/9A/C.3/78/L.41"
        ));
        assert!(!looks_like("1. Buy milk\n2. Call home\n"));
    }

    #[test]
    fn patterns_compile() {
        assert!(regex(clean::SYMBOL).is_some());
        // Each lazily compiled pattern is exercised by the module tests; this one checks
        // that a broken pattern is reported as None rather than a panic.
        assert!(regex("(").is_none());
    }
}
