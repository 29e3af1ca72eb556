//! Footnote definitions and the markers that point to them.
//!
//! In PDF text, markers are plain digits glued to the word before (`Rights,1`,
//! `Relations10`, `resolution 77/2285` = `77/228` + marker 5). A digit sequence is a marker
//! only where a definition with that number exists, markers come in increasing order, and
//! a marker stands on the page of its definition: after the previous footnote block and
//! before its own. Within that window a marker glued to a word or punctuation wins over one
//! split off the end of a number.
//!
//! Markdown exports gather the footnotes at the end (`[^3]: …`) and print some markers as
//! markdown (`[^4]`), the others as plain digits, glued or set off by a space (`Rights, 1
//! the`, `Development 11 and`): there the markers are the heaviest chain of candidates in
//! increasing order through the printed ones.

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
    /// How much the shape speaks for a marker: glued (10), set off by a space (8, 6 after a
    /// number and a comma), split off the end of a number (5).
    weight: u32,
    line: usize,
}

const GLUED: u32 = 10;
const SPACED: u32 = 8;
const SPACED_AFTER_NUMBER: u32 = 6;
const SPLIT: u32 = 5;
/// A marker the text prints as one (`[^6]`, `¹`): the chain must go through it.
const EXPLICIT: u32 = 1000;

/// Finds the plain-digit markers in the groups: for each group, the sorted byte ranges of
/// its raw text that are markers.
pub(crate) fn plain_markers(
    groups: &[Group],
    defs: &[Def],
    blocks: &[Block],
) -> Vec<Vec<Range<usize>>> {
    let mut result: Vec<Vec<Range<usize>>> = vec![Vec::new(); groups.len()];
    block_markers(groups, defs, blocks, &mut result);
    trailing_markers(groups, defs, &mut result);
    for ranges in &mut result {
        ranges.sort_by_key(|r| r.start);
    }
    result
}

