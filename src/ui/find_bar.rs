//! Find in document (Ctrl+F): a query field, the count, next and previous.

use crate::t;
use crate::ui::command::Command;
use crate::ui::tab::Tab;
use egui::{Key, RichText, Ui};

pub fn ui(ui: &mut Ui, tab: &mut Tab, tab_index: usize) -> Vec<Command> {
    let mut out = Vec::new();
    // From the right in a mirrored window; only as high as a row.
    let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(row, crate::ui::bar_layout(), |ui| {
        let mut layouter = crate::ui::field::layouter(ui);
        let field = crate::ui::field::single_line(&mut tab.find.query, &mut layouter)
            .hint_text(t!("find-hint"))
            .desired_width(260.0)
            .id(egui::Id::unique(("find-field", tab_index)));
        let response = ui.add(field);
        if tab.find.focus_field {
            response.request_focus();
            tab.find.focus_field = false;
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            let back = ui.input(|i| i.modifiers.shift);
            out.push(Command::FindStep(if back { -1 } else { 1 }));
            response.request_focus();
        }
        if response.has_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
            out.push(Command::CloseFind);
        }
        let count = if tab.find.query.trim().is_empty() {
            String::new()
        } else if tab.find.matches.is_empty() {
            t!("find-no-matches")
        } else {
            t!(
                "find-count",
                current = tab.find.current.map_or(0, |c| c + 1),
                total = tab.find.matches.len()
            )
        };
        ui.label(RichText::new(count).weak());
        if ui
            .button("↑")
            .on_hover_text(t!("find-previous-tip"))
            .clicked()
        {
            out.push(Command::FindStep(-1));
        }
        if ui.button("↓").on_hover_text(t!("find-next-tip")).clicked() {
            out.push(Command::FindStep(1));
        }
        if ui.button("×").on_hover_text(t!("find-close-tip")).clicked() {
            out.push(Command::CloseFind);
        }
    });
    out
}
