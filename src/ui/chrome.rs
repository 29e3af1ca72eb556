//! The window's frame: menu and tabs, status bar, error messages, shortcuts, dropped files.

use crate::document::ParagraphKind;
use crate::t;
use crate::ui::actions::{Action, TABLE};
use crate::ui::app::{App, Notice, NoticeKind};
use crate::ui::command::Command;
use egui::{RichText, Ui};

/// Keyboard shortcuts, as the action table lists them, in its order. A key acts only when
/// its action has something to do (else it is left to others, such as a text field), and
/// single letters, Escape and Alt+arrows only when no text field has focus.
pub fn shortcuts(ctx: &egui::Context, app: &App) -> Vec<Command> {
    let typing = ctx.text_edit_focused();
    ctx.input_mut(|i| {
        let mut out = Vec::new();
        // Ctrl+C arrives as a Copy event from the window, as a key press elsewhere.
        let copy_event = i.events.iter().any(|e| matches!(e, egui::Event::Copy));
        for entry in TABLE.iter().filter(|e| !e.by_egui) {
            if entry.action == Action::CopySelection && copy_event {
                if !typing {
                    out.extend(command(Action::CopySelection, app));
                }
                continue;
            }
            for key in entry.keys {
                if (typing && !key.while_typing) || !i.key_pressed(key.shortcut.logical_key) {
                    continue;
                }
                if let Some(command) = command(entry.action, app)
                    && i.consume_shortcut(&key.shortcut)
                {
                    out.push(command);
                }
            }
        }
        // The back and forward buttons of a mouse work while typing too.
        if i.pointer.button_pressed(egui::PointerButton::Extra1) {
            out.push(Command::Back);
        }
        if i.pointer.button_pressed(egui::PointerButton::Extra2) {
            out.push(Command::Forward);
        }
        out
    })
}

/// What an action does now, given the app's state (None: nothing to do now). Actions on a
/// paragraph work on the active tab: on the selected words, else the focused paragraph.
pub fn command(action: Action, app: &App) -> Option<Command> {
    if let Some(command) = action.command() {
        return Some(command);
    }
    let tab = app.tabs.get(app.active);
    // Single keys act on the text being read, not in a comparison or the note editor.
    let reading = app.compare.is_none() && app.editor.is_none();
    let selection = tab
        .and_then(|t| t.reader.selection.as_ref())
        .filter(|s| !s.text.is_empty());
    let target = selection
        .map(|s| s.paragraph())
        .or(tab.and_then(|t| t.reader.current()))
        .filter(|_| reading);
    match action {
        Action::Close => Some(Command::CloseTab(app.active)),
        // In a comparison, Export as PDF saves the redline.
        Action::ExportPdf if app.compare.is_some() => Some(Command::ExportRedlinePdf),
        Action::ExportPdf | Action::Print => {
            (tab.is_some() && app.compare.is_none()).then_some(Command::ShowBriefingDialog {
                tab: app.active,
                print: action == Action::Print,
            })
        }
        Action::NextDocument => {
            (!app.tabs.is_empty()).then(|| Command::ActivateTab((app.active + 1) % app.tabs.len()))
        }
        Action::DarkTheme => Some(Command::SetDarkMode(!app.dark_mode)),
        Action::HighContrast => Some(Command::SetHighContrast(!app.high_contrast)),
        Action::Library => Some(Command::ShowLibrary(app.library_view.is_none())),
        Action::KeyboardShortcuts => Some(Command::ShowShortcuts(!app.show_shortcuts)),
        Action::CopySelection => selection
            .filter(|_| reading)
            .map(|s| Command::Copy(s.text.clone())),
        Action::Bookmark => target.map(|paragraph| Command::ToggleBookmark {
            tab: app.active,
            paragraph,
        }),
        Action::AddNote => target.map(|paragraph| Command::EditNote {
            tab: app.active,
            paragraph,
            note: None,
            words: selection.and_then(|s| s.words()).map(str::to_string),
        }),
        Action::ShowOnPage => target.map(|paragraph| Command::ShowOnPage {
            tab: app.active,
            paragraph,
        }),
        Action::NextPane => Some(Command::FocusPane(1)),
        Action::PreviousPane => Some(Command::FocusPane(-1)),
        Action::UndoDelete => app.can_undo().then_some(Command::UndoDelete),
        Action::Dismiss => {
            let find_open = tab.is_some_and(|t| t.find.open);
            let selected = tab.is_some_and(|t| t.reader.selection.is_some());
            if app.show_shortcuts {
                Some(Command::ShowShortcuts(false))
            } else if app.card.is_some() {
                Some(Command::CloseCitationCard)
            } else if find_open {
                Some(Command::CloseFind)
            } else if selected {
                Some(Command::ClearSelection)
            } else {
                None
            }
        }
        // A paragraph's context menu gives these, for its own paragraph.
        _ => None,
    }
}

