//! A paragraph's context menu (a right click on its text): copy the selection, its text or
//! a citation of it; write a note on it or on the selected words; bookmark it. The labels
//! come from the action table, like the main menus'.

use super::Scene;
use super::paint::ParagraphRow;
use super::selection::Here;
use crate::ui::actions::Action;
use crate::ui::command::Command;
use egui::{Response, Ui};

/// Opens the menu on a right click on `response` (the paragraph's text).
pub(super) fn context_menu(
    response: &Response,
    scene: &Scene<'_>,
    row: &ParagraphRow<'_>,
    here: &Here,
    commands: &mut Vec<Command>,
) {
    response.context_menu(|ui| menu_ui(ui, scene, row, here, commands));
}

fn menu_ui(
    ui: &mut Ui,
    scene: &Scene<'_>,
    row: &ParagraphRow<'_>,
    here: &Here,
    out: &mut Vec<Command>,
) {
    let tab = scene.rc.tab_index;
    let paragraph = row.index;
    let note_on = |words: Option<String>| Command::EditNote {
        tab,
        paragraph,
        note: None,
        words,
    };
    if let Some(text) = &here.text {
        item(ui, &Action::CopySelection.label(), out, || {
            Command::Copy(text.clone())
        });
    }
    item(ui, &Action::CopyText.label(), out, || {
        Command::Copy(row.paragraph.copy_text())
    });
    item(ui, &Action::CopyCitation.label(), out, || {
        Command::Copy(crate::document::citation(scene.doc, row.paragraph))
    });
    if scene
        .doc
        .page_areas
        .get(paragraph)
        .is_some_and(|areas| !areas.is_empty())
    {
        item(ui, &Action::ShowOnPage.label(), out, || {
            Command::ShowOnPage { tab, paragraph }
        });
    }
    ui.separator();
    if let Some(words) = &here.words {
        item(ui, &Action::AddNoteOnSelection.label(), out, || {
            note_on(Some(words.clone()))
        });
    }
    item(ui, &Action::AddNote.label(), out, || note_on(None));
    let bookmark = if row.laid.bookmarked {
        crate::t!("remove-bookmark")
    } else {
        Action::Bookmark.label()
    };
    item(ui, &bookmark, out, || Command::ToggleBookmark {
        tab,
        paragraph,
    });
}

/// A menu item: a click gives the command and closes the menu.
fn item(ui: &mut Ui, label: &str, out: &mut Vec<Command>, command: impl FnOnce() -> Command) {
    if ui.button(label).clicked() {
        out.push(command());
        ui.close();
    }
}
