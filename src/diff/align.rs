//! Aligning the paragraphs (or footnotes) of two documents.
//!
//! Within each part (front, preamble, operative, annex, footnotes) the texts are first
//! matched exactly with a sequence diff, which anchors everything unchanged, renumbered or
//! not. The gaps between anchors are then aligned by similarity, keeping order (a
//! Needleman-Wunsch-style dynamic programme that maximises the summed similarity of the
//! pairs). What is left on both sides is paired by similarity regardless of order: those
//! pairs are the moved paragraphs.
//!
//! The work is bounded (quadratic in the size of a gap, with a cap), so it does not take a
//! deadline: only the word-level pass does.

use super::Options;
use super::inline::{mostly_cjk, units};
use crate::document::ParagraphKind;
use similar::{Algorithm, DiffTag};
use std::hash::{DefaultHasher, Hash, Hasher};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Two paragraphs at least this similar may be aligned as one changed paragraph.
pub(crate) const MATCH_THRESHOLD: f32 = 0.5;
/// Two paragraphs out of order at least this similar count as one that moved.
pub(crate) const MOVE_THRESHOLD: f32 = 0.6;
/// Gaps with more candidate pairs than this are not aligned by similarity (a guard against
/// quadratic work on pathological input; the largest resolution has a few hundred paragraphs).
const MAX_GAP_CELLS: usize = 1_000_000;

/// What the aligner needs to know about one paragraph or footnote.
#[derive(Clone, Debug)]
pub(crate) struct Item<'a> {
    pub text: &'a str,
    /// Items are only aligned with items of the same group (a part of the document).
    pub group: u8,
    pub kind: Option<ParagraphKind>,
}

/// One aligned pair or an unpaired item.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Link {
    pub old: Option<usize>,
    pub new: Option<usize>,
    /// The texts are the same under the options.
    pub same: bool,
    /// Paired out of order.
    pub moved: bool,
}

/// The result of an alignment.
#[derive(Debug, Default)]
pub(crate) struct Alignment {
    pub links: Vec<Link>,
    /// A gap was too large to align by similarity: some pairs were left unaligned.
    pub coarse: bool,
}

/// A precomputed fingerprint of an item's text.
struct Profile {
    /// Hash of the comparison keys: equal iff the texts are the same under the options.
    exact: u64,
    /// Sorted hashes of word (or, for CJK, character) unigrams and bigrams.
    grams: Vec<u64>,
}

fn hash_of(value: impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

fn profile(text: &str, options: &Options) -> Profile {
    let mut hasher = DefaultHasher::new();
    for unit in units(text, false, options) {
        unit.key.hash(&mut hasher);
    }
    let exact = hasher.finish();

    let normal: String = text.nfkc().flat_map(char::to_lowercase).collect();
    let tokens: Vec<u64> = if mostly_cjk(&normal) {
        normal
            .graphemes(true)
            .filter(|g| g.chars().any(char::is_alphanumeric))
            .map(hash_of)
            .collect()
    } else {
        normal.unicode_words().map(hash_of).collect()
    };
    let mut grams = Vec::with_capacity(tokens.len() * 2);
    grams.extend(tokens.iter().copied());
    grams.extend(tokens.windows(2).map(|w| hash_of((w[0], w[1]))));
    grams.sort_unstable();
    Profile { exact, grams }
}

/// How alike two sorted multisets of grams are, in `0..=1`: their Dice coefficient, or,
/// when the shorter is mostly contained in the longer (a paragraph that gained a clause),
/// a little less than the share contained, so that growth alone does not unpair them.
fn similarity(a: &[u64], b: &[u64]) -> f32 {
    let common = common(a, b);
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let dice = (2 * common) as f32 / total as f32;
    let (short, long) = (a.len().min(b.len()), a.len().max(b.len()));
    if short >= 4 && short * 4 >= long {
        dice.max(0.8 * common as f32 / short as f32)
    } else {
        dice
    }
}

/// Dice coefficient of two sorted multisets of grams, in `0..=1`.
#[cfg(test)]
fn dice(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    (2 * common(a, b)) as f32 / (a.len() + b.len()) as f32
}

/// Size of the intersection of two sorted multisets.
fn common(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

struct Aligner<'a> {
    old: &'a [Item<'a>],
    new: &'a [Item<'a>],
    old_profiles: Vec<Profile>,
    new_profiles: Vec<Profile>,
}

