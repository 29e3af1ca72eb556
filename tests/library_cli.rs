//! `plenary library ...` and `plenary search` as users and their scripts run them (CLI.md is
//! the contract: field names fixed, exit codes 0 / 1 user error / 2 usage).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::corpus;

use common::{plenary, stderr, stdout};

fn json(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr(out));
    match serde_json::from_str(&stdout(out)).unwrap() {
        Value::Array(items) => items,
        other => panic!("expected an array: {other}"),
    }
}

/// A data folder and a folder of copies: 75/32 in English and Chinese, 74/28 and 74/29 in
/// English, and the malformed Spanish 75/251 B.
fn setup(corpus: &Path) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    for file in [
        "akn/ga/75/en/75_32_E.xml",
        "akn/ga/75/zh/75_32_C.xml",
        "akn/ga/74/en/74_28.xml",
        "akn/ga/74/en/74_29.xml",
        "akn/ga/75/es/75_251_B_S.xml",
    ] {
        let from = corpus.join(file);
        std::fs::copy(&from, docs.join(from.file_name().unwrap())).unwrap();
    }
    let data = dir.path().join("data");
    (dir, data, docs)
}

fn add(data: &Path, docs: &Path) -> Output {
    let out = plenary(data, &["library", "add", docs.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    out
}

#[test]
fn add_scans_with_progress_and_lists_unreadable_files() {
    let Some(corpus) = corpus() else { return };
    let (_dir, data, docs) = setup(&corpus);
    let out = add(&data, &docs);
    let err = stderr(&out);
    assert!(err.contains("reading"), "progress on stderr: {err}");
    assert!(err.contains("4 documents in 5 files (5 read"), "{err}");
    assert!(err.contains("1 file cannot be read"), "{err}");
    assert!(err.contains("malformed XML"), "{err}");
    assert!(stdout(&out).is_empty());
    // Again: nothing to read.
    let again = plenary(&data, &["library", "scan"]);
    assert!(
        stderr(&again).contains("(0 read, 5 unchanged, 0 removed)"),
        "{}",
        stderr(&again)
    );
}

#[test]
fn list_json_has_the_contract_fields() {
    let Some(corpus) = corpus() else { return };
    let (_dir, data, docs) = setup(&corpus);
    add(&data, &docs);
    let out = plenary(&data, &["library", "list", "--json"]);
    let rows = json(&out);
    assert_eq!(rows.len(), 3, "{rows:#?}");
    let row = rows.iter().find(|r| r["symbol"] == "A/RES/75/32").unwrap();
    assert_eq!(row["languages"], serde_json::json!(["zh", "en"]));
    assert_eq!(row["adopted"], "2020-12-07");
    assert!(
        row["title"]
            .as_str()
            .unwrap()
            .starts_with("Advancing responsible State behaviour")
    );
    assert!(
        row["paths"]["en"]
            .as_str()
            .unwrap()
            .ends_with("75_32_E.xml")
    );
    assert!(
        row["paths"]["zh"]
            .as_str()
            .unwrap()
            .ends_with("75_32_C.xml")
    );
    // The unreadable file is on stderr, the JSON stays clean.
    assert!(stderr(&out).contains("75_251_B_S.xml"), "{}", stderr(&out));

    let text = plenary(&data, &["library", "list", "75/32"]);
    let shown = stdout(&text);
    assert!(
        shown.contains("A/RES/75/32") && shown.contains("zh en"),
        "{shown}"
    );
    assert!(!shown.contains("A/RES/74/28"), "{shown}");
}

#[test]
fn search_json_has_the_contract_fields_best_first() {
    let Some(corpus) = corpus() else { return };
    let (_dir, data, docs) = setup(&corpus);
    add(&data, &docs);
    let hits = json(&plenary(
        &data,
        &["search", "--json", "responsible State behaviour"],
    ));
    let first = &hits[0];
    for field in ["symbol", "language", "ref", "snippet", "path", "score"] {
        assert!(first.get(field).is_some(), "missing {field}: {first}");
    }
    assert_eq!(first["symbol"], "A/RES/75/32");
    assert_eq!(first["language"], "en");
    let scores: Vec<f64> = hits.iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    // Highlights are byte ranges of the snippet.
    let snippet = first["snippet"].as_str().unwrap();
    let range = &first["highlights"][0];
    let (start, end) = (
        range[0].as_u64().unwrap() as usize,
        range[1].as_u64().unwrap() as usize,
    );
    assert_eq!(&snippet[start..end], "responsible State behaviour");

    let chinese = json(&plenary(
        &data,
        &["search", "--json", "--lang", "zh", "网络空间国家负责任行为"],
    ));
    assert_eq!(chinese[0]["symbol"], "A/RES/75/32");
    assert_eq!(chinese[0]["language"], "zh");

    let symbol = json(&plenary(&data, &["search", "--json", "75/32"]));
    assert_eq!(symbol[0]["symbol"], "A/RES/75/32");
    assert_eq!(symbol[0]["by_symbol"], true);

    let operative = json(&plenary(
        &data,
        &[
            "search",
            "--json",
            "--kind",
            "operative",
            "Group",
            "of",
            "Governmental",
            "Experts",
        ],
    ));
    assert!(!operative.is_empty());
    assert!(
        operative.iter().all(|h| h["kind"] == "operative"),
        "{operative:#?}"
    );

    let text = plenary(&data, &["search", "cyberspace"]);
    assert!(text.status.success());
    assert!(stdout(&text).contains("A/RES/75/32"), "{}", stdout(&text));
    let none = plenary(&data, &["search", "--json", "xylophone"]);
    assert!(json(&none).is_empty());
}

#[test]
fn cited_by_lists_the_citing_paragraph() {
    let Some(corpus) = corpus() else { return };
    let (_dir, data, docs) = setup(&corpus);
    add(&data, &docs);
    let citing = json(&plenary(
        &data,
        &["library", "cited-by", "--json", "A/RES/74/28"],
    ));
    let entry = citing
        .iter()
        .find(|c| c["symbol"] == "A/RES/75/32")
        .unwrap_or_else(|| panic!("{citing:#?}"));
    assert_eq!(entry["ref"], "PP1");
    assert_eq!(entry["language"], "en");
    assert!(entry["path"].as_str().unwrap().ends_with("75_32_E.xml"));
    // What the citing document is, and the words around the citation.
    assert_eq!(
        entry["title"],
        "Advancing responsible State behaviour in cyberspace in the context of international security"
    );
    let sentence = entry["sentence"].as_str().unwrap();
    assert!(
        sentence.contains("74/28 and 74/29 of 12 December 2019"),
        "{sentence}"
    );
    let chinese = json(&plenary(
        &data,
        &[
            "library",
            "cited-by",
            "--json",
            "--lang",
            "zh",
            "a/res/74/28",
        ],
    ));
    assert!(
        chinese
            .iter()
            .any(|c| c["symbol"] == "A/RES/75/32" && c["language"] == "zh")
    );
    let text = plenary(&data, &["library", "cited-by", "A/RES/74/28"]);
    assert!(
        stdout(&text).contains("A/RES/75/32 PP1 (en)"),
        "{}",
        stdout(&text)
    );
    // The short form a text cites it by, as `search` takes it.
    let short = plenary(&data, &["library", "cited-by", "74/28"]);
    assert!(short.status.success(), "{}", stderr(&short));
    assert_eq!(stdout(&short), stdout(&text));
    let short_json = json(&plenary(&data, &["library", "cited-by", "--json", "74/28"]));
    assert_eq!(short_json.len(), citing.len());
}

#[test]
fn import_copies_into_the_data_folder() {
    let Some(corpus) = corpus() else { return };
    let (_dir, data, docs) = setup(&corpus);
    let out = plenary(
        &data,
        &[
            "library",
            "import",
            docs.join("75_32_E.xml").to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(data.join("library/files/75_32_E.xml").is_file());
    let rows = json(&plenary(&data, &["library", "list", "--json"]));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["symbol"], "A/RES/75/32");
}

#[test]
fn a_damaged_cache_is_rebuilt_before_answering() {
    let Some(corpus) = corpus() else { return };
    let (_dir, data, docs) = setup(&corpus);
    add(&data, &docs);
    std::fs::write(data.join("library/cache/catalog.json"), b"{ broken").unwrap();
    let out = plenary(&data, &["search", "--json", "75/32"]);
    let hits = json(&out);
    assert_eq!(hits[0]["symbol"], "A/RES/75/32");
    assert!(stderr(&out).contains("rebuilt"), "{}", stderr(&out));
}

#[test]
fn errors_exit_1_with_the_path_last_and_usage_exits_2() {
    let data = tempfile::tempdir().unwrap();
    let missing = data.path().join("no-such-folder");
    let out = plenary(data.path(), &["library", "add", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.trim_end().ends_with(missing.to_str().unwrap()), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let out = plenary(data.path(), &["library", "cited-by", "not a symbol"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));

    let out = plenary(
        data.path(),
        &["library", "remove", data.path().to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));

    for args in [
        vec!["library"],
        vec!["library", "add"],
        vec!["library", "list", "--sort", "colour"],
        vec!["search"],
        vec!["search", "--lang", "xx", "peace"],
        vec!["search", "--kind", "footnote", "peace"],
        vec!["search", "--body", "unesco", "peace"],
    ] {
        let out = plenary(data.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }

    // An empty library is not an error: nothing found, and a hint.
    let out = plenary(data.path(), &["search", "--json", "peace"]);
    assert!(json(&out).is_empty());
    assert!(
        stderr(&out).contains("library is empty"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn concurrent_adds_keep_every_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let folders: Vec<PathBuf> = (0..15)
        .map(|i| {
            let folder = dir.path().join(format!("folder-{i:02}"));
            std::fs::create_dir_all(&folder).unwrap();
            folder
        })
        .collect();
    let children: Vec<std::process::Child> = folders
        .iter()
        .map(|folder| {
            std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
                .args(["library", "add", folder.to_str().unwrap()])
                .env("PLENARY_DATA_DIR", &data)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = plenary(&data, &["library", "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed = stdout(&out);
    for folder in &folders {
        let line = format!("folder: {}", folder.canonicalize().unwrap().display());
        assert!(listed.contains(&line), "{line} missing from:\n{listed}");
    }
}

#[test]
fn a_fifo_or_a_device_in_a_folder_never_stops_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(
        docs.join("75_32.md"),
        common::text_resolution("Cyberspace", ""),
    )
    .unwrap();
    common::mkfifo(&docs.join("pipe.xml"));
    #[cfg(unix)]
    std::os::unix::fs::symlink("/dev/zero", docs.join("zero.md")).unwrap();
    let limit = std::time::Duration::from_secs(20);
    let docs_arg = docs.to_str().unwrap();
    for args in [
        &["library", "add", docs_arg][..],
        &["library", "import", docs_arg],
        &["library", "import", docs.join("pipe.xml").to_str().unwrap()],
        &["library", "scan"],
    ] {
        let out = common::plenary_within(&data, args, limit)
            .unwrap_or_else(|| panic!("`plenary {}` was still running", args.join(" ")));
        assert_ne!(out.status.code(), None, "{args:?} ended by a signal");
        assert!(
            !stderr(&out).contains("panicked"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    let rows = json(&plenary(&data, &["library", "list", "--json"]));
    assert_eq!(rows.len(), 1, "{rows:#?}");
}

#[test]
fn human_library_output_never_passes_terminal_controls_through() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let docs = dir.path().join("docs \x1b]0;owned\x07");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(
        docs.join("75_32\x1b[2J.md"),
        common::text_resolution(
            "Advancing \x1b[2Jresponsible State behaviour\u{9b}2J",
            "\x1b[31mguided",
        ),
    )
    .unwrap();
    std::fs::write(docs.join("broken\x1b[2J.md"), "not a resolution\n").unwrap();
    let out = plenary(&data, &["library", "add", docs.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    common::assert_no_terminal_controls("library add (stderr)", &stderr(&out));
    for args in [
        &["library", "list"][..],
        &["search", "guided"],
        &["search", "Advancing"],
        &["library", "cited-by", "A/RES/74/28"],
    ] {
        let out = plenary(&data, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        common::assert_no_terminal_controls(&format!("{args:?}"), &stdout(&out));
        common::assert_no_terminal_controls(&format!("{args:?} (stderr)"), &stderr(&out));
        assert!(!stdout(&out).is_empty(), "{args:?}");
    }
}

#[cfg(unix)]
#[test]
fn folders_and_entries_that_cannot_be_read_are_listed_by_list_and_list_json() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (docs, expected) = common::folder_with_odd_entries(dir.path());
    let limit = std::time::Duration::from_secs(60);
    let runs: Vec<(&str, Option<Output>)> = vec![
        (
            "library add",
            common::plenary_within(&data, &["library", "add", docs.to_str().unwrap()], limit),
        ),
        (
            "library list",
            common::plenary_within(&data, &["library", "list"], limit),
        ),
        (
            "library list --json",
            common::plenary_within(&data, &["library", "list", "--json"], limit),
        ),
    ];
    common::unlock(&docs);
    for (what, out) in runs {
        let out = out.unwrap_or_else(|| panic!("`plenary {what}` was still running"));
        let err = stderr(&out);
        assert!(out.status.success(), "{what}: {err}");
        assert!(!err.contains("panicked"), "{what}: {err}");
        assert!(
            err.contains(&format!("{} files cannot be read", expected.len())),
            "{what}: {err}"
        );
        for (path, word) in &expected {
            let line = err
                .lines()
                .find(|l| l.ends_with(&format!(": {}", path.display())))
                .unwrap_or_else(|| panic!("{what}: {} is not listed: {err}", path.display()));
            assert!(line.contains(word), "{what}: {line:?} should say {word:?}");
        }
        if what.ends_with("--json") {
            // 75/1 to 75/3, and 75/4 where its folder could be listed.
            let locked = expected.iter().any(|(p, _)| p.ends_with("locked"));
            let rows = json(&out);
            assert_eq!(rows.len(), if locked { 3 } else { 4 }, "{rows:#?}");
        } else if what == "library list" {
            assert!(stdout(&out).contains("A/RES/75/3 "), "{}", stdout(&out));
        }
    }
}

/// A library of three small resolutions made by `plenary library add`.
fn hand_made(dir: &Path) -> PathBuf {
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    for (number, title) in [(1, "Alpha"), (2, "Beta"), (3, "Gamma")] {
        std::fs::write(
            docs.join(format!("75_{number}.md")),
            common::small_resolution(number, title),
        )
        .unwrap();
    }
    let data = dir.join("data");
    add(&data, &docs);
    data
}

#[test]
fn a_damaged_index_is_rebuilt_before_answering_and_never_shows_a_panic() {
    type Harm = fn(&[PathBuf]);
    // Damage the index's checksums show is found on opening; the rest when a query meets it
    // (the citations may well be where nothing was damaged).
    let cases: [(&str, Harm, bool); 4] = [
        ("idx", common::garble, true),
        ("store", common::garble, true),
        ("idx", common::garble_keeping_checksums, false),
        ("store", common::garble_keeping_checksums, false),
    ];
    for (ext, harm, seen) in cases {
        for args in [
            &["search", "--json", "guided"][..],
            &["library", "cited-by", "--json", "A/RES/74/28"],
        ] {
            let dir = tempfile::tempdir().unwrap();
            let data = hand_made(dir.path());
            harm(&common::index_files(&data, ext));
            let out = plenary(&data, args);
            let err = stderr(&out);
            let what = format!("{ext} {args:?}");
            assert!(!err.contains("panicked"), "{what}: {err}");
            assert!(!err.contains("thread '"), "{what}: {err}");
            assert_eq!(json(&out).len(), 3, "{what}: {err}");
            let told: Vec<&str> = err.lines().filter(|l| l.contains("rebuil")).collect();
            assert!(told.len() <= 1, "{what}: said once: {err}");
            assert!(!seen || told.len() == 1, "{what}: said: {err}");
            assert!(
                told.iter().all(|l| l.contains("index was damaged")),
                "{what}: {err}"
            );
            // And the next command finds it good.
            let again = plenary(&data, args);
            assert_eq!(json(&again).len(), 3, "{what}");
            assert!(stderr(&again).is_empty(), "{what}: {}", stderr(&again));
        }
    }
}

/// An XML file and a PDF or text export of the same resolution in the same language are one
/// document in search results: each paragraph once, from the XML.
#[test]
fn an_xml_and_its_pdf_or_text_export_are_one_document_in_search() {
    let (Some(pdf), Some(xml), Some(seed), Some(zh)) = (
        common::corpus_file("pdf/ga/78/en/A_RES_78_16.pdf"),
        common::corpus_file("akn/ga/78/en/A_RES_78_16-2324434E.xml"),
        common::corpus_file("text/A_RES_75_32-zh.seed.md"),
        common::corpus_file("akn/ga/75/zh/75_32_C.xml"),
    ) else {
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    for f in [&pdf, &xml, &seed, &zh] {
        std::fs::copy(f, folder.path().join(f.file_name().unwrap())).unwrap();
    }
    let data = tempfile::tempdir().unwrap();
    let added = plenary(
        data.path(),
        &["library", "add", folder.path().to_str().unwrap()],
    );
    assert!(added.status.success(), "{}", stderr(&added));
    for query in ["Recalling", "General Assembly", "网络空间", "信息技术"] {
        let hits = json(&plenary(data.path(), &["search", "--json", query]));
        assert!(!hits.is_empty(), "{query}");
        let mut seen = std::collections::HashSet::new();
        for hit in &hits {
            let key = (
                hit["symbol"].to_string(),
                hit["language"].to_string(),
                hit["ref"].to_string(),
            );
            assert!(seen.insert(key), "{query}: twice: {hit}");
            let path = hit["path"].as_str().unwrap();
            assert!(path.ends_with(".xml"), "{query}: the XML's, not {path}");
        }
    }
}
