//! The clickable parts of a paragraph other than its text: the bookmark button over the
//! reference in the margin, and, in the text, citations (which open the cited document) and
//! footnote markers (which highlight the footnote, or open it in a popup on narrow windows).
//! Each is a widget of its own, named for screen readers and tests.

use super::paint::{ParagraphRow, RowView};
use super::{Scene, access};
use crate::document::Citation;
use crate::ui::actions::Action;
use crate::ui::command::Command;
use crate::ui::segments::Tag;
use egui::{Id, Rect, Sense, Ui, Vec2};

/// The reference in the margin is a button: a click bookmarks the paragraph, or removes
/// its bookmark.
pub(super) fn bookmark_button(
    ui: &mut Ui,
    scene: &Scene<'_>,
    row: &ParagraphRow<'_>,
    commands: &mut Vec<Command>,
) {
    let g = &scene.g;
    let tab = scene.rc.tab_index;
    let rect = Rect::from_min_size(
        row.top_left + Vec2::new(g.margin_x, 0.0),
        Vec2::new(g.margin_w, 24.0),
    );
    let response = ui
        .interact(rect, Id::unique(("margin", tab, row.index)), Sense::click())
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    // A narrow window has no column of notes: the "●" there opens the paragraph's note.
    let note = if g.wide {
        None
    } else {
        scene.rc.notes.first_written(row.index)
    };
    let label = match note {
        Some(_) => crate::logical_t!("a11y-open-note", paragraph = &row.paragraph.reference),
        None => access::bookmark_label(row.paragraph, row.laid.bookmarked),
    };
    response.widget_info(|| access::bookmark_button(&label));
    let tip = match note {
        Some(_) => label.clone(),
        None => {
            let key = Action::Bookmark.shortcut_text(ui.ctx()).unwrap_or_default();
            format!("{label} ({key})")
        }
    };
    // The label is as screen readers read it; the tooltip is laid out for the window.
    let tip = crate::ui::bidi::visual_line(&tip, crate::i18n::locale().is_rtl());
    let response = response.on_hover_text(tip);
    if response.clicked() {
        commands.push(match note {
            Some(note) => Command::EditNote {
                tab,
                paragraph: row.index,
                note: Some(note.id.clone()),
                words: None,
            },
            None => Command::ToggleBookmark {
                tab,
                paragraph: row.index,
            },
        });
    }
}

/// Citations and footnote markers in the paragraph's text.
pub(super) fn in_text(
    ui: &mut Ui,
    scene: &Scene<'_>,
    view: &mut RowView<'_>,
    row: &ParagraphRow<'_>,
) {
    let id = Id::unique(("paragraph", scene.rc.tab_index, row.index));
    for (k, (tag, rect)) in row.laid.body.tags().iter().enumerate() {
        let rect = rect.translate(row.body_origin.to_vec2());
        let tag_id = id.with(("tag", k));
        match Tag::decode(*tag) {
            Some(Tag::Citation(c)) => {
                if let Some(citation) = row.paragraph.citations.get(c) {
                    citation_link(ui, scene, row, citation, rect, tag_id, view.commands);
                }
            }
            Some(Tag::FootnoteRef(f)) => {
                if let Some(fref) = row.paragraph.footnote_refs.get(f) {
                    footnote_marker(ui, scene, view, &fref.marker, fref.footnote, rect, tag_id);
                }
            }
            Some(Tag::NoteMarker) | None => {}
        }
    }
}

/// A citation: hovering shows what it cites, a click follows it.
fn citation_link(
    ui: &mut Ui,
    scene: &Scene<'_>,
    row: &ParagraphRow<'_>,
    citation: &Citation,
    rect: Rect,
    id: Id,
    commands: &mut Vec<Command>,
) {
    let r = ui
        .interact(rect, id, Sense::click())
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    r.widget_info(|| access::citation(&row.paragraph.text, citation));
    let r = r.on_hover_text(hover_text(&citation.symbol, citation.pinpoint.as_deref()));
    if r.clicked() {
        commands.push(Command::FollowCitation {
            tab: scene.rc.tab_index,
            symbol: citation.symbol.clone(),
            pinpoint: citation.pinpoint.clone(),
        });
    }
}

/// A footnote marker: a click highlights the footnote (or clears the highlight), and on a
/// narrow window opens it in a popup under the marker.
fn footnote_marker(
    ui: &mut Ui,
    scene: &Scene<'_>,
    view: &mut RowView<'_>,
    marker: &str,
    footnote: usize,
    rect: Rect,
    id: Id,
) {
    let r = ui
        .interact(rect.expand(2.0), id, Sense::click())
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    r.widget_info(|| access::footnote_marker(marker));
    if r.clicked() {
        let next = (scene.highlighted != Some(footnote)).then_some(footnote);
        view.commands.push(Command::HighlightFootnote {
            tab: scene.rc.tab_index,
            footnote: next,
        });
        if !scene.g.wide {
            *view.popup = next.map(|n| (n, rect));
        }
    }
}

/// What hovering a citation says: the symbol, and the paragraph it points to.
fn hover_text(symbol: &str, pinpoint: Option<&str>) -> String {
    match pinpoint {
        Some(p) => crate::t!("reader-citation-paragraph", symbol = symbol, paragraph = p),
        None => symbol.to_string(),
    }
}
