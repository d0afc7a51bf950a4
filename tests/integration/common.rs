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
        Options {
            project_dir: self.path().to_path_buf(),
            out_dir: self.out(),
            offline: true,
            now: now(),
            cancel: Default::default(),
        }
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

    /// Points every fetchable source that does not already point at 127.0.0.1
    /// to a closed loopback port: tests never reach the internet.
    pub fn keep_on_loopback(&self) {
        for entry in std::fs::read_dir(self.path().join("sources")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let mut out = String::new();
            for line in text.lines() {
                let external = line.trim_start().starts_with("url = \"http") || line.trim_start().starts_with("\"http");
                if external && !line.contains("127.0.0.1") {
                    let start = line.find("http").unwrap();
                    let end = start + line[start..].find('"').unwrap();
                    out.push_str(&format!("{}http://127.0.0.1:9/offline{}\n", &line[..start], &line[end..]));
                } else {
                    out.push_str(line);
                    out.push('\n');
                }
            }
            std::fs::write(&path, out).unwrap();
        }
    }

    /// Builds in English only: for tests of one feature that add sources or
    /// claims without translating them (every other language would fail the
    /// build, as it should, with the missing texts).
    pub fn english_only(&self) -> &Self {
        self.edit("factgap.toml", r#"languages = ["en", "de", "sv", "hr", "ar"]"#, r#"languages = ["en"]"#);
        self
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
        .replace("&#39;", "'")
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

/// A request as the test server saw it.
#[derive(Debug, Clone)]
pub struct Req {
    pub method: String,
    /// Path and query, e.g. `/population/?page=2`.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// A query parameter's value.
    pub fn param(&self, name: &str) -> Option<String> {
        let query = self.target.split_once('?')?.1;
        query
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.replace("%2C", ","))
    }
}

/// What the test server answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub body: Vec<u8>,
    pub headers: Vec<(String, String)>,
    pub delay: std::time::Duration,
    /// Announce more bytes than are sent, then close: a body cut short.
    pub truncate: bool,
}

impl Reply {
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Reply { status, body: body.into(), headers: Vec::new(), delay: std::time::Duration::ZERO, truncate: false }
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    pub fn delay(mut self, secs: f64) -> Self {
        self.delay = std::time::Duration::from_secs_f64(secs);
        self
    }

    pub fn truncated(mut self) -> Self {
        self.truncate = true;
        self
    }
}

type Handler = dyn Fn(usize, &Req) -> Reply + Send + Sync;

/// An HTTP/1.1 server on 127.0.0.1, one thread per connection, answering with
/// a handler given the request number and the request. Stops when dropped.
pub struct TestServer {
    pub url: String,
    pub hits: Arc<AtomicUsize>,
    requests: Arc<std::sync::Mutex<Vec<Req>>>,
    stop: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl TestServer {
    /// Answers with `responses` in order; the last one repeats.
    pub fn start(responses: Vec<(u16, Vec<u8>)>) -> Self {
        Self::handle(move |i, _| {
            let (status, body) = &responses[i.min(responses.len() - 1)];
            Reply::new(*status, body.clone()).header("ETag", &format!("\"v{i}\""))
        })
    }

    pub fn handle(handler: impl Fn(usize, &Req) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let hits = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(std::sync::Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let (stop2, hits2, requests2) = (stop.clone(), hits.clone(), requests.clone());
        let handle = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (handler, hits, requests) = (handler.clone(), hits2.clone(), requests2.clone());
                std::thread::spawn(move || serve(stream, &*handler, &hits, &requests));
            }
        });
        TestServer { url: format!("http://{addr}"), hits, requests, stop, handle: Some(handle) }
    }

    pub fn requests(&self) -> Vec<Req> {
        self.requests.lock().unwrap().clone()
    }
}

fn serve(
    mut stream: std::net::TcpStream,
    handler: &Handler,
    hits: &AtomicUsize,
    requests: &std::sync::Mutex<Vec<Req>>,
) {
    let mut buf = [0u8; 8192];
    let mut data = Vec::new();
    let head_end = loop {
        if let Some(at) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
    };
    let head = String::from_utf8_lossy(&data[..head_end]).to_string();
    let mut lines = head.lines();
    let mut first = lines.next().unwrap_or("").split_whitespace();
    let (method, target) = (first.next().unwrap_or("").to_string(), first.next().unwrap_or("").to_string());
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(": ")).map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let length: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = data[head_end..].to_vec();
    while body.len() < length {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => body.extend_from_slice(&buf[..n]),
        }
    }
    let request = Req { method, target, headers, body };
    let i = hits.fetch_add(1, Ordering::SeqCst);
    requests.lock().unwrap().push(request.clone());
    let reply = handler(i, &request);
    std::thread::sleep(reply.delay);
    let announced = if reply.truncate { reply.body.len() + 100 } else { reply.body.len() };
    let mut out = format!("HTTP/1.1 {} X\r\nContent-Length: {announced}\r\nConnection: close\r\n", reply.status);
    for (k, v) in &reply.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    let _ = stream.write_all(out.as_bytes());
    let _ = stream.write_all(&reply.body);
    let _ = stream.flush();
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
