//! Bookmarks and notes in the window: the notes of an open document placed on its
//! paragraphs, the editor, and the notes panel (this document's notes, every bookmark).

use crate::document::Document;
use crate::store::note::{Color, Note};
use crate::store::{AnchorStatus, DocumentNotes, NoteStore, Placement};
use crate::t;
use crate::ui::command::Command;
use crate::ui::tab::{Tab, TabId};
use crate::ui::theme::note_color;
use egui::{RichText, Ui};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Notes made on another edition of an open document (last year's text, a draft), placed
/// in this one by their quotes.
pub struct RelatedNotes {
    pub info: crate::store::note::DocumentInfo,
    /// How the panel names where the notes come from: `A/RES/74/28`, or with the language
    /// for another language version: `A/RES/75/32 · English`.
    pub source: String,
    pub notes: Vec<Note>,
    pub placements: Vec<Placement>,
}

/// The notes of one open document and where each one stands in it.
#[derive(Default)]
pub struct TabNotes {
    pub notes: Option<DocumentNotes>,
    pub placements: Vec<Placement>,
    /// Notes on other editions not yet copied here.
    pub related: Vec<RelatedNotes>,
    /// The reader hid the page's banner about [`Self::related`].
    pub banner_dismissed: bool,
    /// For each paragraph, the indices (into `notes()`) of its notes, in creation order.
    by_paragraph: Vec<Vec<usize>>,
    /// Why the notes could not be opened, if they could not.
    pub error: Option<String>,
}

impl TabNotes {
    /// Opens the notes of a document; warnings (a damaged file repaired) are returned for the
    /// user.
    pub fn open(store: &NoteStore, doc: &Document, path: Option<&Path>) -> (TabNotes, Vec<String>) {
        match store.open(doc, path) {
            Ok(mut notes) => {
                let mut warnings: Vec<String> = notes
                    .take_warnings()
                    .iter()
                    .map(|w| w.localized())
                    .collect();
                let mut tab = TabNotes {
                    notes: Some(notes),
                    ..TabNotes::default()
                };
                match store.related_and_warnings(doc) {
                    Ok(others) => {
                        warnings.extend(others.warnings.iter().map(|w| w.localized()));
                        tab.related = related_notes(&others.documents, tab.all(), doc);
                    }
                    Err(e) => warnings.push(e.localized()),
                }
                tab.refresh(doc);
                (tab, warnings)
            }
            Err(e) => (
                TabNotes {
                    error: Some(e.localized()),
                    ..TabNotes::default()
                },
                vec![e.localized()],
            ),
        }
    }

    /// Recomputes where each note stands (after a change or on opening).
    pub fn refresh(&mut self, doc: &Document) {
        let Some(notes) = &self.notes else { return };
        self.placements = notes.placements(doc);
        self.by_paragraph = vec![Vec::new(); doc.paragraphs.len()];
        for (i, placement) in self.placements.iter().enumerate() {
            if let Some(list) = placement
                .paragraph
                .and_then(|p| self.by_paragraph.get_mut(p))
            {
                list.push(i);
            }
        }
    }

    pub fn all(&self) -> &[Note] {
        self.notes.as_ref().map_or(&[], |n| n.notes())
    }

    /// The notes on a paragraph (indices into [`Self::all`]).
    pub fn on_paragraph(&self, paragraph: usize) -> &[usize] {
        self.by_paragraph.get(paragraph).map_or(&[], Vec::as_slice)
    }

    /// The paragraph's first note with something written (a bare bookmark is not one).
    pub fn first_written(&self, paragraph: usize) -> Option<&crate::store::Note> {
        self.on_paragraph(paragraph)
            .iter()
            .filter_map(|&i| self.all().get(i))
            .find(|n| !n.text.trim().is_empty() || !n.tags.is_empty())
    }

    /// Whether the paragraph has a bookmark.
    pub fn is_bookmarked(&self, paragraph: usize) -> bool {
        self.on_paragraph(paragraph)
            .iter()
            .any(|&i| self.all().get(i).is_some_and(|n| n.bookmark))
    }

    /// The index of a note by id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.all().iter().position(|n| n.id == id)
    }
}

