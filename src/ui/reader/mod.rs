//! The reading view of one document: a header, then paragraphs with their refs in the margin
//! and their footnotes in a column beside them (popups on narrow windows).
//!
//! Only visible rows are laid out; layouts are cached per width, zoom and theme, and the rest
//! of the document is laid out a few milliseconds per frame so the scroll bar settles. The row
//! at the top of the view stays put while heights above it are refined.

use crate::document::{Document, ParagraphKind, find::MatchPlace};
use crate::ui::command::Command;
use crate::ui::rich_text::{self, RichLayout, Segment};
use crate::ui::segments::{self, Annotated, Tag, TextStyle};
use crate::ui::tab::Tab;
use crate::ui::virtual_list::VirtualList;
use egui::{Align, Color32, FontId, Id, Pos2, Rect, Role, Sense, Ui, Vec2, WidgetInfo};
use std::ops::Range;

/// Below this width the footnote column gives way to popups.
pub const NARROW_WIDTH: f32 = 900.0;

/// One row of the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// Body, session, agenda item, adoption: a small line above the title.
    Meta,
    Title,
    Formula,
    /// The title of an annex or a part (A, B).
    Division(usize),
    Paragraph(usize),
    /// Adoption meeting and date.
    Closing,
}

/// Column positions for the current width (x offsets from the view's left edge).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    pub rtl: bool,
    pub wide: bool,
    pub width: f32,
    pub margin_x: f32,
    pub margin_w: f32,
    pub text_x: f32,
    pub text_w: f32,
    pub notes_x: f32,
    pub notes_w: f32,
}

