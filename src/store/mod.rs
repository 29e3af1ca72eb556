//! The user's own data: where it lives and how it is written so that it is never lost.
//!
//! Everything goes under one data folder: `PLENARY_DATA_DIR` when set (tests, a portable copy
//! on a USB stick), else the platform's data dir from `directories`.

pub mod fsio;

use std::path::PathBuf;

/// The environment variable that overrides where all user data lives.
pub const DATA_DIR_ENV: &str = "PLENARY_DATA_DIR";

/// The folder for all user data. Not created here; writers create what they need.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "Plenary", "Plenary")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".plenary"))
}
