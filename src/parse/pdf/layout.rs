//! From glyphs to the text of a resolution: lines by baseline, footnote markers by size and
//! height, page furniture dropped (running heads, job numbers, barcodes, page numbers),
//! footnote bodies gathered from the foot of each page, and lines joined into paragraphs by
//! the spacing and indentation Word gives them. The result is the same plain text with
//! `[^n]` footnotes that the text parser reads from exports of PDFs.

use super::glyphs::{Glyph, Page};
use crate::document::{Language, PageArea};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

/// What the pages say, as text, with what the page furniture told about the document.
#[derive(Debug, Default)]
pub struct Extracted {
    /// Paragraphs separated by blank lines, then footnote definitions (`[^1]: …`).
    pub text: String,
    /// The symbol printed at the top of the first page (`A/RES/80/12`).
    pub symbol: Option<String>,
    /// The language letter of the job number in the footer (`25-19970 (E)`).
    pub language: Option<Language>,
    /// How many glyphs carried no Unicode text (a font the PDF gives no map for).
    pub unknown_glyphs: usize,
    pub visible_glyphs: usize,
    /// Where each piece of `text` is printed: a byte range of the body text and the area
    /// of the page its line covers, in reading order.
    pub areas: Vec<(Range<usize>, PageArea)>,
}

/// A printed asterisk, until it is known whether it calls a note (see [`star_notes`]).
const STAR: char = '\u{E000}';

/// A line of one page: its glyphs left to right.
#[derive(Debug)]
struct Line {
    page: usize,
    /// The baseline of its body-sized glyphs.
    y: f32,
    /// The size of most of its glyphs.
    size: f32,
    /// Where its first visible glyph starts.
    x: f32,
    glyphs: Vec<Glyph>,
}

impl Line {
    /// The part of the page the line covers, as a reader shows the page.
    fn area(&self, page: &Page) -> PageArea {
        let visible = || self.glyphs.iter().filter(|g| !g.text.trim().is_empty());
        let right = visible()
            .map(|g| g.x + 0.55 * g.size)
            .fold(self.x, f32::max);
        let (top, bottom) = (self.y + 0.85 * self.size, self.y - 0.3 * self.size);
        let corners = [
            (self.x, top),
            (right, top),
            (self.x, bottom),
            (right, bottom),
        ]
        .map(|(x, y)| page.shown_at(x, y));
        let min = |f: fn(&(f32, f32)) -> f32| corners.iter().map(f).fold(f32::MAX, f32::min);
        let max = |f: fn(&(f32, f32)) -> f32| corners.iter().map(f).fold(f32::MIN, f32::max);
        PageArea {
            page: self.page,
            rect: [
                min(|p| p.0).clamp(0.0, 1.0),
                min(|p| p.1).clamp(0.0, 1.0),
                max(|p| p.0).clamp(0.0, 1.0),
                max(|p| p.1).clamp(0.0, 1.0),
            ],
        }
    }

    fn is_marker(&self, g: &Glyph) -> bool {
        // Smaller and raised: 6.5 pt over 10 pt text (0.65), 6.48 pt over 8 pt notes (0.81).
        let raised = g.y - self.y;
        g.size < 0.85 * self.size && raised > 0.15 * self.size && raised < 0.8 * self.size
    }

