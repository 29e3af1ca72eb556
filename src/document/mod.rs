//! The document model: one resolution, parsed once, owned, independent of any format.
//!
//! A paragraph keeps its plain text (footnote markers removed) plus annotations that point
//! into it by byte range: styles (bold/italic as printed), footnote references (a position)
//! and citations (a range). Search, diff and rendering all work from the same text.

mod cite_as;
pub mod find;
mod reference;
pub mod script;
pub mod states;
pub mod synthetic;

use serde::{Deserialize, Serialize};
use std::ops::Range;

pub use cite_as::citation;
pub use reference::{
    SectionLabel, label_ordinal, letter_label, letter_ordinal, ordinal_at_depth, parse_ref,
    reference_key, roman_label, roman_value, section_label, subparagraph_id,
};

/// One of the six official languages of the United Nations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

impl Language {
    /// All six, in the UN's alphabetical order of their English names (as documents list them).
    pub const ALL: [Language; 6] = [
        Language::Ar,
        Language::Zh,
        Language::En,
        Language::Fr,
        Language::Ru,
        Language::Es,
    ];

    /// ISO 639-1 code: `ar`, `zh`, `en`, `fr`, `ru`, `es`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::Zh => "zh",
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ru => "ru",
            Language::Es => "es",
        }
    }

    /// Parses an ISO 639-1 or 639-2 code, or the UN's one-letter document suffix
    /// (`A C E F R S`), case-insensitively.
    pub fn from_code(code: &str) -> Option<Language> {
        let lower = code.trim().to_ascii_lowercase();
        Some(match lower.as_str() {
            "ar" | "ara" | "a" => Language::Ar,
            "zh" | "zho" | "chi" | "ch" | "c" => Language::Zh,
            "en" | "eng" | "e" => Language::En,
            "fr" | "fra" | "fre" | "f" => Language::Fr,
            "ru" | "rus" | "r" => Language::Ru,
            "es" | "spa" | "s" => Language::Es,
            _ => return None,
        })
    }

    /// The language's own name, as a delegate would look for it in a menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Ar => "العربية",
            Language::Zh => "中文",
            Language::En => "English",
            Language::Fr => "Français",
            Language::Ru => "Русский",
            Language::Es => "Español",
        }
    }

    /// Whether text in this language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Language::Ar
    }

    /// Whether words are written without spaces between them (diff and search work on
    /// characters instead of words).
    pub fn is_cjk(self) -> bool {
        self == Language::Zh
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The organ that adopted (or is considering) the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Body {
    GeneralAssembly,
    SecurityCouncil,
    HumanRightsCouncil,
    EconomicAndSocialCouncil,
}

impl Body {
    /// English name, for headers and tables.
    pub fn name(self) -> &'static str {
        match self {
            Body::GeneralAssembly => "General Assembly",
            Body::SecurityCouncil => "Security Council",
            Body::HumanRightsCouncil => "Human Rights Council",
            Body::EconomicAndSocialCouncil => "Economic and Social Council",
        }
    }

    /// The message that names it in every language (`body-general-assembly`).
    pub fn message_key(self) -> &'static str {
        match self {
            Body::GeneralAssembly => "body-general-assembly",
            Body::SecurityCouncil => "body-security-council",
            Body::HumanRightsCouncil => "body-human-rights-council",
            Body::EconomicAndSocialCouncil => "body-economic-and-social-council",
        }
    }
}

/// Where a document came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// AKN4UN XML.
    AkomaNtoso,
    /// A markdown or plain text export of a PDF.
    Text,
    /// A PDF as published.
    Pdf,
    /// A Word file (`.docx`): drafts as they are negotiated.
    Docx,
}

impl Format {
    /// The name used on the command line and in `--json` output.
    pub fn name(self) -> &'static str {
        match self {
            Format::AkomaNtoso => "akoma-ntoso",
            Format::Text => "text",
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }
}

/// What the document says about itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// Canonical symbol, e.g. `A/RES/75/32`, `S/RES/2532 (2020)`, `A/C.3/78/L.41`.
    pub symbol: Option<String>,
    pub body: Option<Body>,
    /// Session as printed in the cover page (`Seventy-fifth session`, `第七十五届会议`).
    pub session_text: Option<String>,
    /// Session number (`75`); for the Security Council, the year.
    pub session: Option<u32>,
    /// Agenda items as printed (`Agenda item 98`), possibly several.
    pub agenda_items: Vec<String>,
    /// Adoption date, ISO 8601 (`2020-12-07`).
    pub adopted: Option<String>,
    /// Adoption meeting as printed (`37th plenary meeting`, `第 37 次全体会议`).
    pub meeting: Option<String>,
    /// The committee report the resolution was adopted on (`A/75/394, para. 17`), as printed.
    pub committee_report: Option<String>,
    /// The resolution's number as printed before its title (`75/32`, `2532 (2020)`).
    pub number: Option<String>,
    pub title: Option<String>,
    pub language: Option<Language>,
    /// Symbol of the draft this text was adopted from (`A/C.1/75/L.4`), where known.
    pub draft_symbol: Option<String>,
    /// Whether the text is a draft rather than an adopted resolution.
    pub is_draft: bool,
    /// How it was adopted (the file's `analysis/parliamentary/voting`), where it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub votes: Option<Votes>,
    /// The member states that sponsored the draft, as the file names them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sponsors: Vec<String>,
    /// Those that joined as sponsors later.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub additional_sponsors: Vec<String>,
    /// The steps of its life as the file records them: draft, recommendation, adoption.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workflow: Vec<WorkflowStep>,
}

