//! The application: tabs of open documents, panels around them, and the one place where
//! commands change state.

use crate::document::{Document, Language};
use crate::library::folder::{self, FolderEntry};
use crate::library::{Citing, Library, Progress, ScanHandle};
use crate::parse;
use crate::store::NoteStore;
use crate::store::note::{DocumentInfo, Note};
use crate::t;
mod commands;
pub(crate) mod history;
mod pdf;

pub use commands::pinpoint_paragraph;

use crate::ui::command::Command;
use crate::ui::compare::{self, CompareState};
use crate::ui::library::{LibraryView, OpenAt};
use crate::ui::notes::{self, NoteEditor, TabNotes};
use crate::ui::page_view::{self, PageView};
use crate::ui::session::Session;
use crate::ui::tab::Tab;
use crate::ui::{chrome, citation_card, find_bar, help, outline, reader};
use egui::Ui;
use egui::accesskit::Role;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A document by symbol and language (what the "Cited by" list was made for).
type DocumentKey = (Option<String>, Option<Language>);

/// The bundled sample: A/RES/75/32 in Chinese, as a text export.
pub const SAMPLE: &str = include_str!("../../../assets/A_RES_75_32-zh.md");

/// Asks the user for files; a seam so tests can answer without a dialog.
pub trait FilePicker {
    fn pick_files(&self) -> Vec<PathBuf>;
    /// Where to save a file (None: cancelled).
    fn save_file(&self, suggested_name: &str, extension: &str) -> Option<PathBuf>;
    /// A folder (None: cancelled).
    fn pick_folder(&self) -> Option<PathBuf> {
        None
    }
    /// Whether the last pick came back empty because no dialog could be shown (rather than
    /// cancelled by the user); asking forgets it.
    fn take_unavailable(&self) -> bool {
        false
    }
}

/// The history of the text last asked for, by its symbol.
type TextHistory = Option<(
    Option<String>,
    Option<std::rc::Rc<[crate::library::HistoryEntry]>>,
)>;

/// The system file dialog. A dialog that comes back empty at once was never shown (no desktop
/// portal and no zenity on this desktop): no one cancels a dialog that fast.
#[derive(Default)]
pub struct SystemPicker {
    unavailable: std::sync::atomic::AtomicBool,
}

/// Quicker than anyone closes a dialog they saw.
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(300);

impl SystemPicker {
    /// Runs a dialog; notes when it came back empty too soon to have been shown.
    fn run<T>(&self, dialog: impl FnOnce() -> Option<T>) -> Option<T> {
        let started = std::time::Instant::now();
        let picked = dialog();
        let never_shown = picked.is_none() && started.elapsed() < NO_DIALOG_WITHIN;
        self.unavailable
            .store(never_shown, std::sync::atomic::Ordering::Relaxed);
        picked
    }
}

impl FilePicker for SystemPicker {
    fn pick_files(&self) -> Vec<PathBuf> {
        self.run(|| {
            rfd::FileDialog::new()
                .add_filter(
                    t!("dialog-resolutions"),
                    &["xml", "pdf", "docx", "md", "txt"],
                )
                .add_filter(t!("dialog-all-files"), &["*"])
                .pick_files()
        })
        .unwrap_or_default()
    }

    /// Without a dialog, the file goes to the Documents folder under the name suggested
    /// (never over another file), and the notice of the save says where.
    fn save_file(&self, suggested_name: &str, extension: &str) -> Option<PathBuf> {
        let picked = self.run(|| {
            rfd::FileDialog::new()
                .set_file_name(suggested_name)
                .add_filter(extension, &[extension])
                .save_file()
        });
        if picked.is_some() || !self.take_unavailable() {
            return picked;
        }
        let dirs = directories::UserDirs::new()?;
        let folder = dirs.document_dir().unwrap_or(dirs.home_dir());
        free_name(folder, suggested_name)
    }

    fn pick_folder(&self) -> Option<PathBuf> {
        self.run(|| rfd::FileDialog::new().pick_folder())
    }

    fn take_unavailable(&self) -> bool {
        self.unavailable
            .swap(false, std::sync::atomic::Ordering::Relaxed)
    }
}

