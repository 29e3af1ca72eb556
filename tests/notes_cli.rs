//! `plenary notes ...` as users and their scripts run it (CLI.md is the contract).

mod common;

use plenary::document::{Document, Format, Language, Paragraph, ParagraphKind, Part};
use plenary::store::{DocumentKey, FORMAT_VERSION, NewNote, NoteStore};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::assert_no_terminal_controls;
use common::{plenary, stderr, stdout};

fn resolution() -> Document {
    let mut doc = Document::new(Format::AkomaNtoso);
    doc.meta.symbol = Some("A/RES/75/32".into());
    doc.meta.language = Some(Language::En);
    doc.meta.title = Some("Advancing responsible State behaviour in cyberspace".into());
    for (id, reference, text) in [
        (
            "pp1",
            "PP1",
            "Recalling its resolutions 53/70 of 4 December 1998,",
        ),
        (
            "op3",
            "OP3",
            "Welcomes the productive and ongoing work of the Group of Governmental Experts;",
        ),
    ] {
        let mut p = Paragraph::new(id, ParagraphKind::Operative, Part::Operative, text);
        p.reference = reference.into();
        doc.paragraphs.push(p);
    }
    doc
}

/// Three notes in `data_dir`, made through the library as the window would.
fn seed(data_dir: &Path) -> PathBuf {
    let store = NoteStore::new(data_dir.join("notes"));
    let doc = resolution();
    let mut notes = store
        .open(&doc, Some(Path::new("/docs/75_32_E.xml")))
        .unwrap();
    let mut first = NewNote::on_paragraph(&doc, 1).unwrap();
    first.text = "Ask who chairs it,\n\"and when\".".into();
    first.bookmark = true;
    first.tags = vec!["cyber".into()];
    notes.add(first).unwrap();
    notes.add(NewNote::on_paragraph(&doc, 0).unwrap()).unwrap();
    let mut zh = resolution();
    zh.meta.language = Some(Language::Zh);
    let mut other = store.open(&zh, None).unwrap();
    let mut third = NewNote::on_paragraph(&zh, 1).unwrap();
    third.text = "中文".into();
    other.add(third).unwrap();
    store.file_for(&DocumentKey::of(&doc))
}

