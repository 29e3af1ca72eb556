//! A Word draft with tracked changes and comments, driven by labels: it opens on its
//! changes, Show switches between the text before, both, and after; its comments sit
//! beside their paragraph and go into the user's notes; a redline is saved as a Word file.

mod common;

use egui_kittest::kittest::{NodeT, Queryable};
use plenary::ui::compare::Show;

/// Whether the comparison has a row for paragraph `reference` (read as "OP2: …").
fn has_row(harness: &egui_kittest::Harness<'static, plenary::ui::App>, reference: &str) -> bool {
    let prefix = format!("{reference}: ");
    harness
        .query_all_by_role(egui::accesskit::Role::Row)
        .any(|n| {
            let label = n.accesskit_node().label().unwrap_or_default();
            label == reference || label.starts_with(&prefix)
        })
}

#[test]
fn a_draft_opens_on_its_changes_and_shows_before_with_changes_and_final() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.docx");
    std::fs::write(&path, common::word::revised_draft()).unwrap();
    let target = dir.path().join("redline.docx");
    let data = tempfile::tempdir().unwrap();
    let app =
        common::app(vec![path], data.path()).with_picker(Box::new(common::SaveTo(target.clone())));
    let mut harness = common::harness(app, (1400.0, 900.0));

    let compare = harness
        .state()
        .compare
        .as_ref()
        .expect("opens on its changes");
    assert!(compare.tracked);
    assert_eq!(compare.show, Show::WithChanges);
    harness.get_by_label_contains("Tracked changes in ");
    harness.get_by_label_contains("1 added, 1 deleted, 2 changed");
    // The paragraph deleted whole is listed among the changes.
    assert!(harness.get_all_by_label("OP2 deleted").count() >= 1);

    harness.get_by_label("Original").click();
    harness.run();
    assert_eq!(
        harness.state().compare.as_ref().unwrap().show,
        Show::Original
    );
    // The text as it stood: OP2 is there, the inserted PP2 is not.
    assert!(has_row(&harness, "OP2"));
    assert!(!has_row(&harness, "PP2"));

    harness.get_by_label("Final").click();
    harness.run();
    assert_eq!(harness.state().compare.as_ref().unwrap().show, Show::Final);
    assert!(has_row(&harness, "PP2"));
    assert!(!has_row(&harness, "OP2"));

    // A redline, authored as the user says.
    harness.get_by_label("With changes").click();
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    harness.state_mut().compare.as_mut().unwrap().author = "Delegation of Chile".into();
    harness
        .get_by_label("Word file with tracked changes…")
        .click();
    harness.run();
    harness.get_by_label_contains("Saved the comparison as a Word file");
    let bytes = std::fs::read(&target).unwrap();
    let doc = plenary::parse::parse_bytes(&bytes, None).unwrap();
    let revisions = doc
        .revisions
        .as_ref()
        .expect("the redline has tracked changes");
    assert!(
        revisions
            .changes
            .iter()
            .all(|c| c.author == "Delegation of Chile")
    );
    assert_eq!(harness.state().redline_author, "Delegation of Chile");
}

#[test]
fn comments_sit_beside_their_paragraph_and_go_into_my_notes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("draft.docx");
    std::fs::write(&path, common::word::revised_draft()).unwrap();
    let data = tempfile::tempdir().unwrap();
    let app = common::app(vec![path], data.path());
    let mut harness = common::harness(app, (1400.0, 900.0));
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.state().compare.is_none());

    // Beside OP1 in the reader, read-only, with its author.
    let card = harness.get_by_label_contains("Comment by Chile on OP1");
    card.click();
    harness.run();
    let editor = harness
        .state()
        .editor
        .as_ref()
        .expect("the note editor opens");
    assert!(editor.text.contains("Chile"), "{}", editor.text);
    assert!(editor.text.contains("Which report?"), "{}", editor.text);
    assert_eq!(editor.paragraph, 2, "on OP1");
    assert!(editor.words.is_some(), "on the words the comment marks");
    harness.get_by_label("Save").click();
    harness.run();
    let tab = &harness.state().tabs[0];
    assert_eq!(tab.notes.all().len(), 1);
    assert!(tab.notes.all()[0].text.contains("Which report?"));

    // In the notes panel too, for narrow windows.
    harness.state_mut().show_notes = true;
    harness.run();
    harness.get_by_label("Comments in this file (1)");
    harness.get_by_label("Copy into my notes");
}
