//! The facts of the open resolution, beside its text: how it was adopted (the counts as a
//! chart, and every member state's vote in a grid that can be searched, each vote told by
//! colour and by a symbol, the user's own country marked), its sponsors, the draft, the
//! committee's report, the adoption meeting and the agenda items.

use crate::document::{Document, Language, Vote, Votes, state_key, states};
use crate::library::{HistoryEntry, symbol_key};
use crate::t;
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
        "recorded" => t!("facts-adopted-recorded"),
        "without vote" => t!("facts-adopted-without-vote"),
        other => other.to_string(),
    }
}

/// The outcome with its counts, `Adopted by a recorded vote: 163–10–7`, made ready to show
/// as one line (in Arabic, the whole line in visual order).
fn outcome_with_tally(votes: &Votes, tally: &str) -> String {
    let outcome = match votes.outcome.as_str() {
        "recorded" => "facts-adopted-recorded",
        "without vote" => "facts-adopted-without-vote",
        other => return format!("{other}: {tally}"),
    };
    let outcome = crate::i18n::format(crate::i18n::locale(), outcome, None, &[]);
    t!(
        "facts-outcome-tally",
        outcome = outcome.as_str(),
        tally = tally
    )
}

/// A vote in the interface's language: `In favour`, `Against`, `Abstaining`.
pub fn vote_label(vote: Vote) -> String {
    t!(match vote {
        Vote::InFavour => "vote-in-favour",
        Vote::Against => "vote-against",
        Vote::Abstaining => "vote-abstaining",
    })
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
    // The heading takes the keyboard when F6 comes to the panel; Tab goes on from there.
    let heading = ui.heading(t!("facts-facts"));
    let heading = ui.interact(heading.rect, pane_id(), Sense::focusable_noninteractive());
    heading.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, t!("facts-facts")));
    egui::ScrollArea::vertical()
        .id_salt("facts-scroll")
        .auto_shrink(false)
        .show(ui, |ui| {
            match &meta.votes {
                Some(votes) => votes_ui(ui, votes, state, meta.language.unwrap_or(Language::En)),
                None => {
                    let none = if meta.is_draft {
                        t!("facts-draft-not-adopted")
                    } else {
                        t!("facts-no-record")
                    };
                    ui.label(RichText::new(none).weak());
                }
            }
            if let Some(history) = history {
                ui.add_space(10.0);
                history_ui(ui, doc, history, &mut out);
            }
            ui.add_space(10.0);
            let language = meta.language.unwrap_or(Language::En);
            sponsors_ui(
                ui,
                &t!("facts-sponsors"),
                &meta.sponsors,
                language,
                &mut out,
            );
            sponsors_ui(
                ui,
                &t!("facts-additional-sponsors"),
                &meta.additional_sponsors,
                language,
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
                    ui.label(RichText::new(t!("facts-draft")).weak());
                    let r = ui
                        .link(draft)
                        .on_hover_text(t!("facts-open-the-draft-if-it"));
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
                fact(ui, &t!("facts-committee-report"), report);
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
                fact(ui, &t!("facts-adopted"), &text);
            }
            for item in &meta.agenda_items {
                fact(ui, &t!("facts-agenda"), item);
            }
        });
    out
}

/// The id of the facts panel's heading, where F6 takes the keyboard.
pub fn pane_id() -> egui::Id {
    egui::Id::unique("facts-pane")
}