impl Aligner<'_> {
    fn similarity(&self, i: usize, j: usize) -> f32 {
        let (Some(a), Some(b)) = (self.old_profiles.get(i), self.new_profiles.get(j)) else {
            return 0.0;
        };
        if a.exact == b.exact {
            return 1.0;
        }
        let score = similarity(&a.grams, &b.grams);
        let same_kind = self.old.get(i).map(|x| x.kind) == self.new.get(j).map(|x| x.kind);
        // A paragraph that changed kind (a sub-paragraph promoted to a paragraph) can still
        // pair, but a paragraph of the same kind is preferred.
        if same_kind { score } else { score * 0.9 }
    }

    fn same(&self, i: usize, j: usize) -> bool {
        match (self.old_profiles.get(i), self.new_profiles.get(j)) {
            (Some(a), Some(b)) => a.exact == b.exact,
            _ => false,
        }
    }

    /// Order-preserving alignment of one gap by similarity: pairs of positions in `old` and
    /// `new`, in order.
    fn align_gap(&self, old: &[usize], new: &[usize]) -> Vec<(usize, usize)> {
        let (n, m) = (old.len(), new.len());
        // score[i][j]: best total for old[i..] and new[j..].
        let width = m + 1;
        let mut score = vec![0f32; (n + 1) * width];
        let mut sims = vec![0f32; n * m];
        for (a, &i) in old.iter().enumerate() {
            for (b, &j) in new.iter().enumerate() {
                if let Some(cell) = sims.get_mut(a * m + b) {
                    *cell = self.similarity(i, j);
                }
            }
        }
        let at = |v: &Vec<f32>, i: usize, j: usize| v.get(i * width + j).copied().unwrap_or(0.0);
        for a in (0..n).rev() {
            for b in (0..m).rev() {
                let sim = sims.get(a * m + b).copied().unwrap_or(0.0);
                let mut best = at(&score, a + 1, b).max(at(&score, a, b + 1));
                if sim >= MATCH_THRESHOLD {
                    best = best.max(sim + at(&score, a + 1, b + 1));
                }
                if let Some(cell) = score.get_mut(a * width + b) {
                    *cell = best;
                }
            }
        }
        let mut pairs = Vec::new();
        let (mut a, mut b) = (0, 0);
        while a < n && b < m {
            let sim = sims.get(a * m + b).copied().unwrap_or(0.0);
            let here = at(&score, a, b);
            if sim >= MATCH_THRESHOLD && (here - (sim + at(&score, a + 1, b + 1))).abs() < 1e-6 {
                pairs.push((a, b));
                a += 1;
                b += 1;
            } else if (here - at(&score, a + 1, b)).abs() < 1e-6 {
                a += 1;
            } else {
                b += 1;
            }
        }
        pairs
    }
}

/// Aligns `old` with `new`. The links come back in no particular order.
pub(crate) fn align(old: &[Item<'_>], new: &[Item<'_>], options: &Options) -> Alignment {
    let aligner = Aligner {
        old,
        new,
        old_profiles: old.iter().map(|x| profile(x.text, options)).collect(),
        new_profiles: new.iter().map(|x| profile(x.text, options)).collect(),
    };
    let mut result = Alignment::default();
    let mut groups: Vec<u8> = old.iter().chain(new.iter()).map(|x| x.group).collect();
    groups.sort_unstable();
    groups.dedup();
    let mut left_old = Vec::new();
    let mut left_new = Vec::new();
    for group in groups {
        let old_ix: Vec<usize> = (0..old.len())
            .filter(|&i| old.get(i).is_some_and(|x| x.group == group))
            .collect();
        let new_ix: Vec<usize> = (0..new.len())
            .filter(|&j| new.get(j).is_some_and(|x| x.group == group))
            .collect();
        let (old_left, new_left) = align_group(&aligner, &old_ix, &new_ix, &mut result);
        left_old.extend(old_left);
        left_new.extend(new_left);
    }
    // What no group paired may have moved, within its group or to another (a preambular
    // paragraph that became operative).
    pair_moves(&aligner, &left_old, &left_new, &mut result);
    result
}

