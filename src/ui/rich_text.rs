//! Styled, tagged paragraph text laid out once and painted many times.
//!
//! Tags mark what can be clicked or found (citations, footnote markers, find matches).

use egui::epaint::text::{LayoutJob, LayoutSection, TextWrapping};
use egui::text::CharIndex;
use egui::{Galley, Pos2, Rect, Response, Sense, Ui, Vec2};
use std::sync::Arc;

/// A run of text with one format and an optional tag.
#[derive(Clone, Debug)]
pub struct Segment {
    pub text: String,
    pub format: egui::TextFormat,
    pub tag: Option<u32>,
}

/// A laid-out paragraph.
#[derive(Clone, Debug)]
pub struct RichLayout {
    lines: Vec<(Vec2, Arc<Galley>)>,
    tags: Vec<(u32, Rect)>,
    size: Vec2,
}

/// Lays out `segments` at `width`.
pub fn layout(ctx: &egui::Context, segments: &[Segment], rtl: bool, width: f32) -> RichLayout {
    let mut job = LayoutJob {
        wrap: TextWrapping {
            max_width: width.max(10.0),
            ..Default::default()
        },
        halign: if rtl {
            egui::Align::RIGHT
        } else {
            egui::Align::LEFT
        },
        ..Default::default()
    };
    let mut char_ranges = Vec::with_capacity(segments.len());
    let mut chars = 0usize;
    for seg in segments {
        let start = job.text.len();
        job.text.push_str(&seg.text);
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(job.text.len()),
            format: seg.format.clone(),
        });
        let n = seg.text.chars().count();
        char_ranges.push((seg.tag, chars..chars + n));
        chars += n;
    }
    let galley = ctx.fonts_mut(|f| f.layout_job(job));
    let offset = if rtl {
        Vec2::new(width - galley.size().x, 0.0).max(Vec2::ZERO)
    } else {
        Vec2::ZERO
    };
    let mut tags = Vec::new();
    let mut row_start = 0usize;
    for placed in &galley.rows {
        let n = placed.row.char_count_excluding_newline().0;
        let row_end = row_start + n;
        for (tag, range) in &char_ranges {
            let Some(tag) = tag else { continue };
            let a = range.start.max(row_start);
            let b = range.end.min(row_end);
            if a < b {
                let x0 = placed.row.x_offset(CharIndex(a - row_start));
                let x1 = placed.row.x_offset(CharIndex(b - row_start));
                let min = placed.pos + Vec2::new(x0, 0.0) + offset;
                let max = placed.pos + Vec2::new(x1, placed.row.size.y) + offset;
                tags.push((*tag, Rect::from_min_max(min, max)));
            }
        }
        row_start = row_end + usize::from(placed.ends_with_newline);
    }
    let size = Vec2::new(width, galley.size().y);
    RichLayout {
        lines: vec![(offset, galley)],
        tags,
        size,
    }
}

impl RichLayout {
    pub fn size(&self) -> Vec2 {
        self.size
    }

    pub fn paint(&self, painter: &egui::Painter, top_left: Pos2) {
        for (offset, galley) in &self.lines {
            painter.galley(
                top_left + *offset,
                galley.clone(),
                egui::Color32::PLACEHOLDER,
            );
        }
    }

    /// Which tag is under a point (relative to the top left).
    pub fn tag_at(&self, pos: Vec2) -> Option<u32> {
        let p = pos.to_pos2();
        self.tags
            .iter()
            .find(|(_, r)| r.expand(1.0).contains(p))
            .map(|(t, _)| *t)
    }

    /// Rectangles (relative to the top left) of everything with this tag.
    pub fn tag_rects(&self, tag: u32) -> Vec<Rect> {
        self.tags
            .iter()
            .filter(|(t, _)| *t == tag)
            .map(|(_, r)| *r)
            .collect()
    }

    /// Every tag with its rectangles, in layout order.
    pub fn tags(&self) -> &[(u32, Rect)] {
        &self.tags
    }
}

/// Allocates space, paints, and reports the clicked and hovered tags.
pub fn show(ui: &mut Ui, layout: &RichLayout) -> (Response, Option<u32>, Option<u32>) {
    let (rect, response) = ui.allocate_exact_size(layout.size(), Sense::click());
    layout.paint(ui.painter(), rect.min);
    let hovered = response
        .hover_pos()
        .and_then(|p| layout.tag_at(p - rect.min));
    let clicked = if response.clicked() {
        response
            .interact_pointer_pos()
            .and_then(|p| layout.tag_at(p - rect.min))
    } else {
        None
    };
    (response, clicked, hovered)
}
