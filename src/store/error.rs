use crate::i18n::Text;
use crate::text;
use std::path::PathBuf;

/// Why notes could not be read or saved. Displays with the file last, as every message of
/// the program does, in English (as the command line prints it); the window says it in its
/// language ([`StoreError::localized`]).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file system refused (permissions, a full disk, a missing drive).
    #[error("{}: {source}: {}", .action.cannot(), crate::printable::path(.path))]
    Io {
        /// What was being done.
        action: StoreAction,
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
    Import {
        /// Why, phrased to follow the file (`is not JSON (…)`); displays in English.
        reason: Text,
        path: PathBuf,
    },
}

/// What was being done with the notes when the file system refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreAction {
    List,
    CreateFolder,
    Lock,
    Save,
    KeepBackup,
    Read,
    MoveDamagedAside,
    Restore,
    ReadBackup,
}

impl StoreAction {
    /// The message saying it cannot be done (`cannot save notes`).
    fn cannot(self) -> Text {
        Text::new(match self {
            StoreAction::List => "store-cannot-list",
            StoreAction::CreateFolder => "store-cannot-create-folder",
            StoreAction::Lock => "store-cannot-lock",
            StoreAction::Save => "store-cannot-save",
            StoreAction::KeepBackup => "store-cannot-keep-backup",
            StoreAction::Read => "store-cannot-read",
            StoreAction::MoveDamagedAside => "store-cannot-move-aside",
            StoreAction::Restore => "store-cannot-restore",
            StoreAction::ReadBackup => "store-cannot-read-backup",
        })
    }
}

impl StoreError {
    /// The message as a message of the interface: its English is the `Display`.
    pub fn text(&self) -> Text {
        use crate::printable::path as shown;
        match self {
            StoreError::Io {
                action,
                source,
                path,
            } => text!(
                "io-error",
                cannot = action.cannot(),
                error = source.to_string(),
                path = shown(path)
            ),
            StoreError::NewerVersion {
                found,
                supported,
                path,
            } => text!(
                "store-error-newer-version",
                found = *found,
                supported = *supported,
                path = shown(path)
            ),
            StoreError::NoSuchNote { id, path } => {
                text!("store-error-no-such-note", id = id, path = shown(path))
            }
            StoreError::Encode { reason, path } => {
                text!("store-error-encode", error = reason, path = shown(path))
            }
            StoreError::Import { reason, path } => text!(
                "store-error-import",
                reason = reason.clone(),
                path = shown(path)
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
        let path = PathBuf::from("/data/notes/x.json");
        let mut errors = vec![
            StoreError::NewerVersion {
                found: 9,
                supported: 2,
                path: path.clone(),
            },
            StoreError::NoSuchNote {
                id: "n-1".into(),
                path: path.clone(),
            },
            StoreError::Encode {
                reason: "out of memory".into(),
                path: path.clone(),
            },
            StoreError::Import {
                reason: text!("store-import-not-utf8"),
                path: path.clone(),
            },
        ];
        for action in [
            StoreAction::List,
            StoreAction::CreateFolder,
            StoreAction::Lock,
            StoreAction::Save,
            StoreAction::KeepBackup,
            StoreAction::Read,
            StoreAction::MoveDamagedAside,
            StoreAction::Restore,
            StoreAction::ReadBackup,
        ] {
            errors.push(StoreError::Io {
                action,
                source: std::io::Error::other("disk full"),
                path: path.clone(),
            });
        }
        for error in &errors {
            assert_eq!(error.text().english(), error.to_string());
            for language in crate::i18n::Locale::all() {
                let said = error.text().format(language);
                assert!(!said.contains("store-"), "{language}: {said}");
                assert!(said.ends_with("/data/notes/x.json"), "{language}: {said}");
            }
        }
        assert_eq!(
            errors[0].to_string(),
            "these notes were saved by a newer version of Plenary (format 9; this version knows \
             up to 2) and are read-only here, so nothing was changed: /data/notes/x.json"
        );
        assert_eq!(
            errors.last().unwrap().to_string(),
            "cannot read the notes backup: disk full: /data/notes/x.json"
        );
        assert_eq!(
            errors[3].to_string(),
            "cannot import: is not UTF-8 text: /data/notes/x.json"
        );
    }
}