/// `name` in `folder`, or `stem (2).ext`… when a file has it already.
pub fn free_name(folder: &std::path::Path, name: &str) -> Option<PathBuf> {
    let path = folder.join(name);
    if !path.exists() {
        return Some(path);
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    (2..1000)
        .map(|n| folder.join(format!("{stem} ({n}){ext}")))
        .find(|p| !p.exists())
}

/// Speaks `language` on this thread from now on: the window's words, and the messages it
/// keeps (notices, errors), are in it; those of a right-to-left language are laid out
/// for the window.
pub fn speak(language: crate::i18n::Locale) {
    crate::i18n::set_language(language);
    crate::i18n::set_right_to_left_display(Some(|text| crate::ui::bidi::visual_line(text, true)));
}

/// What a notice is about, for what the window does with it besides showing its words.
/// A panel on the side where reading ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EndPanel {
    Notes,
    CitedBy,
    Facts,
}

/// A pane the keyboard moves between with F6.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Outline,
    Text,
    Notes,
    Facts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Its words, and nothing else.
    Plain,
    /// A note was deleted: the notice offers Undo, and the next deletion replaces it.
    NoteDeleted,
    /// What a library scan found: the next scan's report replaces it.
    LibraryUpToDate,
}

/// A message that is not an error (an export saved), in the language it was said in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

impl Notice {
    pub fn new(kind: NoticeKind, text: String) -> Notice {
        Notice { kind, text }
    }
}

impl From<String> for Notice {
    fn from(text: String) -> Notice {
        Notice::new(NoticeKind::Plain, text)
    }
}