impl Geometry {
    pub fn new(width: f32, rtl: bool) -> Geometry {
        let pad = 16.0;
        let wide = width >= NARROW_WIDTH;
        let (margin_w, gap, notes_gap) = if wide {
            (64.0, 14.0, 28.0)
        } else {
            (52.0, 10.0, 0.0)
        };
        let notes_w = if wide {
            (width * 0.28).clamp(220.0, 340.0)
        } else {
            0.0
        };
        let text_w = (width - 2.0 * pad - margin_w - gap - notes_gap - notes_w).clamp(120.0, 780.0);
        let ltr = Geometry {
            rtl,
            wide,
            width,
            margin_x: pad,
            margin_w,
            text_x: pad + margin_w + gap,
            text_w,
            notes_x: pad + margin_w + gap + text_w + notes_gap,
            notes_w,
        };
        if !rtl {
            return ltr;
        }
        let mirror = |x: f32, w: f32| width - x - w;
        Geometry {
            margin_x: mirror(ltr.margin_x, ltr.margin_w),
            text_x: mirror(ltr.text_x, ltr.text_w),
            notes_x: mirror(ltr.notes_x, ltr.notes_w),
            ..ltr
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
struct LayoutKey {
    geometry: Geometry,
    pixels_per_point: f32,
    dark: bool,
    /// Changes whenever what is highlighted changes (find, footnote highlight).
    generation: u64,
}

struct NoteLayout {
    footnote: usize,
    layout: RichLayout,
    y: f32,
}

struct UserNoteLayout {
    /// Index into the tab's notes.
    index: usize,
    layout: RichLayout,
    y: f32,
}

struct RowLayout {
    /// What a screen reader says for rows that are not paragraphs.
    label: String,
    margin: Option<RichLayout>,
    body: RichLayout,
    indent: f32,
    notes: Vec<NoteLayout>,
    user_notes: Vec<UserNoteLayout>,
    /// Words that notes are on, in the notes' colours (rectangles relative to the body).
    highlights: Vec<(Rect, Color32)>,
    /// Whether the paragraph is bookmarked (a star in the margin).
    bookmarked: bool,
    table: Option<TableLayout>,
    height: f32,
}

/// Scrolling, focus and layout state of one tab's reader.
pub struct ReaderState {
    pub rows: Vec<RowKind>,
    /// For each paragraph, its row.
    para_row: Vec<usize>,
    list: VirtualList<RowLayout>,
    key: Option<LayoutKey>,
    /// Bumped when highlights change, to re-lay out text.
    pub generation: u64,
    /// The paragraph the keyboard works on.
    pub focus: Option<usize>,
    pub highlighted_footnote: Option<usize>,
    /// The topmost visible paragraph (the outline shows it).
    pub top_paragraph: Option<usize>,
    /// A footnote shown as a popup (narrow windows), with the marker's rectangle.
    popup: Option<(usize, Rect)>,
    /// Text selected by dragging over a paragraph.
    pub selection: Option<TextSelection>,
}

/// Text selected by dragging, within a paragraph or across several: each end is a paragraph
/// and a byte offset into its laid-out text (which stays the same when the layout changes
/// width, zoom or highlights).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextSelection {
    /// Where the drag started.
    anchor: (usize, usize),
    /// Where the pointer is (or was let go).
    head: (usize, usize),
    /// The anchor paragraph's text before and after the anchor, for when its row has been
    /// scrolled away.
    anchor_before: String,
    anchor_after: String,
    /// Whether the button is still down.
    dragging: bool,
    /// The selected text as copied; paragraphs on lines of their own.
    pub text: String,
}

impl TextSelection {
    /// The first paragraph of the selection.
    pub fn paragraph(&self) -> usize {
        self.anchor.0.min(self.head.0)
    }

    /// The selected words, when the selection is inside one paragraph.
    pub fn words(&self) -> Option<&str> {
        (self.anchor.0 == self.head.0 && !self.text.is_empty()).then_some(self.text.as_str())
    }

    /// What is selected of paragraph `p`, whose laid-out text is `len` bytes long.
    fn range_in(&self, p: usize, len: usize) -> Option<Range<usize>> {
        let (start, end) = if self.anchor <= self.head {
            (self.anchor, self.head)
        } else {
            (self.head, self.anchor)
        };
        if p < start.0 || p > end.0 {
            return None;
        }
        let from = if p == start.0 { start.1 } else { 0 };
        let to = if p == end.0 { end.1 } else { len };
        (from < to).then_some(from..to)
    }

    /// Recomputes the text with the head in paragraph `head_body`; the paragraphs in between
    /// come from the document, as Copy text gives them.
    fn update_text(&mut self, head_body: &RichLayout, doc: &Document) {
        let (anchor, head) = (self.anchor, self.head);
        let between = |from: usize, to: usize| -> Vec<String> {
            doc.paragraphs
                .get(from..to)
                .unwrap_or_default()
                .iter()
                .map(crate::document::Paragraph::copy_text)
                .collect()
        };
        let parts: Vec<String> = if anchor.0 == head.0 {
            vec![head_body.text_in(anchor.1.min(head.1)..anchor.1.max(head.1))]
        } else if anchor.0 < head.0 {
            let mut parts = vec![self.anchor_after.clone()];
            parts.extend(between(anchor.0 + 1, head.0));
            parts.push(head_body.text_in(0..head.1));
            parts
        } else {
            let mut parts = vec![head_body.text_in(head.1..head_body.text_len())];
            parts.extend(between(head.0 + 1, anchor.0));
            parts.push(self.anchor_before.clone());
            parts
        };
        let parts: Vec<&str> = parts
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect();
        self.text = parts.join("\n");
    }
}

impl ReaderState {
    pub fn new(doc: &Document) -> ReaderState {
        let mut rows = vec![RowKind::Meta, RowKind::Title];
        if doc.formula.is_some() {
            rows.push(RowKind::Formula);
        }
        let mut para_row = Vec::with_capacity(doc.paragraphs.len());
        let mut division = 0;
        for (i, p) in doc.paragraphs.iter().enumerate() {
            if p.division != division {
                division = p.division;
                if doc
                    .divisions
                    .get(division)
                    .is_some_and(|d| !d.label.is_empty() || d.title.is_some())
                {
                    rows.push(RowKind::Division(division));
                }
            }
            para_row.push(rows.len());
            rows.push(RowKind::Paragraph(i));
        }
        if doc.meta.meeting.is_some() || doc.meta.adopted.is_some() {
            rows.push(RowKind::Closing);
        }
        let mut list = VirtualList::default();
        list.reset(rows.len(), |_| 40.0);
        ReaderState {
            rows,
            para_row,
            list,
            key: None,
            generation: 0,
            focus: None,
            highlighted_footnote: None,
            top_paragraph: None,
            popup: None,
            selection: None,
        }
    }

    /// Scrolls so that this paragraph is at the top, and focuses it.
    pub fn jump_to(&mut self, paragraph: usize) {
        if let Some(&row) = self.para_row.get(paragraph) {
            self.list.scroll_to(row);
            self.focus = Some(paragraph);
        }
    }

    /// Scrolls only if the paragraph is not fully visible.
    pub fn reveal(&mut self, paragraph: usize) {
        if let Some(&row) = self.para_row.get(paragraph) {
            self.list.reveal(row);
        }
    }

    /// Forces re-layout of text (highlights changed).
    pub fn invalidate(&mut self) {
        self.generation += 1;
    }

    /// Whether every row has been laid out at the current width (the scroll bar is exact).
    pub fn fully_laid_out(&self) -> bool {
        self.list.settled()
    }
}

/// Everything the reader needs to know about its surroundings.
pub struct ReaderContext<'a> {
    /// The user's notes on this document, placed on its paragraphs.
    pub notes: &'a crate::ui::notes::TabNotes,
    pub tab_index: usize,
    /// Find matches to highlight, per place.
    pub matches: &'a [crate::document::find::Match],
    pub current_match: Option<usize>,
}

/// Shows the document. Returns what the user asked for.
pub fn show(ui: &mut Ui, tab: &mut Tab, rc: &ReaderContext<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let doc = tab.doc.clone();
    let state = &mut tab.reader;
    let rtl = doc.meta.language.is_some_and(|l| l.is_rtl());
    let geometry = Geometry::new(ui.available_width(), rtl);
    let key = LayoutKey {
        geometry,
        pixels_per_point: ui.ctx().pixels_per_point(),
        dark: ui.visuals().dark_mode,
        generation: state.generation,
    };
    if state.key.as_ref() != Some(&key) {
        // Old heights stay as estimates so the view does not jump while rows are laid out
        // again; a new width needs new estimates.
        state.list.invalidate();
        if state
            .key
            .as_ref()
            .is_none_or(|k| k.geometry != key.geometry)
        {
            let rows = &state.rows;
            state
                .list
                .estimate(|row| estimate_height(&doc, rows[row], &geometry));
        }
        state.key = Some(key);
    }
    let styles = Styles::new(ui, &doc);
    let ctx = ui.ctx().clone();
    let ReaderState {
        rows,
        list,
        focus,
        popup,
        highlighted_footnote,
        selection,
        ..
    } = state;
    let highlighted = *highlighted_footnote;
    let layout = |row: usize| {
        let laid = layout_row(&ctx, &doc, highlighted, rc, rows[row], &geometry, &styles);
        let height = laid.height;
        (laid, height)
    };
    let paint = |ui: &mut Ui, row: usize, laid: &RowLayout, rect: Rect| {
        let mut view = RowView {
            focus: &mut *focus,
            popup: &mut *popup,
            selection: &mut *selection,
            highlighted,
        };
        paint_row(
            ui,
            &mut view,
            &doc,
            rows[row],
            laid,
            rect.min,
            &geometry,
            &styles,
            rc,
            &mut commands,
        );
    };
    let view = ui.available_rect_before_wrap();
    list.show(
        ui,
        ("reader", rc.tab_index, doc.display_name()),
        layout,
        paint,
    );
    // A selection dragged to the top or bottom edge scrolls the text along.
    if selection.as_ref().is_some_and(|s| s.dragging)
        && let Some(pointer) = ui.input(|i| i.pointer.latest_pos())
    {
        const EDGE: f32 = 24.0;
        let dy = if pointer.y < view.min.y + EDGE {
            -(view.min.y + EDGE - pointer.y).min(60.0)
        } else if pointer.y > view.max.y - EDGE {
            (pointer.y - (view.max.y - EDGE)).min(60.0)
        } else {
            0.0
        };
        if dy != 0.0 {
            list.scroll_by(dy);
            ui.ctx().request_repaint();
        }
    }
    let top = list.top_row();
    state.top_paragraph = state.rows.iter().skip(top).find_map(|r| match r {
        RowKind::Paragraph(p) => Some(*p),
        _ => None,
    });
    show_popup(ui, state, &doc, &styles, rc, &mut commands);
    commands
}

/// What painting a row may change.
struct RowView<'a> {
    focus: &'a mut Option<usize>,
    popup: &'a mut Option<(usize, Rect)>,
    selection: &'a mut Option<TextSelection>,
    highlighted: Option<usize>,
}

