//! The outline: preamble, operative paragraphs and annexes; click to jump, and the current
//! paragraph is highlighted as you read.

use crate::document::script::is_cjk;
use crate::document::{Document, ParagraphKind, Part};
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
            let name = match p.part {
                Part::Preamble => "Preamble".to_string(),
                Part::Operative => "Operative part".to_string(),
                Part::Annex | Part::Front => doc
                    .divisions
                    .get(p.division)
                    .map(|d| {
                        if d.label.is_empty() {
                            "Annex".to_string()
                        } else {
                            d.label.clone()
                        }
                    })
                    .unwrap_or_else(|| "Annex".into()),
            };
            let name = match doc.divisions.get(p.division) {
                Some(d)
                    if doc.divisions.len() > 1 && p.part != Part::Annex && !d.label.is_empty() =>
                {
                    format!("{} · {name}", d.label)
                }
                _ => name,
            };
            out.push(Entry::Group(crate::ui::bidi::visual_line(&name, false)));
            group = Some(this_group);
        }
        let listed = matches!(
            p.kind,
            ParagraphKind::Preambular | ParagraphKind::Operative | ParagraphKind::Annex
        ) || p.is_heading();
        if listed {
            let lead = lead_words(p);
            let label = if p.is_heading() || p.kind == ParagraphKind::Other {
                lead
            } else {
                format!("{} {lead}", p.reference)
            };
            // egui labels have no bidi: order Arabic words for display here, once.
            out.push(Entry::Paragraph(
                i,
                crate::ui::bidi::visual_line(&label, false),
            ));
        }
    }
    out
}

/// The words a delegate recognises a paragraph by: the emphasised opening (`Recalling`,
/// `Calls upon`), else the first few words.
fn lead_words(p: &crate::document::Paragraph) -> String {
    let text = p.text.trim();
    let lead = p
        .styles
        .iter()
        .find(|s| s.range.start == 0 && (s.italic || s.bold))
        .and_then(|s| text.get(..s.range.end.min(text.len())))
        .map(str::to_string)
        .unwrap_or_else(|| {
            let cjk = text.chars().next().is_some_and(is_cjk);
            if cjk {
                text.chars().take(8).collect()
            } else {
                text.split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        });
    let mut lead: String = lead
        .trim_end_matches([',', '，', '،', ':', ';'])
        .to_string();
    if lead.chars().count() > 30 {
        lead = lead.chars().take(29).collect::<String>() + "…";
    }
    lead
}

/// The outline panel of a tab.
pub fn ui(ui: &mut Ui, tab: &Tab, entries: &[Entry], tab_index: usize) -> Vec<Command> {
    let mut commands = Vec::new();
    let current = tab.reader.top_paragraph.map(|p| {
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
    egui::ScrollArea::vertical()
        .id_salt(("outline", tab_index))
        .auto_shrink(false)
        .show_rows(ui, row_height, entries.len(), |ui, range| {
            for entry in &entries[range] {
                match entry {
                    Entry::Group(name) => {
                        ui.label(RichText::new(name).strong());
                    }
                    Entry::Paragraph(i, label) => {
                        let selected = current == Some(*i);
                        let r =
                            ui.add(egui::Button::selectable(selected, label.as_str()).truncate());
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
