//! The verdict rules, on a fixture project whose (made-up) figures sit on
//! each side of each rule.

use crate::common::{TestProject, now};
use factgap::compare::{self, CaveatKind, Estimate, Facts, MarginBasis, Verdict};
use factgap::normalize;
use factgap::project::Project;
use factgap::store::Store;

fn facts() -> Facts {
    let project = TestProject::fixture("verdicts");
    let (p, problems) = Project::load(project.path()).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    let n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    assert!(n.problems.is_empty(), "{:?}", n.problems);
    compare::compare(&p.claims, &n, &p.config.method).unwrap()
}

fn fact<'a>(facts: &'a Facts, id: &str) -> &'a compare::Fact {
    facts
        .facts
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no fact {id}: {:?}", facts.facts.iter().map(|f| &f.id).collect::<Vec<_>>()))
}

fn kinds(f: &compare::Fact) -> Vec<CaveatKind> {
    f.caveats.iter().map(|c| c.kind).collect()
}

#[test]
fn an_estimate_above_the_margin_is_an_overestimate() {
    let facts = facts();
    let f = fact(&facts, "share-xa");
    assert_eq!(f.verdict, Verdict::Overestimated);
    assert_eq!(f.gap_pp, Some(20.0));
    assert_eq!(f.ratio, Some(3.0));
    // n = 1000 and no published margin: the widest margin a mean can have, 1.96 × 50 / √1000.
    let Estimate::Measured { margin_pp, margin_basis, .. } = &f.estimate else { panic!() };
    assert_eq!(*margin_basis, MarginBasis::SampleSize);
    assert!((margin_pp - 3.099).abs() < 0.001);
    assert!(kinds(f).contains(&CaveatKind::MarginFromSampleSize));
}

#[test]
fn an_estimate_below_the_margin_is_an_underestimate() {
    let facts = facts();
    let f = fact(&facts, "share-xb");
    assert_eq!(f.verdict, Verdict::Underestimated);
    assert_eq!(f.gap_pp, Some(-10.0));
}

#[test]
fn a_gap_inside_the_margin_is_about_right() {
    let facts = facts();
    // 12 (CI 9–15) against 10: a 2-point gap inside a 3-point margin.
    let f = fact(&facts, "share-xc");
    assert_eq!(f.verdict, Verdict::AboutRight);
    assert_eq!(f.combined_margin_pp, Some(3.0));
    // No margin and no n: the assumed 5 points; a 4.9-point gap is still about right.
    let f = fact(&facts, "share-xf");
    assert_eq!(f.verdict, Verdict::AboutRight);
    assert!(kinds(f).contains(&CaveatKind::MarginAssumed));
    assert!(kinds(f).contains(&CaveatKind::SecondarySource), "the estimate is marked S");
}

#[test]
fn a_directional_focus_finding_gives_its_direction_without_a_gap_or_a_verdict() {
    let facts = facts();
    let f = fact(&facts, "jobs-xd");
    // A direction FOCUS reported is not a measured gap: no verdict on this figure.
    assert_eq!(f.verdict, Verdict::DirectionReported);
    assert_eq!(f.gap_pp, None);
    assert!(matches!(&f.estimate, Estimate::Direction { finding, .. } if finding.id == "under-jobs"));
    // Same population: no pairing caveat. The headline is the latest figure (2021, not 2012).
    assert_eq!(f.actual.period, "2021");
    assert_eq!(f.compared, None, "nothing was compared");
    assert_eq!(
        kinds(f),
        vec![CaveatKind::FindingPeriod, CaveatKind::DirectionOnly, CaveatKind::FindingAcrossCountries]
    );
}

#[test]
fn a_population_mismatch_carries_the_claims_caveat() {
    let facts = facts();
    let f = fact(&facts, "jobs-xe");
    assert_eq!(f.actual.population, "non_eu_citizens");
    let caveat = f.caveats.iter().find(|c| c.kind == CaveatKind::PopulationDiffers).expect("pairing caveat");
    assert_eq!(caveat.text["en"], "TEST CAVEAT: non-EU citizens are not refugees.");
    assert_eq!(caveat.params["actual_population"], "non_eu_citizens");
    // Citizenship-based, low reliability, third-party copy: all said.
    for kind in [CaveatKind::Naturalisation, CaveatKind::LowReliability, CaveatKind::ThirdPartyCopy] {
        assert!(kinds(f).contains(&kind), "{kind:?}");
    }
}

#[test]
fn a_pairing_the_claim_does_not_allow_is_refused() {
    let facts = facts();
    assert!(facts.facts.iter().all(|f| f.claim != "jobs-strict"));
    let refused = facts.unmatched.iter().find(|u| u.claim == "jobs-strict").unwrap();
    assert_eq!(refused.geo.as_deref(), Some("XE"));
    assert!(refused.reason.starts_with("refused"), "{}", refused.reason);
    assert!(refused.reason.contains("non_eu_citizens"));
}

#[test]
fn a_place_without_an_estimate_has_no_measured_public_estimate() {
    let project = TestProject::bundled();
    let (p, _) = Project::load(project.path()).unwrap();
    let n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    let facts = compare::compare(&p.claims, &n, &p.config.method).unwrap();
    let at = fact(&facts, "employment-at");
    assert_eq!(at.verdict, Verdict::NoMeasuredEstimate);
    assert_eq!((at.actual.value, at.actual.period.as_str()), (63.0, "2024"));
    // Sweden's Eurobarometer estimate: 12.7 against 12.4 is about right.
    assert_eq!(fact(&facts, "population-share-non-eu-born-se").verdict, Verdict::AboutRight);
    let it = fact(&facts, "population-share-non-eu-born-it");
    assert_eq!((it.verdict, it.gap_pp), (Verdict::Overestimated, Some(17.6)));
    // Every bundled claim is judged somewhere and nothing is left unmatched.
    assert!(facts.unmatched.is_empty(), "{:?}", facts.unmatched);
    for claim in &p.claims {
        assert!(facts.facts.iter().any(|f| f.claim == claim.id), "{} has no fact", claim.id);
    }
}

