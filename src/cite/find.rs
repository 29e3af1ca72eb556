//! Finding citations in running text.
//!
//! The scanner walks the numbers that could be cited (`73/266`, `2334 (2016)`,
//! `217 A (III)`, full symbols) from left to right. A number is a citation when a word such
//! as `resolution`, `résolutions`, `резолюции`, `قراراتها` stands right before it, or when it
//! continues a list that such a word opened (only commas, conjunctions and dates in between),
//! or, in Chinese, when the list ends in `号决议` / `号决定`. The organ named around the list
//! (`Human Rights Council resolution`, `du Conseil de sécurité`, `安全理事会第`) and the
//! number's own shape (`2334 (2016)` is the Security Council's, `2020/1` the Economic and
//! Social Council's) decide the symbol; the citing document's organ is the default.
//!
//! Ranges cover what is printed for the number (`73/266`, `2334 (2016)`, `217 A (III)`,
//! `A/75/394`), the same text an AKN link wraps, so found and linked citations line up. A
//! reference back (`paragraph 3 of that resolution`, `该决议第 3 段`) has no number: its range
//! covers the whole phrase.

use super::Context;
use super::phrases::{
    ADOPTED_BY_BEFORE, ANAPHORA, ARABIC_PARTS, BARE_LIST_GLUE, BODY_AFTER, CANDIDATE, CANDIDATE_SC,
    DATE_AFTER, EN_TITLE_RUN, GLUE, HRC_REPORT, LOOSE_GLUE, NOT_THE_ASSEMBLY, PINPOINT_AFTER,
    PINPOINT_BEFORE, TRIGGER, ZH_AFTER, ZH_BODY, ZH_DATE_BEFORE, ZH_GLUE,
};
use super::symbol::{Symbol, fold};
use crate::document::script::is_cjk;
use crate::document::{Body, Citation, CitationKind, Language, char_boundary_floor};
use std::ops::Range;

/// How far back (bytes) the words before a number are read.
const LOOK_BEHIND: usize = 400;
/// How far ahead (bytes) the words after a number are read.
const LOOK_AHEAD: usize = 160;

/// Organs named around a citation, as a small set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Hints(u8);

impl Hints {
    const GA: Hints = Hints(1);
    const SC: Hints = Hints(2);
    const HRC: Hints = Hints(4);
    const ECOSOC: Hints = Hints(8);
    /// The Commission on Human Rights (E/CN.4).
    const CHR: Hints = Hints(16);
    /// A bare "Council": the Human Rights Council for session-numbered resolutions.
    const COUNCIL: Hints = Hints(32);
    /// An organ the model does not know (UNEP, WHO, a commission): not citable here.
    const UNKNOWN: Hints = Hints(64);
    /// The Human Rights Council was named earlier in the sentence: its resolutions where the
    /// number could be one.
    const HRC_NEARBY: Hints = Hints(128);

    fn has(self, other: Hints) -> bool {
        self.0 & other.0 != 0
    }

    fn with(self, other: Hints) -> Hints {
        Hints(self.0 | other.0)
    }

    fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Only organs the model does not know were named.
    fn only_unknown(self) -> bool {
        self == Hints::UNKNOWN
    }
}

/// The shape of a cited number.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Form {
    /// `73/266`, `S-35/1`, `ES-11/1`, `61/250 B`: session and number.
    Session {
        special: &'static str,
        session: u32,
        number: u32,
        part: String,
    },
    /// `2020/1`: year and number (Economic and Social Council, Commission on Human Rights).
    Year { year: u32, number: u32 },
    /// `2334 (2016)`.
    Council { number: u32, year: u32 },
    /// `217 A (III)`.
    Old { number: u32, session: String },
    /// `2391` after `resolution` in a Security Council text: the year comes from elsewhere in
    /// the document (see [`super::date_council_resolutions`]).
    CouncilNoYear { number: u32 },
}

#[derive(Clone, Debug)]
struct Member {
    range: Range<usize>,
    form: Form,
    /// The organ named right after this number (French, Spanish, Russian).
    hints: Option<Hints>,
    pinpoint: Option<String>,
    /// The year of the date printed with the number (`73/266 of 22 December 2018`,
    /// `2018年12月22日第73/266号`): a General Assembly resolution `73/266` is of 2018 or 2019.
    year: Option<u32>,
}

/// What decides the symbol of one cited number besides its shape.
#[derive(Clone, Copy, Debug)]
struct Reading {
    kind: CitationKind,
    hints: Hints,
    year: Option<u32>,
    /// The trigger said whose (`its resolution`, `قرارها`): the citing organ's own.
    own: bool,
    /// Arabic text, where the two numbers around the slash are sometimes typed in the
    /// wrong order (`1/79` for 79/1).
    arabic: bool,
}

/// A list of numbers opened by one trigger word.
#[derive(Debug)]
struct Chain {
    kind: CitationKind,
    hints: Hints,
    members: Vec<Member>,
    /// Members before this index already have the organ named after them.
    hinted: usize,
    /// The trigger said whose (`its resolutions`, `sa décision`, `قراراتها`).
    possessive: bool,
}

/// A Chinese list waiting for its closing `号决议`.
#[derive(Debug, Default)]
struct Pending {
    hints: Hints,
    members: Vec<Member>,
}

/// Finds every citation in `text`; see the module documentation.
///
/// Arabic justified text stretches words with tatweel (`قــرار`, `المـــؤرخ`); it is read as if
/// absent, and the ranges point into `text` as given.
pub fn find(text: &str, ctx: &Context) -> Vec<Citation> {
    const TATWEEL: char = '\u{640}';
    if !text.contains(TATWEEL) {
        return find_plain(text, ctx);
    }
    // For each byte of the text without tatweel, where it is in `text`.
    let mut plain = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices().filter(|&(_, c)| c != TATWEEL) {
        plain.push(c);
        origin.extend(at..at + c.len_utf8());
    }
    let mut found = find_plain(&plain, ctx);
    for c in &mut found {
        let start = origin.get(c.range.start).copied().unwrap_or(text.len());
        let end = c
            .range
            .end
            .checked_sub(1)
            .and_then(|last| origin.get(last))
            .map_or(start, |&last| last + 1);
        c.range = start..end.max(start);
    }
    found
}

