//! What each briefing recorded about the facts it covered, kept in
//! `output/state/briefings/<YYYY-MM>/record.json` so the next briefing can say what
//! changed since. Written once per briefing (and rewritten if the month is
//! briefed again), never edited otherwise.

use crate::compare::Fact;
use crate::files::{self, FileError};
use crate::normalize::{Normalized, Origin, Unit};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// One fact as a briefing saw it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactState {
    pub value: f64,
    pub unit: Unit,
    pub period: String,
    pub population: String,
    pub source: String,
    /// `seed`, or `snapshot:<sha256>`: a change of value within one period is a
    /// revision when the producer's data changed, a correction when ours did.
    pub version: String,
    pub verdict: String,
    /// The public's measured estimate, when a survey gives one: its changes are logged too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_period: Option<String>,
}

/// One source as a briefing saw it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceState {
    pub latest_period: Option<String>,
    pub version: String,
}

/// `record.json` of one briefing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub month: String,
    pub generated_at: DateTime<Utc>,
    /// Pages of the facts new in this briefing are held back until then.
    pub embargo_until: Option<DateTime<Utc>>,
    pub facts: BTreeMap<String, FactState>,
    pub sources: BTreeMap<String, SourceState>,
    /// Facts this briefing announced for the first time.
    pub new_facts: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error("`{file}` is not a briefing record: {message}")]
    Invalid { file: String, message: String },
}

pub fn version(origin: &Origin) -> String {
    match origin {
        Origin::Snapshot { sha256, .. } => format!("snapshot:{sha256}"),
        Origin::Seed { .. } => "seed".into(),
        Origin::Missing => "missing".into(),
    }
}

impl Record {
    /// The state of this run's facts and sources.
    pub fn of_run(
        month: &str,
        now: DateTime<Utc>,
        embargo_until: Option<DateTime<Utc>>,
        facts: &[Fact],
        normalized: &Normalized,
        previous: Option<&Record>,
    ) -> Record {
        let source_version =
            |id: &str| normalized.source(id).map(|s| version(&s.origin)).unwrap_or_else(|| "missing".into());
        let facts: BTreeMap<String, FactState> = facts
            .iter()
            .map(|f| {
                let state = FactState {
                    value: f.actual.value,
                    unit: f.actual.unit,
                    period: f.actual.period.clone(),
                    population: f.actual.population.clone(),
                    source: f.actual.source.clone(),
                    version: source_version(&f.actual.source),
                    verdict: f.verdict.as_str().into(),
                    estimate_value: match &f.estimate {
                        crate::compare::Estimate::Measured { figure, .. } => Some(figure.value),
                        _ => None,
                    },
                    estimate_period: match &f.estimate {
                        crate::compare::Estimate::Measured { figure, .. } => Some(figure.period.clone()),
                        _ => None,
                    },
                };
                (f.id.clone(), state)
            })
            .collect();
        let sources = normalized
            .sources
            .iter()
            .filter(|s| !s.example)
            .map(|s| {
                (s.spec.id.clone(), SourceState { latest_period: s.latest_period.clone(), version: version(&s.origin) })
            })
            .collect();
        let new_facts = match previous {
            Some(p) => facts.keys().filter(|id| !p.facts.contains_key(*id)).cloned().collect(),
            None => Vec::new(),
        };
        Record { month: month.into(), generated_at: now, embargo_until, facts, sources, new_facts }
    }

    pub fn save(&self, dir: &Path) -> Result<(), RecordError> {
        let json = serde_json::to_string_pretty(self).expect("records serialize") + "\n";
        files::write(&dir.join("record.json"), json)?;
        Ok(())
    }

    /// Every briefing recorded under `briefings_dir`, oldest first.
    pub fn all(briefings_dir: &Path) -> Result<Vec<Record>, RecordError> {
        let mut records = Vec::new();
        let Ok(entries) = std::fs::read_dir(briefings_dir) else { return Ok(records) };
        // `.<month>.building` and `.previous` folders are not briefings.
        let mut dirs: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
            .collect();
        dirs.sort();
        for dir in dirs {
            let file = dir.join("record.json");
            if !file.exists() {
                continue;
            }
            let text = files::read_to_string(&file)?;
            let record: Record = serde_json::from_str(&text)
                .map_err(|e| RecordError::Invalid { file: file.display().to_string(), message: e.to_string() })?;
            records.push(record);
        }
        Ok(records)
    }

    /// The newest briefing before `month`: the one this month's changes are measured against.
    pub fn previous(briefings_dir: &Path, month: &str) -> Result<Option<Record>, RecordError> {
        Ok(Record::all(briefings_dir)?.into_iter().rfind(|r| r.month.as_str() < month))
    }
}
