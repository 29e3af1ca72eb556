//! Guards the boundary between the pure core and the user interface: nothing under the core
//! modules may name egui, eframe or the file dialog crate. (helix's core eroded where no test
//! guarded it.)

use std::path::{Path, PathBuf};

const CORE: [&str; 7] = [
    "document", "parse", "cite", "diff", "store", "library", "briefing",
];
const FORBIDDEN: [&str; 4] = ["egui", "eframe", "rfd", "winit"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Finds `word` as a whole identifier (so `egui` matches `egui::Ui` and `use egui;` but not
/// `vegui`).
fn mentions(source: &str, word: &str) -> Option<usize> {
    source.lines().position(|line| {
        let code = line.split("//").next().unwrap_or("");
        code.match_indices(word).any(|(i, _)| {
            let before = code[..i].chars().next_back();
            let after = code[i + word.len()..].chars().next();
            let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
            !ident(before) && !ident(after)
        })
    })
}

#[test]
fn core_modules_never_import_the_ui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut checked = 0;
    let mut offences = Vec::new();
    for module in CORE {
        let mut files = Vec::new();
        let dir = src.join(module);
        rust_files(&dir, &mut files);
        let single = src.join(format!("{module}.rs"));
        if single.exists() {
            files.push(single);
        }
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            checked += 1;
            for word in FORBIDDEN {
                if let Some(line) = mentions(&source, word) {
                    offences.push(format!("{}:{} names `{word}`", file.display(), line + 1));
                }
            }
        }
    }
    assert!(
        checked >= 3,
        "expected core sources under {}",
        src.display()
    );
    assert!(
        offences.is_empty(),
        "the core must not depend on the UI:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_guard_catches_an_import() {
    assert_eq!(mentions("use egui::Ui;", "egui"), Some(0));
    assert_eq!(
        mentions("fn f() {}\n    let x = eframe::run;", "eframe"),
        Some(1)
    );
    assert_eq!(mentions("// egui is not used here", "egui"), None);
    assert_eq!(mentions("let vegui_like = 1;", "egui"), None);
}