fn find_plain(text: &str, ctx: &Context) -> Vec<Citation> {
    let council = ctx.body == Some(Body::SecurityCouncil);
    if !might_cite(text, council) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut chain: Option<Chain> = None;
    let mut pending = Pending::default();
    let mut prev_end = 0;
    let arabic = ctx.language == Some(Language::Ar) || text.chars().any(is_arabic);

    let candidates = if council { &*CANDIDATE_SC } else { &*CANDIDATE };
    for caps in candidates.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let start = whole.start();
        if caps.name("sym").is_some() {
            let trimmed = whole.as_str().trim_end_matches(['.', '-', '‑']);
            let end = start + trimmed.len();
            // Joint symbols print a dash between their parts (`A/75/84–E/2020/61`).
            let after_dash = text
                .get(..start)
                .and_then(|t| t.chars().next_back())
                .is_some_and(|c| super::symbol::fold_char(c) == '-');
            if !after_dash && !boundary_ok(text, start, end) {
                continue;
            }
            let Some(symbol) = Symbol::parse(trimmed).filter(Symbol::credible_in_text) else {
                continue;
            };
            let canonical = symbol.to_string();
            if super::cannot_exist(&canonical) {
                continue;
            }
            let pinpoint = PINPOINT_AFTER
                .captures(ahead(text, end))
                .and_then(|c| c.name("pin"))
                .map(|m| clean_pin(m.as_str()));
            out.push(Citation {
                range: start..end,
                kind: super::kind_of(&canonical),
                symbol: canonical,
                pinpoint,
            });
            prev_end = end;
            continue;
        }
        // A part letter runs into the Chinese `号` (`第74/249 A号`); the number ends before it.
        let printed = trim_part(
            text,
            whole.as_str().strip_suffix('号').unwrap_or(whole.as_str()),
            start,
        );
        let end = start + printed.len();
        if !boundary_ok(text, start, end) {
            continue;
        }
        let Some(form) = parse_form(printed) else {
            continue;
        };
        let prev_gap_fits = prev_end + LOOK_BEHIND >= start;
        let gap_start = char_boundary_floor(text, prev_end.max(start.saturating_sub(LOOK_BEHIND)));
        let gap = text.get(gap_start..start).unwrap_or("");
        if matches!(form, Form::CouncilNoYear { .. })
            && !bare_number_cited(text, start, end, gap, chain.as_ref(), ctx)
        {
            // A year, a count, a date: not a citation, and no reason to end a list.
            continue;
        }
        let member = Member {
            range: start..end,
            form,
            hints: None,
            pinpoint: None,
            year: year_of(text, start, end),
        };
        prev_end = end;

        if let Some(mut opened) = open_chain(text, start, ctx) {
            // `Human Rights Council decision 18/120 ... and resolutions 24/14`: a kind word
            // inside a list keeps the list's organ unless it says whose (`its decision`).
            if let Some(previous) = chain.as_ref()
                && opened.hints.is_empty()
                && !opened.possessive
                && prev_gap_fits
            {
                let head = gap.get(..trigger_start(gap).unwrap_or(0)).unwrap_or("");
                if GLUE.is_match(head) {
                    opened.hints = previous.hints;
                }
            }
            flush(&mut chain, ctx, arabic, &mut out);
            pending.members.clear();
            chain = Some(opened);
        } else if chain.is_some() && prev_gap_fits && LOOSE_GLUE.is_match(list_item_gap(gap)) {
            // The list goes on.
        } else {
            flush(&mut chain, ctx, arabic, &mut out);
            zh_step(text, gap, member, &mut pending, ctx, &mut out);
            continue;
        }
        if let Some(open) = chain.as_mut() {
            let first = open.members.is_empty();
            let mut member = member;
            if first {
                member.pinpoint = open_pinpoint(text, start);
            }
            let after = ahead(text, end);
            if member.pinpoint.is_none() {
                member.pinpoint = PINPOINT_AFTER
                    .captures(after)
                    .and_then(|c| c.name("pin"))
                    .map(|m| clean_pin(m.as_str()));
            }
            open.members.push(member);
            if let Some(hints) = body_after(after) {
                let upto = open.members.len();
                for m in open
                    .members
                    .get_mut(open.hinted..upto)
                    .into_iter()
                    .flatten()
                {
                    m.hints = Some(hints);
                }
                open.hinted = upto;
            }
        }
    }
    flush(&mut chain, ctx, arabic, &mut out);
    out.sort_by_key(|c| (c.range.start, c.range.end));
    add_anaphora(text, &mut out);
    out
}

/// Whether a Security Council number printed without its year is cited: right after
/// `resolution` (`paragraph 13 of resolution 2391`), after another such number with only
/// `, ` or `and` between (`resolutions 2250 and 2419`), or in Chinese before `号决议`. Years in
/// dates (`of 3 August 2011`) and counts are none of these.
fn bare_number_cited(
    text: &str,
    start: usize,
    end: usize,
    gap: &str,
    chain: Option<&Chain>,
    ctx: &Context,
) -> bool {
    if open_chain(text, start, ctx).is_some() {
        return true;
    }
    let after_bare = chain
        .and_then(|c| c.members.last())
        .is_some_and(|m| matches!(m.form, Form::CouncilNoYear { .. }));
    if after_bare && BARE_LIST_GLUE.is_match(gap) {
        return true;
    }
    ZH_AFTER.is_match(ahead(text, end))
}

