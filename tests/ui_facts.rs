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
    harness.get_by_label("Lao People's Democratic Republic: Abstaining");
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
