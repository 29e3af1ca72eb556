use std::path::{Path, PathBuf};

/// A file that could not be read as a resolution. Displays as
/// `cannot read: REASON (line L, column C): PATH`, the path last.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "cannot read: {}{}: {}",
    crate::printable::line(.reason),
    location(*.line, *.column),
    crate::printable::path(.path)
)]
pub struct ParseError {
    /// What is wrong, phrased to follow the file ("is empty", "is malformed XML: ...").
    pub reason: String,
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
    pub fn new(reason: impl Into<String>, path: &Path) -> Self {
        ParseError {
            reason: reason.into(),
            line: None,
            column: None,
            path: path.to_path_buf(),
        }
    }

    /// An error inside a parser, before the path is known.
    pub fn at(reason: impl Into<String>, line: Option<usize>, column: Option<usize>) -> Self {
        ParseError {
            reason: reason.into(),
            line,
            column,
            path: PathBuf::new(),
        }
    }

    /// A reason about the whole file, before the path is known.
    pub fn at_file(reason: impl Into<String>) -> Self {
        ParseError::at(reason, None, None)
    }

    pub(crate) fn io(err: std::io::Error, path: &Path) -> Self {
        ParseError::new(super::unreadable(&err), path)
    }

    pub fn with_path(mut self, path: &Path) -> Self {
        self.path = path.to_path_buf();
        self
    }
}
