//! How a paragraph is printed and cited: its number as it stands before the text (`3.`,
//! Arabic `3 -`, `(a)`), and the form a drafter pastes to cite it ("resolution 75/253,
//! section II, paragraph 3").

use super::{Document, Language, Metadata, Paragraph, ParagraphKind, roman_value};
use crate::i18n::{self, Arg};

impl Paragraph {
    /// Whether the paragraph carries a number of the document's own sequence (an operative
    /// paragraph, or a numbered paragraph of an annex).
    pub fn is_numbered(&self) -> bool {
        matches!(self.kind, ParagraphKind::Operative | ParagraphKind::Annex)
    }

    /// The number as it stands before the text, with the space after it: `3. ` (`3 - ` in
    /// a right-to-left text), `(a) `, or nothing.
    pub fn number_prefix(&self, rtl: bool) -> String {
        match self.number.as_deref() {
            Some(n) if self.is_numbered() && !n.ends_with(['.', '-']) => {
                if rtl {
                    format!("{n} - ")
                } else {
                    format!("{n}. ")
                }
            }
            Some(n) => format!("{n} "),
            None => String::new(),
        }
    }

    /// The words a delegate recognises a paragraph by: the emphasised opening (`Recalling`,
    /// `Calls upon`), else the first few words.
    pub fn lead_words(&self) -> String {
        let p = self;
        let text = p.text.trim();
        let lead = p
            .styles
            .iter()
            .find(|s| s.range.start == 0 && (s.italic || s.bold))
            .and_then(|s| text.get(..s.range.end.min(text.len())))
            .map(str::to_string)
            .unwrap_or_else(|| {
                let cjk = text.chars().next().is_some_and(super::script::is_cjk);
                if cjk {
                    text.chars().take(8).collect()
                } else {
                    text.split_whitespace()
                        .take(3)
                        .collect::<Vec<_>>()
                        .join(" ")
                }
            });
        let mut lead: String = lead
            .trim_end_matches([',', '，', '،', ':', ';'])
            .to_string();
        if lead.chars().count() > 30 {
            lead = lead.chars().take(29).collect::<String>() + "…";
        }
        lead
    }

    /// The paragraph as a delegate pastes it: number and text.
    pub fn copy_text(&self) -> String {
        format!("{}{}", self.number_prefix(false), self.text)
    }
}

/// The parts of a reference that a citation spells out.
#[derive(Debug, Default, PartialEq)]
struct Parts<'r> {
    /// Part of a collection (`A`), or section (`II`, `Art.5`), in the order printed.
    qualifiers: Vec<&'r str>,
    /// `Some("")` for a single annex, `Some("III")` for annex III.
    annex: Option<&'r str>,
    preambular: bool,
    number: &'r str,
    /// Sub-paragraph labels as printed: `a`, `ii`.
    labels: Vec<&'r str>,
}

fn parts(reference: &str) -> Option<Parts<'_>> {
    let (head, tail) = reference
        .split_once('(')
        .map_or((reference, ""), |(h, t)| (h, t));
    let mut words: Vec<&str> = head.split_whitespace().collect();
    let last = words.pop()?;
    let mut out = Parts::default();
    if let Some(n) = last.strip_prefix("OP") {
        out.number = n;
    } else if let Some(n) = last.strip_prefix("PP") {
        out.number = n;
        out.preambular = true;
    } else if words.first() == Some(&"Annex") {
        out.number = last;
        words.remove(0);
        let numbered = words
            .first()
            .filter(|w| w.chars().all(|c| "IVXLC".contains(c)));
        out.annex = Some(numbered.copied().unwrap_or(""));
        if numbered.is_some() {
            words.remove(0);
        }
    } else {
        return None;
    }
    if out.number.is_empty() || !out.number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    out.qualifiers = words;
    out.labels = tail
        .split(['(', ')'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    Some(out)
}

/// What a citation names the document by.
enum Cited {
    /// A resolution by its number, in the document's language: `resolution 75/32`,
    /// `第75/32号决议`, `resolution 2532 (2020)`.
    Resolution(String),
    /// Anything else by its symbol (a draft, a report).
    Symbol(String),
}

/// A message of the citation in `language` (the document's).
fn say(language: Language, key: &str, args: &[(&str, Arg)]) -> String {
    i18n::format(language, key, None, args)
}

/// A Security Council resolution's number as printed, `2532 (2020)`: number and year.
fn council_number(number: &str) -> Option<(&str, &str)> {
    let (n, year) = number.split_once('(')?;
    let (n, year) = (n.trim(), year.strip_suffix(')')?.trim());
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(n) && year.len() == 4 && digits(year)).then_some((n, year))
}