/// A menu item from the action table; a click does what the action does now.
fn item(ui: &mut Ui, app: &App, action: Action, out: &mut Vec<Command>) {
    if action.menu_item(ui).clicked() {
        out.extend(command(action, app));
    }
}

/// A menu item that is on or off.
fn checkbox(ui: &mut Ui, app: &App, action: Action, on: bool, out: &mut Vec<Command>) {
    let mut on = on;
    if action.menu_checkbox(ui, &mut on).changed() {
        out.extend(command(action, app));
    }
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
            ui.with_layout(crate::ui::bar_layout(), |ui| {
                crate::ui::menu(ui, t!("menu-file"), |ui| file_menu(ui, app, &mut out));
                crate::ui::menu(ui, t!("menu-view"), |ui| view_menu(ui, app, &mut out));
                crate::ui::menu(ui, t!("menu-library"), |ui| library_menu(ui, app, &mut out));
                crate::ui::menu(ui, t!("menu-find"), |ui| {
                    for action in [Action::Find, Action::NextMatch, Action::PreviousMatch] {
                        item(ui, app, action, &mut out);
                    }
                });
                crate::ui::menu(ui, t!("menu-help"), |ui| {
                    item(ui, app, Action::KeyboardShortcuts, &mut out)
                });
                ui.separator();
                history_buttons(ui, app, &mut out);
                ui.separator();
                tab_strip(ui, app, &mut out);
            });
        });
    });
    out
}

/// Back and forward, as arrows.
fn history_buttons(ui: &mut Ui, app: &App, out: &mut Vec<Command>) {
    let back = ui
        .add_enabled(app.history.can_go_back(), egui::Button::new("←").small())
        .on_hover_text(Action::Back.hover_text(ui.ctx()))
        .on_disabled_hover_text(t!("back-nothing"));
    back.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, back.enabled(), Action::Back.label())
    });
    if back.clicked() {
        out.extend(command(Action::Back, app));
    }
    let forward = ui
        .add_enabled(app.history.can_go_forward(), egui::Button::new("→").small())
        .on_hover_text(Action::Forward.hover_text(ui.ctx()));
    forward.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            forward.enabled(),
            Action::Forward.label(),
        )
    });
    if forward.clicked() {
        out.extend(command(Action::Forward, app));
    }
}

/// One tab per open document, each with a close button; then a button to open another.
/// Tabs that do not fit are left out around the active one, which is always shown, and a
/// menu lists every tab.
fn tab_strip(ui: &mut Ui, app: &App, out: &mut Vec<Command>) {
    let titles: Vec<String> = app
        .tabs
        .iter()
        .enumerate()
        .map(|(i, tab)| {
            if app.split == Some(i) && i != app.active {
                t!("tab-beside", title = &tab.title())
            } else {
                tab.title()
            }
        })
        .collect();
    let spacing = ui.spacing().item_spacing.x;
    let padding = 2.0 * ui.spacing().button_padding.x;
    let text_width = |text: &str| {
        egui::WidgetText::from(text)
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Button,
            )
            .size()
            .x
    };
    let close = text_width("×") + padding + spacing;
    let widths: Vec<f32> = titles
        .iter()
        .map(|t| text_width(t) + padding + spacing + close)
        .collect();
    // Room for the open button and the list of every tab.
    let more = t!("tabs-more", count = app.tabs.len());
    let reserved = text_width("+") + text_width(&more) + 2.0 * (padding + spacing);
    let shown = shown_tabs(&widths, app.active, ui.available_width() - reserved);
    for i in shown.clone() {
        let Some(title) = titles.get(i) else {
            continue;
        };
        let selected = i == app.active;
        let r = ui.selectable_label(selected, title);
        if r.clicked() {
            out.push(Command::ActivateTab(i));
        }
        if r.middle_clicked() {
            out.push(Command::CloseTab(i));
        }
        r.context_menu(|ui| {
            if ui.button(Action::Close.label()).clicked() {
                out.push(Command::CloseTab(i));
                ui.close();
            }
            if !selected && ui.button(t!("tab-show-beside")).clicked() {
                out.push(Command::Split(Some(i)));
                ui.close();
            }
        });
        if ui
            .small_button("×")
            .on_hover_text(Action::Close.tooltip())
            .clicked()
        {
            out.push(Command::CloseTab(i));
        }
    }
    let hidden = app.tabs.len() - shown.len();
    if hidden > 0 {
        let label = t!("tabs-more", count = hidden);
        let menu = crate::ui::menu(ui, label, |ui| {
            for (i, title) in titles.iter().enumerate() {
                if ui.selectable_label(i == app.active, title).clicked() {
                    out.push(Command::ActivateTab(i));
                    ui.close();
                }
            }
        });
        menu.response.on_hover_text(t!("tabs-more-tip"));
    }
    if ui
        .small_button("+")
        .on_hover_text(Action::Open.tooltip())
        .clicked()
    {
        out.extend(command(Action::Open, app));
    }
}

