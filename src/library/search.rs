//! Full-text search: what a query means, how hits are ranked, and the snippets shown.
//!
//! A query is words and quoted phrases (`"responsible State behaviour"`, also `“…”`, `«…»`,
//! `「…」`). Every word must appear in the paragraph; a phrase must appear as written. The
//! words of an unquoted query appearing together rank higher. Chinese runs are matched on
//! character pairs: most pairs must appear, and the whole run together ranks higher. A query
//! that names a document (`75/32`, `S/RES/2532 (2020)`) puts that document first.

use super::analyze::{self, Term};
use super::index::{FOOTNOTE, Fields, LATEST_DATE_RANK, PARAGRAPH, TITLE, TITLE_FLAG, body_code};
use crate::document::{Body, Language, ParagraphKind};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::ColumnValues;
use tantivy::query::Weight;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, RegexQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader, TantivyDocument};

/// What to search among. Empty fields do not filter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchFilters {
    pub language: Option<Language>,
    pub body: Option<Body>,
    pub session: Option<u32>,
    /// Paragraph kinds to keep (none: all). Titles and footnotes count as `Other`.
    pub kinds: Vec<ParagraphKind>,
    /// Among the language versions of a document the query names by symbol, this one first.
    pub preferred_language: Option<Language>,
}

/// Where a hit points in its document.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HitTarget {
    /// The document's title (or the document as a whole, for a symbol query).
    Title,
    /// A paragraph: its id and its index in [`crate::document::Document::paragraphs`].
    Paragraph { id: String, index: usize },
    /// A footnote: its marker and its index in [`crate::document::Document::footnotes`].
    Footnote { marker: String, index: usize },
}

/// One search result: a paragraph (or a title or footnote) of one file.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    pub symbol: Option<String>,
    pub language: Option<Language>,
    /// How delegates say it: `OP3`, `PP10`, `OP1(a)`; `title`; `FN2` for a footnote.
    pub reference: String,
    pub target: HitTarget,
    pub kind: ParagraphKind,
    /// The paragraph's text, or a window of it around the first match (`…` where cut).
    pub snippet: String,
    /// Byte ranges of the matches in `snippet`, sorted, not overlapping.
    pub highlights: Vec<Range<usize>>,
    pub path: PathBuf,
    /// Higher is better; only comparable within one search.
    pub score: f32,
    /// Whether the hit is the document the query names by symbol.
    pub by_symbol: bool,
}

/// How a format ranks when one document is in the library twice: the UN's XML, then the
/// PDF, then a Word file, then a text export.
fn format_rank(path: &std::path::Path) -> u8 {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("xml" | "akn") => 0,
        Some("pdf") => 1,
        Some("docx") => 2,
        _ => 3,
    }
}

/// One hit per document and place: where the same resolution in the same language is in the
/// library as XML and as PDF (or a text export), its paragraph is found once, in the best
/// format, at the better rank.
pub fn one_per_document(hits: &mut Vec<SearchHit>) {
    let mut kept: std::collections::HashMap<(String, Option<Language>, String, HitTarget), usize> =
        std::collections::HashMap::new();
    let mut out: Vec<SearchHit> = Vec::with_capacity(hits.len());
    for hit in hits.drain(..) {
        let Some(symbol) = hit.symbol.clone() else {
            out.push(hit);
            continue;
        };
        let key = (
            symbol,
            hit.language,
            hit.reference.clone(),
            hit.target.clone(),
        );
        match kept.get(&key) {
            Some(&at) => {
                if let Some(first) = out.get_mut(at)
                    && format_rank(&hit.path) < format_rank(&first.path)
                {
                    let (score, by_symbol) = (first.score, first.by_symbol);
                    *first = SearchHit {
                        score,
                        by_symbol,
                        ..hit
                    };
                }
            }
            None => {
                kept.insert(key, out.len());
                out.push(hit);
            }
        }
    }
    *hits = out;
}

