//! Stage 2, normalize: read every source (its newest good snapshot, or its
//! seed figures) into one canonical observation table, validating each row.
//! A source with any invalid row is left out whole and reported; the others
//! still publish.

mod dimensions;
pub mod findings;
mod frame;
pub mod observation;
pub mod polls;
pub mod seed;

pub use crate::formats::zenodo::Publication;
pub use findings::{Direction, Finding};
pub use frame::{Observations, RowKey};
pub use observation::{Certainty, Kind, Observation, Unit};

use crate::files::display_relative;
use crate::formats::{table, zenodo};
use crate::problem::Problem;
use crate::project::{Project, ReadFormat, ReadSpec, SourceKind, SourceSpec};
use crate::store::{Attempt, AttemptResult, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, thiserror::Error)]
pub enum NormalizeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("building the observation table: {0}")]
    Frame(#[from] polars::error::PolarsError),
}

/// A row-level failure inside one file.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    pub line: Option<u64>,
    pub field: Option<String>,
    pub message: String,
}

/// Where a source's figures came from in this run.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Origin {
    /// A response fetched from the producer, kept in the snapshot store.
    Snapshot { url: String, retrieved_at: DateTime<Utc>, sha256: String, provider_updated: Option<String> },
    /// Figures transcribed from a publication (or a user's poll file).
    Seed { file: String },
    /// Nothing usable: every candidate failed validation.
    #[default]
    Missing,
}

/// Whether a reader can take a source's figures as current.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Freshness {
    /// Fetched from the producer recently enough.
    Fresh,
    /// Transcribed from a publication: as current as the publication.
    Transcribed,
    /// A fetchable source that did not refresh: its data may be out of date.
    Stale,
    /// Left out of this run.
    Missing,
}

/// One source as this run sees it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceData {
    pub spec: SourceSpec,
    pub origin: Origin,
    pub freshness: Freshness,
    /// Why it is stale or missing, in a few words (for logs; pages use `freshness`).
    pub reason: Option<String>,
    pub rows: usize,
    pub latest_period: Option<String>,
    /// When the figures were read: retrieval time, or the date they were transcribed.
    pub as_of: Option<DateTime<Utc>>,
    /// A user poll marked as an example: validated, never published.
    pub example: bool,
    /// Publications a Zenodo source lists (title, DOI, date, files).
    pub publications: Vec<Publication>,
    /// The newest fetch attempt and how it ended.
    pub last_attempt: Option<Attempt>,
    /// The certainty marks its figures carry (a seed of third-party copies is all D).
    pub certainties: BTreeSet<Certainty>,
}

/// Normalize's output: the observation table and everything needed to cite it.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub observations: Observations,
    pub findings: Vec<Finding>,
    /// Every source, sorted by id, including those left out.
    pub sources: Vec<SourceData>,
    pub problems: Vec<Problem>,
}

impl Normalized {
    pub fn source(&self, id: &str) -> Option<&SourceData> {
        self.sources.iter().find(|s| s.spec.id == id)
    }
}

