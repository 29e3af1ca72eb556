//! The Akoma Ntoso parser on real UN files (skipped where the corpus is absent) and on small
//! hand-written ones.

use plenary::document::{Block, Body, Document, Language, ParagraphKind, Part, subparagraph_id};
use plenary::parse::{self, akoma_ntoso};

mod common;
use common::corpus;

/// Parses a corpus file given relative to `corpus/akn/`; None (test skipped) without corpus.
fn akn(relative: &str) -> Option<Document> {
    let path = corpus()?.join("akn").join(relative);
    Some(parse::parse_file(&path).unwrap_or_else(|e| panic!("{e}")))
}

/// The file whose name starts with `prefix` in a corpus folder (SC file names carry job numbers).
fn akn_starting(folder: &str, prefix: &str) -> Option<Document> {
    let dir = corpus()?.join("akn").join(folder);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect();
    names.sort();
    let name = names
        .first()
        .unwrap_or_else(|| panic!("no {prefix}* in {folder}"));
    akn(&format!("{folder}/{name}"))
}

const SIX: [(&str, Language); 6] = [
    ("ar/75_32_A.xml", Language::Ar),
    ("zh/75_32_C.xml", Language::Zh),
    ("en/75_32_E.xml", Language::En),
    ("fr/75_32_F.xml", Language::Fr),
    ("ru/75_32_R.xml", Language::Ru),
    ("es/75_32_S.xml", Language::Es),
];

