//! The document's own language, checked against the UN's texts in each language (the shared
//! corpus of General Assembly resolutions in Akoma Ntoso): adoption dates as each language's
//! files print them, the reader's header line for resolution 75/32, and the citation a drafter
//! copies, whose every form is found in that language's own texts.
//!
//! `cargo test --test doc_language -- --nocapture` prints the counts and an example of each.

use plenary::document::{Document, Language, Paragraph, citation};
use plenary::i18n;
use plenary::parse::parse_file;
use regex::Regex;
use std::path::{Path, PathBuf};

mod common;

/// The corpus's Akoma Ntoso files in `language`, every session.
fn files(corpus: &Path, language: Language) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(sessions) = std::fs::read_dir(corpus.join("akn/ga")) else {
        return out;
    };
    for session in sessions.flatten() {
        let Ok(entries) = std::fs::read_dir(session.path().join(language.code())) else {
            continue;
        };
        out.extend(
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "xml")),
        );
    }
    out.sort();
    out
}

/// Spaces as a reader sees them: no-break spaces and runs of spaces are one space.
fn spaces(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every adoption date the corpus's files print (`<docDate refersTo="#adoptionDate">`) is the
/// date `i18n::date` writes for the file's language, but for the files' own slips.
#[test]
fn adoption_dates_as_each_languages_files_print_them() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    let adoption = Regex::new(
        r##"<docDate date="(\d{4}-\d{2}-\d{2})"[^>]*refersTo="#adoptionDate"[^>]*>([^<]*)<"##,
    )
    .unwrap();
    for language in Language::ALL {
        let (mut same, mut different) = (0, Vec::new());
        let mut seen: Vec<(String, String, String)> = Vec::new();
        for path in files(&corpus, language) {
            let xml = std::fs::read_to_string(&path).unwrap();
            for c in adoption.captures_iter(&xml) {
                let printed = spaces(&c[2]);
                let ours = i18n::date(language, &c[1]);
                let name = path.file_name().unwrap().to_string_lossy().to_string();
                if printed == ours {
                    same += 1;
                    seen.push((c[1].to_string(), printed, name));
                } else {
                    different.push(format!(
                        "{name}: {} printed «{printed}», ours «{ours}»",
                        &c[1]
                    ));
                }
            }
        }
        let total = same + different.len();
        println!("{language}: {same} of {total} adoption dates printed as i18n::date writes them");
        for (iso, printed, file) in seen.iter().take(2) {
            println!("  {file}: {iso} «{printed}»");
        }
        for line in &different {
            println!("  differs: {line}");
        }
        if total == 0 {
            continue;
        }
        assert!(
            same * 100 >= total * 95,
            "{language}: only {same} of {total} dates match"
        );
        // A date of each month of the session, where the corpus has one.
        let months: std::collections::BTreeSet<&str> =
            seen.iter().map(|(iso, _, _)| &iso[5..7]).collect();
        println!("  months found: {months:?}");
        assert!(months.len() >= 10, "{language}: {months:?}");
    }
    // The first of the month: `1er` in French only (A/RES/75/17, 75/18, 75/19).
    let first = |language, file: &str| {
        let path = corpus.join("akn/ga/75").join(language).join(file);
        spaces(&std::fs::read_to_string(path).unwrap_or_default())
    };
    assert!(first("fr", "75_17_F.xml").contains(&i18n::date(Language::Fr, "2020-12-01")));
    assert!(first("es", "75_17_S.xml").contains(&i18n::date(Language::Es, "2020-12-01")));
    assert!(first("ru", "75_17_R.xml").contains(&i18n::date(Language::Ru, "2020-12-01")));
}

fn corpus_doc(relative: &str) -> Option<Document> {
    let path = common::corpus_file(relative)?;
    Some(parse_file(&path).unwrap_or_else(|e| panic!("{relative}: {e}")))
}

