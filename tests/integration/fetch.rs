//! `factgap run` against producers served on loopback: a good response
//! becomes a snapshot, a bad or failed one never replaces the last good one.

use crate::common::{TestProject, TestServer, fixture};
use factgap::fetch::FetchOutcome;
use factgap::normalize::{Freshness, Origin};
use factgap::pipeline::{self, Options};
use factgap::store::Store;

fn point(project: &TestProject, source: &str, url: &str) {
    let file = format!("sources/{source}.toml");
    let text = project.read(&file);
    let start = text.find("[fetch]\nurl = \"").unwrap() + "[fetch]\nurl = \"".len();
    let end = start + text[start..].find('"').unwrap();
    project.write(&file, format!("{}{url}{}", &text[..start], &text[end..]));
}

/// Options for a run that fetches, with retries fast enough for a test.
fn online(project: &TestProject) -> Options {
    let config = project.read("factgap.toml").replace("retry_base_secs = 1.0", "retry_base_secs = 0.01");
    project.write("factgap.toml", config);
    project.keep_on_loopback();
    Options { offline: false, ..project.options() }
}

#[test]
fn a_good_response_becomes_the_snapshot_the_site_is_built_from() {
    let project = TestProject::bundled();
    let json = std::fs::read(fixture("eurostat_lfsa_ergan.jsonstat.json")).unwrap();
    let server = TestServer::start(vec![(200, json.clone())]);
    point(&project, "eurostat.lfsa_ergan", &format!("{}/lfsa_ergan", server.url));
    // edat gets a body of the wrong shape; urgan a port nobody listens on.
    point(&project, "eurostat.edat_lfs_9912", &format!("{}/edat", server.url));
    point(&project, "eurostat.lfsa_urgan", "http://127.0.0.1:9/urgan");

    let report = pipeline::run(&online(&project)).unwrap();
    let outcomes = &report.fetch.as_ref().unwrap().outcomes;
    let FetchOutcome::Fetched { entry } = &outcomes["eurostat.lfsa_ergan"] else { panic!("{outcomes:?}") };
    assert_eq!((entry.http_status, entry.size), (200, json.len() as u64));
    // The server numbers its responses; ergan and edat are fetched concurrently.
    assert!(matches!(entry.etag.as_deref(), Some("\"v0\"" | "\"v1\"")), "{:?}", entry.etag);
    assert_eq!(entry.provider_updated.as_deref(), Some("2025-04-24T23:00:00+0200"));
    assert!(
        matches!(&outcomes["eurostat.edat_lfs_9912"], FetchOutcome::Failed { error } if error.starts_with("invalid response"))
    );
    assert!(matches!(&outcomes["eurostat.lfsa_urgan"], FetchOutcome::Failed { .. }));

    // The body is kept as retrieved, named by its hash.
    let store = Store::new(&project.path().join("sources"));
    let stored = std::fs::read(store.dir("eurostat.lfsa_ergan").join(&entry.file)).unwrap();
    assert_eq!(stored, json);
    assert!(entry.file.starts_with(&entry.sha256));
    // The invalid body is recorded as such, and never read.
    let edat = store.entries("eurostat.edat_lfs_9912").unwrap();
    assert_eq!(edat.len(), 1);
    assert!(!edat[0].valid);
    assert!(store.latest_good("eurostat.edat_lfs_9912").unwrap().is_none());

    let ergan = report.normalized.source("eurostat.lfsa_ergan").unwrap();
    assert!(matches!(ergan.origin, Origin::Snapshot { .. }));
    assert_eq!(ergan.freshness, Freshness::Fresh);
    let edat = report.normalized.source("eurostat.edat_lfs_9912").unwrap();
    assert!(matches!(edat.origin, Origin::Seed { .. }));
    assert_eq!(edat.freshness, Freshness::Stale);
    // One clear line per source says what happened.
    let lines = report.source_lines().into_iter().map(|l| l.text).collect::<Vec<_>>().join("\n");
    assert!(lines.contains(&format!(
        "eurostat.lfsa_ergan: fetched {} bytes from {}/lfsa_ergan",
        json.len(),
        server.url
    )));
    assert!(lines.contains("eurostat.lfsa_urgan: fetch failed ("));
    assert!(lines.contains("using seed figures from sources/seed/eurostat.lfsa_urgan.csv"));
    // The site is built from the fetched figures: Denmark 2024 from the snapshot.
    let dk = project.page("facts/employment-dk/index.html");
    assert!(dk.contains("In Denmark, 72.6% of citizens of non-EU countries aged 20–64 were in work in 2024."));
    assert!(dk.contains("a snapshot retrieved on November 24, 2026 06:00 UTC"));
}