impl SearchHit {
    /// The snippet cut at its highlights: each piece with whether it is a match.
    pub fn pieces(&self) -> Vec<(&str, bool)> {
        let mut out = Vec::with_capacity(self.highlights.len() * 2 + 1);
        let mut at = 0;
        for range in &self.highlights {
            let (Some(before), Some(matched)) = (
                self.snippet.get(at..range.start),
                self.snippet.get(range.clone()),
            ) else {
                continue;
            };
            if !before.is_empty() {
                out.push((before, false));
            }
            out.push((matched, true));
            at = range.end;
        }
        if let Some(rest) = self.snippet.get(at..).filter(|r| !r.is_empty()) {
            out.push((rest, false));
        }
        out
    }
}

/// A query made ready for the index, with what to highlight.
pub(crate) struct Prepared {
    pub query: Box<dyn Query>,
    pub highlight: Highlight,
}

/// What to mark in a snippet: single terms wherever they are, and phrases (term sequences)
/// only where they appear as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlight {
    pub words: HashSet<String>,
    pub phrases: Vec<Vec<String>>,
}

impl Highlight {
    /// Marks these terms wherever they are.
    pub fn words<'a>(words: impl IntoIterator<Item = &'a str>) -> Highlight {
        Highlight {
            words: words.into_iter().map(str::to_string).collect(),
            phrases: Vec::new(),
        }
    }

    /// Marks the terms of `text` where they appear in this order (nothing for an empty text).
    pub fn add_phrase(&mut self, text: &str) {
        let terms: Vec<String> = analyze::terms(text).into_iter().map(|t| t.text).collect();
        if !terms.is_empty() && !self.phrases.contains(&terms) {
            self.phrases.push(terms);
        }
    }
}

/// Turns the user's query and filters into an index query; None when the query holds no
/// searchable term and `cited` is empty. Paragraphs citing one of the `cited` keys (the
/// documents a symbol query names) match as well as paragraphs matching the text.
pub(crate) fn prepare(
    text: &str,
    filters: &SearchFilters,
    fields: &Fields,
    cited: &[String],
) -> Option<Prepared> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut highlight = Highlight::default();
    for (segment, quoted) in segments(text) {
        let terms = analyze::terms(segment);
        if quoted {
            highlight.add_phrase(segment);
        } else {
            highlight.words.extend(terms.iter().map(|t| t.text.clone()));
        }
        if quoted {
            if let Some(q) = phrase_or_term(&terms, fields.text) {
                clauses.push((Occur::Must, q));
            }
            continue;
        }
        let mut words: Vec<&Term> = Vec::new();
        for run in runs(&terms) {
            match run {
                [single] if single.cjk && single.text.chars().count() == 1 => {
                    if let Some(q) = lone_character(&single.text, fields.text) {
                        clauses.push((Occur::Must, q));
                    }
                }
                [single] => {
                    clauses.push((Occur::Must, term_query(fields.text, &single.text)));
                    if !single.cjk {
                        words.push(single);
                    }
                }
                pairs => {
                    // Most pairs must be there (a reader's wording need not match the text's
                    // exactly); the run as written ranks higher.
                    clauses.push((Occur::Must, most_of(pairs, fields.text)));
                    if let Some(q) = phrase_or_term(pairs, fields.text) {
                        clauses.push((Occur::Should, Box::new(BoostQuery::new(q, 2.0))));
                    }
                }
            }
        }
        if words.len() >= 2 {
            let owned: Vec<Term> = words.into_iter().cloned().collect();
            if let Some(q) = phrase_or_term(&owned, fields.text) {
                clauses.push((Occur::Should, Box::new(BoostQuery::new(q, 1.5))));
            }
        }
    }
    let mut wanted: Vec<Box<dyn Query>> = Vec::new();
    if clauses.iter().any(|(occur, _)| *occur == Occur::Must) {
        wanted.push(all_of(clauses));
    }
    for key in cited {
        let citing = TermQuery::new(
            tantivy::Term::from_field_text(fields.cites, key),
            IndexRecordOption::Basic,
        );
        wanted.push(Box::new(ConstScoreQuery::new(Box::new(citing), 1.0)));
    }
    let mut query: Vec<(Occur, Box<dyn Query>)> = match wanted.len() {
        0 => return None,
        1 => wanted.into_iter().map(|q| (Occur::Must, q)).collect(),
        _ => vec![(Occur::Must, Box::new(BooleanQuery::union(wanted)))],
    };
    for filter in filter_clauses(filters, fields) {
        query.push((Occur::Must, Box::new(ConstScoreQuery::new(filter, 0.0))));
    }
    Some(Prepared {
        query: all_of(query),
        highlight,
    })
}