/// A fact of [`Metadata::facts`] that needs words around it.
enum Fact<'a> {
    Body(Body),
    /// ISO 8601.
    Adopted(&'a str),
    Report(&'a str),
    DraftSymbol(&'a str),
    Draft,
}

/// How a member state voted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vote {
    InFavour,
    Against,
    Abstaining,
}

impl Vote {
    pub const ALL: [Vote; 3] = [Vote::InFavour, Vote::Against, Vote::Abstaining];

    /// The name used in `--json` output: `in_favour`, `against`, `abstaining`.
    pub fn name(self) -> &'static str {
        match self {
            Vote::InFavour => "in_favour",
            Vote::Against => "against",
            Vote::Abstaining => "abstaining",
        }
    }

    /// How the records say it: `In favour`, `Against`, `Abstaining`.
    pub fn label(self) -> &'static str {
        match self {
            Vote::InFavour => "In favour",
            Vote::Against => "Against",
            Vote::Abstaining => "Abstaining",
        }
    }

    /// A symbol that tells the vote without colour: `+`, `−`, `○`.
    pub fn symbol(self) -> &'static str {
        match self {
            Vote::InFavour => "+",
            Vote::Against => "−",
            Vote::Abstaining => "○",
        }
    }
}

/// The record of a vote.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Votes {
    /// `recorded`, `without vote`, or the file's own word when neither (`VOTING BY MAIL`).
    pub outcome: String,
    pub in_favour: Option<u32>,
    pub against: Option<u32>,
    pub abstaining: Option<u32>,
    /// The member states that voted in favour, as the file names them.
    pub in_favour_states: Vec<String>,
    pub against_states: Vec<String>,
    pub abstaining_states: Vec<String>,
}

impl Votes {
    /// Whether the states' votes were recorded (not adopted without a vote).
    pub fn is_recorded(&self) -> bool {
        self.outcome == "recorded"
    }

    /// The count of a vote as the file gives it, else the number of states listed.
    pub fn count(&self, vote: Vote) -> Option<u32> {
        let (count, states) = match vote {
            Vote::InFavour => (self.in_favour, &self.in_favour_states),
            Vote::Against => (self.against, &self.against_states),
            Vote::Abstaining => (self.abstaining, &self.abstaining_states),
        };
        count.or_else(|| (!states.is_empty()).then_some(states.len() as u32))
    }

    pub fn states(&self, vote: Vote) -> &[String] {
        match vote {
            Vote::InFavour => &self.in_favour_states,
            Vote::Against => &self.against_states,
            Vote::Abstaining => &self.abstaining_states,
        }
    }

    /// How a state voted, its name compared without regard to case (`Canada`, `CANADA`).
    pub fn vote_of(&self, state: &str) -> Option<Vote> {
        // A name in any of the six languages (`Canadá`, `加拿大`) by its English one.
        let wanted = state_key(states::english_name(state).unwrap_or(state));
        Vote::ALL
            .into_iter()
            .find(|&v| self.states(v).iter().any(|s| state_key(s) == wanted))
    }

    /// `163–10–7` (in favour, against, abstaining), or None without counts.
    pub fn tally(&self) -> Option<String> {
        tally(|v| self.count(v))
    }
}

/// A vote's counts as delegates write them, `163–10–7` (in favour, against, abstaining;
/// `?` for a count not known), or None without a count in favour.
pub fn tally(count: impl Fn(Vote) -> Option<u32>) -> Option<String> {
    let n = |v| count(v).map_or("?".to_string(), |c| c.to_string());
    count(Vote::InFavour).map(|_| {
        format!(
            "{}–{}–{}",
            n(Vote::InFavour),
            n(Vote::Against),
            n(Vote::Abstaining)
        )
    })
}

