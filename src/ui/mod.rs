//! The window: eframe/egui over the core model. Panels return commands; the app applies
//! them in one place.

pub mod actions;
pub mod agenda;
pub mod app;
pub mod bidi;
pub mod briefing;
mod chrome;
mod citation_card;
pub mod command;
pub mod compare;
pub mod facts;
pub mod field;
mod find_bar;
pub mod fonts;
mod help;
pub mod library;
mod list_keys;
pub mod notes;
pub mod outline;
pub mod page_view;
pub mod path_prompt;
pub mod raster;
pub mod reader;
pub mod rich_text;
pub mod segments;
mod session;
pub mod state_votes;
pub mod tab;
pub mod theme;
pub mod virtual_list;

/// Whether the window is laid out right to left (an Arabic interface): the outline on the
/// right, the other panels on the left, menus and bars from the right, menu items aligned
/// to the right.
pub fn mirrored() -> bool {
    crate::i18n::locale().is_rtl()
}

/// A message that may take several lines (`logical`: as `logical_t!` gives it). egui wraps
/// a right-to-left line in its visual order, which reads wrong from the second line on: in a
/// mirrored window the message is laid out as the reader lays out Arabic text.
pub fn wrapped_message(ui: &mut egui::Ui, logical: &str) {
    if !mirrored() {
        ui.label(bidi::visual_line(logical, false));
        return;
    }
    let size = ui
        .style()
        .text_styles
        .get(&egui::TextStyle::Body)
        .map_or(14.0, |f| f.size);
    let color = ui.visuals().text_color();
    wrapped_text(
        ui,
        logical,
        Some(crate::document::Language::Ar),
        size,
        color,
    );
}

/// A document's own words (a quote, a citing sentence) over as many lines as they take, in
/// their language's font and direction, as the reader lays them out.
pub fn wrapped_text(
    ui: &mut egui::Ui,
    text: &str,
    language: Option<crate::document::Language>,
    size: f32,
    color: egui::Color32,
) -> egui::Response {
    let rtl = language.is_some_and(|l| l.is_rtl());
    let format = egui::TextFormat::simple(
        egui::FontId::new(size, fonts::family_for(language, false, false)),
        color,
    );
    let layout = rich_text::layout(
        ui.ctx(),
        &[rich_text::Segment::new(text, format)],
        rtl,
        ui.available_width(),
    );
    let response = rich_text::show(ui, &layout).0;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, text));
    response
}

/// Whether an accessibility client (a screen reader, or a test) reads the window: its tree is
/// then built every frame, and what is not painted may join it.
pub fn accessibility_on(ctx: &egui::Context) -> bool {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |_| ())
        .is_some()
}

/// Whether a click came from the keyboard (Enter or Space on the focused widget) or a screen
/// reader, not the mouse: then the keyboard goes on to what the click opened or jumped to.
pub fn by_keyboard(response: &egui::Response) -> bool {
    response.clicked() && !response.clicked_by(egui::PointerButton::Primary)
}

/// Outlines the widget that has the keyboard's focus, whatever it is: egui's own widgets
/// show focus faintly or not at all, and the reader's paragraphs, citations, footnote markers
/// and notes are Plenary's own. Only the keyboard (or a screen reader) gives focus, so a
/// mouse user never sees it. A text field being typed in shows its own cursor instead.
pub fn paint_focus_ring(ctx: &egui::Context) {
    if ctx.text_edit_focused() {
        return;
    }
    let Some(response) = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    // Widgets told to a screen reader but not drawn stand on a point: nothing to outline.
    if response.rect.width() < 2.0 || response.rect.height() < 2.0 {
        return;
    }
    let clip = response.interact_rect.expand(3.0);
    let painter = egui::Painter::new(ctx.clone(), response.layer_id, clip);
    let stroke = ctx.global_style().visuals.selection.stroke;
    let stroke = egui::Stroke::new(stroke.width.max(2.0), stroke.color);
    painter.rect_stroke(
        response.rect.expand(2.0),
        3.0,
        stroke,
        egui::StrokeKind::Outside,
    );
}

