//! The library by agenda item: each item's resolutions, session by session, with how each
//! was adopted. From the catalog alone (no file is read).
//!
//! An item is known by its title as the cover page prints it (`Developments in the field of
//! information and telecommunications in the context of international security`), which
//! stays the same from session to session where the item's number does not. A file that
//! gives no title (a PDF, a text export) is listed under the item as printed (`Agenda item
//! 98`), within its session.

use super::State;
use super::analyze::fold_text;
use super::catalog::VoteRecord;
use super::history::preferred_infos;
use super::symbols::natural_cmp;
use crate::document::{Body, Language};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// One agenda item and its resolutions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    /// The item's title (in English where there is an English version), or the item as
    /// printed followed by its session (`Agenda item 98 (session 75)`).
    pub title: String,
    /// Oldest first: session, adoption date, symbol.
    pub resolutions: Vec<AgendaResolution>,
}

impl AgendaItem {
    /// The sessions its resolutions were adopted in, oldest first, once each.
    pub fn sessions(&self) -> Vec<u32> {
        let mut sessions: Vec<u32> = self.resolutions.iter().filter_map(|r| r.session).collect();
        sessions.dedup();
        sessions
    }
}

/// A resolution under an agenda item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaResolution {
    /// Canonical symbol (`A/RES/75/32`).
    pub symbol: String,
    /// In English where there is an English version.
    pub title: Option<String>,
    /// ISO 8601 date (`2020-12-07`).
    pub adopted: Option<String>,
    pub body: Option<Body>,
    /// Session number; for the Security Council, the year.
    pub session: Option<u32>,
    /// The item as printed in that session (`Agenda item 98`).
    pub item: Option<String>,
    /// How it was adopted, where a file says.
    pub votes: Option<VoteRecord>,
    /// The file of each language version.
    pub paths: BTreeMap<Language, PathBuf>,
}

/// Every agenda item of the library's resolutions, in alphabetical order of title; a
/// resolution under several items is listed under each.
pub(crate) fn agenda_items(state: &State) -> Vec<AgendaItem> {
    let mut items: BTreeMap<String, AgendaItem> = BTreeMap::new();
    for row in state.rows() {
        let Some(symbol) = &row.symbol else { continue };
        if row.is_draft {
            continue;
        }
        let infos = preferred_infos(state, row);
        let with_titles = infos
            .iter()
            .find(|(_, facts)| !facts.agenda_titles.is_empty());
        let printed = infos
            .iter()
            .find(|(info, _)| !info.agenda_items.is_empty())
            .map(|(info, _)| info.agenda_items.as_slice())
            .unwrap_or_default();
        let titles: Vec<String> = match with_titles {
            Some((_, facts)) => facts.agenda_titles.to_vec(),
            None => printed
                .iter()
                .map(|item| match row.session {
                    Some(session) => format!("{item} (session {session})"),
                    None => item.clone(),
                })
                .collect(),
        };
        let votes = infos
            .iter()
            .find_map(|(_, facts)| facts.votes.map(|v| VoteRecord::clone(v)));
        for (i, title) in titles.into_iter().enumerate() {
            let key = fold_text(&title).trim().to_string();
            if key.is_empty() {
                continue;
            }
            let item = items.entry(key).or_insert_with(|| AgendaItem {
                title: title.clone(),
                resolutions: Vec::new(),
            });
            item.resolutions.push(AgendaResolution {
                symbol: symbol.clone(),
                title: row.title.clone(),
                adopted: row.adopted.clone(),
                body: row.body,
                session: row.session,
                item: printed.get(i).or(printed.first()).cloned(),
                votes: votes.clone(),
                paths: row.paths.clone(),
            });
        }
    }
    let mut items: Vec<AgendaItem> = items.into_values().collect();
    for item in &mut items {
        item.resolutions.sort_by(|a, b| {
            (a.session.is_none(), a.session, &a.adopted)
                .cmp(&(b.session.is_none(), b.session, &b.adopted))
                .then_with(|| natural_cmp(&a.symbol, &b.symbol))
        });
    }
    items
}