    /// The text, with footnote markers written `[^n]`. `start_marker` is set when the line
    /// starts with a marker (a footnote's own number at the foot of the page).
    fn text(&self) -> (String, Option<String>) {
        let mut out = String::new();
        let mut marker = String::new();
        let mut start_marker = None;
        let mut seen_text = false;
        let mut prev: Option<&Glyph> = None;
        let flush =
            |marker: &mut String, out: &mut String, seen_text: bool, start: &mut Option<String>| {
                if marker.is_empty() {
                    return;
                }
                // `1`, `10, 11`, or the `*` of a note on the title or the sponsors.
                let mut labels: Vec<String> = marker
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|n| n.parse::<u32>().is_ok())
                    .map(str::to_string)
                    .collect();
                let stars = marker.trim();
                if labels.is_empty() && !stars.is_empty() && stars.chars().all(|c| c == '*') {
                    labels.push(stars.to_string());
                }
                if !seen_text && labels.len() == 1 {
                    *start = labels.pop();
                } else if labels.is_empty() {
                    out.push_str(marker);
                } else {
                    for label in labels {
                        let _ = write!(out, "[^{label}]");
                    }
                }
                marker.clear();
            };
        // Italic runs are written `*…*`, as the text parser reads emphasis.
        let mut italic = false;
        let close = |out: &mut String, italic: &mut bool| {
            if *italic {
                // Before the spaces that follow the run (linear: only those move).
                let spaces = out.len() - out.trim_end_matches(' ').len();
                out.truncate(out.len() - spaces);
                out.push('*');
                out.extend(std::iter::repeat_n(' ', spaces));
                *italic = false;
            }
        };
        for g in &self.glyphs {
            if self.is_marker(g) {
                marker.push_str(&g.text);
                prev = Some(g);
                continue;
            }
            let visible = !g.text.trim().is_empty();
            if visible && !g.italic {
                close(&mut out, &mut italic);
            }
            flush(&mut marker, &mut out, seen_text, &mut start_marker);
            if let Some(p) = prev
                && needs_space(p, g)
                && !out.ends_with(' ')
                && !g.text.starts_with(' ')
            {
                out.push(' ');
            }
            if visible && g.italic && !italic {
                out.push('*');
                italic = true;
            }
            for c in g.text.chars() {
                if c == '\u{a0}' || c == '\t' {
                    out.push(' ');
                } else if c == '*' {
                    // Set apart from the `*` of italics: it may call a note (`Palau:*`).
                    out.push(STAR);
                } else if !c.is_control() {
                    out.push(c);
                }
            }
            if !g.text.trim().is_empty() {
                seen_text = true;
            }
            prev = Some(g);
        }
        close(&mut out, &mut italic);
        flush(&mut marker, &mut out, seen_text, &mut start_marker);
        (collapse(&out), start_marker)
    }
}

/// Whether the gap between two glyphs is a space the PDF does not draw (a tab, or text
/// placed by position).
fn needs_space(prev: &Glyph, next: &Glyph) -> bool {
    let c = prev.text.chars().next().unwrap_or(' ');
    let width = if crate::document::script::is_cjk(c) || "MWmw@%—".contains(c) {
        1.0
    } else if c.is_uppercase() {
        0.75
    } else {
        0.55
    };
    next.x - prev.x > prev.size * (width + 0.45)
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Groups a page's glyphs into lines, top to bottom.
fn lines_of(page_index: usize, page: &Page) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for g in &page.glyphs {
        if g.size < 2.0 {
            continue;
        }
        let joins = lines.last().is_some_and(|line| {
            let size = line.size.max(g.size);
            let last_x = line.glyphs.last().map_or(g.x, |l| l.x);
            (g.y - line.y).abs() < 0.55 * size && g.x > last_x - 2.0 * size
        });
        if !joins {
            lines.push(Line {
                page: page_index,
                y: g.y,
                size: g.size,
                x: f32::MAX,
                glyphs: Vec::new(),
            });
        }
        if let Some(line) = lines.last_mut() {
            if g.size > line.size + 0.5 {
                line.size = g.size;
                line.y = g.y;
            }
            line.glyphs.push(g.clone());
        }
    }
    // Pieces of one line drawn apart (a word placed after the rest of its line) are one
    // line: top to bottom, and pieces on one baseline joined.
    lines.sort_by(|a, b| b.y.total_cmp(&a.y));
    let mut merged: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        match merged.last_mut() {
            Some(last)
                if (last.y - line.y).abs() < 0.3 * last.size.max(line.size)
                    && (last.size - line.size).abs() < 1.5 =>
            {
                last.glyphs.extend(line.glyphs);
            }
            _ => merged.push(line),
        }
    }
    let mut lines = merged;
    for line in &mut lines {
        line.glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
        let size = dominant_size(&line.glyphs);
        line.size = size;
        if let Some(base) = line
            .glyphs
            .iter()
            .filter(|g| (g.size - size).abs() < 0.5 && !g.text.trim().is_empty())
            .map(|g| g.y)
            .min_by(f32::total_cmp)
        {
            line.y = base;
        }
        line.x = line
            .glyphs
            .iter()
            .find(|g| !g.text.trim().is_empty())
            .map_or(f32::MAX, |g| g.x);
    }
    lines.retain(|l| l.x < f32::MAX);
    lines
}

