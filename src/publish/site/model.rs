//! A language's share of the site: its fact views (as the run worded them,
//! with their last change), the facts grouped by topic and by place, the
//! navigation, the changelog in words and the context every page gets.

use super::history::History;
use super::shared::{Collected, Site};
use crate::compare::Fact;
use crate::present::i18n::Catalog;
use crate::present::urls;
use crate::present::views::{FactView, Listed, SourceView, ViewContext};
use crate::project::Topic;
use crate::publish::PublishError;
use crate::publish::changelog::Entry;
use minijinja::context;
use minijinja::value::{Serde, Value};
use serde::Serialize;
use std::collections::BTreeMap;

/// A language as the switcher and the `hreflang` alternates name it.
#[derive(Debug, Serialize)]
pub(super) struct LanguageLink {
    pub(super) code: String,
    /// Where its pages are, under the site's root: `""` for the first language, `de/` for German.
    pub(super) prefix: String,
    /// Its own name for itself (`Deutsch`).
    pub(super) name: String,
    pub(super) dir: String,
}

pub(super) fn language_links(catalog: &Catalog, languages: &[String]) -> Result<Vec<LanguageLink>, PublishError> {
    languages
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            Ok(LanguageLink {
                code: lang.clone(),
                prefix: urls::language_prefix(i == 0, lang),
                name: catalog.message(lang, "language-name", &[])?,
                dir: catalog.message(lang, "dir", &[])?,
            })
        })
        .collect()
}

/// Facts as a list shows them: each [`Listed`], without its charts.
pub(super) struct ListedFacts<'a>(pub(super) &'a [&'a FactView]);

impl Serialize for ListedFacts<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|view| Listed(view)))
    }
}

fn listed<S: serde::Serializer>(facts: &[&FactView], serializer: S) -> Result<S::Ok, S::Error> {
    ListedFacts(facts).serialize(serializer)
}

fn listed_by_topic<S: serde::Serializer>(
    topics: &[(String, String, Vec<&FactView>)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(topics.iter().map(|(code, label, facts)| (code, label, ListedFacts(facts))))
}

#[derive(Serialize)]
pub(super) struct PlaceGroup<'a> {
    geo: String,
    slug: String,
    place: String,
    #[serde(serialize_with = "listed")]
    facts: Vec<&'a FactView>,
}

/// A topic's facts, by place; pages see it through [`TopicGroup::in_index`]
/// and [`TopicGroup::page_context`].
pub(super) struct TopicGroup<'a> {
    pub(super) topic: String,
    label: String,
    places: Vec<PlaceGroup<'a>>,
    /// Every fact of the topic, for the side-by-side view.
    facts: Vec<&'a FactView>,
}

/// A topic as the index of all facts lists it: by place only (its side-by-side
/// list of the same facts is for the topic's own page).
#[derive(Serialize)]
pub(super) struct TopicInIndex<'a> {
    topic: &'a str,
    label: &'a str,
    places: &'a [PlaceGroup<'a>],
}

impl<'a> TopicGroup<'a> {
    pub(super) fn in_index(&'a self) -> TopicInIndex<'a> {
        TopicInIndex { topic: &self.topic, label: &self.label, places: &self.places }
    }

    /// The topic page's `topic`: each fact made a template value once, for both
    /// the side-by-side list and its place's list (a value is shared, not copied).
    pub(super) fn page_context(&self) -> Value {
        let rows: Vec<Value> = self.facts.iter().map(|view| Value::from(Serde(Listed(view)))).collect();
        let mut rest = rows.as_slice();
        let places: Vec<Value> = self
            .places
            .iter()
            .map(|p| {
                // A place's facts are the next of the topic's, in the same order.
                let (facts, after) = rest.split_at(p.facts.len().min(rest.len()));
                rest = after;
                context! { geo => &p.geo, slug => &p.slug, place => &p.place, facts => facts.to_vec() }
            })
            .collect();
        context! { topic => &self.topic, label => &self.label, places => places, facts => rows }
    }
}

/// A place's facts, by topic.
#[derive(Serialize)]
pub(super) struct PlacePage<'a> {
    pub(super) geo: String,
    slug: String,
    place: String,
    #[serde(serialize_with = "listed_by_topic")]
    topics: Vec<(String, String, Vec<&'a FactView>)>,
    /// In a FOCUS country, the mission's topics with no fact, and why: (label, reason).
    missing: Vec<(String, String)>,
    missing_intro: Option<String>,
}

/// A changelog entry as a page shows it.
#[derive(Serialize)]
pub(super) struct ChangeView {
    pub(super) date: String,
    fact: String,
    /// The fact's page, while it is still published.
    url: Option<String>,
    sentence: String,
    pub(super) kind: String,
    reason: Option<String>,
    old: Option<String>,
    new: Option<String>,
}

/// A link in navigation lists: code, label, slug.
#[derive(Serialize)]
pub(super) struct NavItem {
    pub(super) code: String,
    label: String,
    slug: String,
    count: usize,
}

/// A fact's view: the run's, or worded here for a fact the run did not word.
pub(super) enum View<'a> {
    Run(&'a FactView),
    /// Boxed: a view is large, and a list holds one per fact.
    Here(Box<FactView>),
}

impl AsRef<FactView> for View<'_> {
    fn as_ref(&self) -> &FactView {
        match self {
            View::Run(view) => view,
            View::Here(view) => view,
        }
    }
}

