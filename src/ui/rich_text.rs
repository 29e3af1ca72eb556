//! The paragraph text widget: styled segments, some tagged (a citation, a footnote marker,
//! a find match), laid out once per width and painted every frame.
//!
//! Left-to-right paragraphs are one egui `LayoutJob` that egui wraps. Tags are found from
//! its glyphs: sections are laid out in order, one glyph per character, so a running glyph
//! count says which section, hence which segment, each glyph belongs to.
//!
//! Right-to-left paragraphs are broken into lines here and reordered per line (see
//! [`super::bidi`]). Each piece of a visual line is laid out on its own (egui shapes each
//! section independently anyway) and placed left to right, the line right-aligned; a piece
//! has one segment, so its tag covers its whole galley. Laying pieces out separately also
//! sidesteps egui's glyph bookkeeping in runs the shaper reverses, where it emits extra
//! zero-width glyphs.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use egui::text::{LayoutJob, LayoutSection};
use egui::{Galley, Pos2, Rect, Vec2, pos2, vec2};

use super::bidi::{self, BidiParagraph};

/// A run of text with one format, and a tag if it is something the reader reacts to.
#[derive(Clone, Debug)]
pub struct Segment {
    /// The text, in logical order.
    pub text: String,
    /// Font (see [`super::fonts::family_for`]), colour, background, underline, alignment.
    pub format: egui::TextFormat,
    /// What the segment stands for (a citation, a footnote marker, a match), if anything.
    pub tag: Option<u32>,
}

impl Segment {
    /// An untagged segment.
    pub fn new(text: impl Into<String>, format: egui::TextFormat) -> Self {
        Segment {
            text: text.into(),
            format,
            tag: None,
        }
    }

    /// A tagged segment.
    pub fn tagged(text: impl Into<String>, format: egui::TextFormat, tag: u32) -> Self {
        Segment {
            text: text.into(),
            format,
            tag: Some(tag),
        }
    }
}

/// One section of a laid-out job: its tag and how many glyphs it yields.
#[derive(Clone, Debug)]
struct SectionInfo {
    tag: Option<u32>,
    glyphs: usize,
}

/// A galley (a whole left-to-right paragraph, or one piece of a right-to-left line) and
/// where it sits.
#[derive(Clone, Debug)]
struct Placed {
    galley: Arc<Galley>,
    offset: Vec2,
    sections: Vec<SectionInfo>,
    /// For each glyph (in [`for_each_glyph`] order), the byte range of the layout's text it
    /// shows; `None` for the zero-width extras shapers emit.
    text_ranges: Vec<Option<Range<usize>>>,
    /// Whether the glyphs run right to left (the first in logical order is the rightmost).
    rtl: bool,
}

/// A glyph as placed, for hit tests and for checking the visual order in tests.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacedGlyph {
    /// The character the glyph was shaped from (brackets the shaper mirrors keep their
    /// logical character here: see `atlas` for what was drawn).
    pub chr: char,
    /// Its logical rectangle, relative to the layout's top left.
    pub rect: Rect,
    /// The tag of its segment.
    pub tag: Option<u32>,
    /// Where its bitmap sits in egui's font atlas (texels, min inclusive, max exclusive):
    /// what was actually drawn.
    pub atlas: [[u16; 2]; 2],
    /// Where the ink of the glyph is drawn, relative to the layout's top left (raised
    /// footnote markers sit higher than the text around them).
    pub ink: Rect,
}

/// A paragraph laid out at one width: galleys with their offsets, and where each tag is.
#[derive(Clone, Debug, Default)]
pub struct RichLayout {
    placed: Vec<Placed>,
    size: Vec2,
    tags: Vec<(u32, Rect)>,
    lines: usize,
    /// The paragraph's text in logical order (selections are byte ranges of it).
    text: String,
}

impl RichLayout {
    /// The space the paragraph takes.
    pub fn size(&self) -> Vec2 {
        self.size
    }