/// The gap between two list items without a final `; ` (`Resolutions 52/214, sect. C,
/// para. 3; 55/222`): footnotes separate items with semicolons.
fn list_item_gap(gap: &str) -> &str {
    let trimmed = gap.trim_end();
    let trimmed = ["and", "et", "y", "и", "و"]
        .iter()
        .find_map(|w| {
            trimmed
                .strip_suffix(w)
                .filter(|t| t.ends_with(char::is_whitespace))
        })
        .unwrap_or(trimmed)
        .trim_end();
    trimmed.strip_suffix([';', '；', '؛']).unwrap_or(gap)
}

/// Drops a part letter that is really the start of a word (`73/266 And`), so the number
/// stands alone; the candidate pattern leaves word boundaries to this check for speed.
fn trim_part<'t>(text: &str, printed: &'t str, start: usize) -> &'t str {
    let end = start + printed.len();
    let next = text.get(end..).and_then(|t| t.chars().next());
    if !next.is_some_and(|c| c.is_alphabetic() && !is_cjk(c)) {
        return printed;
    }
    // Back to the number (digits, slash, `S-` prefix).
    let keep = printed
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_numeric())
        .map_or(printed.len(), |(i, c)| i + c.len_utf8());
    printed.get(..keep).unwrap_or(printed)
}

/// Cheap test that rules out most paragraphs: a citation needs a digit and a slash or a
/// parenthesis, or in a Security Council text just a digit (`resolution 2391`).
fn might_cite(text: &str, council: bool) -> bool {
    let bytes = text.as_bytes();
    if council {
        return bytes.iter().any(u8::is_ascii_digit)
            || text.chars().any(|c| ('０'..='９').contains(&c));
    }
    // `contains` on bytes is a memchr; full-width forms all start with EF BC.
    let wide = bytes.contains(&0xEF);
    let mark =
        bytes.contains(&b'/') || bytes.contains(&b'(') || (wide && text.contains(['／', '（']));
    mark && (bytes.iter().any(u8::is_ascii_digit)
        || (wide && text.contains(['０', '１', '２', '３', '４', '５', '６', '７', '８', '９'])))
}

/// The text after `end`, a bounded window on char boundaries.
fn ahead(text: &str, end: usize) -> &str {
    let stop = char_boundary_floor(text, end.saturating_add(LOOK_AHEAD));
    text.get(end..stop).unwrap_or("")
}

/// The text before `start`, a bounded window on char boundaries.
fn behind(text: &str, start: usize) -> &str {
    let from = char_boundary_floor(text, start.saturating_sub(LOOK_BEHIND));
    text.get(from..start).unwrap_or("")
}

/// Whether the characters around a match let it stand alone (not the tail of `12/12/2019`,
/// not inside a word, not `73/266.5`).
fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let joins = |c: char| {
        let f = super::symbol::fold_char(c);
        f.is_ascii_alphanumeric()
            || matches!(f, '/' | '.' | '-' | '_')
            || (c.is_alphabetic() && !is_cjk(c) && !is_arabic(c))
            || c.is_numeric()
    };
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    if before.is_some_and(joins) {
        return false;
    }
    let rest = text.get(end..).unwrap_or("");
    let mut chars = rest.chars();
    match chars.next().map(super::symbol::fold_char) {
        None => true,
        Some('/' | '／') => false,
        Some('.' | '-' | '‑') => !chars.next().is_some_and(|c| c.is_numeric()),
        Some(c) => !joins(c),
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Reads the shape of a candidate number; None for shapes no resolution has (`12/2019`,
/// `2010/2011`).
fn parse_form(printed: &str) -> Option<Form> {
    let folded: String = fold(printed)
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect();
    if let Some((head, paren)) = folded.split_once('(') {
        let inner = paren.strip_suffix(')')?;
        let digits: String = head.chars().take_while(char::is_ascii_digit).collect();
        let number: u32 = digits.parse().ok()?;
        if number == 0 {
            return None;
        }
        if inner.len() == 4 && inner.bytes().all(|b| b.is_ascii_digit()) {
            let year: u32 = inner.parse().ok()?;
            return (1946..=2100)
                .contains(&year)
                .then_some(Form::Council { number, year });
        }
        return Some(Form::Old {
            number,
            session: old_session(&inner.replace('‑', "-"))?,
        });
    }
    if folded.len() <= 4 && !folded.is_empty() && folded.bytes().all(|b| b.is_ascii_digit()) {
        let number: u32 = folded.parse().ok()?;
        return (number >= 100).then_some(Form::CouncilNoYear { number });
    }
    // Cyrillic С in `С-35/1` is the letter S, though it looks like C.
    // Arabic prints special sessions `دإ-27/1` (emergency: `دإط-`).
    let (special, rest) = if let Some(rest) = folded
        .strip_prefix("ES-")
        .or_else(|| folded.strip_prefix("EC-"))
        .or_else(|| folded.strip_prefix("دإط-"))
    {
        ("ES-", rest)
    } else if let Some(rest) = folded
        .strip_prefix("S-")
        .or_else(|| folded.strip_prefix("C-"))
        .or_else(|| folded.strip_prefix("دإ-"))
    {
        ("S-", rest)
    } else {
        ("", folded.as_str())
    };
    let (left, right) = rest.split_once('/')?;
    let digits_end = right
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(right.len());
    let (number_text, part) = right.split_at(digits_end);
    let part = arabic_part(part).unwrap_or_else(|| part.to_string());
    if part.chars().any(|c| !c.is_ascii_uppercase() && c != '-') {
        return None;
    }
    if left.starts_with('0') || number_text.starts_with('0') {
        return None;
    }
    let first: u32 = left.parse().ok()?;
    let number: u32 = number_text.parse().ok()?;
    if !(1..=999).contains(&number) {
        return None;
    }
    if special.is_empty() && (1946..=2100).contains(&first) {
        return part.is_empty().then_some(Form::Year {
            year: first,
            number,
        });
    }
    if !(1..=99).contains(&first) {
        return None;
    }
    Some(Form::Session {
        special,
        session: first,
        number,
        part,
    })
}

/// Where the trigger word starts in `before`, if the text ends with one.
fn trigger_start(before: &str) -> Option<usize> {
    TRIGGER
        .captures(before)
        .and_then(|c| c.name("word"))
        .map(|w| w.start())
}

/// The session of an old-style number in roman numerals: `XV`; Arabic prints `د-15`
/// (`دإ-4` for the fourth special session, `S-IV`).
fn old_session(inner: &str) -> Option<String> {
    let arabic = inner
        .strip_prefix("دإط-")
        .map(|n| ("ES-", n))
        .or_else(|| inner.strip_prefix("دإ-").map(|n| ("S-", n)))
        .or_else(|| inner.strip_prefix("د-").map(|n| ("", n)));
    match arabic {
        Some((special, n)) => {
            let n: u32 = n.parse().ok().filter(|n| (1..=60).contains(n))?;
            let roman = crate::document::roman_label(n).to_ascii_uppercase();
            Some(format!("{special}{roman}"))
        }
        None => Some(inner.to_string()),
    }
}

/// The Latin letter of a part spelled out in Arabic (`باء` -> `B`).
fn arabic_part(word: &str) -> Option<String> {
    let index = ARABIC_PARTS.iter().position(|p| *p == word)?;
    let letter = u8::try_from(index).ok().map(|i| char::from(b'A' + i))?;
    Some(letter.to_string())
}

/// A chain opened by a trigger word right before `start`, with its kind and the organs named
/// around the word.
fn open_chain(text: &str, start: usize, ctx: &Context) -> Option<Chain> {
    let before = behind(text, start);
    let caps = TRIGGER.captures(before)?;
    let word = caps.name("word")?;
    let lower = word.as_str().to_lowercase();
    let kind = if lower.starts_with('d') || lower.starts_with("реш") || lower.contains("مقرر")
    {
        CitationKind::Decision
    } else {
        CitationKind::Resolution
    };
    let prior = before.get(..word.start()).unwrap_or("");
    let mut hints = english_hints(prior);
    if let Some(between) = caps.name("between") {
        hints = hints.with(between_hints(between.as_str()));
    }
    if hints.is_empty() {
        hints = adopted_by(prior);
    }
    if hints.is_empty()
        && ctx.body != Some(Body::HumanRightsCouncil)
        && (mentions_hrc(prior) || cites_hrc_report(prior))
    {
        hints = Hints::HRC_NEARBY;
    }
    let possessive = POSSESSIVE.is_match(prior) || lower.ends_with("ها") || lower.ends_with("هما");
    Some(Chain {
        kind,
        hints,
        members: Vec::new(),
        hinted: 0,
        possessive,
    })
}

/// `its`, `sa`, `ses`, `su`, `sus`, `свои`, right before a trigger word.
static POSSESSIVE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?:^|[^\p{L}])(?:its|their|sa|ses|leurs?|su|sus|сво\p{L}*|его|их)\s+$")
        .unwrap_or_else(|_| never())
});

