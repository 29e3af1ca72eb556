//! Briefings and redlines as PDF, made off the window's thread: the file is chosen first,
//! then typst lays it out while the window goes on, then it is saved, or handed to the
//! system's print service (or, where there is none, opened in the PDF viewer to print).

use super::App;
use crate::diff::Comparison;
use crate::document::Document;
use crate::store::Note;
use crate::t;
use crate::ui::briefing::{BriefingDialog, Earlier};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::Instant;

/// What to do with the PDF once it is made.
#[derive(Clone, Debug)]
pub(crate) enum Destination {
    Save(PathBuf),
    /// Print it; the file name it is kept under meanwhile.
    Print(String),
}

/// A PDF in the making.
pub(crate) struct PdfJob {
    done: Receiver<Result<Vec<u8>, String>>,
    destination: Destination,
    started: Instant,
}

impl PdfJob {
    /// Whole seconds since it started, for the dialog.
    pub(crate) fn seconds(&self) -> u64 {
        self.started.elapsed().as_secs()
    }
}

/// A file name from a document's symbol, for the files exported from it: `A_RES_75_32`.
pub(super) fn stem(doc: &Document) -> String {
    doc.display_name()
        .replace(['/', '\\', ' ', '(', ')', ':'], "_")
}

/// The earlier text a briefing summarises the changes since.
enum EarlierText {
    Open(Arc<Document>),
    File(PathBuf),
}

impl App {
    /// Whether a PDF is being made.
    pub fn pdf_job_running(&self) -> bool {
        self.pdf_job.is_some()
    }

    /// Opens the dialog for the active document.
    pub(super) fn show_briefing_dialog(&mut self, tab: usize, print: bool) {
        let Some(t) = self.tabs.get(tab) else { return };
        let has_notes = t
            .notes
            .notes
            .as_ref()
            .is_some_and(|n| !n.notes().is_empty());
        let mut earlier: Vec<(String, Earlier)> = self
            .tabs
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != tab)
            .map(|(i, other)| (other.doc.display_name(), Earlier::Tab(i)))
            .collect();
        if let Some(versions) = crate::ui::chrome::library_editions(self, &t.doc) {
            for (label, path) in versions {
                earlier.push((label, Earlier::File(path)));
            }
        }
        self.briefing = Some(BriefingDialog::new(tab, print, has_notes, earlier));
    }

    /// Makes the PDF the dialog describes: asks where to save it first (unless printing).
    pub(super) fn make_briefing(&mut self, print: bool) {
        if self.pdf_job.is_some() {
            return;
        }
        let Some(dialog) = self.briefing.clone() else {
            return;
        };
        let Some(tab) = self.tabs.get(dialog.tab) else {
            self.briefing = None;
            return;
        };
        let doc = Arc::clone(&tab.doc);
        let name = format!("{}-briefing.pdf", stem(&doc));
        let notes: Vec<(usize, Note)> = match (&tab.notes.notes, dialog.notes) {
            (Some(notes), true) => notes
                .notes()
                .iter()
                .zip(&tab.notes.placements)
                .filter_map(|(note, at)| Some((at.paragraph?, note.clone())))
                .collect(),
            _ => Vec::new(),
        };
        let earlier = dialog
            .since
            .and_then(|i| dialog.earlier.get(i))
            .and_then(|(_, e)| match e {
                Earlier::Tab(i) => self
                    .tabs
                    .get(*i)
                    .map(|t| EarlierText::Open(Arc::clone(&t.doc))),
                Earlier::File(path) => Some(EarlierText::File(path.clone())),
            });
        let destination = if print {
            Destination::Print(name)
        } else {
            match self.picker.save_file(&name, "pdf") {
                Some(path) => Destination::Save(path),
                None => return,
            }
        };
        let facts = dialog.facts;
        let locale = crate::i18n::locale();
        self.start_pdf_job(destination, move || {
            let earlier = match earlier {
                Some(EarlierText::Open(doc)) => Some(doc),
                Some(EarlierText::File(path)) => Some(Arc::new(
                    crate::parse::parse_file(&path).map_err(|e| e.localized())?,
                )),
                None => None,
            };
            let comparison: Option<Comparison> = earlier
                .as_deref()
                .map(|old| crate::diff::compare(old, &doc, &crate::diff::Options::for_export()));
            let briefing = crate::briefing::Briefing {
                doc: &doc,
                notes: notes.iter().map(|(i, n)| (*i, n)).collect(),
                facts,
                previous: earlier.as_deref().zip(comparison.as_ref()),
                locale,
            };
            crate::briefing::to_pdf(&briefing).map_err(|e| e.to_string())
        });
    }

    /// The comparison on screen as a redline PDF.
    pub(super) fn export_redline_pdf(&mut self) {
        if self.pdf_job.is_some() {
            return;
        }
        let Some(state) = &self.compare else { return };
        let Some(cmp) = &state.result else { return };
        let (cmp, old, new) = (cmp.clone(), state.old.clone(), state.new.clone());
        let name = format!("{}-vs-{}.pdf", stem(&old), stem(&new));
        let Some(path) = self.picker.save_file(&name, "pdf") else {
            return;
        };
        let locale = crate::i18n::locale();
        self.start_pdf_job(Destination::Save(path), move || {
            crate::briefing::redline_pdf(&cmp, &old, &new, locale).map_err(|e| e.to_string())
        });
    }

    fn start_pdf_job(
        &mut self,
        destination: Destination,
        make: impl FnOnce() -> Result<Vec<u8>, String> + Send + 'static,
    ) {
        let (send, done) = channel();
        let spawned = std::thread::Builder::new()
            .name("pdf".into())
            .spawn(move || {
                let _ = send.send(make());
            });
        match spawned {
            Ok(_) => {
                self.pdf_job = Some(PdfJob {
                    done,
                    destination,
                    started: Instant::now(),
                })
            }
            Err(e) => self.errors.push(t!("error-pdf", error = &e.to_string())),
        }
    }

    /// Takes a finished PDF: saves or prints it. Called every frame.
    pub(super) fn poll_pdf_job(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.pdf_job else { return };
        let result = match job.done.try_recv() {
            Ok(result) => result,
            Err(std::sync::mpsc::TryRecvError::Empty) => {
                ctx.request_repaint_after(std::time::Duration::from_millis(200));
                return;
            }
            Err(std::sync::mpsc::TryRecvError::Disconnected) => Err(t!("error-pdf-stopped")),
        };
        let Some(job) = self.pdf_job.take() else {
            return;
        };
        let bytes = match result {
            Ok(bytes) => bytes,
            Err(error) => {
                self.errors.push(t!("error-pdf", error = &error));
                return;
            }
        };
        if let Some(dialog) = self.briefing.take() {
            self.focus_back = self.paragraph_in_view(dialog.tab);
        }
        match job.destination {
            Destination::Save(path) => {
                let written = crate::store::fsio::atomic_write(&path, &bytes);
                self.say_saved(
                    &path,
                    written,
                    |path| t!("notice-saved-pdf", path = path),
                    |error, path| t!("error-save-pdf", error = error, path = path),
                );
            }
            Destination::Print(name) => self.print(&name, &bytes),
        }
    }

    /// Hands a PDF to the print service, or opens it in the PDF viewer where there is none.
    fn print(&mut self, name: &str, bytes: &[u8]) {
        let folder = self.data_dir.join("printed");
        let path = folder.join(name);
        let written = std::fs::create_dir_all(&folder)
            .and_then(|()| crate::store::fsio::atomic_write(&path, bytes));
        if let Err(e) = written {
            let shown = path.display().to_string();
            self.errors
                .push(t!("error-save-pdf", error = &e.to_string(), path = &shown));
            return;
        }
        let shown = path.display().to_string();
        match print_service::print(&path, &self.print_command) {
            Ok(print_service::Printed::Queued) => {
                self.notices
                    .push(t!("notice-printed", path = &shown).into());
            }
            Ok(print_service::Printed::Opened) => {
                self.notices
                    .push(t!("notice-print-viewer", path = &shown).into());
            }
            Err(e) => self
                .errors
                .push(t!("error-print", error = &e, path = &shown)),
        }
    }
}

