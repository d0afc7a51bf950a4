//! Fault injection: a real server on 127.0.0.1 answers a Eurostat source with
//! each kind of failure; what the store holds afterwards and what the error
//! says are asserted for each.

use crate::common::{Reply, TestProject, TestServer, fixture};
use factgap::fetch::FetchOutcome;
use factgap::normalize::{Freshness, Origin};
use factgap::pipeline::{self, Options, RunReport};
use factgap::project::ReadFormat;
use factgap::store::{AttemptResult, Store};
use std::time::Instant;

const SOURCE: &str = "eurostat.lfsa_ergan";

fn json() -> Vec<u8> {
    std::fs::read(fixture("eurostat_lfsa_ergan.jsonstat.json")).unwrap()
}

/// The bundled project with the Eurostat employment source served by `server`,
/// fast retries, and `settings` applied to factgap.toml.
fn project(server: &TestServer, settings: &[(&str, &str)]) -> TestProject {
    let project = TestProject::bundled();
    project.english_only();
    let file = format!("sources/{SOURCE}.toml");
    let text = project.read(&file);
    let start = text.find("[fetch]\nurl = \"").unwrap() + "[fetch]\nurl = \"".len();
    let end = start + text[start..].find('"').unwrap();
    project.write(&file, format!("{}{}/lfsa_ergan?format=JSON{}", &text[..start], server.url, &text[end..]));
    let mut config = project.read("factgap.toml").replace("retry_base_secs = 1.0", "retry_base_secs = 0.01");
    for (from, to) in settings {
        assert!(config.contains(from), "{from}");
        config = config.replace(from, to);
    }
    project.write("factgap.toml", config);
    // Only this source is fetched: the others lose their [fetch] (and Zenodo, which has no seed, goes).
    for other in ["eurostat.lfsa_urgan", "eurostat.edat_lfs_9912", "unhcr.population"] {
        let file = format!("sources/{other}.toml");
        let text = project.read(&file);
        let start = text.find("\n[fetch]").unwrap();
        let end = start + text[start..].find("\n[read]").unwrap();
        project.write(&file, format!("{}{}", &text[..start], &text[end..]));
    }
    std::fs::remove_file(project.path().join("sources/focus.zenodo.toml")).unwrap();
    project
}

fn run(project: &TestProject) -> RunReport {
    pipeline::run(&Options { offline: false, ..project.options() }).unwrap()
}

/// A run a day later: after Eurostat's next refresh, so it is asked again.
fn run_next_day(project: &TestProject) -> RunReport {
    let now = project.options().now + chrono::Duration::days(1);
    pipeline::run(&Options { offline: false, now, ..project.options() }).unwrap()
}

fn outcome(report: &RunReport) -> &FetchOutcome {
    &report.fetch.as_ref().unwrap().outcomes[SOURCE]
}

fn failed_with(report: &RunReport, expected: &str) {
    match outcome(report) {
        FetchOutcome::Failed { error } => assert!(error.contains(expected), "{error:?} should contain {expected:?}"),
        other => panic!("expected a failure containing {expected:?}, got {other:?}"),
    }
}

fn store(project: &TestProject) -> Store {
    Store::new(&project.path().join("sources"))
}

#[test]
fn a_response_slower_than_the_timeout_fails_after_the_retries_and_stores_nothing() {
    let server = TestServer::handle(|_, _| Reply::new(200, json()).delay(1.5));
    let project = project(&server, &[("timeout_secs = 60.0", "timeout_secs = 0.3")]);
    let report = run(&project);
    failed_with(&report, "timed out after 3 attempt(s)");
    assert_eq!(server.hits.load(std::sync::atomic::Ordering::SeqCst), 3);
    assert!(store(&project).entries(SOURCE).unwrap().is_empty());
    let attempts = store(&project).attempts(SOURCE).unwrap();
    assert_eq!(attempts.last().unwrap().result, AttemptResult::Failed);
    assert_eq!(report.normalized.source(SOURCE).unwrap().freshness, Freshness::Stale);
}

