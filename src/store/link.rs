//! `plenary://open?path=…&symbol=A%2FRES%2F75%2F32&lang=en&ref=OP3`: a link that opens
//! Plenary at a paragraph, written beside each note of a Markdown export. The file is
//! named by its path where it was read, and by its symbol and language for when it has
//! moved (the library finds it then).

use super::note::{DocumentInfo, Note};
use crate::document::Language;
use std::path::PathBuf;

/// The scheme of links to a paragraph (registered with the desktop on install).
pub const SCHEME: &str = "plenary";

/// Where a `plenary://` link leads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphLink {
    pub path: Option<PathBuf>,
    pub symbol: Option<String>,
    pub language: Option<Language>,
    /// The paragraph as delegates cite it (`OP3`, `OP1(a)`).
    pub reference: Option<String>,
}

impl ParagraphLink {
    /// The link to a note's paragraph.
    pub fn of_note(info: &DocumentInfo, note: &Note) -> ParagraphLink {
        let reference = note.anchor.reference.trim();
        ParagraphLink {
            path: info.path.as_deref().map(PathBuf::from),
            symbol: info.symbol.clone().filter(|s| !s.trim().is_empty()),
            language: info.language,
            reference: (!reference.is_empty()).then(|| reference.to_string()),
        }
    }

    pub fn to_url(&self) -> String {
        let mut url = url::Url::parse(&format!("{SCHEME}://open")).expect("a valid address");
        {
            let mut query = url.query_pairs_mut();
            if let Some(path) = &self.path {
                query.append_pair("path", &path.to_string_lossy());
            }
            if let Some(symbol) = &self.symbol {
                query.append_pair("symbol", symbol);
            }
            if let Some(language) = self.language {
                query.append_pair("lang", language.code());
            }
            if let Some(reference) = &self.reference {
                query.append_pair("ref", reference);
            }
        }
        url.to_string()
    }

    /// Reads a `plenary://open?…` link; `Err` says what is wrong with it (for the user).
    pub fn parse(text: &str) -> Result<ParagraphLink, String> {
        let url = url::Url::parse(text.trim()).map_err(|e| format!("not a link ({e})"))?;
        if url.scheme() != SCHEME || url.host_str() != Some("open") {
            return Err(format!("not a link to a paragraph ({SCHEME}://open?…)"));
        }
        let mut link = ParagraphLink::default();
        for (key, value) in url.query_pairs() {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match &*key {
                "path" => link.path = Some(PathBuf::from(value)),
                "symbol" => link.symbol = Some(value.to_string()),
                "lang" => link.language = Language::from_code(value),
                "ref" => link.reference = Some(value.to_string()),
                _ => {}
            }
        }
        if link.path.is_none() && link.symbol.is_none() {
            return Err("the link names no document".into());
        }
        Ok(link)
    }
}

/// The file a `file://` address names (as a desktop passes files it opens with Plenary), or
/// None for anything else.
pub fn file_url_path(argument: &std::ffi::OsStr) -> Option<PathBuf> {
    let text = argument.to_str()?;
    let scheme = text.get(..7)?;
    if !scheme.eq_ignore_ascii_case("file://") {
        return None;
    }
    url::Url::parse(text).ok()?.to_file_path().ok()
}

/// Whether a command-line argument is a `plenary://` link rather than a file.
pub fn is_link(argument: &std::ffi::OsStr) -> bool {
    argument
        .to_str()
        .is_some_and(|s| s.get(..SCHEME.len() + 3) == Some("plenary://"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_reads_back_as_written() {
        let link = ParagraphLink {
            path: Some(PathBuf::from("/home/d/UN files/75_32 E&F?.xml")),
            symbol: Some("A/RES/75/32".into()),
            language: Some(Language::Fr),
            reference: Some("OP1(a)".into()),
        };
        let url = link.to_url();
        assert!(
            url.starts_with("plenary://open?path=%2Fhome%2Fd%2FUN+files"),
            "{url}"
        );
        assert!(!url.contains(' '), "{url}");
        assert_eq!(ParagraphLink::parse(&url).unwrap(), link);
        assert!(is_link(std::ffi::OsStr::new(&url)));
        assert!(!is_link(std::ffi::OsStr::new("/tmp/plenary://x")));
    }

    #[test]
    fn file_addresses_from_the_desktop_are_files() {
        use std::ffi::OsStr;
        assert_eq!(
            file_url_path(OsStr::new(
                "file:///home/d%C3%A9l%C3%A9gu%C3%A9/A%20RES%2075.pdf"
            )),
            Some(PathBuf::from("/home/délégué/A RES 75.pdf"))
        );
        assert_eq!(file_url_path(OsStr::new("/tmp/file:///x")), None);
        assert_eq!(file_url_path(OsStr::new("plenary://open?path=/x")), None);
        assert_eq!(file_url_path(OsStr::new("file://remote-host/x")), None);
    }

    #[test]
    fn other_links_are_refused_with_a_reason() {
        assert!(ParagraphLink::parse("https://undocs.org/A/RES/75/32").is_err());
        assert!(ParagraphLink::parse("plenary://open?ref=OP3").is_err());
        assert!(ParagraphLink::parse("plenary://open?symbol=A%2FRES%2F75%2F32&ref=OP3").is_ok());
        assert!(ParagraphLink::parse("not a link").is_err());
    }
}
