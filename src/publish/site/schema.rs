//! schema.org for search engines and fact-check aggregators: a fact's
//! `ClaimReview` and the data page's `Dataset`.

use crate::compare::{Estimate, Fact};
use crate::present::urls;
use crate::present::views::{FactView, SourceView, ViewContext};
use crate::publish::{PublishError, PublishInput};
use std::collections::BTreeSet;

/// schema.org `ClaimReview`, as Google's fact-check guidelines read it, only
/// where a survey measured a misperception: `claimReviewed` is the belief the
/// survey measured, the rating says how it compares with the figure, and
/// `itemReviewed` names no author (the survey measured the belief; it did not
/// make the claim). Nothing for a direction FOCUS reported, a belief nobody
/// measured, or an estimate that was about right.
pub(super) fn claim_review(
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

/// schema.org `Dataset` for the data page.
pub(super) fn dataset(
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
    let download = |name: &str, format: &str| serde_json::json!({ "@type": "DataDownload", "contentUrl": format!("{base}{}", urls::data(name)), "encodingFormat": format });
    Ok(serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": ctx.catalog.message(ctx.lang, "data-title", &[])?,
        "description": ctx.catalog.message(ctx.lang, "data-description", &[])?,
        "url": format!("{base}{}", urls::data("")),
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
