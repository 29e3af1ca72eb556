//! Changes inside one paragraph: words for alphabetic scripts, characters (grapheme
//! clusters) for Chinese and other scripts written without spaces.
//!
//! Every token keeps its exact source text, whitespace and punctuation included, so that the
//! old text is the concatenation of the `equal` and `delete` changes and the new text that of
//! the `equal` and `insert` changes.

use super::{Change, Op, Options};
use crate::document::script::is_cjk_letter;
use similar::Algorithm;
use std::borrow::Cow;
use std::ops::Range;
use std::time::Instant;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// A token and the key it is compared by (the token itself unless an option folds it).
#[derive(Debug)]
pub(crate) struct Unit<'a> {
    /// Byte range in the text.
    pub range: Range<usize>,
    pub key: Cow<'a, str>,
}

/// Whether text is mostly written in a script without spaces between words (Han, kana,
/// Hangul): decided by the letters themselves, not by the document's language tag.
pub fn mostly_cjk(text: &str) -> bool {
    let mut cjk = 0usize;
    let mut other = 0usize;
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if is_cjk_letter(c) {
            cjk += 1;
        } else {
            other += 1;
        }
    }
    cjk > 0 && cjk >= other
}

fn is_space(token: &str) -> bool {
    token.chars().all(is_blank)
}

/// Whitespace, or a mark that is never seen: the direction marks and zero-width spaces that
/// one edition carries and another not (`results ‎with`).
fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}' | '\u{2066}'..='\u{2069}' | '\u{feff}'
        )
}

/// The comparison key of one token under the options.
fn key<'a>(token: &'a str, options: &Options) -> Cow<'a, str> {
    let mut key = Cow::Borrowed(token);
    if options.ignore_whitespace && token.chars().any(is_blank) {
        key = Cow::Owned(token.chars().filter(|c| !is_blank(*c)).collect());
    }
    if options.ignore_punctuation_width
        && key.chars().any(|c| !c.is_ascii() && !c.is_alphanumeric())
    {
        // NFKC folds full-width punctuation (`，` `（` `：`) to its ASCII form; letters and
        // digits are left as written, since only the punctuation's form is to be ignored.
        // Typeset texts write `non‑violent` with a non-breaking hyphen where drafts have `-`.
        let mut folded = String::with_capacity(key.len());
        for c in key.chars() {
            if c.is_alphanumeric() {
                folded.push(c);
            } else if c == '\u{2010}' || c == '\u{2011}' {
                folded.push('-');
            } else {
                folded.extend(std::iter::once(c).nfkc());
            }
        }
        key = Cow::Owned(folded);
    }
    key
}

/// Splits text into comparison units: word-boundary tokens (words, spaces and punctuation
/// each on their own); in CJK text, every grapheme cluster of a token holding CJK characters
/// is a unit of its own (numbers and Latin symbols such as `A/75/1` stay whole words). When whitespace is ignored, a run
/// of whitespace rides along with the token before it (and compares as nothing), so that
/// `a,b` and `a, b` align token for token.
pub(crate) fn units<'a>(text: &'a str, cjk: bool, options: &Options) -> Vec<Unit<'a>> {
    let mut tokens: Vec<(usize, &str)> = Vec::new();
    for (start, token) in text.split_word_bound_indices() {
        if cjk && token.chars().any(is_cjk_letter) {
            tokens.extend(token.grapheme_indices(true).map(|(i, g)| (start + i, g)));
        } else if let Some(joined) = join_symbol(text, &tokens, start, token) {
            // `73` `/` `266` is one unit: a changed symbol is one change, not a shuffle of
            // its numbers.
            tokens.pop();
            tokens.push(joined);
        } else {
            tokens.push((start, token));
        }
    }
    let mut out: Vec<Unit<'a>> = Vec::with_capacity(tokens.len());
    for (start, token) in tokens {
        let end = start + token.len();
        if options.ignore_whitespace
            && is_space(token)
            && let Some(last) = out.last_mut()
        {
            last.range.end = end;
            continue;
        }
        let source = text.get(start..end).unwrap_or(token);
        out.push(Unit {
            range: start..end,
            key: key(source, options),
        });
    }
    out
}