/// Reads every source of `project` from the store (snapshots, attempt log) and the seeds.
pub fn normalize(project: &Project, store: &Store, now: DateTime<Utc>) -> Result<Normalized, NormalizeError> {
    let mut observations = Vec::new();
    let mut findings = Vec::new();
    let mut sources = Vec::new();
    let mut problems = Vec::new();

    for spec in &project.sources {
        let read = read_source(project, store, spec, &mut problems)?;
        let SourceRead { mut origin, rows, findings: mut source_findings, publications } =
            read.unwrap_or(SourceRead { origin: Origin::Missing, ..SourceRead::default() });
        let answers = read_answers(project, spec, &mut problems);
        if let (Origin::Missing, Some(file), false) = (&origin, &spec.findings, answers.is_empty()) {
            // A survey known only by its worded answers.
            origin = Origin::Seed { file: display_relative(&project.sources_dir().join(file), &project.root) };
        }
        source_findings.extend(answers);
        let confirmed = store.last_confirmed(&spec.id).unwrap_or(None);
        let attempts = store.attempts(&spec.id).unwrap_or_default();
        let (freshness, reason) = freshness(project, spec, &origin, &attempts, confirmed, now);
        let as_of = match &origin {
            Origin::Snapshot { retrieved_at, .. } => Some(*retrieved_at),
            Origin::Seed { .. } => parse_date(&spec.provenance.date_accessed),
            Origin::Missing => None,
        };
        sources.push(SourceData {
            spec: spec.clone(),
            origin,
            freshness,
            reason,
            rows: rows.len() + source_findings.len(),
            latest_period: rows.iter().map(|o| o.period.clone()).max(),
            as_of,
            example: false,
            publications,
            last_attempt: attempts.last().cloned(),
            certainties: rows.iter().map(|o| o.certainty).collect(),
        });
        observations.extend(rows);
        findings.extend(source_findings);
    }

    for path in &project.polls {
        let rel = display_relative(path, &project.root);
        match polls::read(path, &rel) {
            Ok(poll) => {
                let lines = vec![None; poll.observations.len()];
                let checked = check_duplicates(&poll.spec.id, &rel, poll.observations, &lines);
                let (rows, ok) = match checked {
                    Ok(rows) => (rows, true),
                    Err(mut p) => {
                        problems.append(&mut p);
                        (Vec::new(), false)
                    }
                };
                sources.push(SourceData {
                    origin: if ok { Origin::Seed { file: rel.clone() } } else { Origin::Missing },
                    freshness: if ok { Freshness::Transcribed } else { Freshness::Missing },
                    reason: (!ok).then(|| "failed validation".to_string()),
                    rows: poll.validated,
                    latest_period: rows.iter().map(|o| o.period.clone()).max(),
                    as_of: parse_date(&poll.spec.provenance.date_accessed),
                    example: poll.example,
                    publications: Vec::new(),
                    last_attempt: None,
                    certainties: rows.iter().map(|o| o.certainty).collect(),
                    spec: poll.spec,
                });
                // Example rows were validated and dropped in `polls::read`.
                observations.extend(rows);
            }
            Err(errors) => {
                let id = format!("poll.{}", path.file_stem().unwrap_or_default().to_string_lossy());
                problems.extend(row_problems(&id, &rel, errors));
            }
        }
    }

    sources.sort_by(|a, b| a.spec.id.cmp(&b.spec.id));
    findings.sort_by(|a, b| (&a.source, &a.id).cmp(&(&b.source, &b.id)));
    Ok(Normalized { observations: Observations::from_rows(observations)?, findings, sources, problems })
}

/// What one source holds this run.
#[derive(Default)]
struct SourceRead {
    origin: Origin,
    rows: Vec<Observation>,
    findings: Vec<Finding>,
    publications: Vec<Publication>,
}

/// The newest good snapshot if it reads, else the seed; `None` when neither does.
fn read_source(
    project: &Project,
    store: &Store,
    spec: &SourceSpec,
    problems: &mut Vec<Problem>,
) -> Result<Option<SourceRead>, NormalizeError> {
    if let (Some(_), Some(read)) = (&spec.fetch, &spec.read)
        && let Some((entry, path)) = match store.latest_good(&spec.id) {
            Ok(found) => found,
            // A damaged manifest leaves this source to its seed; the others are untouched.
            Err(e) => {
                let fallback = if spec.seed.is_some() { "; using its seed figures" } else { "" };
                problems.push(Problem::error(format!("{e}{fallback}")).source(spec.id.clone()));
                None
            }
        }
    {
        let rel = display_relative(&path, &project.root);
        let format = entry.format.unwrap_or(read.format);
        let bytes =
            crate::files::read(&path).map_err(|e| vec![RowError { line: None, field: None, message: e.to_string() }]);
        let origin = Origin::Snapshot {
            url: entry.url.clone(),
            retrieved_at: entry.retrieved_at,
            sha256: entry.sha256.clone(),
            provider_updated: entry.provider_updated.clone(),
        };
        if format == ReadFormat::Zenodo {
            let publications = bytes
                .and_then(|b| zenodo::parse(&b).map_err(|message| vec![RowError { line: None, field: None, message }]));
            match publications {
                Ok(publications) => return Ok(Some(SourceRead { origin, publications, ..SourceRead::default() })),
                Err(errors) => problems.extend(row_problems(&spec.id, &rel, errors)),
            }
            return Ok(None);
        }
        let result = bytes.and_then(|bytes| read_snapshot(&bytes, format, read, spec).map(|(rows, _)| rows));
        match result.and_then(|rows| {
            let lines = vec![None; rows.len()];
            check_duplicates(&spec.id, &rel, rows, &lines).map_err(problems_to_rows)
        }) {
            Ok(rows) => {
                return Ok(Some(SourceRead { origin, rows, ..SourceRead::default() }));
            }
            Err(errors) => {
                let fallback = if spec.seed.is_some() { "; using its seed figures" } else { "" };
                for p in row_problems(&spec.id, &rel, errors) {
                    problems.push(Problem { message: format!("{}{fallback}", p.message), ..p });
                }
            }
        }
    }
    let Some(seed) = &spec.seed else {
        return Ok(None);
    };
    let path = project.sources_dir().join(seed);
    let rel = display_relative(&path, &project.root);
    if spec.kind == SourceKind::Findings {
        return Ok(match findings::read(&path, &spec.id) {
            Ok(found) => {
                Some(SourceRead { origin: Origin::Seed { file: rel }, findings: found, ..SourceRead::default() })
            }
            Err(errors) => {
                problems.extend(row_problems(&spec.id, &rel, errors));
                None
            }
        });
    }
    match seed::read(&path, &spec.id)
        .and_then(|(rows, lines)| check_duplicates(&spec.id, &rel, rows, &lines).map_err(problems_to_rows))
    {
        Ok(rows) => Ok(Some(SourceRead { origin: Origin::Seed { file: rel }, rows, ..SourceRead::default() })),
        Err(errors) => {
            problems.extend(row_problems(&spec.id, &rel, errors));
            Ok(None)
        }
    }
}

