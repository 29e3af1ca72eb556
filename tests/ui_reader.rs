//! The reader window, driven like a user would: by labels, clicks and keys.

mod common;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use plenary::document::find;
use plenary::ui::App;

const SEED_TITLE: &str = "从国际安全角度促进网络空间国家负责任行为";

#[test]
fn the_sample_opens_with_its_title() {
    let data = tempfile::tempdir().unwrap();
    let harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    let title = harness.get_by_label_contains(SEED_TITLE);
    assert_eq!(title.accesskit_node().role(), Role::Heading);
    assert_eq!(harness.state().tabs.len(), 1);
    assert_eq!(
        harness.state().tabs[0].doc.meta.symbol.as_deref(),
        Some("A/RES/75/32")
    );
}

#[test]
fn pp10_has_its_three_notes_beside_it() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    let pp10 = harness.state().tabs[0].doc.find_ref("PP10").unwrap();
    harness.state_mut().tabs[0].reader.jump_to(pp10);
    harness.run();
    let paragraph = harness.get_by_label_contains("PP10: ").rect();
    let next = harness.get_by_label_contains("PP11: ").rect();
    for marker in ["1", "2", "3"] {
        let note = harness
            .get_by_label_contains(&format!("Footnote {marker}: "))
            .rect();
        assert!(
            note.min.x > paragraph.max.x,
            "note {marker} is beside the paragraph, not under it"
        );
        assert!(
            note.min.y >= paragraph.min.y - 1.0 && note.max.y <= next.min.y,
            "note {marker} sits beside PP10, before PP11: note {note:?}, PP10 {paragraph:?}, PP11 {next:?}"
        );
    }
    let first = harness.get_by_label_contains("Footnote 1: ").rect();
    assert!(
        (first.min.y - paragraph.min.y).abs() < 6.0,
        "the first note is aligned with the paragraph's first line"
    );
    let notes: Vec<_> = ["1", "2", "3"]
        .iter()
        .map(|m| {
            harness
                .get_by_label_contains(&format!("Footnote {m}: "))
                .rect()
        })
        .collect();
    assert!(
        notes[0].max.y <= notes[1].min.y + 0.5 && notes[1].max.y <= notes[2].min.y + 0.5,
        "notes never overlap"
    );
}

#[test]
fn clicking_a_footnote_marker_highlights_its_note() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    let pp10 = harness.state().tabs[0].doc.find_ref("PP10").unwrap();
    harness.state_mut().tabs[0].reader.jump_to(pp10);
    harness.run();
    harness.get_by_label("footnote 2").click();
    harness.run();
    assert_eq!(harness.state().tabs[0].reader.highlighted_footnote, Some(1));
    harness
        .get_by_label("back to footnote 2 in the text")
        .click();
    harness.run();
    assert_eq!(harness.state().tabs[0].reader.highlighted_footnote, None);

    // Highlighted again, clicking the note itself keeps it; clicking elsewhere clears it.
    harness.get_by_label("footnote 2").click();
    harness.run();
    harness.get_by_label_contains("Footnote 2: ").click();
    harness.run();
    assert_eq!(harness.state().tabs[0].reader.highlighted_footnote, Some(1));
    harness.get_by_label_contains("PP10: ").click();
    harness.run();
    assert_eq!(harness.state().tabs[0].reader.highlighted_footnote, None);
}

#[test]
fn a_citation_with_nothing_local_shows_its_card() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    assert!(harness.query_by_label("A/RES/73/266").is_none());
    let links = harness
        .get_all_by_label_contains("73/266")
        .filter(|n| n.accesskit_node().role() == Role::Link)
        .collect::<Vec<_>>();
    assert!(!links.is_empty(), "73/266 is a link in PP1");
    links[0].click();
    harness.run();
    harness.get_by_label("A/RES/73/266");
    harness.get_by_label("Open online →");
    assert_eq!(harness.state().tabs.len(), 1, "nothing was opened");
    assert!(harness.state().card.is_some());
    // Besides the network: the library, searched for the symbol.
    harness.get_by_label("Add a folder…");
    harness.get_by_label("Search the library").click();
    harness.run();
    assert!(harness.state().card.is_none());
    let view = harness
        .state()
        .library_view
        .as_ref()
        .expect("the library is shown");
    assert_eq!(view.query, "A/RES/73/266");
}

/// A folder with 75/32 and the 74/28 it cites, and the app reading 75/32 from it; None
/// without the corpus.
fn reading_75_32_beside_74_28() -> Option<(
    tempfile::TempDir,
    tempfile::TempDir,
    egui_kittest::Harness<'static, App>,
)> {
    let adopted = common::corpus_file("akn/ga/75/en/75_32_E.xml")?;
    let cited = common::corpus_file_starting("akn/ga/74/en", "74_28")?;
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(&adopted, folder.path().join("75_32_E.xml")).unwrap();
    std::fs::copy(&cited, folder.path().join(cited.file_name().unwrap())).unwrap();
    let data = tempfile::tempdir().unwrap();
    let app = common::app(vec![folder.path().join("75_32_E.xml")], data.path());
    let harness = common::harness(app, (1280.0, 800.0));
    Some((folder, data, harness))
}

