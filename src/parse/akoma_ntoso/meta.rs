//! What the document says about itself: FRBR identification, workflow, cover page, preface
//! and conclusions, read in one pass over the tree.

use super::inline::Builder;
use crate::document::{Body, Language, Metadata, Votes, Warning, WorkflowStep};
use roxmltree::{Document as Xml, Node};

/// Reads the metadata of the whole file (the first occurrence of each field wins, so a
/// collection's own cover page and meta come before its parts').
pub(super) fn read(xml: &Xml) -> (Metadata, Vec<Warning>) {
    let mut meta = Metadata::default();
    let mut frbr_uri: Option<&str> = None;
    let mut author: Option<&str> = None;
    let mut any_date: Option<String> = None;
    let mut recommended: Option<String> = None;
    let mut sc_number: Option<String> = None;
    let mut statement_is_draft = false;
    let mut vetoed = false;
    let mut number_preface: Option<roxmltree::NodeId> = None;

    for node in xml.descendants().filter(Node::is_element) {
        match node.tag_name().name() {
            "statement" if node.attribute("name") == Some("draftResolution") => {
                statement_is_draft = true;
            }
            "FRBRuri"
                if frbr_uri.is_none()
                    && node.parent_element().map(|p| p.tag_name().name()) == Some("FRBRWork") =>
            {
                frbr_uri = node.attribute("value");
            }
            "FRBRdate" => {
                let date = node.attribute("date").and_then(iso_date);
                if node.attribute("name") == Some("adoption") && meta.adopted.is_none() {
                    meta.adopted = date.clone();
                }
                if any_date.is_none() {
                    any_date = date;
                }
            }
            "FRBRauthor" if author.is_none() && node.attribute("as") == Some("author") => {
                author = node.attribute("href");
            }
            "FRBRlanguage" if meta.language.is_none() => {
                meta.language = node.attribute("language").and_then(Language::from_code);
            }
            "step" => read_step(node, &mut meta, &mut recommended, &mut vetoed),
            "voting" if meta.votes.is_none() => meta.votes = read_voting(node),
            "docNumber" => {
                if has_ancestor(node, "coverPage") {
                    if meta.symbol.is_none() {
                        meta.symbol = non_empty(plain_text(node));
                    }
                } else if let Some(preface) = ancestor(node, "preface") {
                    let printed = plain_text(node);
                    let printed = printed.trim_end_matches(['.', '．']).trim();
                    match (&mut meta.number, number_preface) {
                        (None, _) => {
                            meta.number = non_empty(printed.into());
                            number_preface = Some(preface.id());
                        }
                        // `75/250.` then `B`: one part of a resolution printed on its own.
                        (Some(number), Some(id))
                            if id == preface.id() && is_part_letter(printed) =>
                        {
                            number.push(' ');
                            number.push_str(printed);
                        }
                        _ => {}
                    }
                }
            }
            "docTitle" => {
                let refers_to = node.attribute("refersTo").unwrap_or_default();
                if has_ancestor(node, "preface") {
                    if meta.title.is_none() && !refers_to.contains("sponsor") {
                        meta.title = non_empty(clean_title(&plain_text(node)));
                    }
                } else if refers_to == "#resolutionNumber" && sc_number.is_none() {
                    sc_number = council_number(&plain_text(node));
                }
            }
            "session" if meta.session_text.is_none() => {
                meta.session_text = non_empty(plain_text(node));
                meta.session = node.attribute("value").and_then(|v| v.trim().parse().ok());
            }
            "inline" => match node.attribute("name") {
                Some("agenda item") => {
                    if let Some(item) = non_empty(plain_text(node))
                        && !meta.agenda_items.contains(&item)
                    {
                        meta.agenda_items.push(item);
                    }
                }
                Some("originating document") if meta.committee_report.is_none() => {
                    read_originating(&plain_text(node), &mut meta);
                }
                Some("adoptionMeeting") if meta.meeting.is_none() => {
                    meta.meeting = non_empty(plain_text(node));
                }
                _ => {}
            },
            "location"
                if meta.meeting.is_none()
                    && node.attribute("refersTo") == Some("#adoptionMeeting") =>
            {
                meta.meeting = non_empty(plain_text(node));
            }
            "docDate"
                if meta.adopted.is_none()
                    && node.attribute("refersTo") == Some("#adoptionDate") =>
            {
                meta.adopted = node.attribute("date").and_then(iso_date);
            }
            _ => {}
        }
    }

    if let Some(symbol) = &meta.symbol {
        meta.symbol = Some(collapse_spaces(symbol));
    }
    meta.body = frbr_uri
        .and_then(body_from_uri)
        .or_else(|| meta.symbol.as_deref().and_then(body_from_symbol))
        .or_else(|| author.and_then(body_from_author));
    let mut warnings = Vec::new();
    let uri_symbol = frbr_uri.and_then(|uri| symbol_from_uri(uri, statement_is_draft));
    // A cover page that names another resolution than the FRBR identification and the printed
    // number agree on (75/269 in Chinese is headed A/RES/75/268): the two are right.
    if let (Some(cover), Some(uri), Some(printed)) = (&meta.symbol, &uri_symbol, &meta.number)
        && let (Some(cover_core), Some(uri_core)) = (symbol_core(cover), symbol_core(uri))
        && cover.starts_with("A/RES/")
        && cover_core != uri_core
        && symbol_core(printed) == Some(uri_core)
    {
        let fixed = cover.replacen(cover_core, uri_core, 1);
        warnings.push(Warning::new(crate::text!(
            "warning-cover-symbol",
            cover = cover,
            symbol = &fixed
        )));
        meta.symbol = Some(fixed);
    }
    if meta.symbol.is_none() {
        meta.symbol = uri_symbol;
    }
    meta.is_draft = statement_is_draft || vetoed;
    if meta.is_draft && meta.draft_symbol.is_none() {
        meta.draft_symbol = meta.symbol.clone();
    }
    if meta.committee_report.is_none() {
        meta.committee_report = recommended.filter(|r| draft_in(r).is_none());
    }
    if meta.body == Some(Body::SecurityCouncil) {
        if meta.number.is_none() {
            meta.number = sc_number.or_else(|| {
                meta.symbol
                    .as_deref()
                    .and_then(|s| s.strip_prefix("S/RES/"))
                    .and_then(council_number)
            });
        }
        if meta.session.is_none() {
            meta.session = year_in(meta.number.as_deref())
                .or_else(|| year_in(meta.symbol.as_deref()))
                .or_else(|| year_in(meta.adopted.as_deref().or(any_date.as_deref())));
        }
    }
    (meta, warnings)
}

