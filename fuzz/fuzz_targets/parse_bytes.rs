//! Any bytes through decoding and format detection: a document or an error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(doc) = plenary::parse::parse_bytes(data, None) {
        check(&doc);
    }
});

/// Every range the model hands out must be on char boundaries within its text.
fn check(doc: &plenary::document::Document) {
    for p in &doc.paragraphs {
        for s in &p.styles {
            assert!(p.text.get(s.range.clone()).is_some(), "style range");
        }
        for c in &p.citations {
            assert!(p.text.get(c.range.clone()).is_some(), "citation range");
        }
        for f in &p.footnote_refs {
            assert!(p.text.is_char_boundary(f.offset), "marker offset");
            assert!(f.footnote < doc.footnotes.len(), "marker points at a footnote");
        }
    }
}
