//! The site build: every page, feed and download written into a folder that
//! `publish` then swaps into place. Pages are per language (the first at the
//! root, the others under `/<lang>/`); downloads are language-neutral.

use super::changelog::{ChangeKind, Changelog, Entry};
use super::{PublishError, PublishInput, cards, data, render, search, social};
use crate::briefing::record::Record;
use crate::compare::{Estimate, Fact};
use crate::files;
use crate::present::i18n::Catalog;
use crate::present::views::{FactView, SourceView, ViewContext};
use crate::project::Topic;
use crate::state::Durable;
use minijinja::value::{Serde, Value};
use minijinja::{Environment, context};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Size of the social images: Open Graph's recommended 1200×630.
pub const SOCIAL_SIZE: (u32, u32) = (1200, 630);
/// The square image for newsletters and social posts.
pub const SQUARE_SIZE: (u32, u32) = (1080, 1080);
/// At most this many entries in a facts feed and on the home page's "what changed".
const FEED_ENTRIES: usize = 100;
const HOME_CHANGES: usize = 8;
const HEADLINES: usize = 4;

/// What the build produced, for `publish` to finish once the site is live.
pub struct Built {
    pub files: usize,
    /// This month's card views, to freeze as its pinned cards once the site is live.
    pub to_pin: Option<(String, cards::CardsByFact)>,
    pub log: Changelog,
    pub pending: Vec<Entry>,
    pub record: Record,
}

#[derive(Serialize)]
struct PlaceGroup<'a> {
    geo: String,
    slug: String,
    place: String,
    facts: Vec<&'a FactView>,
}

#[derive(Serialize)]
struct TopicGroup<'a> {
    topic: String,
    label: String,
    places: Vec<PlaceGroup<'a>>,
    /// Every fact of the topic, for the side-by-side view.
    facts: Vec<&'a FactView>,
}

/// A place's facts, by topic.
#[derive(Serialize)]
struct PlacePage<'a> {
    geo: String,
    slug: String,
    place: String,
    topics: Vec<(String, String, Vec<&'a FactView>)>,
    /// In a FOCUS country, the mission's topics with no fact, and why: (label, reason).
    missing: Vec<(String, String)>,
    missing_intro: Option<String>,
}

/// A changelog entry as a page shows it.
#[derive(Serialize)]
struct ChangeView {
    date: String,
    fact: String,
    /// The fact's page, while it is still published.
    url: Option<String>,
    sentence: String,
    kind: String,
    reason: Option<String>,
    old: Option<String>,
    new: Option<String>,
}

/// A link in navigation lists: code, label, slug.
#[derive(Serialize)]
struct NavItem {
    code: String,
    label: String,
    slug: String,
    count: usize,
}