/// A state's name as compared: letters and digits, lower case, apostrophes and spaces
/// folded (`CÔTE D'IVOIRE` and `Côte d’Ivoire` are one state).
pub fn state_key(name: &str) -> String {
    let name = name.trim();
    let name = name.strip_prefix("the ").unwrap_or(name);
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Names of states that hold a conjunction themselves: a list is not split inside them.
const JOINED_NAMES: [&str; 24] = [
    "antigua and barbuda",
    "bosnia and herzegovina",
    "saint kitts and nevis",
    "saint vincent and the grenadines",
    "sao tome and principe",
    "trinidad and tobago",
    "united kingdom of great britain and northern ireland",
    "royaume-uni de grande-bretagne et d'irlande du nord",
    "royaume-uni de grande-bretagne et d’irlande du nord",
    "antigua y barbuda",
    "bosnia y herzegovina",
    "saint kitts y nevis",
    "san vicente y las granadinas",
    "santo tomé y príncipe",
    "trinidad y tabago",
    "reino unido de gran bretaña e irlanda del norte",
    "антигуа и барбуда",
    "босния и герцеговина",
    "сент-китс и невис",
    "сент-винсент и гренадины",
    "сан-томе и принсипи",
    "тринидад и тобаго",
    "соединенное королевство великобритании и северной ирландии",
    "соединённое королевство великобритании и северной ирландии",
];

/// The states of a list as the records print it (`Albania, Australia and the United Kingdom
/// of Great Britain and Northern Ireland`): split at commas and at the last conjunction, never
/// inside a name that holds one (`Trinidad and Tobago`); a leading `the` dropped.
pub fn split_states(text: &str) -> Vec<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    for chunk in text.split([',', ';', '،', '、', '；', '，']) {
        let chunk = chunk.trim().trim_end_matches(['.', ']', '。']).trim();
        if chunk.is_empty() {
            continue;
        }
        let lower = chunk.to_lowercase();
        // Where the names that hold a conjunction are (the lowercase text keeps byte offsets
        // for these scripts only approximately, so positions are found in it and mapped by
        // character count).
        let mut protected: Vec<std::ops::Range<usize>> = Vec::new();
        for name in JOINED_NAMES {
            let mut from = 0;
            while let Some(at) = lower[from..].find(name) {
                protected.push(from + at..from + at + name.len());
                from += at + name.len();
            }
        }
        let mut cuts = Vec::new();
        for conj in [" and ", " et ", " y ", " e ", " и ", " و"] {
            let mut from = 0;
            while let Some(at) = lower[from..].find(conj) {
                let at = from + at;
                if !protected.iter().any(|r| r.contains(&at)) {
                    cuts.push((at, conj.len()));
                }
                from = at + conj.len();
            }
        }
        cuts.sort();
        // Byte offsets in the lowercase text match the original where lowercasing keeps
        // lengths, as it does for the names of states; otherwise the chunk is kept whole.
        if lower.len() != chunk.len() {
            cuts.clear();
        }
        let mut start = 0;
        for (at, len) in cuts {
            if at < start {
                continue;
            }
            out.push(chunk[start..at].to_string());
            start = at + len;
        }
        out.push(chunk[start..].to_string());
    }
    out.into_iter()
        .map(|s| {
            let s = s.trim();
            s.strip_prefix("the ").unwrap_or(s).trim().to_string()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// A step of a resolution's life, as its file records it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WorkflowStep {
    /// The file's word: `draftResolution`, `draftResolutionAdditionalSponsors`,
    /// `recommendedForAdoption`, `adopted`.
    pub step: String,
    /// ISO 8601, where the file gives a real date.
    pub date: Option<String>,
    /// The document of the step: the draft, the committee's report, the meeting's record.
    pub symbol: Option<String>,
}

impl Metadata {
    /// The heading as resolutions print it: `75/32. Advancing responsible State behaviour…`,
    /// or the title or the number alone.
    pub fn heading(&self) -> Option<String> {
        match (&self.number, &self.title) {
            (Some(n), Some(t)) => Some(format!("{n}. {t}")),
            (None, Some(t)) => Some(t.clone()),
            (Some(n), None) => Some(n.clone()),
            (None, None) => None,
        }
    }

    /// What the document says about itself, in the order shown above its text (the reader's
    /// header, `plenary inspect`): body, session, agenda items, adoption date and meeting,
    /// committee report, the draft it was adopted from, and whether it is itself a draft.
    ///
    /// In English with the date as stored (`adopted 2020-12-07`): the command line's output,
    /// which scripts read. The reader says them in the document's language with
    /// [`Metadata::facts_in`].
    pub fn facts(&self) -> Vec<String> {
        self.facts_said(&|fact| match fact {
            Fact::Body(body) => body.name().to_string(),
            Fact::Adopted(date) => format!("adopted {date}"),
            Fact::Report(report) => format!("report {report}"),
            Fact::DraftSymbol(draft) => format!("draft {draft}"),
            Fact::Draft => "draft".into(),
        })
    }

    /// [`Metadata::facts`] in `language` (the document's own, in the reader's header): the
    /// body's name, "adopted" and the date as that language's texts write it, "report",
    /// "draft" (`2020年12月7日通过`, `adoptée le 7 décembre 2020`). What the document prints
    /// itself (session, agenda items, meeting, the report's paragraph) is kept as printed.
    pub fn facts_in(&self, language: Language) -> Vec<String> {
        let say = |key: &str, name: &str, value: &str| {
            crate::i18n::format(language, key, None, &[(name, value.into())])
        };
        self.facts_said(&|fact| match fact {
            Fact::Body(body) => crate::i18n::format(language, body.message_key(), None, &[]),
            Fact::Adopted(date) => {
                say("header-adopted", "date", &crate::i18n::date(language, date))
            }
            Fact::Report(report) => say("header-report", "report", report),
            Fact::DraftSymbol(draft) => say("header-draft-symbol", "symbol", draft),
            Fact::Draft => crate::i18n::format(language, "header-draft", None, &[]),
        })
    }

    /// The facts in their order, with the words around them as `say` puts them.
    fn facts_said(&self, say: &dyn Fn(Fact) -> String) -> Vec<String> {
        let mut facts: Vec<String> = Vec::new();
        if let Some(body) = self.body {
            facts.push(say(Fact::Body(body)));
        }
        facts.extend(self.session_text.iter().cloned());
        facts.extend(self.agenda_items.iter().cloned());
        if let Some(date) = &self.adopted {
            facts.push(say(Fact::Adopted(date)));
        }
        facts.extend(self.meeting.iter().cloned());
        if let Some(report) = &self.committee_report {
            facts.push(say(Fact::Report(report)));
        }
        // A draft's own symbol is its draft symbol too: said once, by the symbol.
        if let Some(draft) = &self.draft_symbol
            && self.symbol.as_ref() != Some(draft)
        {
            facts.push(say(Fact::DraftSymbol(draft)));
        }
        if self.is_draft {
            facts.push(say(Fact::Draft));
        }
        facts
    }

    /// [`Metadata::facts`] on one line, separated by ` · `; after the symbol if `with_symbol`
    /// (the reader's header has no other place for it).
    pub fn facts_line(&self, with_symbol: bool) -> String {
        self.line(with_symbol, self.facts())
    }

    /// [`Metadata::facts_in`] on one line, as [`Metadata::facts_line`]: the reader's header in
    /// the document's language.
    pub fn facts_line_in(&self, language: Language, with_symbol: bool) -> String {
        self.line(with_symbol, self.facts_in(language))
    }

    fn line(&self, with_symbol: bool, facts: Vec<String>) -> String {
        let symbol = self.symbol.iter().filter(|_| with_symbol).cloned();
        symbol.chain(facts).collect::<Vec<_>>().join(" · ")
    }
}

/// The part of a document a paragraph belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// Title block, enacting formula and anything before the first preambular paragraph.
    Front,
    Preamble,
    Operative,
    /// An annex or other attachment.
    Annex,
}

/// The kind of a paragraph, as delegates distinguish them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    Preambular,
    Operative,
    /// An `(a)`, `(i)`... under an operative, annex (or, rarely, preambular) paragraph.
    Subparagraph,
    /// A numbered paragraph (or article) of an annex: a declaration, programme of action or
    /// statute annexed to the resolution (`Annex 12`, `Annex I 12`).
    Annex,
    /// Headings, annex text, tables, formulas and anything else.
    Other,
}

