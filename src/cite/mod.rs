//! UN document symbols and the phrases that cite them, in the six official languages.
//!
//! `A/RES/75/32`, `A/C.1/75/L.4/Rev.1`, `S/RES/2334 (2016)`, `A/HRC/RES/58/10`, and
//! `resolutions 53/70 of 4 December 1998 ... and 74/28`, `第 73/266 和 73/27 号决议`.

mod describe;
mod find;
mod phrases;
mod symbol;
mod url;

pub use describe::{Description, SpecialSession, describe};
pub use symbol::{Symbol, fold, fold_char};
pub use url::{symbol_from_url, undocs_url};

use crate::document::{Body, Citation, CitationKind, Language};

/// What the citing document is, which decides how bare numbers are read
/// (`resolution 2532 (2020)` is a Security Council resolution in a Security Council text).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The organ of the citing document: plain `resolution 52/27` is a Human Rights Council
    /// resolution in a Human Rights Council text, a General Assembly one elsewhere.
    pub body: Option<Body>,
    /// The language of the text. The phrases of all six languages are recognised whatever
    /// this says (texts quote each other); it is kept for callers and future use.
    pub language: Option<Language>,
}

/// Finds every citation of a UN document in running text: `resolution 73/266`, lists such as
/// `resolutions 53/70 of 4 December 1998, ... and 74/29`, `第 73/266 和 73/27 号决议`,
/// `Security Council resolution 2334 (2016)`, `217 A (III)`, bare symbols (`A/65/201`), and
/// `paragraph 3 of that resolution`, in the six official languages.
///
/// Each citation's range covers the number or symbol as printed (`73/266`, the text an AKN
/// link wraps), or the whole phrase for a reference back to the last resolution cited
/// (`paragraph 3 of that resolution`). Ranges are on char boundaries, sorted, and do not
/// overlap. Text without digits is rejected at once.
pub fn find(text: &str, ctx: &Context) -> Vec<Citation> {
    find::find(text, ctx)
}

/// Merges citations found in the text with citations the source marked up itself (AKN `a`
/// elements): marked-up ones win where they overlap; found ones fill the rest (unlinked
/// `decision 72/512`) and lend their pinpoints. The result is sorted by position.
pub fn merge(linked: Vec<Citation>, found: Vec<Citation>) -> Vec<Citation> {
    let mut out = linked;
    let linked_count = out.len();
    for f in found {
        let overlaps = |l: &Citation| l.range.start < f.range.end && f.range.start < l.range.end;
        let mut covered = false;
        for l in out.iter_mut().take(linked_count).filter(|l| overlaps(l)) {
            covered = true;
            if l.pinpoint.is_none() {
                l.pinpoint.clone_from(&f.pinpoint);
            }
        }
        if !covered {
            out.push(f);
        }
    }
    out.sort_by_key(|c| (c.range.start, c.range.end));
    out
}

/// Dates Security Council resolutions cited without their year (`resolution 2391` after
/// `resolution 2391 (2017)` earlier in the text): `find` gives them as `S/RES/2391`; here
/// they take the year the same document gives that number elsewhere, and are dropped where
/// it gives none, rather than link to a symbol that names no document.
pub fn date_council_resolutions<'a>(citations: impl Iterator<Item = &'a mut Vec<Citation>>) {
    let lists: Vec<&mut Vec<Citation>> = citations.collect();
    let mut years: std::collections::HashMap<String, String> = Default::default();
    for c in lists.iter().flat_map(|l| l.iter()) {
        if let Some(rest) = c.symbol.strip_prefix("S/RES/")
            && let Some((number, year)) = rest.split_once(" (")
        {
            years
                .entry(number.to_string())
                .or_insert_with(|| year.trim_end_matches(')').to_string());
        }
    }
    for list in lists {
        list.retain_mut(|c| {
            let Some(number) = c.symbol.strip_prefix("S/RES/") else {
                return true;
            };
            if number.contains(' ') || !number.bytes().all(|b| b.is_ascii_digit()) {
                return true;
            }
            match years.get(number) {
                Some(year) => {
                    c.symbol = format!("S/RES/{number} ({year})");
                    true
                }
                None => false,
            }
        });
    }
}

/// The canonical form of a symbol (`a/res/75/32` -> `A/RES/75/32`), or None if the text is
/// not a UN document symbol. See [`Symbol`] for the grammar and the canonical form
/// (`S/RES/2334 (2016)`, `A/RES/217(III)`, `A/C.1/75/L.4/Rev.1`).
pub fn canonical(symbol: &str) -> Option<String> {
    Symbol::parse(symbol).map(|s| s.to_string())
}

/// The kind of document a canonical symbol names.
pub fn kind_of(symbol: &str) -> CitationKind {
    let symbol = symbol.to_ascii_uppercase();
    if symbol.contains("/RES/") {
        CitationKind::Resolution
    } else if symbol.contains("/DEC/") {
        CitationKind::Decision
    } else {
        CitationKind::Document
    }
}