pub fn build(input: &PublishInput, dir: &Path) -> Result<Built, PublishError> {
    let project = input.project;
    let languages = &project.config.site.languages;
    if languages.is_empty() {
        return Err(PublishError::Data {
            what: "factgap.toml",
            message: "[site] languages is empty: name at least one".into(),
        });
    }
    let base_url = &project.config.site.base_url;
    let templates = project.templates_dir();
    let catalog = std::sync::Arc::new(Catalog::of_project(project)?);
    let env = crate::present::environment(&templates, catalog.clone());
    let visible: Vec<Fact> = input.facts.facts.iter().filter(|f| !input.held_back.contains(&f.id)).cloned().collect();
    let data_date = super::data_date(input.normalized, input.now);
    // The last refresh from a producer and the last transcription, never the build's date.
    let (refreshed, transcribed) = super::refresh_dates(input.normalized);

    // The public changelog: what this build adds to it, shown now, written after the swap.
    let log = Changelog::load(&Durable::at(input.out_dir))
        .map_err(|e| PublishError::Data { what: "changelog", message: e.to_string() })?;
    let record =
        Record::of_run(&input.now.format("%Y-%m").to_string(), input.now, None, &visible, input.normalized, None);
    let pending = log.pending(&record, &input.now.format("%Y-%m-%d").to_string());
    let entries: Vec<&Entry> = log.entries.iter().chain(&pending).collect();
    // Each fact's latest change after its first publication (a correction, an update).
    let mut last_change: BTreeMap<&str, (&str, ChangeKind)> = BTreeMap::new();
    for e in entries.iter().filter(|e| !matches!(e.kind, ChangeKind::New | ChangeKind::Withdrawn)) {
        let slot = last_change.entry(e.fact.as_str()).or_insert((e.date.as_str(), e.kind));
        if e.date.as_str() >= slot.0 {
            *slot = (e.date.as_str(), e.kind);
        }
    }
    let first_published: BTreeMap<&str, &str> = entries
        .iter()
        .rev()
        .filter(|e| e.kind == ChangeKind::New)
        .map(|e| (e.fact.as_str(), e.date.as_str()))
        .collect();

    let mut images: Vec<(String, String)> = Vec::new();
    let month = input.now.format("%Y-%m").to_string();
    let card_script = files::read_to_string(&templates.join("cards/card.js"))?;
    let mut current_cards: cards::CardsByFact = BTreeMap::new();
    let pinned = cards::load_pinned(&Durable::at(input.out_dir))
        .map_err(|e| PublishError::Data { what: "pinned cards", message: e.to_string() })?;
    let written = std::cell::Cell::new(0usize);
    // Pages by their path under a language's home, with their last change:
    // every page exists in every language, so the sitemap lists each path
    // once per language, with the others as `hreflang` alternates.
    let mut sitemap: BTreeMap<String, String> = BTreeMap::new();
    let mut fact_urls: Vec<(String, String)> = Vec::new();
    let language_links = languages
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            Ok(LanguageLink {
                code: lang.clone(),
                prefix: if i == 0 { String::new() } else { format!("{lang}/") },
                name: catalog.message(lang, "language-name", &[])?,
                dir: catalog.message(lang, "dir", &[])?,
            })
        })
        .collect::<Result<Vec<_>, PublishError>>()?;
    let mut search_pages: Vec<search::Page> = Vec::new();
    let base_path = url_path(base_url);
    let indexing = project.config.site.search_index;

    let reviews = translation_reviews(&templates, &language_links)?;
    // The countries FOCUS surveyed, from its findings (in the order they list them).
    let focus_countries: Vec<String> = input
        .normalized
        .findings
        .iter()
        .find(|f| f.direction.is_some())
        .map(|f| f.countries.clone())
        .unwrap_or_default();
    // Each fact's sentence in the first language, for the downloads.
    let mut headline_of: BTreeMap<String, String> = BTreeMap::new();
    let arabic_digits = languages.iter().any(|l| l == "ar").then(|| catalog.numbering("ar"));
    for (i, lang) in languages.iter().enumerate() {
        let prefix = if i == 0 { String::new() } else { format!("{lang}/") };
        let ctx = ViewContext { catalog: &catalog, lang, project, normalized: input.normalized, now: input.now };
        let dir_of_lang = catalog.message(lang, "dir", &[])?;
        let rtl = dir_of_lang == "rtl";
        let mut facts: Vec<FactView> = visible.iter().map(|f| ctx.fact(f)).collect::<Result<_, _>>()?;
        for view in &mut facts {
            if let Some((date, kind)) = last_change.get(view.id.as_str()) {
                let day = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|e| PublishError::Data {
                    what: "changelog",
                    message: format!("`{date}` is not a date: {e}"),
                })?;
                view.last_change = Some(catalog.message(
                    lang,
                    "fact-changed",
                    &[
                        ("date", catalog.date(lang, day)?.into()),
                        ("kind", catalog.message(lang, &format!("change-{}", kind.as_str()), &[])?.into()),
                    ],
                )?);
            }
            if i == 0 {
                headline_of.insert(view.id.clone(), view.sentence.clone());
            }
        }
        let sources: Vec<SourceView> =
            input.normalized.sources.iter().filter(|s| !s.example).map(|s| ctx.source(s)).collect::<Result<_, _>>()?;
        let by_id: BTreeMap<&str, &FactView> = facts.iter().map(|f| (f.id.as_str(), f)).collect();

        let topics = group_by_topic(&visible, &facts, &ctx)?;
        let places = group_by_place(&visible, &facts, &focus_countries, &ctx)?;
        let topic_nav: Vec<NavItem> = topics
            .iter()
            .map(|t| NavItem {
                code: t.topic.clone(),
                label: t.label.clone(),
                slug: slug(&t.topic),
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
        let changes: Vec<ChangeView> =
            entries.iter().rev().map(|e| change_view(e, &by_id, &ctx)).collect::<Result<_, PublishError>>()?;

        let site = context! {
            lang => lang,
            base_url => base_url,
            prefix => &prefix,
            generated => &data_date,
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
            languages => Serde(&language_links),
        };
        // `root` reaches the site's root (shared files), `home` this language's pages.
        let up = |levels: usize| "../".repeat(levels);
        let mut page = |template: &str, path: &str, levels: usize, extra: Value| -> Result<String, PublishError> {
            let root = up(levels + usize::from(i > 0));
            let home = format!("{}{prefix}", root);
            let ctx = context! { lang => lang, site => &site, root => root, home => home, page => path, ..extra };
            let html = render(&env, template, ctx)?;
            files::write(&dir.join(format!("{prefix}{path}")), &html)?;
            written.set(written.get() + 1);
            if i == 0 && path.ends_with(".html") && !path.starts_with("404") {
                sitemap.insert(path.trim_end_matches("index.html").to_string(), data_date.clone());
            }
            Ok(html)
        };

        // Home: the mission's facts first (refugees' education, employment and
        // welfare in the FOCUS countries), a country chooser, then the immigrant
        // share, what changed in the last run, and the ways in.
        let year = input.now.format("%Y").to_string().parse::<f64>().unwrap_or(0.0);
        let (mission, shares) = headlines(&visible, &facts, &focus_countries, year);
        let chooser: Vec<&NavItem> =
            focus_countries.iter().filter_map(|geo| place_nav.iter().find(|p| &p.code == geo)).collect();
        let latest_date = changes.first().map(|c| c.date.clone());
        let latest: Vec<&ChangeView> =
            changes.iter().filter(|c| Some(&c.date) == latest_date.as_ref()).take(HOME_CHANGES).collect();
        let latest_total = changes.iter().filter(|c| Some(&c.date) == latest_date.as_ref()).count();
        // A first publication is one line, not a list of every fact.
        let all_new = latest_total > 0
            && changes.iter().filter(|c| Some(&c.date) == latest_date.as_ref()).all(|c| c.kind == "new");
        page(
            "index.html",
            "index.html",
            0,
            context! {
                mission => Serde(&mission), shares => Serde(&shares), chooser => Serde(&chooser),
                latest => Serde(&latest), latest_total => latest_total, latest_date => latest_date, all_new => all_new,
            },
        )?;
        // Indexes of every fact, topic and place.
        page("facts-index.html", "facts/index.html", 1, context! { topics => Serde(&topics) })?;
        page("topics-index.html", "topics/index.html", 1, context! {})?;
        page("places-index.html", "places/index.html", 1, context! {})?;
        for topic in &topics {
            let path = format!("topics/{}/index.html", slug(&topic.topic));
            let html = page("topic.html", &path, 2, context! { topic => Serde(topic) })?;
            if indexing {
                search_pages
                    .push(search::Page { url: format!("{base_path}{prefix}topics/{}/", slug(&topic.topic)), html });
            }
        }
        for place in &places {
            let path = format!("places/{}/index.html", place.slug);
            let html = page("place.html", &path, 2, context! { place => Serde(place) })?;
            if indexing {
                search_pages.push(search::Page { url: format!("{base_path}{prefix}places/{}/", place.slug), html });
            }
        }
        let source_of: BTreeMap<&str, &SourceView> = sources.iter().map(|s| (s.id.as_str(), s)).collect();
        // Each fact's page, card, embed page, oEmbed and image sources: the bulk
        // of a build, rendered on every core, each fact's files by one thread.
        let fact_root = up(2 + usize::from(i > 0));
        let per_fact = |fact: &Fact, view: &FactView| -> Result<FactOutput, PublishError> {
            let mut out = FactOutput::default();
            let fact_sources: Vec<&SourceView> =
                view.sources.iter().filter_map(|id| source_of.get(id.as_str()).copied()).collect();
            let claim_review = claim_review(fact, view, &fact_sources, base_url, first_published.get(fact.id.as_str()));
            let path = format!("facts/{}/index.html", view.id);
            let html = render(
                &env,
                "fact.html",
                context! {
                    lang => lang, site => &site, root => &fact_root, home => format!("{fact_root}{prefix}"), page => &path,
                    fact => Serde(view), sources => Serde(&fact_sources), claim_review => Serde(&claim_review), rtl => rtl,
                },
            )?;
            files::write(&dir.join(format!("{prefix}{path}")), &html)?;
            out.sitemap = (i == 0).then(|| (format!("facts/{}/", view.id), data_date.clone()));
            if indexing {
                out.search = Some(search::Page { url: format!("{base_path}{prefix}facts/{}/", view.id), html });
            }
            // The embeddable card in this language, its embed page, oEmbed and images.
            let card = cards::card_view(
                fact,
                view,
                cards::CardTexts {
                    lang,
                    dir: &dir_of_lang,
                    why_short: view.why_short.as_deref(),
                    question: view.question.clone(),
                    myth_label: catalog.message(lang, "myth-flag", &[])?,
                    fact_url: format!("{base_url}{prefix}facts/{}/", view.id),
                    population_note: view.population_note.clone(),
                },
            );
            let card_dir = format!("cards/{}/{lang}/", view.id);
            let card_url = format!("{base_url}{card_dir}");
            let card_html = render(
                &env,
                "cards/card.html",
                card_context(lang, catalog.numbering(lang), &card, &card_url, &card_url, &card_script, None),
            )?;
            files::write(&dir.join(&card_dir).join("index.html"), card_html)?;
            let snippet = |src: String| {
                render(
                    &env,
                    "cards/snippet.html",
                    context! {
                        card => Serde(&card), src => src, height => cards::EMBED_HEIGHT,
                        frame_title => catalog.message(lang, "card-frame-title", &[("topic", card.topic_label.clone().into()), ("place", card.place.clone().into())]).unwrap_or_default(),
                        image_url => project.config.site.social_images.then(|| format!("{card_url}image.png")),
                    },
                )
            };
            // The reader sees the figure at once unless the editor asks for a guess.
            let latest_snippet = snippet(card_url.clone())?;
            let pinned_snippet = snippet(format!("{base_url}cards/v/{month}/{}/{lang}/", view.id))?;
            let root = "../../../".to_string();
            let embed = render(
                &env,
                "cards/embed.html",
                context! {
                    lang => lang, site => &site, root => &root, home => format!("{root}{prefix}"), page => format!("{card_dir}embed.html"),
                    card => Serde(&card), card_url => &card_url, snippet => &latest_snippet, pinned_snippet => &pinned_snippet,
                    month => &month, height => cards::EMBED_HEIGHT, embed_of => &view.id,
                },
            )?;
            files::write(&dir.join(&card_dir).join("embed.html"), embed)?;
            files::write(
                &dir.join(&card_dir).join("oembed.json"),
                oembed(&card, &card_url, &latest_snippet, base_url),
            )?;
            out.files += 4;
            // Its images: the wide one doubles as the fact page's Open Graph image.
            for (name, (width, height), wrap) in [("image", SOCIAL_SIZE, 38), ("square", SQUARE_SIZE, 28)] {
                let svg = render(&env, "social.svg", social_context(lang, rtl, view, fact, (width, height), wrap))?;
                files::write(&dir.join(&card_dir).join(format!("{name}.svg")), &svg)?;
                out.files += 1;
                if project.config.site.social_images {
                    out.images.push((format!("{card_dir}{name}.png"), svg));
                }
            }
            // Each chart on its own, with its title, unit, source and the site's
            // name drawn in, to download or screenshot without losing the attribution.
            let charts = [
                ("chart-compare", "charts/compare.svg", view.compare_chart.as_ref().map(|c| Value::from(Serde(c)))),
                ("chart-trend", "charts/trend.svg", view.trend_chart.as_ref().map(|c| Value::from(Serde(c)))),
            ];
            for (name, template, chart) in charts {
                let Some(chart) = chart else { continue };
                let svg = render(
                    &env,
                    template,
                    context! { lang => lang, fact => Serde(view), chart => chart, standalone => true, rtl => rtl },
                )?;
                files::write(&dir.join(&card_dir).join(format!("{name}.svg")), &svg)?;
                out.files += 1;
                if project.config.site.social_images {
                    out.images.push((format!("{card_dir}{name}.png"), svg));
                }
            }
            out.card = Some(card);
            Ok(out)
        };
        let pairs: Vec<(&Fact, &FactView)> = visible.iter().zip(&facts).collect();
        for out in
            super::parallel::map(&pairs, input.cancel, || PublishError::Cancelled, |(fact, view)| per_fact(fact, view))?
        {
            written.set(written.get() + out.files);
            fact_urls.extend(out.sitemap);
            search_pages.extend(out.search);
            images.extend(out.images);
            if let Some(card) = out.card {
                current_cards.entry(card.id.clone()).or_default().insert(lang.to_string(), card);
            }
        }
        page("sources.html", "sources/index.html", 1, context! { sources => Serde(&sources) })?;
        let findings = focus_findings(&ctx);
        page("about-focus.html", "about-focus/index.html", 1, context! { groups => Serde(&findings) })?;
        page("methodology.html", "methodology/index.html", 1, methodology_context(input, &ctx)?)?;
        page("corrections.html", "corrections/index.html", 1, context! { changes => Serde(&changes) })?;
        page("search.html", "search/index.html", 1, context! {})?;
        page(
            "translations.html",
            "translations/index.html",
            1,
            context! { reviews => Serde(&reviews), arabic_digits => arabic_digits },
        )?;
        page(
            "data.html",
            "data/index.html",
            1,
            context! { dataset => Serde(&dataset(input, &visible, &ctx, &data_date)?) },
        )?;
        // Served for any missing address, so its links start from the site's root path.
        let abs_root = base_path.clone();
        let html = render(
            &env,
            "404.html",
            context! { lang => lang, site => &site, root => &abs_root, home => format!("{abs_root}{prefix}"), page => "404.html" },
        )?;
        files::write(&dir.join(format!("{prefix}404.html")), html)?;
        written.set(written.get() + 1);

        // The briefing archive, newest first, and its feed.
        let briefings: Vec<&crate::briefing::view::BriefingView> =
            input.briefings.iter().rev().map(|b| &b.view).filter(|v| v.lang == *lang).collect();
        page("briefings.html", "briefings/index.html", 1, context! { briefings => Serde(&briefings) })?;
        for b in &briefings {
            page("briefing-page.html", &format!("briefings/{}/index.html", b.month), 2, context! { b => Serde(b) })?;
        }
        let updated =
            briefings.first().map_or_else(|| format!("{data_date}T00:00:00+00:00"), |b| b.generated_at.clone());
        page(
            "briefings.atom",
            "briefings/feed.atom",
            1,
            context! { updated => updated, briefings => Serde(&briefings) },
        )?;
        // The facts feed: new, updated and corrected facts, newest first.
        let feed: Vec<&ChangeView> = changes.iter().take(FEED_ENTRIES).collect();
        let updated = feed.first().map_or(data_date.clone(), |c| c.date.clone());
        page(
            "facts.atom",
            "feed.atom",
            0,
            context! { updated => format!("{updated}T00:00:00Z"), changes => Serde(&feed) },
        )?;
    }

    // Language-neutral files: each card's language chooser, the pinned cards,
    // each fact's data, the downloads, the search index.
    let mut written = written.get();
    let chooser_script = files::read_to_string(&templates.join("cards/chooser.js"))?;
    for (id, by_lang) in &current_cards {
        let first = &by_lang[&languages[0]];
        let html = render(
            &env,
            "cards/chooser.html",
            context! {
                lang => &languages[0], sentence => &first.sentence, languages => languages,
                language_names => language_links.iter().map(|l| (l.code.clone(), l.name.clone(), l.dir.clone())).collect::<Vec<_>>(),
                script => &chooser_script, csp_script => cards::csp_hash(&chooser_script),
            },
        )?;
        files::write(&dir.join(format!("cards/{id}/index.html")), html)?;
        written += 1;
    }
    // This month's pinned cards: those already frozen stay as they are; a fact
    // or language seen for the first time this month is frozen now.
    let mut month_cards = pinned.get(&month).cloned().unwrap_or_default();
    let mut newly_pinned = false;
    for (id, by_lang) in &current_cards {
        for (lang, card) in by_lang {
            month_cards.entry(id.clone()).or_default().entry(lang.clone()).or_insert_with(|| {
                newly_pinned = true;
                card.clone()
            });
        }
    }
    let mut months: Vec<(&str, &cards::CardsByFact)> =
        pinned.iter().filter(|(m, _)| **m != month).map(|(m, c)| (m.as_str(), c)).collect();
    months.push((&month, &month_cards));
    for (pinned_month, cards_of_month) in months {
        for (id, by_lang) in cards_of_month {
            for (lang, card) in by_lang {
                let now_card = current_cards.get(id).and_then(|l| l.get(lang));
                let newer = now_card
                    .filter(|c| c.value != card.value || c.period != card.period)
                    .map(|_| format!("{base_url}cards/{id}/{lang}/"));
                let card_url = format!("{base_url}cards/v/{pinned_month}/{id}/{lang}/");
                let latest_url = format!("{base_url}cards/{id}/{lang}/");
                let mut ctx =
                    card_context(lang, catalog.numbering(lang), card, &card_url, &latest_url, &card_script, newer);
                ctx = context! { pinned_month => pinned_month, ..ctx };
                let html = render(&env, "cards/card.html", ctx)?;
                files::write(&dir.join(format!("cards/v/{pinned_month}/{id}/{lang}/index.html")), html)?;
                written += 1;
            }
        }
    }
    for fact in &visible {
        let csv = data::fact_csv(fact)
            .map_err(|e| PublishError::Data { what: "facts/*/data.csv", message: e.to_string() })?;
        files::write(&dir.join(format!("facts/{}/data.csv", fact.id)), csv)?;
        let json = data::facts_json(
            std::slice::from_ref(fact),
            &data_date,
            &catalog.message(&languages[0], "data-licence-note", &[])?,
        )
        .map_err(|e| PublishError::Data { what: "facts/*/data.json", message: e.to_string() })?;
        files::write(&dir.join(format!("facts/{}/data.json", fact.id)), json)?;
        written += 2;
    }
    written += write_downloads(input, dir, &env, &catalog, &visible, &headline_of, &data_date)?;
    sitemap.extend(fact_urls);
    let sitemap_xml = render(
        &env,
        "sitemap.xml",
        context! { urls => sitemap.into_iter().collect::<Vec<_>>(), languages => Serde(&language_links), base_url => base_url },
    )?;
    files::write(&dir.join("sitemap.xml"), sitemap_xml)?;
    files::write(&dir.join("robots.txt"), render(&env, "robots.txt", context! { base_url => base_url })?)?;
    files::write(&dir.join("status.json"), data::status_json(input.normalized, visible.len(), input.now))?;
    written += 3;
    for ext in ["css", "js"] {
        for asset in files::list_files(&templates.join("static"), ext)? {
            let name = asset.file_name().expect("listed files have names");
            files::write(&dir.join(name), files::read(&asset)?)?;
            written += 1;
        }
    }
    if project.config.site.search_index {
        let index = search::index(search_pages)
            .map_err(|e| PublishError::Data { what: "search index", message: e.to_string() })?;
        for (name, bytes) in index {
            files::write(&dir.join("pagefind").join(name), bytes)?;
            written += 1;
        }
    }
    if !images.is_empty() {
        let renderer = social::Renderer::new(&templates.join("fonts"), Some(Durable::at(input.out_dir).image_cache()))
            .map_err(|e| PublishError::Data { what: "social images", message: e.to_string() })?;
        let failed = |e| match e {
            social::SocialError::Cancelled => PublishError::Cancelled,
            e => PublishError::Data { what: "social images", message: e.to_string() },
        };
        written += social::draw_all(&renderer, &images, dir, input.cancel).map_err(failed)?;
        renderer.prune_cache().map_err(failed)?;
    }
    let to_pin = newly_pinned.then(|| (month.clone(), month_cards.clone()));
    Ok(Built { files: written, log, pending, record, to_pin })
}

