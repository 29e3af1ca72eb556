//! The library view: the folders of resolutions on this laptop, one row per resolution with
//! its language versions, full-text search across them, files that cannot be read; and the
//! "Cited by" list of the open document.

use crate::document::{Body, Language, ParagraphKind};
use crate::library::{
    Citing, FileError, HitTarget, Library, Progress, Row, RowFilter, SearchFilters, SearchHit,
    Sort, SortKey, Stats,
};
use crate::t;
use crate::ui::actions::Action;
use crate::ui::command::Command;
use crate::ui::list_keys::ListKeys;
use egui::text::LayoutJob;
use egui::{Color32, RichText, TextFormat, Ui};
use std::path::PathBuf;

/// Where to open a file: a paragraph (by index) or a footnote's paragraph.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenAt {
    Top,
    Paragraph(usize),
    Footnote(usize),
}

impl From<&HitTarget> for OpenAt {
    fn from(target: &HitTarget) -> Self {
        match target {
            HitTarget::Title => OpenAt::Top,
            HitTarget::Paragraph { index, .. } => OpenAt::Paragraph(*index),
            HitTarget::Footnote { index, .. } => OpenAt::Footnote(*index),
        }
    }
}

/// What the library view shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Section {
    /// The resolutions, and full-text search.
    #[default]
    Resolutions,
    /// How a member state voted.
    Votes,
    /// The resolutions of each agenda item.
    AgendaItems,
}

impl Section {
    const ALL: [Section; 3] = [Section::Resolutions, Section::Votes, Section::AgendaItems];

    pub fn label(self) -> String {
        match self {
            Section::Resolutions => t!("library-resolutions"),
            Section::Votes => t!("action-library-votes"),
            Section::AgendaItems => t!("action-library-agenda"),
        }
    }
}

/// The state of the library view.
#[derive(Default)]
pub struct LibraryView {
    pub section: Section,
    pub state_votes: crate::ui::state_votes::StateVotesView,
    pub agenda: crate::ui::agenda::AgendaView,
    pub filter: RowFilter,
    pub sort: Sort,
    /// The rows shown (recomputed when the filter, the sort or the library changes).
    pub rows: Vec<Row>,
    rows_stale: bool,
    pub query: String,
    pub search_language: Option<Language>,
    pub operative_only: bool,
    /// The last search's results (None: browsing).
    pub hits: Option<Vec<SearchHit>>,
    pub errors: Vec<FileError>,
    pub stats: Stats,
    pub folders: Vec<PathBuf>,
    /// Focus the search field on the next frame.
    pub focus_search: bool,
}

impl LibraryView {
    pub fn new() -> LibraryView {
        LibraryView {
            rows_stale: true,
            focus_search: true,
            ..LibraryView::default()
        }
    }

    /// Re-reads rows, errors and counts from the library (after a scan, or when opened).
    pub fn mark_stale(&mut self) {
        self.rows_stale = true;
    }

    /// Reads everything again from the library (after a scan, or a folder removed).
    pub fn library_changed(&mut self) {
        self.rows_stale = true;
        self.agenda.mark_stale();
        self.state_votes.mark_stale();
    }

    fn refresh(&mut self, library: &Library) {
        if !self.rows_stale {
            return;
        }
        self.rows = library.list(&self.filter, self.sort);
        self.errors = library.errors();
        self.stats = library.stats();
        self.folders = library.folders();
        self.rows_stale = false;
    }

    /// Runs the search in the query field (an empty query goes back to browsing).
    pub fn search(&mut self, library: &Library) -> Result<(), String> {
        if self.query.trim().is_empty() {
            self.hits = None;
            return Ok(());
        }
        let filters = SearchFilters {
            language: self.search_language,
            kinds: if self.operative_only {
                vec![ParagraphKind::Operative, ParagraphKind::Subparagraph]
            } else {
                Vec::new()
            },
            preferred_language: self.search_language,
            ..SearchFilters::default()
        };
        match library.search(&self.query, &filters, 100) {
            Ok(hits) => {
                self.hits = Some(hits);
                Ok(())
            }
            Err(e) => Err(e.localized()),
        }
    }
}

