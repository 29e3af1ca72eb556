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
///
/// The source's own links are cleaned first: one number linked in pieces (`2334`, ` `,
/// `(2016)`, each an `a` to the same address) becomes one citation, and a link to a symbol
/// that cannot exist (`A/RES/24/2` around the `24/2` of `دإ-24/2`, `A/RES/25/1` for a
/// commission's resolution) takes the symbol read in the text there, or is dropped.
pub fn merge(linked: Vec<Citation>, found: Vec<Citation>) -> Vec<Citation> {
    let overlaps =
        |a: &Citation, b: &Citation| a.range.start < b.range.end && b.range.start < a.range.end;
    let mut out: Vec<Citation> = Vec::with_capacity(linked.len() + found.len());
    let mut linked = linked;
    linked.sort_by_key(|c| (c.range.start, c.range.end));
    for mut link in linked {
        if let Some(read) = found
            .iter()
            .find(|f| overlaps(f, &link) && refines(f, &link))
        {
            link.symbol.clone_from(&read.symbol);
            link.kind = read.kind;
            link.range = link.range.start.min(read.range.start)..link.range.end.max(read.range.end);
        } else if cannot_exist(&link.symbol) {
            let Some(read) = found
                .iter()
                .find(|f| overlaps(f, &link) && !cannot_exist(&f.symbol))
            else {
                continue;
            };
            link.symbol.clone_from(&read.symbol);
            link.kind = read.kind;
            link.range = link.range.start.min(read.range.start)..link.range.end.max(read.range.end);
        }
        if let Some(last) = out.last_mut()
            && last.symbol == link.symbol
            && (link.range.start <= last.range.end + 2
                || found
                    .iter()
                    .any(|f| overlaps(f, last) && overlaps(f, &link)))
        {
            // One printed number linked in pieces.
            last.range = last.range.start.min(link.range.start)..last.range.end.max(link.range.end);
            continue;
        }
        out.push(link);
    }
    let linked_count = out.len();
    for f in found {
        let mut covered = false;
        for l in out
            .iter_mut()
            .take(linked_count)
            .filter(|l| overlaps(l, &f))
        {
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
    out.dedup_by(|b, a| a.range == b.range && a.symbol == b.symbol);
    out
}

/// Whether the text's reading corrects a link that only copied part of what is printed: the
/// special session printed before the linked number (`دإ-27/1` linked as `A/HRC/RES/27/1`),
/// or an Arabic number typed the wrong way round whose date names the right one (`32/37 of
/// 23 March 2018` linked as `A/HRC/RES/32/37`, read as resolution 37/32).
fn refines(read: &Citation, link: &Citation) -> bool {
    if read.symbol == link.symbol {
        return false;
    }
    let unspecial = read.symbol.replacen("/S-", "/", 1).replacen("/ES-", "/", 1);
    if unspecial == link.symbol {
        return true;
    }
    let split = |s: &str| -> Option<(String, String, String)> {
        let (rest, number) = s.rsplit_once('/')?;
        let (head, session) = rest.rsplit_once('/')?;
        Some((head.to_string(), session.to_string(), number.to_string()))
    };
    match (split(&read.symbol), split(&link.symbol)) {
        (Some((h1, s1, n1)), Some((h2, s2, n2))) => h1 == h2 && s1 == n2 && n1 == s2,
        _ => false,
    }
}

/// The symbols a paragraph cites, each once, in the order first cited: a paragraph that
/// cites `73/266` and then `paragraph 3 of that resolution` lists `A/RES/73/266` once.
pub fn distinct_symbols(citations: &[Citation]) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    citations
        .iter()
        .map(|c| c.symbol.as_str())
        .filter(|s| seen.insert(*s))
        .collect()
}

/// The General Assembly's first session to number its resolutions and decisions
/// `<session>/<number>` (1976); before it, resolutions were numbered `217 (III)`.
pub const FIRST_NUMBERED_SESSION: u32 = 31;

/// Whether a canonical symbol names a General Assembly resolution or decision that cannot
/// exist: `A/RES/14/221` (session-numbered before the 31st session), or an old-style number
/// that no session of the Assembly gave (`A/RES/574(XXVII)`, a regional commission's; the
/// Assembly's 27th session numbered from about 2900). Other symbols are not judged.
pub fn cannot_exist(symbol: &str) -> bool {
    let Some(rest) = symbol
        .strip_prefix("A/RES/")
        .or_else(|| symbol.strip_prefix("A/DEC/"))
    else {
        return false;
    };
    let head = rest.split('/').next().unwrap_or(rest);
    if let Some((number, paren)) = head.split_once('(') {
        let session = paren.trim_end_matches(')');
        return number
            .parse::<u32>()
            .is_ok_and(|n| !old_assembly_number_fits(n, session));
    }
    rest.contains('/')
        && head
            .parse::<u32>()
            .is_ok_and(|session| session < FIRST_NUMBERED_SESSION)
}

/// Whether `number (session)` can be a General Assembly resolution: sessions I to XXX
/// numbered one series from 1 (1946) to about 3540 (1975), about 100 to 150 a session, so a
/// number far outside its session's stretch (`574 (XXVII)`, `668 (XXI)`) or a later session
/// (`542 (LXXIII)`) is another organ's. Special sessions (`S-IV`, `ES-V`) are not checked.
pub(crate) fn old_assembly_number_fits(number: u32, session: &str) -> bool {
    if session.starts_with("S-") || session.starts_with("ES-") {
        return true;
    }
    let Some(s) = crate::document::roman_value(&session.to_ascii_lowercase()) else {
        return false;
    };
    if !(1..FIRST_NUMBERED_SESSION).contains(&s) {
        return false;
    }
    let low = (100 * (s - 1)).saturating_sub(300);
    let high = 150 * s + 200;
    (low..=high).contains(&number)
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