/// What one fact's outputs add to the build's lists.
#[derive(Default)]
struct FactOutput {
    files: usize,
    sitemap: Option<(String, String)>,
    search: Option<search::Page>,
    images: Vec<(String, String)>,
    card: Option<cards::CardView>,
}

/// The path part of the base URL, ending in `/`: where the site is served from.
fn url_path(base_url: &str) -> String {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    let path = rest.find('/').map_or("/", |i| &rest[i..]);
    if path.ends_with('/') { path.to_string() } else { format!("{path}/") }
}

/// URL-friendly form of a code: `population_share` → `population-share`, `EU27_2020` → `eu27-2020`.
pub fn slug(code: &str) -> String {
    code.to_lowercase().replace('_', "-")
}

/// Facts by topic, then by place, in the order compare sorted them.
fn group_by_topic<'a>(
    visible: &[Fact],
    facts: &'a [FactView],
    ctx: &ViewContext,
) -> Result<Vec<TopicGroup<'a>>, PublishError> {
    let mut topics: Vec<TopicGroup<'a>> = Vec::new();
    for (fact, view) in visible.iter().zip(facts) {
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
                slug: slug(&fact.geo),
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
    facts: &'a [FactView],
    focus_countries: &'a [String],
    ctx: &ViewContext,
) -> Result<Vec<PlacePage<'a>>, PublishError> {
    let mut by_geo: BTreeMap<&str, Vec<(&Fact, &'a FactView)>> = BTreeMap::new();
    for geo in focus_countries {
        by_geo.entry(geo.as_str()).or_default();
    }
    for (fact, view) in visible.iter().zip(facts) {
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
                slug: slug(geo),
                place: ctx.place(geo)?,
                topics,
                missing,
                missing_intro,
            })
        })
        .collect()
}

