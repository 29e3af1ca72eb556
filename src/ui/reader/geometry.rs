//! Where the columns of the reading view go for the window's width: the margin with
//! paragraph references, the text, and (on wide windows) the footnote column. A
//! right-to-left document mirrors them.

/// Below this width the footnote column gives way to popups.
pub const NARROW_WIDTH: f32 = 900.0;

/// The gap between the text and the footnote column on wide windows.
const NOTES_GAP: f32 = 28.0;

/// The narrowest the reading view lays out: side panels leave it at least this much.
pub const MIN_WIDTH: f32 = 2.0 * 16.0 + 52.0 + 10.0 + 120.0;

/// How far each level of sub-paragraphs is indented.
pub(super) const INDENT: f32 = 28.0;

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
            (64.0, 14.0, NOTES_GAP)
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

    /// The width of the header (symbol and facts, title): on wide windows it runs on over
    /// the footnote column.
    pub(super) fn header_width(&self) -> f32 {
        self.text_w
            + if self.wide {
                self.notes_w + NOTES_GAP
            } else {
                0.0
            }
    }

    /// Where the header starts: a right-to-left header running on over the footnote column
    /// starts at that column.
    pub(super) fn header_x(&self) -> f32 {
        if self.rtl && self.wide {
            self.notes_x
        } else {
            self.text_x
        }
    }

    /// Where a paragraph's text starts, indented by `indent` (a right-to-left paragraph is
    /// laid out narrower instead, so its indent is on the right).
    pub(super) fn body_x(&self, indent: f32) -> f32 {
        if self.rtl {
            self.text_x
        } else {
            self.text_x + indent
        }
    }

    /// The width of the text in the footnote column.
    pub(super) fn notes_text_w(&self) -> f32 {
        self.notes_w - 10.0
    }

    /// Where the text in the footnote column starts (after its bar, left to right).
    pub(super) fn notes_text_x(&self) -> f32 {
        self.notes_x + if self.rtl { 0.0 } else { 10.0 }
    }
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

    #[test]
    fn the_header_runs_on_over_the_footnotes_only_on_wide_windows() {
        let wide = Geometry::new(1200.0, false);
        assert_eq!(wide.header_width(), wide.text_w + wide.notes_w + NOTES_GAP);
        assert_eq!(wide.header_x(), wide.text_x);
        let rtl = Geometry::new(1200.0, true);
        assert_eq!(rtl.header_x(), rtl.notes_x);
        let narrow = Geometry::new(700.0, true);
        assert_eq!(narrow.header_width(), narrow.text_w);
        assert_eq!(narrow.header_x(), narrow.text_x);
    }
}