/// Markers of footnotes printed in blocks on their pages (PDF text).
fn block_markers(
    groups: &[Group],
    defs: &[Def],
    blocks: &[Block],
    result: &mut [Vec<Range<usize>>],
) {
    let wanted: HashSet<u32> = defs
        .iter()
        .filter(|d| d.plain)
        .filter_map(Def::number)
        .collect();
    if wanted.is_empty() {
        return;
    }
    let mut by_value: HashMap<u32, Vec<Candidate>> = HashMap::new();
    for (gi, group) in groups.iter().enumerate() {
        collect(gi, group, &wanted, &mut by_value, false);
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
}

/// Markers of footnotes gathered at the end of a markdown export (`[^3]: …`) that the text
/// prints as plain digits (`Rights, 1 the`, `Women,5`, `1979,1`, `Development.2`), among
/// others it prints as markers (`[^4]`). Markers come in the order of the footnotes' numbers:
/// of all the digit runs that could be markers, the chain that goes through the printed
/// markers and takes the most (and the most marker-like) in increasing order, in the text's
/// order, is the one chosen.
fn trailing_markers(groups: &[Group], defs: &[Def], result: &mut [Vec<Range<usize>>]) {
    let trailing: Vec<u32> = defs
        .iter()
        .filter(|d| d.block.is_none() && !d.plain)
        .filter_map(Def::number)
        .collect();
    if trailing.is_empty() {
        return;
    }
    // What the text marks as markers: anchors of the chain, and footnotes not to look for.
    let mut items: Vec<(u32, Candidate)> = Vec::new();
    let mut printed: HashSet<u32> = HashSet::new();
    for (gi, group) in groups.iter().enumerate() {
        for (range, label) in explicit_markers(&group.raw) {
            if let Ok(value) = label.parse::<u32>() {
                printed.insert(value);
                items.push((
                    value,
                    Candidate {
                        group: gi,
                        range,
                        strong: true,
                        weight: EXPLICIT,
                        line: 0,
                    },
                ));
            }
        }
    }
    let wanted: HashSet<u32> = trailing
        .iter()
        .copied()
        .filter(|v| !printed.contains(v))
        .collect();
    if wanted.is_empty() {
        return;
    }
    let mut by_value: HashMap<u32, Vec<Candidate>> = HashMap::new();
    for (gi, group) in groups.iter().enumerate() {
        collect(gi, group, &wanted, &mut by_value, true);
    }
    // Ranges already taken by footnotes in blocks.
    let taken = |c: &Candidate| {
        result.get(c.group).is_some_and(|ranges| {
            ranges
                .iter()
                .any(|r| r.start < c.range.end && c.range.start < r.end)
        })
    };
    for (value, candidates) in by_value {
        for c in candidates {
            if !taken(&c) {
                items.push((value, c));
            }
        }
    }
    for c in heaviest_chain(items) {
        if let Some(slot) = result.get_mut(c.group) {
            slot.push(c.range);
        }
    }
}

/// The heaviest chain of candidates increasing both in value and in position (a weighted
/// longest increasing subsequence, O(n log n) with a Fenwick tree of prefix maxima). Among
/// chains of equal weight, the one whose markers come earliest.
fn heaviest_chain(mut items: Vec<(u32, Candidate)>) -> Vec<Candidate> {
    if items.is_empty() {
        return Vec::new();
    }
    // Rank of each item's position in the text.
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| {
        items
            .get(i)
            .map(|(_, c)| (c.group, c.range.start))
            .unwrap_or_default()
    });
    let mut rank = vec![0usize; items.len()];
    let mut previous: Option<(usize, usize)> = None;
    let mut r = 0;
    for &i in &order {
        let pos = items.get(i).map(|(_, c)| (c.group, c.range.start));
        if previous.is_some() && pos != previous {
            r += 1;
        }
        previous = pos;
        if let Some(slot) = rank.get_mut(i) {
            *slot = r + 1;
        }
    }
    let size = r + 2;
    // Process by value; items of the same value never chain with each other.
    let mut by_value: Vec<usize> = (0..items.len()).collect();
    by_value.sort_by_key(|&i| (items.get(i).map_or(0, |x| x.0), rank.get(i).copied()));
    // Fenwick tree over ranks: best (weight, earliness) ending at or before a rank, and where.
    type Best = ((u64, std::cmp::Reverse<usize>), Option<usize>);
    let mut tree: Vec<Best> = vec![((0, std::cmp::Reverse(0)), None); size + 1];
    let query = |tree: &[Best], mut k: usize| -> Best {
        let mut best: Best = ((0, std::cmp::Reverse(0)), None);
        while k > 0 {
            if let Some(&entry) = tree.get(k)
                && entry.0 > best.0
            {
                best = entry;
            }
            k &= k - 1;
        }
        best
    };
    let mut score: Vec<u64> = vec![0; items.len()];
    let mut back: Vec<Option<usize>> = vec![None; items.len()];
    let mut start = 0;
    while start < by_value.len() {
        let value = by_value
            .get(start)
            .and_then(|&i| items.get(i))
            .map_or(0, |x| x.0);
        let end = by_value[start..]
            .iter()
            .position(|&i| items.get(i).map_or(0, |x| x.0) != value)
            .map_or(by_value.len(), |p| start + p);
        let group = by_value.get(start..end).unwrap_or_default();
        for &i in group {
            let k = rank.get(i).copied().unwrap_or(0);
            let (best, from) = query(&tree, k.saturating_sub(1));
            let weight = items.get(i).map_or(0, |(_, c)| u64::from(c.weight));
            if let Some(s) = score.get_mut(i) {
                *s = best.0 + weight;
            }
            if let Some(b) = back.get_mut(i) {
                *b = from;
            }
        }
        for &i in group {
            let mut k = rank.get(i).copied().unwrap_or(0);
            let entry: Best = (
                (score.get(i).copied().unwrap_or(0), std::cmp::Reverse(k)),
                Some(i),
            );
            while k <= size {
                if let Some(slot) = tree.get_mut(k)
                    && entry.0 > slot.0
                {
                    *slot = entry;
                }
                k += k & k.wrapping_neg();
            }
        }
        start = end;
    }
    let (_, mut at) = query(&tree, size);
    let mut chain = Vec::new();
    while let Some(i) = at {
        at = back.get(i).copied().flatten();
        chain.push(i);
    }
    chain.sort_unstable();
    chain.dedup();
    let mut taken: Vec<Option<(u32, Candidate)>> = items.drain(..).map(Some).collect();
    chain
        .into_iter()
        .filter_map(|i| taken.get_mut(i).and_then(Option::take))
        .filter(|(_, c)| c.weight != EXPLICIT)
        .map(|(_, c)| c)
        .collect()
}