    /// Paints the paragraph with its top left corner at `top_left`.
    ///
    /// Each galley is fetched again from egui's galley cache (a hash lookup when nothing
    /// changed): a galley points into the font atlas, which egui rebuilds when the pixels
    /// per point or text options change or the atlas fills up, so a layout kept across
    /// frames would otherwise paint blank glyphs.
    pub fn paint(&self, painter: &egui::Painter, top_left: Pos2) {
        let fallback = painter.ctx().global_style().visuals.text_color();
        for placed in &self.placed {
            let galley = painter.layout_job(LayoutJob::clone(&placed.galley.job));
            painter.galley(top_left + placed.offset, galley, fallback);
        }
    }

    /// Which tag is under a point (relative to top_left) — for clicks and hover.
    pub fn tag_at(&self, pos: Vec2) -> Option<u32> {
        let pos = pos.to_pos2();
        self.tags
            .iter()
            .find(|(_, rect)| rect.contains(pos))
            .map(|(tag, _)| *tag)
    }

    /// Rectangles (relative to top_left) of everything with this tag, e.g. to scroll to a
    /// match or anchor a popup. A tag split over lines, or over pieces of a reordered
    /// right-to-left line, has several.
    pub fn tag_rects(&self, tag: u32) -> Vec<Rect> {
        self.tags
            .iter()
            .filter(|(t, _)| *t == tag)
            .map(|(_, rect)| *rect)
            .collect()
    }

    /// Every tag with one of its rectangles (relative to top_left), in layout order; a tag
    /// split over lines or reordered pieces appears once per piece.
    pub fn tags(&self) -> &[(u32, Rect)] {
        &self.tags
    }

    /// Every glyph with its position, in layout order (not sorted by x).
    pub fn glyphs(&self) -> Vec<PlacedGlyph> {
        let mut out = Vec::new();
        for placed in &self.placed {
            for_each_glyph(placed, |section, rect, glyph| {
                let baseline = pos2(rect.min.x, rect.min.y + glyph.pos.y);
                out.push(PlacedGlyph {
                    chr: glyph.chr,
                    rect,
                    tag: placed.sections.get(section).and_then(|s| s.tag),
                    atlas: [glyph.uv_rect.min, glyph.uv_rect.max],
                    ink: Rect::from_min_size(baseline + glyph.uv_rect.offset, glyph.uv_rect.size),
                });
            });
        }
        out
    }

    /// How many visual lines the paragraph has.
    pub fn line_count(&self) -> usize {
        self.lines
    }

    /// Where a text cursor goes for a point (relative to top_left): a byte offset in the
    /// paragraph's logical text, at the nearer edge of the nearest glyph on the nearest line.
    /// Right-to-left runs put a glyph's logical start on its right edge.
    pub fn caret_at(&self, pos: Vec2) -> usize {
        let mut best: Option<(f32, f32, usize)> = None; // (dy, dx, caret)
        for placed in &self.placed {
            placed.for_each_text_glyph(|rect, range| {
                let dy = if rect.y_range().contains(pos.y) {
                    0.0
                } else {
                    (rect.center().y - pos.y).abs()
                };
                let dx = if rect.x_range().contains(pos.x) {
                    0.0
                } else {
                    (rect.center().x - pos.x).abs()
                };
                let before = (pos.x < rect.center().x) != placed.rtl;
                let caret = if before { range.start } else { range.end };
                if best.is_none_or(|(by, bx, _)| (dy, dx) < (by, bx)) {
                    best = Some((dy, dx, caret));
                }
            });
        }
        best.map_or(0, |(_, _, caret)| caret)
    }

    /// Rectangles (relative to top_left) covering the glyphs of a byte range of the text,
    /// one per line or reordered piece.
    pub fn selection_rects(&self, selected: Range<usize>) -> Vec<Rect> {
        let mut rects: Vec<Rect> = Vec::new();
        for placed in &self.placed {
            placed.for_each_text_glyph(|rect, range| {
                if range.start >= selected.end || selected.start >= range.end {
                    return;
                }
                let touching = rects.iter_mut().rev().find(|r| {
                    r.min.y == rect.min.y
                        && ((r.max.x - rect.min.x).abs() < 1.0
                            || (rect.max.x - r.min.x).abs() < 1.0)
                });
                match touching {
                    Some(r) => *r = r.union(rect),
                    None => rects.push(rect),
                }
            });
        }
        rects
    }