/// What the document is called in a citation: `resolution 75/32` (with the part of a
/// collection, `resolution 75/101 B`), `resolution 2532 (2020)`, or its symbol for anything
/// else (a draft, a report).
fn cited_document(
    language: Language,
    meta: &Metadata,
    fallback: &str,
    part: Option<&str>,
) -> Cited {
    let symbol = meta.symbol.as_deref().unwrap_or(fallback);
    let resolution = symbol.contains("/RES/") && !meta.is_draft;
    match (&meta.number, resolution) {
        (Some(number), true) => {
            let number = number.trim().trim_end_matches('.').trim();
            if let Some((number, year)) = council_number(number) {
                let args = [("number", number.into()), ("year", year.into())];
                return Cited::Resolution(say(language, "cite-council-resolution", &args));
            }
            let number = match part {
                Some(part) => {
                    let part = say(language, "cite-part", &[("part", part.into())]);
                    format!("{number} {part}")
                }
                None => number.to_string(),
            };
            Cited::Resolution(say(
                language,
                "cite-resolution",
                &[("number", (&number).into())],
            ))
        }
        _ => Cited::Symbol(match part {
            Some(part) => format!("{symbol} {part}"),
            None => symbol.to_string(),
        }),
    }
}

/// The citation of a paragraph in the form the UN uses and a drafter pastes, in the
/// document's language (English when it is not known):
/// `resolution 75/32, paragraph 3`, `resolution 75/32, paragraph 1 (a)`,
/// `resolution 75/253, section II, paragraph 3`, `resolution 78/1, annex, paragraph 12`,
/// `resolution 75/32, tenth preambular paragraph`; `第75/32号决议第3段`,
/// `résolution 75/32, paragraphe 3`, `القرار 75/32، الفقرة 3`, `резолюция 75/32, пункт 3`,
/// `resolución 75/32, párrafo 3`. The forms are the `cite-*` messages of each language.
pub fn citation(doc: &Document, p: &Paragraph) -> String {
    let language = doc.meta.language.unwrap_or(Language::En);
    let fallback = doc.display_name();
    let Some(parts) = parts(&p.reference) else {
        return cite(
            language,
            cited_document(language, &doc.meta, &fallback, None),
            p.reference.clone(),
        );
    };
    let roman = |q: &str| q.chars().all(|c| "IVXLC".contains(c));
    // A part of a collection (`75/101 A`) belongs with the resolution's number.
    let part = parts
        .qualifiers
        .iter()
        .find(|q| q.len() == 1 && q.chars().all(|c| c.is_ascii_uppercase()))
        .filter(|_| !parts.qualifiers.iter().any(|q| roman(q)))
        .copied();
    let document = cited_document(language, &doc.meta, &fallback, part);
    let mut place: Vec<String> = Vec::new();
    if let Some(annex) = parts.annex {
        place.push(if annex.is_empty() {
            say(language, "cite-annex", &[])
        } else {
            let annex = part_number(language, annex);
            say(
                language,
                "cite-annex-numbered",
                &[("annex", (&annex).into())],
            )
        });
    }
    let mut in_article = false;
    for q in &parts.qualifiers {
        if let Some(n) = q.strip_prefix("Art.") {
            in_article = true;
            place.push(say(language, "cite-article", &[("article", n.into())]));
        } else if roman(q) {
            let section = part_number(language, q);
            place.push(say(
                language,
                "cite-section",
                &[("section", (&section).into())],
            ));
        }
    }
    let labels: String = parts
        .labels
        .iter()
        .map(|l| say(language, "cite-label", &[("label", (*l).into())]))
        .collect();
    place.push(if parts.preambular {
        let ordinal = ordinal(language, parts.number.parse().unwrap_or(0));
        let args = [("ordinal", (&ordinal).into()), ("labels", (&labels).into())];
        say(language, "cite-preambular", &args)
    } else {
        let key = if in_article {
            "cite-article-paragraph"
        } else {
            "cite-paragraph"
        };
        let args = [
            ("number", parts.number.into()),
            ("labels", (&labels).into()),
        ];
        say(language, key, &args)
    });
    let place = place
        .into_iter()
        .reduce(|outer, inner| {
            let args = [("outer", (&outer).into()), ("inner", (&inner).into())];
            say(language, "cite-within", &args)
        })
        .unwrap_or_default();
    cite(language, document, place)
}

