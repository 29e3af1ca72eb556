//! The grammar of UN document symbols and their canonical form.
//!
//! A symbol is a series of components separated by `/`: a letter prefix naming the organ or
//! series (`A`, `S`, `E`, `ST`, `UNEP`), then components such as `RES`, `75`, `C.1`, `L.4`,
//! `Rev.1`, `S-35`, `ES-11`, `PV.37`, with an optional parenthesis (`2334 (2016)`,
//! `217(III)`, `6(Sect.29)`).
//!
//! Canonical form, as undocs.org accepts it: upper case except the suffix words `Rev.`,
//! `Add.`, `Corr.`, `Amend.` (`A/C.1/75/L.4/Rev.1`); one space before a Security Council
//! year (`S/RES/2334 (2016)`); no space and no part letter in old-style General Assembly
//! numbers (`217 A (III)` is `A/RES/217(III)`, the form undocs.org and the UN's own links use);
//! part letters of later resolutions kept without a space (`A/RES/61/250 B` is `A/RES/61/250B`).

use std::fmt;

/// Maps a character that stands for an ASCII one in UN texts to it: full-width forms
/// (Chinese texts), Cyrillic letters that look like Latin ones (Russian texts), dashes and
/// unusual spaces. Anything else is returned unchanged.
pub fn fold_char(c: char) -> char {
    match c {
        // Full-width ASCII (U+FF01..U+FF5E) sits at a fixed offset from ASCII.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\t' => ' ',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' => '-',
        'А' | 'а' => 'A',
        'В' | 'в' => 'B',
        'С' | 'с' => 'C',
        'Е' | 'е' => 'E',
        'Н' | 'н' => 'H',
        'І' | 'і' => 'I',
        'К' | 'к' => 'K',
        'М' | 'м' => 'M',
        'О' | 'о' => 'O',
        'Р' | 'р' => 'P',
        'Т' | 'т' => 'T',
        'Х' | 'х' => 'X',
        'У' | 'у' => 'Y',
        _ => c,
    }
}

/// The text with [`fold_char`] applied to every character.
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// Prefixes that make a two-component symbol credible in running text (`CD/1299`,
/// `TD/519`); longer symbols need no such check.
const SHORT_SYMBOL_PREFIXES: &[&str] = &[
    "A", "S", "E", "T", "ST", "CD", "TD", "DP", "SPLOS", "CLCS", "UNEP", "FCCC", "ISBA", "NPT",
    "BWC", "CCW", "JIU", "ICCD", "CTOC", "CAC", "HRI", "CCPR", "CERD", "CEDAW", "CRC", "CAT",
    "CMW", "CRPD", "UNW", "UNDP", "UNICEF", "ECE", "ESCAP", "ECA", "ECLAC", "ESCWA", "TRADE",
    "WFP", "ITC", "UNCTAD", "DPI", "OPCW", "APLC",
];

/// A parsed UN document symbol.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Symbol {
    components: Vec<String>,
}

impl Symbol {
    /// Parses a symbol as written (any case, Cyrillic look-alikes, full-width forms, spaces
    /// around slashes). None if the text is not a UN document symbol.
    pub fn parse(text: &str) -> Option<Symbol> {
        let folded = fold(text).to_ascii_uppercase();
        let trimmed = folded
            .trim()
            .trim_end_matches(['.', ',', ';', ':', '。', '，', '；'])
            .trim();
        if trimmed.is_empty() || trimmed.len() > 120 || !trimmed.contains('/') {
            return None;
        }
        let raw = split_top_level(trimmed)?;
        let (first, rest) = raw.split_first()?;
        let first = first.trim();
        if first.is_empty() || first.len() > 10 || !first.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        if rest.is_empty() {
            return None;
        }
        let mut components = vec![first.to_string()];
        for (i, part) in rest.iter().enumerate() {
            let previous = components.last().map(String::as_str).unwrap_or("");
            let last = i + 1 == rest.len();
            components.push(canonical_component(part.trim(), previous, last)?);
        }
        if !components
            .iter()
            .any(|c| c.bytes().any(|b| b.is_ascii_digit()))
        {
            return None;
        }
        Some(Symbol { components })
    }

