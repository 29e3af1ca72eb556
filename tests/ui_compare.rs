//! The comparison view and parallel reading, driven by labels.

mod common;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use plenary::ui::command::Command;
use plenary::ui::compare::Mode;

fn open(
    files: Vec<std::path::PathBuf>,
    mode: Mode,
) -> Option<egui_kittest::Harness<'static, plenary::ui::App>> {
    let data = tempfile::tempdir().unwrap();
    let app = common::app(files, data.path());
    let mut harness = common::harness(app, (1400.0, 900.0));
    compare_first_two(&mut harness, mode);
    Some(harness)
}

type Harness = egui_kittest::Harness<'static, plenary::ui::App>;

/// A compared row, by its refs and status as the gutter shows them (`PP1 changed`, `OP5`):
/// a screen reader hears them first, then the row's words. Rows out of view are there too.
fn row<'h>(harness: &'h Harness, refs: &str) -> Option<egui_kittest::Node<'h>> {
    let prefix = format!("{refs}: ");
    harness.query_all_by_role(Role::Row).find(|n| {
        let label = n.accesskit_node().label().unwrap_or_default();
        label == refs || label.starts_with(&prefix)
    })
}

/// Whether a compared row is in view (drawn), not only told to a screen reader.
fn row_in_view(harness: &Harness, refs: &str) -> bool {
    let screen = harness.ctx.content_rect();
    row(harness, refs).is_some_and(|n| n.rect().intersects(screen))
}

/// Compares the first two tabs (the first as the older), or reads them in parallel.
fn compare_first_two(harness: &mut Harness, mode: Mode) {
    let ctx = harness.ctx.clone();
    harness.state_mut().run_commands(
        &ctx,
        vec![Command::Compare {
            old: 0,
            new: 1,
            mode,
        }],
    );
    harness.run();
}

#[test]
fn year_over_year_shows_the_summary_and_steps_through_changes() {
    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let mut harness = open(vec![old, new], Mode::Changes).unwrap();
    let summary = harness
        .state()
        .compare
        .as_ref()
        .unwrap()
        .result
        .as_ref()
        .unwrap()
        .summary;
    assert!(summary.has_differences());
    harness.get_by_label(&summary.to_string());
    assert_eq!(harness.state().compare.as_ref().unwrap().current, None);
    harness.get_by_label("Next change").click();
    harness.run();
    let first = harness
        .state()
        .compare
        .as_ref()
        .unwrap()
        .current
        .expect("a current change");
    harness.key_press(egui::Key::F7);
    harness.run();
    let second = harness.state().compare.as_ref().unwrap().current.unwrap();
    assert!(second > first, "F7 moves to the next change");
    harness.get_by_label("Previous change").click();
    harness.run();
    assert_eq!(
        harness.state().compare.as_ref().unwrap().current,
        Some(first)
    );
    // The first change is shown as a row; the renumbered last paragraph is listed with both refs.
    assert!(row_in_view(&harness, "PP1 changed"));
    harness.get_by_label("OP5 -> OP7 changed").click();
    harness.run();
    assert!(row_in_view(&harness, "OP5 → OP7 changed"));
    harness.get_by_label("Close").click();
    harness.run();
    assert!(harness.state().compare.is_none());
}

#[test]
fn a_document_against_itself_has_no_changes() {
    let Some(path) = common::corpus_file("akn/ga/75/en/75_32_E.xml") else {
        return;
    };
    let copy = tempfile::tempdir().unwrap();
    let other = copy.path().join("again.xml");
    std::fs::copy(&path, &other).unwrap();
    let harness = open(vec![path, other], Mode::Changes).unwrap();
    harness.get_by_label("0 added, 0 deleted, 0 changed, 0 moved");
    harness.get_by_label("No differences");
}

#[test]
fn two_languages_are_read_in_parallel() {
    let (Some(en), Some(ar)) = (
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
        common::corpus_file("akn/ga/75/ar/75_32_A.xml"),
    ) else {
        return;
    };
    let harness = open(vec![en, ar], Mode::Parallel).unwrap();
    harness.get_by_label_contains("Reading in parallel A/RES/75/32 · English and ");
    // Rows are aligned by paragraph, one row per pair.
    assert!(row_in_view(&harness, "PP1"));
    assert!(row_in_view(&harness, "PP2"));
    let state = harness.state().compare.as_ref().unwrap();
    assert!(
        state.result.is_none(),
        "no diff colouring in parallel reading"
    );
}

#[test]
fn exporting_writes_a_self_contained_page() {
    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("comparison.html");
    let data = tempfile::tempdir().unwrap();
    let app = common::app(vec![old, new], data.path())
        .with_picker(Box::new(common::SaveTo(target.clone())));
    let mut harness = common::harness(app, (1400.0, 900.0));
    let ctx = harness.ctx.clone();
    harness.state_mut().run_commands(
        &ctx,
        vec![Command::Compare {
            old: 0,
            new: 1,
            mode: Mode::Changes,
        }],
    );
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("HTML page…").click();
    harness.run();
    let html = std::fs::read_to_string(&target).unwrap();
    assert!(
        html.contains("<ins>") && html.contains("A/RES/74/28"),
        "the page shows insertions"
    );
    harness.get_by_label_contains("Saved the comparison");
}

