//! The library by member state: how one state voted on every resolution of the library
//! adopted by a recorded vote, filtered by session and agenda item, with how often it
//! voted with the majority (a chart by session and a table, exported as CSV).

use crate::document::{Body, Language, Vote};
use crate::library::{CountryVote, CountryVotes, Library};
use crate::t;
use crate::ui::command::Command;
use crate::ui::facts::{vote_chip, vote_color, vote_label};
use crate::ui::library::{cell, symbol_cell};
use crate::ui::list_keys::ListKeys;
use egui::{RichText, Sense, Ui, Vec2};
use std::collections::BTreeMap;
use std::sync::mpsc::{self, Receiver};

/// A session of one body: the General Assembly's 75th, the Human Rights Council's 58th.
pub type Session = (Option<Body>, u32);

fn session_of(vote: &CountryVote) -> Option<Session> {
    Some((vote.body, vote.session?))
}

/// `GA 75`, `HRC 58`.
fn session_name((body, number): Session) -> String {
    match crate::ui::library::body_name(body) {
        body if body.is_empty() => number.to_string(),
        body => format!("{body} {number}"),
    }
}

/// Which of the state's votes the table lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Which {
    #[default]
    All,
    WithMajority,
    AgainstMajority,
    Absent,
}

impl Which {
    const ALL: [Which; 4] = [
        Which::All,
        Which::WithMajority,
        Which::AgainstMajority,
        Which::Absent,
    ];

    fn label(self) -> String {
        t!(match self {
            Which::All => "votes-all",
            Which::WithMajority => "votes-with-majority",
            Which::AgainstMajority => "votes-not-with-majority",
            Which::Absent => "library-absent",
        })
    }

    fn keeps(self, vote: &CountryVote) -> bool {
        match self {
            Which::All => true,
            Which::WithMajority => vote.with_majority() == Some(true),
            Which::AgainstMajority => vote.with_majority() == Some(false),
            Which::Absent => vote.vote.is_none(),
        }
    }
}

/// What the view keeps between frames.
#[derive(Default)]
pub struct StateVotesView {
    /// The state asked for (as the user typed or picked it).
    pub country: String,
    /// Words a state's name must hold to be listed in the picker.
    pub find: String,
    /// Every state named in the library's recorded votes (read once).
    states: Option<Vec<String>>,
    /// Only this session (of this body).
    pub session: Option<Session>,
    pub agenda: Option<String>,
    pub which: Which,
    /// The state's votes, or why there are none.
    pub result: Option<Result<CountryVotes, String>>,
    /// A query running on a worker thread.
    pending: Option<Receiver<Result<CountryVotes, crate::library::LibraryError>>>,
}

impl StateVotesView {
    /// Starts reading `country`'s votes from the library on a worker thread (the view shows
    /// them when they come).
    pub fn ask(&mut self, library: &Library, country: &str, ctx: &egui::Context) {
        let country = country.trim().to_string();
        if country.is_empty() {
            return;
        }
        self.country = country.clone();
        self.session = None;
        self.agenda = None;
        self.result = None;
        let (tx, rx) = mpsc::channel();
        let library = library.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let found = library.votes_of(&country, None);
            let _ = tx.send(found);
            ctx.request_repaint();
        });
        self.pending = Some(rx);
    }

    /// Shows `country`'s votes: they are read on the next frame.
    pub fn choose(&mut self, country: &str) {
        if self.pending.is_none() {
            self.country = country.trim().to_string();
            self.result = None;
        }
    }

    /// Reads the states and votes again the next time the view is shown (after a scan).
    pub fn mark_stale(&mut self) {
        if self.pending.is_none() {
            self.states = None;
            self.result = None;
        }
    }

    /// Whether a query is running.
    pub fn is_busy(&self) -> bool {
        self.pending.is_some()
    }

    fn poll(&mut self) {
        let Some(rx) = &self.pending else { return };
        match rx.try_recv() {
            Ok(found) => {
                // Said here, in the window's language (the reading thread speaks English).
                self.result = Some(found.map_err(|e| e.localized()));
                self.pending = None;
            }
            Err(mpsc::TryRecvError::Empty) => {}
            Err(mpsc::TryRecvError::Disconnected) => {
                self.result = Some(Err(crate::t!("error-query-stopped")));
                self.pending = None;
            }
        }
    }

    /// Whether the filters keep `vote`.
    fn keeps(&self, vote: &CountryVote) -> bool {
        self.session.is_none_or(|s| session_of(vote) == Some(s))
            && self
                .agenda
                .as_ref()
                .is_none_or(|item| vote.agenda.contains(item))
            && self.which.keeps(vote)
    }

    /// The state's votes as CSV, as the filters show them; None before any.
    pub fn csv(&self) -> Option<(String, String)> {
        let Some(Ok(found)) = &self.result else {
            return None;
        };
        let stem: String = found
            .state
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '_' })
            .collect();
        let name = match self.session {
            Some((body, s)) => format!(
                "votes-{stem}-{}{s}.csv",
                crate::ui::library::body_name(body)
            ),
            None => format!("votes-{stem}.csv"),
        };
        Some((name, found.to_csv(|v| self.keeps(v))))
    }
}

