//! Stage 3, compare: judge each claim in each place. The actual figure, the
//! public's estimate (a survey number or a FOCUS finding's direction), the gap
//! and a verdict the uncertainty supports, with every caveat attached.

mod select;
mod verdict;

pub use verdict::{MarginBasis, Verdict, combined_margin, decide, decide_answer, estimate_margin};

use crate::config::MethodConfig;
use crate::normalize::{Certainty, Finding, Kind, Normalized, Observation, Unit};
use crate::project::{Claim, EstimateSpec, Pairing, Topic};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, thiserror::Error)]
pub enum CompareError {
    #[error("reading the observation table: {0}")]
    Frame(#[from] polars::error::PolarsError),
}

/// One published figure with what is needed to cite it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub indicator: String,
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

impl Figure {
    /// Whether the figure counts refugees (or asylum seekers, or Syrian nationals)
    /// rather than a wider proxy such as all non-EU citizens: what a lead should be.
    pub fn about_refugees(&self) -> bool {
        ["refugee", "asylum", "syrian", "protection"].iter().any(|w| self.population.contains(w))
    }
}

impl From<&Observation> for Figure {
    fn from(o: &Observation) -> Self {
        Figure {
            indicator: o.indicator.clone(),
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
    /// A FOCUS finding that states only the direction, for its study as a whole.
    /// It carries no period: the publications give none (fieldwork about 2020–2021).
    Direction { finding: Finding, population: String },
    /// A survey's answer in its own words (a range or a category), with its period.
    Answer { finding: Finding, population: String },
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
    /// A refugee topic answered with a wider group (all foreign-born legal
    /// residents), where the survey itself asked about that group.
    NotRefugees,
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
    /// The survey asked for a range or a category, not a number.
    AnswerAsWorded,
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
    /// The headline: the latest period of the most specific acceptable population.
    pub actual: Figure,
    /// The figure the public's estimate was judged against, when it is not the
    /// headline: the one nearest the survey ("at the time of the survey").
    pub compared: Option<Figure>,
    /// The actual figure is the survey's own benchmark (as its authors give it),
    /// not an official statistic read from its producer.
    pub actual_is_benchmark: bool,
    pub estimate: Estimate,
    /// Estimate minus actual, in percentage points.
    pub gap_pp: Option<f64>,
    /// Estimate divided by actual.
    pub ratio: Option<f64>,
    pub combined_margin_pp: Option<f64>,
    pub verdict: Verdict,
    pub caveats: Vec<Caveat>,
    /// The actual figure's series over time (same source, indicator, population,
    /// sex and age: one population only), or the series of the pairing's
    /// `trend_population`. Each point keeps its own observation's provenance.
    pub trend: Vec<Figure>,
    /// The population of the trend, when it is not the headline figure's.
    pub trend_population: Option<String>,
    /// Figures a reader needs beside the headline (the claim's `[[claim.context]]`):
    /// each the latest of its kind in this place, with its own provenance.
    pub context: Vec<ContextFigure>,
    /// The same belief about the benchmark group, where the survey asked it.
    pub benchmark: Option<Benchmark>,
    /// The same question's answers by the survey's other respondent groups
    /// (Republicans beside Democrats), when it reports them separately.
    pub other_estimates: Vec<GroupEstimate>,
}

/// One respondent group's estimate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupEstimate {
    pub respondents: String,
    pub figure: Figure,
}

/// The survey's same question about another group (natives), to tell a view of
/// immigrants from a general misjudgement of the figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Benchmark {
    pub estimate: Figure,
    pub actual: Figure,
    pub gap_pp: f64,
    pub verdict: Verdict,
}

/// A figure shown beside the headline for context, e.g. the whole population's rate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContextFigure {
    pub indicator: String,
    pub figure: Figure,
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
    let selected = select::select(claims, &normalized.observations)?;
    let index = Index::new(&selected.rows, &selected.populations);
    let mut out = Facts::default();
    for claim in claims {
        judge_claim(claim, &index, &normalized.findings, method, &mut out);
    }
    out.facts.sort_by(|a, b| (a.topic, &a.geo, &a.claim).cmp(&(b.topic, &b.geo, &b.claim)));
    // Kept for the whole run: without the room the pushes left.
    out.facts.shrink_to_fit();
    Ok(out)
}