impl ParagraphKind {
    /// The name used in `--json` output.
    pub fn name(self) -> &'static str {
        match self {
            ParagraphKind::Preambular => "preambular",
            ParagraphKind::Operative => "operative",
            ParagraphKind::Subparagraph => "subparagraph",
            ParagraphKind::Annex => "annex",
            ParagraphKind::Other => "other",
        }
    }

    /// The kind with this `--json` name; anything else is `other`.
    pub fn from_name(name: &str) -> ParagraphKind {
        [
            ParagraphKind::Preambular,
            ParagraphKind::Operative,
            ParagraphKind::Subparagraph,
            ParagraphKind::Annex,
        ]
        .into_iter()
        .find(|k| k.name() == name)
        .unwrap_or(ParagraphKind::Other)
    }
}

/// The shape of a paragraph's content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "type")]
pub enum Block {
    /// Running text.
    #[default]
    Text,
    /// A heading (`section` heading, `crossHeading`, annex title); level 1 is the highest.
    Heading { level: u8 },
    /// A table; the paragraph's `text` holds the cells' text joined for search.
    Table(Table),
}

/// A table, as rows of cells.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub rows: Vec<TableRow>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TableRow {
    pub cells: Vec<TableCell>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TableCell {
    pub text: String,
    /// Header cell (`th`).
    pub header: bool,
    pub colspan: u16,
    pub rowspan: u16,
}

/// Emphasis as printed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StyleSpan {
    /// Byte range in the paragraph's (or footnote's) text.
    pub range: Range<usize>,
    pub bold: bool,
    pub italic: bool,
}

