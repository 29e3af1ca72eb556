//! The window's frame: menu and tabs, status bar, error messages, shortcuts, dropped files.

use crate::document::ParagraphKind;
use crate::ui::app::App;
use crate::ui::command::Command;
use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

const OPEN: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
const CLOSE: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::W);
/// egui closes the window on this itself (`Options::quit_shortcuts`); the menu shows it.
const QUIT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
const FIND: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);
const NEXT_TAB: KeyboardShortcut = KeyboardShortcut::new(Modifiers::CTRL, Key::Tab);
const FIND_NEXT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F3);
const FIND_PREV: KeyboardShortcut = KeyboardShortcut::new(Modifiers::SHIFT, Key::F3);
const LIBRARY: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::L);
const NOTES_PANEL: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::N);
const NEXT_PARAGRAPH: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::J);
const PREV_PARAGRAPH: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::K);
const NEXT_PARAGRAPH_ALT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown);
const PREV_PARAGRAPH_ALT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp);
const BACK: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowLeft);
const FORWARD: KeyboardShortcut = KeyboardShortcut::new(Modifiers::ALT, Key::ArrowRight);

/// Keyboard shortcuts. Letter keys only act when no text field has focus.
pub fn shortcuts(ctx: &egui::Context, app: &App) -> Vec<Command> {
    let typing = ctx.egui_wants_keyboard_input();
    ctx.input_mut(|i| {
        let mut out = Vec::new();
        if i.consume_shortcut(&OPEN) {
            out.push(Command::ShowOpenDialog);
        }
        if i.consume_shortcut(&CLOSE) {
            out.push(Command::CloseTab(app.active));
        }
        if i.consume_shortcut(&FIND) {
            out.push(Command::OpenFind);
        }
        if i.consume_shortcut(&NEXT_TAB) && !app.tabs.is_empty() {
            out.push(Command::ActivateTab((app.active + 1) % app.tabs.len()));
        }
        if i.consume_shortcut(&FIND_PREV) {
            out.push(Command::FindStep(-1));
        }
        if i.consume_shortcut(&FIND_NEXT) {
            out.push(Command::FindStep(1));
        }
        if i.consume_shortcut(&NEXT_PARAGRAPH_ALT) {
            out.push(Command::FocusStep(1));
        }
        if i.consume_shortcut(&PREV_PARAGRAPH_ALT) {
            out.push(Command::FocusStep(-1));
        }
        let reading = app.compare.is_none() && app.editor.is_none();
        if !typing
            && reading
            && let Some(text) = app
                .tabs
                .get(app.active)
                .and_then(|t| t.reader.selection.as_ref())
                .map(|sel| &sel.text)
                .filter(|text| !text.is_empty())
        {
            // Ctrl+C arrives as a Copy event from the window, as a key press elsewhere.
            let copy_event = i.events.iter().any(|e| matches!(e, egui::Event::Copy));
            if copy_event || i.consume_key(Modifiers::COMMAND, Key::C) {
                out.push(Command::Copy(text.clone()));
            }
        }
        if !typing
            && reading
            && let Some(tab) = app.tabs.get(app.active)
        {
            // Selected words are what B and N work on; else the focused paragraph.
            let selection = tab.reader.selection.as_ref().filter(|s| !s.text.is_empty());
            let target = selection
                .map(|s| s.paragraph())
                .or(tab.reader.focus)
                .or(tab.reader.top_paragraph);
            if let Some(paragraph) = target {
                if i.consume_key(Modifiers::NONE, Key::B) {
                    out.push(Command::ToggleBookmark {
                        tab: app.active,
                        paragraph,
                    });
                }
                if i.consume_key(Modifiers::NONE, Key::N) {
                    out.push(Command::EditNote {
                        tab: app.active,
                        paragraph,
                        note: None,
                        words: selection.and_then(|s| s.words()).map(str::to_string),
                    });
                }
            }
        }
        if i.consume_shortcut(&LIBRARY) {
            out.push(Command::ShowLibrary(app.library_view.is_none()));
        }
        if i.consume_shortcut(&NOTES_PANEL) {
            out.push(Command::ToggleNotesPanel);
        }
        // The back and forward buttons of a mouse work while typing too.
        if i.pointer.button_pressed(egui::PointerButton::Extra1) {
            out.push(Command::Back);
        }
        if i.pointer.button_pressed(egui::PointerButton::Extra2) {
            out.push(Command::Forward);
        }
        if !typing {
            if i.consume_shortcut(&BACK) {
                out.push(Command::Back);
            }
            if i.consume_shortcut(&FORWARD) {
                out.push(Command::Forward);
            }
            if i.consume_shortcut(&NEXT_PARAGRAPH) {
                out.push(Command::FocusStep(1));
            }
            if i.consume_shortcut(&PREV_PARAGRAPH) {
                out.push(Command::FocusStep(-1));
            }
            let find_open = app.tabs.get(app.active).is_some_and(|t| t.find.open);
            let selected = app
                .tabs
                .get(app.active)
                .is_some_and(|t| t.reader.selection.is_some());
            if (app.card.is_some() || find_open || selected)
                && i.consume_key(Modifiers::NONE, Key::Escape)
            {
                out.push(if app.card.is_some() {
                    Command::CloseCitationCard
                } else if find_open {
                    Command::CloseFind
                } else {
                    Command::ClearSelection
                });
            }
        }
        out
    })
}

