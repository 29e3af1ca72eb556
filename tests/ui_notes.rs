//! Bookmarks and notes in the window, stored on disk and found again after a restart.

mod common;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn a_bookmark_survives_a_restart() {
    let data = tempfile::tempdir().unwrap();
    {
        let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
        harness
            .get_by_role_and_label(Role::Button, "Bookmark PP2")
            .click();
        harness.run();
        assert!(harness.state().tabs[0].notes.is_bookmarked(1));
        harness.get_by_role_and_label(Role::Button, "Remove bookmark from PP2");
    }
    // A new app on the same data folder: the sample again, with its bookmark.
    let harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    assert!(harness.state().tabs[0].notes.is_bookmarked(1));
    harness.get_by_role_and_label(Role::Button, "Remove bookmark from PP2");
}

#[test]
fn write_a_note_see_it_beside_the_paragraph_delete_and_undo() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    harness.key_press(egui::Key::J); // focus PP1
    harness.run();
    harness.key_press(egui::Key::N);
    harness.run();
    harness.get_by_label_contains("New note on PP1");
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text("Compare with the 2019 list");
    harness.get_by_label("Tags").hover();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    let note = harness
        .get_by_label("Note on PP1: Compare with the 2019 list")
        .rect();
    let pp1 = harness
        .get_all_by_role(Role::Paragraph)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("PP1: "))
        })
        .unwrap()
        .rect();
    assert!(
        note.min.x > pp1.max.x,
        "the note sits in the column beside its paragraph"
    );

    harness
        .get_by_label("Note on PP1: Compare with the 2019 list")
        .click();
    harness.run();
    harness.get_by_label("Delete").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Note on PP1: Compare with the 2019 list")
            .is_none()
    );
    harness.get_by_label("Undo").click();
    harness.run();
    harness.get_by_label("Note on PP1: Compare with the 2019 list");

    // On disk, in the data folder: a new app finds it.
    drop(harness);
    let again = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    assert_eq!(again.state().tabs[0].notes.all().len(), 1);
    assert_eq!(
        again.state().tabs[0].notes.all()[0].text,
        "Compare with the 2019 list"
    );
}

#[test]
fn the_notes_panel_lists_bookmarks_and_jumps() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    let op7 = harness.state().tabs[0].doc.find_ref("OP7").unwrap();
    let ctx = harness.ctx.clone();
    harness.state_mut().run_commands(
        &ctx,
        vec![plenary::ui::command::Command::ToggleBookmark {
            tab: 0,
            paragraph: op7,
        }],
    );
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::N,
    );
    harness.run();
    harness.get_by_label("★ OP7").click();
    harness.run();
    assert_eq!(harness.state().tabs[0].reader.focus, Some(op7));
    harness.get_by_label("★ A/RES/75/32 OP7 · 中文");
}

/// A data folder holding a note, "Agenda item", on OP7 of 75/32 ("Also decides to include in
/// the provisional agenda ..."), which was OP5 in 74/28; and 74/28's file. None without the
/// corpus.
fn a_note_on_this_years_op7() -> Option<(tempfile::TempDir, std::path::PathBuf)> {
    let this_year = common::corpus_file("akn/ga/75/en/75_32_E.xml")?;
    let last_year = common::corpus_file("akn/ga/74/en/74_28.xml")?;
    let data = tempfile::tempdir().unwrap();
    let doc = plenary::parse::parse_file(&this_year).unwrap();
    let store = plenary::store::NoteStore::for_data_dir(data.path());
    let mut notes = store.open(&doc, Some(&this_year)).unwrap();
    let op7 = doc.find_ref("OP7").unwrap();
    notes
        .add(plenary::store::NewNote {
            text: "Agenda item".into(),
            ..plenary::store::NewNote::on_paragraph(&doc, op7).unwrap()
        })
        .unwrap();
    Some((data, last_year))
}

#[test]
fn notes_from_last_years_text_follow_their_paragraph() {
    let Some((data, last_year)) = a_note_on_this_years_op7() else {
        return;
    };

    let mut harness = common::harness(common::app(vec![last_year], data.path()), (1400.0, 900.0));
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::N,
    );
    harness.run();
    // In the notes panel, and on the page's banner.
    assert_eq!(
        harness
            .get_all_by_label("From A/RES/75/32 (1 note)")
            .count(),
        2
    );
    harness.get_by_label_contains("moved (was OP7, now OP5)");
    harness.get_by_label("Copy these notes here").click();
    harness.run();
    let tab = &harness.state().tabs[0];
    assert_eq!(tab.notes.all().len(), 1);
    let op5 = tab.doc.find_ref("OP5").unwrap();
    assert_eq!(
        tab.notes.on_paragraph(op5).len(),
        1,
        "the copy sits on OP5 of 74/28"
    );
    assert!(tab.notes.related.is_empty());
}

