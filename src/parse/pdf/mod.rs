//! PDFs as the UN publishes them: resolutions and drafts made with Word. The glyphs of each
//! page are laid out into the text of the resolution (see `layout`), which the text parser
//! then reads into paragraphs, footnotes and citations as it reads exports of PDFs.

mod glyphs;
mod layout;

use super::ParseError;
use crate::document::{Document, Format};

/// Whether the bytes are a PDF file.
pub fn looks_like(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    head.windows(5).any(|w| w == b"%PDF-")
}

/// The text laid out from a PDF's pages, as the text parser receives it (for looking into
/// what a PDF gives: `cargo run --example pdf_text FILE.pdf`).
pub fn text_of(bytes: &[u8]) -> Result<String, ParseError> {
    let pages = read_pages(bytes)?;
    Ok(layout::extract(&pages).text)
}

fn read_pages(bytes: &[u8]) -> Result<Vec<glyphs::Page>, ParseError> {
    // The interpreter is young: a file it cannot handle must not take the window down.
    std::panic::catch_unwind(|| glyphs::read(bytes))
        .map_err(|_| {
            ParseError::at_file("is a PDF that could not be read (its content is damaged)")
        })?
        .map_err(|e| match e {
            glyphs::ReadError::TooLarge => {
                ParseError::at_file("is a PDF with more pages or text than any resolution")
            }
            glyphs::ReadError::Unreadable(why) => ParseError::at_file(format!(
                "is a PDF that could not be opened ({})",
                why.to_lowercase()
            )),
        })
}

/// Reads a PDF into the document model.
pub fn parse(bytes: &[u8]) -> Result<Document, ParseError> {
    let pages = read_pages(bytes)?;
    let extracted = layout::extract(&pages);
    if extracted.visible_glyphs < 20 {
        let images: usize = pages.iter().map(|p| p.images).sum();
        return Err(ParseError::at_file(if images > 0 {
            "is a scanned PDF with no text in it (only page images): Plenary reads PDFs that carry their text"
        } else {
            "is a PDF with no text in it"
        }));
    }
    if extracted.unknown_glyphs * 3 > extracted.visible_glyphs {
        return Err(ParseError::at_file(
            "is a PDF whose fonts do not say which letters they draw: its text cannot be read",
        ));
    }
    let mut input = String::from("---\n");
    if let Some(symbol) = &extracted.symbol {
        input.push_str(&format!("symbol: {symbol}\n"));
    }
    if let Some(language) = extracted.language {
        input.push_str(&format!("language: {}\n", language.code()));
    }
    input.push_str("---\n\n");
    input.push_str(&extracted.text);
    let mut doc = super::text::parse(&input)?;
    doc.format = Format::Pdf;
    let repaired: usize = pages.iter().map(|p| p.repaired).sum();
    if repaired > 0 {
        doc.warnings.push(crate::document::Warning::new(format!(
            "{repaired} letters were read from the embedded font: the PDF's own map of its \
             letters (ToUnicode) is wrong for them"
        )));
    }
    Ok(doc)
}