/// Whether a footnote cites the Human Rights Council's report to the Assembly just before
/// the trigger (`Supplement No. 53 (A/69/53/Add.1), chap. IV, sect. A, resolution 27/12`):
/// the report of every session is `A/<session>/53`, and the resolutions in it are the
/// Council's.
fn cites_hrc_report(prior: &str) -> bool {
    HRC_REPORT
        .find_iter(prior)
        .last()
        .and_then(|m| prior.get(m.end()..))
        .is_some_and(|rest| rest.len() <= 120 && !rest.contains([';', '；', '؛']))
}

/// The organ named in `the adoption by the Economic Commission for Latin America and the
/// Caribbean of its resolution`, `Noting the adoption, by ... at its seventy-second session,
/// of resolution`: that organ's, not the citing document's.
fn adopted_by(prior: &str) -> Hints {
    let Some(organ) = ADOPTED_BY_BEFORE
        .captures(prior)
        .and_then(|c| c.name("organ"))
    else {
        return Hints::default();
    };
    let organ = organ.as_str().trim();
    const KNOWN: [(&str, Hints); 4] = [
        ("Human Rights Council", Hints::HRC),
        ("Security Council", Hints::SC),
        ("Economic and Social Council", Hints::ECOSOC),
        ("General Assembly", Hints::GA),
    ];
    for (name, hints) in KNOWN {
        if organ == name || organ.strip_prefix(name).is_some_and(|r| r.starts_with(',')) {
            return hints;
        }
    }
    Hints::UNKNOWN
}

/// Whether the sentence before a trigger names the Human Rights Council (`established by
/// the Human Rights Council in its resolution 39/2`).
fn mentions_hrc(prior: &str) -> bool {
    let sentence = prior.rsplit(['.', ';', '。', '；']).next().unwrap_or(prior);
    if sentence.contains(['\u{a0}', '\u{202f}']) {
        // `Consejo de Derechos Humanos` with no-break spaces.
        let spaced = sentence.replace(['\u{a0}', '\u{202f}'], " ");
        return HRC_NAMES.iter().any(|n| spaced.contains(n));
    }
    HRC_NAMES.iter().any(|n| sentence.contains(n))
}

const HRC_NAMES: [&str; 11] = [
    "人权理事会",
    "Советом по правам человека",
    "Совету по правам человека",
    "Совете по правам человека",
    "HRC",
    "Human Rights Council",
    "Conseil des droits de l",
    "Consejo de Derechos Humanos",
    "Совет по правам человека",
    "Совета по правам человека",
    "مجلس حقوق الإنسان",
];

/// A pattern that never matches, should a fixed one fail to compile.
fn never() -> regex::Regex {
    super::phrases::never()
}

