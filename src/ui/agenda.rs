//! The library by agenda item: the items, and for the one chosen its resolutions session by
//! session, each with how it was adopted (and how the user's own country voted).

use crate::document::Language;
use crate::library::{AgendaItem, Library};
use crate::t;
use crate::ui::command::Command;
use crate::ui::facts::{vote_chip, vote_color, vote_label};
use crate::ui::library::{cell, symbol_cell};
use crate::ui::list_keys::ListKeys;
use egui::{RichText, Ui};

/// What the view keeps between frames.
#[derive(Default)]
pub struct AgendaView {
    /// Every agenda item of the library (read once).
    items: Option<Vec<AgendaItem>>,
    /// Words an item's title must hold to be listed.
    pub find: String,
    /// The item shown, by title.
    pub selected: Option<String>,
}

impl AgendaView {
    /// Reads the items again the next time the view is shown (after a scan).
    pub fn mark_stale(&mut self) {
        self.items = None;
    }
}

/// The view: the list of items beside (or, in a narrow window, above) the chosen item's
/// resolutions.
pub fn show(
    ui: &mut Ui,
    view: &mut AgendaView,
    library: &Library,
    my_country: &str,
    reader_language: Option<Language>,
) -> Vec<Command> {
    let mut out = Vec::new();
    let items = view.items.get_or_insert_with(|| library.agenda_items());
    if items.is_empty() {
        ui.add_space(20.0);
        ui.label(t!("library-no-resolution-in-the-library-2"));
        return out;
    }
    let wanted = crate::library::fold_word(view.find.trim());
    let listed: Vec<&AgendaItem> = items
        .iter()
        .filter(|item| {
            wanted.is_empty() || crate::library::fold_word(&item.title).contains(&wanted)
        })
        .collect();
    let selected = view
        .selected
        .as_ref()
        .and_then(|title| items.iter().find(|item| &item.title == title))
        .cloned();
    let narrow = ui.available_width() < 760.0;
    let list_width = if narrow {
        ui.available_width()
    } else {
        (ui.available_width() * 0.38).clamp(260.0, 420.0)
    };
    let mut list = |ui: &mut Ui, height: f32| {
        ui.add(
            crate::ui::field::single_line(&mut view.find, &mut crate::ui::field::layouter(ui))
                .hint_text(t!("library-find-an-agenda-item"))
                .desired_width(list_width - 8.0),
        );
        let count = t!("agenda-count", count = listed.len());
        ui.label(RichText::new(count).weak());
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        // ↑ ↓, Page Up / Page Down, Home and End go through every item, also out of view.
        let keys = ListKeys::new(
            egui::Id::unique("agenda-items-keys"),
            row_height + ui.spacing().item_spacing.y,
        );
        let area = egui::ScrollArea::vertical()
            .id_salt("agenda-items")
            .max_height(height)
            .auto_shrink([false, true]);
        let area = keys.follow(ui, area);
        let mut focused = None;
        let output = area.show_rows(ui, row_height, listed.len(), |ui, range| {
            for (index, item) in listed
                .iter()
                .enumerate()
                .skip(range.start)
                .take(range.len())
            {
                let sessions = item.sessions();
                let span = match (sessions.first(), sessions.last()) {
                    (Some(a), Some(b)) if a != b => {
                        t!("agenda-sessions", first = *a, last = *b)
                    }
                    (Some(a), _) => t!("agenda-session", session = *a),
                    _ => String::new(),
                };
                let is_selected = view.selected.as_deref() == Some(item.title.as_str());
                let r = ui
                    .add(
                        egui::Button::selectable(
                            is_selected,
                            format!("{} ({})", item.title, item.resolutions.len()),
                        )
                        .truncate(),
                    )
                    .on_hover_text(format!(
                        "{}\n{}{span}",
                        item.title,
                        t!("agenda-resolutions", count = item.resolutions.len())
                    ));
                if keys.row(ui, index, &r) {
                    focused = Some(index);
                }
                if r.clicked() {
                    view.selected = Some(item.title.clone());
                }
            }
        });
        keys.finish(ui, &output, focused, listed.len(), |_| true);
    };
    if narrow {
        list(ui, 180.0);
        ui.separator();
        if let Some(item) = &selected {
            item_ui(ui, item, my_country, reader_language, &mut out);
        }
    } else {
        ui.horizontal_top(|ui| {
            let height = ui.available_height();
            let layout = egui::Layout::top_down(egui::Align::Min);
            ui.allocate_ui_with_layout(egui::vec2(list_width, height), layout, |ui| {
                ui.set_width(list_width);
                list(ui, height - 60.0);
            });
            ui.separator();
            ui.vertical(|ui| match &selected {
                Some(item) => item_ui(ui, item, my_country, reader_language, &mut out),
                None => {
                    ui.label(RichText::new(t!("library-choose-an-agenda-item-to")).weak());
                }
            });
        });
    }
    out
}