/// If `token` continues a document symbol written without spaces (`73/266`, `A/RES/75/32`),
/// the previous token extended over it. Hyphens do not join: `post-conflict` stays three
/// units so that a typeset non-breaking hyphen compares as punctuation.
fn join_symbol<'a>(
    text: &'a str,
    tokens: &[(usize, &'a str)],
    start: usize,
    token: &str,
) -> Option<(usize, &'a str)> {
    let &(prev_start, prev) = tokens.last()?;
    if prev_start + prev.len() != start {
        return None;
    }
    let alnum =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() && !is_cjk_letter(c));
    let connector = |s: &str| s.ends_with('/') && s.len() > 1;
    let joinable = if token == "/" {
        // `73` + `/`, `A/RES` + `/`: join after a symbol-like token (the next one decides).
        prev.chars()
            .all(|c| (c.is_alphanumeric() && !is_cjk_letter(c)) || c == '/')
            && prev.chars().next_back().is_some_and(char::is_alphanumeric)
    } else {
        // `73/` + `266`.
        alnum(token) && connector(prev)
    };
    joinable.then(|| {
        (
            prev_start,
            text.get(prev_start..start + token.len()).unwrap_or(prev),
        )
    })
}

/// A stretch of the alignment: equal text, or a replaced region (either side may be empty).
#[derive(Clone, Debug)]
enum Region {
    Equal {
        old: Range<usize>,
        new: Range<usize>,
    },
    Differ {
        old: Range<usize>,
        new: Range<usize>,
    },
}

/// The changes that turn `old` into `new`, and whether the deadline passed while computing
/// them (the result is then still exact but may be coarser than the best alignment).
pub(crate) fn changes(
    old: &str,
    new: &str,
    options: &Options,
    deadline: Option<Instant>,
) -> (Vec<Change>, bool) {
    let cjk = mostly_cjk(old) || mostly_cjk(new);
    let a = units(old, cjk, options);
    let b = units(new, cjk, options);
    let a_keys: Vec<&str> = a.iter().map(|u| u.key.as_ref()).collect();
    let b_keys: Vec<&str> = b.iter().map(|u| u.key.as_ref()).collect();
    let ops = similar::capture_diff_slices_deadline(Algorithm::Myers, &a_keys, &b_keys, deadline);
    let timed_out = deadline.is_some_and(|d| Instant::now() >= d);

    let old_span = |start: usize, len: usize| span(&a, start, len, old.len());
    let new_span = |start: usize, len: usize| span(&b, start, len, new.len());
    let mut regions: Vec<Region> = Vec::with_capacity(ops.len());
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let old_r = old_span(old_range.start, old_range.len());
        let new_r = new_span(new_range.start, new_range.len());
        if tag == similar::DiffTag::Equal {
            regions.push(Region::Equal {
                old: old_r,
                new: new_r,
            });
        } else {
            push_differ(&mut regions, old_r, new_r);
        }
    }
    let regions = absorb_spaces(regions, old, new);
    (to_changes(&regions, old, new), timed_out)
}