/// The paragraph named before the trigger word that opens a chain at `start`.
fn open_pinpoint(text: &str, start: usize) -> Option<String> {
    let before = behind(text, start);
    let caps = TRIGGER.captures(before)?;
    let word = caps.name("word")?;
    let prior = before.get(..word.start())?;
    PINPOINT_BEFORE
        .captures(prior)
        .and_then(|c| c.name("pin"))
        .map(|m| clean_pin(m.as_str()))
}

/// `3 (b)` -> `3(b)`.
fn clean_pin(printed: &str) -> String {
    printed.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Words that may start an English title-case run without naming an organ.
fn is_non_body(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "See",
        "Also",
        "Further",
        "Recalls",
        "Recall",
        "Reaffirms",
        "Reaffirm",
        "Welcomes",
        "Welcome",
        "Notes",
        "Note",
        "Decides",
        "Requests",
        "Calls",
        "Urges",
        "Stresses",
        "Emphasizes",
        "Reiterates",
        "Invites",
        "Encourages",
        "Endorses",
        "Takes",
        "Approves",
        "Adopts",
        "Expresses",
        "Acknowledges",
        "Underlines",
        "Condemns",
        "Supports",
        "Affirms",
        "Recognizes",
        "Reminds",
        "Commends",
        "Appreciates",
        "Deplores",
        "In",
        "Under",
        "Pursuant",
        "The",
        "And",
        "Its",
        "By",
        "With",
        "To",
        "As",
        "Cf",
        "Ibid",
        "Annex",
        "Part",
        "Section",
        "Chapter",
        "Paragraph",
        "Paragraphs",
        "Resolution",
        "Resolutions",
        "Decision",
        "Decisions",
        "Moreover",
        "Including",
        "Previous",
        "Relevant",
        "All",
        "On",
        "Of",
        "For",
        "That",
        "This",
        "These",
        "Those",
        "Its",
        "Their",
        "Draft",
    ];
    word.ends_with("ing")
        || WORDS.contains(&word)
        || crate::document::roman_value(&word.to_ascii_lowercase()).is_some()
}

/// Whether a title-case word ends the name of an organ (`Commission`, `Assembly`, `Drugs`
/// in `Commission on Narcotic Drugs`, an acronym such as `UNEP`); other title-case words
/// before a trigger (`Voir`, `La`, `Recalling`) name nothing.
fn is_organ_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "Assembly",
        "Council",
        "Commission",
        "Conference",
        "Organization",
        "Organisation",
        "Board",
        "Committee",
        "Programme",
        "Convention",
        "Parties",
        "Forum",
        "Agency",
        "Union",
        "Fund",
        "Bank",
        "Court",
        "Tribunal",
        "Group",
        "Meeting",
        "Justice",
        "Drugs",
        "Women",
        "Development",
        "Diversity",
        "Pacific",
        "Africa",
        "Asia",
        "Europe",
        "Caribbean",
        "Americas",
        "Population",
        "Habitat",
        "Environment",
        "Statistics",
        "Health",
        "Congress",
        "Authority",
        "Summit",
        "Secretariat",
    ];
    WORDS.contains(&word)
        || (word.len() >= 2
            && word != "UN"
            && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
            && crate::document::roman_value(&word.to_ascii_lowercase()).is_none())
}

/// Organs named in English before a trigger word.
fn english_hints(prior: &str) -> Hints {
    let Some(run) = EN_TITLE_RUN.captures(prior).and_then(|c| c.name("run")) else {
        return Hints::default();
    };
    let run = run.as_str();
    const KNOWN: [(&str, Hints); 5] = [
        ("Human Rights Council", Hints::HRC),
        ("Security Council", Hints::SC),
        ("Economic and Social Council", Hints::ECOSOC),
        ("Commission on Human Rights", Hints::CHR),
        ("General Assembly", Hints::GA),
    ];
    let mut hints = Hints::default();
    for (name, flag) in KNOWN {
        if run.contains(name) {
            hints = hints.with(flag);
        }
    }
    if KNOWN.iter().any(|(name, _)| run.ends_with(name)) {
        return hints;
    }
    let words: Vec<&str> = run.split_whitespace().collect();
    let Some((&last, rest)) = words.split_last() else {
        return hints;
    };
    if is_non_body(last) {
        return hints;
    }
    let named_before = rest.last().is_some_and(|w| !is_non_body(w));
    let flag = match last {
        "GA" | "UNGA" => Hints::GA,
        "HRC" => Hints::HRC,
        "ECOSOC" => Hints::ECOSOC,
        "UNSC" => Hints::SC,
        "Assembly" if !named_before => Hints::GA,
        "Council" if !named_before => Hints::COUNCIL,
        _ if is_organ_word(last) => Hints::UNKNOWN,
        _ => Hints::default(),
    };
    hints.with(flag)
}

/// Organs named between a trigger word and the number (Russian, Arabic, some French and
/// Spanish).
fn between_hints(between: &str) -> Hints {
    const TABLE: [(&str, Hints); 20] = [
        ("Генеральной", Hints::GA),
        ("العامة", Hints::GA),
        ("générale", Hints::GA),
        ("Asamblea General", Hints::GA),
        ("Безопасности", Hints::SC),
        ("الأمن", Hints::SC),
        ("sécurité", Hints::SC),
        ("Seguridad", Hints::SC),
        ("Комиссии", Hints::CHR),
        ("لجنة", Hints::CHR),
        ("правам", Hints::HRC),
        ("حقوق", Hints::HRC),
        ("droits de l", Hints::HRC),
        ("Derechos Humanos", Hints::HRC),
        ("Социального", Hints::ECOSOC),
        ("الاقتصادي", Hints::ECOSOC),
        ("économique", Hints::ECOSOC),
        ("Económico", Hints::ECOSOC),
        ("Ассамбл", Hints::GA),
        ("الجمعية", Hints::GA),
    ];
    let b = between.trim();
    if b.is_empty() {
        return Hints::default();
    }
    TABLE
        .iter()
        .find(|(word, _)| b.contains(word))
        .map(|(_, hints)| *hints)
        .unwrap_or(Hints::COUNCIL)
}

