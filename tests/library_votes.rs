//! `plenary library votes` and `plenary library history` as users and their scripts run them
//! (CLI.md is the contract), and the library calls behind them: a few corpus files copied
//! into a temporary library folder, never into the repository.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::{corpus_file, plenary, stderr, stdout};

/// The resolutions on cyberspace of 2019 (English) and 2020 (English and Chinese), and three
/// other recorded votes of 2020: 75/42 (China is in none of the lists), 75/104 (Canada
/// abstained) and 75/183 (China against, Canada in favour).
const FILES: [&str; 6] = [
    "akn/ga/74/en/74_28.xml",
    "akn/ga/75/en/75_32_E.xml",
    "akn/ga/75/zh/75_32_C.xml",
    "akn/ga/75/en/75_42_E.xml",
    "akn/ga/75/en/75_104_E.xml",
    "akn/ga/75/en/75_183_E.xml",
];

/// A data folder with the files added to its library; None (with the reason printed) when
/// the corpus is not there.
fn library() -> Option<(tempfile::TempDir, PathBuf, PathBuf)> {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    for file in FILES {
        let from = corpus_file(file)?;
        // Language folders kept apart: the English and Chinese files of 75/32 differ in name
        // anyway, but a library folder holds sub-folders as users keep them.
        let to = docs.join(
            Path::new(file)
                .parent()
                .unwrap()
                .strip_prefix("akn")
                .unwrap(),
        );
        std::fs::create_dir_all(&to).unwrap();
        std::fs::copy(&from, to.join(from.file_name().unwrap())).unwrap();
    }
    let data = dir.path().join("data");
    let out = plenary(&data, &["library", "add", docs.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    Some((dir, data, docs))
}

fn json(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr(out));
    match serde_json::from_str(&stdout(out)).unwrap() {
        Value::Array(items) => items,
        other => panic!("expected an array: {other}"),
    }
}

fn field<'a>(rows: &'a [Value], name: &str) -> Vec<&'a str> {
    rows.iter().map(|r| r[name].as_str().unwrap()).collect()
}

#[test]
fn votes_json_lists_a_states_vote_on_each_resolution_oldest_first() {
    let Some((_dir, data, _docs)) = library() else {
        return;
    };
    let rows = json(&plenary(&data, &["library", "votes", "China", "--json"]));
    assert_eq!(
        field(&rows, "symbol"),
        [
            "A/RES/74/28",
            "A/RES/75/32",
            "A/RES/75/42",
            "A/RES/75/104",
            "A/RES/75/183"
        ],
        "one row per resolution (75/32 is there in two languages), by session, date, symbol"
    );
    assert_eq!(
        field(&rows, "vote"),
        ["against", "against", "absent", "in_favour", "against"]
    );
    let cyber = &rows[1];
    assert_eq!(cyber["adopted"], "2020-12-07");
    assert_eq!(
        cyber["title"],
        "Advancing responsible State behaviour in cyberspace in the context of international security"
    );
    for row in &rows {
        for name in ["symbol", "adopted", "title", "vote"] {
            assert!(row.get(name).is_some(), "missing {name}: {row}");
        }
    }

    let only_2019 = json(&plenary(
        &data,
        &["library", "votes", "china", "--session", "74", "--json"],
    ));
    assert_eq!(field(&only_2019, "symbol"), ["A/RES/74/28"]);
}

#[test]
fn votes_find_the_state_in_any_case_and_tell_how_often_it_voted_with_the_majority() {
    let Some((_dir, data, _docs)) = library() else {
        return;
    };
    let lower = plenary(&data, &["library", "votes", "canada"]);
    assert!(lower.status.success(), "{}", stderr(&lower));
    let text = stdout(&lower);
    let cyber = text
        .lines()
        .find(|l| l.starts_with("A/RES/75/32 "))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(cyber.contains("in favour"), "{cyber}");
    let abstained = text
        .lines()
        .find(|l| l.starts_with("A/RES/75/104 "))
        .unwrap();
    assert!(abstained.contains("abstaining"), "{abstained}");
    assert!(text.lines().next().unwrap().starts_with("symbol"), "{text}");
    // In favour of 74/28, 75/32 and 75/183 with most states; abstaining on 75/42 and 75/104,
    // which most states voted for.
    assert!(
        text.trim_end()
            .ends_with("Canada voted with the majority in 3 of the 5 votes it cast (60%); absent from 0 of 5 recorded votes"),
        "{text}"
    );
    let upper = plenary(&data, &["library", "votes", "CANADA"]);
    assert_eq!(stdout(&upper), text);

    let rows = json(&plenary(&data, &["library", "votes", "canada", "--json"]));
    let cyber = rows.iter().find(|r| r["symbol"] == "A/RES/75/32").unwrap();
    assert_eq!(cyber["vote"], "in_favour");
    // Short forms and the records' own spelling.
    let uk = json(&plenary(&data, &["library", "votes", "UK", "--json"]));
    assert_eq!(uk.len(), 5, "{uk:#?}");
    let ivory = json(&plenary(
        &data,
        &["library", "votes", "cote d’ivoire", "--json"],
    ));
    assert_eq!(ivory.len(), 5, "{ivory:#?}");
}

