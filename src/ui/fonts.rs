//! The bundled fonts: Noto Sans (Latin, Greek, Cyrillic), Noto Sans SC (Chinese, a GB2312 +
//! corpus subset) and Plenary Naskh (Noto Naskh Arabic with Noto Sans's Latin-1 and
//! punctuation merged in), each with a bold face, plus Noto Sans italics.
//!
//! Every family falls back through all three scripts and then egui's own emoji and symbol
//! fonts, so no text of any of the six languages shows as boxes, whatever family it is in.
//! Documents pick a family with [`family_for`]: Chinese documents use a CJK-first family (so
//! quotes, punctuation and digits come from the Chinese font, as printed), Arabic documents an
//! Arabic-first one (so digits, symbols and punctuation inside Arabic lines sit on the Arabic
//! baseline: egui centres a fallback font's glyphs on the primary font's line height, which
//! for Noto Sans inside Naskh lines is 0.17 em too low).
//! `fonts/README.md` says where each file comes from and how it was subset.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use crate::document::Language;

/// Noto Sans Regular, subset to Latin, Greek, Cyrillic and their punctuation.
pub const LATIN_REGULAR: &str = "NotoSans-Regular";
/// Noto Sans Bold, same subset.
pub const LATIN_BOLD: &str = "NotoSans-Bold";
/// Noto Sans Italic, same subset.
pub const LATIN_ITALIC: &str = "NotoSans-Italic";
/// Noto Sans Bold Italic, same subset.
pub const LATIN_BOLD_ITALIC: &str = "NotoSans-BoldItalic";
/// Noto Sans SC Regular, GB2312 plus every character of the corpus.
pub const CJK_REGULAR: &str = "NotoSansSC-Regular";
/// Noto Sans SC Bold, same subset.
pub const CJK_BOLD: &str = "NotoSansSC-Bold";
/// Plenary Naskh Regular: Noto Naskh Arabic plus Noto Sans's Latin-1 and punctuation.
pub const ARABIC_REGULAR: &str = "PlenaryNaskh-Regular";
/// Plenary Naskh Bold.
pub const ARABIC_BOLD: &str = "PlenaryNaskh-Bold";

const FONT_FILES: [(&str, &[u8]); 8] = [
    (
        LATIN_REGULAR,
        include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    ),
    (LATIN_BOLD, include_bytes!("../../fonts/NotoSans-Bold.ttf")),
    (
        LATIN_ITALIC,
        include_bytes!("../../fonts/NotoSans-Italic.ttf"),
    ),
    (
        LATIN_BOLD_ITALIC,
        include_bytes!("../../fonts/NotoSans-BoldItalic.ttf"),
    ),
    (
        CJK_REGULAR,
        include_bytes!("../../fonts/NotoSansSC-Regular.subset.ttf"),
    ),
    (
        CJK_BOLD,
        include_bytes!("../../fonts/NotoSansSC-Bold.subset.ttf"),
    ),
    (
        ARABIC_REGULAR,
        include_bytes!("../../fonts/PlenaryNaskh-Regular.ttf"),
    ),
    (
        ARABIC_BOLD,
        include_bytes!("../../fonts/PlenaryNaskh-Bold.ttf"),
    ),
];

/// Which script's font comes first in a document family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lead {
    Latin,
    Cjk,
    Arabic,
}

impl Lead {
    fn key(self) -> &'static str {
        match self {
            Lead::Latin => "latin",
            Lead::Cjk => "zh",
            Lead::Arabic => "ar",
        }
    }
}

/// The name of a document family, e.g. `plenary-ar-bold`.
fn family_name(lead: Lead, bold: bool, italic: bool) -> String {
    let style = match (bold, italic) {
        (false, false) => "",
        (true, false) => "-bold",
        (false, true) => "-italic",
        (true, true) => "-bold-italic",
    };
    format!("plenary-{}{style}", lead.key())
}

/// The three script fonts of a family, in fallback order.
fn chain(lead: Lead, bold: bool, italic: bool) -> [&'static str; 3] {
    let latin = match (bold, italic) {
        (false, false) => LATIN_REGULAR,
        (true, false) => LATIN_BOLD,
        (false, true) => LATIN_ITALIC,
        (true, true) => LATIN_BOLD_ITALIC,
    };
    let cjk = if bold { CJK_BOLD } else { CJK_REGULAR };
    let arabic = if bold { ARABIC_BOLD } else { ARABIC_REGULAR };
    match lead {
        Lead::Latin => [latin, cjk, arabic],
        Lead::Cjk => [cjk, latin, arabic],
        Lead::Arabic => [arabic, latin, cjk],
    }
}

