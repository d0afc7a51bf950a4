//! `cargo bench --bench build_10k`: builds the bundled project, then a
//! generated project of 10,000 facts (with charts) in English and in every
//! configured language, and prints pages per second, wall time, peak memory and
//! what the search index holds. The generator is shared with a test that builds
//! it small in every language (tests/integration/generated.rs).
//! A benchmark, not a test: it asserts nothing about speed.

#[path = "../tests/support/generated_project.rs"]
mod generated_project;

use factgap::pipeline::{self, Options};
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
        // Every run builds: the kept fingerprint would let all but the first two skip.
        let _ = std::fs::remove_file(bundled.path().join("site.fingerprint"));
        let started = Instant::now();
        facts = pipeline::build(&options).unwrap().facts.facts.len();
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "bundled project: {facts} facts, build median {:.0} ms (min {:.0} ms, 7 runs, images cached)",
        ms(times[3]),
        ms(times[0])
    );
    pipeline::build(&options).unwrap();
    let mut skips = Vec::new();
    for _ in 0..7 {
        let started = Instant::now();
        let report = pipeline::build(&options).unwrap();
        assert!(!report.published.unwrap().built, "the bundled project's no-change run builds nothing");
        skips.push(started.elapsed());
    }
    skips.sort();
    println!(
        "bundled project, no-change run: median {:.0} ms = {:.0} % of a build (7 runs)",
        ms(skips[3]),
        100.0 * skips[3].as_secs_f64() / times[3].as_secs_f64()
    );

    // A generated project: 100 claims judged in 100 places = 10,000 facts, built in
    // English only three ways: pages and downloads (what Hugo's figure measures),
    // then with the search index, then with the social images too (a full build);
    // then the real configuration, every language, full.
    let project = tempfile::tempdir().unwrap();
    generated_project::generate(repo, project.path(), CLAIMS, FACTS / CLAIMS);
    let config = std::fs::read_to_string(repo.join("factgap.toml")).unwrap();
    let languages = generated_project::languages(&repo.join("factgap.toml"));
    let english_only = config.replace(
        &format!("languages = [{}]", languages.iter().map(|l| format!("\"{l}\"")).collect::<Vec<_>>().join(", ")),
        "languages = [\"en\"]",
    );
    assert_ne!(english_only, config, "the bench finds [site] languages in factgap.toml");
    let runs = [
        ("en, pages and downloads", &english_only, false, false),
        ("en, + search index", &english_only, false, true),
        ("en, + social images (full)", &english_only, true, true),
        ("all languages, full", &config, true, true),
    ];
    // `FACTGAP_BENCH_ENGLISH=1` stops before the five-language build (several
    // times the English full build's time on a 2-core machine).
    let english_only_runs = std::env::var_os("FACTGAP_BENCH_ENGLISH").is_some();
    for (label, config, images, search) in runs {
        if english_only_runs && label.starts_with("all languages") {
            println!("generated, {label}: skipped (FACTGAP_BENCH_ENGLISH is set)");
            continue;
        }
        let config = config
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
        if search {
            println!("  search index: {}", indexed(&out.path().join("site")));
        }
        if label.starts_with("en, + social images") {
            // The same inputs into the same folder: the images come from the cache and
            // the site is found equal; then a run with nothing new builds nothing.
            let full = elapsed;
            for what in ["rebuild, images cached, site found equal", "no-change run (inputs of the live site)"] {
                let started = Instant::now();
                let report = pipeline::build(&options).unwrap();
                let elapsed = started.elapsed();
                let published = report.published.as_ref().unwrap();
                println!(
                    "generated, {label}, {what}: {:.2} s = {:.1} % of the full build (built: {}, unchanged: {})",
                    elapsed.as_secs_f64(),
                    100.0 * elapsed.as_secs_f64() / full.as_secs_f64(),
                    published.built,
                    published.unchanged
                );
            }
        }
    }
    println!(
        "(Hugo 0.111 built 10,000 comparable pages in about 3.1 s median on this 2-core machine: ≈3,200 pages/s.)"
    );
}

/// What the Pagefind index holds: pages per language.
fn indexed(site: &Path) -> String {
    let Ok(text) = std::fs::read_to_string(site.join("pagefind/pagefind-entry.json")) else {
        return "no index".into();
    };
    let entry: serde_json::Value = serde_json::from_str(&text).unwrap();
    let languages = entry["languages"].as_object().cloned().unwrap_or_default();
    let total: u64 = languages.values().filter_map(|l| l["page_count"].as_u64()).sum();
    let each: Vec<String> =
        languages.iter().map(|(lang, l)| format!("{lang} {}", l["page_count"].as_u64().unwrap_or(0))).collect();
    format!("{total} pages indexed ({})", each.join(", "))
}

/// Resets the kernel's peak-memory mark (VmHWM) so each build is measured on its own.
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn count_pages(dir: &Path) -> usize {
    generated_project::walk(dir).iter().filter(|p| p.extension().is_some_and(|e| e == "html")).count()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_string())
}