/// The clauses as one query; a lone required clause as itself, so that the engine can skip
/// what cannot rank (a boolean query around a single word hides the word's score bounds).
fn all_of(mut clauses: Vec<(Occur, Box<dyn Query>)>) -> Box<dyn Query> {
    if let [(Occur::Must, _)] = clauses.as_slice()
        && let Some((_, only)) = clauses.pop()
    {
        return only;
    }
    Box::new(BooleanQuery::new(clauses))
}

/// The query cut into unquoted text and quoted phrases.
fn segments(text: &str) -> Vec<(&str, bool)> {
    const QUOTES: [char; 8] = ['"', '“', '”', '«', '»', '„', '「', '」'];
    let mut out = Vec::new();
    let mut quoted = false;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if QUOTES.contains(&c) {
            if let Some(segment) = text.get(start..i)
                && !segment.trim().is_empty()
            {
                out.push((segment, quoted));
            }
            quoted = !quoted;
            start = i + c.len_utf8();
        }
    }
    if let Some(segment) = text.get(start..)
        && !segment.trim().is_empty()
    {
        out.push((segment, quoted));
    }
    out
}

/// Splits terms into runs: each word alone, each Chinese run (overlapping pairs) together.
fn runs(terms: &[Term]) -> Vec<&[Term]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=terms.len() {
        let joined = match (terms.get(i - 1), terms.get(i)) {
            (Some(a), Some(b)) => a.cjk && b.cjk && b.range.start < a.range.end,
            _ => false,
        };
        if !joined {
            if let Some(run) = terms.get(start..i) {
                out.push(run);
            }
            start = i;
        }
    }
    out
}

/// Paragraphs holding at least three quarters of `pairs` (the pairs of one Chinese run),
/// scored by the pairs they hold.
///
/// Said as "at least k of n" the engine walks every posting of every pair, and a long run's
/// commonest pairs (`发展`, `国家`) are in a good part of the library. Said as "all of one of
/// the k-pair subsets", each subset is walked by its rarest pair, skipping through the
/// others; the pairs then score only the paragraphs found. A run with too many subsets is
/// said the first way.
fn most_of(pairs: &[Term], field: Field) -> Box<dyn Query> {
    const MOST_SUBSETS: usize = 64;
    let n = pairs.len();
    let needed = (n * 3).div_ceil(4);
    let scoring =
        || -> Vec<Box<dyn Query>> { pairs.iter().map(|t| term_query(field, &t.text)).collect() };
    let subsets = subsets_of(n, needed, MOST_SUBSETS);
    if needed >= n || subsets.is_empty() {
        return Box::new(BooleanQuery::union_with_minimum_required_clauses(
            scoring(),
            needed,
        ));
    }
    let any_subset: Vec<Box<dyn Query>> = subsets
        .iter()
        .map(|subset| {
            let all: Vec<(Occur, Box<dyn Query>)> = subset
                .iter()
                .filter_map(|&i| pairs.get(i))
                .map(|t| (Occur::Must, term_query(field, &t.text)))
                .collect();
            Box::new(BooleanQuery::new(all)) as Box<dyn Query>
        })
        .collect();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
        Occur::Must,
        Box::new(ConstScoreQuery::new(
            Box::new(BooleanQuery::union(any_subset)),
            0.0,
        )),
    )];
    clauses.extend(scoring().into_iter().map(|q| (Occur::Should, q)));
    Box::new(BooleanQuery::new(clauses))
}

