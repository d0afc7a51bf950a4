//! The monthly press briefing that communications teams send, leading with
//! what changed since the last one. `compose` picks the content from this
//! run's facts and the previous briefing's record; `view` words it in a
//! language; `render` makes the email HTML (CSS inlined), plain text,
//! Markdown and a Mailchimp zip; `folder` keeps it in `output/state/briefings/`;
//! `send` mails it by SMTP.

pub mod changes;
pub mod folder;
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
    /// Facts by topic, when the sender names no countries (fact ids).
    pub topics: Vec<(Topic, Vec<String>)>,
    /// A section per sender's country (fact ids): each fact once, the lead's left out.
    pub countries: Vec<(String, Vec<String>)>,
    /// A fact shown rests on FOCUS's reported direction: say once what FOCUS found.
    pub focus_note: bool,
    /// Sources behind the briefing's facts that could not be refreshed.
    pub stale_sources: Vec<String>,
}

/// Picks the content of `month`'s briefing: it leads with what changed; when
/// nothing did, with the strongest current fact from the sender's countries;
/// it covers only those countries (every place, by topic, when none is named),
/// and lists each fact once.
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
    let chosen = &project.config.briefing.countries;
    let in_scope = |f: &&Fact| chosen.is_empty() || chosen.contains(&f.geo);
    // What changed, in the sender's countries only (the record keeps every place).
    let mut changes = changes::diff(previous, &record);
    let scope_ids: std::collections::BTreeSet<&str> = facts.iter().filter(in_scope).map(|f| f.id.as_str()).collect();
    changes.moved.retain(|m| scope_ids.contains(m.fact.as_str()));
    changes.corrections.retain(|m| scope_ids.contains(m.fact.as_str()));
    changes.new_facts.retain(|id| scope_ids.contains(id.as_str()));
    changes.verdicts.retain(|(id, _, _)| scope_ids.contains(id.as_str()));
    let scoped: Vec<&Fact> = facts.iter().filter(in_scope).collect();

    // The lead: among what changed (moved figures, corrections) if anything did,
    // else among the facts in scope. A first briefing has nothing that changed.
    let changed: Vec<&str> = changes.moved.iter().chain(&changes.corrections).map(|m| m.fact.as_str()).collect();
    let from_changes: Vec<&Fact> = scoped.iter().copied().filter(|f| changed.contains(&f.id.as_str())).collect();
    let candidates = if from_changes.is_empty() { scoped.clone() } else { from_changes };
    let year = now.format("%Y").to_string().parse::<f64>().unwrap_or(0.0);
    let strongest = candidates
        .iter()
        .max_by(|a, b| strength(a, year).cmp(&strength(b, year)).then_with(|| b.id.cmp(&a.id)))
        .map(|f| f.id.clone());

    let listed = |f: &Fact| Some(&f.id) != strongest.as_ref();
    let topics = if chosen.is_empty() {
        [Topic::Education, Topic::Employment, Topic::Welfare, Topic::PopulationShare]
            .into_iter()
            .filter_map(|topic| {
                let ids: Vec<String> =
                    scoped.iter().filter(|f| f.topic == topic && listed(f)).map(|f| f.id.clone()).collect();
                (!ids.is_empty()).then_some((topic, ids))
            })
            .collect()
    } else {
        Vec::new()
    };
    let countries: Vec<(String, Vec<String>)> = chosen
        .iter()
        .map(|geo| {
            let mut of_place: Vec<&Fact> = scoped.iter().copied().filter(|f| &f.geo == geo && listed(f)).collect();
            of_place.sort_by(|a, b| strength(b, year).cmp(&strength(a, year)).then_with(|| a.id.cmp(&b.id)));
            (geo.clone(), of_place.iter().map(|f| f.id.clone()).collect::<Vec<_>>())
        })
        .filter(|(_, ids)| !ids.is_empty())
        .collect();
    let listed_ids: std::collections::BTreeSet<&str> = countries
        .iter()
        .flat_map(|(_, ids)| ids)
        .chain(topics.iter().flat_map(|(_, ids)| ids))
        .map(String::as_str)
        .chain(strongest.as_deref())
        .collect();
    let shown: Vec<&Fact> = scoped.iter().copied().filter(|f| listed_ids.contains(f.id.as_str())).collect();
    let focus_note = shown.iter().any(|f| matches!(f.estimate, Estimate::Direction { .. }));
    let mut stale_sources: Vec<String> = shown
        .iter()
        .flat_map(|f| {
            let estimate = match &f.estimate {
                Estimate::Measured { figure, .. } => Some(figure.source.clone()),
                Estimate::Direction { finding, .. } | Estimate::Answer { finding, .. } => Some(finding.source.clone()),
                Estimate::None => None,
            };
            std::iter::once(f.actual.source.clone()).chain(estimate)
        })
        .filter(|id| normalized.source(id).is_some_and(|s| s.freshness == Freshness::Stale))
        .collect();
    stale_sources.sort();
    stale_sources.dedup();
    Briefing {
        month: month.into(),
        now,
        embargo,
        record,
        changes,
        strongest,
        topics,
        countries,
        focus_note,
        stale_sources,
    }
}

/// How strong a lead a fact makes, for a communications officer: a refugee
/// topic before the immigrant share; a figure about refugees before a wider
/// proxy (all non-EU citizens); a figure of the last five years before an
/// older one; a measured misperception; a figure seen in its primary source;
/// the newest period.
fn strength(f: &Fact, year: f64) -> (bool, bool, bool, bool, bool, i64) {
    let period = crate::normalize::observation::period_years(&f.actual.period);
    (
        f.topic != Topic::PopulationShare,
        f.actual.about_refugees(),
        year - period <= 5.0,
        matches!(f.verdict, Verdict::Overestimated | Verdict::Underestimated),
        f.actual.certainty == crate::normalize::Certainty::V,
        (period * 12.0) as i64,
    )
}
