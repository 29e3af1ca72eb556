//! Shared helpers for integration tests: the corpus location and one way to build a UI
//! harness around the real app.
#![allow(dead_code)]

pub mod word;

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
        ui_language: None,
    })
}

/// A harness around the real app with the bundled fonts (so a missing glyph fails the test).
pub fn harness(app: App, size: (f32, f32)) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        // A library opening in the background shows a spinner until it is ready; on a busy
        // machine (tests run side by side) that takes more than a couple of hundred frames.
        .with_max_steps(2000)
        .with_context_setup(plenary::ui::fonts::install)
        .build_ui_state(|ui, app: &mut App| app.ui(ui), app);
    harness.run();
    harness
}

/// Runs the window until the library's scan has finished (two minutes at most).
pub fn wait_for_scan(harness: &mut Harness<'static, App>) {
    let started = std::time::Instant::now();
    while harness.state().scan.is_some() {
        assert!(started.elapsed().as_secs() < 120, "the scan finishes");
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
}

/// A file picker that saves to one path and opens nothing, as a user who picks that file.
pub struct SaveTo(pub PathBuf);

impl plenary::ui::FilePicker for SaveTo {
    fn pick_files(&self) -> Vec<PathBuf> {
        Vec::new()
    }
    fn save_file(&self, _: &str, _: &str) -> Option<PathBuf> {
        Some(self.0.clone())
    }
}

/// A folder picker that picks one folder, as a user who chooses it.
pub struct PickFolder(pub PathBuf);

impl plenary::ui::FilePicker for PickFolder {
    fn pick_files(&self) -> Vec<PathBuf> {
        Vec::new()
    }
    fn save_file(&self, _: &str, _: &str) -> Option<PathBuf> {
        None
    }
    fn pick_folder(&self) -> Option<PathBuf> {
        Some(self.0.clone())
    }
}

/// Each paragraph as a screen reader is told it: `PP3: Affirming …`.
pub fn paragraph_names(doc: &plenary::document::Document) -> Vec<String> {
    doc.paragraphs
        .iter()
        .map(|p| format!("{}: {}", p.reference, p.text))
        .collect()
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

/// A small General Assembly resolution as a text export: `75/{number}`, titled `title`,
/// recalling 74/28, with two operative paragraphs.
pub fn small_resolution(number: u32, title: &str) -> String {
    format!(
        "United Nations A/RES/75/{number}\n\nGeneral Assembly\n\n75/{number}. {title}\n\n\
         The General Assembly,\n\nRecalling its resolution 74/28 of 12 December 2019,\n\n\
         1. Calls upon Member States to be guided by the report;\n\n\
         2. Decides to remain seized of the matter;\n"
    )
}

/// The files of the library's search index kept under `data_dir` whose name ends in `.{ext}`
/// (`idx`, `store`, `term`...).
pub fn index_files(data_dir: &Path, ext: &str) -> Vec<PathBuf> {
    let index = data_dir.join("library/cache/index");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&index)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .{ext} file in {}", index.display());
    files
}

/// Damages each file as a failing disk would: 16 bytes flipped in its middle.
pub fn garble(files: &[PathBuf]) {
    for path in files {
        let mut bytes = std::fs::read(path).unwrap();
        let middle = bytes.len() / 2;
        for b in bytes.iter_mut().skip(middle.saturating_sub(8)).take(16) {
            *b ^= 0x5a;
        }
        std::fs::write(path, &bytes).unwrap();
    }
}

/// Damages each index file as [`garble`] does, inside its content, then writes the content's
/// checksum anew: damage the index's own check cannot see.
pub fn garble_keeping_checksums(files: &[PathBuf]) {
    for path in files {
        let bytes = std::fs::read(path).unwrap();
        // Content, then the footer: JSON holding the checksum, its length, a magic number.
        let tail = bytes.len() - 8;
        let json_len = u32::from_le_bytes(bytes[tail..tail + 4].try_into().unwrap()) as usize;
        let mut content = bytes[..tail - json_len].to_vec();
        let mut footer: serde_json::Value =
            serde_json::from_slice(&bytes[tail - json_len..tail]).unwrap();
        let middle = content.len() / 2;
        for b in content.iter_mut().skip(middle.saturating_sub(8)).take(16) {
            *b ^= 0x5a;
        }
        footer["crc"] = crc32(&content).into();
        let json = serde_json::to_vec(&footer).unwrap();
        content.extend_from_slice(&json);
        content.extend_from_slice(&(json.len() as u32).to_le_bytes());
        content.extend_from_slice(&bytes[tail + 4..]);
        std::fs::write(path, &content).unwrap();
    }
}

/// CRC-32 (IEEE), as the index's files are checked with.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Whether this user is kept out of a folder whose permissions forbid it (not so for root);
/// says so when not, for tests that need it.
#[cfg(unix)]
pub fn permissions_are_enforced() -> bool {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let enforced = std::fs::read_dir(&locked).is_err();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    if !enforced {
        eprintln!(
            "skipping the unlistable-folder part: this user can list any folder (run as \
             another user than root to check it)"
        );
    }
    enforced
}

/// A library folder holding, beside readable resolutions, everything a scan cannot read: a
/// named pipe, a link to a device, a broken link, a link to itself, a link back to a folder
/// it is in, and (where permissions hold) a sub-folder that cannot be listed. A link to a
/// folder elsewhere is there too, to be followed. Returns the folder and, for each entry that
/// cannot be read, its path and a word its reason must hold.
#[cfg(unix)]
pub fn folder_with_odd_entries(root: &Path) -> (PathBuf, Vec<(PathBuf, &'static str)>) {
    use std::os::unix::fs::{PermissionsExt, symlink};
    let root = root.canonicalize().unwrap();
    let docs = root.join("docs");
    let elsewhere = root.join("elsewhere");
    std::fs::create_dir_all(docs.join("sub")).unwrap();
    std::fs::create_dir_all(docs.join("locked")).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(docs.join("75_1.md"), small_resolution(1, "Alpha")).unwrap();
    std::fs::write(docs.join("sub/75_2.md"), small_resolution(2, "Beta")).unwrap();
    std::fs::write(elsewhere.join("75_3.md"), small_resolution(3, "Gamma")).unwrap();
    std::fs::write(docs.join("locked/75_4.md"), small_resolution(4, "Delta")).unwrap();
    mkfifo(&docs.join("pipe.xml"));
    symlink("/dev/zero", docs.join("zero.md")).unwrap();
    symlink(docs.join("nowhere.xml"), docs.join("dangling.xml")).unwrap();
    symlink(docs.join("self.md"), docs.join("self.md")).unwrap();
    symlink(&docs, docs.join("sub/back")).unwrap();
    symlink(&elsewhere, docs.join("linked")).unwrap();
    let mut expected = vec![
        (docs.join("pipe.xml"), "named pipe"),
        (docs.join("zero.md"), "device"),
        (docs.join("dangling.xml"), "broken link"),
        (docs.join("self.md"), "loop"),
        (docs.join("sub/back"), "loop"),
    ];
    if permissions_are_enforced() {
        std::fs::set_permissions(docs.join("locked"), std::fs::Permissions::from_mode(0o000))
            .unwrap();
        expected.push((docs.join("locked"), "permission denied"));
    }
    (docs, expected)
}

/// Lets the folder [`folder_with_odd_entries`] locked be listed (and removed) again.
#[cfg(unix)]
pub fn unlock(docs: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let _ = std::fs::set_permissions(docs.join("locked"), std::fs::Permissions::from_mode(0o755));
}

/// Makes the library cache under `data_dir` look as a Plenary writing cache `version` left
/// it: the catalog's version and the one the index's last commit records.
pub fn make_cache_version(data_dir: &Path, version: u32) {
    let cache = data_dir.join("library/cache");
    let catalog_path = cache.join("catalog.json");
    let mut catalog: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&catalog_path).unwrap()).unwrap();
    catalog["version"] = version.into();
    std::fs::write(&catalog_path, serde_json::to_vec(&catalog).unwrap()).unwrap();
    let meta_path = cache.join("index/meta.json");
    let mut meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&meta_path).unwrap()).unwrap();
    let mut payload: serde_json::Value =
        serde_json::from_str(meta["payload"].as_str().unwrap()).unwrap();
    payload["version"] = version.into();
    meta["payload"] = payload.to_string().into();
    std::fs::write(&meta_path, serde_json::to_vec_pretty(&meta).unwrap()).unwrap();
}

/// Every `.xml` file under `dir`, sorted.
pub fn xml_files(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "xml") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

/// A desktop where no file dialog can be shown (no portal, no zenity).
pub struct NoDialog;

impl plenary::ui::FilePicker for NoDialog {
    fn pick_files(&self) -> Vec<PathBuf> {
        Vec::new()
    }
    fn save_file(&self, _: &str, _: &str) -> Option<PathBuf> {
        None
    }
    fn take_unavailable(&self) -> bool {
        true
    }
}