/// The system's print service: CUPS's `lp` where it has a printer, else the desktop's PDF
/// viewer, from which the reader prints.
pub(crate) mod print_service {
    use super::Path;
    use std::process::{Command, Stdio};

    /// What became of the file.
    pub enum Printed {
        /// In the print queue of the default printer.
        Queued,
        /// Opened in the PDF viewer, to print from there.
        Opened,
    }

    /// The print command: `PLENARY_PRINT_COMMAND` (a printer of one's own choosing, given
    /// the file's path as its last argument), else CUPS's `lp`.
    pub fn command_from_environment() -> Vec<String> {
        std::env::var("PLENARY_PRINT_COMMAND")
            .ok()
            .map(|c| c.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| vec!["lp".to_string(), "--".to_string()])
    }

    pub fn print(path: &Path, command: &[String]) -> Result<Printed, String> {
        let Some((program, args)) = command.split_first() else {
            return Err("no print command".to_string());
        };
        let queued = Command::new(program)
            .args(args)
            .arg(path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output();
        if let Ok(out) = &queued
            && out.status.success()
        {
            return Ok(Printed::Queued);
        }
        // No print service, or no printer set up: the viewer prints, or says why not.
        open_in_viewer(path)
            .map(|()| Printed::Opened)
            .map_err(|viewer| match queued {
                Ok(out) => {
                    let said = String::from_utf8_lossy(&out.stderr).trim().to_string();
                    if said.is_empty() {
                        viewer
                    } else {
                        format!("{said}; {viewer}")
                    }
                }
                Err(_) => viewer,
            })
    }

    fn open_in_viewer(path: &Path) -> Result<(), String> {
        let mut command = if cfg!(target_os = "windows") {
            let mut c = Command::new("cmd");
            c.args(["/C", "start", ""]);
            c
        } else if cfg!(target_os = "macos") {
            Command::new("open")
        } else {
            Command::new("xdg-open")
        };
        let status = command
            .arg(path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| e.to_string())?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("the PDF viewer could not be opened ({status})"))
        }
    }
}
