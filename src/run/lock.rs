//! One run at a time, also across processes: an exclusive `flock(2)` on
//! `<out>/factgap.lock`, which holds the holder's process id. The kernel
//! releases the lock when its holder exits or dies, so a lock left by a dead
//! process is simply taken over, with no window in which two runs could both
//! believe they hold it.

use crate::files::{self, FileError};
use std::io::{Seek, Write};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another factgap run (process {pid}) holds `{}`; runs never overlap", path.display())]
    Busy { pid: String, path: PathBuf },
    #[error(transparent)]
    File(#[from] FileError),
}

/// Held while it lives; released when dropped (or when the process ends).
#[derive(Debug)]
pub struct RunLock {
    file: std::fs::File,
}

impl RunLock {
    /// Takes the lock `<dir>/factgap.lock`, or says who holds it.
    pub fn acquire(dir: &Path) -> Result<RunLock, LockError> {
        files::create_dir_all(dir)?;
        let path = dir.join("factgap.lock");
        let fail = |source| FileError { action: "cannot open", path: path.clone(), source };
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(fail)?;
        // SAFETY: flock on a descriptor this function owns.
        if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
            let pid = std::fs::read_to_string(&path).unwrap_or_default().trim().to_string();
            return Err(LockError::Busy { pid, path });
        }
        let previous = std::fs::read_to_string(&path).unwrap_or_default();
        if !previous.trim().is_empty() {
            tracing::debug!("taking over the lock `{}` last held by process {}", path.display(), previous.trim());
        }
        file.set_len(0).map_err(fail)?;
        file.rewind().map_err(fail)?;
        writeln!(file, "{}", std::process::id()).map_err(fail)?;
        file.sync_all().map_err(fail)?;
        Ok(RunLock { file })
    }
}

impl Drop for RunLock {
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
        // SAFETY: unlocking the descriptor this lock owns; closing it would release it too.
        unsafe { libc::flock(self.file.as_raw_fd(), libc::LOCK_UN) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_holder_blocks_others_and_a_dead_holders_lock_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let held = RunLock::acquire(dir.path()).unwrap();
        let err = RunLock::acquire(dir.path()).unwrap_err();
        assert!(matches!(&err, LockError::Busy { pid, .. } if *pid == std::process::id().to_string()), "{err}");
        drop(held);
        // A lock file left by a process that is gone: nobody holds the flock.
        std::fs::write(dir.path().join("factgap.lock"), "4194305\n").unwrap();
        let taken = RunLock::acquire(dir.path()).unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.path().join("factgap.lock")).unwrap().trim(),
            std::process::id().to_string()
        );
        drop(taken);
        assert!(RunLock::acquire(dir.path()).is_ok(), "released on drop");
    }
}