/// The reader's header for resolution 75/32 in Chinese, Arabic and French: the document's own
/// session, agenda item, meeting and report, and the words around them in its language.
#[test]
fn the_header_of_75_32_in_its_language() {
    let expected = [
        (
            "akn/ga/75/zh/75_32_C.xml",
            "A/RES/75/32 · 大会 · 第七十五届会议 · 议程项目98 · 2020年12月7日通过 · \
             第37次全体会议 · 报告 A/75/394，第17段 · 草案 A/C.1/75/L.4",
        ),
        (
            "akn/ga/75/ar/75_32_A.xml",
            "A/RES/75/32 · الجمعية العامة · الدورة الخامسة والسبعون · البند 98 من جدول الأعمال · \
             اتُّخذ في 7 كانون الأول/ديسمبر 2020 · الجلسة العامة 37 · \
             التقرير A/75/394، الفقرة 17 · المشروع A/C.1/75/L.4",
        ),
        (
            "akn/ga/75/fr/75_32_F.xml",
            "A/RES/75/32 · Assemblée générale · Soixante-quinzième session · \
             Point 98 de l’ordre du jour · adoptée le 7 décembre 2020 · 37e séance plénière · \
             rapport A/75/394, par. 17 · projet A/C.1/75/L.4",
        ),
        (
            "akn/ga/75/en/75_32_E.xml",
            "A/RES/75/32 · General Assembly · Seventy-fifth session · Agenda item 98 · \
             adopted 7 December 2020 · 37th plenary meeting · report A/75/394, para. 17 · \
             draft A/C.1/75/L.4",
        ),
    ];
    for (file, line) in expected {
        let Some(doc) = corpus_doc(file) else {
            return;
        };
        let language = doc.meta.language.unwrap();
        assert_eq!(doc.meta.facts_line_in(language, true), line, "{file}");
        // The date as the document itself prints it.
        let xml = std::fs::read_to_string(common::corpus_file(file).unwrap()).unwrap();
        let date = i18n::date(language, doc.meta.adopted.as_deref().unwrap());
        assert!(spaces(&xml).contains(&date), "{file}: {date}");
        // `plenary inspect` keeps its English.
        assert!(
            doc.meta
                .facts_line(false)
                .starts_with("General Assembly · ")
                && doc.meta.facts_line(false).contains("adopted 2020-12-07"),
            "{file}"
        );
    }
}

/// The text of a file without its markup (a citation's `<ref>` around a symbol is kept
/// inside its sentence).
fn text_of(path: &Path) -> String {
    let xml = std::fs::read_to_string(path).unwrap();
    let body = xml
        .split_once("</meta>")
        .map_or(xml.as_str(), |(_, body)| body);
    let tag = Regex::new(r"<[^>]+>").unwrap();
    tag.replace_all(body, "").replace("&amp;", "&")
}

/// One form of a citation: `ours` must match the citation the program copies, and `corpus`
/// is how the language's own texts write the same (the footnotes' comma form, the same words
/// in running text), found at least once.
struct Form {
    language: Language,
    what: &'static str,
    ours: &'static str,
    corpus: &'static str,
}

const fn form(
    language: Language,
    what: &'static str,
    ours: &'static str,
    corpus: &'static str,
) -> Form {
    Form {
        language,
        what,
        ours,
        corpus,
    }
}

/// The citations the program copies for the paragraphs of real resolutions in each language.
fn our_citations(language: Language) -> Option<Vec<(&'static str, String)>> {
    let letter = match language {
        Language::Ar => "A",
        Language::Zh => "C",
        Language::En => "E",
        Language::Fr => "F",
        Language::Ru => "R",
        Language::Es => "S",
    };
    let code = language.code();
    let doc = corpus_doc(&format!("akn/ga/75/{code}/75_32_{letter}.xml"))?;
    let sections = corpus_doc(&format!("akn/ga/75/{code}/75_253_{letter}.xml"))?;
    let parts = corpus_doc(&format!("akn/ga/75/{code}/75_101A-B_{letter}.xml"))?;
    let cite = |doc: &Document, reference: &str| {
        let i = doc
            .find_ref(reference)
            .unwrap_or_else(|| panic!("{code}: no {reference}"));
        citation(doc, &doc.paragraphs[i])
    };
    let sub = doc
        .paragraphs
        .iter()
        .find(|p| p.reference.starts_with("OP1("))
        .unwrap();
    // The same resolution, read as if it were another kind: an annex's paragraph, a
    // Security Council resolution.
    let as_if = |reference: &str| {
        let mut p: Paragraph = doc.paragraphs[doc.find_ref("OP3").unwrap()].clone();
        p.reference = reference.to_string();
        citation(&doc, &p)
    };
    let mut council = doc.clone();
    council.meta.symbol = Some("S/RES/2532 (2020)".into());
    council.meta.number = Some("2532 (2020)".into());
    let council = citation(&council, &doc.paragraphs[doc.find_ref("OP1").unwrap()]);
    Some(vec![
        ("OP3", cite(&doc, "OP3")),
        ("PP12", cite(&doc, "PP12")),
        ("PP3", cite(&doc, "PP3")),
        ("OP1(a)", citation(&doc, sub)),
        ("II OP1", cite(&sections, "II OP1")),
        ("B OP2", cite(&parts, "B OP2")),
        ("Annex 12", as_if("Annex 12")),
        ("S/RES OP1", council),
    ])
}

