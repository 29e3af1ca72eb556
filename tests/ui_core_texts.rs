//! What the core says reaches the window in the window's language: why a file cannot be
//! read, a document's warnings, why the library refused, what a cited symbol names. The
//! command line and the `Display` of each keep their English words.

mod common;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use plenary::document::Language;
use plenary::t;
use plenary::ui::App;
use std::path::{Path, PathBuf};

fn app_in(data: &Path, language: Language) -> App {
    let mut app = common::app(Vec::new(), data);
    app.ui_language = language.into();
    app
}

#[test]
fn a_file_that_cannot_be_read_is_said_in_french_in_the_window_and_in_english_elsewhere() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let empty = files.path().join("vide.txt");
    std::fs::write(&empty, "").unwrap();
    let garbled = files.path().join("garbled.xml");
    std::fs::write(&garbled, b"caf\xe9 au lait").unwrap();
    let shown = |p: &Path| p.display().to_string();

    let mut harness = common::harness(app_in(data.path(), Language::Fr), (1200.0, 800.0));
    harness
        .state_mut()
        .open_files(&[empty.clone(), garbled.clone()]);
    harness.run();
    let errors = harness.state().errors.clone();
    assert_eq!(
        errors,
        vec![
            format!(
                "lecture impossible : le fichier est vide : {}",
                shown(&empty)
            ),
            format!(
                "lecture impossible : le fichier n’est pas en UTF-8 (octet non valide à la \
                 position 3) ; enregistrez-le en UTF-8 ou en UTF-16 avec indicateur d’ordre \
                 des octets : {}",
                shown(&garbled)
            ),
        ]
    );
    // Shown in the window's strip of errors.
    harness.get_by_label(&errors[0]);

    // The error itself, and the command line, still say it in English.
    let err = plenary::parse::parse_file(&empty).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("cannot read: is empty: {}", shown(&empty))
    );
    assert_eq!(err.text().english(), err.to_string());
    assert_eq!(err.reason, "is empty");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["inspect", &shown(&empty)])
        .env("PLENARY_DATA_DIR", data.path())
        .env(plenary::i18n::ENV, "fr")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = common::stderr(&out);
    assert!(
        stderr.contains(&format!("cannot read: is empty: {}", shown(&empty))),
        "{stderr}"
    );
}

#[test]
fn where_in_the_file_is_said_in_the_windows_language() {
    let files = tempfile::tempdir().unwrap();
    let broken = files.path().join("broken.xml");
    std::fs::write(
        &broken,
        "<?xml version=\"1.0\"?>\n<akomaNtoso>\n  <act>\n</akomaNtoso>\n",
    )
    .unwrap();
    let err = plenary::parse::parse_file(&broken).unwrap_err();
    assert!(err.line.is_some(), "{err}");
    let english = err.to_string();
    assert!(
        english.starts_with("cannot read: is malformed XML: "),
        "{english}"
    );
    assert_eq!(err.text().english(), english);
    plenary::i18n::set_language(Language::Ru);
    let russian = err.localized();
    plenary::i18n::set_language(Language::En);
    let line = err.line.unwrap();
    assert!(
        russian.starts_with("не удалось прочитать: XML составлен с ошибками: "),
        "{russian}"
    );
    assert!(
        russian.contains(&format!("(строка {line}, столбец ")),
        "{russian}"
    );
    assert!(
        russian.ends_with(&broken.display().to_string()),
        "{russian}"
    );
}

/// A resolution whose operative paragraphs skip from 1 to 3.
fn with_a_numbering_gap(title: &str) -> String {
    common::text_resolution(title, "and its report;")
        .replace("2. Decides to remain seized", "3. Decides to remain seized")
}

#[test]
fn a_documents_warnings_are_said_in_chinese_in_the_status_bar() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let path = files.path().join("gap.txt");
    std::fs::write(&path, with_a_numbering_gap("Gap")).unwrap();

    let mut harness = common::harness(app_in(data.path(), Language::Zh), (1400.0, 800.0));
    harness.state_mut().open_files(std::slice::from_ref(&path));
    harness.run();
    assert!(
        harness.state().errors.is_empty(),
        "{:?}",
        harness.state().errors
    );
    let doc = harness.state().tabs[harness.state().active].doc.clone();
    let warning = doc
        .warnings
        .iter()
        .find(|w| w.message.starts_with("numbering gap"))
        .unwrap_or_else(|| panic!("{:?}", doc.warnings))
        .clone();
    let line = warning.line.expect("a line");
    // English for the command line and the JSON, as before.
    assert_eq!(
        warning.to_string(),
        format!("line {line}: numbering gap: operative paragraph 3 follows 1")
    );
    assert_eq!(
        warning.localized(),
        format!("第{line}行：编号不连续：执行部分第3段接在第1段之后")
    );
    // A warning read back from JSON keeps its English words (it has no other), and equals the
    // one written.
    let json = serde_json::to_string(&warning).unwrap();
    assert_eq!(
        json,
        format!(
            "{{\"message\":\"numbering gap: operative paragraph 3 follows 1\",\"line\":{line}}}"
        )
    );
    let back: plenary::document::Warning = serde_json::from_str(&json).unwrap();
    assert_eq!(back, warning);
    assert_eq!(
        back.localized(),
        format!("第{line}行：numbering gap: operative paragraph 3 follows 1")
    );

    // The status bar counts them in Chinese and lists them, in Chinese, on hover.
    let count = t!("status-warnings", count = doc.warnings.len());
    harness.get_by_label(&count).hover();
    harness.run();
    let list: Vec<String> = doc.warnings.iter().map(|w| w.localized()).collect();
    harness.get_by_label(&list.join("\n"));
}