/// Fonts and colours for this frame.
struct Styles {
    body: TextStyle,
    note: TextStyle,
    margin: TextStyle,
    meta: TextStyle,
    title: TextStyle,
    focus_bg: Color32,
    note_bar: Color32,
    note_highlight_bg: Color32,
}

impl Styles {
    fn new(ui: &Ui, doc: &Document) -> Styles {
        let v = ui.visuals();
        let palette = crate::ui::theme::palette(v);
        let language = doc.meta.language;
        let base = TextStyle {
            language,
            size: 16.0,
            line_height: 25.0,
            color: v.text_color(),
            strong: v.strong_text_color(),
            link: v.hyperlink_color,
            match_bg: palette.match_bg,
            current_match_bg: palette.current_match_bg,
            highlight_bg: palette.footnote_marker_bg,
        };
        Styles {
            note: TextStyle {
                size: 13.5,
                line_height: 20.0,
                ..base.clone()
            },
            margin: TextStyle {
                size: 12.0,
                line_height: 25.0,
                color: v.weak_text_color(),
                ..base.clone()
            },
            meta: TextStyle {
                size: 13.0,
                line_height: 20.0,
                color: v.weak_text_color(),
                ..base.clone()
            },
            title: TextStyle {
                size: 22.0,
                line_height: 31.0,
                color: v.strong_text_color(),
                ..base.clone()
            },
            body: base,
            focus_bg: palette.focus_bg,
            note_bar: crate::ui::theme::footnote_bar(v),
            note_highlight_bg: palette.footnote_bg,
        }
    }
}

fn estimate_height(doc: &Document, row: RowKind, g: &Geometry) -> f32 {
    let chars = |s: &str| {
        s.chars()
            .map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.5 })
            .sum::<f32>()
    };
    let lines =
        |units: f32, size: f32, width: f32| ((units * size) / width.max(50.0)).ceil().max(1.0);
    match row {
        RowKind::Meta => 40.0,
        RowKind::Title => {
            40.0 + 31.0
                * lines(
                    chars(doc.meta.title.as_deref().unwrap_or("")),
                    22.0,
                    g.text_w,
                )
        }
        RowKind::Formula | RowKind::Division(_) | RowKind::Closing => 40.0,
        RowKind::Paragraph(i) => {
            let Some(p) = doc.paragraphs.get(i) else {
                return 0.0;
            };
            12.0 + 25.0
                * lines(
                    chars(&p.text) + 4.0,
                    16.0,
                    g.text_w - 28.0 * f32::from(p.depth),
                )
        }
    }
}

