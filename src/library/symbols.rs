//! Matching UN document symbols the way delegates type them: `A/RES/75/32`, `75/32`,
//! `S/RES/2532`, `S/RES/2532 (2020)`, `2532 (2020)`, `resolution 75/32`, `第75/32号决议`.

use crate::cite;
use std::cmp::Ordering;
use std::sync::LazyLock;

/// The key two spellings of one symbol share: canonical, upper case, without the year of a
/// Security Council resolution (`S/RES/2532 (2020)` and `S/RES/2532` are one key).
pub fn symbol_key(symbol: &str) -> Option<String> {
    let canonical = cite::canonical(symbol)?;
    Some(key_of_canonical(&canonical))
}

/// [`symbol_key`] of a symbol as a document or citation gives it (canonical, or nearly:
/// `A/RES/75/101 A-B` as a cover page prints it is `A/RES/75/101A-B`).
pub fn key_of_canonical(symbol: &str) -> String {
    let canonical = cite::canonical(symbol);
    let canonical = canonical.as_deref().unwrap_or(symbol);
    let without_year = strip_year(canonical).unwrap_or(canonical);
    without_year.to_ascii_uppercase()
}

/// `S/RES/2532 (2020)` -> `S/RES/2532`.
fn strip_year(symbol: &str) -> Option<&str> {
    let inner = symbol.strip_suffix(')')?;
    let (head, year) = inner.rsplit_once(" (")?;
    (year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())).then_some(head)
}

/// How delegates name a resolution by number alone: `75/32` (General Assembly, Human Rights
/// Council, Economic and Social Council), `2532 (2020)` (Security Council). Upper case, no
/// spaces, so `75/251 B` is `75/251B`.
pub fn short_number(canonical: &str) -> Option<String> {
    let upper = canonical.to_ascii_uppercase();
    let rest = ["A/RES/", "A/HRC/RES/", "E/RES/", "S/RES/"]
        .iter()
        .find_map(|prefix| upper.strip_prefix(prefix))?;
    let compact: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    (!compact.is_empty()).then_some(compact)
}

static SHORT_QUERY: LazyLock<regex::Regex> = LazyLock::new(|| {
    compile(
        r"^(\d{1,4})\s*/\s*(\d{1,4}(?:\s*[A-Ha-h](?:-[A-Ha-h])*)?)$|^(\d{1,5})\s*\(\s*(\d{4})\s*\)$",
    )
});

/// Compiles a pattern written in this file; they are fixed, so failure is a bug caught by
/// the unit tests, and the fallback (a pattern that never matches) keeps users safe.
fn compile(pattern: &str) -> regex::Regex {
    match regex::Regex::new(pattern) {
        Ok(re) => re,
        Err(err) => {
            debug_assert!(false, "bad pattern: {err}");
            #[allow(clippy::expect_used)]
            regex::Regex::new(r"[^\s\S]").expect("the empty class compiles")
        }
    }
}

/// What a query names, if it names documents by symbol.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SymbolQuery {
    /// Keys of full symbols (`A/RES/75/32`).
    pub keys: Vec<String>,
    /// Short numbers (`75/32`, `2532(2020)`), matched against [`short_number`], a part letter
    /// allowed after them (`75/251` finds `75/251B`).
    pub short: Option<String>,
}

impl SymbolQuery {
    /// Whether the query looked like a symbol at all.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty() && self.short.is_none()
    }

    /// Whether a document with this symbol is one the query names.
    pub fn matches(&self, canonical: &str) -> bool {
        if self.keys.iter().any(|k| *k == key_of_canonical(canonical)) {
            return true;
        }
        let (Some(wanted), Some(short)) = (&self.short, short_number(canonical)) else {
            return false;
        };
        short_matches(&short, wanted)
    }
}

/// `75/251B` matches `75/251`, `75/251B`; `2532(2020)` matches `2532(2020)`.
fn short_matches(short: &str, wanted: &str) -> bool {
    match short.strip_prefix(wanted) {
        Some("") => true,
        Some(rest) => {
            rest.bytes()
                .all(|b| (b'A'..=b'H').contains(&b) || b == b'-')
                && rest.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        }
        None => false,
    }
}

