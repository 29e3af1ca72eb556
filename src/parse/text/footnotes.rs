//! Footnote definitions and the markers that point to them.
//!
//! In PDF text, markers are plain digits glued to the word before (`Rights,1`,
//! `Relations10`, `resolution 77/2285` = `77/228` + marker 5). A digit sequence is a marker
//! only where a definition with that number exists, markers come in increasing order, and
//! a marker stands on the page of its definition: after the previous footnote block and
//! before its own. Within that window a marker glued to a word or punctuation wins over one
//! split off the end of a number.

use super::clean::{is_closing_quote, is_superscript_digit, superscript_value};
use super::structure::Group;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// A footnote definition as found in the text.
#[derive(Clone, Debug)]
pub(crate) struct Def {
    /// The marker as printed (`1`, `*`, a markdown label).
    pub marker: String,
    /// The raw text (markdown still in it), lines joined.
    pub raw: String,
    /// Byte range in the input.
    pub range: Range<usize>,
    /// 1-based line number.
    pub line: usize,
    /// The footnote block (after a rule) it belongs to, if any.
    pub block: Option<usize>,
    /// Whether the marker in running text is plain digits (PDF text).
    pub plain: bool,
}

impl Def {
    /// The marker's number, when it is one.
    pub(crate) fn number(&self) -> Option<u32> {
        self.marker.parse().ok()
    }
}

/// Lines from a footnote rule to the end of its footnotes (indices into the lines).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Block {
    pub first: usize,
    pub last: usize,
}

/// The start of a footnote definition: the marker and where the text begins.
/// `plain_after` is the number of the last plain-digit definition: plain digits must
/// continue the sequence (so that `2200 A (XXI)` wrapped onto a new line is not one).
pub(crate) fn definition_start(
    text: &str,
    in_block: bool,
    plain_after: Option<u32>,
) -> Option<(String, usize, bool)> {
    // Markdown: `[^1]: text`.
    if let Some(rest) = text.strip_prefix("[^") {
        let close = rest.find("]:")?;
        let label = rest.get(..close)?;
        if label.is_empty() || label.contains(char::is_whitespace) {
            return None;
        }
        return Some((
            label.to_string(),
            text.len() - rest[close + 2..].trim_start().len(),
            false,
        ));
    }
    // HTML: `<sup>1</sup> text`.
    if let Some(rest) = text.strip_prefix("<sup>") {
        let close = rest.find("</sup>")?;
        let label = rest.get(..close)?.trim();
        let after = rest.get(close + 6..)?;
        if label.is_empty() || after.trim().is_empty() {
            return None;
        }
        return Some((
            label.to_string(),
            text.len() - after.trim_start().len(),
            false,
        ));
    }
    let first = text.chars().next()?;
    // Superscript digits: `¹ [A/65/201](#)。`.
    if is_superscript_digit(first) {
        let marker: String = text.chars().map_while(superscript_value).collect();
        let after_len: usize = text
            .chars()
            .take_while(|&c| is_superscript_digit(c))
            .map(char::len_utf8)
            .sum();
        let after = text.get(after_len..)?;
        if after.trim().is_empty() {
            return None;
        }
        return Some((marker, text.len() - after.trim_start().len(), false));
    }
    if !in_block {
        return None;
    }
    // Asterisks: `* Reissued for technical reasons.`
    if first == '*' {
        let stars = text.bytes().take_while(|&b| b == b'*').count();
        let after = text.get(stars..)?;
        if stars > 3 || !after.starts_with(char::is_whitespace) || after.trim().is_empty() {
            return None;
        }
        return Some((
            "*".repeat(stars),
            text.len() - after.trim_start().len(),
            false,
        ));
    }
    // Plain digits: `1 Resolution 217 A (III).`, or `(1) A/65/201.` in Arabic.
    let (text, paren) = match text.strip_prefix('(') {
        Some(inner) => (inner, 1),
        None => (text, 0),
    };
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let after = text.get(digits + paren..)?;
    if (paren == 1 && !text.get(digits..)?.starts_with(')'))
        || !after.starts_with(char::is_whitespace)
        || after.trim().is_empty()
    {
        return None;
    }
    let n: u32 = text.get(..digits)?.parse().ok()?;
    let continues = match plain_after {
        None => true,
        Some(last) => n == last + 1 || n == 1,
    };
    continues.then(|| {
        (
            n.to_string(),
            paren + text.len() - after.trim_start().len(),
            true,
        )
    })
}

