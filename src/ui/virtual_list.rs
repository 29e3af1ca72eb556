//! A vertical list of rows of varying height where only visible rows are laid out.
//!
//! Layouts are cached; rows not yet laid out have estimated heights, refined a few
//! milliseconds per frame; the row at the top of the view stays put while heights above it
//! change.

use egui::{Rect, Ui, Vec2};
use std::time::{Duration, Instant};

const BACKGROUND_BUDGET: Duration = Duration::from_millis(2);

pub struct VirtualList<T> {
    items: Vec<Option<T>>,
    heights: Vec<f32>,
    anchor: Option<(usize, f32)>,
    offset: f32,
    viewport_height: f32,
    pending_row: Option<usize>,
    /// The row last jumped to, brought to the top again every frame until the rows are all
    /// laid out or the user scrolls: near the end of a document the jump may not be
    /// possible while the rows below are still estimates (the view stops at the end), and
    /// the place it stopped at must not become where the reader stays.
    jump: Option<usize>,
}

impl<T> Default for VirtualList<T> {
    fn default() -> Self {
        VirtualList {
            items: Vec::new(),
            heights: Vec::new(),
            anchor: None,
            offset: 0.0,
            viewport_height: 0.0,
            pending_row: None,
            jump: None,
        }
    }
}

impl<T> VirtualList<T> {
    /// A new set of rows with estimated heights; the view goes back to the top.
    pub fn reset(&mut self, rows: usize, estimate: impl Fn(usize) -> f32) {
        self.items = (0..rows).map(|_| None).collect();
        self.heights = (0..rows).map(estimate).collect();
        self.anchor = None;
        self.pending_row = Some(0);
    }

    /// A new set of rows where the rows above the top of the view are the same as before
    /// (a fold opened below them): the view stays where it is.
    pub fn reset_keeping_place(&mut self, rows: usize, estimate: impl Fn(usize) -> f32) {
        let place = (!self.items.is_empty()).then(|| self.row_at(self.offset));
        self.reset(rows, estimate);
        if let Some((row, delta)) = place.filter(|&(row, _)| row < rows) {
            self.pending_row = None;
            self.jump = None;
            self.anchor = Some((row, delta));
        }
    }

    /// New estimated heights for the rows not laid out (the width changed).
    pub fn estimate(&mut self, estimate: impl Fn(usize) -> f32) {
        for (row, height) in self.heights.iter_mut().enumerate() {
            if self.items[row].is_none() {
                *height = estimate(row);
            }
        }
    }

