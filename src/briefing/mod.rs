//! A briefing pack: a resolution as a PDF to print or take to a meeting, laid out by typst.
//!
//! The page shows the text as the UN prints it (the title block, paragraph numbers,
//! emphasis, tables, footnotes at the foot of the page with their printed markers), the
//! reader's notes in the outer margin beside their paragraphs, bookmarks marked, and on
//! request the facts (the vote, the states' votes, the sponsors) and what changed since an
//! earlier edition. A comparison prints the same way as a redline. The PDF is PDF/A-2a:
//! tagged for screen readers, with an outline of the paragraphs (`PP1 Recalling`, `OP3
//! Decides`) and its fonts embedded.
//!
//! Plenary writes what the page shows into a JSON file that a fixed template lays out
//! ([`briefing.typ`](world)); a document's own words are data there, never markup.

mod data;
mod world;

pub use data::Data;

use crate::diff::Comparison;
use crate::document::Document;
use crate::i18n::Locale;
use crate::store::Note;
use std::fmt;

/// What a briefing holds besides the text.
pub struct Briefing<'a> {
    pub doc: &'a Document,
    /// The reader's notes and bookmarks with the paragraph (index into `doc.paragraphs`)
    /// each stands at now.
    pub notes: Vec<(usize, &'a Note)>,
    /// Print the facts: how it was adopted, the states' votes, the sponsors.
    pub facts: bool,
    /// An earlier edition and its comparison with `doc`: a summary of what changed.
    pub previous: Option<(&'a Document, &'a Comparison)>,
    /// The language of what Plenary itself prints (`Bookmarked`, `In favour`).
    pub locale: Locale,
}

/// Why a PDF could not be made.
#[derive(Debug)]
pub struct ExportError(pub String);

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExportError {}

/// The briefing as a PDF.
pub fn to_pdf(briefing: &Briefing) -> Result<Vec<u8>, ExportError> {
    render(&Data::briefing(briefing))
}

/// A comparison as a redline PDF: the newer text with what was deleted struck through and
/// what was inserted underlined, each added, deleted, moved or renumbered paragraph said in
/// the margin.
pub fn redline_pdf(
    comparison: &Comparison,
    old: &Document,
    new: &Document,
    locale: Locale,
) -> Result<Vec<u8>, ExportError> {
    render(&Data::redline(comparison, old, new, locale))
}

/// Lays out `data` and writes it as a PDF.
pub fn render(data: &Data) -> Result<Vec<u8>, ExportError> {
    let json = serde_json::to_vec(data).map_err(|e| ExportError(e.to_string()))?;
    let today = crate::store::time::Timestamp::now().date();
    let world = world::BriefingWorld::new(json, Some(today));
    let compiled = typst::compile::<typst_layout::PagedDocument>(&world);
    // Typst keeps what it computed for the next compilation; keep none of it, so that memory
    // does not grow with each export in a long session.
    typst::comemo::evict(0);
    let document = compiled.output.map_err(|errors| {
        ExportError(format!("the PDF could not be laid out: {}", said(&errors)))
    })?;
    let standards = typst_pdf::PdfStandards::new(&[typst_pdf::PdfStandard::A_2a])
        .map_err(|e| ExportError(e.message().to_string()))?;
    let options = typst_pdf::PdfOptions {
        standards,
        creator: typst::foundations::Smart::Custom(Some(format!(
            "Plenary {}",
            env!("CARGO_PKG_VERSION")
        ))),
        ..Default::default()
    };
    typst_pdf::pdf(&document, &options)
        .map_err(|errors| ExportError(format!("the PDF could not be written: {}", said(&errors))))
}

/// What typst said went wrong, in one line.
fn said(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| e.message.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}