/// Files dropped on the window open in tabs.
pub fn dropped_files(ctx: &egui::Context) -> Vec<Command> {
    let paths: Vec<_> = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .collect()
    });
    if paths.is_empty() {
        Vec::new()
    } else {
        vec![Command::Open(paths)]
    }
}

/// Menu bar and tab strip.
pub fn top_bar(ui: &mut Ui, app: &App) -> Vec<Command> {
    let mut out = Vec::new();
    egui::Panel::top("top-bar").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            {
                ui.menu_button("File", |ui| file_menu(ui, app, &mut out));
                ui.menu_button("View", |ui| view_menu(ui, app, &mut out));
                ui.menu_button("Library", |ui| library_menu(ui, app, &mut out));
                ui.menu_button("Find", |ui| {
                    if ui
                        .add(
                            egui::Button::new("Find in document")
                                .shortcut_text(ui.ctx().format_shortcut(&FIND)),
                        )
                        .clicked()
                    {
                        out.push(Command::OpenFind);
                    }
                    if ui
                        .add(egui::Button::new("Next match").shortcut_text("F3"))
                        .clicked()
                    {
                        out.push(Command::FindStep(1));
                    }
                    if ui
                        .add(egui::Button::new("Previous match").shortcut_text("Shift+F3"))
                        .clicked()
                    {
                        out.push(Command::FindStep(-1));
                    }
                });
            }
            ui.separator();
            let back = ui
                .add_enabled(app.history.can_go_back(), egui::Button::new("←").small())
                .on_hover_text(format!("Back ({})", ui.ctx().format_shortcut(&BACK)))
                .on_disabled_hover_text("Back: nothing to go back to yet");
            back.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, back.enabled(), "Back")
            });
            if back.clicked() {
                out.push(Command::Back);
            }
            let forward = ui
                .add_enabled(app.history.can_go_forward(), egui::Button::new("→").small())
                .on_hover_text(format!("Forward ({})", ui.ctx().format_shortcut(&FORWARD)));
            forward.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, forward.enabled(), "Forward")
            });
            if forward.clicked() {
                out.push(Command::Forward);
            }
            ui.separator();
            for (i, tab) in app.tabs.iter().enumerate() {
                let selected = i == app.active;
                let beside = app.split == Some(i) && !selected;
                let mut title = tab.title();
                if beside {
                    title.push_str(" (beside)");
                }
                let r = ui.selectable_label(selected, title);
                if r.clicked() {
                    out.push(Command::ActivateTab(i));
                }
                if r.middle_clicked() {
                    out.push(Command::CloseTab(i));
                }
                r.context_menu(|ui| {
                    if ui.button("Close").clicked() {
                        out.push(Command::CloseTab(i));
                        ui.close();
                    }
                    if !selected && ui.button("Show beside the current document").clicked() {
                        out.push(Command::Split(Some(i)));
                        ui.close();
                    }
                });
                if ui
                    .small_button("×")
                    .on_hover_text("Close this document")
                    .clicked()
                {
                    out.push(Command::CloseTab(i));
                }
            }
            if ui
                .small_button("+")
                .on_hover_text("Open a resolution")
                .clicked()
            {
                out.push(Command::ShowOpenDialog);
            }
        });
    });
    out
}

