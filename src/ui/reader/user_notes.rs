//! The user's notes as the reader shows them: on wide windows in the column beside their
//! paragraph (below its footnotes), each in its colour and clickable to edit; and the words
//! a note is on, highlighted in the text in the note's colour.

use super::paint::ParagraphRow;
use super::{ReaderContext, Scene, access};
use crate::store::note::Note;
use crate::store::{AnchorStatus, Placement};
use crate::ui::command::Command;
use crate::ui::rich_text::{self, RichLayout, Segment};
use crate::ui::theme;
use egui::{Color32, Id, Painter, Pos2, Rect, Sense, Ui, Vec2};

/// A note laid out in the column beside its paragraph.
pub(super) struct UserNoteLayout {
    /// Index into the tab's notes, or into the document's comments.
    pub index: usize,
    /// Whether it is a comment of the Word file (read-only), not the user's note.
    pub comment: bool,
    pub layout: RichLayout,
    /// Below the top of the row.
    pub y: f32,
}

/// The notes on paragraph `paragraph`, from `y` down the column; and where the column ends.
/// A bare bookmark has no place there: the star in the margin says it all.
pub(super) fn layout_column(
    ctx: &egui::Context,
    scene: &Scene<'_>,
    paragraph: usize,
    mut y: f32,
) -> (Vec<UserNoteLayout>, f32) {
    let notes = scene.rc.notes;
    let mut out = Vec::new();
    for &index in notes.on_paragraph(paragraph) {
        let Some(note) = notes.all().get(index) else {
            continue;
        };
        // What `TabNotes::first_written` calls a note.
        if note.text.trim().is_empty() && note.tags.is_empty() {
            continue;
        }
        let placement = notes.placements.get(index);
        let layout = note_layout(ctx, scene, note, placement);
        let height = layout.size().y;
        out.push(UserNoteLayout {
            index,
            comment: false,
            layout,
            y,
        });
        y += height + 8.0;
    }
    // A Word draft's comments on the paragraph, after the user's own notes.
    let id = scene.doc.paragraphs.get(paragraph).map(|p| p.id.as_str());
    for (index, c) in scene.doc.comments.iter().enumerate() {
        if id.is_none() || c.paragraph.as_deref() != id {
            continue;
        }
        let layout = comment_layout(ctx, scene, c);
        let height = layout.size().y;
        out.push(UserNoteLayout {
            index,
            comment: true,
            layout,
            y,
        });
        y += height + 8.0;
    }
    (out, y)
}

/// A comment: who wrote it, when, and its text.
fn comment_layout(
    ctx: &egui::Context,
    scene: &Scene<'_>,
    c: &crate::document::Comment,
) -> RichLayout {
    let s = scene.s;
    let mut meta_format = s.meta.format(false, false);
    meta_format.font_id.size = 11.5;
    let mut text_format = s.note.format(false, false);
    text_format.color = s.body.color;
    // The date in the window's language (`7 December 2020`, `2020年12月7日`).
    let date = c
        .date
        .as_deref()
        .and_then(|d| d.get(..10))
        .map(|d| crate::i18n::date(crate::i18n::locale(), d))
        .unwrap_or_default();
    let segments = [
        Segment {
            text: crate::logical_t!("reader-comment", author = &c.author, date = &date)
                .trim_end()
                .to_string()
                + "\n",
            format: meta_format,
            tag: None,
        },
        Segment {
            text: c.text.trim_end().to_string(),
            format: text_format,
            tag: None,
        },
    ];
    rich_text::layout(ctx, &segments, scene.g.rtl, scene.g.notes_text_w())
}

/// A note: its text, then its tags, where it was (if its paragraph moved) and its date.
fn note_layout(
    ctx: &egui::Context,
    scene: &Scene<'_>,
    note: &Note,
    placement: Option<&Placement>,
) -> RichLayout {
    let s = scene.s;
    let mut text_format = s.note.format(false, false);
    text_format.color = s.body.color;
    let text = if note.text.trim().is_empty() {
        crate::logical_t!("reader-bookmark-only")
    } else {
        note.text.trim_end().to_string()
    };
    let mut meta: Vec<String> = note.tags.iter().map(|t| format!("#{t}")).collect();
    if let Some(AnchorStatus::Moved { from }) = placement.map(|p| &p.status) {
        meta.push(crate::logical_t!("reader-note-was", paragraph = from));
    }
    let date = note.updated.to_string();
    meta.push(match date.get(..10) {
        Some(day) => crate::i18n::date(crate::i18n::locale(), day),
        None => date,
    });
    if note.bookmark {
        meta.insert(0, "★".into());
    }
    let mut meta_format = s.meta.format(false, false);
    meta_format.font_id.size = 11.5;
    let segments = [
        Segment {
            text,
            format: text_format,
            tag: None,
        },
        Segment {
            text: format!("\n{}", meta.join(" · ")),
            format: meta_format,
            tag: None,
        },
    ];
    rich_text::layout(ctx, &segments, scene.g.rtl, scene.g.notes_text_w())
}

