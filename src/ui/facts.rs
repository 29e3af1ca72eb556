//! The facts of the open resolution, beside its text: how it was adopted (the counts as a
//! chart, and every member state's vote in a grid that can be searched, each vote told by
//! colour and by a symbol, the user's own country marked), its sponsors, the draft, the
//! committee's report, the adoption meeting and the agenda items.

use crate::document::{Document, Language, Vote, Votes, state_key};
use crate::library::{HistoryEntry, symbol_key};
use crate::ui::command::Command;
use crate::ui::theme;
use egui::{Color32, RichText, Sense, Ui, Vec2};

/// What the panel keeps between frames.
#[derive(Clone, Debug, Default)]
pub struct FactsState {
    /// Words a state's name must hold to be listed.
    pub filter: String,
    /// The user's own country, set once (kept across restarts), marked in every vote.
    pub my_country: String,
}

/// A vote's colour: green, red, amber; always shown with its symbol as well.
pub fn vote_color(vote: Vote, visuals: &egui::Visuals) -> Color32 {
    let p = theme::palette(visuals);
    match vote {
        Vote::InFavour => p.added,
        Vote::Against => visuals.error_fg_color,
        Vote::Abstaining => p.changed,
    }
}

/// How the outcome reads: `Adopted by a recorded vote`, `Adopted without a vote`.
pub fn outcome_text(votes: &Votes) -> String {
    match votes.outcome.as_str() {
        "recorded" => "Adopted by a recorded vote".into(),
        "without vote" => "Adopted without a vote".into(),
        other => other.to_string(),
    }
}

/// The panel. Returns what the user asked for (open the draft, copy the sponsors, compare
/// with an earlier edition). `history` is the resolutions on the same subject across
/// sessions, from the library (None without one).
pub fn show(
    ui: &mut Ui,
    tab: usize,
    doc: &Document,
    state: &mut FactsState,
    history: Option<&[HistoryEntry]>,
) -> Vec<Command> {
    let mut out = Vec::new();
    let meta = &doc.meta;
    ui.heading("Facts");
    egui::ScrollArea::vertical()
        .id_salt("facts-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            match &meta.votes {
                Some(votes) => votes_ui(ui, votes, state),
                None => {
                    let none = if meta.is_draft {
                        "A draft: not adopted yet."
                    } else {
                        "The file does not record how it was adopted."
                    };
                    ui.label(RichText::new(none).weak());
                }
            }
            if let Some(history) = history {
                ui.add_space(10.0);
                history_ui(ui, doc, history, &mut out);
            }
            ui.add_space(10.0);
            sponsors_ui(ui, "Sponsors", &meta.sponsors, &mut out);
            sponsors_ui(
                ui,
                "Additional sponsors",
                &meta.additional_sponsors,
                &mut out,
            );
            ui.add_space(6.0);
            // One fact a line, wrapping in a narrow panel.
            let fact = |ui: &mut Ui, name: &str, value: &str| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(name).weak());
                    ui.label(crate::ui::bidi::visual_line(value, false));
                });
            };
            if let Some(draft) = &meta.draft_symbol
                && meta.symbol.as_ref() != Some(draft)
            {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("Draft").weak());
                    let r = ui
                        .link(draft)
                        .on_hover_text("Open the draft, if it is at hand, or see where to get it");
                    if r.clicked() {
                        out.push(Command::FollowCitation {
                            tab,
                            symbol: draft.clone(),
                            pinpoint: None,
                        });
                    }
                });
            }
            if let Some(report) = &meta.committee_report {
                fact(ui, "Committee report", report);
            }
            let record = meta
                .workflow
                .iter()
                .rev()
                .find(|s| s.step == "adopted")
                .and_then(|s| s.symbol.clone());
            if meta.meeting.is_some() || meta.adopted.is_some() {
                let mut text = [meta.adopted.clone(), meta.meeting.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                if let Some(record) = record {
                    text.push_str(&format!(" ({record})"));
                }
                fact(ui, "Adopted", &text);
            }
            for item in &meta.agenda_items {
                fact(ui, "Agenda", item);
            }
        });
    out
}