/// A notice reads as its words (`notice.contains("Saved")`).
impl std::ops::Deref for Notice {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

/// How the app starts.
pub struct AppOptions {
    /// Files given on the command line; none: the last session, or the sample.
    pub files: Vec<PathBuf>,
    /// Where user data lives (session, notes).
    pub data_dir: PathBuf,
    /// Whether to restore and save the session (off for screenshots and most tests).
    pub remember_session: bool,
    /// The window's language for this run (`--ui-language`), over the one last chosen:
    /// set before anything is said, so that a file the command line names and that cannot
    /// be read is explained in it.
    pub ui_language: Option<crate::i18n::Locale>,
}

/// A citation card: what a cited document is, when it is not at hand.
#[derive(Clone, Debug, PartialEq)]
pub struct CardState {
    pub symbol: String,
    pub pinpoint: Option<String>,
    pub language: Option<Language>,
    pub position: egui::Pos2,
}

/// The whole application state.
pub struct App {
    pub tabs: Vec<Tab>,
    pub active: usize,
    /// A second tab shown beside the active one.
    pub split: Option<usize>,
    /// Messages about files that could not be read, until dismissed.
    pub errors: Vec<String>,
    /// Warnings about notes files already said (each is said once a session).
    warned: std::collections::HashSet<String>,
    pub card: Option<CardState>,
    /// The comparison view, shown instead of the reader while open.
    pub compare: Option<CompareState>,
    /// Messages that are not errors (an export saved).
    pub notices: Vec<Notice>,
    /// Where notes and bookmarks are kept.
    pub note_store: NoteStore,
    /// The note being written or edited.
    pub editor: Option<NoteEditor>,
    /// Whether the notes panel is shown.
    pub show_notes: bool,
    /// Whether the outline is shown beside the text.
    pub show_outline: bool,
    /// Whether comparisons hide unchanged paragraphs behind folds (as the last one did).
    hide_unchanged: bool,
    /// Whether the facts panel (votes, sponsors) is shown, and what it keeps.
    pub show_facts: bool,
    pub facts: crate::ui::facts::FactsState,
    /// The history of the text shown in the facts panel, for the symbol it was found for.
    text_history: std::cell::RefCell<TextHistory>,
    /// The note deleted last, to offer Undo: the key of its document's notes, and the note.
    undo: Option<(String, crate::store::DeletedNote)>,
    /// A note was just deleted: the keyboard goes to the message's Undo button.
    focus_undo: bool,
    /// The pane F6 moved the keyboard to last (none yet: F6 goes to the text).
    pane: Option<Pane>,
    /// Every bookmark across documents, for the notes panel (None: to be loaded).
    bookmarks: Option<Vec<(DocumentInfo, Note)>>,
    /// The collection of resolutions on this laptop (None if it could not be opened).
    pub library: Option<Library>,
    /// The library view, shown instead of the reader while open.
    pub library_view: Option<LibraryView>,
    /// The language the window speaks.
    pub ui_language: crate::i18n::Locale,
    /// Whether the user chose it (View › Language): then it is kept across restarts;
    /// otherwise the system's language is followed.
    ui_language_chosen: bool,
    /// The library view as it was when last hidden, shown again as it was.
    library_kept: Option<LibraryView>,
    /// A library scan running on a worker thread, and how far it has got.
    pub scan: Option<ScanHandle>,
    scan_progress: Option<Progress>,
    /// Bring the library up to date on the first frame: files added, changed or removed
    /// while the program was closed (a stat per file when nothing changed). Some(quiet):
    /// quiet unless the cache is being rebuilt.
    rescan_on_start: Option<bool>,
    /// The running scan is that start-up check: it reports only what changed.
    quiet_scan: bool,
    /// When the window last came back to the front and the library was checked then.
    last_focus_check: Option<std::time::Instant>,
    /// The window title last set.
    window_title: String,
    /// Whether the "Cited by" panel is shown, and what it shows (for which document).
    pub show_cited_by: bool,
    cited_by: Option<(DocumentKey, Vec<Citing>)>,
    pub dark_mode: bool,
    /// White on black, strong outlines and yellow links and focus (View › High contrast).
    pub high_contrast: bool,
    /// Whether the sheet of keyboard shortcuts is shown.
    pub show_shortcuts: bool,
    pub recent: Vec<PathBuf>,
    /// Folders the user opened files from: where cited documents are looked for.
    pub folders: BTreeSet<PathBuf>,
    folder_index: HashMap<PathBuf, Vec<FolderEntry>>,
    outlines: HashMap<usize, Vec<outline::Entry>>,
    picker: Box<dyn FilePicker>,
    /// A path asked for where no file dialog could be shown.
    pub path_prompt: Option<crate::ui::path_prompt::PathPrompt>,
    /// File › Export as PDF… / Print…, while open.
    pub briefing: Option<crate::ui::briefing::BriefingDialog>,
    /// A PDF being made (a briefing or a redline).
    pub(crate) pdf_job: Option<pdf::PdfJob>,
    /// Where keyboard focus goes back to once a dialog (the note editor, the briefing) has
    /// closed: the paragraph it was opened on, so that a keyboard user goes on from there.
    pub(crate) focus_back: Option<egui::Id>,
    /// How File › Print… prints a PDF: the program and its first arguments, the file last.
    pub print_command: Vec<String>,
    data_dir: PathBuf,
    remember_session: bool,
    saved_session: Option<Session>,
    applied_theme: Option<(bool, bool)>,
    /// Back and forward through the places jumped from and to.
    pub history: history::History,
    /// Where documents not open now were left, the latest first.
    left_at: Vec<crate::ui::session::LeftAt>,
    /// When the session was last compared with the saved one (seconds of the window's
    /// clock): reading moves the place without a command, and is saved every few seconds.
    session_checked_at: f64,
    /// The last try to save the session failed (and the user was told).
    session_save_failed: bool,
    /// What the notes panel shows: words, `#tag`, a paragraph reference.
    pub notes_filter: String,
    /// The page of a PDF shown beside the text ("Show on page").
    pub page_view: Option<PageView>,
    /// The author named in Word files exported with tracked changes.
    pub redline_author: String,
}

impl App {
    pub fn new(options: AppOptions) -> App {
        let mut app = App {
            tabs: Vec::new(),
            active: 0,
            split: None,
            errors: Vec::new(),
            warned: Default::default(),
            card: None,
            compare: None,
            notices: Vec::new(),
            note_store: NoteStore::for_data_dir(&options.data_dir),
            editor: None,
            show_notes: false,
            show_outline: true,
            hide_unchanged: false,
            show_facts: false,
            facts: Default::default(),
            text_history: Default::default(),
            undo: None,
            focus_undo: false,
            pane: None,
            bookmarks: None,
            library: None,
            library_view: None,
            library_kept: None,
            ui_language: crate::i18n::Locale::EN,
            ui_language_chosen: false,
            scan: None,
            scan_progress: None,
            rescan_on_start: None,
            quiet_scan: false,
            last_focus_check: None,
            window_title: String::new(),
            show_cited_by: false,
            cited_by: None,
            dark_mode: false,
            high_contrast: false,
            show_shortcuts: false,
            recent: Vec::new(),
            folders: BTreeSet::new(),
            folder_index: HashMap::new(),
            outlines: HashMap::new(),
            picker: Box::new(SystemPicker::default()),
            path_prompt: None,
            briefing: None,
            pdf_job: None,
            focus_back: None,
            print_command: pdf::print_service::command_from_environment(),
            data_dir: options.data_dir,
            remember_session: options.remember_session,
            saved_session: None,
            applied_theme: None,
            history: history::History::default(),
            left_at: Vec::new(),
            session_checked_at: 0.0,
            session_save_failed: false,
            notes_filter: String::new(),
            page_view: None,
            redline_author: "Plenary".into(),
        };
        let (session, session_error) = if options.remember_session {
            match Session::load(&app.data_dir) {
                Ok(s) => (s, None),
                Err(e) => (None, Some(e)),
            }
        } else {
            (None, None)
        };
        // The language first: what is said from here on is said in it.
        if options.remember_session {
            let chosen = session
                .as_ref()
                .and_then(|s| crate::i18n::Locale::from_code(&s.ui_language));
            app.ui_language_chosen = chosen.is_some();
            app.ui_language = chosen
                .or_else(crate::i18n::system_language)
                .unwrap_or(crate::i18n::Locale::EN);
        }
        if let Some(language) = options.ui_language {
            app.ui_language = language;
        }
        speak(app.ui_language);
        if let Some(e) = session_error {
            let message = e.message();
            eprintln!("plenary: {message}");
            app.errors.push(message);
        }
        match Library::open(&app.data_dir) {
            Ok(library) => {
                for warning in library.take_warning_texts() {
                    eprintln!("plenary: {warning}");
                    app.errors.push(warning.localized());
                }
                // A missing or damaged cache is rebuilt, and the user is told when it is done.
                app.rescan_on_start =
                    (!library.folders().is_empty()).then(|| !library.needs_scan());
                library.warm_up();
                app.library = Some(library);
            }
            Err(e) => {
                eprintln!("plenary: {e}");
                let error = e.text().format(crate::i18n::locale());
                app.errors
                    .push(t!("error-library-not-opened", error = &error));
            }
        }
        if let Some(s) = &session {
            app.dark_mode = s.dark_mode;
            app.high_contrast = s.high_contrast;
            app.show_notes = s.show_notes;
            app.show_outline = !s.hide_outline;
            app.hide_unchanged = s.hide_unchanged;
            app.show_facts = s.show_facts;
            app.facts.my_country = s.my_country.clone();
            app.recent = s.recent.clone();
            if !s.redline_author.trim().is_empty() {
                app.redline_author = s.redline_author.clone();
            }
            app.left_at = s.left_at.clone();
            app.history = history::History::restored(s.back.clone(), s.forward.clone());
        }
        if !options.files.is_empty() {
            app.open_files(&options.files);
        } else if let Some(s) = &session
            && !s.open.is_empty()
        {
            let open: Vec<PathBuf> = s.open.clone();
            app.open_files(&open);
            app.active = s.active.min(app.tabs.len().saturating_sub(1));
        }
        if app.tabs.is_empty() && options.files.is_empty() {
            app.open_sample();
        }
        app.saved_session = session;
        app
    }