/// The size most glyphs have (by count, to the half point).
fn dominant_size<'g>(glyphs: impl IntoIterator<Item = &'g Glyph>) -> f32 {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for g in glyphs.into_iter().filter(|g| !g.text.trim().is_empty()) {
        *counts.entry((g.size * 2.0).round() as i32).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(size, n)| (n, size))
        .map_or(10.0, |(size, _)| size as f32 / 2.0)
}

/// `25-19970 (E)`: the job number, with the language letter.
fn job_number(text: &str) -> Option<Option<Language>> {
    let t = text.trim();
    let bytes = t.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        bytes
            .get(r)
            .is_some_and(|b| b.iter().all(u8::is_ascii_digit))
    };
    if !(digits(0..2) && bytes.get(2) == Some(&b'-') && digits(3..8)) {
        return None;
    }
    let rest = t[8..].trim();
    if rest.is_empty() {
        return Some(None);
    }
    // `23-24979 (E) 201223`: the date of processing may follow.
    let rest = rest.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let letter = rest.strip_prefix('(')?.strip_suffix(')')?.trim();
    let language = job_letter(letter)?;
    Some(language)
}

/// The language of a job number's letter (`E` in `25-19970 (E)`).
pub(crate) fn job_letter(letter: &str) -> Option<Option<Language>> {
    let upper = letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_uppercase());
    upper
        .then(|| Language::from_code(letter))
        .flatten()
        .map(Some)
}

/// Page furniture: a barcode (`*2519970*`), a job number (`25-19970 (E) 201223`), a page
/// number (`2/4`), the recycling note, or several of them on one baseline
/// (`2/4 25-19970`).
fn is_furniture(text: &str) -> bool {
    let t = text.trim();
    if t == "Please recycle" {
        return true;
    }
    let token = |w: &str| {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
        let barcode = w.len() > 2
            && w.starts_with('*')
            && w.ends_with('*')
            && w[1..w.len() - 1].bytes().all(|c| c.is_ascii_digit());
        let page_number = w
            .split_once('/')
            .is_some_and(|(a, b)| digits(a) && digits(b));
        let job = job_number(w).is_some();
        let language = matches!(w, "(E)" | "(F)" | "(S)" | "(R)" | "(C)" | "(A)");
        let date = w.len() == 6 && digits(w);
        barcode || page_number || job || language || date
    };
    !t.is_empty() && t.split_whitespace().all(token)
}

/// `Annex`, `Annex II`, `Appendix 2`: the heading of an annex, on a line of its own (at the
/// top of a page, where nothing else tells it from the text before).
fn is_annex_heading(text: &str) -> bool {
    let t = text.trim().replace('*', "");
    let mut words = t.split_whitespace();
    let first = words.next().unwrap_or_default();
    let number = words.next();
    words.next().is_none()
        && matches!(first, "Annex" | "Appendix" | "Enclosure" | "Attachment")
        && number.is_none_or(|n| {
            n.chars().all(|c| "IVXL".contains(c)) || n.chars().all(|c| c.is_ascii_digit())
        })
}

/// `I`, `IV.`, `A`, `B.`: a section's number printed on a line of its own.
fn is_section_number(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    let roman = !t.is_empty() && t.len() <= 6 && t.chars().all(|c| "IVXLC".contains(c));
    let letter = t.len() == 1 && t.chars().all(|c| c.is_ascii_uppercase());
    roman || letter
}