/// The document a resolution was adopted on, as its header prints it: a committee's report
/// (`A/75/394, para. 17`) is the committee report; a draft (`[without reference to a Main
/// Committee (A/75/L.20 and A/75/L.20/Add.1)]`) is not a report, and names the draft where
/// the workflow did not.
fn read_originating(printed: &str, meta: &mut Metadata) {
    if let Some(draft) = draft_in(printed) {
        if meta.draft_symbol.is_none() {
            meta.draft_symbol = Some(draft);
        }
        return;
    }
    // Some files hold only the conjunction there (`و`): no document at all.
    if printed.contains('/') {
        meta.committee_report = non_empty(printed.trim().to_string());
    }
}

/// The first draft symbol (`A/75/L.20`, `A/C.3/78/L.41/Rev.1`) in a text, canonical.
fn draft_in(text: &str) -> Option<String> {
    crate::cite::find(text, &crate::cite::Context::default())
        .into_iter()
        .map(|c| c.symbol)
        .find(|s| is_draft_symbol(s))
}

/// Whether a symbol is a draft's: the `L.` series (`A/75/L.20`, `A/C.1/75/L.4/Rev.1`).
fn is_draft_symbol(symbol: &str) -> bool {
    symbol.split('/').any(|part| {
        part.strip_prefix("L.")
            .is_some_and(|n| n.bytes().next().is_some_and(|b| b.is_ascii_digit()))
    })
}

fn read_step(node: Node, meta: &mut Metadata, recommended: &mut Option<String>, vetoed: &mut bool) {
    let outcome = node.attribute("outcome").unwrap_or_default();
    let symbol = node
        .attribute("as")
        .map(str::trim)
        .filter(|s| !s.is_empty());
    // The life of the text, step by step (the placeholder date 0001-01-01 is no date).
    if !outcome.is_empty() && meta.workflow.len() < 64 {
        meta.workflow.push(WorkflowStep {
            step: outcome.to_string(),
            date: node
                .attribute("date")
                .and_then(iso_date)
                .filter(|d| !d.starts_with("0001")),
            symbol: symbol.map(str::to_string),
        });
    }
    let by = node.attribute("by").unwrap_or_default();
    match outcome {
        "draftResolution" if meta.sponsors.is_empty() => {
            meta.sponsors = crate::document::split_states(by);
        }
        "draftResolutionAdditionalSponsors" if meta.additional_sponsors.is_empty() => {
            meta.additional_sponsors = crate::document::split_states(by);
        }
        _ => {}
    }
    match outcome {
        "draftResolution" if meta.draft_symbol.is_none() => {
            meta.draft_symbol = symbol.map(str::to_string);
        }
        "recommendedForAdoption" if recommended.is_none() => {
            *recommended = symbol.map(str::to_string);
        }
        _ => {
            let lower = outcome.to_ascii_lowercase();
            if lower == "veto" || lower == "notadopted" || lower == "rejected" {
                *vetoed = true;
            }
        }
    }
}

