//! What a site build reads, hashed, so that a run with nothing new skips the
//! build: the project's files, the durable state the pages show (changelog,
//! published facts, pinned cards, briefings), this factgap binary, each
//! source's freshness, the facts held back, the briefing archive, and the parts of the clock a page
//! shows (the month; the day too when a figure has no date of its own).
//!
//! A fingerprint is kept beside the site only after a build that equalled the
//! live site and had no changelog entry to add: then the same inputs are known
//! to give the same site. Any other build forgets it, so the run after a change
//! builds in full once more.

use super::PublishInput;
use crate::files::{self, FileError};
use crate::state::Durable;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The hash of one build's inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fingerprint(String);

/// `<out>/site.fingerprint`: the inputs the live site was last built from, and its file count.
fn kept_at(out_dir: &Path) -> PathBuf {
    out_dir.join("site.fingerprint")
}

impl Fingerprint {
    /// `None` when the binary cannot be identified: then every run builds.
    pub fn of(input: &PublishInput) -> Result<Option<Fingerprint>, FileError> {
        let Some(binary) = binary_identity() else { return Ok(None) };
        let mut hash = Sha256::new();
        let mut part = |label: &str, bytes: &[u8]| {
            hash.update(label.as_bytes());
            hash.update((bytes.len() as u64).to_le_bytes());
            hash.update(bytes);
        };
        part("fingerprint", b"1");
        part("binary", binary.as_bytes());
        part("out", input.out_dir.to_string_lossy().as_bytes());
        let root = &input.project.root;
        let durable = Durable::at(input.out_dir);
        let inputs = [
            root.join("factgap.toml"),
            root.join("sources"),
            root.join("templates"),
            durable.changelog(),
            durable.published(),
            durable.card_pins(),
            durable.briefings(),
        ];
        for path in inputs {
            for file in files_under(&path)? {
                part(&file.to_string_lossy(), &files::read(&file)?);
            }
        }
        let normalized = input.normalized;
        part("sources", format!("{:?}", normalized.sources).as_bytes());
        part("month", input.now.format("%Y-%m").to_string().as_bytes());
        part("data date", super::data_date(normalized, input.now).as_bytes());
        // A figure without a date of its own is dated by the run's day (a source
        // left out has no figure to date).
        let undated =
            |s: &&crate::normalize::SourceData| s.as_of.is_none() && s.origin != crate::normalize::Origin::Missing;
        if normalized.sources.iter().filter(|s| !s.example).any(|s| undated(&s)) {
            part("day", input.now.format("%Y-%m-%d").to_string().as_bytes());
        }
        part("held back", format!("{:?}", input.held_back).as_bytes());
        // The archive as this run lists it, a briefing not yet on disk included.
        part("briefings", format!("{:?}", input.briefings).as_bytes());
        let digest = hash.finalize();
        Ok(Some(Fingerprint(digest.iter().map(|b| format!("{b:02x}")).collect())))
    }

    /// The live site's file count, when it was built from exactly these inputs.
    pub fn live_files(&self, out_dir: &Path) -> Option<usize> {
        if !out_dir.join("site/status.json").is_file() {
            return None;
        }
        let kept = std::fs::read_to_string(kept_at(out_dir)).ok()?;
        let (hash, files) = kept.trim().split_once(' ')?;
        (hash == self.0).then(|| files.parse().ok()).flatten()
    }

    /// Records that the live site (of `files` files) is what these inputs build.
    pub fn keep(&self, out_dir: &Path, files: usize) -> Result<(), FileError> {
        let path = kept_at(out_dir);
        let partial = path.with_extension("partial");
        files::write(&partial, format!("{} {files}\n", self.0))?;
        files::rename(&partial, &path)
    }

    /// The live site is no longer known to match any inputs.
    pub fn forget(out_dir: &Path) -> Result<(), FileError> {
        match std::fs::remove_file(kept_at(out_dir)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(FileError { action: "cannot remove", path: kept_at(out_dir), source: e })
            }
            _ => Ok(()),
        }
    }
}

/// This binary's path, size and modification time: a rebuilt factgap may build other pages.
fn binary_identity() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(&exe).ok()?;
    let modified = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    Some(format!("{} {} {}", exe.display(), meta.len(), modified.as_nanos()))
}

/// Every file at `path` (the file itself, or all under a folder), sorted; none if it is absent.
fn files_under(path: &Path) -> Result<Vec<PathBuf>, FileError> {
    let mut out = Vec::new();
    if path.is_file() {
        out.push(path.to_path_buf());
    } else if path.is_dir() {
        let entries = std::fs::read_dir(path).map_err(|source| FileError {
            action: "cannot list",
            path: path.to_path_buf(),
            source,
        })?;
        let mut children: Vec<PathBuf> = Vec::new();
        for entry in entries {
            let entry =
                entry.map_err(|source| FileError { action: "cannot list", path: path.to_path_buf(), source })?;
            children.push(entry.path());
        }
        children.sort();
        for child in children {
            out.extend(files_under(&child)?);
        }
    }
    Ok(out)
}