#[test]
fn a_citation_in_the_same_folder_opens_in_a_new_tab() {
    let Some((_folder, _data, mut harness)) = reading_75_32_beside_74_28() else {
        return;
    };
    let link = harness
        .get_all_by_label("74/28")
        .find(|n| n.accesskit_node().role() == Role::Link)
        .unwrap();
    link.click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.tabs.len(), 2);
    assert_eq!(
        state.tabs[state.active].doc.meta.symbol.as_deref(),
        Some("A/RES/74/28")
    );
    assert!(state.card.is_none());
    harness.get_by_label("A/RES/74/28 · English");
}

#[test]
fn ctrl_f_counts_matches() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness.get_by_role(Role::TextInput).type_text("政府专家组");
    harness.run();
    let expected = find::find_all(&harness.state().tabs[0].doc, "政府专家组").len();
    assert!(
        expected > 5,
        "the seed mentions the Group of Governmental Experts often"
    );
    harness.get_by_label(&format!("1 of {expected}"));
    harness.key_press(egui::Key::F3);
    harness.run();
    harness.get_by_label(&format!("2 of {expected}"));
}

#[test]
fn an_unreadable_file_shows_a_message_and_the_rest_works() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.xml");
    std::fs::write(&bad, "<akomaNtoso><statement>").unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![bad.clone()], data.path()), (1280.0, 800.0));
    let state: &App = harness.state();
    assert_eq!(state.errors.len(), 1);
    assert!(
        state.errors[0].ends_with(&bad.display().to_string()),
        "{}",
        state.errors[0]
    );
    harness.get_by_label_contains("broken.xml");
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(harness.state().errors.is_empty());
}

#[test]
fn arabic_words_run_right_to_left() {
    let Some(path) = common::corpus_file("akn/ga/75/ar/75_32_A.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let harness = common::harness(common::app(vec![path], data.path()), (1280.0, 900.0));
    // PP1 cites 53/70 first and 54/49 second: on the same line, the first is to the right.
    let first = harness
        .get_all_by_label("53/70")
        .find(|n| n.accesskit_node().role() == Role::Link)
        .unwrap()
        .rect();
    let second = harness
        .get_all_by_label("54/49")
        .find(|n| n.accesskit_node().role() == Role::Link)
        .unwrap()
        .rect();
    assert!(
        (first.center().y - second.center().y).abs() < 4.0,
        "both on one line"
    );
    assert!(
        first.min.x > second.max.x,
        "53/70 is right of 54/49: {first:?} {second:?}"
    );
}

#[test]
fn a_pinpoint_citation_opens_the_cited_paragraph() {
    let (Some(citing), Some(cited)) = (
        common::corpus_file("akn/ga/75/en/75_209_E.xml"),
        common::corpus_file("akn/ga/74/en/74_208.xml"),
    ) else {
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(&citing, folder.path().join("75_209_E.xml")).unwrap();
    std::fs::copy(&cited, folder.path().join("74_208.xml")).unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(
        common::app(vec![folder.path().join("75_209_E.xml")], data.path()),
        (1280.0, 1000.0),
    );
    // PP7: "Recalling that, in paragraph 5 of its resolution 74/208, ..."
    let index = harness.state().tabs[0].doc.find_ref("PP7").unwrap();
    harness.state_mut().tabs[0].reader.jump_to(index);
    harness.run();
    let pp7 = harness.get_by_label_contains("PP7: ").rect();
    let link = harness
        .get_all_by_role_and_label(Role::Link, "74/208")
        .find(|n| pp7.contains(n.rect().center()))
        .expect("74/208 is a link in PP7");
    link.click();
    harness.run();
    let state = harness.state();
    let tab = &state.tabs[state.active];
    assert_eq!(tab.doc.meta.symbol.as_deref(), Some("A/RES/74/208"));
    let focus = tab.reader.focus.expect("the pinpoint paragraph is focused");
    assert_eq!(tab.doc.paragraphs[focus].reference, "OP5");
    harness.get_by_label_contains("OP5: ");
}

#[test]
fn a_narrow_window_shows_notes_as_popups() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (820.0, 800.0));
    let pp10 = harness.state().tabs[0].doc.find_ref("PP10").unwrap();
    harness.state_mut().tabs[0].reader.jump_to(pp10);
    harness.run();
    assert!(
        harness.query_by_label_contains("Footnote 1: ").is_none(),
        "no footnote column when narrow"
    );
    harness.get_by_label("footnote 1").click();
    harness.run();
    let marker = harness.get_by_label("footnote 1").rect();
    let popup = harness.get_by_label_contains("Footnote 1: ").rect();
    assert!(
        popup.min.y >= marker.max.y - 1.0,
        "the popup opens under its marker"
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label_contains("Footnote 1: ").is_none(),
        "Escape closes it"
    );
}