/// The tabs to show in `room`: all when they fit, else as many as fit around the active one,
/// which is always among them.
fn shown_tabs(widths: &[f32], active: usize, room: f32) -> std::ops::Range<usize> {
    if widths.iter().sum::<f32>() <= room || widths.is_empty() {
        return 0..widths.len();
    }
    let active = active.min(widths.len() - 1);
    let (mut start, mut end) = (active, active + 1);
    let mut used = widths[active];
    loop {
        // The next tab after the active one first, then the one before it.
        let after = widths.get(end).copied().filter(|w| used + w <= room);
        if let Some(w) = after {
            used += w;
            end += 1;
            continue;
        }
        let before = start
            .checked_sub(1)
            .and_then(|i| widths.get(i))
            .copied()
            .filter(|w| used + w <= room);
        match before {
            Some(w) => {
                used += w;
                start -= 1;
            }
            None => return start..end,
        }
    }
}

fn file_menu(ui: &mut Ui, app: &App, out: &mut Vec<Command>) {
    item(ui, app, Action::Open, out);
    item(ui, app, Action::OpenSample, out);
    crate::ui::menu(ui, t!("menu-open-recent"), |ui| {
        if app.recent.is_empty() {
            ui.label(RichText::new(t!("nothing-yet")).weak());
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
    item(ui, app, Action::ExportPdf, out);
    item(ui, app, Action::Print, out);
    ui.separator();
    item(ui, app, Action::Close, out);
    item(ui, app, Action::Quit, out);
}

/// An edition of the open text in the library: its file, how the menu names it, and whether
/// it is older.
#[derive(Clone)]
struct Edition {
    label: String,
    path: std::path::PathBuf,
    older: bool,
}

/// What the library holds of the open text besides itself.
struct LibraryVersions {
    /// Earlier and later resolutions on the same subject, and the draft it was adopted from,
    /// in the document's language where there is one (else English, else any); not those open.
    editions: Vec<Edition>,
    /// Its other language versions, not those open.
    languages: Vec<(crate::document::Language, std::path::PathBuf)>,
}

fn library_versions(app: &App, doc: &crate::document::Document) -> Option<LibraryVersions> {
    use crate::document::Language;
    let library = app.library.as_ref()?;
    let history = app.text_history(doc)?;
    let own = doc
        .meta
        .symbol
        .as_deref()
        .and_then(crate::library::symbol_key);
    let open: Vec<&std::path::Path> = app.tabs.iter().filter_map(|t| t.path.as_deref()).collect();
    let is_open = |p: &std::path::Path| open.contains(&p);
    let language = doc.meta.language;
    let here = history
        .iter()
        .position(|e| crate::library::symbol_key(&e.symbol) == own)?;
    let mut editions: Vec<Edition> = history
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != here)
        .filter_map(|(i, e)| {
            let path = language
                .and_then(|l| e.paths.get(&l))
                .or_else(|| e.paths.get(&Language::En))
                .or_else(|| e.paths.values().next())?;
            let label = [Some(e.symbol.clone()), e.adopted.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            Some(Edition {
                label,
                path: path.clone(),
                older: i < here,
            })
        })
        .filter(|e| !is_open(&e.path))
        .collect();
    if let Some(draft) = doc.meta.draft_symbol.as_deref()
        && let Some(found) = library.resolve(draft, language)
        && !is_open(&found.path)
    {
        editions.push(Edition {
            label: t!("menu-draft", symbol = &found.symbol),
            path: found.path,
            older: true,
        });
    }
    let languages = history[here]
        .paths
        .iter()
        .filter(|(l, p)| Some(**l) != language && !is_open(p))
        .map(|(l, p)| (*l, p.clone()))
        .collect();
    Some(LibraryVersions {
        editions,
        languages,
    })
}

/// The library's earlier editions of the text and its draft, as a briefing offers them to
/// summarise the changes since: their names and files, the latest first.
pub fn library_editions(
    app: &App,
    doc: &crate::document::Document,
) -> Option<Vec<(String, std::path::PathBuf)>> {
    let versions = library_versions(app, doc)?;
    Some(
        versions
            .editions
            .into_iter()
            .rev()
            .filter(|e| e.older)
            .map(|e| (e.label, e.path))
            .collect(),
    )
}

fn view_menu(ui: &mut Ui, app: &App, out: &mut Vec<Command>) {
    checkbox(ui, app, Action::OutlinePanel, app.show_outline, out);
    checkbox(ui, app, Action::NotesPanel, app.show_notes, out);
    checkbox(ui, app, Action::FactsPanel, app.show_facts, out);
    checkbox(ui, app, Action::DarkTheme, app.dark_mode, out);
    checkbox(ui, app, Action::HighContrast, app.high_contrast, out);
    ui.separator();
    for action in [Action::ZoomIn, Action::ZoomOut, Action::ActualSize] {
        item(ui, app, action, out);
    }
    ui.separator();
    crate::ui::menu(ui, t!("menu-show-beside"), |ui| {
        for (i, tab) in app.tabs.iter().enumerate() {
            if i != app.active && ui.button(tab.title()).clicked() {
                out.push(Command::Split(Some(i)));
            }
        }
        if app.tabs.len() < 2 {
            ui.label(RichText::new(t!("open-second-first")).weak());
        }
    });
    if app.split.is_some() {
        item(ui, app, Action::OneDocument, out);
    }
    ui.separator();
    // The other editions and language versions the library has: found when a menu opens.
    let library = |ui: &Ui| -> Option<LibraryVersions> {
        let doc = app.active_document()?;
        ui.is_visible().then(|| library_versions(app, doc))?
    };
    crate::ui::menu(ui, t!("menu-compare-with"), |ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
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
        let editions = library(ui).map(|v| v.editions).unwrap_or_default();
        if !editions.is_empty() {
            if app.tabs.len() > 1 {
                ui.separator();
            }
            ui.label(RichText::new(t!("menu-in-the-library")).weak());
            for edition in editions.iter().cloned() {
                if ui.button(edition.label).clicked() {
                    out.push(Command::CompareActiveWith {
                        path: edition.path,
                        mode: crate::ui::compare::Mode::Changes,
                        other_is_older: edition.older,
                    });
                }
            }
        }
        if app.tabs.len() > 1 || !editions.is_empty() {
            ui.separator();
        }
        item(ui, app, Action::CompareWithFile, out);
    });
    crate::ui::menu(ui, t!("menu-read-in-parallel"), |ui| {
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
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
        let languages = library(ui).map(|v| v.languages).unwrap_or_default();
        if !languages.is_empty() {
            if app.tabs.len() > 1 {
                ui.separator();
            }
            ui.label(RichText::new(t!("menu-in-the-library")).weak());
            for (language, path) in languages {
                let label = crate::ui::bidi::visual_line(language.native_name(), language.is_rtl());
                if ui.button(label).clicked() {
                    out.push(Command::CompareActiveWith {
                        path,
                        mode: crate::ui::compare::Mode::Parallel,
                        other_is_older: false,
                    });
                }
            }
        } else if app.tabs.len() < 2 {
            ui.label(RichText::new(t!("open-other-language-first")).weak());
        }
    });
    ui.separator();
    item(ui, app, Action::NextParagraph, out);
    item(ui, app, Action::PreviousParagraph, out);
    item(ui, app, Action::NextPane, out);
    item(ui, app, Action::PreviousPane, out);
    ui.separator();
    crate::ui::menu(ui, t!("menu-language"), |ui| {
        for language in crate::i18n::Locale::all() {
            if ui
                .radio(
                    app.ui_language == language,
                    crate::ui::bidi::visual_line(&language.name(), language.is_rtl()),
                )
                .clicked()
            {
                out.push(Command::SetUiLanguage(language));
                ui.close();
            }
        }
    });
}

fn library_menu(ui: &mut Ui, app: &App, out: &mut Vec<Command>) {
    item(ui, app, Action::Library, out);
    item(ui, app, Action::LibraryVotes, out);
    item(ui, app, Action::LibraryAgenda, out);
    ui.separator();
    crate::ui::library::actions_ui(ui, app.scan.is_some(), out);
    ui.separator();
    checkbox(ui, app, Action::CitedByPanel, app.show_cited_by, out);
}

/// One line about the active document.
pub fn status_bar(ui: &mut Ui, app: &App) -> Vec<Command> {
    let out = Vec::new();
    egui::Panel::bottom("status").show(ui, |ui| {
        ui.with_layout(crate::ui::bar_layout(), |ui| {
            if app.scan.is_some() && app.library_view.is_none() {
                ui.spinner();
                ui.label(RichText::new(t!("status-scanning")).small());
                ui.separator();
            }
            let Some(tab) = app.tabs.get(app.active) else {
                ui.label(t!("status-no-document"));
                return;
            };
            let doc = &tab.doc;
            let mut parts = vec![doc.display_name()];
            if let Some(lang) = doc.meta.language {
                parts.push(lang.native_name().to_string());
            }
            parts.push(match doc.format {
                crate::document::Format::AkomaNtoso => "Akoma Ntoso".into(),
                crate::document::Format::Text => t!("format-text"),
                crate::document::Format::Pdf => "PDF".into(),
                crate::document::Format::Docx => "Word".into(),
            });
            parts.push(t!(
                "status-paragraphs",
                preambular = doc.count(ParagraphKind::Preambular),
                operative = doc.count(ParagraphKind::Operative)
            ));
            let annexed = doc.count(ParagraphKind::Annex);
            if annexed > 0 {
                parts.push(t!("status-annex", count = annexed));
            }
            parts.push(t!("status-footnotes", count = doc.footnotes.len()));
            parts.push(t!("status-citations", count = doc.all_citations().count()));
            if let Some(p) = tab.reader.current().and_then(|p| doc.paragraphs.get(p)) {
                parts.push(p.reference.clone());
            }
            // Cut short (whole on hover) where the window is narrow or the text enlarged: a
            // bar wider than the window would widen every panel past it.
            let facts = parts.join(" · ");
            ui.add(egui::Label::new(RichText::new(&facts).small()).truncate())
                .on_hover_text(facts);
            if !doc.warnings.is_empty() {
                let list = doc
                    .warnings
                    .iter()
                    .map(|w| w.localized())
                    .collect::<Vec<_>>()
                    .join("\n");
                ui.label(
                    RichText::new(t!("status-warnings", count = doc.warnings.len()))
                        .small()
                        .weak(),
                )
                .on_hover_text(list);
            }
            if let Some(path) = &tab.path {
                // In the room the facts leave: cut short (whole on hover) in a narrow window.
                ui.with_layout(crate::ui::bar_end_layout(), |ui| {
                    let shown = path.display().to_string();
                    ui.add(egui::Label::new(RichText::new(&shown).small().weak()).truncate())
                        .on_hover_text(shown);
                });
            }
        });
    });
    out
}

/// Messages that are not errors (an export saved), each with a dismiss button.
/// A note just deleted gives its Undo button the keyboard (`focus_undo`, then cleared).
pub fn notice_strip(
    ui: &mut Ui,
    notices: &[Notice],
    can_undo: bool,
    focus_undo: &mut bool,
) -> Vec<Command> {
    let mut out = Vec::new();
    for (i, notice) in notices.iter().enumerate() {
        ui.horizontal(|ui| {
            let said = ui.label(notice.text.as_str());
            crate::ui::announce(&said, &notice.text, false);
            let deleted = notice.kind == NoticeKind::NoteDeleted;
            if can_undo && deleted {
                let undo = ui
                    .button(t!("undo"))
                    .on_hover_text(crate::ui::actions::Action::UndoDelete.hover_text(ui.ctx()));
                if std::mem::take(focus_undo) {
                    undo.request_focus();
                }
                if undo.clicked() {
                    out.push(Command::UndoDelete);
                }
            }
            if ui.small_button(t!("ok")).clicked() {
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
                        RichText::new(t!("cannot-open"))
                            .strong()
                            .color(ui.visuals().error_fg_color),
                    );
                    let said = ui.label(message);
                    crate::ui::announce(&said, message, true);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.small_button(t!("dismiss")).clicked() {
                            out.push(Command::DismissError(i));
                        }
                    });
                });
            });
        ui.add_space(4.0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::shown_tabs;

    #[test]
    fn the_active_tab_is_always_among_those_shown() {
        assert_eq!(shown_tabs(&[10.0; 4], 2, 100.0), 0..4, "all fit");
        assert_eq!(
            shown_tabs(&[10.0; 10], 9, 35.0),
            7..10,
            "the last, and those before"
        );
        assert_eq!(
            shown_tabs(&[10.0; 10], 0, 35.0),
            0..3,
            "the first, and those after"
        );
        assert_eq!(shown_tabs(&[10.0; 10], 5, 35.0), 5..8, "those after first");
        assert_eq!(
            shown_tabs(&[50.0, 50.0], 1, 20.0),
            1..2,
            "even with no room"
        );
        assert_eq!(shown_tabs(&[], 0, 20.0), 0..0);
    }
}
