//! `cargo bench --bench compare_1m`: compare over a million observations, the
//! size of Eurostat's bulk files for every country and year. The bundled
//! project's claims are judged against its own observations plus generated
//! official figures for every claimed indicator and population in 100 more
//! places, 70 years, three sexes and five age bands. Prints how long building
//! the observation table (normalize's last step), reading it back and judging
//! every claim take (compare selects on the table's columns, then reads back
//! only the rows a claim can use), and the peak memory.
//! A benchmark, not a test: it asserts nothing about speed.

use factgap::compare;
use factgap::normalize::{Certainty, Kind, Normalized, Observation, Observations, Unit};
use factgap::pipeline;
use std::collections::BTreeSet;
use std::path::Path;
use std::time::Instant;

const TARGET_ROWS: usize = 1_000_000;

fn main() {
    let now = "2026-11-24T06:00:00Z".parse().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = pipeline::check(repo, now).expect("the bundled project loads");
    let (project, _) = factgap::project::Project::load(repo).unwrap();
    let bundled = report.normalized.observations.rows().unwrap();

    // Every (indicator, population) an official figure of a claim may come from.
    let mut wanted: BTreeSet<(String, String)> = BTreeSet::new();
    for claim in &project.claims {
        for pairing in &claim.actual {
            let indicator = pairing.indicator.clone().unwrap_or_else(|| claim.indicator.clone());
            wanted.insert((indicator, pairing.population.clone()));
        }
    }
    let sexes = ["T", "M", "F"];
    let ages = ["Y15-64", "Y20-64", "Y25-54", "Y15-74", "TOTAL"];
    let per_place = wanted.len() * sexes.len() * ages.len() * 70;
    let places = (TARGET_ROWS - bundled.len()).div_ceil(per_place);
    let mut rows = bundled.clone();
    for p in 0..places {
        let geo = format!("X{p:03}");
        for (indicator, population) in &wanted {
            for sex in sexes {
                for age in ages {
                    for year in 1955..2025 {
                        rows.push(Observation {
                            source: "bench.generated".into(),
                            indicator: indicator.clone(),
                            geo: geo.clone(),
                            population: population.clone(),
                            period: year.to_string(),
                            sex: sex.into(),
                            age: age.into(),
                            value: f64::from((year * 7 + p as i32) % 90) + 5.0,
                            unit: Unit::Percent,
                            ci_low: None,
                            ci_high: None,
                            n: None,
                            median: None,
                            flags: String::new(),
                            kind: Kind::Actual,
                            respondents: None,
                            years_since_arrival: None,
                            citation: "generated for the benchmark".into(),
                            certainty: Certainty::D,
                            quote: None,
                        });
                    }
                }
            }
        }
    }
    let count = rows.len();

    reset_peak_memory();
    let started = Instant::now();
    let observations = Observations::from_rows(rows).unwrap();
    let table = started.elapsed();
    let started = Instant::now();
    let back = observations.rows().unwrap();
    let read_back = started.elapsed();
    drop(back);
    let normalized = Normalized {
        observations,
        findings: report.normalized.findings.clone(),
        sources: report.normalized.sources.clone(),
        problems: Vec::new(),
    };
    let mut times = Vec::new();
    let mut facts = 0;
    for _ in 0..3 {
        let started = Instant::now();
        facts = compare::compare(&project.claims, &normalized, &project.config.method).unwrap().facts.len();
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "compare over {count} observations ({} claims, {places} generated places): {facts} facts; \
         table built in {:.2} s, every row read back in {:.2} s; compare (select, read the selected rows, index, judge) median {:.2} s of 3; peak memory {}",
        project.claims.len(),
        table.as_secs_f64(),
        read_back.as_secs_f64(),
        times[1].as_secs_f64(),
        peak_memory().unwrap_or_else(|| "unknown on this platform".into())
    );
}

/// Resets the kernel's peak-memory mark (VmHWM) so the comparison is measured on its own.
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_string())
}
