//! What was open when the window closed, restored at the next start.

use crate::store::fsio;
use crate::t;
pub use crate::ui::app::history::Place;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The session file, versioned; unknown fields from newer versions are ignored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    pub version: u32,
    pub open: Vec<PathBuf>,
    pub active: usize,
    pub recent: Vec<PathBuf>,
    pub dark_mode: bool,
    /// Whether the high-contrast theme was on.
    pub high_contrast: bool,
    /// Whether the notes panel was open.
    pub show_notes: bool,
    /// Whether the outline was hidden.
    pub hide_outline: bool,
    /// Whether comparisons hid unchanged paragraphs.
    pub hide_unchanged: bool,
    /// Whether the facts panel (votes, sponsors) was open.
    pub show_facts: bool,
    /// The user's own country, marked in every vote.
    pub my_country: String,
    /// The author named in Word files exported with tracked changes (empty: "Plenary").
    pub redline_author: String,
    /// The interface's language as chosen in View › Language (`fr`); empty: the system's.
    pub ui_language: String,
    /// Where each document was left, the latest first.
    pub left_at: Vec<LeftAt>,
    /// Back and Forward, the newest last.
    pub back: Vec<Place>,
    pub forward: Vec<Place>,
}

/// The paragraph a document was left at, by its id (`op3`), so that a file edited since
/// still reopens there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeftAt {
    pub path: PathBuf,
    pub paragraph: String,
    /// Whether the paragraph was the one worked on (jumped to, clicked), not only the one at
    /// the top of the view.
    #[serde(default)]
    pub focused: bool,
}

impl Session {
    pub const VERSION: u32 = 1;
    const FILE: &'static str = "session.json";

    /// Loads the session. A damaged file is moved aside (and reported), never fatal.
    pub fn load(data_dir: &Path) -> Result<Option<Session>, LoadError> {
        let path = data_dir.join(Self::FILE);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(LoadError::Unreadable {
                    path,
                    error: e.to_string(),
                });
            }
        };
        match serde_json::from_slice::<Session>(&bytes) {
            Ok(s) => Ok(Some(s)),
            Err(e) => Err(LoadError::Damaged {
                kept_as: fsio::move_aside(&path).ok(),
                path,
                error: e.to_string(),
            }),
        }
    }

    /// Saves atomically.
    pub fn save(&self, data_dir: &Path) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        fsio::atomic_write(&data_dir.join(Self::FILE), &bytes)
    }
}

/// Why the last session could not be restored.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The file is there but could not be read.
    Unreadable { path: PathBuf, error: String },
    /// The file is damaged; it was moved aside to `kept_as`, if it could be.
    Damaged {
        path: PathBuf,
        error: String,
        kept_as: Option<PathBuf>,
    },
}

impl LoadError {
    /// What the window says, in its language.
    pub fn message(&self) -> String {
        match self {
            LoadError::Unreadable { path, error } => t!(
                "error-session-unreadable",
                error = error,
                path = &path.display().to_string()
            ),
            LoadError::Damaged {
                path,
                error,
                kept_as: Some(kept_as),
            } => t!(
                "error-session-damaged-kept",
                error = error,
                kept = &kept_as.display().to_string(),
                path = &path.display().to_string()
            ),
            LoadError::Damaged {
                path,
                error,
                kept_as: None,
            } => t!(
                "error-session-damaged",
                error = error,
                path = &path.display().to_string()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_survives_damage() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Session::load(dir.path()).unwrap(), None);
        let s = Session {
            version: 1,
            open: vec!["/a.xml".into()],
            active: 0,
            recent: vec![],
            dark_mode: true,
            show_notes: true,
            redline_author: "Delegation of Chile".into(),
            show_facts: true,
            my_country: "Chile".into(),
            ui_language: "fr".into(),
            left_at: vec![LeftAt {
                path: "/a.xml".into(),
                paragraph: "para_5".into(),
                focused: true,
            }],
            ..Default::default()
        };
        s.save(dir.path()).unwrap();
        assert_eq!(Session::load(dir.path()).unwrap(), Some(s));
        std::fs::write(dir.path().join("session.json"), b"{not json").unwrap();
        let err = Session::load(dir.path()).unwrap_err().message();
        assert!(err.contains("kept as"), "{err}");
        assert_eq!(
            Session::load(dir.path()).unwrap(),
            None,
            "the damaged file was moved aside"
        );
    }

    #[test]
    fn a_session_saved_before_places_were_kept_still_loads() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("session.json"),
            br#"{"version": 1, "open": ["/a.xml"], "active": 0, "left_at": [{"path": "/a.xml", "paragraph": "para_5"}]}"#,
        )
        .unwrap();
        let s = Session::load(dir.path()).unwrap().unwrap();
        assert_eq!(s.open, vec![PathBuf::from("/a.xml")]);
        assert!(s.back.is_empty() && s.forward.is_empty());
        assert!(!s.left_at[0].focused);
    }
}
