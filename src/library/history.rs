//! A subject's history: the resolutions the General Assembly (or another body) adopts on the
//! same subject session after session, oldest first, each compared with the one before it.
//!
//! Two resolutions are on the same subject when, in a language both are in (English first):
//! - their titles are the same, case, spacing and punctuation aside; or
//! - they come from different sessions, their titles share most of their words (a Jaccard
//!   similarity of at least [`NEAR_TITLE`] over the words that carry meaning), the agenda
//!   items they were adopted under have the same title where both files print one, and each
//!   is the other's closest match in its session (so that this year's resolution on Iran is
//!   not taken for last year's on Syria when both are in the library).
//!
//! The history is every resolution linked to the one asked about, step by step, so a title
//! that drifts a little each year keeps its line. Everything comes from the catalog, and the
//! index's title entries find the resolutions whose titles may be alike (so that a library of
//! every session compares a few hundred, not all of them): nothing is read from the files
//! until the texts are compared ([`compare_history`]).

use super::State;
use super::analyze::terms;
use super::browse::Row;
use super::catalog::{DocInfo, FactsRef, Outcome, VoteRecord};
use super::index::{self, Fields};
use super::symbols::{key_of_canonical, natural_cmp, symbol_key};
use crate::diff;
use crate::document::{Body, Document, Language};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::PathBuf;
use std::rc::Rc;
use std::time::{Duration, Instant};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentOrdinal, SegmentReader, TantivyDocument};

/// How many of their words two titles must share (of all the words either has) to be on the
/// same subject when they are not the same.
pub const NEAR_TITLE: f64 = 0.6;
/// How many of their words two agenda item titles must share to be taken as one item.
const NEAR_AGENDA: f64 = 0.8;

/// One resolution in a subject's history.
#[derive(Clone, Debug, PartialEq)]
pub struct HistoryEntry {
    /// Canonical symbol (`A/RES/75/32`).
    pub symbol: String,
    /// In English where there is an English version.
    pub title: Option<String>,
    /// ISO 8601 date (`2020-12-07`).
    pub adopted: Option<String>,
    pub body: Option<Body>,
    /// Session number; for the Security Council, the year.
    pub session: Option<u32>,
    /// How it was adopted (from the English version where it says).
    pub votes: Option<VoteRecord>,
    /// The file of each language version.
    pub paths: BTreeMap<Language, PathBuf>,
    /// What changed since the entry before it, once [`compare_history`] has compared them;
    /// None for the first entry, and where the two have no language in common or a file
    /// cannot be read now.
    pub diff: Option<diff::Summary>,
    /// The language the two texts were compared in.
    pub diff_language: Option<Language>,
}

/// The history of the resolution `symbol` names, oldest first (session, then adoption date,
/// then symbol), itself included; None when the library does not hold it.
///
/// Only the resolutions that may be on the subject are compared: those whose title shares
/// enough of its words with a member's, found in the index's title entries
/// ([`Finder::neighbours`]). Linking depends on the two resolutions alone (and on each one's
/// closest match, among its own neighbours), so the history is the same as if every
/// resolution of the library were compared with every member, without reading the catalog's
/// record of all of them.
pub(crate) fn history(
    state: &State,
    searcher: &Searcher,
    fields: &Fields,
    symbol: &str,
) -> tantivy::Result<Option<Vec<HistoryEntry>>> {
    let Some(key) = symbol_key(symbol) else {
        return Ok(None);
    };
    let Some(&target_row) = state.by_key().get(&key) else {
        return Ok(None);
    };
    let mut finder = Finder {
        state,
        searcher,
        fields,
        target_row,
        body: state.rows()[target_row].body,
        subjects: HashMap::new(),
        neighbours: HashMap::new(),
    };
    let mut members = BTreeSet::from([target_row]);
    let mut queue = vec![target_row];
    while let Some(a) = queue.pop() {
        for &b in finder.neighbours(a)?.iter() {
            if members.contains(&b) {
                continue;
            }
            if finder.linked(a, b)? {
                members.insert(b);
                queue.push(b);
            }
        }
    }

    let mut entries: Vec<HistoryEntry> = members
        .into_iter()
        .map(|i| entry(state, &state.rows()[i]))
        .collect();
    entries.sort_by(chronological);
    Ok(Some(entries))
}