/// The `k`-element subsets of `0..n` in lexicographic order; none when there are more than
/// `most`.
fn subsets_of(n: usize, k: usize, most: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    if k == 0 || k > n {
        return out;
    }
    let mut chosen: Vec<usize> = (0..k).collect();
    loop {
        if out.len() == most {
            return Vec::new();
        }
        out.push(chosen.clone());
        // The rightmost index that can still move right, moved, and those after it reset.
        let Some(i) = (0..k)
            .rev()
            .find(|&i| chosen.get(i).is_some_and(|&c| c < n - k + i))
        else {
            return out;
        };
        if let Some(c) = chosen.get_mut(i) {
            *c += 1;
        }
        for j in i + 1..k {
            let before = chosen.get(j - 1).copied().unwrap_or(0);
            if let Some(c) = chosen.get_mut(j) {
                *c = before + 1;
            }
        }
    }
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        tantivy::Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

/// A phrase of the terms at their relative positions, or a term query for one term.
fn phrase_or_term(terms: &[Term], field: Field) -> Option<Box<dyn Query>> {
    match terms {
        [] => None,
        [single] if single.cjk && single.text.chars().count() == 1 => {
            lone_character(&single.text, field)
        }
        [single] => Some(term_query(field, &single.text)),
        [first, ..] => {
            let base = first.position;
            let with_offsets = terms
                .iter()
                .map(|t| {
                    (
                        t.position.saturating_sub(base),
                        tantivy::Term::from_field_text(field, &t.text),
                    )
                })
                .collect();
            Some(Box::new(PhraseQuery::new_with_offset(with_offsets)))
        }
    }
}

/// A lone Chinese character: the index holds pairs, so it is any pair that starts or ends
/// with it (or the character alone).
fn lone_character(character: &str, field: Field) -> Option<Box<dyn Query>> {
    let c = regex::escape(character);
    let pattern = format!("{c}.?|.{c}");
    RegexQuery::from_pattern(&pattern, field)
        .ok()
        .map(|q| Box::new(q) as Box<dyn Query>)
}

fn filter_clauses(filters: &SearchFilters, fields: &Fields) -> Vec<Box<dyn Query>> {
    let exact = |field: Field, value: &str| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            tantivy::Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        ))
    };
    let mut out = Vec::new();
    if let Some(lang) = filters.language {
        out.push(exact(fields.lang, lang.code()));
    }
    if let Some(body) = filters.body {
        out.push(exact(fields.body, body_code(body)));
    }
    if let Some(session) = filters.session {
        out.push(exact(fields.session, &session.to_string()));
    }
    if !filters.kinds.is_empty() {
        let kinds = filters
            .kinds
            .iter()
            .map(|k| exact(fields.kind, k.name()))
            .collect();
        out.push(Box::new(BooleanQuery::union(kinds)));
    }
    out
}

/// The ranking's gentle preferences on top of relevance: a title over a paragraph saying the
/// same, and a later text over an earlier one saying the same (a year's difference moves a
/// score by about 0.02%).
pub(crate) fn rank_factor(rank: u64) -> f32 {
    let title = if rank & TITLE_FLAG != 0 { 1.5 } else { 1.0 };
    let date = (rank & (TITLE_FLAG - 1)) as f32;
    title * (1.0 + 0.02 * date / 60_000.0)
}

/// The largest [`rank_factor`] of any entry in a segment whose largest rank is `most`.
fn factor_bound(most: u64) -> f32 {
    if most >= TITLE_FLAG {
        rank_factor(TITLE_FLAG | LATEST_DATE_RANK)
    } else {
        rank_factor(most)
    }
}

/// The best `limit` entries by relevance times [`rank_factor`], best first (equal scores in
/// index order), as the engine's own top-k collector would give them with that factor.
///
/// The factor is at most [`factor_bound`] in a segment, so an entry whose relevance is
/// below the k-th best final score divided by that bound cannot enter: the engine is told
/// so and skips whole blocks of such entries (block-max WAND) instead of scoring each one.
pub(crate) struct Ranked {
    pub limit: usize,
}

