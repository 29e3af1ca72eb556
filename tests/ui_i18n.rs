//! The window in the six languages: menus driven by their translated labels, the language
//! chosen in View › Language and kept across restarts.

mod common;

use egui_kittest::kittest::Queryable;
use plenary::document::Language;
use plenary::t;
use plenary::ui::{App, AppOptions};

fn sample_app(data: &std::path::Path, language: Language) -> App {
    let mut app = common::app(Vec::new(), data);
    app.ui_language = language.into();
    app
}

#[test]
fn the_chinese_window_opens_the_facts_panel_from_its_chinese_menu() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(sample_app(data.path(), Language::Zh), (1200.0, 800.0));
    // The harness draws on this thread: messages come in the window's language.
    assert_eq!(t!("menu-view"), "视图");
    assert!(harness.query_by_label("View").is_none(), "no English menu");
    harness.get_by_label("视图").click();
    harness.run();
    harness.get_by_label(&t!("action-facts-panel")).click();
    harness.run();
    assert!(harness.state().show_facts);
    // The status bar counts in Chinese.
    harness.get_by_label_contains(&t!("status-footnotes", count = 3usize));
}

#[test]
fn the_arabic_window_opens_the_votes_by_member_state_from_its_arabic_menu() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(sample_app(data.path(), Language::Ar), (1200.0, 800.0));
    let library = t!("menu-library");
    assert!(library.contains("المكتبة"), "{library}");
    harness.get_by_label(&library).click();
    harness.run();
    harness.get_by_label(&t!("action-library-votes")).click();
    harness.run();
    let view = harness
        .state()
        .library_view
        .as_ref()
        .expect("the library is shown");
    assert_eq!(view.section, plenary::ui::library::Section::Votes);
}

#[test]
fn the_language_chosen_in_the_view_menu_is_kept_across_restarts() {
    let data = tempfile::tempdir().unwrap();
    let options = || AppOptions {
        files: Vec::new(),
        data_dir: data.path().to_path_buf(),
        remember_session: true,
        ui_language: None,
    };
    let mut app = App::new(options());
    app.ui_language = Language::En.into();
    let mut harness = common::harness(app, (1200.0, 800.0));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    // Every language the program ships is offered, by its own name.
    for language in plenary::i18n::Locale::all() {
        let name = plenary::ui::bidi::visual_line(&language.name(), language.is_rtl());
        harness.get_by_label(&name);
    }
    harness.get_by_label("Français").click();
    harness.run();
    assert_eq!(harness.state().ui_language, Language::Fr.into());
    harness.get_by_label("Affichage");
    harness.state_mut().save_session();
    drop(harness);

    let again = App::new(options());
    assert_eq!(
        again.ui_language,
        Language::Fr.into(),
        "kept across restarts"
    );
}

#[test]
fn a_deleted_note_is_undone_from_its_notice_in_any_language() {
    use plenary::ui::app::NoticeKind;
    use plenary::ui::command::Command;
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(sample_app(data.path(), Language::Fr), (1200.0, 800.0));
    let ctx = harness.ctx.clone();
    harness.state_mut().run_commands(
        &ctx,
        vec![Command::ToggleBookmark {
            tab: 0,
            paragraph: 1,
        }],
    );
    harness.run();
    let id = harness.state().tabs[0].notes.all()[0].id.clone();
    harness
        .state_mut()
        .run_commands(&ctx, vec![Command::DeleteNote { tab: 0, note: id }]);
    harness.run();
    assert!(harness.state().tabs[0].notes.all().is_empty());
    // The notice is known by what it is about, not by its words.
    let notice = harness
        .state()
        .notices
        .iter()
        .find(|n| n.kind == NoticeKind::NoteDeleted)
        .cloned()
        .expect("a notice says the note was deleted");
    assert_eq!(notice.text, t!("notice-note-deleted"));
    assert_eq!(t!("undo"), "Annuler");
    harness.get_by_label("Annuler").click();
    harness.run();
    assert_eq!(harness.state().tabs[0].notes.all().len(), 1, "restored");
    assert!(
        !harness
            .state()
            .notices
            .iter()
            .any(|n| n.kind == NoticeKind::NoteDeleted)
    );
}

