//! File › Export as PDF… and File › Print… in the window, clicked through as a user does,
//! and the comparison's PDF redline.

mod common;

use egui_kittest::kittest::Queryable;
use plenary::ui::command::Command;
use plenary::ui::compare::Mode;
use std::ops::Not;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn sample_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/akn/75_1_E.excerpt.xml")
}

/// The words of a PDF, as poppler's pdftotext reads them in the order they were written; None
/// (with a printed reason) without poppler-utils.
fn pdf_words(pdf: &Path) -> Option<String> {
    let Ok(out) = std::process::Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
    else {
        eprintln!("not reading the PDF back: pdftotext is not installed (poppler-utils)");
        return None;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Runs frames until `done` holds (the PDF is made on its own thread), at most a minute.
fn run_until(
    harness: &mut egui_kittest::Harness<'_, plenary::ui::App>,
    done: impl Fn(&plenary::ui::App) -> bool,
) {
    let start = Instant::now();
    while !done(harness.state()) {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the PDF was not made"
        );
        std::thread::sleep(Duration::from_millis(50));
        harness.run_steps(1);
    }
    harness.run();
}

#[test]
fn export_as_pdf_saves_a_briefing_with_the_notes_chosen() {
    let data = tempfile::tempdir().unwrap();
    let file = sample_file();
    let doc = plenary::parse::parse_file(&file).unwrap();
    let store = plenary::store::NoteStore::for_data_dir(data.path());
    let mut notes = store.open(&doc, Some(&file)).unwrap();
    let op2 = doc.find_ref("OP2").unwrap();
    notes
        .add(plenary::store::NewNote {
            text: "Ask the co-facilitators about this".into(),
            ..plenary::store::NewNote::on_paragraph(&doc, op2).unwrap()
        })
        .unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("briefing.pdf");
    let app =
        common::app(vec![file], data.path()).with_picker(Box::new(common::SaveTo(target.clone())));
    let mut harness = common::harness(app, (1200.0, 800.0));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Export as PDF").click();
    harness.run();
    // The dialog: notes are on (there are some), facts off.
    harness.get_by_label("Briefing (PDF)");
    assert!(
        harness
            .state()
            .briefing
            .as_ref()
            .is_some_and(|d| d.notes && !d.facts)
    );
    harness
        .get_by_label("Facts: the vote and the sponsors")
        .click();
    harness.run();
    assert!(harness.state().briefing.as_ref().is_some_and(|d| d.facts));
    harness.get_by_label("Save as PDF…").click();
    harness.run();
    run_until(&mut harness, |app| app.briefing.is_none());
    harness.get_by_label_contains("Saved the PDF");
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // The note is in it, as a PDF reader reads it.
    if let Some(text) = pdf_words(&target) {
        assert!(
            text.contains("Ask the co-facilitators about this"),
            "{text}"
        );
    }
}

#[test]
fn print_hands_the_pdf_to_the_print_service_and_cancel_closes_the_dialog() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    // A print service that keeps what it was given: `cp FILE TARGET`... with the file last,
    // as `lp` takes it. A shell script stands in for lp.
    let printed = out.path().join("printed.pdf");
    let script = out.path().join("lp");
    std::fs::write(
        &script,
        format!("#!/bin/sh\ncp \"$1\" '{}'\n", printed.display()),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let mut app = common::app(vec![sample_file()], data.path());
    app.print_command = vec![script.display().to_string()];
    let mut harness = common::harness(app, (1200.0, 800.0));
    // Ctrl+P opens the dialog with Print focused.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run();
    assert!(harness.state().briefing.as_ref().is_some_and(|d| d.print));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.state().briefing.is_none());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::P);
    harness.run();
    harness.get_by_label("Print").click();
    harness.run();
    run_until(&mut harness, |app| app.briefing.is_none());
    harness.get_by_label_contains("Sent to the printer");
    let bytes = std::fs::read(&printed).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn a_comparison_saves_as_a_pdf_redline() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.md");
    let new = dir.path().join("new.md");
    std::fs::write(&old, common::text_resolution("Oceans", "and coral reefs,")).unwrap();
    std::fs::write(&new, common::text_resolution("Oceans", "and mangroves,")).unwrap();
    let target = dir.path().join("redline.pdf");
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
    harness.get_by_label("PDF redline…").click();
    harness.run();
    run_until(&mut harness, |app| app.pdf_job_running().not());
    harness.get_by_label_contains("Saved the PDF");
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn the_dialog_offers_the_other_tabs_as_earlier_editions() {
    let (Some(old), Some(new)) = (
        common::corpus_file("akn/ga/74/en/74_28.xml"),
        common::corpus_file("akn/ga/75/en/75_32_E.xml"),
    ) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("briefing.pdf");
    let app = common::app(vec![old, new], data.path())
        .with_picker(Box::new(common::SaveTo(target.clone())));
    let mut harness = common::harness(app, (1200.0, 800.0));
    assert_eq!(harness.state().active, 1, "75/32 is the active tab");
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::E,
    );
    harness.run();
    // No notes on this document: the box is off and cannot be ticked.
    assert!(harness.state().briefing.as_ref().is_some_and(|d| !d.notes));
    harness.get_by_label("Changes since:").click();
    harness.run();
    // The tab bar names it too; the list's entry is the last.
    harness
        .get_all_by_label("A/RES/74/28")
        .last()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().briefing.as_ref().unwrap().since, Some(0));
    harness.get_by_label("Save as PDF…").click();
    harness.run();
    run_until(&mut harness, |app| app.briefing.is_none());
    harness.get_by_label_contains("Saved the PDF");
    if let Some(text) = pdf_words(&target) {
        assert!(
            text.contains("What changed from A/RES/74/28 to A/RES/75/32"),
            "{text}"
        );
    }
}
