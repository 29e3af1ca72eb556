//! Fonts for the six languages (placeholder until the bundled fonts land).

use crate::document::Language;
use egui::FontFamily;

/// Registers the bundled fonts with egui.
pub fn install(ctx: &egui::Context) {
    let _ = ctx;
}

/// The family for a document's text.
pub fn family_for(lang: Option<Language>, bold: bool, italic: bool) -> FontFamily {
    let _ = (lang, bold, italic);
    FontFamily::Proportional
}

/// Whether a real bold face exists for this language's family.
pub fn has_bold(lang: Option<Language>) -> bool {
    let _ = lang;
    false
}

/// Whether a real italic face exists for this language's family.
pub fn has_italic(lang: Option<Language>) -> bool {
    let _ = lang;
    false
}
