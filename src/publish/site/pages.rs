//! A language's home page, its indexes of facts, topics and places, and each
//! topic's and place's page; then the reference pages and the 404 page.

use super::model::{ChangeView, Language, ListedFacts, NavItem};
use super::reference_pages;
use super::shared::{Collected, Site};
use crate::compare::Fact;
use crate::present::urls;
use crate::present::views::FactView;
use crate::project::Topic;
use crate::publish::{PublishError, search};
use minijinja::context;
use minijinja::value::Serde;
use std::collections::BTreeSet;

/// At most this many entries of the home page's "what changed".
const HOME_CHANGES: usize = 8;
/// At most this many of the largest measured misperceptions on the home page.
const HEADLINES: usize = 4;

pub(super) fn write(site: &Site, language: &Language, out: &mut Collected) -> Result<(), PublishError> {
    home(site, language, out)?;
    language.page(
        site,
        out,
        "facts-index.html",
        "facts/index.html",
        1,
        context! { topics => Serde(language.topics.iter().map(|t| t.in_index()).collect::<Vec<_>>()) },
    )?;
    language.page(site, out, "topics-index.html", "topics/index.html", 1, context! {})?;
    language.page(site, out, "places-index.html", "places/index.html", 1, context! {})?;
    let indexing = site.input.project.config.site.search_index;
    for topic in &language.topics {
        let address = urls::topic(&language.prefix, &topic.topic);
        let path = format!("{}index.html", &address[language.prefix.len()..]);
        let html = language.page(site, out, "topic.html", &path, 2, context! { topic => topic.page_context() })?;
        if indexing {
            out.search.push(search::Page::new(format!("{}{address}", site.served), &html));
        }
    }
    for place in &language.places {
        let address = urls::place(&language.prefix, &place.geo);
        let path = format!("{}index.html", &address[language.prefix.len()..]);
        let html = language.page(site, out, "place.html", &path, 2, context! { place => Serde(place) })?;
        if indexing {
            out.search.push(search::Page::new(format!("{}{address}", site.served), &html));
        }
    }
    reference_pages::write(site, language, out)?;
    // Served for any missing address, so its links start from the site's root path.
    let root = &site.served;
    let html = site.render(
        "404.html",
        context! { lang => language.lang, site => &language.site, root => root, home => format!("{root}{}", language.prefix), page => "404.html" },
    )?;
    site.write(out, format!("{}404.html", language.prefix), html)
}

/// Home: the mission's facts first (refugees' education, employment and
/// welfare in the FOCUS countries), a country chooser, then the immigrant
/// share, what changed in the last run, and the ways in.
fn home(site: &Site, language: &Language, out: &mut Collected) -> Result<(), PublishError> {
    let year = site.input.now.format("%Y").to_string().parse::<f64>().unwrap_or(0.0);
    let (mission, shares) = headlines(&site.visible, language.facts, &site.focus_countries, year);
    let chooser: Vec<&NavItem> =
        site.focus_countries.iter().filter_map(|geo| language.place_nav.iter().find(|p| &p.code == geo)).collect();
    let changes = &language.changes;
    let latest_date = changes.first().map(|c| c.date.clone());
    let of_latest = || changes.iter().filter(|c| Some(&c.date) == latest_date.as_ref());
    let latest: Vec<&ChangeView> = of_latest().take(HOME_CHANGES).collect();
    let latest_total = of_latest().count();
    // A first publication is one line, not a list of every fact.
    let all_new = latest_total > 0 && of_latest().all(|c| c.kind == "new");
    language.page(
        site,
        out,
        "index.html",
        "index.html",
        0,
        context! {
            mission => Serde(ListedFacts(&mission)), shares => Serde(ListedFacts(&shares)), chooser => Serde(&chooser),
            latest => Serde(&latest), latest_total => latest_total, latest_date => latest_date, all_new => all_new,
        },
    )?;
    Ok(())
}

/// The facts the home page leads with: per FOCUS country (in FOCUS's order), its
/// refugee facts, the best first (a figure seen in its primary source, then the
/// newest); and, apart, the largest measured misperceptions of the immigrant share.
fn headlines<'a>(
    visible: &[Fact],
    facts: &[&'a FactView],
    focus_countries: &[String],
    latest_year: f64,
) -> (Vec<&'a FactView>, Vec<&'a FactView>) {
    let mut mission: Vec<(usize, &Fact, &FactView)> = visible
        .iter()
        .zip(facts.iter().copied())
        .filter(|(f, _)| f.topic != Topic::PopulationShare)
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
        .zip(facts.iter().copied())
        .filter(|(f, _)| f.topic == Topic::PopulationShare && f.verdict.is_misperception())
        .filter_map(|(f, v)| Some((f.gap_pp?.abs(), v)))
        .collect();
    shares.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    (mission, shares.into_iter().map(|(_, v)| v).take(HEADLINES).collect())
}
