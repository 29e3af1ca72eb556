//! Find in document: every match of a query in paragraph and footnote texts.
//!
//! Case-insensitive for Latin and Cyrillic (simple lower-case folding), plain substring for
//! Chinese and Arabic. Ranges are byte ranges in the original texts.

use super::Document;
use std::ops::Range;

/// Where a match is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchPlace {
    Paragraph(usize),
    Footnote(usize),
}

/// One match of the query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub place: MatchPlace,
    pub range: Range<usize>,
}

/// Folds a string for matching and remembers, for every folded byte, the original byte offset.
fn fold(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let lower = fold_char(c);
        let before = folded.len();
        folded.push(lower);
        map.extend(std::iter::repeat_n(i, folded.len() - before));
    }
    map.push(text.len());
    (folded, map)
}

/// One char to one char, so that folded offsets map back cleanly.
fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// All matches of `query` in one text, as byte ranges of `text`.
pub fn find_in_text(text: &str, query: &str) -> Vec<Range<usize>> {
    let (needle, _) = fold(query.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    let (hay, map) = fold(text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = hay[from..].find(&needle) {
        let start = from + pos;
        let end = start + needle.len();
        if let (Some(&a), Some(&b)) = (map.get(start), map.get(end)) {
            out.push(a..b);
        }
        from = end;
    }
    out
}

/// All matches in the document, in reading order: paragraphs first, then footnotes.
pub fn find_all(doc: &Document, query: &str) -> Vec<Match> {
    let mut out = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        out.extend(find_in_text(&p.text, query).into_iter().map(|range| Match {
            place: MatchPlace::Paragraph(i),
            range,
        }));
    }
    for (i, f) in doc.footnotes.iter().enumerate() {
        out.extend(find_in_text(&f.text, query).into_iter().map(|range| Match {
            place: MatchPlace::Footnote(i),
            range,
        }));
    }
    out
}

/// Every match of any of `words` (a search's matched words), in reading order; where two
/// overlap, the first and longest.
pub fn find_any(doc: &Document, words: &[String]) -> Vec<Match> {
    let in_text = |text: &str| -> Vec<Range<usize>> {
        let mut ranges: Vec<Range<usize>> =
            words.iter().flat_map(|w| find_in_text(text, w)).collect();
        ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            if out.last().is_none_or(|last| r.start >= last.end) {
                out.push(r);
            }
        }
        out
    };
    let mut out = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        out.extend(in_text(&p.text).into_iter().map(|range| Match {
            place: MatchPlace::Paragraph(i),
            range,
        }));
    }
    for (i, f) in doc.footnotes.iter().enumerate() {
        out.extend(in_text(&f.text).into_iter().map(|range| Match {
            place: MatchPlace::Footnote(i),
            range,
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_cyrillic_fold_case() {
        assert_eq!(
            find_in_text("The General Assembly, the", "THE"),
            vec![0..3, 22..25]
        );
        assert_eq!(
            find_in_text("Генеральная Ассамблея", "ассамблея"),
            vec![23..41]
        );
        assert_eq!(find_in_text("Résolution", "rés"), vec![0..4]);
    }

    #[test]
    fn chinese_is_substring_and_ranges_are_original_bytes() {
        let text = "大会，回顾其决议，大会";
        assert_eq!(find_in_text(text, "大会"), vec![0..6, 27..33]);
        assert!(find_in_text(text, "  ").is_empty());
        assert!(find_in_text(text, "联合国").is_empty());
    }

    #[test]
    fn folding_that_changes_length_keeps_ranges_valid() {
        // 'İ' lower-cases to two chars; it is kept as is, so ranges stay on boundaries.
        let text = "İstanbul istanbul";
        for r in find_in_text(text, "istanbul") {
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
    }
}