#[test]
fn a_cited_symbol_is_described_on_its_card_in_chinese() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(app_in(data.path(), Language::Zh), (1280.0, 800.0));
    let links = harness
        .get_all_by_label_contains("73/266")
        .filter(|n| n.accesskit_node().role() == Role::Link)
        .collect::<Vec<_>>();
    assert!(!links.is_empty(), "73/266 is a link in the sample");
    links[0].click();
    harness.run();
    assert!(harness.state().card.is_some());
    harness.get_by_label("· 大会决议");
    assert!(
        harness
            .query_by_label_contains("General Assembly")
            .is_none()
    );

    let described = plenary::cite::describe("A/C.3/75/L.41").unwrap();
    assert_eq!(described.title, "Draft (Third Committee)");
    assert_eq!(described.what.english(), described.title);
    assert_eq!(described.what.format(Language::Zh), "草案（第三委员会）");
    assert_eq!(
        described.what.format(Language::Fr),
        "Projet (Troisième Commission)"
    );
}

#[test]
fn a_folder_the_library_refuses_is_said_in_spanish() {
    use plenary::ui::command::Command;
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let not_a_folder = files.path().join("75_32.xml");
    std::fs::write(&not_a_folder, "not a folder").unwrap();
    let app = app_in(data.path(), Language::Es)
        .with_picker(Box::new(common::PickFolder(not_a_folder.clone())));
    let mut harness = common::harness(app, (1200.0, 800.0));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run_commands(&ctx, vec![Command::AddLibraryFolder]);
    harness.run();
    let expected = format!("no es una carpeta: {}", not_a_folder.display());
    assert_eq!(harness.state().errors, vec![expected.clone()]);
    harness.get_by_label(&expected);
}

/// A resolution file in `files` with two notes in `data`'s store, saved one after the other
/// (so that a last good copy of its notes is kept): the file, and its notes file.
fn noted_resolution(files: &Path, data: &Path) -> (PathBuf, PathBuf) {
    use plenary::store::{DocumentKey, NewNote, NoteStore};
    let path = files.join("75_5.txt");
    std::fs::write(&path, common::small_resolution(5, "Cooperation")).unwrap();
    let doc = plenary::parse::parse_file(&path).unwrap();
    let store = NoteStore::for_data_dir(data);
    let mut notes = store.open(&doc, Some(&path)).unwrap();
    notes.add(NewNote::on_paragraph(&doc, 0).unwrap()).unwrap();
    notes.add(NewNote::on_paragraph(&doc, 1).unwrap()).unwrap();
    (path, store.file_for(&DocumentKey::of(&doc)))
}

