//! Every feature from the keyboard alone, as a user without a mouse (or with a screen reader)
//! reaches it: the outline's arrow keys, F6 between panes, the notes panel's Edit, Delete
//! and Undo, the comparison's changes, and a library search's results. Focus is read from
//! the accessible tree, as a screen reader reads it.

mod common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use plenary::ui::App;

type Harness = egui_kittest::Harness<'static, App>;

/// The name of the widget with the keyboard's focus, if any.
fn focused(harness: &Harness) -> Option<String> {
    harness
        .query_by(|n| n.is_focused())
        .map(|n| n.accesskit_node().label().unwrap_or_default())
}

/// The first paragraph of the first tab, as a screen reader names it.
fn first_paragraph(harness: &Harness) -> String {
    let p = &harness.state().tabs[0].doc.paragraphs[0];
    format!("{}: {}", p.reference, p.text)
}

fn press(harness: &mut Harness, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// The library view over a folder of small resolutions (`75/{number}`, titled), scanned; and
/// the folders it needs kept.
fn library_of(resolutions: &[(u32, &str)], size: (f32, f32)) -> ([tempfile::TempDir; 2], Harness) {
    let library = tempfile::tempdir().unwrap();
    for (number, title) in resolutions {
        std::fs::write(
            library.path().join(format!("75_{number}.md")),
            common::small_resolution(*number, title),
        )
        .unwrap();
    }
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(
        common::app(vec![], data.path())
            .with_picker(Box::new(common::PickFolder(library.path().to_path_buf()))),
        size,
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run();
    harness.get_by_label("Add folder…").click();
    harness.run();
    common::wait_for_scan(&mut harness);
    ([library, data], harness)
}

/// A resolution long enough that most of its outline is out of view: 20 preambular and 60
/// operative paragraphs.
fn long_resolution(dir: &std::path::Path) -> std::path::PathBuf {
    let mut text = String::from(
        "United Nations A/RES/75/900\n\nGeneral Assembly\n\n75/900. A long resolution\n\n\
         The General Assembly,\n\n",
    );
    for k in 1..=20 {
        text.push_str(&format!(
            "Recalling its resolution 70/{k} of 1 December 2015,\n\n"
        ));
    }
    for k in 1..=60 {
        text.push_str(&format!(
            "{k}. Decides on item number {k} of the agenda;\n\n"
        ));
    }
    let path = dir.join("75_900.md");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn the_outline_is_walked_with_arrow_keys_and_enter_takes_the_keyboard_to_the_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let file = long_resolution(dir.path());
    let mut harness = common::harness(common::app(vec![file], dir.path()), (1000.0, 500.0));
    let doc = harness.state().tabs[0].doc.clone();
    assert_eq!(
        doc.paragraphs.len(),
        80,
        "the test text reads as 80 paragraphs"
    );
    // The outline's entries read "PP1 Recalling its resolution", "OP6 Decides on item".
    let on = |harness: &Harness, reference: &str| {
        let name = focused(harness).unwrap_or_default();
        assert!(
            name.starts_with(&format!("{reference} ")),
            "the keyboard is on {name:?}, not on {reference}'s entry"
        );
    };
    harness.get_by_label_contains("PP1 Recalling").focus();
    harness.run();
    on(&harness, "PP1");
    // Down through the preamble and across the "Operative part" heading, far out of view.
    for _ in 0..25 {
        press(&mut harness, Key::ArrowDown);
    }
    on(&harness, "OP6");
    press(&mut harness, Key::ArrowUp);
    on(&harness, "OP5");
    press(&mut harness, Key::PageDown);
    let name = focused(&harness).unwrap_or_default();
    let number: usize = name
        .strip_prefix("OP")
        .and_then(|n| n.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(number > 10, "a page on from OP5: {name:?}");
    press(&mut harness, Key::End);
    on(&harness, "OP60");
    press(&mut harness, Key::Home);
    on(&harness, "PP1");
    press(&mut harness, Key::End);
    // Enter jumps there, and the keyboard goes on to the paragraph itself.
    press(&mut harness, Key::Enter);
    harness.run();
    let last = &doc.paragraphs[79];
    assert_eq!(
        focused(&harness),
        Some(format!("{}: {}", last.reference, last.text))
    );
    assert_eq!(harness.state().tabs[0].reader.current(), Some(79));
    // N writes a note on it.
    press(&mut harness, Key::N);
    harness.get_by_label_contains("New note on OP60");
}

#[test]
fn a_screen_reader_reads_the_whole_outline_and_reaches_an_entry_out_of_view() {
    let dir = tempfile::tempdir().unwrap();
    let file = long_resolution(dir.path());
    let mut harness = common::harness(common::app(vec![file], dir.path()), (1000.0, 500.0));
    let entries: Vec<String> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.ends_with("Recalling its resolution") || l.ends_with("Decides on item"))
        .collect();
    assert_eq!(entries.len(), 80, "{entries:?}");
    assert_eq!(entries[79], "OP60 Decides on item");
    harness.get_by_label("Operative part");
    // The screen reader moves to the last entry: it comes into view, focused, and works.
    harness.get_by_label("OP60 Decides on item").focus();
    harness.run();
    assert_eq!(focused(&harness).as_deref(), Some("OP60 Decides on item"));
    assert!(
        harness
            .get_by_label("OP60 Decides on item")
            .rect()
            .intersects(harness.ctx.content_rect()),
        "the entry is in view"
    );
    press(&mut harness, Key::Enter);
    harness.run();
    assert_eq!(harness.state().tabs[0].reader.current(), Some(79));
    // The title, scrolled far out of view, is still read as the document's heading.
    let title = harness
        .query_all_by_role(Role::Heading)
        .filter_map(|n| n.accesskit_node().label())
        .find(|l| l.contains("A long resolution"));
    assert!(title.is_some(), "the title is not read once scrolled away");
    assert!(
        harness.state().tabs[0].reader.top_paragraph > Some(40),
        "the text is scrolled to its end"
    );
}

#[test]
fn f6_moves_the_keyboard_between_the_outline_the_text_and_the_notes_panel() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    harness.run();
    let pp1 = first_paragraph(&harness);
    press(&mut harness, Key::F6);
    assert_eq!(focused(&harness), Some(pp1.clone()), "F6 goes to the text");
    press(&mut harness, Key::F6);
    harness.run();
    assert!(
        harness.ctx.text_edit_focused(),
        "F6 goes on to the notes panel's filter, where typing filters"
    );
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F6);
    harness.run();
    assert_eq!(focused(&harness), Some(pp1), "Shift+F6 goes back");
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F6);
    harness.run();
    harness.run();
    let outline = focused(&harness).unwrap_or_default();
    assert!(
        outline.starts_with("PP1"),
        "then to the outline's entry of the paragraph read: {outline:?}"
    );
}