    /// The text of a byte range, as a user copies it (no bidi controls).
    pub fn text_in(&self, range: Range<usize>) -> String {
        let start = range.start.min(self.text.len());
        let end = range.end.clamp(start, self.text.len());
        let mut start = start;
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = end;
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        self.text[start..end]
            .chars()
            .filter(|c| !bidi::is_bidi_control(*c))
            .collect()
    }

    /// Where some words first occur in the paragraph's text (a byte range of it).
    pub fn find(&self, words: &str) -> Option<Range<usize>> {
        let start = self.text.find(words)?;
        Some(start..start + words.len())
    }

    /// The length in bytes of the paragraph's text.
    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    fn new(placed: Vec<Placed>, min_width: f32, lines: usize, text: String) -> Self {
        let mut size = Vec2::ZERO;
        let mut tags: Vec<(u32, Rect)> = Vec::new();
        for item in &placed {
            let rect = item.galley.rect.translate(item.offset);
            size.x = size.x.max(rect.max.x);
            size.y = size.y.max(rect.max.y);
            collect_tag_rects(item, &mut tags);
        }
        if !placed.is_empty() {
            size.x = size.x.max(min_width);
        }
        RichLayout {
            placed,
            size,
            tags,
            lines,
            text,
        }
    }
}

impl Placed {
    /// Calls `visit(rect, text range)` for every glyph that shows some of the text.
    fn for_each_text_glyph(&self, mut visit: impl FnMut(Rect, Range<usize>)) {
        let mut ranges = self.text_ranges.iter();
        for_each_glyph(self, |_, rect, _| {
            if let Some(Some(range)) = ranges.next() {
                visit(rect, range.clone());
            }
        });
    }
}

/// Matches a galley's glyphs (in [`for_each_glyph`] order) to the characters they show:
/// `chars` are (byte range, char) in the order the glyphs should come, logical for a
/// left-to-right run, reversed for a right-to-left one. A shaped cluster (a ligature, a base
/// with marks) is one glyph named by its first character, so a glyph takes every character up
/// to the one it names; a glyph that names none of the next few takes one character if it has
/// width (a mirrored bracket), none if it has not.
fn match_glyphs(placed: &Placed, chars: &[(Range<usize>, char)]) -> Vec<Option<Range<usize>>> {
    const LOOKAHEAD: usize = 4;
    let mut out = Vec::new();
    let mut next = 0;
    for_each_glyph(placed, |_, rect, glyph| {
        // A zero-width glyph (a mark, a ligature's continuation) never skips characters.
        let reach = if rect.width() > 0.0 { LOOKAHEAD } else { 1 };
        let window = next..chars.len().min(next + reach);
        let named = window
            .clone()
            .find(|&k| chars.get(k).is_some_and(|(_, c)| *c == glyph.chr));
        let taken = match named {
            Some(k) => Some(next..k + 1),
            None if rect.width() > 0.0 && next < chars.len() => Some(next..next + 1),
            None => None,
        };
        out.push(taken.map(|taken| {
            next = taken.end;
            let covered = &chars[taken];
            let start = covered.iter().map(|(r, _)| r.start).min().unwrap_or(0);
            let end = covered.iter().map(|(r, _)| r.end).max().unwrap_or(0);
            start..end
        }));
    });
    out
}

/// (byte range, char) of each character of `text[range]` that the shaper sees, offset by
/// `range.start`: no bidi controls, no line feeds; reversed for a right-to-left run.
fn shown_chars(text: &str, range: Range<usize>, rtl: bool) -> Vec<(Range<usize>, char)> {
    let mut chars: Vec<(Range<usize>, char)> = text
        .get(range.clone())
        .unwrap_or_default()
        .char_indices()
        .filter(|(_, c)| *c != '\n' && !bidi::is_bidi_control(*c))
        .map(|(i, c)| (range.start + i..range.start + i + c.len_utf8(), c))
        .collect();
    if rtl {
        chars.reverse();
    }
    chars
}

