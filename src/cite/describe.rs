//! What a symbol names, in words, for the card shown when a reader points at a citation.

use super::symbol::Symbol;
use crate::document::{Body, CitationKind};
use crate::i18n::Text;
use crate::text;

/// What a symbol is, as far as the symbol itself tells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Description {
    /// The canonical symbol.
    pub symbol: String,
    /// Plain English: `General Assembly resolution`, `Draft (First Committee)`,
    /// `Statement by the President of the Security Council`.
    pub title: String,
    /// The same as a message of the interface, for the window to say in its language.
    pub what: Text,
    pub kind: CitationKind,
    /// The organ the document comes from, when it is one the model knows.
    pub body: Option<Body>,
    /// Session number (`73` in `A/RES/73/266`; `35` in `A/HRC/RES/S-35/1`).
    pub session: Option<u32>,
    /// Whether the session is a special (`S-`) or emergency special (`ES-`) one.
    pub special_session: Option<SpecialSession>,
    /// Year, where the symbol carries one (`S/RES/2334 (2016)`, `S/PRST/2020/11`,
    /// `E/RES/2020/1`).
    pub year: Option<u32>,
    /// Revisions, addenda and corrigenda, in words (`Revision 1`, `Addendum 1`).
    pub amendments: Vec<String>,
}

/// Special sessions of the General Assembly or the Human Rights Council.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecialSession {
    /// `S-26`.
    Special,
    /// `ES-11` (General Assembly only).
    EmergencySpecial,
}

/// Describes a symbol for a reader; None if the text is not a UN document symbol.
pub fn describe(symbol: &str) -> Option<Description> {
    let parsed = Symbol::parse(symbol)?;
    let canonical = parsed.to_string();
    let parts: Vec<&str> = parsed.components().iter().map(String::as_str).collect();
    let kind = super::kind_of(&canonical);

    let mut amendments = Vec::new();
    let mut core = parts.as_slice();
    while let Some((last, rest)) = core.split_last() {
        let Some(words) = amendment(last) else { break };
        amendments.insert(0, words);
        core = rest;
    }

    let mut d = Description {
        symbol: canonical,
        title: String::new(),
        what: text!("symbol-document"),
        kind,
        body: None,
        session: None,
        special_session: None,
        year: None,
        amendments,
    };

    match core {
        ["A", "RES", session, _, ..] | ["A", "DEC", session, _, ..] => {
            d.body = Some(Body::GeneralAssembly);
            d.what = text!("symbol-general-assembly", kind = kind_word(kind));
            d.read_session(session);
        }
        ["A", "RES", number] => {
            // Old style: `217(III)`.
            d.body = Some(Body::GeneralAssembly);
            d.what = text!("symbol-general-assembly", kind = "resolution");
            d.session = number
                .split_once('(')
                .and_then(|(_, roman)| roman.strip_suffix(')'))
                .and_then(roman_session);
        }
        ["A", "HRC", "RES" | "DEC", session, ..] => {
            d.body = Some(Body::HumanRightsCouncil);
            d.what = text!("symbol-human-rights-council", kind = kind_word(kind));
            d.read_session(session);
        }
        ["A", "HRC", session, last, ..] if last.starts_with("L.") => {
            d.body = Some(Body::HumanRightsCouncil);
            d.what = text!("symbol-human-rights-council-draft");
            d.read_session(session);
        }
        ["A", "HRC", session, ..] => {
            d.body = Some(Body::HumanRightsCouncil);
            d.what = text!("symbol-human-rights-council", kind = "document");
            d.read_session(session);
        }
        ["A", committee, session, rest @ ..] if committee.starts_with("C.") => {
            d.body = Some(Body::GeneralAssembly);
            let name = committee_name(committee);
            d.what = if rest.first().is_some_and(|r| r.starts_with("L.")) {
                text!("symbol-committee-draft", committee = name)
            } else if rest.first().is_some_and(|r| r.starts_with("SR.")) {
                text!("symbol-committee-summary-record", committee = name)
            } else {
                text!("symbol-committee-document", committee = name)
            };
            d.read_session(session);
        }
        ["A", session, rest @ ..]
            if leading_number(session).is_some()
                || session.starts_with("S-")
                || session.starts_with("ES-") =>
        {
            d.body = Some(Body::GeneralAssembly);
            d.what = match rest.first() {
                Some(r) if r.starts_with("PV.") => text!("symbol-general-assembly-record"),
                Some(r) if r.starts_with("L.") => text!("symbol-general-assembly-draft"),
                _ => text!("symbol-general-assembly", kind = "document"),
            };
            d.read_session(session);
        }
        ["A", ..] => {
            d.body = Some(Body::GeneralAssembly);
            d.what = text!("symbol-general-assembly", kind = "document");
        }
        ["S", "RES", number] => {
            d.body = Some(Body::SecurityCouncil);
            d.what = text!("symbol-security-council-resolution");
            d.year = number
                .split_once(" (")
                .and_then(|(_, y)| y.strip_suffix(')'))
                .and_then(|y| y.parse().ok());
        }
        ["S", "PRST", year, ..] => {
            d.body = Some(Body::SecurityCouncil);
            d.what = text!("symbol-presidential-statement");
            d.year = year.parse().ok();
        }
        ["S", "PV", ..] => {
            d.body = Some(Body::SecurityCouncil);
            d.what = text!("symbol-security-council-record");
        }
        ["S", year, ..] => {
            d.body = Some(Body::SecurityCouncil);
            d.what = text!("symbol-security-council-document");
            d.year = year.parse().ok().filter(|y| (1946..=2100).contains(y));
        }
        ["E", "RES" | "DEC", year, ..] => {
            d.body = Some(Body::EconomicAndSocialCouncil);
            d.what = text!("symbol-economic-and-social-council", kind = kind_word(kind));
            d.year = leading_number(year).filter(|y| (1946..=2100).contains(y));
        }
        ["E", "CN.4", "RES" | "DEC", year, ..] => {
            d.what = text!("symbol-commission-on-human-rights", kind = kind_word(kind));
            d.year = year.parse().ok();
        }
        ["E", commission, rest @ ..] if commission.starts_with("CN.") => {
            d.body = Some(Body::EconomicAndSocialCouncil);
            d.what = if rest.iter().any(|r| r.starts_with("L.")) {
                text!("symbol-commission-draft")
            } else {
                text!("symbol-commission-document")
            };
            d.year = rest
                .first()
                .and_then(|y| y.parse().ok())
                .filter(|y| (1946..=2100).contains(y));
        }
        ["E", year, ..] => {
            d.body = Some(Body::EconomicAndSocialCouncil);
            d.what = text!("symbol-economic-and-social-council", kind = "document");
            d.year = year.parse().ok().filter(|y| (1946..=2100).contains(y));
        }
        ["ST", "SGB", ..] => d.what = text!("symbol-bulletin"),
        ["ST", "AI", ..] => d.what = text!("symbol-administrative-instruction"),
        ["ST", ..] => d.what = text!("symbol-secretariat-document"),
        _ => d.what = text!("symbol-document"),
    }
    d.title = d.what.english();
    Some(d)
}