#[test]
fn usage_errors_exit_2() {
    let data = tempfile::tempdir().unwrap();
    for args in [
        vec!["notes"],
        vec!["notes", "add", "x.xml"],
        vec!["notes", "export", "--format", "xml"],
        vec![
            "notes",
            "add",
            "x.xml",
            "--paragraph",
            "OP1",
            "--color",
            "mauve",
        ],
        vec!["notes", "list", "--frobnicate"],
    ] {
        let out = plenary(data.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn a_missing_file_is_a_user_error_naming_the_file_last() {
    let data = tempfile::tempdir().unwrap();
    let missing = data.path().join("no such.xml");
    let out = plenary(
        data.path(),
        &[
            "notes",
            "add",
            missing.to_str().unwrap(),
            "--paragraph",
            "OP1",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.trim_end().ends_with(missing.to_str().unwrap()), "{err}");
    assert!(!data.path().join("notes").exists(), "nothing written");
}

#[test]
fn an_unknown_paragraph_is_a_user_error_naming_the_file_last() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let out = plenary(
        data.path(),
        &[
            "notes",
            "add",
            file.to_str().unwrap(),
            "--paragraph",
            "OP99",
            "--text",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("OP99"), "{err}");
    assert!(err.trim_end().ends_with(file.to_str().unwrap()), "{err}");
    assert!(!data.path().join("notes").exists(), "nothing written");
}

#[test]
fn an_empty_store_lists_nothing() {
    let data = tempfile::tempdir().unwrap();
    let out = plenary(data.path(), &["notes", "list"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out), "No notes yet.\n");
    let out = plenary(data.path(), &["notes", "list", "--json"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out).trim(), "[]");
}

#[test]
fn list_json_has_the_contract_fields() {
    let data = tempfile::tempdir().unwrap();
    seed(data.path());
    let out = plenary(data.path(), &["notes", "list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    for row in rows {
        for field in [
            "id",
            "document",
            "paragraph",
            "quote",
            "text",
            "bookmark",
            "tags",
            "created",
            "updated",
            "status",
        ] {
            assert!(row.get(field).is_some(), "{field} missing in {row}");
        }
        for field in ["symbol", "language", "path"] {
            assert!(row["document"].get(field).is_some(), "document.{field}");
        }
        assert_eq!(row["status"], "attached");
        assert!(
            plenary::store::Timestamp::parse(row["created"].as_str().unwrap()).is_some(),
            "{row}"
        );
    }
    let bookmark = rows.iter().find(|r| r["bookmark"] == true).unwrap();
    assert_eq!(bookmark["paragraph"], "OP3");
    assert_eq!(bookmark["document"]["symbol"], "A/RES/75/32");
    assert_eq!(bookmark["document"]["language"], "en");
    assert_eq!(bookmark["document"]["path"], "/docs/75_32_E.xml");
    assert_eq!(bookmark["tags"], serde_json::json!(["cyber"]));
    assert_eq!(bookmark["text"], "Ask who chairs it,\n\"and when\".");
    assert!(
        bookmark["quote"]
            .as_str()
            .unwrap()
            .starts_with("Welcomes the productive")
    );

    let text = stdout(&plenary(data.path(), &["notes", "list"]));
    assert!(
        text.contains("A/RES/75/32 (en)\n  OP3      bookmark  [cyber]\n"),
        "{text}"
    );
    assert!(text.contains("A/RES/75/32 (zh)"), "{text}");
}

#[test]
fn export_then_import_into_an_empty_store_through_the_command_line() {
    let data = tempfile::tempdir().unwrap();
    seed(data.path());
    let export = data.path().join("notes-export.json");
    let out = plenary(
        data.path(),
        &[
            "notes",
            "export",
            "--format",
            "json",
            "-o",
            export.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "", "written to the file, not stdout");
    let value: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&export).unwrap()).unwrap();
    assert_eq!(value["first"]["items"].as_array().unwrap().len(), 3);

    let md = stdout(&plenary(
        data.path(),
        &["notes", "export", "--format", "md"],
    ));
    assert!(md.contains("### A/RES/75/32, OP3 (bookmark)"), "{md}");
    assert!(md.contains("### A/RES/75/32, PP1"), "{md}");
    let csv = stdout(&plenary(
        data.path(),
        &["notes", "export", "--format", "csv"],
    ));
    assert_eq!(
        csv.split("\r\n").filter(|l| !l.is_empty()).count(),
        4,
        "{csv}"
    );
    assert!(
        csv.contains("\"Ask who chairs it,\n\"\"and when\"\".\""),
        "{csv}"
    );

    let fresh = tempfile::tempdir().unwrap();
    let out = plenary(fresh.path(), &["notes", "import", export.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Imported 3 notes; 0 duplicates skipped; 0 conflicts"),
        "{}",
        stdout(&out)
    );
    let before = stdout(&plenary(data.path(), &["notes", "list", "--json"]));
    let after = stdout(&plenary(fresh.path(), &["notes", "list", "--json"]));
    assert_eq!(after, before);

    let again = plenary(fresh.path(), &["notes", "import", export.to_str().unwrap()]);
    assert!(
        stdout(&again).starts_with("Imported 0 notes; 3 duplicates skipped; 0 conflicts"),
        "{}",
        stdout(&again)
    );

    let bad = data.path().join("bad.json");
    std::fs::write(&bad, "{\"hello\": 1}").unwrap();
    let out = plenary(fresh.path(), &["notes", "import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).trim_end().ends_with(bad.to_str().unwrap()));
}

#[test]
fn a_damaged_notes_file_is_reported_on_stderr_and_recovered() {
    let data = tempfile::tempdir().unwrap();
    let file = seed(data.path());
    let good = std::fs::read(&file).unwrap();
    std::fs::write(&file, &good[..good.len() - 40]).unwrap();
    let out = plenary(data.path(), &["notes", "list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("plenary: warning: the notes on A/RES/75/32"),
        "{err}"
    );
    assert!(err.contains("damaged"), "{err}");
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    // The backup holds the first note on that document; the other document is untouched.
    assert_eq!(rows.as_array().unwrap().len(), 2);
    let quiet = plenary(data.path(), &["notes", "list"]);
    assert_eq!(stderr(&quiet), "", "repaired once, quiet after");
}

#[test]
fn a_newer_version_file_refuses_an_import_and_is_left_alone() {
    let data = tempfile::tempdir().unwrap();
    let file = seed(data.path());
    let export = data.path().join("export.json");
    let out = plenary(
        data.path(),
        &[
            "notes",
            "export",
            "--format",
            "json",
            "-o",
            export.to_str().unwrap(),
        ],
    );
    assert!(out.status.success());
    // A newer version rewrote the file (and lost nothing); ours must not touch it.
    let text = std::fs::read_to_string(&file).unwrap();
    let future = text.replacen(
        &format!("\"version\": {FORMAT_VERSION}"),
        &format!("\"version\": {}", FORMAT_VERSION + 1),
        1,
    );
    assert_ne!(future, text);
    let mut value: serde_json::Value = serde_json::from_str(&future).unwrap();
    value["notes"] = serde_json::json!([]);
    let future = serde_json::to_string_pretty(&value).unwrap();
    std::fs::write(&file, &future).unwrap();

    let out = plenary(data.path(), &["notes", "import", export.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("newer version"), "{err}");
    assert!(err.trim_end().ends_with(file.to_str().unwrap()), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), future);
}

#[test]
fn add_then_list_a_real_resolution() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let path = file.to_str().unwrap();
    let data = tempfile::tempdir().unwrap();
    let out = plenary(
        data.path(),
        &[
            "notes",
            "add",
            path,
            "--paragraph",
            "op3",
            "--text",
            "Who chairs the GGE?",
            "--bookmark",
            "--tag",
            "cyber",
            "--tag",
            "GGE",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("on A/RES/75/32, OP3"),
        "{}",
        stdout(&out)
    );
    let out = plenary(
        data.path(),
        &["notes", "add", path, "--paragraph", "OP1(a)"],
    );
    assert!(out.status.success(), "{}", stderr(&out));

    let out = plenary(data.path(), &["notes", "list", "--json", path]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["paragraph"], "OP3");
    assert_eq!(rows[0]["status"], "attached");
    assert_eq!(rows[0]["bookmark"], true);
    assert_eq!(rows[0]["tags"], serde_json::json!(["cyber", "GGE"]));
    assert!(
        rows[0]["quote"]
            .as_str()
            .unwrap()
            .starts_with("Welcomes the productive")
    );
    assert_eq!(rows[1]["paragraph"], "OP1(a)");
    assert_eq!(rows[0]["document"]["path"], path);

    // The same notes listed against last year's text: placed by their quotes.
    let Some(old) = common::corpus_file("akn/ga/74/en/74_28.xml") else {
        return;
    };
    let old_doc = plenary::parse::parse_file(&old).unwrap();
    let new_doc = plenary::parse::parse_file(&file).unwrap();
    let store = NoteStore::new(data.path().join("notes"));
    let notes = store.open(&new_doc, None).unwrap();
    let placed = notes.placements(&old_doc);
    assert!(placed.iter().all(|p| p.paragraph.is_some()));
}

#[test]
fn killing_notes_add_never_loses_the_store() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let doc = plenary::parse::parse_file(&file).unwrap();
    let store = NoteStore::new(data.path().join("notes"));
    let mut seed = 0x9e37_79b9_7f4a_7c15u64
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64;
    let mut saved = 0usize;
    for i in 0..200 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(["notes", "add", file.to_str().unwrap(), "--paragraph", "OP3"])
            .args(["--text", &format!("note {i}")])
            .env("PLENARY_DATA_DIR", data.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // A run takes some 30 to 80 ms: kill before, during and after its save.
        std::thread::sleep(std::time::Duration::from_millis(10 + seed % 80));
        let _ = child.kill();
        let _ = child.wait();
        let notes = store.open(&doc, None).unwrap();
        assert!(notes.warnings().is_empty(), "{i}: {:?}", notes.warnings());
        assert!(notes.notes().len() >= saved, "{i}: notes were lost");
        saved = notes.notes().len();
    }
    eprintln!("{saved} of 200 killed `notes add` runs had saved");
    assert!(
        saved >= 10,
        "killed too early to test anything ({saved} saved)"
    );
}

#[test]
fn a_note_on_words_quotes_them_and_unknown_words_are_a_clear_error() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let path = file.to_str().unwrap();
    let data = tempfile::tempdir().unwrap();
    let out = plenary(
        data.path(),
        &[
            "notes",
            "add",
            path,
            "--paragraph",
            "OP3",
            "--quote",
            "Group of Governmental Experts",
            "--text",
            "Which Group?",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = plenary(data.path(), &["notes", "list", "--json", path]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(rows[0]["quote"], "Group of Governmental Experts");
    assert_eq!(rows[0]["paragraph"], "OP3");

    let out = plenary(
        data.path(),
        &[
            "notes",
            "add",
            path,
            "--paragraph",
            "OP3",
            "--quote",
            "Security Council",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("OP3 does not contain \"Security Council\""),
        "{err}"
    );
    assert!(
        err.trim_end().ends_with("75_32_E.xml"),
        "file named last: {err}"
    );
}

/// A text export of a small resolution in `dir`, for `notes add`.
fn text_file(dir: &Path, title: &str) -> PathBuf {
    let path = dir.join("75_32.md");
    std::fs::write(&path, common::text_resolution(title, "")).unwrap();
    path
}

/// The one notes file in a data folder.
fn notes_file(data: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(data.join("notes"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files.into_iter().next().unwrap()
}

#[test]
fn a_notes_file_emptied_to_a_bare_object_is_repaired_from_its_backup() {
    for emptied in [
        "{}",
        "{\"version\": 1}",
        "{ \"version\": 1, \"document\": {} }\n",
    ] {
        let data = tempfile::tempdir().unwrap();
        let doc = text_file(data.path(), "Cyberspace");
        let doc = doc.to_str().unwrap();
        for i in 1..=5 {
            let text = format!("note {i}");
            let out = plenary(
                data.path(),
                &["notes", "add", doc, "--paragraph", "OP1", "--text", &text],
            );
            assert!(out.status.success(), "{}", stderr(&out));
        }
        let file = notes_file(data.path());
        std::fs::write(&file, emptied).unwrap();

        let out = plenary(
            data.path(),
            &[
                "notes",
                "add",
                doc,
                "--paragraph",
                "OP2",
                "--text",
                "note 6",
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("damaged"), "{emptied}: said so: {err}");
        assert!(err.contains("last good copy"), "{emptied}: {err}");

        let out = plenary(data.path(), &["notes", "list", "--json"]);
        let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let mut texts: Vec<&str> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["text"].as_str().unwrap())
            .collect();
        texts.sort();
        // The fifth was only in the file that was emptied; the backup held the other four.
        assert_eq!(
            texts,
            vec!["note 1", "note 2", "note 3", "note 4", "note 6"],
            "{emptied}"
        );
        // What was found is kept, byte for byte.
        let aside: Vec<PathBuf> = std::fs::read_dir(data.path().join("notes"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().contains(".damaged-"))
            .collect();
        assert_eq!(aside.len(), 1, "{aside:?}");
        assert_eq!(std::fs::read_to_string(&aside[0]).unwrap(), emptied);
    }
}

#[test]
fn notes_import_refuses_a_fifo_and_an_endless_device_at_once() {
    let data = tempfile::tempdir().unwrap();
    let fifo = data.path().join("export.json");
    common::mkfifo(&fifo);
    for source in [fifo.to_str().unwrap(), "/dev/zero", "/dev/urandom"] {
        if !Path::new(source).exists() {
            continue;
        }
        let out = common::plenary_within(
            data.path(),
            &["notes", "import", source],
            std::time::Duration::from_secs(10),
        )
        .unwrap_or_else(|| panic!("`notes import {source}` was still running after 10 s"));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(err.lines().count(), 1, "{err:?}");
        assert!(err.contains("not a regular file"), "{err}");
        assert!(err.trim_end().ends_with(source), "{err}");
    }
}

#[test]
fn notes_list_never_passes_terminal_controls_through() {
    let data = tempfile::tempdir().unwrap();
    let doc = text_file(data.path(), "Cyber\x1b]0;owned\x07space \u{9b}2J");
    let doc = doc.to_str().unwrap();
    let out = plenary(
        data.path(),
        &[
            "notes",
            "add",
            doc,
            "--paragraph",
            "OP1",
            "--text",
            "first line \x1b[2J\nsecond line\r",
            "--tag",
            "\x1b[31mred",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_no_terminal_controls("notes add", &stdout(&out));
    for args in [&["notes", "list"][..], &["notes", "list", doc]] {
        let out = plenary(data.path(), args);
        assert!(out.status.success(), "{}", stderr(&out));
        let shown = stdout(&out);
        assert_no_terminal_controls("notes list", &shown);
        assert!(shown.contains("first line"), "{shown}");
        assert!(
            shown.contains("second line"),
            "the note's lines stay lines: {shown}"
        );
    }
}

#[test]
fn csv_export_never_hands_a_spreadsheet_a_formula() {
    let data = tempfile::tempdir().unwrap();
    let doc = text_file(data.path(), "Cyberspace");
    let doc = doc.to_str().unwrap();
    let dangerous = [
        "=HYPERLINK(\"http://example.com\",\"click\")",
        "+1+1",
        "-2+3",
        "@SUM(1,2)",
        "\tTabbed",
        "\rReturned",
    ];
    for text in dangerous {
        let out = plenary(
            data.path(),
            &[
                "notes",
                "add",
                doc,
                "--paragraph",
                "OP1",
                &format!("--text={text}"),
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = plenary(
        data.path(),
        &[
            "notes",
            "add",
            doc,
            "--paragraph",
            "OP2",
            "--tag",
            "=cmd|' /C calc'!A0",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = plenary(data.path(), &["notes", "export", "--format", "csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = stdout(&out);
    for text in dangerous {
        let quoted = format!(",\"'{}\",", text.replace('"', "\"\""));
        assert!(csv.contains(&quoted), "{text:?} as {quoted:?} in:\n{csv}");
    }
    assert!(csv.contains(",\"'=cmd|' /C calc'!A0\","), "{csv}");
    // Plain text is left as it was.
    assert!(csv.contains(",Calls upon Member States"), "{csv}");
}

#[test]
fn export_to_a_file_replaces_it_whole() {
    use std::io::Read;
    let data = tempfile::tempdir().unwrap();
    seed(data.path());
    let folder = data.path().join("exports");
    std::fs::create_dir_all(&folder).unwrap();
    let out_path = folder.join("notes.md");
    std::fs::write(&out_path, "the previous export\n").unwrap();
    // Someone reading the previous export (a sync tool, an editor) reads it whole.
    let mut reader = std::fs::File::open(&out_path).unwrap();
    let out = plenary(
        data.path(),
        &[
            "notes",
            "export",
            "--format",
            "md",
            "-o",
            out_path.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let mut seen = String::new();
    reader.read_to_string(&mut seen).unwrap();
    assert_eq!(seen, "the previous export\n");
    let written = std::fs::read_to_string(&out_path).unwrap();
    assert!(written.starts_with("# Notes"), "{written}");
    let names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["notes.md"], "nothing left beside it");

    // A folder that does not exist: a clear error naming the file, nothing written.
    let nowhere = data.path().join("missing").join("notes.md");
    let out = plenary(
        data.path(),
        &[
            "notes",
            "export",
            "--format",
            "md",
            "-o",
            nowhere.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).trim_end().ends_with(nowhere.to_str().unwrap()),
        "{}",
        stderr(&out)
    );
}

/// A note on a whole long paragraph: the store keeps the first 300 characters of its quote;
/// the W3C export quotes the whole paragraph from the file, and the Markdown export marks
/// the cut with "…".
#[test]
fn a_whole_paragraph_quote_is_exported_whole() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let file = file.to_str().unwrap();
    let out = plenary(
        data.path(),
        &[
            "notes",
            "add",
            file,
            "--paragraph",
            "PP12",
            "--text",
            "Long",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = plenary::parse::parse_file(Path::new(file)).unwrap();
    let pp12 = &doc.paragraphs[doc.find_ref("PP12").unwrap()].text;
    assert!(pp12.chars().count() > 600);

    let json: serde_json::Value = serde_json::from_str(&stdout(&plenary(
        data.path(),
        &["notes", "export", "--format", "json"],
    )))
    .unwrap();
    let selectors = &json["first"]["items"][0]["target"]["selector"];
    let quote = selectors
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["type"] == "TextQuoteSelector")
        .unwrap();
    assert_eq!(quote["exact"].as_str(), Some(pp12.as_str()));
    assert_eq!(quote["suffix"], "");

    let md = stdout(&plenary(
        data.path(),
        &["notes", "export", "--format", "md"],
    ));
    let quoted = md.lines().find(|l| l.starts_with("> ")).unwrap();
    assert!(quoted.ends_with('…'), "{quoted}");
}

/// `notes list FILE` offers the notes made on another edition of FILE, placed in it, as the
/// window's banner does: as text always, in JSON with `--related`.
#[test]
fn notes_list_offers_last_years_notes() {
    let (Some(this_year), Some(last_year)) = (
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
        common::corpus_file("akn/ga/74/en/74_28.xml"),
    ) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let (this_year, last_year) = (this_year.to_str().unwrap(), last_year.to_str().unwrap());
    let args = [
        "notes",
        "add",
        this_year,
        "--paragraph",
        "OP7",
        "--text",
        "Agenda item",
    ];
    assert!(plenary(data.path(), &args).status.success());

    let text = stdout(&plenary(data.path(), &["notes", "list", last_year]));
    assert!(text.starts_with("No notes yet.\n"), "{text}");
    assert!(
        text.contains("Not copied here yet, from A/RES/75/32 (en)"),
        "{text}"
    );
    // OP7 of 75/32 was OP5 of 74/28.
    assert!(text.contains("  OP5      (moved: was OP7)\n"), "{text}");
    assert!(text.contains("            Agenda item\n"), "{text}");

    let json = |args: &[&str]| -> Vec<serde_json::Value> {
        let out = plenary(data.path(), args);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str(&stdout(&out)).unwrap()
    };
    assert!(json(&["notes", "list", "--json", last_year]).is_empty());
    let rows = json(&["notes", "list", "--json", "--related", last_year]);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["offered"], true);
    assert_eq!(rows[0]["paragraph"], "OP5");
    assert_eq!(rows[0]["was"], "OP7");
    assert_eq!(rows[0]["document"]["symbol"], "A/RES/75/32");
    // The year's own text lists its note, and offers nothing.
    let rows = json(&["notes", "list", "--json", "--related", this_year]);
    assert_eq!(rows.len(), 1);
    assert!(rows[0].get("offered").is_none());
}