/// The document and the place in it, as one citation.
fn cite(language: Language, document: Cited, place: String) -> String {
    let (key, document) = match document {
        Cited::Resolution(name) => ("cite", name),
        Cited::Symbol(symbol) => ("cite-symbol", symbol),
    };
    let args = [("document", (&document).into()), ("place", (&place).into())];
    say(language, key, &args)
}

/// The arguments of `cite-ordinal`: the number, its digits, and the numeral as printed.
fn number_args(n: u32, printed: &str) -> [(&'static str, Arg<'_>); 5] {
    [
        ("n", n.into()),
        ("hundreds", (n / 100).into()),
        ("tens", (n / 10 % 10).into()),
        ("units", (n % 10).into()),
        ("roman", printed.into()),
    ]
}

/// The rank of a preambular paragraph as `language` says it: `1 -> first`, `10 -> tenth`,
/// `23 -> twenty-third` (`dixième`, `décimo`, `десятый`, `العاشرة`; Chinese keeps the digits).
fn ordinal(language: Language, n: u32) -> String {
    let printed = n.to_string();
    i18n::format(language, "cite-ordinal", None, &number_args(n, &printed))
}

/// The number of a section or an annex as `language` says it, from the Roman numeral the
/// document prints: `II` (Arabic `الثاني`, Chinese `二`).
fn part_number(language: Language, roman: &str) -> String {
    let n = roman_value(&roman.to_ascii_lowercase()).unwrap_or(0);
    i18n::format(
        language,
        "cite-ordinal",
        Some("part"),
        &number_args(n, roman),
    )
}

