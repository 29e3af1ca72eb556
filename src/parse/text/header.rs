//! The cover page and closing lines in six languages: enacting formulas, session, agenda
//! item, adoption date and meeting, committee report, number and title; and language
//! detection.

use super::clean::SYMBOL;
use super::regex;
use crate::document::{Body, Language};
use regex::Regex;
use std::sync::LazyLock;

/// An enacting formula: who speaks, in which language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Formula {
    pub body: Body,
    pub language: Language,
}

/// Lower-cased text without markdown emphasis, tatweel, with straight apostrophes and
/// single spaces: what header phrases are compared against.
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        match c {
            '*' | '#' | '\u{640}' => {}
            '’' | '‘' | 'ʼ' => {
                out.push('\'');
                space = false;
            }
            c if c.is_whitespace() => space = !out.is_empty(),
            c => {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

const FORMULAS: &[(&str, Body, Language)] = &[
    ("the general assembly", Body::GeneralAssembly, Language::En),
    ("the security council", Body::SecurityCouncil, Language::En),
    (
        "the human rights council",
        Body::HumanRightsCouncil,
        Language::En,
    ),
    (
        "the economic and social council",
        Body::EconomicAndSocialCouncil,
        Language::En,
    ),
    ("大会", Body::GeneralAssembly, Language::Zh),
    ("安全理事会", Body::SecurityCouncil, Language::Zh),
    ("人权理事会", Body::HumanRightsCouncil, Language::Zh),
    (
        "经济及社会理事会",
        Body::EconomicAndSocialCouncil,
        Language::Zh,
    ),
    ("l'assemblée générale", Body::GeneralAssembly, Language::Fr),
    (
        "le conseil de sécurité",
        Body::SecurityCouncil,
        Language::Fr,
    ),
    (
        "le conseil des droits de l'homme",
        Body::HumanRightsCouncil,
        Language::Fr,
    ),
    (
        "le conseil économique et social",
        Body::EconomicAndSocialCouncil,
        Language::Fr,
    ),
    ("la asamblea general", Body::GeneralAssembly, Language::Es),
    (
        "el consejo de seguridad",
        Body::SecurityCouncil,
        Language::Es,
    ),
    (
        "el consejo de derechos humanos",
        Body::HumanRightsCouncil,
        Language::Es,
    ),
    (
        "el consejo económico y social",
        Body::EconomicAndSocialCouncil,
        Language::Es,
    ),
    ("генеральная ассамблея", Body::GeneralAssembly, Language::Ru),
    ("совет безопасности", Body::SecurityCouncil, Language::Ru),
    (
        "совет по правам человека",
        Body::HumanRightsCouncil,
        Language::Ru,
    ),
    (
        "экономический и социальный совет",
        Body::EconomicAndSocialCouncil,
        Language::Ru,
    ),
    ("إن الجمعية العامة", Body::GeneralAssembly, Language::Ar),
    ("إن مجلس الأمن", Body::SecurityCouncil, Language::Ar),
    (
        "إن مجلس حقوق الإنسان",
        Body::HumanRightsCouncil,
        Language::Ar,
    ),
    (
        "إن المجلس الاقتصادي والاجتماعي",
        Body::EconomicAndSocialCouncil,
        Language::Ar,
    ),
];

/// The enacting formula a line consists of (`The General Assembly,`, `**大会**，`,
/// `إن الجمعية العامة،`), which ends with its comma. A resolution whose one operative
/// paragraph adopts an annexed declaration prints `The General Assembly` alone: with the
/// article, which the body's name in the cover page lacks, the comma may be missing.
pub(crate) fn formula(text: &str) -> Option<Formula> {
    if text.len() > 120 {
        return None;
    }
    let norm = normalize(text);
    let stripped = norm
        .strip_suffix(',')
        .or_else(|| norm.strip_suffix('，'))
        .or_else(|| norm.strip_suffix('،'))
        .or_else(|| norm.strip_suffix(':'));
    let punctuated = stripped.is_some();
    let core = stripped
        .unwrap_or(&norm)
        .trim_end_matches([' ', '_', '\u{a0}']);
    let core = core.trim_start_matches('_');
    FORMULAS.iter().find_map(|&(phrase, body, language)| {
        let matches = core == phrase
            || (language == Language::Ar && phrase.strip_prefix("إن ") == Some(core));
        let with_article = ["the ", "l'", "le ", "la ", "el "]
            .iter()
            .any(|a| phrase.starts_with(a));
        (matches && (punctuated || with_article)).then_some(Formula { body, language })
    })
}

/// What a line of the cover page says.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum HeaderLine {
    /// `United Nations`, a body name, `Distr.: General`, an issue date, `Original: English`:
    /// nothing to keep but perhaps the symbol printed beside it.
    Furniture {
        symbol: Option<String>,
        body: Option<Body>,
        /// The ISO date, when the line is only a date.
        date: Option<String>,
    },
    Session {
        text: String,
        number: Option<u32>,
    },
    AgendaItem(String),
    /// `Third Committee`.
    Committee,
    /// `Resolution adopted by the General Assembly on 7 December 2020`; the date may be on
    /// a line of its own (`2020年1月10日` / `8700次会议通过`).
    Adoption {
        date: Option<String>,
        meeting: Option<String>,
        body: Option<Body>,
    },
    /// `[on the report of the First Committee (A/75/394, para. 17)]`.
    Report {
        committee_report: Option<String>,
        draft_symbol: Option<String>,
    },
    /// `75/32. Title` or `Resolution 2532 (2020)`.
    Title {
        number: String,
        title: Option<String>,
        body: Option<Body>,
    },
    /// `Albania, ...: draft resolution`: a draft; its title follows.
    DraftMarker,
}

static GA_TITLE: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex(r"^(\d{1,3}/\d{1,4}(?:\s?[A-Z](?:-[A-Z])?)?)\s?\.\s*(.*)$"));
static SC_TITLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(
        r"^(?:resolution|résolution|resolución|резолюция|القرار)\s+(\d{1,5})\s*[(（]\s*(\d{4})\s*[)）]$",
    )
});
static SC_TITLE_ZH: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex(r"^第\s*(\d{1,5})\s*[(（]\s*(\d{4})\s*[)）]\s*号决议$"));
static SESSION: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(
        r"^(?:(.+?)\s+(?:special\s+|emergency\s+special\s+)?session|(.+?)\s+(?:session(?:\s+extraordinaire)?|período\s+(?:extraordinario\s+)?de\s+sesiones|(?:специальная\s+)?сессия)|الدورة\s+(.+)|第(.+?)届(?:特别)?会议)$",
    )
});
static AGENDA: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(
        r"^(?:agenda items?\s+\S.*|议程项目\s*\S.*|points?\s+.+\s+de l'ordre du jour|temas?\s+.+\s+del programa|пункты?\s+.+\s+повестки дня|(?:البند|البنود)\s+.+\s+من جدول الأعمال)$",
    )
});
static SYMBOL_RE: LazyLock<Option<Regex>> = LazyLock::new(|| regex(SYMBOL));
static PAREN: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex(r"[(（]([^()（）]*/[^()（）]*)[)）]"));

