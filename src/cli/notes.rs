//! `plenary notes add|list|export|import`: bookmarks and annotations from the command line.
//!
//! Notes live under `PLENARY_DATA_DIR` (else the platform's data folder). Warnings (a damaged
//! notes file recovered, a file from a newer version) go to stderr; errors end with the file.

use super::UserError;
use crate::document::Document;
use crate::parse;
use crate::printable::line;
use crate::store::export::{self, citation};
use crate::store::{
    AllNotes, AnchorStatus, Color, DocumentInfo, DocumentNotes, NewNote, Note, NoteStore,
    Placement, Timestamp,
};
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Args)]
pub struct NotesArgs {
    #[command(subcommand)]
    pub command: NotesCommand,
}

#[derive(Debug, Subcommand)]
pub enum NotesCommand {
    /// Add a note or bookmark to a paragraph of a document.
    Add(AddArgs),
    /// List notes: of one document (placed in it as it is now), or of all documents.
    List(ListArgs),
    /// Export every note as Markdown, W3C Web Annotation JSON, or CSV.
    Export(ExportArgs),
    /// Import notes from a JSON export; reports duplicates and conflicts, adds the rest.
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The document: Akoma Ntoso XML, or a markdown or text export.
    pub file: PathBuf,
    /// The paragraph, as delegates say it: PP10, OP3, OP1(a), or a paragraph id.
    #[arg(long, value_name = "REF")]
    pub paragraph: String,
    /// What to note (may span several lines).
    #[arg(long)]
    pub text: Option<String>,
    /// Make it a bookmark.
    #[arg(long)]
    pub bookmark: bool,
    /// A tag; repeat for several.
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
    /// Highlight colour: yellow, green, blue, pink, orange or purple.
    #[arg(long, value_parser = parse_color)]
    pub color: Option<Color>,
    /// Put the note on these words of the paragraph rather than on all of it.
    #[arg(long, value_name = "WORDS")]
    pub quote: Option<String>,
}

fn parse_color(name: &str) -> Result<Color, String> {
    Color::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Color::ALL.iter().map(|c| c.name()).collect();
        format!("unknown colour {name:?} (one of {})", names.join(", "))
    })
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Print JSON for scripts instead of text for people.
    #[arg(long)]
    pub json: bool,
    /// Only the notes of this document (as text, followed by the notes made on its other
    /// editions and language versions not copied into it yet).
    pub file: Option<PathBuf>,
    /// With FILE and --json: also those other editions' notes, placed in FILE, each row with
    /// `"offered": true` and its own document.
    #[arg(long, requires = "file")]
    pub related: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown grouped by document.
    Md,
    /// W3C Web Annotation JSON (imports back with `notes import`).
    Json,
    /// CSV, one row per note.
    Csv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A JSON file made by `plenary notes export --format json` (or any W3C Web Annotations).
    pub file: PathBuf,
}

pub fn run(args: &NotesArgs) -> anyhow::Result<()> {
    let store = NoteStore::in_data_dir();
    match &args.command {
        NotesCommand::Add(a) => add(&store, a),
        NotesCommand::List(a) => list(&store, a),
        NotesCommand::Export(a) => export(&store, a),
        NotesCommand::Import(a) => import(&store, a),
    }
}

fn warn<'a>(warnings: impl IntoIterator<Item = &'a crate::document::Warning>) {
    for w in warnings {
        eprintln!("plenary: warning: {}", line(&w.to_string()));
    }
}

