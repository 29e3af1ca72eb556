//! How a paragraph is printed and cited: its number as it stands before the text (`3.`,
//! Arabic `3 -`, `(a)`), and the form a drafter pastes to cite it ("resolution 75/253,
//! section II, paragraph 3").

use super::{Document, Metadata, Paragraph, ParagraphKind};

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

/// What the document is called in a citation: `resolution 75/32`, `resolution 2532 (2020)`,
/// or its symbol for anything else (a draft, a report).
fn cited_document(meta: &Metadata, fallback: &str) -> String {
    let symbol = meta.symbol.as_deref().unwrap_or(fallback);
    let resolution = symbol.contains("/RES/") && !meta.is_draft;
    match (&meta.number, resolution) {
        (Some(number), true) => {
            format!("resolution {}", number.trim().trim_end_matches('.').trim())
        }
        _ => symbol.to_string(),
    }
}

/// The citation of a paragraph in the form the UN uses and a drafter pastes:
/// `resolution 75/32, paragraph 3`, `resolution 75/32, paragraph 1 (a)`,
/// `resolution 75/253, section II, paragraph 3`, `resolution 78/1, annex, paragraph 12`,
/// `resolution 75/32, tenth preambular paragraph`.
pub fn citation(doc: &Document, p: &Paragraph) -> String {
    let name = cited_document(&doc.meta, &doc.display_name());
    let Some(parts) = parts(&p.reference) else {
        return format!("{name}, {}", p.reference);
    };
    let mut pieces = vec![name];
    let sections = parts.qualifiers.iter().filter_map(|q| {
        if let Some(n) = q.strip_prefix("Art.") {
            Some(format!("article {n}"))
        } else if q.chars().all(|c| "IVXLC".contains(c)) {
            Some(format!("section {q}"))
        } else {
            None
        }
    });
    // A part of a collection (`75/101 A`) belongs with the resolution's number.
    if let Some(part) = parts
        .qualifiers
        .iter()
        .find(|q| q.len() == 1 && q.chars().all(|c| c.is_ascii_uppercase()))
        && !parts
            .qualifiers
            .iter()
            .any(|q| q.chars().all(|c| "IVXLC".contains(c)))
        && let Some(first) = pieces.first_mut()
    {
        first.push(' ');
        first.push_str(part);
    }
    if let Some(annex) = parts.annex {
        pieces.push(if annex.is_empty() {
            "annex".to_string()
        } else {
            format!("annex {annex}")
        });
    }
    pieces.extend(sections);
    let labels: String = parts.labels.iter().map(|l| format!(" ({l})")).collect();
    if parts.preambular {
        let n: u32 = parts.number.parse().unwrap_or(0);
        pieces.push(format!("{} preambular paragraph{labels}", ordinal_word(n)));
    } else {
        pieces.push(format!("paragraph {}{labels}", parts.number));
    }
    pieces.join(", ")
}

/// `1 -> first`, `10 -> tenth`, `23 -> twenty-third`; digits with a suffix past 99.
fn ordinal_word(n: u32) -> String {
    const FIRST: [&str; 20] = [
        "zeroth",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    const TENTHS: [&str; 10] = [
        "",
        "",
        "twentieth",
        "thirtieth",
        "fortieth",
        "fiftieth",
        "sixtieth",
        "seventieth",
        "eightieth",
        "ninetieth",
    ];
    match n {
        0..=19 => FIRST[n as usize].to_string(),
        20..=99 if n.is_multiple_of(10) => TENTHS[(n / 10) as usize].to_string(),
        20..=99 => format!("{}-{}", TENS[(n / 10) as usize], FIRST[(n % 10) as usize]),
        _ => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    }
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