/// The facts the home page leads with: per FOCUS country (in FOCUS's order), its
/// refugee facts, the best first (a figure seen in its primary source, then the
/// newest); and, apart, the largest measured misperceptions of the immigrant share.
fn headlines<'a>(
    visible: &[Fact],
    facts: &'a [FactView],
    focus_countries: &[String],
    latest_year: f64,
) -> (Vec<&'a FactView>, Vec<&'a FactView>) {
    let mut mission: Vec<(usize, &Fact, &FactView)> = visible
        .iter()
        .zip(facts)
        .filter(|(f, _)| f.topic != crate::project::Topic::PopulationShare)
        .filter_map(|(f, v)| Some((focus_countries.iter().position(|g| *g == f.geo)?, f, v)))
        .collect();
    // A figure of the last five years first, then one seen in its primary source, then the newest.
    let rank = |f: &Fact| {
        let period = crate::normalize::observation::period_years(&f.actual.period);
        (
            !f.actual.about_refugees(),
            period < latest_year - 5.0,
            f.actual.certainty != crate::normalize::Certainty::V,
            -period,
        )
    };
    mission.sort_by(|a, b| {
        (a.0, a.1.topic)
            .cmp(&(b.0, b.1.topic))
            .then_with(|| rank(a.1).partial_cmp(&rank(b.1)).unwrap_or(std::cmp::Ordering::Equal))
    });
    // One fact per country and topic.
    let mut seen = BTreeSet::new();
    let mission =
        mission.into_iter().filter(|(_, f, _)| seen.insert((f.geo.clone(), f.topic))).map(|(_, _, v)| v).collect();
    let mut shares: Vec<(f64, &FactView)> = visible
        .iter()
        .zip(facts)
        .filter(|(f, _)| f.topic == crate::project::Topic::PopulationShare && f.verdict.is_misperception())
        .filter_map(|(f, v)| Some((f.gap_pp?.abs(), v)))
        .collect();
    shares.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    (mission, shares.into_iter().map(|(_, v)| v).take(HEADLINES).collect())
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
        let unit = if s.unit == "persons" { crate::normalize::Unit::Persons } else { crate::normalize::Unit::Percent };
        let (value, period) = match (estimate, s.estimate_value, &s.estimate_period) {
            (true, Some(v), Some(p)) => (v, p.as_str()),
            _ => (s.value, s.period.as_str()),
        };
        let text = ctx.value_text(value, unit)?;
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

/// schema.org `ClaimReview`, as Google's fact-check guidelines read it, only
/// where a survey measured a misperception: `claimReviewed` is the belief the
/// survey measured, the rating says how it compares with the figure, and
/// `itemReviewed` names no author (the survey measured the belief; it did not
/// make the claim). Nothing for a direction FOCUS reported, a belief nobody
/// measured, or an estimate that was about right.
fn claim_review(
    fact: &Fact,
    view: &FactView,
    sources: &[&SourceView],
    base_url: &str,
    first_published: Option<&&str>,
) -> Option<serde_json::Value> {
    let Estimate::Measured { figure, .. } = &fact.estimate else { return None };
    if !fact.verdict.is_misperception() {
        return None;
    }
    let survey = sources.iter().find(|s| s.id == figure.source)?;
    Some(serde_json::json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": view.permalink,
        "claimReviewed": view.estimate_sentence,
        "datePublished": first_published.map_or(view.last_updated.as_str(), |d| *d),
        "author": { "@type": "Organization", "name": "factgap", "url": base_url },
        "reviewRating": { "@type": "Rating", "alternateName": view.rating },
        "itemReviewed": {
            "@type": "Claim",
            "description": format!("{} ({})", view.comparison, survey.citation_full),
        },
        "reviewBody": format!("{} {}", view.sentence, view.comparison),
    }))
}