/// The organ named right after a number (`de l'Assemblée générale`).
fn body_after(after: &str) -> Option<Hints> {
    let caps = BODY_AFTER.captures(after)?;
    // `adopted by the General Assembly of the World Tourism Organization`.
    if caps.name("ga").is_some()
        && caps
            .get(0)
            .and_then(|m| after.get(m.end()..))
            .is_some_and(|rest| NOT_THE_ASSEMBLY.is_match(rest))
    {
        return Some(Hints::UNKNOWN);
    }
    let table = [
        ("ga", Hints::GA),
        ("sc", Hints::SC),
        ("hrc", Hints::HRC),
        ("ecosoc", Hints::ECOSOC),
        ("chr", Hints::CHR),
        ("unknown", Hints::UNKNOWN),
        ("unknown_first", Hints::UNKNOWN),
        ("council", Hints::COUNCIL),
    ];
    table
        .into_iter()
        .find(|(name, _)| caps.name(name).is_some())
        .map(|(_, hints)| hints)
}

/// Organs named before a Chinese list (`人权理事会第`).
fn zh_hints(gap_before: &str) -> Hints {
    let Some(body) = ZH_BODY.captures(gap_before).and_then(|c| c.name("body")) else {
        return Hints::default();
    };
    let body = body.as_str();
    if body.contains("关于") {
        // `关于审查人权理事会的第 65/281 号决议`: the organ is the topic, not the author.
        return Hints::default();
    }
    if body.ends_with("安全理事会") || body.ends_with("安理会") {
        Hints::SC
    } else if body.ends_with("人权理事会") {
        Hints::HRC
    } else if body.ends_with("经济及社会理事会") || body.ends_with("经社理事会") {
        Hints::ECOSOC
    } else if body.ends_with("人权委员会") {
        Hints::CHR
    } else if body.ends_with("大会") {
        const OTHERS: [&str; 5] = ["环境大会", "卫生大会", "人居大会", "缔约方大会", "世界大会"];
        if OTHERS.iter().any(|o| body.ends_with(o)) {
            Hints::UNKNOWN
        } else {
            Hints::GA
        }
    } else if body.ends_with("理事会") {
        const OTHERS: [&str; 3] = ["管理理事会", "执行理事会", "托管理事会"];
        if OTHERS.iter().any(|o| body.ends_with(o)) {
            Hints::UNKNOWN
        } else {
            Hints::COUNCIL
        }
    } else {
        Hints::UNKNOWN
    }
}

/// Feeds a number that no trigger word opened to the Chinese list reader.
fn zh_step(
    text: &str,
    gap: &str,
    member: Member,
    pending: &mut Pending,
    ctx: &Context,
    out: &mut Vec<Citation>,
) {
    let after = ahead(text, member.range.end);
    let continuing = !pending.members.is_empty() && ZH_GLUE.is_match(gap);
    let Some(caps) = ZH_AFTER.captures(after) else {
        pending.members.clear();
        return;
    };
    if !continuing {
        pending.members.clear();
        let before = behind(text, member.range.start);
        pending.hints = zh_hints(before);
        if pending.hints.is_empty()
            && ctx.body != Some(Body::HumanRightsCouncil)
            && (mentions_hrc(before) || cites_hrc_report(before))
        {
            pending.hints = Hints::HRC_NEARBY;
        }
    }
    pending.members.push(member);
    if caps.name("more").is_some() {
        return;
    }
    let kind = match caps.name("kind").map(|k| k.as_str()) {
        Some("决定") => CitationKind::Decision,
        _ => CitationKind::Resolution,
    };
    let pin = caps.name("pin").map(|m| clean_pin(m.as_str()));
    let count = pending.members.len();
    for (i, m) in pending.members.drain(..).enumerate() {
        let pinpoint = if i + 1 == count { pin.clone() } else { None };
        let reading = Reading {
            kind,
            hints: pending.hints,
            year: m.year,
            own: false,
            arabic: false,
        };
        if let Some(symbol) = resolve(&m.form, &reading, ctx) {
            out.push(Citation {
                range: m.range,
                kind: super::kind_of(&symbol),
                symbol,
                pinpoint,
            });
        }
    }
}

/// Emits the chain's members.
fn flush(chain: &mut Option<Chain>, ctx: &Context, arabic: bool, out: &mut Vec<Citation>) {
    let Some(done) = chain.take() else { return };
    // A list of the Assembly's resolutions whose dates fit their sessions is the Assembly's,
    // and one date that does not (`63/272 от 7 апреля 2019 года` among 2008 and 2010) is a
    // slip of the text, not another organ's number.
    let (fit, misfit) = done
        .members
        .iter()
        .filter_map(|m| match (&m.form, m.year) {
            (
                Form::Session {
                    special: "",
                    session,
                    ..
                },
                Some(y),
            ) => Some(assembly_session_fits(*session, Some(y), false)),
            _ => None,
        })
        .fold(
            (0, 0),
            |(f, n), fits| if fits { (f + 1, n) } else { (f, n + 1) },
        );
    let assembly_list = fit >= 2 && fit > 2 * misfit;
    // `резолюций 34/24 Совета по правам человека ... и 40/20`: numbers after one the Human
    // Rights Council is named after may be the Council's too, where they fit its numbering.
    let mut after_council = false;
    for m in done.members {
        let unnamed = if done.hints.is_empty() && after_council {
            Hints::HRC_NEARBY
        } else {
            done.hints
        };
        after_council |= m.hints == Some(Hints::HRC);
        let reading = Reading {
            kind: done.kind,
            hints: m.hints.unwrap_or(unnamed),
            year: m.year,
            own: (done.possessive || assembly_list) && m.hints.is_none(),
            arabic,
        };
        if let Some(symbol) = resolve(&m.form, &reading, ctx) {
            out.push(Citation {
                range: m.range,
                kind: super::kind_of(&symbol),
                symbol,
                pinpoint: m.pinpoint,
            });
        }
    }
}