fn ids(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn resolution_75_32_has_the_same_shape_in_six_languages() {
    let mut first_ids: Option<Vec<String>> = None;
    for (file, lang) in SIX {
        let Some(doc) = akn(&format!("ga/75/{file}")) else {
            return;
        };
        assert_eq!(doc.meta.language, Some(lang), "{file}");
        assert_eq!(doc.count(ParagraphKind::Preambular), 16, "{file}");
        assert_eq!(doc.count(ParagraphKind::Operative), 7, "{file}");
        assert_eq!(doc.count(ParagraphKind::Subparagraph), 4, "{file}");
        assert_eq!(doc.footnotes.len(), 3, "{file}");
        for footnote in &doc.footnotes {
            assert_eq!(footnote.referenced_from, vec!["pp10"], "{file}");
        }
        assert_eq!(
            doc.paragraph("pp10").unwrap().footnote_markers(),
            vec!["1", "2", "3"],
            "{file}"
        );
        let op1a = doc.paragraph("op1a").unwrap();
        assert_eq!(op1a.parent.as_deref(), Some("op1"), "{file}");
        assert_eq!(op1a.depth, 1);
        assert_eq!(op1a.kind, ParagraphKind::Subparagraph);
        let numbers: Vec<&str> = doc
            .paragraphs
            .iter()
            .filter(|p| p.kind == ParagraphKind::Operative)
            .filter_map(|p| p.number.as_deref())
            .collect();
        assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7"], "{file}");
        assert!(doc.warnings.is_empty(), "{file}: {:?}", doc.warnings);
        let these: Vec<String> = ids(&doc).into_iter().map(str::to_string).collect();
        match &first_ids {
            None => first_ids = Some(these),
            Some(first) => assert_eq!(&these, first, "{file} ids differ from Arabic"),
        }
    }
}

#[test]
fn references_use_the_label_as_printed() {
    let expected = [
        ("en/75_32_E.xml", "OP1(a)", "(a)"),
        ("ru/75_32_R.xml", "OP1(а)", "а)"),
        ("ar/75_32_A.xml", "OP1(أ)", "(أ)"),
        ("fr/75_32_F.xml", "OP1(a)", "a)"),
        ("zh/75_32_C.xml", "OP1(a)", "(a)"),
    ];
    for (file, reference, number) in expected {
        let Some(doc) = akn(&format!("ga/75/{file}")) else {
            return;
        };
        let op1a = doc.paragraph("op1a").unwrap();
        assert_eq!(op1a.reference, reference, "{file}");
        assert_eq!(op1a.number.as_deref(), Some(number), "{file}");
        // Typed either way, the reference finds the paragraph.
        let index = doc.paragraph_index("op1a");
        assert_eq!(doc.find_ref(reference), index, "{file}");
        assert_eq!(doc.find_ref("op1(A)"), index, "{file}");
        assert_eq!(doc.find_ref("PP10"), doc.paragraph_index("pp10"));
    }
    let Some(ru) = akn("ga/75/ru/75_32_R.xml") else {
        return;
    };
    // Russian prints Cyrillic а) and then Latin b).
    let op1b = ru.paragraph("op1b").unwrap();
    assert_eq!(op1b.reference, "OP1(b)");
    assert_eq!(op1b.number.as_deref(), Some("b)"));
}

#[test]
fn arabic_numbers_are_taken_out_of_the_text() {
    let Some(doc) = akn("ga/75/ar/75_32_A.xml") else {
        return;
    };
    let op1 = doc.paragraph("op1").unwrap();
    assert_eq!(op1.number.as_deref(), Some("1"));
    assert!(op1.text.starts_with("تهيب"), "{}", op1.text);
    let op1a = doc.paragraph("op1a").unwrap();
    assert!(op1a.text.starts_with("أن تسترشد"), "{}", op1a.text);
    // The parentheses printed around Arabic footnote markers go with the markers.
    let pp10 = doc.paragraph("pp10").unwrap();
    assert!(
        pp10.text
            .contains("أعوام 2010 و\u{a0}2013 و\u{a0}2015 التي"),
        "{}",
        pp10.text
    );
    assert!(!pp10.text.contains('('));
    for footnote in &doc.footnotes {
        assert!(!footnote.text.starts_with("()"), "{}", footnote.text);
    }
}

#[test]
fn metadata_of_75_32() {
    let Some(doc) = akn("ga/75/en/75_32_E.xml") else {
        return;
    };
    let meta = &doc.meta;
    assert_eq!(meta.symbol.as_deref(), Some("A/RES/75/32"));
    assert_eq!(meta.body, Some(Body::GeneralAssembly));
    assert_eq!(meta.session, Some(75));
    assert_eq!(meta.session_text.as_deref(), Some("Seventy-fifth session"));
    assert_eq!(meta.agenda_items, ["Agenda item 98"]);
    assert_eq!(meta.adopted.as_deref(), Some("2020-12-07"));
    assert_eq!(meta.meeting.as_deref(), Some("37th plenary meeting"));
    assert_eq!(meta.committee_report.as_deref(), Some("A/75/394, para. 17"));
    assert_eq!(meta.number.as_deref(), Some("75/32"));
    assert_eq!(
        meta.title.as_deref(),
        Some(
            "Advancing responsible State behaviour in cyberspace in the context of international security"
        )
    );
    assert_eq!(meta.language, Some(Language::En));
    assert_eq!(meta.draft_symbol.as_deref(), Some("A/C.1/75/L.4"));
    assert!(!meta.is_draft);
    assert_eq!(doc.formula.as_deref(), Some("The General Assembly,"));
    assert_eq!(doc.divisions.len(), 1);

    let Some(zh) = akn("ga/75/zh/75_32_C.xml") else {
        return;
    };
    assert_eq!(zh.meta.session_text.as_deref(), Some("第七十五届会议"));
    assert_eq!(
        zh.meta.committee_report.as_deref(),
        Some("A/75/394，第17段")
    );
    assert_eq!(zh.formula.as_deref(), Some("大会，"));
}

#[test]
fn linked_citations_of_pp1_and_the_footnotes() {
    let Some(doc) = akn("ga/75/en/75_32_E.xml") else {
        return;
    };
    let pp1 = doc.paragraph("pp1").unwrap();
    let linked: Vec<&str> = pp1
        .citations
        .iter()
        .map(|c| c.symbol.as_str())
        .filter(|s| s.starts_with("A/RES/"))
        .collect();
    let expected: Vec<String> = [
        "53/70", "54/49", "55/28", "56/19", "57/53", "58/32", "59/61", "60/45", "61/54", "62/17",
        "63/37", "64/25", "65/41", "66/24", "67/27", "68/243", "69/28", "70/237", "71/28", "73/27",
        "73/266", "74/28", "74/29",
    ]
    .iter()
    .map(|n| format!("A/RES/{n}"))
    .collect();
    assert_eq!(linked, expected);
    // Each range covers the link's text as printed.
    for c in pp1
        .citations
        .iter()
        .filter(|c| c.symbol.starts_with("A/RES/"))
    {
        let printed = &pp1.text[c.range.clone()];
        assert_eq!(format!("A/RES/{printed}"), c.symbol);
        assert_eq!(c.kind, plenary::document::CitationKind::Resolution);
    }
    let footnote_citations: Vec<&str> = doc
        .footnotes
        .iter()
        .flat_map(|f| f.citations.iter().map(|c| c.symbol.as_str()))
        .collect();
    assert_eq!(footnote_citations, ["A/65/201", "A/68/98", "A/70/174"]);
    assert_eq!(doc.footnotes[0].text, "A/65/201.");
}

#[test]
fn unlinked_decision_is_found_in_pp1() {
    let Some(doc) = akn("ga/75/en/75_32_E.xml") else {
        return;
    };
    let pp1 = doc.paragraph("pp1").unwrap();
    assert!(
        pp1.citations.iter().any(|c| c.symbol == "A/DEC/72/512"),
        "{:?}",
        pp1.citations
    );
}

#[test]
fn text_styles_and_footnote_positions() {
    let Some(doc) = akn("ga/75/en/75_32_E.xml") else {
        return;
    };
    let pp1 = doc.paragraph("pp1").unwrap();
    assert!(
        pp1.text
            .starts_with("Recalling its resolutions 53/70 of 4 December 1998,")
    );
    assert!(!pp1.text.contains("  ") && !pp1.text.contains('\t') && !pp1.text.contains('\n'));
    let first = &pp1.styles[0];
    assert_eq!(&pp1.text[first.range.clone()], "Recalling");
    assert!(first.italic && !first.bold);

    let pp10 = doc.paragraph("pp10").unwrap();
    let before: Vec<&str> = pp10
        .footnote_refs
        .iter()
        .map(|r| &pp10.text[..r.offset])
        .collect();
    assert!(before[0].ends_with("the 2010,"), "{}", before[0]);
    assert!(before[1].ends_with("2013"), "{}", before[1]);
    assert!(before[2].ends_with("and 2015"), "{}", before[2]);
    assert!(pp10.text.contains("2010, 2013 and 2015 reports"));

    let op1 = doc.paragraph("op1").unwrap();
    assert_eq!(op1.text, "Calls upon Member States:");
    assert_eq!(op1.source_id.as_deref(), Some("para_18"));
    let source =
        std::fs::read_to_string(corpus().unwrap().join("akn/ga/75/en/75_32_E.xml")).unwrap();
    let range = op1.source_range.clone().unwrap();
    assert!(source[range.clone()].starts_with("<paragraph eId=\"para_18\""));
    assert!(source[range].ends_with("</paragraph>"));

    // Chinese has no spaces where the markers stood.
    let Some(zh) = akn("ga/75/zh/75_32_C.xml") else {
        return;
    };
    let pp10 = zh.paragraph("pp10").unwrap();
    assert!(
        pp10.text.contains("2010年、2013年和2015年报告，"),
        "{}",
        pp10.text
    );
}

#[test]
fn collection_parts_are_divisions() {
    let Some(doc) = akn("ga/75/en/75_101A-B_E.xml") else {
        return;
    };
    assert_eq!(doc.meta.symbol.as_deref(), Some("A/RES/75/101 A-B"));
    assert_eq!(doc.meta.number.as_deref(), Some("75/101"));
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Questions relating to information")
    );
    let parts: Vec<(&str, &str)> = doc
        .divisions
        .iter()
        .skip(1)
        .map(|d| (d.id.as_str(), d.label.as_str()))
        .collect();
    assert_eq!(parts, [("a", "A"), ("b", "B")]);
    assert_eq!(
        doc.divisions[1].title.as_deref(),
        Some("Information in the service of humanity")
    );
    let a_pp1 = doc.paragraph("a-pp1").unwrap();
    assert_eq!(a_pp1.reference, "A PP1");
    assert_eq!(a_pp1.division, 1);
    let b_op2 = doc.paragraph("b-op2").unwrap();
    assert_eq!(b_op2.reference, "B OP2");
    assert_eq!(b_op2.number.as_deref(), Some("2"));
    assert_eq!(doc.find_ref("b op2"), doc.paragraph_index("b-op2"));
    // Part A's only operative paragraph is unnumbered, with (a)..(f) and (i)..(iv) under (e).
    let a_op1 = doc.paragraph("a-op1").unwrap();
    assert_eq!(a_op1.number, None);
    let roman = doc.paragraph("a-op1e-i").unwrap();
    assert_eq!(roman.parent.as_deref(), Some("a-op1e"));
    assert_eq!(roman.reference, "A OP1(e)(i)");
    assert_eq!(roman.depth, 2);
    assert_eq!(
        doc.paragraph("a-op1f").unwrap().parent.as_deref(),
        Some("a-op1")
    );
    // No paragraph lives in the main division of a collection.
    assert!(doc.paragraphs.iter().all(|p| p.division > 0));
}