fn file_menu(ui: &mut Ui, app: &App, out: &mut Vec<Command>) {
    if ui
        .add(egui::Button::new("Open…").shortcut_text(ui.ctx().format_shortcut(&OPEN)))
        .clicked()
    {
        out.push(Command::ShowOpenDialog);
    }
    if ui
        .button("Open the sample (A/RES/75/32, Chinese)")
        .clicked()
    {
        out.push(Command::OpenSample);
    }
    ui.menu_button("Open recent", |ui| {
        if app.recent.is_empty() {
            ui.label(RichText::new("Nothing yet").weak());
        }
        for path in &app.recent {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if ui
                .button(name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                out.push(Command::Open(vec![path.clone()]));
            }
        }
    });
    ui.separator();
    if ui
        .add(egui::Button::new("Close").shortcut_text(ui.ctx().format_shortcut(&CLOSE)))
        .clicked()
    {
        out.push(Command::CloseTab(app.active));
    }
    if ui
        .add(egui::Button::new("Quit").shortcut_text(ui.ctx().format_shortcut(&QUIT)))
        .clicked()
    {
        out.push(Command::Quit);
    }
}

fn view_menu(ui: &mut Ui, app: &App, out: &mut Vec<Command>) {
    let mut notes = app.show_notes;
    if ui
        .add(egui::Checkbox::new(&mut notes, "Notes and bookmarks"))
        .on_hover_text(ui.ctx().format_shortcut(&NOTES_PANEL))
        .changed()
    {
        out.push(Command::ToggleNotesPanel);
    }
    let mut dark = app.dark_mode;
    if ui.checkbox(&mut dark, "Dark theme").changed() {
        out.push(Command::SetDarkMode(dark));
    }
    ui.separator();
    if ui
        .add(egui::Button::new("Zoom in").shortcut_text("Ctrl +"))
        .clicked()
    {
        out.push(Command::Zoom(1));
    }
    if ui
        .add(egui::Button::new("Zoom out").shortcut_text("Ctrl -"))
        .clicked()
    {
        out.push(Command::Zoom(-1));
    }
    if ui
        .add(egui::Button::new("Actual size").shortcut_text("Ctrl 0"))
        .clicked()
    {
        out.push(Command::Zoom(0));
    }
    ui.separator();
    ui.menu_button("Show beside", |ui| {
        for (i, tab) in app.tabs.iter().enumerate() {
            if i != app.active && ui.button(tab.title()).clicked() {
                out.push(Command::Split(Some(i)));
            }
        }
        if app.tabs.len() < 2 {
            ui.label(RichText::new("Open a second document first").weak());
        }
    });
    if app.split.is_some() && ui.button("One document").clicked() {
        out.push(Command::Split(None));
    }
    ui.separator();
    ui.menu_button("Compare with", |ui| {
        for (i, tab) in app.tabs.iter().enumerate() {
            if i != app.active && ui.button(tab.title()).clicked() {
                let mode = crate::ui::compare::Mode::Changes;
                out.push(Command::Compare {
                    old: i,
                    new: app.active,
                    mode,
                });
            }
        }
        if app.tabs.len() > 1 {
            ui.separator();
        }
        if ui.button("A file…").clicked() {
            out.push(Command::CompareWithFile);
        }
    });
    ui.menu_button("Read in parallel with", |ui| {
        for (i, tab) in app.tabs.iter().enumerate() {
            if i != app.active && ui.button(tab.title()).clicked() {
                let mode = crate::ui::compare::Mode::Parallel;
                out.push(Command::Compare {
                    old: app.active,
                    new: i,
                    mode,
                });
            }
        }
        if app.tabs.len() < 2 {
            ui.label(RichText::new("Open another language version first").weak());
        }
    });
    ui.separator();
    if ui
        .add(egui::Button::new("Next paragraph").shortcut_text("J"))
        .clicked()
    {
        out.push(Command::FocusStep(1));
    }
    if ui
        .add(egui::Button::new("Previous paragraph").shortcut_text("K"))
        .clicked()
    {
        out.push(Command::FocusStep(-1));
    }
}

