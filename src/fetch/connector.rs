//! What every connector shares: the context it runs in, what it returns, and
//! the documented limits of each provider.

use super::http::{Http, HttpError, Limits, Request, Response};
use crate::project::{ReadFormat, SourceKind, SourceSpec};
use crate::store::ManifestEntry;
use std::sync::Arc;
use std::time::Duration;

/// One source's fetch: the client, its definition, and the copy we hold.
pub struct Ctx {
    pub http: Arc<Http>,
    pub spec: SourceSpec,
    pub previous: Option<ManifestEntry>,
}

/// A connector's result.
pub enum Got {
    /// The provider confirmed the copy we hold is current.
    NotModified,
    Body {
        url: String,
        status: u16,
        etag: Option<String>,
        last_modified: Option<String>,
        body: Vec<u8>,
        format: ReadFormat,
        /// Files fetched with it (key, bytes).
        attached: Vec<(String, Vec<u8>)>,
    },
}

impl Got {
    pub fn body(url: &str, response: Response, format: ReadFormat) -> Got {
        Got::Body {
            url: url.to_string(),
            status: response.status,
            etag: response.etag,
            last_modified: response.last_modified,
            body: response.body,
            format,
            attached: Vec::new(),
        }
    }
}

impl Ctx {
    pub fn limits(&self, url: &str) -> Limits {
        let mut limits = provider_limits(self.spec.kind, url);
        if let Some(fetch) = &self.spec.fetch {
            if let Some(n) = fetch.max_calls {
                limits.max_calls = n;
            }
            if let Some(s) = fetch.window_secs {
                limits.window = Duration::from_secs_f64(s);
            }
            if let Some(n) = fetch.concurrency {
                limits.concurrency = n;
            }
        }
        limits
    }

    /// A GET that asks "only if changed" when we hold a copy of the same URL.
    pub fn conditional(&self, url: &str) -> Request {
        let mut request = Request::get(url, self.limits(url));
        if let Some(previous) = self.previous.as_ref().filter(|p| p.url == url) {
            request.etag = previous.etag.clone();
            request.last_modified = previous.last_modified.clone();
        }
        request
    }

    pub fn format(&self) -> ReadFormat {
        self.spec.read.as_ref().map_or(ReadFormat::Json, |r| r.format)
    }

    pub async fn get(&self, request: &Request) -> Result<Response, String> {
        self.http.send(request).await.map_err(|e| describe(&request.url, &e))
    }
}

pub fn describe(url: &str, error: &HttpError) -> String {
    format!("{error} ({url})")
}

/// Each provider's documented limits: Eurostat's fair-use note (Statistics API user guide),
/// OECD's Data Explorer API limits, SCB's PxWebApi `/config`; UNHCR publishes none.
pub fn provider_limits(kind: SourceKind, url: &str) -> Limits {
    let per =
        |max_calls, secs: f64, concurrency| Limits { concurrency, max_calls, window: Duration::from_secs_f64(secs) };
    match kind {
        // Fair use, no number published: one request at a time, as Eurostat advises.
        SourceKind::Eurostat => per(10, 1.0, 1),
        // No published limit; be polite: at most 4 requests a second, 2 at once.
        SourceKind::Unhcr => per(4, 1.0, 2),
        // "20 data downloads per hour" (the stricter of the two published figures).
        SourceKind::Oecd => per(20, 3600.0, 1),
        // Statistics Sweden: /config says 3 calls per 1-second window (v2), 30 per 10 s (v1);
        // Croatian Bureau of Statistics: unpublished, throttle to 5 a second.
        SourceKind::Pxweb if url.contains("statistikdatabasen.scb.se") => per(3, 1.0, 1),
        SourceKind::Pxweb if url.contains("api.scb.se") => per(30, 10.0, 1),
        SourceKind::Pxweb => per(5, 1.0, 1),
        // GENESIS publishes no rate: one request at a time, at most one a second.
        SourceKind::Genesis => per(1, 1.0, 1),
        _ => per(5, 1.0, 2),
    }
}

/// `url` with `key=value`, replacing any value it had.
pub fn with_param(url: &str, key: &str, value: &str) -> Result<String, String> {
    let mut parsed = reqwest::Url::parse(url).map_err(|e| format!("`{url}` is not a URL: {e}"))?;
    let kept: Vec<(String, String)> =
        parsed.query_pairs().filter(|(k, _)| k != key).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    parsed.query_pairs_mut().clear().extend_pairs(kept).append_pair(key, value);
    Ok(parsed.to_string())
}