#[test]
fn a_500_then_a_200_is_retried_into_a_snapshot() {
    let server = TestServer::handle(|i, _| if i == 0 { Reply::new(500, "oops") } else { Reply::new(200, json()) });
    let project = project(&server, &[]);
    let report = run(&project);
    assert!(matches!(outcome(&report), FetchOutcome::Fetched { .. }), "{:?}", outcome(&report));
    assert_eq!(server.hits.load(std::sync::atomic::Ordering::SeqCst), 2);
    assert_eq!(store(&project).entries(SOURCE).unwrap().len(), 1);
    // Every request names factgap and the configured contact address.
    let agent = server.requests()[0].header("User-Agent").unwrap().to_string();
    assert!(agent.starts_with("factgap/") && agent.contains("mailto:factgap@example.org"), "{agent}");
}

#[test]
fn a_429_waits_for_retry_after_before_trying_again() {
    let server = TestServer::handle(|i, _| {
        if i == 0 { Reply::new(429, "slow down").header("Retry-After", "1") } else { Reply::new(200, json()) }
    });
    let project = project(&server, &[]);
    let started = Instant::now();
    let report = run(&project);
    assert!(matches!(outcome(&report), FetchOutcome::Fetched { .. }));
    assert!(started.elapsed().as_secs_f64() >= 1.0, "waited {:?}", started.elapsed());
}

#[test]
fn other_4xx_answers_are_not_retried() {
    let server = TestServer::handle(|_, _| {
        Reply::new(404, r#"{"error":[{"status":404,"id":100,"label":"ERR_NOT_FOUND_4: DS-999999 is not available"}]}"#)
    });
    let project = project(&server, &[]);
    let report = run(&project);
    failed_with(&report, "HTTP 404 after 1 attempt(s)");
    failed_with(&report, "ERR_NOT_FOUND_4");
    assert_eq!(server.hits.load(std::sync::atomic::Ordering::SeqCst), 1);
}

#[test]
fn a_413_extraction_too_big_falls_back_to_the_bulk_download() {
    let bulk = {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&std::fs::read(fixture("eurostat_lfsa_ergan.tsv")).unwrap()).unwrap();
        gz.finish().unwrap()
    };
    let too_big = r#"{"error":[{"status":413,"id":413,"label":"EXTRACTION_TOO_BIG: The requested extraction is too big, estimated 10305182 rows, max authorised is 5000000"}]}"#;
    let server = TestServer::handle(move |_, req| {
        if req.target.starts_with("/bulk") { Reply::new(200, bulk.clone()) } else { Reply::new(413, too_big) }
    });
    let project = project(&server, &[]);
    let file = format!("sources/{SOURCE}.toml");
    project.edit(
        &file,
        "[fetch]\n",
        &format!("[fetch]\nbulk_url = \"{}/bulk/lfsa_ergan?format=TSV&compressed=true\"\n", server.url),
    );
    let report = run(&project);
    let FetchOutcome::Fetched { entry } = outcome(&report) else { panic!("{:?}", outcome(&report)) };
    assert_eq!(entry.format, Some(ReadFormat::EurostatTsv));
    assert!(entry.url.contains("/bulk/"));
    assert!(entry.file.ends_with(".tsv"));
    // The gzip body was unpacked before it was stored and read.
    let rows = report.normalized.observations.rows().unwrap();
    let de = rows
        .iter()
        .find(|o| o.source == SOURCE && o.geo == "DE" && o.population == "non_eu_citizens" && o.period == "2024")
        .unwrap();
    assert_eq!(de.value, 62.6);
}

#[test]
fn a_truncated_body_is_an_error_and_stores_nothing() {
    let server = TestServer::handle(|_, _| Reply::new(200, json()).truncated());
    let project = project(&server, &[]);
    let report = run(&project);
    failed_with(&report, "cut short");
    assert!(store(&project).entries(SOURCE).unwrap().is_empty());
}

#[test]
fn invalid_json_is_kept_as_invalid_and_never_read() {
    let server = TestServer::handle(|_, _| Reply::new(200, "{\"version\":\"2.0\",\"value\":{\"0\":1"));
    let project = project(&server, &[]);
    let report = run(&project);
    failed_with(&report, "invalid response");
    failed_with(&report, "not valid JSON-stat");
    let entries = store(&project).entries(SOURCE).unwrap();
    assert_eq!((entries.len(), entries[0].valid), (1, false));
    assert!(store(&project).latest_good(SOURCE).unwrap().is_none());
    assert!(matches!(report.normalized.source(SOURCE).unwrap().origin, Origin::Seed { .. }));
}

