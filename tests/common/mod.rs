//! Shared helpers for integration tests: the corpus location and one way to build a UI
//! harness around the real app.
#![allow(dead_code)]

use egui_kittest::Harness;
use plenary::ui::{App, AppOptions};
use std::path::{Path, PathBuf};

/// `../shared/corpus`, or None (with a printed reason) when a fresh clone has no corpus.
pub fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipping: ../shared/corpus not found (a fresh clone without the shared corpus)");
        None
    }
}

/// A corpus file, or None with a printed reason.
pub fn corpus_file(relative: &str) -> Option<PathBuf> {
    let path = corpus()?.join(relative);
    if path.is_file() {
        Some(path)
    } else {
        eprintln!("skipping: {} not found", path.display());
        None
    }
}

/// The first corpus file matching a glob-like prefix in a folder (`akn/ga/78/en`, `A_RES_78_220-`).
pub fn corpus_file_starting(folder: &str, prefix: &str) -> Option<PathBuf> {
    let dir = corpus()?.join(folder);
    let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    found.sort();
    let first = found.into_iter().next();
    if first.is_none() {
        eprintln!("skipping: no {prefix}* in {}", dir.display());
    }
    first
}

/// The app as a user starts it, with its data in `data_dir`.
pub fn app(files: Vec<PathBuf>, data_dir: &Path) -> App {
    App::new(AppOptions {
        files,
        data_dir: data_dir.to_path_buf(),
        remember_session: false,
    })
}

/// A harness around the real app with the bundled fonts (so a missing glyph fails the test).
pub fn harness(app: App, size: (f32, f32)) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .with_max_steps(200)
        .with_context_setup(plenary::ui::fonts::install)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    harness.run();
    harness
}

/// Runs the built `plenary` with its data in `data_dir`, no stdin.
pub fn plenary(data_dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DATA_DIR", data_dir)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

/// Runs `plenary` as [`plenary`] does, but gives it at most `limit`: None (and the process
/// killed) if it is still running then.
pub fn plenary_within(
    data_dir: &Path,
    args: &[&str],
    limit: std::time::Duration,
) -> Option<std::process::Output> {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(args)
        .env("PLENARY_DATA_DIR", data_dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let out = drain(Box::new(child.stdout.take().unwrap()));
    let err = drain(Box::new(child.stderr.take().unwrap()));
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(std::process::Output {
                status,
                stdout: out.join().unwrap(),
                stderr: err.join().unwrap(),
            });
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// A small resolution as a text export, with `title` and `recalling` put into its title and
/// first paragraph as they are (control characters included).
pub fn text_resolution(title: &str, recalling: &str) -> String {
    format!(
        "United Nations A/RES/75/32\n\nGeneral Assembly\n\n75/32. {title}\n\n\
         The General Assembly,\n\nRecalling its resolution 74/28 of 12 December 2019, \
         {recalling}\n\n1. Calls upon Member States to be guided by the report;\n\n\
         2. Decides to remain seized of the matter;\n"
    )
}

/// Fails if `text` holds a character that steers a terminal: C0 controls other than line
/// feeds and tabs, DEL, or C1 controls.
pub fn assert_no_terminal_controls(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| c != '\n' && c != '\t' && c.is_control())
        .collect();
    assert!(bad.is_empty(), "{what} carries {bad:?}:\n{text:?}");
}

/// Makes a named pipe (FIFO) at `path`.
pub fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// Drags from `from` to `to` with the primary button, a frame per step.
pub fn drag(harness: &mut Harness<'_, App>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.run_steps(1);
    harness.drag_at(from);
    harness.run_steps(1);
    for k in 1..=4 {
        harness.hover_at(from + (to - from) * (k as f32 / 4.0));
        harness.run_steps(1);
    }
    harness.drop_at(to);
    harness.run_steps(2);
}