fn add(store: &NoteStore, args: &AddArgs) -> anyhow::Result<()> {
    let doc = parse::parse_file(&args.file)?;
    let Some(index) = doc.find_ref(&args.paragraph) else {
        return Err(UserError(format!(
            "no paragraph {} in this document (`plenary inspect` lists them): {}",
            args.paragraph.trim(),
            crate::printable::path(&args.file)
        ))
        .into());
    };
    let mut notes = store.open(&doc, Some(&args.file))?;
    warn(notes.warnings());
    let Some(mut new) = NewNote::on_paragraph(&doc, index) else {
        return Err(UserError(format!(
            "no paragraph {} in this document: {}",
            args.paragraph,
            crate::printable::path(&args.file)
        ))
        .into());
    };
    if let Some(words) = &args.quote {
        let text = &doc.paragraphs[index].text;
        let Some(range) = crate::store::find_words(text, words) else {
            return Err(UserError(format!(
                "{} does not contain {:?} (quote the words as printed): {}",
                args.paragraph.trim(),
                words.trim(),
                crate::printable::path(&args.file)
            ))
            .into());
        };
        new.anchor.quote = crate::store::TextQuote::of_range(text, range);
    }
    new.text = args.text.clone().unwrap_or_default();
    new.bookmark = args.bookmark;
    new.tags = args.tags.clone();
    new.color = args.color.unwrap_or_default();
    let before = notes.warnings().len();
    let note = notes.add(new)?;
    warn(notes.warnings().get(before..).unwrap_or_default());
    let kind = if note.bookmark { "bookmark" } else { "note" };
    println!(
        "Added {kind} {} on {}",
        line(&note.id),
        line(&citation(notes.info(), &note))
    );
    Ok(())
}

/// One row of `notes list --json`. Field names are a contract (CLI.md): add, never rename.
#[derive(Debug, Serialize)]
struct ListRow<'a> {
    id: &'a str,
    document: DocumentJson<'a>,
    /// The paragraph's reference where the note is now (its own when orphaned).
    paragraph: &'a str,
    /// The paragraph id where the note is now.
    paragraph_id: &'a str,
    quote: &'a str,
    text: &'a str,
    bookmark: bool,
    tags: &'a [String],
    color: &'static str,
    created: Timestamp,
    updated: Timestamp,
    status: &'static str,
    /// For a moved note, the reference it had (`OP4`).
    was: Option<&'a str>,
    /// A note of another edition or language version, offered to be copied into FILE (only
    /// with `--related`); its paragraph and status say where it would go.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    offered: bool,
}

#[derive(Debug, Serialize)]
struct DocumentJson<'a> {
    symbol: Option<&'a str>,
    language: Option<&'static str>,
    path: Option<&'a str>,
    title: Option<&'a str>,
    key: &'a str,
}

fn row<'a>(
    info: &'a DocumentInfo,
    note: &'a Note,
    placed: Option<(&'a Document, &'a Placement)>,
) -> ListRow<'a> {
    let here = placed.and_then(|(doc, p)| p.paragraph.and_then(|i| doc.paragraphs.get(i)));
    let (status, was) = match placed.map(|(_, p)| &p.status) {
        Some(AnchorStatus::Moved { from }) => ("moved", Some(from.as_str())),
        Some(AnchorStatus::Orphaned) => ("orphaned", None),
        // Without the document at hand, a note stands where it was made.
        Some(AnchorStatus::Attached) | None => ("attached", None),
    };
    ListRow {
        id: &note.id,
        document: DocumentJson {
            symbol: info.symbol.as_deref(),
            language: info.language.map(|l| l.code()),
            path: info.path.as_deref(),
            title: info.title.as_deref(),
            key: &info.key,
        },
        paragraph: here.map_or(note.anchor.reference.as_str(), |p| p.reference.as_str()),
        paragraph_id: here.map_or(note.anchor.paragraph_id.as_str(), |p| p.id.as_str()),
        quote: &note.anchor.quote.exact,
        text: &note.text,
        bookmark: note.bookmark,
        tags: &note.tags,
        color: note.color.name(),
        created: note.created,
        updated: note.updated,
        status,
        was,
        offered: false,
    }
}

/// A document's notes with the document itself, when it could be read.
struct Listed {
    notes: DocumentNotes,
    doc: Option<Document>,
    placements: Vec<Placement>,
    /// For a document named on the command line: the notes of its other editions and
    /// language versions not copied into it yet.
    offered: Vec<crate::store::Offered>,
}

