//! The public record of every change to a published figure, kept across runs.
//!
//! `output/state/published.json` holds the state of the facts as last published;
//! `output/state/changelog.jsonl` one line per change, appended after a successful
//! swap and never rewritten. A run compares its facts with the published state
//! (the same rules as the briefing's "what changed") and shows the pending
//! entries on the pages it builds; they are written down only once those pages
//! are live, so a failed publish logs nothing and the next run finds them again.

use crate::briefing::changes::{self, Reason};
use crate::briefing::record::{FactState, Record};
use crate::files::{self, FileError};
use crate::state::Durable;
use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
pub enum ChangelogError {
    #[error(transparent)]
    File(#[from] FileError),
    #[error(
        "`{file}` line {line}: not a changelog entry ({message}); the log is kept as it is, fix or remove the line"
    )]
    Invalid { file: String, line: usize, message: String },
    #[error("`{file}`: not a published-state record ({message})")]
    State { file: String, message: String },
}

/// What happened to a fact.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, strum::IntoStaticStr, strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ChangeKind {
    /// First published.
    New,
    /// The figure moved: a new period, a producer's revision, or another figure now answers the claim.
    Updated,
    /// We corrected a figure we had transcribed.
    Corrected,
    /// The verdict changed with the figures.
    Verdict,
    /// No longer published.
    Withdrawn,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// One line of `changelog.jsonl`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The day the change was published (the run's date).
    pub date: String,
    pub fact: String,
    pub kind: ChangeKind,
    /// Why a figure moved: `new_period`, `revision`, `correction` or `replaced`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
    /// `estimate` when the change is to the public's estimate rather than the official figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<FactState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<FactState>,
}

/// The log as read from disk, and the published state it was written against.
#[derive(Debug, Clone, Default)]
pub struct Changelog {
    pub entries: Vec<Entry>,
    pub published: Option<Record>,
}

