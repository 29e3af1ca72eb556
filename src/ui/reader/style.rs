//! Fonts and colours of the reading view for this frame: sizes here, text colours from
//! egui's visuals, the rest from the theme's tokens (`ui::theme`).

use crate::document::Document;
use crate::ui::segments::TextStyle;
use crate::ui::theme;
use egui::{Color32, Ui};

/// Fonts and colours for this frame.
pub(super) struct Styles {
    pub body: TextStyle,
    /// Footnotes, the user's notes, table cells.
    pub note: TextStyle,
    /// Paragraph references in the margin.
    pub margin: TextStyle,
    /// The line of facts above the title, the closing lines.
    pub meta: TextStyle,
    pub title: TextStyle,
    pub focus_bg: Color32,
    /// The bar beside a footnote that is not highlighted.
    pub note_bar: Color32,
    /// Behind a highlighted footnote.
    pub note_highlight_bg: Color32,
}

impl Styles {
    pub fn new(ui: &Ui, doc: &Document) -> Styles {
        let v = ui.visuals();
        let palette = theme::palette(v);
        let base = TextStyle {
            language: doc.meta.language,
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
            note_bar: theme::footnote_bar(v),
            note_highlight_bg: palette.footnote_bg,
        }
    }
}
