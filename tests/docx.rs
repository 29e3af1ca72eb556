//! Word files: the three documents the UN published as .docx read like their PDFs, and a
//! hostile archive is refused in one line.

mod common;

use common::word::{W, revised_draft, zip_of};

use plenary::document::{ChangeKind, Document, Format, ParagraphKind};
use plenary::parse::{parse_bytes, parse_file};

fn count(doc: &Document, kind: ParagraphKind) -> usize {
    doc.paragraphs.iter().filter(|p| p.kind == kind).count()
}

/// The numbered paragraphs and the footnotes of each Word file are those of its PDF.
#[test]
fn the_published_word_files_read_like_their_pdfs() {
    let Some(corpus) = common::corpus() else {
        return;
    };
    for (name, symbol, ops, notes) in [
        ("A_80_590", "A/80/590", 81, 1),
        ("A_80_604_Add.1", "A/80/604/Add.1", 47, 2),
    ] {
        let docx = parse_file(&corpus.join(format!("docx/{name}.docx"))).unwrap();
        let pdf = parse_file(&corpus.join(format!("docx/{name}.pdf"))).unwrap();
        assert_eq!(docx.format, Format::Docx);
        assert_eq!(docx.meta.symbol.as_deref(), Some(symbol), "{name}");
        assert_eq!(docx.meta.language, Some(plenary::document::Language::En));
        assert_eq!(count(&docx, ParagraphKind::Operative), ops, "{name}");
        assert_eq!(count(&pdf, ParagraphKind::Operative), ops, "{name}");
        assert_eq!(docx.footnotes.len(), notes, "{name}");
        for (a, b) in docx.footnotes.iter().zip(&pdf.footnotes) {
            assert_eq!(a.marker, b.marker);
            // The PDF of A/80/590 runs a table at the foot of its last page into the note.
            assert!(
                b.text.starts_with(&a.text),
                "{name}: {:?} / {:?}",
                a.text,
                b.text
            );
        }
        // Paragraph by paragraph, the numbered ones say the same.
        let numbered = |d: &Document| -> Vec<(String, String)> {
            d.paragraphs
                .iter()
                .filter(|p| p.kind == ParagraphKind::Operative)
                .map(|p| {
                    (
                        p.reference.clone(),
                        p.text
                            .split_whitespace()
                            .take(12)
                            .collect::<Vec<_>>()
                            .join(" "),
                    )
                })
                .collect()
        };
        let (a, b) = (numbered(&docx), numbered(&pdf));
        let same = a.iter().zip(&b).filter(|(x, y)| x == y).count();
        println!(
            "{name}: {same} of {} numbered paragraphs begin as in the PDF",
            a.len()
        );
        for (x, y) in a.iter().zip(&b).filter(|(x, y)| x != y) {
            println!("  docx {x:?}\n  pdf  {y:?}");
        }
        // The rest are paragraphs that run into a table, which a PDF lays out by columns.
        assert!(same * 100 >= a.len() * 90, "{name}: {same} of {}", a.len());
    }
}

