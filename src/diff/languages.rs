//! Two language versions of one resolution side by side: which paragraph of one is which
//! paragraph of the other. Nothing is compared word by word (the texts are translations).

use crate::document::{Document, ParagraphKind};
use similar::{Algorithm, DiffTag};

/// Aligns the paragraphs of two language versions of one resolution: pairs of indices into
/// `a.paragraphs` and `b.paragraphs`, in reading order, with `None` where one version has a
/// paragraph the other lacks.
///
/// Numbered paragraphs and their sub-paragraphs are matched by their ids, which the parsers
/// build from the printed numbers (`op7`, `ii-op3`, `annex-12`) and from positions under
/// them (`op1b`), never from labels as printed (`(b)`, `б)`, `(ب)`): a version that lacks
/// a paragraph, or prints one number wrong, cannot slide the rest of its part out of step.
/// Preambular paragraphs, which carry no number, are matched by position. Other paragraphs
/// (headings, annex text) are matched by their source identifiers (AKN `eId`s) when both
/// documents have them, else by their position among the other paragraphs. Where the keys
/// disagree, the paragraphs in between are paired in order.
///
/// `eId`s are not used for numbered paragraphs because they are counters over the markup:
/// where one language marks up a heading as two elements and another as one (the English and
/// Chinese of A/RES/75/239), every later `eId` is shifted.
pub fn align_languages(a: &Document, b: &Document) -> Vec<(Option<usize>, Option<usize>)> {
    let by_source = has_source_ids(a) && has_source_ids(b);
    let a_keys = keys(a, by_source);
    let b_keys = keys(b, by_source);
    let ops = similar::capture_diff_slices(Algorithm::Myers, &a_keys, &b_keys);
    let mut pairs = Vec::with_capacity(a_keys.len().max(b_keys.len()));
    for op in ops {
        let (tag, a_range, b_range) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => pairs.extend(a_range.zip(b_range).map(|(i, j)| (Some(i), Some(j)))),
            DiffTag::Delete => pairs.extend(a_range.map(|i| (Some(i), None))),
            DiffTag::Insert => pairs.extend(b_range.map(|j| (None, Some(j)))),
            DiffTag::Replace => {
                let common = a_range.len().min(b_range.len());
                let (a_start, b_start) = (a_range.start, b_range.start);
                pairs.extend((0..common).map(|k| (Some(a_start + k), Some(b_start + k))));
                pairs.extend(a_range.skip(common).map(|i| (Some(i), None)));
                pairs.extend(b_range.skip(common).map(|j| (None, Some(j))));
            }
        }
    }
    pairs
}

/// Whether most paragraphs carry a source identifier.
fn has_source_ids(doc: &Document) -> bool {
    let with = doc
        .paragraphs
        .iter()
        .filter(|p| p.source_id.as_deref().is_some_and(|s| !s.is_empty()))
        .count();
    with > 0 && with * 2 >= doc.paragraphs.len()
}

fn keys(doc: &Document, by_source: bool) -> Vec<String> {
    let structure = structural_keys(doc);
    doc.paragraphs
        .iter()
        .zip(structure)
        .map(|(p, structural)| match (&p.source_id, by_source, p.kind) {
            (Some(id), true, ParagraphKind::Other) if !id.is_empty() => format!("eid:{id}"),
            _ => structural,
        })
        .collect()
}

