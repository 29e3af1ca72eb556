//! Any bytes read as a PDF: a document or one clear error, never a panic in the layout.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.extend_from_slice(data);
    if let Ok(doc) = plenary::parse::pdf::parse(&bytes) {
        for p in &doc.paragraphs {
            for c in &p.citations {
                assert!(p.text.get(c.range.clone()).is_some(), "citation range");
            }
        }
    }
});
