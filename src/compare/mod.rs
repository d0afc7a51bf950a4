//! Stage 3, compare: judge each claim in each place. The actual figure, the
//! public's estimate (a survey number or a FOCUS finding's direction), the gap
//! and a verdict the uncertainty supports, with every caveat attached.

mod verdict;

pub use verdict::{MarginBasis, Verdict, combined_margin, decide, estimate_margin};

use crate::config::MethodConfig;
use crate::normalize::{Certainty, Direction, Finding, Kind, Normalized, Observation, Unit};
use crate::project::{Claim, EstimateSpec, Pairing, Topic};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error("reading the observation table: {0}")]
    Frame(#[from] polars::error::PolarsError),
}

/// One published figure with what is needed to cite it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub value: f64,
    pub unit: Unit,
    pub period: String,
    pub population: String,
    pub sex: String,
    pub age: String,
    pub source: String,
    pub flags: String,
    pub certainty: Certainty,
    pub citation: String,
    pub quote: Option<String>,
    pub n: Option<u64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub median: Option<f64>,
    pub years_since_arrival: Option<u32>,
}

impl From<&Observation> for Figure {
    fn from(o: &Observation) -> Self {
        Figure {
            value: o.value,
            unit: o.unit,
            period: o.period.clone(),
            population: o.population.clone(),
            sex: o.sex.clone(),
            age: o.age.clone(),
            source: o.source.clone(),
            flags: o.flags.clone(),
            certainty: o.certainty,
            citation: o.citation.clone(),
            quote: o.quote.clone(),
            n: o.n,
            ci_low: o.ci_low,
            ci_high: o.ci_high,
            median: o.median,
            years_since_arrival: o.years_since_arrival,
        }
    }
}

/// The public's side of a fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Estimate {
    /// A survey's mean estimate, with its margin.
    Measured { figure: Figure, respondents: String, margin_pp: f64, margin_basis: MarginBasis },
    /// A FOCUS finding that states only the direction.
    Direction { finding: Finding, population: String, period: String },
    /// No survey measured what the public thinks here.
    None,
}

/// Something a reader must know to read a fact right. Texts live in the
/// message catalogues (by `kind`) or, for population pairings, in the claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Caveat {
    pub kind: CaveatKind,
    pub params: BTreeMap<String, String>,
    /// Claim-provided text by language (population pairings).
    pub text: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CaveatKind {
    PopulationDiffers,
    PeriodGap,
    /// A FOCUS finding: its surveys' fieldwork dates are known only roughly.
    FindingPeriod,
    LowReliability,
    BreakInSeries,
    DefinitionDiffers,
    Naturalisation,
    SecondarySource,
    ThirdPartyCopy,
    DirectionOnly,
    FindingAcrossCountries,
    MarginFromSampleSize,
    MarginAssumed,
}

/// One claim judged in one place.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// Permalink slug: `<claim>-<place>`; never changes for the same claim and place.
    pub id: String,
    pub claim: String,
    pub topic: Topic,
    pub indicator: String,
    pub geo: String,
    pub actual: Figure,
    pub estimate: Estimate,
    /// Estimate minus actual, in percentage points.
    pub gap_pp: Option<f64>,
    /// Estimate divided by actual.
    pub ratio: Option<f64>,
    pub combined_margin_pp: Option<f64>,
    pub verdict: Verdict,
    pub caveats: Vec<Caveat>,
    /// The actual figure's series over time (same source, population, sex and
    /// age), or the series of the pairing's `trend_population`.
    pub trend: Vec<TrendPoint>,
    /// The population of the trend, when it is not the headline figure's.
    pub trend_population: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    pub period: String,
    pub value: f64,
    pub flags: String,
    /// For a cohort (refugees who arrived in one year), how long they had been here.
    pub years_since_arrival: Option<u32>,
}

/// A place a claim could not be judged in (or, with no place, a claim that
/// cannot be judged anywhere), and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unmatched {
    pub claim: String,
    pub geo: Option<String>,
    pub reason: String,
}

/// Compare's output.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Sorted by topic, place and claim.
    pub facts: Vec<Fact>,
    pub unmatched: Vec<Unmatched>,
}

/// Judges every claim against the normalized observations.
pub fn compare(claims: &[Claim], normalized: &Normalized, method: &MethodConfig) -> Result<Facts, CompareError> {
    let rows = normalized.observations.rows()?;
    let index = Index::new(&rows);
    let mut out = Facts::default();
    for claim in claims {
        judge_claim(claim, &index, &normalized.findings, method, &mut out);
    }
    out.facts.sort_by(|a, b| (a.topic, &a.geo, &a.claim).cmp(&(b.topic, &b.geo, &b.claim)));
    Ok(out)
}

