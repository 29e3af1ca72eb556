//! One-line text fields (find, search, filters) that show right-to-left text in visual order.
//!
//! egui lays a field's text out left to right with no bidi reordering: the words of an Arabic
//! phrase typed into the find field came out in the order typed, left to right, which reads
//! backwards. Here the field's text is laid out as [`visual_line`] orders it (the reader's
//! own bidi handling), and a field whose text starts right to left is aligned to the right.
//! The text itself, and what is searched for, stay as typed.
//!
//! The caret follows egui's rule inside a right-to-left word, which the field already had:
//! a position counts glyphs from the left.

use crate::ui::bidi::{is_rtl_script, visual_line};
use egui::text::LayoutJob;
use egui::{Align2, FontSelection, Galley, TextBuffer, TextEdit, Ui};
use std::sync::Arc;

/// What lays a field's text out, for [`TextEdit::layouter`].
pub type Layouter<'a> = dyn FnMut(&Ui, &dyn TextBuffer, f32) -> Arc<Galley> + 'a;

/// A layouter for one-line fields in `ui`'s font and text colour.
pub fn layouter(ui: &Ui) -> impl FnMut(&Ui, &dyn TextBuffer, f32) -> Arc<Galley> + use<> {
    let font = FontSelection::Default.resolve(ui.style());
    let color = ui
        .visuals()
        .override_text_color
        .unwrap_or_else(|| ui.visuals().widgets.inactive.text_color());
    move |ui: &Ui, text: &dyn TextBuffer, _wrap_width: f32| {
        let text = text.as_str();
        let shown = if text.chars().any(is_rtl_script) {
            visual_line(text, starts_right_to_left(text))
        } else {
            text.to_string()
        };
        let mut job = LayoutJob::simple_singleline(shown, font.clone(), color);
        // As egui's own fields: spaces typed at the end stay visible, and rows are as high.
        job.keep_trailing_whitespace = true;
        let line_height =
            ui.fonts_mut(|f| f.row_height(&font)) + ui.spacing().extra_text_line_spacing;
        for section in &mut job.sections {
            section.format.line_height = Some(line_height);
        }
        ui.fonts_mut(|f| f.layout_job(job))
    }
}

/// A one-line field for `text`, laid out by `layouter` (from [`layouter`]), aligned to the
/// right when its text starts right to left.
pub fn single_line<'t>(text: &'t mut String, layouter: &'t mut Layouter<'_>) -> TextEdit<'t> {
    let rtl = starts_right_to_left(text);
    let edit = TextEdit::singleline(text).layouter(layouter);
    if rtl {
        edit.align(Align2::RIGHT_TOP)
    } else {
        edit
    }
}

/// Whether `text`'s first letter is of a right-to-left script (the direction the bidi
/// algorithm gives a paragraph).
pub fn starts_right_to_left(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(is_rtl_script)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The x of each character's glyph, in the order of `text`.
    fn glyph_xs(text: &str) -> (String, Vec<(char, f32)>) {
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        let mut shown = (String::new(), Vec::new());
        let input = egui::RawInput::default();
        let mut output = ctx.run_ui(input, |ui| {
            let mut lay = layouter(ui);
            let galley = lay(ui, &text.to_string() as &dyn TextBuffer, f32::INFINITY);
            let glyphs = galley.rows.iter().flat_map(|r| r.glyphs.iter());
            shown = (
                galley.text().to_string(),
                glyphs.map(|g| (g.chr, g.pos.x)).collect(),
            );
        });
        output.textures_delta.clear();
        shown
    }

    #[test]
    fn an_arabic_phrase_reads_from_the_right() {
        // "International security" typed first word first: the first word is on the right.
        let (_, glyphs) = glyph_xs("الأمن الدولي");
        let x_of = |c: char| {
            glyphs
                .iter()
                .filter(|(g, _)| *g == c)
                .map(|(_, x)| *x)
                .collect::<Vec<_>>()
        };
        // The first word's hamza-on-alif (أ) and the second word's waw (و).
        let first = x_of('أ');
        let second = x_of('و');
        assert!(!first.is_empty() && !second.is_empty(), "{glyphs:?}");
        assert!(
            first.iter().all(|a| second.iter().all(|b| a > b)),
            "first word left of the second: {glyphs:?}"
        );
    }

    #[test]
    fn latin_text_is_laid_out_as_typed() {
        let (shown, _) = glyph_xs("resolution 75/32");
        assert_eq!(shown, "resolution 75/32");
        assert!(starts_right_to_left("75/32 قرار"));
        assert!(!starts_right_to_left("A/RES/75/32 قرار"));
    }
}
