//! What each row is laid out as: the header rows (facts, title, formula, division titles,
//! closing) as plain text; a paragraph as its numbered, styled text (or a table), its
//! reference in the margin, and its footnotes and the user's notes beside it. The virtual
//! list keeps the layouts until the width, zoom, theme or highlights change.

use super::footnotes::{self, NoteLayout};
use super::geometry::{Geometry, INDENT};
use super::table::{self, TableLayout};
use super::user_notes::{self, UserNoteLayout};
use super::{RowKind, Scene};
use crate::document::script::is_cjk;
use crate::document::{Block, Document, Paragraph, ParagraphKind, find::MatchPlace};
use crate::ui::rich_text::{self, RichLayout, Segment};
use crate::ui::segments::{self, Annotated};
use egui::{Color32, Rect, TextFormat};
use std::ops::Range;

/// What the layouts were made for: when it changes, rows are laid out again.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LayoutKey {
    pub geometry: Geometry,
    pub pixels_per_point: f32,
    pub dark: bool,
    /// Changes whenever what is highlighted changes (find, footnote highlight).
    pub generation: u64,
}

/// One row, laid out.
pub(super) struct RowLayout {
    /// What a screen reader says for rows that are not paragraphs.
    pub label: String,
    pub margin: Option<RichLayout>,
    pub body: RichLayout,
    pub indent: f32,
    pub notes: Vec<NoteLayout>,
    pub user_notes: Vec<UserNoteLayout>,
    /// Words that notes are on, in the notes' colours (rectangles relative to the body).
    pub highlights: Vec<(Rect, Color32)>,
    /// Whether the paragraph is bookmarked (a star in the margin).
    pub bookmarked: bool,
    pub table: Option<TableLayout>,
    pub height: f32,
}

impl RowLayout {
    /// A row of plain text, `gap` above the next row.
    fn plain(
        ctx: &egui::Context,
        text: &str,
        format: TextFormat,
        rtl: bool,
        width: f32,
        gap: f32,
    ) -> RowLayout {
        let layout = simple(ctx, text, format, rtl, width);
        RowLayout {
            label: text.to_string(),
            height: layout.size().y + gap,
            margin: None,
            body: layout,
            indent: 0.0,
            notes: Vec::new(),
            user_notes: Vec::new(),
            highlights: Vec::new(),
            bookmarked: false,
            table: None,
        }
    }

    /// The size of the paragraph's text, or of its table.
    pub fn body_size(&self) -> egui::Vec2 {
        self.table.as_ref().map_or(self.body.size(), |t| t.size)
    }
}

/// Lays out one row.
pub(super) fn layout_row(ctx: &egui::Context, scene: &Scene<'_>, row: RowKind) -> RowLayout {
    let (doc, g, s) = (scene.doc, &scene.g, scene.s);
    let plain = |text: &str, format: TextFormat, width: f32, gap: f32| {
        RowLayout::plain(ctx, text, format, g.rtl, width, gap)
    };
    match row {
        RowKind::Paragraph(i) => match doc.paragraphs.get(i) {
            Some(p) => paragraph_row(ctx, scene, i, p),
            None => plain("", s.body.format(false, false), g.text_w, 0.0),
        },
        _ => {
            // A row of plain text: its style, its width, and the gap below it.
            let (format, width, gap) = match row {
                RowKind::Meta => (s.meta.format(false, false), g.header_width(), 10.0),
                RowKind::Title => (s.title.format(true, false), g.header_width(), 22.0),
                RowKind::Formula => (s.body.format(false, true), g.text_w, 12.0),
                RowKind::Division(_) => (s.title.format(true, false), g.text_w, 24.0),
                // The closing: the meeting and the date.
                _ => (s.meta.format(false, false), g.text_w, 16.0),
            };
            plain(&header_text(doc, row), format, width, gap)
        }
    }
}