/// Pairs a group's paragraphs in order; returns those left unpaired, old and new.
fn align_group(
    aligner: &Aligner<'_>,
    old_ix: &[usize],
    new_ix: &[usize],
    out: &mut Alignment,
) -> (Vec<usize>, Vec<usize>) {
    let old_keys: Vec<u64> = old_ix
        .iter()
        .filter_map(|&i| aligner.old_profiles.get(i).map(|p| p.exact))
        .collect();
    let new_keys: Vec<u64> = new_ix
        .iter()
        .filter_map(|&j| aligner.new_profiles.get(j).map(|p| p.exact))
        .collect();
    let ops = similar::capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys);
    let mut paired_old = vec![false; old_ix.len()];
    let mut paired_new = vec![false; new_ix.len()];
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            for (a, b) in old_range.zip(new_range) {
                if let (Some(&i), Some(&j)) = (old_ix.get(a), new_ix.get(b)) {
                    out.links.push(Link {
                        old: Some(i),
                        new: Some(j),
                        same: true,
                        moved: false,
                    });
                    mark(&mut paired_old, a);
                    mark(&mut paired_new, b);
                }
            }
            continue;
        }
        if old_range.is_empty() || new_range.is_empty() {
            continue;
        }
        if old_range.len() * new_range.len() > MAX_GAP_CELLS {
            out.coarse = true;
            continue;
        }
        let gap_old: Vec<usize> = old_range
            .clone()
            .filter_map(|a| old_ix.get(a).copied())
            .collect();
        let gap_new: Vec<usize> = new_range
            .clone()
            .filter_map(|b| new_ix.get(b).copied())
            .collect();
        for (a, b) in aligner.align_gap(&gap_old, &gap_new) {
            if let (Some(&i), Some(&j)) = (gap_old.get(a), gap_new.get(b)) {
                out.links.push(Link {
                    old: Some(i),
                    new: Some(j),
                    same: aligner.same(i, j),
                    moved: false,
                });
                mark(&mut paired_old, old_range.start + a);
                mark(&mut paired_new, new_range.start + b);
            }
        }
    }

    let left_old: Vec<usize> = old_ix
        .iter()
        .zip(&paired_old)
        .filter(|(_, paired)| !**paired)
        .map(|(&i, _)| i)
        .collect();
    let left_new: Vec<usize> = new_ix
        .iter()
        .zip(&paired_new)
        .filter(|(_, paired)| !**paired)
        .map(|(&j, _)| j)
        .collect();
    (left_old, left_new)
}

/// Pairs the most similar of the paragraphs left over as moved; the rest are deleted and added.
fn pair_moves(aligner: &Aligner<'_>, left_old: &[usize], left_new: &[usize], out: &mut Alignment) {
    let mut moved_old = vec![false; left_old.len()];
    let mut moved_new = vec![false; left_new.len()];
    if left_old.len() * left_new.len() > MAX_GAP_CELLS {
        if !left_old.is_empty() && !left_new.is_empty() {
            out.coarse = true;
        }
    } else {
        let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
        for (a, &i) in left_old.iter().enumerate() {
            for (b, &j) in left_new.iter().enumerate() {
                let sim = aligner.similarity(i, j);
                if sim >= MOVE_THRESHOLD {
                    candidates.push((sim, a, b));
                }
            }
        }
        // Best pairs first; ties in document order, so the result does not depend on sorting.
        candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
        for (_, a, b) in candidates {
            if moved_old.get(a).copied().unwrap_or(true)
                || moved_new.get(b).copied().unwrap_or(true)
            {
                continue;
            }
            mark(&mut moved_old, a);
            mark(&mut moved_new, b);
            if let (Some(&i), Some(&j)) = (left_old.get(a), left_new.get(b)) {
                out.links.push(Link {
                    old: Some(i),
                    new: Some(j),
                    same: aligner.same(i, j),
                    moved: true,
                });
            }
        }
    }
    for (&i, moved) in left_old.iter().zip(&moved_old) {
        if !moved {
            out.links.push(Link {
                old: Some(i),
                new: None,
                same: false,
                moved: false,
            });
        }
    }
    for (&j, moved) in left_new.iter().zip(&moved_new) {
        if !moved {
            out.links.push(Link {
                old: None,
                new: Some(j),
                same: false,
                moved: false,
            });
        }
    }
}

