//! Citation finding on any text, in each body's context: ranges stay inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plenary::cite::{Context, find};
use plenary::document::Body;

fuzz_target!(|text: &str| {
    for body in [None, Some(Body::GeneralAssembly), Some(Body::SecurityCouncil), Some(Body::HumanRightsCouncil)] {
        for c in find(text, &Context { body, language: None }) {
            assert!(text.get(c.range.clone()).is_some(), "range {:?} in {:?}", c.range, text);
            assert!(!c.symbol.is_empty());
        }
    }
    let _ = plenary::cite::canonical(text);
    let _ = plenary::cite::symbol_from_url(text);
});