/// A small draft built by hand: numbering typed as text and by Word's lists, a footnote,
/// italics, and a tracked change read as accepted.
#[test]
fn a_draft_reads_as_numbered_paragraphs_with_its_footnote() {
    let document = format!(
        r#"<w:document {W}><w:body>
<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>The General Assembly</w:t></w:r><w:r><w:t>,</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Recalling</w:t></w:r><w:r><w:t xml:space="preserve"> its resolution 74/28 of 12 December 2019,</w:t></w:r><w:r><w:footnoteReference w:id="5"/></w:r></w:p>
<w:p><w:r><w:t>1.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Welcomes</w:t></w:r><w:r><w:t xml:space="preserve"> the report</w:t></w:r><w:del w:id="1" w:author="A" w:date="2025-10-01T00:00:00Z"><w:r><w:delText> of last year</w:delText></w:r></w:del><w:ins w:id="2" w:author="A" w:date="2025-10-01T00:00:00Z"><w:r><w:t xml:space="preserve"> of the Secretary-General</w:t></w:r></w:ins><w:r><w:t>;</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>Requests</w:t></w:r><w:r><w:t xml:space="preserve"> the Secretary-General to report;</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>On its work;</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>Decides</w:t></w:r><w:r><w:t xml:space="preserve"> to remain seized of the matter.</w:t></w:r></w:p>
</w:body></w:document>"#
    );
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    let footnotes = format!(
        r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See A/74/100.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let settings = format!(
        r#"<w:settings {W}><w:docVars><w:docVar w:name="Symbol1" w:val="A/C.1/80/L.99_x000d_"/><w:docVar w:name="jobn" w:val="25-12345 (E)"/><w:docVar w:name="Title1" w:val="Advancing responsible State behaviour in cyberspace_x000d_"/></w:docVars></w:settings>"#
    );
    let bytes = zip_of(&[
        ("word/document.xml", document.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
        ("word/footnotes.xml", footnotes.as_bytes()),
        ("word/settings.xml", settings.as_bytes()),
    ]);
    let doc = parse_bytes(&bytes, None).unwrap();
    assert_eq!(doc.format, Format::Docx);
    assert_eq!(doc.meta.symbol.as_deref(), Some("A/C.1/80/L.99"));
    assert_eq!(
        doc.meta.title.as_deref(),
        Some("Advancing responsible State behaviour in cyberspace")
    );
    let refs: Vec<&str> = doc
        .paragraphs
        .iter()
        .map(|p| p.reference.as_str())
        .collect();
    assert_eq!(refs, ["PP1", "OP1", "OP2", "OP2(a)", "OP3"]);
    let op1 = &doc.paragraphs[1];
    assert_eq!(op1.text, "Welcomes the report of the Secretary-General;");
    assert!(!op1.styles.is_empty(), "the operative verb is italic");
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].text, "See A/74/100.");
    assert_eq!(doc.footnotes[0].referenced_from, ["pp1"]);
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("2 tracked changes"))
    );
}

/// A zip bomb (a part that unpacks to 40 MB of nothing) is refused in one line.
#[test]
fn a_word_file_that_unpacks_too_large_is_refused() {
    let zeros = vec![b' '; 40 * 1024 * 1024];
    let bytes = zip_of(&[("word/document.xml", &zeros)]);
    assert!(bytes.len() < 1024 * 1024);
    let err = parse_bytes(&bytes, Some(std::path::Path::new("bomb.docx"))).unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("unpacks larger than any resolution"),
        "{message}"
    );
    assert!(message.ends_with("bomb.docx"), "{message}");
    assert!(!message.contains('\n'));
}