/// The words that notes on a paragraph quote (notes on the whole paragraph have none), found
/// in its laid-out text, as rectangles in each note's colour.
pub(super) fn highlights(
    body: &RichLayout,
    rc: &ReaderContext<'_>,
    paragraph: usize,
    dark: bool,
) -> Vec<(Rect, Color32)> {
    let mut out = Vec::new();
    for &index in rc.notes.on_paragraph(paragraph) {
        let Some(note) = rc.notes.all().get(index) else {
            continue;
        };
        let quote = &note.anchor.quote;
        if quote.is_paragraph() || quote.exact.trim().is_empty() {
            continue;
        }
        let Some(range) = body.find(&quote.exact) else {
            continue;
        };
        let color = theme::note_color(note.color, dark).gamma_multiply(0.4);
        out.extend(body.selection_rects(range).into_iter().map(|r| (r, color)));
    }
    out
}

/// Paints the notes beside a paragraph, each a button that opens it in the editor.
pub(super) fn paint_column(
    ui: &mut Ui,
    painter: &Painter,
    scene: &Scene<'_>,
    row: &ParagraphRow<'_>,
    commands: &mut Vec<Command>,
) {
    let tab = scene.rc.tab_index;
    for laid in &row.laid.user_notes {
        let origin = row.top_left + Vec2::new(scene.g.notes_text_x(), laid.y);
        let rect = Rect::from_min_size(origin, laid.layout.size());
        if laid.comment {
            paint_comment(ui, painter, scene, row, laid, rect, commands);
            continue;
        }
        let Some(note) = scene.rc.notes.all().get(laid.index) else {
            continue;
        };
        let frame = rect.expand2(Vec2::new(6.0, 3.0));
        let color = theme::note_color(note.color, ui.visuals().dark_mode);
        painter.rect_filled(frame, 3.0, color.gamma_multiply(0.12));
        let bar_x = if scene.g.rtl {
            frame.max.x
        } else {
            frame.min.x
        };
        painter.line_segment(
            [Pos2::new(bar_x, frame.min.y), Pos2::new(bar_x, frame.max.y)],
            egui::Stroke::new(3.0, color),
        );
        laid.layout.paint(painter, origin);
        let r = ui
            .interact(
                frame,
                Id::unique(("user-note", tab, &note.id)),
                Sense::click(),
            )
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text(crate::t!("reader-edit-note-tip"));
        r.widget_info(|| access::user_note(row.paragraph, note));
        if r.clicked() {
            commands.push(Command::EditNote {
                tab,
                paragraph: row.index,
                note: Some(note.id.clone()),
                words: None,
            });
        }
    }
}

/// A Word draft's comment beside its paragraph: grey, read-only; a click offers it to the
/// user's own notes.
fn paint_comment(
    ui: &mut Ui,
    painter: &Painter,
    scene: &Scene<'_>,
    row: &ParagraphRow<'_>,
    laid: &UserNoteLayout,
    rect: Rect,
    commands: &mut Vec<Command>,
) {
    let Some(comment) = scene.doc.comments.get(laid.index) else {
        return;
    };
    let frame = rect.expand2(Vec2::new(6.0, 3.0));
    let visuals = ui.visuals();
    painter.rect_filled(frame, 3.0, visuals.faint_bg_color);
    painter.rect_stroke(
        frame,
        3.0,
        egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
    laid.layout.paint(painter, rect.min);
    let tab = scene.rc.tab_index;
    let r = ui
        .interact(
            frame,
            Id::unique(("word-comment", tab, laid.index)),
            Sense::click(),
        )
        .on_hover_cursor(egui::CursorIcon::PointingHand)
        .on_hover_text(crate::t!("reader-comment-tip"));
    let label = crate::logical_t!(
        "a11y-comment",
        author = &comment.author,
        paragraph = &row.paragraph.reference,
        text = &comment.text
    );
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if r.clicked() {
        commands.push(Command::CopyComment {
            tab,
            comment: laid.index,
        });
    }
}
