//! Text exports of PDFs: markdown (the seed, exports with YAML front matter) or raw PDF
//! text with page furniture.
//!
//! The work goes in passes, each linear in the input: read any front matter (metadata, not
//! text); split and classify lines (page furniture and running heads, footnote blocks and
//! definitions, body lines); read the cover page up to the enacting formula; group body
//! lines into paragraphs (splitting lines where the export ran numbered paragraphs on);
//! restore numbers the export lost; find plain-digit footnote markers; then scan each
//! paragraph's inline markup and number it.

mod clean;
mod footnotes;
mod front_matter;
mod header;
mod inline;
mod structure;

use super::ParseError;
use crate::cite;
use crate::document::{
    Block, Body, Division, Document, Footnote, FootnoteRef, Format, Language, Paragraph,
    ParagraphKind, Part, Warning, letter_label, roman_label, subparagraph_id,
};
use clean::Line;
use footnotes::{Def, definition_start};
use header::HeaderLine;
use regex::Regex;
use std::collections::{HashMap, HashSet};
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

/// Sorts the lines from `start` (after any front matter). `heads` recognizes running heads
/// after line `heads_after` (the enacting formula), which go with the page furniture.
fn classify(
    lines: &[Line<'_>],
    start: usize,
    heads_after: usize,
    heads: &clean::RunningHeads,
) -> Classified {
    let has_furniture = lines
        .iter()
        .skip(start)
        .any(|l| clean::furniture(l.text).is_some());
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
    // The last body line was an annex heading: a title after it names the annex.
    let mut after_annex = false;
    for (idx, line) in lines.iter().enumerate().skip(start) {
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
        // A running head: after a page break (furniture, or a blank line with another
        // after it), never the title an annex heading is followed by.
        let next_blank = lines
            .get(idx + 1)
            .is_none_or(|l| l.text.is_empty() || clean::furniture(l.text).is_some());
        if idx > heads_after
            && !after_annex
            && (interrupted || (sep && next_blank))
            && heads.is_head(text)
        {
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
            if open_markdown_def
                && let Some(def) = out.defs.last_mut()
                && continues_definition(def, &marker)
            {
                // A footnote continued after a page break, which the export took for a
                // footnote of its own (`[^1994]: (United Nations publication…`).
                clean::join_line(&mut def.raw, &marker);
                clean::join_line(&mut def.raw, text.get(rest..).unwrap_or_default());
                def.range.end = line.end;
            } else {
                push_def(&mut out.defs, line, marker, rest, None, plain);
            }
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
        after_annex = structure::annex_heading(text).is_some();
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

/// Whether a markdown definition labelled `marker` is the rest of `previous`, cut by a page
/// break: the previous footnote stops mid-sentence and the label does not go on with the
/// footnotes' numbers (`[^10]: …, Cairo, 5–13 September` then `[^1994]: (United Nations…`).
fn continues_definition(previous: &Def, marker: &str) -> bool {
    let (Some(last), Ok(label)) = (previous.number(), marker.parse::<u32>()) else {
        return false;
    };
    previous.block.is_none()
        && !previous.plain
        && label != last + 1
        && label > last
        && !clean::ends_complete(&previous.raw)
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
        if let Some((session, agenda)) = header::session_and_agenda(line.text) {
            if let HeaderLine::Session { text, number } = session {
                doc.meta.session_text = Some(text);
                doc.meta.session = doc.meta.session.or(number);
            }
            if let HeaderLine::AgendaItem(item) = agenda {
                doc.meta.agenda_items.push(item);
            }
            after = After::Agenda;
            last_date = None;
            continue;
        }
        let recognized = header::header_line(line.text);
        // The title of an agenda item runs on over lines that may look like cover lines of
        // their own (`United Nations and on the Strengthening of…`, `Report of the …`).
        if after == After::Agenda
            && matches!(
                recognized,
                Some(
                    HeaderLine::Committee
                        | HeaderLine::Session { number: None, .. }
                        | HeaderLine::Furniture {
                            symbol: None,
                            date: None,
                            ..
                        }
                ) | None
            )
            && !header::is_language_name(line.text)
        {
            continue;
        }
        let Some(recognized) = recognized else {
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
                        crate::text!("warning-text-before-formula", text = preview(line.text)),
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

/// The title printed in the cover page (`80/2. Scale of assessments…`), looked for before
/// the enacting formula, and the index of the formula's line (running heads come after it).
fn printed_title(lines: &[Line<'_>], start: usize) -> (Option<String>, Option<usize>) {
    let mut title = None;
    for (idx, line) in lines.iter().enumerate().skip(start).take(200) {
        if header::formula(line.text).is_some() {
            return (title, Some(idx));
        }
        if title.is_none()
            && let Some(HeaderLine::Title {
                title: Some(printed),
                ..
            }) = header::header_line(line.text)
        {
            title = Some(strip_markdown(&printed));
        }
    }
    (title, None)
}

/// Parses a text export.
pub fn parse(text: &str) -> Result<Document, ParseError> {
    let lines = clean::split_lines(text);
    let front_matter = front_matter::read(&lines);
    let start = front_matter.as_ref().map_or(0, |f| f.end);
    let (printed, formula_line) = printed_title(&lines, start);
    let heads = clean::RunningHeads::new(
        printed
            .iter()
            .chain(front_matter.iter().flat_map(|f| f.title.iter()))
            .map(String::as_str),
    );
    let classified = classify(&lines, start, formula_line.unwrap_or(start), &heads);
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
                    lines.get(bl.idx).is_none_or(|l| {
                        header::header_line(l.text).is_none()
                            && header::session_and_agenda(l.text).is_none()
                    })
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

    let language = front_matter.as_ref().and_then(|f| f.language).or_else(|| {
        header::detect_language(
            &body_sample(&lines, body_lines),
            formula.map(|(f, _)| f.language),
        )
    });
    let layout = Layout::measure(&lines, body_lines, language);
    let mut closing = Closing::default();
    let mut groups = structure::group(&lines, body_lines, layout, &mut closing);
    for (line, message) in structure::restore_lost_numbers(&mut groups, &lines) {
        doc.warnings.push(Warning::at_line(message, line));
    }
    let plain = footnotes::plain_markers(&groups, &classified.defs, &classified.blocks);

    fill_metadata(&mut doc, &cover, &classified.symbols, language, closing);
    if let Some(fm) = &front_matter {
        apply_front_matter(&mut doc, fm);
    }
    let ctx = cite::Context {
        body: doc.meta.body,
        language,
    };
    let shape = Shape::of(&groups);
    let mut builder = Builder::new(&classified.defs, ctx, formula.is_some(), shape);
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
            (_, false) => crate::text!("read-empty"),
            (Some(formula), _) => {
                crate::text!("read-no-paragraphs-after-formula", formula = formula)
            }
            (None, _) => crate::text!("read-no-paragraphs"),
        };
        return Err(ParseError::at(reason, None, None));
    }
    if !numbered && doc.formula.is_none() && doc.meta.number.is_none() && doc.meta.symbol.is_none()
    {
        return Err(ParseError::at_file(crate::text!(
            "read-not-like-a-resolution"
        )));
    }
    super::finish(&mut doc);
    Ok(doc)
}

/// What the exporter's metadata says, over what the text shows: the symbol, the full title
/// (the cover page's title line may be cut to its first line) and the language. Its date is
/// the date the library records (often the issue date, a day or more after adoption): the
/// adoption date printed in the cover page or closing lines wins, and the recorded date only
/// stands in where the text gives none.
fn apply_front_matter(doc: &mut Document, fm: &front_matter::FrontMatter) {
    let meta = &mut doc.meta;
    if let Some(symbol) = &fm.symbol {
        meta.symbol = Some(symbol.clone());
        if meta.body.is_none() {
            meta.body = Some(if symbol.starts_with("S/") {
                Body::SecurityCouncil
            } else if symbol.starts_with("A/HRC/") {
                Body::HumanRightsCouncil
            } else if symbol.starts_with("E/") {
                Body::EconomicAndSocialCouncil
            } else {
                Body::GeneralAssembly
            });
        }
        let draft = symbol.contains("/L.");
        meta.is_draft = meta.is_draft || draft;
        if draft && meta.draft_symbol.is_none() {
            meta.draft_symbol = Some(symbol.clone());
        }
    }
    if let Some(title) = &fm.title {
        meta.title = Some(title.clone());
    }
    if let Some(language) = fm.language {
        meta.language = Some(language);
    }
    if meta.adopted.is_none() {
        meta.adopted = fm.date.clone();
    }
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

/// What the groups show of the document's shape before any of them is named.
#[derive(Clone, Copy, Debug, Default)]
struct Shape {
    /// The resolution itself (before any annex) numbers paragraphs.
    main_numbered: bool,
    /// How many annexes there are (references name the annex when there are several).
    annexes: usize,
}

impl Shape {
    fn of(groups: &[Group]) -> Shape {
        let mut shape = Shape::default();
        for g in groups {
            match &g.kind {
                GroupKind::Annex { .. } => shape.annexes += 1,
                GroupKind::Labelled(label)
                    if shape.annexes == 0 && matches!(label.kind, LabelKind::Number(_)) =>
                {
                    shape.main_numbered = true;
                }
                _ => {}
            }
        }
        shape
    }
}

/// Numbers paragraphs and attaches footnotes as groups come in.
struct Builder<'a> {
    defs: &'a [Def],
    ctx: cite::Context,
    has_formula: bool,
    shape: Shape,
    /// Footnote index of each definition; how often each was referenced.
    referenced: Vec<usize>,
    by_marker: HashMap<&'a str, Vec<usize>>,
    part: Part,
    division: usize,
    /// Annexes seen so far.
    annex_ordinal: u32,
    pp: u32,
    /// Operative numbers already used as ids.
    used_ops: HashSet<u32>,
    /// Ids of numbered annex paragraphs already used.
    used_annex: HashSet<String>,
    op_count: u32,
    expected_op: u32,
    expected_annex: u32,
    /// The paragraph sub-paragraphs attach to: id and reference.
    top: Option<(String, String)>,
    /// Current depth-1 item under `top`: id, reference, count so far, last ordinal, roman.
    level1: Option<(String, String)>,
    level1_count: u32,
    level1_last: u32,
    level1_roman: bool,
    level2_count: u32,
    /// The last sub-paragraph ends with a colon: unlabelled lines after it are what it
    /// introduces (`(b) … the following themes:` then `Panel 1: …`), printed as text.
    sub_chapeau: bool,
    others: u32,
    division_paragraphs: u32,
    section: Option<usize>,
    /// The last paragraph opened a list (`… we commit to:`, or a chapeau cut off by the
    /// export) or was an item of one that goes on: unlabelled text after it is its next item.
    list_open: bool,
    /// The last paragraph was a numbered operative paragraph ending with `;`: more operative
    /// paragraphs follow, so unnumbered text after it is one whose number was lost.
    after_op_semicolon: bool,
}

impl<'a> Builder<'a> {
    fn new(defs: &'a [Def], ctx: cite::Context, has_formula: bool, shape: Shape) -> Self {
        let mut by_marker: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, d) in defs.iter().enumerate() {
            by_marker.entry(d.marker.as_str()).or_default().push(i);
        }
        Builder {
            defs,
            ctx,
            has_formula,
            shape,
            referenced: vec![0; defs.len()],
            by_marker,
            part: Part::Preamble,
            division: 0,
            annex_ordinal: 0,
            pp: 0,
            used_ops: HashSet::new(),
            used_annex: HashSet::new(),
            op_count: 0,
            expected_op: 1,
            expected_annex: 1,
            top: None,
            level1: None,
            level1_count: 0,
            level1_last: 0,
            level1_roman: false,
            level2_count: 0,
            sub_chapeau: false,
            others: 0,
            division_paragraphs: 0,
            section: None,
            list_open: false,
            after_op_semicolon: false,
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
            GroupKind::Annex { label, title } => {
                let n = doc.divisions.len();
                let id = if n == 1 {
                    "annex".to_string()
                } else {
                    format!("annex-{n}")
                };
                doc.divisions.push(Division {
                    id: id.clone(),
                    label: label.clone(),
                    title,
                });
                self.division = n;
                self.annex_ordinal += 1;
                self.part = Part::Annex;
                self.division_paragraphs = 0;
                self.expected_annex = 1;
                self.top = None;
                self.level1 = None;
                self.list_open = false;
                self.after_op_semicolon = false;
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
                self.list_open = false;
                self.after_op_semicolon = false;
                doc.paragraphs.push(p);
            }
            GroupKind::Labelled(label) => self.labelled(doc, &group, plain, label),
            GroupKind::Text => self.text(doc, &group, plain),
        }
    }

    /// Unlabelled text: an item of an open list, an operative paragraph whose number the
    /// export lost, a preambular paragraph, the one unnumbered operative paragraph, or text.
    fn text(&mut self, doc: &mut Document, group: &Group, plain: &[std::ops::Range<usize>]) {
        // After lettered items, text that goes on in lower case is the rest of the sentence
        // that introduced them (`(e) …; and to consider how …`), not another item.
        let wrap_up = self.level1_count > 0
            && group
                .raw
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if self.list_open && self.sub_chapeau && !wrap_up {
            let part = self.part;
            self.other(doc, group, plain, part, 2);
            return;
        }
        if self.list_open && self.top.is_some() && !wrap_up {
            self.unlabelled_sub(doc, group, plain);
            return;
        }
        // A section's number (`IV`), alone or with its title, is no paragraph whose number
        // was lost.
        let raw = group.raw.trim();
        let section_heading = raw.split_whitespace().next().is_some_and(|first| {
            first.chars().all(|c| "IVXLC".contains(c)) && structure::bare_section_label(first)
        }) && !matches!(clean::final_punct(raw), Some('.' | ';' | ',' | ':'));
        if wrap_up || section_heading {
            self.list_open = false;
            self.after_op_semicolon = false;
            let part = self.part;
            self.other(doc, group, plain, part, 0);
            return;
        }
        if self.part == Part::Operative && self.after_op_semicolon {
            let n = self.expected_op;
            doc.warnings.push(Warning::at_line(
                crate::text!(
                    "warning-operative-unnumbered",
                    number = n,
                    previous = n.saturating_sub(1)
                ),
                group.line,
            ));
            self.operative(doc, group, plain, n, None);
            return;
        }
        self.list_open = false;
        self.after_op_semicolon = false;
        let in_annex = self.part == Part::Annex;
        // Preambular paragraphs end with a comma; a resolution that numbers nothing has its
        // one operative paragraph unnumbered, ending with a full stop (`Adopts the
        // declaration annexed to the present resolution.`).
        if !in_annex
            && self.part == Part::Preamble
            && self.has_formula
            && !self.shape.main_numbered
            && self.op_count == 0
            && clean::final_punct(&group.raw).is_some_and(|c| matches!(c, '.' | '。'))
        {
            let n = self.op_count + 1;
            self.operative(doc, group, plain, n, None);
            return;
        }
        // `Resolves that:`, `Decides:`: the chapeau of the numbered paragraphs after the
        // preamble, not one of its paragraphs; where nothing is numbered, the one operative
        // paragraph, whose items follow (A/RES/78/329).
        let chapeau = self.part == Part::Preamble
            && self.has_formula
            && clean::final_punct(&group.raw).is_some_and(|c| matches!(c, ':' | '：'))
            && group.raw.split_whitespace().count() <= 4;
        if chapeau && !self.shape.main_numbered && self.op_count == 0 {
            let n = self.op_count + 1;
            self.operative(doc, group, plain, n, None);
            self.list_open = true;
            return;
        }
        let preambular = !in_annex
            && !chapeau
            && self.part == Part::Preamble
            && (self.has_formula || ends_like_preamble(&group.raw));
        if preambular {
            self.pp += 1;
            let id = format!("pp{}", self.pp);
            let mut p = self.paragraph(
                doc,
                group,
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
            let part = if self.part == Part::Preamble && !self.has_formula && self.op_count == 0 {
                Part::Front
            } else {
                self.part
            };
            self.other(doc, group, plain, part, 0);
        }
    }

    /// Text that is no numbered paragraph, at `depth` (2 for lines under a sub-paragraph).
    fn other(
        &mut self,
        doc: &mut Document,
        group: &Group,
        plain: &[std::ops::Range<usize>],
        part: Part,
        depth: u8,
    ) {
        let id = self.other_id(doc);
        let mut p = self.paragraph(doc, group, plain, id, ParagraphKind::Other, part);
        p.reference = p.id.clone();
        p.depth = depth;
        doc.paragraphs.push(p);
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

    /// An operative paragraph known by `n`: printed so, or (`printed` None) read from its
    /// place when the export printed no number.
    fn operative(
        &mut self,
        doc: &mut Document,
        group: &Group,
        plain: &[std::ops::Range<usize>],
        n: u32,
        printed: Option<String>,
    ) {
        self.part = Part::Operative;
        self.op_count += 1;
        if printed.is_some() {
            numbering_gap(doc, group, "warning-operative-gap", n, self.expected_op);
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
        p.number = printed;
        if p.text.is_empty() {
            doc.warnings.push(Warning::at_line(
                crate::text!("warning-operative-no-text", number = n),
                group.line,
            ));
        }
        self.opened(&group.raw, true);
        self.top = Some((p.id.clone(), p.reference.clone()));
        doc.paragraphs.push(p);
    }

    /// A numbered paragraph of an annex: `Annex 12` (`Annex II 12` where there are several).
    fn annex_paragraph(
        &mut self,
        doc: &mut Document,
        group: &Group,
        plain: &[std::ops::Range<usize>],
        n: u32,
        printed: Option<String>,
    ) {
        if printed.is_some() {
            numbering_gap(doc, group, "warning-annex-gap", n, self.expected_annex);
        }
        self.expected_annex = n + 1;
        let div = doc
            .divisions
            .get(self.division)
            .map_or_else(|| "annex".to_string(), |d| d.id.clone());
        let mut id = format!("{div}-{n}");
        let mut k = 1;
        while !self.used_annex.insert(id.clone()) {
            k += 1;
            id = format!("{div}-{n}-{k}");
        }
        let reference = if self.shape.annexes > 1 {
            format!(
                "Annex {} {n}",
                roman_label(self.annex_ordinal.max(1)).to_uppercase()
            )
        } else {
            format!("Annex {n}")
        };
        let mut p = self.paragraph(doc, group, plain, id, ParagraphKind::Annex, Part::Annex);
        p.reference = reference;
        p.number = printed;
        self.opened(&group.raw, false);
        self.top = Some((p.id.clone(), p.reference.clone()));
        doc.paragraphs.push(p);
    }

    /// After a numbered paragraph: what may follow it, and sub-paragraphs start afresh.
    fn opened(&mut self, raw: &str, operative: bool) {
        let last = clean::final_punct(raw);
        self.list_open = matches!(last, None | Some(':' | '：'));
        self.after_op_semicolon = operative && matches!(last, Some(';' | '；'));
        self.level1 = None;
        self.level1_count = 0;
        self.level1_last = 0;
        self.level1_roman = false;
        self.sub_chapeau = false;
    }

    /// Text in a list whose labels the export lost: the next item, lettered by its place.
    fn unlabelled_sub(
        &mut self,
        doc: &mut Document,
        group: &Group,
        plain: &[std::ops::Range<usize>],
    ) {
        let Some((top_id, top_ref)) = self.top.clone() else {
            return;
        };
        self.level1_count += 1;
        self.level1_last = self.level1_count;
        self.level1_roman = false;
        self.level2_count = 0;
        let id = subparagraph_id(&top_id, 1, self.level1_count);
        let reference = format!("{top_ref}({})", letter_label(self.level1_count));
        self.level1 = Some((id.clone(), reference.clone()));
        let part = self.part;
        let mut p = self.paragraph(doc, group, plain, id, ParagraphKind::Subparagraph, part);
        p.reference = reference;
        p.parent = Some(top_id);
        p.depth = 1;
        self.list_goes_on(&group.raw);
        doc.paragraphs.push(p);
    }

    /// After an item of a list: the list goes on unless the item ends with a full stop, or,
    /// in the preamble, with the comma that ends a preambular paragraph (A/RES/78/228:
    /// `(f) To foster cooperation …,` then `Recalling its resolutions …`).
    fn list_goes_on(&mut self, raw: &str) {
        let last = clean::final_punct(raw);
        let preamble_ends = self.part == Part::Preamble && matches!(last, Some(',' | '，' | '،'));
        self.list_open = !matches!(last, Some('.' | '。')) && !preamble_ends;
        self.after_op_semicolon = false;
    }

    fn labelled(
        &mut self,
        doc: &mut Document,
        group: &Group,
        plain: &[std::ops::Range<usize>],
        label: structure::Label,
    ) {
        // A number the export lost is known from its place; it has no printed form.
        let printed = Some(label.printed.clone()).filter(|p| !p.is_empty());
        if let LabelKind::Number(n) = label.kind {
            if self.part == Part::Annex {
                self.annex_paragraph(doc, group, plain, n, printed);
            } else {
                self.operative(doc, group, plain, n, printed);
            }
            return;
        }
        let Some((top_id, top_ref)) = self.top.clone() else {
            // A lettered paragraph with nothing to belong to.
            let id = self.other_id(doc);
            let part = self.part;
            let mut p = self.paragraph(doc, group, plain, id, ParagraphKind::Other, part);
            p.reference = p.id.clone();
            p.number = printed;
            self.list_open = false;
            self.after_op_semicolon = false;
            doc.paragraphs.push(p);
            return;
        };
        let has_level1 = self.level1.is_some();
        let kind = label.kind;
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
                    crate::text!(
                        "warning-subparagraph-gap",
                        label = &label.printed,
                        position = count,
                        paragraph = under
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
        let mut p = self.paragraph(doc, group, plain, id, ParagraphKind::Subparagraph, part);
        p.reference = reference;
        p.number = printed;
        p.parent = Some(parent);
        p.depth = depth;
        self.list_goes_on(&group.raw);
        self.sub_chapeau = matches!(clean::final_punct(&group.raw), Some(':' | '：'));
        doc.paragraphs.push(p);
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
                    crate::text!("warning-marker-without-footnote", marker = &marker),
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
                    crate::text!("warning-footnote-unreferenced", marker = &def.marker),
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

/// A printed number that is not the one expected (`numbering gap: operative paragraph 5
/// follows 3`); `key` says of which paragraphs.
fn numbering_gap(doc: &mut Document, group: &Group, key: &'static str, n: u32, expected: u32) {
    if n != expected {
        doc.warnings.push(Warning::at_line(
            crate::text!(key, number = n, previous = expected.saturating_sub(1)),
            group.line,
        ));
    }
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

    fn refs(doc: &Document) -> Vec<(&str, ParagraphKind, Option<&str>)> {
        doc.paragraphs
            .iter()
            .map(|p| (p.reference.as_str(), p.kind, p.number.as_deref()))
            .collect()
    }

    #[test]
    fn front_matter_and_running_heads_are_no_paragraphs() {
        let input = "---\nsymbol: A/RES/80/99\nrecord_id: \"1\"\n\
                     title: \"Widgets and their uses in the world :\"\ndate: \"2025-10-15\"\n\
                     language: EN\nextract_version: \"1.3.0\"\n---\n\n\
                     United Nations\n\nGeneral Assembly Distr.: General 15 October 2025\n\n\
                     Eightieth session Agenda item 12 Widgets\n\n\
                     80/99. Widgets and their uses in the\n\nThe General Assembly,\n\n\
                     Recalling its resolution 79/1 on widgets and their\n\n\
                     Widgets and their uses in the\n\nuses in the world,\n\n\
                     Noting the report of the Secretary-General,1\n\n\
                     1. Decides to remain seized of the matter.\n\n\
                     12th plenary meeting 14 October 2025\n\n---\n\n[^1]: A/80/1.\n";
        assert!(looks_like(input));
        let doc = parse(input).unwrap();
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Recalling its resolution 79/1 on widgets and their uses in the world,",
                "Noting the report of the Secretary-General,",
                "Decides to remain seized of the matter.",
            ]
        );
        let m = &doc.meta;
        assert_eq!(m.symbol.as_deref(), Some("A/RES/80/99"));
        assert_eq!(
            m.title.as_deref(),
            Some("Widgets and their uses in the world")
        );
        assert_eq!(m.language, Some(Language::En));
        // The printed adoption date, not the date the library records.
        assert_eq!(m.adopted.as_deref(), Some("2025-10-14"));
        assert_eq!(m.meeting.as_deref(), Some("12th plenary meeting"));
        assert_eq!(m.session, Some(80));
        assert_eq!(m.agenda_items, ["Agenda item 12"]);
        assert_eq!(doc.footnotes[0].referenced_from, ["pp2"]);
        assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    }

    #[test]
    fn a_declaration_in_an_annex() {
        let input = "The General Assembly\n\n\
                     Adopts the declaration annexed to the present resolution.\n\n\
                     Annex\n\nDeclaration on widgets\n\n\
                     1. We gather here, recalling the Widget Convention, 1 the Gadget Protocol 2 and the Charter.\n\
                     2. We welcome the widget agenda of the We note the progress made.3 4. We commit to:\n\n\
                     Building widgets,\n\nfor all;\n\n\
                     Sharing widgets with the\n\nUnited Nations system;\n\n\
                     (c) Keeping widgets safe.\n\n\
                     ---\n\n[^1]: First.\n\n[^2]: Second.\n\n[^3]: Third.\n";
        let doc = parse(input).unwrap();
        use ParagraphKind::*;
        assert_eq!(
            refs(&doc),
            [
                ("OP1", Operative, None),
                ("annex-heading", Other, None),
                ("annex-p1", Other, None),
                ("Annex 1", Annex, Some("1")),
                ("Annex 2", Annex, Some("2")),
                ("Annex 3", Annex, None),
                ("Annex 4", Annex, Some("4")),
                ("Annex 4(a)", Subparagraph, None),
                ("Annex 4(b)", Subparagraph, None),
                ("Annex 4(c)", Subparagraph, Some("(c)")),
            ]
        );
        assert_eq!(doc.formula.as_deref(), Some("The General Assembly"));
        assert_eq!(
            doc.divisions[1].title.as_deref(),
            Some("Declaration on widgets")
        );
        let text = |id: &str| doc.paragraph(id).map(|p| p.text.as_str());
        assert_eq!(text("annex-2"), Some("We welcome the widget agenda of the"));
        assert_eq!(text("annex-3"), Some("We note the progress made."));
        assert_eq!(text("annex-4a"), Some("Building widgets, for all;"));
        assert_eq!(
            text("annex-4b"),
            Some("Sharing widgets with the United Nations system;")
        );
        assert_eq!(
            text("annex-1"),
            Some(
                "We gather here, recalling the Widget Convention, the Gadget Protocol and the Charter."
            )
        );
        let cited: Vec<&str> = doc
            .footnotes
            .iter()
            .flat_map(|f| f.referenced_from.iter().map(String::as_str))
            .collect();
        assert_eq!(cited, ["annex-1", "annex-1", "annex-3"]);
        let messages: Vec<&str> = doc.warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(
            messages,
            ["paragraph 3 has no number; it is read from where its text begins"]
        );
    }

    #[test]
    fn numbers_and_footnotes_the_export_lost() {
        let input = "The General Assembly,\n\nRecalling its resolutions,1\n\n\
                     1. Decides to act;\n\nRequests the Secretary-General to report.\n\n\
                     ---\n\n[^1]: Report of the Conference, Cairo, 5–13 September\n\
                     [^1994]: (United Nations publication), annex.\n\n[^3]: Never cited.\n";
        let doc = parse(input).unwrap();
        let op2 = doc.paragraph("op2").unwrap();
        assert_eq!(op2.number, None);
        assert_eq!(op2.reference, "OP2");
        assert_eq!(doc.footnotes.len(), 2);
        assert_eq!(
            doc.footnotes[0].text,
            "Report of the Conference, Cairo, 5–13 September 1994 (United Nations publication), annex."
        );
        // A footnote that ends is not continued by the next, whatever its number.
        assert_eq!(doc.footnotes[1].marker, "3");
        let messages: Vec<&str> = doc.warnings.iter().map(|w| w.message.as_str()).collect();
        assert!(
            messages[0].starts_with("operative paragraph 2 has no number"),
            "{messages:?}"
        );
        assert!(
            messages.contains(&"footnote 3 is never referenced"),
            "{messages:?}"
        );
    }

    #[test]
    fn patterns_compile() {
        assert!(regex(clean::SYMBOL).is_some());
        // Each lazily compiled pattern is exercised by the module tests; this one checks
        // that a broken pattern is reported as None rather than a panic.
        assert!(regex("(").is_none());
    }
}