fn library_menu(ui: &mut Ui, app: &App, out: &mut Vec<Command>) {
    let open = app.library_view.is_some();
    if ui
        .add(
            egui::Button::new("Browse and search")
                .shortcut_text(ui.ctx().format_shortcut(&LIBRARY)),
        )
        .clicked()
    {
        out.push(Command::ShowLibrary(!open));
    }
    crate::ui::library::actions_ui(ui, app.scan.is_some(), out);
    ui.separator();
    let mut cited_by = app.show_cited_by;
    if ui.checkbox(&mut cited_by, "Cited by panel").changed() {
        out.push(Command::ToggleCitedBy);
    }
}

/// One line about the active document.
pub fn status_bar(ui: &mut Ui, app: &App) -> Vec<Command> {
    let out = Vec::new();
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.horizontal(|ui| {
            if app.scan.is_some() && app.library_view.is_none() {
                ui.spinner();
                ui.label(RichText::new("Scanning the library…").small());
                ui.separator();
            }
            let Some(tab) = app.tabs.get(app.active) else {
                ui.label("No document");
                return;
            };
            let doc = &tab.doc;
            let mut parts = vec![doc.display_name()];
            if let Some(lang) = doc.meta.language {
                parts.push(lang.native_name().to_string());
            }
            parts.push(match doc.format {
                crate::document::Format::AkomaNtoso => "Akoma Ntoso".into(),
                crate::document::Format::Text => "text export".into(),
            });
            parts.push(format!(
                "{} preambular, {} operative paragraphs",
                doc.count(ParagraphKind::Preambular),
                doc.count(ParagraphKind::Operative)
            ));
            let annexed = doc.count(ParagraphKind::Annex);
            if annexed > 0 {
                parts.push(format!("{annexed} annex paragraphs"));
            }
            parts.push(format!("{} footnotes", doc.footnotes.len()));
            parts.push(format!("{} citations", doc.all_citations().count()));
            if let Some(p) = tab
                .reader
                .focus
                .or(tab.reader.top_paragraph)
                .and_then(|p| doc.paragraphs.get(p))
            {
                parts.push(p.reference.clone());
            }
            ui.label(RichText::new(parts.join(" · ")).small());
            if !doc.warnings.is_empty() {
                let list = doc
                    .warnings
                    .iter()
                    .map(|w| w.to_string())
                    .collect::<Vec<_>>()
                    .join("\n");
                ui.label(
                    RichText::new(match doc.warnings.len() {
                        1 => "1 warning".to_string(),
                        n => format!("{n} warnings"),
                    })
                    .small()
                    .weak(),
                )
                .on_hover_text(list);
            }
            if let Some(path) = &tab.path {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(RichText::new(path.display().to_string()).small().weak());
                });
            }
        });
    });
    out
}

/// Messages that are not errors (an export saved), each with a dismiss button.
pub fn notice_strip(ui: &mut Ui, notices: &[String], can_undo: bool) -> Vec<Command> {
    let mut out = Vec::new();
    for (i, message) in notices.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(message);
            if can_undo && message.starts_with("Note deleted") && ui.button("Undo").clicked() {
                out.push(Command::UndoDelete);
            }
            if ui.small_button("OK").clicked() {
                out.push(Command::DismissNotice(i));
            }
        });
    }
    out
}

/// Files that could not be read, each with a dismiss button.
pub fn error_strip(ui: &mut Ui, errors: &[String]) -> Vec<Command> {
    let mut out = Vec::new();
    for (i, message) in errors.iter().enumerate() {
        egui::Frame::new()
            .fill(ui.visuals().error_fg_color.gamma_multiply(0.12))
            .inner_margin(6.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new("Cannot open")
                            .strong()
                            .color(ui.visuals().error_fg_color),
                    );
                    ui.label(message);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.small_button("Dismiss").clicked() {
                            out.push(Command::DismissError(i));
                        }
                    });
                });
            });
        ui.add_space(4.0);
    }
    out
}