/// The banner above the page when the reader has notes on another edition or language
/// version of this text not yet copied here: said once, with Show, Copy here and Dismiss.
pub fn related_banner(ui: &mut Ui, notes: &TabNotes, tab: usize) -> Vec<Command> {
    let mut out = Vec::new();
    if notes.banner_dismissed || notes.related.is_empty() {
        return out;
    }
    // Each piece on a line of its own: a right-to-left line wrapped by egui would read in
    // the wrong order.
    egui::Frame::new()
        .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.25))
        .inner_margin(6.0)
        .corner_radius(4.0)
        .show(ui, |ui| {
            // From the right in a mirrored window; only as high as a row.
            let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
            ui.allocate_ui_with_layout(row, crate::ui::bar_layout(), |ui| {
                ui.add(egui::Label::new(t!("notes-banner")).truncate());
            });
            for (i, related) in notes.related.iter().enumerate() {
                ui.allocate_ui_with_layout(row, crate::ui::bar_layout(), |ui| {
                    let count = related.notes.len();
                    let source = t!("notes-from", source = &related.source, count = count);
                    ui.label(crate::ui::bidi::message_line(source));
                    // The buttons, for all of them, after the last.
                    if i + 1 < notes.related.len() {
                        return;
                    }
                    ui.add_space(8.0);
                    let show = ui
                        .button(t!("notes-banner-show"))
                        .on_hover_text(t!("notes-banner-show-tip"));
                    if show.clicked() {
                        out.push(Command::ShowRelatedNotes { tab });
                    }
                    let copy = ui
                        .button(t!("notes-banner-copy"))
                        .on_hover_text(t!("notes-copy-here-tip"));
                    if copy.clicked() {
                        // From the last, so that each copy leaves the indices before it as
                        // they are.
                        out.extend(
                            (0..notes.related.len())
                                .rev()
                                .map(|from| Command::CarryOverNotes { tab, from }),
                        );
                    }
                    if ui.button(t!("dismiss")).clicked() {
                        out.push(Command::DismissRelatedNotes { tab });
                    }
                });
            }
        });
    ui.add_space(4.0);
    out
}

/// The notes of other editions and language versions not yet copied here, named for the
/// panel.
fn related_notes(others: &[DocumentNotes], own: &[Note], doc: &Document) -> Vec<RelatedNotes> {
    crate::store::offered(others, own, doc)
        .into_iter()
        .map(|offered| {
            let source = match offered.info.language {
                Some(language) if offered.translation => {
                    format!(
                        "{} · {}",
                        offered.info.display_name(),
                        language.native_name()
                    )
                }
                _ => offered.info.display_name(),
            };
            RelatedNotes {
                info: offered.info,
                source,
                notes: offered.notes,
                placements: offered.placements,
            }
        })
        .collect()
}

/// A note being written or edited. It stays open across frames while tabs open and close,
/// so it names its tab by id and holds its document: Save writes into that document's notes
/// even if its tab was closed meanwhile.
#[derive(Clone, Debug)]
pub struct NoteEditor {
    pub tab: TabId,
    /// The document the note is on, and where it came from (None for the bundled sample).
    pub doc: Arc<Document>,
    pub path: Option<PathBuf>,
    pub paragraph: usize,
    /// For a new note on some words of the paragraph: their byte range in its text.
    pub words: Option<std::ops::Range<usize>>,
    /// None for a new note.
    pub note_id: Option<String>,
    pub text: String,
    pub color: Color,
    /// Comma-separated.
    pub tags: String,
    /// Whether the paragraph is bookmarked (by this note or another).
    pub bookmark: bool,
    /// Whether it was when the editor opened.
    pub bookmarked_before: bool,
    /// Focus the text field on the next frame.
    pub focus: bool,
    /// Text and tags as they were when the editor opened (Cancel asks before dropping more).
    original: (String, String),
    /// Cancel was asked for with words written: ask whether to discard them.
    pub confirm_discard: bool,
}

