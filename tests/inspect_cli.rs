//! `plenary inspect` and `plenary diff` on whatever a user (or a script) hands them: what is
//! not a regular file is refused at once, and nothing from a file or its name can steer the
//! terminal.

mod common;

use common::{
    assert_no_terminal_controls, mkfifo, plenary_within, stderr, stdout, text_resolution,
};
use std::path::Path;
use std::process::Output;
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(10);

fn run(data: &Path, args: &[&str]) -> Output {
    plenary_within(data, args, LIMIT)
        .unwrap_or_else(|| panic!("`plenary {}` was still running after 10 s", args.join(" ")))
}

/// Exit 1 and one line on stderr ending with the file's name.
fn refused(out: &Output, named: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.trim_end().ends_with(named), "file named last: {err}");
}

#[test]
fn a_fifo_or_an_endless_device_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("75_32.md");
    std::fs::write(&good, text_resolution("Cyberspace", "")).unwrap();
    let good = good.to_str().unwrap();
    let fifo = dir.path().join("pipe.md");
    mkfifo(&fifo);
    let fifo = fifo.to_str().unwrap();
    for device in [fifo, "/dev/zero", "/dev/urandom"] {
        if !Path::new(device).exists() {
            continue;
        }
        let out = run(dir.path(), &["inspect", device]);
        refused(&out, device);
        assert!(
            stderr(&out).contains("not a regular file"),
            "{}",
            stderr(&out)
        );
        let out = run(dir.path(), &["diff", good, device]);
        refused(&out, device);
        let out = run(dir.path(), &["diff", device, good]);
        refused(&out, device);
    }
    assert!(run(dir.path(), &["inspect", good]).status.success());
}

#[test]
fn human_output_never_passes_terminal_controls_through() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("75_32.md");
    // A title that would set the terminal's title and clear the screen, a paragraph that
    // would turn the rest red, and a C1 control sequence introducer.
    let text = text_resolution(
        "Advancing \x1b]0;owned\x07responsible \x1b[2J State behaviour\u{9b}2J in cyberspace",
        "\x1b[31mred\r",
    );
    std::fs::write(&file, &text).unwrap();
    let path = file.to_str().unwrap();
    let out = run(dir.path(), &["inspect", path]);
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = stdout(&out);
    assert_no_terminal_controls("inspect", &shown);
    assert!(shown.contains("State behaviour"), "{shown}");
    assert!(shown.contains("Recalling its resolution"), "{shown}");
    // Scripts still get the text as it is.
    let json = run(dir.path(), &["inspect", "--json", path]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert!(value["title"].as_str().unwrap().contains('\x1b'));

    let other = dir.path().join("75_32_new.md");
    std::fs::write(&other, text.replace("guided by", "\x1b[2Jguided by")).unwrap();
    let out = run(dir.path(), &["diff", path, other.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_no_terminal_controls("diff", &stdout(&out));
    assert!(stdout(&out).contains("guided"), "{}", stdout(&out));
}

#[test]
fn an_error_about_a_strange_file_name_is_one_clean_line() {
    let dir = tempfile::tempdir().unwrap();
    // Missing, and present but not a resolution.
    let missing = dir.path().join("draft\nplenary: all is well \x1b[2J.md");
    let present = dir.path().join("notes\x1b]0;owned\x07.md");
    std::fs::write(&present, "just some words\n").unwrap();
    for file in [&missing, &present] {
        let out = run(dir.path(), &["inspect", file.to_str().unwrap()]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert_eq!(err.lines().count(), 1, "one line: {err:?}");
        assert!(err.ends_with('\n'), "{err:?}");
        assert_no_terminal_controls("the error", &err);
        assert!(err.contains(&dir.path().display().to_string()), "{err}");
    }
}

/// A paragraph that cites a resolution twice lists its symbol once in `--json`.
#[test]
fn json_lists_each_cited_symbol_once_per_paragraph() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("twice.xml");
    std::fs::write(
        &file,
        r#"<akomaNtoso><statement><preface><docNumber>75/1.</docNumber></preface><mainBody>
        <paragraph><num>1.</num><content><p>Recalls its resolution 73/266, and paragraph 3 of resolution 73/266;</p></content></paragraph>
        </mainBody></statement></akomaNtoso>"#,
    )
    .unwrap();
    let out = run(data.path(), &["inspect", "--json", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let citations = &json["paragraphs"][0]["citations"];
    assert_eq!(citations, &serde_json::json!(["A/RES/73/266"]), "{json}");
}

/// `plenary diff` ignores what the window ignores (a typeset text's non-breaking spaces and
/// hyphens) and compares as written with `--exact`; two unrelated texts get a warning.
#[test]
fn diff_ignores_typesetting_by_default_and_warns_of_unrelated_texts() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    std::fs::write(
        path("draft.md"),
        common::text_resolution("Cyberspace", "and non-violent means of settlement,"),
    )
    .unwrap();
    std::fs::write(
        path("adopted.md"),
        common::text_resolution(
            "Cyberspace",
            "and non\u{2011}violent\u{a0}means of settlement,",
        ),
    )
    .unwrap();
    std::fs::write(
        path("other.md"),
        "United Nations A/RES/75/200\n\nGeneral Assembly\n\n75/200. Food security\n\n\
         The General Assembly,\n\nWelcoming the progress made in eradicating rural poverty,\n\n\
         1. Encourages donors to increase funding for agricultural development;\n\n\
         2. Stresses the importance of sustainable food systems and nutrition;\n",
    )
    .unwrap();
    let summary = |args: &[&str]| -> serde_json::Value {
        let out = run(dir.path(), args);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str(&stdout(&out)).unwrap()
    };
    let typeset = summary(&["diff", "--json", &path("draft.md"), &path("adopted.md")]);
    assert_eq!(typeset["summary"]["changed"], 0, "{typeset:#}");
    assert_eq!(typeset["unrelated"], false);
    let exact = summary(&[
        "diff",
        "--json",
        "--exact",
        &path("draft.md"),
        &path("adopted.md"),
    ]);
    assert_eq!(exact["summary"]["changed"], 1, "{exact:#}");

    let out = run(dir.path(), &["diff", &path("draft.md"), &path("other.md")]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("warning: These look like two different texts"),
        "{}",
        stderr(&out)
    );
    let unrelated = summary(&["diff", "--json", &path("draft.md"), &path("other.md")]);
    assert_eq!(unrelated["unrelated"], true);
}
