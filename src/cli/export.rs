//! `plenary export --format pdf FILE [--with-notes] [--with-facts] [--compare OLD] -o OUT.pdf`:
//! a briefing to print; `--format pdf --redline --compare OLD`: a comparison as a redline PDF;
//! `plenary export --format docx --compare OLD FILE -o OUT.docx`: a comparison as a Word file
//! with tracked changes (a redline), for a delegation to send back.

use crate::diff;
use crate::parse;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A Word file; with --compare, the differences as tracked changes.
    Docx,
    /// A printable PDF (a briefing).
    Pdf,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// The earlier text to compare FILE with: the export marks what changed since it.
    #[arg(long, value_name = "OLD")]
    pub compare: Option<PathBuf>,
    /// PDF: print the reader's notes beside their paragraphs and mark the bookmarks.
    #[arg(long)]
    pub with_notes: bool,
    /// PDF: print the facts: how it was adopted, the states' votes, the sponsors.
    #[arg(long)]
    pub with_facts: bool,
    /// PDF: the comparison with OLD as a redline (what was deleted struck through, what was
    /// inserted underlined) instead of a briefing. Needs --compare.
    #[arg(long, requires = "compare")]
    pub redline: bool,
    /// The author Word shows for each tracked change.
    #[arg(long, value_name = "NAME", default_value = "Plenary")]
    pub author: String,
    /// Where to write.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    pub output: PathBuf,
    /// The document (the later text, when comparing). A Word draft with tracked changes
    /// alone: its text before and after them.
    pub file: PathBuf,
}

pub fn run(args: &ExportArgs) -> anyhow::Result<()> {
    if args.format == ExportFormat::Pdf {
        return pdf(args);
    }
    let new = parse::parse_file(&args.file)?;
    let (old, new) = match &args.compare {
        Some(old) => (parse::parse_file(old)?, new),
        None => {
            let mut new = new;
            let Some(revisions) = new.revisions.take() else {
                anyhow::bail!(
                    "a Word export marks changes: give --compare OLD, the text to compare with: {}",
                    crate::printable::path(&args.file)
                );
            };
            (revisions.original, new)
        }
    };
    let comparison = diff::compare(&old, &new, &crate::diff::Options::for_export());
    let author = args.author.trim();
    let author = if author.is_empty() { "Plenary" } else { author };
    let now = crate::store::time::Timestamp::now().to_string();
    let date = format!("{}Z", now.get(..19).unwrap_or(&now));
    let bytes = diff::redline::to_docx(
        &comparison,
        &old,
        &new,
        &diff::redline::Options {
            author,
            date: &date,
            comments: &[],
        },
    )?;
    crate::store::fsio::atomic_write(&args.output, &bytes).map_err(|e| {
        anyhow::anyhow!(
            "could not write the Word file ({e}): {}",
            crate::printable::path(&args.output)
        )
    })?;
    let s = comparison.summary;
    eprintln!(
        "{} changed, {} added, {} deleted, {} moved paragraphs, as tracked changes by {author}: {}",
        s.changed,
        s.added,
        s.deleted,
        s.moved,
        crate::printable::path(&args.output)
    );
    Ok(())
}

/// The language of what Plenary itself prints in a PDF: `--ui-language`, else the system's.
fn locale() -> crate::i18n::Locale {
    crate::i18n::locale()
}

fn pdf(args: &ExportArgs) -> anyhow::Result<()> {
    let doc = parse::parse_file(&args.file)?;
    let old = match &args.compare {
        Some(old) => Some(parse::parse_file(old)?),
        None => None,
    };
    let comparison = old
        .as_ref()
        .map(|old| diff::compare(old, &doc, &crate::diff::Options::for_export()));
    let bytes = match (&old, &comparison) {
        (Some(old), Some(cmp)) if args.redline => {
            crate::briefing::redline_pdf(cmp, old, &doc, locale())?
        }
        _ => {
            let store = crate::store::NoteStore::in_data_dir();
            let notes = if args.with_notes {
                let notes = store.open(&doc, Some(&args.file))?;
                for warning in notes.warnings() {
                    eprintln!(
                        "plenary: warning: {}",
                        crate::printable::line(&warning.to_string())
                    );
                }
                Some(notes)
            } else {
                None
            };
            let placements = notes.as_ref().map(|n| n.placements(&doc));
            let placed: Vec<(usize, &crate::store::Note)> = match (&notes, &placements) {
                (Some(notes), Some(placements)) => notes
                    .notes()
                    .iter()
                    .zip(placements)
                    .filter_map(|(note, at)| Some((at.paragraph?, note)))
                    .collect(),
                _ => Vec::new(),
            };
            let briefing = crate::briefing::Briefing {
                doc: &doc,
                notes: placed,
                facts: args.with_facts,
                previous: old.as_ref().zip(comparison.as_ref()),
                locale: locale(),
            };
            crate::briefing::to_pdf(&briefing)?
        }
    };
    crate::store::fsio::atomic_write(&args.output, &bytes).map_err(|e| {
        anyhow::anyhow!(
            "could not write the PDF ({e}): {}",
            crate::printable::path(&args.output)
        )
    })?;
    eprintln!("saved: {}", crate::printable::path(&args.output));
    Ok(())
}
