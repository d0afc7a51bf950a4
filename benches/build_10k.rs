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

const CLAIMS: usize = 100;

/// 10,000, or `FACTGAP_BENCH_FACTS` (a multiple of 100) to profile a smaller build.
fn facts() -> usize {
    std::env::var("FACTGAP_BENCH_FACTS").ok().and_then(|n| n.parse().ok()).filter(|n| n % CLAIMS == 0).unwrap_or(10_000)
}

fn main() {
    // `RUST_LOG=factgap=debug` prints each site step's time.
    if std::env::var_os("RUST_LOG").is_some() {
        tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();
    }
    let now = "2026-11-24T06:00:00Z".parse().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));

    // `FACTGAP_BENCH_ONLY=search` runs only the generated builds whose label holds
    // that text, skipping the bundled project's (to profile one build); `hugo`, only Hugo's.
    let only = std::env::var("FACTGAP_BENCH_ONLY").ok();
    // Hugo first, while this process is small: a child's peak memory as the
    // kernel reports it includes its parent's before `exec`.
    let hugo = only.as_deref().is_none_or(|only| only == "hugo").then(hugo).flatten();
    if only.is_none() {
        bundled_project(repo, now);
    }
    // A generated project: 100 claims judged in 100 places = 10,000 facts, built in
    // English only three ways: pages and downloads (what Hugo's figure measures),
    // then with the search index, then with the social images too (a full build);
    // then the real configuration, every language, full.
    let project = tempfile::tempdir().unwrap();
    let facts = facts();
    generated_project::generate(repo, project.path(), CLAIMS, facts / CLAIMS);
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
    let mut english_pages = None;
    // Each build's folder is kept to the end: removing 130,000 files just before
    // the next build writes as many makes ext4 without a journal (this machine's)
    // skip every recently freed inode, which would be measured as the build's time.
    let mut kept = Vec::new();
    for (label, config, images, search) in runs {
        if english_only_runs && label.starts_with("all languages") {
            println!("generated, {label}: skipped (FACTGAP_BENCH_ENGLISH is set)");
            continue;
        }
        if only.as_ref().is_some_and(|only| !label.contains(only.as_str())) {
            println!("generated, {label}: skipped (FACTGAP_BENCH_ONLY is set)");
            continue;
        }
        let config = config
            .replace("social_images = true", &format!("social_images = {images}"))
            .replace("search_index = true", &format!("search_index = {search}"));
        std::fs::write(project.path().join("factgap.toml"), config).unwrap();
        let out = bench_dir(&format!("{}-", kept.len()));
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
        assert_eq!(report.facts.facts.len(), facts, "{:?}", report.problems.first());
        let pages = count_pages(&out.path().join("site"));
        if label == "en, pages and downloads" {
            english_pages = Some((pages, elapsed, peak_memory_kb().unwrap_or(0)));
        }
        println!(
            "generated, {label}: {facts} facts, {pages} HTML pages, {} files in {:.2} s = {:.0} pages/s; peak memory {}",
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
        kept.push(out);
    }
    if let (Some((hugo_rate, hugo_peak, _)), Some((pages, elapsed, peak_kb))) = (&hugo, english_pages) {
        println!(
            "factgap / hugo, en pages and downloads: {:.2}× hugo's pages per second (target ≥ 2), {:.2}× hugo's peak memory (target ≤ 1)",
            pages as f64 / elapsed.as_secs_f64() / hugo_rate,
            peak_kb as f64 / *hugo_peak as f64
        );
    }
}

/// Hugo on 10,000 comparable fact pages (front matter with the figure, its
/// population, period, certainty and citation; one layout with a table and the
/// site's navigation), built five times on this machine: its pages per second
/// and peak memory (kB), to print factgap's as ratios of, and its folder.
/// `None` without `hugo`.
fn hugo() -> Option<(f64, u64, tempfile::TempDir)> {
    let Ok(version) = std::process::Command::new("hugo").arg("version").output() else {
        println!("hugo: not installed, no ratio printed (Debian: apt install hugo)");
        return None;
    };
    let version = String::from_utf8_lossy(&version.stdout).split_whitespace().nth(1).unwrap_or("?").to_string();
    let site = bench_dir("hugo-");
    hugo_site(site.path(), facts());
    let mut times = Vec::new();
    let mut pages = 0;
    for run in 0..5 {
        // A new folder each run, as for factgap's builds (see `kept`).
        let public = site.path().join(format!("public-{run}"));
        let started = Instant::now();
        let status = std::process::Command::new("hugo")
            .args(["--quiet", "--source"])
            .arg(site.path())
            .arg("--destination")
            .arg(&public)
            .status()
            .unwrap();
        times.push(started.elapsed());
        assert!(status.success(), "hugo builds the comparable site");
        pages = count_pages(&public);
    }
    times.sort();
    let median = times[times.len() / 2];
    let rate = pages as f64 / median.as_secs_f64();
    let peak = children_peak_kb();
    println!(
        "hugo {version}: {} fact pages, {pages} HTML pages in {:.2} s median (min {:.2} s, 5 runs) = {rate:.0} pages/s; peak memory {peak} kB",
        facts(),
        median.as_secs_f64(),
        times[0].as_secs_f64(),
    );
    // Its folders are removed at the end, with factgap's (see `kept`).
    Some((rate, peak, site))
}

