//! A made-up resolution of any length, for benchmarks and tests of very long documents
//! (the longest real one has a few hundred paragraphs).

use super::{
    Citation, CitationKind, Document, Footnote, FootnoteRef, Format, Language, Paragraph,
    ParagraphKind, Part, StyleSpan,
};

const VERBS: [&str; 8] = [
    "Recalling",
    "Noting",
    "Welcoming",
    "Stressing",
    "Reaffirming",
    "Recognizing",
    "Concerned",
    "Emphasizing",
];
const OPERATIVE: [&str; 6] = [
    "Calls upon",
    "Invites",
    "Decides",
    "Requests",
    "Urges",
    "Encourages",
];
const FILLER: &str = "the importance of respect for human rights and fundamental freedoms in the use of information and communications technologies, and the productive and ongoing work of the Group of Governmental Experts established pursuant to resolution 73/266";

/// A document with `preambular` preambular and `operative` operative paragraphs (every third
/// operative paragraph has two sub-paragraphs; every tenth paragraph has a footnote).
pub fn resolution(preambular: usize, operative: usize) -> Document {
    let mut doc = Document::new(Format::Text);
    doc.meta.symbol = Some("A/RES/99/1".into());
    doc.meta.number = Some("99/1".into());
    doc.meta.title = Some("A very long resolution".into());
    doc.meta.language = Some(Language::En);
    doc.formula = Some("The General Assembly,".into());
    let add = |doc: &mut Document, mut p: Paragraph, verb: &str, length: usize| {
        let body: String = FILLER.chars().cycle().take(length).collect();
        p.text = format!("{verb} {body},");
        p.styles.push(StyleSpan {
            range: 0..verb.len(),
            bold: false,
            italic: true,
        });
        if let Some(at) = p.text.find("73/266") {
            p.citations.push(Citation {
                range: at..at + 6,
                symbol: "A/RES/73/266".into(),
                kind: CitationKind::Resolution,
                pinpoint: None,
            });
        }
        if doc.paragraphs.len().is_multiple_of(10) {
            let marker = (doc.footnotes.len() + 1).to_string();
            p.footnote_refs.push(FootnoteRef {
                marker: marker.clone(),
                offset: verb.len(),
                footnote: doc.footnotes.len(),
            });
            doc.footnotes.push(Footnote {
                marker,
                text: "A/65/201.".into(),
                styles: Vec::new(),
                citations: vec![Citation {
                    range: 0..8,
                    symbol: "A/65/201".into(),
                    kind: CitationKind::Document,
                    pinpoint: None,
                }],
                referenced_from: vec![p.id.clone()],
            });
        }
        doc.paragraphs.push(p);
    };
    for i in 1..=preambular {
        let mut p = Paragraph::new(
            format!("pp{i}"),
            ParagraphKind::Preambular,
            Part::Preamble,
            "",
        );
        p.reference = format!("PP{i}");
        add(&mut doc, p, VERBS[i % VERBS.len()], 80 + (i * 37) % 400);
    }
    for i in 1..=operative {
        let mut p = Paragraph::new(
            format!("op{i}"),
            ParagraphKind::Operative,
            Part::Operative,
            "",
        );
        p.reference = format!("OP{i}");
        p.number = Some(i.to_string());
        add(
            &mut doc,
            p,
            OPERATIVE[i % OPERATIVE.len()],
            60 + (i * 53) % 500,
        );
        if i.is_multiple_of(3) {
            for (k, label) in ["a", "b"].iter().enumerate() {
                let mut s = Paragraph::new(
                    format!("op{i}{label}"),
                    ParagraphKind::Subparagraph,
                    Part::Operative,
                    "",
                );
                s.reference = format!("OP{i}({label})");
                s.number = Some(format!("({label})"));
                s.parent = Some(format!("op{i}"));
                s.depth = 1;
                add(&mut doc, s, "To", 50 + (k * 71 + i) % 200);
            }
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    #[test]
    fn has_what_was_asked_for() {
        let doc = super::resolution(10, 30);
        assert_eq!(doc.count(super::ParagraphKind::Preambular), 10);
        assert_eq!(doc.count(super::ParagraphKind::Operative), 30);
        assert_eq!(doc.count(super::ParagraphKind::Subparagraph), 20);
        assert!(doc.footnotes.len() >= 6);
        for p in &doc.paragraphs {
            for c in &p.citations {
                assert_eq!(&p.text[c.range.clone()], "73/266");
            }
        }
    }
}
