//! Citations both ways (which file a symbol names; which paragraphs cite a symbol), the
//! documents a query names by symbol, and importing files.

use super::index::{self, Fields};
use super::search::{HitTarget, SearchFilters, SearchHit, Stored};
use super::symbols::{natural_cmp, parse_symbol_query, symbol_key};
use super::{FileError, ImportReport, State, scan};
use crate::document::{Format, Language, ParagraphKind};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::{Searcher, TantivyDocument};

/// Where a cited document is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The document's canonical symbol as the library has it (`S/RES/2532 (2020)`).
    pub symbol: String,
    pub path: PathBuf,
    pub language: Option<Language>,
    /// The wanted language is not in the library; this is another one.
    pub is_other_language: bool,
}

/// A paragraph that cites a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citing {
    /// The citing document's symbol (None if it has none).
    pub symbol: Option<String>,
    pub language: Option<Language>,
    /// The citing paragraph as delegates say it (`PP1`, `OP3(a)`; `FN2` for a footnote no
    /// paragraph refers to).
    pub reference: String,
    /// Where to scroll to in the citing file.
    pub target: HitTarget,
    pub path: PathBuf,
    /// The citing document's title, as the library has it.
    pub title: Option<String>,
    /// The words around the citation in the citing paragraph (`…Recalling its resolutions
    /// 73/27 of 5 December 2018, 73/266 of…`), `…` where they are cut.
    pub sentence: String,
}

/// The words of `text` around its first citation of the document `key` (a
/// [`symbol_key`]): up to some 80 characters before it and 120 after, cut between words,
/// with `…` where the text goes on. The start of the text where no citation is found in it
/// (the source linked the symbol some way the text does not show).
pub fn citing_sentence(text: &str, key: &str, language: Option<Language>) -> String {
    const BEFORE: usize = 80;
    const AFTER: usize = 120;
    let context = crate::cite::Context {
        body: None,
        language,
    };
    let at = crate::cite::find(text, &context)
        .into_iter()
        .find(|c| symbol_key(&c.symbol).as_deref() == Some(key))
        .map_or(0..0, |c| c.range);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let index_of = |byte: usize| chars.partition_point(|&(b, _)| b < byte);
    let (first, last) = (index_of(at.start), index_of(at.end));
    let mut start = first.saturating_sub(BEFORE);
    let mut end = (last + AFTER).min(chars.len());
    // Between words: forward to a space at the start, back to one at the end (Chinese has
    // none: cut as it is).
    if start > 0
        && let Some(k) = (start..first).find(|&k| chars[k].1.is_whitespace())
    {
        start = k + 1;
    }
    if end < chars.len()
        && let Some(k) = (last..end).rev().find(|&k| chars[k].1.is_whitespace())
    {
        end = k;
    }
    let byte = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(text[byte(start)..byte(end)].trim());
    if end < chars.len() {
        out.push('…');
    }
    out
}

/// The order languages are tried in when the wanted one is missing.
fn fallback_rank(language: Option<Language>, preferred: Option<Language>) -> usize {
    match language {
        Some(l) if Some(l) == preferred => 0,
        Some(Language::En) => 1,
        Some(l) => 2 + Language::ALL.iter().position(|x| *x == l).unwrap_or(0),
        None => 10,
    }
}

pub(crate) fn resolve(
    state: &State,
    symbol: &str,
    preferred: Option<Language>,
) -> Option<Resolved> {
    let key = symbol_key(symbol)?;
    let row = state.rows().get(*state.by_key().get(&key)?)?;
    let file = row
        .files
        .iter()
        .enumerate()
        .min_by_key(|(i, f)| (fallback_rank(f.language, preferred), *i))
        .map(|(_, f)| f)?;
    Some(Resolved {
        symbol: row.symbol.clone().unwrap_or_default(),
        path: file.path.clone(),
        language: file.language,
        is_other_language: preferred.is_some() && file.language != preferred,
    })
}

