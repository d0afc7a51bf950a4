//! One run at a time, also across processes: a lock file holding the
//! process id of its holder. A lock left by a process that no longer exists
//! is taken over; a live holder makes the new run refuse to start.

use crate::files::{self, FileError};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another factgap run (process {pid}) holds `{}`; runs never overlap", path.display())]
    Busy { pid: u32, path: PathBuf },
    #[error(transparent)]
    File(#[from] FileError),
}

/// Held while it lives; the lock file is removed on drop.
#[derive(Debug)]
pub struct RunLock {
    path: PathBuf,
}

impl RunLock {
    /// Takes `<dir>/factgap.lock`.
    pub fn acquire(dir: &Path) -> Result<RunLock, LockError> {
        files::create_dir_all(dir)?;
        let path = dir.join("factgap.lock");
        for _ in 0..3 {
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut file) => {
                    let _ = writeln!(file, "{}", std::process::id());
                    let _ = file.sync_all();
                    return Ok(RunLock { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let holder = std::fs::read_to_string(&path).ok().and_then(|t| t.trim().parse::<u32>().ok());
                    match holder {
                        Some(pid) if alive(pid) => return Err(LockError::Busy { pid, path }),
                        // Dead holder (or a half-written file): take it over.
                        _ => {
                            tracing::warn!("taking over the lock `{}` left by a process that is gone", path.display());
                            let _ = std::fs::remove_file(&path);
                        }
                    }
                }
                Err(source) => return Err(FileError { action: "cannot create", path, source }.into()),
            }
        }
        Err(LockError::Busy { pid: 0, path })
    }
}

impl Drop for RunLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether a process with this id exists (signal 0 checks without sending).
fn alive(pid: u32) -> bool {
    if pid == 0 {
        return false;
    }
    // SAFETY: kill with signal 0 only checks for the process's existence.
    let rc = unsafe { libc::kill(pid as libc::pid_t, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_live_holder_blocks_and_a_dead_one_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let held = RunLock::acquire(dir.path()).unwrap();
        let err = RunLock::acquire(dir.path()).unwrap_err();
        assert!(matches!(err, LockError::Busy { pid, .. } if pid == std::process::id()));
        drop(held);
        // A lock file naming a process that cannot exist.
        std::fs::write(dir.path().join("factgap.lock"), "4194305\n").unwrap();
        let taken = RunLock::acquire(dir.path()).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("factgap.lock")).unwrap().trim(),
            std::process::id().to_string()
        );
        drop(taken);
        assert!(!dir.path().join("factgap.lock").exists());
    }
}