#[test]
fn keyboard_moves_between_paragraphs() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    harness.key_press(egui::Key::J);
    harness.run();
    let first = harness.state().tabs[0].reader.focus.unwrap();
    harness.key_press(egui::Key::J);
    harness.key_press(egui::Key::J);
    harness.run();
    assert_eq!(harness.state().tabs[0].reader.focus, Some(first + 2));
    harness.key_press(egui::Key::K);
    harness.run();
    assert_eq!(harness.state().tabs[0].reader.focus, Some(first + 1));
}

#[test]
fn two_documents_side_by_side() {
    let (Some(en), Some(fr)) = (
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
        common::corpus_file("akn/ga/75/fr/75_32_F.xml"),
    ) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![en, fr], data.path()), (1600.0, 900.0));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Show beside").hover();
    harness.run();
    // The tab has the same name; the menu entry is the one below the tab bar.
    harness
        .get_all_by_label("A/RES/75/32 · English")
        .max_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y))
        .unwrap()
        .click();
    harness.run();
    let english = harness
        .get_by_label_contains("Advancing responsible State behaviour in cyberspace")
        .rect();
    let french = harness
        .get_by_label_contains("Favoriser le comportement responsable des États")
        .rect();
    assert!(
        english.min.x > french.max.x || french.min.x > english.max.x,
        "the two texts are side by side"
    );
    assert_eq!(harness.state().split, Some(0));
}

/// What the app last put on the clipboard.
fn copied(harness: &egui_kittest::Harness<'_, App>) -> Option<String> {
    harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
}

#[test]
fn dragging_over_a_paragraph_selects_text_and_ctrl_c_copies_it() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    let pp2 = harness.get_by_label_contains("PP2: 注意到").rect();
    let (from, to) = (
        egui::pos2(pp2.min.x + 1.0, pp2.min.y + 8.0),
        egui::pos2(pp2.min.x + 120.0, pp2.min.y + 8.0),
    );
    common::drag(&mut harness, from, to);
    let selection = harness.state().tabs[0].reader.selection.clone().unwrap();
    assert!(selection.text.starts_with("注意到"), "{selection:?}");
    assert!(selection.text.chars().count() < 12, "{selection:?}");

    harness.event(egui::Event::Copy);
    harness.step();
    assert_eq!(copied(&harness).as_deref(), Some(selection.text.as_str()));

    // Escape forgets it; a new drag selects again.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.state().tabs[0].reader.selection.is_none());
    common::drag(&mut harness, from, to);
    assert!(harness.state().tabs[0].reader.selection.is_some());

    // A click elsewhere clears the selection; Ctrl+C then copies nothing.
    harness.get_by_label_contains("PP3: ").click();
    harness.run();
    assert!(harness.state().tabs[0].reader.selection.is_none());
    harness.event(egui::Event::Copy);
    harness.step();
    assert_eq!(copied(&harness), None);
}

#[test]
fn selecting_arabic_starts_at_the_right_edge() {
    let Some(path) = common::corpus_file("akn/ga/75/ar/75_32_A.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![path], data.path()), (1280.0, 900.0));
    let node = harness.get_by_label_contains("PP2: ");
    let text = node.accesskit_node().label().unwrap().to_string();
    let paragraph = text.trim_start_matches("PP2: ").to_string();
    let rect = node.rect();
    let y = rect.min.y + 8.0;
    common::drag(
        &mut harness,
        egui::pos2(rect.max.x - 1.0, y),
        egui::pos2(rect.max.x - 150.0, y),
    );
    let selection = harness.state().tabs[0].reader.selection.clone().unwrap();
    assert!(!selection.text.is_empty());
    assert!(
        paragraph.starts_with(&selection.text),
        "the logical start of PP2: {:?} of {paragraph:?}",
        selection.text
    );
}

#[test]
fn file_quit_and_ctrl_q_close_the_window() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    let closes = |harness: &egui_kittest::Harness<'_, App>| {
        harness
            .output()
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close))
    };
    harness.step();
    assert!(!closes(&harness));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Quit").click();
    harness.step();
    assert!(closes(&harness), "File › Quit");

    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    // One event, so the frame that sees it is the last one (a step takes one event).
    harness.event(egui::Event::Key {
        key: egui::Key::Q,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    });
    harness.step();
    assert!(closes(&harness), "Ctrl+Q");
}

/// Help › Keyboard shortcuts lists the keys from the same table the menus and the keyboard
/// use, each with what it does; F1 opens it too, and its close button hides it.
#[test]
fn the_shortcut_sheet_lists_the_keys() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    assert!(harness.query_by_label("J or Alt+↓").is_none());
    harness.get_by_label("Help").click();
    harness.run();
    // A menu item's label holds its key.
    harness.get_by_label("Keyboard shortcuts F1").click();
    harness.run();
    assert!(harness.state().show_shortcuts);
    for (label, keys) in [
        ("Find in document", "Ctrl+F"),
        ("Next paragraph", "J or Alt+↓"),
        ("Previous match", "Shift+F3"),
        ("Bookmark", "B"),
        ("Zoom in", "Ctrl +"),
    ] {
        harness.get_by_label(label);
        harness.get_by_label(keys);
    }
    harness.get_by_label("Move the reading focus to the next paragraph");
    // What has no key is not listed.
    assert!(harness.query_by_label("Copy citation").is_none());

    harness
        .get_by_role_and_label(Role::Button, "Close window")
        .click();
    harness.run();
    assert!(!harness.state().show_shortcuts);
    assert!(harness.query_by_label("J or Alt+↓").is_none());

    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label("J or Alt+↓");
}

