//! Stage 4, publish: render the facts into a static site with minijinja,
//! write the data downloads, and swap the new site into place whole. Any
//! failure before the swap leaves the previous output exactly as it was.

pub mod data;
pub mod i18n;
mod swap;
pub mod views;

pub use swap::swap_into_place;

use crate::compare::Facts;
use crate::files::{self, FileError};
use crate::normalize::Normalized;
use crate::project::Project;
use chrono::{DateTime, Utc};
use i18n::{Arg, Catalog, I18nError};
use minijinja::value::{Kwargs, Serde, Value};
use minijinja::{Environment, State, UndefinedBehavior, context};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use views::{FactView, SourceView, ViewContext};

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
    pub cancel: &'a crate::schedule::cancel::Cancel,
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
    let built = build_site(input, &building)
        .and_then(|count| if input.cancel.is_cancelled() { Err(PublishError::Cancelled) } else { Ok(count) });
    match built {
        Ok(count) => {
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
fn data_date(normalized: &Normalized, now: DateTime<Utc>) -> String {
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

#[derive(Serialize)]
struct PlaceGroup<'a> {
    geo: String,
    place: String,
    facts: Vec<&'a FactView>,
}

#[derive(Serialize)]
struct TopicGroup<'a> {
    topic: String,
    places: Vec<PlaceGroup<'a>>,
}

fn build_site(input: &PublishInput, dir: &Path) -> Result<usize, PublishError> {
    let project = input.project;
    let languages = &project.config.site.languages;
    let templates = project.templates_dir();
    let catalog = Arc::new(Catalog::load(&templates, languages)?);
    let env = environment(&templates, catalog.clone());
    let mut written = 0;
    let visible: Vec<crate::compare::Fact> =
        input.facts.facts.iter().filter(|f| !input.held_back.contains(&f.id)).cloned().collect();

    for (i, lang) in languages.iter().enumerate() {
        let prefix = if i == 0 { String::new() } else { format!("{lang}/") };
        let ctx = ViewContext { catalog: &catalog, lang, project, normalized: input.normalized, now: input.now };
        let facts: Vec<FactView> = visible.iter().map(|f| ctx.fact(f)).collect::<Result<_, _>>()?;
        let sources: Vec<SourceView> =
            input.normalized.sources.iter().filter(|s| !s.example).map(|s| ctx.source(s)).collect::<Result<_, _>>()?;
        let site = context! {
            lang => lang,
            base_url => &project.config.site.base_url,
            generated => data_date(input.normalized, input.now),
            stale_sources => sources.iter().filter(|s| s.stale).map(|s| s.citation_short.clone()).collect::<Vec<_>>(),
        };

        // Facts by topic, then by place, in the order compare sorted them.
        let mut topics: Vec<TopicGroup<'_>> = Vec::new();
        for (fact, view) in visible.iter().zip(&facts) {
            let topic = fact.topic.as_str();
            if topics.last().is_none_or(|t| t.topic != topic) {
                topics.push(TopicGroup { topic: topic.to_string(), places: Vec::new() });
            }
            let places = &mut topics.last_mut().expect("pushed above").places;
            if places.last().is_none_or(|p| p.geo != fact.geo) {
                places.push(PlaceGroup { geo: fact.geo.clone(), place: view.place.clone(), facts: Vec::new() });
            }
            places.last_mut().expect("pushed above").facts.push(view);
        }

        let depth = |levels: usize| "../".repeat(levels + usize::from(i > 0));
        let page = |template: &str, path: String, ctx: Value| -> Result<(), PublishError> {
            let html = render(&env, template, ctx)?;
            files::write(&dir.join(path), html)?;
            Ok(())
        };
        page(
            "index.html",
            format!("{prefix}index.html"),
            context! { lang => lang, site => &site, root => depth(0), topics => Serde(&topics) },
        )?;
        written += 1;
        let by_id: BTreeMap<&str, &SourceView> = sources.iter().map(|s| (s.id.as_str(), s)).collect();
        for view in &facts {
            if input.cancel.is_cancelled() {
                return Err(PublishError::Cancelled);
            }
            let fact_sources: Vec<&SourceView> =
                view.sources.iter().filter_map(|id| by_id.get(id.as_str()).copied()).collect();
            page(
                "fact.html",
                format!("{prefix}facts/{}/index.html", view.id),
                context! { lang => lang, site => &site, root => depth(2), fact => Serde(view), sources => Serde(&fact_sources) },
            )?;
            written += 1;
        }
        page(
            "sources.html",
            format!("{prefix}sources/index.html"),
            context! { lang => lang, site => &site, root => depth(1), sources => Serde(&sources) },
        )?;
        written += 1;
        // The briefing archive, newest first, and its feed.
        let briefings: Vec<&crate::briefing::view::BriefingView> =
            input.briefings.iter().rev().map(|b| &b.view).filter(|v| v.lang == *lang).collect();
        page(
            "briefings.html",
            format!("{prefix}briefings/index.html"),
            context! { lang => lang, site => &site, root => depth(1), briefings => Serde(&briefings) },
        )?;
        written += 1;
        for b in &briefings {
            page(
                "briefing-page.html",
                format!("{prefix}briefings/{}/index.html", b.month),
                context! { lang => lang, site => &site, root => depth(2), b => Serde(b) },
            )?;
            written += 1;
        }
        let updated = briefings.first().map_or_else(
            || format!("{}T00:00:00+00:00", data_date(input.normalized, input.now)),
            |b| b.generated_at.clone(),
        );
        page(
            "briefings.atom",
            format!("{prefix}briefings/feed.atom"),
            context! { lang => lang, site => &site, updated => updated, briefings => Serde(&briefings) },
        )?;
        written += 1;
    }

    // Data downloads (language-neutral) and static assets.
    let facts = &visible;
    let csv = data::facts_csv(facts, &project.config.site.base_url)
        .map_err(|e| PublishError::Data { what: "data/facts.csv", message: e.to_string() })?;
    files::write(&dir.join("data/facts.csv"), csv)?;
    let note = catalog.message(&languages[0], "data-licence-note", &[])?;
    let json = data::facts_json(facts, &data_date(input.normalized, input.now), &note)
        .map_err(|e| PublishError::Data { what: "data/facts.json", message: e.to_string() })?;
    files::write(&dir.join("data/facts.json"), json)?;
    let observations = data::observations_csv(&input.normalized.observations)
        .map_err(|e| PublishError::Data { what: "data/observations.csv", message: e.to_string() })?;
    files::write(&dir.join("data/observations.csv"), observations)?;
    files::write(&dir.join("status.json"), data::status_json(input.normalized, facts.len(), input.now))?;
    written += 4;
    for asset in files::list_files(&templates.join("static"), "css")? {
        let name = asset.file_name().expect("listed files have names");
        files::write(&dir.join(name), files::read(&asset)?)?;
        written += 1;
    }
    Ok(written)
}

fn render(env: &Environment<'static>, name: &str, ctx: Value) -> Result<String, PublishError> {
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
    let catalog = Catalog::load(&project.templates_dir(), languages)?;
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
    let catalog = Catalog::load(&project.templates_dir(), languages)?;
    for lang in languages {
        let ctx = ViewContext { catalog: &catalog, lang, project, normalized, now };
        for source in &normalized.sources {
            ctx.source(source)?;
        }
        catalog.message(lang, "briefings-title", &[])?;
    }
    Ok(())
}