impl Changelog {
    /// Reads `changelog.jsonl` and `published.json` from the durable state; both may be absent.
    pub fn load(state: &Durable) -> Result<Changelog, ChangelogError> {
        let log = state.changelog();
        let mut entries = Vec::new();
        if log.exists() {
            for (i, line) in files::read_to_string(&log)?.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                let entry = serde_json::from_str(line).map_err(|e| ChangelogError::Invalid {
                    file: log.display().to_string(),
                    line: i + 1,
                    message: e.to_string(),
                })?;
                entries.push(entry);
            }
        }
        let record = state.published();
        let published =
            if record.exists() {
                Some(serde_json::from_str(&files::read_to_string(&record)?).map_err(|e| ChangelogError::State {
                    file: record.display().to_string(),
                    message: e.to_string(),
                })?)
            } else {
                None
            };
        Ok(Changelog { entries, published })
    }

    /// The entries this run adds: every fact is new on the first publication.
    pub fn pending(&self, current: &Record, date: &str) -> Vec<Entry> {
        let entry = |fact: &str, kind, reason, old: Option<&FactState>, new: Option<&FactState>| Entry {
            date: date.to_string(),
            fact: fact.to_string(),
            kind,
            reason,
            figure: None,
            old: old.cloned(),
            new: new.cloned(),
        };
        let Some(previous) = &self.published else {
            return current.facts.iter().map(|(id, s)| entry(id, ChangeKind::New, None, None, Some(s))).collect();
        };
        let diff = changes::diff(Some(previous), current);
        let mut out: Vec<Entry> = Vec::new();
        for id in &diff.new_facts {
            out.push(entry(id, ChangeKind::New, None, None, current.facts.get(id)));
        }
        for m in diff.moved.iter().chain(&diff.corrections) {
            let kind = if m.reason == Reason::Correction { ChangeKind::Corrected } else { ChangeKind::Updated };
            out.push(entry(&m.fact, kind, Some(m.reason), Some(&m.old), Some(&m.new)));
        }
        for (id, _, _) in &diff.verdicts {
            out.push(entry(id, ChangeKind::Verdict, None, previous.facts.get(id), current.facts.get(id)));
        }
        // The public's estimate moved: a newer survey, or our correction.
        for (id, new) in &current.facts {
            let Some(old) = previous.facts.get(id) else { continue };
            let moved = old.estimate_period != new.estimate_period
                || old.estimate_value.zip(new.estimate_value).is_some_and(|(a, b)| (a - b).abs() >= 1e-9);
            if moved && old.estimate_value.is_some() && new.estimate_value.is_some() {
                let (kind, reason) = if old.estimate_period != new.estimate_period {
                    (ChangeKind::Updated, Reason::NewPeriod)
                } else {
                    (ChangeKind::Corrected, Reason::Correction)
                };
                let mut e = entry(id, kind, Some(reason), Some(old), Some(new));
                e.figure = Some("estimate".into());
                out.push(e);
            }
        }
        for id in &diff.withdrawn {
            out.push(entry(id, ChangeKind::Withdrawn, None, previous.facts.get(id), None));
        }
        out.sort_by(|a, b| (&a.fact, a.kind, &a.figure).cmp(&(&b.fact, b.kind, &b.figure)));
        out
    }

    /// Appends `pending` to the log and records `current` as published. Called
    /// only after the new site is live. The log is rewritten whole through a
    /// temporary file, so a crash leaves either the old log or the new one.
    pub fn commit(&self, state: &Durable, pending: &[Entry], current: &Record) -> Result<(), ChangelogError> {
        if !pending.is_empty() {
            let log = state.changelog();
            let mut text = if log.exists() { files::read_to_string(&log)? } else { String::new() };
            for entry in pending {
                text.push_str(&serde_json::to_string(entry).expect("entries serialize"));
                text.push('\n');
            }
            files::write(&log, text)?;
        }
        if self.published.as_ref().map(|p| &p.facts) != Some(&current.facts) {
            let json = serde_json::to_string_pretty(current).expect("records serialize") + "\n";
            files::write(&state.published(), json)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn state(value: f64, period: &str, version: &str) -> FactState {
        FactState {
            value,
            unit: crate::normalize::Unit::Percent,
            period: period.into(),
            population: "p".into(),
            source: "s".into(),
            version: version.into(),
            verdict: "underestimated".into(),
            estimate_value: None,
            estimate_period: None,
        }
    }

    fn record(facts: &[(&str, FactState)]) -> Record {
        Record {
            month: "2026-11".into(),
            generated_at: chrono::DateTime::UNIX_EPOCH,
            embargo_until: None,
            facts: facts.iter().map(|(id, s)| (id.to_string(), s.clone())).collect(),
            sources: BTreeMap::new(),
            new_facts: Vec::new(),
        }
    }

    #[test]
    fn the_first_publication_makes_every_fact_new_and_a_rerun_adds_nothing() {
        let current = record(&[("a", state(1.0, "2024", "seed")), ("b", state(2.0, "2024", "seed"))]);
        let log = Changelog::default();
        let first = log.pending(&current, "2026-11-24");
        assert_eq!(
            first.iter().map(|e| (e.fact.as_str(), e.kind)).collect::<Vec<_>>(),
            [("a", ChangeKind::New), ("b", ChangeKind::New)]
        );
        let log = Changelog { entries: first, published: Some(current.clone()) };
        assert!(log.pending(&current, "2026-11-25").is_empty());
    }

    #[test]
    fn moved_figures_say_why_and_keep_old_and_new() {
        let before = record(&[("a", state(1.0, "2023", "seed")), ("gone", state(5.0, "2023", "seed"))]);
        let after = record(&[("a", state(1.5, "2024", "seed"))]);
        let log = Changelog { entries: Vec::new(), published: Some(before) };
        let pending = log.pending(&after, "2026-12-01");
        assert_eq!(pending.len(), 2);
        assert_eq!((pending[0].kind, pending[0].reason), (ChangeKind::Updated, Some(Reason::NewPeriod)));
        assert_eq!(pending[0].old.as_ref().unwrap().value, 1.0);
        assert_eq!(pending[0].new.as_ref().unwrap().value, 1.5);
        assert_eq!((pending[1].fact.as_str(), pending[1].kind), ("gone", ChangeKind::Withdrawn));
    }
}