#[test]
fn notes_made_in_english_are_offered_on_the_french_text() {
    let (Some(english), Some(french)) = (
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
        common::corpus_file("akn/ga/75/fr/75_32_F.xml"),
    ) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let doc = plenary::parse::parse_file(&english).unwrap();
    let store = plenary::store::NoteStore::for_data_dir(data.path());
    let mut notes = store.open(&doc, Some(&english)).unwrap();
    let op5 = doc.find_ref("OP5").unwrap();
    notes
        .add(plenary::store::NewNote {
            text: "Pandemic".into(),
            ..plenary::store::NewNote::on_paragraph(&doc, op5).unwrap()
        })
        .unwrap();

    let mut harness = common::harness(common::app(vec![french], data.path()), (1400.0, 900.0));
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::N,
    );
    harness.run();
    // In the notes panel, and on the page's banner.
    assert_eq!(
        harness
            .get_all_by_label("From A/RES/75/32 · English (1 note)")
            .count(),
        2
    );
    harness.get_by_label("Copy these notes here").click();
    harness.run();
    let tab = &harness.state().tabs[0];
    let op5 = tab.doc.find_ref("OP5").unwrap();
    assert_eq!(tab.notes.on_paragraph(op5).len(), 1, "the copy sits on OP5");
    let copy = &tab.notes.all()[0];
    assert!(
        copy.anchor
            .quote
            .exact
            .starts_with("Note qu’il y a eu des interruptions"),
        "quotes the French paragraph: {:?}",
        copy.anchor.quote.exact
    );
    assert!(tab.notes.related.is_empty());
}

#[test]
fn a_note_on_selected_words_quotes_them() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    let pp2 = harness.get_by_label_contains("PP2: 注意到").rect();
    let y = pp2.min.y + 8.0;
    common::drag(
        &mut harness,
        egui::pos2(pp2.min.x + 1.0, y),
        egui::pos2(pp2.min.x + 120.0, y),
    );
    let selected = harness.state().tabs[0]
        .reader
        .selection
        .clone()
        .unwrap()
        .text;
    assert!(selected.starts_with("注意到"), "{selected}");

    // N writes a note on the selected words.
    harness.key_press(egui::Key::N);
    harness.run();
    harness.get_by_label_contains(&format!("“{selected}”"));
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text("Progress since 2019?");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();

    let tab = &harness.state().tabs[0];
    assert_eq!(tab.notes.all().len(), 1);
    let note = &tab.notes.all()[0];
    assert_eq!(note.anchor.reference, "PP2");
    assert_eq!(note.anchor.quote.exact, selected);
    assert!(!note.anchor.quote.is_paragraph(), "{:?}", note.anchor.quote);
    assert_eq!(note.text, "Progress since 2019?");
}

#[test]
fn the_notes_panel_filters_by_words_tags_and_paragraph() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    let ctx = harness.ctx.clone();
    {
        let app = harness.state_mut();
        let doc = app.tabs[0].doc.clone();
        let mut notes = app.note_store.open(&doc, None).unwrap();
        for (reference, text, tag) in [
            ("PP10", "Three GGE reports", "GGE"),
            ("OP3", "Mandate of the Group", "mandate"),
        ] {
            let index = doc.find_ref(reference).unwrap();
            notes
                .add(plenary::store::NewNote {
                    text: text.into(),
                    tags: vec![tag.into()],
                    ..plenary::store::NewNote::on_paragraph(&doc, index).unwrap()
                })
                .unwrap();
        }
    }
    // Reopen the sample so the tab reads the notes just written.
    harness.state_mut().run_commands(
        &ctx,
        vec![
            plenary::ui::command::Command::CloseTab(0),
            plenary::ui::command::Command::OpenSample,
            plenary::ui::command::Command::ToggleNotesPanel,
        ],
    );
    harness.run();
    harness.get_by_label("PP10 · Three GGE reports");
    harness.get_by_label("OP3 · Mandate of the Group");

    let shown = |harness: &egui_kittest::Harness<'_, plenary::ui::App>, label: &str| {
        harness.query_by_label(label).is_some()
    };
    for (filter, pp10, op3) in [
        ("#gge", true, false),
        ("#gg", false, false),
        ("mandate", false, true),
        ("op3", false, true),
        ("group reports", false, false),
        ("", true, true),
    ] {
        harness.state_mut().notes_filter = filter.into();
        harness.run();
        assert_eq!(
            shown(&harness, "PP10 · Three GGE reports"),
            pp10,
            "{filter:?}"
        );
        assert_eq!(
            shown(&harness, "OP3 · Mandate of the Group"),
            op3,
            "{filter:?}"
        );
    }
    // Typed into the panel's field, as a user does.
    let field = harness.get_by_role(Role::TextInput);
    field.click();
    field.type_text("nothing like this");
    harness.run();
    assert_eq!(harness.state().notes_filter, "nothing like this");
    harness.get_by_label("No note matches the filter.");
}