pub(crate) fn cited_by(
    state: &State,
    searcher: &Searcher,
    fields: &Fields,
    symbol: &str,
    preferred: Option<Language>,
) -> tantivy::Result<Vec<Citing>> {
    let Some(key) = symbol_key(symbol) else {
        return Ok(Vec::new());
    };
    let query = TermQuery::new(
        tantivy::Term::from_field_text(fields.cites, &key),
        IndexRecordOption::Basic,
    );
    let addresses = index::guarded(|| searcher.search(&query, &DocSetCollector))?;
    // One entry per citing document and paragraph: language versions share paragraph ids.
    let mut best: BTreeMap<(String, String), (usize, usize, Citing)> = BTreeMap::new();
    for address in addresses {
        let doc: TantivyDocument = index::guarded(|| searcher.doc(address))?;
        let stored = Stored::read(&doc, fields);
        if !state.shows(&stored.path) {
            continue;
        }
        let document = match &stored.symbol {
            Some(symbol) => format!("s:{}", symbol_key(symbol).unwrap_or_else(|| symbol.clone())),
            None => format!("p:{}", stored.path),
        };
        // The caller's language, then English, ...; the XML before a text export of it.
        let rank = 2 * fallback_rank(stored.language, preferred)
            + usize::from(state.format_of(&stored.path) != Some(Format::AkomaNtoso));
        let title = match state.catalog.files.get(&stored.path).map(|e| &e.outcome) {
            Some(super::Outcome::Document(info)) => info.title.clone(),
            _ => None,
        };
        let entry = Citing {
            symbol: stored.symbol.clone(),
            language: stored.language,
            reference: stored.reference.clone(),
            target: stored.target(),
            path: PathBuf::from(&stored.path),
            title,
            sentence: citing_sentence(&stored.text, &key, stored.language),
        };
        let slot = (document, format!("{}:{}", stored.location, stored.anchor));
        match best.get(&slot) {
            Some((old_rank, _, old)) if (*old_rank, &old.path) <= (rank, &entry.path) => {}
            _ => {
                best.insert(slot, (rank, stored.ord, entry));
            }
        }
    }
    let mut out: Vec<((String, String), usize, Citing)> = best
        .into_iter()
        .map(|(slot, (_, ord, citing))| (slot, ord, citing))
        .collect();
    out.sort_by(|(a_slot, a_ord, a), (b_slot, b_ord, b)| {
        natural_cmp(&a_slot.0, &b_slot.0)
            .then_with(|| location_rank(&a.target).cmp(&location_rank(&b.target)))
            .then_with(|| a_ord.cmp(b_ord))
    });
    Ok(out.into_iter().map(|(_, _, c)| c).collect())
}

fn location_rank(target: &HitTarget) -> u8 {
    match target {
        HitTarget::Title => 0,
        HitTarget::Paragraph { .. } => 1,
        HitTarget::Footnote { .. } => 2,
    }
}

/// The symbols a question about citations names: the symbol itself, or for a short form
/// (`74/28`, `2532 (2020)`) the library's documents numbered so, else the General Assembly
/// resolution (`A/RES/74/28`) or Security Council resolution (`S/RES/2532 (2020)`) a text
/// means by it. None for what is no symbol.
pub(crate) fn symbols_named(state: &State, query: &str) -> Vec<String> {
    if let Some(symbol) = crate::cite::canonical(query) {
        return vec![symbol];
    }
    let wanted = parse_symbol_query(query);
    let Some(short) = wanted.short.as_deref() else {
        return Vec::new();
    };
    let mut found: Vec<String> = state
        .named_entries(&wanted)
        .into_iter()
        .filter_map(|(_, entry)| match &entry.outcome {
            super::Outcome::Document(info) => info.symbol.clone(),
            _ => None,
        })
        .filter(|symbol| wanted.matches(symbol))
        .collect();
    found.sort_by(|a, b| natural_cmp(a, b));
    found.dedup_by(|a, b| symbol_key(a) == symbol_key(b));
    if found.is_empty() {
        let meant = match short.split_once('(') {
            Some((number, year)) => format!("S/RES/{number} ({year}"),
            None => format!("A/RES/{short}"),
        };
        found.extend(crate::cite::canonical(&meant));
    }
    found
}

/// The documents a query names by symbol, as hits on their titles, in the order to show
/// them (scores are set by the caller).
pub(crate) fn symbol_hits(state: &State, query: &str, filters: &SearchFilters) -> Vec<SearchHit> {
    let wanted = parse_symbol_query(query);
    if wanted.is_empty() {
        return Vec::new();
    }
    if !filters.kinds.is_empty() && !filters.kinds.contains(&ParagraphKind::Other) {
        return Vec::new();
    }
    struct Named<'a> {
        symbol: &'a str,
        language: Option<Language>,
        path: &'a str,
        title: Option<&'a str>,
        text_export: bool,
    }
    let mut found: Vec<Named> = Vec::new();
    for (path, entry) in state.named_entries(&wanted) {
        let super::Outcome::Document(info) = &entry.outcome else {
            continue;
        };
        let Some(symbol) = &info.symbol else { continue };
        if !wanted.matches(symbol)
            || filters.language.is_some_and(|l| info.language != Some(l))
            || filters.body.is_some_and(|b| info.body != Some(b))
            || filters.session.is_some_and(|s| info.session != Some(s))
        {
            continue;
        }
        found.push(Named {
            symbol,
            language: info.language,
            path,
            title: info.title.as_deref(),
            text_export: info.format != Format::AkomaNtoso,
        });
    }
    let preferred = filters.preferred_language;
    found.sort_by(|a, b| {
        natural_cmp(a.symbol, b.symbol)
            .then_with(|| {
                preferred_first(a.language, preferred).cmp(&preferred_first(b.language, preferred))
            })
            .then_with(|| a.text_export.cmp(&b.text_export))
            .then_with(|| a.path.cmp(b.path))
    });
    // One hit per language version: the XML rather than a text export of the same text.
    found.dedup_by(|b, a| a.symbol == b.symbol && a.language == b.language && a.language.is_some());
    found
        .into_iter()
        .map(|named| SearchHit {
            snippet: named.title.unwrap_or(named.symbol).to_string(),
            symbol: Some(named.symbol.to_string()),
            language: named.language,
            reference: super::index::TITLE.to_string(),
            target: HitTarget::Title,
            kind: ParagraphKind::Other,
            highlights: Vec::new(),
            path: PathBuf::from(named.path),
            score: 0.0,
            by_symbol: true,
        })
        .collect()
}