/// The social image's context. Right to left, the layout is mirrored and
/// every line is a right-to-left isolate (RLI … PDI): resvg lays each text out
/// left to right otherwise, and puts a closing full stop on the wrong side.
fn social_context(lang: &str, rtl: bool, view: &FactView, fact: &Fact, size: (u32, u32), wrap: usize) -> Value {
    // The picture fills its canvas: the number large, the sentence, the
    // public's estimate beside the figure as bars where a survey measured it,
    // and the source line with its certainty.
    let square = size.1 > size.0 * 3 / 4;
    let (big_size, font_size, wrap) = if square { (240, 56, wrap - 4) } else { (132, 40, wrap + 8) };
    let lines = crate::present::wrap(&view.sentence, wrap);
    let (lines, font_size) = if lines.len() > 5 {
        (crate::present::wrap(&view.sentence, wrap * 5 / 4), font_size * 4 / 5)
    } else {
        (lines, font_size)
    };
    let line_height = font_size + font_size / 4;
    let big_y = if square { 400 } else { 250 };
    let lines_y = big_y + 40 + font_size;
    // Square: the bars below the sentence; wide: beside the big number.
    let bars_y = if square { lines_y + lines.len() as u32 * line_height + 10 } else { 110 };
    let bars_left: u32 = if square { 64 } else { 480 };
    let estimate = match (&fact.estimate, &view.estimate.figure) {
        (Estimate::Measured { figure, .. }, Some(shown)) if fact.actual.unit == crate::normalize::Unit::Percent => {
            Some((figure.value, shown.value_text.clone()))
        }
        _ => None,
    };
    let judged = fact.compared.as_ref().unwrap_or(&fact.actual);
    let span = f64::from(size.0 - bars_left - 64 - 120);
    let bar = |v: f64| (v.clamp(0.0, 100.0) / 100.0 * span * 10.0).round() / 10.0;
    let source = crate::present::wrap(&view.chart_source.join(" "), if square { 56 } else { 80 });
    context! {
        lang => lang,
        width => size.0,
        height => size.1,
        lines => lines,
        font_size => font_size,
        line_height => line_height,
        big_size => big_size,
        big_y => big_y,
        lines_y => lines_y,
        bars => estimate.map(|(value, text)| context! {
            y => bars_y,
            estimate_width => bar(value),
            estimate_text => text,
            actual_width => bar(judged.value),
            span => span,
        }),
        source => source,
        fact => Serde(view),
        start_x => if rtl { size.0 - 64 } else { 64 },
        end_x => if rtl { 64 } else { size.0 - 64 },
        bar_x => if rtl { size.0 - bars_left } else { bars_left },
        label_x => if rtl { size.0 - bars_left } else { bars_left },
        start_anchor => if rtl { "end" } else { "start" },
        end_anchor => if rtl { "start" } else { "end" },
        rtl => rtl,
        font_family => if rtl { "Noto Sans Arabic, Noto Sans" } else { "Noto Sans, Noto Sans Arabic" },
        isolate => if rtl { "\u{2067}" } else { "" },
        isolate_end => if rtl { "\u{2069}" } else { "" },
    }
}

