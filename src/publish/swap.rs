//! Swapping a freshly built folder into place whole. On Linux the exchange is
//! one atomic `renameat2(RENAME_EXCHANGE)`: a run killed at any moment leaves
//! either the old site or the new one, never half of either.

use crate::files::{self, FileError};
use std::path::Path;

/// Moves `built` to `target`; the old `target`, if any, becomes `previous`.
pub fn swap_into_place(built: &Path, target: &Path, previous: &Path) -> Result<(), FileError> {
    if !target.exists() {
        return files::rename(built, target);
    }
    exchange(built, target)?;
    // `built` now holds the old site.
    files::remove_dir_all_if_exists(previous)?;
    files::rename(built, previous)
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> Result<(), FileError> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let to_c = |p: &Path| CString::new(p.as_os_str().as_bytes()).expect("paths have no NUL");
    let (ca, cb) = (to_c(a), to_c(b));
    // SAFETY: both pointers are valid NUL-terminated strings for the duration of the call.
    let rc =
        unsafe { libc::renameat2(libc::AT_FDCWD, ca.as_ptr(), libc::AT_FDCWD, cb.as_ptr(), libc::RENAME_EXCHANGE) };
    if rc == 0 {
        Ok(())
    } else {
        Err(FileError {
            action: "cannot swap into place",
            path: b.to_path_buf(),
            source: std::io::Error::last_os_error(),
        })
    }
}

/// Elsewhere: three renames. A crash between the first two leaves no `site`
/// but the old one whole at `site.swapping`; only Linux gets the atomic exchange.
#[cfg(not(target_os = "linux"))]
fn exchange(a: &Path, b: &Path) -> Result<(), FileError> {
    let parked = b.with_extension("swapping");
    files::remove_dir_all_if_exists(&parked)?;
    files::rename(b, &parked)?;
    files::rename(a, b)?;
    files::rename(&parked, a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_new_folder_replaces_the_old_which_is_kept_as_previous() {
        let dir = tempfile::tempdir().unwrap();
        let (built, site, prev) = (dir.path().join("b"), dir.path().join("site"), dir.path().join("site.previous"));
        files::write(&site.join("index.html"), "old").unwrap();
        files::write(&built.join("index.html"), "new").unwrap();
        swap_into_place(&built, &site, &prev).unwrap();
        assert_eq!(std::fs::read_to_string(site.join("index.html")).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(prev.join("index.html")).unwrap(), "old");
        assert!(!built.exists());
    }
}
