//! Every Akoma Ntoso file of the shared corpus gives a usable document, or a clear error,
//! and never a panic.

use plenary::document::Document;
use plenary::parse::{ParseError, parse_file};
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

/// The one file published as malformed XML.
const KNOWN_MALFORMED: &str = "75_251_B_S.xml";

mod common;
use common::corpus;

enum Outcome {
    Parsed(Box<Document>),
    Failed(ParseError),
    Panicked(String),
}

fn parse_guarded(path: &Path) -> Outcome {
    match catch_unwind(AssertUnwindSafe(|| parse_file(path))) {
        Ok(Ok(doc)) => Outcome::Parsed(Box::new(doc)),
        Ok(Err(e)) => Outcome::Failed(e),
        Err(payload) => Outcome::Panicked(
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "panic".to_string()),
        ),
    }
}

/// What is missing from a parsed document that every resolution has.
fn gaps(doc: &Document) -> Vec<&'static str> {
    let mut gaps = Vec::new();
    if doc.paragraphs.is_empty() {
        gaps.push("no paragraphs");
    }
    if doc.meta.symbol.is_none() {
        gaps.push("no symbol");
    }
    if doc.meta.language.is_none() {
        gaps.push("no language");
    }
    gaps
}

#[test]
fn every_akn_file_parses_or_fails_clearly() {
    let Some(root) = corpus() else {
        return;
    };
    let mut files = Vec::new();
    files.extend(common::xml_files(&root.join("akn")));
    files.sort();
    assert!(files.len() > 3000, "only {} files found", files.len());

    // Two threads: the machine this runs on has two cores.
    let (first, second) = files.split_at(files.len() / 2);
    let outcomes: Vec<(PathBuf, Outcome)> = std::thread::scope(|s| {
        fn run(chunk: &[PathBuf]) -> Vec<(PathBuf, Outcome)> {
            chunk
                .iter()
                .map(|p| (p.clone(), parse_guarded(p)))
                .collect()
        }
        let a = s.spawn(|| run(first));
        let b = run(second);
        let mut all = a.join().unwrap();
        all.extend(b);
        all
    });

    let mut parsed = 0;
    let mut paragraphs = 0;
    let mut problems = Vec::new();
    let mut errors = Vec::new();
    let mut warnings: BTreeMap<String, usize> = BTreeMap::new();
    for (path, outcome) in &outcomes {
        match outcome {
            Outcome::Parsed(doc) => {
                parsed += 1;
                paragraphs += doc.paragraphs.len();
                let gaps = gaps(doc);
                if !gaps.is_empty() {
                    problems.push(format!("{}: {}", path.display(), gaps.join(", ")));
                }
                for w in &doc.warnings {
                    let kind: String = w
                        .message
                        .chars()
                        .filter(|c| !c.is_ascii_digit())
                        .take(48)
                        .collect();
                    *warnings.entry(kind).or_default() += 1;
                }
            }
            Outcome::Failed(e) => errors.push((path, e)),
            Outcome::Panicked(message) => {
                problems.push(format!("{}: panicked: {message}", path.display()))
            }
        }
    }
    println!(
        "parsed {parsed}, errors {}, paragraphs {paragraphs}",
        errors.len()
    );
    for (kind, count) in &warnings {
        println!("warning x{count}: {kind}");
    }
    for (path, e) in &errors {
        println!("error: {e} ({})", path.display());
    }

    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (path, e) in &errors {
        assert!(
            path.ends_with(KNOWN_MALFORMED),
            "only the known malformed file may fail: {e}"
        );
        let message = e.to_string();
        assert!(
            message.contains("malformed XML") && e.line.is_some() && e.column.is_some(),
            "{message}"
        );
        assert!(message.ends_with(&path.display().to_string()), "{message}");
    }
    assert_eq!(parsed + errors.len(), files.len());
}
