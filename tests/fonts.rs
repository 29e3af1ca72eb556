//! The bundled fonts cover every character of the corpus's text, in every document family.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use egui::{FontFamily, FontId};
use plenary::document::Language;
use plenary::ui::{bidi, fonts};

mod common;
use common::corpus;

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("xml" | "md" | "txt")
        ) {
            out.push(path);
        }
    }
}

/// The text content of a file: XML text nodes, or the whole of a markdown or text file.
/// The one malformed XML file of the corpus gets a crude tag strip.
fn text_content(path: &Path) -> String {
    let data = std::fs::read_to_string(path).unwrap();
    if path.extension().and_then(|e| e.to_str()) != Some("xml") {
        return data;
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    match roxmltree::Document::parse_with_options(&data, options) {
        Ok(doc) => doc
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect(),
        Err(_) => data
            .split('<')
            .filter_map(|part| part.split_once('>').map(|(_, text)| text))
            .collect::<String>()
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&"),
    }
}

/// Characters no font needs to draw: controls, and the bidi controls the layout drops.
fn needs_no_glyph(c: char) -> bool {
    c.is_control() || bidi::is_bidi_control(c)
}

#[test]
fn bundled_fonts_cover_the_corpus() {
    let Some(dir) = corpus() else {
        return;
    };
    let mut paths = Vec::new();
    files(&dir, &mut paths);
    paths.sort();
    assert!(
        paths.len() > 3000,
        "corpus looks incomplete: {}",
        paths.len()
    );

    // Each distinct character once, with the first file it was seen in (a bitmap of seen
    // characters keeps the walk over 170 MB of text fast in a debug build).
    let mut seen = vec![false; 0x11_0000];
    let mut first_seen: BTreeMap<char, PathBuf> = BTreeMap::new();
    for path in &paths {
        for c in text_content(path).chars() {
            if let Some(flag) = seen.get_mut(c as usize)
                && !*flag
            {
                *flag = true;
                first_seen.insert(c, path.clone());
            }
        }
    }
    let exempt: Vec<String> = first_seen
        .keys()
        .filter(|c| needs_no_glyph(**c))
        .map(|c| format!("U+{:04X}", *c as u32))
        .collect();
    eprintln!(
        "{} files, {} distinct characters; no glyph needed for {}",
        paths.len(),
        first_seen.len(),
        exempt.join(" ")
    );
    assert!(
        first_seen.len() > 2000,
        "too few characters: the walk is broken"
    );

    let ctx = egui::Context::default();
    fonts::install(&ctx);
    ctx.run_ui(Default::default(), |_| {})
        .drop_without_applying_deltas();

    let mut families = vec![FontFamily::Proportional];
    for lang in Language::ALL {
        for bold in [false, true] {
            for italic in [false, true] {
                let family = fonts::family_for(Some(lang), bold, italic);
                if !families.contains(&family) {
                    families.push(family);
                }
            }
        }
    }
    let mut missing = Vec::new();
    ctx.fonts_mut(|f| {
        for family in &families {
            let font_id = FontId::new(14.0, family.clone());
            for (c, path) in &first_seen {
                if !needs_no_glyph(*c) && !f.has_glyph(&font_id, *c) {
                    missing.push(format!(
                        "{c:?} U+{:04X} in {family:?}, first in {}",
                        *c as u32,
                        path.display()
                    ));
                }
            }
        }
    });
    assert!(
        missing.is_empty(),
        "{} characters have no glyph:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn fonts_cover_the_six_languages_without_the_corpus() {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    ctx.run_ui(Default::default(), |_| {})
        .drop_without_applying_deltas();
    let samples = [
        "The General Assembly, Recalling its resolution 73/266 (2018) — “decides”",
        "L’Assemblée générale, « prie » le Secrétaire général ; Año, señalando",
        "Генеральная Ассамблея, ссылаясь на свою резолюцию № 73/266",
        "大会，回顾其2018年12月22日第73/266号决议，“请”秘书长；",
        "إن الجمعية العامة، إذ تشير إلى قرارها 73/266 المؤرخ 22 كانون الأول/ديسمبر 2018",
    ];
    ctx.fonts_mut(|f| {
        for text in samples {
            for lang in [None, Some(Language::Zh), Some(Language::Ar)] {
                let font_id = FontId::new(14.0, fonts::family_for(lang, false, false));
                assert!(f.has_glyphs(&font_id, text), "{lang:?}: {text}");
            }
        }
    });
}
