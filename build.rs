//! Lists the interface's translations, `assets/i18n/*.ftl`, so that a new language is one
//! new file: the program ships every file it finds there (English first, then the other
//! five official languages, then any other in the order of its code).

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"))
        .join("assets")
        .join("i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .expect("assets/i18n is readable")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let code = path.file_stem()?.to_str()?.to_string();
            (path.extension()? == "ftl" && is_code(&code)).then_some((code, path))
        })
        .collect();
    const FIRST: [&str; 6] = ["en", "ar", "zh", "fr", "ru", "es"];
    let rank = |code: &str| FIRST.iter().position(|c| *c == code).unwrap_or(FIRST.len());
    files.sort_by(|(a, _), (b, _)| (rank(a), a).cmp(&(rank(b), b)));
    assert!(
        files.first().is_some_and(|(code, _)| code == "en"),
        "assets/i18n/en.ftl, the reference and the fallback, is missing"
    );
    let mut out =
        String::from("/// Each language's messages by code, as shipped inside the program.\n");
    out.push_str("pub const SOURCES: &[(&str, &str)] = &[\n");
    for (code, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            out,
            "    ({code:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a string");
    }
    out.push_str("];\n");
    let target = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("locales.rs");
    std::fs::write(target, out).expect("OUT_DIR is writable");
}

/// A language tag as a file name: `de`, `pt-BR`, `sr-Latn` (letters, digits and hyphens).
fn is_code(code: &str) -> bool {
    let mut parts = code.split('-');
    parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()))
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
}