/// A possible plain-digit marker in a paragraph's raw text.
#[derive(Clone, Debug)]
struct Candidate {
    group: usize,
    range: Range<usize>,
    /// Glued to a word or punctuation (strong), or split off the end of a number (weak).
    strong: bool,
    line: usize,
}

/// Finds the plain-digit markers in the groups: for each group, the sorted byte ranges of
/// its raw text that are markers.
pub(crate) fn plain_markers(
    groups: &[Group],
    defs: &[Def],
    blocks: &[Block],
) -> Vec<Vec<Range<usize>>> {
    let mut result: Vec<Vec<Range<usize>>> = vec![Vec::new(); groups.len()];
    let wanted: HashSet<u32> = defs
        .iter()
        .filter(|d| d.plain)
        .filter_map(Def::number)
        .collect();
    if wanted.is_empty() {
        return result;
    }
    let mut by_value: HashMap<u32, Vec<Candidate>> = HashMap::new();
    for (gi, group) in groups.iter().enumerate() {
        collect(gi, group, &wanted, &mut by_value);
    }
    // Markers come in reading order: each block's markers come after the previous block's
    // (`floor`); within a block, each marker comes before the next one (`ceiling`). Going
    // backwards from the block, the latest fitting candidate is the one on the block's page.
    let mut floor: Option<(usize, usize)> = None;
    for (bi, block) in blocks.iter().enumerate() {
        let lower = bi
            .checked_sub(1)
            .and_then(|p| blocks.get(p))
            .map(|b| b.last);
        let mut ceiling: Option<(usize, usize)> = None;
        let mut block_end: Option<(usize, usize)> = None;
        for def in defs.iter().rev().filter(|d| d.plain && d.block == Some(bi)) {
            let Some(candidates) = def.number().and_then(|v| by_value.get(&v)) else {
                continue;
            };
            let fits = |c: &&Candidate| {
                c.line < block.first
                    && lower.is_none_or(|lo| c.line > lo)
                    && floor.is_none_or(|f| (c.group, c.range.start) >= f)
                    && ceiling.is_none_or(|ce| (c.group, c.range.end) <= ce)
            };
            let chosen = candidates
                .iter()
                .filter(fits)
                .rfind(|c| c.strong)
                .or_else(|| candidates.iter().filter(fits).rfind(|c| !c.strong));
            if let Some(c) = chosen
                && let Some(slot) = result.get_mut(c.group)
            {
                slot.push(c.range.clone());
                ceiling = Some((c.group, c.range.start));
                block_end = block_end.or(Some((c.group, c.range.end)));
            }
        }
        floor = block_end.or(floor);
    }
    for ranges in &mut result {
        ranges.sort_by_key(|r| r.start);
    }
    result
}

