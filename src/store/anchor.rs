//! Finding a note's paragraph again, in the same document or another edition of it.
//!
//! A note keeps its paragraph id and a quote. Opening a document places each note:
//! 1. the quote found verbatim (its context choosing between repeats): `attached` if that is
//!    the note's own paragraph, else `moved` (`was OP4, now OP5`);
//! 2. else the most similar paragraph, by a word-level diff ratio (characters for Chinese),
//!    if it is at least [`FUZZY_THRESHOLD`] similar;
//! 3. else `orphaned`: the note is kept and listed with its quote, never dropped.

use super::note::{Anchor, Note};
use crate::document::{Document, Paragraph};
use std::collections::HashMap;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// The least similarity (a diff ratio, 0 to 1) at which an edited paragraph is taken to be
/// the note's. Measured on 75/32 against 74/28 (the same resolution a year earlier): edited
/// paragraphs score 0.89 and above, unrelated ones at most 0.71 when the whole paragraph is
/// compared.
pub const FUZZY_THRESHOLD: f32 = 0.75;

/// How many paragraphs, best by shared words, are compared word by word.
const CANDIDATES: usize = 10;

/// Where a note stands in a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnchorStatus {
    /// In the paragraph it was made on.
    Attached,
    /// Its text is now in another paragraph; `from` is the reference it had (`OP4`).
    Moved { from: String },
    /// Its text is no longer in the document.
    Orphaned,
}

impl AnchorStatus {
    /// `attached`, `moved` or `orphaned`, as the command line prints it.
    pub fn name(&self) -> &'static str {
        match self {
            AnchorStatus::Attached => "attached",
            AnchorStatus::Moved { .. } => "moved",
            AnchorStatus::Orphaned => "orphaned",
        }
    }
}

/// Where a note was placed in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub status: AnchorStatus,
    /// Index of the paragraph in [`Document::paragraphs`]; None when orphaned.
    pub paragraph: Option<usize>,
    /// Byte range of the quoted text in that paragraph, where it was found.
    pub range: Option<Range<usize>>,
    /// 1 for a verbatim match, the similarity for a fuzzy one, 0 when orphaned.
    pub score: f32,
}

impl Placement {
    fn orphaned() -> Placement {
        Placement {
            status: AnchorStatus::Orphaned,
            paragraph: None,
            range: None,
            score: 0.0,
        }
    }

    /// The paragraph's reference now (`OP5`), or the note's own when orphaned.
    pub fn reference<'a>(&self, doc: &'a Document, note: &'a Note) -> &'a str {
        self.paragraph
            .and_then(|i| doc.paragraphs.get(i))
            .map_or(note.anchor.reference.as_str(), |p| p.reference.as_str())
    }

    /// A short description for people: `attached`, `moved (was OP4, now OP5)`, `orphaned`.
    pub fn describe(&self, doc: &Document) -> String {
        match &self.status {
            AnchorStatus::Moved { from } => {
                let now = self
                    .paragraph
                    .and_then(|i| doc.paragraphs.get(i))
                    .map_or("?", |p| p.reference.as_str());
                format!("moved (was {from}, now {now})")
            }
            other => other.name().to_string(),
        }
    }
}

/// Places a note's anchor in a document.
pub fn reattach(anchor: &Anchor, doc: &Document) -> Placement {
    let exact = anchor.quote.exact.as_str();
    if exact.trim().is_empty() {
        return by_id(anchor, doc);
    }
    if let Some(found) = verbatim(anchor, doc) {
        return found;
    }
    fuzzy(anchor, doc).unwrap_or_else(Placement::orphaned)
}

fn status_for(anchor: &Anchor, p: &Paragraph) -> AnchorStatus {
    if p.id == anchor.paragraph_id {
        AnchorStatus::Attached
    } else {
        AnchorStatus::Moved {
            from: anchor.reference.clone(),
        }
    }
}

/// A note with no quote (imported from elsewhere) can only be placed by its paragraph.
fn by_id(anchor: &Anchor, doc: &Document) -> Placement {
    let index = doc
        .paragraph_index(&anchor.paragraph_id)
        .or_else(|| doc.find_ref(&anchor.reference));
    match index {
        Some(i) => Placement {
            status: AnchorStatus::Attached,
            paragraph: Some(i),
            range: None,
            score: 1.0,
        },
        None => Placement::orphaned(),
    }
}