/// Alt+← or Alt+→ as one event (a step takes one event, so the last frame sees it).
fn alt(harness: &mut egui_kittest::Harness<'_, App>, key: egui::Key) {
    harness.event(egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::ALT,
    });
    harness.run();
}

#[test]
fn back_and_forward_return_to_where_the_reader_was() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    let op3 = harness.state().tabs[0].doc.find_ref("OP3").unwrap();
    assert!(!harness.state().history.can_go_back());
    let start = harness.state().tabs[0].reader.top_paragraph;
    assert_eq!(start, Some(0));

    harness.get_by_label("OP3 欢迎").click();
    harness.run();
    assert_eq!(harness.state().tabs[0].reader.focus, Some(op3));

    alt(&mut harness, egui::Key::ArrowLeft);
    assert_eq!(harness.state().tabs[0].reader.focus, Some(0), "back at PP1");
    assert_eq!(harness.state().tabs[0].reader.top_paragraph, Some(0));

    harness.get_by_label("Forward").click();
    harness.run();
    assert_eq!(
        harness.state().tabs[0].reader.focus,
        Some(op3),
        "forward to OP3"
    );
    assert!(!harness.state().history.can_go_forward());
}

#[test]
fn back_returns_from_a_followed_citation_to_the_citing_document() {
    let Some((_folder, _data, mut harness)) = reading_75_32_beside_74_28() else {
        return;
    };
    harness
        .get_all_by_label("74/28")
        .find(|n| n.accesskit_node().role() == Role::Link)
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().active, 1, "74/28 opened");

    harness.get_by_label("Back").click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.active, 0);
    assert_eq!(
        state.tabs[0].doc.meta.symbol.as_deref(),
        Some("A/RES/75/32")
    );

    // A closed tab with a file comes back when going forward to it.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run_commands(&ctx, vec![plenary::ui::command::Command::CloseTab(1)]);
    assert_eq!(harness.state().tabs.len(), 1);
    alt(&mut harness, egui::Key::ArrowRight);
    let state = harness.state();
    assert_eq!(state.tabs.len(), 2);
    assert_eq!(
        state.tabs[state.active].doc.meta.symbol.as_deref(),
        Some("A/RES/74/28")
    );
}

#[test]
fn a_drag_across_paragraphs_selects_them_all() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    let pp2 = harness.get_by_label_contains("PP2: 注意到").rect();
    let pp4 = harness.get_by_label_contains("PP4: ").rect();
    // From the start of PP2 to a little way into PP4: PP2 and PP3 whole, PP4's first words.
    common::drag(
        &mut harness,
        egui::pos2(pp2.min.x + 1.0, pp2.min.y + 8.0),
        egui::pos2(pp4.min.x + 60.0, pp4.min.y + 8.0),
    );
    let doc = harness.state().tabs[0].doc.clone();
    let text = |r: &str| doc.paragraphs[doc.find_ref(r).unwrap()].text.clone();
    let selection = harness.state().tabs[0].reader.selection.clone().unwrap();
    let lines: Vec<&str> = selection.text.lines().collect();
    assert_eq!(lines.len(), 3, "{:?}", selection.text);
    assert_eq!(lines[0], text("PP2"));
    assert_eq!(lines[1], text("PP3"));
    assert!(
        text("PP4").starts_with(lines[2]) && !lines[2].is_empty(),
        "{}",
        lines[2]
    );
    assert_eq!(selection.paragraph(), doc.find_ref("PP2").unwrap());
    assert_eq!(selection.words(), None, "no single paragraph's words");

    // Upwards from PP4 to PP2 gives the same paragraphs in reading order.
    harness.key_press(egui::Key::Escape);
    harness.run();
    common::drag(
        &mut harness,
        egui::pos2(pp4.max.x - 2.0, pp4.max.y - 6.0),
        egui::pos2(pp2.min.x + 1.0, pp2.min.y + 8.0),
    );
    let selection = harness.state().tabs[0].reader.selection.clone().unwrap();
    let lines: Vec<&str> = selection.text.lines().collect();
    assert_eq!(lines, vec![text("PP2"), text("PP3"), text("PP4")]);

    harness.event(egui::Event::Copy);
    harness.step();
    assert_eq!(copied(&harness).as_deref(), Some(selection.text.as_str()));
}