/// Reads a search query as a symbol: a full symbol (any case, Cyrillic look-alikes), a short
/// number, or a citation phrase in any of the six languages (`resolution 75/32`).
pub fn parse_symbol_query(query: &str) -> SymbolQuery {
    let trimmed = cite::fold(query.trim());
    let trimmed = trimmed.trim();
    let mut out = SymbolQuery::default();
    if trimmed.is_empty() || trimmed.chars().count() > 60 {
        return out;
    }
    if let Some(caps) = SHORT_QUERY.captures(trimmed) {
        let short = match (caps.get(1), caps.get(2), caps.get(3), caps.get(4)) {
            (Some(session), Some(number), _, _) => {
                format!("{}/{}", session.as_str(), number.as_str())
            }
            (_, _, Some(number), Some(year)) => format!("{}({})", number.as_str(), year.as_str()),
            _ => String::new(),
        };
        let short: String = short
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        if !short.is_empty() {
            out.short = Some(short);
        }
        return out;
    }
    if let Some(key) = symbol_key(trimmed) {
        out.keys.push(key);
        return out;
    }
    // A citation phrase: only when the query is little more than the citation, so that a
    // question mentioning a resolution stays a text search.
    let context = cite::Context::default();
    let found = cite::find(trimmed, &context);
    let cited: usize = found.iter().map(|c| c.range.len()).sum();
    let letters = trimmed.chars().filter(|c| c.is_alphanumeric()).count();
    if !found.is_empty() && letters <= 24 + cited {
        for citation in found {
            let key = key_of_canonical(&citation.symbol);
            if !out.keys.contains(&key) {
                out.keys.push(key);
            }
        }
    }
    out
}

/// Compares so that numbers inside read as numbers: `A/RES/75/4` < `A/RES/75/32` <
/// `A/RES/75/100`. Case-insensitive, ties broken by the plain comparison.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let mut x = chunks(a);
    let mut y = chunks(b);
    loop {
        match (x.next(), y.next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => {
                let order = match (p.parse::<u64>(), q.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n).then(p.len().cmp(&q.len())),
                    // Symbols are ASCII: compared without making lower-case copies (a large
                    // library's rows are sorted by them on opening).
                    _ if p.is_ascii() && q.is_ascii() => {
                        let (p, q) = (p.bytes(), q.bytes());
                        p.map(|b| b.to_ascii_lowercase())
                            .cmp(q.map(|b| b.to_ascii_lowercase()))
                    }
                    _ => p.to_lowercase().cmp(&q.to_lowercase()),
                };
                if order != Ordering::Equal {
                    return order;
                }
            }
        }
    }
}

/// Runs of digits and runs of anything else.
fn chunks(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let digit = first.is_ascii_digit();
        let end = rest
            .char_indices()
            .find(|(_, c)| c.is_ascii_digit() != digit)
            .map(|(i, _)| i)
            .unwrap_or(rest.len());
        let (chunk, tail) = rest.split_at(end);
        rest = tail;
        Some(chunk)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_join_spellings() {
        assert_eq!(symbol_key("a/res/75/32").as_deref(), Some("A/RES/75/32"));
        assert_eq!(symbol_key("S/RES/2532 (2020)"), symbol_key("S/RES/2532"));
        assert_eq!(symbol_key("А/RES/75/32").as_deref(), Some("A/RES/75/32"));
        assert_eq!(symbol_key("hello"), None);
        assert_eq!(key_of_canonical("A/RES/75/101 A-B"), "A/RES/75/101A-B");
    }

    #[test]
    fn short_numbers() {
        assert_eq!(short_number("A/RES/75/32").as_deref(), Some("75/32"));
        assert_eq!(short_number("A/HRC/RES/58/10").as_deref(), Some("58/10"));
        assert_eq!(
            short_number("S/RES/2532 (2020)").as_deref(),
            Some("2532(2020)")
        );
        assert_eq!(short_number("A/C.3/78/L.41"), None);
    }

    #[test]
    fn queries_that_name_documents() {
        let q = parse_symbol_query("75/32");
        assert!(q.matches("A/RES/75/32"));
        assert!(!q.matches("A/RES/75/320"));
        assert!(!q.matches("A/RES/74/32"));
        assert!(parse_symbol_query("A/RES/75/32").matches("A/RES/75/32"));
        assert!(parse_symbol_query("а/res/75/32").matches("A/RES/75/32"));
        assert!(parse_symbol_query("S/RES/2532").matches("S/RES/2532 (2020)"));
        assert!(parse_symbol_query("S/RES/2532 (2020)").matches("S/RES/2532 (2020)"));
        assert!(parse_symbol_query("2532 (2020)").matches("S/RES/2532 (2020)"));
        assert!(parse_symbol_query("75/251").matches("A/RES/75/251B"));
        assert!(parse_symbol_query("75/251 B").matches("A/RES/75/251B"));
        assert!(!parse_symbol_query("75/251 B").matches("A/RES/75/251C"));
        assert!(parse_symbol_query("resolution 75/32").matches("A/RES/75/32"));
        assert!(parse_symbol_query("第75/32号决议").matches("A/RES/75/32"));
        assert!(parse_symbol_query("responsible State behaviour").is_empty());
        assert!(parse_symbol_query("").is_empty());
    }

    #[test]
    fn natural_order() {
        let mut v = vec!["A/RES/75/100", "A/RES/75/32", "A/RES/75/4", "A/RES/74/300"];
        v.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            v,
            vec!["A/RES/74/300", "A/RES/75/4", "A/RES/75/32", "A/RES/75/100"]
        );
        assert_eq!(natural_cmp("a", "a"), Ordering::Equal);
    }
}