#[test]
fn security_council_resolution() {
    let Some(doc) = akn_starting("sc/2020/en", "S_RES_2532") else {
        return;
    };
    assert_eq!(doc.meta.symbol.as_deref(), Some("S/RES/2532 (2020)"));
    assert_eq!(doc.meta.body, Some(Body::SecurityCouncil));
    assert_eq!(doc.meta.number.as_deref(), Some("2532 (2020)"));
    assert_eq!(doc.meta.session, Some(2020));
    assert_eq!(doc.meta.adopted.as_deref(), Some("2020-07-01"));
    assert_eq!(doc.meta.title, None);
    assert_eq!(doc.formula.as_deref(), Some("The Security Council,"));
    assert!(doc.count(ParagraphKind::Preambular) > 5);
    assert_eq!(doc.paragraph("op1").unwrap().number.as_deref(), Some("1"));

    // The Chinese cover page prints the symbol without the space before the year.
    let Some(zh) = akn_starting("sc/2020/zh", "S_RES_2532") else {
        return;
    };
    assert_eq!(zh.meta.symbol.as_deref(), Some("S/RES/2532 (2020)"));
    assert_eq!(zh.meta.number.as_deref(), Some("2532 (2020)"));
}

#[test]
fn security_council_draft_that_was_not_adopted() {
    let Some(doc) = akn("sc/not-adopted/en/S_2024_302-2407462E.xml") else {
        return;
    };
    assert!(doc.meta.is_draft);
    assert_eq!(doc.meta.symbol.as_deref(), Some("S/2024/302"));
    assert_eq!(doc.meta.draft_symbol.as_deref(), Some("S/2024/302"));
    assert_eq!(doc.meta.adopted, None);
    assert_eq!(doc.meta.title, None, "the sponsors are not a title");
}