fn language_choice(ui: &mut Ui, id: &str, label: &str, value: &mut Option<Language>) -> bool {
    let before = *value;
    egui::ComboBox::new(id, label)
        .selected_text(value.map_or_else(
            || t!("library-all-languages"),
            |l| l.native_name().to_string(),
        ))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, t!("library-all-languages"));
            for lang in Language::ALL {
                ui.selectable_value(value, Some(lang), lang.native_name());
            }
        });
    before != *value
}

/// Add folder, Import files, Rescan: the same actions in the Library menu and the view.
pub fn actions_ui(ui: &mut Ui, scanning: bool, out: &mut Vec<Command>) {
    for action in [Action::AddFolder, Action::ImportFiles, Action::Rescan] {
        if action.menu_item_enabled(ui, !scanning).clicked() {
            out.extend(action.command());
        }
    }
}

/// What the library view needs from the rest of the window.
pub struct Context<'a> {
    pub library: Option<&'a Library>,
    /// The running scan's progress, if any.
    pub progress: Option<&'a Progress>,
    pub scanning: bool,
    /// The user's own country (set in the facts panel), shown first in the votes.
    pub my_country: &'a str,
    /// The language of the document being read: resolutions open in it where they can.
    pub reader_language: Option<Language>,
}

/// The library view.
pub fn show(ui: &mut Ui, view: &mut LibraryView, cx: Context) -> Vec<Command> {
    let Context {
        library,
        progress,
        scanning,
        my_country,
        reader_language,
    } = cx;
    let mut out = Vec::new();
    let Some(library) = library else {
        ui.label(t!("library-the-library-could-not-be"));
        return out;
    };
    view.refresh(library);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!("library-library")).strong().size(16.0));
        let stats = view.stats;
        ui.label(
            RichText::new(if stats.errors > 0 {
                t!(
                    "library-counts-unreadable",
                    resolutions = stats.resolutions,
                    files = stats.documents,
                    unreadable = stats.errors
                )
            } else {
                t!(
                    "library-counts",
                    resolutions = stats.resolutions,
                    files = stats.documents
                )
            })
            .weak(),
        );
        ui.separator();
        actions_ui(ui, scanning, &mut out);
        if ui
            .button(t!("library-close"))
            .on_hover_text(t!("library-back-to-reading"))
            .clicked()
        {
            out.push(Command::ShowLibrary(false));
        }
    });
    if scanning {
        ui.horizontal(|ui| {
            let (fraction, text) = match progress {
                Some(p) if p.total > 0 => {
                    let name = p
                        .current
                        .as_ref()
                        .and_then(|c| c.file_name())
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    (
                        p.done as f32 / p.total as f32,
                        t!(
                            "library-scan-progress",
                            phase = phase_name(p.phase).as_str(),
                            done = p.done,
                            total = p.total,
                            name = name.as_str()
                        ),
                    )
                }
                _ => (0.0, t!("library-looking-for-files")),
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(text)
                    .desired_width(420.0),
            );
            if ui.button(t!("library-cancel")).clicked() {
                out.push(Command::CancelScan);
            }
        });
    }
    ui.separator();
    ui.horizontal(|ui| {
        for section in Section::ALL {
            if ui
                .selectable_label(view.section == section, section.label())
                .clicked()
            {
                view.section = section;
            }
        }
    });
    ui.separator();
    match view.section {
        Section::Resolutions => {}
        Section::Votes => {
            out.extend(crate::ui::state_votes::show(
                ui,
                &mut view.state_votes,
                library,
                my_country,
                reader_language,
            ));
            return out;
        }
        Section::AgendaItems => {
            out.extend(crate::ui::agenda::show(
                ui,
                &mut view.agenda,
                library,
                my_country,
                reader_language,
            ));
            return out;
        }
    }
    ui.horizontal(|ui| {
        let field = ui.add(
            crate::ui::field::single_line(&mut view.query, &mut crate::ui::field::layouter(ui))
                .hint_text(t!("library-search-the-library-words-a"))
                .desired_width(420.0)
                .id(egui::Id::unique("library-search")),
        );
        if view.focus_search {
            field.request_focus();
            view.focus_search = false;
        }
        let mut run = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if run {
            // The keyboard stays in the field (egui lets go of it on Enter): Tab goes on to
            // the search's options, then its results.
            field.request_focus();
        }
        run |= language_choice(
            ui,
            "library-search-language",
            &t!("menu-language"),
            &mut view.search_language,
        ) && !view.query.trim().is_empty();
        run |= ui
            .checkbox(
                &mut view.operative_only,
                t!("library-operative-paragraphs-only"),
            )
            .changed()
            && !view.query.trim().is_empty();
        run |= ui.button(t!("library-search")).clicked();
        if run {
            out.push(Command::SearchLibrary);
        }
        if view.hits.is_some()
            && ui
                .button(t!("library-browse"))
                .on_hover_text(t!("library-back-to-the-list-of"))
                .clicked()
        {
            view.hits = None;
            view.query.clear();
        }
    });
    ui.add_space(4.0);
    match &view.hits {
        Some(hits) => hits_ui(ui, hits, &view.query, &mut out),
        None => browse_ui(ui, view, &mut out),
    }
    out
}