#[test]
fn a_drag_held_below_the_text_scrolls_and_extends_the_selection() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 600.0));
    let pp2 = harness.get_by_label_contains("PP2: 注意到").rect();
    let from = egui::pos2(pp2.min.x + 1.0, pp2.min.y + 8.0);
    harness.hover_at(from);
    harness.run_steps(1);
    harness.drag_at(from);
    harness.run_steps(1);
    // Past the bottom of the text, over the status bar, and held there.
    harness.hover_at(egui::pos2(600.0, 595.0));
    harness.run_steps(40);
    let top = harness.state().tabs[0].reader.top_paragraph.unwrap();
    let doc = harness.state().tabs[0].doc.clone();
    assert!(top > doc.find_ref("PP5").unwrap(), "scrolled down to {top}");
    harness.drop_at(egui::pos2(600.0, 595.0));
    harness.run_steps(2);
    let selection = harness.state().tabs[0].reader.selection.clone().unwrap();
    let lines = selection.text.lines().count();
    assert!(lines > 10, "{lines} paragraphs selected");
    assert!(selection.text.starts_with("注意到"));
}

/// A resolution whose numbering restarts in each section: the outline and the margin name
/// paragraphs with their section, and Copy citation gives the form the UN uses.
#[test]
fn a_sectioned_resolution_names_paragraphs_by_section() {
    let Some(path) = common::corpus_file("akn/ga/75/en/75_253_E.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![path], data.path()), (1280.0, 800.0));
    harness.get_by_label("II OP1 Takes note").click();
    harness.run();
    let tab = &harness.state().tabs[0];
    let doc = &tab.doc;
    let focus = tab.reader.focus.unwrap();
    assert_eq!(doc.paragraphs[focus].reference, "II OP1");
    assert_eq!(doc.paragraphs[focus].number.as_deref(), Some("1"));
    // `XII OP1: Takes note…` matches too: the one scrolled to is at the top.
    harness
        .get_all_by_label_contains("II OP1: Takes note of the report")
        .min_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y))
        .unwrap()
        .click_secondary();
    harness.run();
    harness.get_by_label("Copy citation").click();
    harness.step();
    assert_eq!(
        copied(&harness).as_deref(),
        Some("resolution 75/253, section II, paragraph 1")
    );
}

/// A declaration annexed to a resolution: its numbered paragraphs are `Annex 12`, in the
/// outline and at `--goto`, and cited as the annex's paragraphs.
#[test]
fn an_annexed_declaration_has_numbered_paragraphs() {
    let Some(path) = common::corpus_file("akn/ga/78/en/A_RES_78_1_E.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![path], data.path()), (1280.0, 800.0));
    harness.get_by_label("Annex 12 We are concerned").click();
    harness.run();
    let tab = &harness.state().tabs[0];
    let doc = &tab.doc;
    let p = &doc.paragraphs[tab.reader.focus.unwrap()];
    assert_eq!(p.kind, plenary::document::ParagraphKind::Annex);
    assert_eq!(p.reference, "Annex 12");
    harness
        .get_by_label_contains("Annex 12: We are concerned")
        .click_secondary();
    harness.run();
    harness.get_by_label("Copy citation").click();
    harness.step();
    assert_eq!(
        copied(&harness).as_deref(),
        Some("resolution 78/1, annex, paragraph 12")
    );
}

/// A PDF as published opens like the XML: numbered paragraphs in the outline, a click goes
/// to one, and its footnote stands beside it.
#[test]
fn a_pdf_opens_as_numbered_paragraphs_with_footnotes() {
    let Some(path) = common::corpus_file("pdf/ga/80/en/A_RES_80_12.pdf") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![path], data.path()), (1280.0, 800.0));
    harness.run();
    {
        let doc = &harness.state().tabs[0].doc;
        assert_eq!(doc.format, plenary::document::Format::Pdf);
        assert_eq!(doc.meta.symbol.as_deref(), Some("A/RES/80/12"));
        assert_eq!(doc.footnotes.len(), 5);
    }
    harness.get_by_label_contains("OP6 Takes note").click();
    harness.run();
    let tab = &harness.state().tabs[0];
    let focus = tab.reader.focus.unwrap();
    assert_eq!(tab.doc.paragraphs[focus].reference, "OP6");
    assert_eq!(tab.doc.paragraphs[focus].footnote_refs.len(), 1);
    assert!(
        harness
            .query_all_by_label_contains("A/80/225")
            .next()
            .is_some()
    );
}