#[test]
fn human_rights_council_resolution() {
    let Some(doc) = akn("hrc/58/en/A_HRC_RES_58_12E.xml") else {
        return;
    };
    assert_eq!(doc.meta.symbol.as_deref(), Some("A/HRC/RES/58/12"));
    assert_eq!(doc.meta.body, Some(Body::HumanRightsCouncil));
    assert_eq!(doc.meta.number.as_deref(), Some("58/12"));
    assert_eq!(doc.meta.session, Some(58));
    assert_eq!(doc.meta.meeting.as_deref(), Some("56th meeting"));
    assert_eq!(doc.meta.adopted.as_deref(), Some("2025-04-03"));
    assert_eq!(doc.meta.draft_symbol.as_deref(), Some("A/HRC/58/L.14"));
    assert_eq!(doc.formula.as_deref(), Some("The Human Rights Council,"));
    assert!(doc.count(ParagraphKind::Operative) > 5);
}

#[test]
fn tables_keep_rows_and_cells() {
    let Some(doc) = akn_starting("ga/75/en", "A_RES_75_293") else {
        return;
    };
    let tables: Vec<_> = doc
        .paragraphs
        .iter()
        .filter(|p| matches!(p.block, Block::Table(_)))
        .collect();
    assert!(!tables.is_empty());
    let table = tables[0];
    assert_eq!(table.kind, ParagraphKind::Other);
    assert_eq!(table.part, Part::Annex);
    let Block::Table(t) = &table.block else {
        unreachable!()
    };
    assert!(t.rows.len() > 1);
    assert!(t.rows[0].cells.iter().any(|c| c.header));
    for cell in t.rows.iter().flat_map(|r| &r.cells) {
        assert!(table.text.contains(&cell.text), "{}", cell.text);
        assert!(cell.colspan >= 1 && cell.rowspan >= 1);
    }
}

#[test]
fn annexes_are_divisions() {
    let Some(doc) = akn_starting("sc/2020/en", "S_RES_2557") else {
        return;
    };
    let annex = doc.divisions.iter().position(|d| d.id == "annex").unwrap();
    assert_eq!(doc.divisions[annex].label, "Annex");
    let p1 = doc.paragraph("annex-p1").unwrap();
    assert_eq!(p1.part, Part::Annex);
    assert_eq!(p1.kind, ParagraphKind::Other);
    assert_eq!(p1.reference, "annex-p1");
    assert_eq!(p1.division, annex);
    assert!(p1.text.starts_with("In accordance with paragraph 3"));
    let p2 = doc.paragraph("annex-p2").unwrap();
    assert_eq!(p2.number.as_deref(), Some("(a)"));

    // Two annexes in one attachment, each opened by its heading.
    let Some(doc) = akn("ga/75/en/75_212_E.xml") else {
        return;
    };
    let labels: Vec<(&str, &str)> = doc
        .divisions
        .iter()
        .filter(|d| d.id.starts_with("annex"))
        .map(|d| (d.id.as_str(), d.label.as_str()))
        .collect();
    assert_eq!(labels[..2], [("annex", "Annex I"), ("annex-2", "Annex II")]);
    let first = doc.paragraph("annex2-p1").unwrap();
    assert!(first.is_heading());
    assert!(first.text.starts_with("Proposed organization of work"));
}

#[test]
fn lists_of_points_nest() {
    let Some(doc) = akn_starting("sc/2020/en", "S_RES_2531") else {
        return;
    };
    let op28 = doc.paragraph("op28").unwrap();
    assert!(
        op28.text
            .starts_with("Decides that MINUSMA’s mandate shall include")
    );
    let a = doc.paragraph("op28a").unwrap();
    assert_eq!(a.parent.as_deref(), Some("op28"));
    let iii = doc.paragraph("op28a-iii").unwrap();
    assert_eq!(iii.reference, "OP28(a)(iii)");
    assert_eq!(iii.depth, 2);
    let dash = doc.paragraph(&subparagraph_id("op28a-iii", 3, 1)).unwrap();
    assert_eq!(dash.parent.as_deref(), Some("op28a-iii"));
    assert_eq!(dash.number.as_deref(), Some("–"));
    assert_eq!(dash.depth, 3);
    assert_eq!(dash.reference, "OP28(a)(iii)(1)");
}