/// Finds a history's members, reading the subjects of the resolutions it meets once each.
struct Finder<'a> {
    state: &'a State,
    searcher: &'a Searcher,
    fields: &'a Fields,
    /// The row asked about: a candidate whatever it is.
    target_row: usize,
    /// The body whose resolutions are candidates.
    body: Option<Body>,
    subjects: HashMap<usize, Rc<Subject>>,
    /// Neighbours by subject (its title in each language): resolutions adopted year after
    /// year under one title share them.
    neighbours: HashMap<Vec<(Language, String)>, Rc<[usize]>>,
}

impl Finder<'_> {
    /// Whether a row may be in the history: the one asked about, and the adopted
    /// resolutions of its body.
    fn is_candidate(&self, i: usize) -> bool {
        let row = &self.state.rows()[i];
        i == self.target_row || (row.symbol.is_some() && !row.is_draft && row.body == self.body)
    }

    fn subject(&mut self, i: usize) -> Rc<Subject> {
        let state = self.state;
        Rc::clone(
            self.subjects
                .entry(i)
                .or_insert_with(|| Rc::new(Subject::of(state, &state.rows()[i]))),
        )
    }

    /// The candidates (row indices, in order) that may be alike row `i`: in one of its
    /// languages, their title has at least the share of its meaningful words that
    /// [`Subject::compare`] asks for (all of its words, for a title of only such words as
    /// `the`, which can only be the same). Every candidate alike `i` is among them: two titles
    /// sharing [`NEAR_TITLE`] of all their words share at least that much of either's.
    fn neighbours(&mut self, i: usize) -> tantivy::Result<Rc<[usize]>> {
        let subject = self.subject(i);
        let key: Vec<(Language, String)> = subject
            .languages
            .iter()
            .map(|(language, title, _)| (*language, title.normal.clone()))
            .collect();
        if let Some(found) = self.neighbours.get(&key) {
            return Ok(Rc::clone(found));
        }
        let fields = self.fields;
        let mut rows = BTreeSet::new();
        for (language, title, _) in &subject.languages {
            let (words, needed): (BTreeSet<&str>, usize) = if title.set.is_empty() {
                let all: BTreeSet<&str> =
                    title.normal.split(' ').filter(|w| !w.is_empty()).collect();
                let needed = all.len();
                (all, needed)
            } else {
                let needed = (title.set.len() as f64 * NEAR_TITLE - 1e-9).ceil().max(1.0);
                (
                    title.set.iter().map(String::as_str).collect(),
                    needed as usize,
                )
            };
            if words.is_empty() {
                continue;
            }
            let exact = |field, value: &str| -> Box<dyn Query> {
                Box::new(TermQuery::new(
                    tantivy::Term::from_field_text(field, value),
                    IndexRecordOption::Basic,
                ))
            };
            let searcher = self.searcher;
            // Titles share their field with every paragraph, where common words are in
            // millions: the rarest `len - needed + 1` words lead (a title with `needed` of
            // the words has one of them), and each word counts one where a title has it.
            let mut by_rarity = Vec::with_capacity(words.len());
            for word in words {
                let term = tantivy::Term::from_field_text(fields.text, word);
                by_rarity.push((index::guarded(|| searcher.doc_freq(&term))?, word));
            }
            by_rarity.sort_unstable();
            let rarest = by_rarity[..=by_rarity.len() - needed.min(by_rarity.len())]
                .iter()
                .map(|&(_, w)| exact(fields.text, w))
                .collect();
            let filter = |query: Box<dyn Query>| -> (Occur, Box<dyn Query>) {
                (Occur::Must, Box::new(ConstScoreQuery::new(query, 0.0)))
            };
            let mut clauses = vec![
                filter(exact(fields.location, index::TITLE)),
                filter(exact(fields.lang, language.code())),
                filter(Box::new(BooleanQuery::union(rarest))),
            ];
            clauses.extend(by_rarity.iter().map(|&(_, w)| {
                let one: Box<dyn Query> =
                    Box::new(ConstScoreQuery::new(exact(fields.text, w), 1.0));
                (Occur::Should, one)
            }));
            let query = BooleanQuery::new(clauses);
            let collector = AtLeast(needed as Score - 0.5);
            let found = index::guarded(|| searcher.search(&query, &collector))?;
            for address in found {
                let doc: TantivyDocument = index::guarded(|| searcher.doc(address))?;
                let Some(symbol) = doc
                    .get_first(fields.symbol)
                    .and_then(|v| v.as_str())
                    .filter(|s| !s.is_empty())
                else {
                    continue;
                };
                if let Some(&row) = self.state.by_key().get(&key_of_canonical(symbol))
                    && row != i
                    && self.is_candidate(row)
                {
                    rows.insert(row);
                }
            }
        }
        let rows: Rc<[usize]> = rows.into_iter().collect();
        self.neighbours.insert(key, Rc::clone(&rows));
        Ok(rows)
    }

    /// Whether rows `a` and `b` are on one subject: the same title, or (from different
    /// sessions) alike and each the other's closest match in its session.
    fn linked(&mut self, a: usize, b: usize) -> tantivy::Result<bool> {
        let likeness = self.subject(a).compare(&self.subject(b));
        let (session_a, session_b) = (self.state.rows()[a].session, self.state.rows()[b].session);
        Ok(match likeness {
            Some(Likeness::Same) => true,
            Some(Likeness::Near(_)) => {
                session_a.is_some()
                    && session_b.is_some()
                    && session_a != session_b
                    && self.closest(a, session_b)? == Some(b)
                    && self.closest(b, session_a)? == Some(a)
            }
            None => false,
        })
    }

    /// The candidate of `session` most like row `of`, if any is alike (the first in row order
    /// of those most alike).
    fn closest(&mut self, of: usize, session: Option<u32>) -> tantivy::Result<Option<usize>> {
        let subject = self.subject(of);
        let mut best: Option<(usize, f64)> = None;
        for &i in self.neighbours(of)?.iter() {
            if i == of || self.state.rows()[i].session != session {
                continue;
            }
            let Some(likeness) = subject.compare(&self.subject(i)) else {
                continue;
            };
            let score = likeness.score();
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((i, score));
            }
        }
        Ok(best.map(|(i, _)| i))
    }
}

