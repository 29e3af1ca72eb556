//! Comparing the largest resolution of session 75 with an edited copy of itself (a few
//! changed words, a deletion, an insertion, a move): paragraph alignment plus word-level
//! changes. Target: under 200 ms. Without the corpus (or before it parses), a synthetic
//! document of 368 paragraphs stands in.

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::diff::{Options, compare};
use plenary::document::{Document, Format, Paragraph, ParagraphKind, Part};
use std::hint::black_box;
use std::path::Path;

/// The largest resolutions of session 75 by markup; the one that parses to the most
/// paragraphs is used.
const CANDIDATES: [&str; 3] = [
    "akn/ga/75/en/75_239_E.xml",
    "akn/ga/75/en/75_212_E.xml",
    "akn/ga/75/en/75_89_E.xml",
];

fn real() -> Option<(String, Document)> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        eprintln!("skipping the real document: ../shared/corpus not found");
        return None;
    }
    CANDIDATES
        .iter()
        .filter_map(|name| {
            let doc = plenary::parse::parse_file(&corpus.join(name)).ok()?;
            Some((name.to_string(), doc))
        })
        .max_by_key(|(_, doc)| doc.paragraphs.len())
        .filter(|(_, doc)| doc.paragraphs.len() >= 100)
}

const WORDS: [&str; 40] = [
    "States",
    "the",
    "of",
    "and",
    "to",
    "development",
    "international",
    "cooperation",
    "Member",
    "United",
    "Nations",
    "including",
    "report",
    "Secretary-General",
    "resolution",
    "implementation",
    "sustainable",
    "ocean",
    "marine",
    "resources",
    "capacity-building",
    "Convention",
    "relevant",
    "organizations",
    "in",
    "on",
    "for",
    "with",
    "support",
    "encourages",
    "urges",
    "the",
    "of",
    "measures",
    "national",
    "regional",
    "law",
    "sea",
    "fisheries",
    "biodiversity",
];

/// 368 paragraphs: 40 preambular, then operative paragraphs with a few sub-paragraphs, of
/// 20 to 80 words drawn from resolution vocabulary.
fn synthetic() -> Document {
    let mut doc = Document::new(Format::AkomaNtoso);
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for n in 0..368 {
        let len = 20 + (next() % 60) as usize;
        let words: Vec<&str> = (0..len)
            .map(|_| WORDS[(next() % WORDS.len() as u64) as usize])
            .collect();
        let text = format!("{}.", words.join(" "));
        let (kind, part) = match n {
            0..40 => (ParagraphKind::Preambular, Part::Preamble),
            _ if n % 9 == 0 => (ParagraphKind::Subparagraph, Part::Operative),
            _ => (ParagraphKind::Operative, Part::Operative),
        };
        doc.paragraphs
            .push(Paragraph::new(format!("p{n}"), kind, part, text));
    }
    doc
}

/// A few changed words, one deletion, one insertion, one move.
fn edited(doc: &Document) -> Document {
    let mut new = doc.clone();
    let n = new.paragraphs.len();
    for at in [n / 10, n / 3, n / 2, (n * 4) / 5] {
        if let Some(p) = new.paragraphs.get_mut(at) {
            p.text = p.text.replacen(" the ", " a ", 1);
            p.text.push_str(" as appropriate");
        }
    }
    new.paragraphs.remove(n / 4);
    let mut added = new.paragraphs[n / 2].clone();
    added.text =
        "Decides to convene a high-level meeting on the question at its next session.".into();
    new.paragraphs.insert(n * 2 / 3, added);
    let moved = new.paragraphs.remove(n - 10);
    new.paragraphs.insert(n * 3 / 5, moved);
    new
}

fn bench(c: &mut Criterion) {
    let (name, old) = real().unwrap_or_else(|| ("synthetic".to_string(), synthetic()));
    let new = edited(&old);
    let options = Options::default();
    let check = compare(&old, &new, &options);
    eprintln!(
        "diff bench: {name}, {} paragraphs, {} footnotes: {}",
        old.paragraphs.len(),
        old.footnotes.len(),
        check.summary
    );
    c.bench_function("diff/largest-resolution-edited", |b| {
        b.iter(|| compare(black_box(&old), black_box(&new), &options))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