#[test]
fn votes_of_an_unknown_state_exit_1_with_one_line_naming_it() {
    let Some((_dir, data, _docs)) = library() else {
        return;
    };
    for args in [
        vec!["library", "votes", "Atlantis"],
        vec!["library", "votes", "Atlantis", "--json"],
    ] {
        let out = plenary(&data, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.trim_end().ends_with("Atlantis"), "{err}");
        assert!(stdout(&out).is_empty());
    }
    // The start of more than one state's name.
    let out = plenary(&data, &["library", "votes", "gui"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("GUINEA") && err.contains("GUINEA-BISSAU"),
        "{err}"
    );
    // An empty library says so.
    let empty = tempfile::tempdir().unwrap();
    let out = plenary(empty.path(), &["library", "votes", "Canada"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("library is empty"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn history_lists_the_subject_across_sessions_each_compared_with_the_one_before() {
    let Some((_dir, data, _docs)) = library() else {
        return;
    };
    let entries = json(&plenary(
        &data,
        &["library", "history", "A/RES/75/32", "--json"],
    ));
    assert_eq!(field(&entries, "symbol"), ["A/RES/74/28", "A/RES/75/32"]);
    assert_eq!(entries[0]["adopted"], "2019-12-12");
    assert_eq!(entries[0]["diff"], Value::Null, "nothing before the first");
    assert_eq!(
        entries[1]["diff"],
        json!({ "unchanged": 23, "changed": 4, "added": 3, "deleted": 0, "moved": 0 }),
        "as `plenary diff` gives it for 74/28 -> 75/32"
    );
    assert_eq!(
        entries[1]["votes"],
        json!({ "outcome": "recorded", "in_favour": 163, "against": 10, "abstaining": 7 })
    );
    assert_eq!(entries[1]["diff_language"], "en");
    for entry in &entries {
        for name in ["symbol", "adopted", "title", "votes", "diff"] {
            assert!(entry.get(name).is_some(), "missing {name}: {entry}");
        }
    }
    // The same history from the older end, and nothing else on its subject.
    let from_2019 = json(&plenary(
        &data,
        &["library", "history", "a/res/74/28", "--json"],
    ));
    assert_eq!(field(&from_2019, "symbol"), ["A/RES/74/28", "A/RES/75/32"]);
    let alone = json(&plenary(
        &data,
        &["library", "history", "A/RES/75/183", "--json"],
    ));
    assert_eq!(field(&alone, "symbol"), ["A/RES/75/183"]);

    let text = stdout(&plenary(&data, &["library", "history", "A/RES/75/32"]));
    assert!(
        text.contains("since A/RES/74/28: 3 added, 0 deleted, 4 changed, 0 moved"),
        "{text}"
    );
    assert!(text.contains("163–10–7"), "{text}");
}

#[test]
fn history_of_a_document_not_in_the_library_exit_1_with_one_line() {
    let Some((_dir, data, _docs)) = library() else {
        return;
    };
    for symbol in ["A/RES/99/1", "not a symbol"] {
        let out = plenary(&data, &["library", "history", symbol]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.trim_end().ends_with(symbol), "{err}");
    }
}

#[test]
fn a_library_read_by_an_older_plenary_is_read_again_before_answering() {
    let Some((_dir, data, _docs)) = library() else {
        return;
    };
    // An older catalog kept no votes: it is rebuilt from the files, then answers.
    common::make_cache_version(&data, 2);
    let out = plenary(&data, &["library", "votes", "China", "--json"]);
    assert_eq!(json(&out).len(), 5);
    assert!(stderr(&out).contains("rebuilt"), "{}", stderr(&out));
}

#[test]
fn the_library_answers_from_its_catalog_for_a_window_to_call() {
    let Some((_dir, data, docs)) = library() else {
        return;
    };
    let library = plenary::library::Library::open(&data).unwrap();
    assert!(!library.needs_scan());
    let info = library
        .document_info(&docs.join("ga/75/en/75_32_E.xml").canonicalize().unwrap())
        .unwrap();
    assert_eq!(info.agenda_items, ["Agenda item 98"]);
    assert_eq!(
        info.agenda_titles,
        [
            "Developments in the field of information and telecommunications in the context of international security"
        ]
    );
    let votes = info.votes.as_ref().unwrap();
    assert_eq!(votes.against_states.len(), 10);
    assert!(votes.against_states.iter().any(|s| s == "CHINA"));
    assert_eq!(info.sponsors.len(), 45);

    let china = library.votes_of("china", Some(75)).unwrap();
    assert_eq!(china.state, "China");
    assert_eq!(china.votes.len(), 4);
    assert_eq!(
        china.with_majority(),
        (1, 3),
        "for 75/104 only; absent from 75/42"
    );
    assert!(matches!(
        library.votes_of("Atlantis", None),
        Err(plenary::library::LibraryError::UnknownState(_))
    ));

    let mut history = library.history("A/RES/75/32").unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].diff, None, "not compared until asked");
    plenary::library::compare_history(&mut history, std::time::Duration::from_secs(10));
    assert_eq!(
        history[1].diff.map(|d| d.to_string()).as_deref(),
        Some("3 added, 0 deleted, 4 changed, 0 moved")
    );
    assert!(matches!(
        library.history("A/RES/99/1"),
        Err(plenary::library::LibraryError::NotInLibrary(_))
    ));

    // Every state of the lists once, by its name as people write it.
    let states = library.states();
    assert!(states.len() >= 190, "{}", states.len());
    for name in [
        "China",
        "Canada",
        "Côte d'Ivoire",
        "United Kingdom of Great Britain and Northern Ireland",
    ] {
        assert!(states.iter().any(|s| s == name), "{name} in {states:?}");
    }
    assert!(!states.iter().any(|s| s.chars().all(|c| !c.is_lowercase())));

    // The agenda item of 74/28 and 75/32 across both sessions, each with its vote.
    let items = library.agenda_items();
    let cyber = items
        .iter()
        .find(|i| i.title == "Developments in the field of information and telecommunications in the context of international security")
        .expect("the item of 75/32");
    assert_eq!(cyber.sessions(), [74, 75]);
    let symbols: Vec<&str> = cyber
        .resolutions
        .iter()
        .map(|r| r.symbol.as_str())
        .collect();
    assert_eq!(symbols, ["A/RES/74/28", "A/RES/75/32"]);
    assert_eq!(cyber.resolutions[0].item.as_deref(), Some("Agenda item 93"));
    let vote = cyber.resolutions[1].votes.as_ref().unwrap();
    assert_eq!(vote.tally().as_deref(), Some("163–10–7"));
    assert_eq!(
        vote.vote_of("china"),
        Some(plenary::document::Vote::Against)
    );
    assert_eq!(vote.vote_of("Atlantis"), None);
}

#[test]
fn votes_csv_is_a_spreadsheet_of_the_same_rows() {
    let Some((_dir, data, _docs)) = library() else {
        return;
    };
    let out = plenary(&data, &["library", "votes", "china", "--csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let csv = stdout(&out);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "state,symbol,adopted,session,agenda_item,title,vote,majority,with_majority,in_favour,against,abstaining"
    );
    let json = json(&plenary(&data, &["library", "votes", "china", "--json"]));
    assert_eq!(lines.len(), json.len() + 1, "{csv}");
    assert!(csv.contains("\r\n"), "RFC 4180 line ends");
    let row = lines
        .iter()
        .find(|l| l.starts_with("China,A/RES/75/32,"))
        .expect("75/32's row");
    assert!(row.ends_with(",against,in_favour,false,163,10,7"), "{row}");
    let absent = lines
        .iter()
        .find(|l| l.starts_with("China,A/RES/75/42,"))
        .expect("75/42's row");
    assert!(absent.contains(",absent,"), "{absent}");
}