/// The preferred language first, then the UN's order.
fn preferred_first(language: Option<Language>, preferred: Option<Language>) -> usize {
    match language {
        Some(l) if Some(l) == preferred => 0,
        Some(l) => 1 + Language::ALL.iter().position(|x| *x == l).unwrap_or(0),
        None => 10,
    }
}

/// Copies files, and the resolution files under folders, into `target` (a folder's files go
/// into a sub-folder named after it, keeping their layout).
pub(crate) fn import(target: &Path, sources: &[PathBuf]) -> ImportReport {
    let mut report = ImportReport::default();
    for source in sources {
        if source.is_dir() {
            let name = source
                .canonicalize()
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_os_string()))
                .unwrap_or_else(|| "imported".into());
            let listing = match scan::list_folder(source) {
                Ok(listing) => listing,
                Err(e) => {
                    report
                        .errors
                        .push(FileError::new(source, scan::folder_not_listed(&e)));
                    continue;
                }
            };
            for (path, why) in listing.problems {
                report.errors.push(FileError::new(path, why));
            }
            for file in listing.files {
                let relative = file.strip_prefix(source).unwrap_or(&file);
                copy_one(&file, &target.join(&name).join(relative), &mut report);
            }
        } else if source.is_file() {
            let name = source.file_name().map(PathBuf::from).unwrap_or_default();
            copy_one(source, &target.join(name), &mut report);
        } else {
            report.errors.push(FileError::new(
                source,
                crate::text!("library-import-no-such-file"),
            ));
        }
    }
    report
}

/// Copies `from` to `to`, or beside it as `NAME-2.EXT` when a different file has that name.
fn copy_one(from: &Path, to: &Path, report: &mut ImportReport) {
    let content = match crate::parse::read_user_file(from, crate::parse::MAX_FILE_SIZE) {
        Ok(content) => content,
        Err(e) => {
            report
                .errors
                .push(FileError::new(from, crate::parse::unreadable_text(&e)));
            return;
        }
    };
    let stem = to
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = to.extension().map(|e| e.to_string_lossy().into_owned());
    for n in 1..1000u32 {
        let candidate = if n == 1 {
            to.to_path_buf()
        } else {
            let name = match &ext {
                Some(ext) => format!("{stem}-{n}.{ext}"),
                None => format!("{stem}-{n}"),
            };
            to.with_file_name(name)
        };
        match crate::parse::read_user_file(&candidate, crate::parse::MAX_FILE_SIZE) {
            Ok(existing) if existing == content => {
                report.already_there.push(candidate);
                return;
            }
            Ok(_) => continue,
            // Something else by that name (a folder, a pipe): never replaced.
            Err(_) if candidate.symlink_metadata().is_ok() => continue,
            Err(_) => {}
        }
        let written = candidate
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| crate::store::fsio::atomic_write(&candidate, &content));
        match written {
            Ok(()) => report.copied.push(candidate),
            Err(e) => report.errors.push(FileError::new(
                from,
                crate::text!("library-import-not-copied", error = e.to_string()),
            )),
        }
        return;
    }
    report.errors.push(FileError::new(
        from,
        crate::text!("library-import-namesakes"),
    ));
}

#[cfg(test)]
mod sentence_tests {
    use super::*;

    #[test]
    fn the_citing_words_are_cut_between_words_around_the_citation() {
        let text = "Recalling its resolutions 53/70 of 4 December 1998, 54/49 of 1 December 1999, \
                    55/28 of 20 November 2000, 56/19 of 29 November 2001, 57/53 of 22 November \
                    2002, 58/32 of 8 December 2003, 59/61 of 3 December 2004, 60/45 of 8 December \
                    2005, 61/54 of 6 December 2006, 62/17 of 5 December 2007, 63/37 of 2 December \
                    2008 and 73/266 of 22 December 2018, as well as its decision 72/512,";
        let key = symbol_key("A/RES/73/266").unwrap();
        let sentence = citing_sentence(text, &key, Some(Language::En));
        assert!(sentence.starts_with('…'), "{sentence}");
        assert!(
            sentence.contains("2008 and 73/266 of 22 December 2018"),
            "{sentence}"
        );
        assert!(sentence.ends_with("decision 72/512,"), "{sentence}");
        let short = "Recalling its resolution 73/266,";
        assert_eq!(citing_sentence(short, &key, Some(Language::En)), short);
        let zh = "回顾其2018年12月22日第73/266号决议，";
        assert_eq!(citing_sentence(zh, &key, Some(Language::Zh)), zh);
    }
}