/// Observations grouped by (kind, indicator, geo), the keys every lookup starts from.
struct Index<'a> {
    by_key: BTreeMap<(Kind, &'a str, &'a str), Vec<&'a Observation>>,
}

impl<'a> Index<'a> {
    fn new(rows: &'a [Observation]) -> Self {
        let mut by_key: BTreeMap<_, Vec<&Observation>> = BTreeMap::new();
        for o in rows {
            by_key.entry((o.kind, o.indicator.as_str(), o.geo.as_str())).or_default().push(o);
        }
        Index { by_key }
    }

    fn get<'s>(&'s self, kind: Kind, indicator: &'s str, geo: &'s str) -> &'s [&'a Observation] {
        self.by_key.get(&(kind, indicator, geo)).map_or(&[], Vec::as_slice)
    }

    fn places(&self, kind: Kind, indicator: &str) -> BTreeSet<&'a str> {
        self.by_key.keys().filter(|(k, i, _)| *k == kind && *i == indicator).map(|(_, _, g)| *g).collect()
    }
}

fn source_matches(patterns: &[String], source: &str) -> bool {
    patterns.iter().any(|p| match p.strip_suffix('*') {
        Some(prefix) => source.starts_with(prefix),
        None => p == source,
    })
}

fn judge_claim(claim: &Claim, index: &Index, findings: &[Finding], method: &MethodConfig, out: &mut Facts) {
    if let Err(reason) = check_estimate_source(claim, findings) {
        out.unmatched.push(Unmatched { claim: claim.id.clone(), geo: None, reason });
        return;
    }
    let places: BTreeSet<String> = match &claim.places {
        Some(places) => places.iter().cloned().collect(),
        None => {
            let mut places: BTreeSet<String> = BTreeSet::new();
            match &claim.estimate {
                EstimateSpec::Survey { indicator, sources, population } => {
                    let indicator = indicator.as_deref().unwrap_or(&claim.indicator);
                    for geo in index.places(Kind::Perceived, indicator) {
                        let has = index
                            .get(Kind::Perceived, indicator, geo)
                            .iter()
                            .any(|o| &o.population == population && source_matches(sources, &o.source));
                        if has {
                            places.insert(geo.to_string());
                        }
                    }
                }
                EstimateSpec::Finding { .. } => {
                    for geo in index.places(Kind::Actual, &claim.indicator) {
                        let acceptable = index
                            .get(Kind::Actual, &claim.indicator, geo)
                            .iter()
                            .any(|o| claim.actual.iter().any(|p| pairing_accepts(p, claim, o, None)));
                        if acceptable {
                            places.insert(geo.to_string());
                        }
                    }
                }
            }
            places
        }
    };
    for geo in &places {
        match judge_place(claim, geo, index, findings, method) {
            Ok(fact) => out.facts.push(fact),
            Err(reason) => out.unmatched.push(Unmatched { claim: claim.id.clone(), geo: Some(geo.clone()), reason }),
        }
    }
}

/// A finding-based claim must name a finding that exists and states a direction.
fn check_estimate_source(claim: &Claim, findings: &[Finding]) -> Result<(), String> {
    let EstimateSpec::Finding { source, finding, .. } = &claim.estimate else { return Ok(()) };
    let found = findings
        .iter()
        .find(|f| &f.source == source && &f.id == finding)
        .ok_or_else(|| format!("finding `{finding}` is not in source `{source}` (or that source failed validation)"))?;
    if found.direction.is_none() {
        return Err(format!("finding `{finding}` states no direction of misperception"));
    }
    Ok(())
}

