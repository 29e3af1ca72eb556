use crate::i18n::Text;
use crate::text;
use std::path::PathBuf;

/// Why a library operation failed. Unreadable documents are not errors: they are listed
/// (see [`super::Library::errors`]); a damaged cache is rebuilt, not reported as an error.
/// Messages put the path last. They display in English, as the command line prints them;
/// the window says them in its language ([`LibraryError::localized`]).
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// The file system refused something (a folder that cannot be created, a disk full).
    #[error("{}: {source}: {}", .action.cannot(), crate::printable::path(.path))]
    Io {
        /// What was being done.
        action: LibraryAction,
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

/// What the library was doing when the file system refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LibraryAction {
    ClearDamagedIndex,
    CreateIndex,
    WriteCache,
    SaveFolders,
    CreateFolder,
    LockFolders,
}

impl LibraryAction {
    /// The message saying it cannot be done (`cannot write the library cache`).
    fn cannot(self) -> Text {
        Text::new(match self {
            LibraryAction::ClearDamagedIndex => "library-cannot-clear-index",
            LibraryAction::CreateIndex => "library-cannot-create-index",
            LibraryAction::WriteCache => "library-cannot-write-cache",
            LibraryAction::SaveFolders => "library-cannot-save-folders",
            LibraryAction::CreateFolder => "library-cannot-create-folder",
            LibraryAction::LockFolders => "library-cannot-lock-folders",
        })
    }
}

impl LibraryError {
    pub(crate) fn io(
        action: LibraryAction,
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

    /// The message as a message of the interface: its English is the `Display`.
    pub fn text(&self) -> Text {
        use crate::printable::{line, path as shown};
        match self {
            LibraryError::Io {
                action,
                path,
                source,
            } => text!(
                "io-error",
                cannot = action.cannot(),
                error = source.to_string(),
                path = shown(path)
            ),
            LibraryError::Index { message, path } => {
                text!("library-error-index", error = message, path = shown(path))
            }
            LibraryError::Busy(path) => text!("library-error-busy", path = shown(path)),
            LibraryError::NotAFolder(path) => {
                text!("library-error-not-a-folder", path = shown(path))
            }
            LibraryError::UnknownFolder(path) => {
                text!("library-error-unknown-folder", path = shown(path))
            }
            LibraryError::ScanLost => text!("library-error-scan-lost"),
            LibraryError::NotInLibrary(symbol) => {
                text!("library-error-not-in-library", symbol = line(symbol))
            }
            LibraryError::UnknownState(name) => {
                text!("library-error-unknown-state", state = line(name))
            }
            LibraryError::AmbiguousState { name, candidates } => text!(
                "library-error-ambiguous-state",
                states = line(&candidates.join(", ")),
                state = line(name)
            ),
        }
    }

    /// The message in the window's language, ready to show.
    pub fn localized(&self) -> String {
        self.text().localized()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_says_in_english_what_it_displays() {
        let path = PathBuf::from("/data/library");
        let mut errors = vec![
            LibraryError::Index {
                message: "the index is gone".into(),
                path: path.clone(),
            },
            LibraryError::Busy(path.clone()),
            LibraryError::NotAFolder(path.clone()),
            LibraryError::UnknownFolder(path.clone()),
            LibraryError::ScanLost,
            LibraryError::NotInLibrary("A/RES/75/1\n".into()),
            LibraryError::UnknownState("Atlantis".into()),
            LibraryError::AmbiguousState {
                name: "Ma".into(),
                candidates: vec!["Madagascar".into(), "Malawi".into()],
            },
        ];
        for action in [
            LibraryAction::ClearDamagedIndex,
            LibraryAction::CreateIndex,
            LibraryAction::WriteCache,
            LibraryAction::SaveFolders,
            LibraryAction::CreateFolder,
            LibraryAction::LockFolders,
        ] {
            errors.push(LibraryError::io(
                action,
                &path,
                std::io::Error::other("disk full"),
            ));
        }
        for error in &errors {
            assert_eq!(error.text().english(), error.to_string());
            for language in crate::i18n::Locale::all() {
                assert!(
                    !error.text().format(language).contains("library-"),
                    "{language}: {}",
                    error.text().format(language)
                );
            }
        }
        assert_eq!(
            errors.last().unwrap().to_string(),
            "cannot lock the library folders: disk full: /data/library"
        );
        let french = errors[1]
            .text()
            .format(crate::i18n::Locale::from_code("fr").unwrap());
        assert!(french.ends_with(": /data/library"), "{french}");
        assert_ne!(french, errors[1].to_string());
    }
}
