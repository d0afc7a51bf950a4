//! The monthly press briefing that communications teams send, leading with
//! what changed since the last one. `compose` picks the content from this
//! run's facts and the previous briefing's record; `view` words it in a
//! language; `render` makes the email HTML (CSS inlined), plain text,
//! Markdown and a Mailchimp zip; `send` mails it by SMTP.

pub mod changes;
pub mod record;
pub mod render;
pub mod send;
pub mod view;

pub use changes::{Changes, Reason};
pub use record::Record;

use crate::compare::{Estimate, Fact, Verdict};
use crate::normalize::{Freshness, Normalized};
use crate::project::{Project, Topic};
use chrono::{DateTime, Utc};

/// A briefing's content, before it is worded.
#[derive(Debug, Clone)]
pub struct Briefing {
    pub month: String,
    pub now: DateTime<Utc>,
    pub embargo: Option<DateTime<Utc>>,
    pub record: Record,
    pub changes: Changes,
    /// The fact the subject and headline are built from.
    pub strongest: Option<String>,
    /// Key facts by topic (fact ids).
    pub topics: Vec<(Topic, Vec<String>)>,
    /// A section per chosen country (fact ids).
    pub countries: Vec<(String, Vec<String>)>,
    /// Sources behind the briefing's facts that could not be refreshed.
    pub stale_sources: Vec<String>,
}

/// Facts per topic in the key-facts section.
const KEY_FACTS_PER_TOPIC: usize = 3;

/// Picks the content of `month`'s briefing.
pub fn compose(
    project: &Project,
    normalized: &Normalized,
    facts: &[Fact],
    month: &str,
    now: DateTime<Utc>,
    embargo: Option<DateTime<Utc>>,
    previous: Option<&Record>,
) -> Briefing {
    let record = Record::of_run(month, now, embargo, facts, normalized, previous);
    let changes = changes::diff(previous, &record);

    // The strongest fact: among what changed if anything did, else among all.
    let changed: Vec<&str> = changes
        .moved
        .iter()
        .chain(&changes.corrections)
        .map(|m| m.fact.as_str())
        .chain(changes.new_facts.iter().map(String::as_str))
        .collect();
    let mut candidates: Vec<&Fact> = if changed.is_empty() {
        facts.iter().collect()
    } else {
        facts.iter().filter(|f| changed.contains(&f.id.as_str())).collect()
    };
    // The sender's own countries first, when any of the candidates is about them.
    let chosen = &project.config.briefing.countries;
    if candidates.iter().any(|f| chosen.contains(&f.geo)) {
        candidates.retain(|f| chosen.contains(&f.geo));
    }
    let strongest = candidates
        .iter()
        .max_by(|a, b| strength(a).total_cmp(&strength(b)).then_with(|| b.id.cmp(&a.id)))
        .map(|f| f.id.clone());

    let topics = [Topic::Education, Topic::Employment, Topic::Welfare, Topic::PopulationShare]
        .into_iter()
        .filter_map(|topic| {
            let mut of_topic: Vec<&Fact> = facts.iter().filter(|f| f.topic == topic).collect();
            if of_topic.is_empty() {
                return None;
            }
            of_topic.sort_by(|a, b| strength(b).total_cmp(&strength(a)).then_with(|| a.id.cmp(&b.id)));
            Some((topic, of_topic.iter().take(KEY_FACTS_PER_TOPIC).map(|f| f.id.clone()).collect()))
        })
        .collect();
    let countries = project
        .config
        .briefing
        .countries
        .iter()
        .map(|geo| (geo.clone(), facts.iter().filter(|f| &f.geo == geo).map(|f| f.id.clone()).collect::<Vec<_>>()))
        .filter(|(_, ids)| !ids.is_empty())
        .collect();
    let mut stale_sources: Vec<String> = facts
        .iter()
        .flat_map(|f| {
            let estimate = match &f.estimate {
                Estimate::Measured { figure, .. } => Some(figure.source.clone()),
                Estimate::Direction { finding, .. } => Some(finding.source.clone()),
                Estimate::None => None,
            };
            std::iter::once(f.actual.source.clone()).chain(estimate)
        })
        .filter(|id| normalized.source(id).is_some_and(|s| s.freshness == Freshness::Stale))
        .collect();
    stale_sources.sort();
    stale_sources.dedup();
    Briefing { month: month.into(), now, embargo, record, changes, strongest, topics, countries, stale_sources }
}

/// How much a fact tells a reader: a measured misperception by its size, then
/// a stated direction, then a figure on its own.
fn strength(f: &Fact) -> f64 {
    match (f.verdict, f.gap_pp) {
        (Verdict::Overestimated | Verdict::Underestimated, Some(gap)) => 1000.0 + gap.abs(),
        (Verdict::Overestimated | Verdict::Underestimated, None) => 500.0,
        (Verdict::AboutRight, Some(gap)) => 100.0 - gap.abs(),
        _ => 0.0,
    }
}