/// A card page's context; `latest_url` is where its oEmbed response lives
/// (a pinned card points to the latest card's).
fn card_context(
    lang: &str,
    numbering: &str,
    card: &cards::CardView,
    card_url: &str,
    latest_url: &str,
    script: &str,
    newer: Option<String>,
) -> Value {
    context! {
        lang => lang,
        card => Serde(card),
        card_url => card_url,
        latest_url => latest_url,
        numbering => numbering,
        script => script,
        csp_script => cards::csp_hash(script),
        bar_span => cards::BAR_SPAN,
        newer_url => newer,
        pinned_month => Value::UNDEFINED,
    }
}

/// The claim's texts in a language.
/// The oEmbed response of a card (type `rich`), pre-built so a static host serves it.
fn oembed(card: &cards::CardView, card_url: &str, snippet: &str, base_url: &str) -> Vec<u8> {
    let doc = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": card.sentence,
        "provider_name": "factgap",
        "provider_url": base_url,
        "html": snippet,
        "width": cards::EMBED_WIDTH,
        "height": cards::EMBED_HEIGHT,
        "thumbnail_url": format!("{card_url}image.png"),
        "thumbnail_width": SOCIAL_SIZE.0,
        "thumbnail_height": SOCIAL_SIZE.1,
        "cache_age": 86400,
    });
    // `<`, `>` and `&` as JSON escapes: the same values, and no markup in the file.
    let text = serde_json::to_string_pretty(&doc).expect("oEmbed serializes");
    let text = text.replace('&', "\\u0026").replace('<', "\\u003c").replace('>', "\\u003e");
    (text + "\n").into_bytes()
}