#[test]
fn sections_headings_and_section_preambles() {
    let Some(doc) = akn("ga/75/en/75_245_E.xml") else {
        return;
    };
    let heading = doc
        .paragraphs
        .iter()
        .position(|p| p.text == "A Base/floor salary scale")
        .unwrap();
    assert!(doc.paragraphs[heading].is_heading());
    // A `crossHeading` that the markup calls preamble is a preambular paragraph of the section.
    let recalling = &doc.paragraphs[heading + 1];
    assert_eq!(recalling.kind, ParagraphKind::Preambular);
    assert!(
        recalling
            .text
            .starts_with("Recalling its resolution 44/198")
    );
    assert_eq!(recalling.section, Some(heading));
    let approves = &doc.paragraphs[heading + 2];
    assert_eq!(approves.kind, ParagraphKind::Operative);
    assert_eq!(approves.section, Some(heading));
    // Numbering restarts in section B: references carry the section, as ids do.
    let b1 = doc
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with("Reaffirms that the range of 110 to 120"))
        .unwrap();
    assert_eq!(b1.number.as_deref(), Some("1"));
    assert_eq!(b1.reference, "B OP1");
    assert_eq!(b1.id, "b-op1");
    assert_eq!(doc.find_ref("b op1"), doc.paragraph_index("b-op1"));
}

#[test]
fn the_malformed_file_names_line_column_and_path() {
    let Some(root) = corpus() else {
        return;
    };
    let path = root.join("akn/ga/75/es/75_251_B_S.xml");
    let err = parse::parse_file(&path).unwrap_err();
    assert_eq!((err.line, err.column), (Some(126), Some(7)));
    let message = err.to_string();
    assert!(message.contains("is malformed XML"), "{message}");
    assert!(message.contains("(line 126, column 7)"), "{message}");
    assert!(message.ends_with(&path.display().to_string()), "{message}");
}

// Hand-written documents: these run without the corpus.

/// A minimal resolution around the given preamble and body markup.
fn resolution(preamble: &str, body: &str) -> String {
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta>
      <identification source="#x">
        <FRBRWork>
          <FRBRuri value="/akn/un/statement/deliberation/unga/2020-12-07/75-999/"/>
          <FRBRdate date="2020-12-07" name="adoption"/>
          <FRBRauthor href="ga" as="author"/>
        </FRBRWork>
        <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression>
      </identification>
    </meta>
    <preamble>
      <formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
      {preamble}
    </preamble>
    <mainBody>
      {body}
    </mainBody>
  </statement>
</akomaNtoso>"##
    )
}

fn para(text: &str) -> String {
    format!("<paragraph><content><p xml:space=\"preserve\">\t{text}</p></content></paragraph>")
}

fn numbered(num: &str, text: &str) -> String {
    format!("<paragraph><num>{num}</num><content><p>{text}</p></content></paragraph>")
}

#[test]
fn symbol_comes_from_frbr_without_a_cover_page() {
    let doc = akoma_ntoso::parse(&resolution("", &numbered("1.", "Decides."))).unwrap();
    assert_eq!(doc.meta.symbol.as_deref(), Some("A/RES/75/999"));
    assert_eq!(doc.meta.body, Some(Body::GeneralAssembly));
    assert_eq!(doc.meta.adopted.as_deref(), Some("2020-12-07"));
    assert_eq!(doc.formula.as_deref(), Some("The General Assembly,"));
}

#[test]
fn letter_i_after_h_and_roman_i_under_a_letter() {
    let letters: String = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
        .iter()
        .map(|l| para(&format!("({l})\tItem {l};")))
        .collect();
    let body = numbered("1.", "Decides:") + &letters;
    let doc = akoma_ntoso::parse(&resolution("", &body)).unwrap();
    let i = doc
        .paragraph("op1i")
        .expect("(i) after (h) is the ninth letter");
    assert_eq!(i.reference, "OP1(i)");
    assert_eq!(i.parent.as_deref(), Some("op1"));
    assert!(doc.paragraph("op1j").is_some());

    let body = numbered("1.", "Decides:")
        + &para("(h)\tEighth;")
        + &para("(i)\tFirst numeral;")
        + &para("(ii)\tSecond numeral;")
        + &para("(iii)\tThird numeral;");
    let doc = akoma_ntoso::parse(&resolution("", &body)).unwrap();
    let i = doc
        .paragraph("op1a-i")
        .expect("(i) before (ii) is a numeral");
    assert_eq!(i.parent.as_deref(), Some("op1a"));
    assert_eq!(i.depth, 2);
    assert_eq!(i.reference, "OP1(h)(i)");
    assert_eq!(doc.paragraph("op1a-iii").unwrap().text, "Third numeral;");
    assert_eq!(doc.find_ref("op1(h)(ii)"), doc.paragraph_index("op1a-ii"));
}