#[test]
fn a_claim_naming_an_unknown_finding_is_an_error_for_check() {
    let project = TestProject::fixture("verdicts");
    project.edit("sources/claims.toml", "finding = \"under-jobs\"\npopulation = \"refugees\"\n[[claim.actual]]\npopulation = \"refugees\"\n[[claim.actual]]", "finding = \"no-such-finding\"\npopulation = \"refugees\"\n[[claim.actual]]\npopulation = \"refugees\"\n[[claim.actual]]");
    let report = factgap::pipeline::check(project.path(), now()).unwrap();
    let error = report.problems.iter().find(|p| p.is_error()).expect("an error");
    assert!(error.message.contains("claim `jobs`: finding `no-such-finding` is not in source `findings`"), "{error}");
    assert_eq!(error.file.as_deref(), Some("sources/claims.toml"));
}

#[test]
fn a_newer_poll_without_a_benchmark_does_not_hide_an_older_surveys_fact() {
    let project = TestProject::bundled();
    project.edit("sources/claims.toml", "sources = [\"eb469\"]", "sources = [\"eb469\", \"poll.*\"]");
    let example = project.read("sources/perceptions/example.csv");
    let poll = example.replace(",true\n", ",false\n").replace("EXAMPLE ONLY: ", "").replace(",DE,", ",SE,");
    project.write("sources/perceptions/se2026.csv", poll);
    let (p, _) = Project::load(project.path()).unwrap();
    let n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    let facts = compare::compare(&p.claims, &n, &p.config.method).unwrap();
    let se = fact(&facts, "population-share-non-eu-born-se");
    let Estimate::Measured { figure, .. } = &se.estimate else { panic!() };
    assert_eq!(
        (figure.source.as_str(), figure.value),
        ("eb469", 12.7),
        "the Eurobarometer estimate, which has its benchmark"
    );
    assert!(facts.unmatched.is_empty(), "{:?}", facts.unmatched);
}

#[test]
fn a_claim_naming_an_unknown_source_is_a_named_error_not_a_missing_fact() {
    let project = TestProject::bundled();
    project.edit("sources/claims.toml", "sources = [\"eb469\"]", "sources = [\"eb649\"]");
    let report = factgap::pipeline::check(project.path(), now()).unwrap();
    let error = report
        .problems
        .iter()
        .find(|p| p.is_error() && p.message.contains("eb649"))
        .unwrap_or_else(|| panic!("no error names the unknown source: {:?}", report.problems));
    assert!(error.message.contains("claim `population-share-non-eu-born`"), "{error}");
    assert!(error.message.contains("no source `eb649`"), "{error}");
    assert_eq!(error.field.as_deref(), Some("estimate.sources"));
    assert_eq!(error.file.as_deref(), Some("sources/claims.toml"));

    // The same for an official figure's source.
    let project = TestProject::bundled();
    let claims = project.read("sources/claims.toml");
    let at = claims.find("\n[[claim.actual]]\n").unwrap() + 1;
    project.write(
        "sources/claims.toml",
        format!("{}[[claim.actual]]\nsource = \"iab.refugee_surveys\"{}", &claims[..at], &claims[at + 16..]),
    );
    let report = factgap::pipeline::check(project.path(), now()).unwrap();
    let error = report.problems.iter().find(|p| p.is_error() && p.message.contains("iab.refugee_surveys"));
    assert_eq!(error.and_then(|e| e.field.as_deref()), Some("actual.source"), "{:?}", report.problems);
}

/// Compare reads only the rows a claim can use, selected on the table's
/// columns: rows no claim reads (another indicator, a sex no claim asks for)
/// change no fact, and a refusal still names every population the place has.
#[test]
fn rows_no_claim_reads_change_nothing_and_refusals_name_every_population() {
    let project = TestProject::fixture("verdicts");
    let (p, _) = Project::load(project.path()).unwrap();
    let mut n = normalize::normalize(&p, &Store::new(&p.sources_dir()), now()).unwrap();
    let before = compare::compare(&p.claims, &n, &p.config.method).unwrap();

    let mut rows = n.observations.rows().unwrap();
    let template = rows.iter().find(|o| o.indicator == "jobs" && o.geo == "XE").unwrap().clone();
    let noise = |indicator: &str, population: &str, sex: &str, value: f64| normalize::Observation {
        indicator: indicator.into(),
        population: population.into(),
        sex: sex.into(),
        value,
        period: "2099".into(),
        ..template.clone()
    };
    rows.push(noise("unclaimed_indicator", "refugees", &template.sex, 99.0));
    rows.push(noise("jobs", "refugees", "X", 99.0));
    rows.push(noise("jobs", "stateless_persons", "X", 99.0));
    n.observations = normalize::Observations::from_rows(rows).unwrap();
    let after = compare::compare(&p.claims, &n, &p.config.method).unwrap();

    assert_eq!(before.facts, after.facts, "a 2099 figure no claim reads changed a fact");
    let reason = |facts: &Facts| facts.unmatched.iter().find(|u| u.claim == "jobs-strict").unwrap().reason.clone();
    assert!(!reason(&before).contains("stateless_persons"));
    // A population of another sex only is still one the place has: the refusal says so.
    assert!(reason(&after).contains("stateless_persons"), "{}", reason(&after));
    assert!(reason(&after).contains("non_eu_citizens"), "{}", reason(&after));
}