/// Opens a hit's file at its paragraph, its matched words highlighted there.
fn open_hit(hit: &SearchHit, query: &str, out: &mut Vec<Command>) {
    out.push(Command::OpenLibraryFile {
        path: hit.path.clone(),
        at: OpenAt::from(&hit.target),
    });
    let mut words: Vec<String> = Vec::new();
    // Word by word (a phrase's words are highlighted where they stand alone too).
    let matched = hit.pieces().into_iter().filter(|&(_, m)| m);
    for word in matched.flat_map(|(piece, _)| piece.split_whitespace()) {
        if !words
            .iter()
            .any(|w| w.to_lowercase() == word.to_lowercase())
        {
            words.push(word.to_string());
        }
    }
    if !words.is_empty() {
        out.push(Command::HighlightWords {
            query: query.to_string(),
            words,
        });
    }
}

fn hits_ui(ui: &mut Ui, hits: &[SearchHit], query: &str, out: &mut Vec<Command>) {
    // How many results, or none: said as soon as they are there.
    if hits.is_empty() {
        let none = t!("library-nothing-found");
        let r = ui.label(RichText::new(&none).weak());
        crate::ui::announce(&r, &none, false);
        return;
    }
    let count = t!("library-results", count = hits.len());
    let r = ui.label(RichText::new(&count).weak());
    crate::ui::announce(&r, &count, false);
    let highlight = crate::ui::theme::palette(ui.visuals()).match_bg;
    let text_color = ui.visuals().text_color();
    egui::ScrollArea::vertical()
        .id_salt("library-hits")
        .auto_shrink(false)
        .show(ui, |ui| {
            for (i, hit) in hits.iter().enumerate() {
                let heading = format!(
                    "{} · {} · {}",
                    hit.symbol
                        .clone()
                        .unwrap_or_else(|| t!("library-no-symbol")),
                    hit.language.map_or("?", |l| l.code()),
                    hit.reference
                );
                let r = ui.add(egui::Button::selectable(
                    false,
                    RichText::new(&heading).strong(),
                ));
                // One stop for the keyboard per result: a screen reader says the words found
                // after its name.
                ui.ctx().accesskit_node_builder(r.id, |node| {
                    node.set_description(hit.snippet.clone());
                });
                if r.clicked() {
                    open_hit(hit, query, out);
                    // From the keyboard, on to the paragraph found.
                    if crate::ui::by_keyboard(&r) {
                        out.push(Command::FocusReading);
                    }
                }
                let rtl = hit.language.is_some_and(|l| l.is_rtl());
                let snippet = if rtl {
                    crate::ui::bidi::visual_line(&hit.snippet, true)
                } else {
                    hit.snippet.clone()
                };
                let mut job = LayoutJob::default();
                let font = egui::FontId::new(
                    13.0,
                    crate::ui::fonts::family_for(hit.language, false, false),
                );
                if rtl {
                    job.append(
                        &snippet,
                        0.0,
                        TextFormat {
                            font_id: font,
                            color: text_color,
                            ..Default::default()
                        },
                    );
                } else {
                    for (piece, matched) in hit.pieces() {
                        let background = if matched {
                            highlight
                        } else {
                            Color32::TRANSPARENT
                        };
                        let format = TextFormat {
                            font_id: font.clone(),
                            color: text_color,
                            background,
                            ..Default::default()
                        };
                        job.append(piece, 0.0, format);
                    }
                }
                job.wrap.max_width = ui.available_width() - 16.0;
                // A click opens it too; the keyboard has the heading for that.
                let snippet_response = ui.add(egui::Label::new(job).sense(egui::Sense::CLICK));
                if snippet_response.clicked() {
                    open_hit(hit, query, out);
                }
                if i + 1 < hits.len() {
                    ui.separator();
                }
            }
        });
}