/// A note being written keeps to its document: closing its tab (or another one before it)
/// while the editor is open neither saves the note into another document nor drops it.
#[test]
fn a_note_being_written_survives_closing_tabs() {
    let (Some(english), Some(french)) = (
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
        common::corpus_file("akn/ga/75/fr/75_32_F.xml"),
    ) else {
        return;
    };
    let french = french.canonicalize().unwrap();
    let data = tempfile::tempdir().unwrap();
    // The English and the French text, in two tabs.
    let mut harness = common::harness(
        common::app(vec![english, french.clone()], data.path()),
        (1400.0, 900.0),
    );
    let ctx = harness.ctx.clone();
    assert_eq!(harness.state().tabs.len(), 2);
    let french_tab = 1;
    let paragraph = harness.state().tabs[french_tab]
        .doc
        .find_ref("OP3")
        .unwrap();
    harness.state_mut().run_commands(
        &ctx,
        vec![plenary::ui::command::Command::EditNote {
            tab: french_tab,
            paragraph,
            note: None,
            words: None,
        }],
    );
    harness.run();
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text("Ask the Sixth Committee");
    harness.run();
    // The tab before it closes: indices shift under the open editor.
    harness
        .state_mut()
        .run_commands(&ctx, vec![plenary::ui::command::Command::CloseTab(0)]);
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    let state = harness.state();
    let french_now = state
        .tabs
        .iter()
        .position(|t| t.path.as_deref() == Some(french.as_path()));
    let notes = &state.tabs[french_now.unwrap()].notes;
    assert_eq!(notes.all().len(), 1, "saved into the French text");
    assert_eq!(notes.all()[0].text, "Ask the Sixth Committee");
    assert_eq!(notes.all()[0].anchor.reference, "OP3");

    // Now with the editor's own tab closed: Save still writes into its document.
    let paragraph = state.tabs[0].doc.find_ref("OP5").unwrap();
    harness.state_mut().run_commands(
        &ctx,
        vec![plenary::ui::command::Command::EditNote {
            tab: 0,
            paragraph,
            note: None,
            words: None,
        }],
    );
    harness.run();
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text("Still here");
    harness.run();
    harness
        .state_mut()
        .run_commands(&ctx, vec![plenary::ui::command::Command::CloseTab(0)]);
    harness.run();
    assert_eq!(
        harness.state().editor.as_ref().map(|e| e.text.as_str()),
        Some("Still here"),
        "the editor stays open with what was written"
    );
    harness.get_by_label("Save").click();
    harness.run();
    drop(harness);
    let again = common::harness(common::app(vec![french], data.path()), (1400.0, 900.0));
    let reopened = again
        .state()
        .tabs
        .iter()
        .find(|t| t.doc.meta.language == Some(plenary::document::Language::Fr))
        .unwrap();
    let texts: Vec<&str> = reopened
        .notes
        .all()
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(texts, ["Ask the Sixth Committee", "Still here"]);
}

/// Cancelling a note with words typed asks first.
#[test]
fn cancelling_a_written_note_asks_first() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    harness.key_press(egui::Key::J);
    harness.run();
    harness.key_press(egui::Key::N);
    harness.run();
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text("Half a thought");
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.get_by_label("Discard what you wrote?");
    harness.get_by_label("Keep writing").click();
    harness.run();
    assert!(harness.state().editor.is_some(), "the text is still there");
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(harness.state().editor.is_none());
}