#[test]
fn citations_as_each_languages_texts_cite() {
    use Language::{Ar, En, Es, Fr, Ru, Zh};
    let Some(corpus) = common::corpus() else {
        return;
    };
    #[rustfmt::skip]
    let forms = [
        // The comma form ("document, paragraph"): English, French, Spanish and Russian
        // footnotes abbreviate the word (para., par., párr., п.), as the program does not;
        // their running text gives the full word ("paragraph 3 of resolution 74/64").
        form(En, "OP3", r"^resolution \d+/\d+, paragraph \d+$", r"resolution\s\d+/\d+,\spara\.\s\d+"),
        form(En, "OP3", r"paragraph \d+", r"paragraph\s\d+\sof\s(its\s)?resolution\s\d+/\d+"),
        form(Fr, "OP3", r"^résolution \d+/\d+, paragraphe \d+$", r"résolution\s\d+/\d+,\spar\.\s\d+"),
        form(Fr, "OP3", r"paragraphe \d+", r"paragraphe\s\d+\sde\s(la|sa)\srésolution\s\d+/\d+"),
        form(Es, "OP3", r"^resolución \d+/\d+, párrafo \d+$", r"resolución\s\d+/\d+,\spárr\.\s\d+"),
        form(Es, "OP3", r"párrafo \d+", r"párrafo\s\d+\sde\s(la|su)\sresolución\s\d+/\d+"),
        form(Ru, "OP3", r"^резолюция \d+/\d+, пункт \d+$", r"резолюци\w+\s\d+/\d+,\sп\.\s\d+"),
        form(Ru, "OP3", r"пункт \d+", r"пункт\w*\s\d+\s(своей\s|ее\s)?резолюции\s\d+/\d+"),
        // Arabic and Chinese write the comma form with the full word, as the program does.
        form(Ar, "OP3", r"^القرار \d+/\d+، الفقرة \d+$", r"القرار\s\d+/\d+،\sالفقرة\s\d+"),
        form(Zh, "OP3", r"^第\d+/\d+号决议第\d+段$", r"第\d+/\d+号决议第\d+段"),
        // The preambular paragraph that the six versions of A/RES/75/129 cite (the twelfth of
        // resolution 74/185), and the third of the Convention in A/RES/75/194.
        form(En, "PP12", r"twelfth preambular paragraph$", r"twelfth\spreambular\sparagraph"),
        form(Fr, "PP12", r"douzième alinéa du préambule$", r"douzième\salinéa\sdu\spréambule"),
        form(Es, "PP12", r"duodécimo párrafo del preámbulo$", r"duodécimo\spárrafo\sdel\spreámbulo"),
        form(Ru, "PP12", r"двенадцатый пункт преамбулы$", r"двенадцатый\sпункт\sпреамбулы"),
        form(Ar, "PP12", r"الفقرة الثانية عشرة من الديباجة$", r"الفقرة\sالثانية\sعشرة\sمن\s(ال)?ديباجة"),
        form(Zh, "PP12", r"号决议序言部分第12段$", r"号决议序言部分第12段"),
        form(En, "PP3", r"third preambular paragraph$", r"third\spreambular\sparagraph"),
        form(Fr, "PP3", r"troisième alinéa du préambule$", r"troisième\salinéa\sdu\spréambule"),
        form(Es, "PP3", r"tercer párrafo del preámbulo$", r"tercer\spárrafo\sdel\spreámbulo"),
        form(Ru, "PP3", r"третий пункт преамбулы$", r"третий\sпункт\sпреамбулы"),
        form(Ar, "PP3", r"الفقرة الثالثة من الديباجة$", r"الفقرة\sالثالثة\sمن\s(ال)?ديباجة"),
        // Sub-paragraphs: the label as each language prints it.
        form(Fr, "OP1(a)", r"paragraphe 1 a\)$", r"paragraphe\s\d+\s[a-z]\)"),
        form(Es, "OP1(a)", r"párrafo 1 a\)$", r"párrafo\s\d+\s[a-z]\)"),
        form(Ru, "OP1(a)", r"пункт 1 а\)$", r"пункт\w*\s\d+\s\w\)"),
        form(Ar, "OP1(a)", r"الفقرة 1 \(أ\)$", r"الفقرة\s\d+\s\(\w\)"),
        form(Zh, "OP1(a)", r"第1\(a\)段$", r"第\d+\([a-z]\)段"),
        // Sections of resolution 75/253.
        form(Fr, "II OP1", r"section II, paragraphe 1$", r"section\s[IVX]+\sde\s(sa|la)\srésolution"),
        form(Es, "II OP1", r"sección II, párrafo 1$", r"sección\s[IVX]+\sde\s(su|la)\sresolución"),
        form(Ru, "II OP1", r"раздел II, пункт 1$", r"раздел\w*\s[IVX]+\s(своей\s)?резолюции"),
        form(Ar, "II OP1", r"الجزء الثاني، الفقرة 1$", r"الجزء\sالثاني\sمن\sقرارها"),
        form(Zh, "II OP1", r"号决议第二节第1段$", r"号决议第[一二三四五六七八九十]+节第\d+段"),
        // A part of a collection: 75/101 B.
        form(Ar, "B OP2", r"^القرار 75/101 باء، الفقرة 2$", r"القرار\s\d+/\d+\sباء"),
        form(Zh, "B OP2", r"^第75/101 B号决议第2段$", r"第\d+/\d+\s[A-Z]号决议第\d+段"),
        form(Fr, "B OP2", r"^résolution 75/101 B, paragraphe 2$", r"résolution\s\d+/\d+\s[A-Z]\b"),
        // An annex.
        form(Fr, "Annex 12", r", annexe, paragraphe 12$", r"résolution\s\d+/\d+,\sannexe"),
        form(Es, "Annex 12", r", anexo, párrafo 12$", r"resolución\s\d+/\d+,\sanexo"),
        form(Ru, "Annex 12", r", приложение, пункт 12$", r"резолюци\w+\s\d+/\d+,\sприложение"),
        form(Ar, "Annex 12", r"، المرفق، الفقرة 12$", r"القرار\s\d+/\d+،\sالمرفق"),
        form(Zh, "Annex 12", r"号决议附件第12段$", r"号决议附件第\d+段"),
        // A Security Council resolution.
        form(Fr, "S/RES OP1", r"^résolution 2532 \(2020\), ", r"résolution\s\d+\s\(\d{4}\)"),
        form(Es, "S/RES OP1", r"^resolución 2532 \(2020\), ", r"resolución\s\d+\s\(\d{4}\)"),
        form(Ru, "S/RES OP1", r"^резолюция 2532 \(2020\), ", r"резолюци\w+\s\d+\s\(\d{4}\)"),
        form(Ar, "S/RES OP1", r"^القرار 2532 \(2020\)، ", r"القرار\s\d+\s\(\d{4}\)"),
        form(Zh, "S/RES OP1", r"^第2532\(2020\)号决议第1段$", r"第\d+\(\d{4}\)号决议"),
    ];
    let mut texts: Vec<(Language, Vec<(String, String)>)> = Vec::new();
    for language in Language::ALL {
        let list = files(&corpus, language)
            .iter()
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().to_string(),
                    text_of(p),
                )
            })
            .collect();
        texts.push((language, list));
    }
    let mut missing = Vec::new();
    for language in Language::ALL {
        let Some(ours) = our_citations(language) else {
            return;
        };
        println!("{language}:");
        for (what, cited) in &ours {
            println!("  {what}: {cited}");
        }
        for f in forms.iter().filter(|f| f.language == language) {
            let cited = &ours.iter().find(|(w, _)| *w == f.what).unwrap().1;
            assert!(
                Regex::new(f.ours).unwrap().is_match(cited),
                "{language} {}: «{cited}» is not /{}/",
                f.what,
                f.ours
            );
            let pattern = Regex::new(f.corpus).unwrap();
            let corpus = &texts.iter().find(|(l, _)| *l == language).unwrap().1;
            let mut count = 0;
            let mut example = None;
            for (file, text) in corpus {
                for m in pattern.find_iter(text) {
                    count += 1;
                    example.get_or_insert_with(|| {
                        let start = text.floor_char_boundary(m.start().saturating_sub(60));
                        let end = text.ceil_char_boundary((m.end() + 30).min(text.len()));
                        format!("{file}: …{}…", spaces(&text[start..end]))
                    });
                }
            }
            println!("    /{}/ {count} in the corpus", f.corpus);
            if let Some(example) = example {
                println!("      {example}");
            } else {
                missing.push(format!("{language} {}: /{}/", f.what, f.corpus));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the corpus:\n{}",
        missing.join("\n")
    );
}
