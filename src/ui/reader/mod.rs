//! The reading view of one document: a header, then paragraphs with their refs in the margin
//! and their footnotes in a column beside them (popups on narrow windows).
//!
//! Only visible rows are laid out; layouts are cached per width, zoom and theme, and the rest
//! of the document is laid out a few milliseconds per frame so the scroll bar settles. The row
//! at the top of the view stays put while heights above it are refined.
//!
//! A frame goes: [`show`] works out the [`Geometry`] and the `Styles` (fonts, colours), the
//! virtual list asks `layout.rs` for the rows it needs, then `paint.rs` paints each visible
//! row and makes its parts clickable. The parts of a paragraph's row each have a file:
//!
//! - `geometry.rs`: where the margin, text and footnote columns go for the window's width.
//! - `style.rs`: fonts and colours for this frame (colours from `ui::theme`).
//! - `layout.rs`: what each row is laid out as, and estimates of rows not laid out yet.
//! - `table.rs`: tables inside a paragraph.
//! - `paint.rs`: painting a laid-out row, in order: focus, margin, text, links, notes.
//! - `links.rs`: the bookmark button in the margin, citations and footnote markers.
//! - `selection.rs`: selecting text by dragging, within a paragraph or across several.
//! - `menu.rs`: a paragraph's context menu.
//! - `footnotes.rs`: the footnote column, and footnote popups on narrow windows.
//! - `user_notes.rs`: the user's notes beside the text, and the words they are on.
//! - `access.rs`: what screen readers (and the UI tests) are told about each part.

mod access;
mod footnotes;
mod geometry;
pub use geometry::MIN_WIDTH;
mod layout;
mod links;
mod menu;
mod paint;
mod selection;
mod style;
mod table;
mod user_notes;

pub use geometry::{Geometry, NARROW_WIDTH};
pub use selection::TextSelection;

use crate::document::Document;
use crate::ui::command::Command;
use crate::ui::tab::Tab;
use crate::ui::virtual_list::VirtualList;
use egui::{Rect, Ui};
use layout::{LayoutKey, RowLayout};
use paint::RowView;
use style::Styles;

/// One row of the view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// Body, session, agenda item, adoption: a small line above the title.
    Meta,
    Title,
    Formula,
    /// The title of an annex or a part (A, B).
    Division(usize),
    Paragraph(usize),
    /// Adoption meeting and date.
    Closing,
}

/// Scrolling, focus and layout state of one tab's reader.
pub struct ReaderState {
    pub rows: Vec<RowKind>,
    /// For each paragraph, its row.
    para_row: Vec<usize>,
    list: VirtualList<RowLayout>,
    key: Option<LayoutKey>,
    /// Bumped when highlights change, to re-lay out text.
    pub generation: u64,
    /// The paragraph the keyboard works on.
    pub focus: Option<usize>,
    pub highlighted_footnote: Option<usize>,
    /// The topmost visible paragraph (the outline shows it).
    pub top_paragraph: Option<usize>,
    /// A footnote shown as a popup (narrow windows), with the marker's rectangle.
    popup: Option<(usize, Rect)>,
    /// Text selected by dragging over a paragraph.
    pub selection: Option<TextSelection>,
}

impl ReaderState {
    pub fn new(doc: &Document) -> ReaderState {
        let (rows, para_row) = rows_of(doc);
        let mut list = VirtualList::default();
        list.reset(rows.len(), |_| 40.0);
        ReaderState {
            rows,
            para_row,
            list,
            key: None,
            generation: 0,
            focus: None,
            highlighted_footnote: None,
            top_paragraph: None,
            popup: None,
            selection: None,
        }
    }

    /// Scrolls so that this paragraph is at the top without focusing it: where the reader
    /// left the document last time.
    pub fn resume_at(&mut self, paragraph: usize) {
        if let Some(&row) = self.para_row.get(paragraph) {
            self.list.scroll_to(row);
            self.top_paragraph = Some(paragraph);
        }
    }

    /// Scrolls so that this paragraph is at the top, and focuses it.
    pub fn jump_to(&mut self, paragraph: usize) {
        if let Some(&row) = self.para_row.get(paragraph) {
            self.list.scroll_to(row);
            self.focus = Some(paragraph);
        }
    }

    /// The paragraph being read, as the outline, the status bar and the keyboard see it: the
    /// one worked on (jumped to, found, clicked) while it is in view, else the top one.
    pub fn current(&self) -> Option<usize> {
        self.focus.or(self.top_paragraph)
    }

    /// Scrolls only if the paragraph is not fully visible.
    pub fn reveal(&mut self, paragraph: usize) {
        if let Some(&row) = self.para_row.get(paragraph) {
            self.list.reveal(row);
        }
    }

    /// Forces re-layout of text (highlights changed).
    pub fn invalidate(&mut self) {
        self.generation += 1;
    }

    /// Whether every row has been laid out at the current width (the scroll bar is exact).
    pub fn fully_laid_out(&self) -> bool {
        self.list.settled()
    }

    /// Starts laying out again when the width, zoom, theme or highlights changed. Old
    /// heights stay as estimates so the view does not jump while rows are laid out again; a
    /// new width needs new estimates.
    fn update_key(&mut self, key: LayoutKey, doc: &Document) {
        if self.key.as_ref() == Some(&key) {
            return;
        }
        self.list.invalidate();
        if self.key.as_ref().is_none_or(|k| k.geometry != key.geometry) {
            let rows = &self.rows;
            let geometry = &key.geometry;
            self.list
                .estimate(|row| layout::estimate_height(doc, rows[row], geometry));
        }
        self.key = Some(key);
    }
}

