//! The pipeline driver: fetch → normalize → compare → publish. The CLI and
//! the scheduler call these functions and nothing deeper.

use crate::briefing::{self, Record};
use crate::compare::{self, CompareError, Facts};
use crate::fetch::{self, FetchError, FetchOutcome, FetchReport};
use crate::normalize::{self, Freshness, NormalizeError, Normalized, Origin};
use crate::present::Presented;
use crate::present::i18n::I18nError;
use crate::problem::Problem;
use crate::project::{Project, ProjectError};
use crate::publish::{self, ArchivedBriefing, PublishError, PublishInput, PublishReport};
use crate::state::Durable;
use crate::store::Store;
use chrono::{DateTime, Utc};
use std::path::PathBuf;
use std::time::Instant;

#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error(transparent)]
    Project(#[from] ProjectError),
    #[error(transparent)]
    Fetch(#[from] FetchError),
    #[error(transparent)]
    Normalize(#[from] NormalizeError),
    #[error(transparent)]
    Compare(#[from] CompareError),
    #[error("publishing failed, the previous output is untouched: {0}")]
    Publish(#[from] PublishError),
    #[error(transparent)]
    Record(#[from] briefing::record::RecordError),
    #[error("briefing: {0}")]
    Briefing(String),
    #[error(transparent)]
    Send(#[from] briefing::send::SendError),
    #[error(transparent)]
    File(#[from] crate::files::FileError),
    #[error(transparent)]
    Lock(#[from] crate::run::lock::LockError),
    #[error("stopped before publishing ({0}); the previous output is untouched")]
    Cancelled(&'static str),
}

/// What a run was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub project_dir: PathBuf,
    pub out_dir: PathBuf,
    /// Never touch the network.
    pub offline: bool,
    /// The run's one clock.
    pub now: DateTime<Utc>,
    /// Checked between stages and before the swap.
    pub cancel: crate::run::cancel::Cancel,
}

impl Options {
    fn checkpoint(&self, stage: &'static str) -> Result<(), PipelineError> {
        if self.cancel.is_cancelled() { Err(PipelineError::Cancelled(stage)) } else { Ok(()) }
    }
}

/// Everything a run produced, for the CLI to report.
#[derive(Debug)]
pub struct RunReport {
    pub fetch: Option<FetchReport>,
    pub normalized: Normalized,
    pub facts: Facts,
    pub published: Option<PublishReport>,
    /// Problems of loading, validation and comparison, in that order.
    pub problems: Vec<Problem>,
}

impl RunReport {
    /// Sources a reader should not take as current: stale or left out.
    pub fn degraded_sources(&self) -> Vec<&normalize::SourceData> {
        self.normalized
            .sources
            .iter()
            .filter(|s| matches!(s.freshness, Freshness::Stale | Freshness::Missing))
            .collect()
    }

    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// One line per source saying where its figures came from this run.
    pub fn source_lines(&self) -> Vec<SourceLine> {
        self.normalized
            .sources
            .iter()
            .filter(|s| !s.example)
            .map(|s| {
                let id = &s.spec.id;
                let fetched = self.fetch.as_ref().and_then(|r| r.outcomes.get(id));
                let what = match &s.origin {
                    Origin::Snapshot { retrieved_at, sha256, .. } => format!(
                        "stored snapshot {} retrieved {}",
                        &sha256[..12.min(sha256.len())],
                        retrieved_at.format("%Y-%m-%d")
                    ),
                    Origin::Seed { file } => format!("seed figures from {file}"),
                    Origin::Missing => "nothing usable: left out of this run".to_string(),
                };
                let (failed, text) = match fetched {
                    Some(FetchOutcome::Fetched { entry }) => {
                        (false, format!("{id}: fetched {} bytes from {}", entry.size, entry.url))
                    }
                    Some(FetchOutcome::Offline) => (false, format!("{id}: offline, using {what}")),
                    Some(FetchOutcome::NotModified) => (false, format!("{id}: not modified since {what}")),
                    Some(FetchOutcome::UpToDate { reason }) => {
                        (false, format!("{id}: up to date ({reason}), using {what}"))
                    }
                    Some(FetchOutcome::Failed { error }) => {
                        (true, format!("{id}: fetch failed ({error}), using {what}"))
                    }
                    None => (s.origin == Origin::Missing, format!("{id}: {what}")),
                };
                SourceLine { failed, text }
            })
            .collect()
    }
}

/// One source's line in a run's log.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceLine {
    /// The source could not be refreshed or read; logged as a warning.
    pub failed: bool,
    pub text: String,
}

/// `factgap run`: fetch, then build.
pub fn run(options: &Options) -> Result<RunReport, PipelineError> {
    execute(options, true)
}

/// `factgap build`: normalize → compare → publish from what is stored, no network.
pub fn build(options: &Options) -> Result<RunReport, PipelineError> {
    execute(options, false)
}

fn execute(options: &Options, fetching: bool) -> Result<RunReport, PipelineError> {
    let started = Instant::now();
    let _lock = crate::run::lock::RunLock::acquire(&options.out_dir)?;
    Durable::open(&options.out_dir)?;
    let (project, mut problems) = Project::load(&options.project_dir)?;
    let store = Store::new(&project.sources_dir());
    let fetch = if fetching {
        let report = fetch::fetch(&project, &store, options.offline, options.now, &normalize::validate_snapshot)?;
        tracing::debug!(elapsed = ?started.elapsed(), "fetched");
        Some(report)
    } else {
        None
    };
    options.checkpoint("after fetching")?;
    let (normalized, facts, presented) = analyse(&project, &store, options.now, &mut problems)?;
    tracing::debug!(elapsed = ?started.elapsed(), facts = facts.facts.len(), "compared and worded");
    options.checkpoint("after comparing")?;
    let presented = presented.map_err(PublishError::from)?;
    let published = publish_site(&project, &normalized, &facts, &presented, options)?;
    tracing::debug!(elapsed = ?started.elapsed(), files = published.files, "published");
    Ok(RunReport { fetch, normalized, facts, published: Some(published), problems })
}

/// Normalize, compare and word every fact in every language (once per run),
/// adding their problems to `problems`. The words fail as a whole only when the
/// catalogues do; `check` reports that, the outputs stop at it.
fn analyse(
    project: &Project,
    store: &Store,
    now: DateTime<Utc>,
    problems: &mut Vec<Problem>,
) -> Result<(Normalized, Facts, Result<Presented, I18nError>), PipelineError> {
    let started = Instant::now();
    let normalized = normalize::normalize(project, store, now)?;
    tracing::debug!(elapsed = ?started.elapsed(), "normalized");
    problems.extend(normalized.problems.iter().cloned());
    let mut facts = compare::compare(&project.claims, &normalized, &project.config.method)?;
    tracing::debug!(elapsed = ?started.elapsed(), "compared");
    let presented = Presented::of(project, &normalized, &facts, now).map(|(presented, unworded)| {
        for (id, error) in unworded {
            problems.push(Problem::error(format!("fact `{id}` is left out: {error}")).file("templates/i18n"));
            facts.facts.retain(|f| f.id != id);
        }
        presented
    });
    tracing::debug!(elapsed = ?started.elapsed(), "worded");
    problems.extend(facts.unmatched.iter().map(|u| match &u.geo {
        // A claim that cannot be judged anywhere is an error in the claim itself.
        None => Problem::error(format!("claim `{}`: {}", u.claim, u.reason)).file("sources/claims.toml"),
        Some(geo) => {
            Problem::warning(format!("claim `{}` in {geo}: {}", u.claim, u.reason)).file("sources/claims.toml")
        }
    }));
    Ok((normalized, facts, presented))
}

/// `factgap check`: load and validate every source and claim without writing anything.
pub fn check(project_dir: &std::path::Path, now: DateTime<Utc>) -> Result<RunReport, PipelineError> {
    let (project, mut problems) = Project::load(project_dir)?;
    let store = Store::new(&project.sources_dir());
    let (normalized, facts, _) = analyse(&project, &store, now, &mut problems)?;
    // Every language must have every message the pages will ask for.
    if let Err(e) = publish::check_messages(&project, &normalized, now) {
        problems.push(Problem::error(e.to_string()).file("templates/i18n"));
    }
    Ok(RunReport { fetch: None, normalized, facts, published: None, problems })
}

/// `factgap sources`: what each source holds, without writing anything.
pub fn sources(project_dir: &std::path::Path, now: DateTime<Utc>) -> Result<RunReport, PipelineError> {
    let (project, mut problems) = Project::load(project_dir)?;
    let store = Store::new(&project.sources_dir());
    let normalized = normalize::normalize(&project, &store, now)?;
    problems.extend(normalized.problems.iter().cloned());
    Ok(RunReport { fetch: None, normalized, facts: Facts::default(), published: None, problems })
}

/// Publishes the site with its briefing archive, holding back embargoed facts.
fn publish_site(
    project: &Project,
    normalized: &Normalized,
    facts: &Facts,
    presented: &Presented,
    options: &Options,
) -> Result<PublishReport, PipelineError> {
    publish_site_with(project, normalized, facts, presented, options, None)
}

/// As [`publish_site`], with a briefing not yet on disk (it replaces any of the same month).
fn publish_site_with(
    project: &Project,
    normalized: &Normalized,
    facts: &Facts,
    presented: &Presented,
    options: &Options,
    pending: Option<(&Record, Vec<briefing::view::BriefingView>)>,
) -> Result<PublishReport, PipelineError> {
    let (archived, mut held_back) = briefing::folder::archive(&Durable::at(&options.out_dir).briefings(), options.now)?;
    let mut briefings: Vec<ArchivedBriefing> = archived.into_iter().map(|view| ArchivedBriefing { view }).collect();
    if let Some((record, views)) = pending {
        briefings.retain(|b| b.view.month != record.month);
        if record.embargo_until.is_some_and(|until| options.now < until) {
            held_back.extend(record.new_facts.iter().cloned());
        } else {
            briefings.extend(views.into_iter().map(|view| ArchivedBriefing { view }));
            briefings.sort_by(|a, b| a.view.month.cmp(&b.view.month).then_with(|| a.view.lang.cmp(&b.view.lang)));
        }
    }
    let input = PublishInput {
        project,
        normalized,
        facts,
        presented,
        briefings: &briefings,
        held_back: &held_back,
        out_dir: &options.out_dir,
        now: options.now,
        cancel: &options.cancel,
    };
    publish::publish(&input).map_err(|e| match e {
        PublishError::Cancelled => PipelineError::Cancelled("while building the site"),
        other => other.into(),
    })
}

/// What `factgap briefing` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct BriefingOptions {
    /// `YYYY-MM`; default: the month of `now`.
    pub month: Option<String>,
    /// Overrides `[briefing] embargo`.
    pub embargo: Option<DateTime<Utc>>,
    pub send: bool,
    /// With `send`: say what would be sent, send nothing.
    pub dry_run: bool,
}

/// What a briefing produced.
#[derive(Debug)]
pub struct BriefingReport {
    pub run: RunReport,
    pub month: String,
    pub dir: PathBuf,
    pub subject: String,
    pub changes: briefing::Changes,
    pub sent: Option<briefing::send::SendReport>,
}

/// `factgap briefing`: normalize → compare → compose against the previous
/// briefing → write the briefing's files → publish the site with its archive
/// → optionally send. Never touches the network except to send.
pub fn briefing(options: &Options, b: &BriefingOptions) -> Result<BriefingReport, PipelineError> {
    let month = b.month.clone().unwrap_or_else(|| options.now.format("%Y-%m").to_string());
    if chrono::NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").is_err() || month.len() != 7 {
        return Err(PipelineError::Briefing(format!("`{month}` is not a month (YYYY-MM)")));
    }
    let _lock = crate::run::lock::RunLock::acquire(&options.out_dir)?;
    Durable::open(&options.out_dir)?;
    let (project, mut problems) = Project::load(&options.project_dir)?;
    let store = Store::new(&project.sources_dir());
    let (normalized, facts, presented) = analyse(&project, &store, options.now, &mut problems)?;
    let presented = presented.map_err(PublishError::from)?;
    let embargo = match (b.embargo, project.config.briefing.embargo.as_deref().filter(|e| !e.trim().is_empty())) {
        (Some(at), _) => Some(at),
        (None, Some(text)) => Some(
            DateTime::parse_from_rfc3339(text)
                .map_err(|e| {
                    PipelineError::Briefing(format!("[briefing] embargo `{text}` is not an RFC 3339 time: {e}"))
                })?
                .with_timezone(&Utc),
        ),
        (None, None) => None,
    };
    let briefings_dir = Durable::at(&options.out_dir).briefings();
    let previous = Record::previous(&briefings_dir, &month)?;
    let composed =
        briefing::compose(&project, &normalized, &facts.facts, &month, options.now, embargo, previous.as_ref());
    let languages = &project.config.site.languages;
    let env = crate::present::environment(&project.templates_dir(), presented.catalog.clone());
    let folder = briefing::folder::Folder::new(&briefings_dir, &month);
    let dir = folder.dir();
    let building = folder.building();
    crate::files::remove_dir_all_if_exists(&building)?;
    let send_language = project.config.briefing.language.clone().or_else(|| languages.first().cloned());
    if let Some(lang) = send_language.as_ref().filter(|l| !languages.contains(l)) {
        return Err(PipelineError::Briefing(format!(
            "[briefing] language `{lang}` is not one of [site] languages ({})",
            languages.join(", ")
        )));
    }
    let mut views = Vec::new();
    let mut sent_view = None;
    for (i, lang) in languages.iter().enumerate() {
        let view = briefing::view::build(&composed, &project, &normalized, &facts.facts, &presented, lang)
            .map_err(PublishError::from)?;
        let rendered = briefing::render::render(&env, &view).map_err(|e| PipelineError::Briefing(e.to_string()))?;
        folder.write(i == 0, lang, &rendered, &view)?;
        if send_language.as_ref() == Some(lang) {
            sent_view = Some((view.clone(), rendered.subject.clone()));
        }
        views.push(view);
    }
    let Some((view, subject)) = sent_view else {
        return Err(PipelineError::Briefing("[site] languages is empty: name at least one".into()));
    };
    composed.record.save(&building)?;
    let published =
        publish_site_with(&project, &normalized, &facts, &presented, options, Some((&composed.record, views)))
            .inspect_err(|_| {
                let _ = crate::files::remove_dir_all_if_exists(&building);
            })?;
    folder.keep_sent_list()?;
    crate::publish::swap_into_place(&building, &dir, &folder.previous())?;
    crate::files::remove_dir_all_if_exists(&folder.previous())?;

    let sent = if b.send {
        let (html, text) = briefing::render::for_sending(&env, &view, &project.config.briefing.unsubscribe)
            .map_err(|e| PipelineError::Briefing(e.to_string()))?;
        let outgoing =
            briefing::send::Outgoing { month: &month, subject: &subject, html: &html, text: &text, now: options.now };
        Some(briefing::send::send(&project.config.briefing, &outgoing, &dir, b.dry_run)?)
    } else {
        None
    };
    let run = RunReport { fetch: None, normalized, facts, published: Some(published), problems };
    Ok(BriefingReport { run, month, dir, subject, changes: composed.changes, sent })
}