/// The official figure that answers `estimate`: the first acceptable pairing
/// with data; within it, the figure nearest the estimate's period (figures.md
/// §4.4: "compared with the figure for the same year the guess was made"),
/// or the latest when there is no estimate, no further away than the claim allows.
fn find_actual<'a>(
    claim: &'a Claim,
    geo: &str,
    actuals: &[&'a Observation],
    estimate: &Estimate,
) -> Result<(&'a Pairing, &'a Observation), String> {
    let (estimate_years, estimate_source) = match estimate {
        Estimate::Measured { figure, .. } => {
            (Some(crate::normalize::observation::period_years(&figure.period)), Some(figure.source.as_str()))
        }
        Estimate::Direction { period, .. } => (Some(crate::normalize::observation::period_years(period)), None),
        Estimate::None => (None, None),
    };
    let mut too_far = None;
    for pairing in &claim.actual {
        let mut candidates: Vec<&Observation> =
            actuals.iter().copied().filter(|o| pairing_accepts(pairing, claim, o, estimate_source)).collect();
        candidates.sort_by(|a, b| {
            let rank = |o: &Observation| estimate_years.map_or(0.0, |y| (o.period_years() - y).abs());
            rank(a)
                .total_cmp(&rank(b))
                .then_with(|| b.period.cmp(&a.period))
                .then_with(|| a.years_since_arrival.cmp(&b.years_since_arrival))
                .then_with(|| a.source.cmp(&b.source))
        });
        for o in candidates {
            let gap = estimate_years.map_or(0.0, |y| (o.period_years() - y).abs());
            if gap > claim.max_period_gap_years {
                too_far.get_or_insert(format!(
                    "the nearest {} figure is from {} ({gap:.1} years from the estimate; at most {} allowed)",
                    o.population, o.period, claim.max_period_gap_years
                ));
                continue;
            }
            return Ok((pairing, o));
        }
    }
    if let Some(reason) = too_far {
        return Err(reason);
    }
    let present: BTreeSet<&str> = actuals.iter().map(|o| o.population.as_str()).collect();
    Err(if present.is_empty() {
        format!("no official {} figure for {geo}", claim.indicator)
    } else {
        format!(
            "refused: official figures exist only for {}, which this claim does not accept",
            present.into_iter().collect::<Vec<_>>().join(", ")
        )
    })
}

fn pairing_accepts(pairing: &Pairing, claim: &Claim, o: &Observation, estimate_source: Option<&str>) -> bool {
    o.population == pairing.population
        && o.sex == claim.sex
        && pairing.age.as_ref().is_none_or(|a| a == &o.age)
        && pairing.source.as_ref().is_none_or(|s| s == &o.source)
        && (!pairing.same_source_as_estimate || estimate_source == Some(o.source.as_str()))
}

