//! `plenary export --format docx --compare OLD FILE -o OUT.docx`: a comparison as a Word
//! file with tracked changes (a redline), for a delegation to send back.

use crate::diff;
use crate::parse;
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use std::time::{Duration, Instant};

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
        anyhow::bail!("export as PDF is not available yet; --format docx --compare OLD is");
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
    let options = diff::Options {
        ignore_punctuation_width: false,
        ignore_whitespace: true,
        deadline: Instant::now().checked_add(Duration::from_secs(30)),
    };
    let comparison = diff::compare(&old, &new, &options);
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