impl NoteEditor {
    pub fn new_note(tab: &Tab, paragraph: usize) -> NoteEditor {
        NoteEditor {
            tab: tab.id,
            doc: tab.doc.clone(),
            path: tab.path.clone(),
            paragraph,
            words: None,
            note_id: None,
            text: String::new(),
            color: Color::Yellow,
            tags: String::new(),
            bookmark: tab.notes.is_bookmarked(paragraph),
            bookmarked_before: tab.notes.is_bookmarked(paragraph),
            focus: true,
            original: (String::new(), String::new()),
            confirm_discard: false,
        }
    }

    pub fn edit(tab: &Tab, paragraph: usize, note: &Note) -> NoteEditor {
        let tags = note.tags.join(", ");
        NoteEditor {
            note_id: Some(note.id.clone()),
            text: note.text.clone(),
            color: note.color,
            tags: tags.clone(),
            original: (note.text.clone(), tags),
            ..NoteEditor::new_note(tab, paragraph)
        }
    }

    /// Whether the user wrote something that Cancel would lose.
    pub fn has_unsaved_words(&self) -> bool {
        (self.text.trim(), self.tags.trim()) != (self.original.0.trim(), self.original.1.trim())
    }

    pub fn tag_list(&self) -> Vec<String> {
        self.tags
            // Commas of every script the interface speaks: `,` `،` `，` `、`.
            .split([',', '#', '،', '，', '、'])
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect()
    }
}

/// The editor window. Returns Save, Delete or Cancel commands.
/// `tab` is the index of the editor's tab, None once it was closed (the note can still be
/// saved, not deleted).
pub fn editor_ui(
    ctx: &egui::Context,
    editor: &mut NoteEditor,
    tab: Option<usize>,
    reference: &str,
    quoted: Option<&str>,
    read_only: bool,
) -> Vec<Command> {
    let mut out = Vec::new();
    let title = if editor.note_id.is_some() {
        t!("notes-editor-edit", paragraph = reference)
    } else {
        t!("notes-editor-new", paragraph = reference)
    };
    egui::Window::new(title)
        .id(egui::Id::unique("note-editor"))
        .collapsible(false)
        .resizable(true)
        .default_width(380.0)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            if read_only {
                ui.label(RichText::new(t!("notes-read-only")).color(ui.visuals().warn_fg_color));
            }
            if let Some(words) = quoted {
                let shown: String = words.chars().take(200).collect();
                let ellipsis = if shown.len() < words.len() { "…" } else { "" };
                ui.label(
                    RichText::new(crate::ui::bidi::visual_line(
                        &format!("“{shown}{ellipsis}”"),
                        false,
                    ))
                    .italics()
                    .weak(),
                );
            }
            // Ctrl+Enter saves, also while the text field has the keyboard (which would take
            // the key for itself): taken before the field sees it.
            let ctrl_enter =
                ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
            let text = ui.add(
                egui::TextEdit::multiline(&mut editor.text)
                    .hint_text(t!("notes-your-note"))
                    .desired_rows(5)
                    .desired_width(f32::INFINITY)
                    .id(egui::Id::unique("note-editor-text")),
            );
            if editor.focus {
                text.request_focus();
                editor.focus = false;
            }
            ui.horizontal(|ui| {
                ui.label(t!("notes-colour"));
                for color in Color::ALL {
                    let selected = editor.color == color;
                    let swatch = egui::Button::new(
                        RichText::new(if selected { "●" } else { "○" })
                            .color(note_color(color, ui.visuals().dark_mode)),
                    )
                    .frame(false);
                    let name = color_name(color);
                    let r = ui.add(swatch).on_hover_text(&name);
                    r.widget_info(|| {
                        egui::WidgetInfo::selected(egui::Role::RadioButton, true, selected, &name)
                    });
                    if r.clicked() {
                        editor.color = color;
                    }
                }
            });
            ui.horizontal(|ui| {
                ui.label(t!("notes-tags"));
                ui.add(
                    crate::ui::field::single_line(
                        &mut editor.tags,
                        &mut crate::ui::field::layouter(ui),
                    )
                    .hint_text(t!("notes-tags-hint"))
                    .desired_width(240.0),
                );
            });
            ui.checkbox(&mut editor.bookmark, t!("notes-bookmark"));
            ui.separator();
            ui.horizontal(|ui| {
                let save = ui.add_enabled(!read_only, egui::Button::new(t!("notes-save")));
                if save.clicked() || (ctrl_enter && !read_only) {
                    out.push(Command::SaveNote);
                }
                if ui.button(t!("notes-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    if editor.has_unsaved_words() {
                        editor.confirm_discard = true;
                    } else {
                        out.push(Command::CancelNote);
                    }
                }
                if let (Some(id), Some(tab)) = (&editor.note_id, tab)
                    && ui
                        .add_enabled(!read_only, egui::Button::new(t!("notes-delete")))
                        .clicked()
                {
                    out.push(Command::DeleteNote {
                        tab,
                        note: id.clone(),
                    });
                }
            });
            if editor.confirm_discard {
                ui.separator();
                ui.label(RichText::new(t!("notes-discard-question")).strong());
                ui.horizontal(|ui| {
                    if ui.button(t!("notes-discard")).clicked() {
                        out.push(Command::CancelNote);
                    }
                    if ui.button(t!("notes-keep-writing")).clicked() {
                        editor.confirm_discard = false;
                        editor.focus = true;
                    }
                });
            }
        });
    out
}