const ORGANIZATIONS: &[&str] = &[
    "united nations",
    "nations unies",
    "naciones unidas",
    "организация объединенных наций",
    "организация объединённых наций",
    "الأمم المتحدة",
    "联合国",
];

const BODY_NAMES: &[(&str, Body)] = &[
    ("general assembly", Body::GeneralAssembly),
    ("security council", Body::SecurityCouncil),
    ("human rights council", Body::HumanRightsCouncil),
    (
        "economic and social council",
        Body::EconomicAndSocialCouncil,
    ),
    ("assemblée générale", Body::GeneralAssembly),
    ("conseil de sécurité", Body::SecurityCouncil),
    ("conseil des droits de l'homme", Body::HumanRightsCouncil),
    (
        "conseil économique et social",
        Body::EconomicAndSocialCouncil,
    ),
    ("asamblea general", Body::GeneralAssembly),
    ("consejo de seguridad", Body::SecurityCouncil),
    ("consejo de derechos humanos", Body::HumanRightsCouncil),
    ("consejo económico y social", Body::EconomicAndSocialCouncil),
    ("генеральная ассамблея", Body::GeneralAssembly),
    ("совет безопасности", Body::SecurityCouncil),
    ("совет по правам человека", Body::HumanRightsCouncil),
    (
        "экономический и социальный совет",
        Body::EconomicAndSocialCouncil,
    ),
    ("الجمعية العامة", Body::GeneralAssembly),
    ("مجلس الأمن", Body::SecurityCouncil),
    ("مجلس حقوق الإنسان", Body::HumanRightsCouncil),
    ("المجلس الاقتصادي والاجتماعي", Body::EconomicAndSocialCouncil),
    ("经济及社会理事会", Body::EconomicAndSocialCouncil),
    ("安全理事会", Body::SecurityCouncil),
    ("人权理事会", Body::HumanRightsCouncil),
    ("大会", Body::GeneralAssembly),
];

/// The body a phrase names, wherever it stands in `norm` (normalized text).
pub(crate) fn body_named_in(norm: &str) -> Option<Body> {
    // Longer names first so `conseil des droits de l'homme` wins over shorter ones.
    BODY_NAMES
        .iter()
        .filter(|(name, _)| norm.contains(name))
        .max_by_key(|(name, _)| name.len())
        .map(|&(_, body)| body)
}

fn first_symbol(text: &str) -> Option<String> {
    SYMBOL_RE
        .as_ref()?
        .find(text)
        .map(|m| m.as_str().to_string())
}

