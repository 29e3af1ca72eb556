//! Text exports of PDFs: markdown (the seed) or raw PDF text with page furniture.

use super::ParseError;
use crate::document::{Document, Format};

/// Whether the text reads like a UN resolution exported to text.
pub fn looks_like(text: &str) -> bool {
    !text.trim_start().starts_with('<')
}

/// Parses a text export.
pub fn parse(text: &str) -> Result<Document, ParseError> {
    let _ = text;
    Ok(Document::new(Format::Text))
}