#[test]
fn a_numeral_ends_and_the_letters_go_on() {
    let body = numbered("1.", "Decides:")
        + &para("(a)\tFirst;")
        + &para("(i)\tNumeral one;")
        + &para("(ii)\tNumeral two;")
        + &para("(b)\tSecond;")
        + &numbered("2.", "Requests.");
    let doc = akoma_ntoso::parse(&resolution("", &body)).unwrap();
    let kinds: Vec<(&str, &str)> = doc
        .paragraphs
        .iter()
        .map(|p| (p.id.as_str(), p.reference.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("op1", "OP1"),
            ("op1a", "OP1(a)"),
            ("op1a-i", "OP1(a)(i)"),
            ("op1a-ii", "OP1(a)(ii)"),
            ("op1b", "OP1(b)"),
            ("op2", "OP2"),
        ]
    );
    let second = doc
        .find_ref("OP1(a)(ii)")
        .map(|i| doc.paragraphs[i].id.as_str());
    assert_eq!(second, Some("op1a-ii"));
}

#[test]
fn preamble_lists_belong_to_their_preambular_paragraph() {
    let preamble = r#"<container name="Convinced"><p><span class="italic">Convinced</span> that it contributes to:</p></container>
      <blockList><item><num>(a)</num><p>Peace,</p></item><item><num>(b)</num><p>Security,</p></item></blockList>"#;
    let doc = akoma_ntoso::parse(&resolution(preamble, &numbered("1.", "Decides."))).unwrap();
    let b = doc.paragraph("pp1b").unwrap();
    assert_eq!(b.parent.as_deref(), Some("pp1"));
    assert_eq!(b.reference, "PP1(b)");
    assert_eq!(b.part, Part::Preamble);
    assert_eq!(b.text, "Security,");
}

#[test]
fn unnumbered_text_after_numbered_paragraphs_continues_them() {
    let body = numbered("1.", "Decides that:")
        + &para("(a)\tThe first;")
        + &para("and demands that it be done;")
        + &numbered("2.", "Requests.");
    let doc = akoma_ntoso::parse(&resolution("", &body)).unwrap();
    let continuation = doc
        .paragraphs
        .iter()
        .find(|p| p.text.starts_with("and demands"))
        .unwrap();
    assert_eq!(continuation.kind, ParagraphKind::Other);
    assert_eq!(doc.paragraph("op2").unwrap().number.as_deref(), Some("2"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn warnings_for_numbering_gaps_empty_footnotes_and_unknown_elements() {
    let body = numbered("1.", "Decides.")
        + &numbered(
            "3.",
            "Requests<authorialNote marker=\"1\"><p> </p></authorialNote>.",
        )
        + "<mysteryBlock><p>Lost</p></mysteryBlock>";
    let doc = akoma_ntoso::parse(&resolution("", &body)).unwrap();
    let messages: Vec<String> = doc.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("operative paragraph 3 follows paragraph 1")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("footnote 1 has no text")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("<mysteryBlock>")),
        "{messages:?}"
    );
    assert!(doc.warnings.iter().all(|w| w.line.is_some()));
    assert_eq!(doc.count(ParagraphKind::Operative), 2);
}

#[test]
fn repeated_superscript_markers_point_to_the_earlier_footnote() {
    let preamble = r#"<container><p>Recalling the Declaration,<authorialNote marker="1"><p>Resolution 55/2.</p></authorialNote></p></container>"#;
    let body = numbered("1.", "Reaffirms the Declaration<sup>1</sup> and resolves.");
    let doc = akoma_ntoso::parse(&resolution(preamble, &body)).unwrap();
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].referenced_from, ["pp1", "op1"]);
    let op1 = doc.paragraph("op1").unwrap();
    assert_eq!(op1.text, "Reaffirms the Declaration and resolves.");
    assert_eq!(
        &op1.text[..op1.footnote_refs[0].offset],
        "Reaffirms the Declaration"
    );
}

#[test]
fn errors_for_files_that_are_not_resolutions() {
    let not_akn = akoma_ntoso::parse("<html><body/></html>").unwrap_err();
    assert!(
        not_akn.reason.contains("not Akoma Ntoso"),
        "{}",
        not_akn.reason
    );
    let empty = akoma_ntoso::parse("<akomaNtoso/>").unwrap_err();
    assert!(
        empty.reason.contains("holds no resolution"),
        "{}",
        empty.reason
    );
    let no_body =
        akoma_ntoso::parse("<akomaNtoso><statement><meta/></statement></akomaNtoso>").unwrap_err();
    assert!(
        no_body.reason.contains("no preamble and no main body"),
        "{}",
        no_body.reason
    );
    let broken = akoma_ntoso::parse("<akomaNtoso>\n<statement>\n<p></span>").unwrap_err();
    assert!(
        broken.reason.starts_with("is malformed XML"),
        "{}",
        broken.reason
    );
    assert_eq!(broken.line, Some(3));
    assert!(broken.column.is_some());
}