/// A footnote marker in running text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FootnoteRef {
    /// The marker as printed (`1`, `*`).
    pub marker: String,
    /// Byte offset in the paragraph's text where the marker stood.
    pub offset: usize,
    /// Index into [`Document::footnotes`].
    pub footnote: usize,
}

/// What kind of document a citation points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CitationKind {
    Resolution,
    Decision,
    /// Anything else with a UN symbol: reports, letters, drafts, records.
    Document,
}

/// A reference to another UN document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Byte range in the paragraph's (or footnote's) text of what is printed (`73/266`).
    pub range: Range<usize>,
    /// Canonical symbol as undocs.org accepts it (`A/RES/73/266`).
    pub symbol: String,
    pub kind: CitationKind,
    /// A paragraph of the cited document, where the text names one (`3` in
    /// `paragraph 3 of resolution 73/266`).
    pub pinpoint: Option<String>,
}

/// A paragraph: the unit delegates refer to and annotate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Stable id, the same in every language version: `pp10`, `op1`, `op1a`, `op3b-ii`,
    /// `annex-p4`. Prefixed with the part letter in multi-part documents (`b-op2`).
    pub id: String,
    /// How delegates say it: `PP10`, `OP1(a)` (label as printed). For `Other`, the id.
    pub reference: String,
    pub kind: ParagraphKind,
    pub part: Part,
    /// The number or label as printed: `1`, `(a)`, `а)`, `(أ)`. None for preambular paragraphs.
    pub number: Option<String>,
    /// Id of the paragraph this one belongs to (sub-paragraphs).
    pub parent: Option<String>,
    /// Nesting depth: 0 for PP/OP, 1 for `(a)`, 2 for `(i)`.
    pub depth: u8,
    /// Plain text without number or footnote markers.
    pub text: String,
    pub styles: Vec<StyleSpan>,
    pub footnote_refs: Vec<FootnoteRef>,
    pub citations: Vec<Citation>,
    pub block: Block,
    /// The heading of the section this paragraph sits under, if any (index into paragraphs).
    pub section: Option<usize>,
    /// The source's own identifier (AKN `eId`), for aligning language versions.
    pub source_id: Option<String>,
    /// Byte range of the paragraph in the source file.
    pub source_range: Option<Range<usize>>,
    /// Index into [`Document::divisions`]: which annex, or which part (A, B) of a collection.
    pub division: usize,
}

impl Paragraph {
    /// A new text paragraph with nothing but an id, a kind and text.
    pub fn new(
        id: impl Into<String>,
        kind: ParagraphKind,
        part: Part,
        text: impl Into<String>,
    ) -> Self {
        let id = id.into();
        Paragraph {
            reference: id.clone(),
            id,
            kind,
            part,
            number: None,
            parent: None,
            depth: 0,
            text: text.into(),
            styles: Vec::new(),
            footnote_refs: Vec::new(),
            citations: Vec::new(),
            block: Block::Text,
            section: None,
            source_id: None,
            source_range: None,
            division: 0,
        }
    }

    /// Distinct footnote markers referenced here, in order of appearance.
    pub fn footnote_markers(&self) -> Vec<&str> {
        let mut seen = std::collections::HashSet::new();
        self.footnote_refs
            .iter()
            .map(|r| r.marker.as_str())
            .filter(|m| seen.insert(*m))
            .collect()
    }

    /// Whether this is a heading.
    pub fn is_heading(&self) -> bool {
        matches!(self.block, Block::Heading { .. })
    }
}

/// A footnote, with its own text and citations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Footnote {
    /// The marker as printed (`1`).
    pub marker: String,
    pub text: String,
    pub styles: Vec<StyleSpan>,
    pub citations: Vec<Citation>,
    /// Ids of the paragraphs that reference it.
    pub referenced_from: Vec<String>,
}

/// A division of the document: the main text, an annex, or a part (A, B) of a collection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Division {
    /// `main`, `annex`, `annex-2`, `a`, `b`.
    pub id: String,
    /// As printed: `Annex`, `Annex II`, `A`, `B`; empty for the main text.
    pub label: String,
    /// A title printed with it, if any.
    pub title: Option<String>,
}

/// Something the parser recovered from; the document is still usable. Displays in English
/// (`line 12: footnote 3 is never referenced`), as the command line and the JSON give it; the
/// window says it in its language ([`Warning::localized`]).
#[derive(Clone, Debug, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// What happened, in English.
    pub message: String,
    /// 1-based line in the source, where known.
    pub line: Option<usize>,
    /// The same as a message of the interface; None for a warning read back from JSON (its
    /// English message is shown then).
    #[serde(skip)]
    pub text: Option<crate::i18n::Text>,
}

/// Warnings are the same when they say the same in English (one read back from JSON equals
/// the one written).
impl PartialEq for Warning {
    fn eq(&self, other: &Self) -> bool {
        self.message == other.message && self.line == other.line
    }
}

