//! File › Export as PDF… and File › Print…: what the briefing holds (notes, facts, the
//! changes since an earlier edition), then Save as PDF… or Print. The PDF is made off the
//! window's thread; the status bar says so meanwhile.

use crate::t;
use crate::ui::command::Command;
use egui::{Key, RichText};
use std::path::PathBuf;

/// An earlier text the briefing can summarise the changes since.
#[derive(Clone, Debug, PartialEq)]
pub enum Earlier {
    /// Another open tab.
    Tab(usize),
    /// A file of the library: an earlier edition, or the draft.
    File(PathBuf),
}

/// The dialog's choices.
#[derive(Clone, Debug)]
pub struct BriefingDialog {
    /// The tab whose document is printed.
    pub tab: usize,
    pub notes: bool,
    pub facts: bool,
    /// What the menu offers as earlier texts, with their names.
    pub earlier: Vec<(String, Earlier)>,
    /// Index into `earlier` of the one chosen.
    pub since: Option<usize>,
    /// Opened by File › Print…: Print is the button Enter presses.
    pub print: bool,
    /// Whether the document has notes or bookmarks to print.
    pub has_notes: bool,
    focus: bool,
}

impl BriefingDialog {
    pub fn new(tab: usize, print: bool, has_notes: bool, earlier: Vec<(String, Earlier)>) -> Self {
        BriefingDialog {
            tab,
            notes: has_notes,
            facts: false,
            earlier,
            since: None,
            print,
            has_notes,
            focus: true,
        }
    }
}

/// The dialog, while it is open. `busy` is how long a PDF has been in the making, if one is.
pub fn show(
    ctx: &egui::Context,
    dialog: Option<&mut BriefingDialog>,
    busy: Option<u64>,
) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(dialog) = dialog else {
        return out;
    };
    egui::Window::new(t!("briefing-title"))
        .id(egui::Id::unique("briefing-dialog"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
        .show(ctx, |ui| {
            ui.set_max_width(460.0);
            crate::ui::wrapped_message(ui, &crate::logical_t!("briefing-intro"));
            ui.add_space(4.0);
            // Each row starts where the interface's lines start: on the right in Arabic.
            let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
            ui.allocate_ui_with_layout(row, crate::ui::bar_layout(), |ui| {
                ui.add_enabled_ui(dialog.has_notes, |ui| {
                    ui.checkbox(&mut dialog.notes, t!("briefing-with-notes"))
                        .on_hover_text(crate::i18n::tr_attr("briefing-with-notes", "tip"))
                        .on_disabled_hover_text(t!("briefing-no-notes"));
                });
            });
            ui.allocate_ui_with_layout(row, crate::ui::bar_layout(), |ui| {
                ui.checkbox(&mut dialog.facts, t!("briefing-with-facts"))
                    .on_hover_text(crate::i18n::tr_attr("briefing-with-facts", "tip"));
            });
            ui.allocate_ui_with_layout(row, crate::ui::bar_layout(), |ui| {
                let label = ui.label(t!("briefing-changes-since"));
                let none = t!("briefing-changes-none");
                let selected = dialog
                    .since
                    .and_then(|i| dialog.earlier.get(i))
                    .map_or(none.clone(), |(name, _)| name.clone());
                egui::ComboBox::from_id_salt("briefing-since")
                    .selected_text(selected)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut dialog.since, None, none);
                        for (i, (name, _)) in dialog.earlier.iter().enumerate() {
                            ui.selectable_value(&mut dialog.since, Some(i), name);
                        }
                    })
                    .response
                    .labelled_by(label.id);
            });
            if dialog.earlier.is_empty() {
                ui.label(RichText::new(t!("briefing-no-earlier")).weak().small());
            }
            ui.add_space(6.0);
            let escape = ui.input(|i| i.key_pressed(Key::Escape));
            ui.allocate_ui_with_layout(row, crate::ui::bar_layout(), |ui| {
                ui.add_enabled_ui(busy.is_none(), |ui| {
                    let save = ui.button(t!("briefing-save"));
                    let print = ui.button(t!("briefing-print"));
                    if std::mem::take(&mut dialog.focus) {
                        if dialog.print {
                            print.request_focus();
                        } else {
                            save.request_focus();
                        }
                    }
                    // The focused button takes Enter.
                    if save.clicked() {
                        out.push(Command::MakeBriefing { print: false });
                    }
                    if print.clicked() {
                        out.push(Command::MakeBriefing { print: true });
                    }
                });
                if ui.button(t!("prompt-cancel")).clicked() || escape {
                    out.push(Command::CloseBriefingDialog);
                }
            });
            if let Some(seconds) = busy {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t!("briefing-making", seconds = seconds as usize));
                });
            }
        });
    out
}