#[test]
fn entities_cannot_blow_up_or_reach_out() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<akomaNtoso><statement><mainBody><paragraph><content><p>&lol9;</p></content></paragraph></mainBody></statement></akomaNtoso>"#;
    assert!(akoma_ntoso::looks_like(laughs));
    assert!(akoma_ntoso::parse(laughs).is_err());

    // One large entity used many times: refused before anything is expanded.
    let big = "x".repeat(100_000);
    let many = "&big;".repeat(1_000);
    let quadratic = format!(
        "<!DOCTYPE akomaNtoso [<!ENTITY big \"{big}\">]><akomaNtoso><statement><mainBody><p>{many}</p></mainBody></statement></akomaNtoso>"
    );
    let err = akoma_ntoso::parse(&quadratic).unwrap_err();
    assert!(err.reason.contains("more than 8 MB"), "{}", err.reason);

    let external = r#"<!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<akomaNtoso><statement><mainBody><p>&secret;</p></mainBody></statement></akomaNtoso>"#;
    let err = akoma_ntoso::parse(external).unwrap_err();
    assert!(err.reason.contains("external entities"), "{}", err.reason);

    // A DOCTYPE without entities, or with plain ones, is fine.
    let plain = resolution("", &numbered("1.", "Decides&nbsp;so.")).replace(
        "<akomaNtoso",
        "<!DOCTYPE akomaNtoso [<!ENTITY nbsp \"&#160;\">]>\n<akomaNtoso",
    );
    let doc = akoma_ntoso::parse(&plain).unwrap();
    assert_eq!(doc.paragraph("op1").unwrap().text, "Decides\u{a0}so.");
}

#[test]
fn sniffing_is_tolerant_of_what_comes_before_the_root() {
    let text = resolution("", &numbered("1.", "Decides."));
    let with_bom = format!(
        "\u{feff}{}",
        text.replacen("?>", "?>\n<!-- exported -->", 1)
    );
    assert!(akoma_ntoso::looks_like(&with_bom));
    let doc = akoma_ntoso::parse(&with_bom).unwrap();
    let op1 = doc.paragraph("op1").unwrap();
    let range = op1.source_range.clone().unwrap();
    assert!(with_bom[range].starts_with("<paragraph>"));
    assert_eq!(
        parse::detect(&with_bom),
        Some(plenary::document::Format::AkomaNtoso)
    );
    assert!(!akoma_ntoso::looks_like("# 75/32\n\nThe General Assembly,"));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let spans = "<span>".repeat(5_000) + "deep" + &"</span>".repeat(5_000);
    let sections =
        "<section>".repeat(5_000) + &numbered("1.", "Decides.") + &"</section>".repeat(5_000);
    let doc = akoma_ntoso::parse(&resolution("", &(numbered("1.", &spans) + &sections))).unwrap();
    assert!(!doc.warnings.is_empty());
}