/// The font family for text of a document in `lang` (None: unknown, treated as Latin),
/// printed bold and/or italic.
///
/// Chinese and Arabic have no italic faces (nor are they printed in italics): their italic
/// is upright; set [`egui::TextFormat::italics`] for a synthetic slant if one is wanted.
pub fn family_for(lang: Option<Language>, bold: bool, italic: bool) -> FontFamily {
    let lead = match lang {
        Some(Language::Zh) => Lead::Cjk,
        Some(Language::Ar) => Lead::Arabic,
        _ => Lead::Latin,
    };
    let italic = italic && lead == Lead::Latin;
    FontFamily::Name(family_name(lead, bold, italic).into())
}

/// The font definitions [`install`] applies: egui's defaults plus the bundled fonts, with
/// `Proportional` covering all six languages and one named family per document style.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    for (name, bytes) in FONT_FILES {
        defs.font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }

    // egui's symbol and emoji fonts stay as the last fallbacks of every family.
    let egui_proportional = defs
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let with_fallbacks = |fonts: [&str; 3]| -> Vec<String> {
        let mut list: Vec<String> = fonts.iter().map(|name| (*name).to_owned()).collect();
        for name in &egui_proportional {
            if !list.contains(name) {
                list.push(name.clone());
            }
        }
        list
    };

    defs.families.insert(
        FontFamily::Proportional,
        with_fallbacks(chain(Lead::Latin, false, false)),
    );
    // Keep egui's monospace font first; add the script fonts before its emoji fallbacks.
    let monospace = defs.families.entry(FontFamily::Monospace).or_default();
    let at = monospace
        .iter()
        .position(|name| name == "egui-icons")
        .unwrap_or(monospace.len());
    for (offset, name) in chain(Lead::Latin, false, false).iter().enumerate() {
        monospace.insert(at + offset, (*name).to_owned());
    }

    for lead in [Lead::Latin, Lead::Cjk, Lead::Arabic] {
        for bold in [false, true] {
            for italic in [false, true] {
                if lead != Lead::Latin && italic {
                    continue;
                }
                defs.families.insert(
                    FontFamily::Name(family_name(lead, bold, italic).into()),
                    with_fallbacks(chain(lead, bold, italic)),
                );
            }
        }
    }
    defs
}

/// Registers the bundled fonts with `ctx` (effective from its next pass, or at once if no
/// text has been laid out in this one).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_family_for_names_a_defined_family() {
        let defs = definitions();
        let langs = [None]
            .into_iter()
            .chain(Language::ALL.into_iter().map(Some));
        for lang in langs {
            for bold in [false, true] {
                for italic in [false, true] {
                    let family = family_for(lang, bold, italic);
                    let fonts = defs.families.get(&family);
                    assert!(fonts.is_some(), "{family:?} is not defined");
                    for name in fonts.into_iter().flatten() {
                        assert!(defs.font_data.contains_key(name), "{name} has no data");
                    }
                }
            }
        }
    }

    #[test]
    fn document_families_lead_with_their_script() {
        let defs = definitions();
        let first = |lang, bold, italic| {
            defs.families[&family_for(lang, bold, italic)]
                .first()
                .cloned()
                .unwrap()
        };
        assert_eq!(first(Some(Language::Zh), false, false), CJK_REGULAR);
        assert_eq!(first(Some(Language::Zh), true, true), CJK_BOLD);
        assert_eq!(first(Some(Language::Ar), false, false), ARABIC_REGULAR);
        assert_eq!(first(Some(Language::Ar), true, false), ARABIC_BOLD);
        assert_eq!(first(Some(Language::Fr), false, true), LATIN_ITALIC);
        assert_eq!(first(Some(Language::Ru), true, true), LATIN_BOLD_ITALIC);
        assert_eq!(first(None, false, false), LATIN_REGULAR);
        assert_eq!(defs.families[&FontFamily::Proportional][0], LATIN_REGULAR);
        assert_eq!(defs.families[&FontFamily::Monospace][0], "Hack");
    }
}