/// Calls `visit(section, rect, glyph)` for every glyph of `placed`, rect relative to the
/// layout.
fn for_each_glyph(placed: &Placed, mut visit: impl FnMut(usize, Rect, &egui::epaint::text::Glyph)) {
    let mut section = 0;
    let mut section_end = placed.sections.first().map_or(0, |s| s.glyphs);
    let mut glyph_index = 0;
    for row in &placed.galley.rows {
        let top = placed.offset.y + row.pos.y;
        let bottom = top + row.size.y;
        for glyph in &row.glyphs {
            while glyph_index >= section_end && section + 1 < placed.sections.len() {
                section += 1;
                section_end += placed.sections.get(section).map_or(0, |s| s.glyphs);
            }
            let left = placed.offset.x + row.pos.x + glyph.pos.x;
            let rect =
                Rect::from_min_max(pos2(left, top), pos2(left + glyph.advance_width, bottom));
            visit(section, rect, glyph);
            glyph_index += 1;
        }
    }
}

/// Adds one rectangle per tagged section per row, merging neighbours with the same tag.
fn collect_tag_rects(placed: &Placed, tags: &mut Vec<(u32, Rect)>) {
    // (section, rect) of the section being collected on the current row
    let mut current: Option<(usize, Rect)> = None;
    let mut pieces: Vec<(u32, Rect)> = Vec::new();
    let mut flush = |current: &mut Option<(usize, Rect)>| {
        if let Some((section, rect)) = current.take()
            && let Some(tag) = placed.sections.get(section).and_then(|s| s.tag)
        {
            pieces.push((tag, rect));
        }
    };
    for_each_glyph(placed, |section, rect, _| match &mut current {
        Some((s, acc)) if *s == section && acc.min.y == rect.min.y => *acc = acc.union(rect),
        _ => {
            flush(&mut current);
            current = Some((section, rect));
        }
    });
    flush(&mut current);
    for (tag, rect) in pieces {
        let adjacent =
            |r: &Rect| (r.max.x - rect.min.x).abs() < 1.0 || (rect.max.x - r.min.x).abs() < 1.0;
        let touching = tags
            .iter_mut()
            .rev()
            .find(|(t, r)| *t == tag && r.min.y == rect.min.y && adjacent(r));
        match touching {
            Some((_, r)) => *r = r.union(rect),
            None => tags.push((tag, rect)),
        }
    }
}

/// Text as the shaper should see it: no bidi controls (unless kept for the bidi analysis)
/// and no control characters other than line feeds and tabs.
fn clean(text: &str, keep_bidi_controls: bool) -> String {
    text.chars()
        .filter(|&c| {
            (!c.is_control() || c == '\n' || c == '\t')
                && (keep_bidi_controls || !bidi::is_bidi_control(c))
        })
        .collect()
}

/// Lay out `segments` at `width`, left-to-right or right-to-left (bidi reordered per visual line).
///
/// Call during or after the context's first pass (egui has no fonts before it).
pub fn layout(ctx: &egui::Context, segments: &[Segment], rtl: bool, width: f32) -> RichLayout {
    let width = if width.is_finite() {
        width.max(0.0)
    } else {
        f32::INFINITY
    };
    let formats = segments.iter().map(|s| s.format.clone()).collect();
    ctx.fonts_mut(|fonts| {
        let mut shaper = Shaper {
            fonts,
            formats,
            memo: HashMap::new(),
            fonts_of: HashMap::new(),
            font_names: Vec::new(),
        };
        if rtl {
            layout_rtl(&mut shaper, segments, width)
        } else {
            layout_ltr(&mut shaper, segments, width)
        }
    })
}

/// A piece of text in one segment's format: (segment index, text).
type Part = (usize, String);

/// Shapes text for measuring, and knows which font draws what.
struct Shaper<'a, 'f> {
    fonts: &'a mut egui::epaint::FontsView<'f>,
    /// Formats by segment index.
    formats: Vec<egui::TextFormat>,
    /// Single-part items already measured: part -> (glyph count, width).
    memo: HashMap<Part, (usize, f32)>,
    /// Which font of its segment's family draws a character: (segment, char) -> font number.
    fonts_of: HashMap<(usize, char), usize>,
    /// Font names, numbered in order of appearance.
    font_names: Vec<String>,
}