pub(crate) struct RankedSegment {
    limit: usize,
    segment: SegmentOrdinal,
    ranks: Option<Arc<dyn ColumnValues<u64>>>,
    bound: f32,
    /// The best entries so far, the worst on top.
    best: BinaryHeap<Reverse<Entry>>,
}

#[derive(Clone, Copy)]
struct Entry {
    score: Score,
    doc: DocId,
}

impl Ord for Entry {
    /// The better entry is the greater: a higher score, or the same score earlier.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.score
            .total_cmp(&other.score)
            .then_with(|| other.doc.cmp(&self.doc))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Entry {}

impl RankedSegment {
    /// The relevance an entry needs to be worth scoring further: above the k-th best final
    /// score over the factor's bound (a hair lower, for rounding), once there are k.
    fn threshold(&self) -> Score {
        match self.best.peek() {
            Some(Reverse(worst)) if self.best.len() >= self.limit => {
                worst.score / self.bound * (1.0 - 1e-6)
            }
            _ => Score::MIN,
        }
    }
}

impl SegmentCollector for RankedSegment {
    type Fruit = Vec<(Score, DocAddress)>;

    /// Entries arrive in index order, so one that only equals the worst kept does not enter.
    fn collect(&mut self, doc: DocId, relevance: Score) {
        if self.limit == 0 {
            return;
        }
        let rank = self.ranks.as_ref().map_or(0, |ranks| ranks.get_val(doc));
        let entry = Entry {
            score: relevance * rank_factor(rank),
            doc,
        };
        if self.best.len() < self.limit {
            self.best.push(Reverse(entry));
        } else if let Some(mut worst) = self.best.peek_mut()
            && entry > worst.0
        {
            *worst = Reverse(entry);
        }
    }