/// Recognizes a cover-page line, or None if it is not one.
pub(crate) fn header_line(text: &str) -> Option<HeaderLine> {
    let norm = normalize(text);
    if norm.is_empty() {
        return None;
    }
    if let Some(title) = title_line(text, &norm) {
        return Some(title);
    }
    if let Some(report) = report_line(text, &norm) {
        return Some(report);
    }
    if is_adoption_phrase(&norm) {
        let date = find_date(text).map(|(_, iso)| iso);
        let meeting = meeting_in(text);
        if date.is_some() || meeting.is_some() {
            return Some(HeaderLine::Adoption {
                date,
                meeting,
                body: body_named_in(&norm),
            });
        }
    }
    if AGENDA.as_ref().is_some_and(|r| r.is_match(&norm)) {
        return Some(HeaderLine::AgendaItem(
            text.replace('*', "").trim().to_string(),
        ));
    }
    if let Some(caps) = SESSION.as_ref().and_then(|r| r.captures(&norm))
        && norm.chars().count() < 60
    {
        let words = (1..=4).find_map(|i| caps.get(i)).map_or("", |m| m.as_str());
        return Some(HeaderLine::Session {
            text: text.replace('*', "").trim().to_string(),
            number: ordinal_number(words),
        });
    }
    if is_draft_marker(&norm) {
        return Some(HeaderLine::DraftMarker);
    }
    let starts_with_name = ORGANIZATIONS.iter().any(|o| norm.starts_with(o))
        || BODY_NAMES.iter().any(|(name, _)| norm.starts_with(name));
    let is_symbol = SYMBOL_RE
        .as_ref()
        .and_then(|r| r.find(text))
        .is_some_and(|m| m.start() == 0);
    let is_distribution = norm.starts_with("distr")
        || norm.starts_with("original")
        || norm.starts_with("orig.")
        || norm.starts_with("原文")
        || norm.starts_with("الأصل")
        || norm.starts_with("оригинал")
        || is_language_name(text)
        || date_line(text).is_some();
    if starts_with_name || is_symbol || is_distribution {
        let body = BODY_NAMES
            .iter()
            .find(|(name, _)| norm.starts_with(name))
            .map(|&(_, body)| body);
        return Some(HeaderLine::Furniture {
            symbol: first_symbol(text),
            body,
            date: date_line(text),
        });
    }
    if is_committee(&norm) {
        return Some(HeaderLine::Committee);
    }
    None
}

/// A line that is only the name of an official language: the `Original: English` of a
/// cover page that a PDF prints as two lines.
pub(crate) fn is_language_name(text: &str) -> bool {
    let t = text.replace('*', "");
    let t = t.trim().trim_end_matches(['.', ':']);
    matches!(
        t,
        "English"
            | "French"
            | "Spanish"
            | "Russian"
            | "Chinese"
            | "Arabic"
            | "Anglais"
            | "Français"
            | "Espagnol"
            | "Inglés"
            | "Francés"
            | "Español"
            | "Английский"
            | "Французский"
            | "Испанский"
            | "Русский"
            | "英文"
            | "法文"
            | "中文"
            | "الإنكليزية"
            | "الإنجليزية"
            | "الفرنسية"
            | "العربية"
    )
}

fn title_line(text: &str, norm: &str) -> Option<HeaderLine> {
    let plain = text.replace(['*', '#'], "");
    let plain = plain.trim();
    if let Some(caps) = GA_TITLE.as_ref().and_then(|r| r.captures(plain)) {
        let number = caps.get(1)?.as_str().to_string();
        let title = caps
            .get(2)
            .map(|m| m.as_str().trim().to_string())
            .filter(|t| !t.is_empty());
        return Some(HeaderLine::Title {
            number,
            title,
            body: None,
        });
    }
    let caps = SC_TITLE
        .as_ref()
        .and_then(|r| r.captures(norm))
        .or_else(|| SC_TITLE_ZH.as_ref().and_then(|r| r.captures(norm)))?;
    Some(HeaderLine::Title {
        number: format!("{} ({})", caps.get(1)?.as_str(), caps.get(2)?.as_str()),
        title: None,
        body: Some(Body::SecurityCouncil),
    })
}

fn report_line(text: &str, norm: &str) -> Option<HeaderLine> {
    let inner = text.trim().strip_prefix('[')?;
    let inner = inner.trim_end_matches('.').strip_suffix(']')?;
    let paren = PAREN
        .as_ref()
        .and_then(|r| r.captures_iter(inner).last())
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().trim().to_string());
    let is_report = ["report", "rapport", "informe", "доклад", "تقرير", "报告"]
        .iter()
        .any(|k| norm.contains(k));
    // The symbol decides, not the words around it: `[without reference to a Main Committee
    // (A/80/L.5)]` names a draft (`/L.`), which is never a committee report; a report's
    // symbol is a report even under those words.
    let symbol = paren.as_deref().and_then(first_symbol);
    match symbol {
        Some(symbol) if symbol.contains("/L.") => Some(HeaderLine::Report {
            committee_report: None,
            draft_symbol: Some(symbol),
        }),
        Some(_) => Some(HeaderLine::Report {
            committee_report: paren,
            draft_symbol: None,
        }),
        None if is_report => Some(HeaderLine::Report {
            committee_report: paren,
            draft_symbol: None,
        }),
        None => None,
    }
}

