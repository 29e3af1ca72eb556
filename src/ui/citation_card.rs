//! The card for a cited document that is not at hand: what it is, copy its symbol or link,
//! and the one action that may use the network, Open online.

use crate::cite;
use crate::document::Language;
use crate::t;
use crate::ui::app::CardState;
use crate::ui::command::Command;
use egui::{RichText, Vec2};

pub fn show(ctx: &egui::Context, card: Option<&CardState>, no_folders: bool) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(card) = card else { return out };
    let description = cite::describe(&card.symbol);
    let url = cite::undocs_url(&card.symbol, card.language.unwrap_or(Language::En));
    let area = egui::Area::new(egui::Id::unique("citation-card"))
        .order(egui::Order::Foreground)
        .fixed_pos(card.position + Vec2::new(-20.0, 16.0))
        .constrain(true)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(12.0)
                .show(ui, |ui| {
                    ui.set_max_width(380.0);
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(&card.symbol).strong().size(15.0));
                        if let Some(d) = &description {
                            let what = d.what.localized();
                            ui.label(RichText::new(format!("· {what}")).weak());
                        }
                    });
                    let mut facts = Vec::new();
                    if let Some(p) = &card.pinpoint {
                        facts.push(t!("card-paragraph", paragraph = p));
                    }
                    facts.push(if no_folders {
                        t!("card-not-among-your-files")
                    } else {
                        t!("card-not-open")
                    });
                    ui.label(RichText::new(facts.join(" · ")).weak());
                    ui.add_space(6.0);
                    ui.horizontal(|ui| {
                        if ui.button(t!("card-copy-symbol")).clicked() {
                            out.push(Command::Copy(card.symbol.clone()));
                        }
                        if ui
                            .button(t!("card-copy-link"))
                            .on_hover_text(&url)
                            .clicked()
                        {
                            out.push(Command::Copy(url.clone()));
                        }
                        if ui
                            .button(t!("card-open-online"))
                            .on_hover_text(t!("card-open-online-tip", url = &url))
                            .clicked()
                        {
                            out.push(Command::OpenOnline(url.clone()));
                        }
                        if ui.button(t!("card-close")).clicked() {
                            out.push(Command::CloseCitationCard);
                        }
                    });
                    // Where the document may be found without the network.
                    ui.horizontal(|ui| {
                        if ui
                            .button(t!("card-search-library"))
                            .on_hover_text(t!("card-search-library-tip"))
                            .clicked()
                        {
                            out.push(Command::SearchLibraryFor(card.symbol.clone()));
                        }
                        if ui
                            .button(t!("card-add-folder"))
                            .on_hover_text(t!("card-add-folder-tip"))
                            .clicked()
                        {
                            out.push(Command::CloseCitationCard);
                            out.push(Command::AddLibraryFolder);
                        }
                    });
                });
        });
    let clicked_outside =
        ctx.input(|i| i.pointer.any_pressed()) && !area.response.contains_pointer();
    if clicked_outside && out.is_empty() {
        out.push(Command::CloseCitationCard);
    }
    out
}