/// `d0:pp3` (counted), `d0:op7`, `d0:ii-op3`, `d0:op1b` (the paragraph's id, from its
/// printed number), `d1:other4` (counted): the place of each paragraph in its division.
fn structural_keys(doc: &Document) -> Vec<String> {
    let mut out = Vec::with_capacity(doc.paragraphs.len());
    let mut division = usize::MAX;
    let (mut pp, mut other) = (0u32, 0u32);
    for p in &doc.paragraphs {
        if p.division != division {
            division = p.division;
            (pp, other) = (0, 0);
        }
        let key = match p.kind {
            ParagraphKind::Preambular => {
                pp += 1;
                format!("pp{pp}")
            }
            ParagraphKind::Operative | ParagraphKind::Annex | ParagraphKind::Subparagraph => {
                p.id.clone()
            }
            ParagraphKind::Other => {
                other += 1;
                format!("other{other}")
            }
        };
        out.push(format!("d{division}:{key}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, Paragraph, Part};

    /// A paragraph whose id is its reference in lower case (`OP1(a)` -> `op1a`), as the
    /// parsers name them.
    fn para(kind: ParagraphKind, depth: u8, text: &str, eid: Option<&str>) -> Paragraph {
        let part = match kind {
            ParagraphKind::Preambular => Part::Preamble,
            _ => Part::Operative,
        };
        let id: String = text
            .to_lowercase()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let mut p = Paragraph::new(id, kind, part, text);
        p.depth = depth;
        p.source_id = eid.map(str::to_string);
        p
    }

    #[test]
    fn source_ids_pair_headings_and_numbers_pair_numbered_paragraphs() {
        let mut en = Document::new(Format::AkomaNtoso);
        en.paragraphs = vec![
            para(ParagraphKind::Other, 0, "I", Some("para_1")),
            para(ParagraphKind::Other, 0, "Implementation", Some("para_2")),
            para(ParagraphKind::Operative, 0, "OP1", Some("para_3")),
            para(ParagraphKind::Other, 0, "II", Some("para_4")),
            para(ParagraphKind::Other, 0, "Capacity-building", Some("para_5")),
            para(ParagraphKind::Operative, 0, "OP2", Some("para_6")),
        ];
        // The Chinese marks up each heading as one element, so every later eId is shifted.
        let mut zh = Document::new(Format::AkomaNtoso);
        zh.paragraphs = vec![
            para(ParagraphKind::Other, 0, "一 执行", Some("para_1")),
            para(ParagraphKind::Operative, 0, "OP1", Some("para_2")),
            para(ParagraphKind::Other, 0, "二 能力建设", Some("para_3")),
            para(ParagraphKind::Operative, 0, "OP2", Some("para_4")),
        ];
        assert_eq!(
            align_languages(&en, &zh),
            vec![
                (Some(0), Some(0)),
                (Some(1), None),
                (Some(2), Some(1)),
                (Some(3), Some(2)),
                (Some(4), None),
                (Some(5), Some(3)),
            ]
        );
    }

    #[test]
    fn without_source_ids_structure_decides() {
        let mut a = Document::new(Format::Text);
        a.paragraphs = vec![
            para(ParagraphKind::Preambular, 0, "PP1", None),
            para(ParagraphKind::Operative, 0, "OP1", None),
            para(ParagraphKind::Subparagraph, 1, "OP1(a)", None),
            para(ParagraphKind::Subparagraph, 1, "OP1(b)", None),
            para(ParagraphKind::Operative, 0, "OP2", None),
        ];
        let mut b = Document::new(Format::AkomaNtoso);
        b.paragraphs = vec![
            para(ParagraphKind::Preambular, 0, "PP1", Some("para_1")),
            para(ParagraphKind::Preambular, 0, "PP2", Some("para_2")),
            para(ParagraphKind::Operative, 0, "OP1", Some("para_3")),
            para(ParagraphKind::Subparagraph, 1, "OP1(a)", Some("para_4")),
            para(ParagraphKind::Operative, 0, "OP2", Some("para_5")),
        ];
        assert_eq!(
            align_languages(&a, &b),
            vec![
                (Some(0), Some(0)),
                (None, Some(1)),
                (Some(1), Some(2)),
                (Some(2), Some(3)),
                (Some(3), None),
                (Some(4), Some(4)),
            ]
        );
    }

    #[test]
    fn a_version_without_a_paragraph_does_not_slide_the_rest() {
        // A/RES/75/287 in Chinese lacks paragraph 7: 8 and 9 still face 8 and 9.
        let numbered = |refs: &[&str]| {
            let mut d = Document::new(Format::AkomaNtoso);
            d.paragraphs = refs
                .iter()
                .map(|r| para(ParagraphKind::Operative, 0, r, None))
                .collect();
            d
        };
        let en = numbered(&["OP6", "OP7", "OP8", "OP9"]);
        let zh = numbered(&["OP6", "OP8", "OP9"]);
        assert_eq!(
            align_languages(&en, &zh),
            vec![
                (Some(0), Some(0)),
                (Some(1), None),
                (Some(2), Some(1)),
                (Some(3), Some(2)),
            ]
        );
    }
}