/// The canonical symbol of a cited number, or None where no document can have it: another
/// organ's resolution (`resolution 4/6 of the United Nations Environment Assembly`), a
/// General Assembly number from before its 31st session (`A/RES/14/221`: the Assembly then
/// numbered its resolutions `217 (III)`), a date that does not fit the session.
fn resolve(form: &Form, r: &Reading, ctx: &Context) -> Option<String> {
    let hints = r.hints;
    if hints.only_unknown() {
        return None;
    }
    let series = if r.kind == CitationKind::Decision {
        "DEC"
    } else {
        "RES"
    };
    match form {
        Form::Council { number, year } => Some(format!("S/RES/{number} ({year})")),
        Form::CouncilNoYear { number } => {
            (r.kind == CitationKind::Resolution).then(|| format!("S/RES/{number}"))
        }
        Form::Old { number, session } => {
            if hints.has(Hints::ECOSOC) {
                Some(format!("E/RES/{number}({session})"))
            } else {
                super::old_assembly_number_fits(*number, session)
                    .then(|| format!("A/RES/{number}({session})"))
            }
        }
        Form::Year { year, number } => {
            if hints.has(Hints::CHR) {
                Some(format!("E/CN.4/{series}/{year}/{number}"))
            } else {
                Some(format!("E/{series}/{year}/{number}"))
            }
        }
        Form::Session {
            special,
            session,
            number,
            part,
        } => {
            let (session, number) = (*session, *number);
            let hrc_plausible = session <= 70 && number <= 150 && special != &"ES-";
            // HRC resolutions run to about 60 a session, decisions from 101.
            let hrc_likely = session <= 65
                && if r.kind == CitationKind::Decision {
                    (101..=150).contains(&number)
                } else {
                    number <= 60
                };
            let hrc = if *special == "ES-" {
                false
            } else if hints == Hints::HRC_NEARBY {
                hrc_likely
            } else if hints.has(Hints::HRC) && hints.has(Hints::GA) {
                hrc_plausible && number < 100
            } else if hints.has(Hints::HRC) || hints.has(Hints::COUNCIL) {
                true
            } else if hints.has(Hints::GA) {
                false
            } else if !hints.is_empty() {
                // Only organs that never number resolutions this way were named.
                return None;
            } else {
                ctx.body == Some(Body::HumanRightsCouncil) && hrc_plausible
            };
            if hrc {
                // The Council's special sessions are numbered apart (`S-27/1` of 2017).
                let year_fits =
                    |s: u32| !special.is_empty() || r.year.is_none_or(|y| council_year_fits(s, y));
                if !year_fits(session) && r.arabic && number <= 70 && year_fits(number) {
                    // `32/37 المؤرخ 23 آذار/مارس 2018`: resolution 37/32, typed the wrong
                    // way round.
                    return Some(format!("A/HRC/{series}/{number}/{session}{part}"));
                }
                if year_fits(session) || hints != Hints::HRC_NEARBY {
                    return Some(format!("A/HRC/{series}/{special}{session}/{number}{part}"));
                }
            }
            if !special.is_empty() {
                return Some(format!("A/{series}/{special}{session}/{number}{part}"));
            }
            // Named as the Assembly's own: a date that does not fit is the text's slip, and
            // the number is still the Assembly's.
            let named = hints.has(Hints::GA) || r.own;
            if assembly_session_fits(session, r.year, named) {
                return Some(format!("A/{series}/{session}/{number}{part}"));
            }
            if r.arabic && swapped_fits(session, number, r.year, named) {
                return Some(format!("A/{series}/{number}/{session}{part}"));
            }
            None
        }
    }
}

/// Whether `session/number` can be a General Assembly resolution or decision of that date:
/// the Assembly numbers them so from its 31st session (1976), and session `s` meets from
/// September of 1945 + `s` into the next year. A date is only checked where the Assembly is
/// not named (`resolution 72/7 of 19 May 2016` is a regional commission's).
fn assembly_session_fits(session: u32, year: Option<u32>, named: bool) -> bool {
    session >= super::FIRST_NUMBERED_SESSION
        && (named || year.is_none_or(|y| y == 1945 + session || y == 1946 + session))
}

/// Whether Arabic `a/b` is the General Assembly's `b/a` typed in the wrong order (`1/79` for
/// 79/1): `a` cannot be a session of the Assembly's numbering, `b` can, and either the date
/// printed with it fits session `b`, or the text names the Assembly (`قرارها`, `قرار الجمعية
/// العامة`), or `b` is past any number another organ gives this way (Human Rights Council
/// resolutions run to about 60 a session).
fn swapped_fits(session: u32, number: u32, year: Option<u32>, named: bool) -> bool {
    if session >= super::FIRST_NUMBERED_SESSION || !(31..=99).contains(&number) {
        return false;
    }
    match year {
        Some(y) => y == 1945 + number || y == 1946 + number,
        None => named || number > 60,
    }
}

/// Whether a Human Rights Council resolution of session `session` can bear a date in `year`:
/// the Council holds three regular sessions a year from 2006 (sessions 43 to 45 in 2020).
fn council_year_fits(session: u32, year: u32) -> bool {
    session >= 1 && year == 2006 + (session - 1) / 3
}

