//! Design tokens: the colours the window paints with, for the light and the dark theme, in
//! one place. Text, link and selection colours are egui's own (its `Visuals`); this module
//! names what egui has no name for (find matches, the reading focus, footnotes, notes, a
//! comparison's insertions and deletions), and panels read them here.

use crate::store::note::Color as NoteColor;
use egui::{Color32, Visuals};

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    /// Behind words that match a search (find bar, library results).
    pub match_bg: Color32,
    /// Behind the match the find bar is on.
    pub current_match_bg: Color32,
    /// Behind a highlighted footnote's markers in the text.
    pub footnote_marker_bg: Color32,
    /// Behind a highlighted footnote in the column beside the text.
    pub footnote_bg: Color32,
    /// Behind the paragraph the keyboard works on.
    pub focus_bg: Color32,
    /// Comparison: inserted and deleted words.
    pub insert_bg: Color32,
    pub delete_bg: Color32,
    /// Comparison: rows of added and deleted paragraphs.
    pub added_bg: Color32,
    pub deleted_bg: Color32,
    /// Comparison: the status of added, moved and changed paragraphs.
    pub added: Color32,
    pub moved: Color32,
    pub changed: Color32,
    /// Comparison: behind the change the keyboard is on.
    pub current_row_bg: Color32,
}

/// The light theme.
pub const LIGHT: Palette = Palette {
    match_bg: Color32::from_rgb(255, 236, 150),
    current_match_bg: Color32::from_rgb(255, 180, 60),
    footnote_marker_bg: Color32::from_rgb(205, 225, 250),
    footnote_bg: Color32::from_rgb(228, 238, 252),
    focus_bg: Color32::from_rgba_unmultiplied_const(0, 60, 140, 10),
    insert_bg: Color32::from_rgb(205, 245, 205),
    delete_bg: Color32::from_rgb(255, 214, 214),
    added_bg: Color32::from_rgb(238, 251, 238),
    deleted_bg: Color32::from_rgb(253, 238, 238),
    added: Color32::from_rgb(40, 140, 60),
    moved: Color32::from_rgb(106, 63, 181),
    changed: Color32::from_rgb(176, 110, 0),
    current_row_bg: Color32::from_rgba_unmultiplied_const(0, 60, 140, 16),
};

/// The dark theme.
pub const DARK: Palette = Palette {
    match_bg: Color32::from_rgb(92, 76, 20),
    current_match_bg: Color32::from_rgb(160, 100, 20),
    footnote_marker_bg: Color32::from_rgb(40, 70, 110),
    footnote_bg: Color32::from_rgb(30, 50, 80),
    focus_bg: Color32::from_rgba_unmultiplied_const(255, 255, 255, 10),
    insert_bg: Color32::from_rgb(30, 80, 40),
    delete_bg: Color32::from_rgb(95, 35, 40),
    added_bg: Color32::from_rgba_unmultiplied_const(40, 120, 60, 40),
    deleted_bg: Color32::from_rgba_unmultiplied_const(140, 50, 55, 40),
    added: Color32::from_rgb(40, 140, 60),
    moved: Color32::from_rgb(170, 140, 240),
    changed: Color32::from_rgb(230, 180, 80),
    current_row_bg: Color32::from_rgba_unmultiplied_const(255, 255, 255, 14),
};

/// The palette of the theme these visuals belong to.
pub fn palette(visuals: &Visuals) -> &'static Palette {
    if visuals.dark_mode { &DARK } else { &LIGHT }
}

/// The thin bar beside a footnote that is not highlighted.
pub fn footnote_bar(visuals: &Visuals) -> Color32 {
    visuals.weak_text_color().gamma_multiply(0.5)
}

/// The colour of a note's bar and background, for the theme.
pub fn note_color(color: NoteColor, dark: bool) -> Color32 {
    let (r, g, b) = match color {
        NoteColor::Yellow => (232, 185, 35),
        NoteColor::Green => (76, 175, 80),
        NoteColor::Blue => (66, 133, 244),
        NoteColor::Pink => (233, 30, 99),
        NoteColor::Orange => (245, 124, 0),
        NoteColor::Purple => (142, 68, 173),
    };
    if dark {
        Color32::from_rgb(r, g, b).gamma_multiply(0.9)
    } else {
        Color32::from_rgb(r, g, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_theme_has_its_palette() {
        assert_eq!(palette(&Visuals::light()), &LIGHT);
        assert_eq!(palette(&Visuals::dark()), &DARK);
        // The constant forms give what egui's own constructor gives.
        assert_eq!(
            LIGHT.focus_bg,
            Color32::from_rgba_unmultiplied(0, 60, 140, 10)
        );
    }

    #[test]
    fn find_matches_stand_out_from_the_page_in_both_themes() {
        for (palette, page) in [(LIGHT, Visuals::light()), (DARK, Visuals::dark())] {
            assert_ne!(palette.match_bg, page.panel_fill);
            assert_ne!(palette.current_match_bg, palette.match_bg);
        }
    }

    #[test]
    fn note_colours_are_dimmed_in_the_dark() {
        let light = note_color(NoteColor::Yellow, false);
        let dark = note_color(NoteColor::Yellow, true);
        assert_eq!(light, Color32::from_rgb(232, 185, 35));
        assert!(dark.r() < light.r());
    }
}
