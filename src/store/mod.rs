//! The snapshot store: every response kept as retrieved, named by its content
//! hash, beside a manifest. Append-only: a failed or invalid fetch is recorded
//! but never replaces the last good snapshot.

use crate::files::{self, FileError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("manifest `{file}` is not valid JSON: {message}")]
    Manifest { file: String, message: String },
}

/// One retrieval of one source.
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
    /// Whether the body parsed and validated; only valid snapshots are ever read.
    pub valid: bool,
    #[serde(default)]
    pub error: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    entries: Vec<ManifestEntry>,
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
    pub extension: &'static str,
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

    /// Every retrieval of `source`, oldest first.
    pub fn entries(&self, source: &str) -> Result<Vec<ManifestEntry>, StoreError> {
        Ok(self.manifest(source)?.entries)
    }

    /// Keeps `body` (once per distinct content) and appends a manifest entry.
    pub fn record(
        &self,
        source: &str,
        body: &[u8],
        retrieval: Retrieval,
        validation: Result<(), String>,
    ) -> Result<ManifestEntry, StoreError> {
        let sha256 = hex(&Sha256::digest(body));
        let file = format!("{sha256}.{}", retrieval.extension);
        let path = self.dir(source).join(&file);
        if !path.exists() {
            write_atomically(&path, body)?;
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
            valid: validation.is_ok(),
            error: validation.err(),
        };
        let mut manifest = self.manifest(source)?;
        manifest.entries.push(entry.clone());
        let json = serde_json::to_string_pretty(&manifest).expect("manifest serializes");
        write_atomically(&self.manifest_path(source), json.as_bytes())?;
        Ok(entry)
    }

    /// The newest valid snapshot of `source` and the path of its body.
    pub fn latest_good(&self, source: &str) -> Result<Option<(ManifestEntry, PathBuf)>, StoreError> {
        let manifest = self.manifest(source)?;
        Ok(manifest.entries.into_iter().rev().find(|e| e.valid).map(|e| {
            let path = self.dir(source).join(&e.file);
            (e, path)
        }))
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let tmp = path.with_extension("partial");
    files::write(&tmp, bytes)?;
    files::rename(&tmp, path)
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
            extension: "json",
        }
    }

    #[test]
    fn same_content_is_stored_once_and_invalid_never_wins() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        store.record("s", b"{\"a\":1}", retrieval(), Ok(())).unwrap();
        store.record("s", b"{\"a\":1}", retrieval(), Ok(())).unwrap();
        store.record("s", b"broken", retrieval(), Err("not JSON".into())).unwrap();
        let bodies = files::list_files(&store.dir("s"), "json").unwrap();
        // two distinct bodies plus the manifest
        assert_eq!(bodies.len(), 3);
        let (good, path) = store.latest_good("s").unwrap().unwrap();
        assert!(good.valid);
        assert_eq!(std::fs::read(path).unwrap(), b"{\"a\":1}");
        assert_eq!(store.entries("s").unwrap().len(), 3);
    }
}
