//! Safe file writes for user data: temp file in the same folder, fsync, rename, and the
//! previous good version kept as `NAME.bak`. A damaged file is moved aside, never overwritten.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically: readers see the old content or the new, never a mix.
/// The previous version, if any, is kept as `path.bak`.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically(path, bytes, true)
}

/// Writes `bytes` to `path` atomically (temp file in the same folder, fsync, rename), keeping
/// no backup: for files the user asked for, such as exports. The folder must exist.
pub fn atomic_replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically(path, bytes, false)
}

fn write_atomically(path: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    let dir = parent_dir(path);
    if keep_backup {
        fs::create_dir_all(dir)?;
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{}.", file_name(path)))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    if keep_backup && path.exists() {
        // Keep the last good version: a hard link is atomic and leaves `path` in place.
        let backup = backup_path(path);
        let _ = fs::remove_file(&backup);
        if fs::hard_link(path, &backup).is_err() {
            fs::copy(path, &backup)?;
        }
    }
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(dir);
    Ok(())
}

/// `notes.json` -> `notes.json.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// How many copies set aside (damaged files, older backups) are kept per file and kind; older
/// ones are deleted when another is set aside.
pub const COPIES_KEPT: usize = 5;

/// Moves a damaged file aside as `NAME.damaged-UNIXTIME` (never overwriting an earlier one)
/// and returns where it went. Only the newest [`COPIES_KEPT`] damaged copies of a file are
/// kept.
pub fn move_aside(path: &Path) -> io::Result<PathBuf> {
    set_aside(path, "damaged")
}

/// Moves `path` aside as `NAME.TAG-UNIXTIME` (or `NAME.TAG-UNIXTIME-N`, never overwriting an
/// earlier copy), deletes all but the newest [`COPIES_KEPT`] copies with that tag, and
/// returns where it went.
pub fn set_aside(path: &Path, tag: &str) -> io::Result<PathBuf> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let base = format!("{}.{tag}-", file_name(path));
    // After the newest copy there is (never a name freed by pruning, even if the clock went
    // back), so that the order of names is the order of age.
    let (stamp, first) = match copies(path, &base).last() {
        Some(((newest, n), _)) if *newest >= stamp => (*newest, n + 1),
        _ => (stamp, 0),
    };
    for n in first..first.saturating_add(1000) {
        let name = if n == 0 {
            format!("{base}{stamp}")
        } else {
            format!("{base}{stamp}-{n}")
        };
        let target = path.with_file_name(name);
        if !target.exists() {
            fs::rename(path, &target)?;
            prune(path, &base);
            sync_dir(parent_dir(path));
            return Ok(target);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "too many copies set aside",
    ))
}

/// The copies named `BASE` + `STAMP` or `BASE` + `STAMP-N` beside `path`, oldest first.
fn copies(path: &Path, base: &str) -> Vec<((u64, u32), PathBuf)> {
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return Vec::new();
    };
    let mut found: Vec<((u64, u32), PathBuf)> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name();
            let rest = name.to_str()?.strip_prefix(base)?;
            let (stamp, n) = rest.split_once('-').unwrap_or((rest, "0"));
            let order = (stamp.parse().ok()?, n.parse().ok()?);
            Some((order, entry.path()))
        })
        .collect();
    found.sort();
    found
}

/// Deletes all but the newest [`COPIES_KEPT`] copies.
fn prune(path: &Path, base: &str) {
    let found = copies(path, base);
    let extra = found.len().saturating_sub(COPIES_KEPT);
    for (_, old) in found.into_iter().take(extra) {
        let _ = fs::remove_file(old);
    }
}

/// An advisory lock held for the life of the value (on `NAME.lock` beside the file), so
/// two instances of the program read-merge-write one after the other.
pub struct FileLock {
    _file: File,
}

impl FileLock {
    /// Blocks until the lock for `path` is held.
    pub fn acquire(path: &Path) -> io::Result<FileLock> {
        let mut name = path
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_default();
        name.push(".lock");
        let lock_path = path.with_file_name(name);
        fs::create_dir_all(parent_dir(path))?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock_path)?;
        file.lock()?;
        Ok(FileLock { _file: file })
    }
}

/// Removes temp files left beside `path` by a writer that died before renaming them (a
/// crash, a killed process). Only call it while holding `path`'s [`FileLock`], so that no
/// live writer's temp file is taken. Returns how many were removed.
pub fn remove_stale_temps(path: &Path) -> usize {
    let prefix = format!(".{}.", file_name(path));
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix)
            && name.ends_with(".tmp")
            && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "data".into())
}

/// Makes a rename durable on Unix; a no-op where folders cannot be opened.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_atomically_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        atomic_write(&path, b"one").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"one");
        assert!(!backup_path(&path).exists());
        atomic_write(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn move_aside_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.json");
        fs::write(&path, b"bad1").unwrap();
        let first = move_aside(&path).unwrap();
        fs::write(&path, b"bad2").unwrap();
        let second = move_aside(&path).unwrap();
        assert_ne!(first, second);
        assert_eq!(fs::read(first).unwrap(), b"bad1");
        assert_eq!(fs::read(second).unwrap(), b"bad2");
        assert!(!path.exists());
    }

    #[test]
    fn stale_temps_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.json");
        atomic_write(&path, b"{}").unwrap();
        fs::write(dir.path().join(".n.json.abc123.tmp"), b"half").unwrap();
        fs::write(dir.path().join(".m.json.abc123.tmp"), b"other file").unwrap();
        assert_eq!(remove_stale_temps(&path), 1);
        assert!(dir.path().join(".m.json.abc123.tmp").exists());
        assert_eq!(fs::read(&path).unwrap(), b"{}");
    }
}