/// The visible facts' views in `lang`, as the run worded them (borrowed, not
/// copied: every language's views are alive for the whole run).
pub(super) fn views<'a>(site: &'a Site, lang: &str) -> Result<Vec<View<'a>>, PublishError> {
    let input = site.input;
    let ctx = ViewContext {
        catalog: &site.catalog,
        lang,
        project: input.project,
        normalized: input.normalized,
        now: input.now,
    };
    site.visible
        .iter()
        .map(|fact| match input.presented.view(lang, &fact.id) {
            Some(view) => Ok(View::Run(view)),
            None => Ok(View::Here(Box::new(ctx.fact(fact)?))),
        })
        .collect()
}

/// Each visible fact's last change after its first publication, in words, by fact id.
fn last_changes(site: &Site, history: &History, lang: &str) -> Result<BTreeMap<String, String>, PublishError> {
    let visible: std::collections::BTreeSet<&str> = site.visible.iter().map(|f| f.id.as_str()).collect();
    let mut out = BTreeMap::new();
    for (id, (date, kind)) in history.last_change() {
        if !visible.contains(id) {
            continue;
        }
        let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .map_err(|e| PublishError::Data { what: "changelog", message: format!("`{date}` is not a date: {e}") })?;
        let text = site.catalog.message(
            lang,
            "fact-changed",
            &[
                ("date", site.catalog.date(lang, day)?.into()),
                ("kind", site.catalog.message(lang, &format!("change-{}", kind.as_str()), &[])?.into()),
            ],
        )?;
        out.insert(id.to_string(), text);
    }
    Ok(out)
}

/// One language's pages' shared model.
pub(super) struct Language<'a> {
    pub(super) lang: &'a str,
    /// The first language: at the site's root, and the one the sitemap lists.
    pub(super) first: bool,
    pub(super) prefix: String,
    pub(super) ctx: ViewContext<'a>,
    pub(super) dir: String,
    pub(super) rtl: bool,
    /// The visible facts' views, in compare's order.
    pub(super) facts: &'a [&'a FactView],
    /// Each fact's last change after its first publication, in words, by fact id.
    pub(super) last_change: BTreeMap<String, String>,
    pub(super) sources: Vec<SourceView>,
    pub(super) topics: Vec<TopicGroup<'a>>,
    pub(super) places: Vec<PlacePage<'a>>,
    pub(super) place_nav: Vec<NavItem>,
    /// The changelog in words, newest first.
    pub(super) changes: Vec<ChangeView>,
    /// What every page's `site` holds.
    pub(super) site: Value,
}