/// The words of a row that is not a paragraph (facts, title, formula, division title,
/// closing): what it shows, and what a screen reader reads of it, painted or not.
pub(super) fn header_text(doc: &Document, row: RowKind) -> String {
    match row {
        RowKind::Meta => {
            let language = doc.meta.language.unwrap_or(crate::document::Language::En);
            doc.meta.facts_line_in(language, true)
        }
        RowKind::Title => doc.meta.heading().unwrap_or_else(|| doc.display_name()),
        RowKind::Formula => doc.formula.clone().unwrap_or_default(),
        RowKind::Division(d) => doc
            .divisions
            .get(d)
            .map(|d| match &d.title {
                Some(t) if !d.label.is_empty() => format!("{}\n{t}", d.label),
                Some(t) => t.clone(),
                None => d.label.clone(),
            })
            .unwrap_or_default(),
        RowKind::Closing => {
            let m = &doc.meta;
            // The date as the document's language prints it (`7 December 2020`).
            let language = m.language.unwrap_or(crate::document::Language::En);
            let adopted = m.adopted.as_deref().map(|d| crate::i18n::date(language, d));
            let lines: Vec<&str> = [m.meeting.as_deref(), adopted.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            lines.join("\n")
        }
        RowKind::Paragraph(_) => String::new(),
    }
}

/// A paragraph: its text (or table), its reference in the margin, and on wide windows its
/// footnotes, then the user's notes, in the column beside it.
fn paragraph_row(ctx: &egui::Context, scene: &Scene<'_>, i: usize, p: &Paragraph) -> RowLayout {
    let (g, rc) = (&scene.g, scene.rc);
    let indent = INDENT * f32::from(p.depth);
    let width = g.text_w - indent;
    let (body, table) = match &p.block {
        Block::Table(t) => (
            rich_text::layout(ctx, &[], g.rtl, width),
            Some(table::layout(ctx, t, scene.s, g.rtl, width)),
        ),
        _ => (
            rich_text::layout(ctx, &paragraph_segments(scene, i, p), g.rtl, width),
            None,
        ),
    };
    let bookmarked = rc.notes.is_bookmarked(i);
    let (notes, user_notes, notes_h) = if g.wide {
        let (notes, below) = footnotes::layout_column(ctx, scene, p);
        let (user_notes, end) = user_notes::layout_column(ctx, scene, i, below);
        (notes, user_notes, end)
    } else {
        (Vec::new(), Vec::new(), 0.0)
    };
    let highlights = user_notes::highlights(&body, rc, i, ctx.global_style().visuals.dark_mode);
    let gap = if p.kind == ParagraphKind::Subparagraph {
        8.0
    } else {
        12.0
    };
    let body_h = table.as_ref().map_or(body.size().y, |t| t.size.y);
    let margin = margin_label(ctx, scene, i, p, bookmarked);
    // A long reference (`Annex III Art.8 1`) wraps in the margin: the row makes room for it.
    let margin_h = margin.as_ref().map_or(0.0, |m| m.size().y);
    RowLayout {
        label: String::new(),
        margin,
        body,
        indent,
        notes,
        user_notes,
        highlights,
        bookmarked,
        table,
        height: body_h.max(notes_h).max(margin_h) + gap,
    }
}

/// The paragraph's text as styled segments: its printed number, then the text with its
/// styles, citations, footnote markers and find matches. Headings read in bold.
fn paragraph_segments(scene: &Scene<'_>, i: usize, p: &Paragraph) -> Vec<Segment> {
    let style = &scene.s.body;
    let (ranges, current) = matches_in(scene, MatchPlace::Paragraph(i));
    let annotated = Annotated {
        text: &p.text,
        styles: &p.styles,
        citations: &p.citations,
        footnote_refs: &p.footnote_refs,
        matches: &ranges,
        current_match: current,
        highlighted_footnote: scene.highlighted,
    };
    let format = style.format(p.is_heading(), false);
    let number = p.number.is_some().then(|| p.number_prefix(scene.g.rtl));
    let mut segs = segments::build(
        &annotated,
        style,
        number.as_deref().map(|text| (text, format, None)),
    );
    if p.is_heading() {
        // Headings (a section's number and title) read as headings: in bold.
        for seg in segs
            .iter_mut()
            .filter(|seg| seg.format.font_id.size >= style.size)
        {
            seg.format.font_id.family = crate::ui::fonts::family_for(style.language, true, false);
            seg.format.color = style.strong;
        }
    }
    segs
}

/// The reference in the margin (`PP3`, `OP1(a)`): starred when bookmarked, dotted on
/// narrow windows when the paragraph has notes (the note column is not shown there).
fn margin_label(
    ctx: &egui::Context,
    scene: &Scene<'_>,
    i: usize,
    p: &Paragraph,
    bookmarked: bool,
) -> Option<RichLayout> {
    if p.kind == ParagraphKind::Other && !bookmarked {
        return None;
    }
    let has_notes = scene.rc.notes.first_written(i).is_some();
    let mut label = p.reference.clone();
    if !scene.g.wide && has_notes {
        label = format!("● {label}");
    }
    if bookmarked {
        label = format!("★ {label}");
    }
    let format = scene.s.margin.format(bookmarked, false);
    // On one line, however long: it may reach into the window's edge rather than wrap.
    Some(simple(ctx, &label, format, false, f32::INFINITY))
}

/// The find matches in one place (a paragraph, a footnote), and which of them is current.
pub(super) fn matches_in(
    scene: &Scene<'_>,
    place: MatchPlace,
) -> (Vec<Range<usize>>, Option<usize>) {
    let rc = scene.rc;
    let mut ranges = Vec::new();
    let mut current = None;
    for (i, m) in rc.matches.iter().enumerate() {
        if m.place == place {
            if rc.current_match == Some(i) {
                current = Some(ranges.len());
            }
            ranges.push(m.range.clone());
        }
    }
    (ranges, current)
}

/// One run of text in one format.
pub(super) fn simple(
    ctx: &egui::Context,
    text: &str,
    format: TextFormat,
    rtl: bool,
    width: f32,
) -> RichLayout {
    let segment = Segment {
        text: text.to_string(),
        format,
        tag: None,
    };
    rich_text::layout(ctx, &[segment], rtl, width)
}

/// A row's height before it is laid out, from its length: the scroll bar is about right
/// from the first frame.
pub(super) fn estimate_height(doc: &Document, row: RowKind, g: &Geometry) -> f32 {
    // Chinese characters are about as wide as the font is high; other letters half that.
    let chars = |s: &str| {
        s.chars()
            .map(|c| if is_cjk(c) { 1.0 } else { 0.5 })
            .sum::<f32>()
    };
    let lines =
        |units: f32, size: f32, width: f32| ((units * size) / width.max(50.0)).ceil().max(1.0);
    match row {
        RowKind::Meta => 40.0,
        RowKind::Title => {
            let title = doc.meta.title.as_deref().unwrap_or("");
            40.0 + 31.0 * lines(chars(title), 22.0, g.text_w)
        }
        RowKind::Formula | RowKind::Division(_) | RowKind::Closing => 40.0,
        RowKind::Paragraph(i) => {
            let Some(p) = doc.paragraphs.get(i) else {
                return 0.0;
            };
            let width = g.text_w - INDENT * f32::from(p.depth);
            12.0 + 25.0 * lines(chars(&p.text) + 4.0, 16.0, width)
        }
    }
}
