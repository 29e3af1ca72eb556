use crate::i18n::{Locale, Text};
use std::path::{Path, PathBuf};

/// A file that could not be read as a resolution. Displays as
/// `cannot read: REASON (line L, column C): PATH`, the path last, in English; the window
/// says it in its language ([`ParseError::localized`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "cannot read: {}{}: {}",
    crate::printable::line(.reason),
    location(*.line, *.column),
    crate::printable::path(.path)
)]
pub struct ParseError {
    /// What is wrong, in English, phrased to follow the file ("is empty", "is malformed
    /// XML: ...").
    pub reason: String,
    /// The same, as a message of the interface.
    why: Text,
    /// 1-based position in the file, where known.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub path: PathBuf,
}

fn location(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!(" (line {l}, column {c})"),
        (Some(l), None) => format!(" (line {l})"),
        _ => String::new(),
    }
}

impl ParseError {
    pub fn new(reason: Text, path: &Path) -> Self {
        ParseError::at(reason, None, None).with_path(path)
    }

    /// An error inside a parser, before the path is known.
    pub fn at(reason: Text, line: Option<usize>, column: Option<usize>) -> Self {
        ParseError {
            reason: reason.english(),
            why: reason,
            line,
            column,
            path: PathBuf::new(),
        }
    }

    /// A reason about the whole file, before the path is known.
    pub fn at_file(reason: Text) -> Self {
        ParseError::at(reason, None, None)
    }

    pub(crate) fn io(err: std::io::Error, path: &Path) -> Self {
        ParseError::new(super::unreadable_text(&err), path)
    }

    pub fn with_path(mut self, path: &Path) -> Self {
        self.path = path.to_path_buf();
        self
    }

    /// What is wrong, as a message of the interface (`reason` is its English).
    pub fn reason_text(&self) -> &Text {
        &self.why
    }

    /// The whole message as a message of the interface: its English is the `Display`.
    pub fn text(&self) -> Text {
        self.text_in(Locale::EN)
    }

    /// The whole message in the window's language, ready to show.
    pub fn localized(&self) -> String {
        self.text_in(crate::i18n::locale()).localized()
    }

    /// The message with its reason said in `language` (made printable, as the `Display`
    /// makes the English one).
    fn text_in(&self, language: Locale) -> Text {
        let reason = crate::printable::line(&self.why.format(language)).into_owned();
        let path = crate::printable::path(&self.path);
        match (self.line, self.column) {
            (Some(line), Some(column)) => crate::text!(
                "read-error-line-column",
                reason = reason,
                line = line,
                column = column,
                path = path
            ),
            (Some(line), None) => {
                crate::text!("read-error-line", reason = reason, line = line, path = path)
            }
            _ => crate::text!("read-error", reason = reason, path = path),
        }
    }
}