/// Whether a native speaker has reviewed a language's texts, from
/// `templates/i18n/<lang>/review.toml` (no file: nothing reviewed yet).
#[derive(Debug, serde::Serialize)]
struct LanguageReview {
    code: String,
    name: String,
    dir: String,
    /// The language the texts were written in.
    original: bool,
    parts: Vec<PartReview>,
}

#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PartReview {
    #[serde(default)]
    part: String,
    /// The native speaker who reviewed it; empty while nobody has.
    #[serde(default)]
    reviewed_by: String,
    #[serde(default)]
    reviewed_on: String,
}

/// The texts a translation is made of, as the translations page lists them.
const TRANSLATED_PARTS: [&str; 3] = ["site", "briefing", "content"];

fn translation_reviews(
    templates: &std::path::Path,
    languages: &[LanguageLink],
) -> Result<Vec<LanguageReview>, PublishError> {
    languages
        .iter()
        .map(|l| {
            let path = templates.join("i18n").join(&l.code).join("review.toml");
            let file: BTreeMap<String, PartReview> = if path.exists() {
                toml::from_str(&files::read_to_string(&path)?).map_err(|e| PublishError::Data {
                    what: "translation review",
                    message: format!("`{}`: {e}", path.display()),
                })?
            } else {
                BTreeMap::new()
            };
            let parts = TRANSLATED_PARTS
                .iter()
                .map(|part| PartReview { part: part.to_string(), ..file.get(*part).cloned().unwrap_or_default() })
                .collect();
            Ok(LanguageReview {
                code: l.code.clone(),
                name: l.name.clone(),
                dir: l.dir.clone(),
                original: l.code == crate::project::translations::ORIGINAL,
                parts,
            })
        })
        .collect()
}

/// A language as the switcher and the `hreflang` alternates name it.
#[derive(Debug, serde::Serialize)]
struct LanguageLink {
    code: String,
    /// Where its pages are, under the site's root: `""` for the first language, `de/` for German.
    prefix: String,
    /// Its own name for itself (`Deutsch`).
    name: String,
    dir: String,
}

/// A FOCUS finding as the About page shows it, in the page's language.
#[derive(Debug, serde::Serialize)]
struct FindingView {
    id: String,
    statement: String,
    citation: String,
}

/// FOCUS's findings for the About page: findings, recommendations and who took part.
fn focus_findings(ctx: &ViewContext) -> Vec<(String, Vec<FindingView>)> {
    let mut groups: BTreeMap<u8, (String, Vec<FindingView>)> = BTreeMap::new();
    for f in ctx.normalized.findings.iter().filter(|f| f.source == "focus.findings") {
        let (order, key) = match f.topic.as_str() {
            "recommendation" => (1, "recommendations"),
            "sample" => (2, "sample"),
            _ => (0, "findings"),
        };
        let view = FindingView { id: f.id.clone(), statement: ctx.finding_statement(f), citation: f.citation.clone() };
        groups.entry(order).or_insert_with(|| (key.to_string(), Vec::new())).1.push(view);
    }
    groups.into_values().collect()
}