/// Footnote markers the text prints as such (`[^4]`, `<sup>4</sup>`, `⁴`): byte ranges in
/// `raw` and labels.
fn explicit_markers(raw: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = raw.get(i..).and_then(|r| r.chars().next()) {
        let rest = raw.get(i..).unwrap_or_default();
        // Labels are short: the search for the bracket stays near (no rescans of the text).
        if let Some(inner) = rest.strip_prefix("[^")
            && let Some(close) = inner
                .get(..crate::document::char_boundary_floor(inner, 17))
                .and_then(|w| w.find(']'))
            && !inner.get(close + 1..).is_some_and(|r| r.starts_with(':'))
        {
            let label = inner.get(..close).unwrap_or_default();
            let end = i + 2 + close + 1;
            if !label.is_empty() && !label.contains(char::is_whitespace) {
                out.push((i..end, label.to_string()));
            }
            i = end;
            continue;
        }
        if let Some(inner) = rest.strip_prefix("<sup>")
            && let Some(close) = inner
                .get(..crate::document::char_boundary_floor(inner, 22))
                .and_then(|w| w.find("</sup>"))
        {
            let end = i + 5 + close + 6;
            out.push((
                i..end,
                inner.get(..close).unwrap_or_default().trim().to_string(),
            ));
            i = end;
            continue;
        }
        if is_superscript_digit(c) {
            let label: String = rest.chars().map_while(superscript_value).collect();
            let len: usize = rest
                .chars()
                .take_while(|&c| is_superscript_digit(c))
                .map(char::len_utf8)
                .sum();
            out.push((i..i + len, label));
            i += len;
            continue;
        }
        i += c.len_utf8();
    }
    out
}

/// Words before a number that make it a number, not a marker (`Article 19`, `Goal 3`).
const NUMBERED_THINGS: &[&str] = &[
    "article",
    "articles",
    "rule",
    "rules",
    "section",
    "chapter",
    "annex",
    "part",
    "goal",
    "goals",
    "target",
    "principle",
    "resolution",
    "resolutions",
    "paragraph",
    "paragraphs",
    "item",
    "phase",
    "group",
    "level",
    "pillar",
    "tier",
    "track",
    "session",
    "step",
    "table",
    "figure",
    "box",
    "volume",
    "appendix",
    "covid",
    "g",
];

/// Abbreviations a number follows after a full stop (`No. 11`, `vol. 1577`, `para. 6`).
const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "vol", "vols", "para", "paras", "chap", "art", "arts", "sect", "p", "pp", "op",
    "cit", "fig", "sales",
];