/// Characters shared at the end of `a` and the end of `b`.
fn common_suffix_chars(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Characters shared at the start of `a` and `b`.
fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// The quote found as it is; its context, then being the note's own paragraph, choose
/// between several occurrences.
fn verbatim(anchor: &Anchor, doc: &Document) -> Option<Placement> {
    let quote = &anchor.quote;
    let exact = quote.exact.as_str();
    let context_score = |text: &str, start: usize| -> usize {
        let end = start + exact.len();
        let before = text.get(..start).unwrap_or("");
        let after = text.get(end..).unwrap_or("");
        // An empty prefix or suffix means the quote starts or ends the paragraph.
        let prefix = if quote.prefix.is_empty() {
            usize::from(before.is_empty()) * 2
        } else {
            common_suffix_chars(before, &quote.prefix)
        };
        let suffix = if quote.suffix.is_empty() {
            usize::from(after.is_empty()) * 2
        } else {
            common_prefix_chars(after, &quote.suffix)
        };
        prefix + suffix
    };
    let full_context = |text: &str, start: usize| {
        let prefix_len = quote.prefix.chars().count().max(2);
        let suffix_len = quote.suffix.chars().count().max(2);
        context_score(text, start) >= prefix_len + suffix_len
    };
    // The usual case: the same document, the quote where it was.
    if let Some(i) = doc.paragraph_index(&anchor.paragraph_id)
        && let Some(p) = doc.paragraphs.get(i)
    {
        for (start, _) in p.text.match_indices(exact).take(64) {
            if full_context(&p.text, start) {
                return Some(Placement {
                    status: AnchorStatus::Attached,
                    paragraph: Some(i),
                    range: Some(start..start + exact.len()),
                    score: 1.0,
                });
            }
        }
    }
    let mut best: Option<((usize, bool), usize, usize)> = None;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        for (start, _) in p.text.match_indices(exact).take(64) {
            let rank = (context_score(&p.text, start), p.id == anchor.paragraph_id);
            if best.as_ref().is_none_or(|(r, _, _)| rank > *r) {
                best = Some((rank, i, start));
            }
        }
    }
    let (_, i, start) = best?;
    let p = doc.paragraphs.get(i)?;
    Some(Placement {
        status: status_for(anchor, p),
        paragraph: Some(i),
        range: Some(start..start + exact.len()),
        score: 1.0,
    })
}

/// A word, lower-cased, with its byte range in the text.
type Token = (Range<usize>, String);

/// Lower-cased words with their byte ranges; each Chinese character is a word.
fn tokens(text: &str) -> Vec<Token> {
    text.unicode_word_indices()
        .map(|(i, w)| (i..i + w.len(), w.to_lowercase()))
        .collect()
}

fn diff_ratio(a: &[&str], b: &[&str]) -> f32 {
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, a, b);
    similar::diff_ratio(&ops, a.len(), b.len())
}

