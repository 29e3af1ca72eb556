//! The outline: preamble, operative paragraphs and annexes; click to jump, and the current
//! paragraph is highlighted as you read.

use crate::document::{Document, ParagraphKind, Part};
use crate::t;
use crate::ui::bidi::{message_line, visual_line};
use crate::ui::command::Command;
use crate::ui::list_keys::ListKeys;
use crate::ui::tab::Tab;
use egui::{RichText, Ui};

/// One line of the outline.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    /// A group heading (`Preamble`, `Operative part`, `Annex`).
    Group(String),
    /// A paragraph: index, and the label shown (`PP1 Recalling`).
    Paragraph(usize, String),
}

/// The outline of a document, computed once when it opens.
pub fn entries(doc: &Document) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut group: Option<(Part, usize)> = None;
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let this_group = (p.part, p.division);
        if group != Some(this_group) && p.part != Part::Front {
            // A division's own title (`Annex I`, `B`) is the document's words; the parts'
            // names are the interface's.
            let division = doc
                .divisions
                .get(p.division)
                .map(|d| d.label.as_str())
                .filter(|label| !label.is_empty());
            let in_division = division.filter(|_| doc.divisions.len() > 1);
            let name = match (p.part, in_division) {
                (Part::Preamble, None) => t!("outline-preamble"),
                (Part::Preamble, Some(d)) => {
                    message_line(t!("outline-division-preamble", division = d))
                }
                (Part::Operative, None) => t!("outline-operative-part"),
                (Part::Operative, Some(d)) => {
                    message_line(t!("outline-division-operative-part", division = d))
                }
                (Part::Annex | Part::Front, _) => match division {
                    Some(label) => visual_line(label, false),
                    None => t!("outline-annex"),
                },
            };
            out.push(Entry::Group(name));
            group = Some(this_group);
        }
        let listed = matches!(
            p.kind,
            ParagraphKind::Preambular | ParagraphKind::Operative | ParagraphKind::Annex
        ) || p.is_heading();
        if listed {
            let lead = p.lead_words();
            let label = if p.is_heading() || p.kind == ParagraphKind::Other {
                lead
            } else {
                format!("{} {lead}", p.reference)
            };
            // egui labels have no bidi: order Arabic words for display here, once.
            out.push(Entry::Paragraph(i, visual_line(&label, false)));
        }
    }
    out
}

fn focus_current_id(tab_index: usize) -> egui::Id {
    egui::Id::unique(("outline-focus-current", tab_index))
}

/// Gives the keyboard to the outline's entry of the paragraph being read (F6).
pub fn focus_current(ctx: &egui::Context, tab_index: usize) {
    ctx.data_mut(|d| d.insert_temp(focus_current_id(tab_index), true));
}

/// The outline panel of a tab.
pub fn ui(ui: &mut Ui, tab: &Tab, entries: &[Entry], tab_index: usize) -> Vec<Command> {
    let mut commands = Vec::new();
    let current = tab.reader.current().map(|p| {
        // A sub-paragraph shows as its parent.
        let mut i = p;
        while let Some(parent) = tab.doc.paragraphs.get(i).and_then(|q| q.parent.as_deref())
            && let Some(pi) = tab.doc.paragraph_index(parent)
        {
            i = pi;
        }
        i
    });
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    let step = row_height + ui.spacing().item_spacing.y;
    let mut area = egui::ScrollArea::vertical()
        .id_salt(("outline", tab_index))
        .auto_shrink(false);
    // The entry the keyboard moves to (arrow keys, or F6 to the current one).
    let keys = ListKeys::new(egui::Id::unique(("outline-keys", tab_index)), step);
    if ui.data_mut(|d| d.remove_temp::<bool>(focus_current_id(tab_index)).is_some()) {
        let first = entries
            .iter()
            .position(|e| matches!(e, Entry::Paragraph(..)));
        let entry = current
            .and_then(|c| {
                entries
                    .iter()
                    .position(|e| matches!(e, Entry::Paragraph(i, _) if *i == c))
            })
            .or(first);
        if let Some(entry) = entry {
            keys.move_to(ui, entry);
        }
    }
    let pending = keys.pending(ui);
    // When the current paragraph changes (a jump, a find, scrolling the text), its entry is
    // brought into view if it is not; so is the entry the keyboard moves to.
    let seen = ui.make_persistent_id(("outline-current", tab_index));
    let previous = ui.data(|d| d.get_temp::<Option<usize>>(seen));
    let mut at = None;
    if previous != Some(current) {
        ui.data_mut(|d| d.insert_temp(seen, current));
        at = current.and_then(|c| {
            entries
                .iter()
                .position(|e| matches!(e, Entry::Paragraph(i, _) if *i == c))
        });
    }
    if let Some(at) = pending.or(at) {
        area = keys.scroll(ui, area, at);
    }
    let mut focused = None;
    // Only the entries in view are drawn; a screen reader is told of the others too.
    let read = crate::ui::accessibility_on(ui.ctx());
    let output = area.show_rows(ui, row_height, entries.len(), |ui, range| {
        let spot = egui::Rect::from_min_size(ui.min_rect().min, egui::Vec2::splat(1.0));
        let describe = |ui: &mut Ui, e: usize, commands: &mut Vec<Command>| {
            let (role, label) = match &entries[e] {
                Entry::Group(name) => (egui::Role::Label, name),
                Entry::Paragraph(_, label) => (egui::Role::Button, label),
            };
            let sense = match role {
                egui::Role::Button => egui::Sense::click(),
                _ => egui::Sense::hover(),
            };
            let r = ui.interact(
                spot,
                egui::Id::unique(("outline-entry", tab_index, e)),
                sense,
            );
            r.widget_info(|| egui::WidgetInfo::labeled(role, true, label));
            // Reached by a screen reader: the entry itself is brought into view and focused.
            if r.gained_focus() {
                keys.move_to(ui, e);
            }
            if r.clicked()
                && let Entry::Paragraph(i, _) = &entries[e]
            {
                commands.push(Command::JumpTo {
                    tab: tab_index,
                    paragraph: *i,
                });
                commands.push(Command::FocusParagraph {
                    tab: tab_index,
                    paragraph: *i,
                });
            }
        };
        if read {
            for e in 0..range.start {
                describe(ui, e, &mut commands);
            }
        }
        let end = range.end;
        for (e, entry) in entries
            .iter()
            .enumerate()
            .skip(range.start)
            .take(range.len())
        {
            match entry {
                Entry::Group(name) => {
                    ui.label(RichText::new(name).strong());
                }
                Entry::Paragraph(i, label) => {
                    let selected = current == Some(*i);
                    let r = ui.add(egui::Button::selectable(selected, label.as_str()).truncate());
                    if keys.row(ui, e, &r) {
                        focused = Some(e);
                    }
                    if r.clicked() {
                        commands.push(Command::JumpTo {
                            tab: tab_index,
                            paragraph: *i,
                        });
                        // From the keyboard (or a screen reader), the keyboard goes on to
                        // the paragraph, as a link to a place in a page takes it there.
                        if crate::ui::by_keyboard(&r) {
                            commands.push(Command::FocusParagraph {
                                tab: tab_index,
                                paragraph: *i,
                            });
                        }
                    }
                }
            }
        }
        if read {
            for e in end..entries.len() {
                describe(ui, e, &mut commands);
            }
        }
    });
    keys.finish(ui, &output, focused, entries.len(), |e| {
        matches!(entries.get(e), Some(Entry::Paragraph(..)))
    });
    commands
}