/// The note editor's Bookmark box is the paragraph's bookmark, whichever note holds it; in a
/// narrow window (no column of notes) the "●" beside a paragraph opens its note.
#[test]
fn the_bookmark_box_is_the_paragraphs_and_the_narrow_dot_opens_the_note() {
    use egui::accesskit::Toggled;
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    harness
        .get_by_role_and_label(Role::Button, "Bookmark PP2")
        .click();
    harness.run();
    // A new note on the bookmarked paragraph: the box says it is bookmarked.
    harness.state_mut().tabs[0].reader.jump_to(1);
    harness.run();
    harness.key_press(egui::Key::N);
    harness.run();
    let ticked = |h: &egui_kittest::Harness<'_, plenary::ui::App>| {
        h.get_by_role_and_label(Role::CheckBox, "Bookmark")
            .accesskit_node()
            .toggled()
            == Some(Toggled::True)
    };
    assert!(ticked(&harness), "the paragraph is bookmarked");
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text("Ask the sponsors");
    harness.run();
    // Unticked and saved: the paragraph has no bookmark, the note stays.
    harness
        .get_by_role_and_label(Role::CheckBox, "Bookmark")
        .click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    let notes = &harness.state().tabs[0].notes;
    assert!(!notes.is_bookmarked(1));
    assert_eq!(
        notes.all().len(),
        1,
        "the bare bookmark went, the note stayed"
    );
    assert_eq!(notes.all()[0].text, "Ask the sponsors");

    // Narrow: the dot beside PP2 opens its note, and does not bookmark.
    harness.set_size(egui::vec2(700.0, 800.0));
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Open the note on PP2")
        .click();
    harness.run();
    let editor = harness.state().editor.as_ref().expect("the note is open");
    assert_eq!(editor.text, "Ask the sponsors");
    assert!(!harness.state().tabs[0].notes.is_bookmarked(1));
    assert!(!ticked(&harness));
}

#[test]
fn the_page_says_once_that_last_years_notes_exist_and_shows_or_copies_them() {
    let Some((data, last_year)) = a_note_on_this_years_op7() else {
        return;
    };

    let mut harness = common::harness(
        common::app(vec![last_year.clone()], data.path()),
        (1400.0, 900.0),
    );
    assert!(!harness.state().show_notes);
    let banner = "Your notes on another edition or language version of this text:";
    harness.get_by_label(banner);
    harness.get_by_label("From A/RES/75/32 (1 note)");

    // Show: the notes panel, at the paragraph the note belongs to in this text.
    harness.get_by_label("Show").click();
    harness.run();
    assert!(harness.state().show_notes);
    let op5 = harness.state().tabs[0].doc.find_ref("OP5").unwrap();
    assert_eq!(harness.state().tabs[0].reader.focus, Some(op5));
    assert_eq!(
        harness
            .get_all_by_label("From A/RES/75/32 (1 note)")
            .count(),
        2,
        "on the page and in the panel"
    );

    // Dismiss: the banner goes, the panel still offers the notes.
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(harness.query_by_label(banner).is_none());
    harness.get_by_label("From A/RES/75/32 (1 note)");
    drop(harness);

    // Opened again, the page says it again; Copy here copies, and the banner goes.
    let mut harness = common::harness(common::app(vec![last_year], data.path()), (1400.0, 900.0));
    harness.get_by_label("Copy here").click();
    harness.run();
    let tab = &harness.state().tabs[0];
    let op5 = tab.doc.find_ref("OP5").unwrap();
    assert_eq!(tab.notes.on_paragraph(op5).len(), 1, "copied onto OP5");
    assert!(harness.query_by_label(banner).is_none());
    harness.get_by_label("Copied 1 note from A/RES/75/32.");
}

/// Another document's notes file that is damaged is said (it was dropped without a word when
/// the window looked through all notes for other editions), and said once.
#[test]
fn a_damaged_notes_file_of_another_document_is_said_once() {
    let data = tempfile::tempdir().unwrap();
    let notes = data.path().join("notes");
    std::fs::create_dir_all(&notes).unwrap();
    std::fs::write(
        notes.join("a-res-74-28-en.json"),
        b"{\"version\": 1, \"docu",
    )
    .unwrap();
    let newer = r#"{"version": 999, "document": {"key": "k", "symbol": "A/RES/1/1"}, "notes": []}"#;
    std::fs::write(notes.join("a-res-1-1-en.json"), newer).unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    let said = |h: &egui_kittest::Harness<'_, plenary::ui::App>, what: &str| {
        h.state().errors.iter().filter(|e| e.contains(what)).count()
    };
    assert_eq!(said(&harness, "damaged"), 1, "{:?}", harness.state().errors);
    assert_eq!(
        said(&harness, "newer version"),
        1,
        "{:?}",
        harness.state().errors
    );
    // Another document opened: the newer file is met again, and not said again.
    let other = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/akn/75_1_E.excerpt.xml");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run_commands(&ctx, vec![plenary::ui::command::Command::Open(vec![other])]);
    harness.run();
    assert_eq!(harness.state().tabs.len(), 2);
    assert_eq!(
        said(&harness, "newer version"),
        1,
        "{:?}",
        harness.state().errors
    );
}