impl Warning {
    pub fn new(text: crate::i18n::Text) -> Self {
        Warning {
            message: text.english(),
            line: None,
            text: Some(text),
        }
    }

    pub fn at_line(text: crate::i18n::Text, line: usize) -> Self {
        Warning {
            line: Some(line),
            ..Warning::new(text)
        }
    }

    /// A warning in English only (a message that has no translation).
    pub fn english(message: impl Into<String>) -> Self {
        Warning {
            message: message.into(),
            line: None,
            text: None,
        }
    }

    /// The warning in the window's language, ready to show (`line 12: …` as that language
    /// says it).
    pub fn localized(&self) -> String {
        let language = crate::i18n::locale();
        let message = match &self.text {
            Some(text) => text.format(language),
            None => self.message.clone(),
        };
        let whole = match self.line {
            Some(line) => crate::text!("warning-at-line", line = line, warning = message),
            None => crate::i18n::Text::verbatim(message),
        };
        whole.localized()
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// A parsed resolution (or draft, or decision).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: Format,
    pub meta: Metadata,
    /// The enacting formula as printed (`The General Assembly,`), if any.
    pub formula: Option<String>,
    /// Every paragraph in reading order, across all divisions.
    pub paragraphs: Vec<Paragraph>,
    pub footnotes: Vec<Footnote>,
    /// Always at least one (the main text).
    pub divisions: Vec<Division>,
    pub warnings: Vec<Warning>,
    /// Where each paragraph is printed, for a document read from a PDF (indexed like
    /// `paragraphs`; empty for other formats).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub page_areas: Vec<Vec<PageArea>>,
    /// A Word draft's tracked changes: the text as it stood before them (this document is
    /// the text with all of them accepted), and each change. None for other files, and for
    /// Word files without tracked changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revisions: Option<Box<Revisions>>,
    /// A Word draft's comments, in the order of the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
}

/// The tracked changes of a Word draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Revisions {
    /// The text with every tracked change rejected: the draft as it stood before them.
    pub original: Document,
    /// Each change, in the order of the text.
    pub changes: Vec<TrackedChange>,
}

/// What a tracked change did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChangeKind {
    Inserted,
    Deleted,
    /// Text moved away from here (deleted here, inserted where it was moved to).
    MovedFrom,
    /// Text moved here.
    MovedTo,
}

impl ChangeKind {
    /// How a reader says it: `inserted`, `deleted`, `moved from here`, `moved here`.
    pub fn describe(self) -> &'static str {
        match self {
            ChangeKind::Inserted => "inserted",
            ChangeKind::Deleted => "deleted",
            ChangeKind::MovedFrom => "moved from here",
            ChangeKind::MovedTo => "moved here",
        }
    }

    /// Whether the change's text is in the document with the changes accepted.
    pub fn in_final(self) -> bool {
        matches!(self, ChangeKind::Inserted | ChangeKind::MovedTo)
    }
}

/// One tracked change of a Word draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrackedChange {
    pub kind: ChangeKind,
    pub author: String,
    /// As the file gives it (ISO 8601: `2026-11-30T10:12:00Z`), if it does.
    pub date: Option<String>,
    /// The inserted or deleted text (empty for a paragraph break alone).
    pub text: String,
    /// Id of the paragraph it is in, in the text with changes accepted (None when it is in
    /// a footnote, or in a paragraph deleted whole).
    pub paragraph: Option<String>,
    /// Id of the paragraph it is in, in the text as it stood before the changes.
    pub original_paragraph: Option<String>,
}

/// A comment in a Word draft's margin.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comment {
    pub author: String,
    pub date: Option<String>,
    /// Id of the paragraph it is on (with changes accepted), if the text still has it.
    pub paragraph: Option<String>,
    /// The words it is on, if it marks some.
    pub quote: String,
    pub text: String,
}

/// A part of a page that a paragraph is printed on: the page (from 0) and the rectangle
/// `[left, top, right, bottom]` as fractions of the page's width and height, from its top
/// left corner as a reader shows the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PageArea {
    pub page: usize,
    pub rect: [f32; 4],
}

