//! Footnotes: on wide windows in a column beside the paragraphs that cite them, each with
//! its marker (a link back to the text) and its citations; on narrow windows in a popup
//! under the marker that was clicked.

use super::access;
use super::layout::matches_in;
use super::paint::ParagraphRow;
use super::{Scene, style::Styles};
use crate::document::{Footnote, Paragraph, find::MatchPlace};
use crate::ui::command::Command;
use crate::ui::rich_text::{self, RichLayout};
use crate::ui::segments::{self, Annotated, Tag};
use egui::{FontId, Id, Painter, Pos2, Rect, Sense, Ui, Vec2};

/// A footnote laid out in the column beside its paragraph.
pub(super) struct NoteLayout {
    pub footnote: usize,
    pub layout: RichLayout,
    /// Below the top of the row.
    pub y: f32,
}

/// The footnotes a paragraph cites, each once, from the top of the column; and where the
/// column ends.
pub(super) fn layout_column(
    ctx: &egui::Context,
    scene: &Scene<'_>,
    p: &Paragraph,
) -> (Vec<NoteLayout>, f32) {
    let mut notes: Vec<NoteLayout> = Vec::new();
    let mut y = 0.0;
    for r in &p.footnote_refs {
        if notes.iter().any(|n| n.footnote == r.footnote) {
            continue;
        }
        if let Some(layout) = note_layout(ctx, scene, r.footnote) {
            let height = layout.size().y;
            notes.push(NoteLayout {
                footnote: r.footnote,
                layout,
                y,
            });
            y += height + 6.0;
        }
    }
    (notes, y)
}

/// A footnote: its marker (bold, in the link colour; highlighted when the user highlighted
/// the footnote), then its text with citations and find matches.
fn note_layout(ctx: &egui::Context, scene: &Scene<'_>, footnote: usize) -> Option<RichLayout> {
    let s = scene.s;
    let f = scene.doc.footnotes.get(footnote)?;
    let (ranges, current) = matches_in(scene, MatchPlace::Footnote(footnote));
    let annotated = Annotated {
        text: &f.text,
        styles: &f.styles,
        citations: &f.citations,
        footnote_refs: &[],
        matches: &ranges,
        current_match: current,
        highlighted_footnote: None,
    };
    let mut marker_format = s.note.format(true, false);
    marker_format.color = s.note.link;
    if scene.highlighted == Some(footnote) {
        marker_format.background = s.note.highlight_bg;
    }
    let marker = format!("{} ", f.marker);
    let segs = segments::build(
        &annotated,
        &s.note,
        Some((marker.as_str(), marker_format, Some(Tag::NoteMarker))),
    );
    Some(rich_text::layout(
        ctx,
        &segs,
        scene.g.rtl,
        scene.g.notes_text_w(),
    ))
}

/// Paints the footnotes beside a paragraph and makes them clickable: a click on a footnote
/// highlights it (and its markers in the text), a click on its marker toggles that, and its
/// citations are links.
pub(super) fn paint_column(
    ui: &mut Ui,
    painter: &Painter,
    scene: &Scene<'_>,
    row: &ParagraphRow<'_>,
    commands: &mut Vec<Command>,
) {
    let tab = scene.rc.tab_index;
    for note in &row.laid.notes {
        let origin = row.top_left + Vec2::new(scene.g.notes_text_x(), note.y);
        let rect = Rect::from_min_size(origin, note.layout.size());
        let highlighted = scene.highlighted == Some(note.footnote);
        paint_frame(painter, scene, rect, highlighted);
        note.layout.paint(painter, origin);
        let Some(footnote) = scene.doc.footnotes.get(note.footnote) else {
            continue;
        };
        let note_id = Id::unique(("note", tab, row.index, note.footnote));
        let r = ui.interact(rect, note_id, Sense::click());
        r.widget_info(|| access::footnote(footnote));
        // "Ibid." shows the footnote it repeats.
        let r = match ibid_text(scene.doc, note.footnote) {
            Some(text) => r.on_hover_text(text),
            None => r,
        };
        let before = commands.len();
        links_in_note(ui, scene, note, footnote, origin, note_id, commands);
        let marker_clicked = commands.get(before..).is_some_and(|new| {
            new.iter()
                .any(|c| matches!(c, Command::HighlightFootnote { .. }))
        });
        // A click on the note, its citations included, highlights it or keeps it highlighted
        // (a click elsewhere takes the highlight away; its marker toggles it).
        let clicked_on = r.contains_pointer() && ui.input(|i| i.pointer.primary_clicked());
        if !marker_clicked && (r.clicked() || clicked_on) {
            commands.push(Command::HighlightFootnote {
                tab,
                footnote: Some(note.footnote),
            });
        }
    }
}

/// For an "Ibid." footnote, what it repeats: `Ibid.: footnote 7, "See A/ES-10/273 …"`.
fn ibid_text(doc: &crate::document::Document, footnote: usize) -> Option<String> {
    let source = doc.footnotes.get(doc.ibid_source(footnote)?)?;
    let text = crate::t!("reader-ibid", marker = &source.marker, text = &source.text);
    Some(crate::ui::bidi::message_line(text))
}