impl Description {
    fn read_session(&mut self, text: &str) {
        let (special, number) = if let Some(n) = text.strip_prefix("ES-") {
            (Some(SpecialSession::EmergencySpecial), n)
        } else if let Some(n) = text.strip_prefix("S-") {
            (Some(SpecialSession::Special), n)
        } else {
            (None, text)
        };
        self.session = leading_number(number);
        if self.session.is_some() {
            self.special_session = special;
        }
    }
}

fn kind_word(kind: CitationKind) -> &'static str {
    match kind {
        CitationKind::Resolution => "resolution",
        CitationKind::Decision => "decision",
        CitationKind::Document => "document",
    }
}

/// The number a component starts with (`250` in `250B`).
fn leading_number(text: &str) -> Option<u32> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.get(..end)?.parse().ok()
}

fn amendment(component: &str) -> Option<String> {
    let (word, number) = component.split_once('.')?;
    let name = match word {
        "Rev" => "Revision",
        "Add" => "Addendum",
        "Corr" => "Corrigendum",
        "Amend" => "Amendment",
        _ => return None,
    };
    Some(format!("{name} {number}"))
}

/// A Main Committee of the General Assembly by its number (`First Committee`); `Main
/// Committee` for a number it does not have.
fn committee_name(component: &str) -> Text {
    let number = component.strip_prefix("C.").and_then(leading_number);
    let number = number.filter(|n| (1..=6).contains(n)).unwrap_or(0);
    text!("symbol-committee", number = number)
}

/// `III` -> 3; `S-IV` -> 4.
fn roman_session(text: &str) -> Option<u32> {
    let core = text
        .strip_prefix("ES-")
        .or_else(|| text.strip_prefix("S-"))
        .unwrap_or(text);
    crate::document::roman_value(&core.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_amendments_before_reading_the_core() {
        let d = describe("A/C.1/75/L.4/Rev.1").unwrap();
        assert_eq!(d.title, "Draft (First Committee)");
        assert_eq!(d.session, Some(75));
        assert_eq!(d.amendments, vec!["Revision 1".to_string()]);
    }

    #[test]
    fn old_style_session_is_read_from_roman_numerals() {
        let d = describe("A/RES/217(III)").unwrap();
        assert_eq!(d.session, Some(3));
        assert_eq!(d.title, "General Assembly resolution");
    }

    #[test]
    fn each_kind_of_symbol_is_described_in_english_as_before() {
        for (symbol, title) in [
            ("A/RES/75/32", "General Assembly resolution"),
            ("A/DEC/75/540", "General Assembly decision"),
            ("A/HRC/RES/45/1", "Human Rights Council resolution"),
            ("A/HRC/45/L.2", "Draft (Human Rights Council)"),
            ("A/HRC/45/2", "Human Rights Council document"),
            ("A/C.1/75/L.4", "Draft (First Committee)"),
            ("A/C.6/75/SR.3", "Summary record (Sixth Committee)"),
            ("A/C.3/75/2", "Third Committee document"),
            ("A/C.9/75/L.1", "Draft (Main Committee)"),
            ("A/75/PV.37", "Verbatim record (General Assembly)"),
            ("A/75/L.1", "Draft (General Assembly plenary)"),
            ("A/75/251", "General Assembly document"),
            ("S/RES/2532 (2020)", "Security Council resolution"),
            (
                "S/PRST/2020/11",
                "Statement by the President of the Security Council",
            ),
            ("S/2020/11", "Security Council document"),
            ("E/RES/2020/1", "Economic and Social Council resolution"),
            ("E/CN.4/RES/2005/1", "Commission on Human Rights resolution"),
            (
                "E/CN.6/2020/L.1",
                "Draft (Economic and Social Council commission)",
            ),
            (
                "E/CN.6/2020/3",
                "Economic and Social Council commission document",
            ),
            ("E/2020/33", "Economic and Social Council document"),
            ("ST/SGB/2019/8", "Secretary-General's bulletin"),
            ("ST/AI/2019/1", "Administrative instruction"),
            ("ST/IC/2019/1", "Secretariat document"),
        ] {
            let d = describe(symbol).unwrap_or_else(|| panic!("{symbol}"));
            assert_eq!(d.title, title, "{symbol}");
            assert_eq!(d.what.english(), title, "{symbol}");
        }
    }
}