/// Collects the documents scoring at least this much (in [`Finder::neighbours`], the number
/// of the title's words they have).
struct AtLeast(Score);

impl Collector for AtLeast {
    type Fruit = Vec<DocAddress>;
    type Child = AtLeastInSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        _: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(AtLeastInSegment {
            least: self.0,
            segment,
            docs: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<DocAddress>>) -> tantivy::Result<Vec<DocAddress>> {
        Ok(fruits.concat())
    }
}

struct AtLeastInSegment {
    least: Score,
    segment: SegmentOrdinal,
    docs: Vec<DocAddress>,
}

impl SegmentCollector for AtLeastInSegment {
    type Fruit = Vec<DocAddress>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if score >= self.least {
            self.docs.push(DocAddress::new(self.segment, doc));
        }
    }

    fn harvest(self) -> Vec<DocAddress> {
        self.docs
    }
}

/// Oldest first: session, adoption date, symbol; what is missing last.
fn chronological(a: &HistoryEntry, b: &HistoryEntry) -> Ordering {
    fn missing_last<T: Ord>(a: &Option<T>, b: &Option<T>) -> Ordering {
        match (a, b) {
            (Some(x), Some(y)) => x.cmp(y),
            (x, y) => x.is_none().cmp(&y.is_none()),
        }
    }
    missing_last(&a.session, &b.session)
        .then_with(|| missing_last(&a.adopted, &b.adopted))
        .then_with(|| natural_cmp(&a.symbol, &b.symbol))
}

fn entry(state: &State, row: &Row) -> HistoryEntry {
    let infos = preferred_infos(state, row);
    HistoryEntry {
        symbol: row.symbol.clone().unwrap_or_default(),
        title: row.title.clone(),
        adopted: row.adopted.clone(),
        body: row.body,
        session: row.session,
        votes: infos
            .iter()
            .find_map(|(_, facts)| facts.votes.map(|v| VoteRecord::clone(v))),
        paths: row.paths.clone(),
        diff: None,
        diff_language: None,
    }
}

/// The catalog's record of each file of a row, English first, then the UN's order of the
/// languages, then files of unknown language.
pub(crate) fn preferred_infos<'a>(state: &'a State, row: &Row) -> Vec<(&'a DocInfo, FactsRef<'a>)> {
    let mut files: Vec<(usize, &'a str, &'a DocInfo)> = row
        .files
        .iter()
        .enumerate()
        .filter_map(|(i, file)| {
            let (path, entry) = state.catalog.files.get_key_value(file.path.to_str()?)?;
            match &entry.outcome {
                Outcome::Document(info) => Some((i, path.as_str(), &**info)),
                Outcome::Error(_) => None,
            }
        })
        .collect();
    files.sort_by_key(|&(i, _, info)| (language_rank(info.language), i));
    files
        .into_iter()
        .map(|(_, path, info)| (info, state.facts_of(path, info)))
        .collect()
}