/// The notes panel exports this document's notes; the Markdown links each note back to its
/// paragraph with a `plenary://` link, and the W3C export quotes a long paragraph whole.
#[test]
fn the_notes_panel_exports_with_links_back_to_each_paragraph() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let doc = plenary::parse::parse_file(&file).unwrap();
    let store = plenary::store::NoteStore::for_data_dir(data.path());
    let mut notes = store.open(&doc, Some(&file)).unwrap();
    let pp12 = doc.find_ref("PP12").unwrap();
    assert!(doc.paragraphs[pp12].text.chars().count() > 300);
    notes
        .add(plenary::store::NewNote {
            text: "Long one".into(),
            ..plenary::store::NewNote::on_paragraph(&doc, pp12).unwrap()
        })
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    for (item, name) in [
        ("Markdown", "notes.md"),
        ("W3C Web Annotation (JSON)", "notes.json"),
    ] {
        let target = out.path().join(name);
        let app = common::app(vec![file.clone()], data.path())
            .with_picker(Box::new(common::SaveTo(target.clone())));
        let mut harness = common::harness(app, (1400.0, 900.0));
        harness.key_press_modifiers(
            egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
            egui::Key::N,
        );
        harness.run();
        harness.get_by_label("Export…").click();
        harness.run();
        harness.get_by_label(item).click();
        harness.run();
        harness.get_by_label_contains("Saved the notes");
        let text = std::fs::read_to_string(&target).unwrap();
        if name.ends_with(".md") {
            assert!(text.contains("### A/RES/75/32, PP12"), "{text}");
            let link = text
                .split("(<")
                .nth(1)
                .and_then(|rest| rest.split(">)").next())
                .unwrap();
            let link = plenary::store::link::ParagraphLink::parse(link).unwrap();
            assert_eq!(link.reference.as_deref(), Some("PP12"));
            assert_eq!(link.symbol.as_deref(), Some("A/RES/75/32"));
            let canonical = std::fs::canonicalize(&file).unwrap();
            assert_eq!(link.path.as_deref(), Some(canonical.as_path()));
        } else {
            assert!(text.contains(&doc.paragraphs[pp12].text), "whole: {text}");
        }
    }
}

/// A `plenary://` link given as a file (the desktop opens an exported note's link so) opens
/// its file at its paragraph; a link that leads nowhere is said in the window.
#[test]
fn a_plenary_link_opens_its_file_at_its_paragraph() {
    use plenary::store::link::ParagraphLink;
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/akn/75_1_E.excerpt.xml");
    let link = ParagraphLink {
        path: Some(file.clone()),
        symbol: Some("A/RES/75/1".into()),
        language: Some(plenary::document::Language::En),
        reference: Some("OP2".into()),
    };
    // The desktop gives a double-clicked file as a `file://` address (`Exec=plenary %U`).
    let address = url::Url::from_file_path(&file).unwrap().to_string();
    let mut options = plenary::ui::RunOptions {
        files: vec![
            link.to_url().into(),
            "plenary://open?path=%2Fno%2Fsuch%2Ffile.xml&ref=OP1".into(),
            "plenary://elsewhere".into(),
            address.into(),
        ],
        screenshot: None,
        size: (1280, 800),
        dark_mode: None,
        goto: None,
        show_on_page: false,
        show_notes: false,
        show_facts: false,
        library: None,
        side_by_side: None,
        ui_language: None,
        link_errors: Vec::new(),
    };
    plenary::ui::follow_links(&mut options);
    assert_eq!(options.files, vec![file.clone(), file]);
    assert_eq!(options.goto.as_deref(), Some("OP2"));
    assert_eq!(options.link_errors.len(), 2, "{:?}", options.link_errors);
    assert!(
        options.link_errors[0]
            .english()
            .contains("/no/such/file.xml")
    );
    assert!(
        options.link_errors[1]
            .english()
            .contains("plenary://elsewhere")
    );
}