#[test]
fn a_note_is_edited_deleted_and_brought_back_from_the_notes_panel() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    press(&mut harness, Key::J);
    press(&mut harness, Key::N);
    harness
        .get_by_role(Role::MultilineTextInput)
        .type_text("Ask about the 2019 list");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    assert_eq!(harness.state().tabs[0].notes.all().len(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    harness.run();

    // Edit, from the keyboard: the editor opens on the note, with its words.
    harness.get_by_label("Edit note on PP1").focus();
    harness.run();
    press(&mut harness, Key::Enter);
    harness.get_by_label_contains("Note on PP1");
    assert_eq!(
        harness.state().tabs[0].notes.all()[0].text,
        "Ask about the 2019 list"
    );
    press(&mut harness, Key::Escape);
    assert!(harness.state().editor.is_none(), "Escape closes the editor");

    // Delete: the note goes, and the keyboard is on Undo, which brings it back.
    harness.get_by_label("Delete note on PP1").focus();
    harness.run();
    press(&mut harness, Key::Enter);
    harness.run();
    assert!(harness.state().tabs[0].notes.all().is_empty());
    assert_eq!(focused(&harness).as_deref(), Some("Undo"));
    press(&mut harness, Key::Enter);
    harness.run();
    assert_eq!(harness.state().tabs[0].notes.all().len(), 1);
    let pp1 = first_paragraph(&harness);
    assert_eq!(
        focused(&harness),
        Some(pp1),
        "the keyboard goes to the note's paragraph"
    );

    // Ctrl+Z brings back a note deleted too.
    harness.get_by_label("Delete note on PP1").focus();
    harness.run();
    press(&mut harness, Key::Enter);
    assert!(harness.state().tabs[0].notes.all().is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().tabs[0].notes.all().len(), 1);

    // Enter on the note's line goes to its paragraph, keyboard and all.
    harness
        .get_by_label_contains("Ask about the 2019 list")
        .focus();
    harness.run();
    press(&mut harness, Key::Enter);
    harness.run();
    assert!(focused(&harness).is_some_and(|f| f.starts_with("PP1: ")));
}

#[test]
fn the_changes_are_read_and_reached_from_the_keyboard() {
    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![old, new], data.path()), (1400.0, 700.0));
    let ctx = harness.ctx.clone();
    harness.state_mut().run_commands(
        &ctx,
        vec![plenary::ui::command::Command::Compare {
            old: 0,
            new: 1,
            mode: plenary::ui::compare::Mode::Changes,
        }],
    );
    harness.run();
    // Every row, in view or not, with its words; changed words said as deleted or inserted.
    let rows: Vec<String> = harness
        .query_all_by_role(Role::Row)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    let cmp = harness.state().compare.as_ref().unwrap();
    let compared = cmp.result.as_ref().unwrap().rows.len();
    assert_eq!(rows.len(), compared, "every compared row is told");
    assert!(
        rows.iter().any(|r| r.starts_with("OP5 → OP7 changed: ")),
        "the renumbered paragraph, with both its numbers: {rows:#?}"
    );
    assert!(rows.iter().any(|r| r.contains("[deleted: ")), "{rows:#?}");
    assert!(rows.iter().any(|r| r.contains("[inserted: ")), "{rows:#?}");

    // F7: the keyboard goes to the next change's row.
    press(&mut harness, Key::F7);
    harness.run();
    let first = focused(&harness).unwrap_or_default();
    assert!(first.starts_with("PP1 changed: "), "{first}");
    press(&mut harness, Key::F7);
    harness.run();
    let second = focused(&harness).unwrap_or_default();
    assert!(
        second.contains(" changed: ") || second.contains(" added: "),
        "{second}"
    );
    assert_ne!(first, second);
    // Shift+F7: back to the first (not on to a third).
    harness.key_press_modifiers(Modifiers::SHIFT, Key::F7);
    harness.run();
    assert_eq!(focused(&harness), Some(first));

    // Enter on an entry of the list of changes: the same.
    harness.get_by_label("OP5 -> OP7 changed").focus();
    harness.run();
    press(&mut harness, Key::Enter);
    harness.run();
    let row = focused(&harness).unwrap_or_default();
    assert!(row.starts_with("OP5 → OP7 changed: "), "{row}");

    // F6 goes between the rows and the list of changes, each time to the current change.
    press(&mut harness, Key::F6);
    assert_eq!(
        focused(&harness),
        Some(row.clone()),
        "the first F6: the rows"
    );
    press(&mut harness, Key::F6);
    assert_eq!(focused(&harness).as_deref(), Some("OP5 -> OP7 changed"));
    press(&mut harness, Key::F6);
    assert_eq!(focused(&harness), Some(row));

    // Closed from the keyboard, the keyboard is back in the text.
    harness.get_by_label("Close").focus();
    harness.run();
    press(&mut harness, Key::Enter);
    harness.run();
    assert!(harness.state().compare.is_none());
    let back = focused(&harness).unwrap_or_default();
    assert!(back.starts_with("PP") || back.starts_with("OP"), "{back:?}");
}

