//! The window: eframe/egui over the core model. Panels return commands; the app applies
//! them in one place.

pub mod app;
pub mod bidi;
mod chrome;
mod citation_card;
pub mod command;
pub mod compare;
mod find_bar;
pub mod fonts;
pub mod library;
pub mod notes;
pub mod outline;
pub mod reader;
pub mod rich_text;
pub mod segments;
mod session;
pub mod tab;
pub mod virtual_list;

pub use app::{App, AppOptions, FilePicker};

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// How to run the window.
pub struct RunOptions {
    pub files: Vec<PathBuf>,
    /// Render once to this PNG and exit.
    pub screenshot: Option<PathBuf>,
    pub size: (u32, u32),
    /// Force the dark (true) or light (false) theme.
    pub dark_mode: Option<bool>,
    /// Open the active document at this paragraph.
    pub goto: Option<String>,
    /// Show the notes panel.
    pub show_notes: bool,
    /// Open the library view, with this search if not empty.
    pub library: Option<String>,
    /// Open the first two files side by side in this mode.
    pub side_by_side: Option<compare::Mode>,
}

/// Opens the window and runs until it is closed.
pub fn run(options: RunOptions) -> anyhow::Result<()> {
    let data_dir = crate::store::data_dir();
    let screenshot = options.screenshot.clone();
    let app_options = AppOptions {
        files: options.files,
        data_dir,
        remember_session: screenshot.is_none(),
    };
    let (w, h) = options.size;
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Plenary")
            .with_inner_size([w as f32, h as f32])
            .with_min_inner_size([480.0, 320.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let failed: Arc<std::sync::Mutex<Option<String>>> = Arc::default();
    let failed_in_app = failed.clone();
    eframe::run_native(
        "Plenary",
        native,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            let mut app = App::new(app_options);
            if let Some(dark) = options.dark_mode {
                app.dark_mode = dark;
            }
            app.show_notes |= options.show_notes;
            if let Some(query) = &options.library {
                let mut view = library::LibraryView::new();
                view.query = query.clone();
                if let Some(lib) = &app.library
                    && let Err(e) = view.search(lib)
                {
                    app.errors.push(e);
                }
                app.library_view = Some(view);
            }
            if let Some(reference) = &options.goto
                && let Some(tab) = app.tabs.get_mut(app.active)
            {
                match tab.doc.find_ref(reference) {
                    Some(p) => tab.reader.jump_to(p),
                    None => app.errors.push(format!(
                        "no paragraph {reference} in {}",
                        tab.doc.display_name()
                    )),
                }
            }
            if let Some(mode) = options.side_by_side
                && app.tabs.len() >= 2
            {
                let n = app.tabs.len();
                app.run_commands(
                    &cc.egui_ctx,
                    vec![command::Command::Compare {
                        old: n - 2,
                        new: n - 1,
                        mode,
                    }],
                );
            }
            Ok(match screenshot {
                Some(path) => {
                    Box::new(ScreenshotApp::new(app, path, failed_in_app)) as Box<dyn eframe::App>
                }
                None => Box::new(app),
            })
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))?;
    if let Some(message) = failed.lock().ok().and_then(|mut m| m.take()) {
        anyhow::bail!(message);
    }
    Ok(())
}

/// Renders the app until its layout settles, saves one frame as PNG, and closes.
struct ScreenshotApp {
    app: App,
    path: PathBuf,
    frames: u32,
    requested: bool,
    done: Arc<AtomicBool>,
    failed: Arc<std::sync::Mutex<Option<String>>>,
}

impl ScreenshotApp {
    fn new(app: App, path: PathBuf, failed: Arc<std::sync::Mutex<Option<String>>>) -> Self {
        ScreenshotApp {
            app,
            path,
            frames: 0,
            requested: false,
            done: Arc::default(),
            failed,
        }
    }
}

impl eframe::App for ScreenshotApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.ui(ui);
        self.frames += 1;
        let ctx = ui.ctx().clone();
        let settled = self.app.tabs.iter().all(|t| t.reader.fully_laid_out())
            && self.app.compare.as_ref().is_none_or(|c| c.settled());
        if !self.requested && self.frames >= 4 && (settled || self.frames > 60) {
            self.requested = true;
            let path = self.path.clone();
            let done = self.done.clone();
            let failed = self.failed.clone();
            let repaint = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Err(e) = save_png(&path, &image)
                    && let Ok(mut f) = failed.lock()
                {
                    *f = Some(format!(
                        "could not write the screenshot ({e}): {}",
                        path.display()
                    ));
                }
                done.store(true, Ordering::SeqCst);
                repaint.request_repaint();
            });
        }
        if self.done.load(Ordering::SeqCst) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ctx.request_repaint();
        }
    }
}

/// Writes an RGBA image as PNG.
pub fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> anyhow::Result<()> {
    let file = std::fs::File::create(path)?;
    let mut encoder = png::Encoder::new(
        std::io::BufWriter::new(file),
        image.width() as u32,
        image.height() as u32,
    );
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header()?;
    let bytes: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    writer.write_image_data(&bytes)?;
    writer.finish()?;
    Ok(())
}
