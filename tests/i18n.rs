//! The interface's translations: every language has every message of `en.ftl`, with the same
//! attributes and placeholders, Fluent reads each file without error, no message is left in
//! English, and every message the code asks for exists.

use fluent_bundle::FluentResource;
use plenary::document::Language;
use plenary::i18n::{Locale, SOURCES};
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};

/// Each message of a file: its attributes and the placeholders of its value and attributes.
type Messages = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn messages(source: &str) -> Messages {
    let key = Regex::new(r"^([a-z][a-z0-9-]*)\s*=").unwrap();
    let attribute = Regex::new(r"^\s+\.([a-z][a-z0-9-]*)\s*=").unwrap();
    let placeholder = Regex::new(r"\{\s*\$([a-z][a-z0-9_-]*)").unwrap();
    let mut out = Messages::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some(c) = key.captures(line) {
            current = Some(c[1].to_string());
            out.entry(c[1].to_string()).or_default();
        } else if let (Some(c), Some(k)) = (attribute.captures(line), &current) {
            out.get_mut(k).unwrap().0.insert(c[1].to_string());
        }
        if let Some(k) = &current {
            for c in placeholder.captures_iter(line) {
                out.get_mut(k).unwrap().1.insert(c[1].to_string());
            }
        }
    }
    out
}

fn english() -> &'static str {
    SOURCES
        .iter()
        .find(|(code, _)| *code == "en")
        .map(|(_, s)| *s)
        .unwrap()
}

#[test]
fn fluent_reads_every_file_without_error() {
    for (code, source) in SOURCES {
        if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
            panic!("{code}.ftl: {errors:?}");
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let reference = messages(english());
    assert!(reference.len() > 50, "{} messages", reference.len());
    let mut problems = Vec::new();
    for (code, source) in SOURCES {
        let theirs = messages(source);
        for (key, (attributes, placeholders)) in &reference {
            match theirs.get(key) {
                None => problems.push(format!("{code}: {key} is missing")),
                Some((a, p)) => {
                    if a != attributes {
                        problems.push(format!(
                            "{code}: {key} has attributes {a:?}, not {attributes:?}"
                        ));
                    }
                    if p != placeholders {
                        problems.push(format!(
                            "{code}: {key} has placeholders {p:?}, not {placeholders:?}"
                        ));
                    }
                }
            }
        }
        for key in theirs.keys().filter(|k| !reference.contains_key(*k)) {
            problems.push(format!("{code}: {key} is not in en.ftl"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A translation that still reads as the English text is a message nobody translated.
/// Names, symbols and words the languages share are allowed.
#[test]
fn no_message_is_left_in_english() {
    // Words a language shares with English: (language, key).
    const SAME_IN: [(&str, &str); 16] = [
        ("fr", "library-session-column"),
        ("fr", "ok"),
        ("fr", "body-short-economic-and-social-council"),
        ("fr", "notes-color-orange"),
        ("fr", "page-number"),
        ("fr", "compare-export-markdown"),
        ("es", "body-short-economic-and-social-council"),
        ("es", "compare-show-original"),
        ("es", "compare-show-final"),
        ("es", "compare-export-markdown"),
        ("ru", "compare-export-markdown"),
        ("zh", "compare-export-markdown"),
        // "section II", "article 8": French cites them with the English words.
        ("fr", "cite-section"),
        ("fr", "cite-article"),
        // A path, as the system writes it.
        ("ar", "prompt-hint-file"),
        ("ar", "prompt-hint-folder"),
    ];
    let placeholder = Regex::new(r"\{\s*\$[a-z_-]+\s*\}").unwrap();
    let shared = |code: &str, key: &str, text: &str| {
        SAME_IN.contains(&(code, key))
            || key == "language-direction"
            || placeholder
                .replace_all(text, "")
                .chars()
                .all(|c| !c.is_alphabetic())
            || [
                "PDF",
                "Word",
                "Akoma Ntoso",
                "OK",
                "CSV",
                "Markdown",
                "W3C Web Annotation (JSON)",
            ]
            .contains(&text.trim())
    };
    let reference = plenary::i18n::format;
    let mut untranslated = Vec::new();
    for language in Locale::all().filter(|l| *l != Locale::EN) {
        for key in messages(english()).keys() {
            let en = reference(Locale::EN, key, None, &[]);
            let theirs = reference(language, key, None, &[]);
            if en == theirs && !shared(language.code(), key, &en) {
                untranslated.push(format!("{language}: {key} = {en}"));
            }
        }
    }
    println!("{} messages not translated", untranslated.len());
    for line in &untranslated {
        println!("  {line}");
    }
    assert!(untranslated.is_empty(), "{}", untranslated.join("\n"));
}

/// The interface speaks every `.ftl` file of `assets/i18n` (a new language is one file, found
/// by the build script), English first and the six official languages among them, each
/// named in its own words and written in its own direction.
#[test]
fn every_file_of_the_folder_is_a_language_of_the_interface() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| {
            let path = e.unwrap().path();
            (path.extension()? == "ftl").then(|| path.file_stem().unwrap().to_string_lossy().into())
        })
        .collect();
    files.sort();
    let mut shipped: Vec<String> = Locale::all().map(|l| l.code().to_string()).collect();
    assert_eq!(shipped[0], "en");
    shipped.sort();
    assert_eq!(shipped, files);
    for language in Language::ALL {
        let locale = Locale::from(language);
        assert_eq!(locale.code(), language.code());
        assert_eq!(locale.name(), language.native_name());
        assert_eq!(locale.is_rtl(), language.is_rtl(), "{language}");
    }
    assert_eq!(Locale::from_code("FR"), Locale::from_code("fr"));
    assert_eq!(Locale::from_code("xx"), None);
}

/// Every `t!("key")` in the code, every message the core keeps by its key (why a file cannot
/// be read, a warning, a cited symbol, an error), and every action's message, is in `en.ftl`
/// (and so, by the test above, in every language).
#[test]
fn every_message_the_code_asks_for_exists() {
    let reference = messages(english());
    let literal = Regex::new(
        r#"t!\(\s*"([a-z][a-z0-9-]*)"|"((?:read|warning|symbol|store|library-(?:cannot|error|unreadable|import|warning|rebuilt|damage)|compare-notice|io)-[a-z0-9-]+)""#,
    )
    .unwrap();
    let mut missing = Vec::new();
    let mut asked = 0;
    let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for c in literal.captures_iter(&text) {
                    let key = c.get(1).or_else(|| c.get(2)).map_or("", |m| m.as_str());
                    asked += 1;
                    if !reference.contains_key(key) {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
    }
    for entry in plenary::ui::actions::TABLE {
        asked += 1;
        match reference.get(entry.key) {
            Some((attributes, _)) if attributes.contains("tip") => {}
            Some(_) => missing.push(format!("{}.tip", entry.key)),
            None => missing.push(entry.key.to_string()),
        }
    }
    assert!(asked > 200, "{asked}");
    assert!(missing.is_empty(), "not in en.ftl:\n{}", missing.join("\n"));
}