fn header(ui: &mut Ui, view: &mut LibraryView, key: SortKey, label: &str) {
    let active = view.sort.key == key;
    let arrow = if !active {
        ""
    } else if view.sort.descending {
        " ↓"
    } else {
        " ↑"
    };
    if ui
        .add(egui::Button::new(RichText::new(format!("{label}{arrow}")).strong()).frame(false))
        .clicked()
    {
        view.sort = if active {
            Sort {
                descending: !view.sort.descending,
                ..view.sort
            }
        } else {
            Sort::by(key)
        };
        view.mark_stale();
    }
}

/// A resolution's symbol as a button in a column of `width`: a click opens the resolution in
/// `language` where the library has that version, else in English, else in any.
pub(crate) fn symbol_cell(
    ui: &mut Ui,
    width: f32,
    height: f32,
    symbol: &str,
    paths: &std::collections::BTreeMap<Language, PathBuf>,
    language: Option<Language>,
    out: &mut Vec<Command>,
) -> egui::Response {
    let link = cell(ui, width, height, |ui| {
        ui.add(egui::Button::selectable(false, symbol).truncate())
            .on_hover_text(t!("library-open-this-resolution"))
    });
    let path = language
        .and_then(|l| paths.get(&l))
        .or_else(|| paths.get(&Language::En))
        .or_else(|| paths.values().next());
    if link.clicked()
        && let Some(path) = path
    {
        open_at_top(path.clone(), &link, out);
    }
    link
}

/// Opens a file of the library at its top; clicked from the keyboard, the keyboard goes on
/// to its text.
fn open_at_top(path: PathBuf, clicked: &egui::Response, out: &mut Vec<Command>) {
    out.push(Command::OpenLibraryFile {
        path,
        at: OpenAt::Top,
    });
    if crate::ui::by_keyboard(clicked) {
        out.push(Command::FocusReading);
    }
}

/// A column of fixed width, its content left-aligned and vertically centred.
pub(crate) fn cell<R>(ui: &mut Ui, width: f32, height: f32, add: impl FnOnce(&mut Ui) -> R) -> R {
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(egui::vec2(width, height), layout, |ui| {
        ui.set_min_width(width);
        ui.set_max_width(width);
        add(ui)
    })
    .inner
}

/// A scan's phase, as the progress bar says it.
fn phase_name(phase: crate::library::Phase) -> String {
    t!(match phase {
        crate::library::Phase::Listing => "library-phase-listing",
        crate::library::Phase::Reading => "library-phase-reading",
        crate::library::Phase::Saving => "library-phase-saving",
    })
}

/// A body's name in the interface's language.
pub(crate) fn body_title(body: Body) -> String {
    t!(match body {
        Body::GeneralAssembly => "body-general-assembly",
        Body::SecurityCouncil => "body-security-council",
        Body::HumanRightsCouncil => "body-human-rights-council",
        Body::EconomicAndSocialCouncil => "body-economic-and-social-council",
    })
}

