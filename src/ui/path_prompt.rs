//! Where no file dialog can be shown (no desktop portal, no zenity: a bare window manager),
//! the window asks for the path instead of doing nothing.

use crate::t;
use crate::ui::command::Command;
use egui::{Key, RichText};
use std::path::PathBuf;

/// What the path is for: what the dialog that could not be shown was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Open files (File › Open).
    Open,
    /// The older text to compare the active tab with.
    CompareWith,
    /// A folder to add to the library.
    AddFolder,
    /// Files to copy into the library's own folder.
    Import,
}

/// The path being typed.
#[derive(Clone, Debug)]
pub struct PathPrompt {
    pub purpose: Purpose,
    pub text: String,
    /// Why the last path given was not taken.
    pub problem: Option<String>,
    focus: bool,
}

impl PathPrompt {
    pub fn new(purpose: Purpose) -> PathPrompt {
        PathPrompt {
            purpose,
            text: String::new(),
            problem: None,
            focus: true,
        }
    }

    /// The path typed, if something is there (a file, or a folder for a folder); else says
    /// why not.
    fn take(&mut self) -> Option<PathBuf> {
        let text = self.text.trim().trim_matches(['"', '\'']);
        let path = match text.strip_prefix("~/") {
            Some(rest) => directories::UserDirs::new()
                .map_or_else(|| PathBuf::from(text), |d| d.home_dir().join(rest)),
            None => PathBuf::from(text),
        };
        let wanted = if self.purpose == Purpose::AddFolder {
            path.is_dir()
        } else {
            path.is_file()
        };
        if text.is_empty() {
            None
        } else if wanted {
            self.problem = None;
            Some(path)
        } else {
            self.problem = Some(if self.purpose == Purpose::AddFolder {
                t!("prompt-no-such-folder")
            } else {
                t!("prompt-no-such-file")
            });
            None
        }
    }
}

/// The prompt, while there is one.
pub fn show(ctx: &egui::Context, prompt: Option<&mut PathPrompt>) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(prompt) = prompt else {
        return out;
    };
    let title = match prompt.purpose {
        Purpose::Open => t!("prompt-title-open"),
        Purpose::CompareWith => t!("prompt-title-compare"),
        Purpose::AddFolder => t!("prompt-title-folder"),
        Purpose::Import => t!("prompt-title-import"),
    };
    egui::Window::new(title)
        .id(egui::Id::unique("path-prompt"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
        .show(ctx, |ui| {
            ui.set_max_width(520.0);
            crate::ui::wrapped_message(ui, &crate::logical_t!("prompt-no-dialog"));
            let mut layouter = crate::ui::field::layouter(ui);
            let hint = if prompt.purpose == Purpose::AddFolder {
                t!("prompt-hint-folder")
            } else {
                t!("prompt-hint-file")
            };
            let field = ui.add(
                crate::ui::field::single_line(&mut prompt.text, &mut layouter)
                    .hint_text(hint)
                    .desired_width(500.0),
            );
            if std::mem::take(&mut prompt.focus) {
                field.request_focus();
            }
            if let Some(problem) = &prompt.problem {
                ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            let escaped = ui.input(|i| i.key_pressed(Key::Escape));
            let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
            ui.allocate_ui_with_layout(row, crate::ui::bar_layout(), |ui| {
                let go = ui.button(t!("prompt-go")).clicked();
                let cancel = ui.button(t!("prompt-cancel")).clicked();
                if (go || entered)
                    && let Some(path) = prompt.take()
                {
                    out.push(Command::PathGiven {
                        purpose: prompt.purpose,
                        path,
                    });
                } else if entered {
                    prompt.focus = true;
                }
                if cancel || escaped {
                    out.push(Command::ClosePathPrompt);
                }
            });
        });
    out
}