/// A survey's worded answers (`findings = "…"` in its source file), read like FOCUS findings.
fn read_answers(project: &Project, spec: &SourceSpec, problems: &mut Vec<Problem>) -> Vec<Finding> {
    let Some(file) = &spec.findings else { return Vec::new() };
    let path = project.sources_dir().join(file);
    let rel = display_relative(&path, &project.root);
    match findings::read(&path, &spec.id) {
        Ok(found) => found,
        Err(errors) => {
            problems.extend(row_problems(&spec.id, &rel, errors));
            Vec::new()
        }
    }
}

/// Reads a fetched body in `format` with the source's `[read]` rules. Returns
/// the rows and the provider's own last-update time, when the format carries one.
pub fn read_snapshot(
    bytes: &[u8],
    format: ReadFormat,
    read: &ReadSpec,
    spec: &SourceSpec,
) -> Result<(Vec<Observation>, Option<String>), Vec<RowError>> {
    let one = |message: String| vec![RowError { line: None, field: None, message }];
    let parsed = table::parse(format, bytes).map_err(one)?;
    let mapper = dimensions::Mapper::new(read, parsed.dimensions()).map_err(one)?;
    mapper.check_codes(&parsed).map_err(one)?;
    let citation = match &spec.provenance.dataset_code {
        Some(code) => format!("{}, dataset {code}", spec.provenance.citation_short),
        None => spec.provenance.citation_short.clone(),
    };
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    parsed.visit(|line, codes, value, status| {
        let Some(mut fields) = mapper.fields(codes.iter().copied()) else { return };
        fields.insert("value".into(), value.to_string());
        // Eurostat status: observation flags before a `|`, confidentiality after it.
        let flags = status.split('|').next().unwrap_or("");
        fields.insert("flags".into(), flags.chars().filter(char::is_ascii_lowercase).collect());
        fields.entry("citation".into()).or_insert_with(|| citation.clone());
        fields.entry("certainty".into()).or_insert_with(|| "V".into());
        match Observation::from_fields(&spec.id, &fields) {
            Ok(o) => rows.push(o),
            Err(e) if errors.len() < 50 => errors.push(RowError { line, field: Some(e.field), message: e.message }),
            Err(_) => {}
        }
    });
    if !errors.is_empty() {
        return Err(errors);
    }
    if rows.is_empty() {
        return Err(one("no observation survived the [read] rules: check the dimension maps".into()));
    }
    Ok((rows, parsed.updated().map(str::to_string)))
}