/// "Show on page": a PDF paragraph's context menu shows the page it is printed on, drawn
/// beside the text with the paragraph marked; the page follows the paragraph being read and
/// turns with the page buttons.
#[test]
fn show_on_page_draws_the_page_a_paragraph_is_printed_on() {
    let Some(path) = common::corpus_file("pdf/ga/80/en/A_RES_80_12.pdf") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![path], data.path()), (1280.0, 800.0));
    harness.get_by_label("OP3 Invites").click();
    harness.run();
    harness
        .get_all_by_label_contains("OP3: Invites Member States")
        .min_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y))
        .unwrap()
        .click_secondary();
    harness.run();
    harness.get_by_label("Show on page").click();
    // The page is drawn on a worker thread.
    for _ in 0..500 {
        harness.step();
        if harness
            .state()
            .page_view
            .as_ref()
            .is_some_and(|v| v.image.is_some() || v.error.is_some())
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    harness.run();
    {
        let view = harness
            .state()
            .page_view
            .as_ref()
            .expect("the page is shown");
        assert!(view.error.is_none(), "{:?}", view.error);
        assert!(view.image.is_some());
        assert_eq!(view.reference.as_deref(), Some("OP3"));
        assert_eq!(view.page, 2);
        assert_eq!(view.pages, Some(4));
        assert_eq!(view.marks().count(), 1);
    }
    harness.get_by_label("Page 3 of 4");
    harness.get_by_label("OP3 is marked on the page as published.");
    // Reading on: J moves to OP4, and the mark follows on the same page.
    harness.key_press(egui::Key::J);
    harness.run();
    {
        let view = harness.state().page_view.as_ref().unwrap();
        assert_eq!(view.reference.as_deref(), Some("OP4"));
        assert_eq!(view.page, 2);
    }
    harness.get_by_label("Next →").click();
    harness.run();
    assert_eq!(harness.state().page_view.as_ref().unwrap().page, 3);
    harness.get_by_label("OP4 is not on this page.");
    // Another document read: the page is put away until its own document comes back.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run_commands(&ctx, vec![plenary::ui::command::Command::OpenSample]);
    harness.run();
    assert_eq!(harness.state().active, 1);
    assert!(harness.query_by_label("Close page").is_none());
    harness.state_mut().active = 0;
    harness.run();
    harness.get_by_label("Close page").click();
    harness.run();
    assert!(harness.state().page_view.is_none());
}

/// The same command on a document that is not a PDF says why there is no page.
#[test]
fn show_on_page_explains_itself_for_a_document_without_pages() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    harness.run();
    harness.key_press(egui::Key::J);
    harness.run();
    assert!(harness.state().tabs[0].reader.focus.is_some());
    harness.key_press(egui::Key::P);
    harness.run();
    assert!(harness.state().page_view.is_none());
    assert!(
        harness
            .state()
            .notices
            .iter()
            .any(|n| n.contains("opened from a PDF")),
        "{:?}",
        harness.state().notices
    );
}

/// The sample, resolution 75/32 in Chinese: the header line above it and the citation copied
/// from it are in the document's language, whatever the interface's.
#[test]
fn the_header_and_the_citation_speak_the_documents_language() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    let header = harness.get_by_label_contains("A/RES/75/32 · 大会 · ");
    // A label keeps its text as its value.
    let label = header
        .accesskit_node()
        .value()
        .unwrap_or_default()
        .to_string();
    assert!(label.contains(" · 2020年12月7日通过 · "), "{label}");
    assert!(label.ends_with(" · 报告 A/75/394, 第 17 段"), "{label}");
    let op3 = harness.state().tabs[0].doc.find_ref("OP3").unwrap();
    harness.state_mut().tabs[0].reader.jump_to(op3);
    harness.run();
    harness.get_by_label_contains("OP3: ").click_secondary();
    harness.run();
    harness.get_by_label("Copy citation").click();
    harness.step();
    assert_eq!(copied(&harness).as_deref(), Some("第75/32号决议第3段"));
}

/// Clicking the last paragraph in the outline makes it current everywhere: the outline marks
/// it (not the paragraph the view's top stopped at, near the end of the text), the status bar
/// names it; scrolled away by the reader, the paragraph in view is current again.
#[test]
fn the_outline_and_the_status_bar_agree_on_the_paragraph_jumped_to() {
    use egui::accesskit::Toggled;
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    let doc = &harness.state().tabs[0].doc;
    let last = doc
        .paragraphs
        .iter()
        .rposition(|p| p.parent.is_none())
        .unwrap();
    let reference = doc.paragraphs[last].reference.clone();
    harness
        .get_by_label_contains(&format!("{reference} "))
        .click();
    for _ in 0..10 {
        harness.run();
    }
    assert_eq!(harness.state().tabs[0].reader.current(), Some(last));
    let marked: Vec<String> = harness
        .get_all_by_role(Role::Button)
        .filter(|n| n.accesskit_node().toggled() == Some(Toggled::True))
        .filter_map(|n| n.accesskit_node().label())
        .filter(|label| label.starts_with("PP") || label.starts_with("OP"))
        .collect();
    assert_eq!(marked.len(), 1, "{marked:?}");
    assert!(
        marked[0].starts_with(&format!("{reference} ")),
        "{marked:?}"
    );
    harness.get_by_label_contains(&format!(" · {reference}"));

    // The reader scrolls back to the top with the wheel: the first paragraph is current.
    harness.event(egui::Event::PointerMoved(egui::pos2(700.0, 400.0)));
    for _ in 0..40 {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, 400.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
        });
        harness.step();
    }
    harness.run();
    let reader = &harness.state().tabs[0].reader;
    assert_eq!(reader.focus, None);
    assert_eq!(reader.current(), Some(0));
}

