//! The real window read through AT-SPI, as Orca reads it on Linux: Plenary runs under Xvfb
//! with an accessibility bus, and `tests/support/atspi_tree.py` (pyatspi) reads its tree.
//! Skips, saying why, without Xvfb, a session bus or pyatspi; `.ci/run` installs them
//! (xvfb, dbus, at-spi2-core, python3-pyatspi).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug)]
struct Node {
    role: String,
    name: String,
}

/// Debian's Python, which has pyatspi (a Python of one's own may not).
fn python() -> Option<PathBuf> {
    let candidates = [Path::new("/usr/bin/python3"), Path::new("python3")];
    candidates.into_iter().map(Path::to_path_buf).find(|p| {
        Command::new(p)
            .args(["-c", "import pyatspi"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The accessible tree of the real window showing `file`, or None (with a printed reason)
/// where it cannot be read here.
fn tree_of(file: &Path) -> Option<Vec<Node>> {
    tree_of_window(&[file.to_str().unwrap()])
}

/// The accessible tree of the real window started with `args` (files, options).
fn tree_of_window(args: &[&str]) -> Option<Vec<Node>> {
    for tool in ["xvfb-run", "dbus-run-session", "dbus-send"] {
        if !have(tool) {
            eprintln!("skipping: {tool} is not installed (xvfb, dbus)");
            return None;
        }
    }
    let Some(python) = python() else {
        eprintln!("skipping: no Python with pyatspi (python3-pyatspi, at-spi2-core)");
        return None;
    };
    let dir = tempfile::tempdir().unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/atspi_tree.py");
    // Inside its own session bus: accessibility on (as a screen reader turns it on), the
    // window, its tree read, the window closed.
    let session = format!(
        "dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
           org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled \
           variant:boolean:true >/dev/null 2>&1; \
         '{plenary}' --size 1280x800 {args} >/dev/null 2>&1 & pid=$!; \
         '{python}' '{script}' plenary 120; status=$?; kill $pid; exit $status",
        plenary = env!("CARGO_BIN_EXE_plenary"),
        args = args
            .iter()
            .map(|a| format!("'{a}'"))
            .collect::<Vec<_>>()
            .join(" "),
        python = python.display(),
        script = script.display(),
    );
    let out = Command::new("xvfb-run")
        .args(["-a", "-s", "-screen 0 1280x800x24 -nolisten tcp"])
        .args(["dbus-run-session", "--", "sh", "-c", &session])
        .env("PLENARY_DATA_DIR", dir.path().join("data"))
        .env("HOME", dir.path())
        .env("XDG_RUNTIME_DIR", dir.path())
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the tree could not be read: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let nodes: Vec<Node> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .map(|v| Node {
            role: v["role"].as_str().unwrap_or_default().to_string(),
            name: v["name"].as_str().unwrap_or_default().to_string(),
        })
        .collect();
    assert!(!nodes.is_empty(), "an empty tree");
    Some(nodes)
}

#[test]
fn a_screen_reader_reads_the_whole_of_75_32_with_its_footnotes_in_a_named_window() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let Some(nodes) = tree_of(&file) else { return };
    let doc = plenary::parse::parse_file(&file).unwrap();
    assert!(
        nodes
            .iter()
            .any(|n| n.role == "frame" && n.name == "A/RES/75/32 · English — Plenary"),
        "the window is not named: {:?}",
        nodes.iter().take(3).collect::<Vec<_>>()
    );
    // The outline and the text are regions a reader can jump between.
    for (role, name) in [("landmark", "Outline"), ("landmark", "Text")] {
        assert!(
            nodes.iter().any(|n| n.role == role && n.name == name),
            "no {role} named {name:?}"
        );
    }
    for f in &doc.footnotes {
        let name = format!("Footnote {}: {}", f.marker, f.text);
        assert!(nodes.iter().any(|n| n.name == name), "{name:?} is not read");
    }
    // Every paragraph, in the document's order.
    let paragraphs: Vec<&str> = nodes
        .iter()
        .filter(|n| n.role == "paragraph")
        .map(|n| n.name.as_str())
        .collect();
    assert_eq!(paragraphs, common::paragraph_names(&doc));
}

#[test]
fn a_screen_reader_reaches_the_last_paragraph_of_a_long_resolution() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_239_E.xml") else {
        return;
    };
    let Some(nodes) = tree_of(&file) else { return };
    let doc = plenary::parse::parse_file(&file).unwrap();
    assert!(doc.paragraphs.len() > 368);
    let last = doc.paragraphs.last().unwrap();
    let name = format!("{}: {}", last.reference, last.text);
    assert!(
        nodes
            .iter()
            .any(|n| n.role == "paragraph" && n.name == name),
        "{name:?} is not read"
    );
}

#[test]
fn a_screen_reader_reads_every_row_of_a_comparison_with_its_changed_words() {
    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let Some(nodes) = tree_of_window(&["--compare", old.to_str().unwrap(), new.to_str().unwrap()])
    else {
        return;
    };
    let rows: Vec<&str> = nodes
        .iter()
        .filter(|n| n.role == "table row")
        .map(|n| n.name.as_str())
        .collect();
    let compared = plenary::diff::compare(
        &plenary::parse::parse_file(&old).unwrap(),
        &plenary::parse::parse_file(&new).unwrap(),
        // As the window compares: punctuation width and whitespace ignored.
        &plenary::diff::Options {
            ignore_punctuation_width: true,
            ignore_whitespace: true,
            deadline: None,
        },
    );
    assert_eq!(rows.len(), compared.rows.len(), "{rows:#?}");
    assert!(rows[0].starts_with("PP1 changed: "), "{}", rows[0]);
    assert!(rows.iter().any(|r| r.contains("[deleted: ")));
    assert!(rows.iter().any(|r| r.contains("[inserted: ")));
    assert!(
        rows.iter().any(|r| r.starts_with("OP5 → OP7 changed: ")),
        "the renumbered paragraph, with both its numbers"
    );
}
