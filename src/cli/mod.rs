//! The command line (see `../shared/design/CLI.md`): `plenary [FILE...]` opens the window;
//! the subcommands work without a display. Exit codes: 0 success, 1 a user error (one line on
//! stderr, the file named last), 2 usage.

mod diff;
mod export;
mod inspect;
mod library;
mod notes;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// A reader for United Nations resolutions.
#[derive(Debug, Parser)]
#[command(
    name = "plenary",
    version,
    about,
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Documents to open (none: those open when the window last closed, or the bundled sample).
    pub files: Vec<PathBuf>,
    /// Render the window once to this PNG file and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// Window size for the window and for --screenshot, as WIDTHxHEIGHT.
    #[arg(long, value_name = "WxH", default_value = "1280x800", value_parser = parse_size)]
    pub size: (u32, u32),
    /// Open the window comparing the two FILES (older first).
    #[arg(long, conflicts_with = "parallel")]
    pub compare: bool,
    /// Open the window with the two FILES (two language versions) side by side.
    #[arg(long)]
    pub parallel: bool,
    /// Open at this paragraph of the (last) file: `OP3`, `PP10`, `OP1(a)`.
    #[arg(long, value_name = "REF")]
    pub goto: Option<String>,
    /// Show beside the text the page of the PDF that the --goto paragraph is printed on.
    #[arg(long, requires = "goto")]
    pub show_on_page: bool,
    /// Open the library view (with this search, if one is given).
    #[arg(long, value_name = "QUERY", num_args = 0..=1, default_missing_value = "")]
    pub library: Option<String>,
    /// Show the notes and bookmarks panel.
    #[arg(long)]
    pub notes: bool,
    /// Show the facts panel: how the resolution was adopted, each state's vote, its sponsors.
    #[arg(long)]
    pub facts: bool,
    /// Colour theme for the window (default: as last used).
    #[arg(long, value_enum)]
    pub theme: Option<Theme>,
    /// The window's language: ar, zh, en, fr, ru, es, or another the program ships (default: as last chosen in View ›
    /// Language, else the system's; PLENARY_UI_LANGUAGE sets it too).
    #[arg(long, value_name = "LANG", env = "PLENARY_UI_LANGUAGE", value_parser = parse_ui_language)]
    pub ui_language: Option<crate::i18n::Locale>,
}

/// A language the interface speaks, by its code (the name of its `.ftl` file).
fn parse_ui_language(code: &str) -> Result<crate::i18n::Locale, String> {
    crate::i18n::Locale::from_code(code).ok_or_else(|| {
        let known: Vec<&str> = crate::i18n::Locale::all().map(|l| l.code()).collect();
        format!("not one of {}: {code}", known.join(", "))
    })
}

/// Light or dark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Theme {
    Light,
    Dark,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show a resolution file as structure: metadata, paragraphs, footnotes, citations.
    Inspect(inspect::InspectArgs),
    /// Compare two resolutions paragraph by paragraph: changed, added, deleted, moved.
    Diff(diff::DiffArgs),
    /// Write a document out: a comparison as a Word file with tracked changes.
    Export(export::ExportArgs),
    /// Bookmarks and annotations: add, list, export, import.
    Notes(notes::NotesArgs),
    /// The offline library: add folders, list resolutions, see what cites a document.
    Library(library::LibraryArgs),
    /// Search the library's paragraphs in all six languages.
    Search(library::SearchArgs),
}

/// Parses `1280x800`.
pub fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("expected WIDTHxHEIGHT, got {text:?}"))?;
    let w: u32 = w
        .trim()
        .parse()
        .map_err(|_| format!("bad width in {text:?}"))?;
    let h: u32 = h
        .trim()
        .parse()
        .map_err(|_| format!("bad height in {text:?}"))?;
    if !(200..=8192).contains(&w) || !(150..=8192).contains(&h) {
        return Err(format!(
            "size {w}x{h} is out of range (200x150 to 8192x8192)"
        ));
    }
    Ok((w, h))
}

/// A user error: printed as one line on stderr, exit code 1.
#[derive(Debug)]
pub struct UserError(pub String);

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UserError {}

/// Runs a subcommand; `None` means: open the window.
pub fn run_command(command: Command) -> ExitCode {
    let result = match command {
        Command::Inspect(args) => inspect::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Export(args) => export::run(&args),
        Command::Notes(args) => notes::run(&args),
        Command::Library(args) => library::run(&args),
        Command::Search(args) => library::run_search(&args),
    };
    finish(result)
}

/// Prints an error the way every subcommand does and turns it into an exit code.
pub fn finish(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if let Some(io) = err.downcast_ref::<std::io::Error>()
                && io.kind() == std::io::ErrorKind::BrokenPipe
            {
                return ExitCode::SUCCESS;
            }
            // One line, whatever a file name or a document put in the message.
            eprintln!("plenary: {}", crate::printable::line(&err.to_string()));
            ExitCode::from(1)
        }
    }
}