/// A document reopens at the paragraph it was left at: after a restart, and after its tab was
/// closed and the file opened again; Back still leads where it led before the restart.
#[test]
fn a_document_reopens_where_it_was_left_and_back_survives_a_restart() {
    use plenary::document::Language;
    use plenary::ui::AppOptions;
    use plenary::ui::command::Command;
    use std::path::{Path, PathBuf};
    let data = tempfile::tempdir().unwrap();
    let docs = tempfile::tempdir().unwrap();
    let file = docs.path().join("75_253_E.xml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akn/75_253_E.excerpt.xml"),
        &file,
    )
    .unwrap();
    let file = std::fs::canonicalize(&file).unwrap();
    let options = |files: Vec<PathBuf>| AppOptions {
        files,
        data_dir: data.path().to_path_buf(),
        remember_session: true,
        ui_language: Some(Language::En.into()),
    };
    let mut harness = common::harness(App::new(options(vec![file.clone()])), (1280.0, 800.0));
    harness.run();
    let doc = harness.state().tabs[0].doc.clone();
    let target = doc
        .paragraphs
        .iter()
        .rposition(|p| p.parent.is_none())
        .unwrap();
    let reference = doc.paragraphs[target].reference.clone();
    let before = harness.state().tabs[0].reader.current();
    assert_ne!(before, Some(target));
    harness
        .get_by_label_contains(&format!("{reference} "))
        .click();
    for _ in 0..10 {
        harness.run();
    }
    assert_eq!(harness.state().tabs[0].reader.current(), Some(target));
    drop(harness); // the window closes; the session is saved as it goes

    let mut harness = common::harness(App::new(options(Vec::new())), (1280.0, 800.0));
    for _ in 0..10 {
        harness.run();
    }
    assert_eq!(harness.state().tabs[0].path.as_ref(), Some(&file));
    assert_eq!(
        harness.state().tabs[0].reader.current(),
        Some(target),
        "reopened at {reference}"
    );
    harness.get_by_label_contains(&format!(" · {reference}"));
    // Back leads where the outline's jump was made from.
    harness
        .get_by_label(&plenary::ui::actions::Action::Back.label())
        .click();
    for _ in 0..10 {
        harness.run();
    }
    let back_at = harness.state().tabs[0].reader.current();
    assert!(back_at < Some(target), "back at {back_at:?}");

    // Closed and opened again, the document opens where it was left.
    let ctx = harness.ctx.clone();
    harness.state_mut().run_commands(
        &ctx,
        vec![Command::JumpTo {
            tab: 0,
            paragraph: target,
        }],
    );
    harness.run();
    harness
        .state_mut()
        .run_commands(&ctx, vec![Command::CloseTab(0)]);
    harness.run();
    assert!(
        harness
            .state()
            .tabs
            .iter()
            .all(|t| t.path.as_ref() != Some(&file))
    );
    harness
        .state_mut()
        .run_commands(&ctx, vec![Command::Open(vec![file.clone()])]);
    for _ in 0..10 {
        harness.run();
    }
    let active = harness.state().active;
    assert_eq!(harness.state().tabs[active].reader.current(), Some(target));
}

/// With more tabs than the bar has room for, the active one is always shown and a menu lists
/// them all; F9 hides the outline and shows it again, as the View menu says.
#[test]
fn many_tabs_keep_the_active_one_in_view_and_f9_hides_the_outline() {
    let Some(dir) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let dir = dir.parent().unwrap().to_path_buf();
    let files: Vec<std::path::PathBuf> =
        ["75_1_E", "75_2_E", "75_3_E", "75_4_E", "75_5_E", "75_32_E"]
            .iter()
            .map(|name| dir.join(format!("{name}.xml")))
            .collect();
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(files, data.path()), (640.0, 480.0));
    harness.run();
    assert!(
        harness.query_by_label_contains("PP1 ").is_some(),
        "the outline is shown"
    );
    harness.key_press(egui::Key::F9);
    harness.run();
    assert!(!harness.state().show_outline);
    assert!(
        harness.query_by_label_contains("PP1 ").is_none(),
        "the outline is hidden"
    );
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Outline").click();
    harness.run();
    assert!(harness.state().show_outline);
    let active = harness.state().active;
    let title = harness.state().tabs[active].title();
    let tab = harness.get_by_label(&title);
    assert!(
        tab.rect().max.x <= 640.0,
        "the active tab is in view: {:?}",
        tab.rect()
    );
    let first = harness.state().tabs[0].title();
    assert!(
        harness.query_by_label(&first).is_none(),
        "the first tab has no room"
    );
    harness.get_by_label_contains("All tabs (").click();
    harness.run();
    harness.get_by_label(&first).click();
    harness.run();
    assert_eq!(harness.state().active, 0);
    let tab = harness.get_by_label(&first);
    assert!(
        tab.rect().max.x <= 640.0,
        "the tab chosen is shown: {:?}",
        tab.rect()
    );
}