fn mark(flags: &mut [bool], index: usize) {
    if let Some(flag) = flags.get_mut(index) {
        *flag = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(texts: &[&'static str]) -> Vec<Item<'static>> {
        texts
            .iter()
            .map(|t| Item {
                text: t,
                group: 0,
                kind: Some(ParagraphKind::Operative),
            })
            .collect()
    }

    fn sorted(mut links: Vec<Link>) -> Vec<(Option<usize>, Option<usize>, bool, bool)> {
        links.sort_by_key(|l| (l.new.unwrap_or(usize::MAX), l.old));
        links
            .iter()
            .map(|l| (l.old, l.new, l.same, l.moved))
            .collect()
    }

    #[test]
    fn dice_of_grams() {
        assert_eq!(dice(&[1, 2, 3], &[1, 2, 3]), 1.0);
        assert_eq!(dice(&[1, 2], &[3, 4]), 0.0);
        assert_eq!(dice(&[1, 1, 2], &[1, 2, 2]), 2.0 * 2.0 / 6.0);
        assert_eq!(dice(&[], &[]), 1.0);
        // Containment counts when the shorter side is not tiny.
        assert_eq!(
            similarity(&[1, 2, 3, 4], &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
            0.8
        );
        assert_eq!(similarity(&[1, 2], &[1, 2, 3, 4, 5, 6]), 0.5);
        assert_eq!(
            similarity(&[1, 2, 3, 4], &(1..=20).collect::<Vec<u64>>()),
            8.0 / 24.0
        );
    }

    #[test]
    fn similar_paragraphs_pair_and_unrelated_ones_do_not() {
        let options = Options::default();
        let a = profile(
            "Requests the Secretary-General to submit to the General Assembly at its seventy-sixth session a report on the implementation of the present resolution",
            &options,
        );
        let b = profile(
            "Requests the Secretary-General to submit to the General Assembly at its seventy-seventh session a report on the implementation of the present resolution",
            &options,
        );
        let c = profile(
            "Decides to include in the provisional agenda of its seventy-sixth session the item entitled \"Oceans and the law of the sea\"",
            &options,
        );
        assert!(similarity(&a.grams, &b.grams) > 0.85);
        assert!(similarity(&a.grams, &c.grams) < MATCH_THRESHOLD);
    }

    #[test]
    fn a_gap_pairs_in_order_and_a_swap_is_a_move() {
        let old = items(&[
            "Welcomes the report of the Secretary-General on oceans",
            "Calls upon States to become parties to the Convention",
            "Encourages States to cooperate on marine science",
        ]);
        let new = items(&[
            "Encourages all States to cooperate on marine science",
            "Welcomes the reports of the Secretary-General on oceans",
            "Calls upon States to become parties to the Convention",
        ]);
        let result = align(&old, &new, &Options::default());
        assert!(!result.coarse);
        assert_eq!(
            sorted(result.links),
            vec![
                (Some(2), Some(0), false, true),
                (Some(0), Some(1), false, false),
                (Some(1), Some(2), true, false),
            ]
        );
    }

    #[test]
    fn groups_are_aligned_separately() {
        let mut old = items(&["Recalling its resolution 74/28", "Decides to remain seized"]);
        let mut new = items(&["Decides to remain seized", "Recalling its resolution 74/28"]);
        old[0].group = 1;
        new[1].group = 1;
        let result = align(&old, &new, &Options::default());
        let links = sorted(result.links);
        assert!(links.iter().all(|l| l.2 && !l.3), "{links:?}");
    }
}