/// The symbol at the end of the first page's top line (`United Nations A/RES/80/12`,
/// `A/C.1/80/L.28`, `S/RES/2719 (2024)`), and whether it is the whole line.
fn header_symbol(text: &str) -> Option<(String, bool)> {
    let t = text.trim();
    let symbol = crate::cite::find(t, &crate::cite::Context::default())
        .into_iter()
        .find(|c| c.range.end >= t.len().saturating_sub(1))?;
    Some((symbol.symbol, symbol.range.start == 0))
}

/// The text of a PDF's pages.
pub fn extract(pages: &[Page]) -> Extracted {
    let mut out = Extracted::default();
    let mut all: Vec<Line> = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        all.extend(lines_of(i, page));
    }
    for page in pages {
        for g in &page.glyphs {
            if g.text.chars().any(|c| !c.is_whitespace()) {
                out.visible_glyphs += 1;
                if g.text == "\u{FFFD}" {
                    out.unknown_glyphs += 1;
                }
            }
        }
    }
    let body_size = dominant_size(all.iter().flat_map(|l| &l.glyphs));
    // Furniture, running heads and the first page's symbol.
    let mut kept: Vec<(Line, String, Option<String>)> = Vec::new();
    let mut rules: HashMap<usize, f32> = HashMap::new();
    for line in all {
        let (text, start_marker) = line.text();
        if text.is_empty() {
            continue;
        }
        // Furniture is recognised from the glyphs as drawn (a barcode is `*2519970*`).
        let drawn: String = line.glyphs.iter().map(|g| g.text.as_str()).collect();
        let drawn = collapse(&drawn);
        if let Some(language) = job_number(&drawn) {
            if out.language.is_none() {
                out.language = language;
            }
            continue;
        }
        if is_furniture(&drawn) {
            continue;
        }
        // The short rule above the footnotes, drawn with underscores.
        if drawn.chars().all(|c| c == '_' || c == ' ') {
            let rule = rules.entry(line.page).or_insert(line.y);
            *rule = rule.max(line.y);
            continue;
        }
        let height = pages.get(line.page).map_or(792.0, |p| p.height);
        let top = line.y > 0.9 * height;
        if line.page == 0
            && top
            && out.symbol.is_none()
            && line.size > body_size * 1.3
            && let Some((symbol, whole)) = header_symbol(&drawn)
        {
            out.symbol = Some(symbol);
            if whole {
                continue;
            }
        }
        if line.page > 0 && top {
            continue;
        }
        kept.push((line, text, start_marker));
    }
    // Footnotes: lines below the rule (whatever their size: some files print them in the
    // size of the text); on a page without a rule, small lines below its text.
    let below_rule = |line: &Line| rules.get(&line.page).is_some_and(|&rule| line.y < rule);
    let mut lowest_body: HashMap<usize, f32> = HashMap::new();
    for (line, _, _) in &kept {
        if line.size >= body_size * 0.9 && !below_rule(line) {
            let low = lowest_body.entry(line.page).or_insert(f32::MAX);
            *low = low.min(line.y);
        }
    }
    let mut notes: Vec<(String, String)> = Vec::new();
    let mut body: Vec<(Line, String)> = Vec::new();
    for (line, text, start_marker) in kept {
        let below_text = lowest_body
            .get(&line.page)
            .is_some_and(|&low| line.y < low - 1.0)
            && line.size < body_size * 0.9;
        if below_rule(&line) || below_text {
            // A note on the sponsors or the title, called by a printed asterisk (`* On
            // behalf of the States Members …`), not a raised one.
            let (start_marker, text) = match start_marker {
                None if text.starts_with(STAR) => {
                    let rest = text.trim_start_matches(STAR);
                    let stars = "*".repeat((text.len() - rest.len()) / STAR.len_utf8());
                    (Some(stars), rest.trim_start().to_string())
                }
                other => (other, text),
            };
            match start_marker {
                Some(n) => notes.push((n, text)),
                None => match notes.last_mut() {
                    Some((_, note)) => {
                        note.push(' ');
                        note.push_str(&text);
                    }
                    None => body.push((line, text)),
                },
            }
            continue;
        }
        body.push((line, text));
    }
    star_notes(&mut body, &notes);
    let (text, pieces) = paragraphs(&body, body_size);
    out.text = text;
    out.areas = pieces
        .into_iter()
        .filter_map(|(range, i)| {
            let line = &body[i].0;
            Some((range, line.area(pages.get(line.page)?)))
        })
        .collect();
    for (n, note) in notes {
        let note = note.replace(STAR, "*");
        let _ = write!(out.text, "\n\n[^{n}]: {note}");
    }
    out.text.push('\n');
    out
}

