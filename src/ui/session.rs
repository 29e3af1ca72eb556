//! What was open when the window closed, restored at the next start.

use crate::store::fsio;
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
    /// Whether the notes panel was open.
    pub show_notes: bool,
    /// Whether the facts panel (votes, sponsors) was open.
    pub show_facts: bool,
    /// The user's own country, marked in every vote.
    pub my_country: String,
    /// The author named in Word files exported with tracked changes (empty: "Plenary").
    pub redline_author: String,
    /// The interface's language as chosen in View › Language (`fr`); empty: the system's.
    pub ui_language: String,
}

impl Session {
    pub const VERSION: u32 = 1;
    const FILE: &'static str = "session.json";

    /// Loads the session. A damaged file is moved aside (and reported), never fatal.
    pub fn load(data_dir: &Path) -> Result<Option<Session>, String> {
        let path = data_dir.join(Self::FILE);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(format!(
                    "could not read the last session ({e}): {}",
                    path.display()
                ));
            }
        };
        match serde_json::from_slice::<Session>(&bytes) {
            Ok(s) => Ok(Some(s)),
            Err(e) => {
                let aside = fsio::move_aside(&path)
                    .map(|p| format!("; kept as {}", p.display()))
                    .unwrap_or_default();
                Err(format!(
                    "the last session could not be restored ({e}){aside}: {}",
                    path.display()
                ))
            }
        }
    }

    /// Saves atomically.
    pub fn save(&self, data_dir: &Path) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        fsio::atomic_write(&data_dir.join(Self::FILE), &bytes)
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
        };
        s.save(dir.path()).unwrap();
        assert_eq!(Session::load(dir.path()).unwrap(), Some(s));
        std::fs::write(dir.path().join("session.json"), b"{not json").unwrap();
        let err = Session::load(dir.path()).unwrap_err();
        assert!(err.contains("kept as"), "{err}");
        assert_eq!(
            Session::load(dir.path()).unwrap(),
            None,
            "the damaged file was moved aside"
        );
    }
}