fn is_adoption_phrase(norm: &str) -> bool {
    [
        "adopted",
        "adoptée",
        "adopté",
        "aprobad",
        "принят",
        "اتخذ",
        "اعتمد",
        "决议",
        "通过",
    ]
    .iter()
    .any(|k| norm.contains(k))
}

fn is_draft_marker(norm: &str) -> bool {
    [
        "draft resolution",
        "projet de résolution",
        "proyecto de resolución",
        "проект резолюции",
        "مشروع قرار",
        "决议草案",
    ]
    .iter()
    .any(|k| norm.ends_with(k) || norm.ends_with(&format!("{k}*")))
}

fn is_committee(norm: &str) -> bool {
    norm.chars().count() < 100
        && !norm.ends_with(['.', ',', ';', '，', '。', '،'])
        && [
            "committee",
            "commission",
            "comisión",
            "комитет",
            "اللجنة",
            "委员会",
        ]
        .iter()
        .any(|k| norm.contains(k))
}

static MEETING_IN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(
        r"(?i)\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting|\d+(?:e|re)\s+séance(?:\s+plénière)?|\d+[ªa.]?\s+sesión(?:\s+plenaria)?|\d+[-‑–][мйея]\s+(?:пленарном\s+|пленарное\s+)?заседани[иея]|جلسته\s+\d+|الجلسة\s+(?:العامة\s+)?\d+|第\s*\d+\s*次(?:全体)?会议|\d+\s*次(?:全体)?会议",
    )
});
static MEETING_LINE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting|\d+(?:e|re)\s+séance(?:\s+plénière)?|\d+[ªa.]?\s+sesión(?:\s+plenaria)?|\d+[-‑–]?[eе]\s+(?:пленарное\s+)?заседание|الجلسة\s+(?:العامة\s+)?\d+|第\s*\d+\s*次(?:全体)?会议)\.?$",
    )
});

/// The meeting named in an adoption line (`8700th meeting`), as printed.
fn meeting_in(text: &str) -> Option<String> {
    MEETING_IN
        .as_ref()?
        .find(text)
        .map(|m| m.as_str().to_string())
}

/// A closing line naming the adoption meeting (`37th plenary meeting`, `第 37 次全体会议`).
pub(crate) fn meeting_line(text: &str) -> Option<String> {
    if text.len() > 80 {
        return None;
    }
    let plain = text.replace('*', "");
    let plain = plain.trim();
    // `50th (resumed) plenary meeting`, `75e séance plénière (reprise)`.
    let probe = match RESUMED.as_ref() {
        Some(re) => re.replace_all(plain, ""),
        None => plain.into(),
    };
    MEETING_LINE
        .as_ref()?
        .is_match(probe.trim())
        .then(|| plain.trim_end_matches('.').to_string())
}

/// A short word in brackets in a meeting line: `(resumed)`, `(reprise)`, `(continuación)`.
static RESUMED: LazyLock<Option<Regex>> = LazyLock::new(|| regex(r"\s*[(（][^()（）]{1,30}[)）]"));

/// A closing line naming the meeting and then the date (`18th plenary meeting 14 October
/// 2025`), as exports that join the two lines print it.
pub(crate) fn meeting_and_date(text: &str) -> Option<(String, String)> {
    if text.len() > 120 {
        return None;
    }
    let plain = text.replace('*', "");
    let plain = plain.trim().trim_end_matches('.');
    let (range, iso) = find_date(plain)?;
    if range.end != plain.len() {
        return None;
    }
    let meeting = meeting_line(plain.get(..range.start)?.trim())?;
    Some((meeting, iso))
}

static AGENDA_ITEM: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(r"(?i)^agenda items?\s+\d+(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*\d+(?:\s*\([a-z]\))?)*")
});

/// A cover line that joins the session and the agenda item (`Eightieth session Agenda item 7
/// Organization of work, …`), as markdown exports of the PDF print them: the session and the
/// agenda item as printed (without the item's title).
pub(crate) fn session_and_agenda(text: &str) -> Option<(HeaderLine, HeaderLine)> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find(" agenda item")?;
    let session = header_line(text.get(..at)?)?;
    if !matches!(session, HeaderLine::Session { .. }) {
        return None;
    }
    let rest = text.get(at + 1..)?.trim_start_matches('*');
    let item = AGENDA_ITEM.as_ref()?.find(rest)?;
    Some((
        session,
        HeaderLine::AgendaItem(item.as_str().trim().to_string()),
    ))
}