    /// Replaces the file dialog (tests).
    pub fn with_picker(mut self, picker: Box<dyn FilePicker>) -> App {
        self.picker = picker;
        self
    }

    /// The whole window, as a table of contents.
    pub fn ui(&mut self, ui: &mut Ui) {
        speak(self.ui_language);
        self.apply_theme(ui.ctx());
        self.update_title(ui.ctx());
        if let Some(quiet) = self.rescan_on_start.take() {
            self.start_scan(ui.ctx(), quiet);
        }
        self.check_library_on_focus(ui.ctx());
        self.poll_scan();
        self.poll_pdf_job(ui.ctx());
        let mut commands = chrome::shortcuts(ui.ctx(), self);
        commands.extend(chrome::dropped_files(ui.ctx()));
        commands.extend(chrome::top_bar(ui, self));
        commands.extend(chrome::status_bar(ui, self));
        let reading = self.compare.is_none() && self.library_view.is_none();
        if reading {
            // How wide each side panel may be: its share of what the text can spare.
            let share = side_room(ui.available_width(), self.side_panels_shown());
            if self.show_outline {
                commands.extend(self.outline_panel(ui, share));
            }
            if self.show_notes {
                commands.extend(self.notes_panel(ui, share));
            }
            if self.show_cited_by {
                commands.extend(self.cited_by_panel(ui, share));
            }
            if self.show_facts {
                commands.extend(self.facts_panel(ui, share));
            }
            if self.page_view.is_some() {
                commands.extend(self.page_panel(ui));
            }
        }
        egui::CentralPanel::default().show(ui, |ui| {
            // The window is named after the document; its main region is "the text".
            crate::ui::region(ui, Role::Main, &t!("region-text"));
            commands.extend(chrome::error_strip(ui, &self.errors));
            commands.extend(chrome::notice_strip(
                ui,
                &self.notices,
                self.undo.is_some(),
                &mut self.focus_undo,
            ));
            if let Some(view) = &mut self.library_view {
                let cx = crate::ui::library::Context {
                    library: self.library.as_ref(),
                    progress: self.scan_progress.as_ref(),
                    scanning: self.scan.is_some(),
                    my_country: &self.facts.my_country,
                    reader_language: self.tabs.get(self.active).and_then(|t| t.doc.meta.language),
                };
                commands.extend(crate::ui::library::show(ui, view, cx));
            } else if let Some(state) = &mut self.compare {
                commands.extend(compare::show(ui, state));
            } else {
                commands.extend(self.documents_ui(ui));
            }
        });
        commands.extend(citation_card::show(
            ui.ctx(),
            self.card.as_ref(),
            self.folders.is_empty(),
        ));
        commands.extend(self.editor_window(ui.ctx()));
        commands.extend(crate::ui::path_prompt::show(
            ui.ctx(),
            self.path_prompt.as_mut(),
        ));
        let making = self.pdf_job.as_ref().map(pdf::PdfJob::seconds);
        commands.extend(crate::ui::briefing::show(
            ui.ctx(),
            self.briefing.as_mut(),
            making,
        ));
        commands.extend(help::shortcuts_window(ui.ctx(), self.show_shortcuts));
        self.run_commands(ui.ctx(), commands);
        if let Some(id) = self.focus_back.take() {
            ui.ctx().memory_mut(|m| m.request_focus(id));
        }
        crate::ui::paint_focus_ring(ui.ctx());
        self.save_place_now_and_then(ui.ctx());
    }

