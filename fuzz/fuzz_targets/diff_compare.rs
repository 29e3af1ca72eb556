//! Two texts compared word by word (and as one-paragraph documents): the changes rebuild both.
#![no_main]
use libfuzzer_sys::fuzz_target;
use plenary::diff::{self, Options};

fuzz_target!(|input: (&str, &str)| {
    let (old, new) = input;
    let changes = diff::diff_text(old, new, &Options::default());
    assert_eq!(diff::old_text(&changes), old);
    assert_eq!(diff::new_text(&changes), new);
});
