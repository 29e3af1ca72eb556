//! Reading resolution files into the [`Document`] model.
//!
//! The format is detected from the content, not the file name: each parser says early
//! whether the input is its format. Decoding (UTF-8 with or without BOM, UTF-16 with BOM)
//! happens once, here.

pub mod akoma_ntoso;
pub mod docx;
mod error;
pub mod numbering;
pub mod pdf;
pub mod text;

use crate::document::{Document, Format};
use std::path::Path;

pub use error::ParseError;

/// Files larger than this are refused: the largest resolution in the corpus is under 2 MB.
pub const MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// Reads and parses a file, detecting its format from the content.
pub fn parse_file(path: &Path) -> Result<Document, ParseError> {
    let bytes = read_user_file(path, MAX_FILE_SIZE).map_err(|e| ParseError::io(e, path))?;
    parse_bytes(&bytes, Some(path))
}

/// Reads a file the user named, safely: only a regular file (a named pipe would wait for a
/// writer forever, a device such as `/dev/zero` never ends), and never more than `limit`
/// bytes. The kind and size are checked on the opened file, so what is checked is what is
/// read, and the read stops after `limit` bytes even if the file grows meanwhile.
///
/// Refusals are errors of kind `InvalidInput` (not a regular file), `IsADirectory` or
/// `FileTooLarge`, whose message is the reason as [`unreadable`] phrases it.
pub fn read_user_file(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    // By name first: opening some devices has effects of its own.
    regular_file(&std::fs::metadata(path)?, limit)?;
    let file = open_without_waiting(path)?;
    let meta = file.metadata()?;
    regular_file(&meta, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64, limit));
    }
    Ok(bytes)
}

/// Why a file could not be read, phrased to follow its name: `no such file`, `is not a
/// regular file (a named pipe)`.
pub fn unreadable(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => "no such file".to_string(),
        ErrorKind::PermissionDenied => "permission denied".to_string(),
        ErrorKind::IsADirectory => "is a folder, not a file".to_string(),
        _ => err.to_string(),
    }
}

/// Refuses what is not a regular file, or is larger than `limit`.
fn regular_file(meta: &std::fs::Metadata, limit: u64) -> std::io::Result<()> {
    use std::io::{Error, ErrorKind};
    if meta.is_dir() {
        return Err(Error::new(
            ErrorKind::IsADirectory,
            "is a folder, not a file",
        ));
    }
    if !meta.is_file() {
        let kind = special_kind(meta);
        return Err(Error::new(
            ErrorKind::InvalidInput,
            format!("is not a regular file{kind}"),
        ));
    }
    if meta.len() > limit {
        return Err(too_large(meta.len(), limit));
    }
    Ok(())
}

fn too_large(size: u64, limit: u64) -> std::io::Error {
    const MB: u64 = 1024 * 1024;
    std::io::Error::new(
        std::io::ErrorKind::FileTooLarge,
        format!(
            "is too large ({} MB or more; the limit is {} MB)",
            size / MB,
            limit / MB
        ),
    )
}

/// ` (a named pipe)`, ` (a device)`, ` (a socket)`, or nothing.
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return " (a named pipe)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return " (a device)";
        }
        if kind.is_socket() {
            return " (a socket)";
        }
    }
    let _ = meta;
    ""
}

/// Opens for reading without waiting: a named pipe put in place of the file after it was
/// checked opens at once (and is then refused) instead of waiting for a writer.
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Parses the bytes of a file. `path` is only used in error messages.
pub fn parse_bytes(bytes: &[u8], path: Option<&Path>) -> Result<Document, ParseError> {
    let path_for_errors = path.unwrap_or(Path::new("(input)"));
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(ParseError::new(
            "is too large to be a resolution",
            path_for_errors,
        ));
    }
    if pdf::looks_like(bytes) {
        return pdf::parse(bytes).map_err(|e| e.with_path(path_for_errors));
    }
    if docx::looks_like(bytes) {
        return docx::parse(bytes).map_err(|e| e.with_path(path_for_errors));
    }
    let text = decode(bytes).map_err(|reason| ParseError::new(reason, path_for_errors))?;
    parse_str(&text, path)
}

