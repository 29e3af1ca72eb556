//! What screen readers are told about each part of the reading view, through AccessKit.
//! The UI tests find the parts by these same words, so they are part of the interface.
//! The words are in the interface's language, in logical order (as written), as screen
//! readers read them.

use super::RowKind;
use crate::document::{Citation, Footnote, Paragraph};
use crate::logical_t;
use crate::store::note::Note;
use egui::{Role, WidgetInfo};

/// A header row (facts, title, formula, division title, closing): titles are headings.
pub(super) fn header_row(kind: RowKind, label: &str) -> WidgetInfo {
    let role = match kind {
        RowKind::Title | RowKind::Division(_) => Role::Heading,
        _ => Role::Label,
    };
    WidgetInfo::labeled(role, true, label)
}

/// A paragraph: its reference, then its text (`PP3: Affirming …`).
pub(super) fn paragraph(p: &Paragraph) -> WidgetInfo {
    WidgetInfo::labeled(
        Role::Paragraph,
        true,
        format!("{}: {}", p.reference, p.text),
    )
}

/// What the bookmark button in the margin does: `Bookmark PP3`, `Remove bookmark from PP3`.
pub(super) fn bookmark_label(p: &Paragraph, bookmarked: bool) -> String {
    // Text without a printed number has only an internal id: it is "this paragraph".
    let numbered = p.kind != crate::document::ParagraphKind::Other;
    let paragraph = p.reference.as_str();
    match (bookmarked, numbered) {
        (false, true) => logical_t!("a11y-bookmark", paragraph = paragraph),
        (true, true) => logical_t!("a11y-remove-bookmark", paragraph = paragraph),
        (false, false) => logical_t!("a11y-bookmark-this-paragraph"),
        (true, false) => logical_t!("a11y-remove-bookmark-this-paragraph"),
    }
}

/// The bookmark button in the margin.
pub(super) fn bookmark_button(label: &str) -> WidgetInfo {
    WidgetInfo::labeled(Role::Button, true, label)
}

/// A citation in `text` (a paragraph's or a footnote's): a link named as printed (`74/28`).
pub(super) fn citation(text: &str, citation: &Citation) -> WidgetInfo {
    let printed = text.get(citation.range.clone()).unwrap_or(&citation.symbol);
    WidgetInfo::labeled(Role::Link, true, printed)
}

/// A footnote marker in the text: `footnote 2`.
pub(super) fn footnote_marker(marker: &str) -> WidgetInfo {
    WidgetInfo::labeled(
        Role::Link,
        true,
        logical_t!("a11y-footnote-marker", marker = marker),
    )
}

/// A footnote, beside the text or in a popup: `Footnote 2: A/68/98.`
pub(super) fn footnote(f: &Footnote) -> WidgetInfo {
    WidgetInfo::labeled(
        Role::Note,
        true,
        logical_t!("a11y-footnote", marker = &f.marker, text = &f.text),
    )
}

/// A footnote's own marker, which leads back to the text.
pub(super) fn back_to_text(f: &Footnote) -> WidgetInfo {
    WidgetInfo::labeled(
        Role::Link,
        true,
        logical_t!("a11y-back-to-text", marker = &f.marker),
    )
}

/// One of the user's notes beside its paragraph: `Note on PP1: …`.
pub(super) fn user_note(p: &Paragraph, note: &Note) -> WidgetInfo {
    WidgetInfo::labeled(
        Role::Note,
        true,
        logical_t!("a11y-note", paragraph = &p.reference, text = &note.text),
    )
}

/// A row out of view that is not a paragraph (the title, a division's title, the closing),
/// named as when it is painted, with the same id.
pub(super) fn unpainted_header(
    ui: &mut egui::Ui,
    scene: &super::Scene<'_>,
    kind: RowKind,
    rect: egui::Rect,
) {
    let text = super::layout::header_text(scene.doc, kind);
    if text.trim().is_empty() {
        return;
    }
    let r = ui.interact(
        rect,
        egui::Id::unique(("row", scene.rc.tab_index, kind)),
        egui::Sense::hover(),
    );
    r.widget_info(|| header_row(kind, &text));
}

