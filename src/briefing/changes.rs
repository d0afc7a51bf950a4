//! What changed since the previous briefing: new data releases, figures that
//! moved (and why), new facts, corrections, and facts no longer published.

use super::record::{FactState, Record};
use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, strum::IntoStaticStr, strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Reason {
    /// A newer reference period replaced the old figure.
    NewPeriod,
    /// The producer revised the figure for the same period.
    Revision,
    /// We corrected a figure we had transcribed.
    Correction,
    /// Another figure (another population or source) now answers the claim.
    Replaced,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moved {
    pub fact: String,
    pub old: FactState,
    pub new: FactState,
    pub reason: Reason,
}

/// A source with data it did not have at the previous briefing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Release {
    pub source: String,
    pub latest_period: Option<String>,
    pub previous_period: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Changes {
    /// No previous briefing to compare with.
    pub first: bool,
    pub releases: Vec<Release>,
    /// Figures that moved for a new period or a revision.
    pub moved: Vec<Moved>,
    pub new_facts: Vec<String>,
    /// Figures we corrected.
    pub corrections: Vec<Moved>,
    pub withdrawn: Vec<String>,
    /// Facts whose verdict changed: (fact, old verdict, new verdict).
    pub verdicts: Vec<(String, String, String)>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.releases.is_empty()
            && self.moved.is_empty()
            && self.new_facts.is_empty()
            && self.corrections.is_empty()
            && self.withdrawn.is_empty()
            && self.verdicts.is_empty()
    }
}

pub fn diff(previous: Option<&Record>, current: &Record) -> Changes {
    let Some(previous) = previous else { return Changes { first: true, ..Changes::default() } };
    let mut changes = Changes::default();
    // A source's new snapshot is a data release only if a figure we publish from it changed.
    let figures_changed = |source: &str| {
        current.facts.iter().any(|(id, new)| {
            new.source == source
                && previous.facts.get(id).is_some_and(|old| old.period != new.period || old.value != new.value)
        })
    };
    for (id, state) in &current.sources {
        if let Some(old) = previous.sources.get(id)
            && (old.latest_period != state.latest_period
                || (old.version != state.version && state.version.starts_with("snapshot") && figures_changed(id)))
        {
            changes.releases.push(Release {
                source: id.clone(),
                latest_period: state.latest_period.clone(),
                previous_period: old.latest_period.clone(),
            });
        }
    }
    for (id, new) in &current.facts {
        let Some(old) = previous.facts.get(id) else {
            changes.new_facts.push(id.clone());
            continue;
        };
        if old.verdict != new.verdict {
            changes.verdicts.push((id.clone(), old.verdict.clone(), new.verdict.clone()));
        }
        let same_figure = old.population == new.population && old.source == new.source;
        if same_figure && old.period == new.period && (old.value - new.value).abs() < 1e-9 {
            continue;
        }
        let reason = if !same_figure {
            Reason::Replaced
        } else if old.period != new.period {
            Reason::NewPeriod
        } else if new.version.starts_with("snapshot") && old.version != new.version {
            Reason::Revision
        } else {
            Reason::Correction
        };
        let moved = Moved { fact: id.clone(), old: old.clone(), new: new.clone(), reason };
        if reason == Reason::Correction {
            changes.corrections.push(moved);
        } else {
            changes.moved.push(moved);
        }
    }
    changes.withdrawn = previous.facts.keys().filter(|id| !current.facts.contains_key(*id)).cloned().collect();
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::record::SourceState;
    use std::collections::BTreeMap;

    fn state(value: f64, period: &str, population: &str, version: &str, verdict: &str) -> FactState {
        FactState {
            value,
            unit: crate::normalize::Unit::Percent,
            period: period.into(),
            population: population.into(),
            source: "s".into(),
            version: version.into(),
            verdict: verdict.into(),
            estimate_value: None,
            estimate_period: None,
        }
    }

    fn record(facts: &[(&str, FactState)], version: &str) -> Record {
        Record {
            month: "2026-11".into(),
            generated_at: "2026-11-01T00:00:00Z".parse().unwrap(),
            embargo_until: None,
            facts: facts.iter().map(|(id, s)| (id.to_string(), s.clone())).collect(),
            sources: BTreeMap::from([(
                "s".into(),
                SourceState { latest_period: Some("2024".into()), version: version.into() },
            )]),
            new_facts: Vec::new(),
        }
    }

    #[test]
    fn another_population_is_a_replacement_and_verdict_flips_are_reported() {
        let old = record(&[("a", state(50.0, "2024", "refugees", "snapshot:1", "underestimated"))], "snapshot:1");
        let new = record(&[("a", state(55.0, "2024", "non_eu_citizens", "snapshot:1", "about_right"))], "snapshot:1");
        let c = diff(Some(&old), &new);
        assert_eq!(c.moved[0].reason, Reason::Replaced);
        assert_eq!(c.verdicts, [("a".to_string(), "underestimated".to_string(), "about_right".to_string())]);
    }

    #[test]
    fn a_new_snapshot_that_changes_no_published_figure_is_no_release() {
        let old = record(&[("a", state(50.0, "2024", "refugees", "snapshot:1", "about_right"))], "snapshot:1");
        let new = record(&[("a", state(50.0, "2024", "refugees", "snapshot:2", "about_right"))], "snapshot:2");
        let c = diff(Some(&old), &new);
        assert!(c.is_empty(), "{c:?}");
    }
}