/// Whether a footnote's text refers to the one before it ("Ibid., para. 122"), as each of the
/// six languages writes it.
pub fn is_ibid(text: &str) -> bool {
    let text = text.trim_start();
    const IBID: [&str; 7] = [
        "ibid",
        "ibidem",
        "ibíd",
        "там же",
        "同上",
        "المرجع نفسه",
        "المرجع السابق",
    ];
    IBID.iter().any(|word| {
        text.get(..word.len())
            .is_some_and(|start| start.to_lowercase() == *word)
            && text[word.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

impl Document {
    /// The footnote an "Ibid." footnote refers to: the one before it, or the one that one
    /// refers to when it is an "Ibid." too. None for a footnote that is not one, or the first.
    pub fn ibid_source(&self, footnote: usize) -> Option<usize> {
        if !is_ibid(&self.footnotes.get(footnote)?.text) {
            return None;
        }
        (0..footnote)
            .rev()
            .find(|&i| !is_ibid(&self.footnotes[i].text))
    }

    /// An empty document of the given format, with the main division.
    pub fn new(format: Format) -> Self {
        Document {
            format,
            meta: Metadata::default(),
            formula: None,
            paragraphs: Vec::new(),
            footnotes: Vec::new(),
            divisions: vec![Division {
                id: "main".into(),
                label: String::new(),
                title: None,
            }],
            warnings: Vec::new(),
            page_areas: Vec::new(),
            revisions: None,
            comments: Vec::new(),
        }
    }

    /// The paragraph with this id.
    pub fn paragraph(&self, id: &str) -> Option<&Paragraph> {
        self.paragraphs.iter().find(|p| p.id == id)
    }

    /// Index of the paragraph with this id.
    pub fn paragraph_index(&self, id: &str) -> Option<usize> {
        self.paragraphs.iter().position(|p| p.id == id)
    }

    /// Resolves a delegate-style reference (`PP10`, `op1(a)`, `OP1(а)`, `II OP3`, `Annex 12`,
    /// an id) to a paragraph index. Case-insensitive; sub-paragraph labels match by position
    /// whatever their script. A reference without its section (`OP3` where numbering restarts
    /// in each section) resolves only when one paragraph fits.
    pub fn find_ref(&self, reference: &str) -> Option<usize> {
        let wanted = reference.trim();
        if wanted.is_empty() {
            return None;
        }
        let lower = wanted.to_lowercase();
        if let Some(i) = self
            .paragraphs
            .iter()
            .position(|p| p.reference.to_lowercase() == lower || p.id == lower)
        {
            return Some(i);
        }
        let key = reference_key(wanted)?;
        let keys: Vec<Option<String>> = self
            .paragraphs
            .iter()
            .map(|p| {
                (p.kind != ParagraphKind::Other)
                    .then(|| reference_key(&p.reference))
                    .flatten()
            })
            .collect();
        if let Some(i) = keys.iter().position(|k| k.as_deref() == Some(key.as_str())) {
            return Some(i);
        }
        let suffix = format!(" {key}");
        let mut fitting = keys
            .iter()
            .enumerate()
            .filter(|(_, k)| k.as_deref().is_some_and(|k| k.ends_with(&suffix)));
        match (fitting.next(), fitting.next()) {
            (Some((i, _)), None) => Some(i),
            _ => None,
        }
    }

    /// The footnote with this marker (first one if markers repeat across divisions).
    pub fn footnote(&self, marker: &str) -> Option<&Footnote> {
        self.footnotes.iter().find(|f| f.marker == marker)
    }

    /// Number of paragraphs of a kind.
    pub fn count(&self, kind: ParagraphKind) -> usize {
        self.paragraphs.iter().filter(|p| p.kind == kind).count()
    }

    /// Every citation in paragraphs and footnotes, in reading order.
    pub fn all_citations(&self) -> impl Iterator<Item = &Citation> {
        self.paragraphs
            .iter()
            .flat_map(|p| p.citations.iter())
            .chain(self.footnotes.iter().flat_map(|f| f.citations.iter()))
    }

    /// A short name for tabs and lists: symbol, else number, else title.
    pub fn display_name(&self) -> String {
        if let Some(symbol) = &self.meta.symbol {
            return symbol.clone();
        }
        if let Some(number) = &self.meta.number {
            return number.clone();
        }
        self.meta
            .title
            .clone()
            .unwrap_or_else(|| "Untitled".to_string())
    }
}

/// The largest char boundary at or before `index` (clamped to the text's length).
pub fn char_boundary_floor(text: &str, mut index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::from_code("eng"), Some(Language::En));
        assert_eq!(Language::from_code("C"), Some(Language::Zh));
        assert_eq!(Language::from_code("xx"), None);
    }

    #[test]
    fn find_ref_is_case_insensitive_and_accepts_ids() {
        let mut doc = Document::new(Format::Text);
        let mut op = Paragraph::new(
            "op1",
            ParagraphKind::Operative,
            Part::Operative,
            "Calls upon",
        );
        op.reference = "OP1".into();
        op.number = Some("1".into());
        let mut sub = Paragraph::new(
            "op1a",
            ParagraphKind::Subparagraph,
            Part::Operative,
            "To be",
        );
        sub.reference = "OP1(а)".into(); // Cyrillic a, as printed in Russian
        sub.number = Some("а)".into());
        sub.parent = Some("op1".into());
        sub.depth = 1;
        doc.paragraphs = vec![op, sub];
        assert_eq!(doc.find_ref("op1"), Some(0));
        assert_eq!(doc.find_ref("OP1(А)"), Some(1));
        assert_eq!(
            doc.find_ref("OP1(a)"),
            Some(1),
            "Latin a resolves by position"
        );
        assert_eq!(doc.find_ref("op1a"), Some(1));
        assert_eq!(doc.find_ref("OP2"), None);
        assert_eq!(doc.find_ref("OP 1"), Some(0));
        assert_eq!(doc.find_ref(""), None);
    }

    #[test]
    fn floor_stays_on_char_boundary() {
        let s = "大会";
        assert_eq!(char_boundary_floor(s, 1), 0);
        assert_eq!(char_boundary_floor(s, 3), 3);
        assert_eq!(char_boundary_floor(s, 99), 6);
    }

    #[test]
    fn facts_line_the_header_and_inspect_share() {
        let meta = Metadata {
            symbol: Some("A/RES/75/32".into()),
            body: Some(Body::GeneralAssembly),
            session_text: Some("Seventy-fifth session".into()),
            agenda_items: vec!["Agenda item 98".into()],
            adopted: Some("2020-12-07".into()),
            meeting: Some("37th plenary meeting".into()),
            committee_report: Some("A/75/394, para. 17".into()),
            draft_symbol: Some("A/C.1/75/L.4".into()),
            ..Metadata::default()
        };
        let facts = "General Assembly · Seventy-fifth session · Agenda item 98 · \
                     adopted 2020-12-07 · 37th plenary meeting · report A/75/394, para. 17 · \
                     draft A/C.1/75/L.4";
        assert_eq!(meta.facts_line(false), facts);
        assert_eq!(meta.facts_line(true), format!("A/RES/75/32 · {facts}"));
        assert_eq!(Metadata::default().facts_line(true), "");
    }

    #[test]
    fn the_readers_header_speaks_the_documents_language() {
        let meta = |session: &str, item: &str, meeting: &str, report: &str| Metadata {
            symbol: Some("A/RES/75/32".into()),
            body: Some(Body::GeneralAssembly),
            session_text: Some(session.into()),
            agenda_items: vec![item.into()],
            adopted: Some("2020-12-07".into()),
            meeting: Some(meeting.into()),
            committee_report: Some(report.into()),
            draft_symbol: Some("A/C.1/75/L.4".into()),
            ..Metadata::default()
        };
        let en = meta(
            "Seventy-fifth session",
            "Agenda item 98",
            "37th plenary meeting",
            "A/75/394, para. 17",
        );
        assert_eq!(
            en.facts_line_in(Language::En, true),
            "A/RES/75/32 · General Assembly · Seventy-fifth session · Agenda item 98 · \
             adopted 7 December 2020 · 37th plenary meeting · report A/75/394, para. 17 · \
             draft A/C.1/75/L.4"
        );
        // The command line keeps its English and the date as stored.
        assert!(en.facts_line(true).contains("adopted 2020-12-07"));
        let es = meta(
            "Septuagésimo quinto período de sesiones",
            "Tema 98 del programa",
            "37a sesión plenaria",
            "A/75/394, párr. 17",
        );
        assert_eq!(
            es.facts_line_in(Language::Es, false),
            "Asamblea General · Septuagésimo quinto período de sesiones · Tema 98 del programa · \
             aprobada el 7 de diciembre de 2020 · 37a sesión plenaria · \
             informe A/75/394, párr. 17 · proyecto A/C.1/75/L.4"
        );
        let ru = meta(
            "Семьдесят пятая сессия",
            "Пункт 98 повестки дня",
            "37-e пленарное заседание",
            "A/75/394, пункт 17",
        );
        assert_eq!(
            ru.facts_line_in(Language::Ru, false),
            "Генеральная Ассамблея · Семьдесят пятая сессия · Пункт 98 повестки дня · \
             принята 7 декабря 2020 года · 37-e пленарное заседание · \
             доклад A/75/394, пункт 17 · проект A/C.1/75/L.4"
        );
        let draft = Metadata {
            symbol: Some("S/2024/302".into()),
            body: Some(Body::SecurityCouncil),
            draft_symbol: Some("S/2024/302".into()),
            is_draft: true,
            ..Metadata::default()
        };
        assert_eq!(
            draft.facts_line_in(Language::Fr, true),
            "S/2024/302 · Conseil de sécurité · projet"
        );
        assert_eq!(draft.facts_in(Language::Zh), ["安全理事会", "草案"]);
    }

    #[test]
    fn a_draft_is_called_a_draft_once() {
        let meta = Metadata {
            symbol: Some("S/2024/302".into()),
            body: Some(Body::SecurityCouncil),
            draft_symbol: Some("S/2024/302".into()),
            is_draft: true,
            ..Metadata::default()
        };
        assert_eq!(meta.facts(), ["Security Council", "draft"]);
        assert_eq!(
            meta.facts_line(true),
            "S/2024/302 · Security Council · draft"
        );
    }
}
