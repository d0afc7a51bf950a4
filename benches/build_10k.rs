//! `cargo bench --bench build_10k`: builds the bundled project, then a
//! generated site of 10,000 fact pages (with charts), and prints pages per
//! second, wall time and peak memory.
//! A benchmark, not a test: it asserts nothing about speed.

use factgap::pipeline::{self, Options};
use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

const FACTS: usize = 10_000;
const CLAIMS: usize = 100;

fn main() {
    let now = "2026-11-24T06:00:00Z".parse().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));

    // The bundled project, as `factgap build` runs it.
    let bundled = tempfile::tempdir().unwrap();
    let options = Options {
        project_dir: repo.to_path_buf(),
        out_dir: bundled.path().to_path_buf(),
        offline: true,
        now,
        cancel: Default::default(),
    };
    let mut times = Vec::new();
    let mut facts = 0;
    for _ in 0..7 {
        let started = Instant::now();
        facts = pipeline::build(&options).unwrap().facts.facts.len();
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "bundled project: {facts} facts, build median {:.0} ms (min {:.0} ms, 7 runs)",
        ms(times[3]),
        ms(times[0])
    );

    // A generated project: 100 claims judged in 100 places = 10,000 fact pages,
    // built three ways: pages and downloads only (what Hugo's 7 s for 10,000
    // comparable pages measures), then with the search index, then with the
    // social images too (a full build).
    let project = tempfile::tempdir().unwrap();
    generate(repo, project.path());
    for (label, images, search) in
        [("pages and downloads", false, false), ("+ search index", false, true), ("+ social images (full)", true, true)]
    {
        let config = std::fs::read_to_string(repo.join("factgap.toml"))
            .unwrap()
            .replace("social_images = true", &format!("social_images = {images}"))
            .replace("search_index = true", &format!("search_index = {search}"));
        std::fs::write(project.path().join("factgap.toml"), config).unwrap();
        let out = tempfile::tempdir().unwrap();
        let options = Options {
            project_dir: project.path().to_path_buf(),
            out_dir: out.path().to_path_buf(),
            offline: true,
            now,
            cancel: Default::default(),
        };
        reset_peak_memory();
        let started = Instant::now();
        let report = pipeline::build(&options).unwrap();
        let elapsed = started.elapsed();
        assert_eq!(report.facts.facts.len(), FACTS, "{:?}", report.problems.first());
        let pages = count_pages(&out.path().join("site"));
        println!(
            "generated, {label}: {FACTS} facts, {pages} HTML pages, {} files in {:.2} s = {:.0} pages/s; peak memory {}",
            report.published.as_ref().map_or(0, |p| p.files),
            elapsed.as_secs_f64(),
            pages as f64 / elapsed.as_secs_f64(),
            peak_memory().unwrap_or_else(|| "unknown on this platform".into())
        );
    }
    println!("(Hugo 0.111 builds 10,000 comparable pages in about 7 s on this 2-core machine: 1,430 pages/s.)");
}

/// Resets the kernel's peak-memory mark (VmHWM) so each build is measured on its own.
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn count_pages(dir: &Path) -> usize {
    walk(dir).iter().filter(|p| p.extension().is_some_and(|e| e == "html")).count()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Writes a project whose survey source has an estimate and a benchmark for
/// each of 10,000 places, with the repository's templates and messages.
fn generate(repo: &Path, dir: &Path) {
    let copy = |from: &Path, to: &Path| {
        for entry in walk(from) {
            let target = to.join(entry.strip_prefix(from).unwrap());
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::copy(&entry, target).unwrap();
        }
    };
    copy(&repo.join("templates"), &dir.join("templates"));
    let sources = dir.join("sources/seed");
    std::fs::create_dir_all(&sources).unwrap();
    let mut csv = String::from(
        "indicator,geo,population,period,sex,age,value,unit,ci_low,ci_high,n,flags,kind,respondents,years_since_arrival,citation,certainty,quote\n",
    );
    let mut places = String::new();
    for c in 0..CLAIMS {
        for p in 0..FACTS / CLAIMS {
            let i = c * (FACTS / CLAIMS) + p;
            let geo = format!("B{p:03}");
            let (estimate, actual) = (10.0 + (i % 40) as f64, 5.0 + (i % 17) as f64);
            let indicator = format!("indicator_{c:03}");
            writeln!(csv, "{indicator},{geo},foreign_born,2024,T,all,{estimate},percent,,,{},,perceived,general_public,,Generated,V,", 500 + i % 1000).unwrap();
            // A ten-year series for the trend chart.
            for year in 2015..=2024 {
                let value = actual + (year - 2024) as f64 * 0.3;
                writeln!(
                    csv,
                    "{indicator},{geo},foreign_born,{year},T,all,{value:.1},percent,,,,,actual,,,Generated,V,"
                )
                .unwrap();
            }
        }
        writeln!(
            places,
            "fact-indicator_{c:03} = In {{ $place }}, {{ $value }} of people were born abroad in {{ $period }}."
        )
        .unwrap();
    }
    for p in 0..FACTS / CLAIMS {
        writeln!(places, "place-B{p:03} = Place {p}").unwrap();
    }
    std::fs::write(sources.join("generated.csv"), csv).unwrap();
    std::fs::write(dir.join("templates/i18n/en/generated.ftl"), places).unwrap();
    std::fs::write(
        dir.join("sources/generated.toml"),
        r#"kind = "survey"
seed = "seed/generated.csv"
[provenance]
producer = "factgap benchmark"
title = "Generated figures (not real data)"
url_main = "https://factgap.example/bench"
date_accessed = "2026-11-24"
citation_short = "Generated"
citation_full = "Generated by benches/build_10k.rs; not real data."
licence = "CC0"
attribution = "Generated"
"#,
    )
    .unwrap();
    let mut claims = String::new();
    for c in 0..CLAIMS {
        write!(
            claims,
            r#"[[claim]]
id = "share-{c:03}"
topic = "population_share"
indicator = "indicator_{c:03}"
max_period_gap_years = 1.0
[claim.text.en]
belief = "Generated belief {c}."
why = "Generated explanation {c}."
[claim.estimate]
kind = "survey"
population = "foreign_born"
sources = ["generated"]
[[claim.actual]]
population = "foreign_born"
same_source_as_estimate = true

"#
        )
        .unwrap();
    }
    std::fs::write(dir.join("sources/claims.toml"), claims).unwrap();
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_string())
}
