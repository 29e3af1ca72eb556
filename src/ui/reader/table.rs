//! Tables inside a paragraph, laid out as a grid: each cell wrapped in its column, columns
//! as wide as their longest text allows, right to left in a right-to-left document.

use super::layout::simple;
use super::style::Styles;
use crate::document::Table;
use crate::ui::rich_text::RichLayout;
use egui::{Pos2, Rect, Vec2};

/// Space around a cell's text.
const PAD: f32 = 6.0;

/// A table laid out as a grid: each cell wrapped in its column.
pub(super) struct TableLayout {
    cells: Vec<(Pos2, RichLayout)>,
    /// x of every column edge, y of every row edge (relative to the table's top left).
    columns: Vec<f32>,
    rows: Vec<f32>,
    pub size: Vec2,
}

/// Lays out a table `width` wide.
pub(super) fn layout(
    ctx: &egui::Context,
    table: &Table,
    s: &Styles,
    rtl: bool,
    width: f32,
) -> TableLayout {
    let columns = table
        .rows
        .iter()
        .map(|r| r.cells.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let edges = column_edges(table, columns, width);
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

/// The x of every column edge: column widths follow the longest text in each column,
/// within bounds.
fn column_edges(table: &Table, columns: usize, width: f32) -> Vec<f32> {
    let mut weight = vec![1.0_f32; columns];
    for row in &table.rows {
        for (c, cell) in row.cells.iter().enumerate() {
            let w = (cell.text.chars().count() as f32).clamp(4.0, 60.0);
            weight[c] = weight[c].max(w);
        }
    }
    let total: f32 = weight.iter().sum();
    let mut edges = vec![0.0];
    for w in &weight {
        let column = (width * w / total).max(48.0);
        edges.push(edges.last().copied().unwrap_or(0.0) + column);
    }
    edges
}

impl TableLayout {
    /// Paints the grid's lines and the cells' text.
    pub fn paint(&self, painter: &egui::Painter, top_left: Pos2, stroke: egui::Stroke) {
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
