//! Downloads: `data/facts.csv`, `data/facts.json` and `data/observations.csv`.

use crate::compare::{Estimate, Fact};
use crate::normalize::Observations;
use chrono::{DateTime, Utc};
use serde::Serialize;

pub const FACT_COLUMNS: [&str; 27] = [
    "fact_id",
    "claim",
    "topic",
    "indicator",
    "geo",
    "verdict",
    "actual_value",
    "actual_unit",
    "actual_period",
    "actual_population",
    "actual_sex",
    "actual_age",
    "actual_source",
    "actual_flags",
    "actual_certainty",
    "actual_citation",
    "estimate_kind",
    "estimate_value",
    "estimate_period",
    "estimate_population",
    "estimate_source",
    "estimate_n",
    "estimate_margin_pp",
    "gap_pp",
    "ratio",
    "caveats",
    "permalink",
];

fn opt<T: ToString>(x: Option<T>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

/// One row per fact, with its figures, verdict and caveat codes.
pub fn facts_csv(facts: &[Fact], base_url: &str) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    w.write_record(FACT_COLUMNS)?;
    for f in facts {
        let a = &f.actual;
        let (kind, value, period, population, source, n, margin) = match &f.estimate {
            Estimate::Measured { figure, margin_pp, .. } => (
                "measured",
                figure.value.to_string(),
                figure.period.clone(),
                figure.population.clone(),
                figure.source.clone(),
                opt(figure.n),
                margin_pp.to_string(),
            ),
            Estimate::Direction { finding, population, period } => {
                let direction =
                    serde_json::to_value(finding.direction).ok().and_then(|v| v.as_str().map(str::to_string));
                (
                    "direction",
                    direction.unwrap_or_default(),
                    period.clone(),
                    population.clone(),
                    finding.source.clone(),
                    opt(finding.n),
                    String::new(),
                )
            }
            Estimate::None => {
                ("none", String::new(), String::new(), String::new(), String::new(), String::new(), String::new())
            }
        };
        let caveats: Vec<String> = f
            .caveats
            .iter()
            .filter_map(|c| serde_json::to_value(c.kind).ok().and_then(|v| v.as_str().map(str::to_string)))
            .collect();
        w.write_record([
            f.id.as_str(),
            &f.claim,
            f.topic.as_str(),
            &f.indicator,
            &f.geo,
            f.verdict.as_str(),
            &a.value.to_string(),
            a.unit.as_str(),
            &a.period,
            &a.population,
            &a.sex,
            &a.age,
            &a.source,
            &a.flags,
            a.certainty.as_str(),
            &a.citation,
            kind,
            &value,
            &period,
            &population,
            &source,
            &n,
            &margin,
            &opt(f.gap_pp),
            &opt(f.ratio),
            &caveats.join(";"),
            &format!("{base_url}facts/{}/", f.id),
        ])?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

#[derive(Serialize)]
struct FactsDocument<'a> {
    /// When the data were last refreshed: a rebuild with nothing new gives the same file.
    data_as_of: String,
    licence_note: &'a str,
    facts: &'a [Fact],
}

/// The facts with every figure, caveat and trend point, as JSON.
pub fn facts_json(facts: &[Fact], data_date: &str, licence_note: &str) -> serde_json::Result<Vec<u8>> {
    let doc = FactsDocument { data_as_of: data_date.to_string(), licence_note, facts };
    let mut bytes = serde_json::to_vec_pretty(&doc)?;
    bytes.push(b'\n');
    Ok(bytes)
}

pub fn observations_csv(observations: &Observations) -> polars::prelude::PolarsResult<Vec<u8>> {
    let mut out = Vec::new();
    observations.write_csv(&mut out)?;
    Ok(out)
}

/// `status.json`, for monitoring: when the site was built, how many facts it
/// holds, and the state of every source.
pub fn status_json(normalized: &crate::normalize::Normalized, facts: usize, now: DateTime<Utc>) -> Vec<u8> {
    let sources: Vec<serde_json::Value> = normalized
        .sources
        .iter()
        .filter(|s| !s.example)
        .map(|s| {
            serde_json::json!({
                "id": s.spec.id,
                "freshness": s.freshness,
                "as_of": s.as_of.map(|t| t.to_rfc3339()),
                "latest_period": s.latest_period,
                "reason": s.reason,
            })
        })
        .collect();
    let count =
        |f: crate::normalize::Freshness| normalized.sources.iter().filter(|s| !s.example && s.freshness == f).count();
    let doc = serde_json::json!({
        "built_at": now.to_rfc3339(),
        "facts": facts,
        "stale_sources": count(crate::normalize::Freshness::Stale),
        "missing_sources": count(crate::normalize::Freshness::Missing),
        "sources": sources,
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).expect("status serializes");
    bytes.push(b'\n');
    bytes
}
