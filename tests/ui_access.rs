//! What a screen reader reads: the whole document, not only what is painted, the window's
//! name, and the view following the reader's focus. Read through AccessKit, the tree a
//! screen reader gets (AT-SPI on Linux).

mod common;

use egui_kittest::kittest::{NodeT, Queryable};
use std::path::Path;

#[test]
fn the_window_is_named_after_its_document() {
    let data = tempfile::tempdir().unwrap();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akn/75_1_E.excerpt.xml");
    let harness = common::harness(common::app(vec![file], data.path()), (1200.0, 800.0));
    let root = harness.root();
    let name = root.accesskit_node().label().unwrap_or_default();
    assert!(
        name.starts_with("A/RES/75/1") && name.ends_with("— Plenary"),
        "the window is named {name:?}"
    );
}

#[test]
fn every_footnote_of_75_32_is_read_without_scrolling() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let doc = plenary::parse::parse_file(&file).unwrap();
    let data = tempfile::tempdir().unwrap();
    // A small window: most of the text is out of view.
    let harness = common::harness(common::app(vec![file], data.path()), (900.0, 500.0));
    for f in &doc.footnotes {
        let name = format!("Footnote {}: {}", f.marker, f.text);
        assert!(
            harness.query_by_label(&name).is_some(),
            "{name:?} is not in the accessible tree"
        );
    }
    // And every paragraph, in order, with its reference.
    let names: Vec<String> = harness
        .query_all_by_role(egui::accesskit::Role::Paragraph)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(names, common::paragraph_names(&doc));
}

#[test]
fn the_last_paragraph_of_a_long_resolution_is_read_and_the_view_follows_the_focus() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_239_E.xml") else {
        return;
    };
    let doc = plenary::parse::parse_file(&file).unwrap();
    assert!(doc.paragraphs.len() > 400);
    let last = doc.paragraphs.len() - 1;
    let p = &doc.paragraphs[last];
    let name = format!("{}: {}", p.reference, p.text);
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![file], data.path()), (1200.0, 800.0));
    assert_eq!(harness.state().tabs[0].reader.top_paragraph, Some(0));
    // A screen reader moves its focus to the last paragraph, far out of view.
    harness.get_by_label(&name).focus();
    harness.run();
    let top = harness.state().tabs[0].reader.top_paragraph.unwrap();
    assert!(
        top + 20 > last,
        "the view stays at paragraph {top} of {last} while the reader is on the last one"
    );
    // It is painted now, and still has the focus.
    assert!(harness.get_by_label(&name).is_focused());
}

#[test]
fn panels_are_named_regions_and_messages_are_announced() {
    use egui::accesskit::{Live, Role};
    let data = tempfile::tempdir().unwrap();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akn/75_1_E.excerpt.xml");
    let mut harness = common::harness(common::app(vec![file], data.path()), (1200.0, 800.0));
    harness.get_by_role_and_label(Role::Navigation, "Outline");
    harness.get_by_role_and_label(Role::Main, "Text");
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::N,
    );
    harness.run();
    harness.get_by_role_and_label(Role::Complementary, "Notes and bookmarks");
    // A message that appears is said at once, politely.
    harness
        .state_mut()
        .notices
        .push("Saved the PDF: /tmp/briefing.pdf".to_string().into());
    harness.run();
    let said = harness.get_by_label("Saved the PDF: /tmp/briefing.pdf");
    assert_eq!(said.accesskit_node().role(), Role::Status);
    assert_eq!(said.accesskit_node().live(), Live::Polite);
}