/// The one file of the notes folder set aside as damaged, as shown.
fn set_aside(data: &Path) -> String {
    let aside: Vec<PathBuf> = std::fs::read_dir(data.join("notes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".damaged-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    aside[0].display().to_string()
}

/// A window speaking `language` from the start (`--ui-language`), with the files named on
/// its command line.
fn started_in(data: &Path, files: Vec<PathBuf>, language: Language) -> App {
    App::new(plenary::ui::AppOptions {
        files,
        data_dir: data.to_path_buf(),
        remember_session: false,
        ui_language: Some(language.into()),
    })
}

/// Opens a resolution whose notes file was replaced by `damage` in a window speaking
/// `language` (named on its command line: the notes of the first document opened are read
/// first): what the window says, and where the damaged file is kept.
fn repaired_in(language: Language, damage: &[u8]) -> (Vec<String>, String) {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (file, notes) = noted_resolution(files.path(), data.path());
    std::fs::write(&notes, damage).unwrap();
    let app = started_in(data.path(), vec![file], language);
    let harness = common::harness(app, (1200.0, 800.0));
    let errors = harness.state().errors.clone();
    // Shown in the window's strip of errors.
    for error in &errors {
        harness.get_by_label(error);
    }
    (errors, set_aside(data.path()))
}

#[test]
fn a_repaired_notes_file_is_said_in_french_and_chinese_in_the_window_and_in_english_elsewhere() {
    let (errors, aside) = repaired_in(Language::Fr, b"");
    assert_eq!(
        errors,
        vec![format!(
            "les notes de A/RES/75/5 étaient endommagées (le fichier est vide) et ont été \
             restaurées à partir de la dernière copie valide (les modifications apportées depuis \
             peuvent manquer) ; le fichier endommagé est conservé sous {aside}"
        )]
    );
    let (errors, aside) = repaired_in(Language::Zh, b"[1, 2]");
    assert_eq!(
        errors,
        vec![format!(
            "A/RES/75/5的笔记已损坏（不是JSON对象），现已从最后一份完好副本恢复（此后所作的更改\
             可能缺失）；损坏的文件已保留为{aside}"
        )]
    );

    // The store and the command line say it in English, as before.
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let (file, notes) = noted_resolution(files.path(), data.path());
    std::fs::write(&notes, b"").unwrap();
    let doc = plenary::parse::parse_file(&file).unwrap();
    let store = plenary::store::NoteStore::for_data_dir(data.path());
    let warnings = store.open(&doc, Some(&file)).unwrap().take_warnings();
    let english = format!(
        "the notes on A/RES/75/5 were damaged (the file is empty) and have been restored from \
         the last good copy (changes since then may be missing); the damaged file is kept as {}",
        set_aside(data.path())
    );
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].to_string(), english);
    assert_eq!(warnings[0].message, english);
    std::fs::write(&notes, b"").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["notes", "list"])
        .env("PLENARY_DATA_DIR", data.path())
        .env(plenary::i18n::ENV, "fr")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let stderr = common::stderr(&out);
    assert!(
        stderr.starts_with(
            "plenary: warning: the notes on A/RES/75/5 were damaged (the file is empty) and \
             have been restored from the last good copy (changes since then may be missing); \
             the damaged file is kept as "
        ),
        "{stderr}"
    );
}

/// Steps the window until its library scan has ended.
/// The library's list of files it cannot read, as the window shows it in `language`.
fn unreadable_in(data: &Path, language: Language, count: usize) -> Vec<String> {
    let mut harness = common::harness(app_in(data, language), (1400.0, 900.0));
    common::wait_for_scan(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    common::wait_for_scan(&mut harness);
    let heading = plenary::i18n::format(
        language,
        "library-files-unreadable",
        None,
        &[("count", count.into())],
    );
    harness.get_by_label(&heading).click();
    harness.run();
    let shown: Vec<String> = harness
        .state()
        .library_view
        .as_ref()
        .expect("the library is shown")
        .errors
        .iter()
        .map(|e| e.localized())
        .collect();
    for line in &shown {
        harness.get_by_label(line);
    }
    shown
}

#[cfg(unix)]
#[test]
fn why_the_library_cannot_read_a_file_is_said_in_french_and_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let docs = root.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("75_1.md"), common::small_resolution(1, "Alpha")).unwrap();
    let empty = docs.join("vide.md");
    std::fs::write(&empty, "").unwrap();
    let broken = docs.join("broken.xml");
    std::fs::write(
        &broken,
        "<?xml version=\"1.0\"?>\n<akomaNtoso>\n  <act>\n</akomaNtoso>\n",
    )
    .unwrap();
    let dangling = docs.join("dangling.xml");
    std::os::unix::fs::symlink(docs.join("nowhere.xml"), &dangling).unwrap();
    let data = root.join("data");
    let library = plenary::library::Library::open(&data).unwrap();
    library.add_folders(std::slice::from_ref(&docs)).unwrap();
    library.scan(|_| {}).unwrap();

    let err = plenary::parse::parse_file(&broken).unwrap_err();
    let (line, column) = (err.line.unwrap(), err.column.unwrap());
    let shown = |p: &Path| p.display().to_string();
    // The command line's words, as before.
    let english: Vec<String> = library.errors().iter().map(|e| e.to_string()).collect();
    assert_eq!(
        english,
        vec![
            format!(
                "cannot read: {} (line {line}, column {column}): {}",
                err.reason,
                shown(&broken)
            ),
            format!(
                "cannot read: is a broken link (what it points to is not there): {}",
                shown(&dangling)
            ),
            format!("cannot read: is empty: {}", shown(&empty)),
        ]
    );
    for error in library.errors() {
        assert_eq!(error.text().english(), error.to_string());
    }
    drop(library);

    // The window reads them back from the library's cache and says them in its language.
    let french = unreadable_in(&data, Language::Fr, 3);
    let malformed = err.reason_text().format(Language::Fr);
    assert!(
        malformed.starts_with("le XML est mal formé : "),
        "{malformed}"
    );
    assert_eq!(
        french,
        vec![
            format!(
                "lecture impossible : {malformed} (ligne {line}, colonne {column}) : {}",
                shown(&broken)
            ),
            format!(
                "lecture impossible : c’est un lien rompu (sa cible n’existe pas) : {}",
                shown(&dangling)
            ),
            format!(
                "lecture impossible : le fichier est vide : {}",
                shown(&empty)
            ),
        ]
    );
    let chinese = unreadable_in(&data, Language::Zh, 3);
    let malformed = err.reason_text().format(Language::Zh);
    assert_eq!(
        chinese,
        vec![
            format!(
                "无法读取：{malformed}（第{line}行第{column}列）：{}",
                shown(&broken)
            ),
            format!(
                "无法读取：这是失效链接（其指向的对象不存在）：{}",
                shown(&dangling)
            ),
            format!("无法读取：文件为空：{}", shown(&empty)),
        ]
    );

    // The command line still lists them in English.
    let out = common::plenary(&data, &["library", "scan"]);
    let stderr = common::stderr(&out);
    assert!(
        stderr.contains(&format!("\n  cannot read: is empty: {}\n", shown(&empty))),
        "{stderr}"
    );
}