    /// The components between slashes, canonical (`["A", "RES", "75", "32"]`).
    pub fn components(&self) -> &[String] {
        &self.components
    }

    /// The first component: the organ or series (`A`, `S`, `E`, `UNEP`).
    pub fn prefix(&self) -> &str {
        self.components.first().map(String::as_str).unwrap_or("")
    }

    /// Whether running text may cite this symbol bare: known prefix or at least three
    /// components (so `HIV/2` or `ISO/9001` are not taken for documents).
    pub(crate) fn credible_in_text(&self) -> bool {
        self.components.len() >= 3 || SHORT_SYMBOL_PREFIXES.contains(&self.prefix())
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.components.join("/"))
    }
}

/// Splits on `/` outside parentheses; None if parentheses do not balance or a component is
/// empty.
fn split_top_level(text: &str) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let mut depth = 0u32;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.checked_sub(1)?,
            '/' if depth == 0 => {
                parts.push(text.get(start..i)?);
                start = i + 1;
            }
            _ => {}
        }
    }
    if depth != 0 {
        return None;
    }
    parts.push(text.get(start..)?);
    if parts.iter().any(|p| p.trim().is_empty()) {
        return None;
    }
    Some(parts)
}

/// Suffix words written in title case in canonical symbols.
const TITLE_WORDS: &[(&str, &str)] = &[
    ("REV", "Rev"),
    ("ADD", "Add"),
    ("CORR", "Corr"),
    ("AMEND", "Amend"),
    ("SECT", "Sect"),
    ("PART", "Part"),
    ("PARTS", "Parts"),
    ("VOL", "Vol"),
    ("SUPP", "Supp"),
];

fn title_word(word: &str) -> &str {
    TITLE_WORDS
        .iter()
        .find(|(upper, _)| *upper == word)
        .map(|(_, title)| *title)
        .unwrap_or(word)
}

/// Whether the text is an upper-case roman numeral (session numbers of old resolutions),
/// possibly of a special (`S-IV`) or emergency special session (`ES-V`).
fn is_roman_session(text: &str) -> bool {
    let core = text
        .strip_prefix("ES-")
        .or_else(|| text.strip_prefix("S-"))
        .unwrap_or(text);
    !core.is_empty() && core.len() <= 8 && core.bytes().all(|b| b"IVXL".contains(&b))
}

fn is_year(text: &str) -> bool {
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && text
            .parse::<u32>()
            .is_ok_and(|y| (1945..=2100).contains(&y))
}

/// One component, canonical; None if it cannot be part of a symbol.
fn canonical_component(part: &str, previous: &str, last: bool) -> Option<String> {
    if part.is_empty() || part.len() > 40 {
        return None;
    }
    let (head, paren) = match part.find('(') {
        Some(open) => {
            let inner = part.get(open + 1..)?.strip_suffix(')')?;
            if inner.contains(['(', ')']) {
                return None;
            }
            (part.get(..open)?.trim_end(), Some(inner.trim()))
        }
        None => (part, None),
    };
    let head = canonical_head(head)?;
    let Some(inner) = paren else {
        return Some(head);
    };
    if inner.is_empty() {
        return None;
    }
    let digits_head = !head.is_empty() && head.bytes().all(|b| b.is_ascii_digit());
    if digits_head && is_year(inner) && last {
        // Security Council resolutions (and a few other series) print the year this way.
        return Some(format!("{head} ({inner})"));
    }
    if previous == "RES" && is_roman_session(inner) {
        // `217 A (III)`: undocs.org knows the resolution without its part letter.
        let number = head.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == ' ');
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        return Some(format!("{number}({inner})"));
    }
    let inner = canonical_paren(inner)?;
    Some(format!("{head}({inner})"))
}