#[test]
fn a_failed_refresh_keeps_the_last_good_snapshot_and_marks_it_stale() {
    let project = TestProject::bundled();
    let json = std::fs::read(fixture("eurostat_lfsa_ergan.jsonstat.json")).unwrap();
    let server = TestServer::start(vec![(200, json), (500, b"{\"error\":\"down\"}".to_vec())]);
    point(&project, "eurostat.lfsa_ergan", &format!("{}/lfsa_ergan", server.url));
    let first = pipeline::run(&online(&project)).unwrap();
    let Origin::Snapshot { sha256, .. } = &first.normalized.source("eurostat.lfsa_ergan").unwrap().origin else {
        panic!()
    };
    // A day later, after Eurostat's next refresh, it is asked again and fails.
    let next_day = Options { now: project.options().now + chrono::Duration::days(1), ..online(&project) };
    let second = pipeline::run(&next_day).unwrap();
    let outcome = &second.fetch.as_ref().unwrap().outcomes["eurostat.lfsa_ergan"];
    assert!(
        matches!(outcome, FetchOutcome::Failed { error } if error.contains("HTTP 500 after 3 attempt(s)")),
        "{outcome:?}"
    );
    let source = second.normalized.source("eurostat.lfsa_ergan").unwrap();
    assert!(matches!(&source.origin, Origin::Snapshot { sha256: s, .. } if s == sha256));
    assert_eq!(source.freshness, Freshness::Stale);
    assert!(project.page("facts/employment-dk/index.html").contains("Data may be stale"));
    // One good answer, then three attempts at the failing one.
    assert_eq!(server.hits.load(std::sync::atomic::Ordering::SeqCst), 4);

    // `build` and `briefing` never fetch; they read the failed refresh from the
    // store's attempt log, so the site they republish keeps the badge.
    let rebuilt = pipeline::build(&next_day).unwrap();
    assert_eq!(rebuilt.normalized.source("eurostat.lfsa_ergan").unwrap().freshness, Freshness::Stale);
    assert!(project.page("facts/employment-dk/index.html").contains("Data may be stale"), "build keeps the badge");
    let briefed = pipeline::briefing(
        &next_day,
        &pipeline::BriefingOptions { month: Some("2026-11".into()), ..Default::default() },
    )
    .unwrap();
    assert_eq!(briefed.run.normalized.source("eurostat.lfsa_ergan").unwrap().freshness, Freshness::Stale);
    assert!(project.page("facts/employment-dk/index.html").contains("Data may be stale"), "briefing keeps it too");
}

#[test]
fn offline_runs_never_touch_the_network() {
    let project = TestProject::bundled();
    let server = TestServer::start(vec![(200, b"{}".to_vec())]);
    point(&project, "eurostat.lfsa_ergan", &format!("{}/lfsa_ergan", server.url));
    let report = pipeline::run(&project.options()).unwrap();
    let outcomes = &report.fetch.as_ref().unwrap().outcomes;
    assert_eq!(outcomes.len(), 8, "three Eurostat datasets, UNHCR, Zenodo and three national offices");
    assert!(outcomes.values().all(|o| *o == FetchOutcome::Offline));
    assert_eq!(server.hits.load(std::sync::atomic::Ordering::SeqCst), 0);
    assert!(report.source_lines().iter().any(|l| !l.failed
        && l.text == "eurostat.lfsa_ergan: offline, using seed figures from sources/seed/eurostat.lfsa_ergan.csv"));
}

#[test]
fn a_source_with_nothing_new_by_its_release_schedule_is_not_asked_again() {
    let project = TestProject::bundled();
    let json = std::fs::read(fixture("eurostat_lfsa_ergan.jsonstat.json")).unwrap();
    let server = TestServer::start(vec![(200, json)]);
    point(&project, "eurostat.lfsa_ergan", &format!("{}/lfsa_ergan", server.url));
    let first = Options { now: "2026-11-24T06:00:00Z".parse().unwrap(), ..online(&project) };
    pipeline::run(&first).unwrap();
    let manifest = project.read("sources/snapshots/eurostat.lfsa_ergan/manifest.json");
    // Two hours later Eurostat has not refreshed (it does at 11:00 and 23:00 CET).
    let later = Options { now: "2026-11-24T08:00:00Z".parse().unwrap(), ..online(&project) };
    let report = pipeline::run(&later).unwrap();
    let outcome = &report.fetch.as_ref().unwrap().outcomes["eurostat.lfsa_ergan"];
    assert!(
        matches!(outcome, FetchOutcome::UpToDate { reason } if reason.contains("11:00 and 23:00 CET")),
        "{outcome:?}"
    );
    assert_eq!(server.hits.load(std::sync::atomic::Ordering::SeqCst), 1, "no second download");
    assert_eq!(project.read("sources/snapshots/eurostat.lfsa_ergan/manifest.json"), manifest, "nothing rewritten");
    assert_eq!(report.normalized.source("eurostat.lfsa_ergan").unwrap().freshness, Freshness::Fresh);
    // Nothing new upstream: the site is not rewritten either.
    assert!(report.published.as_ref().unwrap().unchanged);
}