/// The most similar paragraph, if similar enough. A whole-paragraph quote is compared with
/// whole paragraphs; a partial quote with same-length windows of each paragraph.
fn fuzzy(anchor: &Anchor, doc: &Document) -> Option<Placement> {
    let quote_tokens = tokens(&anchor.quote.exact);
    let quote_words: Vec<&str> = quote_tokens.iter().map(|(_, w)| w.as_str()).collect();
    let n = quote_words.len();
    if n == 0 {
        return None;
    }
    let mut wanted: HashMap<&str, usize> = HashMap::new();
    for w in &quote_words {
        *wanted.entry(w).or_default() += 1;
    }
    // A diff ratio r = 2 * matches / (n + other length) needs at least r * n / 2 words in
    // common with the quote, so paragraphs sharing fewer cannot reach the threshold; of the
    // rest, only the few sharing most are diffed.
    let least_shared = (f64::from(FUZZY_THRESHOLD) / 2.0 * n as f64).floor() as usize;
    let mut candidates: Vec<(usize, usize, Vec<Token>)> = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let toks = tokens(&p.text);
        let mut left = wanted.clone();
        let mut shared = 0;
        for (_, w) in &toks {
            if let Some(count) = left.get_mut(w.as_str())
                && *count > 0
            {
                *count -= 1;
                shared += 1;
            }
        }
        if shared > 0 && shared >= least_shared {
            candidates.push((shared, i, toks));
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    candidates.truncate(CANDIDATES);

    let whole = anchor.quote.is_whole();
    let mut best: Option<(f32, bool, usize, Range<usize>)> = None;
    for (_, i, toks) in &candidates {
        let Some(p) = doc.paragraphs.get(*i) else {
            continue;
        };
        let words: Vec<&str> = toks.iter().map(|(_, w)| w.as_str()).collect();
        let (score, range) = if whole || words.len() <= n {
            (diff_ratio(&quote_words, &words), 0..p.text.len())
        } else {
            let step = (n / 8).max(1);
            let last = words.len() - n;
            let mut starts: Vec<usize> = (0..=last).step_by(step).collect();
            if starts.last() != Some(&last) {
                starts.push(last);
            }
            let mut best_window = (0.0f32, 0..p.text.len());
            for s in starts {
                let Some(window) = words.get(s..s + n) else {
                    continue;
                };
                let r = diff_ratio(&quote_words, window);
                if r > best_window.0 {
                    let start = toks.get(s).map_or(0, |(r, _)| r.start);
                    let end = toks.get(s + n - 1).map_or(p.text.len(), |(r, _)| r.end);
                    best_window = (r, start..end);
                }
            }
            best_window
        };
        let own = p.id == anchor.paragraph_id;
        let better = match &best {
            None => true,
            Some((s, o, _, _)) => score > *s || (score == *s && own && !*o),
        };
        if better {
            best = Some((score, own, *i, range));
        }
    }
    let (score, _, i, range) = best?;
    if score < FUZZY_THRESHOLD {
        return None;
    }
    let p = doc.paragraphs.get(i)?;
    Some(Placement {
        status: status_for(anchor, p),
        paragraph: Some(i),
        range: Some(range),
        score,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, ParagraphKind, Part};
    use crate::store::note::TextQuote;

    fn doc(paragraphs: &[(&str, &str, &str)]) -> Document {
        let mut d = Document::new(Format::Text);
        for (id, reference, text) in paragraphs {
            let mut p = Paragraph::new(*id, ParagraphKind::Operative, Part::Operative, *text);
            p.reference = reference.to_string();
            d.paragraphs.push(p);
        }
        d
    }

    const OLD: [(&str, &str, &str); 4] = [
        (
            "op1",
            "OP1",
            "Calls upon Member States to be guided by the reports;",
        ),
        (
            "op2",
            "OP2",
            "Welcomes the commencement of the work of the Group of Governmental Experts;",
        ),
        ("op3", "OP3", "Requests the Secretary-General to report;"),
        (
            "op4",
            "OP4",
            "Decides to include in the provisional agenda of its seventy-fifth session the item;",
        ),
    ];

    fn anchor_on(d: &Document, index: usize) -> Anchor {
        Anchor::paragraph(d, index).unwrap()
    }

    #[test]
    fn same_document_is_attached_verbatim() {
        let d = doc(&OLD);
        for i in 0..OLD.len() {
            let placed = reattach(&anchor_on(&d, i), &d);
            assert_eq!(placed.status, AnchorStatus::Attached);
            assert_eq!(placed.paragraph, Some(i));
            assert_eq!(placed.range, Some(0..d.paragraphs[i].text.len()));
        }
    }

    #[test]
    fn an_inserted_paragraph_moves_notes_below_it() {
        let old = doc(&OLD);
        let new = doc(&[
            OLD[0],
            (
                "op2",
                "OP2",
                "Notes the interruptions caused by the pandemic;",
            ),
            ("op3", "OP3", OLD[1].2),
            ("op4", "OP4", OLD[2].2),
            ("op5", "OP5", OLD[3].2),
        ]);
        let placed = reattach(&anchor_on(&old, 3), &new);
        assert_eq!(placed.status, AnchorStatus::Moved { from: "OP4".into() });
        assert_eq!(placed.paragraph, Some(4));
        assert_eq!(placed.describe(&new), "moved (was OP4, now OP5)");
        assert_eq!(
            reattach(&anchor_on(&old, 0), &new).status,
            AnchorStatus::Attached
        );
    }

    #[test]
    fn edited_paragraphs_are_found_by_similarity_and_new_ones_orphan() {
        let old = doc(&OLD);
        let new = doc(&[
            ("op1", "OP1", OLD[0].2),
            (
                "op2",
                "OP2",
                "Welcomes the productive and ongoing work of the Group of Governmental Experts;",
            ),
            (
                "op3",
                "OP3",
                "Also decides to include in the provisional agenda of its seventy-sixth session the item;",
            ),
        ]);
        let edited = reattach(&anchor_on(&old, 1), &new);
        assert_eq!(edited.status, AnchorStatus::Attached);
        assert!(edited.score >= FUZZY_THRESHOLD && edited.score < 1.0);
        let moved = reattach(&anchor_on(&old, 3), &new);
        assert_eq!(moved.status, AnchorStatus::Moved { from: "OP4".into() });
        assert_eq!(moved.paragraph, Some(2));
        let gone = reattach(&anchor_on(&old, 2), &new);
        assert_eq!(gone, Placement::orphaned());
    }

    #[test]
    fn context_chooses_between_repeated_quotes() {
        let d = doc(&[
            (
                "op1",
                "OP1",
                "Decides to remain seized of the matter in Cyprus.",
            ),
            (
                "op2",
                "OP2",
                "Decides to remain seized of the matter in Haiti.",
            ),
        ]);
        let text = &d.paragraphs[1].text;
        let start = text.find("seized").unwrap();
        let anchor = Anchor {
            paragraph_id: "op9".into(),
            reference: "OP9".into(),
            quote: TextQuote::of_range(text, start..start + "seized".len()),
        };
        let placed = reattach(&anchor, &d);
        assert_eq!(placed.paragraph, Some(1));
        assert_eq!(placed.range, Some(start..start + 6));
        assert_eq!(placed.status, AnchorStatus::Moved { from: "OP9".into() });
    }

    #[test]
    fn partial_quotes_match_windows_of_long_paragraphs() {
        let filler = "The Assembly recalls many earlier decisions on unrelated matters of budget. ";
        let old_text = format!(
            "{}stresses the need for further analysis on enhanced effectiveness and location issues; {}",
            filler.repeat(3),
            filler.repeat(3)
        );
        let new_text = format!(
            "{}stresses the need for further careful analysis on enhanced effectiveness and location issues; {}",
            filler.repeat(4),
            filler.repeat(2)
        );
        let old = doc(&[("op6", "OP6", &old_text)]);
        let new = doc(&[("op6", "OP6", &new_text)]);
        let start = old_text.find("stresses").unwrap();
        let end = old_text.find("issues;").unwrap() + "issues;".len();
        let anchor = Anchor::range(&old, 0, start..end).unwrap();
        let placed = reattach(&anchor, &new);
        assert_eq!(placed.status, AnchorStatus::Attached);
        let range = placed.range.unwrap();
        let found = &new_text[range];
        assert!(found.contains("careful analysis"), "{found}");
        assert!(
            found.len() < new_text.len() / 2,
            "a window, not the paragraph"
        );
    }

    #[test]
    fn chinese_is_compared_by_character() {
        let old = doc(&[(
            "op5",
            "OP5",
            "注意到政府专家组和不限成员名额工作组的会议日程因冠状病毒病疫情而中断;",
        )]);
        let new = doc(&[
            ("op1", "OP1", "吁请会员国:"),
            (
                "op6",
                "OP6",
                "注意到政府专家组和不限成员名额工作组的会议日程因2019冠状病毒病疫情而中断;",
            ),
        ]);
        let placed = reattach(&anchor_on(&old, 0), &new);
        assert_eq!(placed.paragraph, Some(1));
        assert!(matches!(placed.status, AnchorStatus::Moved { .. }));
    }

    #[test]
    fn quoteless_notes_fall_back_to_the_paragraph() {
        let d = doc(&OLD);
        let anchor = Anchor {
            paragraph_id: "op3".into(),
            reference: "OP3".into(),
            quote: TextQuote::default(),
        };
        assert_eq!(reattach(&anchor, &d).paragraph, Some(2));
        let lost = Anchor {
            paragraph_id: "op30".into(),
            reference: "OP30".into(),
            quote: TextQuote::default(),
        };
        assert_eq!(reattach(&lost, &d).status, AnchorStatus::Orphaned);
        assert_eq!(
            reattach(&anchor_on(&d, 0), &Document::new(Format::Text)).status,
            AnchorStatus::Orphaned
        );
    }
}