fn votes_ui(ui: &mut Ui, votes: &Votes, state: &mut FactsState) {
    let visuals = ui.visuals().clone();
    let outcome = outcome_text(votes);
    match votes.tally() {
        Some(tally) => ui.label(RichText::new(format!("{outcome}: {tally}")).strong()),
        None => ui.label(RichText::new(outcome).strong()),
    };
    // The counts as bars, each with its symbol and number (they read without colour).
    let total: u32 = Vote::ALL.iter().filter_map(|&v| votes.count(v)).sum();
    if total > 0 {
        let width = ui.available_width().max(120.0);
        for vote in Vote::ALL {
            let count = votes.count(vote).unwrap_or(0);
            let text = format!("{} {} {count}", vote.symbol(), vote.label());
            ui.horizontal(|ui| {
                let bar = (width - 130.0).max(40.0) * count as f32 / total as f32;
                // The bar is drawn only; the label beside it says the count.
                let (rect, _) =
                    ui.allocate_exact_size(Vec2::new(bar.max(2.0), 14.0), Sense::empty());
                ui.painter()
                    .rect_filled(rect, 2.0, vote_color(vote, &visuals));
                ui.label(text.as_str());
            });
        }
    }
    if !votes.is_recorded() {
        return;
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label("My country:");
        ui.add(
            egui::TextEdit::singleline(&mut state.my_country)
                .hint_text("e.g. Canada")
                .desired_width(ui.available_width()),
        )
        .on_hover_text("Set once: your country's vote is marked on every resolution");
    });
    if !state.my_country.trim().is_empty() {
        let mine = votes.vote_of(&state.my_country);
        let text = match mine {
            Some(v) => format!("{}: {} {}", state.my_country.trim(), v.symbol(), v.label()),
            None => format!("{}: did not vote", state.my_country.trim()),
        };
        let color = mine.map_or(visuals.weak_text_color(), |v| vote_color(v, &visuals));
        ui.label(RichText::new(text).strong().color(color));
    }
    ui.add(
        egui::TextEdit::singleline(&mut state.filter)
            .hint_text("Find a member state")
            .desired_width(ui.available_width()),
    );
    // Every state and its vote, alphabetically.
    let wanted = state_key(&state.filter);
    let mine = state_key(&state.my_country);
    let mut rows: Vec<(&str, Vote)> = Vote::ALL
        .into_iter()
        .flat_map(|v| votes.states(v).iter().map(move |s| (s.as_str(), v)))
        .filter(|(s, _)| wanted.is_empty() || state_key(s).contains(&wanted))
        .collect();
    rows.sort_by_key(|(s, _)| state_key(s));
    let row_height = 20.0;
    egui::ScrollArea::vertical()
        .id_salt("facts-states")
        .max_height(220.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for &(name, vote) in &rows[range] {
                let own = !mine.is_empty() && state_key(name) == mine;
                ui.horizontal(|ui| {
                    ui.set_height(row_height - 2.0);
                    let color = vote_color(vote, &visuals);
                    let (rect, _) = ui.allocate_exact_size(Vec2::new(18.0, 16.0), Sense::hover());
                    ui.painter().rect_filled(rect, 3.0, color);
                    ui.painter().text(
                        rect.center(),
                        egui::Align2::CENTER_CENTER,
                        vote.symbol(),
                        egui::FontId::proportional(13.0),
                        Color32::WHITE,
                    );
                    let mut text = RichText::new(title_case(name));
                    if own {
                        text = text
                            .strong()
                            .background_color(theme::palette(&visuals).focus_bg);
                    }
                    let label = format!("{}: {}", title_case(name), vote.label());
                    let r = ui.label(text);
                    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
                });
            }
        });
}