/// The printed asterisks of the body lines: the first run of as many stars as a note's
/// marker that follows a word (`Palau:*`, `Burundi,*`) calls that note (a note on the
/// sponsors or the title); the others are text.
fn star_notes(body: &mut [(Line, String)], notes: &[(String, String)]) {
    for (marker, _) in notes {
        if marker.is_empty() || !marker.chars().all(|c| c == '*') {
            continue;
        }
        let run: String = std::iter::repeat_n(STAR, marker.len()).collect();
        let call = body.iter_mut().find_map(|(_, text)| {
            let at = text.match_indices(&run).map(|(i, _)| i).find(|&i| {
                let before = text[..i].chars().next_back();
                let after = text[i + run.len()..].chars().next();
                before.is_some_and(|c| !c.is_whitespace() && c != STAR)
                    && after.is_none_or(|c| c != STAR)
            })?;
            Some((text, at))
        });
        if let Some((text, at)) = call {
            text.replace_range(at..at + run.len(), &format!("[^{marker}]"));
        }
    }
    for (_, text) in body.iter_mut() {
        if text.contains(STAR) {
            *text = text.replace(STAR, "*");
        }
    }
}

/// Whether a line ends where Word broke a hyphenated word (`Secretary-` / `General`): the
/// next line goes on without a space.
fn hyphen_break(before: &str, next: &str) -> bool {
    let mut tail = before.chars().rev();
    let hyphen = tail
        .next()
        .is_some_and(|c| matches!(c, '-' | '\u{2010}' | '\u{2011}'));
    hyphen
        && tail.next().is_some_and(char::is_alphabetic)
        && next.chars().next().is_some_and(char::is_alphabetic)
}