/// The record of a vote: its outcome (`recorded`, `without vote`, or the file's own word),
/// each count, and the member states that cast each vote.
fn read_voting(node: Node) -> Option<Votes> {
    let raw = node.attribute("outcome").unwrap_or_default().trim();
    let lower = raw.to_lowercase();
    let mut votes = Votes {
        outcome: if lower == "adoptedrecordedvote" {
            "recorded".into()
        } else if lower == "adoptedwithoutvote" || lower.contains("without vote") {
            "without vote".into()
        } else {
            raw.to_string()
        },
        ..Votes::default()
    };
    for count in node.children().filter(|c| c.tag_name().name() == "count") {
        let value = count
            .attribute("value")
            .and_then(|v| v.trim().parse::<u32>().ok());
        let states: Vec<String> = count
            .descendants()
            .filter(|d| d.tag_name().name() == "organization")
            .flat_map(|d| crate::document::split_states(&plain_text(d)))
            .collect();
        match count
            .attribute("refersTo")
            .map(|r| r.trim_start_matches('#'))
        {
            Some("inFavour") => {
                votes.in_favour = value;
                votes.in_favour_states = states;
            }
            Some("against") => {
                votes.against = value;
                votes.against_states = states;
            }
            Some("abstaining") => {
                votes.abstaining = value;
                votes.abstaining_states = states;
            }
            _ => {}
        }
    }
    // `Adopted 133-3-0, 88th plenary meeting`: a recorded vote, its counts in the words.
    if votes.in_favour.is_none()
        && let Some(rest) = lower.strip_prefix("adopted ")
    {
        let tally: Vec<u32> = rest
            .split(|c: char| !c.is_ascii_digit())
            .take_while(|t| !t.is_empty())
            .filter_map(|t| t.parse().ok())
            .collect();
        if let [yes, no, abstain] = tally[..] {
            votes.outcome = "recorded".into();
            votes.in_favour = Some(yes);
            votes.against = Some(no);
            votes.abstaining = Some(abstain);
        }
    }
    (!votes.outcome.is_empty() || votes.in_favour.is_some()).then_some(votes)
}

/// The text inside an element, whitespace collapsed, footnotes left out.
pub(super) fn plain_text(node: Node) -> String {
    let mut b = Builder::default();
    push_plain(node, &mut b, 0);
    b.finish().text
}

fn push_plain(node: Node, b: &mut Builder, depth: usize) {
    if depth > 64 {
        return;
    }
    for child in node.children() {
        if child.is_text() {
            b.push_text(child.text().unwrap_or_default());
        } else if child.is_element() {
            match child.tag_name().name() {
                "authorialNote" | "note" | "img" => {}
                "eol" | "br" => b.space(),
                _ => push_plain(child, b, depth + 1),
            }
        }
    }
}

fn has_ancestor(node: Node, name: &str) -> bool {
    ancestor(node, name).is_some()
}

fn ancestor<'a, 'input>(node: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    node.ancestors().find(|a| a.tag_name().name() == name)
}

/// `A`, `B`... the letter of a part printed under the number.
fn is_part_letter(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_uppercase())
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// Whitespace collapsed, and the space the UN puts before a year in parentheses restored
/// (`S/RES/2532(2020)` in some languages' cover pages).
fn collapse_spaces(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(joined.len() + 1);
    let mut previous = None;
    for c in joined.chars() {
        if c == '(' && previous.is_some_and(|p: char| p.is_ascii_digit()) {
            out.push(' ');
        }
        out.push(c);
        previous = Some(c);
    }
    out
}

/// Titles in some Arabic files start with a stray list dash.
pub(super) fn clean_title(title: &str) -> String {
    let t = title.trim();
    match t.strip_prefix(['-', '–']) {
        Some(rest) if rest.starts_with(char::is_whitespace) => rest.trim().to_string(),
        _ => t.to_string(),
    }
}

