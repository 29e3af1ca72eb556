//! Help › Keyboard shortcuts: every key of the action table, group by group, with what it
//! does. Built from the table, like the menus and the keyboard handler.

use crate::t;
use crate::ui::actions::{Action, Group, TABLE};
use crate::ui::command::Command;
use egui::{RichText, Ui};

/// The sheet of keyboard shortcuts, while `open`. Closing it asks to hide it.
pub fn shortcuts_window(ctx: &egui::Context, open: bool) -> Vec<Command> {
    if !open {
        return Vec::new();
    }
    let mut still_open = true;
    let top_middle = ctx.content_rect().center_top() + egui::vec2(0.0, 40.0);
    egui::Window::new(Action::KeyboardShortcuts.label())
        .open(&mut still_open)
        .pivot(egui::Align2::CENTER_TOP)
        .default_pos(top_middle)
        .collapsible(false)
        .resizable(false)
        .show(ctx, sheet_ui);
    if still_open {
        Vec::new()
    } else {
        vec![Command::ShowShortcuts(false)]
    }
}

/// The sheet scrolls where the window is too low for it, also by keyboard (↑ ↓, Page Up and
/// Page Down, Home and End).
fn sheet_ui(ui: &mut Ui) {
    let room = (ui.ctx().content_rect().height() - 140.0).max(160.0);
    egui::ScrollArea::vertical()
        .id_salt("keyboard-shortcuts-scroll")
        .max_height(room)
        .min_scrolled_height(room)
        .show(ui, |ui| {
            let step = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
            let delta = ui.input(|i| {
                use egui::Key;
                let pressed = |key| i.key_pressed(key) && i.modifiers.is_none();
                if pressed(Key::ArrowDown) {
                    -step
                } else if pressed(Key::ArrowUp) {
                    step
                } else if pressed(Key::PageDown) {
                    -room * 0.9
                } else if pressed(Key::PageUp) {
                    room * 0.9
                } else if pressed(Key::End) {
                    -f32::INFINITY
                } else if pressed(Key::Home) {
                    f32::INFINITY
                } else {
                    0.0
                }
            });
            if delta != 0.0 {
                let delta = delta.clamp(-1.0e5, 1.0e5);
                ui.scroll_with_delta_animation(
                    egui::vec2(0.0, delta),
                    egui::style::ScrollAnimation::none(),
                );
            }
            egui::Grid::new("keyboard-shortcuts")
                .num_columns(3)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    for group in Group::ALL {
                        group_rows(ui, group);
                    }
                });
            ui.add_space(4.0);
            let note = [t!("help-when-keys-act"), t!("help-mouse-buttons")].join("\n");
            crate::ui::aligned(ui, |ui| ui.label(RichText::new(note).small().weak()));
        });
}

/// A group's heading, then one row per action that has a key: label, keys, what it does.
fn group_rows(ui: &mut Ui, group: Group) {
    let rows: Vec<(Action, String)> = TABLE
        .iter()
        .filter(|entry| entry.group == group)
        .filter_map(|entry| Some((entry.action, entry.action.keys_text(ui.ctx())?)))
        .collect();
    if rows.is_empty() {
        return;
    }
    // Mirrored in a right-to-left window: the action's name on the right, what it does on
    // the left, each cell aligned to the right.
    let mirrored = crate::ui::mirrored();
    let row = |ui: &mut Ui, cells: Vec<egui::WidgetText>| {
        if mirrored {
            for cell in cells.into_iter().rev() {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(cell)
                });
            }
        } else {
            for cell in cells {
                ui.label(cell);
            }
        }
        ui.end_row();
    };
    let title = RichText::new(group.title()).strong().into();
    row(ui, vec![title, "".into(), "".into()]);
    for (action, keys) in rows {
        let tooltip = RichText::new(action.tooltip()).weak().into();
        row(ui, vec![action.label().into(), keys.into(), tooltip]);
    }
}
