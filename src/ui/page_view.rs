//! "Show on page": the page of a PDF a paragraph is printed on, drawn as published, with
//! the paragraph's area marked, in a panel beside the reflowed text. The page is drawn on a
//! worker thread; the panel follows the paragraph being read.

use crate::document::PageArea;
use crate::parse::pdf::PageImage;
use crate::t;
use crate::ui::command::Command;
use crate::ui::tab::TabId;
use egui::{Color32, Rect, Sense, Stroke, StrokeKind, TextureHandle, Ui, pos2, vec2};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

/// Pixels per point of the PDF the page is drawn at (an A4 page: 1,190 pixels wide), sharp
/// at the panel's usual widths on a high-density screen too.
const SCALE: f32 = 2.0;

/// How far the page can be enlarged beyond the panel's width.
const MAX_ZOOM: f32 = 3.4;

/// The page shown, and the paragraph marked on it.
pub struct PageView {
    /// The tab whose paragraph is shown.
    pub tab: TabId,
    pub path: PathBuf,
    /// The page shown, from 0.
    pub page: usize,
    /// How many pages the file has (known once a page is drawn).
    pub pages: Option<usize>,
    /// The paragraph marked (index into the document's paragraphs), and its reference (None
    /// for text with no printed number: "this paragraph").
    pub paragraph: usize,
    pub reference: Option<String>,
    /// Where the paragraph is printed, on every page it is on.
    pub areas: Vec<PageArea>,
    /// The page as drawn, once it is.
    pub image: Option<TextureHandle>,
    /// Why the page could not be drawn.
    pub error: Option<String>,
    pending: Option<(usize, Receiver<Result<PageImage, crate::parse::ParseError>>)>,
    /// Scroll the marked area into view on the next frame.
    reveal: bool,
    /// The page's width as a multiple of the panel's (1: the whole width shown).
    pub zoom: f32,
}

impl PageView {
    /// The view of a paragraph: the first page it is printed on.
    pub fn new(
        tab: TabId,
        path: PathBuf,
        paragraph: usize,
        reference: Option<String>,
        areas: Vec<PageArea>,
    ) -> PageView {
        PageView {
            tab,
            path,
            page: areas.first().map_or(0, |a| a.page),
            pages: None,
            paragraph,
            reference,
            areas,
            image: None,
            error: None,
            pending: None,
            reveal: true,
            zoom: 1.0,
        }
    }

    /// Shows another paragraph of the same document: its page, drawn again only if it is
    /// another page.
    pub fn follow(&mut self, paragraph: usize, reference: Option<String>, areas: Vec<PageArea>) {
        if let Some(first) = areas.first()
            && !areas.iter().any(|a| a.page == self.page)
        {
            self.set_page(first.page);
        }
        self.paragraph = paragraph;
        self.reference = reference;
        self.areas = areas;
        self.reveal = true;
    }

    /// Turns to another page (the mark stays with its paragraph).
    pub fn set_page(&mut self, page: usize) {
        let page = match self.pages {
            Some(n) => page.min(n.saturating_sub(1)),
            None => page,
        };
        if page != self.page {
            self.page = page;
            self.image = None;
            self.error = None;
            self.reveal = true;
        }
    }

    /// The marked areas on the page shown.
    pub fn marks(&self) -> impl Iterator<Item = &PageArea> {
        self.areas.iter().filter(|a| a.page == self.page)
    }

    /// Whether the page is being drawn.
    pub fn drawing(&self) -> bool {
        self.pending.is_some()
    }

    /// Starts drawing the page if it is not drawn, takes in a page drawn meanwhile.
    pub fn poll(&mut self, ctx: &egui::Context) {
        if let Some((page, rx)) = &self.pending {
            match rx.try_recv() {
                Ok(result) => {
                    let page = *page;
                    self.pending = None;
                    if page == self.page {
                        match result {
                            Ok(image) => {
                                self.pages = Some(image.pages);
                                let color = egui::ColorImage::from_rgba_premultiplied(
                                    [image.width, image.height],
                                    &image.rgba,
                                );
                                self.image = Some(ctx.load_texture(
                                    format!("page-{page}"),
                                    color,
                                    egui::TextureOptions::LINEAR,
                                ));
                            }
                            // Said here, in the window's language (the drawing thread
                            // speaks English).
                            Err(e) => self.error = Some(e.localized()),
                        }
                    }
                }
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    self.pending = None;
                    self.error = Some(t!("page-not-drawn"));
                }
            }
        }
        if self.image.is_none() && self.error.is_none() && self.pending.is_none() {
            let (tx, rx) = std::sync::mpsc::channel();
            let (path, page, ctx) = (self.path.clone(), self.page, ctx.clone());
            let spawned = std::thread::Builder::new()
                .name("page".into())
                .spawn(move || {
                    let result = crate::parse::pdf::render_file_page(&path, page, SCALE);
                    let _ = tx.send(result);
                    ctx.request_repaint();
                });
            match spawned {
                Ok(_) => self.pending = Some((page, rx)),
                Err(e) => {
                    let error = e.to_string();
                    self.error = Some(t!("page-not-drawn-because", error = &error));
                }
            }
        }
    }
}