/// A note's colour, as the editor names it.
fn color_name(color: Color) -> String {
    match color {
        Color::Yellow => t!("notes-color-yellow"),
        Color::Green => t!("notes-color-green"),
        Color::Blue => t!("notes-color-blue"),
        Color::Pink => t!("notes-color-pink"),
        Color::Orange => t!("notes-color-orange"),
        Color::Purple => t!("notes-color-purple"),
    }
}

/// Where a note stands in the document, as the panel says it: `moved (was OP4, now OP5)`.
fn placement_text(placement: &Placement, doc: &Document) -> String {
    match &placement.status {
        AnchorStatus::Attached => t!("notes-status-attached"),
        AnchorStatus::Moved { from } => {
            let now = placement
                .paragraph
                .and_then(|i| doc.paragraphs.get(i))
                .map_or("?", |p| p.reference.as_str());
            t!("notes-status-moved", from = from, now = now)
        }
        AnchorStatus::Orphaned => t!("notes-status-orphaned"),
    }
}

/// One line of the notes panel for a note of the open document.
fn note_line(note: &Note, placement: Option<&Placement>, doc: &Document) -> String {
    let reference = match placement {
        Some(p) if p.paragraph.is_none() => "—",
        Some(p) => p.reference(doc, note),
        None => note.anchor.reference.as_str(),
    };
    let mut line = String::new();
    if note.bookmark {
        line.push_str("★ ");
    }
    line.push_str(reference);
    if !note.text.trim().is_empty() {
        let first: String = note
            .text
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(60)
            .collect();
        line.push_str(" · ");
        line.push_str(&first);
    }
    line
}

/// What the notes panel's filter keeps: every word of it (case folded) in a note's text,
/// tags, quoted words or paragraph reference; `#tag` in its tags only.
struct NoteFilter {
    words: Vec<String>,
}

impl NoteFilter {
    fn new(filter: &str) -> NoteFilter {
        NoteFilter {
            words: filter.split_whitespace().map(str::to_lowercase).collect(),
        }
    }

    fn matches(&self, note: &Note, reference: &str) -> bool {
        let tags: Vec<String> = note.tags.iter().map(|t| t.to_lowercase()).collect();
        let text = [
            note.text.as_str(),
            note.anchor.quote.exact.as_str(),
            reference,
        ]
        .join("\n")
        .to_lowercase();
        self.words.iter().all(|word| match word.strip_prefix('#') {
            Some(tag) => tags.iter().any(|t| t == tag),
            None => text.contains(word.as_str()) || tags.iter().any(|t| t.contains(word.as_str())),
        })
    }
}