/// English first, then the UN's order; unknown last.
fn language_rank(language: Option<Language>) -> usize {
    match language {
        Some(Language::En) => 0,
        Some(l) => 1 + Language::ALL.iter().position(|x| *x == l).unwrap_or(0),
        None => 10,
    }
}

/// How alike two resolutions' subjects are.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Likeness {
    /// The same title.
    Same,
    /// Titles that share most words (the share), under the same agenda item.
    Near(f64),
}

impl Likeness {
    fn score(self) -> f64 {
        match self {
            Likeness::Same => 2.0,
            Likeness::Near(share) => share,
        }
    }
}

/// A title (or an agenda item's title) as compared: its folded words.
#[derive(Clone, Debug, Default)]
struct Words {
    /// Every word, in order: the same for two titles that differ only in case, spacing or
    /// punctuation.
    normal: String,
    /// The words that carry meaning.
    set: HashSet<String>,
}

impl Words {
    fn of(text: &str) -> Words {
        let all = terms(text);
        let normal = all
            .iter()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let set = all
            .into_iter()
            .filter(|t| t.cjk || !STOP_WORDS.contains(&t.text.as_str()))
            .map(|t| t.text)
            .collect();
        Words { normal, set }
    }

    /// The share of words the two have in common (Jaccard similarity).
    fn share(&self, other: &Words) -> f64 {
        let union = self.set.union(&other.set).count();
        if union == 0 {
            return 0.0;
        }
        self.set.intersection(&other.set).count() as f64 / union as f64
    }

    fn is_like(&self, other: &Words, threshold: f64) -> bool {
        self.normal == other.normal || self.share(other) >= threshold
    }
}

/// Words that say nothing of a subject, as the analyzer folds them.
const STOP_WORDS: [&str; 38] = [
    "a", "an", "and", "at", "by", "for", "from", "in", "its", "of", "on", "the", "to", "with",
    "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "sur", "del", "el",
    "las", "los", "para", "por", "y", "в", "и", "на", "по",
];

/// What a resolution is about, in each language it is in.
#[derive(Debug, Default)]
struct Subject {
    /// The title and the agenda items' titles in each language.
    languages: Vec<(Language, Words, Vec<Words>)>,
}

impl Subject {
    fn of(state: &State, row: &Row) -> Subject {
        let mut languages = Vec::new();
        for (language, path) in &row.paths {
            let Some((path, info)) = path.to_str().and_then(|p| {
                let (path, entry) = state.catalog.files.get_key_value(p)?;
                match &entry.outcome {
                    Outcome::Document(info) => Some((path, info)),
                    Outcome::Error(_) => None,
                }
            }) else {
                continue;
            };
            let Some(title) = &info.title else { continue };
            let titles = state.facts_of(path, info).agenda_titles;
            let agenda = titles.iter().map(|t| Words::of(t)).collect();
            languages.push((*language, Words::of(title), agenda));
        }
        languages.sort_by_key(|(l, _, _)| language_rank(Some(*l)));
        Subject { languages }
    }

    /// How alike the two subjects are, judged in the first language both are in (English
    /// first); None when not alike, or without a language in common.
    fn compare(&self, other: &Subject) -> Option<Likeness> {
        let (mine, theirs) = self
            .languages
            .iter()
            .find_map(|(language, title, agenda)| {
                let (_, other_title, other_agenda) =
                    other.languages.iter().find(|(l, _, _)| l == language)?;
                Some(((title, agenda), (other_title, other_agenda)))
            })?;
        if mine.0.normal == theirs.0.normal && !mine.0.normal.is_empty() {
            return Some(Likeness::Same);
        }
        let share = mine.0.share(theirs.0);
        if share < NEAR_TITLE {
            return None;
        }
        let same_item = mine.1.is_empty()
            || theirs.1.is_empty()
            || mine
                .1
                .iter()
                .any(|a| theirs.1.iter().any(|b| a.is_like(b, NEAR_AGENDA)));
        same_item.then_some(Likeness::Near(share))
    }
}

