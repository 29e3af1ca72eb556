//! The library's views of votes, driven by labels: how a member state voted across the
//! library (filtered, charted by session, exported as CSV), and an agenda item's
//! resolutions by session with their votes.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use plenary::ui::App;
use std::path::{Path, PathBuf};

/// A library of two sessions' resolutions under the agenda item on information and
/// telecommunications (74/28, 74/29, 75/32, 75/240), and the folder holding them.
fn library_of_two_sessions(data: &Path) -> Option<(tempfile::TempDir, PathBuf)> {
    let files = [
        common::corpus_file("akn/ga/74/en/74_28.xml")?,
        common::corpus_file("akn/ga/74/en/74_29.xml")?,
        common::corpus_file("akn/ga/75/en/75_32_E.xml")?,
        common::corpus_file("akn/ga/75/en/75_240_E.xml")?,
    ];
    let folder = tempfile::tempdir().unwrap();
    for f in &files {
        std::fs::copy(f, folder.path().join(f.file_name().unwrap())).unwrap();
    }
    let added = common::plenary(data, &["library", "add", folder.path().to_str().unwrap()]);
    assert!(added.status.success(), "{}", common::stderr(&added));
    let open = folder.path().join("75_32_E.xml");
    Some((folder, open))
}

/// Runs frames until the votes asked for have come from the worker thread.
fn until_votes_come(harness: &mut Harness<'static, App>) {
    for _ in 0..500 {
        harness.run();
        let busy = harness
            .state()
            .library_view
            .as_ref()
            .is_some_and(|v| v.state_votes.is_busy());
        if !busy {
            harness.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the votes never came");
}

#[test]
fn a_states_votes_are_listed_charted_filtered_and_exported() {
    let data = tempfile::tempdir().unwrap();
    let Some((_folder, open)) = library_of_two_sessions(data.path()) else {
        return;
    };
    let saved = data.path().join("china.csv");
    let mut app =
        common::app(vec![open], data.path()).with_picker(Box::new(common::SaveTo(saved.clone())));
    app.facts.my_country = "China".into();
    let mut harness = common::harness(app, (1400.0, 900.0));
    harness.get_by_label("Library").click();
    harness.run();
    harness.get_by_label("Votes by member state").click();
    until_votes_come(&mut harness);

    // The user's own country first: its four votes, one a session's bar each.
    harness.get_by_label(
        "China: with the majority in 2 of the 4 votes cast (50%); absent from 0 of 4 recorded votes",
    );
    harness.get_by_label(
        "GA 74: 1 in favour, 1 against, 0 abstaining, 0 absent; 50% with the majority",
    );
    harness.get_by_label(
        "GA 75: 1 in favour, 1 against, 0 abstaining, 0 absent; 50% with the majority",
    );
    for symbol in ["A/RES/74/28", "A/RES/74/29", "A/RES/75/32", "A/RES/75/240"] {
        harness.get_by_label(symbol);
    }
    // 75/32 (163–10–7): China against, with the majority in favour.
    harness.get_by_label("163–10–7");

    // A click on a session's bar shows that session alone.
    harness.get_by_label_contains("GA 75: ").click();
    harness.run();
    let view = harness.state().library_view.as_ref().unwrap();
    assert_eq!(
        view.state_votes.session,
        Some((Some(plenary::document::Body::GeneralAssembly), 75))
    );
    assert!(harness.query_by_label("A/RES/74/28").is_none());
    harness.get_by_label("A/RES/75/32");

    // Only the votes not with the majority.
    harness
        .state_mut()
        .library_view
        .as_mut()
        .unwrap()
        .state_votes
        .which = plenary::ui::state_votes::Which::AgainstMajority;
    harness.run();
    harness.get_by_label("A/RES/75/32");
    assert!(harness.query_by_label("A/RES/75/240").is_none());

    // Exported as listed.
    harness.get_by_label("Export CSV…").click();
    harness.run();
    let csv = std::fs::read_to_string(&saved).expect("the CSV is saved");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "state,symbol,adopted,session,agenda_item,title,vote,majority,with_majority,in_favour,against,abstaining"
    );
    assert_eq!(lines.len(), 2, "{csv}");
    assert!(
        lines[1].starts_with("China,A/RES/75/32,2020-12-07,75,Developments in the field of information and telecommunications in the context of international security,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].ends_with(",against,in_favour,false,163,10,7"),
        "{}",
        lines[1]
    );

    // Another state, picked from the list.
    harness
        .state_mut()
        .library_view
        .as_mut()
        .unwrap()
        .state_votes
        .choose("Canada");
    until_votes_come(&mut harness);
    harness.get_by_label_contains("Canada: with the majority in ");
}

#[test]
fn an_agenda_items_resolutions_are_listed_by_session_with_their_votes() {
    let data = tempfile::tempdir().unwrap();
    let Some((_folder, open)) = library_of_two_sessions(data.path()) else {
        return;
    };
    let mut app = common::app(vec![open], data.path());
    app.facts.my_country = "China".into();
    let mut harness = common::harness(app, (1400.0, 900.0));
    harness.get_by_label("Library").click();
    harness.run();
    harness.get_by_label("Agenda items").click();
    harness.run();
    let item = "Developments in the field of information and telecommunications in the context of international security";
    harness.get_by_label(&format!("{item} (4)")).click();
    harness.run();
    harness.get_by_label("Session 74 · Agenda item 93");
    harness.get_by_label("Session 75 · Agenda item 98");
    harness.get_by_label("Vote 163–10–6");
    harness.get_by_label("Vote 163–10–7");
    harness.get_by_label("Vote 92–50–21");
    // How the user's country voted, on each.
    assert_eq!(harness.query_all_by_label("Against").count(), 2);
    assert_eq!(harness.query_all_by_label("In favour").count(), 2);

    // A resolution opens; back in the library, the item is still shown.
    harness.get_by_label("A/RES/74/28").click();
    harness.run();
    assert!(harness.state().library_view.is_none());
    let tab = &harness.state().tabs[harness.state().active];
    assert_eq!(tab.doc.meta.symbol.as_deref(), Some("A/RES/74/28"));
    harness.get_by_label("Library").click();
    harness.run();
    harness.get_by_label("Browse and search Ctrl+L").click();
    harness.run();
    harness.get_by_label("Session 74 · Agenda item 93");
}