/// Export this document's notes: Markdown (each note linking back to its paragraph), W3C
/// Web Annotation JSON, or CSV.
fn export_menu(ui: &mut Ui, tab: usize, out: &mut Vec<Command>) {
    use crate::store::export::Format;
    ui.menu_button(t!("notes-export"), |ui| {
        for format in Format::ALL {
            let (label, tip) = match format {
                Format::Markdown => (t!("notes-export-markdown"), t!("notes-export-markdown-tip")),
                Format::WebAnnotation => (t!("notes-export-json"), t!("notes-export-json-tip")),
                Format::Csv => (t!("notes-export-csv"), t!("notes-export-csv-tip")),
            };
            if ui.button(label).on_hover_text(tip).clicked() {
                out.push(Command::ExportNotes { tab, format });
                ui.close();
            }
        }
    });
}

/// The notes panel: this document's notes in reading order (moved and orphaned ones say so),
/// then every bookmark across documents.
pub fn panel_ui(
    ui: &mut Ui,
    app_tabs: &[crate::ui::tab::Tab],
    active: usize,
    bookmarks: &[(crate::store::note::DocumentInfo, Note)],
    filter: &mut String,
) -> Vec<Command> {
    let mut out = Vec::new();
    ui.add(
        crate::ui::field::single_line(filter, &mut crate::ui::field::layouter(ui))
            .hint_text(t!("notes-filter-hint"))
            .desired_width(f32::INFINITY)
            .id(filter_id()),
    );
    let wanted = NoteFilter::new(filter);
    egui::ScrollArea::vertical()
        .id_salt("notes-panel")
        .auto_shrink(false)
        .show(ui, |ui| {
            if let Some(tab) = app_tabs.get(active) {
                let notes = &tab.notes;
                // Export… goes under the heading in a narrow panel.
                let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
                let layout = crate::ui::bar_layout().with_main_wrap(true);
                ui.allocate_ui_with_layout(row, layout, |ui| {
                    ui.label(RichText::new(t!("notes-this-document")).strong());
                    if !notes.all().is_empty() {
                        export_menu(ui, active, &mut out);
                    }
                });
                if let Some(error) = &notes.error {
                    ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
                }
                let mut order: Vec<usize> = (0..notes.all().len())
                    .filter(|&i| {
                        let reference = notes
                            .placements
                            .get(i)
                            .zip(notes.all().get(i))
                            .map_or("", |(p, n)| p.reference(&tab.doc, n));
                        notes
                            .all()
                            .get(i)
                            .is_some_and(|n| wanted.matches(n, reference))
                    })
                    .collect();
                order.sort_by_key(|&i| {
                    notes
                        .placements
                        .get(i)
                        .and_then(|p| p.paragraph)
                        .unwrap_or(usize::MAX)
                });
                if order.is_empty() {
                    let empty = if notes.all().is_empty() {
                        t!("notes-none-yet")
                    } else {
                        t!("notes-no-match")
                    };
                    ui.label(RichText::new(empty).weak());
                }
                for i in order {
                    let Some(note) = notes.all().get(i) else {
                        continue;
                    };
                    let placement = notes.placements.get(i);
                    let line =
                        crate::ui::bidi::visual_line(&note_line(note, placement, &tab.doc), false);
                    let reference = placement.map_or(note.anchor.reference.as_str(), |p| {
                        p.reference(&tab.doc, note)
                    });
                    note_row(ui, note, &line, reference, |action, keyboard| {
                        let paragraph = placement.and_then(|p| p.paragraph);
                        match (action, paragraph) {
                            (RowAction::Open, Some(p)) => {
                                out.push(Command::JumpTo {
                                    tab: active,
                                    paragraph: p,
                                });
                                if keyboard {
                                    out.push(Command::FocusParagraph {
                                        tab: active,
                                        paragraph: p,
                                    });
                                }
                            }
                            (RowAction::Open | RowAction::Edit, _) => {
                                out.push(Command::EditNote {
                                    tab: active,
                                    paragraph: paragraph.unwrap_or(usize::MAX),
                                    note: Some(note.id.clone()),
                                    words: None,
                                });
                            }
                            (RowAction::Delete, _) => out.push(Command::DeleteNote {
                                tab: active,
                                note: note.id.clone(),
                            }),
                        }
                    });
                    if let Some(placement) = placement {
                        match &placement.status {
                            AnchorStatus::Attached => {}
                            AnchorStatus::Moved { .. } => {
                                ui.label(
                                    RichText::new(placement_text(placement, &tab.doc))
                                        .small()
                                        .weak(),
                                );
                            }
                            AnchorStatus::Orphaned => {
                                let quote: String =
                                    note.anchor.quote.exact.chars().take(80).collect();
                                let text = t!(
                                    "notes-orphaned",
                                    paragraph = &note.anchor.reference,
                                    quote = &quote
                                );
                                ui.label(
                                    RichText::new(crate::ui::bidi::message_line(text))
                                        .small()
                                        .color(ui.visuals().warn_fg_color),
                                );
                            }
                        }
                    }
                }
                comments_ui(ui, tab, active, &mut out);
                for (r, related) in tab.notes.related.iter().enumerate() {
                    ui.add_space(8.0);
                    let count = related.notes.len();
                    let title = t!("notes-from", source = &related.source, count = count);
                    ui.label(RichText::new(crate::ui::bidi::message_line(title)).strong());
                    for (note, placement) in related.notes.iter().zip(&related.placements) {
                        // The note's own words in visual order, then the panel's words.
                        let mut line = crate::ui::bidi::visual_line(
                            &note_line(note, Some(placement), &tab.doc),
                            false,
                        );
                        line.push_str(" · ");
                        line.push_str(&placement_text(placement, &tab.doc));
                        if placement.paragraph.is_none() {
                            let quote: String = note.anchor.quote.exact.chars().take(60).collect();
                            let was = t!(
                                "notes-was",
                                paragraph = &note.anchor.reference,
                                quote = &quote
                            );
                            line.push(' ');
                            line.push_str(&crate::ui::bidi::message_line(was));
                        }
                        let r = ui.selectable_label(false, line);
                        if r.clicked()
                            && let Some(p) = placement.paragraph
                        {
                            out.push(Command::JumpTo {
                                tab: active,
                                paragraph: p,
                            });
                        }
                    }
                    let copy = ui
                        .button(t!("notes-copy-here"))
                        .on_hover_text(t!("notes-copy-here-tip"));
                    if copy.clicked() {
                        out.push(Command::CarryOverNotes {
                            tab: active,
                            from: r,
                        });
                    }
                }
                ui.add_space(10.0);
            }
            ui.label(RichText::new(t!("notes-all-bookmarks")).strong());
            if bookmarks.is_empty() {
                ui.label(RichText::new(t!("notes-no-bookmarks")).weak());
            }
            for (info, note) in bookmarks
                .iter()
                .filter(|(_, note)| wanted.matches(note, &note.anchor.reference))
            {
                // The language tells apart bookmarks on two language versions of one text.
                let mut label = format!("★ {} {}", info.display_name(), note.anchor.reference);
                if let Some(language) = info.language {
                    label.push_str(" · ");
                    label.push_str(language.native_name());
                }
                let r = ui.selectable_label(false, crate::ui::bidi::visual_line(&label, false));
                let r = match &info.path {
                    Some(p) => r.on_hover_text(p.as_str()),
                    None => r,
                };
                if r.clicked() {
                    out.push(Command::OpenBookmark {
                        info: info.clone(),
                        paragraph_id: note.anchor.paragraph_id.clone(),
                        reference: note.anchor.reference.clone(),
                    });
                }
            }
        });
    out
}