fn judge_place(
    claim: &Claim,
    geo: &str,
    index: &Index,
    findings: &[Finding],
    method: &MethodConfig,
) -> Result<Fact, String> {
    // The public's estimates for this place, newest first: a measured survey
    // figure, a FOCUS finding's direction, or none.
    let estimates: Vec<Estimate> = match &claim.estimate {
        EstimateSpec::Survey { indicator, population, sources } => {
            let indicator = indicator.as_deref().unwrap_or(&claim.indicator);
            let mut candidates: Vec<&Observation> = index
                .get(Kind::Perceived, indicator, geo)
                .iter()
                .copied()
                .filter(|o| &o.population == population && o.sex == claim.sex && source_matches(sources, &o.source))
                .collect();
            // The most recent survey first; among equals, the first source by id.
            candidates.sort_by(|a, b| b.period.cmp(&a.period).then_with(|| a.source.cmp(&b.source)));
            candidates
                .into_iter()
                .map(|o| {
                    let (margin, basis) = estimate_margin(o.ci_low.zip(o.ci_high), o.n, method.assumed_margin_pp);
                    Estimate::Measured {
                        figure: Figure::from(o),
                        respondents: o.respondents.clone().unwrap_or_default(),
                        margin_pp: margin,
                        margin_basis: basis,
                    }
                })
                .collect()
        }
        EstimateSpec::Finding { source, finding, population, period } => {
            let found = findings
                .iter()
                .find(|f| &f.source == source && &f.id == finding)
                .expect("checked by check_estimate_source");
            if found.countries.iter().any(|c| c == geo) {
                vec![Estimate::Direction {
                    finding: found.clone(),
                    population: population.clone(),
                    period: period.clone(),
                }]
            } else {
                Vec::new()
            }
        }
    };
    // The newest estimate that an acceptable official figure answers: a newer
    // poll without its benchmark never hides an older survey's fact.
    let actuals = index.get(Kind::Actual, &claim.indicator, geo);
    let mut first_refusal = None;
    let mut matched = None;
    for estimate in estimates.iter().cloned().chain(estimates.is_empty().then_some(Estimate::None)) {
        match find_actual(claim, geo, actuals, &estimate) {
            Ok(found) => {
                matched = Some((estimate, found));
                break;
            }
            Err(reason) => {
                first_refusal.get_or_insert(reason);
            }
        }
    }
    let Some((estimate, (pairing, actual))) = matched else {
        return Err(first_refusal.unwrap_or_else(|| format!("no official {} figure for {geo}", claim.indicator)));
    };
    let estimate_period = match &estimate {
        Estimate::Measured { figure, .. } => Some(figure.period.clone()),
        Estimate::Direction { period, .. } => Some(period.clone()),
        Estimate::None => None,
    };

    let mut caveats = Vec::new();
    let caveat = |kind: CaveatKind, params: &[(&str, &str)]| Caveat {
        kind,
        params: params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        text: BTreeMap::new(),
    };
    let estimate_population = claim.estimate.population();
    if actual.population != estimate_population {
        caveats.push(Caveat {
            text: pairing.caveat.clone(),
            ..caveat(
                CaveatKind::PopulationDiffers,
                &[("estimate_population", estimate_population), ("actual_population", &actual.population)],
            )
        });
    }
    match (&estimate, &estimate_period) {
        (Estimate::Direction { .. }, _) => {
            caveats.push(caveat(CaveatKind::FindingPeriod, &[("actual_period", &actual.period)]));
        }
        (_, Some(period)) if period != &actual.period => {
            caveats
                .push(caveat(CaveatKind::PeriodGap, &[("estimate_period", period), ("actual_period", &actual.period)]));
        }
        _ => {}
    }
    let flag_caveats =
        [('u', CaveatKind::LowReliability), ('b', CaveatKind::BreakInSeries), ('d', CaveatKind::DefinitionDiffers)];
    for (flag, kind) in flag_caveats {
        if actual.flags.contains(flag) {
            caveats.push(caveat(kind, &[("period", &actual.period)]));
        }
    }
    if actual.population.ends_with("_citizens") || actual.population.ends_with("_nationals") {
        caveats.push(caveat(CaveatKind::Naturalisation, &[("population", &actual.population)]));
    }
    let mut certainties = vec![actual.certainty];
    if let Estimate::Measured { figure, .. } = &estimate {
        certainties.push(figure.certainty);
    }
    if certainties.contains(&Certainty::S) {
        caveats.push(caveat(CaveatKind::SecondarySource, &[]));
    }
    if certainties.contains(&Certainty::D) {
        caveats.push(caveat(CaveatKind::ThirdPartyCopy, &[]));
    }

    let (gap_pp, ratio, combined, verdict) = match &estimate {
        Estimate::Measured { figure, margin_pp, margin_basis, .. } => {
            if figure.unit != actual.unit {
                return Err(format!(
                    "the estimate is in {} but the official figure in {}",
                    figure.unit.as_str(),
                    actual.unit.as_str()
                ));
            }
            let actual_margin = match (actual.ci_low, actual.ci_high) {
                (Some(lo), Some(hi)) => (hi - lo) / 2.0,
                _ => 0.0,
            };
            let combined = combined_margin(*margin_pp, actual_margin);
            match margin_basis {
                MarginBasis::SampleSize => caveats.push(caveat(CaveatKind::MarginFromSampleSize, &[])),
                MarginBasis::Assumed => {
                    caveats.push(caveat(CaveatKind::MarginAssumed, &[("margin", &margin_pp.to_string())]));
                }
                MarginBasis::Published => {}
            }
            let ratio = (actual.value != 0.0).then(|| figure.value / actual.value);
            let verdict = decide(figure.value, actual.value, combined);
            // Tidy float noise for output only; the verdict above used the exact values.
            (Some(tidy(figure.value - actual.value)), ratio.map(tidy), Some(tidy(combined)), verdict)
        }
        Estimate::Direction { finding, .. } => {
            caveats.push(caveat(CaveatKind::DirectionOnly, &[]));
            if finding.countries.len() > 1 {
                caveats.push(caveat(CaveatKind::FindingAcrossCountries, &[]));
            }
            let verdict = match finding.direction {
                Some(Direction::Overestimated) => Verdict::Overestimated,
                _ => Verdict::Underestimated,
            };
            (None, None, None, verdict)
        }
        Estimate::None => (None, None, None, Verdict::NoMeasuredEstimate),
    };
    caveats.sort_by_key(|c| c.kind);

    let trend_population = pairing.trend_population.as_deref().unwrap_or(&actual.population);
    let mut trend: Vec<TrendPoint> = actuals
        .iter()
        .filter(|o| {
            o.source == actual.source && o.population == trend_population && o.sex == actual.sex && o.age == actual.age
        })
        .map(|o| TrendPoint {
            period: o.period.clone(),
            value: o.value,
            flags: o.flags.clone(),
            years_since_arrival: o.years_since_arrival,
        })
        .collect();
    trend.sort_by(|a, b| a.period.cmp(&b.period));

    Ok(Fact {
        id: format!("{}-{}", claim.id, geo.to_lowercase()).replace('_', "-"),
        claim: claim.id.clone(),
        topic: claim.topic,
        indicator: claim.indicator.clone(),
        geo: geo.to_string(),
        actual: Figure::from(actual),
        estimate,
        gap_pp,
        ratio,
        combined_margin_pp: combined,
        verdict,
        caveats,
        trend_population: pairing.trend_population.clone().filter(|p| *p != actual.population),
        trend,
    })
}

/// Rounds to 6 decimals: removes float noise such as 9.499999999999998 from outputs.
fn tidy(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}