    fn harvest(self) -> Self::Fruit {
        let segment = self.segment;
        self.best
            .into_iter()
            .map(|Reverse(e)| (e.score, DocAddress::new(segment, e.doc)))
            .collect()
    }
}

impl Collector for Ranked {
    type Fruit = Vec<(Score, DocAddress)>;
    type Child = RankedSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<RankedSegment> {
        let ranks = reader
            .fast_fields()
            .u64("rank")
            .ok()
            .map(|c| c.first_or_default_col(0));
        let bound = factor_bound(ranks.as_ref().map_or(0, |r| r.max_value()));
        Ok(RankedSegment {
            limit: self.limit,
            segment,
            ranks,
            bound,
            best: BinaryHeap::with_capacity(self.limit.min(1024) + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut all: Vec<(Score, DocAddress)> = fruits.into_iter().flatten().collect();
        all.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        all.truncate(self.limit);
        Ok(all)
    }

    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Fruit> {
        let mut collector = self.for_segment(segment, reader)?;
        let alive = reader.alive_bitset();
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, relevance| {
            if alive.is_none_or(|alive| alive.is_alive(doc)) {
                collector.collect(doc, relevance);
            }
            collector.threshold()
        })?;
        Ok(collector.harvest())
    }
}

/// A stored entry's fields, read back.
pub(crate) struct Stored {
    pub path: String,
    pub symbol: Option<String>,
    pub language: Option<Language>,
    pub kind: ParagraphKind,
    pub reference: String,
    pub anchor: String,
    pub location: String,
    pub ord: usize,
    pub text: String,
}

impl Stored {
    pub fn read(doc: &TantivyDocument, fields: &Fields) -> Stored {
        let text = |field: Field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        let symbol = text(fields.symbol);
        Stored {
            path: text(fields.path),
            symbol: (!symbol.is_empty()).then_some(symbol),
            language: Language::from_code(&text(fields.lang)),
            kind: ParagraphKind::from_name(&text(fields.kind)),
            reference: text(fields.reference),
            anchor: text(fields.anchor),
            location: text(fields.location),
            ord: doc
                .get_first(fields.ord)
                .and_then(|v| v.as_u64())
                .and_then(|n| usize::try_from(n).ok())
                .unwrap_or(0),
            text: text(fields.text),
        }
    }

    pub fn target(&self) -> HitTarget {
        match self.location.as_str() {
            PARAGRAPH => HitTarget::Paragraph {
                id: self.anchor.clone(),
                index: self.ord,
            },
            FOOTNOTE => HitTarget::Footnote {
                marker: self.anchor.clone(),
                index: self.ord,
            },
            TITLE => HitTarget::Title,
            _ => HitTarget::Title,
        }
    }
}

/// How much text a snippet shows, in characters.
const SNIPPET_CHARS: usize = 220;
/// How much of it comes before the first match.
const SNIPPET_LEAD: usize = 60;

/// The text (or a window of it around the first match) with the matches' byte ranges.
pub fn snippet(text: &str, marks: &Highlight) -> (String, Vec<Range<usize>>) {
    let terms = analyze::terms(text);
    let mut ranges: Vec<Range<usize>> = terms
        .iter()
        .filter(|t| marks.words.contains(&t.text))
        .map(|t| t.range.clone())
        .collect();
    for phrase in &marks.phrases {
        for (i, first) in terms.iter().enumerate() {
            let Some(window) = terms.get(i..i + phrase.len()) else {
                break;
            };
            if window.iter().zip(phrase).all(|(t, p)| t.text == *p)
                && let Some(last) = window.last()
            {
                ranges.push(first.range.start..last.range.end);
            }
        }
    }
    let ranges = merge_ranges(text, ranges);
    let total = text.chars().count();
    if total <= SNIPPET_CHARS {
        return (text.to_string(), ranges);
    }
    let first = ranges.first().map(|r| r.start).unwrap_or(0);
    let first_char = text.get(..first).map(|t| t.chars().count()).unwrap_or(0);
    let start_char = first_char.saturating_sub(SNIPPET_LEAD);
    let start_char = start_char.min(total.saturating_sub(SNIPPET_CHARS));
    let mut start = byte_at(text, start_char);
    let mut end = byte_at(text, start_char + SNIPPET_CHARS);
    // Cut between words where the text has spaces (not in Chinese).
    if start > 0
        && let Some(space) = text.get(start..first.max(start)).and_then(|t| t.find(' '))
        && space < 24
    {
        start += space + 1;
    }
    if end < text.len()
        && let Some(space) = text.get(start..end).and_then(|t| t.rfind(' '))
        && end - (start + space) < 24
        && start + space > ranges.first().map(|r| r.end).unwrap_or(0)
    {
        end = start + space;
    }
    let lead = if start > 0 { "…" } else { "" };
    let tail = if end < text.len() { "…" } else { "" };
    let body = text.get(start..end).unwrap_or_default().trim();
    let trimmed_front = text
        .get(start..end)
        .map(|t| t.len() - t.trim_start().len())
        .unwrap_or(0);
    let shift = start + trimmed_front;
    let out = format!("{lead}{body}{tail}");
    let body_end = shift + body.len();
    let highlights = ranges
        .into_iter()
        .filter(|r| r.start >= shift && r.end <= body_end)
        .map(|r| r.start - shift + lead.len()..r.end - shift + lead.len())
        .collect();
    (out, highlights)
}

/// The byte offset of the `n`-th character (the text's length past the end).
fn byte_at(text: &str, n: usize) -> usize {
    text.char_indices()
        .nth(n)
        .map(|(i, _)| i)
        .unwrap_or(text.len())
}

/// Sorts ranges and joins those that overlap (Chinese pairs) or are separated by spaces only
/// (the words of a phrase).
fn merge_ranges(text: &str, mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        if let Some(last) = out.last_mut() {
            let gap_is_space = text
                .get(last.end..r.start)
                .is_some_and(|g| g.chars().all(char::is_whitespace));
            if r.start <= last.end || gap_is_space {
                last.end = last.end.max(r.end);
                continue;
            }
        }
        out.push(r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(words: &[&str]) -> Highlight {
        Highlight::words(words.iter().copied())
    }

    /// The pruning collector finds what scoring every entry finds: the same entries, in the
    /// same order, with the same scores, whatever the limit.
    #[test]
    fn ranked_collector_agrees_with_scoring_everything() {
        use tantivy::collector::TopDocs;
        use tantivy::schema::{FAST, Schema, TEXT};
        let mut builder = Schema::builder();
        let text = builder.add_text_field("text", TEXT);
        let rank = builder.add_u64_field("rank", FAST);
        let index = tantivy::Index::create_in_ram(builder.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let words = ["the", "general", "assembly", "decides", "council", "peace"];
        let mut seed: u64 = 7;
        let mut next = move |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        };
        for _ in 0..3 {
            for _ in 0..1500 {
                let length = 1 + next(40);
                let body: Vec<&str> = (0..length)
                    .map(|_| words[next(words.len() as u64) as usize])
                    .collect();
                let date = next(LATEST_DATE_RANK + 1);
                let title = if next(10) == 0 { TITLE_FLAG } else { 0 };
                writer
                    .add_document(tantivy::doc!(text => body.join(" "), rank => title | date))
                    .unwrap();
            }
            // Three segments, as a library has several.
            writer.commit().unwrap();
        }
        let searcher = index.reader().unwrap().searcher();
        assert!(searcher.segment_readers().len() > 1);
        let queries: Vec<Box<dyn Query>> = vec![
            term_query(text, "the"),
            term_query(text, "peace"),
            Box::new(BooleanQuery::union(vec![
                term_query(text, "general"),
                term_query(text, "assembly"),
            ])),
            Box::new(BooleanQuery::new(vec![
                (Occur::Must, term_query(text, "council")),
                (Occur::Should, term_query(text, "decides")),
            ])),
        ];
        for query in &queries {
            for limit in [1, 10, 48, 500] {
                let everything =
                    TopDocs::with_limit(limit).tweak_score(|segment: &SegmentReader| {
                        let ranks = segment
                            .fast_fields()
                            .u64("rank")
                            .unwrap()
                            .first_or_default_col(0);
                        move |doc, score: Score| score * rank_factor(ranks.get_val(doc))
                    });
                let expected = searcher.search(query.as_ref(), &everything).unwrap();
                let got = searcher.search(query.as_ref(), &Ranked { limit }).unwrap();
                assert_eq!(got.len(), expected.len(), "{query:?} limit {limit}");
                for ((a, x), (b, y)) in got.iter().zip(&expected) {
                    assert_eq!(x, y, "{query:?} limit {limit}");
                    assert!((a - b).abs() <= 1e-5 * b.abs(), "{a} against {b}");
                }
            }
        }
    }

    #[test]
    fn subsets_are_listed_in_order_and_capped() {
        assert_eq!(
            subsets_of(4, 3, 64),
            vec![vec![0, 1, 2], vec![0, 1, 3], vec![0, 2, 3], vec![1, 2, 3]]
        );
        assert_eq!(subsets_of(10, 8, 64).len(), 45);
        assert!(subsets_of(12, 9, 64).is_empty(), "220 subsets are too many");
        assert!(subsets_of(3, 4, 64).is_empty());
    }

    /// "All of one subset" finds the same paragraphs, with the same scores, as "at least k
    /// of n", for every mix of six pairs a paragraph can hold.
    #[test]
    fn most_of_a_run_matches_and_scores_as_at_least_k_of_n() {
        use tantivy::collector::TopDocs;
        use tantivy::schema::{Schema, TEXT};
        let mut builder = Schema::builder();
        let field = builder.add_text_field("text", TEXT);
        let index = tantivy::Index::create_in_ram(builder.build());
        let pairs = ["aa", "bb", "cc", "dd", "ee", "ff"];
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for mask in 0u32..64 {
            // Every mix, some twice over, so that frequencies differ too.
            let words: Vec<&str> = (0..6)
                .filter(|i| mask & (1 << i) != 0)
                .flat_map(|i| std::iter::repeat_n(pairs[i], 1 + (mask as usize + i) % 3))
                .collect();
            writer
                .add_document(tantivy::doc!(field => words.join(" ")))
                .unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        for n in 4..=6 {
            let terms: Vec<Term> = pairs[..n]
                .iter()
                .enumerate()
                .map(|(position, text)| Term {
                    text: text.to_string(),
                    range: position..position + 2,
                    position,
                    cjk: true,
                })
                .collect();
            let needed = (n * 3).div_ceil(4);
            let plain = BooleanQuery::union_with_minimum_required_clauses(
                terms.iter().map(|t| term_query(field, &t.text)).collect(),
                needed,
            );
            let run = |query: &dyn Query| {
                let mut found = searcher
                    .search(query, &TopDocs::with_limit(100).order_by_score())
                    .unwrap();
                found.sort_by_key(|(_, address)| *address);
                found
            };
            let expected = run(&plain);
            let got = run(most_of(&terms, field).as_ref());
            assert!(expected.len() >= 7, "{n} pairs: {} found", expected.len());
            assert_eq!(got.len(), expected.len(), "{n} pairs");
            for ((a, x), (b, y)) in got.iter().zip(&expected) {
                assert_eq!(x, y, "{n} pairs");
                assert!((a - b).abs() < 1e-4, "{n} pairs: {a} against {b}");
            }
        }
    }

    #[test]
    fn quotes_make_phrases() {
        assert_eq!(
            segments(r#"cyber "responsible State behaviour" norms"#),
            vec![
                ("cyber ", false),
                ("responsible State behaviour", true),
                (" norms", false)
            ]
        );
        assert_eq!(
            segments("«ответственное поведение»"),
            vec![("ответственное поведение", true)]
        );
        assert!(segments(" \"\" ").is_empty());
    }

    #[test]
    fn chinese_runs_stay_together() {
        let terms = analyze::terms("网络空间 cyber 法");
        let lens: Vec<usize> = runs(&terms).iter().map(|r| r.len()).collect();
        assert_eq!(lens, vec![3, 1, 1]);
    }

    #[test]
    fn highlights_land_on_the_matches() {
        let text = "Advancing responsible State behaviour in cyberspace";
        let (snip, ranges) = snippet(text, &set(&["responsible", "state", "behaviour"]));
        assert_eq!(snip, text);
        assert_eq!(ranges.len(), 1, "a phrase is one highlight");
        assert_eq!(&snip[ranges[0].clone()], "responsible State behaviour");

        let (snip, ranges) = snippet(
            "促进网络空间国家负责任行为",
            &set(&["网络", "络空", "空间"]),
        );
        assert_eq!(&snip[ranges[0].clone()], "网络空间");

        let (_, ranges) = snippet("La résolution", &set(&["resolucion", "resolution"]));
        assert_eq!(ranges, vec![3..14]);

        // A phrase only where it stands as written.
        let mut marks = Highlight::default();
        marks.add_phrase("74/28");
        let text = "resolutions 55/28 of 2000, 74/28 and 74/29";
        let (snip, ranges) = snippet(text, &marks);
        assert_eq!(ranges.len(), 1);
        assert_eq!(&snip[ranges[0].clone()], "74/28");
    }

    #[test]
    fn long_paragraphs_are_cut_around_the_match() {
        let long = format!("{} needle {}", "word ".repeat(200), "tail ".repeat(200));
        let (snip, ranges) = snippet(&long, &set(&["needle"]));
        assert!(snip.starts_with('…') && snip.ends_with('…'), "{snip}");
        assert!(snip.chars().count() <= SNIPPET_CHARS + 2);
        assert_eq!(ranges.len(), 1);
        assert_eq!(&snip[ranges[0].clone()], "needle");
        let chinese = format!("{}网络空间{}", "大会".repeat(300), "决议".repeat(300));
        let (snip, ranges) = snippet(&chinese, &set(&["网络", "络空", "空间"]));
        assert_eq!(&snip[ranges[0].clone()], "网络空间");
    }

    #[test]
    fn ranking_prefers_titles_then_later_texts() {
        assert!(rank_factor(TITLE_FLAG) > rank_factor(50_000));
        assert!(rank_factor(27_000) > rank_factor(26_500));
        assert!(rank_factor(27_000) < 1.01);
    }
}