/// The text with the changes accepted and the text before them are both read; each change
/// and the comment know their paragraph; moved text is read once.
#[test]
fn a_revised_draft_reads_before_and_after_its_tracked_changes() {
    let doc = parse_bytes(&revised_draft(), None).unwrap();
    let refs = |d: &Document| -> Vec<String> {
        d.paragraphs.iter().map(|p| p.reference.clone()).collect()
    };
    let texts =
        |d: &Document| -> Vec<String> { d.paragraphs.iter().map(|p| p.text.clone()).collect() };

    // Accepted: the new preambular paragraph is in, OP2 is gone, the sentence moved to OP3.
    assert_eq!(refs(&doc), ["PP1", "PP2", "OP1", "OP3"]);
    assert_eq!(
        texts(&doc),
        [
            "Recalling its resolution 74/28,",
            "Noting the report of the Group of Governmental Experts,",
            "Welcomes the report on developments in the field of information and telecommunications in the context of international security of the Secretary-General;",
            "Decides to remain seized of the matter. It is timely.",
        ]
    );
    // Rejected: as it stood before.
    let revisions = doc
        .revisions
        .as_ref()
        .expect("the draft has tracked changes");
    let before = &revisions.original;
    assert_eq!(refs(before), ["PP1", "OP1", "OP2", "OP3"]);
    assert_eq!(
        texts(before),
        [
            "Recalling its resolution 74/28,",
            "Welcomes the report on developments in the field of information and telecommunications in the context of international security of last year; It is timely.",
            "Urges all States to act;",
            "Decides to remain seized of the matter.",
        ]
    );
    // Moved text is read once in each.
    let all: String = texts(&doc).concat();
    assert_eq!(all.matches("It is timely").count(), 1);

    // Each change: its kind, author, date and paragraph on both sides. The inserted and
    // deleted paragraph marks go with their paragraphs' text, not counted on their own.
    type Seen<'a> = (
        ChangeKind,
        &'a str,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
    );
    let changes: Vec<Seen<'_>> = revisions
        .changes
        .iter()
        .map(|c| {
            (
                c.kind,
                c.author.as_str(),
                c.text.as_str(),
                c.paragraph.as_deref(),
                c.original_paragraph.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            (
                ChangeKind::Inserted,
                "Austria",
                "Noting the report of the Group of Governmental Experts,",
                Some("pp2"),
                None
            ),
            (
                ChangeKind::Deleted,
                "Brazil",
                "of last year",
                Some("op1"),
                Some("op1")
            ),
            (
                ChangeKind::Inserted,
                "Brazil",
                "of the Secretary-General",
                Some("op1"),
                Some("op1")
            ),
            (
                ChangeKind::MovedFrom,
                "Brazil",
                "It is timely.",
                Some("op1"),
                Some("op1")
            ),
            (
                ChangeKind::Deleted,
                "Austria",
                "2. Urges all States to act;",
                None,
                Some("op2")
            ),
            (
                ChangeKind::MovedTo,
                "Brazil",
                "It is timely.",
                Some("op3"),
                Some("op3")
            ),
        ]
    );
    assert_eq!(
        revisions.changes[1].date.as_deref(),
        Some("2026-11-23T09:00:00Z")
    );
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("6 tracked changes"))
    );

    // The comment: its author, date, paragraph, the words it marks and its text.
    assert_eq!(doc.comments.len(), 1);
    let c = &doc.comments[0];
    assert_eq!(c.author, "Chile");
    assert_eq!(c.date.as_deref(), Some("2026-11-30T10:00:00Z"));
    assert_eq!(c.paragraph.as_deref(), Some("op1"));
    assert_eq!(c.quote, "Welcomes the report");
    assert_eq!(c.text, "Which report? Please cite the symbol.");
}

fn plenary(args: &[&std::ffi::OsStr]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .output()
        .unwrap()
}

