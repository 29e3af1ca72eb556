use std::path::PathBuf;

/// Why a library operation failed. Unreadable documents are not errors: they are listed
/// (see [`super::Library::errors`]); a damaged cache is rebuilt, not reported as an error.
/// Messages put the path last.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// The file system refused something (a folder that cannot be created, a disk full).
    #[error("cannot {action}: {source}: {}", crate::printable::path(.path))]
    Io {
        /// What was being done, phrased to follow "cannot" (`write the library cache`).
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The search index failed in a way a rebuild did not cure.
    #[error("the library index failed ({message}): {}", crate::printable::path(.path))]
    Index { message: String, path: PathBuf },
    /// Another Plenary is updating this library right now.
    #[error(
        "the library is being updated by another Plenary; try again when it is done: {}",
        crate::printable::path(.0)
    )]
    Busy(PathBuf),
    /// A folder to add does not exist or is a file.
    #[error("not a folder: {}", crate::printable::path(.0))]
    NotAFolder(PathBuf),
    /// A folder to remove is not in the library.
    #[error("not a library folder: {}", crate::printable::path(.0))]
    UnknownFolder(PathBuf),
    /// The background scan ended without saying how (it panicked).
    #[error("the library scan stopped unexpectedly")]
    ScanLost,
    /// A document asked about is not in the library (its symbol, as given).
    #[error("not in the library: {}", crate::printable::line(.0))]
    NotInLibrary(String),
    /// No recorded vote in the library lists a state of this name (as given).
    #[error("no recorded vote in the library lists this state: {}", crate::printable::line(.0))]
    UnknownState(String),
    /// The name given is the start of several states' names.
    #[error(
        "could be any of {}; give more of the name: {}",
        crate::printable::line(&.candidates.join(", ")),
        crate::printable::line(.name)
    )]
    AmbiguousState {
        name: String,
        /// The states it could be, as the records name them.
        candidates: Vec<String>,
    },
}

impl LibraryError {
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Self {
        LibraryError::Io {
            action,
            path: path.into(),
            source,
        }
    }

    pub(crate) fn index(err: tantivy::TantivyError, path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        if let tantivy::TantivyError::LockFailure(
            tantivy::directory::error::LockError::LockBusy,
            _,
        ) = err
        {
            return LibraryError::Busy(path);
        }
        LibraryError::Index {
            message: err.to_string(),
            path,
        }
    }
}