/// The background (when highlighted) and the bar beside a footnote.
fn paint_frame(painter: &Painter, scene: &Scene<'_>, rect: Rect, highlighted: bool) {
    let s: &Styles = scene.s;
    let frame = rect.expand2(Vec2::new(6.0, 2.0));
    if highlighted {
        painter.rect_filled(frame, 2.0, s.note_highlight_bg);
    }
    let bar_x = if scene.g.rtl {
        frame.max.x
    } else {
        frame.min.x
    };
    let stroke = if highlighted {
        egui::Stroke::new(3.0, s.body.link)
    } else {
        egui::Stroke::new(2.0, s.note_bar)
    };
    painter.line_segment(
        [Pos2::new(bar_x, frame.min.y), Pos2::new(bar_x, frame.max.y)],
        stroke,
    );
}

/// The footnote's marker (back to the text) and its citations, as links.
fn links_in_note(
    ui: &mut Ui,
    scene: &Scene<'_>,
    note: &NoteLayout,
    footnote: &Footnote,
    origin: Pos2,
    note_id: Id,
    commands: &mut Vec<Command>,
) {
    let tab = scene.rc.tab_index;
    let highlighted = scene.highlighted == Some(note.footnote);
    for (k, (tag, trect)) in note.layout.tags().iter().enumerate() {
        let trect = trect.translate(origin.to_vec2());
        match Tag::decode(*tag) {
            Some(Tag::NoteMarker) => {
                let m = ui
                    .interact(trect, note_id.with(("marker", k)), Sense::click())
                    .on_hover_cursor(egui::CursorIcon::PointingHand);
                m.widget_info(|| access::back_to_text(footnote));
                if m.clicked() {
                    let next = (!highlighted).then_some(note.footnote);
                    commands.push(Command::HighlightFootnote {
                        tab,
                        footnote: next,
                    });
                }
            }
            Some(Tag::Citation(c)) => {
                let Some(citation) = footnote.citations.get(c) else {
                    continue;
                };
                let m = ui
                    .interact(trect, note_id.with(("cite", k)), Sense::click())
                    .on_hover_cursor(egui::CursorIcon::PointingHand);
                m.widget_info(|| access::citation(&footnote.text, citation));
                if m.clicked() {
                    commands.push(Command::FollowCitation {
                        tab,
                        symbol: citation.symbol.clone(),
                        pinpoint: citation.pinpoint.clone(),
                    });
                }
            }
            _ => {}
        }
    }
}

/// The footnote popup of a narrow window, under the marker that opened it; Escape or a
/// click elsewhere closes it. True when the pointer is on it.
pub(super) fn show_popup(
    ui: &mut Ui,
    popup: &mut Option<(usize, Rect)>,
    scene: &Scene<'_>,
    commands: &mut Vec<Command>,
) -> bool {
    let Some((footnote, anchor)) = *popup else {
        return false;
    };
    let Some(f) = scene.doc.footnotes.get(footnote) else {
        *popup = None;
        return false;
    };
    let ctx = ui.ctx().clone();
    let area = egui::Area::new(Id::unique(("note-popup", scene.rc.tab_index)))
        .order(egui::Order::Foreground)
        .fixed_pos(anchor.left_bottom() + Vec2::new(0.0, 4.0))
        .show(&ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| popup_ui(ui, f, scene, commands));
        });
    let clicked_elsewhere =
        ctx.input(|i| i.pointer.any_click()) && !area.response.contains_pointer();
    let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
    let on_marker = anchor.contains(ctx.input(|i| i.pointer.interact_pos()).unwrap_or_default());
    if escape || (clicked_elsewhere && !on_marker) {
        *popup = None;
    }
    area.response.contains_pointer()
}

/// Inside the popup: "Footnote 1", then the footnote's text, its citations clickable.
fn popup_ui(ui: &mut Ui, f: &Footnote, scene: &Scene<'_>, commands: &mut Vec<Command>) {
    ui.set_max_width(320.0);
    let title = crate::t!("reader-footnote", marker = &f.marker);
    ui.label(
        egui::RichText::new(title)
            .font(FontId::proportional(12.0))
            .weak(),
    );
    let annotated = Annotated {
        text: &f.text,
        styles: &f.styles,
        citations: &f.citations,
        footnote_refs: &[],
        matches: &[],
        current_match: None,
        highlighted_footnote: None,
    };
    let segs = segments::build(&annotated, &scene.s.note, None);
    let layout = rich_text::layout(ui.ctx(), &segs, scene.g.rtl, 300.0);
    let (response, clicked, _) = rich_text::show(ui, &layout);
    response.widget_info(|| access::footnote(f));
    let index = scene.doc.footnotes.iter().position(|n| std::ptr::eq(n, f));
    if let Some(text) = index.and_then(|i| ibid_text(scene.doc, i)) {
        ui.label(
            egui::RichText::new(text)
                .font(FontId::proportional(12.0))
                .weak(),
        );
    }
    if let Some(Tag::Citation(c)) = clicked.and_then(Tag::decode)
        && let Some(citation) = f.citations.get(c)
    {
        commands.push(Command::FollowCitation {
            tab: scene.rc.tab_index,
            symbol: citation.symbol.clone(),
            pinpoint: citation.pinpoint.clone(),
        });
    }
}
