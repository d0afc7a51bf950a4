//! Stage 4, publish: render the facts into a static site with minijinja,
//! write the data downloads, and swap the new site into place whole. Any
//! failure before the swap leaves the previous output exactly as it was.

pub mod cards;
pub mod changelog;
pub mod charts;
pub mod data;
pub mod i18n;
mod parallel;
pub mod search;
pub mod site;
pub mod social;
mod swap;
pub mod views;

pub use swap::swap_into_place;

use crate::compare::Facts;
use crate::files::{self, FileError};
use crate::normalize::Normalized;
use crate::project::Project;
use crate::state::Durable;
use chrono::{DateTime, Utc};
use i18n::{Arg, Catalog, I18nError};
use minijinja::value::{Kwargs, Value};
use minijinja::{Environment, State, UndefinedBehavior};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use views::ViewContext;

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
}

/// Builds the site aside and swaps it in.
pub fn publish(input: &PublishInput) -> Result<PublishReport, PublishError> {
    let building = input.out_dir.join(".site.building");
    files::remove_dir_all_if_exists(&building)?;
    files::create_dir_all(&building)?;
    let built = site::build(input, &building)
        .and_then(|built| if input.cancel.is_cancelled() { Err(PublishError::Cancelled) } else { Ok(built) });
    match built {
        Ok(built) => {
            let count = built.files;
            let site = input.out_dir.join("site");
            let facts = input.facts.facts.len();
            if same_site(&building, &site) {
                // Nothing changed: keep every published file; only the heartbeat is new.
                let tmp = site.join("status.json.partial");
                files::write(&tmp, files::read(&building.join("status.json"))?)?;
                files::rename(&tmp, &site.join("status.json"))?;
                files::remove_dir_all_if_exists(&building)?;
                return Ok(PublishReport { site_dir: site, files: count, facts, unchanged: true });
            }
            swap_into_place(&building, &site, &input.out_dir.join("site.previous"))?;
            // The site is live: only now do its changes enter the public log.
            built
                .log
                .commit(&Durable::at(input.out_dir), &built.pending, &built.record)
                .map_err(|e| PublishError::Data { what: "changelog", message: e.to_string() })?;
            if let Some((month, cards)) = &built.to_pin {
                cards::pin_month(&Durable::at(input.out_dir), month, cards)
                    .map_err(|e| PublishError::Data { what: "pinned cards", message: e.to_string() })?;
            }
            Ok(PublishReport { site_dir: site, files: count, facts, unchanged: false })
        }
        Err(e) => {
            // Leave nothing half-built behind; the previous site is untouched.
            let _ = files::remove_dir_all_if_exists(&building);
            Err(e)
        }
    }
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

/// Whether two site folders hold the same files with the same bytes, `status.json` aside.
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
    let (mut left, mut right) = (BTreeMap::new(), BTreeMap::new());
    if walk(a, a, &mut left).is_err() || walk(b, b, &mut right).is_err() || left != right {
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

/// The template environment: templates from the project's `templates/`,
/// HTML escaping for HTML, XML, Atom and SVG (none for text and Markdown),
/// strict undefined values, `t(key, ...)` for messages and `md` for
/// Markdown-escaping data.
pub fn environment(templates: &Path, catalog: Arc<Catalog>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_loader(minijinja::path_loader(templates));
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|name| match name.rsplit('.').next() {
        Some("html" | "htm" | "xml" | "atom" | "svg") => minijinja::AutoEscape::Html,
        _ => minijinja::AutoEscape::None,
    });
    // HTML escaping of the five characters that matter (not `/`, which
    // minijinja also escapes): permalinks in feeds and sitemaps stay readable.
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), minijinja::AutoEscape::Html)
            && !value.is_safe()
            && let Some(text) = value.as_str()
        {
            for c in text.chars() {
                match c {
                    '&' => out.write_str("&amp;")?,
                    '<' => out.write_str("&lt;")?,
                    '>' => out.write_str("&gt;")?,
                    '"' => out.write_str("&quot;")?,
                    '\'' => out.write_str("&#39;")?,
                    c => out.write_char(c)?,
                }
            }
            return Ok(());
        }
        minijinja::escape_formatter(out, state, value)
    });
    env.add_filter("md", |text: String| -> String {
        // Data shown in Markdown stays text: no link, emphasis or raw HTML.
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!') {
                out.push('\\');
            }
            out.push(c);
        }
        out
    });
    let dates = catalog.clone();
    env.add_filter("date", move |state: &State, value: Value| -> Result<String, minijinja::Error> {
        let lang = state.lookup("lang").and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        dates
            .when(&lang, &value.to_string())
            .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string()))
    });
    let numbers = catalog.clone();
    env.add_filter(
        "num",
        move |state: &State, value: f64, decimals: Option<usize>| -> Result<String, minijinja::Error> {
            let lang = state.lookup("lang").and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            numbers
                .number(&lang, value, decimals.unwrap_or(1))
                .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string()))
        },
    );
    env.add_function("t", move |state: &State, key: String, kwargs: Kwargs| -> Result<String, minijinja::Error> {
        let lang = state.lookup("lang").and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        let mut args: Vec<(String, Arg)> = Vec::new();
        for name in kwargs.args() {
            let value: Value = kwargs.get(name)?;
            let arg = match value.as_i64().map(|n| n as f64).or_else(|| f64::try_from(value.clone()).ok()) {
                Some(n) if !value.is_safe() && value.as_str().is_none() => Arg::Number(n),
                _ => Arg::Text(value.to_string()),
            };
            args.push((name.to_string(), arg));
        }
        let borrowed: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        catalog
            .message(&lang, &key, &borrowed)
            .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string()))
    });
    env
}

/// Facts that cannot be worded in every language (a place or population
/// without a message): each is left out of the build with its reason, so one
/// unexpected code never takes the whole site down.
pub fn unworded(
    project: &Project,
    normalized: &Normalized,
    facts: &Facts,
    now: DateTime<Utc>,
) -> Result<Vec<(String, I18nError)>, I18nError> {
    let languages = &project.config.site.languages;
    let catalog = Catalog::of_project(project)?;
    let mut out = Vec::new();
    for fact in &facts.facts {
        for lang in languages {
            let ctx = ViewContext { catalog: &catalog, lang, project, normalized, now };
            if let Err(e) = ctx.fact(fact) {
                out.push((fact.id.clone(), e));
                break;
            }
        }
    }
    Ok(out)
}

/// Checks, without writing, the messages the pages need beyond the facts'
/// (which `unworded` already checked): every source's view and the shared texts.
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