/// The weight of a marker set off by a space from what it follows (`Rights, 1 the`,
/// `Development 11 and`, `Principles. 13 We`), or None where the number reads as a number
/// (`paragraph 3 of`, `Article 19`, `No. 11`, `from 5 to 8`).
fn spaced_weight(before: &str) -> Option<u32> {
    let before = before.trim_end_matches([' ', '\u{a0}', '\t']);
    let last = before.chars().next_back()?;
    let word_before = |s: &str| -> String {
        s.rsplit([' ', '\u{a0}', '\t', '('])
            .next()
            .unwrap_or_default()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    match last {
        ',' | ';' | ':' => {
            let ahead = before[..before.len() - 1].chars().next_back();
            if ahead.is_some_and(|c| c.is_ascii_digit()) {
                Some(SPACED_AFTER_NUMBER)
            } else {
                Some(SPACED)
            }
        }
        '.' => {
            let word = word_before(&before[..before.len() - 1]);
            let abbreviation = ABBREVIATIONS.contains(&word.as_str())
                || word.chars().count() == 1
                || word.chars().all(|c| c.is_ascii_digit());
            (!abbreviation).then_some(SPACED)
        }
        c if is_closing_quote(c) || c == ')' => Some(SPACED),
        c if c.is_alphabetic() => {
            let word: String = before
                .rsplit([' ', '\u{a0}', '\t'])
                .next()
                .unwrap_or_default()
                .to_string();
            let first = word.chars().next()?;
            let lower = word.to_lowercase();
            (first.is_uppercase() && !NUMBERED_THINGS.contains(&lower.as_str())).then_some(SPACED)
        }
        _ => None,
    }
}

fn collect(
    gi: usize,
    group: &Group,
    wanted: &HashSet<u32>,
    out: &mut HashMap<u32, Vec<Candidate>>,
    spaced: bool,
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
        let mut push = |range: Range<usize>, strong: bool, weight: u32| {
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
                    weight,
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
                push(start..end, false, SPLIT);
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
            push(start - 1..end + 1, true, GLUED);
            continue;
        }
        // `2010` + marker 1 printed as `20101`.
        if (5..=7).contains(&digits.len())
            && (digits.starts_with("19") || digits.starts_with("20"))
            && !digits[4..].starts_with('0')
        {
            push(start + 4..end, false, SPLIT);
            continue;
        }
        if prev == '/' {
            // `77/2285`: the number may end with the marker.
            for k in 1..digits.len().min(4) {
                let split = end - k;
                if !raw[split..end].starts_with('0') {
                    push(split..end, false, SPLIT);
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
            // Set off by a space: only where footnotes are looked for that way.
            if spaced
                && prev.is_whitespace()
                && let Some(weight) = spaced_weight(&raw[..start])
            {
                push(start..end, true, weight);
            }
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
        push(start..end, true, GLUED);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(group: usize, start: usize, weight: u32) -> Candidate {
        Candidate {
            group,
            range: start..start + 1,
            strong: true,
            weight,
            line: 0,
        }
    }

    fn starts(chain: &[Candidate]) -> Vec<(usize, usize)> {
        chain.iter().map(|c| (c.group, c.range.start)).collect()
    }

    #[test]
    fn markers_set_off_by_a_space() {
        assert_eq!(spaced_weight("Civil and Political Rights, "), Some(SPACED));
        assert_eq!(
            spaced_weight("the Rome Statute of the International Criminal Court "),
            Some(SPACED)
        );
        assert_eq!(spaced_weight("Board of Governors”; "), Some(SPACED));
        assert_eq!(spaced_weight("the Paris Principles. "), Some(SPACED));
        assert_eq!(
            spaced_weight("held in 2019 and 2023, "),
            Some(SPACED_AFTER_NUMBER)
        );
        // Numbers that read as numbers.
        assert_eq!(spaced_weight("including paragraph "), None);
        assert_eq!(spaced_weight("under Article "), None);
        assert_eq!(spaced_weight("Supplement No. "), None);
        assert_eq!(spaced_weight("from "), None);
        assert_eq!(spaced_weight("Sustainable Development Goal "), None);
    }

    #[test]
    fn printed_markers_are_found_where_they_stand() {
        let found = explicit_markers("Convention[^10] and x<sup>3</sup> y¹² [^1]: z");
        let labels: Vec<&str> = found.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(labels, ["10", "3", "12"]);
        assert_eq!(found[0].0, 10..15);
        // An unclosed label far from its bracket is no marker.
        assert!(explicit_markers("[^aaaaaaaaaaaaaaaaaaaaaaaa]").is_empty());
    }

    #[test]
    fn the_chain_takes_markers_in_order() {
        // Footnote 1 could stand at 5 or at 50; footnote 2 stands at 20: 1 is at 5.
        let items = vec![
            (1, candidate(0, 5, SPACED)),
            (1, candidate(0, 50, GLUED)),
            (2, candidate(0, 20, SPACED)),
        ];
        assert_eq!(starts(&heaviest_chain(items)), [(0, 5), (0, 20)]);
        // A printed marker anchors the chain and is not returned.
        let items = vec![
            (1, candidate(0, 10, SPLIT)),
            (1, candidate(1, 40, GLUED)),
            (2, candidate(1, 30, EXPLICIT)),
        ];
        assert_eq!(starts(&heaviest_chain(items)), [(0, 10)]);
        // Among equal chains, the earliest markers.
        let items = vec![(3, candidate(2, 7, SPACED)), (3, candidate(0, 9, SPACED))];
        assert_eq!(starts(&heaviest_chain(items)), [(0, 9)]);
        assert!(heaviest_chain(Vec::new()).is_empty());
    }

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
