//! Shared HTTP behaviour for every connector: timeouts, bounded retries with
//! exponential backoff and jitter (on timeouts, 5xx and 429, honouring
//! `Retry-After`; never on other 4xx), conditional requests, a body cap,
//! gzip (also when a server sends it without saying so), and per-host
//! concurrency and call-rate limits.

use crate::config::FetchConfig;
use crate::project::Method;
use std::collections::{BTreeMap, VecDeque};
use std::hash::{BuildHasher, Hasher};
use std::io::Read;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;

/// How often a host may be asked: at most `concurrency` requests at once and
/// `max_calls` per `window`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    pub concurrency: u32,
    pub max_calls: u32,
    pub window: Duration,
}

/// One request.
#[derive(Debug, Clone)]
pub struct Request {
    pub url: String,
    pub method: Method,
    pub body: Option<String>,
    /// Validators of the copy we hold, for a conditional request.
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub accept: Option<&'static str>,
    /// Content type of a `POST` body; JSON unless said otherwise.
    pub content_type: Option<&'static str>,
    /// Further headers (GENESIS takes its credentials in `username`/`password`).
    pub headers: Vec<(&'static str, String)>,
    pub limits: Limits,
}

impl Request {
    pub fn get(url: impl Into<String>, limits: Limits) -> Self {
        Request {
            url: url.into(),
            method: Method::Get,
            body: None,
            etag: None,
            last_modified: None,
            accept: None,
            content_type: None,
            headers: Vec::new(),
            limits,
        }
    }
}

/// A successful answer.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    /// 304: the copy we hold is current.
    pub not_modified: bool,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub body: Vec<u8>,
    pub attempts: u32,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum HttpError {
    #[error("timed out after {attempts} attempt(s)")]
    Timeout { attempts: u32 },
    #[error("HTTP {status} after {attempts} attempt(s){}", detail(.body))]
    Status { status: u16, attempts: u32, body: Vec<u8> },
    #[error("response larger than the {cap}-byte cap")]
    TooLarge { cap: u64 },
    #[error("the body was cut short: {message}")]
    Truncated { message: String },
    #[error("{message}")]
    Connect { message: String },
}

/// The first line of an error body, for messages.
fn detail(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(300)]);
    let line = text.lines().next().unwrap_or("").trim();
    if line.is_empty() { String::new() } else { format!(": {line}") }
}

/// Per-host gate: a semaphore for concurrency and the times of recent calls.
struct Host {
    permits: tokio::sync::Semaphore,
    /// The call window; a provider's own configuration may tighten it.
    limits: Mutex<Limits>,
    calls: tokio::sync::Mutex<VecDeque<Instant>>,
}

/// The HTTP client of one run.
pub struct Http {
    client: reqwest::Client,
    hosts: Mutex<BTreeMap<String, Arc<Host>>>,
    max_attempts: u32,
    retry_base: Duration,
    retry_max: Duration,
    cap: u64,
}

impl Http {
    pub fn new(config: &FetchConfig) -> Result<Http, String> {
        let client = reqwest::Client::builder()
            .user_agent(format!("factgap/{} (+mailto:{})", env!("CARGO_PKG_VERSION"), config.contact))
            .connect_timeout(Duration::from_secs(config.connect_timeout_secs))
            .timeout(Duration::from_secs_f64(config.timeout_secs))
            .gzip(true)
            .build()
            .map_err(|e| e.to_string())?;
        Ok(Http {
            client,
            hosts: Mutex::new(BTreeMap::new()),
            max_attempts: config.max_attempts.max(1),
            retry_base: Duration::from_secs_f64(config.retry_base_secs),
            retry_max: Duration::from_secs_f64(config.retry_max_secs),
            cap: config.max_body_bytes,
        })
    }

