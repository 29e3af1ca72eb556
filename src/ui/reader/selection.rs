//! Selecting text by dragging, within a paragraph or across several. The paragraph's text is
//! one widget: a click focuses it, a drag selects from where it started to where the pointer
//! is, and dragging to the top or bottom edge scrolls the text along.

use super::paint::{ParagraphRow, RowView};
use super::{Scene, access};
use crate::document::Document;
use crate::ui::rich_text::RichLayout;
use crate::ui::virtual_list::VirtualList;
use egui::{Id, Pos2, Rect, Response, Sense, Ui};
use std::ops::Range;

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
    /// A selection starting at `caret` in paragraph `paragraph`, whose text is `body`.
    fn start(paragraph: usize, caret: usize, body: &RichLayout) -> TextSelection {
        TextSelection {
            anchor: (paragraph, caret),
            head: (paragraph, caret),
            anchor_before: body.text_in(0..caret),
            anchor_after: body.text_in(caret..body.text_len()),
            dragging: true,
            text: String::new(),
        }
    }

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

/// What of the selection concerns one paragraph: the range to paint, and what its context
/// menu offers (the selection, and its words for a note on this paragraph).
pub(super) struct Here {
    pub range: Option<Range<usize>>,
    /// The whole selection's text, when part of it is in this paragraph.
    pub text: Option<String>,
    /// The selected words, when the selection is inside this paragraph.
    pub words: Option<String>,
}

impl Here {
    pub fn new(selection: Option<&TextSelection>, row: &ParagraphRow<'_>) -> Here {
        let selection = selection.filter(|sel| !sel.text.is_empty());
        let range = selection.and_then(|sel| sel.range_in(row.index, row.laid.body.text_len()));
        Here {
            text: selection
                .filter(|_| range.is_some())
                .map(|sel| sel.text.clone()),
            words: selection
                .filter(|sel| sel.paragraph() == row.index)
                .and_then(|sel| sel.words())
                .map(str::to_string),
            range,
        }
    }
}

/// The paragraph's text as one widget: a click focuses the paragraph (and forgets the
/// selection), a drag selects (not in tables).
pub(super) fn text_response(
    ui: &mut Ui,
    scene: &Scene<'_>,
    view: &mut RowView<'_>,
    row: &ParagraphRow<'_>,
) -> Response {
    let id = Id::unique(("paragraph", scene.rc.tab_index, row.index));
    let response = ui.interact(row.body_rect(), id, Sense::click_and_drag());
    response.widget_info(|| access::paragraph(row.paragraph));
    let selectable = row.laid.table.is_none();
    if selectable {
        let place = RowPlace {
            origin: row.body_origin,
            span: egui::Rangef::new(row.top_left.y - 4.0, row.top_left.y + row.laid.height),
            view: ui.clip_rect().y_range(),
        };
        select_by_dragging(
            &response,
            &row.laid.body,
            &place,
            row.index,
            scene.doc,
            view.selection,
        );
    }
    if response.clicked() {
        *view.focus = Some(row.index);
        *view.selection = None;
    }
    // Tabbed to: the paragraph the keys (N, B, P) work on.
    if response.gained_focus() {
        *view.focus = Some(row.index);
    }
    if selectable {
        response.on_hover_cursor(egui::CursorIcon::Text)
    } else {
        response
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

/// A drag selects from where it started to where the pointer is, across paragraphs: the
/// paragraph it starts on begins it, and whichever row the pointer is over moves its end.
fn select_by_dragging(
    response: &Response,
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
        *selection = Some(TextSelection::start(paragraph, caret, body));
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

/// A selection dragged to the top or bottom edge of `view` scrolls the text along.
pub(super) fn scroll_along<T>(
    ui: &Ui,
    list: &mut VirtualList<T>,
    selection: Option<&TextSelection>,
    view: Rect,
) {
    const EDGE: f32 = 24.0;
    if !selection.is_some_and(|s| s.dragging) {
        return;
    }
    let Some(pointer) = ui.input(|i| i.pointer.latest_pos()) else {
        return;
    };
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