/// A paragraph out of view, as a screen reader meets it: its bookmark button (saying whether
/// it is bookmarked, and working), the paragraph (`PP3: Affirming …`), its citations as links
/// and its footnote markers (which work as in the painted text), its footnotes and the
/// reader's notes on it. Nothing is painted; the widgets stand where the paragraph would be, with
/// the ids the painted paragraph has, so that focus stays on it when it comes into view.
/// Returns whether the screen reader's (or the keyboard's) focus has just come to the
/// paragraph (only then does the view follow it: a reader may scroll away afterwards).
pub(super) fn unpainted_paragraph(
    ui: &mut egui::Ui,
    scene: &super::Scene<'_>,
    index: usize,
    rect: egui::Rect,
    commands: &mut Vec<crate::ui::command::Command>,
) -> bool {
    use crate::ui::command::Command;
    use egui::{Id, Sense};
    let Some(p) = scene.doc.paragraphs.get(index) else {
        return false;
    };
    let tab = scene.rc.tab_index;
    // A point inside the paragraph for its parts: they cannot be pointed at, only reached.
    let spot = egui::Rect::from_min_size(rect.min, egui::vec2(1.0, 1.0));
    let bookmarked = scene.rc.notes.is_bookmarked(index);
    let mark = ui.interact(spot, Id::unique(("margin", tab, index)), Sense::click());
    let label = bookmark_label(p, bookmarked);
    mark.widget_info(|| bookmark_button(&label));
    let mut focused = mark.gained_focus();
    if mark.clicked() {
        commands.push(Command::ToggleBookmark {
            tab,
            paragraph: index,
        });
    }
    let id = Id::unique(("paragraph", tab, index));
    let text = ui.interact(rect, id, Sense::focusable_noninteractive());
    text.widget_info(|| paragraph(p));
    focused |= text.gained_focus();
    for (k, c) in p.citations.iter().enumerate() {
        let r = ui.interact(spot, id.with(("unseen-citation", k)), Sense::click());
        r.widget_info(|| citation(&p.text, c));
        focused |= r.gained_focus();
        if r.clicked() {
            commands.push(Command::FollowCitation {
                tab,
                symbol: c.symbol.clone(),
                pinpoint: c.pinpoint.clone(),
            });
        }
    }
    let mut seen = Vec::new();
    for (k, fref) in p.footnote_refs.iter().enumerate() {
        let r = ui.interact(spot, id.with(("unseen-marker", k)), Sense::click());
        r.widget_info(|| footnote_marker(&fref.marker));
        focused |= r.gained_focus();
        if r.clicked() {
            commands.push(Command::HighlightFootnote {
                tab,
                footnote: Some(fref.footnote),
            });
        }
        if !seen.contains(&fref.footnote) {
            seen.push(fref.footnote);
        }
    }
    for f in seen {
        let Some(footnote_text) = scene.doc.footnotes.get(f) else {
            continue;
        };
        let r = ui.interact(
            spot,
            Id::unique(("note", tab, index, f)),
            Sense::focusable_noninteractive(),
        );
        r.widget_info(|| footnote(footnote_text));
        focused |= r.gained_focus();
    }
    let notes = scene.rc.notes.all();
    for note in scene
        .rc
        .notes
        .on_paragraph(index)
        .iter()
        .filter_map(|&i| notes.get(i))
        .filter(|n| !n.text.trim().is_empty())
    {
        let r = ui.interact(
            spot,
            Id::unique(("user-note", tab, &note.id)),
            Sense::click(),
        );
        r.widget_info(|| user_note(p, note));
        focused |= r.gained_focus();
        if r.clicked() {
            commands.push(Command::EditNote {
                tab,
                paragraph: index,
                note: Some(note.id.clone()),
                words: None,
            });
        }
    }
    focused
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{ParagraphKind, Part};

    #[test]
    fn bookmark_labels_name_paragraphs_as_delegates_do() {
        let mut p = Paragraph::new("op3", ParagraphKind::Operative, Part::Operative, "x");
        p.reference = "OP3".into();
        assert_eq!(bookmark_label(&p, false), "Bookmark OP3");
        assert_eq!(bookmark_label(&p, true), "Remove bookmark from OP3");
        let mut text = Paragraph::new("annex3-p31", ParagraphKind::Other, Part::Annex, "x");
        text.reference = "annex3-p31".into();
        assert_eq!(bookmark_label(&text, false), "Bookmark this paragraph");
    }
}