/// Names the region `ui` draws (a panel, the text, a bar) for screen readers, which read
/// its widgets as its parts and let a reader jump from region to region: called first thing
/// in the region.
pub fn region(ui: &egui::Ui, role: egui::accesskit::Role, name: &str) {
    ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
        node.set_role(role);
        node.set_label(name.to_string());
    });
}

/// Makes a message a live region: a screen reader says it as soon as it appears (a note
/// saved, a PDF saved, a search's results), or, when `urgent` (an error), interrupts to say it.
pub fn announce(response: &egui::Response, text: &str, urgent: bool) {
    use egui::accesskit::{Live, Role};
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_label(text.to_string());
        if urgent {
            node.set_role(Role::Alert);
            node.set_live(Live::Assertive);
        } else {
            node.set_role(Role::Status);
            node.set_live(Live::Polite);
        }
    });
}

/// A panel on the side where reading starts (the outline's): left, or right when mirrored.
pub fn start_panel(id: &'static str) -> egui::Panel {
    if mirrored() {
        egui::Panel::right(id)
    } else {
        egui::Panel::left(id)
    }
}

/// A side panel (notes, facts, Cited by) beside the text, in `room` points of width left for
/// it and the text: about a third of it, at most `widest` (the panel's own widest, or its
/// share of what the text can spare), so that the text keeps most of the width also when
/// enlarged (at 200% a window 800 pixels wide is 400 points).
pub fn side_panel(panel: egui::Panel, room: f32, default: f32, widest: f32) -> egui::Panel {
    let max = (room * 0.36)
        .max(room.min(280.0) * 0.5)
        .min(widest)
        .max(40.0);
    panel
        .resizable(true)
        .default_size(default.min(max))
        .min_size(60.0f32.min(max))
        .max_size(max)
}

/// A panel on the side where reading ends (notes, facts, the page): right, or left when
/// mirrored.
pub fn end_panel(id: &'static str) -> egui::Panel {
    if mirrored() {
        egui::Panel::left(id)
    } else {
        egui::Panel::right(id)
    }
}

/// How a bar's items follow each other: from the side where reading starts.
pub fn bar_layout() -> egui::Layout {
    if mirrored() {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    }
}

/// The same, from the other side (what a bar keeps at its end).
pub fn bar_end_layout() -> egui::Layout {
    if mirrored() {
        egui::Layout::left_to_right(egui::Align::Center)
    } else {
        egui::Layout::right_to_left(egui::Align::Center)
    }
}

/// A panel's contents, lined up on the side where reading starts.
pub fn aligned<R>(ui: &mut egui::Ui, add_contents: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if mirrored() {
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), add_contents)
            .inner
    } else {
        add_contents(ui)
    }
}

/// A menu whose items line up on the side where reading starts.
pub fn menu<R>(
    ui: &mut egui::Ui,
    title: impl Into<egui::WidgetText>,
    add_contents: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    ui.menu_button(title, |ui| {
        if mirrored() {
            ui.with_layout(egui::Layout::top_down(egui::Align::Max), add_contents)
                .inner
        } else {
            add_contents(ui)
        }
    })
}

pub use app::{App, AppOptions, FilePicker};

use std::path::PathBuf;

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
    /// Show the page the `goto` paragraph is printed on (a PDF).
    pub show_on_page: bool,
    /// Show the notes panel.
    pub show_notes: bool,
    /// Show the facts panel (votes, sponsors).
    pub show_facts: bool,
    /// Open the library view, with this search if not empty.
    pub library: Option<String>,
    /// Open the first two files side by side in this mode.
    pub side_by_side: Option<compare::Mode>,
    /// The window's language (else as last chosen, else the system's).
    pub ui_language: Option<crate::i18n::Locale>,
    /// `plenary://` links among the files that lead nowhere, said in the window (in its
    /// language, known only once it opens).
    pub link_errors: Vec<crate::i18n::Text>,
}

