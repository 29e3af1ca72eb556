//! Briefings as PDF (`plenary export --format pdf`): A/RES/75/32 with 20 notes (target:
//! under 1 s) and the largest resolution of session 75 with its facts (target: under 5 s),
//! from the parsed document to the PDF's bytes. Skips, saying why, without the corpus.

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::briefing::{Briefing, to_pdf};
use plenary::document::{Document, ParagraphKind};
use plenary::store::{Anchor, Color, Note, TextQuote, Timestamp};
use std::hint::black_box;
use std::path::Path;

fn corpus(relative: &str) -> Option<Document> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(relative);
    if !path.is_file() {
        eprintln!("skipping: {} not found", path.display());
        return None;
    }
    Some(plenary::parse::parse_file(&path).unwrap())
}

/// Twenty notes spread over the numbered paragraphs, every third a bookmark.
fn notes(doc: &Document) -> Vec<(usize, Note)> {
    let numbered: Vec<usize> = (0..doc.paragraphs.len())
        .filter(|&i| {
            matches!(
                doc.paragraphs[i].kind,
                ParagraphKind::Preambular | ParagraphKind::Operative
            )
        })
        .collect();
    (0..20)
        .map(|i| {
            let at = numbered[i % numbered.len()];
            let p = &doc.paragraphs[at];
            let created = Timestamp::from_millis(1_700_000_000_000 + i as i64);
            let note = Note {
                id: format!("{i:012x}"),
                anchor: Anchor {
                    paragraph_id: p.id.clone(),
                    reference: p.reference.clone(),
                    quote: TextQuote::of_paragraph(&p.text),
                },
                text: format!("Note {i}: ask the delegation about the timeline and funding."),
                color: Color::ALL[i % Color::ALL.len()],
                tags: vec!["follow-up".into()],
                bookmark: i % 3 == 0,
                created,
                updated: created,
            };
            (at, note)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let locale = plenary::i18n::Locale::from_code("en").unwrap();
    let mut group = c.benchmark_group("briefing");
    group.sample_size(10);
    if let Some(doc) = corpus("akn/ga/75/en/75_32_E.xml") {
        let notes = notes(&doc);
        group.bench_function("75/32 with 20 notes", |b| {
            b.iter(|| {
                let briefing = Briefing {
                    doc: &doc,
                    notes: notes.iter().map(|(i, n)| (*i, n)).collect(),
                    facts: true,
                    previous: None,
                    locale,
                };
                black_box(to_pdf(&briefing).unwrap())
            })
        });
    }
    // The largest resolution of session 75 in the corpus (by its XML's size).
    if let Some(doc) = corpus("akn/ga/75/en/75_239_E.xml") {
        eprintln!(
            "largest: {} ({} paragraphs, {} footnotes)",
            doc.display_name(),
            doc.paragraphs.len(),
            doc.footnotes.len()
        );
        group.bench_function("largest of session 75", |b| {
            b.iter(|| {
                let briefing = Briefing {
                    doc: &doc,
                    notes: Vec::new(),
                    facts: true,
                    previous: None,
                    locale,
                };
                black_box(to_pdf(&briefing).unwrap())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