impl Shaper<'_, '_> {
    /// One line of `text` in `segment`'s format.
    fn layout_piece(&mut self, segment: usize, text: String) -> Option<Arc<Galley>> {
        let format = self.formats.get(segment)?.clone();
        let mut job = LayoutJob::single_section(text, format);
        job.break_on_newline = false;
        Some(self.fonts.layout_job(job))
    }

    /// A number for the font egui draws `c` with in `segment`'s family (the first of the
    /// family's fonts that has it).
    fn font_of(&mut self, segment: usize, c: char) -> usize {
        if let Some(found) = self.fonts_of.get(&(segment, c)) {
            return *found;
        }
        let name = match self.formats.get(segment) {
            Some(format) => self
                .fonts
                .characters(&format.font_id.family)
                .get(&c)
                .and_then(|names| names.first())
                .cloned()
                .unwrap_or_default(),
            None => String::new(),
        };
        let number = match self.font_names.iter().position(|n| *n == name) {
            Some(number) => number,
            None => {
                self.font_names.push(name);
                self.font_names.len() - 1
            }
        };
        self.fonts_of.insert((segment, c), number);
        number
    }

    /// (glyph count, width) of each item, each item shaped alone on one line.
    ///
    /// One job for all: items are separated by line feeds, so each is shaped alone and
    /// becomes one row, and egui caches the job row by row, so a word met before (in this
    /// paragraph or another) costs a hash lookup.
    fn measure(&mut self, items: &[Vec<Part>]) -> Vec<(usize, f32)> {
        let mut results = vec![(0, 0.0); items.len()];
        let mut job = LayoutJob::default();
        // Items in the job, in row order.
        let mut rows: Vec<usize> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            if let [part] = item.as_slice()
                && let Some(found) = self.memo.get(part)
            {
                if let Some(result) = results.get_mut(index) {
                    *result = *found;
                }
                continue;
            }
            if item.iter().all(|(_, text)| text.is_empty()) {
                continue;
            }
            if let Some(last) = job.sections.last_mut() {
                job.text.push('\n');
                last.byte_range.end = job.text.len().into();
            }
            for (segment, text) in item {
                let Some(format) = self.formats.get(*segment) else {
                    continue;
                };
                if text.is_empty() {
                    continue;
                }
                let start = job.text.len();
                job.text.push_str(text);
                job.sections.push(LayoutSection {
                    leading_space: 0.0,
                    byte_range: start.into()..job.text.len().into(),
                    format: format.clone(),
                });
            }
            rows.push(index);
        }
        if rows.is_empty() {
            return results;
        }
        let galley = self.fonts.layout_job(job);
        if galley.rows.len() != rows.len() {
            // Not one row per item (cannot happen without wrapping): leave them unmeasured.
            return results;
        }
        for (row, &index) in galley.rows.iter().zip(&rows) {
            let found = (row.glyphs.len(), row.size.x);
            if let Some(result) = results.get_mut(index) {
                *result = found;
            }
            if let Some([part]) = items.get(index).map(Vec::as_slice) {
                self.memo.insert(part.clone(), found);
            }
        }
        results
    }

    /// How many glyphs egui makes of each part as one section.
    fn glyph_counts(&mut self, parts: &[Part]) -> Vec<usize> {
        let mut counts: Vec<usize> = Vec::with_capacity(parts.len());
        let mut shaped: Vec<Vec<Part>> = Vec::new();
        // (part index, first item, item count) for parts that need shaping
        let mut pending = Vec::new();
        for (index, (segment, text)) in parts.iter().enumerate() {
            if text.chars().any(bidi::is_rtl_script) {
                // The shaper may reverse this, and then egui adds zero-width glyphs: count
                // what it makes, line by line.
                let first = shaped.len();
                for line in text.split('\n') {
                    shaped.push(vec![(*segment, line.to_owned())]);
                }
                pending.push((index, first, shaped.len() - first));
                counts.push(0);
            } else {
                // One glyph per character; line feeds end rows and have none.
                counts.push(text.chars().filter(|&c| c != '\n').count());
            }
        }
        if !pending.is_empty() {
            let measured = self.measure(&shaped);
            for (index, first, len) in pending {
                let total = measured
                    .get(first..first + len)
                    .map_or(0, |m| m.iter().map(|(glyphs, _)| glyphs).sum());
                if let Some(count) = counts.get_mut(index) {
                    *count = total;
                }
            }
        }
        counts
    }
}