/// A line that is only a date (`7 December 2020`, `2020 年 12 月 7 日`): its ISO form.
pub(crate) fn date_line(text: &str) -> Option<String> {
    if text.len() > 80 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let plain = text.replace('*', "");
    let plain = plain.trim().trim_end_matches('.');
    let (range, iso) = find_date(plain)?;
    let rest = format!("{}{}", &plain[..range.start], &plain[range.end..]);
    let rest = rest.trim();
    (rest.is_empty() || rest == "года" || rest == "г.").then_some(iso)
}

const EN_MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
/// Arabic documents print both names (`كانون الأول/ديسمبر`); the second one decides.
const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيه",
    "يوليه",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

static DATE_ZH: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"));
static DATE_DMY: LazyLock<Option<Regex>> = LazyLock::new(|| {
    regex(
        r"(?i)(\d{1,2})(?:er)?[\s\u{a0}]+(?:de[\s\u{a0}]+)?([\p{L}]+)[\s\u{a0}]+(?:de[\s\u{a0}]+)?(\d{4})(?:[\s\u{a0}]+года)?",
    )
});
static DATE_AR: LazyLock<Option<Regex>> =
    LazyLock::new(|| regex(r"(\d{1,2})[\s\u{a0}]+[^\d/]{0,30}/\s*(\p{Arabic}+)[\s\u{a0}]+(\d{4})"));

/// The first date in the text, in any of the six languages: its byte range and ISO form.
pub(crate) fn find_date(text: &str) -> Option<(std::ops::Range<usize>, String)> {
    let iso = |y: &str, m: usize, d: &str| -> Option<String> {
        let day: u32 = d.parse().ok()?;
        let year: u32 = y.parse().ok()?;
        (1..=31)
            .contains(&day)
            .then(|| format!("{year:04}-{m:02}-{day:02}"))
    };
    if let Some(c) = DATE_ZH.as_ref().and_then(|r| r.captures(text)) {
        let month: usize = c.get(2)?.as_str().parse().ok()?;
        if (1..=12).contains(&month) {
            return Some((
                c.get(0)?.range(),
                iso(c.get(1)?.as_str(), month, c.get(3)?.as_str())?,
            ));
        }
    }
    if let Some(re) = DATE_DMY.as_ref() {
        for c in re.captures_iter(text) {
            let name = c.get(2)?.as_str().to_lowercase();
            let month = [EN_MONTHS, FR_MONTHS, ES_MONTHS, RU_MONTHS]
                .iter()
                .find_map(|table| table.iter().position(|m| *m == name))
                .or_else(|| (name == "setiembre").then_some(8));
            if let Some(month) = month
                && let Some(iso) = iso(c.get(3)?.as_str(), month + 1, c.get(1)?.as_str())
            {
                return Some((c.get(0)?.range(), iso));
            }
        }
    }
    if let Some(re) = DATE_AR.as_ref() {
        for c in re.captures_iter(text) {
            let name = c.get(2)?.as_str();
            let month = AR_MONTHS
                .iter()
                .position(|m| *m == name)
                .or_else(|| (name == "يونيو").then_some(5))
                .or_else(|| (name == "يوليو").then_some(6));
            if let Some(month) = month
                && let Some(iso) = iso(c.get(3)?.as_str(), month + 1, c.get(1)?.as_str())
            {
                return Some((c.get(0)?.range(), iso));
            }
        }
    }
    None
}

/// The number a session's ordinal words stand for (`seventy-fifth`, `七十五`,
/// `soixante-quinzième`, `septuagésimo quinto`, `семьдесят пятая`, `الخامسة والسبعون`).
pub(crate) fn ordinal_number(words: &str) -> Option<u32> {
    let words = words.trim();
    if let Ok(n) = words.parse::<u32>() {
        return Some(n);
    }
    if words
        .chars()
        .all(|c| "〇零一二三四五六七八九十百".contains(c))
    {
        return chinese_number(words);
    }
    let mut total = 0u32;
    let mut found = false;
    let tokens: Vec<&str> = words
        .split(['-', ' ', '\u{a0}'])
        .filter(|t| !t.is_empty())
        .collect();
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens.get(i).copied().unwrap_or_default();
        // French `quatre-vingt(s)`: four twenties.
        if token == "quatre" && tokens.get(i + 1).is_some_and(|t| t.starts_with("vingt")) {
            total += 80;
            found = true;
            i += 2;
            continue;
        }
        if let Some(v) = word_value(token) {
            total += v;
            found = true;
        } else if !matches!(token, "et" | "y" | "and") {
            return None;
        }
        i += 1;
    }
    (found && total > 0).then_some(total)
}

