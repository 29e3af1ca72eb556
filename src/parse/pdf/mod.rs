//! PDFs as the UN publishes them: resolutions and drafts made with Word. The glyphs of each
//! page are laid out into the text of the resolution (see `layout`), which the text parser
//! then reads into paragraphs, footnotes and citations as it reads exports of PDFs.

mod glyphs;
mod layout;
mod render;

pub(crate) use layout::job_letter;
pub use render::{MAX_SIDE, PageImage, render_file_page, render_page};

use super::ParseError;
use crate::document::{Document, Format, PageArea};
use std::ops::Range;

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
        .map_err(|_| ParseError::at_file(crate::text!("read-pdf-damaged")))?
        .map_err(|e| match e {
            glyphs::ReadError::TooLarge => ParseError::at_file(crate::text!("read-pdf-too-large")),
            glyphs::ReadError::Unreadable(why) => ParseError::at_file(crate::text!(
                "read-pdf-not-opened",
                error = why.to_lowercase()
            )),
        })
}

/// The areas a range of the laid-out text is printed on: the lines it touches, one
/// rectangle per page.
fn areas_of(areas: &[(Range<usize>, PageArea)], range: Range<usize>) -> Vec<PageArea> {
    let first = areas.partition_point(|(r, _)| r.end <= range.start);
    let mut out: Vec<PageArea> = Vec::new();
    for (r, area) in &areas[first..] {
        if r.start >= range.end {
            break;
        }
        match out.last_mut() {
            Some(last) if last.page == area.page => {
                last.rect = [
                    last.rect[0].min(area.rect[0]),
                    last.rect[1].min(area.rect[1]),
                    last.rect[2].max(area.rect[2]),
                    last.rect[3].max(area.rect[3]),
                ];
            }
            _ => out.push(area.clone()),
        }
    }
    out
}

/// Reads a PDF into the document model.
pub fn parse(bytes: &[u8]) -> Result<Document, ParseError> {
    let pages = read_pages(bytes)?;
    let extracted = layout::extract(&pages);
    if extracted.visible_glyphs < 20 {
        let images: usize = pages.iter().map(|p| p.images).sum();
        return Err(ParseError::at_file(if images > 0 {
            crate::text!("read-pdf-scanned")
        } else {
            crate::text!("read-pdf-no-text")
        }));
    }
    if extracted.unknown_glyphs * 3 > extracted.visible_glyphs {
        return Err(ParseError::at_file(crate::text!(
            "read-pdf-unknown-letters"
        )));
    }
    let mut input = String::from("---\n");
    if let Some(symbol) = &extracted.symbol {
        input.push_str(&format!("symbol: {symbol}\n"));
    }
    if let Some(language) = extracted.language {
        input.push_str(&format!("language: {}\n", language.code()));
    }
    input.push_str("---\n\n");
    let body_start = input.len();
    input.push_str(&extracted.text);
    let mut doc = super::text::parse(&input)?;
    doc.format = Format::Pdf;
    doc.page_areas = doc
        .paragraphs
        .iter()
        .map(|p| match &p.source_range {
            Some(r) => areas_of(
                &extracted.areas,
                r.start.saturating_sub(body_start)..r.end.saturating_sub(body_start),
            ),
            None => Vec::new(),
        })
        .collect();
    let invisible: usize = pages.iter().map(|p| p.invisible).sum();
    let images: usize = pages.iter().map(|p| p.images).sum();
    if images > 0 && invisible * 2 > extracted.visible_glyphs {
        doc.warnings
            .push(crate::document::Warning::new(crate::text!(
                "warning-pdf-ocr"
            )));
    }
    let repaired: usize = pages.iter().map(|p| p.repaired).sum();
    if repaired > 0 {
        doc.warnings
            .push(crate::document::Warning::new(crate::text!(
                "warning-pdf-letters-repaired",
                count = repaired
            )));
    }
    Ok(doc)
}

/// The text of the glyphs printed inside each of some areas, in the order the PDF draws
/// them: what a reader sees marked by "Show on page".
pub fn texts_in_areas(bytes: &[u8], areas: &[PageArea]) -> Result<Vec<String>, ParseError> {
    let pages = read_pages(bytes)?;
    Ok(areas
        .iter()
        .map(|area| {
            let Some(page) = pages.get(area.page) else {
                return String::new();
            };
            let [l, t, r, b] = area.rect;
            let mut out = String::new();
            for g in &page.glyphs {
                let (x, y) = page.shown_at(g.x, g.y);
                if x >= l && x <= r && y >= t && y <= b {
                    out.push_str(&g.text);
                }
            }
            out
        })
        .collect())
}