/// The resolutions of one item, session by session.
fn item_ui(
    ui: &mut Ui,
    item: &AgendaItem,
    my_country: &str,
    reader_language: Option<Language>,
    out: &mut Vec<Command>,
) {
    ui.label(RichText::new(&item.title).strong().size(15.0));
    let visuals = ui.visuals().clone();
    let mine = my_country.trim();
    if !mine.is_empty() {
        ui.label(RichText::new(t!("agenda-column-note", state = mine)).weak());
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let widths = [
        130.0,
        90.0,
        140.0,
        if mine.is_empty() { 0.0 } else { 130.0 },
    ];
    egui::ScrollArea::vertical()
        .id_salt("agenda-resolutions")
        .auto_shrink(false)
        .show(ui, |ui| {
            let mut session = None;
            for r in &item.resolutions {
                if r.session != session || session.is_none() {
                    session = r.session;
                    ui.add_space(6.0);
                    let heading = match (r.session, &r.item) {
                        (Some(s), Some(printed)) => {
                            t!("agenda-session-item", session = s, item = printed.as_str())
                        }
                        (Some(s), None) => t!("agenda-session-heading", session = s),
                        (None, _) => t!("agenda-session-unknown"),
                    };
                    ui.label(RichText::new(heading).strong());
                }
                ui.horizontal(|ui| {
                    ui.set_height(row_height);
                    symbol_cell(
                        ui,
                        widths[0],
                        row_height,
                        &r.symbol,
                        &r.paths,
                        reader_language,
                        out,
                    );
                    cell(ui, widths[1], row_height, |ui| {
                        ui.label(r.adopted.clone().unwrap_or_default())
                    });
                    cell(ui, widths[2], row_height, |ui| {
                        let text = match &r.votes {
                            Some(v) if v.is_recorded() => v.tally().map_or_else(
                                || t!("agenda-recorded-vote"),
                                |n| t!("agenda-vote", tally = n.as_str()),
                            ),
                            Some(v) if v.outcome == "without vote" => t!("agenda-without-vote"),
                            Some(v) => v.outcome.clone(),
                            None => String::new(),
                        };
                        ui.label(text)
                    });
                    if !mine.is_empty() {
                        cell(ui, widths[3], row_height, |ui| {
                            match r.votes.as_ref().filter(|v| v.is_recorded()) {
                                Some(v) => match v.vote_of(mine) {
                                    Some(vote) => {
                                        vote_chip(ui, vote, &visuals);
                                        ui.label(
                                            RichText::new(vote_label(vote))
                                                .color(vote_color(vote, &visuals)),
                                        )
                                        .on_hover_text(t!("agenda-how-voted", state = mine))
                                    }
                                    None => ui
                                        .label(RichText::new(t!("library-absent")).weak())
                                        .on_hover_text(t!("agenda-in-no-list", state = mine)),
                                },
                                None => ui.label(""),
                            }
                        });
                    }
                    let title = r.title.clone().unwrap_or_default();
                    ui.add(
                        egui::Label::new(crate::ui::bidi::visual_line(&title, false)).truncate(),
                    );
                });
            }
        });
}