/// A body's short name in the interface's language (`GA`, `AG`, `ГА`, `大会`); empty when
/// not known.
pub(crate) fn body_name(body: Option<Body>) -> String {
    let Some(body) = body else {
        return String::new();
    };
    t!(match body {
        Body::GeneralAssembly => "body-short-general-assembly",
        Body::SecurityCouncil => "body-short-security-council",
        Body::HumanRightsCouncil => "body-short-human-rights-council",
        Body::EconomicAndSocialCouncil => "body-short-economic-and-social-council",
    })
}

fn browse_ui(ui: &mut Ui, view: &mut LibraryView, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let filter = ui.add(
            crate::ui::field::single_line(
                &mut view.filter.text,
                &mut crate::ui::field::layouter(ui),
            )
            .hint_text(t!("library-filter-by-symbol-or-title"))
            .desired_width(260.0),
        );
        let mut changed = filter.changed();
        changed |= language_choice(
            ui,
            "library-filter-language",
            &t!("menu-language"),
            &mut view.filter.language,
        );
        let before = view.filter.body;
        egui::ComboBox::new("library-filter-body", t!("library-body"))
            .selected_text(
                view.filter
                    .body
                    .map_or_else(|| t!("library-all-bodies"), body_title),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.filter.body, None, t!("library-all-bodies"));
                for body in [
                    Body::GeneralAssembly,
                    Body::SecurityCouncil,
                    Body::HumanRightsCouncil,
                    Body::EconomicAndSocialCouncil,
                ] {
                    ui.selectable_value(&mut view.filter.body, Some(body), body_title(body));
                }
            });
        changed |= before != view.filter.body;
        if changed {
            view.mark_stale();
        }
    });
    if view.folders.is_empty() && view.rows.is_empty() {
        ui.add_space(20.0);
        ui.label(t!("library-add-a-folder-of-resolutions"));
        return;
    }
    // Symbol, adopted, body, session, languages; the title takes the rest.
    let widths = [140.0, 92.0, 56.0, 60.0, 190.0];
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    ui.horizontal(|ui| {
        cell(ui, widths[0], row_height, |ui| {
            header(ui, view, SortKey::Symbol, &t!("library-symbol"))
        });
        cell(ui, widths[1], row_height, |ui| {
            header(ui, view, SortKey::Adopted, &t!("library-adopted"))
        });
        cell(ui, widths[2], row_height, |ui| {
            header(ui, view, SortKey::Body, &t!("library-body"))
        });
        cell(ui, widths[3], row_height, |ui| {
            header(ui, view, SortKey::Session, &t!("library-session-column"))
        });
        cell(ui, widths[4], row_height, |ui| {
            ui.label(RichText::new(t!("library-languages")).strong())
        });
        header(ui, view, SortKey::Title, &t!("library-title"));
    });
    ui.separator();
    let errors_height = if view.errors.is_empty() { 0.0 } else { 34.0 };
    let rows = &view.rows;
    // ↑ ↓, Page Up / Page Down, Home and End go through every row, also those out of view.
    let keys = ListKeys::new(
        egui::Id::unique("library-rows-keys"),
        row_height + ui.spacing().item_spacing.y,
    );
    let area = egui::ScrollArea::vertical()
        .id_salt("library-rows")
        .auto_shrink(false)
        .max_height(ui.available_height() - errors_height - 30.0);
    let area = keys.follow(ui, area);
    let mut focused = None;
    let output = area.show_rows(ui, row_height, rows.len(), |ui, range| {
        for (index, row) in rows.iter().enumerate().skip(range.start).take(range.len()) {
            ui.horizontal(|ui| {
                ui.set_height(row_height);
                let symbol = row
                    .symbol
                    .clone()
                    .unwrap_or_else(|| t!("library-no-symbol"));
                let first = row.files.first().map(|f| f.path.clone());
                let r = cell(ui, widths[0], row_height, |ui| {
                    ui.add(egui::Button::selectable(false, symbol.as_str()).truncate())
                });
                if keys.row(ui, index, &r) {
                    focused = Some(index);
                }
                if r.clicked()
                    && let Some(path) = first
                {
                    open_at_top(path, &r, out);
                }
                cell(ui, widths[1], row_height, |ui| {
                    ui.label(row.adopted.clone().unwrap_or_default())
                });
                cell(ui, widths[2], row_height, |ui| {
                    ui.label(body_name(row.body))
                });
                cell(ui, widths[3], row_height, |ui| {
                    ui.label(row.session.map(|s| s.to_string()).unwrap_or_default())
                });
                cell(ui, widths[4], row_height, |ui| {
                    for lang in &row.languages {
                        if let Some(path) = row.paths.get(lang) {
                            let hover = format!("{} · {}", lang.native_name(), path.display());
                            let r = ui.small_button(lang.code()).on_hover_text(hover);
                            // The arrow keys move from here too, to the next row's symbol.
                            if r.has_focus() {
                                focused = Some(index);
                            }
                            if r.clicked() {
                                open_at_top(path.clone(), &r, out);
                            }
                        }
                    }
                });
                let title = row.title.clone().unwrap_or_default();
                ui.add(egui::Label::new(crate::ui::bidi::visual_line(&title, false)).truncate());
            });
        }
    });
    keys.finish(ui, &output, focused, rows.len(), |_| true);
    if !view.errors.is_empty() {
        egui::CollapsingHeader::new(t!("library-files-unreadable", count = view.errors.len()))
            .id_salt("library-errors")
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("library-errors-list")
                    .max_height(160.0)
                    .show(ui, |ui| {
                        for e in &view.errors {
                            ui.label(
                                RichText::new(e.localized())
                                    .small()
                                    .color(ui.visuals().warn_fg_color),
                            );
                        }
                    });
            });
    }
    egui::CollapsingHeader::new(t!("library-folders", count = view.folders.len()))
        .id_salt("library-folders")
        .show(ui, |ui| {
            for folder in &view.folders {
                ui.horizontal(|ui| {
                    ui.label(folder.display().to_string());
                    if ui
                        .small_button(t!("library-remove"))
                        .on_hover_text(t!("library-stop-including-this-folder-the"))
                        .clicked()
                    {
                        out.push(Command::RemoveLibraryFolder(folder.clone()));
                    }
                });
            }
        });
}

