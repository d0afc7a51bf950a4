//! Stage 1, fetch: ask each source's producer for a fresh copy and keep it in
//! the snapshot store. A response is validated with the source's reader
//! before it counts as good; a failure leaves the last good snapshot as it is.

use crate::config::FetchConfig;
use crate::normalize::read_snapshot;
use crate::project::{Project, ReadFormat, SourceSpec};
use crate::store::{ManifestEntry, Retrieval, Store, StoreError};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("cannot start the HTTP client: {0}")]
    Client(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What happened to one source.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchOutcome {
    /// A valid response, now the newest good snapshot.
    Fetched { entry: ManifestEntry },
    /// `--offline`: not asked.
    Offline,
    /// Asked and failed (network, HTTP status, or invalid content).
    Failed { error: String },
}

/// Outcomes by source id, for every source that has a `[fetch]` section.
#[derive(Debug, Clone, Default)]
pub struct FetchReport {
    pub outcomes: BTreeMap<String, FetchOutcome>,
}

/// Fetches every fetchable source, concurrently. Never fails because one source did.
pub fn fetch(project: &Project, store: &Store, offline: bool, now: DateTime<Utc>) -> Result<FetchReport, FetchError> {
    let fetchable: Vec<&SourceSpec> = project.sources.iter().filter(|s| s.fetch.is_some()).collect();
    let mut report = FetchReport::default();
    if offline {
        report.outcomes = fetchable.iter().map(|s| (s.id.clone(), FetchOutcome::Offline)).collect();
        return Ok(report);
    }
    if fetchable.is_empty() {
        return Ok(report);
    }
    let config = &project.config.fetch;
    let client = client(config)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| FetchError::Client(e.to_string()))?;
    let responses = runtime.block_on(async {
        let mut tasks = tokio::task::JoinSet::new();
        for spec in &fetchable {
            let client = client.clone();
            let url = spec.fetch.as_ref().map(|f| f.url.clone()).unwrap_or_default();
            let (id, cap) = (spec.id.clone(), config.max_body_bytes);
            tasks.spawn(async move { (id, url.clone(), get(&client, &url, cap).await) });
        }
        let mut done = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            if let Ok(result) = joined {
                done.push(result);
            }
        }
        done
    });
    for (id, url, response) in responses {
        let spec = fetchable.iter().find(|s| s.id == id).expect("spawned from this list");
        let outcome = match response {
            Err(error) => FetchOutcome::Failed { error },
            Ok(response) => {
                let read = spec.read.as_ref().expect("validated: fetch implies read");
                let (validation, provider_updated) = match read_snapshot(&response.body, read, spec) {
                    Ok((_, updated)) => (Ok(()), updated),
                    Err(errors) => (Err(errors.first().map(|e| e.message.clone()).unwrap_or_default()), None),
                };
                let retrieval = Retrieval {
                    url,
                    retrieved_at: now,
                    http_status: response.status,
                    etag: response.etag,
                    last_modified: response.last_modified,
                    provider_updated,
                    extension: match read.format {
                        ReadFormat::Jsonstat => "json",
                        ReadFormat::EurostatTsv => "tsv",
                    },
                };
                let entry = store.record(&id, &response.body, retrieval, validation)?;
                match &entry.error {
                    Some(error) => FetchOutcome::Failed { error: format!("invalid response: {error}") },
                    None => FetchOutcome::Fetched { entry },
                }
            }
        };
        report.outcomes.insert(id, outcome);
    }
    Ok(report)
}

fn client(config: &FetchConfig) -> Result<reqwest::Client, FetchError> {
    reqwest::Client::builder()
        .user_agent(format!("factgap/{} (+mailto:{})", env!("CARGO_PKG_VERSION"), config.contact))
        .connect_timeout(Duration::from_secs(config.connect_timeout_secs))
        .timeout(Duration::from_secs(config.timeout_secs))
        .gzip(true)
        .build()
        .map_err(|e| FetchError::Client(e.to_string()))
}

struct Response {
    status: u16,
    etag: Option<String>,
    last_modified: Option<String>,
    body: Vec<u8>,
}

async fn get(client: &reqwest::Client, url: &str, cap: u64) -> Result<Response, String> {
    let mut response = client.get(url).send().await.map_err(|e| describe(&e))?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!("HTTP {status}"));
    }
    if response.content_length().is_some_and(|len| len > cap) {
        return Err(format!("response larger than the {cap}-byte cap"));
    }
    let header = |name: reqwest::header::HeaderName, r: &reqwest::Response| {
        r.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_string)
    };
    let etag = header(reqwest::header::ETAG, &response);
    let last_modified = header(reqwest::header::LAST_MODIFIED, &response);
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| describe(&e))? {
        body.extend_from_slice(&chunk);
        if body.len() as u64 > cap {
            return Err(format!("response larger than the {cap}-byte cap"));
        }
    }
    Ok(Response { status: status.as_u16(), etag, last_modified, body })
}

/// The innermost cause, which is what a person can act on ("dns error", "connection refused").
fn describe(error: &reqwest::Error) -> String {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        message = inner.to_string();
        source = inner.source();
    }
    message
}