/// The view. `my_country` (from the facts panel) is asked for first.
pub fn show(
    ui: &mut Ui,
    view: &mut StateVotesView,
    library: &Library,
    my_country: &str,
    reader_language: Option<Language>,
) -> Vec<Command> {
    let mut out = Vec::new();
    view.poll();
    let states = view.states.get_or_insert_with(|| library.states()).clone();
    if view.result.is_none() && view.pending.is_none() {
        if states.is_empty() {
            ui.add_space(20.0);
            ui.label(t!("library-no-resolution-in-the-library"));
            return out;
        }
        // The state shown before a scan, else the user's own, else the first.
        let first = [view.country.as_str(), my_country]
            .into_iter()
            .find(|c| !c.trim().is_empty())
            .map_or_else(|| states[0].clone(), str::to_string);
        view.ask(library, &first, ui.ctx());
    }
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("library-member-state"));
        if let Some(picked) = state_picker(ui, view, &states, label.id) {
            view.ask(library, &picked, ui.ctx());
        }
        if !my_country.trim().is_empty()
            && ui
                .button(t!("votes-my-country"))
                .on_hover_text(t!("votes-show-how", state = my_country.trim()))
                .clicked()
        {
            view.ask(library, my_country, ui.ctx());
        }
    });
    if view.is_busy() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(t!("votes-reading", state = &view.country));
        });
        return out;
    }
    let found = match &view.result {
        Some(Ok(found)) => found.clone(),
        Some(Err(e)) => {
            ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
            return out;
        }
        None => return out,
    };
    filters_ui(ui, view, &found, &mut out);
    let shown: Vec<&CountryVote> = found.votes.iter().filter(|v| view.keeps(v)).collect();
    summary_ui(ui, &found, &shown);
    let by_session = chart_ui(ui, view, &found);
    if let Some(session) = by_session {
        view.session = Some(session);
    }
    ui.add_space(4.0);
    table_ui(ui, &shown, reader_language, &mut out);
    out
}

/// A searchable list of the states; the one picked, if any.
fn state_picker(
    ui: &mut Ui,
    view: &mut StateVotesView,
    states: &[String],
    label: egui::Id,
) -> Option<String> {
    let mut picked = None;
    let shown = match &view.result {
        Some(Ok(found)) if !found.state.is_empty() => found.state.clone(),
        _ => view.country.clone(),
    };
    egui::ComboBox::from_id_salt("state-votes-state")
        .selected_text(shown)
        .width(300.0)
        .height(360.0)
        .show_ui(ui, |ui| {
            let find = ui.add(
                crate::ui::field::single_line(&mut view.find, &mut crate::ui::field::layouter(ui))
                    .hint_text(t!("library-find-a-member-state"))
                    .desired_width(260.0),
            );
            find.request_focus();
            let wanted = crate::library::name_key(&view.find);
            let matching: Vec<&String> = states
                .iter()
                .filter(|s| wanted.is_empty() || crate::library::name_key(s).contains(&wanted))
                .collect();
            let enter = find.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if enter {
                picked = Some(
                    matching
                        .first()
                        .map_or(view.find.clone(), |s| s.to_string()),
                );
            }
            for state in matching {
                if ui.selectable_label(false, state.as_str()).clicked() {
                    picked = Some(state.clone());
                }
            }
        })
        .response
        .labelled_by(label);
    if picked.is_some() {
        view.find.clear();
    }
    picked
}