/// A Hugo site of `facts` fact pages, shaped as factgap's: the figure, its
/// population, period, certainty and citation in front matter, a layout with
/// navigation, a table of the figures and the source line.
fn hugo_site(dir: &Path, facts: usize) {
    use std::fmt::Write as _;
    std::fs::create_dir_all(dir.join("layouts/_default")).unwrap();
    std::fs::create_dir_all(dir.join("content/facts")).unwrap();
    for (file, text) in [
        (
            "config.toml",
            "baseURL = \"https://factgap.example/\"\ntitle = \"factgap\"\ndisableKinds = [\"taxonomy\", \"term\"]\n",
        ),
        (
            "layouts/_default/baseof.html",
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }} · {{ site.Title }}</title><meta name=\"description\" content=\"{{ .Params.sentence }}\"><link rel=\"stylesheet\" href=\"/site.css\"></head><body><nav><a href=\"/\">factgap</a> <a href=\"/facts/\">Facts</a> <a href=\"/topics/\">Topics</a> <a href=\"/places/\">Places</a></nav><main>{{ block \"main\" . }}{{ end }}</main><footer>{{ site.Title }}</footer></body></html>",
        ),
        (
            "layouts/_default/single.html",
            "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p class=\"headline\">{{ .Params.sentence }}</p><table><thead><tr><th>Figure</th><th>Value</th><th>Population</th><th>Period</th><th>Certainty</th><th>Source</th></tr></thead><tbody>{{ range .Params.figures }}<tr><td>{{ .label }}</td><td>{{ .value }} {{ .unit }}</td><td>{{ .population }}</td><td>{{ .period }}</td><td>{{ .certainty }}</td><td>{{ .citation }}</td></tr>{{ end }}</tbody></table>{{ .Content }}<p class=\"source\">Source: {{ .Params.citation }}</p></article>{{ end }}",
        ),
        (
            "layouts/_default/list.html",
            "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}",
        ),
    ] {
        std::fs::write(dir.join(file), text).unwrap();
    }
    for i in 0..facts {
        let mut page = String::new();
        writeln!(page, "---\ntitle: \"Indicator {} in place {}\"", i / 100, i % 100).unwrap();
        writeln!(page, "sentence: \"The public estimates {}%; the figure is {}%.\"", 10 + i % 40, 5 + i % 17).unwrap();
        writeln!(page, "citation: \"Generated figures (not real data), 2024\"\nfigures:").unwrap();
        for (label, value) in [("Public estimate", 10 + i % 40), ("Actual", 5 + i % 17)] {
            writeln!(page, "  - {{label: \"{label}\", value: {value}, unit: \"%\", population: \"foreign-born\", period: \"2024\", certainty: \"verified\", citation: \"Generated\"}}").unwrap();
        }
        writeln!(page, "---\nThe public's estimate comes from a generated survey of 1,000 adults; the figure from a generated official series, 2015–2024.\n").unwrap();
        std::fs::write(dir.join(format!("content/facts/fact-{i}.md")), page).unwrap();
    }
}

/// The largest peak memory of any child process this one has waited for, in kB.
fn children_peak_kb() -> u64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given.
    let usage = unsafe {
        libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr());
        usage.assume_init()
    };
    usage.ru_maxrss as u64
}

/// The bundled project, as `factgap build` runs it: a build, then a no-change run.
fn bundled_project(repo: &Path, now: chrono::DateTime<chrono::Utc>) {
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
/// A new folder for a build. `FACTGAP_BENCH_OUT=<dir>` keeps it in `<dir>`: to
/// compare two versions' bytes, and because removing a build's 100,000 files
/// slows the next process's writes on this machine (ext4 without a journal
/// skips inodes freed in the last minutes).
fn bench_dir(prefix: &str) -> tempfile::TempDir {
    let keep_in = std::env::var_os("FACTGAP_BENCH_OUT").map(std::path::PathBuf::from);
    if let Some(dir) = &keep_in {
        std::fs::create_dir_all(dir).unwrap();
    }
    tempfile::Builder::new()
        .prefix(prefix)
        .disable_cleanup(keep_in.is_some())
        .tempdir_in(keep_in.unwrap_or_else(std::env::temp_dir))
        .unwrap()
}

/// Gives the memory earlier builds freed back to the system (glibc keeps it
/// otherwise, and it would count in this build's peak), then resets the peak.
fn reset_peak_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the allocator's heap to the system.
    unsafe {
        libc::malloc_trim(0);
    }
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn count_pages(dir: &Path) -> usize {
    generated_project::walk(dir).iter().filter(|p| p.extension().is_some_and(|e| e == "html")).count()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn peak_memory() -> Option<String> {
    peak_memory_kb().map(|kb| format!("{kb} kB"))
}

/// This process's peak resident memory since the last reset (VmHWM), in kB.
fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.trim_start_matches("VmHWM:").trim().trim_end_matches("kB").trim().parse().ok()
}