/// The "Cited by" panel: library documents that cite the open one, with the citing paragraph.
pub fn cited_by_ui(ui: &mut Ui, symbol: Option<&str>, citing: &[Citing]) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(symbol) = symbol else {
        ui.label(RichText::new(t!("library-this-document-has-no-symbol")).weak());
        return out;
    };
    ui.label(RichText::new(t!("library-cited-by", count = citing.len())).strong());
    ui.label(
        RichText::new(t!("library-documents-that-cite", symbol = symbol))
            .small()
            .weak(),
    );
    if citing.is_empty() {
        ui.label(RichText::new(t!("library-none-in-your-library")).weak());
    }
    egui::ScrollArea::vertical()
        .id_salt("cited-by")
        .auto_shrink(false)
        .show(ui, |ui| {
            for c in citing {
                let label = format!(
                    "{} · {} · {}",
                    c.symbol.clone().unwrap_or_else(|| t!("library-no-symbol")),
                    c.language.map_or("?", |l| l.code()),
                    c.reference
                );
                let open = ui
                    .selectable_label(false, label)
                    .on_hover_text(c.path.display().to_string())
                    .clicked();
                // What the citing document is, and what it says there.
                if let Some(title) = &c.title {
                    let rtl = c.language.is_some_and(|l| l.is_rtl());
                    ui.add(
                        egui::Label::new(
                            RichText::new(crate::ui::bidi::visual_line(title, rtl))
                                .small()
                                .strong(),
                        )
                        .truncate(),
                    );
                }
                let said = !c.sentence.is_empty()
                    && crate::ui::wrapped_text(
                        ui,
                        &c.sentence,
                        c.language,
                        12.0,
                        ui.visuals().weak_text_color(),
                    )
                    .clicked();
                if open || said {
                    out.push(Command::OpenLibraryFile {
                        path: c.path.clone(),
                        at: OpenAt::from(&c.target),
                    });
                }
                ui.add_space(6.0);
            }
        });
    out
}