/// The year of the date printed with the number at `start..end`: after it in most languages
/// (`73/266 of 22 December 2018`, `73/266 المؤرخ 22 كانون الأول/ديسمبر 2018`), before it in
/// Chinese (`2018年12月22日第73/266号`).
fn year_of(text: &str, start: usize, end: usize) -> Option<u32> {
    let date = DATE_AFTER
        .captures(ahead(text, end))
        .and_then(|c| c.name("date"))
        .or_else(|| {
            ZH_DATE_BEFORE
                .captures(behind(text, start))
                .and_then(|c| c.name("date"))
        })?;
    let digits: String = date
        .as_str()
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .collect::<String>()
        .split(|c: char| !c.is_ascii_digit())
        .find(|d| d.len() == 4)?
        .to_string();
    digits.parse().ok()
}

/// Adds `paragraph 3 of that resolution` citations, pointing at the resolution cited last
/// before them. `out` must be sorted.
fn add_anaphora(text: &str, out: &mut Vec<Citation>) {
    if !text.contains(['3', '0', '1', '2', '4', '5', '6', '7', '8', '9']) {
        return;
    }
    let mut added = Vec::new();
    for caps in ANAPHORA.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let Some(pin) = caps.name("pin").or_else(|| caps.name("zhpin")) else {
            continue;
        };
        let last = out
            .iter()
            .rev()
            .find(|c| c.range.end <= whole.start() && c.kind == CitationKind::Resolution);
        if let Some(cited) = last {
            added.push(Citation {
                range: whole.range(),
                symbol: cited.symbol.clone(),
                kind: CitationKind::Resolution,
                pinpoint: Some(clean_pin(pin.as_str())),
            });
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_by_key(|c| (c.range.start, c.range.end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(
            parse_form("73/266"),
            Some(Form::Session {
                special: "",
                session: 73,
                number: 266,
                part: String::new()
            })
        );
        assert_eq!(
            parse_form("2020/1"),
            Some(Form::Year {
                year: 2020,
                number: 1
            })
        );
        assert_eq!(
            parse_form("2334 (2016)"),
            Some(Form::Council {
                number: 2334,
                year: 2016
            })
        );
        assert_eq!(
            parse_form("217 A (III)"),
            Some(Form::Old {
                number: 217,
                session: "III".into()
            })
        );
        assert_eq!(parse_form("12/2019"), None);
        assert_eq!(parse_form("2010/2011"), None);
        assert_eq!(parse_form("150/3"), None);
        assert!(matches!(
            parse_form("С-35/1"),
            Some(Form::Session { special: "S-", .. })
        ));
    }

    #[test]
    fn english_organs() {
        assert_eq!(english_hints("Recalling Human Rights Council "), Hints::HRC);
        assert_eq!(english_hints("Welcoming "), Hints::default());
        assert_eq!(english_hints("in Assembly "), Hints::GA);
        assert_eq!(
            english_hints("United Nations Environment Assembly "),
            Hints::UNKNOWN
        );
        assert_eq!(
            english_hints("Commission on Narcotic Drugs "),
            Hints::UNKNOWN
        );
        assert_eq!(
            english_hints("submitted pursuant to Council "),
            Hints::COUNCIL
        );
        assert_eq!(
            english_hints("Reaffirming General Assembly and Security Council "),
            Hints::GA.with(Hints::SC)
        );
    }

    #[test]
    fn dates_fit_sessions() {
        // General Assembly: session 73 met from September 2018 into 2019.
        for (session, year, named, fits) in [
            (73, Some(2018), false, true),
            (73, Some(2019), false, true),
            (73, Some(2016), false, false),
            (73, Some(2016), true, true),
            (73, None, false, true),
            (30, None, true, false),
            (14, Some(1959), true, false),
        ] {
            assert_eq!(
                assembly_session_fits(session, year, named),
                fits,
                "{session} {year:?}"
            );
        }
        // Human Rights Council: three sessions a year from 2006.
        for (session, year, fits) in [
            (1, 2006, true),
            (7, 2008, true),
            (23, 2013, true),
            (23, 2014, false),
            (43, 2020, true),
            (45, 2020, true),
            (46, 2021, true),
            (58, 2025, true),
            (32, 2018, false),
        ] {
            assert_eq!(council_year_fits(session, year), fits, "{session} {year}");
        }
        // Arabic `a/b` read as the Assembly's `b/a`.
        for (session, number, year, named, fits) in [
            (1, 79, Some(2024), false, true),
            (1, 79, Some(2016), false, false),
            (1, 79, None, false, true),
            (21, 33, None, false, false),
            (21, 33, None, true, true),
            (4, 14, Some(2018), false, false),
            (40, 20, None, true, false),
        ] {
            assert_eq!(
                swapped_fits(session, number, year, named),
                fits,
                "{session}/{number}"
            );
        }
    }

    #[test]
    fn years_printed_with_numbers() {
        for (text, printed, year) in [
            (
                "resolution 73/266 of 22 December 2018,",
                "73/266",
                Some(2018),
            ),
            ("résolution 43/1 du 19 juin 2020", "43/1", Some(2020)),
            (
                "resoluciones 43/26, de 22 de junio de 2020",
                "43/26",
                Some(2020),
            ),
            ("резолюции 40/20 от 22 марта 2019 года", "40/20", Some(2019)),
            (
                "القرار 1/79 المؤرخ 13 أيلول/سبتمبر 2024",
                "1/79",
                Some(2024),
            ),
            ("2016年5月27日关于沙尘暴的第2/21号决议", "2/21", Some(2016)),
            ("2017年12月24日第72/255号", "72/255", Some(2017)),
            ("resolution 73/266 and 74/1 of 2019", "73/266", None),
        ] {
            let start = text.find(printed).unwrap();
            assert_eq!(year_of(text, start, start + printed.len()), year, "{text}");
        }
    }

    #[test]
    fn boundaries() {
        let t = "on 12/12/2019 and 73/266.";
        assert!(!boundary_ok(t, 3, 8));
        assert!(boundary_ok(t, 18, 24));
    }
}