/// The value of a number in Chinese numerals (`七十五`).
pub(crate) fn chinese_number(s: &str) -> Option<u32> {
    let digit = |c: char| "〇一二三四五六七八九".find(c).map(|i| (i / 3) as u32);
    let mut total = 0;
    let mut current = 0;
    for c in s.chars() {
        match c {
            '十' => {
                total += if current == 0 { 10 } else { current * 10 };
                current = 0;
            }
            '百' => {
                total += if current == 0 { 100 } else { current * 100 };
                current = 0;
            }
            '零' => {}
            c => current = digit(c)?,
        }
    }
    Some(total + current).filter(|&n| n > 0)
}

/// The value of one ordinal (or cardinal) number word in en, fr, es, ru or ar.
fn word_value(token: &str) -> Option<u32> {
    const EXACT: &[(&str, u32)] = &[
        // English
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        ("eleventh", 11),
        ("twelfth", 12),
        ("thirteenth", 13),
        ("fourteenth", 14),
        ("fifteenth", 15),
        ("sixteenth", 16),
        ("seventeenth", 17),
        ("eighteenth", 18),
        ("nineteenth", 19),
        ("twenty", 20),
        ("twentieth", 20),
        ("thirty", 30),
        ("thirtieth", 30),
        ("forty", 40),
        ("fortieth", 40),
        ("fifty", 50),
        ("fiftieth", 50),
        ("sixty", 60),
        ("sixtieth", 60),
        ("seventy", 70),
        ("seventieth", 70),
        ("eighty", 80),
        ("eightieth", 80),
        ("ninety", 90),
        ("ninetieth", 90),
        // French (ordinal endings are removed before the lookup)
        ("premier", 1),
        ("première", 1),
        ("un", 1),
        ("deux", 2),
        ("trois", 3),
        ("quatre", 4),
        ("cinq", 5),
        ("six", 6),
        ("sept", 7),
        ("huit", 8),
        ("neuf", 9),
        ("dix", 10),
        ("onze", 11),
        ("douze", 12),
        ("treize", 13),
        ("quatorze", 14),
        ("quinze", 15),
        ("seize", 16),
        ("vingt", 20),
        ("trente", 30),
        ("quarante", 40),
        ("cinquante", 50),
        ("soixante", 60),
        // Spanish
        ("primer", 1),
        ("primero", 1),
        ("segundo", 2),
        ("tercer", 3),
        ("tercero", 3),
        ("cuarto", 4),
        ("quinto", 5),
        ("sexto", 6),
        ("séptimo", 7),
        ("octavo", 8),
        ("noveno", 9),
        ("décimo", 10),
        ("undécimo", 11),
        ("duodécimo", 12),
        ("vigésimo", 20),
        ("trigésimo", 30),
        ("cuadragésimo", 40),
        ("quincuagésimo", 50),
        ("sexagésimo", 60),
        ("septuagésimo", 70),
        ("octogésimo", 80),
        ("nonagésimo", 90),
        // Russian
        ("двадцать", 20),
        ("тридцать", 30),
        ("сорок", 40),
        ("пятьдесят", 50),
        ("шестьдесят", 60),
        ("семьдесят", 70),
        ("восемьдесят", 80),
        ("девяносто", 90),
    ];
    if let Some(&(_, v)) = EXACT.iter().find(|(w, _)| *w == token) {
        return Some(v);
    }
    // French ordinals: `quinzième` -> `quinze`, `neuvième` -> `neuf`, `cinquième` -> `cinq`.
    if let Some(stem) = token.strip_suffix("ième") {
        let cardinal = match stem {
            "un" => "un".to_string(),
            "cinqu" => "cinq".to_string(),
            "neuv" => "neuf".to_string(),
            s if s.ends_with(['x', 't', 'q', 'f', 'g']) => s.to_string(),
            s => format!("{s}e"),
        };
        return EXACT.iter().find(|(w, _)| *w == cardinal).map(|&(_, v)| v);
    }
    // Russian ordinals in any gender: match the stem.
    const RU_STEMS: &[(&str, u32)] = &[
        ("перв", 1),
        ("втор", 2),
        ("трет", 3),
        ("четв", 4),
        ("пят", 5),
        ("шест", 6),
        ("седьм", 7),
        ("восьм", 8),
        ("девят", 9),
        ("десят", 10),
        ("одиннадцат", 11),
        ("двенадцат", 12),
        ("тринадцат", 13),
        ("четырнадцат", 14),
        ("пятнадцат", 15),
        ("шестнадцат", 16),
        ("семнадцат", 17),
        ("восемнадцат", 18),
        ("девятнадцат", 19),
        ("двадцат", 20),
        ("тридцат", 30),
        ("сороков", 40),
        ("пятидесят", 50),
        ("шестидесят", 60),
        ("семидесят", 70),
        ("восьмидесят", 80),
        ("девяност", 90),
    ];
    if token
        .chars()
        .next()
        .is_some_and(|c| ('а'..='я').contains(&c))
    {
        return RU_STEMS
            .iter()
            .filter(|(stem, _)| token.starts_with(stem))
            .max_by_key(|(stem, _)| stem.len())
            .map(|&(_, v)| v);
    }
    // Arabic: `الخامسة والسبعون`; drop the conjunction and the article.
    let mut ar = token;
    if let Some(rest) = ar.strip_prefix('و')
        && rest.starts_with("ال")
    {
        ar = rest;
    }
    let ar = ar.strip_prefix("ال").unwrap_or(ar);
    const AR: &[(&str, u32)] = &[
        ("أولى", 1),
        ("حادية", 1),
        ("ثانية", 2),
        ("ثالثة", 3),
        ("رابعة", 4),
        ("خامسة", 5),
        ("سادسة", 6),
        ("سابعة", 7),
        ("ثامنة", 8),
        ("تاسعة", 9),
        ("عاشرة", 10),
        ("عشرة", 10),
        ("عشرون", 20),
        ("عشرين", 20),
        ("ثلاثون", 30),
        ("ثلاثين", 30),
        ("أربعون", 40),
        ("أربعين", 40),
        ("خمسون", 50),
        ("خمسين", 50),
        ("ستون", 60),
        ("ستين", 60),
        ("سبعون", 70),
        ("سبعين", 70),
        ("ثمانون", 80),
        ("ثمانين", 80),
        ("تسعون", 90),
        ("تسعين", 90),
    ];
    AR.iter().find(|(w, _)| *w == ar).map(|&(_, v)| v)
}