/// Where the session cannot be saved (the data folder is a file), the window says so once,
/// not again at each later try while the reader reads on.
#[test]
fn a_session_that_cannot_be_saved_is_said_once() {
    use plenary::document::Language;
    use plenary::ui::AppOptions;
    let dir = tempfile::tempdir().unwrap();
    let not_a_folder = dir.path().join("not-a-folder");
    std::fs::write(&not_a_folder, "x").unwrap();
    let mut app = App::new(AppOptions {
        files: Vec::new(),
        data_dir: not_a_folder,
        remember_session: true,
        ui_language: Some(Language::En.into()),
    });
    app.dark_mode = true;
    app.save_session();
    app.dark_mode = false;
    app.save_session();
    let said = app
        .errors
        .iter()
        .filter(|e| e.starts_with("could not save the session"))
        .count();
    assert_eq!(said, 1, "{:?}", app.errors);
}

/// Where no file dialog can be shown, File › Open asks for the path in a field instead of
/// doing nothing; a wrong path says so, the right one opens.
#[test]
fn without_a_file_dialog_open_asks_for_the_path() {
    let data = tempfile::tempdir().unwrap();
    let app = common::app(vec![], data.path()).with_picker(Box::new(common::NoDialog));
    let mut harness = common::harness(app, (1280.0, 800.0));
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run_commands(&ctx, vec![plenary::ui::command::Command::ShowOpenDialog]);
    harness.run();
    harness.get_by_label_contains("No file dialog can be shown on this desktop");
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/akn/75_1_E.excerpt.xml");
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text("/no/such/file.xml");
    harness.run();
    harness.get_by_label("OK").click();
    harness.run();
    harness.get_by_label_contains("Nothing readable is at this path");
    assert_eq!(harness.state().tabs.len(), 1, "only the sample");

    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role(egui::accesskit::Role::TextInput)
        .type_text(file.to_str().unwrap());
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.state().path_prompt.is_none());
    assert_eq!(harness.state().tabs.len(), 2);
    assert_eq!(
        harness.state().tabs[1].path.as_deref(),
        Some(file.as_path())
    );
}

/// A file saved where no dialog could ask where goes beside the others, never over one.
#[test]
fn a_file_saved_without_a_dialog_never_replaces_another() {
    let dir = tempfile::tempdir().unwrap();
    let free = |name: &str| plenary::ui::app::free_name(dir.path(), name).unwrap();
    assert_eq!(free("notes.md"), dir.path().join("notes.md"));
    std::fs::write(dir.path().join("notes.md"), "mine").unwrap();
    assert_eq!(free("notes.md"), dir.path().join("notes (2).md"));
    std::fs::write(dir.path().join("notes (2).md"), "mine").unwrap();
    assert_eq!(free("notes.md"), dir.path().join("notes (3).md"));
    std::fs::write(dir.path().join("README"), "mine").unwrap();
    assert_eq!(free("README"), dir.path().join("README (2)"));
}

/// Hovering an "Ibid." footnote shows the footnote it repeats.
#[test]
fn an_ibid_footnote_shows_the_one_it_repeats_on_hover() {
    let Some(file) = common::corpus_file("akn/ga/75/en/75_172_E.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![file], data.path()), (1400.0, 900.0));
    let doc = harness.state().tabs[0].doc.clone();
    let eight = doc.footnotes.iter().position(|f| f.marker == "8").unwrap();
    let paragraph = doc
        .paragraph_index(&doc.footnotes[eight].referenced_from[0])
        .unwrap();
    let ctx = harness.ctx.clone();
    harness.state_mut().run_commands(
        &ctx,
        vec![plenary::ui::command::Command::JumpTo { tab: 0, paragraph }],
    );
    for _ in 0..10 {
        harness.run();
    }
    harness
        .get_by_label_contains("Footnote 8: Ibid., advisory opinion")
        .hover();
    for _ in 0..3 {
        harness.run();
    }
    harness.get_by_label("Ibid.: footnote 7, “See A/ES-10/273 and A/ES-10/273/Corr.1.”");
}

/// Each side panel shows and hides with one key: F9 the outline, Ctrl+Shift+N the notes,
/// Ctrl+I the facts, Ctrl+Shift+R Cited by.
#[test]
fn each_side_panel_toggles_with_one_key() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1280.0, 800.0));
    let ctrl_shift = egui::Modifiers::COMMAND | egui::Modifiers::SHIFT;
    let panels = |h: &egui_kittest::Harness<'_, plenary::ui::App>| {
        let s = h.state();
        (s.show_outline, s.show_notes, s.show_facts, s.show_cited_by)
    };
    assert_eq!(panels(&harness), (true, false, false, false));
    harness.key_press(egui::Key::F9);
    harness.run();
    harness.key_press_modifiers(ctrl_shift, egui::Key::N);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    harness.run();
    harness.key_press_modifiers(ctrl_shift, egui::Key::R);
    harness.run();
    assert_eq!(panels(&harness), (false, true, true, true));
    harness.key_press_modifiers(ctrl_shift, egui::Key::R);
    harness.run();
    assert!(!harness.state().show_cited_by);
}
