//! The snapshot store: every response kept as retrieved, named by its content
//! hash, beside a manifest. Append-only: a failed or invalid fetch is recorded
//! but never replaces the last good snapshot. Writes are atomic (temporary
//! file, fsync, rename, fsync of the folder).

use crate::files::{self, FileError};
use crate::project::ReadFormat;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Attempts kept per source (the newest).
const ATTEMPTS_KEPT: usize = 50;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("manifest `{file}` is not valid JSON: {message}")]
    Manifest { file: String, message: String },
}

/// One retrieval of one source that produced a body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestEntry {
    pub url: String,
    pub retrieved_at: DateTime<Utc>,
    pub http_status: u16,
    #[serde(default)]
    pub etag: Option<String>,
    #[serde(default)]
    pub last_modified: Option<String>,
    /// The provider's own last-update time, as it states it.
    #[serde(default)]
    pub provider_updated: Option<String>,
    /// SHA-256 of the body, hex.
    pub sha256: String,
    pub size: u64,
    /// File name inside the source's snapshot folder.
    pub file: String,
    /// How to read the body (a Eurostat source may fall back to the bulk TSV).
    #[serde(default)]
    pub format: Option<ReadFormat>,
    /// Files fetched with it (e.g. CSV tables attached to a Zenodo record).
    #[serde(default)]
    pub files: Vec<StoredFile>,
    /// Whether the body parsed and validated; only valid snapshots are ever read.
    pub valid: bool,
    #[serde(default)]
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredFile {
    pub key: String,
    pub sha256: String,
    pub size: u64,
    pub file: String,
}

/// Every fetch attempt and how it ended, body or not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub at: DateTime<Utc>,
    pub result: AttemptResult,
    #[serde(default)]
    pub message: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttemptResult {
    /// A new valid snapshot.
    Fetched,
    /// The provider confirmed our copy is current (304, or no newer update time).
    NotModified,
    /// A body that failed validation (kept, never read).
    Invalid,
    /// No usable response.
    Failed,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    entries: Vec<ManifestEntry>,
    #[serde(default)]
    attempts: Vec<Attempt>,
}

/// What a fetch learnt about a response, besides its body.
#[derive(Debug, Clone)]
pub struct Retrieval {
    pub url: String,
    pub retrieved_at: DateTime<Utc>,
    pub http_status: u16,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub provider_updated: Option<String>,
    pub format: ReadFormat,
}

/// `sources/snapshots/`.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    pub fn new(sources_dir: &Path) -> Self {
        Store { root: sources_dir.join("snapshots") }
    }

    pub fn dir(&self, source: &str) -> PathBuf {
        self.root.join(source)
    }

    fn manifest_path(&self, source: &str) -> PathBuf {
        self.dir(source).join("manifest.json")
    }

    fn manifest(&self, source: &str) -> Result<Manifest, StoreError> {
        let path = self.manifest_path(source);
        if !path.exists() {
            return Ok(Manifest::default());
        }
        let text = files::read_to_string(&path)?;
        serde_json::from_str(&text)
            .map_err(|e| StoreError::Manifest { file: path.display().to_string(), message: e.to_string() })
    }

    fn save(&self, source: &str, manifest: &Manifest) -> Result<(), StoreError> {
        let json = serde_json::to_string_pretty(manifest).expect("manifest serializes");
        write_atomically(&self.manifest_path(source), json.as_bytes())?;
        Ok(())
    }

    /// Every retrieval of `source` that produced a body, oldest first.
    pub fn entries(&self, source: &str) -> Result<Vec<ManifestEntry>, StoreError> {
        Ok(self.manifest(source)?.entries)
    }

    /// Every attempt, oldest first (the newest few dozen are kept).
    pub fn attempts(&self, source: &str) -> Result<Vec<Attempt>, StoreError> {
        Ok(self.manifest(source)?.attempts)
    }

    /// Keeps a body (once per distinct content) under its hash.
    fn keep(&self, source: &str, body: &[u8], extension: &str) -> Result<(String, String), StoreError> {
        let sha256 = hex(&Sha256::digest(body));
        let file = format!("{sha256}.{extension}");
        let path = self.dir(source).join(&file);
        if !path.exists() {
            write_atomically(&path, body)?;
        }
        Ok((sha256, file))
    }

    /// Keeps `body` and any attached files, and appends a manifest entry and an attempt.
    pub fn record(
        &self,
        source: &str,
        body: &[u8],
        retrieval: Retrieval,
        attached: &[(String, Vec<u8>)],
        validation: Result<(), String>,
    ) -> Result<ManifestEntry, StoreError> {
        let (sha256, file) = self.keep(source, body, retrieval.format.extension())?;
        let mut files = Vec::new();
        for (key, bytes) in attached {
            let extension = Path::new(key).extension().and_then(|e| e.to_str()).unwrap_or("bin");
            let (sha, name) = self.keep(source, bytes, extension)?;
            files.push(StoredFile { key: key.clone(), sha256: sha, size: bytes.len() as u64, file: name });
        }
        let entry = ManifestEntry {
            url: retrieval.url,
            retrieved_at: retrieval.retrieved_at,
            http_status: retrieval.http_status,
            etag: retrieval.etag,
            last_modified: retrieval.last_modified,
            provider_updated: retrieval.provider_updated,
            sha256,
            size: body.len() as u64,
            file,
            format: Some(retrieval.format),
            files,
            valid: validation.is_ok(),
            error: validation.err(),
        };
        let mut manifest = self.manifest(source)?;
        let (result, message) =
            if entry.valid { (AttemptResult::Fetched, None) } else { (AttemptResult::Invalid, entry.error.clone()) };
        push_attempt(&mut manifest, Attempt { at: entry.retrieved_at, result, message });
        manifest.entries.push(entry.clone());
        self.save(source, &manifest)?;
        Ok(entry)
    }

    /// Records an attempt that produced no new body (304, or a failure).
    pub fn record_attempt(&self, source: &str, attempt: Attempt) -> Result<(), StoreError> {
        let mut manifest = self.manifest(source)?;
        push_attempt(&mut manifest, attempt);
        self.save(source, &manifest)
    }

    /// The newest valid snapshot of `source` and the path of its body.
    pub fn latest_good(&self, source: &str) -> Result<Option<(ManifestEntry, PathBuf)>, StoreError> {
        let manifest = self.manifest(source)?;
        Ok(manifest.entries.into_iter().rev().find(|e| e.valid).map(|e| {
            let path = self.dir(source).join(&e.file);
            (e, path)
        }))
    }

    /// When the provider last confirmed our newest good copy: its retrieval,
    /// or a later "not modified" answer.
    pub fn last_confirmed(&self, source: &str) -> Result<Option<DateTime<Utc>>, StoreError> {
        let manifest = self.manifest(source)?;
        let retrieved = manifest.entries.iter().rev().find(|e| e.valid).map(|e| e.retrieved_at);
        let confirmed = manifest.attempts.iter().filter(|a| a.result == AttemptResult::NotModified).map(|a| a.at).max();
        Ok(match (retrieved, confirmed) {
            (Some(r), Some(c)) => Some(r.max(c)),
            (r, None) => r,
            (None, Some(_)) => None,
        })
    }
}

