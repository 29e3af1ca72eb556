use std::path::PathBuf;

/// Why notes could not be read or saved. Displays with the file last, as every message of
/// the program does.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file system refused (permissions, a full disk, a missing drive).
    #[error("cannot {action}: {source}: {}", crate::printable::path(.path))]
    Io {
        /// What was being done, phrased to follow "cannot" (`save notes`).
        action: &'static str,
        #[source]
        source: std::io::Error,
        path: PathBuf,
    },
    /// The notes were saved by a newer version of the program: they are read-only here.
    #[error(
        "these notes were saved by a newer version of Plenary (format {found}; this version \
         knows up to {supported}) and are read-only here, so nothing was changed: {}",
        crate::printable::path(.path)
    )]
    NewerVersion {
        found: u32,
        supported: u32,
        path: PathBuf,
    },
    /// No note has this id (deleted meanwhile, perhaps by another instance).
    #[error("there is no note {id} (it may have been deleted in another window): {}", crate::printable::path(.path))]
    NoSuchNote { id: String, path: PathBuf },
    /// Notes could not be turned into JSON (should not happen; reported rather than lost).
    #[error("cannot save notes ({reason}): {}", crate::printable::path(.path))]
    Encode { reason: String, path: PathBuf },
    /// A file given to import is not an export of notes.
    #[error("cannot import: {reason}: {}", crate::printable::path(.path))]
    Import { reason: String, path: PathBuf },
}