fn filters_ui(
    ui: &mut Ui,
    view: &mut StateVotesView,
    found: &CountryVotes,
    out: &mut Vec<Command>,
) {
    let mut sessions: Vec<Session> = found.votes.iter().filter_map(session_of).collect();
    sessions.sort();
    sessions.dedup();
    let mut items: Vec<&String> = found.votes.iter().flat_map(|v| &v.agenda).collect();
    items.sort();
    items.dedup();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("library-session"));
        egui::ComboBox::from_id_salt("state-votes-session")
            .selected_text(
                view.session
                    .map_or_else(|| t!("library-all-sessions"), session_name),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.session, None, t!("library-all-sessions"));
                for s in &sessions {
                    ui.selectable_value(&mut view.session, Some(*s), session_name(*s));
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(t!("library-agenda-item"));
        egui::ComboBox::from_id_salt("state-votes-agenda")
            .selected_text(
                view.agenda
                    .clone()
                    .unwrap_or_else(|| t!("library-all-agenda-items")),
            )
            .width(280.0)
            .truncate()
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.agenda, None, t!("library-all-agenda-items"));
                for item in items {
                    ui.selectable_value(&mut view.agenda, Some(item.clone()), item.as_str());
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(t!("library-show"));
        egui::ComboBox::from_id_salt("state-votes-which")
            .selected_text(view.which.label())
            .show_ui(ui, |ui| {
                for which in Which::ALL {
                    ui.selectable_value(&mut view.which, which, which.label());
                }
            })
            .response
            .labelled_by(label.id);
        if ui
            .button(t!("votes-export-csv"))
            .on_hover_text(t!("library-save-the-votes-listed-below"))
            .clicked()
        {
            out.push(Command::ExportStateVotes);
        }
    });
}

/// "Voted with the majority in 85 of the 90 votes it cast (94%); absent from 3 of 93."
fn summary_ui(ui: &mut Ui, found: &CountryVotes, shown: &[&CountryVote]) {
    let cast: Vec<&&CountryVote> = shown.iter().filter(|v| v.vote.is_some()).collect();
    let with = cast
        .iter()
        .filter(|v| v.with_majority() == Some(true))
        .count();
    let absent = shown.len() - cast.len();
    let mut counts = [0usize; 3];
    for v in &cast {
        if let Some(vote) = v.vote {
            counts[vote as usize] += 1;
        }
    }
    let share = (with * 100 + cast.len() / 2)
        .checked_div(cast.len())
        .unwrap_or(0);
    ui.label(
        RichText::new(t!(
            "votes-summary",
            state = found.state.as_str(),
            with = with,
            cast = cast.len(),
            share = share,
            absent = absent,
            recorded = shown.len()
        ))
        .strong(),
    );
    let visuals = ui.visuals().clone();
    ui.horizontal_wrapped(|ui| {
        for vote in Vote::ALL {
            ui.label(
                RichText::new(format!(
                    "{} {} {}",
                    vote.symbol(),
                    vote_label(vote),
                    counts[vote as usize]
                ))
                .color(vote_color(vote, &visuals)),
            );
        }
        ui.label(RichText::new(format!("· {} {absent}", t!("library-absent"))).weak());
    });
}

/// One bar per session: the state's votes in favour, against, abstaining and absent, each
/// with its count (readable without colour), and its share with the majority. A click on a
/// session's bar shows that session alone; the session clicked, if any.
fn chart_ui(ui: &mut Ui, view: &StateVotesView, found: &CountryVotes) -> Option<Session> {
    // Per session: in favour, against, abstaining, absent, with the majority.
    let mut sessions: BTreeMap<Session, [usize; 5]> = BTreeMap::new();
    for v in found.votes.iter().filter(|v| {
        view.agenda
            .as_ref()
            .is_none_or(|item| v.agenda.contains(item))
    }) {
        let Some(key) = session_of(v) else { continue };
        let row = sessions.entry(key).or_default();
        match v.vote {
            Some(vote) => row[vote as usize] += 1,
            None => row[3] += 1,
        }
        if v.with_majority() == Some(true) {
            row[4] += 1;
        }
    }
    if sessions.is_empty() {
        return None;
    }
    let visuals = ui.visuals().clone();
    let absent_color = visuals.weak_text_color();
    let most = sessions
        .values()
        .map(|r| r[..4].iter().sum::<usize>())
        .max()
        .unwrap_or(1)
        .max(1);
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .id_salt("state-votes-chart")
        .max_height(150.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (&session, row) in &sessions {
                let total: usize = row[..4].iter().sum();
                let cast = total - row[3];
                let share = (row[4] * 100 + cast / 2)
                    .checked_div(cast)
                    .map(|p| t!("votes-share-with-majority", share = p))
                    .unwrap_or_default();
                let text = format!("+{} −{} ○{} ·{}  {share}", row[0], row[1], row[2], row[3]);
                let name = t!(
                    "votes-session-bar",
                    session = session_name(session).as_str(),
                    in_favour = row[0],
                    against = row[1],
                    abstaining = row[2],
                    absent = row[3],
                    share = share.as_str()
                );
                let response = ui
                    .horizontal(|ui| {
                        let selected = view.session == Some(session);
                        let label = RichText::new(session_name(session));
                        ui.add_sized(
                            [56.0, 16.0],
                            egui::Label::new(if selected { label.strong() } else { label }),
                        );
                        let width = (ui.available_width() - 260.0).max(80.0);
                        let (rect, response) = ui.allocate_exact_size(
                            Vec2::new(width * total as f32 / most as f32, 14.0),
                            Sense::click(),
                        );
                        let mut x = rect.left();
                        let colors = [
                            vote_color(Vote::InFavour, &visuals),
                            vote_color(Vote::Against, &visuals),
                            vote_color(Vote::Abstaining, &visuals),
                            absent_color,
                        ];
                        for (count, color) in row[..4].iter().zip(colors) {
                            let w = rect.width() * *count as f32 / total.max(1) as f32;
                            let part = egui::Rect::from_min_size(
                                egui::pos2(x, rect.top()),
                                Vec2::new(w, rect.height()),
                            );
                            ui.painter().rect_filled(part, 0.0, color);
                            x += w;
                        }
                        if selected {
                            ui.painter().rect_stroke(
                                rect.expand(1.0),
                                1.0,
                                visuals.selection.stroke,
                                egui::StrokeKind::Outside,
                            );
                        }
                        ui.label(RichText::new(text).small());
                        response
                            .on_hover_text(t!("votes-click-session", session = name.as_str()))
                            .on_hover_cursor(egui::CursorIcon::PointingHand)
                    })
                    .inner;
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if response.clicked() {
                    clicked = Some(session);
                }
            }
        });
    clicked
}