/// The earlier and later resolutions on the same subject, each with its vote; each but the
/// first compares with the one before it in one click.
fn history_ui(ui: &mut Ui, doc: &Document, history: &[HistoryEntry], out: &mut Vec<Command>) {
    ui.label(RichText::new("History of the text").strong());
    if history.len() < 2 {
        ui.label(
            RichText::new("No earlier or later resolution on this subject in the library.").weak(),
        );
        return;
    }
    let own = doc.meta.symbol.as_deref().and_then(symbol_key);
    let language = doc.meta.language;
    // The file of an entry in the document's language, else English, else any.
    let file = |e: &HistoryEntry| {
        language
            .and_then(|l| e.paths.get(&l))
            .or_else(|| e.paths.get(&Language::En))
            .or_else(|| e.paths.values().next())
            .cloned()
    };
    for (i, entry) in history.iter().enumerate() {
        let current = own.is_some() && symbol_key(&entry.symbol) == own;
        let vote = entry.votes.as_ref().map(|v| match v.outcome.as_str() {
            "recorded" => v.tally().unwrap_or_else(|| "recorded vote".to_string()),
            "without vote" => "without a vote".to_string(),
            other => other.to_string(),
        });
        let line = [Some(entry.symbol.clone()), entry.adopted.clone(), vote]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        ui.horizontal_wrapped(|ui| {
            let text = if current {
                RichText::new(line).strong()
            } else {
                RichText::new(line)
            };
            let r = ui.selectable_label(current, text);
            let r = match &entry.title {
                Some(t) => r.on_hover_text(t.as_str()),
                None => r,
            };
            if r.clicked()
                && !current
                && let Some(path) = file(entry)
            {
                out.push(Command::OpenLibraryFile {
                    path,
                    at: crate::ui::library::OpenAt::Top,
                });
            }
            if i > 0
                && let (Some(old), Some(new)) = (file(&history[i - 1]), file(entry))
                && ui
                    .small_button("Compare with previous")
                    .on_hover_text(format!(
                        "Compare {} with {}",
                        history[i - 1].symbol,
                        entry.symbol
                    ))
                    .clicked()
            {
                out.push(Command::CompareFiles { old, new });
            }
        });
    }
}

fn sponsors_ui(ui: &mut Ui, title: &str, states: &[String], out: &mut Vec<Command>) {
    if states.is_empty() {
        return;
    }
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{title} ({})", states.len())).strong());
        if ui
            .small_button("Copy")
            .on_hover_text("Copy the list, to paste into a report")
            .clicked()
        {
            out.push(Command::Copy(states.join(", ")));
        }
    });
    ui.label(states.join(", "));
}

/// `DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA` as `Democratic People's Republic of Korea`: the
/// voting records print names in capitals, the sponsors' lists do not.
pub fn title_case(name: &str) -> String {
    if name.chars().any(|c| c.is_lowercase()) {
        return name.to_string();
    }
    const SMALL: [&str; 6] = ["of", "the", "and", "of)", "d'ivoire", "(kingdom"];
    name.split(' ')
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            if i > 0 && SMALL.contains(&lower.as_str()) {
                match lower.as_str() {
                    "d'ivoire" => "d'Ivoire".to_string(),
                    "(kingdom" => "(Kingdom".to_string(),
                    _ => lower,
                }
            } else {
                let mut chars = lower.chars();
                match chars.next() {
                    Some('(') => {
                        let rest: String = chars.collect();
                        format!("({}", capitalise(&rest))
                    }
                    Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
                    None => String::new(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_capitals_read_as_names() {
        assert_eq!(
            title_case("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"),
            "Democratic People's Republic of Korea"
        );
        assert_eq!(
            title_case("IRAN (ISLAMIC REPUBLIC OF)"),
            "Iran (Islamic Republic of)"
        );
        assert_eq!(title_case("Marshall Islands"), "Marshall Islands");
    }
}