/// A component without its parenthesis: `RES`, `75`, `C.1`, `REV.1` -> `Rev.1`, `250 B` ->
/// `250B`, `S-35`.
fn canonical_head(head: &str) -> Option<String> {
    if head.is_empty() {
        // `ICCD/COP(14)` has a parenthesis right after letters; an empty head is not a
        // component.
        return None;
    }
    // A part letter after a number: `250 B`, `255 A-B`.
    if let Some((number, letters)) = head.split_once(' ') {
        let part_ok = !letters.is_empty()
            && letters.len() <= 5
            && letters
                .split('-')
                .all(|l| l.len() == 1 && l.bytes().all(|b| (b'A'..=b'H').contains(&b)));
        if number.bytes().all(|b| b.is_ascii_digit()) && !number.is_empty() && part_ok {
            return Some(format!("{number}{letters}"));
        }
        return None;
    }
    if !head
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
    {
        return None;
    }
    let first = head.bytes().next()?;
    if !(first.is_ascii_uppercase() || first.is_ascii_digit()) {
        return None;
    }
    // `REV.1` -> `Rev.1`; `L.4`, `PV.37`, `C.1` stay upper case.
    let mut out = String::with_capacity(head.len());
    for (i, piece) in head.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(title_word(piece));
    }
    Some(out)
}

/// Inside a non-year parenthesis: `SECT. 29` -> `Sect.29`, `PART I` -> `Part I`.
fn canonical_paren(inner: &str) -> Option<String> {
    if !inner.bytes().all(|b| {
        b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.' || b == b'-' || b == b' '
    }) {
        return None;
    }
    let mut out = String::with_capacity(inner.len());
    for (i, word) in inner.split_whitespace().enumerate() {
        if i > 0 && !out.ends_with('.') {
            out.push(' ');
        }
        let mut pieces = String::new();
        for (j, piece) in word.split('.').enumerate() {
            if j > 0 {
                pieces.push('.');
            }
            pieces.push_str(title_word(piece));
        }
        out.push_str(&pieces);
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(text: &str) -> Option<String> {
        Symbol::parse(text).map(|s| s.to_string())
    }

    #[test]
    fn folds_lookalikes_and_full_width() {
        assert_eq!(fold("А/RЕS/75/32"), "A/RES/75/32");
        assert_eq!(fold("Ａ／７５／３９４"), "A/75/394");
        assert_eq!(fold("A/ES‑10/1"), "A/ES-10/1");
    }

    #[test]
    fn components_are_canonical() {
        assert_eq!(
            canon("a/c.1/75/l.4/rev.1").as_deref(),
            Some("A/C.1/75/L.4/Rev.1")
        );
        assert_eq!(
            canon("S/RES/2334(2016)").as_deref(),
            Some("S/RES/2334 (2016)")
        );
        assert_eq!(
            canon("A/RES/217 A (III)").as_deref(),
            Some("A/RES/217(III)")
        );
        assert_eq!(
            canon("A/RES/1874 (S-IV)").as_deref(),
            Some("A/RES/1874(S-IV)")
        );
        assert_eq!(canon("A/RES/61/250 B").as_deref(), Some("A/RES/61/250B"));
        assert_eq!(
            canon("A/75/6 (Sect. 29)").as_deref(),
            Some("A/75/6(Sect.29)")
        );
        assert_eq!(
            canon("ICCD/COP(14)/16/Add.1").as_deref(),
            Some("ICCD/COP(14)/16/Add.1")
        );
        assert_eq!(
            canon("A/CONF.157/24 (Part I)").as_deref(),
            Some("A/CONF.157/24(Part I)")
        );
    }

    #[test]
    fn rejects_non_symbols() {
        for text in [
            "2010/2011",
            "12/12/2019",
            "1/2",
            "and/or",
            "A/",
            "/A/1",
            "A//1",
            "A/(1",
        ] {
            assert_eq!(canon(text), None, "{text}");
        }
    }

    #[test]
    fn short_symbols_need_a_known_prefix_in_text() {
        assert!(Symbol::parse("CD/1299").is_some_and(|s| s.credible_in_text()));
        assert!(Symbol::parse("HIV/2").is_some_and(|s| !s.credible_in_text()));
        assert!(Symbol::parse("A/75/394").is_some_and(|s| s.credible_in_text()));
    }
}