    fn host(&self, url: &str, limits: Limits) -> Arc<Host> {
        let key = reqwest::Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_default();
        let mut hosts = self.hosts.lock().expect("host table lock");
        hosts
            .entry(key)
            .or_insert_with(|| {
                Arc::new(Host {
                    permits: tokio::sync::Semaphore::new(limits.concurrency.max(1) as usize),
                    limits: Mutex::new(limits),
                    calls: tokio::sync::Mutex::new(VecDeque::new()),
                })
            })
            .clone()
    }

    /// Applies a provider's own published call window (e.g. PxWeb's `/config`) to its host.
    pub fn set_window(&self, url: &str, max_calls: u32, window: Duration) {
        let host = self.host(url, Limits { concurrency: 1, max_calls, window });
        let mut limits = host.limits.lock().expect("limits lock");
        limits.max_calls = max_calls;
        limits.window = window;
    }

    /// Sends `request`, retrying what is worth retrying.
    pub async fn send(&self, request: &Request) -> Result<Response, HttpError> {
        let host = self.host(&request.url, request.limits);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let result = {
                let _permit = host.permits.acquire().await.expect("semaphore never closed");
                wait_for_slot(&host).await;
                self.once(request).await
            };
            let retry_after = match &result {
                Err(Attempt::Timeout) => None,
                Err(Attempt::Status { status, retry_after, .. }) if *status == 429 || *status >= 500 => *retry_after,
                _ => {
                    return result
                        .map(|mut r| {
                            r.attempts = attempt;
                            r
                        })
                        .map_err(|e| e.into_error(attempt));
                }
            };
            if attempt >= self.max_attempts {
                return Err(result.expect_err("only failures retry").into_error(attempt));
            }
            // A server that asks for a longer wait than we allow is not asked again early.
            if retry_after.is_some_and(|wait| wait > self.retry_max) {
                return Err(result.expect_err("only failures retry").into_error(attempt));
            }
            let delay = retry_after.unwrap_or_else(|| backoff(self.retry_base, attempt)).min(self.retry_max);
            tracing::debug!(url = %request.url, attempt, ?delay, "retrying");
            tokio::time::sleep(delay).await;
        }
    }

    async fn once(&self, request: &Request) -> Result<Response, Attempt> {
        let mut builder = match request.method {
            Method::Get => self.client.get(&request.url),
            Method::Post => self
                .client
                .post(&request.url)
                .header(reqwest::header::CONTENT_TYPE, request.content_type.unwrap_or("application/json")),
        };
        for (name, value) in &request.headers {
            builder = builder.header(*name, value);
        }
        if let Some(body) = &request.body {
            builder = builder.body(body.clone());
        }
        if let Some(etag) = &request.etag {
            builder = builder.header(reqwest::header::IF_NONE_MATCH, etag);
        }
        if let Some(last_modified) = &request.last_modified {
            builder = builder.header(reqwest::header::IF_MODIFIED_SINCE, last_modified);
        }
        if let Some(accept) = request.accept {
            builder = builder.header(reqwest::header::ACCEPT, accept);
        }
        let mut response = builder
            .send()
            .await
            .map_err(|e| if e.is_timeout() { Attempt::Timeout } else { Attempt::Connect(innermost(&e)) })?;
        let status = response.status().as_u16();
        let header = |name: reqwest::header::HeaderName, r: &reqwest::Response| {
            r.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
        };
        let etag = header(reqwest::header::ETAG, &response);
        let last_modified = header(reqwest::header::LAST_MODIFIED, &response);
        let retry_after = header(reqwest::header::RETRY_AFTER, &response).and_then(|v| parse_retry_after(&v));
        if status == 304 {
            return Ok(Response { status, not_modified: true, etag, last_modified, body: Vec::new(), attempts: 0 });
        }
        if response.content_length().is_some_and(|len| len > self.cap) {
            return Err(Attempt::TooLarge(self.cap));
        }
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    body.extend_from_slice(&chunk);
                    if body.len() as u64 > self.cap {
                        return Err(Attempt::TooLarge(self.cap));
                    }
                }
                Ok(None) => break,
                Err(e) if e.is_timeout() => return Err(Attempt::Timeout),
                Err(e) => return Err(Attempt::Truncated(innermost(&e))),
            }
        }
        if !(200..300).contains(&status) {
            return Err(Attempt::Status { status, retry_after, body });
        }
        let body = gunzip_if_needed(body, self.cap).map_err(Attempt::Truncated)?;
        Ok(Response { status, not_modified: false, etag, last_modified, body, attempts: 0 })
    }
}