/// Checks a fetched body before it may become the newest good snapshot.
/// Returns the provider's last-update time when the body states one.
pub fn validate_snapshot(bytes: &[u8], format: ReadFormat, spec: &SourceSpec) -> Result<Option<String>, String> {
    if format == ReadFormat::Zenodo {
        let publications = zenodo::parse(bytes)?;
        return Ok(publications.iter().filter_map(|p| p.publication_date.clone()).max());
    }
    let read = spec.read.as_ref().ok_or("no [read] section")?;
    read_snapshot(bytes, format, read, spec).map(|(_, updated)| updated).map_err(|errors| {
        let shown: Vec<String> = errors
            .iter()
            .take(3)
            .map(|e| match (e.line, &e.field) {
                (Some(line), Some(field)) => format!("row {line}, field `{field}`: {}", e.message),
                (None, Some(field)) => format!("field `{field}`: {}", e.message),
                (Some(line), None) => format!("row {line}: {}", e.message),
                (None, None) => e.message.clone(),
            })
            .collect();
        shown.join("; ")
    })
}

/// Two values for one cell make a source ambiguous: an error, reported at the
/// second row's own line when the format has lines.
fn check_duplicates(
    source: &str,
    file: &str,
    rows: Vec<Observation>,
    lines: &[Option<u64>],
) -> Result<Vec<Observation>, Vec<Problem>> {
    let mut seen = BTreeSet::new();
    let mut problems = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        if !seen.insert(row.key()) {
            let mut problem = Problem::error(format!(
                "a second value for {} {} {} {} {} (sex {}, age {}{})",
                row.indicator,
                row.geo,
                row.population,
                row.period,
                row.kind.as_str(),
                row.sex,
                row.age,
                row.respondents.as_deref().map(|r| format!(", respondents {r}")).unwrap_or_default()
            ))
            .source(source)
            .file(file)
            .field("value");
            problem.row = lines.get(i).copied().flatten();
            problems.push(problem);
        }
    }
    if problems.is_empty() { Ok(rows) } else { Err(problems) }
}

fn problems_to_rows(problems: Vec<Problem>) -> Vec<RowError> {
    problems.into_iter().map(|p| RowError { line: p.row, field: p.field, message: p.message }).collect()
}

fn row_problems(source: &str, file: &str, errors: Vec<RowError>) -> Vec<Problem> {
    errors
        .into_iter()
        .map(|e| {
            let mut p = Problem::error(e.message).source(source).file(file);
            p.row = e.line;
            p.field = e.field;
            p
        })
        .collect()
}

/// Whether a source's figures are current, decided from what the store keeps (its
/// snapshots and the log of every fetch attempt), never from this process's own
/// fetch: `build` and `briefing`, which do not fetch, see a failed refresh too.
fn freshness(
    project: &Project,
    spec: &SourceSpec,
    origin: &Origin,
    attempts: &[Attempt],
    confirmed: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> (Freshness, Option<String>) {
    if spec.fetch.is_none() {
        return match origin {
            Origin::Missing => (Freshness::Missing, Some("failed validation".into())),
            _ => (Freshness::Transcribed, None),
        };
    }
    let limit = spec.stale_after_days.unwrap_or(project.config.method.stale_after_days);
    match origin {
        // A fetchable source with no seed that has never been fetched (e.g. Zenodo).
        Origin::Missing if spec.seed.is_none() && !attempts.iter().any(|a| a.result == AttemptResult::Fetched) => {
            (Freshness::Stale, Some("never fetched".into()))
        }
        Origin::Missing => (Freshness::Missing, Some("no valid snapshot and no valid seed".into())),
        Origin::Seed { .. } => (Freshness::Stale, Some("never fetched: using seed figures".into())),
        Origin::Snapshot { retrieved_at, .. } => {
            // The newest attempt failed, or brought a body that failed validation.
            if let Some(last) = attempts.last().filter(|a| a.at >= *retrieved_at)
                && matches!(last.result, AttemptResult::Failed | AttemptResult::Invalid)
            {
                let why = last.message.as_deref().unwrap_or("no usable response");
                return (Freshness::Stale, Some(format!("refresh failed: {why}")));
            }
            let last = confirmed.unwrap_or(*retrieved_at).max(*retrieved_at);
            let age = (now - last).num_days();
            if age > limit {
                (Freshness::Stale, Some(format!("last fetched {age} days ago (limit {limit})")))
            } else {
                (Freshness::Fresh, None)
            }
        }
    }
}

fn parse_date(text: &str) -> Option<DateTime<Utc>> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)).map(|d| d.and_utc())
}
