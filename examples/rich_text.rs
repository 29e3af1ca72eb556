//! A window with an Arabic, a Chinese and an English paragraph laid out by
//! `plenary::ui::rich_text` with the bundled fonts; hovering a citation highlights it.
//!
//! ```sh
//! cargo build --example rich_text
//! ../shared/tools/screenshot.sh /tmp/rt.png -- target/debug/examples/rich_text
//! ```

use egui::{Color32, FontId, TextFormat};
use plenary::document::Language;
use plenary::ui::fonts;
use plenary::ui::rich_text::{self, RichLayout, Segment};

/// A sample paragraph: (text, bold, citation tag) runs.
struct Sample {
    lang: Language,
    runs: Vec<(&'static str, bool, Option<u32>)>,
}

fn samples() -> Vec<Sample> {
    vec![
        Sample {
            lang: Language::Ar,
            runs: vec![
                ("إن الجمعية العامة، ", false, None),
                ("إذ تشير", true, None),
                (" إلى قراريها ", false, None),
                ("73/27", false, Some(1)),
                (" المؤرخ 5 كانون الأول/ديسمبر 2018 و ", false, None),
                ("73/266", false, Some(2)),
                (" المؤرخ 22 كانون الأول/ديسمبر 2018، (أ) ", false, None),
                ("تقرر", true, None),
                (
                    " أن تدرج في جدول الأعمال المؤقت لدورتها السادسة والسبعين البند المعنون \
                     ”التطورات في ميدان المعلومات والاتصالات السلكية واللاسلكية في سياق الأمن الدولي“ (",
                    false,
                    None,
                ),
                ("A/RES/75/32", false, Some(3)),
                (").", false, None),
            ],
        },
        Sample {
            lang: Language::Zh,
            runs: vec![
                ("大会，", false, None),
                ("回顾", true, None),
                ("其2018年12月5日第", false, None),
                ("73/27", false, Some(4)),
                ("号和2018年12月22日第", false, None),
                ("73/266", false, Some(5)),
                ("号决议，", false, None),
                ("请", true, None),
                (
                    "秘书长向大会第七十六届会议提交一份关于本决议执行情况的报告（",
                    false,
                    None,
                ),
                ("A/RES/75/32", false, Some(6)),
                ("），“欢迎”各国就此提出的意见。", false, None),
            ],
        },
        Sample {
            lang: Language::En,
            runs: vec![
                ("The General Assembly, ", false, None),
                ("Recalling", true, None),
                (" its resolutions ", false, None),
                ("73/27", false, Some(7)),
                (" of 5 December 2018 and ", false, None),
                ("73/266", false, Some(8)),
                (
                    " of 22 December 2018, 1. Decides to include in the provisional agenda \
                     of its seventy-sixth session the item entitled “Developments in the field \
                     of information and telecommunications in the context of international security”.",
                    false,
                    None,
                ),
            ],
        },
    ]
}

fn segments(sample: &Sample) -> Vec<Segment> {
    sample
        .runs
        .iter()
        .map(|&(text, bold, tag)| {
            let family = fonts::family_for(Some(sample.lang), bold, false);
            let color = if tag.is_some() {
                Color32::from_rgb(0x1a, 0x4f, 0x9c)
            } else {
                Color32::from_gray(0x20)
            };
            let mut format = TextFormat::simple(FontId::new(20.0, family), color);
            if tag.is_some() {
                format.underline = egui::Stroke::new(1.0, color);
            }
            Segment {
                text: text.to_owned(),
                format,
                tag,
            }
        })
        .collect()
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1000.0, 760.0]),
        ..Default::default()
    };
    let samples = samples();
    let mut installed = false;
    // Laid out once per width, as the reader does.
    let mut cache: Option<(f32, Vec<RichLayout>)> = None;
    let mut last = String::new();
    eframe::run_ui_native("Plenary: rich text", options, move |ui, _frame| {
        if !installed {
            fonts::install(ui.ctx());
            ui.ctx().set_visuals(egui::Visuals::light());
            installed = true;
        }
        egui::Frame::new()
            .inner_margin(24.0)
            .fill(Color32::WHITE)
            .show(ui, |ui| {
                ui.set_min_size(ui.available_size());
                let width = (ui.available_width() - 8.0).min(640.0);
                let layouts = match &cache {
                    Some((w, layouts)) if *w == width => layouts,
                    _ => {
                        let layouts = samples
                            .iter()
                            .map(|s| {
                                rich_text::layout(ui.ctx(), &segments(s), s.lang.is_rtl(), width)
                            })
                            .collect();
                        &cache.insert((width, layouts)).1
                    }
                };
                for layout in layouts {
                    let (response, clicked, hovered) = rich_text::show(ui, layout);
                    if let Some(tag) = hovered {
                        for rect in layout.tag_rects(tag) {
                            ui.painter().rect_stroke(
                                rect.translate(response.rect.min.to_vec2()).expand(2.0),
                                3.0,
                                egui::Stroke::new(1.0, Color32::from_rgb(0xe0, 0x90, 0x20)),
                                egui::StrokeKind::Outside,
                            );
                        }
                    }
                    if let Some(tag) = clicked {
                        last = format!("clicked citation {tag}");
                    }
                    ui.add_space(18.0);
                }
                ui.label(&last);
            });
    })
}
