//! Finding a cited document among the files of a folder the user opened files from.
//!
//! A quick look at each file (symbol and language), not a full parse, so a folder of a
//! whole session is indexed in a blink.

use crate::document::Language;
use crate::parse;
use std::path::{Path, PathBuf};

/// What a file in a folder is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FolderEntry {
    pub path: PathBuf,
    /// Canonical symbol (`A/RES/74/28`).
    pub symbol: String,
    pub language: Option<Language>,
}

/// The extensions looked at.
pub const EXTENSIONS: [&str; 6] = ["xml", "akn", "md", "txt", "pdf", "docx"];

/// Indexes the resolution files directly inside `dir` (not sub-folders). Unreadable files
/// are skipped: this index only serves to find citations.
pub fn scan_folder(dir: &Path) -> Vec<FolderEntry> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    paths.sort();
    paths.into_iter().filter_map(|p| sniff(&p)).collect()
}

/// The symbol and language of one file, cheaply: for Akoma Ntoso, the cover page's
/// `docNumber` and the `FRBRlanguage`; for text exports and PDFs, a full parse (tens of
/// milliseconds).
pub fn sniff(path: &Path) -> Option<FolderEntry> {
    let bytes = parse::read_user_file(path, parse::MAX_FILE_SIZE).ok()?;
    if parse::pdf::looks_like(&bytes) || parse::docx::looks_like(&bytes) {
        let doc = parse::parse_bytes(&bytes, Some(path)).ok()?;
        return Some(FolderEntry {
            path: path.to_path_buf(),
            symbol: doc.meta.symbol?,
            language: doc.meta.language,
        });
    }
    let text = parse::decode(&bytes).ok()?;
    if parse::akoma_ntoso::looks_like(&text) {
        let symbol = element_text(&text, "<docNumber refersTo=\"#symbol\"")
            .and_then(|s| crate::cite::canonical(&s))?;
        let language =
            attribute(&text, "<FRBRlanguage", "language").and_then(|c| Language::from_code(&c));
        return Some(FolderEntry {
            path: path.to_path_buf(),
            symbol,
            language,
        });
    }
    let doc = parse::parse_str(&text, Some(path)).ok()?;
    Some(FolderEntry {
        path: path.to_path_buf(),
        symbol: doc.meta.symbol?,
        language: doc.meta.language,
    })
}

fn element_text(text: &str, open_prefix: &str) -> Option<String> {
    let start = text.find(open_prefix)?;
    let after = start + text[start..].find('>')? + 1;
    let end = after + text[after..].find('<')?;
    let value = text[after..end].trim();
    (!value.is_empty()).then(|| value.to_string())
}

fn attribute(text: &str, element: &str, name: &str) -> Option<String> {
    let start = text.find(element)?;
    let tag_end = start + text[start..].find('>')?;
    let tag = &text[start..tag_end];
    let key = format!("{name}=\"");
    let v = tag.find(&key)? + key.len();
    let len = tag[v..].find('"')?;
    Some(tag[v..v + len].to_string())
}

/// The entry for a symbol, preferring the wanted language, else any.
pub fn lookup<'a>(
    entries: &'a [FolderEntry],
    symbol: &str,
    language: Option<Language>,
) -> Option<&'a FolderEntry> {
    let same: Vec<&FolderEntry> = entries
        .iter()
        .filter(|e| e.symbol.eq_ignore_ascii_case(symbol))
        .collect();
    same.iter()
        .find(|e| language.is_some() && e.language == language)
        .or(same.first())
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_symbol_and_language_from_markup() {
        let xml = r##"<akomaNtoso><FRBRlanguage language="zho"></FRBRlanguage>
            <docNumber refersTo="#symbol">A/RES/74/28</docNumber></akomaNtoso>"##;
        assert_eq!(
            element_text(xml, "<docNumber refersTo=\"#symbol\"").as_deref(),
            Some("A/RES/74/28")
        );
        assert_eq!(
            attribute(xml, "<FRBRlanguage", "language").as_deref(),
            Some("zho")
        );
        assert_eq!(element_text(xml, "<missing"), None);
    }

    #[test]
    fn lookup_prefers_the_language() {
        let e = |lang| FolderEntry {
            path: PathBuf::from("x"),
            symbol: "A/RES/74/28".into(),
            language: Some(lang),
        };
        let entries = vec![e(Language::En), e(Language::Zh)];
        assert_eq!(
            lookup(&entries, "a/res/74/28", Some(Language::Zh))
                .unwrap()
                .language,
            Some(Language::Zh)
        );
        assert_eq!(
            lookup(&entries, "A/RES/74/28", Some(Language::Fr))
                .unwrap()
                .language,
            Some(Language::En)
        );
        assert!(lookup(&entries, "A/RES/74/29", None).is_none());
    }
}
