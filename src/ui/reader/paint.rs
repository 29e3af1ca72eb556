//! Painting a laid-out row and making its parts clickable. A paragraph's parts go in a fixed
//! order, which is also the order they are painted in (later on top) and registered with
//! egui (later wins a click): focus background, margin and its bookmark button, the text as
//! one widget, note highlights and the selection, the text itself, its context menu, its
//! links, then the column of the user's notes and footnotes.

use super::layout::RowLayout;
use super::selection::{self, TextSelection};
use super::{RowKind, Scene, access, footnotes, links, menu, user_notes};
use crate::document::Paragraph;
use crate::ui::command::Command;
use crate::ui::rich_text::RichLayout;
use egui::{Id, Painter, Pos2, Rect, Sense, Ui, Vec2};

/// What painting a row may change.
pub(super) struct RowView<'a> {
    pub focus: &'a mut Option<usize>,
    pub popup: &'a mut Option<(usize, Rect)>,
    pub selection: &'a mut Option<TextSelection>,
    pub commands: &'a mut Vec<Command>,
}

/// A paragraph's row being painted: which paragraph, its layout, and where it is.
pub(super) struct ParagraphRow<'a> {
    pub index: usize,
    pub paragraph: &'a Paragraph,
    pub laid: &'a RowLayout,
    /// The row's top left corner.
    pub top_left: Pos2,
    /// The top left corner of the paragraph's text.
    pub body_origin: Pos2,
}

impl ParagraphRow<'_> {
    /// Where the text (or the table) is on screen.
    pub fn body_rect(&self) -> Rect {
        Rect::from_min_size(self.body_origin, self.laid.body_size())
    }
}

/// Paints one row with its top left corner at `top_left`.
pub(super) fn paint_row(
    ui: &mut Ui,
    scene: &Scene<'_>,
    view: &mut RowView<'_>,
    kind: RowKind,
    laid: &RowLayout,
    top_left: Pos2,
) {
    let RowKind::Paragraph(index) = kind else {
        paint_header_row(ui, scene, kind, laid, top_left);
        return;
    };
    let Some(paragraph) = scene.doc.paragraphs.get(index) else {
        return;
    };
    let row = ParagraphRow {
        index,
        paragraph,
        laid,
        top_left,
        body_origin: top_left + Vec2::new(scene.g.body_x(laid.indent), 0.0),
    };
    paint_paragraph(ui, scene, view, &row);
}

/// A row of plain text (facts, title, formula, division title, closing), named for screen
/// readers.
fn paint_header_row(
    ui: &mut Ui,
    scene: &Scene<'_>,
    kind: RowKind,
    laid: &RowLayout,
    top_left: Pos2,
) {
    let g = &scene.g;
    let x = if matches!(kind, RowKind::Meta | RowKind::Title) {
        g.header_x()
    } else {
        g.body_x(laid.indent)
    };
    let origin = top_left + Vec2::new(x, 0.0);
    laid.body.paint(ui.painter(), origin);
    let r = ui.interact(
        Rect::from_min_size(origin, laid.body.size()),
        Id::unique(("row", scene.rc.tab_index, kind)),
        Sense::hover(),
    );
    r.widget_info(|| access::header_row(kind, &laid.label));
}

/// A paragraph's row, part by part (see the module's comment for the order).
fn paint_paragraph(ui: &mut Ui, scene: &Scene<'_>, view: &mut RowView<'_>, row: &ParagraphRow<'_>) {
    let painter = ui.painter().clone();
    let laid = row.laid;
    if *view.focus == Some(row.index) {
        paint_focus(&painter, scene, row);
    }
    if let Some(margin) = &laid.margin {
        paint_margin(&painter, scene, margin, row.top_left);
    }
    links::bookmark_button(ui, scene, row, view.commands);
    let response = selection::text_response(ui, scene, view, row);
    for (rect, color) in &laid.highlights {
        painter.rect_filled(rect.translate(row.body_origin.to_vec2()), 2.0, *color);
    }
    let here = selection::Here::new(view.selection.as_ref(), row);
    if let Some(range) = here.range.clone() {
        let fill = ui.visuals().selection.bg_fill;
        for rect in laid.body.selection_rects(range) {
            painter.rect_filled(rect.translate(row.body_origin.to_vec2()), 0.0, fill);
        }
    }
    laid.body.paint(&painter, row.body_origin);
    if let Some(table) = &laid.table {
        let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
        table.paint(&painter, row.body_origin, stroke);
    }
    menu::context_menu(&response, scene, row, &here, view.commands);
    links::in_text(ui, scene, view, row);
    user_notes::paint_column(ui, &painter, scene, row, view.commands);
    footnotes::paint_column(ui, &painter, scene, row, view.commands);
}

/// The background of the paragraph the keyboard works on, margin included.
fn paint_focus(painter: &Painter, scene: &Scene<'_>, row: &ParagraphRow<'_>) {
    let g = &scene.g;
    let left = g.text_x.min(g.margin_x) - 6.0;
    let right = g.text_x.max(g.margin_x + g.margin_w) + g.text_w + 6.0;
    let bg = Rect::from_min_max(
        row.top_left + Vec2::new(left, -4.0),
        row.top_left + Vec2::new(right, row.laid.height - 6.0),
    );
    painter.rect_filled(bg, 4.0, scene.s.focus_bg);
}

/// The paragraph's reference, right-aligned towards the text (left-aligned in a
/// right-to-left document), on one line.
fn paint_margin(painter: &Painter, scene: &Scene<'_>, margin: &RichLayout, top_left: Pos2) {
    let g = &scene.g;
    let x = if g.rtl {
        g.margin_x
    } else {
        let used = margin
            .glyphs()
            .iter()
            .map(|gl| gl.rect.max.x)
            .fold(0.0, f32::max);
        // Towards the text: a label longer than the margin reaches into the window's edge.
        g.margin_x + g.margin_w - used
    };
    margin.paint(painter, top_left + Vec2::new(x, 1.0));
}