/// One attempt's failure, before we know whether it will be retried.
enum Attempt {
    Timeout,
    Status { status: u16, retry_after: Option<Duration>, body: Vec<u8> },
    TooLarge(u64),
    Truncated(String),
    Connect(String),
}

impl Attempt {
    fn into_error(self, attempts: u32) -> HttpError {
        match self {
            Attempt::Timeout => HttpError::Timeout { attempts },
            Attempt::Status { status, body, .. } => HttpError::Status { status, attempts, body },
            Attempt::TooLarge(cap) => HttpError::TooLarge { cap },
            Attempt::Truncated(message) => HttpError::Truncated { message },
            Attempt::Connect(message) => HttpError::Connect { message },
        }
    }
}

/// Waits until the host's call window has room, then records this call.
async fn wait_for_slot(host: &Host) {
    loop {
        let limits = *host.limits.lock().expect("limits lock");
        let wait = {
            let mut calls = host.calls.lock().await;
            let now = Instant::now();
            while calls.front().is_some_and(|t| now.duration_since(*t) >= limits.window) {
                calls.pop_front();
            }
            if (calls.len() as u32) < limits.max_calls.max(1) {
                calls.push_back(now);
                return;
            }
            limits.window - now.duration_since(*calls.front().expect("full window has calls"))
        };
        tokio::time::sleep(wait).await;
    }
}

/// base × 2^(attempt-1), scaled by a random factor in [0.5, 1.5).
fn backoff(base: Duration, attempt: u32) -> Duration {
    let exp = base.saturating_mul(1 << (attempt - 1).min(16));
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(attempt);
    let jitter = 0.5 + (hasher.finish() % 1000) as f64 / 1000.0;
    exp.mul_f64(jitter)
}

/// `Retry-After`: delay-seconds or an HTTP date.
fn parse_retry_after(value: &str) -> Option<Duration> {
    if let Ok(secs) = value.trim().parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = httpdate::parse_http_date(value.trim()).ok()?;
    Some(at.duration_since(std::time::SystemTime::now()).unwrap_or_default())
}

/// Some servers send gzip without `Content-Encoding`: sniff the magic bytes.
fn gunzip_if_needed(body: Vec<u8>, cap: u64) -> Result<Vec<u8>, String> {
    if !body.starts_with(&[0x1f, 0x8b]) {
        return Ok(body);
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&body[..])
        .take(cap + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("gzip body: {e}"))?;
    if out.len() as u64 > cap {
        return Err(format!("gzip body larger than the {cap}-byte cap"));
    }
    Ok(out)
}

/// The innermost cause, which is what a person can act on ("connection refused").
fn innermost(error: &reqwest::Error) -> String {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        message = inner.to_string();
        source = inner.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_exponentially_with_jitter() {
        let base = Duration::from_millis(100);
        for attempt in 1..5 {
            let d = backoff(base, attempt);
            let nominal = base * (1 << (attempt - 1));
            assert!(d >= nominal.mul_f64(0.5) && d < nominal.mul_f64(1.5), "{attempt}: {d:?}");
        }
    }

    #[test]
    fn retry_after_takes_seconds_or_a_date() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn gzip_without_a_header_is_unpacked() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"freq,geo\\TIME_PERIOD").unwrap();
        let packed = gz.finish().unwrap();
        assert_eq!(gunzip_if_needed(packed.clone(), 1000).unwrap(), b"freq,geo\\TIME_PERIOD");
        assert!(gunzip_if_needed(packed, 5).is_err());
    }
}