fn list(store: &NoteStore, args: &ListArgs) -> anyhow::Result<()> {
    let listed: Vec<Listed> = match &args.file {
        Some(file) => {
            let doc = parse::parse_file(file)?;
            let notes = store.open(&doc, Some(file))?;
            warn(notes.warnings());
            let placements = notes.placements(&doc);
            // Other editions' notes are offered when they can be read; this file's are listed
            // either way.
            let offered = match store.related_and_warnings(&doc) {
                Ok(related) => {
                    warn(&related.warnings);
                    crate::store::offered(&related.documents, notes.notes(), &doc)
                }
                Err(err) => {
                    eprintln!("plenary: warning: {}", line(&err.to_string()));
                    Vec::new()
                }
            };
            vec![Listed {
                notes,
                doc: Some(doc),
                placements,
                offered,
            }]
        }
        None => {
            let AllNotes {
                documents,
                warnings,
            } = store.load_all()?;
            warn(&warnings);
            documents
                .into_iter()
                .map(|notes| {
                    warn(notes.warnings());
                    // Re-check against the document where it still is.
                    let doc = notes
                        .info()
                        .path
                        .as_deref()
                        .map(Path::new)
                        .filter(|p| p.is_file())
                        .and_then(|p| match parse::parse_file(p) {
                            Ok(doc) => Some(doc),
                            Err(err) => {
                                eprintln!(
                                    "plenary: warning: notes not re-checked: {}",
                                    line(&err.to_string())
                                );
                                None
                            }
                        });
                    let placements = doc.as_ref().map_or_else(Vec::new, |d| notes.placements(d));
                    Listed {
                        notes,
                        doc,
                        placements,
                        offered: Vec::new(),
                    }
                })
                .collect()
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        let mut rows: Vec<ListRow> = listed
            .iter()
            .flat_map(|l| {
                l.notes.notes().iter().enumerate().map(move |(i, note)| {
                    let placed = l.doc.as_ref().zip(l.placements.get(i));
                    row(l.notes.info(), note, placed)
                })
            })
            .collect();
        if args.related {
            for l in &listed {
                for offered in &l.offered {
                    for (note, placement) in offered.notes.iter().zip(&offered.placements) {
                        let placed = l.doc.as_ref().map(|doc| (doc, placement));
                        rows.push(ListRow {
                            offered: true,
                            ..row(&offered.info, note, placed)
                        });
                    }
                }
            }
        }
        // Serialised first so that a closed pipe (`| head`) is an io::Error, which ends quietly.
        let mut text = serde_json::to_string_pretty(&rows)?;
        text.push('\n');
        out.write_all(text.as_bytes())?;
    } else {
        write_list(&mut out, &listed)?;
    }
    out.flush()?;
    Ok(())
}

fn write_list(out: &mut impl Write, listed: &[Listed]) -> std::io::Result<()> {
    let total: usize = listed.iter().map(|l| l.notes.notes().len()).sum();
    let offered: usize = listed.iter().flat_map(|l| &l.offered).count();
    if total == 0 {
        writeln!(out, "No notes yet.")?;
        if offered == 0 {
            return Ok(());
        }
    }
    for l in listed {
        let info = l.notes.info();
        if !l.notes.notes().is_empty() {
            let lang = info.language.map(|l| format!(" ({l})")).unwrap_or_default();
            writeln!(out, "{}{lang}", line(&info.display_name()))?;
            for (i, note) in l.notes.notes().iter().enumerate() {
                let placed = l.doc.as_ref().zip(l.placements.get(i));
                write_note(out, &row(info, note, placed), note)?;
            }
        }
        for offered in &l.offered {
            let lang = offered
                .info
                .language
                .map(|l| format!(" ({l})"))
                .unwrap_or_default();
            writeln!(
                out,
                "\nNot copied here yet, from {}{lang} (where each would go in this text; \
                 Copy here in the window's notes panel copies them):",
                line(&offered.info.display_name())
            )?;
            for (note, placement) in offered.notes.iter().zip(&offered.placements) {
                let placed = l.doc.as_ref().map(|doc| (doc, placement));
                write_note(out, &row(&offered.info, note, placed), note)?;
            }
        }
    }
    Ok(())
}

/// A note as `notes list` writes it for people: where it is, then its quote and its words.
fn write_note(out: &mut impl Write, r: &ListRow<'_>, note: &Note) -> std::io::Result<()> {
    let reference = if r.paragraph.is_empty() {
        "(whole document)"
    } else {
        r.paragraph
    };
    let mut head = format!("  {:<8}", line(reference));
    if note.bookmark {
        head.push_str(" bookmark");
    }
    match (r.status, r.was) {
        ("moved", Some(was)) => head.push_str(&format!(" (moved: was {})", line(was))),
        ("orphaned", _) => head.push_str(" (orphaned: its text is not in this version)"),
        _ => {}
    }
    if !note.tags.is_empty() {
        head.push_str(&format!("  [{}]", line(&note.tags.join(", "))));
    }
    writeln!(out, "{}", head.trim_end())?;
    let quote: String = note.anchor.quote.exact.chars().take(100).collect();
    let more = if quote.len() < note.anchor.quote.exact.len() {
        "…"
    } else {
        ""
    };
    if !quote.is_empty() {
        writeln!(out, "            “{}{more}”", line(&quote))?;
    }
    for text in note.text.lines() {
        writeln!(out, "            {}", line(text))?;
    }
    Ok(())
}

/// The notes, with each quote of a whole paragraph that the store keeps cut short (its first
/// 300 characters) made whole again from the document's file, when the file is there.
fn whole_paragraph_quotes<'a>(
    items: impl Iterator<Item = (&'a DocumentInfo, &'a Note)>,
) -> Vec<(&'a DocumentInfo, Note)> {
    let mut documents: std::collections::HashMap<&str, Option<Document>> =
        std::collections::HashMap::new();
    items
        .map(|(info, note)| {
            let quote = &note.anchor.quote;
            let cut = quote.is_paragraph() && !quote.suffix.is_empty();
            let doc = match (cut, info.path.as_deref()) {
                (true, Some(path)) => documents
                    .entry(path)
                    .or_insert_with(|| parse::parse_file(Path::new(path)).ok())
                    .as_ref(),
                _ => None,
            };
            let note = match doc {
                Some(doc) => export::with_whole_paragraph(note, doc),
                None => note.clone(),
            };
            (info, note)
        })
        .collect()
}