#[test]
fn high_contrast_is_one_key_away_and_kept_for_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akn/75_1_E.excerpt.xml");
    let options = || plenary::ui::AppOptions {
        files: vec![file.clone()],
        data_dir: data.path().to_path_buf(),
        remember_session: true,
        ui_language: None,
    };
    let mut harness = common::harness(plenary::ui::App::new(options()), (800.0, 600.0));
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::H,
    );
    harness.run();
    assert!(harness.state().high_contrast);
    assert_eq!(harness.ctx.theme(), egui::Theme::Dark);
    let visuals = harness.ctx.style_of(egui::Theme::Dark).visuals.clone();
    assert_eq!(visuals.panel_fill, egui::Color32::BLACK);
    assert_eq!(visuals.override_text_color, Some(egui::Color32::WHITE));
    // Text on the panels: white on black, and links yellow on black, well past WCAG AAA's 7:1.
    let contrast = |a: egui::Color32, b: egui::Color32| {
        let l = |c: egui::Color32| {
            let f = |v: u8| {
                let v = f64::from(v) / 255.0;
                if v <= 0.03928 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * f(c.r()) + 0.7152 * f(c.g()) + 0.0722 * f(c.b())
        };
        let (x, y) = (l(a), l(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    };
    assert!(contrast(egui::Color32::WHITE, visuals.panel_fill) > 20.0);
    assert!(contrast(visuals.hyperlink_color, visuals.panel_fill) > 19.0);
    harness.state_mut().save_session();
    drop(harness);
    let again = plenary::ui::App::new(options());
    assert!(again.high_contrast, "the theme is back at the next start");
}

#[test]
fn a_note_written_from_the_keyboard_is_saved_with_ctrl_enter_and_focus_returns_to_its_paragraph() {
    let data = tempfile::tempdir().unwrap();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akn/75_1_E.excerpt.xml");
    let doc = plenary::parse::parse_file(&file).unwrap();
    let mut harness = common::harness(common::app(vec![file], data.path()), (1200.0, 800.0));
    // J moves to the first paragraph, N opens the editor on it with the text field focused.
    harness.key_press(egui::Key::J);
    harness.run();
    let focused = harness.state().tabs[0].reader.focus.unwrap();
    harness.key_press(egui::Key::N);
    harness.run();
    assert!(harness.state().editor.is_some());
    harness
        .get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text("Raise with the facilitator");
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    harness.run();
    assert!(
        harness.state().editor.is_none(),
        "Ctrl+Enter saves and closes the editor"
    );
    let notes = harness.state().tabs[0]
        .notes
        .notes
        .as_ref()
        .unwrap()
        .notes()
        .to_vec();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].text, "Raise with the facilitator");
    let p = &doc.paragraphs[focused];
    let name = format!("{}: {}", p.reference, p.text);
    assert!(
        harness.get_by_label(&name).is_focused(),
        "the keyboard is back on the paragraph"
    );
}

#[test]
fn notes_and_bookmarks_out_of_view_are_read_with_their_paragraph() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let doc = plenary::parse::parse_file(&file).unwrap();
    let data = tempfile::tempdir().unwrap();
    let store = plenary::store::NoteStore::for_data_dir(data.path());
    let mut notes = store.open(&doc, Some(&file)).unwrap();
    let op7 = doc.find_ref("OP7").unwrap();
    notes
        .add(plenary::store::NewNote {
            text: "Check the agenda of the 76th session".into(),
            bookmark: true,
            ..plenary::store::NewNote::on_paragraph(&doc, op7).unwrap()
        })
        .unwrap();
    // OP7 is far below the view of a small window.
    let harness = common::harness(common::app(vec![file], data.path()), (900.0, 500.0));
    let top = harness.state().tabs[0].reader.top_paragraph.unwrap_or(0);
    assert!(top + 5 <= op7, "OP7 is out of view");
    harness.get_by_label("Remove bookmark from OP7");
    harness.get_by_label("Note on OP7: Check the agenda of the 76th session");
}

/// Text enlarged to 200% in a window 800 pixels wide is 400 points: the side panels share
/// what the text can spare, and a panel opened where there is no room for it beside the
/// others takes their place. No panel runs over the text, and the text is not cut.
#[test]
fn side_panels_leave_enlarged_text_its_room() {
    // A resolution with a recorded vote fills the facts panel; the fixture has none.
    let file = common::corpus_file("akn/ga/75/en/75_32_E.xml").unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akn/75_1_E.excerpt.xml")
    });
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![file], data.path()), (800.0, 700.0));
    // Enlarged as a user does, key by key (Ctrl + seven times: about 190%).
    for _ in 0..7 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        harness.run();
    }
    assert!(harness.ctx.zoom_factor() > 1.6);
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::N,
    );
    harness.run();
    assert!(harness.state().show_notes);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    harness.run();
    assert!(harness.state().show_facts);
    assert!(
        !harness.state().show_notes,
        "the facts panel takes the notes panel's place"
    );
    harness.run();
    use egui::accesskit::Role;
    // The outline's entries end where the text begins; the facts panel begins after it.
    let outline_end = harness
        .query_all_by_role(Role::Button)
        .filter(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("OP1 ") || l.starts_with("PP1 "))
        })
        .map(|n| n.rect().max.x)
        .next()
        .expect("the outline's first entry");
    let facts_start = harness
        .get_by_role_and_label(Role::Heading, "Facts")
        .rect()
        .min
        .x;
    let mut seen = 0;
    for p in harness.query_all_by_role(Role::Paragraph) {
        let r = p.rect();
        seen += 1;
        assert!(
            r.min.x >= outline_end && r.max.x <= facts_start,
            "{:?} runs under a panel ({outline_end}..{facts_start}): {r:?}",
            p.accesskit_node().label()
        );
    }
    assert!(seen > 0, "no paragraph");
    // Nothing of the facts panel runs out of the window.
    let width = harness.ctx.content_rect().width();
    let facts = harness.get_by_role_and_label(Role::Heading, "Facts").rect();
    assert!(facts.max.x <= width, "{facts:?} beyond {width}");
}
