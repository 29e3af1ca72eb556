//! Redlines as Word files, opened by LibreOffice rather than by this project's own reader:
//! LibreOffice must see the tracked changes by their author and the comments, and accepting
//! every change must give the new resolution paragraph by paragraph, rejecting every change
//! the old one.
//!
//! Three comparisons: 74/28 -> 75/32 in English and in Chinese (the real year-over-year
//! edits: changed, added and renumbered paragraphs), and for right-to-left text the Arabic
//! 75/32 against an edited copy of itself (a word added, a word changed, a paragraph
//! deleted, one moved, the rest renumbered), its sub-paragraph OP1(a) calling the three
//! footnotes of PP10 again, as the Chinese 74/28 does.
//!
//! Needs the shared corpus, LibreOffice Writer with its windows (Debian's `libreoffice-writer`,
//! run headless; `libreoffice-writer-nogui` cannot accept changes) and `python3-uno`; skips,
//! saying why, without them. The script that drives LibreOffice is
//! `tests/support/lo_redline.py`; `PLENARY_REDLINE_DIR=folder` keeps the Word files and
//! LibreOffice's texts there.

mod common;

use plenary::diff::redline::{Options as RedlineOptions, RedlineComment, to_docx};
use plenary::diff::{Comparison, Options, Row, Status, Target, compare};
use plenary::document::{Document, Language, Paragraph, ParagraphKind};
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PYTHON: &str = "/usr/bin/python3";
const SOFFICE: &str = "/usr/bin/soffice";
const WRITER_UI: &str =
    "/usr/lib/libreoffice/share/config/soffice.cfg/modules/swriter/ui/annotation.ui";
/// The script gives up after this long, and is killed a little after that.
const TIMEOUT: Duration = Duration::from_secs(110);