/// `2020-12-07`; the placeholder `0001-01-01` and anything else malformed give None.
fn iso_date(date: &str) -> Option<String> {
    let d = date.trim();
    let bytes = d.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    (shape_ok && !d.starts_with("0001")).then(|| d.to_string())
}

/// `2532 (2020)` from `Resolution 2532 (2020)`, `第2532(2020)号决议`, `2532 (2020)`.
fn council_number(text: &str) -> Option<String> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = &text[start..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let number = &rest[..digits];
    let after = rest[digits..].trim_start();
    let year = after
        .strip_prefix('(')
        .and_then(|r| r.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit())));
    Some(match year {
        Some(year) => format!("{number} ({year})"),
        None => number.to_string(),
    })
}

/// A four-digit year (19xx or 20xx) in the text, as in `2532 (2020)`, `S/2024/302`, `2020-12-07`.
fn year_in(text: Option<&str>) -> Option<u32> {
    let text = text?;
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3)).find_map(|i| {
        let window = bytes.get(i..i + 4)?;
        let before_ok = i == 0 || !bytes.get(i - 1).is_some_and(u8::is_ascii_digit);
        let after_ok = !bytes.get(i + 4).is_some_and(u8::is_ascii_digit);
        let plausible = window.starts_with(b"19") || window.starts_with(b"20");
        (before_ok && after_ok && plausible && window.iter().all(u8::is_ascii_digit))
            .then(|| std::str::from_utf8(window).ok()?.parse().ok())
            .flatten()
    })
}

/// The organ named in an FRBR URI: `/akn/un/statement/deliberation/unga-hrc/...`.
fn body_from_uri(uri: &str) -> Option<Body> {
    uri.split('/').find_map(|segment| match segment {
        "unga-hrc" | "unhrc" | "hrc" => Some(Body::HumanRightsCouncil),
        "unsc" => Some(Body::SecurityCouncil),
        "unga" => Some(Body::GeneralAssembly),
        "unecosoc" | "ecosoc" => Some(Body::EconomicAndSocialCouncil),
        _ => None,
    })
}

fn body_from_symbol(symbol: &str) -> Option<Body> {
    let s = symbol.trim().to_ascii_uppercase();
    if s.starts_with("A/HRC/") {
        Some(Body::HumanRightsCouncil)
    } else if s.starts_with("S/") {
        Some(Body::SecurityCouncil)
    } else if s.starts_with("E/") {
        Some(Body::EconomicAndSocialCouncil)
    } else if s.starts_with("A/") {
        Some(Body::GeneralAssembly)
    } else {
        None
    }
}

fn body_from_author(author: &str) -> Option<Body> {
    match author.trim_start_matches('#').to_ascii_lowercase().as_str() {
        "ga" | "generalassembly" => Some(Body::GeneralAssembly),
        "sc" | "securitycouncil" => Some(Body::SecurityCouncil),
        "hrc" | "humanrightscouncil" => Some(Body::HumanRightsCouncil),
        "ecosoc" | "economicandsocialcouncil" => Some(Body::EconomicAndSocialCouncil),
        _ => None,
    }
}

/// The `75/269` of `A/RES/75/269`, `75/269 B` or `A/RES/75/269 B`.
fn symbol_core(symbol: &str) -> Option<&str> {
    let start = symbol.find(|c: char| c.is_ascii_digit())?;
    let rest = &symbol[start..];
    let (session, tail) = rest.split_once('/')?;
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    if session.is_empty() || !session.bytes().all(|b| b.is_ascii_digit()) || digits == 0 {
        return None;
    }
    Some(&rest[..session.len() + 1 + digits])
}