#[test]
fn the_view_menu_compares_with_a_file() {
    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    struct Pick(std::path::PathBuf);
    impl plenary::ui::FilePicker for Pick {
        fn pick_files(&self) -> Vec<std::path::PathBuf> {
            vec![self.0.clone()]
        }
        fn save_file(&self, _: &str, _: &str) -> Option<std::path::PathBuf> {
            None
        }
    }
    let data = tempfile::tempdir().unwrap();
    let app = common::app(vec![new], data.path()).with_picker(Box::new(Pick(old)));
    let mut harness = common::harness(app, (1400.0, 900.0));
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Compare with").hover();
    harness.run();
    harness.get_by_label("A file…").click();
    harness.run();
    let state = harness.state();
    assert_eq!(state.tabs.len(), 2, "the file opened in a tab");
    let compare = state.compare.as_ref().expect("the comparison is shown");
    assert_eq!(compare.old.meta.symbol.as_deref(), Some("A/RES/74/28"));
    assert_eq!(compare.new.meta.symbol.as_deref(), Some("A/RES/75/32"));
    harness.get_by_label("3 added, 0 deleted, 4 changed, 0 moved");
}

/// Hidden unchanged paragraphs leave a fold that opens on a click; the columns say which
/// text is the older; hiding is kept for the next comparison, after a restart.
#[test]
fn hidden_unchanged_paragraphs_leave_a_fold_that_opens() {
    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let app = || {
        plenary::ui::App::new(plenary::ui::AppOptions {
            files: vec![old.clone(), new.clone()],
            data_dir: data.path().to_path_buf(),
            remember_session: true,
            ui_language: Some(plenary::document::Language::En.into()),
        })
    };
    let mut harness = common::harness(app(), (1400.0, 1400.0));
    compare_first_two(&mut harness, Mode::Changes);
    harness.get_by_label("Older: A/RES/74/28 · English · adopted 12 December 2019");
    harness.get_by_label("Newer: A/RES/75/32 · English · adopted 7 December 2020");
    assert!(row_in_view(&harness, "PP2"));
    assert!(
        harness
            .query_by_label("… 14 unchanged paragraphs …")
            .is_none()
    );

    harness.get_by_label("Hide unchanged").click();
    harness.run();
    // PP2 to PP15 are the same in both years: one fold stands for them.
    assert!(row(&harness, "PP2").is_none());
    harness.get_by_label("… 6 unchanged paragraphs …");
    harness
        .get_by_role_and_label(Role::Button, "… 14 unchanged paragraphs …")
        .click();
    harness.run();
    assert!(row_in_view(&harness, "PP2"));
    assert!(
        harness
            .query_by_label("… 14 unchanged paragraphs …")
            .is_none()
    );
    // Stepping through changes passes over the folds.
    harness.get_by_label("Next change").click();
    harness.run();
    let state = harness.state().compare.as_ref().unwrap();
    assert!(state.current.is_some_and(|k| state.fold_at(k).is_none()));

    harness.get_by_label("Close").click();
    harness.run();
    drop(harness);
    // After a restart, the next comparison hides unchanged paragraphs again.
    let mut harness = common::harness(app(), (1400.0, 1400.0));
    compare_first_two(&mut harness, Mode::Changes);
    assert!(harness.state().compare.as_ref().unwrap().hide_unchanged);
    harness.get_by_label("… 14 unchanged paragraphs …");
}

/// `--goto` with `--parallel` or `--compare` brings the paragraph's row into view, opening
/// the fold it is behind.
#[test]
fn going_to_a_paragraph_finds_its_row_in_parallel_and_behind_a_fold() {
    let (Some(english), Some(french)) = (
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
        common::corpus_file("akn/ga/75/fr/75_32_F.xml"),
    ) else {
        return;
    };
    let mut harness = open(vec![english, french], Mode::Parallel).unwrap();
    let op5 = harness.state().tabs[1].doc.find_ref("OP5").unwrap();
    harness.state_mut().compare.as_mut().unwrap().go_to(op5);
    for _ in 0..5 {
        harness.run();
    }
    assert!(row_in_view(&harness, "OP5"));
    assert!(
        row(&harness, "PP1").is_some(),
        "a screen reader has every row"
    );
    assert!(!row_in_view(&harness, "PP1"));
    assert!(harness.state().compare.as_ref().unwrap().current.is_some());

    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let mut harness = open(vec![old, new], Mode::Changes).unwrap();
    harness.get_by_label("Hide unchanged").click();
    harness.run();
    let pp9 = harness.state().tabs[1].doc.find_ref("PP9").unwrap();
    harness.state_mut().compare.as_mut().unwrap().go_to(pp9);
    for _ in 0..5 {
        harness.run();
    }
    assert!(row_in_view(&harness, "PP9"));
    assert!(
        harness
            .query_by_label("… 14 unchanged paragraphs …")
            .is_none()
    );
}
