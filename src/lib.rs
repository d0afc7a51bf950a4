//! factgap: close the gap between what people believe about refugees and what
//! the official numbers say.
//!
//! The pipeline reads top to bottom, one module per stage, each with a typed
//! input and a typed output:
//!
//! ```text
//! project (sources/*.toml, claims.toml) ─▶ fetch ─▶ store (snapshots)
//!   ─▶ normalize (Observations, a polars DataFrame) ─▶ compare (Facts)
//!   ─▶ present (views in each language) ─▶ publish (output/site, swapped in whole)
//!                                       └─▶ briefing (the monthly press briefing)
//! ```
//!
//! [`formats`] reads each provider's response format; fetch uses it to
//! validate, normalize to map cells onto observations.
//!
//! [`pipeline`] chains the stages; the binary only parses arguments and calls it.
//! [`run`] holds what every run shares (the lock, a clean stop, work on every core, how it ended);
//! [`schedule`] starts runs unattended.

pub mod briefing;
pub mod compare;
pub mod config;
pub mod fetch;
pub mod files;
pub mod formats;
pub mod inspect;
pub mod normalize;
pub mod pipeline;
pub mod present;
pub mod problem;
pub mod project;
pub mod publish;
pub mod run;
pub mod schedule;
pub mod state;
pub mod store;

/// Each enum's text comes from strum and its JSON/TOML from serde, both from
/// the variant names under the same rule: this checks the two agree.
#[cfg(test)]
mod enum_text {
    use serde::Serialize;

    fn agrees<T: Serialize + Copy>(value: T, text: &str) {
        assert_eq!(serde_json::to_value(value).unwrap(), serde_json::Value::String(text.to_string()));
    }

    #[test]
    fn serde_and_strum_agree() {
        use crate::normalize::{Certainty, Kind, Unit};
        agrees(Unit::Persons, Unit::Persons.as_str());
        agrees(Kind::SelfReported, Kind::SelfReported.as_str());
        assert_eq!(Kind::SelfReported.as_str(), "self_reported");
        agrees(Certainty::V, Certainty::V.as_str());
        let topic = crate::project::Topic::PopulationShare;
        agrees(topic, topic.as_str());
        assert_eq!(topic.as_str(), "population_share");
        let verdict = crate::compare::Verdict::NoMeasuredEstimate;
        agrees(verdict, verdict.as_str());
        let reason = crate::briefing::changes::Reason::NewPeriod;
        agrees(reason, reason.as_str());
        let kind = crate::publish::changelog::ChangeKind::Withdrawn;
        agrees(kind, kind.as_str());
        let format = crate::project::ReadFormat::GenesisFfcsv;
        agrees(format, format.as_str());
        let frequency = crate::project::UpdateFrequency::TwiceYearly;
        agrees(frequency, frequency.as_str());
        let result = crate::run::RunResult::PublishedWithStaleSources;
        agrees(result, "published, with stale sources");
        assert_eq!(result.as_str(), "published, with stale sources");
        let back: crate::run::RunResult = serde_json::from_str("\"overran the deadline\"").unwrap();
        assert_eq!(back, crate::run::RunResult::OverranDeadline);
        assert_eq!("eurostat_tsv".parse(), Ok(crate::project::ReadFormat::EurostatTsv));
    }
}

/// mimalloc rather than the system allocator: a build allocates and frees
/// millions of small strings on every core, where glibc's per-thread arenas
/// both slow it down and keep freed memory from the run's long-lived views.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