/// Opens the window and runs until it is closed; with `screenshot`, renders once without a
/// window instead (see [`screenshot`]).
pub fn run(mut options: RunOptions) -> anyhow::Result<()> {
    follow_links(&mut options);
    if let Some(path) = options.screenshot.clone() {
        return screenshot(options, &path);
    }
    if cfg!(all(unix, not(target_os = "macos")))
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
        && std::env::var_os("WAYLAND_SOCKET").is_none()
    {
        anyhow::bail!(
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); \
             inspect, diff, notes, library, search and --screenshot work without one"
        );
    }
    let data_dir = crate::store::data_dir();
    let app_options = AppOptions {
        files: options.files.clone(),
        data_dir: data_dir.clone(),
        remember_session: true,
        ui_language: options.ui_language,
    };
    let (w, h) = options.size;
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Plenary")
            // The desktop entry's name, so that the desktop shows its icon and name for the
            // window (Wayland app id, X11 window class).
            .with_app_id(APP_ID)
            .with_icon(window_icon())
            .with_inner_size([w as f32, h as f32])
            .with_min_inner_size([480.0, 320.0])
            .with_drag_and_drop(true),
        renderer: eframe::Renderer::Glow,
        // The window comes back where and as large as it was, zoom included.
        persist_window: true,
        persistence_path: Some(data_dir.join("window")),
        ..Default::default()
    };
    eframe::run_native(
        "Plenary",
        native,
        Box::new(move |cc| {
            fonts::install(&cc.egui_ctx);
            let mut app = App::new(app_options);
            prepare(&mut app, &cc.egui_ctx, &options);
            Ok(Box::new(app) as Box<dyn eframe::App>)
        }),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}

/// The application's id on the desktop: its desktop entry, metainfo and icon are named after
/// it (`packaging/linux/`).
pub const APP_ID: &str = "org.plenary.Plenary";

/// The icon the window shows in the task bar where the desktop has none installed.
fn window_icon() -> std::sync::Arc<egui::IconData> {
    let png = include_bytes!("../../packaging/linux/icons/org.plenary.Plenary-128.png");
    std::sync::Arc::new(eframe::icon_data::from_png_bytes(png).unwrap_or_default())
}

/// Turns `plenary://open?…` links among the files (a note's link in an exported page, opened
/// by the desktop) into their file and paragraph: the file where the link says, or else the
/// library's copy of the symbol in that language. A link that leads nowhere is said in the
/// window.
pub fn follow_links(options: &mut RunOptions) {
    use crate::store::link::{ParagraphLink, file_url_path, is_link};
    // The desktop gives files as `file://` addresses (its entry says `%U`, so that
    // `plenary://` links reach Plenary too).
    for file in &mut options.files {
        if let Some(path) = file_url_path(file.as_os_str()) {
            *file = path;
        }
    }
    if !options.files.iter().any(|f| is_link(f.as_os_str())) {
        return;
    }
    let mut library = None;
    let files = std::mem::take(&mut options.files);
    for file in files {
        if !is_link(file.as_os_str()) {
            options.files.push(file);
            continue;
        }
        let text = file.to_string_lossy().to_string();
        let link = match ParagraphLink::parse(&text) {
            Ok(link) => link,
            Err(reason) => {
                options.link_errors.push(crate::text!(
                    "error-link",
                    reason = reason,
                    link = text.clone()
                ));
                continue;
            }
        };
        let at_hand = link.path.clone().filter(|p| p.is_file());
        let found = at_hand.or_else(|| {
            let symbol = link.symbol.as_deref()?;
            let library =
                library.get_or_insert_with(|| crate::library::Library::open_default().ok());
            Some(library.as_ref()?.resolve(symbol, link.language)?.path)
        });
        match found {
            Some(path) => {
                options.files.push(path);
                if link.reference.is_some() {
                    options.goto = link.reference.clone();
                }
            }
            None => {
                let name = link
                    .symbol
                    .clone()
                    .or_else(|| link.path.as_ref().map(|p| p.display().to_string()))
                    .unwrap_or_default();
                options
                    .link_errors
                    .push(crate::text!("error-link-not-found", document = name));
            }
        }
    }
}

