//! Unattended runs: with an injected clock (no real waiting), runs fire at
//! the cron times, missed windows give one catch-up, a deadline stops a run
//! cleanly, schedulers never overlap; with real processes, SIGTERM lets the
//! current run finish and SIGKILL at any moment leaves a whole site.

use crate::common::{TestProject, tree};
use chrono::{DateTime, Utc};
use factgap::run::RunResult;
use factgap::schedule::state::State;
use factgap::schedule::when::Schedule;
use factgap::schedule::{Clock, Job, RunRecord, Scheduler};
use std::future::Future;
use std::pin::Pin;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

/// A clock that jumps to whatever time it is asked to sleep until.
struct TestClock(Mutex<DateTime<Utc>>);

impl Clock for TestClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
    fn sleep_until(&self, t: DateTime<Utc>) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        let mut now = self.0.lock().unwrap();
        if t > *now {
            *now = t;
        }
        Box::pin(tokio::task::yield_now())
    }
}

fn scheduler(project: &TestProject, start: &str, run: &str, max_runs: usize) -> Scheduler {
    Scheduler {
        base: project.options(),
        jobs: vec![(Job::Run, Schedule::parse(run).unwrap()), (Job::Briefing, Schedule::parse("0 8 1 * *").unwrap())],
        deadline: Duration::from_secs(600),
        grace: Duration::from_secs(60),
        send_briefing: false,
        after_publish: None,
        clock: Arc::new(TestClock(Mutex::new(at(start)))),
        max_runs: Some(max_runs),
    }
}

fn run(s: &Scheduler) -> Vec<RunRecord> {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let (_stop, shutdown) = tokio::sync::watch::channel(false);
    runtime.block_on(s.run(shutdown))
}

#[test]
fn runs_fire_at_the_cron_times_and_the_monthly_briefing_on_its_own() {
    let project = TestProject::bundled();
    let s = scheduler(&project, "2026-11-29T05:00:00Z", "0 6 * * *", 4);
    let records = run(&s);
    let fired: Vec<(Job, DateTime<Utc>)> = records.iter().map(|r| (r.job, r.tick)).collect();
    assert_eq!(
        fired,
        [
            (Job::Run, at("2026-11-29T06:00:00Z")),
            (Job::Run, at("2026-11-30T06:00:00Z")),
            (Job::Run, at("2026-12-01T06:00:00Z")),
            (Job::Briefing, at("2026-12-01T08:00:00Z")),
        ]
    );
    // Each run takes its clock from its tick.
    assert!(records.iter().all(|r| r.started == r.tick && !r.catch_up));
    assert_eq!(records[0].result, RunResult::PublishedWithStaleSources, "the Eurostat seeds are stale");
    assert!(project.out().join("state/briefings/2026-12/briefing.html").exists());
    let state = State::load(&project.out());
    assert_eq!(state.jobs["run"].last_tick, Some(at("2026-12-01T06:00:00Z")));
    assert_eq!(state.jobs["run"].next, Some(at("2026-12-02T06:00:00Z")));
    assert_eq!(state.jobs["briefing"].next, Some(at("2027-01-01T08:00:00Z")));
    // The site reports its state for monitoring.
    let status: serde_json::Value = serde_json::from_str(&project.read("output/site/status.json")).unwrap();
    assert_eq!(status["built_at"], "2026-12-01T08:00:00+00:00");
    assert_eq!(status["stale_sources"], 8);
}

#[test]
fn a_missed_window_gives_exactly_one_catch_up_run() {
    let project = TestProject::bundled();
    // The last run was on the 20th; the machine comes back on the 24th at 05:00.
    let mut state = State::default();
    state.jobs.entry("run".into()).or_default().last_tick = Some(at("2026-11-20T06:00:00Z"));
    state.save(&project.out()).unwrap();
    let s = scheduler(&project, "2026-11-24T05:00:00Z", "0 6 * * *", 2);
    let records = run(&s);
    assert_eq!(records.len(), 2);
    assert!(records[0].catch_up);
    assert_eq!(records[0].tick, at("2026-11-23T06:00:00Z"), "the last missed tick, once");
    assert_eq!(records[0].started, at("2026-11-24T05:00:00Z"), "at start-up");
    assert_eq!((records[1].tick, records[1].catch_up), (at("2026-11-24T06:00:00Z"), false));
}

#[test]
fn a_run_over_its_deadline_is_stopped_cleanly_and_reported() {
    let project = TestProject::bundled();
    project.build();
    let before = tree(&project.out().join("site"));
    let mut s = scheduler(&project, "2026-11-24T05:59:59Z", "0 6 * * *", 1);
    s.deadline = Duration::ZERO;
    let records = run(&s);
    assert_eq!(records[0].result, RunResult::OverranDeadline);
    assert!(records[0].message.as_deref().unwrap().contains("the site is as it was"));
    assert_eq!(tree(&project.out().join("site")), before);
    assert_eq!(State::load(&project.out()).jobs["run"].last_result, Some(RunResult::OverranDeadline));
}