fn layout_ltr(shaper: &mut Shaper<'_, '_>, segments: &[Segment], width: f32) -> RichLayout {
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    let mut parts: Vec<Part> = Vec::new();
    let mut tags = Vec::new();
    for (index, segment) in segments.iter().enumerate() {
        let text = clean(&segment.text, false);
        if text.is_empty() {
            continue;
        }
        let start = job.text.len();
        job.text.push_str(&text);
        // Pushed by hand: `LayoutJob::append` merges neighbours with the same format, which
        // would lose the tags between them.
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: start.into()..job.text.len().into(),
            format: segment.format.clone(),
        });
        parts.push((index, text));
        tags.push(segment.tag);
    }
    if parts.is_empty() {
        return RichLayout::default();
    }
    let counts = shaper.glyph_counts(&parts);
    let sections = tags
        .into_iter()
        .zip(counts)
        .map(|(tag, glyphs)| SectionInfo { tag, glyphs })
        .collect();
    let galley = shaper.fonts.layout_job(job);
    let lines = galley.rows.len();
    let text = galley.job.text.clone();
    let mut placed = Placed {
        galley,
        offset: Vec2::ZERO,
        sections,
        text_ranges: Vec::new(),
        rtl: false,
    };
    placed.text_ranges = match_glyphs(&placed, &shown_chars(&text, 0..text.len(), false));
    RichLayout::new(vec![placed], 0.0, lines, text)
}

/// The paragraph's text (cleaned) with where each segment starts.
struct Flat {
    text: String,
    /// Byte offset in `text` where each non-empty segment starts.
    starts: Vec<usize>,
    /// Those segments' indices among all segments.
    segments: Vec<usize>,
}

impl Flat {
    fn new(segments: &[Segment]) -> Self {
        let mut flat = Flat {
            text: String::new(),
            starts: Vec::new(),
            segments: Vec::new(),
        };
        for (index, segment) in segments.iter().enumerate() {
            let text = clean(&segment.text, true);
            if text.is_empty() {
                continue;
            }
            flat.starts.push(flat.text.len());
            flat.text.push_str(&text);
            flat.segments.push(index);
        }
        flat
    }

    /// Position in `starts` of the segment holding byte `at`.
    fn position(&self, at: usize) -> usize {
        self.starts
            .partition_point(|&start| start <= at)
            .saturating_sub(1)
    }

    /// Index (among all segments) of the segment holding byte `at`.
    fn segment_at(&self, at: usize) -> Option<usize> {
        self.segments.get(self.position(at)).copied()
    }

    /// Segment starts inside `range`, relative to its start.
    fn splits_in(&self, range: &Range<usize>) -> Vec<usize> {
        self.starts
            .iter()
            .filter(|&&s| s > range.start && s < range.end)
            .map(|&s| s - range.start)
            .collect()
    }

    /// The parts of `range` (absolute) that lie in one segment each, cleaned for the shaper.
    fn parts(&self, range: Range<usize>) -> Vec<Part> {
        let mut parts = Vec::new();
        let mut at = range.start;
        while at < range.end {
            let position = self.position(at);
            let segment_end = self
                .starts
                .get(position + 1)
                .copied()
                .unwrap_or(self.text.len());
            let part_end = segment_end.min(range.end);
            if part_end <= at {
                break;
            }
            if let (Some(index), Some(text)) =
                (self.segments.get(position), self.text.get(at..part_end))
            {
                parts.push((*index, clean(text, false)));
            }
            at = part_end;
        }
        parts
    }
}