fn table_ui(
    ui: &mut Ui,
    shown: &[&CountryVote],
    reader_language: Option<Language>,
    out: &mut Vec<Command>,
) {
    if shown.is_empty() {
        ui.label(RichText::new(t!("library-no-vote-matches-these-filters")).weak());
        return;
    }
    let visuals = ui.visuals().clone();
    let widths = [130.0, 90.0, 120.0, 120.0, 90.0];
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    ui.horizontal(|ui| {
        for (width, name) in widths.iter().zip([
            "library-symbol",
            "library-adopted",
            "votes-vote",
            "votes-majority",
            "votes-count",
        ]) {
            cell(ui, *width, row_height, |ui| {
                ui.label(RichText::new(t!(name)).strong())
            });
        }
        ui.label(RichText::new(t!("library-title")).strong());
    });
    ui.separator();
    // ↑ ↓, Page Up / Page Down, Home and End go through every row, also out of view.
    let keys = ListKeys::new(
        egui::Id::unique("state-votes-rows-keys"),
        row_height + ui.spacing().item_spacing.y,
    );
    let area = egui::ScrollArea::vertical()
        .id_salt("state-votes-rows")
        .auto_shrink(false);
    let area = keys.follow(ui, area);
    let mut focused = None;
    let output = area.show_rows(ui, row_height, shown.len(), |ui, range| {
        for (index, v) in shown.iter().enumerate().skip(range.start).take(range.len()) {
            ui.horizontal(|ui| {
                ui.set_height(row_height);
                let link = symbol_cell(
                    ui,
                    widths[0],
                    row_height,
                    &v.symbol,
                    &v.paths,
                    reader_language,
                    out,
                );
                if keys.row(ui, index, &link) {
                    focused = Some(index);
                }
                cell(ui, widths[1], row_height, |ui| {
                    ui.label(v.adopted.clone().unwrap_or_default())
                });
                cell(ui, widths[2], row_height, |ui| match v.vote {
                    Some(vote) => {
                        vote_chip(ui, vote, &visuals);
                        let text = RichText::new(vote_label(vote));
                        ui.label(if v.with_majority() == Some(false) {
                            text.strong()
                        } else {
                            text
                        })
                    }
                    None => ui.label(RichText::new(t!("library-absent")).weak()),
                });
                cell(ui, widths[3], row_height, |ui| match v.majority {
                    Some(vote) => ui.label(
                        RichText::new(format!("{} {}", vote.symbol(), vote_label(vote))).weak(),
                    ),
                    None => ui.label(""),
                });
                cell(ui, widths[4], row_height, |ui| {
                    ui.label(v.record.tally().unwrap_or_default())
                });
                let title = v.title.clone().unwrap_or_default();
                let label = ui
                    .add(egui::Label::new(crate::ui::bidi::visual_line(&title, false)).truncate());
                if !v.agenda.is_empty() {
                    label.on_hover_text(v.agenda.join("\n"));
                }
            });
        }
    });
    keys.finish(ui, &output, focused, shown.len(), |_| true);
}
