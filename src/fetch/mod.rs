//! Stage 1, fetch: ask each source's producer for a fresh copy and keep it in
//! the snapshot store. One connector per kind of source; all share the HTTP
//! behaviour in [`http`]. A response is validated by the [`Validator`] the
//! caller hands in (the pipeline's: normalize's reader for the source) before it
//! counts as good; a failure leaves the last good snapshot as it is.

mod connector;
mod eurostat;
mod genesis;
pub mod http;
mod oecd;
pub mod pxweb;
pub mod release;
mod unhcr;
mod url;
mod zenodo;

pub use pxweb::limits_from_config as pxweb_limits_from_config;

use crate::project::{Project, ReadFormat, SourceKind, SourceSpec};
use crate::store::{Attempt, AttemptResult, ManifestEntry, Retrieval, Store, StoreError};
use chrono::{DateTime, Utc};
use connector::{Ctx, Got};
use std::collections::BTreeMap;
use std::sync::Arc;

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
    /// The provider confirmed the snapshot we hold is current (HTTP 304).
    NotModified,
    /// Not asked: by its publication schedule the provider has nothing newer than our snapshot.
    UpToDate { reason: String },
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

/// Reads a response body as the source's `[read]` section says: the provider's
/// own update time if the body is valid, or why it is not.
pub type Validator<'a> = &'a (dyn Fn(&[u8], ReadFormat, &SourceSpec) -> Result<Option<String>, String> + Sync);

/// Fetches every fetchable source, concurrently within each provider's limits.
/// Never fails because one source did.
pub fn fetch(
    project: &Project,
    store: &Store,
    offline: bool,
    now: DateTime<Utc>,
    validate: Validator,
) -> Result<FetchReport, FetchError> {
    let fetchable: Vec<&SourceSpec> = project.sources.iter().filter(|s| s.fetch.is_some()).collect();
    let mut report = FetchReport::default();
    if offline {
        report.outcomes = fetchable.iter().map(|s| (s.id.clone(), FetchOutcome::Offline)).collect();
        return Ok(report);
    }
    if fetchable.is_empty() {
        return Ok(report);
    }
    let http = Arc::new(http::Http::new(&project.config.fetch).map_err(FetchError::Client)?);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| FetchError::Client(e.to_string()))?;
    let progress = Progress::new(fetchable.len());
    let mut contexts = Vec::new();
    for spec in &fetchable {
        // A damaged manifest: fetch afresh without validators (normalize reports the damage).
        let previous = store.latest_good(&spec.id).ok().flatten().map(|(entry, _)| entry);
        if let Some(reason) = previous.as_ref().and_then(|p| release::up_to_date(spec.kind, p.retrieved_at, now)) {
            // Release-aware: no request, nothing written.
            report.outcomes.insert(spec.id.clone(), FetchOutcome::UpToDate { reason });
            continue;
        }
        contexts.push(Ctx { http: http.clone(), spec: (*spec).clone(), previous });
    }
    let results = runtime.block_on(async {
        let mut tasks = tokio::task::JoinSet::new();
        for ctx in contexts {
            tasks.spawn(async move {
                let result = match ctx.spec.kind {
                    SourceKind::Eurostat => eurostat::fetch(&ctx).await,
                    SourceKind::Unhcr => unhcr::fetch(&ctx).await,
                    SourceKind::Oecd => oecd::fetch(&ctx).await,
                    SourceKind::Pxweb => pxweb::fetch(&ctx).await,
                    SourceKind::Genesis => genesis::fetch(&ctx).await,
                    SourceKind::Zenodo => zenodo::fetch(&ctx).await,
                    _ => url::fetch(&ctx).await,
                };
                (ctx.spec.id, result)
            });
        }
        let mut done = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            if let Ok((id, result)) = joined {
                progress.advance(&id, result.is_ok());
                done.push((id, result));
            }
        }
        done
    });
    progress.finish();
    for (id, result) in results {
        let spec = fetchable.iter().find(|s| s.id == id).expect("spawned from this list");
        let outcome = record(store, spec, result, now, validate)?;
        report.outcomes.insert(id, outcome);
    }
    Ok(report)
}

/// Validates a body and keeps it (valid or not); records every attempt.
fn record(
    store: &Store,
    spec: &SourceSpec,
    result: Result<Got, String>,
    now: DateTime<Utc>,
    validate_snapshot: Validator,
) -> Result<FetchOutcome, FetchError> {
    let attempt = |result, message: Option<String>| Attempt { at: now, result, message };
    match result {
        Err(error) => {
            store.record_attempt(&spec.id, attempt(AttemptResult::Failed, Some(error.clone())))?;
            Ok(FetchOutcome::Failed { error })
        }
        Ok(Got::NotModified) => {
            store.record_attempt(&spec.id, attempt(AttemptResult::NotModified, None))?;
            Ok(FetchOutcome::NotModified)
        }
        Ok(Got::Body { url, status, etag, last_modified, body, format, attached }) => {
            let (validation, provider_updated) = match validate_snapshot(&body, format, spec) {
                Ok(updated) => (Ok(()), updated),
                Err(error) => (Err(format!("{url}: {error}")), None),
            };
            let retrieval = Retrieval {
                url,
                retrieved_at: now,
                http_status: status,
                etag,
                last_modified,
                provider_updated,
                format,
            };
            let entry = store.record(&spec.id, &body, retrieval, &attached, validation)?;
            Ok(match &entry.error {
                Some(error) => FetchOutcome::Failed { error: format!("invalid response: {error}") },
                None => FetchOutcome::Fetched { entry },
            })
        }
    }
}

/// A progress bar while fetching when stderr is a terminal; plain log lines otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    fn new(len: usize) -> Self {
        let bar = std::io::IsTerminal::is_terminal(&std::io::stderr()).then(|| {
            let bar = indicatif::ProgressBar::new(len as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template("fetching [{bar:24}] {pos}/{len} {msg}") {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar }
    }

    fn advance(&self, id: &str, ok: bool) {
        match &self.bar {
            Some(bar) => {
                bar.set_message(id.to_string());
                bar.inc(1);
            }
            None => tracing::debug!(source = id, ok, "fetch finished"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
