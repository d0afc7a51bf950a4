//! Shared helpers: fixture paths, a copy of the bundled project in a temp
//! folder, HTML text extraction, and a loopback HTTP server.

use chrono::{DateTime, Utc};
use factgap::pipeline::{self, Options, RunReport};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use tempfile::TempDir;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// The recorded real responses beside the clone, when CI or a developer has them.
pub fn shared_fixture(rel: &str) -> Option<PathBuf> {
    let path = repo().join("../shared/fixtures").join(rel);
    if path.exists() {
        Some(path)
    } else {
        eprintln!("note: ../shared/fixtures/{rel} is absent; covered by the own fixture instead");
        None
    }
}

pub fn now() -> DateTime<Utc> {
    "2026-11-24T06:00:00Z".parse().unwrap()
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A project folder in a temp dir, removed when dropped.
pub struct TestProject {
    pub dir: TempDir,
}

impl TestProject {
    /// The repository's own project: settings, sources (seeds, no snapshots) and templates.
    pub fn bundled() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let root = repo();
        std::fs::copy(root.join("factgap.toml"), dir.path().join("factgap.toml")).unwrap();
        copy_dir(&root.join("templates"), &dir.path().join("templates"));
        std::fs::create_dir_all(dir.path().join("sources")).unwrap();
        for entry in std::fs::read_dir(root.join("sources")).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name();
            if name == "snapshots" {
                continue;
            }
            if entry.file_type().unwrap().is_dir() {
                copy_dir(&entry.path(), &dir.path().join("sources").join(&name));
            } else {
                std::fs::copy(entry.path(), dir.path().join("sources").join(&name)).unwrap();
            }
        }
        TestProject { dir }
    }

    /// A fixture project from `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&fixture(name), dir.path());
        TestProject { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.path().join("output")
    }

    pub fn options(&self) -> Options {
        Options { project_dir: self.path().to_path_buf(), out_dir: self.out(), offline: true, now: now() }
    }

    pub fn build(&self) -> RunReport {
        pipeline::build(&self.options()).expect("build succeeds")
    }

    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    /// A page of the built site, with HTML entities decoded.
    pub fn page(&self, rel: &str) -> String {
        unescape(&self.read(&format!("output/site/{rel}")))
    }

    /// Replaces `from` with `to` in a project file; panics if `from` is absent.
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, text.replacen(from, to, 1));
    }
}

pub fn unescape(html: &str) -> String {
    html.replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every file under `dir` with its bytes, keyed by relative path.
pub fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    fn walk(base: &Path, dir: &Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                out.insert(path.strip_prefix(base).unwrap().display().to_string(), std::fs::read(&path).unwrap());
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

/// A one-thread HTTP/1.1 server on 127.0.0.1 that answers every request with
/// the next canned response (the last one repeats). Stops when dropped.
pub struct TestServer {
    pub url: String,
    pub hits: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl TestServer {
    pub fn start(responses: Vec<(u16, Vec<u8>)>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let hits = Arc::new(AtomicUsize::new(0));
        let (stop2, hits2) = (stop.clone(), hits.clone());
        let handle = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(mut stream) = stream else { continue };
                let mut buf = [0u8; 8192];
                let mut request = Vec::new();
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let i = hits2.fetch_add(1, Ordering::SeqCst);
                let (status, body) = &responses[i.min(responses.len() - 1)];
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nETag: \"v{i}\"\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body);
            }
        });
        TestServer { url: format!("http://{addr}"), hits, stop, handle: Some(handle) }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = std::net::TcpStream::connect(self.url.trim_start_matches("http://"));
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}
