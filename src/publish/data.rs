//! Downloads: `data/facts.csv`, `data/facts.json` and `data/observations.csv`.

use crate::compare::{Estimate, Fact};
use crate::normalize::Observations;
use chrono::{DateTime, Utc};
use serde::Serialize;

pub const FACT_COLUMNS: [&str; 34] = [
    "fact_id",
    "claim",
    "topic",
    "indicator",
    "geo",
    "headline",
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
    "actual_certainty_note",
    "actual_citation",
    "compared_value",
    "compared_period",
    "estimate_kind",
    "estimate_value",
    "estimate_direction",
    "estimate_period",
    "estimate_population",
    "estimate_source",
    "estimate_n",
    "estimate_margin_pp",
    "estimate_margin_basis",
    "estimate_certainty",
    "gap_pp",
    "ratio",
    "caveats",
    "permalink",
];

fn opt<T: ToString>(x: Option<T>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

fn code<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// One row per fact, with its figures, verdict and caveat codes; `headlines`
/// holds each fact's sentence in the first language, by fact id.
pub fn facts_csv(
    facts: &[Fact],
    headlines: &std::collections::BTreeMap<String, String>,
    base_url: &str,
) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    w.write_record(FACT_COLUMNS)?;
    for f in facts {
        let a = &f.actual;
        let empty = String::new;
        let (kind, value, direction, period, population, source, n, margin, basis, certainty) = match &f.estimate {
            Estimate::Measured { figure, margin_pp, margin_basis, .. } => (
                "measured",
                figure.value.to_string(),
                empty(),
                figure.period.clone(),
                figure.population.clone(),
                figure.source.clone(),
                opt(figure.n),
                margin_pp.to_string(),
                code(margin_basis),
                figure.certainty.as_str().to_string(),
            ),
            // A direction has no value and no period: the publications give neither.
            Estimate::Direction { finding, population } => (
                "direction",
                empty(),
                code(&finding.direction),
                empty(),
                population.clone(),
                finding.source.clone(),
                opt(finding.n),
                empty(),
                empty(),
                finding.certainty.as_str().to_string(),
            ),
            // A worded answer has no value: its range and words are on the fact page.
            Estimate::Answer { finding, population } => (
                "answer",
                empty(),
                code(&finding.direction),
                finding.period.clone().unwrap_or_default(),
                population.clone(),
                finding.source.clone(),
                opt(finding.n),
                empty(),
                empty(),
                finding.certainty.as_str().to_string(),
            ),
            Estimate::None => ("none", empty(), empty(), empty(), empty(), empty(), empty(), empty(), empty(), empty()),
        };
        let caveats: Vec<String> = f.caveats.iter().map(|c| code(&c.kind)).collect();
        w.write_record([
            f.id.as_str(),
            &f.claim,
            f.topic.as_str(),
            &f.indicator,
            &f.geo,
            headlines.get(&f.id).map_or("", String::as_str),
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
            a.certainty.in_words(),
            &a.citation,
            &opt(f.compared.as_ref().map(|c| c.value)),
            f.compared.as_ref().map_or("", |c| c.period.as_str()),
            kind,
            &value,
            &direction,
            &period,
            &population,
            &source,
            &n,
            &margin,
            &basis,
            &certainty,
            &opt(f.gap_pp),
            &opt(f.ratio),
            &caveats.join(";"),
            &format!("{base_url}{}", crate::present::urls::fact("", &f.id)),
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
    let mut bytes = Vec::new();
    write_facts_json(&mut bytes, facts, data_date, licence_note)?;
    Ok(bytes)
}

/// [`facts_json`] written to `out` as it is serialized.
pub fn write_facts_json(
    mut out: impl std::io::Write,
    facts: &[Fact],
    data_date: &str,
    licence_note: &str,
) -> serde_json::Result<()> {
    let doc = FactsDocument { data_as_of: data_date.to_string(), licence_note, facts };
    serde_json::to_writer_pretty(&mut out, &doc)?;
    out.write_all(b"\n").map_err(serde_json::Error::io)
}

/// Every observation as CSV, written to `out` as polars writes it.
pub fn write_observations_csv(mut out: impl std::io::Write, observations: &Observations) -> std::io::Result<()> {
    observations.write_csv(&mut out).map_err(std::io::Error::other)
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

/// Columns of a fact's own `data.csv`: one row per figure behind it, each with
/// its own observation's population, source, citation and certainty.
pub const FIGURE_COLUMNS: [&str; 17] = [
    "fact_id",
    "role",
    "indicator",
    "value",
    "unit",
    "period",
    "population",
    "sex",
    "age",
    "years_since_arrival",
    "flags",
    "certainty",
    "certainty_note",
    "n",
    "margin_pp",
    "source",
    "citation",
];

/// A fact's own download: the headline figure, the figure the estimate was
/// compared with, the public's estimate (if a number), every point of the trend
/// and every context figure, long-form.
pub fn fact_csv(fact: &Fact) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    w.write_record(FIGURE_COLUMNS)?;
    let mut figure = |role: &str, f: &crate::compare::Figure, margin: Option<f64>| -> Result<(), csv::Error> {
        w.write_record([
            fact.id.as_str(),
            role,
            &f.indicator,
            &f.value.to_string(),
            f.unit.as_str(),
            &f.period,
            &f.population,
            &f.sex,
            &f.age,
            &opt(f.years_since_arrival),
            &f.flags,
            f.certainty.as_str(),
            f.certainty.in_words(),
            &opt(f.n),
            &opt(margin),
            &f.source,
            &f.citation,
        ])
    };
    figure("actual", &fact.actual, None)?;
    if let Some(compared) = &fact.compared {
        figure("compared", compared, None)?;
    }
    if let Estimate::Measured { figure: estimate, margin_pp, .. } = &fact.estimate {
        figure("estimate", estimate, Some(*margin_pp))?;
    }
    for p in &fact.trend {
        figure("trend", p, None)?;
    }
    for c in &fact.context {
        figure("context", &c.figure, None)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// A Frictionless Data Package describing the downloads in `data/`.
pub fn datapackage_json(
    normalized: &crate::normalize::Normalized,
    base_url: &str,
    data_date: &str,
    licence_note: &str,
) -> Vec<u8> {
    // The facts' columns; the observations' types come with their columns.
    let numeric = ["actual_value", "estimate_margin_pp", "gap_pp", "ratio"];
    let integer = ["estimate_n"];
    let fields = |columns: &[&str]| -> Vec<serde_json::Value> {
        columns
            .iter()
            .map(|c| {
                let kind = if numeric.contains(c) {
                    "number"
                } else if integer.contains(c) {
                    "integer"
                } else {
                    "string"
                };
                serde_json::json!({ "name": c, "type": kind })
            })
            .collect()
    };
    let observation_fields: Vec<serde_json::Value> = crate::normalize::observation::COLUMNS
        .iter()
        .map(|c| {
            use crate::normalize::observation::ColumnType;
            let kind = match c.kind {
                ColumnType::Text => "string",
                ColumnType::Number => "number",
                ColumnType::Integer => "integer",
            };
            serde_json::json!({ "name": c.name, "type": kind })
        })
        .collect();
    let sources: Vec<serde_json::Value> = normalized
        .sources
        .iter()
        .filter(|s| !s.example)
        .map(|s| {
            let p = &s.spec.provenance;
            serde_json::json!({ "title": p.citation_full, "path": p.url_main, "licence": p.licence })
        })
        .collect();
    let doc = serde_json::json!({
        "profile": "data-package",
        "name": "factgap",
        "title": "factgap: official figures on refugees beside what the public believes",
        "homepage": base_url,
        "version": data_date,
        "description": licence_note,
        "licenses": [{ "name": "other-at", "title": licence_note }],
        "sources": sources,
        "resources": [
            {
                "name": "facts",
                "path": "facts.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": { "fields": fields(&FACT_COLUMNS), "primaryKey": ["fact_id"] },
            },
            {
                "name": "observations",
                "path": "observations.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": { "fields": observation_fields },
            },
            {
                "name": "facts-json",
                "path": "facts.json",
                "profile": "data-resource",
                "format": "json",
                "mediatype": "application/json",
                "encoding": "utf-8",
            },
        ],
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).expect("the data package serializes");
    bytes.push(b'\n');
    bytes
}