/// The language of the text: from its script, and for Latin script from the enacting
/// formula or, failing that, from common words.
pub(crate) fn detect_language(sample: &str, formula: Option<Language>) -> Option<Language> {
    let (mut han, mut arabic, mut cyrillic, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars() {
        match c {
            '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' => han += 1,
            '\u{600}'..='\u{6ff}'
            | '\u{750}'..='\u{77f}'
            | '\u{fb50}'..='\u{fdff}'
            | '\u{fe70}'..='\u{feff}' => arabic += 1,
            '\u{400}'..='\u{4ff}' => cyrillic += 1,
            c if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) => latin += 1,
            _ => {}
        }
    }
    // One Han character is a word; Latin words take about five letters.
    let scores = [
        (han * 4, Language::Zh),
        (arabic, Language::Ar),
        (cyrillic, Language::Ru),
        (latin, Language::En),
    ];
    let (score, best) = scores.iter().copied().max_by_key(|&(s, _)| s)?;
    if score == 0 {
        return formula;
    }
    if best != Language::En {
        return Some(best);
    }
    if let Some(lang @ (Language::En | Language::Fr | Language::Es)) = formula {
        return Some(lang);
    }
    Some(latin_language(sample))
}

fn latin_language(sample: &str) -> Language {
    let (mut en, mut fr, mut es) = (0, 0, 0);
    for word in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5000)
    {
        match word.to_lowercase().as_str() {
            "the" | "and" | "of" | "to" | "with" | "its" => en += 1,
            "les" | "des" | "et" | "du" | "une" | "aux" | "sur" => fr += 1,
            "los" | "las" | "y" | "del" | "una" | "con" | "sobre" => es += 1,
            _ => {}
        }
    }
    if fr > en && fr >= es {
        Language::Fr
    } else if es > en && es > fr {
        Language::Es
    } else {
        Language::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_in_six_languages() {
        let f = |s| formula(s).map(|f| (f.body, f.language));
        assert_eq!(
            f("The General Assembly,"),
            Some((Body::GeneralAssembly, Language::En))
        );
        assert_eq!(f("**大会**，"), Some((Body::GeneralAssembly, Language::Zh)));
        assert_eq!(
            f("L’Assemblée générale,"),
            Some((Body::GeneralAssembly, Language::Fr))
        );
        assert_eq!(
            f("إن مجلس الأمن،"),
            Some((Body::SecurityCouncil, Language::Ar))
        );
        assert_eq!(
            f("Совет по правам человека,"),
            Some((Body::HumanRightsCouncil, Language::Ru))
        );
        assert_eq!(f("General Assembly"), None);
        assert_eq!(f("大会"), None);
        // Without its comma, only with the article the cover page's body name lacks.
        assert_eq!(
            f("The General Assembly"),
            Some((Body::GeneralAssembly, Language::En))
        );
        assert_eq!(f("Генеральная Ассамблея"), None);
        assert_eq!(f("The General Assembly decides"), None);
    }

    #[test]
    fn dates_in_six_languages() {
        let d = |s| find_date(s).map(|(_, iso)| iso);
        assert_eq!(d("2020 年 12 月 7 日大会决议"), Some("2020-12-07".into()));
        assert_eq!(d("on 7 December 2020"), Some("2020-12-07".into()));
        assert_eq!(d("le 1er décembre 2020"), Some("2020-12-01".into()));
        assert_eq!(d("el 7 de diciembre de 2020"), Some("2020-12-07".into()));
        assert_eq!(d("7 декабря 2020 года"), Some("2020-12-07".into()));
        assert_eq!(d("7 كانون الأول/ديسمبر 2020"), Some("2020-12-07".into()));
        assert_eq!(d("resolution 77/228 of 15 May"), None);
        assert_eq!(date_line("2020 年 12 月 7 日"), Some("2020-12-07".into()));
        assert_eq!(date_line("7 December 2020 is a date"), None);
    }

    #[test]
    fn session_numbers() {
        assert_eq!(ordinal_number("seventy-fifth"), Some(75));
        assert_eq!(ordinal_number("七十五"), Some(75));
        assert_eq!(ordinal_number("十"), Some(10));
        assert_eq!(ordinal_number("soixante-quinzième"), Some(75));
        assert_eq!(ordinal_number("soixante-dix-huitième"), Some(78));
        assert_eq!(ordinal_number("quatre-vingtième"), Some(80));
        assert_eq!(ordinal_number("septuagésimo quinto"), Some(75));
        assert_eq!(ordinal_number("семьдесят пятая"), Some(75));
        assert_eq!(ordinal_number("الخامسة والسبعون"), Some(75));
        assert_eq!(ordinal_number("fifty-eighth"), Some(58));
        assert_eq!(ordinal_number("blue"), None);
    }

    #[test]
    fn header_lines() {
        assert_eq!(
            header_line("第七十五届会议"),
            Some(HeaderLine::Session {
                text: "第七十五届会议".into(),
                number: Some(75)
            })
        );
        assert_eq!(
            header_line("议程项目 98"),
            Some(HeaderLine::AgendaItem("议程项目 98".into()))
        );
        assert_eq!(
            header_line("[根据第一委员会的报告(A/75/394, 第 17 段)通过]"),
            Some(HeaderLine::Report {
                committee_report: Some("A/75/394, 第 17 段".into()),
                draft_symbol: None
            })
        );
        assert_eq!(
            header_line("[without reference to a Main Committee (A/80/L.5)]"),
            Some(HeaderLine::Report {
                committee_report: None,
                draft_symbol: Some("A/80/L.5".into())
            }),
            "a draft is never a committee report"
        );
        assert_eq!(
            header_line("[on the report of the Fifth Committee (A/79/L.11)]"),
            Some(HeaderLine::Report {
                committee_report: None,
                draft_symbol: Some("A/79/L.11".into())
            })
        );
        assert!(matches!(
            header_line("Resolution adopted by the General Assembly on 7 December 2020"),
            Some(HeaderLine::Adoption { ref date, body: Some(Body::GeneralAssembly), .. }) if date.as_deref() == Some("2020-12-07")
        ));
        assert_eq!(
            header_line("Resolution 2532 (2020)"),
            Some(HeaderLine::Title {
                number: "2532 (2020)".into(),
                title: None,
                body: Some(Body::SecurityCouncil)
            })
        );
        assert!(matches!(
            header_line("Adopted by the Security Council at its 8582nd meeting, on 1 July 2020"),
            Some(HeaderLine::Adoption { ref meeting, .. }) if meeting.as_deref() == Some("8582nd meeting")
        ));
        assert!(matches!(
            header_line("75/32. 从国际安全角度促进网络空间国家负责任行为"),
            Some(HeaderLine::Title { ref number, .. }) if number == "75/32"
        ));
        assert_eq!(header_line("Recalling its resolutions,"), None);
        assert_eq!(
            meeting_line("第 37 次全体会议"),
            Some("第 37 次全体会议".into())
        );
        assert_eq!(
            meeting_line("37th plenary meeting"),
            Some("37th plenary meeting".into())
        );
        assert_eq!(
            meeting_and_date("18th plenary meeting 14 October 2025"),
            Some(("18th plenary meeting".into(), "2025-10-14".into()))
        );
        assert_eq!(meeting_and_date("18th plenary meeting"), None);
        assert_eq!(
            meeting_line("50th (resumed) plenary meeting"),
            Some("50th (resumed) plenary meeting".into())
        );
        assert_eq!(meeting_line("Recalling (resumed) its decision"), None);
        assert_eq!(
            session_and_agenda(
                "Eightieth session Agenda item 25 (b) Social development: social development"
            ),
            Some((
                HeaderLine::Session {
                    text: "Eightieth session".into(),
                    number: Some(80)
                },
                HeaderLine::AgendaItem("Agenda item 25 (b)".into())
            ))
        );
        assert_eq!(session_and_agenda("Recalling the agenda item 7"), None);
        assert_eq!(
            meeting_line("37-e пленарное заседание"),
            Some("37-e пленарное заседание".into())
        );
    }
}
