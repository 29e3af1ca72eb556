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

/// The high-contrast theme's own colours: strong, on black.
pub const HIGH_CONTRAST: Palette = Palette {
    match_bg: Color32::from_rgb(120, 90, 0),
    current_match_bg: Color32::from_rgb(190, 110, 0),
    footnote_marker_bg: Color32::from_rgb(0, 70, 160),
    footnote_bg: Color32::from_rgb(0, 45, 110),
    focus_bg: Color32::from_rgb(40, 40, 0),
    insert_bg: Color32::from_rgb(0, 95, 0),
    delete_bg: Color32::from_rgb(130, 0, 0),
    added_bg: Color32::from_rgb(0, 50, 0),
    deleted_bg: Color32::from_rgb(70, 0, 0),
    added: Color32::from_rgb(90, 255, 90),
    moved: Color32::from_rgb(210, 170, 255),
    changed: Color32::from_rgb(255, 210, 60),
    current_row_bg: Color32::from_rgb(45, 45, 0),
};

/// What marks the high-contrast visuals (`high_contrast`) apart from egui's dark theme.
const HIGH_CONTRAST_BACKGROUND: Color32 = Color32::BLACK;

/// The high-contrast theme: white text on black, yellow links, selections and focus, and
/// every widget outlined, for low-vision readers (WCAG AAA contrast: 21:1 for text, 19:1 for
/// links).
pub fn high_contrast() -> Visuals {
    use egui::Stroke;
    let yellow = Color32::from_rgb(255, 255, 0);
    let mut v = Visuals::dark();
    v.override_text_color = Some(Color32::WHITE);
    v.hyperlink_color = yellow;
    v.panel_fill = HIGH_CONTRAST_BACKGROUND;
    v.window_fill = HIGH_CONTRAST_BACKGROUND;
    v.extreme_bg_color = HIGH_CONTRAST_BACKGROUND;
    v.faint_bg_color = Color32::from_gray(24);
    v.code_bg_color = Color32::from_gray(24);
    v.window_stroke = Stroke::new(2.0, Color32::WHITE);
    v.selection.bg_fill = Color32::from_rgb(0, 60, 200);
    v.selection.stroke = Stroke::new(2.0, yellow);
    v.weak_text_alpha = 1.0;
    for (w, fill) in [
        (&mut v.widgets.noninteractive, HIGH_CONTRAST_BACKGROUND),
        (&mut v.widgets.inactive, Color32::from_gray(20)),
        (&mut v.widgets.hovered, Color32::from_gray(50)),
        (&mut v.widgets.active, Color32::from_gray(70)),
        (&mut v.widgets.open, Color32::from_gray(40)),
    ] {
        w.bg_fill = fill;
        w.weak_bg_fill = fill;
        w.fg_stroke = Stroke::new(1.5, Color32::WHITE);
        w.bg_stroke = Stroke::new(1.0, Color32::WHITE);
    }
    v.widgets.hovered.bg_stroke = Stroke::new(2.0, yellow);
    v.widgets.active.bg_stroke = Stroke::new(2.0, yellow);
    v
}

/// egui's light or dark theme, with a focus outline that can be seen from across the room:
/// the focused widget (egui draws it as pressed) and Plenary's own focus outlines are 2
/// points wide, in the selection's colour (blue on white, light blue on grey).
pub fn everyday(dark: bool) -> Visuals {
    use egui::Stroke;
    let mut v = if dark {
        Visuals::dark()
    } else {
        Visuals::light()
    };
    let focus = if dark {
        Color32::from_rgb(144, 209, 255)
    } else {
        Color32::from_rgb(0, 83, 125)
    };
    v.widgets.active.bg_stroke = Stroke::new(2.0, focus);
    v.selection.stroke = Stroke::new(2.0, v.selection.stroke.color);
    v
}

/// The palette of the theme these visuals belong to.
pub fn palette(visuals: &Visuals) -> &'static Palette {
    if visuals.panel_fill == HIGH_CONTRAST_BACKGROUND {
        &HIGH_CONTRAST
    } else if visuals.dark_mode {
        &DARK
    } else {
        &LIGHT
    }
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