/// The id of the notes panel's filter field, where F6 takes the keyboard.
pub fn filter_id() -> egui::Id {
    egui::Id::unique("notes-filter")
}

/// What a row of the notes panel was asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RowAction {
    /// Go to the note's paragraph (edit it, when its paragraph is gone).
    Open,
    Edit,
    Delete,
}

/// A note in the notes panel: its colour, its line (cut short in a narrow panel, whole on
/// hover), then Edit and Delete at the row's end. `act` gets what was asked, and whether from
/// the keyboard (or a screen reader).
fn note_row(
    ui: &mut Ui,
    note: &Note,
    line: &str,
    reference: &str,
    mut act: impl FnMut(RowAction, bool),
) {
    let keyboard = crate::ui::by_keyboard;
    let (edit, delete) = (t!("notes-edit"), t!("notes-delete"));
    // Room for the two buttons at the end; in a narrow panel (enlarged text) they go under
    // the line instead.
    let button_width = |text: &str| {
        let galley = ui.painter().layout_no_wrap(
            text.to_string(),
            egui::TextStyle::Body.resolve(ui.style()),
            egui::Color32::WHITE,
        );
        galley.size().x + 2.0 * ui.spacing().button_padding.x
    };
    let buttons = button_width(&edit) + button_width(&delete) + 2.0 * ui.spacing().item_spacing.x;
    let bar = 4.0 + ui.spacing().item_spacing.x;
    let stacked = ui.available_width() < bar + buttons + 80.0;
    let mut buttons_ui = |ui: &mut Ui| {
        let r = ui.small_button(&edit);
        let name = crate::logical_t!("a11y-edit-note", paragraph = reference);
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if r.clicked() {
            act(RowAction::Edit, keyboard(&r));
        }
        let r = ui.small_button(&delete);
        let name = crate::logical_t!("a11y-delete-note", paragraph = reference);
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if r.clicked() {
            act(RowAction::Delete, keyboard(&r));
        }
    };
    let mut opened = None;
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(egui::vec2(4.0, 16.0), egui::Sense::hover());
        ui.painter()
            .rect_filled(rect, 1.0, note_color(note.color, ui.visuals().dark_mode));
        let room = if stacked {
            ui.available_width()
        } else {
            ui.available_width() - buttons
        };
        let r = ui
            .scope(|ui| {
                ui.set_max_width(room);
                ui.add(egui::Button::selectable(false, line).truncate())
            })
            .inner
            .on_hover_text(line);
        if r.clicked() {
            opened = Some(keyboard(&r));
        }
        if !stacked {
            ui.add_space((room - r.rect.width()).max(0.0));
            buttons_ui(ui);
        }
    });
    if stacked {
        // And under each other where even that is too narrow.
        let row = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        let layout = crate::ui::bar_layout().with_main_wrap(true);
        ui.allocate_ui_with_layout(row, layout, |ui| {
            ui.add_space(bar);
            buttons_ui(ui);
        });
    }
    if let Some(keyboard) = opened {
        act(RowAction::Open, keyboard);
    }
}