/// Compares each entry with the one before it ([`HistoryEntry::diff`]), in a language both
/// are in (English first), giving each comparison at most `per_pair` for word-level changes
/// (as `plenary diff --timeout` does). Reads the files: run it on a worker thread in a window.
pub fn compare_history(entries: &mut [HistoryEntry], per_pair: Duration) {
    // The newer text of one pair is the older of the next: read once.
    let mut last: Option<(usize, Language, Document)> = None;
    for i in 1..entries.len() {
        let Some(language) = common_language(&entries[i - 1], &entries[i]) else {
            continue;
        };
        let older = match last.take() {
            Some((at, l, doc)) if at == i - 1 && l == language => Some(doc),
            _ => crate::parse::parse_file(&entries[i - 1].paths[&language]).ok(),
        };
        let newer = crate::parse::parse_file(&entries[i].paths[&language]).ok();
        let (Some(older), Some(newer)) = (older, newer) else {
            continue;
        };
        let options = diff::Options {
            deadline: Instant::now().checked_add(per_pair),
            ..diff::Options::default()
        };
        let comparison = diff::compare(&older, &newer, &options);
        entries[i].diff = Some(comparison.summary);
        entries[i].diff_language = Some(language);
        last = Some((i, language, newer));
    }
}

/// The language two entries are both in: English first, then the UN's order.
fn common_language(a: &HistoryEntry, b: &HistoryEntry) -> Option<Language> {
    std::iter::once(Language::En)
        .chain(Language::ALL)
        .find(|l| a.paths.contains_key(l) && b.paths.contains_key(l))
}

/// The agenda items' titles an Akoma Ntoso file prints on its cover page
/// (`<inline name="agenda item name">`), in order, without markup.
pub(crate) fn agenda_titles(bytes: &[u8]) -> Vec<String> {
    const MARK: &str = "name=\"agenda item name\"";
    let text = String::from_utf8_lossy(bytes);
    let mut titles: Vec<String> = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(MARK) {
        let after = from + at + MARK.len();
        let Some(open_end) = text[after..].find('>').map(|i| after + i + 1) else {
            break;
        };
        let Some(close) = text[open_end..].find("</inline>").map(|i| open_end + i) else {
            break;
        };
        from = close;
        if text[after..open_end].ends_with("/>") {
            continue;
        }
        let title = plain(&text[open_end..close]);
        if !title.is_empty() && !titles.contains(&title) {
            titles.push(title);
        }
    }
    titles
}

/// XML content as plain text: tags dropped, entities decoded, spaces collapsed.
fn plain(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                rest = rest.find('>').map_or("", |i| &rest[i + 1..]);
                out.push(' ');
            }
            '&' => {
                let decoded = rest.find(';').filter(|&i| i <= 10).and_then(|i| {
                    let name = &rest[1..i];
                    let c = match name {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => name
                            .strip_prefix("#x")
                            .or_else(|| name.strip_prefix("#X"))
                            .map(|hex| u32::from_str_radix(hex, 16).ok())
                            .unwrap_or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                            .and_then(char::from_u32),
                    }?;
                    Some((c, i + 1))
                });
                match decoded {
                    Some((c, len)) => {
                        out.push(c);
                        rest = &rest[len..];
                    }
                    None => {
                        out.push('&');
                        rest = &rest[1..];
                    }
                }
            }
            c => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agenda_titles_are_read_from_the_cover_page() {
        let xml = r#"<coverPage><p><inline name="agenda item">Agenda item 98</inline></p>
            <p><inline name="agenda item name">Developments in the field of information
            and telecommunications&#x2019; <i>context</i> &amp; security</inline></p>
            <p><inline title="x" name="agenda item name">Second</inline></p>
            <p><inline name="agenda item name">Second</inline></p></coverPage>"#;
        assert_eq!(
            agenda_titles(xml.as_bytes()),
            [
                "Developments in the field of information and telecommunications\u{2019} context & security",
                "Second"
            ]
        );
        assert!(agenda_titles(b"<akomaNtoso/>").is_empty());
        assert!(agenda_titles(b"<inline name=\"agenda item name\">unclosed").is_empty());
    }

    #[test]
    fn titles_alike_share_most_words() {
        let a = Words::of("Advancing responsible State behaviour in cyberspace");
        let b = Words::of("ADVANCING responsible State-behaviour in  cyberspace.");
        assert_eq!(a.normal, b.normal);
        let iran = Words::of("Situation of human rights in the Islamic Republic of Iran");
        let syria = Words::of("Situation of human rights in the Syrian Arab Republic");
        assert!(iran.share(&syria) < NEAR_TITLE, "{}", iran.share(&syria));
        let older = Words::of("Nuclear disarmament verification");
        let newer = Words::of("Nuclear disarmament verification and its challenges");
        assert!(older.share(&newer) >= NEAR_TITLE);
        assert_eq!(Words::of("").share(&Words::of("")), 0.0);
    }
}
