//! Stage 4, publish: render the facts into a static site with minijinja,
//! write the data downloads, and swap the new site into place whole. Any
//! failure before the swap leaves the previous output exactly as it was.

pub mod cards;
pub mod changelog;
pub mod data;
mod fingerprint;
pub mod search;
pub mod site;
pub mod social;
mod swap;

pub use swap::swap_into_place;

use crate::compare::Facts;
use crate::files::{self, FileError};
use crate::normalize::Normalized;
use crate::present::i18n::{Catalog, I18nError};
use crate::present::views::ViewContext;
use crate::project::Project;
use crate::state::Durable;
use chrono::{DateTime, Utc};
use minijinja::Environment;
use minijinja::value::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    I18n(#[from] I18nError),
    #[error("template `{template}`: {message}")]
    Template { template: String, message: String },
    #[error("writing {what}: {message}")]
    Data { what: &'static str, message: String },
    #[error("cancelled before the swap")]
    Cancelled,
}

/// A briefing in the site's archive (its embargo, if any, has passed).
#[derive(Debug, Clone)]
pub struct ArchivedBriefing {
    pub view: crate::briefing::view::BriefingView,
}

/// Publish's input: everything the earlier stages produced, and the run's clock.
pub struct PublishInput<'a> {
    pub project: &'a Project,
    pub normalized: &'a Normalized,
    pub facts: &'a Facts,
    /// Every fact's words in every language, as the run built them.
    pub presented: &'a crate::present::Presented,
    /// Briefings to list in the archive, oldest first.
    pub briefings: &'a [ArchivedBriefing],
    /// Facts announced in a briefing still under embargo: built, held back.
    pub held_back: &'a std::collections::BTreeSet<String>,
    /// The output folder (`output/`); the site goes to `<out>/site`.
    pub out_dir: &'a Path,
    pub now: DateTime<Utc>,
    /// Checked while building and once more just before the swap, never during it.
    pub cancel: &'a crate::run::cancel::Cancel,
}

#[derive(Debug, Clone)]
pub struct PublishReport {
    pub site_dir: PathBuf,
    pub files: usize,
    pub facts: usize,
    /// The new build equalled the published site: nothing but `status.json` was written.
    pub unchanged: bool,
    /// False when the inputs were those the live site was built from, so no page was built.
    pub built: bool,
}

/// Builds the site aside and swaps it in; when the inputs are those the live
/// site was built from, writes only its `status.json`.
pub fn publish(input: &PublishInput) -> Result<PublishReport, PublishError> {
    let site = input.out_dir.join("site");
    let facts = input.facts.facts.len();
    let started = std::time::Instant::now();
    let fingerprint = fingerprint::Fingerprint::of(input)?;
    tracing::debug!(elapsed = ?started.elapsed(), "inputs fingerprinted");
    if let Some(files) = fingerprint.as_ref().and_then(|f| f.live_files(input.out_dir)) {
        tracing::debug!("the inputs are those of the live site: only status.json is written");
        let visible = input.facts.facts.iter().filter(|f| !input.held_back.contains(&f.id)).count();
        replace_status(&site, &data::status_json(input.normalized, visible, input.now))?;
        return Ok(PublishReport { site_dir: site, files, facts, unchanged: true, built: false });
    }
    let building = input.out_dir.join(".site.building");
    files::remove_dir_all_if_exists(&building)?;
    files::create_dir_all(&building)?;
    let built = site::build(input, &building)
        .and_then(|built| if input.cancel.is_cancelled() { Err(PublishError::Cancelled) } else { Ok(built) });
    match built {
        Ok(built) => {
            let count = built.files;
            let started = std::time::Instant::now();
            let same = same_site(&building, &site);
            tracing::debug!(elapsed = ?started.elapsed(), same, "compared with the live site");
            if same {
                // Nothing changed: keep every published file; only the heartbeat is new.
                replace_status(&site, &files::read(&building.join("status.json"))?)?;
                files::remove_dir_all_if_exists(&building)?;
                // These inputs give this site; with no changelog entry waiting, the next run may trust that.
                match (&fingerprint, built.pending.is_empty()) {
                    (Some(fingerprint), true) => fingerprint.keep(input.out_dir, count)?,
                    _ => fingerprint::Fingerprint::forget(input.out_dir)?,
                }
                return Ok(PublishReport { site_dir: site, files: count, facts, unchanged: true, built: true });
            }
            fingerprint::Fingerprint::forget(input.out_dir)?;
            let started = std::time::Instant::now();
            swap_into_place(&building, &site, &input.out_dir.join("site.previous"))?;
            tracing::debug!(elapsed = ?started.elapsed(), "swapped into place");
            // The site is live: only now do its changes enter the public log.
            built
                .log
                .commit(&Durable::at(input.out_dir), &built.pending, &built.record)
                .map_err(|e| PublishError::Data { what: "changelog", message: e.to_string() })?;
            tracing::debug!(elapsed = ?started.elapsed(), "changelog committed");
            if let Some((month, cards)) = &built.to_pin {
                cards::pin_month(&Durable::at(input.out_dir), month, cards)
                    .map_err(|e| PublishError::Data { what: "pinned cards", message: e.to_string() })?;
            }
            tracing::debug!(elapsed = ?started.elapsed(), "cards pinned");
            Ok(PublishReport { site_dir: site, files: count, facts, unchanged: false, built: true })
        }
        Err(e) => {
            // Leave nothing half-built behind; the previous site is untouched.
            let _ = files::remove_dir_all_if_exists(&building);
            Err(e)
        }
    }
}