/// A Word draft's comments, read-only, each with its author, date and paragraph; a click
/// goes to the paragraph, and each can be copied into the user's own notes.
fn comments_ui(ui: &mut Ui, tab: &crate::ui::tab::Tab, active: usize, out: &mut Vec<Command>) {
    let comments = &tab.doc.comments;
    if comments.is_empty() {
        return;
    }
    ui.add_space(8.0);
    let title = t!("notes-comments", count = comments.len());
    ui.label(RichText::new(title).strong());
    for (i, c) in comments.iter().enumerate() {
        let paragraph = c
            .paragraph
            .as_deref()
            .and_then(|id| tab.doc.paragraph_index(id));
        let reference = paragraph
            .and_then(|p| tab.doc.paragraphs.get(p))
            .map_or("", |p| p.reference.as_str());
        let date = c.date.as_deref().and_then(|d| d.get(..10)).unwrap_or("");
        let text: String = c.text.chars().take(160).collect();
        let line = format!("{reference} · {} {date}: {text}", c.author);
        let r = ui
            .selectable_label(false, crate::ui::bidi::visual_line(&line, false))
            .on_hover_text(c.text.as_str());
        if r.clicked()
            && let Some(p) = paragraph
        {
            out.push(Command::JumpTo {
                tab: active,
                paragraph: p,
            });
        }
        if paragraph.is_some()
            && ui
                .small_button(t!("notes-copy-comment"))
                .on_hover_text(t!("notes-copy-comment-tip"))
                .clicked()
        {
            out.push(Command::CopyComment {
                tab: active,
                comment: i,
            });
        }
    }
}