/// `1 -> first`, `10 -> tenth`, `23 -> twenty-third`; digits with a suffix past 99.
#[cfg(test)]
fn ordinal_word(n: u32) -> String {
    ordinal(Language::En, n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Format, Part};

    fn doc(symbol: &str, number: &str) -> Document {
        let mut d = Document::new(Format::AkomaNtoso);
        d.meta.symbol = Some(symbol.into());
        d.meta.number = Some(number.into());
        d
    }

    fn para(kind: ParagraphKind, reference: &str, number: Option<&str>) -> Paragraph {
        let mut p = Paragraph::new("x", kind, Part::Operative, "text");
        p.reference = reference.into();
        p.number = number.map(str::to_string);
        p
    }

    #[test]
    fn citations_in_the_form_the_un_uses() {
        let d = doc("A/RES/75/32", "75/32.");
        let cite = |kind, reference| citation(&d, &para(kind, reference, None));
        assert_eq!(
            cite(ParagraphKind::Operative, "OP3"),
            "resolution 75/32, paragraph 3"
        );
        assert_eq!(
            cite(ParagraphKind::Subparagraph, "OP1(a)"),
            "resolution 75/32, paragraph 1 (a)"
        );
        assert_eq!(
            cite(ParagraphKind::Subparagraph, "OP3(b)(ii)"),
            "resolution 75/32, paragraph 3 (b) (ii)"
        );
        assert_eq!(
            cite(ParagraphKind::Preambular, "PP10"),
            "resolution 75/32, tenth preambular paragraph"
        );
        assert_eq!(
            cite(ParagraphKind::Operative, "II OP3"),
            "resolution 75/32, section II, paragraph 3"
        );
        assert_eq!(
            cite(ParagraphKind::Annex, "Annex 12"),
            "resolution 75/32, annex, paragraph 12"
        );
        assert_eq!(
            cite(ParagraphKind::Annex, "Annex III Art.8 2"),
            "resolution 75/32, annex III, article 8, paragraph 2"
        );
        assert_eq!(
            cite(ParagraphKind::Other, "p4"),
            "resolution 75/32, p4",
            "other text is named by its id"
        );
        let parts = doc("A/RES/75/101 A-B", "75/101.");
        assert_eq!(
            citation(&parts, &para(ParagraphKind::Operative, "B OP2", None)),
            "resolution 75/101 B, paragraph 2"
        );
        let council = doc("S/RES/2532 (2020)", "2532 (2020)");
        assert_eq!(
            citation(&council, &para(ParagraphKind::Operative, "OP1", None)),
            "resolution 2532 (2020), paragraph 1"
        );
        let mut draft = doc("A/C.3/78/L.41", "");
        draft.meta.number = None;
        draft.meta.is_draft = true;
        assert_eq!(
            citation(&draft, &para(ParagraphKind::Operative, "OP30", None)),
            "A/C.3/78/L.41, paragraph 30"
        );
    }

    /// Each language's form, as its own texts cite paragraphs (see tests/doc_language.rs for
    /// the corpus's evidence).
    #[test]
    fn citations_in_the_documents_language() {
        use Language::{Ar, Es, Fr, Ru, Zh};
        let in_language = |language, symbol: &str, number: &str| {
            let mut d = doc(symbol, number);
            d.meta.language = Some(language);
            d
        };
        let cite = |language, kind, reference: &str| {
            let d = in_language(language, "A/RES/75/32", "75/32.");
            citation(&d, &para(kind, reference, None))
        };
        let (op, pp, sub) = (
            ParagraphKind::Operative,
            ParagraphKind::Preambular,
            ParagraphKind::Subparagraph,
        );
        let (annex, other) = (ParagraphKind::Annex, ParagraphKind::Other);
        #[rustfmt::skip]
        let cases: [(Language, ParagraphKind, &str, &str); 40] = [
            (Zh, op, "OP3", "第75/32号决议第3段"),
            (Fr, op, "OP3", "résolution 75/32, paragraphe 3"),
            (Ar, op, "OP3", "القرار 75/32، الفقرة 3"),
            (Ru, op, "OP3", "резолюция 75/32, пункт 3"),
            (Es, op, "OP3", "resolución 75/32, párrafo 3"),
            (Zh, pp, "PP10", "第75/32号决议序言部分第10段"),
            (Fr, pp, "PP10", "résolution 75/32, dixième alinéa du préambule"),
            (Ar, pp, "PP10", "القرار 75/32، الفقرة العاشرة من الديباجة"),
            (Ru, pp, "PP10", "резолюция 75/32, десятый пункт преамбулы"),
            (Es, pp, "PP10", "resolución 75/32, décimo párrafo del preámbulo"),
            (Fr, pp, "PP1", "résolution 75/32, premier alinéa du préambule"),
            (Es, pp, "PP3", "resolución 75/32, tercer párrafo del preámbulo"),
            (Ar, pp, "PP21", "القرار 75/32، الفقرة الحادية والعشرون من الديباجة"),
            (Zh, sub, "OP1(a)", "第75/32号决议第1(a)段"),
            (Fr, sub, "OP1(a)", "résolution 75/32, paragraphe 1 a)"),
            (Ar, sub, "OP1(أ)", "القرار 75/32، الفقرة 1 (أ)"),
            (Ru, sub, "OP1(а)", "резолюция 75/32, пункт 1 а)"),
            (Es, sub, "OP1(a)", "resolución 75/32, párrafo 1 a)"),
            (Zh, sub, "OP3(b)(ii)", "第75/32号决议第3(b)(ii)段"),
            (Fr, sub, "OP3(b)(ii)", "résolution 75/32, paragraphe 3 b) ii)"),
            (Zh, op, "II OP3", "第75/32号决议第二节第3段"),
            (Fr, op, "II OP3", "résolution 75/32, section II, paragraphe 3"),
            (Ar, op, "II OP3", "القرار 75/32، الجزء الثاني، الفقرة 3"),
            (Ru, op, "II OP3", "резолюция 75/32, раздел II, пункт 3"),
            (Es, op, "II OP3", "resolución 75/32, sección II, párrafo 3"),
            (Zh, op, "XVIII OP5", "第75/32号决议第十八节第5段"),
            (Ar, op, "XVIII OP5", "القرار 75/32، الجزء الثامن عشر، الفقرة 5"),
            (Zh, annex, "Annex 12", "第75/32号决议附件第12段"),
            (Fr, annex, "Annex 12", "résolution 75/32, annexe, paragraphe 12"),
            (Ar, annex, "Annex 12", "القرار 75/32، المرفق، الفقرة 12"),
            (Ru, annex, "Annex 12", "резолюция 75/32, приложение, пункт 12"),
            (Es, annex, "Annex 12", "resolución 75/32, anexo, párrafo 12"),
            (Zh, annex, "Annex I 4", "第75/32号决议附件一第4段"),
            (Zh, annex, "Annex III Art.8 2", "第75/32号决议附件三第8条第2款"),
            (Fr, annex, "Annex III Art.8 2", "résolution 75/32, annexe III, article 8, paragraphe 2"),
            (Ar, annex, "Annex III Art.8 2", "القرار 75/32، المرفق الثالث، المادة 8، الفقرة 2"),
            (Ru, annex, "Annex III Art.8 2", "резолюция 75/32, приложение III, статья 8, пункт 2"),
            (Es, annex, "Annex III Art.8 2", "resolución 75/32, anexo III, artículo 8, párrafo 2"),
            (Zh, other, "p4", "第75/32号决议p4"),
            (Ar, other, "p4", "القرار 75/32، p4"),
        ];
        for (language, kind, reference, expected) in cases {
            assert_eq!(
                cite(language, kind, reference),
                expected,
                "{language} {reference}"
            );
        }

        let parts = |language| {
            let d = in_language(language, "A/RES/75/101 A-B", "75/101.");
            citation(&d, &para(ParagraphKind::Operative, "B OP2", None))
        };
        assert_eq!(parts(Zh), "第75/101 B号决议第2段");
        assert_eq!(parts(Ar), "القرار 75/101 باء، الفقرة 2");
        assert_eq!(parts(Fr), "résolution 75/101 B, paragraphe 2");
        assert_eq!(parts(Ru), "резолюция 75/101 B, пункт 2");

        let council = |language| {
            let d = in_language(language, "S/RES/2532 (2020)", "2532 (2020)");
            citation(&d, &para(ParagraphKind::Operative, "OP1", None))
        };
        assert_eq!(council(Zh), "第2532(2020)号决议第1段");
        assert_eq!(council(Fr), "résolution 2532 (2020), paragraphe 1");
        assert_eq!(council(Ar), "القرار 2532 (2020)، الفقرة 1");
        assert_eq!(council(Ru), "резолюция 2532 (2020), пункт 1");
        assert_eq!(council(Es), "resolución 2532 (2020), párrafo 1");

        let draft = |language| {
            let mut d = in_language(language, "A/C.3/78/L.41", "");
            d.meta.number = None;
            d.meta.is_draft = true;
            citation(&d, &para(ParagraphKind::Operative, "OP30", None))
        };
        assert_eq!(draft(Zh), "A/C.3/78/L.41，第30段");
        assert_eq!(draft(Ar), "A/C.3/78/L.41، الفقرة 30");
        assert_eq!(draft(Es), "A/C.3/78/L.41, párrafo 30");
    }

    #[test]
    fn ordinals_in_each_language() {
        let ns = [1, 3, 11, 12, 13, 20, 21, 22, 45, 71, 80, 81, 91, 99, 101];
        let words = |language| ns.map(|n| ordinal(language, n));
        assert_eq!(
            words(Language::Fr),
            [
                "premier",
                "troisième",
                "onzième",
                "douzième",
                "treizième",
                "vingtième",
                "vingt et unième",
                "vingt-deuxième",
                "quarante-cinquième",
                "soixante et onzième",
                "quatre-vingtième",
                "quatre-vingt-unième",
                "quatre-vingt-onzième",
                "quatre-vingt-dix-neuvième",
                "101e",
            ]
        );
        assert_eq!(
            words(Language::Es),
            [
                "primer",
                "tercer",
                "undécimo",
                "duodécimo",
                "decimotercer",
                "vigésimo",
                "vigésimo primer",
                "vigésimo segundo",
                "cuadragésimo quinto",
                "septuagésimo primer",
                "octogésimo",
                "octogésimo primer",
                "nonagésimo primer",
                "nonagésimo noveno",
                "101.º",
            ]
        );
        assert_eq!(
            words(Language::Ru),
            [
                "первый",
                "третий",
                "одиннадцатый",
                "двенадцатый",
                "тринадцатый",
                "двадцатый",
                "двадцать первый",
                "двадцать второй",
                "сорок пятый",
                "семьдесят первый",
                "восьмидесятый",
                "восемьдесят первый",
                "девяносто первый",
                "девяносто девятый",
                "101-й",
            ]
        );
        assert_eq!(
            words(Language::Ar),
            [
                "الأولى",
                "الثالثة",
                "الحادية عشرة",
                "الثانية عشرة",
                "الثالثة عشرة",
                "العشرون",
                "الحادية والعشرون",
                "الثانية والعشرون",
                "الخامسة والأربعون",
                "الحادية والسبعون",
                "الثمانون",
                "الحادية والثمانون",
                "الحادية والتسعون",
                "التاسعة والتسعون",
                "101",
            ]
        );
        assert_eq!(words(Language::Zh), ns.map(|n| n.to_string()));
        assert_eq!(words(Language::En)[6], "twenty-first");
        let parts = |language| {
            ["I", "II", "X", "XI", "XVIII", "XX", "XXIII"].map(|r| part_number(language, r))
        };
        assert_eq!(
            parts(Language::Ar),
            [
                "الأول",
                "الثاني",
                "العاشر",
                "الحادي عشر",
                "الثامن عشر",
                "العشرون",
                "الثالث والعشرون"
            ]
        );
        assert_eq!(
            parts(Language::Zh),
            ["一", "二", "十", "十一", "十八", "二十", "二十三"]
        );
        for language in [Language::En, Language::Fr, Language::Ru, Language::Es] {
            assert_eq!(
                parts(language),
                ["I", "II", "X", "XI", "XVIII", "XX", "XXIII"]
            );
        }
    }

    #[test]
    fn numbers_as_printed() {
        let op = para(ParagraphKind::Operative, "OP3", Some("3"));
        assert_eq!(op.number_prefix(false), "3. ");
        assert_eq!(op.number_prefix(true), "3 - ");
        assert_eq!(op.copy_text(), "3. text");
        let annex = para(ParagraphKind::Annex, "Annex 12", Some("12"));
        assert_eq!(annex.number_prefix(false), "12. ");
        let sub = para(ParagraphKind::Subparagraph, "OP3(a)", Some("(a)"));
        assert_eq!(sub.number_prefix(false), "(a) ");
        let pp = para(ParagraphKind::Preambular, "PP1", None);
        assert_eq!(pp.number_prefix(false), "");
    }

    #[test]
    fn ordinal_words() {
        assert_eq!(ordinal_word(1), "first");
        assert_eq!(ordinal_word(12), "twelfth");
        assert_eq!(ordinal_word(20), "twentieth");
        assert_eq!(ordinal_word(23), "twenty-third");
        assert_eq!(ordinal_word(101), "101st");
        assert_eq!(ordinal_word(112), "112th");
    }
}