fn push_attempt(manifest: &mut Manifest, attempt: Attempt) {
    manifest.attempts.push(attempt);
    let excess = manifest.attempts.len().saturating_sub(ATTEMPTS_KEPT);
    manifest.attempts.drain(..excess);
}

/// Temporary file, fsync, rename, fsync of the folder: a crash leaves the old file or the new one.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let dir = path.parent().expect("store paths have a folder");
    files::create_dir_all(dir)?;
    let tmp = path.with_extension("partial");
    let fail = |action: &'static str, p: &Path| {
        let p = p.to_path_buf();
        move |source| FileError { action, path: p, source }
    };
    let mut file = std::fs::File::create(&tmp).map_err(fail("cannot write", &tmp))?;
    file.write_all(bytes).map_err(fail("cannot write", &tmp))?;
    file.sync_all().map_err(fail("cannot sync", &tmp))?;
    files::rename(&tmp, path)?;
    if let Ok(folder) = std::fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn retrieval() -> Retrieval {
        Retrieval {
            url: "http://127.0.0.1/x".into(),
            retrieved_at: "2026-11-01T00:00:00Z".parse().unwrap(),
            http_status: 200,
            etag: None,
            last_modified: None,
            provider_updated: None,
            format: ReadFormat::Jsonstat,
        }
    }

    #[test]
    fn same_content_is_stored_once_and_invalid_never_wins() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        store.record("s", b"{\"a\":1}", retrieval(), &[], Ok(())).unwrap();
        store.record("s", b"{\"a\":1}", retrieval(), &[], Ok(())).unwrap();
        store.record("s", b"broken", retrieval(), &[], Err("not JSON".into())).unwrap();
        let bodies = files::list_files(&store.dir("s"), "json").unwrap();
        // two distinct bodies plus the manifest
        assert_eq!(bodies.len(), 3);
        let (good, path) = store.latest_good("s").unwrap().unwrap();
        assert!(good.valid);
        assert_eq!(std::fs::read(path).unwrap(), b"{\"a\":1}");
        assert_eq!(store.entries("s").unwrap().len(), 3);
        let results: Vec<AttemptResult> = store.attempts("s").unwrap().iter().map(|a| a.result).collect();
        assert_eq!(results, [AttemptResult::Fetched, AttemptResult::Fetched, AttemptResult::Invalid]);
        assert!(!store.dir("s").join("manifest.partial").exists());
    }

    #[test]
    fn a_not_modified_answer_confirms_the_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        store.record("s", b"{}", retrieval(), &[], Ok(())).unwrap();
        let later: DateTime<Utc> = "2026-11-20T00:00:00Z".parse().unwrap();
        store.record_attempt("s", Attempt { at: later, result: AttemptResult::NotModified, message: None }).unwrap();
        assert_eq!(store.last_confirmed("s").unwrap(), Some(later));
    }
}
