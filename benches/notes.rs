//! Notes at scale: 10,000 notes over 100 documents and one big one, loaded and listed as the
//! "all notes" panel and `plenary notes list` do (target: under 100 ms), and notes placed in
//! a long, edited document as the window does when it opens one.

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::document::{Document, Format, Language, Paragraph, ParagraphKind, Part};
use plenary::store::file::{FORMAT_VERSION, NotesFile, to_bytes};
use plenary::store::{
    Anchor, Color, DocumentInfo, DocumentKey, Note, NoteStore, Placer, TextQuote, Timestamp,
};
use std::hint::black_box;

const SMALL_DOCUMENTS: usize = 100;
const NOTES_EACH: usize = 50;
const BIG_DOCUMENT_NOTES: usize = 5_000;

fn paragraph_text(i: usize) -> String {
    format!(
        "Requests the Secretary-General to submit to the General Assembly at its session {i} a \
         report on the implementation of the present resolution, including on the measures \
         taken by Member States to address the threats emerging in the field of information \
         and telecommunications, paragraph {i};"
    )
}

fn note(doc: usize, i: usize) -> Note {
    let created = Timestamp::from_millis(1_700_000_000_000 + (doc * 100_000 + i) as i64 * 1_000);
    Note {
        id: format!("{:012x}-{:016x}", created.millis(), doc * 1_000_003 + i),
        anchor: Anchor {
            paragraph_id: format!("op{}", i % 300 + 1),
            reference: format!("OP{}", i % 300 + 1),
            quote: TextQuote::of_paragraph(&paragraph_text(i % 300 + 1)),
        },
        text: format!("Note {i}: ask the delegation about the timeline,\nand about funding."),
        color: Color::ALL[i % Color::ALL.len()],
        tags: vec!["follow-up".into(), format!("session-{}", 70 + i % 10)],
        bookmark: i.is_multiple_of(7),
        created,
        updated: created,
    }
}

fn write_store(dir: &std::path::Path) -> NoteStore {
    let store = NoteStore::new(dir);
    std::fs::create_dir_all(dir).unwrap();
    for doc in 0..=SMALL_DOCUMENTS {
        let symbol = format!("A/RES/75/{}", doc + 1);
        let key = DocumentKey::for_symbol(&symbol, Some(Language::En));
        let count = if doc == SMALL_DOCUMENTS {
            BIG_DOCUMENT_NOTES
        } else {
            NOTES_EACH
        };
        let file = NotesFile {
            version: FORMAT_VERSION,
            document: DocumentInfo {
                key: key.as_str().to_string(),
                symbol: Some(symbol.clone()),
                language: Some(Language::En),
                title: Some(format!("Resolution {symbol}")),
                path: Some(format!("/corpus/{doc}.xml")),
                content_hash: None,
            },
            notes: (0..count).map(|i| note(doc, i)).collect(),
            deleted: Vec::new(),
        };
        std::fs::write(store.file_for(&key), to_bytes(&file).unwrap()).unwrap();
    }
    store
}

/// A 368-paragraph resolution (the largest of session 75) whose every paragraph was edited.
fn long_document(edited: bool) -> Document {
    let mut doc = Document::new(Format::AkomaNtoso);
    for i in 1..=368 {
        let mut text = paragraph_text(i);
        if edited {
            text = text.replace(
                "submit to",
                "submit, in consultation with Member States, to",
            );
        }
        let mut p = Paragraph::new(
            format!("op{i}"),
            ParagraphKind::Operative,
            Part::Operative,
            text,
        );
        p.reference = format!("OP{i}");
        doc.paragraphs.push(p);
    }
    doc
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let store = write_store(dir.path());
    let total = store.load_all().unwrap().len();
    assert_eq!(total, SMALL_DOCUMENTS * NOTES_EACH + BIG_DOCUMENT_NOTES);

    c.bench_function("load and list 10,000 notes (101 documents)", |b| {
        b.iter(|| {
            let all = store.load_all().unwrap();
            let mut rows: Vec<(String, &str, bool)> = all
                .notes()
                .map(|(info, n)| {
                    (
                        plenary::store::export::citation(info, n),
                        n.text.as_str(),
                        n.bookmark,
                    )
                })
                .collect();
            rows.sort_by(|a, b| a.0.cmp(&b.0));
            black_box(rows.len())
        })
    });

    let big = DocumentInfo {
        key: DocumentKey::for_symbol("A/RES/75/101", Some(Language::En))
            .as_str()
            .to_string(),
        ..DocumentInfo::default()
    };
    c.bench_function("open one document with 5,000 notes", |b| {
        b.iter(|| black_box(store.open_info(big.clone()).unwrap().notes().len()))
    });

    let old = long_document(false);
    let new = long_document(true);
    let notes: Vec<Anchor> = (0..100)
        .map(|i| Anchor::paragraph(&old, i * 3).unwrap())
        .collect();
    // As the window does on opening a document: one placer for all of its notes.
    let place_all = |doc: &Document| {
        let placer = Placer::new(doc);
        notes
            .iter()
            .map(|a| placer.place(a).paragraph)
            .collect::<Vec<_>>()
    };
    let expected: Vec<Option<usize>> = (0..100).map(|i| Some(i * 3)).collect();
    assert_eq!(place_all(&old), expected);
    assert_eq!(
        place_all(&new),
        expected,
        "each note finds its edited paragraph"
    );
    c.bench_function(
        "place 100 notes verbatim in a 368-paragraph document",
        |b| b.iter(|| black_box(place_all(&old))),
    );
    c.bench_function(
        "place 100 notes by similarity in an edited 368-paragraph document",
        |b| b.iter(|| black_box(place_all(&new))),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