/// The byte range covered by `len` units from `start` (empty ranges sit where they would be).
fn span(units: &[Unit<'_>], start: usize, len: usize, text_len: usize) -> Range<usize> {
    let begin = units
        .get(start)
        .map(|u| u.range.start)
        .or_else(|| units.last().map(|u| u.range.end))
        .unwrap_or(0)
        .min(text_len);
    if len == 0 {
        return begin..begin;
    }
    let end = units
        .get(start + len - 1)
        .map_or(text_len, |u| u.range.end)
        .max(begin);
    begin..end
}

fn push_differ(regions: &mut Vec<Region>, old: Range<usize>, new: Range<usize>) {
    if let Some(Region::Differ { old: o, new: n }) = regions.last_mut() {
        o.end = old.end.max(o.end);
        n.end = new.end.max(n.end);
        return;
    }
    regions.push(Region::Differ { old, new });
}

/// Folds a whitespace-only equal run that sits between two replaced regions into them, so
/// `[-two old-]{+new+}` reads as one change rather than two with a lone space between. Done
/// only where both sides of the merged region already hold text, so no change consists of
/// nothing but that space.
fn absorb_spaces(regions: Vec<Region>, old: &str, new: &str) -> Vec<Region> {
    let mut out: Vec<Region> = Vec::with_capacity(regions.len());
    let mut iter = regions.into_iter().peekable();
    while let Some(region) = iter.next() {
        if let Region::Equal { old: eo, new: en } = &region
            && let Some(Region::Differ { old: po, new: pn }) = out.last()
            && let Some(Region::Differ { old: no, new: nn }) = iter.peek()
        {
            let old_space = old.get(eo.clone()).is_some_and(is_space);
            let new_space = new.get(en.clone()).is_some_and(is_space);
            let has_old = !po.is_empty() || !no.is_empty();
            let has_new = !pn.is_empty() || !nn.is_empty();
            if old_space && new_space && has_old && has_new {
                let merged_old = po.start..no.end;
                let merged_new = pn.start..nn.end;
                out.pop();
                iter.next();
                out.push(Region::Differ {
                    old: merged_old,
                    new: merged_new,
                });
                continue;
            }
        }
        out.push(region);
    }
    out
}

fn to_changes(regions: &[Region], old: &str, new: &str) -> Vec<Change> {
    let mut out = Vec::with_capacity(regions.len() * 2);
    for region in regions {
        match region {
            Region::Equal { old: o, new: n } => {
                let new_text = new.get(n.clone()).unwrap_or_default();
                let old_text = old.get(o.clone()).unwrap_or_default();
                if new_text.is_empty() && old_text.is_empty() {
                    continue;
                }
                out.push(Change {
                    op: Op::Equal,
                    text: new_text.to_string(),
                    old_text: (old_text != new_text).then(|| old_text.to_string()),
                });
            }
            Region::Differ { old: o, new: n } => {
                let old_text = old.get(o.clone()).unwrap_or_default();
                let new_text = new.get(n.clone()).unwrap_or_default();
                if !old_text.is_empty() {
                    out.push(Change::new(Op::Delete, old_text));
                }
                if !new_text.is_empty() {
                    out.push(Change::new(Op::Insert, new_text));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{new_text, old_text};

    fn run(old: &str, new: &str, options: &Options) -> Vec<Change> {
        let (changes, timed_out) = super::changes(old, new, options, None);
        assert!(!timed_out);
        assert_eq!(old_text(&changes), old, "old text rebuilds");
        assert_eq!(new_text(&changes), new, "new text rebuilds");
        changes
    }

    fn render(changes: &[Change]) -> String {
        changes
            .iter()
            .map(|c| match c.op {
                Op::Equal => c.text.clone(),
                Op::Delete => format!("[-{}-]", c.text),
                Op::Insert => format!("{{+{}+}}", c.text),
            })
            .collect()
    }

    #[test]
    fn a_changed_word_is_one_delete_and_one_insert() {
        let changes = run(
            "Requests the Secretary-General to report",
            "Requests the Secretariat to report",
            &Options::default(),
        );
        assert_eq!(
            render(&changes),
            "Requests the [-Secretary-General-]{+Secretariat+} to report"
        );
    }

    #[test]
    fn spaces_between_changed_words_join_them() {
        let changes = run(
            "to promote strongly the rights",
            "to protect fully the rights",
            &Options::default(),
        );
        assert_eq!(
            render(&changes),
            "to [-promote strongly-]{+protect fully+} the rights"
        );
    }

    #[test]
    fn symbols_are_one_unit() {
        let units = |t: &str| -> Vec<String> {
            super::units(t, false, &Options::default())
                .iter()
                .map(|u| t[u.range.clone()].to_string())
                .collect()
        };
        assert_eq!(
            units("resolution 73/266 of 22"),
            ["resolution", " ", "73/266", " ", "of", " ", "22"]
        );
        assert_eq!(
            units("A/RES/75/32, and S-35/1."),
            ["A/RES/75/32", ",", " ", "and", " ", "S", "-", "35/1", "."]
        );
        assert_eq!(units("either/ or"), ["either/", " ", "or"]);
        let changes = run(
            "2016 and 73/266 of 22",
            "2016, 73/27 of 5, 73/266 of 22",
            &Options::default(),
        );
        assert!(render(&changes).contains("73/266"), "{}", render(&changes));
        assert!(
            !render(&changes).contains("{+27"),
            "numbers of a symbol are not split: {}",
            render(&changes)
        );
    }

    #[test]
    fn chinese_is_compared_by_character() {
        assert!(mostly_cjk("大会，回顾其第74/28号决议"));
        assert!(!mostly_cjk("Recalling its resolution 74/28"));
        let changes = run("大会注意到报告", "大会欢迎报告", &Options::default());
        assert_eq!(render(&changes), "大会[-注意到-]{+欢迎+}报告");
        let changes = run(
            "回顾其2019年12月12日第74/28号决议",
            "回顾其2020年12月7日第75/32号决议",
            &Options::default(),
        );
        assert_eq!(
            render(&changes),
            "回顾其[-2019-]{+2020+}年12月[-12-]{+7+}日第[-74/28-]{+75/32+}号决议"
        );
    }

    #[test]
    fn punctuation_width_is_ignored_when_asked() {
        let old = "注意到（A/75/1），并";
        let new = "注意到(A/75/1),并";
        let strict = run(old, new, &Options::default());
        assert!(strict.iter().any(|c| c.op != Op::Equal));
        let options = Options {
            ignore_punctuation_width: true,
            ..Options::default()
        };
        let folded = run(old, new, &options);
        assert!(folded.iter().all(|c| c.op == Op::Equal), "{folded:?}");
        // Width-folding leaves letters alone: a full-width letter is still a change.
        let letters = run("Ａ", "A", &options);
        assert!(letters.iter().any(|c| c.op != Op::Equal));
        // A non-breaking hyphen is a hyphen; a dash is not.
        let hyphen = run("non\u{2011}violent", "non-violent", &options);
        assert!(hyphen.iter().all(|c| c.op == Op::Equal));
        let dash = run("2020\u{2013}2021", "2020-2021", &options);
        assert!(dash.iter().any(|c| c.op != Op::Equal));
    }

    #[test]
    fn whitespace_is_ignored_when_asked() {
        let old = "Calls upon  all States,to act";
        let new = "Calls upon all States, to\nact";
        assert!(
            run(old, new, &Options::default())
                .iter()
                .any(|c| c.op != Op::Equal)
        );
        let options = Options {
            ignore_whitespace: true,
            ..Options::default()
        };
        let changes = run(old, new, &options);
        assert!(changes.iter().all(|c| c.op == Op::Equal), "{changes:?}");
        // A real change is still found, with the whitespace around it kept exact.
        let changes = run("Calls upon  all States", "Calls on all States", &options);
        assert_eq!(render(&changes), "Calls [-upon  -]{+on +}all States");
    }

    #[test]
    fn empty_sides() {
        assert_eq!(
            render(&run("", "new text", &Options::default())),
            "{+new text+}"
        );
        assert_eq!(render(&run("old", "", &Options::default())), "[-old-]");
        assert!(run("", "", &Options::default()).is_empty());
    }
}
