//! The library in the window: a folder added and scanned, the table, a search that opens the
//! document at the paragraph, citations both ways.

mod common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use plenary::ui::App;
use std::path::{Path, PathBuf};

/// A folder with 75/32, 74/28 and 75/209 (English), or None without the corpus.
fn fixture() -> Option<tempfile::TempDir> {
    let files = [
        common::corpus_file("akn/ga/75/en/75_32_E.xml")?,
        common::corpus_file("akn/ga/74/en/74_28.xml")?,
        common::corpus_file("akn/ga/75/en/75_209_E.xml")?,
    ];
    let dir = tempfile::tempdir().unwrap();
    for f in files {
        std::fs::copy(&f, dir.path().join(f.file_name().unwrap())).unwrap();
    }
    Some(dir)
}

/// The active tab shows `symbol`, with the reading focus on paragraph `reference`.
fn assert_reading(harness: &Harness<'static, App>, symbol: &str, reference: &str) {
    let state = harness.state();
    let tab = &state.tabs[state.active];
    assert_eq!(tab.doc.meta.symbol.as_deref(), Some(symbol));
    assert_eq!(
        tab.reader
            .focus
            .map(|p| tab.doc.paragraphs[p].reference.as_str()),
        Some(reference)
    );
}

fn library_with(folder: &Path, data: &Path) -> Harness<'static, App> {
    let app =
        common::app(vec![], data).with_picker(Box::new(common::PickFolder(folder.to_path_buf())));
    let mut harness = common::harness(app, (1400.0, 900.0));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    harness.get_by_label("Add folder…").click();
    harness.run();
    common::wait_for_scan(&mut harness);
    harness
}

#[test]
fn a_folder_is_listed_and_a_search_opens_the_paragraph() {
    let Some(folder) = fixture() else { return };
    let data = tempfile::tempdir().unwrap();
    let mut harness = library_with(folder.path(), data.path());
    for symbol in ["A/RES/75/32", "A/RES/74/28", "A/RES/75/209"] {
        harness.get_by_role_and_label(Role::Button, symbol);
    }
    harness.get_by_label("3 resolutions · 3 files");

    let search = harness
        .get_all_by_role(Role::TextInput)
        .next()
        .expect("the search field comes first");
    search.focus();
    harness.run();
    harness
        .get_all_by_role(Role::TextInput)
        .next()
        .unwrap()
        .type_text("coronavirus disease");
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("A/RES/75/32 · en · OP5").click();
    harness.run();
    assert!(harness.state().library_view.is_none(), "back to reading");
    assert_reading(&harness, "A/RES/75/32", "OP5");
    // The words found are highlighted in the document, the current one in OP5.
    let state = harness.state();
    let tab = &state.tabs[state.active];
    assert!(tab.find.open);
    let op5 = tab.doc.find_ref("OP5").unwrap();
    let current = &tab.find.matches[tab.find.current.expect("a current match")];
    assert_eq!(
        current.place,
        plenary::document::find::MatchPlace::Paragraph(op5)
    );
    let found: Vec<&str> = tab
        .find
        .matches
        .iter()
        .filter(|m| m.place == plenary::document::find::MatchPlace::Paragraph(op5))
        .map(|m| &tab.doc.paragraphs[op5].text[m.range.clone()])
        .collect();
    assert_eq!(found, ["coronavirus", "disease"], "each word on its own");
}

#[test]
fn citations_open_from_the_library_and_cited_by_lists_the_citing_paragraph() {
    let Some(folder) = fixture() else { return };
    let data = tempfile::tempdir().unwrap();
    let mut harness = library_with(folder.path(), data.path());
    harness.get_by_label("Close").click();
    harness.run();
    // The sample (Chinese) cites 74/28; the library has only the English text: it opens, and
    // the window says so.
    let link = harness
        .get_all_by_role_and_label(Role::Link, "74/28")
        .next()
        .expect("PP1 cites 74/28");
    link.click();
    harness.run();
    let state = harness.state();
    assert_eq!(
        state.tabs[state.active].doc.meta.symbol.as_deref(),
        Some("A/RES/74/28")
    );
    assert!(
        state
            .notices
            .iter()
            .any(|n| n.contains("opened in English")),
        "{:?}",
        state.notices
    );

    // Cited by: 74/28 is cited by PP1 of 75/32.
    harness.get_by_label("Library").click();
    harness.run();
    harness.get_by_label("Cited by panel").click();
    harness.run();
    harness.get_by_label("A/RES/75/32 · en · PP1").click();
    harness.run();
    assert_reading(&harness, "A/RES/75/32", "PP1");
}

#[test]
fn the_library_survives_a_restart() {
    let Some(folder) = fixture() else { return };
    let data = tempfile::tempdir().unwrap();
    drop(library_with(folder.path(), data.path()));
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "A/RES/75/32");
}

