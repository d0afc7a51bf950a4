//! What changed since the previous briefing: new data releases, figures that
//! moved (and why), new facts, corrections, and facts no longer published.

use super::record::{FactState, Record};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// A newer reference period replaced the old figure.
    NewPeriod,
    /// The producer revised the figure for the same period.
    Revision,
    /// We corrected a figure we had transcribed.
    Correction,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NewPeriod => "new_period",
            Reason::Revision => "revision",
            Reason::Correction => "correction",
        }
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
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.releases.is_empty()
            && self.moved.is_empty()
            && self.new_facts.is_empty()
            && self.corrections.is_empty()
            && self.withdrawn.is_empty()
    }
}

pub fn diff(previous: Option<&Record>, current: &Record) -> Changes {
    let Some(previous) = previous else { return Changes { first: true, ..Changes::default() } };
    let mut changes = Changes::default();
    for (id, state) in &current.sources {
        if let Some(old) = previous.sources.get(id)
            && (old.latest_period != state.latest_period
                || (old.version != state.version && state.version.starts_with("snapshot")))
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
        if old.period == new.period && (old.value - new.value).abs() < 1e-9 {
            continue;
        }
        let reason = if old.period != new.period {
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