#[test]
fn a_library_search_result_is_one_stop_that_says_its_words() {
    let (_dirs, mut harness) = library_of(&[(31, "Oceans"), (32, "Cyberspace")], (1400.0, 900.0));
    // Opened again (Ctrl+L twice), the library gives its search field the keyboard.
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
        harness.run();
    }
    assert!(harness.ctx.text_edit_focused());
    harness
        .get_all_by_role(Role::TextInput)
        .next()
        .expect("the search field comes first")
        .type_text("seized of the matter");
    harness.run();
    press(&mut harness, Key::Enter);
    harness.run();
    harness.get_by_label("2 results");
    let hits: Vec<(String, String)> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|n| {
            let node = n.accesskit_node();
            Some((node.label()?, node.description().unwrap_or_default()))
        })
        .filter(|(l, _)| l.starts_with("A/RES/75/3") && l.contains(" · en · "))
        .collect();
    assert_eq!(hits.len(), 2, "{hits:?}");
    assert!(
        hits.iter().all(|(_, d)| d.contains("seized of the matter")),
        "each result says its words: {hits:?}"
    );
    let hits: Vec<String> = hits.into_iter().map(|(l, _)| l).collect();
    // The keyboard is still in the field; Tab goes on, past the search's options, to the
    // first result.
    assert!(harness.ctx.text_edit_focused());
    let mut tabs = 0;
    while !focused(&harness).is_some_and(|f| f.contains(" · en · ")) {
        tabs += 1;
        assert!(
            tabs < 8,
            "Tab does not reach the results: {:?}",
            focused(&harness)
        );
        press(&mut harness, Key::Tab);
    }
    // Enter on it opens its file at its paragraph.
    let first = focused(&harness).unwrap();
    assert_eq!(first, hits[0]);
    press(&mut harness, Key::Enter);
    harness.run();
    assert!(harness.state().library_view.is_none(), "back to reading");
    let state = harness.state();
    let tab = &state.tabs[state.active];
    assert!(first.starts_with(tab.doc.meta.symbol.as_deref().unwrap_or("?")));
    let op2 = tab.doc.find_ref("OP2").unwrap();
    let op2 = format!("OP2: {}", tab.doc.paragraphs[op2].text);
    assert_eq!(
        focused(&harness),
        Some(op2),
        "the keyboard is on the paragraph found"
    );
}

