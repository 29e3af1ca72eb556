//! Citations that cannot exist, checked over every Akoma Ntoso file of the shared corpus:
//! General Assembly resolutions numbered `A/RES/<session>/<n>` before the 31st session (the
//! Assembly numbered them `217 (III)` until then), the same symbol twice for one printed
//! number, and a draft resolution shown as the committee report a resolution was adopted on.
//!
//! `PLENARY_CITE_REPORT=1` prints every case found.

use plenary::document::{Citation, Document};
use plenary::parse::parse_file;
use std::path::Path;

mod common;

/// The session of an `A/RES/<session>/<n>` or `A/DEC/<session>/<n>` symbol (not special
/// sessions `S-`/`ES-`, not `A/HRC/...`).
fn assembly_session(symbol: &str) -> Option<u32> {
    let rest = symbol
        .strip_prefix("A/RES/")
        .or_else(|| symbol.strip_prefix("A/DEC/"))?;
    let (session, _) = rest.split_once('/')?;
    session.parse().ok()
}

/// Whether the text between two citations can only be the inside of one printed number
/// (`2334`, ` `, `(2016)` linked in pieces; Chinese `7`, `3/1`, `8`): short, and no word,
/// comma or conjunction in it.
fn inside_one_number(gap: &str) -> bool {
    gap.len() <= 12
        && gap.chars().all(|c| {
            c.is_whitespace()
                || c.is_ascii_digit()
                || "/()-‑（）／IVXL".contains(c)
                || ('０'..='９').contains(&c)
        })
}

/// Symbols a list gives more than once for the same printed number: the same range, or
/// pieces of one number (ranges that touch or overlap, or with only the inside of a number
/// between them).
fn same_range_repeats(text: &str, list: &[Citation]) -> Vec<String> {
    let mut repeats = Vec::new();
    for (i, a) in list.iter().enumerate() {
        let again = list.iter().skip(i + 1).any(|b| {
            if b.symbol != a.symbol {
                return false;
            }
            let (first, second) = if a.range.start <= b.range.start {
                (a, b)
            } else {
                (b, a)
            };
            second.range.start <= first.range.end
                || text
                    .get(first.range.end..second.range.start)
                    .is_some_and(inside_one_number)
        });
        if again {
            repeats.push(a.symbol.clone());
        }
    }
    repeats
}

/// Symbols a list gives more than once anywhere (what `plenary inspect --json` would repeat).
fn any_repeats(list: &[Citation]) -> usize {
    let mut seen = std::collections::HashSet::new();
    list.iter().filter(|c| !seen.insert(&c.symbol)).count()
}

#[derive(Default)]
struct Counts {
    files: usize,
    citations: usize,
    impossible: usize,
    repeated: usize,
    repeated_symbols: usize,
    draft_reports: usize,
    drafts_named: usize,
}

fn check(path: &Path, doc: &Document, counts: &mut Counts, report: bool) {
    counts.files += 1;
    let name = path.display();
    let lists = doc
        .paragraphs
        .iter()
        .map(|p| (p.reference.as_str(), &p.text, &p.citations))
        .chain(
            doc.footnotes
                .iter()
                .map(|f| (f.marker.as_str(), &f.text, &f.citations)),
        );
    for (at, text, list) in lists {
        counts.citations += list.len();
        for c in list {
            if assembly_session(&c.symbol).is_some_and(|s| s < 31) {
                counts.impossible += 1;
                if report {
                    let printed = text.get(c.range.clone()).unwrap_or("?");
                    eprintln!("IMPOSSIBLE {name} {at}: {} from {printed:?}", c.symbol);
                }
            }
        }
        let repeats = same_range_repeats(text, list);
        counts.repeated += repeats.len();
        if report && !repeats.is_empty() {
            eprintln!("REPEATED {name} {at}: {repeats:?}");
        }
        counts.repeated_symbols += any_repeats(list);
        if report {
            let mut seen: Vec<&Citation> = Vec::new();
            for c in list.iter() {
                if let Some(prev) = seen.iter().find(|p| p.symbol == c.symbol) {
                    eprintln!(
                        "AGAIN {name} {at}: {} {:?}={:?} {:?}={:?}",
                        c.symbol,
                        prev.range,
                        text.get(prev.range.clone()).unwrap_or("?"),
                        c.range,
                        text.get(c.range.clone()).unwrap_or("?")
                    );
                }
                seen.push(c);
            }
        }
    }
    if let Some(report_symbol) = &doc.meta.committee_report
        && (report_symbol.contains("/L.")
            || doc
                .meta
                .draft_symbol
                .as_deref()
                .is_some_and(|d| report_symbol.contains(d)))
    {
        counts.draft_reports += 1;
        if report {
            eprintln!("DRAFT AS REPORT {name}: {report_symbol}");
        }
    }
    if doc.meta.draft_symbol.is_some() {
        counts.drafts_named += 1;
    }
}

#[test]
fn no_citation_names_a_document_that_cannot_exist() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let root = corpus.join("akn");
    if !root.is_dir() {
        eprintln!("skipping: {} not found", root.display());
        return;
    }
    let report = std::env::var_os("PLENARY_CITE_REPORT").is_some();
    let mut paths = Vec::new();
    paths.extend(common::xml_files(&root));
    paths.sort();
    let mut counts = Counts::default();
    for path in &paths {
        // One file is malformed XML as published; it has no citations to check.
        let Ok(doc) = parse_file(path) else { continue };
        check(path, &doc, &mut counts, report);
    }
    eprintln!(
        "{} files, {} citations: {} impossible A/RES/<31, {} repeated for one printed number, \
         {} symbols cited again in the same paragraph, {} drafts given as the committee report, \
         {} drafts named",
        counts.files,
        counts.citations,
        counts.impossible,
        counts.repeated,
        counts.repeated_symbols,
        counts.draft_reports,
        counts.drafts_named
    );
    assert!(
        counts.files > 3000,
        "too few files parsed: {}",
        counts.files
    );
    assert_eq!(
        counts.impossible, 0,
        "General Assembly symbols before session 31"
    );
    assert_eq!(counts.repeated, 0, "one printed number cited twice");
    assert_eq!(counts.draft_reports, 0, "drafts shown as committee reports");
}
