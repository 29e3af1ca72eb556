//! Text straight into the text-export parser (skipping detection).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for input in [text.to_string(), format!("The General Assembly,\n{text}"), format!("大会，\n{text}")] {
        if let Ok(doc) = plenary::parse::text::parse(&input) {
            for p in &doc.paragraphs {
                for s in &p.styles {
                    assert!(p.text.get(s.range.clone()).is_some());
                }
                for f in &p.footnote_refs {
                    assert!(p.text.is_char_boundary(f.offset));
                }
            }
        }
    }
});
