//! Votes, sponsors and the life of a resolution, as the Akoma Ntoso files record them: 75/32
//! read exactly, and over the whole corpus every recorded count agrees with the states the
//! file lists for it (the misses are printed, to be followed from session to session).

mod common;

use plenary::document::{Vote, split_states};
use plenary::parse::parse_file;

#[test]
fn resolution_75_32_was_adopted_163_to_10_with_7_abstaining() {
    for file in ["en/75_32_E.xml", "zh/75_32_C.xml", "ar/75_32_A.xml"] {
        let Some(path) = common::corpus_file(&format!("akn/ga/75/{file}")) else {
            return;
        };
        let doc = parse_file(&path).unwrap();
        let meta = &doc.meta;
        let votes = meta.votes.as_ref().expect("a recorded vote");
        assert_eq!(votes.outcome, "recorded");
        assert_eq!(votes.tally().as_deref(), Some("163–10–7"), "{file}");
        for vote in Vote::ALL {
            assert_eq!(
                votes.count(vote),
                Some(votes.states(vote).len() as u32),
                "{file}: every state in its column"
            );
        }
        assert_eq!(votes.vote_of("China"), Some(Vote::Against));
        assert_eq!(votes.vote_of("EGYPT"), Some(Vote::Abstaining));
        assert_eq!(votes.vote_of("Canada"), Some(Vote::InFavour));
        assert_eq!(votes.vote_of("Tuvalu"), None, "not among the voters");
        assert_eq!(meta.sponsors.len(), 45, "{file}");
        assert_eq!(meta.sponsors[0], "Albania");
        assert_eq!(
            meta.sponsors[43],
            "United Kingdom of Great Britain and Northern Ireland"
        );
        assert_eq!(meta.additional_sponsors.len(), 9);
        assert!(
            meta.additional_sponsors
                .contains(&"Marshall Islands".to_string())
        );
        assert_eq!(meta.draft_symbol.as_deref(), Some("A/C.1/75/L.4"));
        let steps: Vec<&str> = meta.workflow.iter().map(|s| s.step.as_str()).collect();
        assert_eq!(
            steps,
            [
                "draftResolution",
                "draftResolutionAdditionalSponsors",
                "recommendedForAdoption",
                "adopted"
            ]
        );
        assert_eq!(meta.workflow[3].symbol.as_deref(), Some("A/75/PV.37"));
        assert_eq!(meta.workflow[3].date.as_deref(), Some("2020-12-07"));
        assert_eq!(meta.workflow[1].date, None, "0001-01-01 is no date");
    }
}

#[test]
fn lists_of_states_split_where_the_records_mean() {
    assert_eq!(
        split_states(
            "Fiji, France, the Marshall Islands, Trinidad and Tobago and United Kingdom of Great Britain and Northern Ireland"
        ),
        [
            "Fiji",
            "France",
            "Marshall Islands",
            "Trinidad and Tobago",
            "United Kingdom of Great Britain and Northern Ireland"
        ]
    );
    assert_eq!(
        split_states("Antigua and Barbuda and Bosnia and Herzegovina"),
        ["Antigua and Barbuda", "Bosnia and Herzegovina"]
    );
    assert_eq!(split_states("Albania, Algeria"), ["Albania", "Algeria"]);
    assert!(split_states("  ").is_empty());
}

/// Over every Akoma Ntoso file: a recorded count equals the number of states listed for it
/// (where the file lists them), and 75's recorded votes are counted.
#[test]
fn every_recorded_count_agrees_with_its_list_of_states() {
    let Some(root) = common::corpus() else {
        return;
    };
    let mut files = 0;
    let mut recorded = 0;
    let mut english_75 = 0;
    let mut checked = 0;
    let mut misses = Vec::new();
    for session in ["74", "75", "78"] {
        let dir = root.join("akn/ga").join(session);
        let Ok(langs) = std::fs::read_dir(&dir) else {
            continue;
        };
        for lang in langs.flatten() {
            let english_75_dir = session == "75" && lang.file_name() == "en";
            for path in common::xml_files(&lang.path()) {
                let Ok(doc) = parse_file(&path) else { continue };
                files += 1;
                let Some(votes) = &doc.meta.votes else {
                    continue;
                };
                if votes.is_recorded() {
                    recorded += 1;
                    if english_75_dir {
                        english_75 += 1;
                    }
                }
                for vote in Vote::ALL {
                    let listed = votes.states(vote).len() as u32;
                    let count = match vote {
                        Vote::InFavour => votes.in_favour,
                        Vote::Against => votes.against,
                        Vote::Abstaining => votes.abstaining,
                    };
                    if let Some(count) = count
                        && listed > 0
                    {
                        checked += 1;
                        if count != listed {
                            misses.push(format!(
                                "{}: {} {count}, {listed} states listed",
                                path.display(),
                                vote.name()
                            ));
                        }
                    }
                }
            }
        }
    }
    eprintln!(
        "votes: {files} files, {recorded} recorded votes ({english_75} of session 75 in English), {checked} counts with their states, {} misses",
        misses.len()
    );
    for m in &misses {
        eprintln!("  miss: {m}");
    }
    assert!(recorded > 500, "{recorded} recorded votes");
    // As the UN's records count them: 98 of session 75's English resolutions.
    assert_eq!(english_75, 98);
    assert!(
        misses.len() * 100 <= checked,
        "more than 1% of counts disagree with their lists"
    );
}