/// The vote; states named in `language` (the document's).
fn votes_ui(ui: &mut Ui, votes: &Votes, state: &mut FactsState, language: Language) {
    let visuals = ui.visuals().clone();
    let outcome = outcome_text(votes);
    match votes.tally() {
        Some(tally) => ui.label(RichText::new(outcome_with_tally(votes, &tally)).strong()),
        None => ui.label(RichText::new(outcome).strong()),
    };
    // The counts as bars, each with its symbol and number (they read without colour).
    let total: u32 = Vote::ALL.iter().filter_map(|&v| votes.count(v)).sum();
    if total > 0 {
        // The bars share what the longest label leaves (a narrow panel: little, but no overflow).
        let labels: Vec<String> = Vote::ALL
            .iter()
            .map(|&v| {
                format!(
                    "{} {} {}",
                    v.symbol(),
                    vote_label(v),
                    votes.count(v).unwrap_or(0)
                )
            })
            .collect();
        let longest = labels
            .iter()
            .map(|l| {
                ui.painter()
                    .layout_no_wrap(
                        l.clone(),
                        egui::TextStyle::Body.resolve(ui.style()),
                        Color32::WHITE,
                    )
                    .size()
                    .x
            })
            .fold(0.0, f32::max);
        let room = (ui.available_width() - longest - 2.0 * ui.spacing().item_spacing.x).max(4.0);
        for (vote, text) in Vote::ALL.into_iter().zip(labels) {
            let count = votes.count(vote).unwrap_or(0);
            ui.horizontal(|ui| {
                let bar = room * count as f32 / total as f32;
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
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("facts-my-country"));
        ui.add(
            crate::ui::field::single_line(
                &mut state.my_country,
                &mut crate::ui::field::layouter(ui),
            )
            .hint_text(t!("facts-e-g-canada"))
            .desired_width(ui.available_width()),
        )
        .on_hover_text(t!("facts-set-once-your-country-s"));
    });
    if !state.my_country.trim().is_empty() {
        let mine = votes.vote_of(&state.my_country);
        let text = match mine {
            Some(v) => format!(
                "{}: {} {}",
                state.my_country.trim(),
                v.symbol(),
                vote_label(v)
            ),
            None => t!("facts-did-not-vote", state = state.my_country.trim()),
        };
        let color = mine.map_or(visuals.weak_text_color(), |v| vote_color(v, &visuals));
        ui.label(RichText::new(text).strong().color(color));
    }
    ui.add(
        crate::ui::field::single_line(&mut state.filter, &mut crate::ui::field::layouter(ui))
            .hint_text(t!("facts-find-a-member-state"))
            .desired_width(ui.available_width()),
    );
    // Every state and its vote, in the records' order (alphabetical in English), each
    // named in the document's language and found by its name in either.
    let wanted = state_key(&state.filter);
    let mine = states::english_name(&state.my_country)
        .map_or_else(|| state_key(&state.my_country), state_key);
    let mut rows: Vec<(&str, Vote)> = Vote::ALL
        .into_iter()
        .flat_map(|v| votes.states(v).iter().map(move |s| (s.as_str(), v)))
        .filter(|(s, _)| {
            wanted.is_empty()
                || state_key(s).contains(&wanted)
                || state_key(&states::localized(s, language)).contains(&wanted)
        })
        .collect();
    rows.sort_by_key(|(s, _)| state_key(s));
    let row_height = 20.0;
    // Only the rows in view are drawn, but a screen reader is told of every state.
    let read = crate::ui::accessibility_on(ui.ctx());
    egui::ScrollArea::vertical()
        .id_salt("facts-states")
        .max_height(220.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            let describe = |ui: &mut Ui, k: usize| {
                let (name, vote) = rows[k];
                let shown = states::localized(name, language);
                let label = format!("{shown}: {}", vote_label(vote));
                let at = egui::Rect::from_min_size(ui.min_rect().min, Vec2::splat(1.0));
                let r = ui.interact(at, ui.scope_id().with(("state", k)), Sense::hover());
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
            };
            if read {
                for k in 0..range.start {
                    describe(ui, k);
                }
            }
            let end = range.end;
            for &(name, vote) in &rows[range] {
                let own = !mine.is_empty() && state_key(name) == mine;
                ui.horizontal(|ui| {
                    ui.set_height(row_height - 2.0);
                    vote_chip(ui, vote, &visuals);
                    let shown = states::localized(name, language);
                    let mut text = RichText::new(shown.as_ref());
                    if own {
                        text = text
                            .strong()
                            .background_color(theme::palette(&visuals).focus_bg);
                    }
                    let label = format!("{shown}: {}", vote_label(vote));
                    // Cut short in a narrow panel (whole on hover).
                    let r = ui
                        .add(egui::Label::new(text).truncate())
                        .on_hover_text(shown.as_ref());
                    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
                });
            }
            if read {
                for k in end..rows.len() {
                    describe(ui, k);
                }
            }
        });
}

/// The earlier and later resolutions on the same subject, each with its vote; each but the
/// first compares with the one before it in one click.
fn history_ui(ui: &mut Ui, doc: &Document, history: &[HistoryEntry], out: &mut Vec<Command>) {
    ui.label(RichText::new(t!("facts-history-of-the-text")).strong());
    if history.len() < 2 {
        ui.label(RichText::new(t!("facts-no-earlier-or-later-resolution")).weak());
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
            "recorded" => v.tally().unwrap_or_else(|| t!("facts-recorded-vote")),
            "without vote" => t!("facts-without-vote"),
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
                    .small_button(t!("facts-compare-with-previous"))
                    .on_hover_text(t!(
                        "facts-compare-tip",
                        old = history[i - 1].symbol.as_str(),
                        new = entry.symbol.as_str()
                    ))
                    .clicked()
            {
                out.push(Command::CompareFiles { old, new });
            }
        });
    }
}

/// A list of states, each named in `language` (the document's), joined as that language
/// joins a list (`、` in Chinese, `، ` in Arabic).
fn sponsors_ui(
    ui: &mut Ui,
    title: &str,
    states: &[String],
    language: Language,
    out: &mut Vec<Command>,
) {
    if states.is_empty() {
        return;
    }
    let separator = match language {
        Language::Zh => "、",
        Language::Ar => "، ",
        _ => ", ",
    };
    let names: Vec<String> = states
        .iter()
        .map(|s| states::localized(s, language).into_owned())
        .collect();
    let list = names.join(separator);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{title} ({})", states.len())).strong());
        if ui
            .small_button(t!("facts-copy"))
            .on_hover_text(t!("facts-copy-the-list-to-paste"))
            .clicked()
        {
            out.push(Command::Copy(list.clone()));
        }
    });
    if language.is_rtl() {
        // Name after name from the right, wrapping down: each name in its visual order.
        let layout = egui::Layout::right_to_left(egui::Align::TOP).with_main_wrap(true);
        ui.with_layout(layout, |ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            for (i, name) in names.iter().enumerate() {
                let text = if i + 1 < names.len() {
                    format!("{name}،")
                } else {
                    name.clone()
                };
                ui.label(crate::ui::bidi::visual_line(&text, true));
            }
        });
    } else {
        ui.label(list);
    }
}

/// A vote's colour with its symbol on it.
pub fn vote_chip(ui: &mut Ui, vote: Vote, visuals: &egui::Visuals) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(18.0, 16.0), Sense::hover());
    ui.painter()
        .rect_filled(rect, 3.0, vote_color(vote, visuals));
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        vote.symbol(),
        egui::FontId::proportional(13.0),
        Color32::WHITE,
    );
}