#[test]
fn two_schedulers_on_one_project_never_overlap() {
    let project = TestProject::bundled();
    let (a, b) = (
        scheduler(&project, "2026-11-24T05:00:00Z", "0 6 * * *", 1),
        scheduler(&project, "2026-11-24T05:00:00Z", "0 6 * * *", 1),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let (_stop, shutdown) = tokio::sync::watch::channel(false);
    let (ra, rb) = runtime.block_on(async { tokio::join!(a.run(shutdown.clone()), b.run(shutdown.clone())) });
    let (a, b) = (&ra[0], &rb[0]);
    // Both fired at 06:00. Either the lock refused one of them, or they ran one after the other.
    for r in [a, b] {
        assert!(r.result.published() || r.message.as_deref().unwrap_or("").contains("another factgap run"), "{r:?}");
    }
    if a.result.published() && b.result.published() {
        assert!(a.ended <= b.began || b.ended <= a.began, "the two runs overlapped");
    }
    assert!(a.result.published() || b.result.published());
}

#[test]
fn the_after_publish_hook_runs_with_the_site_folder() {
    let project = TestProject::bundled();
    let mut s = scheduler(&project, "2026-11-24T05:00:00Z", "0 6 * * *", 1);
    let marker = project.path().join("hook-ran");
    s.after_publish = Some(format!("ls \"$FACTGAP_SITE\" > '{}'", marker.display()));
    run(&s);
    assert!(std::fs::read_to_string(marker).unwrap().contains("index.html"));
}

#[test]
fn status_prints_the_last_run_and_the_next() {
    let project = TestProject::bundled();
    run(&scheduler(&project, "2026-11-24T05:00:00Z", "0 6 * * *", 1));
    let out = Command::new(env!("CARGO_BIN_EXE_factgap"))
        .arg("--project")
        .arg(project.path())
        .arg("status")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout.lines().find(|l| l.starts_with("run ")).unwrap();
    assert!(
        line.contains("0 6 * * *")
            && line.contains("2026-11-24 06:00:00 UTC")
            && line.contains("published")
            && line.contains("2026-11-25 06:00:00 UTC"),
        "{line}"
    );
}

/// A project big enough that publishing takes a while: many places for one claim.
fn big_project(places: usize) -> TestProject {
    let project = TestProject::bundled();
    // Its generated source is not translated; a schedule test needs one language.
    project.english_only();
    let mut csv = String::from(
        "indicator,geo,population,period,sex,age,value,unit,ci_low,ci_high,n,flags,kind,respondents,years_since_arrival,citation,certainty,quote\n",
    );
    let mut ftl = String::new();
    for i in 0..places {
        csv.push_str(&format!("immigrant_population_share,B{i:05},foreign_born,2024,T,all,{},percent,,,1000,,perceived,general_public,,Test,V,\n", 10 + i % 40));
        csv.push_str(&format!(
            "immigrant_population_share,B{i:05},foreign_born,2024,T,all,{},percent,,,,,actual,,,Test,V,\n",
            5 + i % 17
        ));
        ftl.push_str(&format!("place-B{i:05} = Place {i}\n"));
    }
    project.write("sources/seed/big.csv", csv);
    project.write("templates/i18n/en/big.ftl", ftl);
    project.write("sources/big.toml", "kind = \"survey\"\nseed = \"seed/big.csv\"\n[provenance]\nproducer = \"Test\"\ntitle = \"Test\"\nurl_main = \"http://127.0.0.1/\"\ndate_accessed = \"2026-11-24\"\ncitation_short = \"Test\"\ncitation_full = \"Test data, not real.\"\nlicence = \"CC0\"\nattribution = \"Test\"\n");
    let claims = project.read("sources/claims.toml").replace(
        "sources = [\"ipsos.perils2014\", \"gmf.tts2013\", \"ess2014.beauchemin\"]",
        "sources = [\"ipsos.perils2014\", \"gmf.tts2013\", \"ess2014.beauchemin\", \"big\"]",
    );
    project.write("sources/claims.toml", claims);
    // The images and the search index would only slow these runs further.
    project.edit("factgap.toml", "social_images = true", "social_images = false");
    project.edit("factgap.toml", "search_index = true", "search_index = false");
    project
}

#[test]
fn sigkill_at_any_moment_of_publishing_leaves_the_old_site_or_the_new_one_whole() {
    let project = big_project(600);
    let factgap = |now: &str| {
        Command::new(env!("CARGO_BIN_EXE_factgap"))
            .arg("--project")
            .arg(project.path())
            .args(["-q", "--offline", "--now", now, "run"])
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    assert!(factgap("2026-11-01T00:00:00Z").wait().unwrap().code().is_some());
    let old = tree(&project.out().join("site"));
    // The new site, built once to know it.
    assert!(factgap("2026-11-24T06:00:00Z").wait().unwrap().code().is_some());
    let new = tree(&project.out().join("site"));
    assert_ne!(old, new);
    // Time a run that swaps: from the old site to the new one.
    assert!(factgap("2026-11-01T00:00:00Z").wait().unwrap().code().is_some());
    let started = std::time::Instant::now();
    assert!(factgap("2026-11-24T06:00:00Z").wait().unwrap().code().is_some());
    let full = started.elapsed();
    let mut saw = (false, false);
    for i in 0..12u32 {
        // Start from the old site every time, so every kill hits a run that would swap.
        assert!(factgap("2026-11-01T00:00:00Z").wait().unwrap().code().is_some());
        assert_eq!(tree(&project.out().join("site")), old);
        let mut child = factgap("2026-11-24T06:00:00Z");
        // Kills from 30% to over three times a run's length (machines under load vary):
        // before, around and after the swap.
        std::thread::sleep(full.mul_f64(0.3 + f64::from(i) * 0.25));
        let _ = child.kill();
        let _ = child.wait();
        let site = tree(&project.out().join("site"));
        assert!(site == old || site == new, "after SIGKILL at step {i} the site is neither the old nor the new one");
        if site == old { saw.0 = true } else { saw.1 = true }
    }
    assert!(saw.0 && saw.1, "kills landed both before and after the swap ({saw:?})");
}

#[test]
fn sigterm_lets_the_current_run_finish_and_takes_no_new_one() {
    let project = big_project(800);
    let mut child = Command::new(env!("CARGO_BIN_EXE_factgap"))
        .arg("--project")
        .arg(project.path())
        .args(["--offline", "schedule", "--cron", "* * * * * *"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until a run has started, then ask the scheduler to stop.
    let lock = project.out().join("factgap.lock");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !lock.exists() && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(lock.exists(), "a run started");
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    assert!(status.success(), "{stderr}");
    assert!(stderr.contains("asked to stop: no new runs"), "{stderr}");
    let runs = stderr.lines().filter(|l| l.contains("run due ")).count();
    assert_eq!(runs, 1, "the current run finished and no other began: {stderr}");
    assert!(stderr.contains(": published"), "{stderr}");
    assert!(project.out().join("site/index.html").exists());
    assert!(factgap::run::lock::RunLock::acquire(&project.out()).is_ok(), "released");
}

/// A clock that wakes a millisecond early and whose runs take ten minutes.
struct SlowEarlyClock(Mutex<DateTime<Utc>>);

impl Clock for SlowEarlyClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap()
    }
    fn sleep_until(&self, t: DateTime<Utc>) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        let mut now = self.0.lock().unwrap();
        if t > *now {
            // Wake 1 ms early the first time; a re-sleep reaches `t`.
            *now = if *now + chrono::Duration::milliseconds(1) < t { t - chrono::Duration::milliseconds(1) } else { t };
        }
        Box::pin(tokio::task::yield_now())
    }
}

#[test]
fn an_early_wake_never_fires_a_tick_twice() {
    let project = TestProject::bundled();
    let mut s = scheduler(&project, "2026-11-30T23:00:00Z", "0 6 * * *", 3);
    s.clock = Arc::new(SlowEarlyClock(Mutex::new(at("2026-11-30T23:00:00Z"))));
    // The briefing is due five minutes after the 06:00 run.
    s.jobs[1] = (Job::Briefing, Schedule::parse("5 6 1 * *").unwrap());
    let records = run(&s);
    let fired: Vec<(Job, DateTime<Utc>)> = records.iter().map(|r| (r.job, r.tick)).collect();
    assert_eq!(
        fired,
        [
            (Job::Run, at("2026-12-01T06:00:00Z")),
            (Job::Briefing, at("2026-12-01T06:05:00Z")),
            (Job::Run, at("2026-12-02T06:00:00Z"))
        ]
    );
}

#[test]
fn when_the_grace_period_runs_out_the_run_is_abandoned_before_the_swap_and_caught_up_later() {
    let project = big_project(600);
    project.build();
    let before = tree(&project.out().join("site"));
    let mut s = scheduler(&project, "2026-11-25T05:59:59Z", "0 6 * * *", 1);
    s.grace = Duration::ZERO;
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let (stop, shutdown) = tokio::sync::watch::channel(false);
    let records = runtime.block_on(async {
        // Ask to stop while the 06:00 run is building the site.
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(150)).await;
            let _ = stop.send(true);
        });
        s.run(shutdown).await
    });
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].result, RunResult::StoppedByShutdown, "{records:?}");
    assert_eq!(tree(&project.out().join("site")), before, "abandoned before the swap");
    // Not counted as done: the next start catches it up.
    assert_eq!(State::load(&project.out()).jobs["run"].last_tick, None);
}