#[test]
fn the_arabic_window_is_mirrored_outline_on_the_right_menus_from_the_right() {
    let width = 1200.0;
    // Where the File menu and the outline's first heading are, in each direction.
    let places = |language: Language| {
        let data = tempfile::tempdir().unwrap();
        let harness = common::harness(sample_app(data.path(), language), (width, 800.0));
        let file = harness.get_by_label(&t!("menu-file")).rect().center().x;
        let preamble = harness
            .get_by_label(&t!("outline-preamble"))
            .rect()
            .center()
            .x;
        (file, preamble)
    };
    let (file, preamble) = places(Language::En);
    assert!(
        file < width / 2.0 && preamble < width / 2.0,
        "{file} {preamble}"
    );
    let (file, preamble) = places(Language::Ar);
    assert!(
        file > width / 2.0 && preamble > width / 2.0,
        "the Arabic window starts on the right: {file} {preamble}"
    );
}

#[test]
fn the_arabic_shortcut_sheet_reads_from_the_right() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(sample_app(data.path(), Language::Ar), (1280.0, 800.0));
    harness.key_press(egui::Key::F1);
    harness.run();
    assert!(harness.state().show_shortcuts);
    // The action's name, then its key, then what it does: from right to left.
    let name = harness.get_by_label(&t!("action-find")).rect().center().x;
    let key = harness.get_by_label("Ctrl+F").rect().center().x;
    let does = harness
        .get_by_label(&plenary::i18n::tr_attr("action-find", "tip"))
        .rect()
        .center()
        .x;
    assert!(name > key && key > does, "{name} {key} {does}");
}

/// `--ui-language` is the window's language from the start: a file the command line names
/// that cannot be read is explained in it, not in the language last chosen.
#[test]
fn a_file_named_at_start_is_explained_in_the_language_asked_for() {
    let data = tempfile::tempdir().unwrap();
    let empty = data.path().join("empty.xml");
    std::fs::write(&empty, b"").unwrap();
    let app = App::new(AppOptions {
        files: vec![empty.clone()],
        data_dir: data.path().to_path_buf(),
        remember_session: false,
        ui_language: plenary::i18n::Locale::from_code("fr"),
    });
    assert_eq!(app.ui_language, Language::Fr.into());
    let error = app.errors.first().expect("an error");
    let why = plenary::i18n::format(Language::Fr, "read-empty", None, &[]);
    assert!(error.contains(&why), "{error}");
    assert!(!error.contains("is empty"), "{error}");
    plenary::i18n::set_language(Language::En);
}

/// In the Arabic window a path inside a message is laid out whole, left to right, where the
/// message's words read from the right (its slash was carried to the other end); the text
/// the same message gives outside the window has no marks in it.
#[test]
fn a_path_in_an_arabic_message_stays_whole() {
    let arabic = plenary::i18n::Locale::from(Language::Ar);
    plenary::ui::app::speak(arabic);
    let why = plenary::i18n::format(Language::Ar, "read-empty", None, &[]);
    let shown = plenary::t!("read-error", reason = &why, path = "/tmp/empty-file.xml");
    assert!(shown.contains("/tmp/empty-file.xml"), "{shown:?}");
    let written = plenary::i18n::format(
        Language::Ar,
        "read-error",
        None,
        &[
            ("reason", why.as_str().into()),
            ("path", "/tmp/empty-file.xml".into()),
        ],
    );
    assert!(!written.contains(['\u{2068}', '\u{2069}']), "{written:?}");
    plenary::ui::app::speak(Language::En.into());
}
