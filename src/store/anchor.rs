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
use std::cell::OnceCell;
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

/// Where words a reader selected stand in a paragraph's text: the first place they occur,
/// trimmed; None when they are not there as they are (a selection that took in a footnote
/// marker), so the note goes on the whole paragraph.
pub fn find_words(paragraph: &str, words: &str) -> Option<Range<usize>> {
    let words = words.trim();
    if words.is_empty() {
        return None;
    }
    let start = paragraph.find(words)?;
    Some(start..start + words.len())
}

/// Places a note's anchor in a document. To place many notes in one document, use a
/// [`Placer`], which reads the document's words once.
pub fn reattach(anchor: &Anchor, doc: &Document) -> Placement {
    Placer::new(doc).place(anchor)
}

/// Places notes in one document. The words of its paragraphs are indexed the first time a
/// note is not found verbatim, then reused for every other note.
pub struct Placer<'a> {
    doc: &'a Document,
    index: OnceCell<WordIndex>,
}

impl<'a> Placer<'a> {
    /// A placer for `doc`; nothing is computed until a note needs it.
    pub fn new(doc: &'a Document) -> Placer<'a> {
        Placer {
            doc,
            index: OnceCell::new(),
        }
    }

    /// Where a note made on another language version of the same document stands: its
    /// quote cannot be found in another language, but official language versions share their
    /// paragraphs, so the note goes to the paragraph with the same id (else reference), as a
    /// whole.
    pub fn place_in_translation(&self, anchor: &Anchor) -> Placement {
        let mut placed = by_id(anchor, self.doc);
        if let Some(p) = placed.paragraph.and_then(|i| self.doc.paragraphs.get(i)) {
            placed.range = Some(0..p.text.len());
            // Not a verbatim find: copying the note takes this version's words as its quote.
            placed.score = 0.5;
        }
        placed
    }

    /// Where a note's anchor stands in the document.
    pub fn place(&self, anchor: &Anchor) -> Placement {
        if anchor.quote.exact.trim().is_empty() {
            return by_id(anchor, self.doc);
        }
        if let Some(found) = verbatim(anchor, self.doc) {
            return found;
        }
        let index = self.index.get_or_init(|| WordIndex::new(self.doc));
        fuzzy(anchor, self.doc, index).unwrap_or_else(Placement::orphaned)
    }
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

/// The words of every paragraph as numbers (one per distinct lower-cased word; each Chinese
/// character is a word), so that comparing paragraphs compares integers.
struct WordIndex {
    vocabulary: HashMap<String, u32>,
    paragraphs: Vec<IndexedParagraph>,
}

struct IndexedParagraph {
    words: Vec<u32>,
    /// Byte range of each word in the paragraph's text.
    ranges: Vec<Range<usize>>,
    /// The same words, sorted: to count words shared with a quote by a merge.
    sorted: Vec<u32>,
}

impl WordIndex {
    fn new(doc: &Document) -> WordIndex {
        let mut vocabulary: HashMap<String, u32> = HashMap::new();
        let paragraphs = doc
            .paragraphs
            .iter()
            .map(|p| {
                let mut words = Vec::new();
                let mut ranges = Vec::new();
                for (i, w) in p.text.unicode_word_indices() {
                    let next = u32::try_from(vocabulary.len()).unwrap_or(u32::MAX);
                    let id = *vocabulary.entry(w.to_lowercase()).or_insert(next);
                    words.push(id);
                    ranges.push(i..i + w.len());
                }
                let mut sorted = words.clone();
                sorted.sort_unstable();
                IndexedParagraph {
                    words,
                    ranges,
                    sorted,
                }
            })
            .collect();
        WordIndex {
            vocabulary,
            paragraphs,
        }
    }

    /// A text's words as numbers; words the document does not have get numbers of their
    /// own, which match nothing.
    fn words_of(&self, text: &str) -> Vec<u32> {
        let mut unknown: HashMap<String, u32> = HashMap::new();
        text.unicode_words()
            .map(|w| {
                let lower = w.to_lowercase();
                match self.vocabulary.get(&lower) {
                    Some(&id) => id,
                    None => {
                        let next = u32::MAX - u32::try_from(unknown.len()).unwrap_or(0);
                        *unknown.entry(lower).or_insert(next)
                    }
                }
            })
            .collect()
    }
}

/// How many words two sorted lists share, counting repeats.
fn shared_words(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

fn diff_ratio(a: &[u32], b: &[u32]) -> f32 {
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, a, b);
    similar::diff_ratio(&ops, a.len(), b.len())
}

/// The most similar paragraph, if similar enough. A whole-paragraph quote is compared with
/// whole paragraphs; a partial quote with same-length windows of each paragraph.
fn fuzzy(anchor: &Anchor, doc: &Document, index: &WordIndex) -> Option<Placement> {
    let quote = index.words_of(&anchor.quote.exact);
    let n = quote.len();
    if n == 0 {
        return None;
    }
    let mut quote_sorted = quote.clone();
    quote_sorted.sort_unstable();
    // A diff ratio r = 2 * matches / (n + other length) needs at least r * n / 2 words in
    // common with the quote, so paragraphs sharing fewer cannot reach the threshold; of the
    // rest, only the few sharing most are diffed.
    let least_shared = (f64::from(FUZZY_THRESHOLD) / 2.0 * n as f64).floor() as usize;
    let mut candidates: Vec<(usize, usize)> = index
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let shared = shared_words(&quote_sorted, &p.sorted);
            (shared > 0 && shared >= least_shared).then_some((shared, i))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    candidates.truncate(CANDIDATES);

    let whole = anchor.quote.is_whole();
    let mut best: Option<(f32, bool, usize, Range<usize>)> = None;
    for &(_, i) in &candidates {
        let (Some(p), Some(indexed)) = (doc.paragraphs.get(i), index.paragraphs.get(i)) else {
            continue;
        };
        let words = &indexed.words;
        let (score, range) = if whole || words.len() <= n {
            (diff_ratio(&quote, words), 0..p.text.len())
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
                let r = diff_ratio(&quote, window);
                if r > best_window.0 {
                    let start = indexed.ranges.get(s).map_or(0, |r| r.start);
                    let end = indexed
                        .ranges
                        .get(s + n - 1)
                        .map_or(p.text.len(), |r| r.end);
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
            best = Some((score, own, i, range));
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
    #[test]
    fn selected_words_are_found_in_the_paragraph() {
        let text = "Welcomes the productive work of the Group of Governmental Experts;";
        assert_eq!(
            super::find_words(text, " the productive work "),
            Some(9..28)
        );
        assert_eq!(
            super::find_words(text, "the Group1 of"),
            None,
            "a marker taken in"
        );
        assert_eq!(super::find_words(text, "  "), None);
    }

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