fn collect(
    gi: usize,
    group: &Group,
    wanted: &HashSet<u32>,
    out: &mut HashMap<u32, Vec<Candidate>>,
) {
    let raw = &group.raw;
    let bytes = raw.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let end = i;
        let Some(prev) = raw[..start].chars().next_back() else {
            continue;
        };
        let next = raw[end..].chars().next();
        let digits = &raw[start..end];
        // The symbol-like run of ASCII the digits are glued to (`A/C.3`, `L.41`).
        // Bounded: a symbol is short, and hostile input must not make this quadratic.
        let window_start = crate::document::char_boundary_floor(raw, start.saturating_sub(64));
        let token_start = window_start
            + raw[window_start..start]
                .char_indices()
                .rev()
                .find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '/')))
                .map_or(0, |(p, c)| p + c.len_utf8());
        let token = &raw[token_start..start];
        let mut push = |range: Range<usize>, strong: bool| {
            let Some(value) = raw
                .get(range.clone())
                .and_then(|d| d.trim_matches(['(', ')']).parse::<u32>().ok())
            else {
                return;
            };
            if wanted.contains(&value) {
                let line = group.line_at(range.start);
                out.entry(value).or_default().push(Candidate {
                    group: gi,
                    range,
                    strong,
                    line,
                });
            }
        };
        let next_ok = match next {
            None => true,
            Some(c) if c.is_whitespace() => true,
            Some('.' | ',') => !raw[end + 1..].starts_with(|c: char| c.is_ascii_digit()),
            Some(c) => {
                matches!(
                    c,
                    ';' | ':'
                        | ')'
                        | ']'
                        | '，'
                        | '；'
                        | '。'
                        | '、'
                        | '：'
                        | '《'
                        | '「'
                        | '『'
                        | '“'
                        | '（'
                        | '〈'
                        | '【'
                ) || is_closing_quote(c)
            }
        };
        // In Chinese text the next line closes up on the marker (`公约》8` + `祉...`).
        let after_cjk_punct = next.is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            && matches!(
                prev,
                '，' | '。' | '、' | '；' | '：' | '》' | '」' | '』' | '）' | '”'
            );
        let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        // `报告10` + `所载`: a marker between two characters, or a date (`年3月`); only a
        // last resort.
        if !(next_ok || after_cjk_punct) {
            if han(prev) && next.is_some_and(han) && end - start <= 3 {
                push(start..end, false);
            }
            continue;
        }
        // Arabic prints markers in parentheses: `2010(1)`.
        if prev == '('
            && next == Some(')')
            && raw[..start - 1]
                .chars()
                .next_back()
                .is_some_and(|c| !c.is_whitespace())
        {
            push(start - 1..end + 1, true);
            continue;
        }
        // `2010` + marker 1 printed as `20101`.
        if (5..=7).contains(&digits.len())
            && (digits.starts_with("19") || digits.starts_with("20"))
            && !digits[4..].starts_with('0')
        {
            push(start + 4..end, false);
            continue;
        }
        if prev == '/' {
            // `77/2285`: the number may end with the marker.
            for k in 1..digits.len().min(4) {
                let split = end - k;
                if !raw[split..end].starts_with('0') {
                    push(split..end, false);
                }
            }
            continue;
        }
        if digits.len() > 3 || digits.starts_with('0') {
            continue;
        }
        let glued_to_word = prev.is_alphabetic();
        let glued_to_punct = matches!(
            prev,
            ',' | ';'
                | ':'
                | '.'
                | ')'
                | '，'
                | '；'
                | '：'
                | '。'
                | '、'
                | '）'
                | '》'
                | '」'
                | '』'
                | '〉'
                | '】'
        ) || is_closing_quote(prev);
        if !(glued_to_word || glued_to_punct) {
            continue;
        }
        // `4.5` is a number; `A/C.3` and `L.41` are symbols.
        if prev == '.'
            && raw[..start - 1]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        if (glued_to_word || prev == '.') && token.contains('/') {
            continue;
        }
        push(start..end, true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definition_starts() {
        assert_eq!(
            definition_start("1 Resolution 217 A (III).", true, None),
            Some(("1".into(), 2, true))
        );
        assert_eq!(definition_start("1 Resolution", false, None), None);
        assert_eq!(
            definition_start("2200 A (XXI), annex.", true, Some(1)),
            None
        );
        assert_eq!(definition_start("7 See", true, Some(5)), None);
        assert_eq!(
            definition_start("¹ [A/65/201](#)。", false, None),
            Some(("1".into(), 3, false))
        );
        assert_eq!(
            definition_start("[^12]: Ibid.", false, None),
            Some(("12".into(), 7, false))
        );
        assert_eq!(definition_start("¹", false, None), None);
    }
}