/// Parses already-decoded text.
pub fn parse_str(text: &str, path: Option<&Path>) -> Result<Document, ParseError> {
    let path_for_errors = path.unwrap_or(Path::new("(input)"));
    match detect(text) {
        Some(Format::AkomaNtoso) => {
            akoma_ntoso::parse(text).map_err(|e| e.with_path(path_for_errors))
        }
        Some(Format::Text) => text::parse(text).map_err(|e| e.with_path(path_for_errors)),
        Some(Format::Pdf | Format::Docx) => Err(ParseError::new(
            "is a PDF or Word file whose bytes were read as text",
            path_for_errors,
        )),
        None => Err(ParseError::new(
            "is not a resolution: expected Akoma Ntoso XML, a PDF or a text export of a UN document",
            path_for_errors,
        )),
    }
}

/// What every format's parser does last: citations that need the whole document (Security
/// Council numbers printed without their year).
fn finish(doc: &mut Document) {
    crate::cite::date_council_resolutions(
        doc.paragraphs
            .iter_mut()
            .map(|p| &mut p.citations)
            .chain(doc.footnotes.iter_mut().map(|f| &mut f.citations)),
    );
}

/// Which format the text is in, or None if it is neither.
pub fn detect(text: &str) -> Option<Format> {
    if akoma_ntoso::looks_like(text) {
        return Some(Format::AkomaNtoso);
    }
    if text::looks_like(text) {
        return Some(Format::Text);
    }
    None
}

/// Decodes UTF-8 (with or without BOM) or UTF-16 (with BOM). Anything else, binary data and
/// empty files are refused with a reason (the caller adds the path).
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.is_empty() {
        return Err("is empty".into());
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8(rest)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)?
    } else {
        utf8(bytes)?
    };
    if text.trim().is_empty() {
        return Err("is empty".into());
    }
    if text.contains('\0') {
        return Err("is a binary file, not text".into());
    }
    Ok(text)
}

fn utf8(bytes: &[u8]) -> Result<String, String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            if bytes.iter().take(8192).filter(|&&b| b == 0).count() > 0 {
                Err("is a binary file, not text".into())
            } else {
                Err(format!(
                    "is not UTF-8 (invalid byte at offset {}); save it as UTF-8 or UTF-16 with a byte order mark",
                    e.valid_up_to()
                ))
            }
        }
    }
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> Result<String, String> {
    if !bytes.len().is_multiple_of(2) {
        return Err("is not valid UTF-16 (odd number of bytes)".into());
    }
    let units = bytes.chunks_exact(2).map(|pair| word([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| "is not valid UTF-16 (unpaired surrogate)".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap(), "abc");
        assert_eq!(decode(b"\xFF\xFEa\0b\0").unwrap(), "ab");
        assert_eq!(decode(b"\xFE\xFF\0a\0b").unwrap(), "ab");
        assert_eq!(decode(b"").unwrap_err(), "is empty");
        assert_eq!(decode(b"  \n").unwrap_err(), "is empty");
        assert!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0")
                .unwrap_err()
                .contains("binary")
        );
        assert!(decode(b"caf\xe9").unwrap_err().contains("not UTF-8"));
        assert!(decode(b"\xFF\xFEa").unwrap_err().contains("UTF-16"));
    }

    #[test]
    fn unknown_content_is_refused_with_the_path_last() {
        let err = parse_bytes(b"hello world", Some(Path::new("/tmp/x.txt"))).unwrap_err();
        let message = err.to_string();
        assert!(message.ends_with("/tmp/x.txt"), "{message}");
        assert!(message.contains("not a resolution"), "{message}");
    }
}
