//! The facts panel, driven by labels: 75/32's vote with every state in its column, the
//! user's own country marked, the sponsors and the draft.

mod common;

use egui_kittest::kittest::Queryable;

#[test]
fn the_facts_of_75_32_show_its_vote_sponsors_and_draft() {
    let Some(path) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let app = common::app(vec![path], data.path());
    let mut harness = common::harness(app, (1400.0, 1200.0));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Votes and sponsors").click();
    harness.run();
    assert!(harness.state().show_facts);
    harness.get_by_label("Adopted by a recorded vote: 163–10–7");
    harness.get_by_label("+ In favour 163");
    harness.get_by_label("− Against 10");
    harness.get_by_label("○ Abstaining 7");
    harness.get_by_label("Sponsors (45)");
    harness.get_by_label("Additional sponsors (9)");

    // Every state in the right column: found by name.
    harness.state_mut().facts.filter = "china".into();
    harness.run();
    harness.get_by_label("China: Against");
    harness.state_mut().facts.filter = "lao".into();
    harness.run();
    harness.get_by_label("Lao People’s Democratic Republic: Abstaining");
    harness.state_mut().facts.filter.clear();

    // The user's own country, said with its vote.
    harness.state_mut().facts.my_country = "canada".into();
    harness.run();
    harness.get_by_label("canada: + In favour");

    // The draft opens from the library or shows its card.
    harness.get_by_label("A/C.1/75/L.4").click();
    harness.run();
    assert!(harness.state().card.is_some(), "the draft's card is shown");
}

#[test]
fn a_resolution_adopted_without_a_vote_says_so() {
    let Some(dir) = common::corpus_file("akn/ga/75/en/75_1_E.xml") else {
        return;
    };
    let doc = plenary::parse::parse_file(&dir).unwrap();
    let Some(votes) = doc.meta.votes.clone() else {
        eprintln!("skipping: 75/1 records no vote");
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut app = common::app(vec![dir], data.path());
    app.show_facts = true;
    let harness = common::harness(app, (1400.0, 900.0));
    harness.get_by_label_contains(&plenary::ui::facts::outcome_text(&votes));
}

/// A folder holding copies of `files`, and a data folder whose library has scanned it.
fn library_of(files: &[&std::path::PathBuf]) -> (tempfile::TempDir, tempfile::TempDir) {
    let folder = tempfile::tempdir().unwrap();
    for f in files {
        std::fs::copy(f, folder.path().join(f.file_name().unwrap())).unwrap();
    }
    let data = tempfile::tempdir().unwrap();
    let added = common::plenary(
        data.path(),
        &["library", "add", folder.path().to_str().unwrap()],
    );
    assert!(added.status.success(), "{}", common::stderr(&added));
    (folder, data)
}

/// With the library: the history of the text lists 74/28 before 75/32, each with its vote,
/// and one click compares 75/32 with it.
#[test]
fn the_history_of_75_32_compares_with_74_28_in_one_click() {
    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let (folder, data) = library_of(&[&old, &new]);
    let mut app = common::app(vec![folder.path().join("75_32_E.xml")], data.path());
    app.show_facts = true;
    let mut harness = common::harness(app, (1400.0, 1400.0));
    harness.get_by_label("History of the text");
    harness.get_by_label_contains("A/RES/74/28 · 2019-12-12");
    harness.get_by_label_contains("A/RES/75/32 · 2020-12-07 · 163–10–7");
    harness.get_by_label("Compare with previous").click();
    harness.run();
    let compare = harness
        .state()
        .compare
        .as_ref()
        .expect("the comparison opens");
    assert_eq!(compare.old.meta.symbol.as_deref(), Some("A/RES/74/28"));
    assert_eq!(compare.new.meta.symbol.as_deref(), Some("A/RES/75/32"));
}

/// View › Compare with offers the library's other editions of the open text (not only open
/// tabs), and Read in parallel its other language versions.
#[test]
fn the_view_menu_offers_the_librarys_editions_and_language_versions() {
    let (Some(old), Some(new), Some(french)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
        common::corpus_file("akn/ga/75/fr/75_32_F.xml"),
    ) else {
        return;
    };
    let (folder, data) = library_of(&[&old, &new, &french]);
    let app = common::app(vec![folder.path().join("75_32_E.xml")], data.path());
    let mut harness = common::harness(app, (1400.0, 900.0));
    let open_view_menu = |harness: &mut egui_kittest::Harness<'static, plenary::ui::App>| {
        harness.get_by_label("View").click();
        harness.run();
    };
    open_view_menu(&mut harness);
    harness.get_by_label("Compare with").hover();
    harness.run();
    harness.get_by_label("In the library");
    harness.get_by_label("A/RES/74/28 · 2019-12-12").click();
    harness.run();
    let compare = harness.state().compare.as_ref().expect("compared");
    assert_eq!(compare.old.meta.symbol.as_deref(), Some("A/RES/74/28"));
    assert_eq!(compare.new.meta.symbol.as_deref(), Some("A/RES/75/32"));
    assert_eq!(harness.state().tabs.len(), 2);

    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run_commands(&ctx, vec![plenary::ui::command::Command::CloseCompare]);
    harness.state_mut().active = 0;
    harness.run();
    open_view_menu(&mut harness);
    harness.get_by_label("Read in parallel with").hover();
    harness.run();
    harness.get_by_label("Français").click();
    harness.run();
    let compare = harness.state().compare.as_ref().expect("read in parallel");
    assert_eq!(compare.mode, plenary::ui::compare::Mode::Parallel);
    assert_eq!(
        compare.old.meta.language,
        Some(plenary::document::Language::En)
    );
    assert_eq!(
        compare.new.meta.language,
        Some(plenary::document::Language::Fr)
    );
}
