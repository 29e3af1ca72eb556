//! Links to UN documents: reading the symbol out of an undocs.org or documents.un.org
//! address, and building the undocs.org address of a symbol.

use super::canonical;
use crate::document::Language;

/// Language segments undocs.org accepts before the symbol (`ch` is Chinese there, `sp`
/// appears in some Security Council links for Spanish).
const LANGUAGE_SEGMENTS: &[&str] = &["ar", "zh", "ch", "en", "fr", "ru", "es", "sp"];

/// The symbol an undocs.org (or documents.un.org) link points to, canonical.
///
/// Handles `https://undocs.org/en/A/RES/53/70`, `https://undocs.org/A/RES/53/70`, the `ch`
/// and upper-case language segments, doubled slashes (`undocs.org//en/...`), percent-encoded
/// spaces (`S/RES/2532%20(2020)`), old-style numbers without prefix (`undocs.org/ch/217A(III)`)
/// and documents.un.org addresses carrying the symbol in a `symbol=` or `s=` parameter.
pub fn symbol_from_url(href: &str) -> Option<String> {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    if let Some(at) = lower.find("undocs.org/") {
        let rest = href.get(at + "undocs.org/".len()..)?;
        let rest = rest.split(['?', '#']).next().unwrap_or(rest);
        let decoded = percent_decode(rest);
        let path = decoded.trim_matches('/');
        let path = match path.split_once('/') {
            Some((lang, tail))
                if LANGUAGE_SEGMENTS.contains(&lang.to_ascii_lowercase().as_str()) =>
            {
                tail.trim_start_matches('/')
            }
            _ => path,
        };
        return canonical(path).or_else(|| old_style_number(path));
    }
    if lower.contains("documents.un.org") || lower.contains("documents-dds-ny.un.org") {
        let query = href.split_once('?')?.1;
        let query = query.split('#').next().unwrap_or(query);
        for pair in query.split('&') {
            let Some((key, value)) = pair.split_once('=') else {
                continue;
            };
            if key.eq_ignore_ascii_case("symbol") || key.eq_ignore_ascii_case("s") {
                let value = percent_decode(&value.replace('+', " "));
                return canonical(&value);
            }
        }
    }
    None
}

/// `217A(III)` or `2200 A (XXI)` without `A/RES/`, as a few links print it.
fn old_style_number(path: &str) -> Option<String> {
    let starts_with_digit = path.bytes().next().is_some_and(|b| b.is_ascii_digit());
    if !starts_with_digit || !path.contains('(') || path.contains('/') {
        return None;
    }
    canonical(&format!("A/RES/{path}"))
}

/// Decodes `%XX` escapes; malformed escapes are kept as written, and bytes that do not form
/// UTF-8 are replaced.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            if let Some(value) = hex {
                out.push(value);
                i += 3;
                continue;
            }
        }
        out.push(b);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The undocs.org address of a symbol in a language (Chinese is `ch` there); spaces are
/// percent-encoded (`S/RES/2532%20(2020)`).
pub fn undocs_url(symbol: &str, lang: Language) -> String {
    let code = if lang == Language::Zh {
        "ch"
    } else {
        lang.code()
    };
    let mut encoded = String::with_capacity(symbol.len() + 4);
    for c in symbol.trim().chars() {
        match c {
            ' ' => encoded.push_str("%20"),
            '#' => encoded.push_str("%23"),
            '?' => encoded.push_str("%3F"),
            '%' => encoded.push_str("%25"),
            _ => encoded.push(c),
        }
    }
    format!("https://undocs.org/{code}/{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(percent_decode("S/RES/2532%20(2020)"), "S/RES/2532 (2020)");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%2"), "%zz%2");
    }

    #[test]
    fn reads_old_style_numbers_without_prefix() {
        assert_eq!(
            symbol_from_url("https://undocs.org/ch/217A(III)").as_deref(),
            Some("A/RES/217(III)")
        );
        assert_eq!(symbol_from_url("https://undocs.org/ch/14/221"), None);
    }
}