#[test]
fn a_part_printed_on_its_own_keeps_its_letter_and_title_footnote() {
    let Some(doc) = akn_starting("ga/75/en", "A_RES_75_250 B") else {
        return;
    };
    assert_eq!(doc.meta.symbol.as_deref(), Some("A/RES/75/250 B"));
    assert_eq!(doc.meta.number.as_deref(), Some("75/250 B"));
    // The footnote on the letter is kept, though no paragraph refers to it.
    let first = &doc.footnotes[0];
    assert_eq!(first.marker, "1");
    assert!(first.referenced_from.is_empty());
    assert!(
        first.text.starts_with("Resolution 75/250"),
        "{}",
        first.text
    );
    assert!(first.citations.iter().any(|c| c.symbol == "A/RES/75/250"));
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    /// A resolution with most of what the parser handles: footnotes, links, lists,
    /// sub-paragraphs, a section, a table and an annex.
    fn rich() -> String {
        let preamble = r#"<container><p><span class="italic">Recalling</span> its resolution <a href="https://undocs.org/en/A/RES/74/28">74/28</a>,<authorialNote marker="1"><p><a href="https://undocs.org/en/A/74/1">A/74/1</a>.</p></authorialNote></p></container>
      <container><blockList><listIntroduction>Convinced that:</listIntroduction><item><num>(a)</num><p>Peace</p></item></blockList></container>"#;
        let body = numbered("1.", "Decides:")
            + &para("(a)\tFirst<sup>1</sup>;")
            + &para("(i)\tNumeral;")
            + r##"<section><num>II</num><heading>Budget</heading><crossHeading refersTo="#preamble">Recalling also,</crossHeading>"##
            + &numbered("1.", "Approves:")
            + r#"<paragraph><num>2.</num><list><intro><p>Requests:</p></intro><point><num>(a)</num><content><p>x</p></content></point><sublist><point><num>–</num><content><p>y</p></content></point></sublist></list></paragraph>"#
            + r#"<container name="table"><table><tr><th><p>A</p></th><td rowspan="2"><p>1</p></td></tr></table></container></section>"#;
        resolution(preamble, &body).replace(
            "</statement>",
            r#"<attachments><attachment><doc name="annex"><mainBody><paragraph class="H1"><content><p>Annex</p></content></paragraph><paragraph><num>1.</num><content><p>Text</p></content></paragraph></mainBody></doc></attachment></attachments></statement>"#,
        )
    }

    #[test]
    fn the_rich_document_reads_as_expected() {
        let doc = akoma_ntoso::parse(&rich()).unwrap();
        assert_eq!(
            doc.paragraph("pp2a").unwrap().parent.as_deref(),
            Some("pp2")
        );
        assert_eq!(doc.paragraph("op1a-i").unwrap().reference, "OP1(a)(i)");
        assert_eq!(doc.paragraph("op1a").unwrap().footnote_refs[0].footnote, 0);
        assert_eq!(doc.footnotes[0].referenced_from, ["pp1", "op1a"]);
        assert!(
            doc.paragraphs
                .iter()
                .any(|p| p.is_heading() && p.text == "II Budget")
        );
        // Numbering restarts in section II: its paragraphs carry the section.
        let section_pp = doc.paragraph("ii-pp1").unwrap();
        assert_eq!(section_pp.reference, "II PP1");
        assert_eq!(section_pp.part, Part::Operative);
        assert_eq!(doc.paragraph("ii-op1").unwrap().reference, "II OP1");
        let point = doc.paragraph("ii-op2a-i").unwrap();
        assert_eq!(point.parent.as_deref(), Some("ii-op2a"));
        assert_eq!(point.reference, "II OP2(a)(1)");
        assert_eq!(doc.paragraph("op1").unwrap().reference, "OP1");
        assert!(
            doc.paragraphs
                .iter()
                .any(|p| matches!(p.block, Block::Table(_)))
        );
        let annex = doc.paragraph("annex-1").unwrap();
        assert_eq!(annex.number.as_deref(), Some("1"));
        assert_eq!(annex.reference, "Annex 1");
        assert_eq!(annex.kind, ParagraphKind::Annex);
        assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Cut anywhere, or with markup spliced in anywhere, the input gives a document or an
        /// error, never a panic.
        #[test]
        fn damaged_input_never_panics(
            at in 0.0f64..1.0,
            cut in 0usize..64,
            splice in prop::sample::select(vec![
                "", "<p>", "</p>", "<authorialNote marker=\"9\">", "</authorialNote>", "(i) ",
                "<num>(a)</num>", "&amp;", "&bogus;", "<sup>(</sup>", "<list><point>", "\u{feff}",
                "<!DOCTYPE akomaNtoso>", "<?pi?>", "<section><section>", "\t1 -\t", "<a href=\"x\">",
            ]),
        ) {
            let text = rich();
            let mut pos = ((text.len() as f64) * at) as usize;
            while !text.is_char_boundary(pos) {
                pos -= 1;
            }
            let mut end = (pos + cut).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let damaged = format!("{}{}{}", &text[..pos], splice, &text[end..]);
            let _ = akoma_ntoso::parse(&damaged);
            let _ = parse::parse_bytes(damaged.as_bytes(), None);
        }
    }
}

/// The Chinese 75/269 is headed A/RES/75/268 on its cover page; its number, its FRBR
/// identification and the other five languages say 75/269.
#[test]
fn a_cover_page_that_names_another_resolution_is_corrected() {
    let Some(doc) = akn("ga/75/zh/75_269_C.xml") else {
        return;
    };
    assert_eq!(doc.meta.symbol.as_deref(), Some("A/RES/75/269"));
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("the cover page says A/RES/75/268")),
        "{:?}",
        doc.warnings
    );
    let en = akn("ga/75/en/75_269_E.xml").expect("corpus");
    assert_eq!(doc.meta.symbol, en.meta.symbol);
}

/// "Ibid." footnotes lead to the footnote they repeat, in all six languages (75/172: its
/// footnotes 8 and 9 repeat footnote 7).
#[test]
fn ibid_footnotes_lead_to_the_one_they_repeat() {
    for file in [
        "akn/ga/75/en/75_172_E.xml",
        "akn/ga/75/fr/75_172_F.xml",
        "akn/ga/75/es/75_172_S.xml",
        "akn/ga/75/ru/75_172_R.xml",
        "akn/ga/75/zh/75_172_C.xml",
        "akn/ga/75/ar/75_172_A.xml",
    ] {
        let Some(path) = common::corpus_file(file) else {
            return;
        };
        let doc = plenary::parse::parse_file(&path).unwrap();
        let index = |marker: &str| doc.footnotes.iter().position(|f| f.marker == marker);
        let (seven, eight) = (index("7").unwrap(), index("8").unwrap());
        assert_eq!(doc.ibid_source(eight), Some(seven), "{file}");
        assert_eq!(doc.ibid_source(seven), None, "{file}");
        if let Some(nine) =
            index("9").filter(|&i| plenary::document::is_ibid(&doc.footnotes[i].text))
        {
            assert_eq!(doc.ibid_source(nine), Some(seven), "{file}");
        }
    }
    assert!(plenary::document::is_ibid("Ibid., para. 122."));
    assert!(plenary::document::is_ibid("Там же, п. 88."));
    assert!(plenary::document::is_ibid("Ibidem, para. 3."));
    assert!(!plenary::document::is_ibid("Ibidx"));
    assert!(!plenary::document::is_ibid("See ibid."));
}