impl<'a> Language<'a> {
    pub(super) fn of(
        site: &'a Site,
        history: &History,
        i: usize,
        facts: &'a [&'a FactView],
    ) -> Result<Language<'a>, PublishError> {
        let input = site.input;
        let project = input.project;
        let lang = site.languages[i].as_str();
        let prefix = urls::language_prefix(i == 0, lang);
        let ctx = ViewContext { catalog: &site.catalog, lang, project, normalized: input.normalized, now: input.now };
        let dir = site.catalog.message(lang, "dir", &[])?;
        let sources: Vec<SourceView> =
            input.normalized.sources.iter().filter(|s| !s.example).map(|s| ctx.source(s)).collect::<Result<_, _>>()?;
        let by_id: BTreeMap<&str, &FactView> = facts.iter().map(|f| (f.id.as_str(), *f)).collect();
        let topics = group_by_topic(&site.visible, facts, &ctx)?;
        let places = group_by_place(&site.visible, facts, &site.focus_countries, &ctx)?;
        let topic_nav: Vec<NavItem> = topics
            .iter()
            .map(|t| NavItem {
                code: t.topic.clone(),
                label: t.label.clone(),
                slug: urls::slug(&t.topic),
                count: t.places.iter().map(|p| p.facts.len()).sum(),
            })
            .collect();
        // Places by name as the reader's language writes it (not by code).
        let mut place_nav: Vec<NavItem> = places
            .iter()
            .map(|p| NavItem {
                code: p.geo.clone(),
                label: p.place.clone(),
                slug: p.slug.clone(),
                count: p.topics.iter().map(|t| t.2.len()).sum(),
            })
            .collect();
        // Countries by name, then the aggregates (EU27_2020, XX14, WORLD).
        place_nav.sort_by_key(|p| (p.code.len() != 2, name_key(&p.label)));
        let entries: Vec<&Entry> = history.entries().collect();
        let changes: Vec<ChangeView> =
            entries.iter().rev().map(|e| change_view(e, &by_id, &ctx)).collect::<Result<_, PublishError>>()?;
        // The last refresh from a producer and the last transcription, never the build's date.
        let (refreshed, transcribed) = crate::publish::refresh_dates(input.normalized);
        let site_ctx = context! {
            lang => lang,
            base_url => site.base_url,
            prefix => &prefix,
            generated => &site.data_date,
            refreshed => &refreshed,
            transcribed => &transcribed,
            // Stale sources a published fact uses, named in words.
            stale_sources => sources
                .iter()
                .filter(|s| s.stale && facts.iter().any(|f| f.sources.contains(&s.id)))
                .map(|s| format!("{}: {}", s.producer, s.title))
                .collect::<Vec<_>>(),
            topics => Serde(&topic_nav),
            places => Serde(&place_nav),
            images => project.config.site.social_images,
            languages => Serde(&site.languages_links),
        };
        Ok(Language {
            lang,
            first: i == 0,
            rtl: dir == "rtl",
            prefix,
            ctx,
            dir,
            facts,
            last_change: last_changes(site, history, lang)?,
            sources,
            topics,
            places,
            place_nav,
            changes,
            site: site_ctx,
        })
    }

    /// `../` enough times to reach the site's root from a page `levels` deep in this language.
    pub(super) fn root(&self, levels: usize) -> String {
        "../".repeat(levels + usize::from(!self.first))
    }

    /// Renders a page of this language at `path` (under its home), `levels`
    /// folders deep, writes it and lists it in the sitemap.
    pub(super) fn page(
        &self,
        site: &Site,
        out: &mut Collected,
        template: &str,
        path: &str,
        levels: usize,
        extra: Value,
    ) -> Result<String, PublishError> {
        let root = self.root(levels);
        let home = format!("{root}{}", self.prefix);
        let ctx = context! { lang => self.lang, site => &self.site, root => root, home => home, page => path, ..extra };
        let html = site.render(template, ctx)?;
        site.write(out, format!("{}{path}", self.prefix), &html)?;
        if self.first && path.ends_with(".html") && !path.starts_with("404") {
            out.sitemap.insert(path.trim_end_matches("index.html").to_string(), site.data_date.clone());
        }
        Ok(html)
    }
}

/// Facts by topic, then by place, in the order compare sorted them.
fn group_by_topic<'a>(
    visible: &[Fact],
    facts: &[&'a FactView],
    ctx: &ViewContext,
) -> Result<Vec<TopicGroup<'a>>, PublishError> {
    let mut topics: Vec<TopicGroup<'a>> = Vec::new();
    for (fact, view) in visible.iter().zip(facts.iter().copied()) {
        let topic = fact.topic.as_str();
        if topics.last().is_none_or(|t| t.topic != topic) {
            topics.push(TopicGroup {
                topic: topic.to_string(),
                label: view.topic_label.clone(),
                places: Vec::new(),
                facts: Vec::new(),
            });
        }
        topics.last_mut().expect("pushed above").facts.push(view);
        let places = &mut topics.last_mut().expect("pushed above").places;
        if places.last().is_none_or(|p| p.geo != fact.geo) {
            places.push(PlaceGroup {
                geo: fact.geo.clone(),
                slug: urls::slug(&fact.geo),
                place: ctx.place(&fact.geo)?,
                facts: Vec::new(),
            });
        }
        places.last_mut().expect("pushed above").facts.push(view);
    }
    Ok(topics)
}