#[test]
fn escape_closes_the_keyboard_shortcuts_and_the_keyboard_goes_back_to_the_text() {
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    press(&mut harness, Key::F1);
    assert!(harness.state().show_shortcuts);
    // The sheet lists the keys added for the keyboard alone.
    harness.get_by_label("Next pane");
    harness.get_by_label("Undo note deletion");
    press(&mut harness, Key::Escape);
    harness.run();
    assert!(!harness.state().show_shortcuts);
    let pp1 = first_paragraph(&harness);
    assert_eq!(focused(&harness), Some(pp1));
}

#[test]
fn in_parallel_reading_f6_takes_the_keyboard_to_the_rows_which_say_both_languages() {
    let (Some(english), Some(french)) = (
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
        common::corpus_file("akn/ga/75/fr/75_32_F.xml"),
    ) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = common::harness(
        common::app(vec![english, french], data.path()),
        (1400.0, 700.0),
    );
    let ctx = harness.ctx.clone();
    harness.state_mut().run_commands(
        &ctx,
        vec![plenary::ui::command::Command::Compare {
            old: 0,
            new: 1,
            mode: plenary::ui::compare::Mode::Parallel,
        }],
    );
    harness.run();
    press(&mut harness, Key::F6);
    let row = focused(&harness).unwrap_or_default();
    assert!(
        row.starts_with("PP1: English: ") && row.contains(" — Français: "),
        "{row}"
    );
    // Tab goes on row by row.
    press(&mut harness, Key::Tab);
    let next = focused(&harness).unwrap_or_default();
    assert!(next.starts_with("PP2: English: "), "{next}");
}

#[test]
fn the_library_table_is_walked_with_arrow_keys_past_the_rows_in_view() {
    let titles: Vec<(u32, String)> = (1..=40)
        .map(|number| (number, format!("Subject number {number}")))
        .collect();
    let titles: Vec<(u32, &str)> = titles.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let (_dirs, mut harness) = library_of(&titles, (1200.0, 600.0));
    let symbols: Vec<String> = harness
        .state()
        .library_view
        .as_ref()
        .unwrap()
        .rows
        .iter()
        .filter_map(|r| r.symbol.clone())
        .collect();
    assert!(symbols.len() >= 40, "{symbols:?}");
    harness.get_by_label(&symbols[0]).focus();
    harness.run();
    press(&mut harness, Key::ArrowDown);
    assert_eq!(focused(&harness).as_ref(), Some(&symbols[1]));
    // The last row is far out of view: End reaches it.
    assert!(harness.query_by_label(symbols.last().unwrap()).is_none());
    press(&mut harness, Key::End);
    assert_eq!(focused(&harness).as_ref(), symbols.last());
    press(&mut harness, Key::PageUp);
    let up = focused(&harness).unwrap_or_default();
    let at = symbols.iter().position(|s| *s == up).unwrap();
    assert!(at < symbols.len() - 5, "a page up from the last: {up}");
    // Enter opens it, the keyboard in its text.
    press(&mut harness, Key::Enter);
    harness.run();
    assert!(harness.state().library_view.is_none());
    let state = harness.state();
    assert_eq!(state.tabs[state.active].doc.meta.symbol.as_ref(), Some(&up));
    assert!(focused(&harness).is_some_and(|f| f.starts_with("PP1: ")));
}
