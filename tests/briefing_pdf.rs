//! `plenary export --format pdf`: briefings and redlines read back with poppler's own tools
//! (pdftotext, pdftohtml, pdfinfo, pdffonts, pdftoppm), as a reader's PDF viewer would read
//! them. Each test skips, saying why, where poppler-utils or the corpus is missing;
//! `.ci/run` installs poppler-utils.

mod common;

use common::{corpus_file, plenary, stderr};
use plenary::document::{Document, ParagraphKind};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A poppler tool's output for `pdf`, or None (with a printed reason) without the tool.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> Option<String> {
    let mut command = Command::new(tool);
    command.args(args).arg(pdf);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let out = match command.output() {
        Ok(out) => out,
        Err(_) => {
            eprintln!("skipping: {tool} not found (Debian package poppler-utils)");
            return None;
        }
    };
    assert!(
        out.status.success(),
        "{tool} could not read the PDF: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The text of a PDF in the order it was written (`-raw`: the order a tagged PDF's reader
/// follows, rather than poppler's guess at columns, which takes a column of paragraph numbers
/// for a column of its own), its white space collapsed.
fn pdf_text(pdf: &Path) -> Option<String> {
    let text = poppler("pdftotext", &["-raw", "-enc", "UTF-8"], pdf)?;
    Some(collapse(&text))
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `n` words of a text, as a PDF reader would find them.
fn opening(text: &str, n: usize) -> String {
    collapse(
        &text
            .split_whitespace()
            .take(n)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Runs `plenary export` and returns the PDF's path.
fn export(data: &Path, out: &Path, args: &[&str]) -> PathBuf {
    let mut all = vec!["export", "--format", "pdf", "-o", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let run = plenary(data, &all);
    assert!(run.status.success(), "export failed: {}", stderr(&run));
    let bytes = std::fs::read(out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    out.to_path_buf()
}

/// Finds each of `wanted` in `text`, each after the one before; the misses, said.
fn in_order<'a>(text: &str, wanted: impl IntoIterator<Item = (String, &'a str)>) -> Vec<String> {
    let mut from = 0;
    let mut misses = Vec::new();
    for (what, words) in wanted {
        match text[from..].find(&*what) {
            Some(at) => from += at + what.len(),
            None => {
                let found_earlier = text.contains(&*what);
                misses.push(format!(
                    "{words}: {what:?} {}",
                    if found_earlier {
                        "is out of order"
                    } else {
                        "is missing"
                    }
                ));
            }
        }
    }
    misses
}

#[test]
fn a_briefing_of_75_32_prints_every_number_footnote_and_note_in_order() {
    let Some(file) = corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let doc: Document = plenary::parse::parse_file(&file).unwrap();
    let path = file.to_str().unwrap();
    // Twenty notes, on every paragraph in turn, every third a bookmark.
    let refs: Vec<&str> = doc
        .paragraphs
        .iter()
        .filter(|p| matches!(p.kind, ParagraphKind::Preambular | ParagraphKind::Operative))
        .map(|p| p.reference.as_str())
        .collect();
    let mut notes = Vec::new();
    for i in 0..20 {
        let reference = refs[i % refs.len()];
        let text = format!("Delegation note {i} on {reference}");
        let mut args = vec![
            "notes",
            "add",
            path,
            "--paragraph",
            reference,
            "--text",
            &text,
        ];
        if i % 3 == 0 {
            args.push("--bookmark");
        }
        let added = plenary(&data, &args);
        assert!(added.status.success(), "{}", stderr(&added));
        notes.push(text);
    }
    let pdf = export(
        &data,
        &dir.path().join("briefing.pdf"),
        &["--with-notes", "--with-facts", path],
    );
    let Some(text) = pdf_text(&pdf) else { return };

    // Every numbered paragraph: its number as printed, then its opening words, in order.
    let mut wanted = Vec::new();
    for p in &doc.paragraphs {
        let words = opening(&p.text, 4);
        if p.number.is_some() && p.kind == ParagraphKind::Operative {
            wanted.push((
                p.number_prefix(false).trim().to_string(),
                p.reference.as_str(),
            ));
        }
        if !words.is_empty() {
            wanted.push((words, p.reference.as_str()));
        }
    }
    let misses = in_order(&text, wanted);
    assert!(
        misses.is_empty(),
        "paragraphs not printed as they stand: {misses:#?}"
    );

    // Every footnote's words, in order, each after its marker.
    let footnotes = doc
        .footnotes
        .iter()
        .map(|f| (opening(&f.text, 4), f.marker.as_str()));
    let misses = in_order(&text, footnotes);
    assert!(misses.is_empty(), "footnotes missing: {misses:#?}");
    assert!(!doc.footnotes.is_empty());

    // Every note, and the bookmarks marked.
    for note in &notes {
        assert!(text.contains(note.as_str()), "note missing: {note}");
    }
    assert!(text.contains("Bookmarked"), "bookmarks are not marked");
    // The facts: the date it was adopted.
    assert!(text.contains("7 December 2020"), "the facts are missing");
}

#[test]
fn the_pdf_is_tagged_with_an_outline_of_the_paragraphs_and_its_fonts_embedded() {
    let Some(file) = corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let pdf = export(
        &dir.path().join("data"),
        &dir.path().join("out.pdf"),
        &[file.to_str().unwrap()],
    );
    let Some(info) = poppler("pdfinfo", &[], &pdf) else {
        return;
    };
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains("Title:           "), "{info}");
    let Some(fonts) = poppler("pdffonts", &[], &pdf) else {
        return;
    };
    // Past the two header lines, each font says whether it is embedded ("emb": yes).
    for line in fonts.lines().skip(2) {
        let columns: Vec<&str> = line.split_whitespace().collect();
        let emb = columns.iter().rev().nth(4).copied();
        assert_eq!(emb, Some("yes"), "a font is not embedded: {line}");
    }
    let Some(xml) = poppler("pdftohtml", &["-xml", "-stdout", "-i", "-q"], &pdf) else {
        return;
    };
    let doc = plenary::parse::parse_file(&file).unwrap();
    let outline_entries: Vec<&str> = xml
        .split("<item")
        .skip(1)
        .filter_map(|item| item.split('>').nth(1)?.split('<').next())
        .collect();
    let numbered: Vec<String> = doc
        .paragraphs
        .iter()
        .filter(|p| matches!(p.kind, ParagraphKind::Preambular | ParagraphKind::Operative))
        .map(|p| format!("{} {}", p.reference, p.lead_words()))
        .collect();
    let outline: Vec<String> = outline_entries
        .iter()
        .map(|e| e.replace("&amp;", "&"))
        .filter(|e| e.starts_with("PP") || e.starts_with("OP"))
        .collect();
    assert_eq!(
        outline, numbered,
        "the outline lists every PP and OP in order"
    );
}

/// A PDF's first page as grey levels: width, height and one byte a pixel.
fn first_page_grey(pdf: &Path) -> Option<(usize, usize, Vec<u8>)> {
    let dir = pdf.parent().unwrap();
    let prefix = dir.join("page");
    let made = Command::new("pdftoppm")
        .args(["-gray", "-r", "40", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg(&prefix)
        .status();
    if made.is_err() {
        eprintln!("skipping: pdftoppm not found (Debian package poppler-utils)");
        return None;
    }
    let page = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "pgm"))?;
    let bytes = std::fs::read(&page).unwrap();
    std::fs::remove_file(&page).unwrap();
    // P5 header: magic, width, height, maximum, then the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    Some((w, h, bytes[at + 1..].to_vec()))
}

#[test]
fn arabic_chinese_and_english_75_32_are_printed_in_their_scripts() {
    for (file, script_word, rtl) in [
        ("akn/ga/75/en/75_32_E.xml", "Recalling", false),
        ("akn/ga/75/zh/75_32_C.xml", "大会", false),
        ("akn/ga/75/ar/75_32_A.xml", "الجمعية", true),
    ] {
        let Some(file) = corpus_file(file) else {
            return;
        };
        let dir = tempfile::tempdir().unwrap();
        let pdf = export(
            &dir.path().join("data"),
            &dir.path().join("out.pdf"),
            &[file.to_str().unwrap()],
        );
        let Some(text) = pdf_text(&pdf) else { return };
        assert!(
            text.contains(script_word),
            "{}: {script_word} is not in the PDF's text",
            file.display()
        );
        assert!(text.contains("A/RES/75/32"), "{}", file.display());
        let Some((w, h, grey)) = first_page_grey(&pdf) else {
            return;
        };
        assert_eq!(grey.len(), w * h);
        // Ink on the page, and for Arabic more of it on the right half than on the left:
        // the text runs from the right margin.
        let ink = |columns: std::ops::Range<usize>| {
            (0..h)
                .flat_map(|y| columns.clone().map(move |x| y * w + x))
                .filter(|&i| grey[i] < 128)
                .count()
        };
        let (left, right) = (ink(0..w / 2), ink(w / 2..w));
        assert!(left + right > 2000, "{}: the page is blank", file.display());
        if rtl {
            assert!(
                right > left,
                "{}: Arabic does not run from the right",
                file.display()
            );
        }
    }
}

#[test]
fn a_redline_pdf_strikes_out_what_was_deleted_and_says_what_moved() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.md");
    let new = dir.path().join("new.md");
    std::fs::write(
        &old,
        "United Nations A/RES/74/10\n\nGeneral Assembly\n\n74/10. Oceans\n\n\
         The General Assembly,\n\nRecalling its resolution 73/20,\n\n\
         1. Calls upon Member States to protect coral reefs;\n\n\
         2. Requests the Secretary-General to report annually;\n\n\
         3. Decides to remain seized of the matter;\n",
    )
    .unwrap();
    std::fs::write(
        &new,
        "United Nations A/RES/75/10\n\nGeneral Assembly\n\n75/10. Oceans\n\n\
         The General Assembly,\n\nRecalling its resolution 74/10,\n\n\
         1. Calls upon Member States to protect mangroves;\n\n\
         2. Welcomes the new partnership on plankton research;\n\n\
         3. Requests the Secretary-General to report annually;\n\n\
         4. Decides to remain seized of the matter;\n",
    )
    .unwrap();
    let pdf = export(
        &dir.path().join("data"),
        &dir.path().join("redline.pdf"),
        &[
            "--redline",
            "--compare",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
        ],
    );
    let Some(text) = pdf_text(&pdf) else { return };
    for words in [
        "coral reefs",
        "mangroves",
        "plankton research",
        "Added",
        "Was OP2",
    ] {
        assert!(
            text.contains(words),
            "{words:?} is not in the redline: {text}"
        );
    }
    assert!(
        text.contains("Comparing A/RES/74/10 with A/RES/75/10"),
        "{text}"
    );
}

#[test]
fn words_that_look_like_markup_are_printed_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("odd.md");
    std::fs::write(
        &file,
        "United Nations A/RES/75/99\n\nGeneral Assembly\n\n75/99. Odd words ]\n\n\
         The General Assembly,\n\nRecalling $x^2$ and <label> and #import \"/etc/passwd\",\n\n\
         1. Decides \\u{1b}[2J that */ // \"quoted\" [brackets] {braces} #set page(width: 1pt) stay words;\n",
    )
    .unwrap();
    let data = dir.path().join("data");
    let note = plenary(
        &data,
        &[
            "notes",
            "add",
            file.to_str().unwrap(),
            "--paragraph",
            "OP1",
            "--text",
            "#pagebreak() ] ) } \"\n#read(\"/etc/passwd\")",
        ],
    );
    assert!(note.status.success(), "{}", stderr(&note));
    let pdf = export(
        &data,
        &dir.path().join("odd.pdf"),
        &["--with-notes", file.to_str().unwrap()],
    );
    let Some(text) = pdf_text(&pdf) else { return };
    for words in [
        "#set page(width: 1pt) stay words",
        "$x^2$ and <label> and #import \"/etc/passwd\"",
        "[brackets] {braces}",
        "#pagebreak() ] ) } \"",
        "#read(\"/etc/passwd\")",
    ] {
        assert!(
            text.contains(words),
            "{words:?} is not printed as written: {text}"
        );
    }
    let Some(info) = poppler("pdfinfo", &[], &pdf) else {
        return;
    };
    // Neither a page break nor a page size was obeyed.
    assert!(info.contains("Pages:           1"), "{info}");
    assert!(info.contains("(A4)"), "{info}");
}

#[test]
fn export_as_pdf_says_what_is_wrong_with_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let out = dir.path().join("out.pdf");
    let missing = dir.path().join("missing.xml");
    let run = plenary(
        &data,
        &[
            "export",
            "--format",
            "pdf",
            "-o",
            out.to_str().unwrap(),
            missing.to_str().unwrap(),
        ],
    );
    assert!(!run.status.success());
    assert!(stderr(&run).contains("missing.xml"), "{}", stderr(&run));
    assert!(!out.exists());
    // A redline needs the text to compare with.
    let run = plenary(
        &data,
        &[
            "export",
            "--format",
            "pdf",
            "--redline",
            "-o",
            out.to_str().unwrap(),
            "x.md",
        ],
    );
    assert!(!run.status.success());
    assert!(stderr(&run).contains("--compare"), "{}", stderr(&run));
}

