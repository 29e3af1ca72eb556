//! The outline: preamble, operative paragraphs and annexes; click to jump, and the current
//! paragraph is highlighted as you read.

use crate::document::{Document, ParagraphKind, Part};
use crate::t;
use crate::ui::bidi::{message_line, visual_line};
use crate::ui::command::Command;
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
    let mut area = egui::ScrollArea::vertical()
        .id_salt(("outline", tab_index))
        .auto_shrink(false);
    // When the current paragraph changes (a jump, a find, scrolling the text), its entry is
    // brought into view if it is not.
    let seen = ui.make_persistent_id(("outline-current", tab_index));
    let previous = ui.data(|d| d.get_temp::<Option<usize>>(seen));
    if previous != Some(current) {
        ui.data_mut(|d| d.insert_temp(seen, current));
        let at = current.and_then(|c| {
            entries
                .iter()
                .position(|e| matches!(e, Entry::Paragraph(i, _) if *i == c))
        });
        let area_id = ui.make_persistent_id(("outline", tab_index));
        if let Some(at) = at {
            let step = row_height + ui.spacing().item_spacing.y;
            let top = at as f32 * step;
            let height = ui.available_height();
            let offset = egui::scroll_area::State::load(ui.ctx(), area_id)
                .map_or(0.0, |s| s.clamped_offset().y);
            if top < offset {
                area = area.vertical_scroll_offset(top);
            } else if top + step > offset + height {
                area = area.vertical_scroll_offset(top + step - height);
            }
        }
    }
    area.show_rows(ui, row_height, entries.len(), |ui, range| {
        for entry in &entries[range] {
            match entry {
                Entry::Group(name) => {
                    ui.label(RichText::new(name).strong());
                }
                Entry::Paragraph(i, label) => {
                    let selected = current == Some(*i);
                    let r = ui.add(egui::Button::selectable(selected, label.as_str()).truncate());
                    if r.clicked() {
                        commands.push(Command::JumpTo {
                            tab: tab_index,
                            paragraph: *i,
                        });
                    }
                }
            }
        }
    });
    commands
}