/// A library of one folder, scanned, whose list of folders was then damaged (its backup
/// kept) and whose cache was damaged: its data folder, the list and the cache.
fn damaged_library(root: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let docs = root.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("75_1.md"), common::small_resolution(1, "Alpha")).unwrap();
    let data = root.join("data");
    let library = plenary::library::Library::open(&data).unwrap();
    library.add_folders(&[docs]).unwrap();
    library.scan(|_| {}).unwrap();
    drop(library);
    let folders = data.join("library/folders.json");
    std::fs::copy(&folders, plenary::store::fsio::backup_path(&folders)).unwrap();
    std::fs::write(&folders, b"garbage").unwrap();
    let catalog = data.join("library/cache/catalog.json");
    std::fs::write(&catalog, b"garbage").unwrap();
    (data, folders, catalog)
}

/// The messages a window speaking `language` opens with, on a damaged library.
fn opening_in(language: Language) -> (Vec<String>, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (data, folders, catalog) = damaged_library(dir.path());
    let app = started_in(&data, Vec::new(), language);
    let mut harness = common::harness(app, (1200.0, 800.0));
    let errors = harness.state().errors.clone();
    for error in &errors {
        harness.get_by_label(error);
    }
    common::wait_for_scan(&mut harness);
    (errors, folders, catalog)
}

#[test]
fn the_librarys_start_up_warnings_are_said_in_french_and_chinese() {
    // What the JSON reader says is its own words, in English in every language.
    let why = serde_json::from_slice::<serde_json::Value>(b"garbage")
        .unwrap_err()
        .to_string();
    let shown = |p: &Path| p.display().to_string();

    let (french, folders, catalog) = opening_in(Language::Fr);
    assert_eq!(
        french,
        vec![
            format!(
                "la liste des dossiers de la bibliothèque était endommagée ({why}) ; sa copie de \
                 sauvegarde est utilisée : {}",
                shown(&folders)
            ),
            format!(
                "le cache de la bibliothèque était endommagé ({why}) ; il sera reconstruit à \
                 partir des fichiers : {}",
                shown(&catalog)
            ),
        ]
    );
    let (chinese, folders, catalog) = opening_in(Language::Zh);
    assert_eq!(
        chinese,
        vec![
            format!(
                "文库文件夹列表已损坏（{why}）；现使用其备份：{}",
                shown(&folders)
            ),
            format!(
                "文库缓存已损坏（{why}）；将根据文件重建：{}",
                shown(&catalog)
            ),
        ]
    );

    // The library and the command line say them in English, as before.
    let dir = tempfile::tempdir().unwrap();
    let (data, folders, catalog) = damaged_library(dir.path());
    let library = plenary::library::Library::open(&data).unwrap();
    assert_eq!(
        library.take_warnings(),
        vec![
            format!(
                "the list of library folders was damaged ({why}); using its backup: {}",
                shown(&folders)
            ),
            format!(
                "the library cache was damaged ({why}); it will be rebuilt from the files: {}",
                shown(&catalog)
            ),
        ]
    );
    drop(library);
    let dir = tempfile::tempdir().unwrap();
    let (data, folders, _) = damaged_library(dir.path());
    let out = common::plenary(&data, &["library", "list"]);
    let stderr = common::stderr(&out);
    assert!(
        stderr.contains(&format!(
            "plenary: rebuilt the library cache: the library cache was damaged ({why})\n"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "plenary: warning: the list of library folders was damaged ({why}); using its \
             backup: {}\n",
            shown(&folders)
        )),
        "{stderr}"
    );
}