#[test]
fn a_briefing_with_an_earlier_edition_summarises_what_changed() {
    let (Some(old), Some(new)) = (
        corpus_file("akn/ga/74/en/74_28.xml"),
        corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let pdf = export(
        &dir.path().join("data"),
        &dir.path().join("out.pdf"),
        &["--compare", old.to_str().unwrap(), new.to_str().unwrap()],
    );
    let Some(text) = pdf_text(&pdf) else { return };
    assert!(
        text.contains("What changed from A/RES/74/28 to A/RES/75/32:"),
        "{text}"
    );
    // The digest names the changed paragraphs by their references, as the window does.
    let old_doc = plenary::parse::parse_file(&old).unwrap();
    let new_doc = plenary::parse::parse_file(&new).unwrap();
    let cmp = plenary::diff::compare(
        &old_doc,
        &new_doc,
        &plenary::diff::Options {
            ignore_punctuation_width: false,
            ignore_whitespace: true,
            deadline: None,
        },
    );
    let digest = plenary::diff::digest::digest(&cmp, &old_doc, &new_doc);
    let locale = plenary::i18n::Locale::from_code("en").unwrap();
    for line in digest.lines(locale, &old_doc, &new_doc).iter().skip(1) {
        assert!(text.contains(&collapse(line)), "{line:?} is not in the PDF");
    }
}
