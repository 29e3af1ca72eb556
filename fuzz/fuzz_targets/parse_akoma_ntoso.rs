//! Text straight into the Akoma Ntoso parser (skipping detection), prefixed with a root so
//! the fuzzer reaches the structure quickly.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = plenary::parse::akoma_ntoso::parse(text);
    let wrapped = format!("<akomaNtoso><statement name=\"resolution\">{text}</statement></akomaNtoso>");
    if let Ok(doc) = plenary::parse::akoma_ntoso::parse(&wrapped) {
        for p in &doc.paragraphs {
            for c in &p.citations {
                assert!(p.text.get(c.range.clone()).is_some());
            }
        }
    }
});