fn export(store: &NoteStore, args: &ExportArgs) -> anyhow::Result<()> {
    let all = store.load_all()?;
    warn(all.all_warnings());
    let text = match args.format {
        ExportFormat::Md => export::Format::Markdown.write(all.notes()),
        ExportFormat::Csv => export::Format::Csv.write(all.notes()),
        ExportFormat::Json => {
            let whole = whole_paragraph_quotes(all.notes());
            let items = whole.iter().map(|(info, note)| (*info, note));
            export::Format::WebAnnotation.write(items)
        }
    };
    match &args.out {
        // Whole or not at all: a reader of the previous export never sees half of this one.
        Some(path) => crate::store::fsio::atomic_replace(path, text.as_bytes()).map_err(|e| {
            UserError(format!(
                "cannot write the export ({e}): {}",
                crate::printable::path(path)
            ))
        })?,
        None => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(())
}

fn import(store: &NoteStore, args: &ImportArgs) -> anyhow::Result<()> {
    let report = store.import_file(&args.file)?;
    warn(&report.warnings);
    println!(
        "Imported {} note{}; {} duplicate{} skipped; {} conflict{} (the notes already here were kept).",
        report.added,
        plural(report.added),
        report.duplicates.len(),
        plural(report.duplicates.len()),
        report.conflicts.len(),
        plural(report.conflicts.len()),
    );
    for id in &report.conflicts {
        println!("  conflict: {}", line(id));
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
