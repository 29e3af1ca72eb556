//! The keyboard in a long list drawn a screenful at a time (`ScrollArea::show_rows`): ↑ ↓,
//! Page Up / Page Down, Home and End move the focus through every row, also those scrolled
//! out of view, which are not drawn (so egui cannot move to them itself). The outline and
//! the library's table use it.

use egui::{Id, Key, Modifiers, Ui};

/// One list's keyboard state, kept in egui's memory under `id`.
#[derive(Clone, Copy)]
pub struct ListKeys {
    /// The row the keyboard moves to: it takes the focus once drawn.
    moving_to: Id,
    /// Where the list was scrolled to, and how high it was, as of the last frame.
    seen_scroll: Id,
    /// The height of a row, spacing included.
    step: f32,
}

impl ListKeys {
    pub fn new(id: Id, step: f32) -> ListKeys {
        ListKeys {
            moving_to: id.with("moving-to"),
            seen_scroll: id.with("seen-scroll"),
            step,
        }
    }

    /// The row the keyboard is moving to, if any.
    pub fn pending(&self, ui: &Ui) -> Option<usize> {
        ui.data(|d| d.get_temp::<usize>(self.moving_to))
    }

    /// Moves the keyboard to `row` once it is drawn (brought into view by [`Self::scroll`]).
    pub fn move_to(&self, ui: &Ui, row: usize) {
        ui.data_mut(|d| d.insert_temp(self.moving_to, row));
        ui.ctx().request_repaint();
    }

    /// The scroll area, scrolled so that `row` is in view if it is not.
    pub fn scroll(&self, ui: &Ui, area: egui::ScrollArea, row: usize) -> egui::ScrollArea {
        let top = row as f32 * self.step;
        let (offset, height) = ui
            .data(|d| d.get_temp::<(f32, f32)>(self.seen_scroll))
            .unwrap_or((0.0, ui.available_height()));
        if top < offset {
            area.vertical_scroll_offset(top)
        } else if top + self.step > offset + height {
            area.vertical_scroll_offset(top + self.step - height)
        } else {
            area
        }
    }

    /// The scroll area, scrolled to the row the keyboard is moving to, if any.
    pub fn follow(&self, ui: &Ui, area: egui::ScrollArea) -> egui::ScrollArea {
        match self.pending(ui) {
            Some(row) => self.scroll(ui, area, row),
            None => area,
        }
    }

    /// For each row drawn: gives it the focus if the keyboard is moving to it. Returns whether
    /// it has the focus.
    pub fn row(&self, ui: &Ui, row: usize, response: &egui::Response) -> bool {
        if self.pending(ui) == Some(row) {
            response.request_focus();
            ui.data_mut(|d| d.remove::<usize>(self.moving_to));
        }
        response.has_focus()
    }

    /// After the list is drawn: remembers where it was scrolled, and when one of its `len`
    /// rows (`focused`) has the keyboard, moves it by the key pressed to the next row that
    /// `can_focus`.
    pub fn finish<R>(
        &self,
        ui: &Ui,
        output: &egui::scroll_area::ScrollAreaOutput<R>,
        focused: Option<usize>,
        len: usize,
        can_focus: impl Fn(usize) -> bool,
    ) {
        let height = output.inner_rect.height();
        ui.data_mut(|d| {
            d.insert_temp(self.seen_scroll, (output.state.clamped_offset().y, height));
        });
        let Some(from) = focused else {
            return;
        };
        let page = ((height / self.step) as usize).max(1);
        if let Some(to) = key_move(ui, from, len, page, can_focus) {
            self.move_to(ui, to);
        }
    }
}

/// Where a key pressed on row `from` moves the focus: the next or previous row that
/// `can_focus`, a page on, or the first or last. The key is taken, and egui's own move by
/// arrow keys (to whatever lies below) is called off.
fn key_move(
    ui: &Ui,
    from: usize,
    len: usize,
    page: usize,
    can_focus: impl Fn(usize) -> bool,
) -> Option<usize> {
    let none = Modifiers::NONE;
    let (down, up, page_down, page_up, home, end) = ui.input_mut(|i| {
        (
            i.consume_key(none, Key::ArrowDown),
            i.consume_key(none, Key::ArrowUp),
            i.consume_key(none, Key::PageDown),
            i.consume_key(none, Key::PageUp),
            i.consume_key(none, Key::Home),
            i.consume_key(none, Key::End),
        )
    });
    let can = |r: &usize| can_focus(*r);
    let to = if down {
        (from + 1..len).find(can)
    } else if up {
        (0..from).rev().find(can)
    } else if page_down {
        let target = (from + page).min(len.saturating_sub(1));
        (from + 1..=target).rev().find(can)
    } else if page_up {
        let target = from.saturating_sub(page);
        (target..from).find(can)
    } else if home {
        (0..len).find(can)
    } else if end {
        (0..len).rev().find(can)
    } else {
        return None;
    };
    if down || up {
        ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
    }
    to.filter(|&to| to != from)
}