/// The rows of a document (header, division titles, paragraphs, closing) and, for each
/// paragraph, its row.
fn rows_of(doc: &Document) -> (Vec<RowKind>, Vec<usize>) {
    let mut rows = vec![RowKind::Meta, RowKind::Title];
    if doc.formula.is_some() {
        rows.push(RowKind::Formula);
    }
    let mut para_row = Vec::with_capacity(doc.paragraphs.len());
    let mut division = 0;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        if p.division != division {
            division = p.division;
            if doc
                .divisions
                .get(division)
                .is_some_and(|d| !d.label.is_empty() || d.title.is_some())
            {
                rows.push(RowKind::Division(division));
            }
        }
        para_row.push(rows.len());
        rows.push(RowKind::Paragraph(i));
    }
    if doc.meta.meeting.is_some() || doc.meta.adopted.is_some() {
        rows.push(RowKind::Closing);
    }
    (rows, para_row)
}

/// Everything the reader needs to know about its surroundings.
pub struct ReaderContext<'a> {
    /// The user's notes on this document, placed on its paragraphs.
    pub notes: &'a crate::ui::notes::TabNotes,
    pub tab_index: usize,
    /// Find matches to highlight, per place.
    pub matches: &'a [crate::document::find::Match],
    pub current_match: Option<usize>,
}

/// What laying out and painting rows read: the document, this frame's geometry and styles,
/// and the tab's surroundings.
struct Scene<'a> {
    doc: &'a Document,
    g: Geometry,
    s: &'a Styles,
    rc: &'a ReaderContext<'a>,
    /// The footnote the user highlighted, if any.
    highlighted: Option<usize>,
}

/// The id of a paragraph's text in the reader (painted or not): what keyboard focus goes
/// back to when a dialog opened from it closes.
pub fn paragraph_id(tab_index: usize, paragraph: usize) -> egui::Id {
    egui::Id::unique(("paragraph", tab_index, paragraph))
}

/// Shows the document. Returns what the user asked for.
pub fn show(ui: &mut Ui, tab: &mut Tab, rc: &ReaderContext<'_>) -> Vec<Command> {
    let mut commands = Vec::new();
    let doc = tab.doc.clone();
    let state = &mut tab.reader;
    let rtl = doc.meta.language.is_some_and(|l| l.is_rtl());
    let geometry = Geometry::new(ui.available_width(), rtl);
    let key = LayoutKey {
        geometry,
        pixels_per_point: ui.ctx().pixels_per_point(),
        dark: ui.visuals().dark_mode,
        generation: state.generation,
    };
    state.update_key(key, &doc);
    let styles = Styles::new(ui, &doc);
    let scene = Scene {
        doc: &doc,
        g: geometry,
        s: &styles,
        rc,
        highlighted: state.highlighted_footnote,
    };
    let ctx = ui.ctx().clone();
    let ReaderState {
        rows,
        list,
        focus,
        popup,
        selection,
        ..
    } = state;
    let layout = |row: usize| {
        let laid = layout::layout_row(&ctx, &scene, rows[row]);
        let height = laid.height;
        (laid, height)
    };
    let paint = |ui: &mut Ui, row: usize, laid: &RowLayout, rect: Rect| {
        let mut view = RowView {
            focus: &mut *focus,
            popup: &mut *popup,
            selection: &mut *selection,
            commands: &mut commands,
        };
        paint::paint_row(ui, &scene, &mut view, rows[row], laid, rect.min);
    };
    // What a screen reader is told of the rows out of view, and the row its focus went to.
    let mut unseen_commands = Vec::new();
    let mut reader_went_to = None;
    let describe = |ui: &mut Ui, row: usize, _: Option<&RowLayout>, rect: Rect| match rows[row] {
        RowKind::Paragraph(index) => {
            let focused =
                access::unpainted_paragraph(ui, &scene, index, rect, &mut unseen_commands);
            if focused {
                reader_went_to = Some((row, index));
            }
        }
        kind => access::unpainted_header(ui, &scene, kind, rect),
    };
    let view = ui.available_rect_before_wrap();
    list.show_described(
        ui,
        ("reader", rc.tab_index, doc.display_name()),
        layout,
        paint,
        describe,
    );
    commands.append(&mut unseen_commands);
    // The view follows a screen reader's focus to a paragraph out of view.
    if let Some((row, paragraph)) = reader_went_to {
        list.reveal(row);
        *focus = Some(paragraph);
    }
    selection::scroll_along(ui, list, selection.as_ref(), view);
    let top = list.top_row();
    state.top_paragraph = state.rows.iter().skip(top).find_map(|r| match r {
        RowKind::Paragraph(p) => Some(*p),
        _ => None,
    });
    // Scrolled out of view by the reader: the paragraph in view is the current one again.
    if let Some(focused) = state.focus
        && !state.list.moving()
        && state
            .para_row
            .get(focused)
            .is_some_and(|row| !state.list.visible_rows().contains(row))
    {
        state.focus = None;
    }
    let on_popup = footnotes::show_popup(ui, &mut state.popup, &scene, &mut commands);
    // A click anywhere but on a footnote, its marker or its popup takes the highlight away.
    if state.highlighted_footnote.is_some()
        && !on_popup
        && ui.input(|i| i.pointer.primary_clicked())
        && !commands
            .iter()
            .any(|c| matches!(c, Command::HighlightFootnote { .. }))
    {
        commands.push(Command::HighlightFootnote {
            tab: rc.tab_index,
            footnote: None,
        });
    }
    commands
}