/// Facts by place (sorted by code), then by topic.
/// A FOCUS country gets a page even without facts, saying which of the
/// mission's topics has no cited figure.
fn group_by_place<'a>(
    visible: &[Fact],
    facts: &[&'a FactView],
    focus_countries: &[String],
    ctx: &ViewContext,
) -> Result<Vec<PlacePage<'a>>, PublishError> {
    let mut by_geo: BTreeMap<&str, Vec<(&Fact, &'a FactView)>> = BTreeMap::new();
    for geo in focus_countries {
        by_geo.entry(geo.as_str()).or_default();
    }
    for (fact, view) in visible.iter().zip(facts.iter().copied()) {
        by_geo.entry(fact.geo.as_str()).or_default().push((fact, view));
    }
    let message = |key: &str, args: &[(&str, crate::present::i18n::Arg)]| ctx.catalog.message(ctx.lang, key, args);
    by_geo
        .into_iter()
        .map(|(geo, list)| {
            let mut topics: Vec<(String, String, Vec<&FactView>)> = Vec::new();
            for (fact, view) in list {
                if topics.last().is_none_or(|t| t.0 != fact.topic.as_str()) {
                    topics.push((fact.topic.as_str().to_string(), view.topic_label.clone(), Vec::new()));
                }
                topics.last_mut().expect("pushed above").2.push(view);
            }
            let mut missing = Vec::new();
            if focus_countries.iter().any(|c| c == geo) {
                for topic in [Topic::Education, Topic::Employment, Topic::Welfare] {
                    if !topics.iter().any(|t| t.0 == topic.as_str()) {
                        missing.push((
                            message(&format!("topic-{}", topic.as_str()), &[])?,
                            message("missing-topic", &[])?,
                        ));
                    }
                }
            }
            let missing_intro = match missing.is_empty() {
                true => None,
                false => Some(message("missing-intro", &[("place", ctx.place(geo)?.into())])?),
            };
            Ok(PlacePage {
                geo: geo.to_string(),
                slug: urls::slug(geo),
                place: ctx.place(geo)?,
                topics,
                missing,
                missing_intro,
            })
        })
        .collect()
}

/// A place's name as a sort key: case and a leading article ignored.
fn name_key(label: &str) -> String {
    let lower = label.to_lowercase();
    lower.strip_prefix("the ").unwrap_or(&lower).to_string()
}

fn change_view(e: &Entry, by_id: &BTreeMap<&str, &FactView>, ctx: &ViewContext) -> Result<ChangeView, PublishError> {
    let fact = by_id.get(e.fact.as_str());
    let estimate = e.figure.as_deref() == Some("estimate");
    let state_text = |s: &Option<crate::briefing::record::FactState>| -> Result<Option<String>, PublishError> {
        let Some(s) = s else { return Ok(None) };
        let (value, period) = match (estimate, s.estimate_value, &s.estimate_period) {
            (true, Some(v), Some(p)) => (v, p.as_str()),
            _ => (s.value, s.period.as_str()),
        };
        let text = ctx.value_text(value, s.unit)?;
        let shown = format!("{text} ({})", ctx.period(period)?);
        Ok(Some(if estimate {
            ctx.catalog.message(ctx.lang, "change-estimate-value", &[("value", shown.into())])?
        } else {
            shown
        }))
    };
    Ok(ChangeView {
        date: e.date.clone(),
        fact: e.fact.clone(),
        url: fact.map(|f| f.url.clone()),
        sentence: fact.map_or_else(|| e.fact.clone(), |f| f.sentence.clone()),
        kind: e.kind.as_str().to_string(),
        reason: e.reason.map(|r| r.as_str().to_string()),
        old: state_text(&e.old)?,
        new: state_text(&e.new)?,
    })
}
