//! A user's own poll (`sources/perceptions/*.csv`): what a communications
//! team's commissioned survey found the public estimates. Rows marked
//! `example = true` are validated but never published.

use super::RowError;
use super::observation::Observation;
use super::seed::read_csv;
use crate::project::{Provenance, SourceKind, SourceSpec};
use std::collections::BTreeMap;
use std::path::Path;

pub const POLL_COLUMNS: [&str; 16] = [
    "question",
    "indicator",
    "geo",
    "population",
    "age",
    "mean_estimate",
    "median_estimate",
    "n",
    "margin_of_error",
    "fieldwork_start",
    "fieldwork_end",
    "pollster",
    "respondents",
    "citation",
    "licence",
    "example",
];

/// A poll file read into observations, with the source definition it implies.
pub struct Poll {
    pub spec: SourceSpec,
    /// The rows that are not examples: only these are ever published.
    pub observations: Vec<Observation>,
    /// Every row is marked as an example: validated, never published.
    pub example: bool,
    /// Rows that passed validation, examples included.
    pub validated: usize,
}

/// Whose estimate a poll may report (each has a message in every language).
const RESPONDENTS: [&str; 2] = ["general_public", "receiving_community"];

pub fn read(path: &Path, rel: &str) -> Result<Poll, Vec<RowError>> {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let source = format!("poll.{stem}");
    let records = read_csv(path, &POLL_COLUMNS)?;
    let mut observations = Vec::new();
    let mut errors = Vec::new();
    let mut examples = 0;
    let mut validated = 0;
    let mut first: Option<BTreeMap<String, String>> = None;
    for (line, f) in &records {
        let get = |k: &str| f.get(k).map(|s| s.trim()).unwrap_or("");
        let fail = |field: &str, message: String| RowError { line: Some(*line), field: Some(field.into()), message };
        let example = match get("example") {
            "true" => true,
            "false" | "" => false,
            other => {
                errors.push(fail("example", format!("`{other}` is not true or false")));
                continue;
            }
        };
        examples += usize::from(example);
        if !RESPONDENTS.contains(&get("respondents")) {
            errors.push(fail(
                "respondents",
                format!("`{}` is not one of {}", get("respondents"), RESPONDENTS.join(", ")),
            ));
            continue;
        }
        let end = get("fieldwork_end");
        let period = match chrono::NaiveDate::parse_from_str(end, "%Y-%m-%d") {
            Ok(date) => date.format("%Y-%m").to_string(),
            Err(_) => {
                errors.push(fail("fieldwork_end", format!("`{end}` is not a date (YYYY-MM-DD)")));
                continue;
            }
        };
        if chrono::NaiveDate::parse_from_str(get("fieldwork_start"), "%Y-%m-%d").is_err() {
            errors.push(fail("fieldwork_start", format!("`{}` is not a date (YYYY-MM-DD)", get("fieldwork_start"))));
            continue;
        }
        let mean = get("mean_estimate");
        let (ci_low, ci_high) = match (mean.parse::<f64>(), get("margin_of_error")) {
            (Ok(m), moe) if !moe.is_empty() => match moe.parse::<f64>() {
                // The interval as stated, not clipped at 0 or 100: its half-width is the margin.
                Ok(e) if e >= 0.0 => ((m - e).to_string(), (m + e).to_string()),
                _ => {
                    errors.push(fail("margin_of_error", format!("`{moe}` is not a margin in percentage points")));
                    continue;
                }
            },
            _ => (String::new(), String::new()),
        };
        let fields: BTreeMap<String, String> = [
            ("indicator", get("indicator")),
            ("geo", get("geo")),
            ("population", get("population")),
            ("period", period.as_str()),
            ("sex", "T"),
            ("age", get("age")),
            ("value", mean),
            ("unit", "percent"),
            ("ci_low", ci_low.as_str()),
            ("ci_high", ci_high.as_str()),
            ("n", get("n")),
            ("median", get("median_estimate")),
            ("kind", "perceived"),
            ("respondents", get("respondents")),
            ("citation", get("citation")),
            ("certainty", "V"),
            ("quote", get("question")),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        match Observation::from_fields(&source, &fields) {
            Ok(o) => {
                validated += 1;
                if !example {
                    observations.push(o);
                }
            }
            Err(e) => errors.push(fail(poll_field(&e.field), e.message)),
        }
        if first.is_none() {
            first = Some(f.clone());
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let first = first.unwrap_or_default();
    let get = |k: &str| first.get(k).map(|s| s.trim().to_string()).unwrap_or_default();
    let spec = SourceSpec {
        id: source,
        file: rel.into(),
        kind: SourceKind::Poll,
        provenance: Provenance {
            producer: get("pollster"),
            title: get("question"),
            url_main: String::new(),
            date_published: Some(get("fieldwork_end")),
            date_accessed: get("fieldwork_end"),
            citation_short: format!("{}, {}", get("pollster"), get("fieldwork_end")),
            citation_full: get("citation"),
            licence: get("licence"),
            attribution: get("pollster"),
            ..Provenance::default()
        },
        fetch: None,
        read: None,
        seed: None,
        findings: None,
        stale_after_days: None,
    };
    Ok(Poll { example: !records.is_empty() && examples == records.len(), spec, observations, validated })
}

/// The poll's own column name for a canonical field, so errors name what the user wrote.
fn poll_field(canonical: &str) -> &str {
    match canonical {
        "value" => "mean_estimate",
        "median" => "median_estimate",
        "period" => "fieldwork_end",
        "quote" => "question",
        other => other,
    }
}