/// The selected observations grouped by (kind, indicator, geo), the keys every
/// lookup starts from.
struct Index<'a> {
    by_key: BTreeMap<(Kind, &'a str, &'a str), Vec<&'a Observation>>,
    /// The official populations in each (indicator, place), of every sex and age band.
    populations: &'a HashMap<(&'a str, &'a str), BTreeSet<&'a str>>,
}

impl<'a> Index<'a> {
    fn new(rows: &'a [Observation], populations: &'a HashMap<(&'a str, &'a str), BTreeSet<&'a str>>) -> Self {
        let mut by_key: BTreeMap<_, Vec<&Observation>> = BTreeMap::new();
        for o in rows {
            by_key.entry((o.kind, o.indicator.as_str(), o.geo.as_str())).or_default().push(o);
        }
        Index { by_key, populations }
    }

    fn populations(&self, indicator: &'a str, geo: &'a str) -> impl Iterator<Item = &'a str> + use<'a> {
        let populations: &'a HashMap<_, BTreeSet<&'a str>> = self.populations;
        populations.get(&(indicator, geo)).into_iter().flatten().copied()
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

fn respondents_match(wanted: Option<&[String]>, o: &Observation) -> bool {
    wanted.is_none_or(|w| o.respondents.as_ref().is_some_and(|r| w.contains(r)))
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
                EstimateSpec::Survey { indicator, sources, population, respondents } => {
                    let indicator = indicator.as_deref().unwrap_or(&claim.indicator);
                    for geo in index.places(Kind::Perceived, indicator) {
                        let has = index.get(Kind::Perceived, indicator, geo).iter().any(|o| {
                            &o.population == population
                                && source_matches(sources, &o.source)
                                && respondents_match(respondents.as_deref(), o)
                        });
                        if has {
                            places.insert(geo.to_string());
                        }
                    }
                }
                EstimateSpec::Finding { .. } | EstimateSpec::Answer { .. } => {
                    // An answer is about the places its survey asked in.
                    let asked_in = match &claim.estimate {
                        EstimateSpec::Answer { source, finding, .. } => findings
                            .iter()
                            .find(|f| &f.source == source && &f.id == finding)
                            .map(|f| f.countries.clone()),
                        _ => None,
                    };
                    for pairing in &claim.actual {
                        let indicator = pairing.indicator.as_deref().unwrap_or(&claim.indicator);
                        for geo in index.places(Kind::Actual, indicator) {
                            let acceptable = index
                                .get(Kind::Actual, indicator, geo)
                                .iter()
                                .any(|o| pairing_accepts(pairing, claim, o, None));
                            if acceptable && asked_in.as_ref().is_none_or(|c| c.iter().any(|c| c == geo)) {
                                places.insert(geo.to_string());
                            }
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
    if let EstimateSpec::Answer { source, finding, .. } = &claim.estimate {
        let found = findings.iter().find(|f| &f.source == source && &f.id == finding).ok_or_else(|| {
            format!("answer `{finding}` is not in source `{source}` (or that source failed validation)")
        })?;
        if found.period.is_none() {
            return Err(format!("answer `{finding}` has no period: when was it asked?"));
        }
        return Ok(());
    }
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

/// The official figures a fact shows: the first acceptable pairing with data
/// (the most specific population); in it, the latest period as the headline.
/// A measured estimate is judged against the figure nearest its survey
/// ("compared with the figure for the same year the guess was made"), no
/// further away than the claim allows; that figure is returned beside the
/// headline when it is another one.
fn find_actual<'a>(
    claim: &'a Claim,
    geo: &'a str,
    index: &Index<'a>,
    estimate: &Estimate,
) -> Result<(&'a Pairing, &'a Observation, &'a Observation), String> {
    let years = crate::normalize::observation::period_years;
    let (estimate_years, estimate_source) = match estimate {
        Estimate::Measured { figure, .. } => (Some(years(&figure.period)), Some(figure.source.as_str())),
        Estimate::Answer { finding, .. } => (finding.period.as_deref().map(years), Some(finding.source.as_str())),
        Estimate::Direction { .. } | Estimate::None => (None, None),
    };
    let mut too_far = None;
    let mut present: BTreeSet<&str> = BTreeSet::new();
    for pairing in &claim.actual {
        let indicator = pairing.indicator.as_deref().unwrap_or(&claim.indicator);
        let actuals = index.get(Kind::Actual, indicator, geo);
        present.extend(index.populations(indicator, geo));
        let candidates: Vec<&Observation> =
            actuals.iter().copied().filter(|o| pairing_accepts(pairing, claim, o, estimate_source)).collect();
        // Newest first; among figures of one period, the shortest time since arrival, then by source.
        let latest_first = |a: &&Observation, b: &&Observation| {
            b.period_years()
                .total_cmp(&a.period_years())
                .then_with(|| a.years_since_arrival.cmp(&b.years_since_arrival))
                .then_with(|| a.source.cmp(&b.source))
        };
        let Some(headline) = candidates.iter().copied().min_by(latest_first) else { continue };
        let Some(years) = estimate_years else { return Ok((pairing, headline, headline)) };
        let gap = |o: &Observation| (o.period_years() - years).abs();
        let nearest =
            candidates.iter().copied().min_by(|a, b| gap(a).total_cmp(&gap(b)).then_with(|| latest_first(a, b)));
        match nearest {
            Some(o) if gap(o) <= claim.max_period_gap_years => return Ok((pairing, headline, o)),
            Some(o) => {
                too_far.get_or_insert(format!(
                    "the nearest {} figure is from {} ({:.1} years from the estimate; at most {} allowed)",
                    o.population,
                    o.period,
                    gap(o),
                    claim.max_period_gap_years
                ));
            }
            None => {}
        }
    }
    if let Some(reason) = too_far {
        return Err(reason);
    }
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
        EstimateSpec::Survey { indicator, population, sources, respondents } => {
            let indicator = indicator.as_deref().unwrap_or(&claim.indicator);
            let mut candidates: Vec<&Observation> = index
                .get(Kind::Perceived, indicator, geo)
                .iter()
                .copied()
                .filter(|o| {
                    &o.population == population
                        && o.sex == claim.sex
                        && source_matches(sources, &o.source)
                        && respondents_match(respondents.as_deref(), o)
                })
                .collect();
            // The most recent survey first; among equals, the first source by id,
            // then the respondent groups in the order the claim lists them.
            let rank = |o: &Observation| {
                respondents.as_ref().and_then(|w| w.iter().position(|r| o.respondents.as_ref() == Some(r)))
            };
            candidates.sort_by(|a, b| {
                b.period.cmp(&a.period).then_with(|| a.source.cmp(&b.source)).then_with(|| rank(a).cmp(&rank(b)))
            });
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
        EstimateSpec::Answer { source, finding, population } => findings
            .iter()
            .filter(|f| &f.source == source && &f.id == finding && f.countries.iter().any(|c| c == geo))
            .map(|f| Estimate::Answer { finding: f.clone(), population: population.clone() })
            .collect(),
        EstimateSpec::Finding { source, finding, population } => {
            let found = findings
                .iter()
                .find(|f| &f.source == source && &f.id == finding)
                .expect("checked by check_estimate_source");
            if found.countries.iter().any(|c| c == geo) {
                vec![Estimate::Direction { finding: found.clone(), population: population.clone() }]
            } else {
                Vec::new()
            }
        }
    };
    // The newest estimate that an acceptable official figure answers: a newer
    // poll without its benchmark never hides an older survey's fact.
    let mut first_refusal = None;
    let mut matched = None;
    for estimate in estimates.iter().cloned().chain(estimates.is_empty().then_some(Estimate::None)) {
        match find_actual(claim, geo, index, &estimate) {
            Ok(found) => {
                matched = Some((estimate, found));
                break;
            }
            Err(reason) => {
                first_refusal.get_or_insert(reason);
            }
        }
    }
    let Some((estimate, (pairing, actual, compared))) = matched else {
        return Err(first_refusal.unwrap_or_else(|| format!("no official {} figure for {geo}", claim.indicator)));
    };
    let estimate_period = match &estimate {
        Estimate::Measured { figure, .. } => Some(figure.period.clone()),
        Estimate::Answer { finding, .. } => finding.period.clone(),
        Estimate::Direction { .. } | Estimate::None => None,
    };
    let actuals = index.get(Kind::Actual, &actual.indicator, geo);

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
    } else if claim.topic != Topic::PopulationShare && !Figure::from(actual).about_refugees() {
        caveats.push(caveat(CaveatKind::NotRefugees, &[("population", &actual.population)]));
    }
    match (&estimate, &estimate_period) {
        (Estimate::Direction { .. }, _) => {
            caveats.push(caveat(CaveatKind::FindingPeriod, &[("actual_period", &actual.period)]));
        }
        (_, Some(period)) if period != &compared.period => {
            caveats.push(caveat(
                CaveatKind::PeriodGap,
                &[("estimate_period", period), ("actual_period", &compared.period)],
            ));
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
    match &estimate {
        Estimate::Measured { figure, .. } => certainties.push(figure.certainty),
        Estimate::Answer { finding, .. } => certainties.push(finding.certainty),
        Estimate::Direction { .. } | Estimate::None => {}
    }
    if certainties.contains(&Certainty::S) {
        caveats.push(caveat(CaveatKind::SecondarySource, &[]));
    }
    if certainties.contains(&Certainty::D) {
        caveats.push(caveat(CaveatKind::ThirdPartyCopy, &[]));
    }

    let (gap_pp, ratio, combined, verdict) = match &estimate {
        Estimate::Measured { figure, margin_pp, margin_basis, .. } => {
            if figure.unit != compared.unit {
                return Err(format!(
                    "the estimate is in {} but the official figure in {}",
                    figure.unit.as_str(),
                    compared.unit.as_str()
                ));
            }
            let actual_margin = match (compared.ci_low, compared.ci_high) {
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
            let ratio = (compared.value != 0.0).then(|| figure.value / compared.value);
            let verdict = decide(figure.value, compared.value, combined);
            // Tidy float noise for output only; the verdict above used the exact values.
            (Some(tidy(figure.value - compared.value)), ratio.map(tidy), Some(tidy(combined)), verdict)
        }
        Estimate::Direction { finding, .. } => {
            caveats.push(caveat(CaveatKind::DirectionOnly, &[]));
            if finding.countries.len() > 1 {
                caveats.push(caveat(CaveatKind::FindingAcrossCountries, &[]));
            }
            // A direction is not a verdict: no one measured the belief about this figure.
            (None, None, None, Verdict::DirectionReported)
        }
        Estimate::Answer { finding, .. } => {
            caveats.push(caveat(CaveatKind::AnswerAsWorded, &[]));
            (None, None, None, decide_answer(finding.answer_below, finding.answer_above, compared.value))
        }
        Estimate::None => (None, None, None, Verdict::NoMeasuredEstimate),
    };
    caveats.sort_by_key(|c| c.kind);

    let trend_population = pairing.trend_population.as_deref().unwrap_or(&actual.population);
    let mut trend: Vec<Figure> = actuals
        .iter()
        .filter(|o| {
            o.source == actual.source && o.population == trend_population && o.sex == actual.sex && o.age == actual.age
        })
        .map(|o| Figure::from(*o))
        .collect();
    trend.sort_by(|a, b| {
        crate::normalize::observation::period_years(&a.period)
            .total_cmp(&crate::normalize::observation::period_years(&b.period))
            .then_with(|| a.years_since_arrival.cmp(&b.years_since_arrival))
    });
    let context = claim
        .context
        .iter()
        .filter_map(|spec| {
            index
                .get(Kind::Actual, &spec.indicator, geo)
                .iter()
                .filter(|o| {
                    o.population == spec.population
                        && o.sex == spec.sex.as_deref().unwrap_or(&claim.sex)
                        && spec.age.as_ref().is_none_or(|a| a == &o.age)
                        && spec.source.as_ref().is_none_or(|s| s == &o.source)
                })
                .max_by(|a, b| a.period_years().total_cmp(&b.period_years()).then_with(|| b.source.cmp(&a.source)))
                .map(|o| ContextFigure { indicator: spec.indicator.clone(), figure: Figure::from(*o) })
        })
        .collect();

    // The same question about the benchmark group, from the same survey and respondents.
    let benchmark = match (&claim.benchmark, &estimate) {
        (Some(spec), Estimate::Measured { figure, respondents, margin_pp, .. }) => {
            let indicator = figure.indicator.as_str();
            let of_group = |kind: Kind| {
                index.get(kind, indicator, geo).iter().copied().find(|o| {
                    o.population == spec.population
                        && o.source == figure.source
                        && o.period == figure.period
                        && o.sex == figure.sex
                        && (kind == Kind::Actual || o.respondents.as_deref() == Some(respondents.as_str()))
                })
            };
            match (of_group(Kind::Perceived), of_group(Kind::Actual)) {
                (Some(perceived), Some(actual)) => {
                    let (margin, _) = estimate_margin(perceived.ci_low.zip(perceived.ci_high), perceived.n, *margin_pp);
                    Some(Benchmark {
                        estimate: Figure::from(perceived),
                        actual: Figure::from(actual),
                        gap_pp: tidy(perceived.value - actual.value),
                        verdict: decide(perceived.value, actual.value, margin),
                    })
                }
                _ => None,
            }
        }
        _ => None,
    };

    // The same question's answers by the survey's other respondent groups.
    let other_estimates = match &estimate {
        Estimate::Measured { figure, respondents, .. } => index
            .get(Kind::Perceived, &figure.indicator, geo)
            .iter()
            .filter(|o| {
                o.source == figure.source
                    && o.population == figure.population
                    && o.period == figure.period
                    && o.sex == figure.sex
                    && o.respondents.as_deref().is_some_and(|r| r != respondents)
            })
            .map(|o| GroupEstimate { respondents: o.respondents.clone().unwrap_or_default(), figure: Figure::from(*o) })
            .collect(),
        _ => Vec::new(),
    };

    Ok(Fact {
        id: format!("{}-{}", claim.id, geo.to_lowercase()).replace('_', "-"),
        claim: claim.id.clone(),
        topic: claim.topic,
        indicator: actual.indicator.clone(),
        geo: geo.to_string(),
        actual: Figure::from(actual),
        compared: (!std::ptr::eq(compared, actual)).then(|| Figure::from(compared)),
        actual_is_benchmark: pairing.same_source_as_estimate,
        estimate,
        gap_pp,
        ratio,
        combined_margin_pp: combined,
        verdict,
        caveats,
        trend_population: pairing.trend_population.clone().filter(|p| *p != actual.population),
        trend,
        context,
        benchmark,
        other_estimates,
    })
}

/// Rounds to 6 decimals: removes float noise such as 9.499999999999998 from outputs.
fn tidy(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}
