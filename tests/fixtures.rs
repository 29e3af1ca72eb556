//! The core on small excerpts of real resolutions kept in the repository (see
//! tests/fixtures/README.md), so that a fresh clone without the shared corpus tests the
//! paragraph numbers delegates rely on.

use plenary::document::{Document, Language, ParagraphKind, citation};
use plenary::parse::parse_file;
use std::path::Path;

fn fixture(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/akn")
        .join(name);
    parse_file(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// (reference, printed number) of the paragraphs of a kind, in order.
fn numbered(doc: &Document, kind: ParagraphKind) -> Vec<(String, Option<String>)> {
    doc.paragraphs
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| (p.reference.clone(), p.number.clone()))
        .collect()
}

fn refs(doc: &Document, kind: ParagraphKind) -> Vec<String> {
    numbered(doc, kind).into_iter().map(|(r, _)| r).collect()
}

#[test]
fn numbering_that_restarts_in_each_section_carries_the_section() {
    for (file, lang, cited) in [
        (
            "75_253_E.excerpt.xml",
            Language::En,
            "resolution 75/253, section II, paragraph 1",
        ),
        (
            "75_253_A.excerpt.xml",
            Language::Ar,
            "القرار 75/253، الجزء الثاني، الفقرة 1",
        ),
    ] {
        let doc = fixture(file);
        assert_eq!(doc.meta.language, Some(lang), "{file}");
        assert_eq!(
            refs(&doc, ParagraphKind::Operative),
            [
                "I OP1", "I OP2", "I OP3", "II OP1", "II OP2", "III OP1", "III OP2", "III OP3",
                "III OP4"
            ],
            "{file}"
        );
        for (reference, number) in numbered(&doc, ParagraphKind::Operative) {
            assert!(
                reference.ends_with(&format!("OP{}", number.unwrap())),
                "{file}"
            );
        }
        assert_eq!(
            refs(&doc, ParagraphKind::Preambular),
            ["I PP1", "II PP1", "III PP1"],
            "{file}"
        );
        let headings = doc.paragraphs.iter().filter(|p| p.is_heading()).count();
        assert_eq!(headings, 3, "{file}: one heading a section");
        let ii_op1 = &doc.paragraphs[doc.find_ref("ii op1").unwrap()];
        assert_eq!(ii_op1.id, "ii-op1");
        assert_eq!(citation(&doc, ii_op1), cited, "{file}: in its own language");
        assert_eq!(doc.find_ref("OP1"), None, "OP1 alone is ambiguous here");
    }
}

#[test]
fn an_annexed_declaration_numbers_its_paragraphs() {
    let doc = fixture("78_1_E.excerpt.xml");
    assert_eq!(refs(&doc, ParagraphKind::Operative), ["OP1"]);
    let annex = refs(&doc, ParagraphKind::Annex);
    let expected: Vec<String> = (1..=annex.len()).map(|n| format!("Annex {n}")).collect();
    assert_eq!(annex, expected);
    assert!(annex.len() >= 7, "{annex:?}");
    let p = &doc.paragraphs[doc.find_ref("annex 3").unwrap()];
    assert_eq!(p.id, "annex-3");
    assert_eq!(p.number_prefix(false), "3. ");
    assert_eq!(citation(&doc, p), "resolution 78/1, annex, paragraph 3");
}

#[test]
fn a_chapeau_and_a_heading_before_paragraph_1_take_no_number() {
    let doc = fixture("75_1_E.excerpt.xml");
    assert_eq!(
        numbered(&doc, ParagraphKind::Operative)[0],
        ("OP1".to_string(), Some("1".to_string())),
        "OP1 is the paragraph printed 1."
    );
    let chapeau = &doc.paragraphs[0];
    assert_eq!(chapeau.kind, ParagraphKind::Other);
    assert!(chapeau.text.starts_with("Adopts the following declaration"));
    assert!(doc.paragraphs[1].is_heading());
}

#[test]
fn a_misprinted_number_is_read_from_its_neighbours() {
    let doc = fixture("74_181_C.excerpt.xml");
    assert_eq!(
        numbered(&doc, ParagraphKind::Operative),
        [
            ("OP1", "1"),
            ("OP2", "2"),
            ("OP3", "4"),
            ("OP4", "4"),
            ("OP5", "5"),
            ("OP6", "6"),
        ]
        .map(|(r, n)| (r.to_string(), Some(n.to_string())))
    );
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("paragraph 3 is printed 4.")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn the_tail_of_the_preamble_in_the_main_body_stays_preambular() {
    let doc = fixture("75_280_C.excerpt.xml");
    assert_eq!(refs(&doc, ParagraphKind::Preambular), ["PP1", "PP2", "PP3"]);
    assert!(doc.paragraphs[2].text.starts_with("表示支持"));
    assert_eq!(
        numbered(&doc, ParagraphKind::Operative)[0],
        ("OP1".to_string(), Some("1".to_string()))
    );
}