/// How the caption names a paragraph: its reference, or None ("This paragraph") for text
/// with no printed number (whose reference is an internal id).
pub fn name(p: &crate::document::Paragraph) -> Option<String> {
    (p.kind != crate::document::ParagraphKind::Other).then(|| p.reference.clone())
}

/// The panel's contents: page turning, then the page with the paragraph marked.
pub fn ui(ui: &mut Ui, view: &mut PageView) -> Vec<Command> {
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        let pages = view.pages;
        let prev = ui
            .add_enabled(view.page > 0, egui::Button::new(t!("page-previous")))
            .on_hover_text(t!("page-previous-tip"));
        if prev.clicked() {
            out.push(Command::TurnPage(-1));
        }
        let next = ui
            .add_enabled(
                pages.is_none_or(|n| view.page + 1 < n),
                egui::Button::new(t!("page-next")),
            )
            .on_hover_text(t!("page-next-tip"));
        if next.clicked() {
            out.push(Command::TurnPage(1));
        }
        let zoom_out = ui
            .add_enabled(view.zoom > 1.0, egui::Button::new("−"))
            .on_hover_text(t!("page-zoom-out-tip"));
        if zoom_out.clicked() {
            view.zoom = (view.zoom / 1.5).max(1.0);
        }
        let zoom_in = ui
            .add_enabled(view.zoom < MAX_ZOOM, egui::Button::new("+"))
            .on_hover_text(t!("page-zoom-in-tip"));
        if zoom_in.clicked() {
            view.zoom = (view.zoom * 1.5).min(MAX_ZOOM);
            view.reveal = true;
        }
        if ui
            .button(t!("page-close"))
            .on_hover_text(t!("page-close-tip"))
            .clicked()
        {
            out.push(Command::ClosePageView);
        }
    });
    let page = view.page + 1;
    let heading = match view.pages {
        Some(pages) => t!("page-number-of", page = page, pages = pages),
        None => t!("page-number", page = page),
    };
    ui.label(egui::RichText::new(heading).strong());
    let marked = view.marks().next().is_some();
    let caption = match (&view.reference, marked) {
        (Some(reference), true) => t!("page-marked", paragraph = reference),
        (Some(reference), false) => t!("page-not-here", paragraph = reference),
        (None, true) => t!("page-marked-this-paragraph"),
        (None, false) => t!("page-not-here-this-paragraph"),
    };
    ui.label(egui::RichText::new(caption).small().weak());
    ui.separator();
    if let Some(error) = &view.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
        return out;
    }
    let Some(texture) = view.image.clone() else {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(t!("page-drawing"));
        });
        return out;
    };
    let reveal = std::mem::take(&mut view.reveal);
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let [w, h] = texture.size();
            let width = ui.available_width().max(120.0) * view.zoom;
            let size = vec2(width, width * h as f32 / w.max(1) as f32);
            let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
            let painter = ui.painter_at(rect);
            painter.image(
                texture.id(),
                rect,
                Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
                Color32::WHITE,
            );
            painter.rect_stroke(
                rect,
                0.0,
                Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
                StrokeKind::Outside,
            );
            let accent = ui.visuals().selection.stroke.color;
            let mut first: Option<Rect> = None;
            for area in view.marks() {
                let [l, t, r, b] = area.rect;
                let mark = Rect::from_min_max(
                    pos2(rect.left() + l * size.x, rect.top() + t * size.y),
                    pos2(rect.left() + r * size.x, rect.top() + b * size.y),
                )
                .expand(4.0);
                painter.rect_filled(mark, 2.0, accent.gamma_multiply(0.12));
                painter.rect_stroke(mark, 2.0, Stroke::new(2.0, accent), StrokeKind::Outside);
                // A bar in the margin, as a reader marks a passage.
                let bar = Rect::from_min_max(
                    pos2(rect.left() + 3.0, mark.top()),
                    pos2(rect.left() + 7.0, mark.bottom()),
                );
                painter.rect_filled(bar, 1.0, accent);
                first.get_or_insert(mark);
            }
            if reveal && let Some(mark) = first {
                ui.scroll_to_rect(mark, Some(egui::Align::Center));
            }
            let file = view
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            response.on_hover_text(t!("page-as-published", page = page, file = &file));
        });
    out
}