/// Joins body lines into paragraphs: a new one where the gap above is larger than the line
/// spacing, or where the line does not start at the page's left margin (a first-line
/// indent, a number in the margin, a centred heading). With the text, where each line's
/// text went: its byte range and its index in `body`.
fn paragraphs(body: &[(Line, String)], body_size: f32) -> (String, Vec<(Range<usize>, usize)>) {
    // The left margin: where most body lines of the document start (nested lists start
    // further right; a heading or a number hangs left of it). A page none of whose lines
    // starts there (mirrored margins) has its own, where most of its lines start.
    let mut margins: HashMap<usize, f32> = HashMap::new();
    {
        let mut doc_starts: HashMap<i32, usize> = HashMap::new();
        let mut page_starts: HashMap<usize, HashMap<i32, usize>> = HashMap::new();
        for (line, _) in body {
            if (line.size - body_size).abs() < 1.0 {
                let x = line.x.round() as i32;
                *doc_starts.entry(x).or_default() += 1;
                *page_starts
                    .entry(line.page)
                    .or_default()
                    .entry(x)
                    .or_default() += 1;
            }
        }
        let mode = |counts: &HashMap<i32, usize>| {
            counts
                .iter()
                .max_by_key(|&(&x, &n)| (n, -x))
                .map(|(&x, _)| x)
        };
        let doc_margin = mode(&doc_starts);
        for (page, counts) in &page_starts {
            let at_doc_margin =
                doc_margin.is_some_and(|m| counts.keys().any(|&x| (x - m).abs() <= 2));
            let margin = if at_doc_margin {
                doc_margin
            } else {
                mode(counts)
            };
            if let Some(m) = margin {
                margins.insert(*page, m as f32);
            }
        }
    }
    // The spacing of lines within a paragraph: the most usual gap between two lines of the
    // body's size that follow each other on a page. A paragraph starts where the gap is
    // clearly larger (a text set double-spaced has only its indents to tell).
    let line_gap = {
        let mut counts: HashMap<i32, usize> = HashMap::new();
        for pair in body.windows(2) {
            let (a, b) = (&pair[0].0, &pair[1].0);
            if a.page == b.page
                && (a.size - body_size).abs() < 1.0
                && (b.size - body_size).abs() < 1.0
                && a.y > b.y
            {
                *counts
                    .entry(((a.y - b.y) * 2.0).round() as i32)
                    .or_default() += 1;
            }
        }
        counts
            .into_iter()
            .max_by_key(|&(gap, n)| (n, -gap))
            .map_or(0.0, |(gap, _)| gap as f32 / 2.0)
    };
    let mut out = String::new();
    let mut pieces = Vec::with_capacity(body.len());
    let mut prev: Option<&Line> = None;
    // A section's number on a line of its own (`I`, `A.`): its title starts a paragraph.
    let mut after_label = false;
    for (i, (line, text)) in body.iter().enumerate() {
        let margin = margins.get(&line.page).copied().unwrap_or(line.x);
        let off_margin = (line.x - margin).abs() > 0.8 * line.size;
        let new = match prev {
            None => true,
            Some(_) if after_label || is_annex_heading(text) => true,
            Some(p) if p.page != line.page => off_margin,
            Some(p) => {
                let gap = p.y - line.y;
                let spacing = if (p.size - body_size).abs() < 1.0 {
                    line_gap
                } else {
                    0.0
                };
                off_margin
                    || gap > (1.45 * p.size.max(line.size)).max(1.25 * spacing)
                    || gap < 0.0
                    || (p.size - line.size).abs() > 1.0
            }
        };
        if new && !out.is_empty() {
            out.push_str("\n\n");
        } else if !out.is_empty() && !hyphen_break(&out, text) {
            out.push(' ');
        }
        let start = out.len();
        out.push_str(text);
        pieces.push((start..out.len(), i));
        prev = Some(line);
        after_label = is_section_number(text) || is_annex_heading(text);
    }
    (out, pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_numbers_give_the_language() {
        assert_eq!(job_number("25-19970 (E)"), Some(Some(Language::En)));
        assert_eq!(job_number("23-26236 (C)"), Some(Some(Language::Zh)));
        assert_eq!(job_number("25-19970"), Some(None));
        assert_eq!(job_number("23-24979 (E) 201223"), Some(Some(Language::En)));
        assert_eq!(job_number("25 December 2025"), None);
    }

    #[test]
    fn a_word_broken_at_its_hyphen_is_joined_whole() {
        assert!(hyphen_break("prepared by the Secretary-", "General,"));
        assert!(hyphen_break("joint work‑", "planning sessions"));
        assert!(!hyphen_break("the years 2020-", "2025"));
        assert!(!hyphen_break("as follows -", "a list"));
        assert!(!hyphen_break("the Secretary-General", "to report"));
    }

    #[test]
    fn annex_headings() {
        assert!(is_annex_heading("Annex II"));
        assert!(is_annex_heading("Annex"));
        assert!(is_annex_heading("*Appendix 2*"));
        assert!(!is_annex_heading("Annex II to the present resolution"));
        assert!(!is_annex_heading("Annexes"));
    }

    #[test]
    fn furniture() {
        assert!(is_furniture("*2519970*"));
        assert!(is_furniture("2/4"));
        assert!(!is_furniture("80/12. Objective information"));
        assert!(!is_furniture("A/RES/80/12"));
        assert!(is_furniture("2/4 25-19970"));
        assert!(is_furniture("25-19970 3/4"));
        assert!(!is_furniture("2/4 of the members"));
    }
}