#[test]
fn valid_json_of_the_wrong_shape_is_refused_with_its_path() {
    // A JSON-stat cube of another dataset: its dimensions have no rules here.
    let other = r#"{"class":"dataset","id":["geo","time"],"size":[1,1],"dimension":{"geo":{"category":{"index":{"DE":0}}},"time":{"category":{"index":{"2024":0}}}},"value":[1.5]}"#;
    let server = TestServer::handle(move |_, _| Reply::new(200, other));
    let project = project(&server, &[]);
    let report = run(&project);
    failed_with(&report, "[read.dimensions] names");
    let server = TestServer::handle(|_, _| {
        Reply::new(
            200,
            r#"{"class":"dataset","id":["geo"],"size":[2],"dimension":{"geo":{"category":{"index":{"DE":0,"SE":0}}}},"value":[1,2]}"#,
        )
    });
    let project = self::project(&server, &[]);
    let report = run(&project);
    failed_with(&report, "$.dimension.geo.category.index gives position 0 to both");
}

#[test]
fn a_body_over_the_cap_is_refused() {
    let server = TestServer::handle(|_, _| Reply::new(200, json()));
    let project = project(&server, &[("max_body_bytes = 104857600", "max_body_bytes = 500")]);
    let report = run(&project);
    failed_with(&report, "larger than the 500-byte cap");
    assert!(store(&project).entries(SOURCE).unwrap().is_empty());
}

#[test]
fn an_unchanged_source_costs_one_304() {
    let server = TestServer::handle(|_, req| {
        if req.header("If-None-Match") == Some("\"lfsa-1\"") {
            Reply::new(304, "")
        } else {
            Reply::new(200, json())
                .header("ETag", "\"lfsa-1\"")
                .header("Last-Modified", "Thu, 24 Apr 2025 21:00:00 GMT")
        }
    });
    let project = project(&server, &[]);
    run(&project);
    let second = run_next_day(&project);
    assert_eq!(*outcome(&second), FetchOutcome::NotModified);
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].header("If-Modified-Since"), Some("Thu, 24 Apr 2025 21:00:00 GMT"));
    assert_eq!(store(&project).entries(SOURCE).unwrap().len(), 1, "no second copy");
    let attempts = store(&project).attempts(SOURCE).unwrap();
    assert_eq!(
        attempts.iter().map(|a| a.result).collect::<Vec<_>>(),
        [AttemptResult::Fetched, AttemptResult::NotModified]
    );
    let source = second.normalized.source(SOURCE).unwrap();
    assert_eq!(source.freshness, Freshness::Fresh);
    assert!(matches!(source.origin, Origin::Snapshot { .. }));
    assert!(
        second
            .source_lines()
            .iter()
            .any(|l| l.text.starts_with(&format!("{SOURCE}: not modified since stored snapshot")))
    );
}

#[test]
fn a_refused_connection_fails_fast_and_the_seed_is_used() {
    let server = TestServer::handle(|_, _| Reply::new(200, ""));
    let project = project(&server, &[]);
    let file = format!("sources/{SOURCE}.toml");
    project.edit(&file, &server.url, "http://127.0.0.1:9");
    let started = Instant::now();
    let report = run(&project);
    assert!(started.elapsed().as_secs() < 5);
    failed_with(&report, "127.0.0.1:9");
    assert!(matches!(report.normalized.source(SOURCE).unwrap().origin, Origin::Seed { .. }));
}

#[test]
fn a_retry_after_longer_than_we_wait_is_not_cut_short() {
    let server = TestServer::handle(|_, _| Reply::new(429, "later").header("Retry-After", "120"));
    let project = project(&server, &[]);
    let report = run(&project);
    failed_with(&report, "HTTP 429 after 1 attempt(s)");
    assert_eq!(server.hits.load(std::sync::atomic::Ordering::SeqCst), 1, "not asked again before it said");
}
