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
use crate::i18n::Text;
use crate::text;
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
    unreadable_text(err).english()
}

/// The same, as a message of the interface (the system's own words for other errors).
pub fn unreadable_text(err: &std::io::Error) -> Text {
    use std::io::ErrorKind;
    if let Some(Refusal(why)) = err.get_ref().and_then(|e| e.downcast_ref::<Refusal>()) {
        return why.clone();
    }
    match err.kind() {
        ErrorKind::NotFound => text!("read-no-such-file"),
        ErrorKind::PermissionDenied => text!("read-permission-denied"),
        ErrorKind::IsADirectory => text!("read-folder"),
        _ => Text::verbatim(err.to_string()),
    }
}

/// A file [`read_user_file`] refuses, and why: the error it returns carries it, so that the
/// reason can be said in any language.
#[derive(Debug)]
struct Refusal(Text);

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.english())
    }
}

impl std::error::Error for Refusal {}

fn refusal(kind: std::io::ErrorKind, why: Text) -> std::io::Error {
    std::io::Error::new(kind, Refusal(why))
}

/// Refuses what is not a regular file, or is larger than `limit`.
fn regular_file(meta: &std::fs::Metadata, limit: u64) -> std::io::Result<()> {
    use std::io::ErrorKind;
    if meta.is_dir() {
        return Err(refusal(ErrorKind::IsADirectory, text!("read-folder")));
    }
    if !meta.is_file() {
        return Err(refusal(ErrorKind::InvalidInput, text!(special_kind(meta))));
    }
    if meta.len() > limit {
        return Err(too_large(meta.len(), limit));
    }
    Ok(())
}

fn too_large(size: u64, limit: u64) -> std::io::Error {
    const MB: u64 = 1024 * 1024;
    refusal(
        std::io::ErrorKind::FileTooLarge,
        text!("read-too-large-mb", size = size / MB, limit = limit / MB),
    )
}

/// What a file that is not a regular file is: a named pipe, a device, a socket, or
/// something else (the key of the reason).
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "read-named-pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "read-device";
        }
        if kind.is_socket() {
            return "read-socket";
        }
    }
    let _ = meta;
    "read-not-regular-file"
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
        return Err(ParseError::new(text!("read-too-large"), path_for_errors));
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
            text!("read-binary-as-text"),
            path_for_errors,
        )),
        None => Err(ParseError::new(
            text!("read-not-a-resolution"),
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
pub fn decode(bytes: &[u8]) -> Result<String, Text> {
    if bytes.is_empty() {
        return Err(text!("read-empty"));
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
        return Err(text!("read-empty"));
    }
    if text.contains('\0') {
        return Err(text!("read-binary"));
    }
    Ok(text)
}

fn utf8(bytes: &[u8]) -> Result<String, Text> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            if bytes.iter().take(8192).filter(|&&b| b == 0).count() > 0 {
                Err(text!("read-binary"))
            } else {
                Err(text!("read-not-utf8", offset = e.valid_up_to()))
            }
        }
    }
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> Result<String, Text> {
    if !bytes.len().is_multiple_of(2) {
        return Err(text!("read-utf16-odd"));
    }
    let units = bytes.chunks_exact(2).map(|pair| word([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| text!("read-utf16-surrogate"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms() {
        assert_eq!(decode(b"\xEF\xBB\xBFabc").unwrap(), "abc");
        assert_eq!(decode(b"\xFF\xFEa\0b\0").unwrap(), "ab");
        assert_eq!(decode(b"\xFE\xFF\0a\0b").unwrap(), "ab");
        let why = |bytes: &[u8]| decode(bytes).unwrap_err().english();
        assert_eq!(why(b""), "is empty");
        assert_eq!(why(b"  \n"), "is empty");
        assert!(why(b"\x89PNG\r\n\x1a\n\0\0\0").contains("binary"));
        assert_eq!(
            why(b"caf\xe9"),
            "is not UTF-8 (invalid byte at offset 3); save it as UTF-8 or UTF-16 with a byte \
             order mark"
        );
        assert!(why(b"\xFF\xFEa").contains("UTF-16"));
    }

    #[test]
    fn unknown_content_is_refused_with_the_path_last() {
        let err = parse_bytes(b"hello world", Some(Path::new("/tmp/x.txt"))).unwrap_err();
        let message = err.to_string();
        assert!(message.ends_with("/tmp/x.txt"), "{message}");
        assert!(message.contains("not a resolution"), "{message}");
    }
}