fn matches_in(rc: &ReaderContext<'_>, place: MatchPlace) -> (Vec<Range<usize>>, Option<usize>) {
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

fn simple(
    ctx: &egui::Context,
    text: &str,
    format: egui::TextFormat,
    rtl: bool,
    width: f32,
) -> RichLayout {
    rich_text::layout(
        ctx,
        &[Segment {
            text: text.to_string(),
            format,
            tag: None,
        }],
        rtl,
        width,
    )
}

#[allow(clippy::too_many_arguments)]
fn layout_row(
    ctx: &egui::Context,
    doc: &Document,
    highlighted: Option<usize>,
    rc: &ReaderContext<'_>,
    row: RowKind,
    g: &Geometry,
    s: &Styles,
) -> RowLayout {
    let rtl = g.rtl;
    let plain_row = |text: &str, format: egui::TextFormat, width: f32, gap: f32| {
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
    };
    match row {
        RowKind::Meta => {
            let m = &doc.meta;
            let mut parts: Vec<String> = Vec::new();
            if let Some(symbol) = &m.symbol {
                parts.push(symbol.clone());
            }
            if let Some(body) = m.body {
                parts.push(body.name().to_string());
            }
            if let Some(session) = &m.session_text {
                parts.push(session.clone());
            }
            parts.extend(m.agenda_items.iter().cloned());
            if let Some(date) = &m.adopted {
                parts.push(format!("adopted {date}"));
            }
            if let Some(meeting) = &m.meeting {
                parts.push(meeting.clone());
            }
            if let Some(report) = &m.committee_report {
                parts.push(format!("report {report}"));
            }
            if m.is_draft {
                parts.push("draft".into());
            }
            let width = g.text_w + if g.wide { g.notes_w + 28.0 } else { 0.0 };
            plain_row(&parts.join(" · "), s.meta.format(false, false), width, 10.0)
        }
        RowKind::Title => {
            let m = &doc.meta;
            let title = match (&m.number, &m.title) {
                (Some(n), Some(t)) => format!("{n}. {t}"),
                (None, Some(t)) => t.clone(),
                (Some(n), None) => n.clone(),
                (None, None) => doc.display_name(),
            };
            let width = g.text_w + if g.wide { g.notes_w + 28.0 } else { 0.0 };
            plain_row(&title, s.title.format(true, false), width, 22.0)
        }
        RowKind::Formula => {
            let text = doc.formula.as_deref().unwrap_or_default();
            plain_row(text, s.body.format(false, true), g.text_w, 12.0)
        }
        RowKind::Division(d) => {
            let div = doc.divisions.get(d);
            let label = div.map(|d| match &d.title {
                Some(t) if !d.label.is_empty() => format!("{}\n{t}", d.label),
                Some(t) => t.clone(),
                None => d.label.clone(),
            });
            plain_row(
                &label.unwrap_or_default(),
                s.title.format(true, false),
                g.text_w,
                24.0,
            )
        }
        RowKind::Closing => {
            let m = &doc.meta;
            let text = [m.meeting.clone(), m.adopted.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join("\n");
            plain_row(&text, s.meta.format(false, false), g.text_w, 16.0)
        }
        RowKind::Paragraph(i) => {
            let Some(p) = doc.paragraphs.get(i) else {
                return plain_row("", s.body.format(false, false), g.text_w, 0.0);
            };
            let (ranges, current) = matches_in(rc, MatchPlace::Paragraph(i));
            let annotated = Annotated {
                text: &p.text,
                styles: &p.styles,
                citations: &p.citations,
                footnote_refs: &p.footnote_refs,
                matches: &ranges,
                current_match: current,
                highlighted_footnote: highlighted,
            };
            let (style, format) = if p.is_heading() {
                (&s.body, s.body.format(true, false))
            } else {
                (&s.body, s.body.format(false, false))
            };
            let number = p
                .number
                .is_some()
                .then(|| (p.number_prefix(rtl), format.clone()));
            let mut segs = segments::build(
                &annotated,
                style,
                number.as_ref().map(|(t, f)| (t.as_str(), f.clone(), None)),
            );
            if p.is_heading() {
                // Headings (a section's number and title) read as headings: in bold.
                for seg in segs
                    .iter_mut()
                    .filter(|seg| seg.format.font_id.size >= style.size)
                {
                    seg.format.font_id.family =
                        crate::ui::fonts::family_for(style.language, true, false);
                    seg.format.color = style.strong;
                }
            }
            let indent = 28.0 * f32::from(p.depth);
            let (body, table) = match &p.block {
                crate::document::Block::Table(t) => {
                    let table = table_layout(ctx, t, s, rtl, g.text_w - indent);
                    (
                        rich_text::layout(ctx, &[], rtl, g.text_w - indent),
                        Some(table),
                    )
                }
                _ => (rich_text::layout(ctx, &segs, rtl, g.text_w - indent), None),
            };
            let bookmarked = rc.notes.is_bookmarked(i);
            let has_notes = !rc.notes.on_paragraph(i).is_empty();
            let margin = (p.kind != ParagraphKind::Other || bookmarked).then(|| {
                let mut label = p.reference.clone();
                if !g.wide && has_notes {
                    label = format!("● {label}");
                }
                if bookmarked {
                    label = format!("★ {label}");
                }
                simple(
                    ctx,
                    &label,
                    s.margin.format(bookmarked, false),
                    false,
                    g.margin_w,
                )
            });
            let mut notes = Vec::new();
            let mut notes_h: f32 = 0.0;
            if g.wide {
                let mut seen = Vec::new();
                for r in &p.footnote_refs {
                    if seen.contains(&r.footnote) {
                        continue;
                    }
                    seen.push(r.footnote);
                    if let Some(layout) = note_layout(
                        ctx,
                        doc,
                        r.footnote,
                        highlighted,
                        rc,
                        s,
                        rtl,
                        g.notes_w - 10.0,
                    ) {
                        let y = notes_h;
                        notes_h += layout.size().y + 6.0;
                        notes.push(NoteLayout {
                            footnote: r.footnote,
                            layout,
                            y,
                        });
                    }
                }
            }
            let mut user_notes = Vec::new();
            if g.wide {
                for &index in rc.notes.on_paragraph(i) {
                    let Some(note) = rc.notes.all().get(index) else {
                        continue;
                    };
                    if note.text.trim().is_empty() && note.tags.is_empty() {
                        // A bare bookmark: the star in the margin says it all.
                        continue;
                    }
                    let layout = user_note_layout(
                        ctx,
                        note,
                        rc.notes.placements.get(index),
                        s,
                        rtl,
                        g.notes_w - 10.0,
                    );
                    let y = notes_h;
                    notes_h += layout.size().y + 8.0;
                    user_notes.push(UserNoteLayout { index, layout, y });
                }
            }
            let highlights = note_highlights(&body, rc, i, ctx.global_style().visuals.dark_mode);
            let gap = if p.kind == ParagraphKind::Subparagraph {
                8.0
            } else {
                12.0
            };
            let body_h = table.as_ref().map_or(body.size().y, |t| t.size.y);
            let height = body_h.max(notes_h) + gap;
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
                height,
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn note_layout(
    ctx: &egui::Context,
    doc: &Document,
    footnote: usize,
    highlighted: Option<usize>,
    rc: &ReaderContext<'_>,
    s: &Styles,
    rtl: bool,
    width: f32,
) -> Option<RichLayout> {
    let f = doc.footnotes.get(footnote)?;
    let (ranges, current) = matches_in(rc, MatchPlace::Footnote(footnote));
    let annotated = Annotated {
        text: &f.text,
        styles: &f.styles,
        citations: &f.citations,
        footnote_refs: &[],
        matches: &ranges,
        current_match: current,
        highlighted_footnote: None,
    };
    let mut marker_format = s.note.format(true, false);
    marker_format.color = s.note.link;
    if highlighted == Some(footnote) {
        marker_format.background = s.note.highlight_bg;
    }
    let marker = format!("{} ", f.marker);
    let segs = segments::build(
        &annotated,
        &s.note,
        Some((marker.as_str(), marker_format, Some(Tag::NoteMarker))),
    );
    Some(rich_text::layout(ctx, &segs, rtl, width))
}

/// A table laid out as a grid: each cell wrapped in its column.
struct TableLayout {
    cells: Vec<(Pos2, RichLayout)>,
    /// x of every column edge, y of every row edge (relative to the table's top left).
    columns: Vec<f32>,
    rows: Vec<f32>,
    size: Vec2,
}

fn table_layout(
    ctx: &egui::Context,
    table: &crate::document::Table,
    s: &Styles,
    rtl: bool,
    width: f32,
) -> TableLayout {
    const PAD: f32 = 6.0;
    let columns = table
        .rows
        .iter()
        .map(|r| r.cells.len())
        .max()
        .unwrap_or(0)
        .max(1);
    // Column widths follow the longest text in each column, within bounds.
    let mut weight = vec![1.0_f32; columns];
    for row in &table.rows {
        for (c, cell) in row.cells.iter().enumerate() {
            let w = (cell.text.chars().count() as f32).clamp(4.0, 60.0);
            weight[c] = weight[c].max(w);
        }
    }
    let total: f32 = weight.iter().sum();
    let widths: Vec<f32> = weight
        .iter()
        .map(|w| (width * w / total).max(48.0))
        .collect();
    let mut edges = vec![0.0];
    for w in &widths {
        edges.push(edges.last().copied().unwrap_or(0.0) + w);
    }
    let mut cells = Vec::new();
    let mut row_edges = vec![0.0];
    let mut y = 0.0;
    for row in &table.rows {
        let mut height: f32 = 0.0;
        for (c, cell) in row.cells.iter().enumerate() {
            let span = usize::from(cell.colspan.max(1)).min(columns - c.min(columns - 1));
            let x0 = edges[c.min(columns - 1)];
            let x1 = edges[(c + span).min(columns)];
            let format = s.note.format(cell.header, false);
            let layout = simple(
                ctx,
                &cell.text,
                format,
                rtl,
                (x1 - x0 - 2.0 * PAD).max(10.0),
            );
            height = height.max(layout.size().y);
            // Right-to-left tables run from the right.
            let x = if rtl {
                width.min(edges[columns]) - x1
            } else {
                x0
            };
            cells.push((Pos2::new(x + PAD, y + PAD / 2.0), layout));
        }
        y += height + PAD;
        row_edges.push(y);
    }
    let table_width = edges[columns].min(width.max(edges[columns]));
    TableLayout {
        cells,
        columns: edges,
        rows: row_edges,
        size: Vec2::new(table_width, y),
    }
}

impl TableLayout {
    fn paint(&self, painter: &egui::Painter, top_left: Pos2, stroke: egui::Stroke) {
        let rect = Rect::from_min_size(top_left, self.size);
        for &y in &self.rows {
            painter.hline(rect.x_range(), top_left.y + y, stroke);
        }
        for &x in &self.columns {
            painter.vline(top_left.x + x.min(self.size.x), rect.y_range(), stroke);
        }
        for (pos, layout) in &self.cells {
            layout.paint(painter, top_left + pos.to_vec2());
        }
    }
}

/// The words that notes on a paragraph quote (notes on the whole paragraph have none), found
/// in its laid-out text, as rectangles in each note's colour.
fn note_highlights(
    body: &RichLayout,
    rc: &ReaderContext<'_>,
    paragraph: usize,
    dark: bool,
) -> Vec<(Rect, Color32)> {
    let mut out = Vec::new();
    for &index in rc.notes.on_paragraph(paragraph) {
        let Some(note) = rc.notes.all().get(index) else {
            continue;
        };
        let quote = &note.anchor.quote;
        if quote.is_paragraph() || quote.exact.trim().is_empty() {
            continue;
        }
        let Some(range) = body.find(&quote.exact) else {
            continue;
        };
        let color = crate::ui::theme::note_color(note.color, dark).gamma_multiply(0.4);
        out.extend(body.selection_rects(range).into_iter().map(|r| (r, color)));
    }
    out
}

/// A drag selects from where it started to where the pointer is, across paragraphs: the
/// paragraph it starts on begins it, and whichever row the pointer is over moves its end.
fn select_by_dragging(
    response: &egui::Response,
    body: &RichLayout,
    place: &RowPlace,
    paragraph: usize,
    doc: &Document,
    selection: &mut Option<TextSelection>,
) {
    if response.drag_started()
        && let Some(start) = response.ctx.input(|i| i.pointer.press_origin())
    {
        let caret = body.caret_at(start - place.origin);
        *selection = Some(TextSelection {
            anchor: (paragraph, caret),
            head: (paragraph, caret),
            anchor_before: body.text_in(0..caret),
            anchor_after: body.text_in(caret..body.text_len()),
            dragging: true,
            text: String::new(),
        });
    }
    let Some(sel) = selection.as_mut().filter(|s| s.dragging) else {
        return;
    };
    let (down, pointer) = response
        .ctx
        .input(|i| (i.pointer.primary_down(), i.pointer.interact_pos()));
    if !down {
        sel.dragging = false;
        return;
    }
    // Above or below the view (the text scrolls along), the row at its edge takes the end.
    if let Some(pos) = pointer {
        let y = pos.y.clamp(place.view.min + 1.0, place.view.max - 1.0);
        if place.span.contains(y) {
            sel.head = (
                paragraph,
                body.caret_at(egui::pos2(pos.x, y) - place.origin),
            );
            sel.update_text(body, doc);
        }
    }
}

/// Where a paragraph's row is on screen, for a drag over it.
struct RowPlace {
    /// The top left corner of the paragraph's text.
    origin: Pos2,
    /// The row's vertical extent, gap included.
    span: egui::Rangef,
    /// The visible part of the list.
    view: egui::Rangef,
}

#[allow(clippy::too_many_arguments)]
fn paint_row(
    ui: &mut Ui,
    state: &mut RowView<'_>,
    doc: &Document,
    kind: RowKind,
    laid: &RowLayout,
    top_left: Pos2,
    g: &Geometry,
    s: &Styles,
    rc: &ReaderContext<'_>,
    commands: &mut Vec<Command>,
) {
    let body_x = if g.rtl {
        g.text_x
    } else {
        g.text_x + laid.indent
    };
    let body_origin = top_left + Vec2::new(body_x, 0.0);
    let body_size = laid.table.as_ref().map_or(laid.body.size(), |t| t.size);
    let body_rect = Rect::from_min_size(body_origin, body_size);
    let painter = ui.painter().clone();

    let RowKind::Paragraph(p_index) = kind else {
        let x = if matches!(kind, RowKind::Meta | RowKind::Title) && g.rtl && g.wide {
            g.notes_x
        } else {
            body_x
        };
        let origin = top_left + Vec2::new(x, 0.0);
        laid.body.paint(&painter, origin);
        let role = match kind {
            RowKind::Title | RowKind::Division(_) => Role::Heading,
            _ => Role::Label,
        };
        let r = ui.interact(
            Rect::from_min_size(origin, laid.body.size()),
            Id::unique(("row", rc.tab_index, kind)),
            Sense::hover(),
        );
        r.widget_info(|| WidgetInfo::labeled(role, true, &laid.label));
        return;
    };
    let Some(paragraph) = doc.paragraphs.get(p_index) else {
        return;
    };
    let focused = *state.focus == Some(p_index);
    if focused {
        let bg = Rect::from_min_max(
            top_left + Vec2::new(g.text_x.min(g.margin_x) - 6.0, -4.0),
            top_left
                + Vec2::new(
                    g.text_x.max(g.margin_x + g.margin_w) + g.text_w + 6.0,
                    laid.height - 6.0,
                ),
        );
        painter.rect_filled(bg, 4.0, s.focus_bg);
    }
    if let Some(margin) = &laid.margin {
        // Right-aligned towards the text (left-aligned in a right-to-left document).
        let x = if g.rtl {
            g.margin_x
        } else {
            let used = margin
                .glyphs()
                .iter()
                .map(|gl| gl.rect.max.x)
                .fold(0.0, f32::max);
            g.margin_x + (g.margin_w - used).max(0.0)
        };
        margin.paint(&painter, top_left + Vec2::new(x, 1.0));
    }
    let margin_rect = Rect::from_min_size(
        top_left + Vec2::new(g.margin_x, 0.0),
        Vec2::new(g.margin_w, 24.0),
    );
    let margin_response = ui
        .interact(
            margin_rect,
            Id::unique(("margin", rc.tab_index, p_index)),
            Sense::click(),
        )
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    let bookmark_label = if laid.bookmarked {
        format!("Remove bookmark from {}", paragraph.reference)
    } else {
        format!("Bookmark {}", paragraph.reference)
    };
    margin_response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &bookmark_label));
    let margin_response = margin_response.on_hover_text(format!("{bookmark_label} (B)"));
    if margin_response.clicked() {
        commands.push(Command::ToggleBookmark {
            tab: rc.tab_index,
            paragraph: p_index,
        });
    }
    let id = Id::unique(("paragraph", rc.tab_index, p_index));
    let response = ui.interact(body_rect, id, Sense::click_and_drag());
    let label = format!("{}: {}", paragraph.reference, paragraph.text);
    response.widget_info(|| WidgetInfo::labeled(Role::Paragraph, true, &label));
    if laid.table.is_none() {
        let place = RowPlace {
            origin: body_origin,
            span: egui::Rangef::new(top_left.y - 4.0, top_left.y + laid.height),
            view: ui.clip_rect().y_range(),
        };
        select_by_dragging(&response, &laid.body, &place, p_index, doc, state.selection);
    }
    if response.clicked() {
        *state.focus = Some(p_index);
        *state.selection = None;
    }
    let response = if laid.table.is_none() {
        response.on_hover_cursor(egui::CursorIcon::Text)
    } else {
        response
    };
    for (rect, color) in &laid.highlights {
        painter.rect_filled(rect.translate(body_origin.to_vec2()), 2.0, *color);
    }
    let selection = state.selection.as_ref().filter(|sel| !sel.text.is_empty());
    let selected_here = selection.and_then(|sel| sel.range_in(p_index, laid.body.text_len()));
    if let Some(range) = selected_here.clone() {
        let fill = ui.visuals().selection.bg_fill;
        for rect in laid.body.selection_rects(range) {
            painter.rect_filled(rect.translate(body_origin.to_vec2()), 0.0, fill);
        }
    }
    // What the context menu offers: the selection, and its words for a note on this paragraph.
    let selected_text = selection
        .filter(|_| selected_here.is_some())
        .map(|sel| sel.text.clone());
    let selected_words = selection
        .filter(|sel| sel.paragraph() == p_index)
        .and_then(|sel| sel.words())
        .map(str::to_string);
    laid.body.paint(&painter, body_origin);
    if let Some(table) = &laid.table {
        let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
        table.paint(&painter, body_origin, stroke);
    }
    response.context_menu(|ui| {
        if let Some(text) = &selected_text
            && ui.button("Copy selection").clicked()
        {
            commands.push(Command::Copy(text.clone()));
            ui.close();
        }
        if ui.button("Copy text").clicked() {
            commands.push(Command::Copy(paragraph.copy_text()));
            ui.close();
        }
        if ui.button("Copy citation").clicked() {
            commands.push(Command::Copy(crate::document::citation(doc, paragraph)));
            ui.close();
        }
        ui.separator();
        if let Some(words) = &selected_words
            && ui.button("Add note on the selection…").clicked()
        {
            commands.push(Command::EditNote {
                tab: rc.tab_index,
                paragraph: p_index,
                note: None,
                words: Some(words.clone()),
            });
            ui.close();
        }
        if ui.button("Add note…").clicked() {
            commands.push(Command::EditNote {
                tab: rc.tab_index,
                paragraph: p_index,
                note: None,
                words: None,
            });
            ui.close();
        }
        if ui
            .button(if laid.bookmarked {
                "Remove bookmark"
            } else {
                "Bookmark"
            })
            .clicked()
        {
            commands.push(Command::ToggleBookmark {
                tab: rc.tab_index,
                paragraph: p_index,
            });
            ui.close();
        }
    });

    // Citations and footnote markers are their own widgets: clickable, and named for screen
    // readers and tests.
    for (k, (tag, rect)) in laid.body.tags().iter().enumerate() {
        let rect = rect.translate(body_origin.to_vec2());
        let Some(tag) = Tag::decode(*tag) else {
            continue;
        };
        let tag_id = id.with(("tag", k));
        match tag {
            Tag::Citation(c) => {
                let Some(citation) = paragraph.citations.get(c) else {
                    continue;
                };
                let printed = paragraph
                    .text
                    .get(citation.range.clone())
                    .unwrap_or(&citation.symbol)
                    .to_string();
                let r = ui
                    .interact(rect, tag_id, Sense::click())
                    .on_hover_cursor(egui::CursorIcon::PointingHand);
                r.widget_info(|| WidgetInfo::labeled(Role::Link, true, &printed));
                let r = r.on_hover_text(hover_text(&citation.symbol, citation.pinpoint.as_deref()));
                if r.clicked() {
                    commands.push(Command::FollowCitation {
                        tab: rc.tab_index,
                        symbol: citation.symbol.clone(),
                        pinpoint: citation.pinpoint.clone(),
                    });
                }
            }
            Tag::FootnoteRef(f) => {
                let Some(fref) = paragraph.footnote_refs.get(f) else {
                    continue;
                };
                let r = ui
                    .interact(rect.expand(2.0), tag_id, Sense::click())
                    .on_hover_cursor(egui::CursorIcon::PointingHand);
                r.widget_info(|| {
                    WidgetInfo::labeled(Role::Link, true, format!("footnote {}", fref.marker))
                });
                if r.clicked() {
                    let next = (state.highlighted != Some(fref.footnote)).then_some(fref.footnote);
                    commands.push(Command::HighlightFootnote {
                        tab: rc.tab_index,
                        footnote: next,
                    });
                    if !g.wide {
                        *state.popup = next.map(|n| (n, rect));
                    }
                }
            }
            Tag::NoteMarker => {}
        }
    }

    // The user's notes, below the footnotes.
    for note in &laid.user_notes {
        let origin = top_left + Vec2::new(g.notes_x + if g.rtl { 0.0 } else { 10.0 }, note.y);
        let rect = Rect::from_min_size(origin, note.layout.size());
        let Some(user_note) = rc.notes.all().get(note.index) else {
            continue;
        };
        let frame = rect.expand2(Vec2::new(6.0, 3.0));
        let color = crate::ui::theme::note_color(user_note.color, ui.visuals().dark_mode);
        painter.rect_filled(frame, 3.0, color.gamma_multiply(0.12));
        let bar_x = if g.rtl { frame.max.x } else { frame.min.x };
        painter.line_segment(
            [Pos2::new(bar_x, frame.min.y), Pos2::new(bar_x, frame.max.y)],
            egui::Stroke::new(3.0, color),
        );
        note.layout.paint(&painter, origin);
        let r = ui
            .interact(
                frame,
                Id::unique(("user-note", rc.tab_index, &user_note.id)),
                Sense::click(),
            )
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text("Edit this note");
        r.widget_info(|| {
            WidgetInfo::labeled(
                Role::Note,
                true,
                format!("Note on {}: {}", paragraph.reference, user_note.text),
            )
        });
        if r.clicked() {
            commands.push(Command::EditNote {
                tab: rc.tab_index,
                paragraph: p_index,
                note: Some(user_note.id.clone()),
                words: None,
            });
        }
    }

    // Footnotes beside the paragraph.
    for note in &laid.notes {
        let origin = top_left + Vec2::new(g.notes_x + if g.rtl { 0.0 } else { 10.0 }, note.y);
        let rect = Rect::from_min_size(origin, note.layout.size());
        let highlighted = state.highlighted == Some(note.footnote);
        let frame = rect.expand2(Vec2::new(6.0, 2.0));
        if highlighted {
            painter.rect_filled(frame, 2.0, s.note_highlight_bg);
        }
        let bar_x = if g.rtl { frame.max.x } else { frame.min.x };
        painter.line_segment(
            [Pos2::new(bar_x, frame.min.y), Pos2::new(bar_x, frame.max.y)],
            egui::Stroke::new(
                if highlighted { 3.0 } else { 2.0 },
                if highlighted { s.body.link } else { s.note_bar },
            ),
        );
        note.layout.paint(&painter, origin);
        let Some(footnote) = doc.footnotes.get(note.footnote) else {
            continue;
        };
        let note_id = Id::unique(("note", rc.tab_index, p_index, note.footnote));
        let r = ui.interact(rect, note_id, Sense::click());
        r.widget_info(|| {
            WidgetInfo::labeled(
                Role::Note,
                true,
                format!("Footnote {}: {}", footnote.marker, footnote.text),
            )
        });
        for (k, (tag, trect)) in note.layout.tags().iter().enumerate() {
            let trect = trect.translate(origin.to_vec2());
            match Tag::decode(*tag) {
                Some(Tag::NoteMarker) => {
                    let m = ui
                        .interact(trect, note_id.with(("marker", k)), Sense::click())
                        .on_hover_cursor(egui::CursorIcon::PointingHand);
                    m.widget_info(|| {
                        WidgetInfo::labeled(
                            Role::Link,
                            true,
                            format!("back to footnote {} in the text", footnote.marker),
                        )
                    });
                    if m.clicked() {
                        let next = (!highlighted).then_some(note.footnote);
                        commands.push(Command::HighlightFootnote {
                            tab: rc.tab_index,
                            footnote: next,
                        });
                    }
                }
                Some(Tag::Citation(c)) => {
                    let Some(citation) = footnote.citations.get(c) else {
                        continue;
                    };
                    let printed = footnote
                        .text
                        .get(citation.range.clone())
                        .unwrap_or(&citation.symbol)
                        .to_string();
                    let m = ui
                        .interact(trect, note_id.with(("cite", k)), Sense::click())
                        .on_hover_cursor(egui::CursorIcon::PointingHand);
                    m.widget_info(|| WidgetInfo::labeled(Role::Link, true, &printed));
                    if m.clicked() {
                        commands.push(Command::FollowCitation {
                            tab: rc.tab_index,
                            symbol: citation.symbol.clone(),
                            pinpoint: citation.pinpoint.clone(),
                        });
                    }
                }
                _ => {}
            }
        }
        if r.clicked() && !highlighted {
            commands.push(Command::HighlightFootnote {
                tab: rc.tab_index,
                footnote: Some(note.footnote),
            });
        }
    }
}

/// A user's note as shown beside its paragraph: the text, then tags, status and date.
fn user_note_layout(
    ctx: &egui::Context,
    note: &crate::store::note::Note,
    placement: Option<&crate::store::Placement>,
    s: &Styles,
    rtl: bool,
    width: f32,
) -> RichLayout {
    let mut segments = Vec::new();
    let mut text_format = s.note.format(false, false);
    text_format.color = s.body.color;
    let text = if note.text.trim().is_empty() {
        "(bookmark)".to_string()
    } else {
        note.text.trim_end().to_string()
    };
    segments.push(Segment {
        text,
        format: text_format,
        tag: None,
    });
    let mut meta: Vec<String> = note.tags.iter().map(|t| format!("#{t}")).collect();
    if let Some(crate::store::AnchorStatus::Moved { from }) = placement.map(|p| &p.status) {
        meta.push(format!("was {from}"));
    }
    let date = note.updated.to_string();
    meta.push(date.get(..10).unwrap_or(&date).to_string());
    if note.bookmark {
        meta.insert(0, "★".into());
    }
    let mut meta_format = s.meta.format(false, false);
    meta_format.font_id.size = 11.5;
    segments.push(Segment {
        text: format!("\n{}", meta.join(" · ")),
        format: meta_format,
        tag: None,
    });
    rich_text::layout(ctx, &segments, rtl, width)
}

fn hover_text(symbol: &str, pinpoint: Option<&str>) -> String {
    match pinpoint {
        Some(p) => format!("{symbol}, para. {p}"),
        None => symbol.to_string(),
    }
}

fn show_popup(
    ui: &mut Ui,
    state: &mut ReaderState,
    doc: &Document,
    s: &Styles,
    rc: &ReaderContext<'_>,
    commands: &mut Vec<Command>,
) {
    let Some((footnote, anchor)) = state.popup else {
        return;
    };
    let Some(f) = doc.footnotes.get(footnote) else {
        state.popup = None;
        return;
    };
    let ctx = ui.ctx().clone();
    let area = egui::Area::new(Id::unique(("note-popup", rc.tab_index)))
        .order(egui::Order::Foreground)
        .fixed_pos(anchor.left_bottom() + Vec2::new(0.0, 4.0))
        .show(&ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(320.0);
                let title = format!("Footnote {}", f.marker);
                ui.label(
                    egui::RichText::new(title)
                        .font(FontId::proportional(12.0))
                        .weak(),
                );
                let segs = segments::build(
                    &Annotated {
                        text: &f.text,
                        styles: &f.styles,
                        citations: &f.citations,
                        footnote_refs: &[],
                        matches: &[],
                        current_match: None,
                        highlighted_footnote: None,
                    },
                    &s.note,
                    None,
                );
                let layout = rich_text::layout(
                    ui.ctx(),
                    &segs,
                    doc.meta.language.is_some_and(|l| l.is_rtl()),
                    300.0,
                );
                let (response, clicked, _) = rich_text::show(ui, &layout);
                response.widget_info(|| {
                    WidgetInfo::labeled(
                        Role::Note,
                        true,
                        format!("Footnote {}: {}", f.marker, f.text),
                    )
                });
                if let Some(Tag::Citation(c)) = clicked.and_then(Tag::decode)
                    && let Some(citation) = f.citations.get(c)
                {
                    commands.push(Command::FollowCitation {
                        tab: rc.tab_index,
                        symbol: citation.symbol.clone(),
                        pinpoint: citation.pinpoint.clone(),
                    });
                }
            });
        });
    let clicked_elsewhere =
        ctx.input(|i| i.pointer.any_click()) && !area.response.contains_pointer();
    let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    if escape
        || (clicked_elsewhere
            && !anchor.contains(ctx.input(|i| i.pointer.interact_pos()).unwrap_or_default()))
    {
        state.popup = None;
    }
    let _ = Align::Center;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geometry_mirrors_for_right_to_left() {
        let ltr = Geometry::new(1200.0, false);
        let rtl = Geometry::new(1200.0, true);
        assert!(ltr.wide && rtl.wide);
        assert!(ltr.margin_x < ltr.text_x && ltr.text_x < ltr.notes_x);
        assert!(rtl.notes_x < rtl.text_x && rtl.text_x < rtl.margin_x);
        assert!((ltr.text_x - (1200.0 - rtl.text_x - rtl.text_w)).abs() < 0.01);
        let narrow = Geometry::new(700.0, false);
        assert!(!narrow.wide);
        assert_eq!(narrow.notes_w, 0.0);
        assert!(narrow.text_x + narrow.text_w <= 700.0);
    }
}