fn methodology_context(input: &PublishInput, ctx: &ViewContext) -> Result<Value, PublishError> {
    let method = &input.project.config.method;
    // Every population a published figure uses, with its source's definition.
    let mut populations: BTreeMap<String, (String, Vec<(String, String)>)> = BTreeMap::new();
    for s in input.normalized.sources.iter().filter(|s| !s.example) {
        for code in s.spec.provenance.population_definitions.keys() {
            let entry = populations
                .entry(code.clone())
                .or_insert_with(|| (ctx.population(code).unwrap_or_default(), Vec::new()));
            let text = ctx.population_definition(s, code).unwrap_or_default();
            entry.1.push((text, s.spec.provenance.citation_short.clone()));
        }
    }
    let claims: Vec<serde_json::Value> = input
        .project
        .claims
        .iter()
        .map(|c| {
            serde_json::json!({
                "id": c.id,
                "topic": c.topic.as_str(),
                "belief": c.text.get(ctx.lang).map(|t| t.belief.clone()).unwrap_or_default(),
                "max_period_gap_years": c.max_period_gap_years,
                "pairings": c.actual.len(),
            })
        })
        .collect();
    Ok(context! {
        assumed_margin => ctx_num(ctx, method.assumed_margin_pp, 1)?,
        stale_after_days => method.stale_after_days,
        populations => populations.into_iter().map(|(code, (label, defs))| context! { code => code, label => label, definitions => defs }).collect::<Vec<_>>(),
        claims => Serde(&claims),
    })
}

fn ctx_num(ctx: &ViewContext, value: f64, decimals: usize) -> Result<String, PublishError> {
    Ok(ctx.catalog.number(ctx.lang, value, decimals)?)
}

/// schema.org `Dataset` for the data page.
fn dataset(
    input: &PublishInput,
    visible: &[Fact],
    ctx: &ViewContext,
    data_date: &str,
) -> Result<serde_json::Value, PublishError> {
    let base = &input.project.config.site.base_url;
    let periods: BTreeSet<&str> =
        visible.iter().flat_map(|f| f.trend.iter().map(|p| &p.period[..4]).chain([&f.actual.period[..4]])).collect();
    let places: Vec<String> = visible
        .iter()
        .map(|f| f.geo.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|g| ctx.place(g))
        .collect::<Result<_, _>>()?;
    let download = |name: &str, format: &str| serde_json::json!({ "@type": "DataDownload", "contentUrl": format!("{base}data/{name}"), "encodingFormat": format });
    Ok(serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": ctx.catalog.message(ctx.lang, "data-title", &[])?,
        "description": ctx.catalog.message(ctx.lang, "data-description", &[])?,
        "url": format!("{base}data/"),
        "version": data_date,
        "dateModified": data_date,
        "isAccessibleForFree": true,
        "license": ctx.catalog.message(ctx.lang, "data-licence-note", &[])?,
        "creator": { "@type": "Organization", "name": "factgap", "url": base },
        "temporalCoverage": match (periods.first(), periods.last()) { (Some(a), Some(b)) => format!("{a}/{b}"), _ => String::new() },
        "spatialCoverage": places,
        "variableMeasured": visible.iter().map(|f| f.indicator.as_str()).collect::<BTreeSet<_>>(),
        "distribution": [
            download("facts.csv", "text/csv"),
            download("facts.json", "application/json"),
            download("observations.csv", "text/csv"),
            download("datapackage.json", "application/json"),
            download("factgap-data.zip", "application/zip"),
        ],
        "citation": input.normalized.sources.iter().filter(|s| !s.example).map(|s| s.spec.provenance.citation_full.clone()).collect::<Vec<_>>(),
    }))
}

/// `data/`: the facts, the observations, the data package, its README and one zip of them all.
fn write_downloads(
    input: &PublishInput,
    dir: &Path,
    env: &Environment<'static>,
    catalog: &Catalog,
    visible: &[Fact],
    headlines: &BTreeMap<String, String>,
    data_date: &str,
) -> Result<usize, PublishError> {
    let project = input.project;
    let lang = &project.config.site.languages[0];
    let fail = |what: &'static str| move |e: String| PublishError::Data { what, message: e };
    let note = catalog.message(lang, "data-licence-note", &[])?;
    let csv = data::facts_csv(visible, headlines, &project.config.site.base_url)
        .map_err(|e| fail("data/facts.csv")(e.to_string()))?;
    let json = data::facts_json(visible, data_date, &note).map_err(|e| fail("data/facts.json")(e.to_string()))?;
    let observations = data::observations_csv(&input.normalized.observations)
        .map_err(|e| fail("data/observations.csv")(e.to_string()))?;
    let package = data::datapackage_json(input.normalized, &project.config.site.base_url, data_date, &note);
    let sources: Vec<&crate::project::Provenance> =
        input.normalized.sources.iter().filter(|s| !s.example).map(|s| &s.spec.provenance).collect();
    let readme = render(
        env,
        "data-readme.md",
        context! { lang => lang, base_url => &project.config.site.base_url, date => data_date, facts => visible.len(), sources => Serde(&sources), note => &note },
    )?;
    let zip = crate::files::zip_files(&[
        ("README.md", readme.as_bytes()),
        ("datapackage.json", &package),
        ("facts.csv", &csv),
        ("facts.json", &json),
        ("observations.csv", &observations),
    ])
    .map_err(|e| fail("data/factgap-data.zip")(e.to_string()))?;
    for (name, bytes) in [
        ("facts.csv", &csv),
        ("facts.json", &json),
        ("observations.csv", &observations),
        ("datapackage.json", &package),
        ("README.md", &readme.into_bytes()),
        ("factgap-data.zip", &zip),
    ] {
        files::write(&dir.join("data").join(name), bytes)?;
    }
    Ok(6)
}