/// Replaces the live site's `status.json` (the heartbeat) whole.
fn replace_status(site: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    let tmp = site.join("status.json.partial");
    files::write(&tmp, bytes)?;
    files::rename(&tmp, &site.join("status.json"))?;
    Ok(())
}

/// When the data were last refreshed: the newest retrieval or transcription of
/// any source in use (the build's own time goes only into `status.json`).
pub(crate) fn data_date(normalized: &Normalized, now: DateTime<Utc>) -> String {
    normalized
        .sources
        .iter()
        .filter(|s| !s.example)
        .filter_map(|s| s.as_of)
        .max()
        .unwrap_or(now)
        .format("%Y-%m-%d")
        .to_string()
}

/// The newest retrieval (or confirmation) of any snapshot from its producer, and
/// the newest transcription of seed figures, as `YYYY-MM-DD`: what the footer
/// says about how current the data are.
pub(crate) fn refresh_dates(normalized: &Normalized) -> (Option<String>, Option<String>) {
    let in_use = || normalized.sources.iter().filter(|s| !s.example);
    let refreshed = in_use()
        .filter_map(|s| match &s.origin {
            crate::normalize::Origin::Snapshot { retrieved_at, .. } => Some(*retrieved_at),
            _ => None,
        })
        .max();
    let transcribed =
        in_use().filter(|s| matches!(s.origin, crate::normalize::Origin::Seed { .. })).filter_map(|s| s.as_of).max();
    let day = |d: DateTime<Utc>| d.format("%Y-%m-%d").to_string();
    (refreshed.map(day), transcribed.map(day))
}

/// Whether the site built in `a` holds the live site `b`'s files with the same
/// bytes, `status.json` aside.
fn same_site(a: &Path, b: &Path) -> bool {
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, u64>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                walk(base, &path, out)?;
            } else if path != base.join("status.json") {
                out.insert(path.strip_prefix(base).unwrap_or(&path).to_path_buf(), entry.metadata()?.len());
            }
        }
        Ok(())
    }
    // The live site first: on a first build there is none, and the new one
    // (a hundred thousand files at scale) need not be listed at all.
    let (mut left, mut right) = (BTreeMap::new(), BTreeMap::new());
    if walk(b, b, &mut right).is_err() || walk(a, a, &mut left).is_err() || left != right {
        return false;
    }
    left.keys().all(|rel| std::fs::read(a.join(rel)).ok() == std::fs::read(b.join(rel)).ok())
}

pub(crate) fn render(env: &Environment<'static>, name: &str, ctx: Value) -> Result<String, PublishError> {
    let fail = |e: minijinja::Error| {
        let mut message = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(inner) = source {
            message = format!("{message}: {inner}");
            source = inner.source();
        }
        PublishError::Template { template: name.to_string(), message }
    };
    env.get_template(name).map_err(fail)?.render(ctx).map_err(fail)
}

/// Checks, without writing, the messages the pages need beyond the facts'
/// (which `Presented::of` already checked): every source's view and the shared texts.
pub fn check_messages(project: &Project, normalized: &Normalized, now: DateTime<Utc>) -> Result<(), PublishError> {
    let languages = &project.config.site.languages;
    let catalog = Catalog::of_project(project)?;
    for lang in languages {
        let ctx = ViewContext { catalog: &catalog, lang, project, normalized, now };
        for source in &normalized.sources {
            ctx.source(source)?;
        }
        catalog.message(lang, "briefings-title", &[])?;
    }
    Ok(())
}