/// Whether LibreOffice and its Python bridge are installed; says why not.
fn libreoffice() -> bool {
    if !Path::new(SOFFICE).exists() {
        eprintln!("skipping: LibreOffice is not installed ({SOFFICE})");
        return false;
    }
    let uno = Command::new(PYTHON)
        .args(["-c", "import uno"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if !uno.is_ok_and(|s| s.success()) {
        eprintln!("skipping: {PYTHON} cannot import uno (Debian package python3-uno)");
        return false;
    }
    // Accepting and rejecting changes happens in a Writer window, hidden as it is; the
    // variant of LibreOffice without a user interface (libreoffice-writer-nogui) has no
    // Writer windows and stops on a document with comments.
    if !Path::new(WRITER_UI).exists() {
        eprintln!(
            "skipping: LibreOffice Writer's windows are not installed ({WRITER_UI}): the \
             Debian package libreoffice-writer has them, libreoffice-writer-nogui does not"
        );
        return false;
    }
    true
}

fn parse(path: &Path) -> Document {
    plenary::parse::parse_file(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One comparison to export and check.
struct Case {
    label: String,
    old: Document,
    new: Document,
    cmp: Comparison,
    comments: Vec<RedlineComment>,
    file: PathBuf,
    /// The `w:ins` and `w:del` elements written.
    written: usize,
}

fn case(label: &str, old: Document, new: Document, comments: &[(&str, &str)], dir: &Path) -> Case {
    let cmp = compare(&old, &new, &Options::default());
    let comments: Vec<RedlineComment> = comments
        .iter()
        .map(|(reference, text)| RedlineComment {
            paragraph: new
                .find_ref(reference)
                .unwrap_or_else(|| panic!("{label}: no {reference}")),
            author: "Delegation of Chile".into(),
            date: "2026-12-06T10:00:00Z".into(),
            text: text.to_string(),
        })
        .collect();
    let options = RedlineOptions {
        author: "Plenary",
        date: "2026-12-06T09:30:00Z",
        comments: &comments,
    };
    let bytes = to_docx(&cmp, &old, &new, &options).expect("the redline is written");
    let file = dir.join(format!("{}.docx", label.replace(['/', ' ', '>'], "_")));
    std::fs::write(&file, &bytes).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut written = 0;
    for part in ["word/document.xml", "word/footnotes.xml"] {
        let mut xml = String::new();
        archive
            .by_name(part)
            .unwrap()
            .read_to_string(&mut xml)
            .unwrap();
        written += xml.matches("<w:ins ").count() + xml.matches("<w:del ").count();
    }
    Case {
        label: label.to_string(),
        old,
        new,
        cmp,
        comments,
        file,
        written,
    }
}

fn normal(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The document's text as the redline lays it out: title, formula, then each paragraph with
/// its printed number.
fn expected(doc: &Document) -> Vec<String> {
    let rtl = doc.meta.language.is_some_and(Language::is_rtl);
    // The title as resolutions print it, after their number.
    doc.meta
        .heading()
        .into_iter()
        .chain(doc.formula.iter().cloned())
        .chain(
            doc.paragraphs
                .iter()
                .map(|p| format!("{}{}", p.number_prefix(rtl), p.text)),
        )
        .map(|t| normal(&t))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The new document's footnotes in the order its text first calls them.
fn called_footnotes(doc: &Document) -> Vec<String> {
    let mut seen = Vec::new();
    for p in &doc.paragraphs {
        let mut refs = p.footnote_refs.clone();
        refs.sort_by_key(|r| r.offset);
        for r in refs {
            if !seen.contains(&r.footnote) {
                seen.push(r.footnote);
            }
        }
    }
    seen.iter()
        .map(|&i| normal(&doc.footnotes[i].text))
        .collect()
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| normal(v.as_str().expect("text")))
        .filter(|t| !t.is_empty())
        .collect()
}

/// The first paragraph where two texts part, for a readable failure.
fn first_difference(seen: &[String], wanted: &[String]) -> String {
    let at = seen
        .iter()
        .zip(wanted)
        .position(|(a, b)| a != b)
        .unwrap_or(seen.len().min(wanted.len()));
    format!(
        "{} paragraphs seen, {} wanted; first difference at {at}:\n  seen:   {:?}\n  wanted: {:?}",
        seen.len(),
        wanted.len(),
        seen.get(at),
        wanted.get(at)
    )
}

/// Runs the LibreOffice script on the files, killing it if it overruns.
fn run_libreoffice(files: &[&Path], dir: &Path) -> Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/lo_redline.py");
    let out = dir.join("libreoffice.json");
    let mut child = Command::new(PYTHON)
        .arg(&script)
        .arg(&out)
        .arg(TIMEOUT.as_secs().to_string())
        .args(files)
        .stdin(Stdio::null())
        .spawn()
        .expect("python3 runs");
    let deadline = Instant::now() + TIMEOUT + Duration::from_secs(15);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the LibreOffice script ran past {TIMEOUT:?} and was killed");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "the LibreOffice script failed: {status}");
    let text = std::fs::read_to_string(&out).expect("the script wrote its report");
    serde_json::from_str(&text).expect("the report is JSON")
}

/// The paragraph rows that differ: in text, place or number.
fn differs(case: &Case, row: &Row) -> bool {
    let number = |doc: &Document, i: Option<usize>| {
        i.and_then(|i| doc.paragraphs.get(i))
            .and_then(|p| p.number.clone())
    };
    row.status != Status::Unchanged || number(&case.old, row.old) != number(&case.new, row.new)
}

/// How many runs of differing paragraphs the comparison has: each is at least one tracked
/// change, whatever LibreOffice joins within it.
fn runs_of_differences(case: &Case) -> usize {
    let mut runs = 0;
    let mut inside = false;
    for row in case
        .cmp
        .rows
        .iter()
        .filter(|r| r.target == Target::Paragraph)
    {
        let now = differs(case, row);
        if now && !inside {
            runs += 1;
        }
        inside = now;
    }
    runs
}

fn check(case: &Case, seen: &Value) {
    let label = &case.label;
    assert_eq!(seen["record_changes"], Value::Bool(true), "{label}");
    let redlines = seen["redlines"].as_u64().unwrap() as usize;
    // LibreOffice joins tracked changes that touch and match (an inserted paragraph's text
    // and its mark), so it counts at most what was written, and at least one for each run
    // of differing paragraphs.
    let runs = runs_of_differences(case);
    assert!(runs > 0, "{label}: the comparison finds no difference");
    assert!(
        (runs..=case.written).contains(&redlines),
        "{label}: LibreOffice sees {redlines} tracked changes, for {} written in {runs} runs \
         of differing paragraphs",
        case.written
    );
    let authors: Vec<&str> = seen["authors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert_eq!(authors, ["Plenary"], "{label}");
    // LibreOffice lists the comments in an order of its own.
    let comments = seen["comments"].as_array().unwrap();
    let mut seen_comments: Vec<(String, String)> = comments
        .iter()
        .map(|c| {
            (
                c["author"].as_str().unwrap().to_string(),
                normal(c["text"].as_str().unwrap()),
            )
        })
        .collect();
    let mut written: Vec<(String, String)> = case
        .comments
        .iter()
        .map(|c| (c.author.clone(), normal(&c.text)))
        .collect();
    seen_comments.sort();
    written.sort();
    assert_eq!(seen_comments, written, "{label}: the comments");

    let accepted = strings(&seen["accepted"]);
    let new = expected(&case.new);
    assert!(
        accepted == new,
        "{label}: accepting every change does not give the new text: {}",
        first_difference(&accepted, &new)
    );
    let rejected = strings(&seen["rejected"]);
    let old = expected(&case.old);
    assert!(
        rejected == old,
        "{label}: rejecting every change does not give the old text: {}",
        first_difference(&rejected, &old)
    );
    assert_eq!(seen["accepted_redlines_left"], 0, "{label}");
    assert_eq!(seen["rejected_redlines_left"], 0, "{label}");
    assert_eq!(
        strings(&seen["accepted_footnotes"]),
        called_footnotes(&case.new),
        "{label}: the footnotes after accepting"
    );

    eprintln!(
        "redline {label}: {} differing paragraphs ({}), {} tracked changes written, LibreOffice \
         sees {redlines} ({}) by Plenary and {} comments, accepts to the new text ({}/{} \
         paragraphs, {} footnotes) and rejects to the old ({}/{}) in {} s",
        case.cmp
            .rows
            .iter()
            .filter(|r| r.target == Target::Paragraph && differs(case, r))
            .count(),
        case.cmp.summary,
        case.written,
        seen["types"],
        comments.len(),
        accepted.len(),
        new.len(),
        seen["accepted_footnotes"].as_array().unwrap().len(),
        rejected.len(),
        old.len(),
        seen["seconds"],
    );
}

/// The Arabic 75/32 as an earlier draft might have read: one word fewer in PP2, another
/// word in OP1, PP4 and PP5 the other way round, and an operative paragraph more after OP2,
/// the later ones numbered one higher.
fn arabic_draft(new: &Document) -> Document {
    let mut old = new.clone();
    let pp2 = old.find_ref("PP2").expect("PP2");
    let words: Vec<&str> = old.paragraphs[pp2].text.split(' ').collect();
    let shorter = [&words[..4], &words[5..]].concat().join(" ");
    old.paragraphs[pp2].text = shorter;
    old.paragraphs[pp2].footnote_refs.clear();
    let op1 = old.find_ref("OP1").expect("OP1");
    old.paragraphs[op1].text = old.paragraphs[op1].text.replacen("الأعضاء", "كافة", 1);
    let (pp4, pp5) = (old.find_ref("PP4").unwrap(), old.find_ref("PP5").unwrap());
    old.paragraphs.swap(pp4, pp5);
    let op3 = old.find_ref("OP3").expect("OP3");
    for p in &mut old.paragraphs[op3..] {
        if p.kind == ParagraphKind::Operative
            && let Some(n) = p.number.as_deref().and_then(|n| n.parse::<u32>().ok())
        {
            p.number = Some((n + 1).to_string());
            p.reference = format!("OP{}", n + 1);
            p.id = format!("op{}", n + 1);
        }
    }
    let mut extra = Paragraph::new(
        "op3",
        ParagraphKind::Operative,
        old.paragraphs[op3].part,
        "تقرر أن تبقي هذه المسألة قيد نظرها الفعلي.",
    );
    extra.number = Some("3".into());
    extra.reference = "OP3".into();
    old.paragraphs.insert(op3, extra);
    old
}

/// Makes one paragraph call the footnotes of another again, at its end.
fn call_again(doc: &mut Document, from: &str, to: &str) {
    let (from, to) = (doc.find_ref(from).unwrap(), doc.find_ref(to).unwrap());
    let end = doc.paragraphs[to].text.len();
    let again: Vec<_> = doc.paragraphs[from]
        .footnote_refs
        .iter()
        .map(|r| plenary::document::FootnoteRef {
            offset: end,
            ..r.clone()
        })
        .collect();
    assert!(!again.is_empty(), "{from} calls no footnote");
    doc.paragraphs[to].footnote_refs.extend(again);
}

#[test]
fn libreoffice_accepts_to_the_new_text_and_rejects_to_the_old() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    if !libreoffice() {
        return;
    }
    let ga = corpus.join("akn/ga");
    let files = [
        "74/en/74_28.xml",
        "75/en/75_32_E.xml",
        "74/zh/74_28_C.xml",
        "75/zh/75_32_C.xml",
        "75/ar/75_32_A.xml",
    ];
    if let Some(missing) = files.iter().find(|f| !ga.join(f).is_file()) {
        eprintln!("skipping: {} not found", ga.join(missing).display());
        return;
    }
    // PLENARY_REDLINE_DIR keeps the files (and LibreOffice's texts) there, to look at them.
    let temp = tempfile::tempdir().unwrap();
    let dir = std::env::var_os("PLENARY_REDLINE_DIR").map_or(temp.path().to_path_buf(), |d| {
        std::fs::create_dir_all(&d).unwrap();
        PathBuf::from(d)
    });
    let mut arabic = parse(&ga.join(files[4]));
    call_again(&mut arabic, "PP10", "OP1(a)");
    let cases = [
        case(
            "74/28 -> 75/32",
            parse(&ga.join(files[0])),
            parse(&ga.join(files[1])),
            &[
                ("PP1", "Why list every resolution since 1998?"),
                ("OP5", "New: we can accept this paragraph."),
                ("OP7", "Agenda & timing <to be confirmed>."),
            ],
            &dir,
        ),
        case(
            "74/28 -> 75/32 (zh)",
            parse(&ga.join(files[2])),
            parse(&ga.join(files[3])),
            &[("PP12", "“准则”一词与英文本一致。")],
            &dir,
        ),
        case(
            "75/32 draft -> 75/32 (ar)",
            arabic_draft(&arabic),
            arabic,
            &[("OP3", "نوافق على هذه الفقرة.")],
            &dir,
        ),
    ];
    let started = Instant::now();
    let paths: Vec<&Path> = cases.iter().map(|c| c.file.as_path()).collect();
    let report = run_libreoffice(&paths, &dir);
    let seen = report["files"].as_array().unwrap();
    assert_eq!(seen.len(), cases.len());
    for (case, seen) in cases.iter().zip(seen) {
        check(case, seen);
    }
    eprintln!(
        "LibreOffice: started in {} s, all checks in {:.1} s",
        report["startup_seconds"],
        started.elapsed().as_secs_f64()
    );
}