#[test]
fn a_damaged_library_cache_is_rebuilt_on_start() {
    let Some(folder) = fixture() else { return };
    let data = tempfile::tempdir().unwrap();
    drop(library_with(folder.path(), data.path()));
    // Garble the cache (the catalog and the index's metadata), not the list of folders.
    let cache = data.path().join("library/cache");
    for file in [cache.join("catalog.json"), cache.join("index/meta.json")] {
        assert!(file.is_file(), "the library keeps {}", file.display());
        std::fs::write(&file, b"\x00garbage{").unwrap();
    }
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    common::wait_for_scan(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "A/RES/75/32");
}

#[test]
fn files_added_while_the_window_was_closed_are_found_on_start() {
    let (Some(folder), Some(new_file)) =
        (fixture(), common::corpus_file("akn/ga/75/en/75_240_E.xml"))
    else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    drop(library_with(folder.path(), data.path()));
    let up_to_date = |harness: &Harness<'static, App>| {
        harness
            .state()
            .notices
            .iter()
            .find(|n| n.starts_with("Library up to date"))
            .cloned()
    };

    // Nothing changed: the check on start says nothing.
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    common::wait_for_scan(&mut harness);
    assert_eq!(up_to_date(&harness), None);
    drop(harness);

    // A resolution copied into the folder while the window was closed.
    std::fs::copy(&new_file, folder.path().join("75_240_E.xml")).unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    common::wait_for_scan(&mut harness);
    assert_eq!(
        up_to_date(&harness).as_deref(),
        Some("Library up to date: 4 files, 1 read, 3 unchanged")
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "A/RES/75/240");
    drop(harness);

    // The folder is gone (a USB stick taken out): said once, its documents kept.
    let moved = tempfile::tempdir().unwrap();
    std::fs::rename(folder.path(), moved.path().join("away")).unwrap();
    let mut harness = common::harness(common::app(vec![], data.path()), (1400.0, 900.0));
    common::wait_for_scan(&mut harness);
    assert!(
        harness
            .state()
            .notices
            .iter()
            .any(|n| n.starts_with("A library folder is not available now")),
        "{:?}",
        harness.state().notices
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "A/RES/75/240");
}

#[test]
fn files_copied_in_while_the_window_was_in_the_background_appear_when_it_comes_back() {
    let (Some(folder), Some(new_file)) =
        (fixture(), common::corpus_file("akn/ga/75/en/75_240_E.xml"))
    else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut harness = library_with(folder.path(), data.path());
    assert!(harness.query_by_label("A/RES/75/240").is_none());

    harness.event(egui::Event::WindowFocused(false));
    harness.run();
    std::fs::copy(&new_file, folder.path().join("75_240_E.xml")).unwrap();
    harness.event(egui::Event::WindowFocused(true));
    harness.step();
    assert!(
        harness.state().scan.is_some(),
        "coming back checks the library"
    );
    common::wait_for_scan(&mut harness);
    harness.get_by_role_and_label(Role::Button, "A/RES/75/240");
}

/// A folder of three small hand-made resolutions (75/1 to 75/3), and a data folder whose
/// library holds them, scanned.
fn hand_made_library() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    for (number, title) in [(1, "Alpha"), (2, "Beta"), (3, "Gamma")] {
        std::fs::write(
            docs.join(format!("75_{number}.md")),
            common::small_resolution(number, title),
        )
        .unwrap();
    }
    let data = dir.path().join("data");
    let library = plenary::library::Library::open(&data).unwrap();
    library.add_folders(&[docs]).unwrap();
    assert_eq!(library.scan(|_| {}).unwrap().documents, 3);
    (dir, data)
}

#[test]
fn a_cache_made_by_the_previous_version_is_rebuilt_quietly_on_start() {
    let (_dir, data) = hand_made_library();
    common::make_cache_version(&data, 1);
    let mut harness = common::harness(common::app(vec![], &data), (1400.0, 900.0));
    common::wait_for_scan(&mut harness);
    assert!(
        harness.state().errors.is_empty(),
        "nothing is wrong: {:?}",
        harness.state().errors
    );
    assert!(
        harness
            .state()
            .notices
            .iter()
            .any(|n| n.starts_with("Library up to date: 3 files, 3 read")),
        "every file read again: {:?}",
        harness.state().notices
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "A/RES/75/2");
}

#[cfg(unix)]
#[test]
fn entries_that_cannot_be_read_are_listed_in_the_library_view() {
    let dir = tempfile::tempdir().unwrap();
    let (docs, expected) = common::folder_with_odd_entries(dir.path());
    let data = dir.path().join("data");
    let mut harness = library_with(&docs, &data);
    common::unlock(&docs);
    harness
        .get_by_label_contains(&format!("{} files could not be read", expected.len()))
        .click();
    harness.run();
    for (path, word) in &expected {
        // A label's text is its accessible value.
        let label = harness
            .get_by_label_contains(&format!(": {}", path.display()))
            .accesskit_node()
            .value()
            .unwrap_or_default();
        assert!(label.contains(word), "{label:?} should say {word:?}");
    }
}