/// `inspect --json` counts the tracked changes and lists the comments; `diff` with the
/// draft alone compares its text before and after them.
#[test]
fn the_command_line_reports_changes_and_comments_and_compares_a_draft_with_itself() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.docx");
    std::fs::write(&path, revised_draft()).unwrap();
    let out = plenary(&["inspect".as_ref(), "--json".as_ref(), path.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["tracked_changes"], 6);
    assert_eq!(
        json["comments"],
        serde_json::json!([{
            "author": "Chile",
            "date": "2026-11-30T10:00:00Z",
            "paragraph": "OP1",
            "text": "Which report? Please cite the symbol."
        }])
    );

    let out = plenary(&["diff".as_ref(), "--json".as_ref(), path.as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows: Vec<(String, String, String)> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or("-").to_string();
            (s("status"), s("old"), s("new"))
        })
        .collect();
    let row = |status: &str, old: &str, new: &str| (status.into(), old.into(), new.into());
    assert_eq!(
        rows,
        [
            row("unchanged", "PP1", "PP1"),
            row("added", "-", "PP2"),
            row("changed", "OP1", "OP1"),
            row("deleted", "OP2", "-"),
            row("changed", "OP3", "OP3"),
        ]
    );

    // A Word file without changes, alone, is a clear one-line error naming it.
    let plain = dir.path().join("plain.docx");
    std::fs::write(&plain, zip_of(&[("word/document.xml", format!("<w:document {W}><w:body><w:p><w:r><w:t>1. Decides to remain seized.</w:t></w:r></w:p></w:body></w:document>").as_bytes())])).unwrap();
    let out = plenary(&["diff".as_ref(), plain.as_os_str()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no tracked changes"), "{err}");
    assert!(err.trim_end().ends_with("plain.docx"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");

    // The text report names the changes and the comment.
    let out = plenary(&["inspect".as_ref(), path.as_os_str()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("OP2 before"), "{text}");
    assert!(text.contains("deleted by Austria 2026-11-27"), "{text}");
    assert!(text.contains("Chile 2026-11-30: Which report?"), "{text}");
}

/// A long draft back from negotiation, 200 tracked changes by five delegations and 50
/// comments: every change and comment is read, each in its paragraph, and the text before
/// the changes has the old verbs.
#[test]
fn a_negotiated_draft_keeps_every_change_and_comment_in_its_paragraph() {
    let doc = parse_bytes(&common::word::negotiated_draft(60, 200, 50), None).unwrap();
    let revisions = doc.revisions.as_ref().unwrap();
    assert_eq!(revisions.changes.len(), 200);
    assert_eq!(doc.comments.len(), 50);
    assert_eq!(doc.count(ParagraphKind::Operative), 60);
    assert_eq!(revisions.original.count(ParagraphKind::Operative), 60);
    for (i, c) in doc.comments.iter().enumerate() {
        assert_eq!(
            c.paragraph.as_deref(),
            Some(format!("op{}", i + 1).as_str())
        );
        assert!(
            c.text.contains(&format!("paragraph {}", i + 1)),
            "{}",
            c.text
        );
    }
    for c in &revisions.changes {
        assert!(
            c.paragraph.is_some() && c.original_paragraph.is_some(),
            "{c:?}"
        );
    }
    assert!(
        doc.paragraphs[0].text.starts_with("Encourages all States"),
        "{}",
        doc.paragraphs[0].text
    );
    let before = &revisions.original.paragraphs[0].text;
    assert!(before.starts_with("Urges all States"), "{before}");
}

/// Content nested far deeper than any draft (content controls within content controls)
/// is left unread with a warning, in bounded time and memory; a part whose archive entry
/// claims to unpack to a gigabyte is refused or read within the limit, in one line.
#[test]
fn hostile_word_files_give_one_line_or_a_warning() {
    let depth = 5_000;
    let mut body = String::new();
    for _ in 0..depth {
        body.push_str("<w:sdt><w:sdtContent>");
    }
    body.push_str("<w:p><w:r><w:t>1. Deep.</w:t></w:r></w:p>");
    for _ in 0..depth {
        body.push_str("</w:sdtContent></w:sdt>");
    }
    let document = format!(
        "<w:document {W}><w:body><w:p><w:r><w:t>1. Decides to remain seized of the matter.</w:t></w:r></w:p>{body}</w:body></w:document>"
    );
    let doc = parse_bytes(&zip_of(&[("word/document.xml", document.as_bytes())]), None).unwrap();
    assert_eq!(doc.paragraphs.len(), 1);
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.message.contains("nested too deep")),
        "{:?}",
        doc.warnings
    );

    // The central directory says the text unpacks to 1 GB.
    let mut bytes = zip_of(&[("word/document.xml", document.as_bytes())]);
    let central = bytes
        .windows(4)
        .rposition(|w| w == b"PK\x01\x02")
        .expect("a central directory entry");
    bytes[central + 24..central + 28].copy_from_slice(&(1u32 << 30).to_le_bytes());
    match parse_bytes(&bytes, Some(std::path::Path::new("huge.docx"))) {
        Ok(doc) => assert_eq!(doc.paragraphs.len(), 1),
        Err(err) => {
            let message = err.to_string();
            assert!(message.ends_with("huge.docx"), "{message}");
            assert!(!message.contains('\n'), "{message}");
        }
    }
}

/// Delegations' own drafts number paragraphs by style (`List Number`, based on another
/// style that holds the list), and a paragraph can take its numbering away (`numId` 0).
#[test]
fn paragraphs_numbered_by_their_style_get_their_numbers() {
    let styled = |style: &str, text: &str| {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    };
    let document = format!(
        r#"<w:document {W}><w:body>{}{}<w:p><w:pPr><w:pStyle w:val="OperativeBase"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>An unnumbered note.</w:t></w:r></w:p>{}</w:body></w:document>"#,
        styled(
            "ListNumber",
            "Welcomes the report of the Secretary-General;"
        ),
        styled("ListNumber", "Requests the Secretary-General to report;"),
        styled("ListNumber", "Decides to remain seized of the matter."),
    );
    let styles = format!(
        r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="OperativeBase"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ListNumber"><w:basedOn w:val="OperativeBase"/></w:style><w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style></w:styles>"#
    );
    let numbering = format!(
        r#"<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    let bytes = zip_of(&[
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", styles.as_bytes()),
        ("word/numbering.xml", numbering.as_bytes()),
    ]);
    let doc = parse_bytes(&bytes, None).unwrap();
    let numbered: Vec<(Option<&str>, &str)> = doc
        .paragraphs
        .iter()
        .map(|p| (p.number.as_deref(), &p.text[..p.text.find(' ').unwrap()]))
        .collect();
    assert_eq!(
        numbered,
        [
            (Some("1"), "Welcomes"),
            (Some("2"), "Requests"),
            (None, "An"),
            (Some("3"), "Decides")
        ]
    );
}

/// A note with a mark of its own (`customMarkFollows`: the sponsors' `*` note of a draft)
/// keeps its mark and does not take a number; the numbered notes count on from 1.
#[test]
fn a_note_with_its_own_mark_keeps_it() {
    let document = format!(
        r#"<w:document {W}><w:body>
<w:p><w:r><w:rPr><w:i/></w:rPr><w:t>Recalling</w:t></w:r><w:r><w:t xml:space="preserve"> its resolution 74/28,</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r><w:r><w:t xml:space="preserve"> and the report</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r><w:r><w:t>,</w:t></w:r></w:p>
<w:p><w:r><w:t>1.</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Decides to remain seized of the matter.</w:t></w:r></w:p>
</w:body></w:document>"#
    );
    let footnotes = format!(
        r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:t xml:space="preserve"> Reissued for technical reasons.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A/75/123.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
    );
    let bytes = zip_of(&[
        ("word/document.xml", document.as_bytes()),
        ("word/footnotes.xml", footnotes.as_bytes()),
    ]);
    let doc = parse_bytes(&bytes, None).unwrap();
    let notes: Vec<(&str, &str)> = doc
        .footnotes
        .iter()
        .map(|f| (f.marker.as_str(), f.text.as_str()))
        .collect();
    assert_eq!(
        notes,
        [("*", "Reissued for technical reasons."), ("1", "A/75/123.")]
    );
    assert_eq!(
        doc.paragraphs[0].text,
        "Recalling its resolution 74/28, and the report,"
    );
    assert_eq!(doc.footnotes[0].referenced_from, ["pp1"]);
}

/// The digest of a negotiated draft's changes names the verbs that were weakened.
#[test]
fn the_digest_of_a_negotiated_draft_names_weakened_verbs() {
    let doc = parse_bytes(&common::word::negotiated_draft(4, 8, 0), None).unwrap();
    let original = doc.revisions.as_ref().unwrap().original.clone();
    let cmp = plenary::diff::compare(&original, &doc, &plenary::diff::Options::default());
    let digest = plenary::diff::digest::digest(&cmp, &original, &doc);
    let verbs: Vec<(String, String, String, bool)> = digest
        .verbs
        .iter()
        .map(|v| {
            (
                v.reference.clone(),
                v.old.clone(),
                v.new.clone(),
                v.stronger,
            )
        })
        .collect();
    assert_eq!(
        verbs,
        [
            ("OP1".into(), "Urges".into(), "Encourages".into(), false),
            ("OP2".into(), "Requests".into(), "Invites".into(), false),
            ("OP4".into(), "Calls upon".into(), "Urges".into(), true),
        ]
    );
    let text = digest.to_text(&original, &doc);
    assert!(
        text.contains("- OP1: Urges → Encourages (weaker)"),
        "{text}"
    );
    assert!(
        text.contains("- OP4: Calls upon → Urges (stronger)"),
        "{text}"
    );
}