    /// Saves the session when reading has moved the place and a few seconds have passed
    /// since the last look, so that a crash or a power cut loses little of it.
    fn save_place_now_and_then(&mut self, ctx: &egui::Context) {
        const EVERY_SECONDS: f64 = 5.0;
        let now = ctx.input(|i| i.time);
        if !self.remember_session || now - self.session_checked_at < EVERY_SECONDS {
            return;
        }
        self.session_checked_at = now;
        self.save_session();
    }

    /// The window is named after the document being read.
    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match self.tabs.get(self.active) {
            Some(tab) => format!("{} — Plenary", tab.title()),
            None => "Plenary".to_string(),
        };
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        // The window as a screen reader names it (the accessibility tree's root), the same
        // as its title: `A/RES/75/32 · English — Plenary`.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
            node.set_label(self.window_title.clone());
        });
    }

    /// Takes in what a running library scan reports; when it ends, says how it went.
    fn poll_scan(&mut self) {
        let Some(scan) = &mut self.scan else { return };
        while let Some(progress) = scan.try_recv() {
            self.scan_progress = Some(progress);
        }
        let Some(result) = scan.finished() else {
            return;
        };
        match result {
            Ok(report) if report.cancelled => self.notices.push(t!("notice-scan-cancelled").into()),
            Ok(report)
                if self.quiet_scan
                    && report.parsed == 0
                    && report.removed == 0
                    && report.rebuilt.is_none() =>
            {
                // Nothing changed since last time: nothing to say, but a folder that is not
                // there now (a USB stick) is worth a word; its documents are kept.
                for missing in &report.missing_folders {
                    let path = missing.display().to_string();
                    self.notices
                        .push(t!("notice-library-folder-not-available", path = &path).into());
                }
            }
            Ok(report) => {
                let message = if report.failed > 0 {
                    t!(
                        "notice-library-up-to-date-unreadable",
                        files = report.files,
                        read = report.parsed,
                        unchanged = report.unchanged,
                        unreadable = report.failed
                    )
                } else {
                    t!(
                        "notice-library-up-to-date",
                        files = report.files,
                        read = report.parsed,
                        unchanged = report.unchanged
                    )
                };
                for missing in &report.missing_folders {
                    let path = missing.display().to_string();
                    self.errors
                        .push(t!("error-library-folder-missing", path = &path));
                }
                self.notices
                    .retain(|n| n.kind != NoticeKind::LibraryUpToDate);
                self.notices
                    .push(Notice::new(NoticeKind::LibraryUpToDate, message));
            }
            Err(e) => {
                let error = e.text().format(crate::i18n::locale());
                self.errors
                    .push(t!("error-library-scan-failed", error = &error));
            }
        }
        self.scan = None;
        self.scan_progress = None;
        self.cited_by = None;
        self.text_history.take();
        if let Some(view) = &mut self.library_view {
            view.library_changed();
        }
    }

    /// Back in front after the user worked elsewhere (copied files into a library folder,
    /// say): the library is checked again, quietly, at most every 10 seconds.
    fn check_library_on_focus(&mut self, ctx: &egui::Context) {
        const AT_MOST_EVERY: std::time::Duration = std::time::Duration::from_secs(10);
        let regained = ctx.input(|i| {
            i.events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(true)))
        });
        let has_folders = self
            .library
            .as_ref()
            .is_some_and(|l| !l.folders().is_empty());
        let recent = self
            .last_focus_check
            .is_some_and(|at| at.elapsed() < AT_MOST_EVERY);
        if regained && has_folders && !recent {
            self.last_focus_check = Some(std::time::Instant::now());
            self.start_scan(ctx, true);
        }
    }

    /// Starts a scan on a worker thread; a quiet one reports only what changed.
    fn start_scan(&mut self, ctx: &egui::Context, quiet: bool) {
        let Some(library) = &self.library else { return };
        if self.scan.is_some() {
            // A rescan asked for during the quiet check gets its report.
            self.quiet_scan &= quiet;
            return;
        }
        let ctx = ctx.clone();
        self.scan = Some(library.start_scan_with(move || ctx.request_repaint()));
        self.scan_progress = None;
        self.quiet_scan = quiet;
    }

    fn cited_by_panel(&mut self, ui: &mut Ui, share: f32) -> Vec<Command> {
        let Some(doc) = self.tabs.get(self.active).map(|t| t.doc.clone()) else {
            return Vec::new();
        };
        let key = (doc.meta.symbol.clone(), doc.meta.language);
        if self.cited_by.as_ref().is_none_or(|(k, _)| *k != key) {
            let citing = match (&self.library, &doc.meta.symbol) {
                (Some(library), Some(symbol)) => library
                    .cited_by(symbol, doc.meta.language)
                    .unwrap_or_else(|e| {
                        self.errors.push(e.localized());
                        Vec::new()
                    }),
                _ => Vec::new(),
            };
            self.cited_by = Some((key, citing));
        }
        let citing = self
            .cited_by
            .as_ref()
            .map_or(&[][..], |(_, c)| c.as_slice());
        let room = ui.available_width();
        let widest = share.min(460.0);
        crate::ui::side_panel(crate::ui::end_panel("cited-by-panel"), room, 240.0, widest)
            .show(ui, |ui| {
                crate::ui::region(ui, Role::Complementary, &t!("action-cited-by-panel"));
                crate::ui::aligned(ui, |ui| {
                    crate::ui::library::cited_by_ui(ui, doc.meta.symbol.as_deref(), citing)
                })
            })
            .inner
    }

    fn facts_panel(&mut self, ui: &mut Ui, share: f32) -> Vec<Command> {
        let Some(doc) = self.tabs.get(self.active).map(|t| t.doc.clone()) else {
            return Vec::new();
        };
        let history = self.text_history(&doc);
        let history = history
            .as_deref()
            .or(self.library.as_ref().map(|_| &[][..]));
        let active = self.active;
        let facts = &mut self.facts;
        let room = ui.available_width();
        let widest = share.min(460.0);
        crate::ui::side_panel(crate::ui::end_panel("facts-panel"), room, 270.0, widest)
            .show(ui, |ui| {
                crate::ui::region(ui, Role::Complementary, &t!("action-facts-panel"));
                crate::ui::aligned(ui, |ui| {
                    crate::ui::facts::show(ui, active, &doc, facts, history)
                })
            })
            .inner
    }

    fn outline_panel(&mut self, ui: &mut Ui, share: f32) -> Vec<Command> {
        let Some(tab) = self.tabs.get(self.active) else {
            return Vec::new();
        };
        let active = self.active;
        let entries = self
            .outlines
            .entry(active)
            .or_insert_with(|| outline::entries(&tab.doc));
        // Text enlarged in a narrow window (200% at 800 pixels) keeps most of the width for
        // the text itself.
        let width = ui.available_width();
        let widest = (width * 0.3).max(120.0).min(share);
        crate::ui::start_panel("outline")
            .resizable(true)
            .default_size(220.0f32.min(widest))
            .min_size(120.0f32.min(widest))
            .max_size(widest)
            .show(ui, |ui| {
                crate::ui::region(ui, Role::Navigation, &t!("action-outline-panel"));
                crate::ui::aligned(ui, |ui| outline::ui(ui, tab, entries, active))
            })
            .inner
    }

    fn notes_panel(&mut self, ui: &mut Ui, share: f32) -> Vec<Command> {
        if self.bookmarks.is_none() {
            self.bookmarks = Some(match self.note_store.load_all() {
                Ok(all) => all
                    .bookmarks()
                    .map(|(info, note)| (info.clone(), note.clone()))
                    .collect(),
                Err(e) => {
                    self.errors.push(e.localized());
                    Vec::new()
                }
            });
        }
        let bookmarks = self.bookmarks.as_deref().unwrap_or_default();
        // Long notes wrap instead of widening the panel over the text.
        let width = ui.available_width();
        let widest = share.min(560.0);
        crate::ui::side_panel(crate::ui::end_panel("notes-panel"), width, 260.0, widest)
            .show(ui, |ui| {
                crate::ui::region(ui, Role::Complementary, &t!("action-notes-panel"));
                crate::ui::aligned(ui, |ui| {
                    notes::panel_ui(
                        ui,
                        &self.tabs,
                        self.active,
                        bookmarks,
                        &mut self.notes_filter,
                    )
                })
            })
            .inner
    }

    /// "Show on page": the page beside the text, following the paragraph being read.
    fn page_panel(&mut self, ui: &mut Ui) -> Vec<Command> {
        let Some(view) = &mut self.page_view else {
            return Vec::new();
        };
        let Some(tab) = self.tabs.iter().find(|t| t.id == view.tab) else {
            self.page_view = None;
            return Vec::new();
        };
        // Shown while its document is; kept while another tab is read.
        let shown = [Some(self.active), self.split]
            .into_iter()
            .flatten()
            .any(|i| self.tabs.get(i).is_some_and(|t| t.id == view.tab));
        if !shown {
            return Vec::new();
        }
        if let Some(focus) = tab.reader.focus
            && focus != view.paragraph
            && let Some(areas) = tab.doc.page_areas.get(focus).filter(|a| !a.is_empty())
            && let Some(p) = tab.doc.paragraphs.get(focus)
        {
            view.follow(focus, page_view::name(p), areas.clone());
        }
        view.poll(ui.ctx());
        let width = ui.available_width();
        crate::ui::end_panel("page-view")
            .resizable(true)
            .default_size((width * 0.42).clamp(280.0, 760.0))
            .min_size(200.0)
            .show(ui, |ui| {
                crate::ui::region(ui, Role::Complementary, &t!("region-page"));
                page_view::ui(ui, view)
            })
            .inner
    }

    fn editor_window(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let Some(editor) = &mut self.editor else {
            return Vec::new();
        };
        // The editor's own document, whether or not its tab is still open.
        let index = self.tabs.iter().position(|t| t.id == editor.tab);
        let tab_notes = index.and_then(|i| self.tabs.get(i)).map(|t| &t.notes);
        let doc = editor.doc.clone();
        let reference = doc
            .paragraphs
            .get(editor.paragraph)
            .map(|p| p.reference.clone())
            .or_else(|| {
                let id = editor.note_id.as_deref()?;
                tab_notes?
                    .all()
                    .iter()
                    .find(|n| n.id == id)
                    .map(|n| n.anchor.reference.clone())
            })
            .unwrap_or_default();
        let read_only = tab_notes
            .and_then(|n| n.notes.as_ref())
            .is_some_and(|n| n.is_read_only());
        let quoted = editor.words.clone().and_then(|words| {
            doc.paragraphs
                .get(editor.paragraph)
                .and_then(|p| p.text.get(words))
        });
        notes::editor_ui(ctx, editor, index, &reference, quoted, read_only)
    }

    fn documents_ui(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.tabs.is_empty() {
            ui.centered_and_justified(|ui| {
                ui.label(t!("reader-no-document"));
            });
            return commands;
        }
        let split = self
            .split
            .filter(|&s| s != self.active && s < self.tabs.len());
        match split {
            None => commands.extend(self.tab_ui(ui, self.active)),
            Some(other) => {
                let active = self.active;
                ui.columns(2, |cols| {
                    commands.extend(self.tab_ui(&mut cols[0], active));
                    commands.extend(self.tab_ui(&mut cols[1], other));
                });
            }
        }
        commands
    }

    fn tab_ui(&mut self, ui: &mut Ui, index: usize) -> Vec<Command> {
        let mut commands = Vec::new();
        let Some(tab) = self.tabs.get_mut(index) else {
            return commands;
        };
        if tab.find.open {
            commands.extend(find_bar::ui(ui, tab, index));
        }
        if tab.find.update(&tab.doc) {
            tab.reader.invalidate();
            if let Some(p) = tab.current_match_paragraph() {
                tab.reader.reveal(p);
            }
        }
        let matches = if tab.find.open {
            std::mem::take(&mut tab.find.matches)
        } else {
            Vec::new()
        };
        let notes = std::mem::take(&mut tab.notes);
        commands.extend(crate::ui::notes::related_banner(ui, &notes, index));
        let rc = reader::ReaderContext {
            tab_index: index,
            notes: &notes,
            matches: &matches,
            current_match: tab.find.current,
        };
        commands.extend(reader::show(ui, tab, &rc));
        tab.notes = notes;
        if tab.find.open {
            tab.find.matches = matches;
        }
        commands
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        let wanted = (self.dark_mode, self.high_contrast);
        if self.applied_theme != Some(wanted) {
            if self.high_contrast {
                ctx.set_visuals_of(egui::Theme::Dark, crate::ui::theme::high_contrast());
                ctx.set_theme(egui::Theme::Dark);
            } else {
                ctx.set_visuals_of(egui::Theme::Dark, crate::ui::theme::everyday(true));
                ctx.set_visuals_of(egui::Theme::Light, crate::ui::theme::everyday(false));
                ctx.set_theme(if self.dark_mode {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
            self.applied_theme = Some(wanted);
        }
    }

    /// Whether comparisons hide unchanged paragraphs: as the one open does, else as the last
    /// one did.
    fn hide_unchanged(&self) -> bool {
        self.compare
            .as_ref()
            .map_or(self.hide_unchanged, |c| c.hide_unchanged)
    }

    /// The history of a document's text (the resolutions on the same subject across sessions,
    /// each with its language versions), from the library's catalog (in memory: no file is
    /// read), kept for the last symbol asked about. None without a library or a symbol.
    pub fn text_history(
        &self,
        doc: &Document,
    ) -> Option<std::rc::Rc<[crate::library::HistoryEntry]>> {
        let symbol = doc.meta.symbol.clone();
        let mut cache = self.text_history.borrow_mut();
        if cache.as_ref().is_none_or(|(s, _)| *s != symbol) {
            let entries = match (&self.library, &symbol) {
                (Some(library), Some(s)) => library.history(s).ok().map(Into::into),
                _ => None,
            };
            *cache = Some((symbol, entries));
        }
        cache.as_ref().and_then(|(_, h)| h.clone())
    }

    /// Which side panels are shown: the outline, notes, Cited by, facts.
    fn side_panels_shown(&self) -> [bool; 4] {
        [
            self.show_outline,
            self.show_notes,
            self.show_cited_by,
            self.show_facts,
        ]
    }

    /// Whether a deleted note can be brought back (Ctrl+Z).
    pub fn can_undo(&self) -> bool {
        self.undo.is_some()
    }

    /// The active tab's document.
    pub fn active_document(&self) -> Option<&Arc<Document>> {
        self.tabs.get(self.active).map(|t| &t.doc)
    }
}

/// How wide each of the side panels `shown` (the outline, notes, Cited by, facts) may be in a
/// window `width` points wide: the reading view keeps the width it needs to lay out its
/// text ([`crate::ui::reader::MIN_WIDTH`]), the panels share the rest. Text enlarged to 200%
/// in a window 800 pixels wide leaves 400 points: the outline and the notes panel get 93
/// each, and no panel's content runs over the text.
fn side_room(width: f32, shown: [bool; 4]) -> f32 {
    let count = shown.iter().filter(|&&s| s).count().max(1) as f32;
    ((width - crate::ui::reader::MIN_WIDTH) / count).max(60.0)
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        App::ui(self, ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if self.remember_session {
            self.save_session();
        }
    }
}