/// A symbol rebuilt from the FRBR work URI, for files without a cover page:
/// `.../unga/2020-12-07/75-32/` -> `A/RES/75/32`.
fn symbol_from_uri(uri: &str, draft: bool) -> Option<String> {
    let segments: Vec<&str> = uri.split('/').filter(|s| !s.is_empty()).collect();
    let organ = segments.iter().position(|s| body_from_uri(s).is_some())?;
    let number = segments.get(organ + 2)?;
    let (a, b) = number.split_once('-')?;
    Some(match *segments.get(organ)? {
        "unsc" if draft => format!("S/{a}/{b}"),
        "unsc" => format!("S/RES/{a} ({b})"),
        "unga-hrc" | "unhrc" | "hrc" => format!("A/HRC/RES/{a}/{b}"),
        "unecosoc" | "ecosoc" => format!("E/RES/{a}/{b}"),
        _ => format!("A/RES/{a}/{b}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn council_numbers_in_six_languages() {
        assert_eq!(
            council_number("\t\tResolution 2532 (2020)").as_deref(),
            Some("2532 (2020)")
        );
        assert_eq!(
            council_number("第2506(2020)号决议").as_deref(),
            Some("2506 (2020)")
        );
        assert_eq!(council_number("Resolución").as_deref(), None);
    }

    #[test]
    fn symbols_get_the_space_before_the_year() {
        assert_eq!(collapse_spaces("S/RES/2532(2020)"), "S/RES/2532 (2020)");
        assert_eq!(collapse_spaces(" S/RES/2532  (2020) "), "S/RES/2532 (2020)");
        assert_eq!(collapse_spaces("A/RES/75/101 A-B"), "A/RES/75/101 A-B");
    }

    #[test]
    fn dates_and_years() {
        assert_eq!(iso_date("2020-12-07").as_deref(), Some("2020-12-07"));
        assert_eq!(iso_date("0001-01-01"), None);
        assert_eq!(iso_date("7 Dec"), None);
        assert_eq!(year_in(Some("S/2024/302")), Some(2024));
        assert_eq!(year_in(Some("2532 (2020)")), Some(2020));
        assert_eq!(year_in(Some("12345")), None);
    }

    #[test]
    fn symbols_from_uris() {
        let uri = "/akn/un/statement/deliberation/unga/2020-12-07/75-32/";
        assert_eq!(symbol_from_uri(uri, false).as_deref(), Some("A/RES/75/32"));
        let uri = "/akn/un/statement/deliberation/unsc/2020-07-01/2532-2020/";
        assert_eq!(
            symbol_from_uri(uri, false).as_deref(),
            Some("S/RES/2532 (2020)")
        );
        let uri = "/akn/un/statement/deliberation/unga-hrc/2025-04-03/58-12/";
        assert_eq!(body_from_uri(uri), Some(Body::HumanRightsCouncil));
        assert_eq!(
            symbol_from_uri(uri, false).as_deref(),
            Some("A/HRC/RES/58/12")
        );
    }

    #[test]
    fn drafts_are_not_committee_reports() {
        for (printed, report, draft) in [
            ("A/75/394, para. 17", Some("A/75/394, para. 17"), None),
            ("A/75/399，第96段", Some("A/75/399，第96段"), None),
            ("A/75/606", Some("A/75/606"), None),
            ("A/79/L.11", None, Some("A/79/L.11")),
            ("A/75/L.20 and A/75/L.20/Add.1", None, Some("A/75/L.20")),
            ("A/75/L.20和A/75/L.20/Add.1", None, Some("A/75/L.20")),
            ("A/75/L.20 و A/75/L.20/Add.1", None, Some("A/75/L.20")),
            ("A/74/39 and A/74/L.39/Add.1", None, Some("A/74/L.39/Add.1")),
            ("A/S-32/L.1", None, Some("A/S-32/L.1")),
            ("و", None, None),
        ] {
            let mut meta = Metadata::default();
            read_originating(printed, &mut meta);
            assert_eq!(meta.committee_report.as_deref(), report, "{printed}");
            assert_eq!(meta.draft_symbol.as_deref(), draft, "{printed}");
        }
        // The workflow's draft stays: the header only fills a gap.
        let mut meta = Metadata {
            draft_symbol: Some("A/75/L.20".into()),
            ..Metadata::default()
        };
        read_originating("A/75/L.21", &mut meta);
        assert_eq!(meta.draft_symbol.as_deref(), Some("A/75/L.20"));
        assert_eq!(meta.committee_report, None);
        assert!(!is_draft_symbol("A/75/394"));
        assert!(is_draft_symbol("A/C.3/78/L.41/Rev.1"));
    }

    #[test]
    fn arabic_title_dash_is_dropped() {
        assert_eq!(clean_title("-\tالارتقاء"), "الارتقاء");
        assert_eq!(clean_title("Non-proliferation"), "Non-proliferation");
    }

    #[test]
    fn symbol_cores() {
        assert_eq!(symbol_core("A/RES/75/269"), Some("75/269"));
        assert_eq!(symbol_core("75/250 B"), Some("75/250"));
        assert_eq!(symbol_core("A/RES/S-32/1"), Some("32/1"));
        assert_eq!(symbol_core("S/RES/2524 (2020)"), None);
    }
}