fn layout_rtl(shaper: &mut Shaper<'_, '_>, segments: &[Segment], width: f32) -> RichLayout {
    let flat = Flat::new(segments);
    if flat.segments.is_empty() {
        return RichLayout::default();
    }
    let mut placed = Vec::new();
    let mut lines = 0;
    let mut y = 0.0;
    let mut hard_start = 0;
    for hard_text in flat.text.split('\n') {
        let hard = hard_start..hard_start + hard_text.len();
        hard_start = hard.end + 1;
        let splits = flat.splits_in(&hard);
        let tokens = bidi::tokens(hard_text);
        let items: Vec<Vec<Part>> = tokens
            .iter()
            .map(|token| flat.parts(hard.start + token.range.start..hard.start + token.range.end))
            .collect();
        let widths: Vec<f32> = shaper
            .measure(&items)
            .into_iter()
            .map(|(_, width)| width)
            .collect();
        let breaks = bidi::break_lines(&tokens, &widths, width);
        if breaks.is_empty() {
            // An empty line still takes a line's height.
            if let Some(format) = flat.segment_at(hard.start).and_then(|s| segments.get(s)) {
                y += shaper.fonts.row_height(&format.format.font_id);
                lines += 1;
            }
            continue;
        }
        let para = BidiParagraph::new(hard_text, true);
        for line_range in breaks {
            let mut font_of = |at: usize, c: char| match flat.segment_at(hard.start + at) {
                Some(segment) => shaper.font_of(segment, c),
                None => 0,
            };
            let pieces = para.visual_pieces(line_range, &splits, &mut font_of);
            // (galley, segment, x, piece) of each piece, left to right
            let mut row: Vec<(Arc<Galley>, usize, f32, bidi::VisualPiece)> = Vec::new();
            let mut x = 0.0;
            for piece in pieces {
                let text = piece.text(hard_text);
                let Some(segment) = flat.segment_at(hard.start + piece.range.start) else {
                    continue;
                };
                if text.is_empty() {
                    continue;
                }
                let Some(galley) = shaper.layout_piece(segment, text) else {
                    continue;
                };
                let advance = galley.size().x;
                row.push((galley, segment, x, piece));
                x += advance;
            }
            if row.is_empty() {
                continue;
            }
            let height = row
                .iter()
                .map(|(galley, _, _, _)| galley.size().y)
                .fold(0.0, f32::max);
            let left = if width.is_finite() {
                (width - x).max(0.0)
            } else {
                0.0
            };
            for (galley, segment, x, piece) in row {
                let Some(segment) = segments.get(segment) else {
                    continue;
                };
                // As egui places sections of different heights in one row.
                let drop = segment.format.valign.to_factor() * (height - galley.size().y);
                let mut item = Placed {
                    galley,
                    offset: vec2(left + x, y + drop),
                    sections: vec![SectionInfo {
                        tag: segment.tag,
                        glyphs: usize::MAX,
                    }],
                    text_ranges: Vec::new(),
                    rtl: piece.rtl,
                };
                let range = hard.start + piece.range.start..hard.start + piece.range.end;
                item.text_ranges = match_glyphs(&item, &shown_chars(&flat.text, range, piece.rtl));
                placed.push(item);
            }
            y += height;
            lines += 1;
        }
    }
    let min_width = if width.is_finite() { width } else { 0.0 };
    let mut layout = RichLayout::new(placed, min_width, lines, flat.text);
    layout.size.y = layout.size.y.max(y);
    layout
}

/// A widget: allocates the space, paints, returns the response and the clicked/hovered tag.
pub fn show(ui: &mut egui::Ui, layout: &RichLayout) -> (egui::Response, Option<u32>, Option<u32>) {
    let (rect, response) = ui.allocate_exact_size(layout.size(), egui::Sense::click());
    if ui.is_rect_visible(rect) {
        layout.paint(ui.painter(), rect.min);
    }
    let hovered = response
        .hover_pos()
        .and_then(|pos| layout.tag_at(pos - rect.min));
    let clicked = if response.clicked() {
        response
            .interact_pointer_pos()
            .and_then(|pos| layout.tag_at(pos - rect.min))
    } else {
        None
    };
    let response = if hovered.is_some() {
        response.on_hover_cursor(egui::CursorIcon::PointingHand)
    } else {
        response
    };
    (response, clicked, hovered)
}