    /// Drops the layouts (width, zoom or highlights changed), keeping heights as estimates.
    pub fn invalidate(&mut self) {
        self.items.iter_mut().for_each(|i| *i = None);
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Brings a row to the top of the view on the next frame.
    pub fn scroll_to(&mut self, row: usize) {
        if row < self.items.len() {
            self.pending_row = Some(row);
        }
    }

    /// Scrolls only if the row is not fully visible.
    pub fn reveal(&mut self, row: usize) {
        let Some(&height) = self.heights.get(row) else {
            return;
        };
        let top = self.top_of(row);
        if top < self.offset || top + height > self.offset + self.viewport_height {
            self.pending_row = Some(row);
        }
    }

    /// Scrolls by `dy` points (down when positive) on the next frame.
    pub fn scroll_by(&mut self, dy: f32) {
        self.jump = None;
        if !self.items.is_empty() {
            self.anchor = Some(self.row_at((self.offset + dy).max(0.0)));
        }
    }

    /// The row at the top of the view (a sliver of the row above does not count).
    pub fn top_row(&self) -> usize {
        self.row_at(self.offset + 16.0).0
    }

    /// The rows in view (a sliver at either edge does not count), top row first.
    pub fn visible_rows(&self) -> std::ops::RangeInclusive<usize> {
        let top = self.top_row();
        let bottom = self.row_at(self.offset + self.viewport_height - 16.0).0;
        top..=bottom.max(top)
    }

    /// Whether the view is on its way to a row (a jump or a reveal not finished yet).
    pub fn moving(&self) -> bool {
        self.pending_row.is_some() || self.jump.is_some()
    }

    /// Whether every row has been laid out.
    pub fn settled(&self) -> bool {
        self.items.iter().all(Option::is_some)
    }

    fn top_of(&self, row: usize) -> f32 {
        self.heights.iter().take(row).sum()
    }

    fn row_at(&self, y: f32) -> (usize, f32) {
        let mut top = 0.0;
        for (i, h) in self.heights.iter().enumerate() {
            if y < top + h {
                return (i, y - top);
            }
            top += h;
        }
        (self.heights.len().saturating_sub(1), 0.0)
    }

    fn ensure(&mut self, row: usize, layout: &mut impl FnMut(usize) -> (T, f32)) {
        if self.items[row].is_none() {
            let (item, height) = layout(row);
            self.heights[row] = height;
            self.items[row] = Some(item);
        }
    }

    /// Shows the rows in a vertical scroll area filling the available space. `layout` makes
    /// a row's layout and height; `paint` draws it in the given rectangle (screen space).
    pub fn show(
        &mut self,
        ui: &mut Ui,
        id_salt: impl egui::AsIdSalt,
        layout: impl FnMut(usize) -> (T, f32),
        paint: impl FnMut(&mut Ui, usize, &T, Rect),
    ) {
        self.show_described(ui, id_salt, layout, paint, |_, _, _, _| {});
    }

    /// Tells `describe` of the rows `rows`, which are not drawn, each in the rectangle it would
    /// take in a list `width` wide whose top left corner is `origin`.
    fn tell(
        &self,
        ui: &mut Ui,
        rows: std::ops::Range<usize>,
        origin: egui::Pos2,
        width: f32,
        describe: &mut impl FnMut(&mut Ui, usize, Option<&T>, Rect),
    ) {
        let mut top = self.top_of(rows.start);
        for row in rows {
            let rect = Rect::from_min_size(
                origin + Vec2::new(0.0, top),
                Vec2::new(width, self.heights[row]),
            );
            describe(ui, row, self.items[row].as_ref(), rect);
            top += self.heights[row];
        }
    }

    /// [`Self::show`], and while a screen reader (or a test) reads the window, `describe`
    /// tells it about each row that is not painted, in the rectangle where the row would be:
    /// the rows are painted only where they are seen, but a screen reader reads them all.
    pub fn show_described(
        &mut self,
        ui: &mut Ui,
        id_salt: impl egui::AsIdSalt,
        mut layout: impl FnMut(usize) -> (T, f32),
        mut paint: impl FnMut(&mut Ui, usize, &T, Rect),
        mut describe: impl FnMut(&mut Ui, usize, Option<&T>, Rect),
    ) {
        let available = ui.available_size();
        self.viewport_height = available.y;
        if self.items.is_empty() {
            return;
        }
        let started = Instant::now();
        let mut pending_work = false;
        for row in 0..self.items.len() {
            if self.items[row].is_some() {
                continue;
            }
            if started.elapsed() > BACKGROUND_BUDGET {
                pending_work = true;
                break;
            }
            self.ensure(row, &mut layout);
        }
        let mut target = None;
        if let Some(row) = self.pending_row.take() {
            self.jump = Some(row);
        }
        if let Some(row) = self.jump {
            for r in row.saturating_sub(3)..=row {
                self.ensure(r, &mut layout);
            }
            let y = (self.top_of(row) - 4.0).max(0.0);
            self.anchor = Some(self.row_at(y));
            target = Some(y);
        } else if let Some((row, delta)) = self.anchor {
            let y = self.top_of(row) + delta;
            if (y - self.offset).abs() > 0.5 {
                target = Some(y.max(0.0));
            }
        }
        if pending_work {
            ui.ctx().request_repaint();
        }
        let total: f32 = self.heights.iter().sum();
        let mut area = egui::ScrollArea::vertical()
            .id_salt(id_salt)
            .auto_shrink(false)
            .animated(false);
        if let Some(y) = target {
            area = area.vertical_scroll_offset(y);
        }
        let output = area.show_viewport(ui, |ui, viewport| {
            ui.set_height(total);
            ui.set_width(available.x);
            let origin = ui.max_rect().min;
            let (first, _) = self.row_at(viewport.min.y);
            // Only while an accessibility client reads the window (the tree is then built
            // every frame anyway): the rows out of view join it, in the document's order.
            let read = crate::ui::accessibility_on(ui.ctx());
            if read {
                self.tell(ui, 0..first, origin, available.x, &mut describe);
            }
            let mut top = self.top_of(first);
            let mut row = first;
            while row < self.items.len() && top < viewport.max.y {
                self.ensure(row, &mut layout);
                let height = self.heights[row];
                if let Some(item) = &self.items[row] {
                    let rect = Rect::from_min_size(
                        origin + Vec2::new(0.0, top),
                        Vec2::new(available.x, height),
                    );
                    paint(ui, row, item, rect);
                }
                top += height;
                row += 1;
            }
            if read {
                self.tell(
                    ui,
                    row..self.items.len(),
                    origin,
                    available.x,
                    &mut describe,
                );
            }
        });
        self.offset = output.state.clamped_offset().y;
        if let (Some(_), Some(y)) = (self.jump, target) {
            // Done once every row is laid out and the view is there (or the list really
            // ends before it); given up as soon as the user scrolls or clicks.
            let end = (output.content_size.y - output.inner_rect.height()).max(0.0);
            let arrived = (self.offset - y).abs() <= 0.5 || y > end + 0.5;
            let user = ui.input(|i| i.smooth_scroll_delta.y != 0.0 || i.pointer.any_down());
            if user || (self.settled() && arrived) {
                self.jump = None;
            }
        }
        self.anchor = Some(self.row_at(self.offset));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A jump near the end, while the rows below are still estimates far below their real
    /// height (the end of the list stops the view short), still ends on its row once the
    /// rows are laid out, a few per frame.
    #[test]
    fn a_jump_near_the_end_lands_on_its_row_once_laid_out() {
        let ctx = egui::Context::default();
        let mut list: VirtualList<()> = VirtualList::default();
        list.reset(50, |_| 10.0);
        let frame = |list: &mut VirtualList<()>| {
            let input = egui::RawInput {
                screen_rect: Some(Rect::from_min_size(
                    egui::Pos2::ZERO,
                    Vec2::new(400.0, 400.0),
                )),
                ..Default::default()
            };
            let mut output = ctx.run_ui(input, |ui| {
                list.show(
                    ui,
                    "rows",
                    |_| {
                        // Slow enough that a frame lays out only a few rows.
                        std::thread::sleep(Duration::from_millis(1));
                        ((), 100.0)
                    },
                    |_, _, _, _| {},
                );
            });
            // No painter here: the font atlas this frame made is not uploaded anywhere.
            output.textures_delta.clear();
        };
        frame(&mut list);
        list.scroll_to(45);
        for _ in 0..60 {
            frame(&mut list);
        }
        assert!(list.settled());
        assert_eq!(list.top_row(), 45, "offset {}", list.offset);
    }
}