/// Applies the command line's view options (theme, paragraph, notes, library, side by side)
/// to a freshly opened app.
fn prepare(app: &mut App, ctx: &egui::Context, options: &RunOptions) {
    if let Some(dark) = options.dark_mode {
        app.dark_mode = dark;
    }
    if let Some(language) = options.ui_language {
        app.ui_language = language;
        crate::ui::app::speak(language);
    }
    app.show_notes |= options.show_notes;
    app.show_facts |= options.show_facts;
    app.errors
        .extend(options.link_errors.iter().map(crate::i18n::Text::localized));
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
            Some(p) => {
                tab.reader.jump_to(p);
                if options.show_on_page {
                    let active = app.active;
                    app.run_commands(
                        ctx,
                        vec![command::Command::ShowOnPage {
                            tab: active,
                            paragraph: p,
                        }],
                    );
                }
            }
            None => app.errors.push(crate::t!(
                "error-no-paragraph",
                paragraph = reference,
                document = &tab.doc.display_name()
            )),
        }
    }
    if let Some(mode) = options.side_by_side
        && app.tabs.len() >= 2
    {
        let n = app.tabs.len();
        app.run_commands(
            ctx,
            vec![command::Command::Compare {
                old: n - 2,
                new: n - 1,
                mode,
            }],
        );
        // `--goto` names a paragraph of the second file (the active one).
        let paragraph = options
            .goto
            .as_deref()
            .and_then(|r| app.tabs.get(n - 1)?.doc.find_ref(r));
        if let (Some(state), Some(paragraph)) = (&mut app.compare, paragraph) {
            state.go_to(paragraph);
        }
    }
}

/// Renders the window once to a PNG without opening it: egui runs headless until the layout
/// settles and [`raster::SoftwarePainter`] paints the last frame, so this works with no display
/// and no GPU. The session is not remembered.
pub fn screenshot(options: RunOptions, path: &std::path::Path) -> anyhow::Result<()> {
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    let mut app = App::new(AppOptions {
        files: options.files.clone(),
        data_dir: crate::store::data_dir(),
        remember_session: false,
        ui_language: options.ui_language,
    });
    prepare(&mut app, &ctx, &options);
    let (w, h) = options.size;
    let image = render(&ctx, &mut app, [w as usize, h as usize], 1.0);
    // The library check started with the app stops here, with what it has saved so far.
    if let Some(scan) = app.scan.take() {
        scan.cancel();
        let _ = scan.wait();
    }
    save_png(path, &image)
        .map_err(|e| anyhow::anyhow!("could not write the screenshot ({e}): {}", path.display()))
}

/// Runs `app` headless in a `size` pixel viewport until its layout settles (at most 60
/// frames) and paints the last frame.
pub fn render(
    ctx: &egui::Context,
    app: &mut App,
    size: [usize; 2],
    pixels_per_point: f32,
) -> egui::ColorImage {
    let screen = egui::Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(size[0] as f32, size[1] as f32) / pixels_per_point,
    );
    let mut painter = raster::SoftwarePainter::default();
    let mut frame = 0u32;
    loop {
        frame += 1;
        let mut input = egui::RawInput {
            screen_rect: Some(screen),
            time: Some(f64::from(frame) / 60.0),
            predicted_dt: 1.0 / 60.0,
            ..Default::default()
        };
        input
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(pixels_per_point);
        let mut output = ctx.run_ui(input, |ui| app.ui(ui));
        painter.set_textures(&mut output.textures_delta);
        // A page being drawn for "Show on page" is waited for (a few seconds at most).
        let drawing = app.page_view.as_ref().is_some_and(|v| v.drawing());
        if drawing && frame < 400 {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let settled = app.tabs.iter().all(|t| t.reader.fully_laid_out())
            && app.compare.as_ref().is_none_or(|c| c.settled())
            && !drawing;
        if frame >= 4 && (settled || frame >= 60 && !drawing || frame >= 400) {
            let primitives =
                ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
            let background = ctx.global_style().visuals.panel_fill;
            let image = painter.paint(&primitives, output.pixels_per_point, size, background);
            painter.free_textures(&mut output.textures_delta);
            return image;
        }
        painter.free_textures(&mut output.textures_delta);
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
