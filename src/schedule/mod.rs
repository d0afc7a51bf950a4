//! Unattended runs (`factgap schedule`): cron schedules for fetching and for
//! the monthly briefing, one run at a time (also across processes), one
//! catch-up run after downtime, a deadline per run, and a clean stop on
//! SIGTERM or Ctrl-C: the current run finishes within a grace period or is
//! abandoned before the swap, never during it.

pub mod state;
pub mod when;

use crate::pipeline::{self, BriefingOptions, Options, PipelineError};
use crate::run::RunResult;
use crate::run::cancel::Cancel;
use crate::run::lock;
use chrono::{DateTime, Utc};
use state::State;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use when::Schedule;

/// The scheduler's clock: the system's, or an injected one in tests.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
    fn sleep_until(&self, t: DateTime<Utc>) -> Pin<Box<dyn Future<Output = ()> + Send + '_>>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn sleep_until(&self, t: DateTime<Utc>) -> Pin<Box<dyn Future<Output = ()> + Send + '_>> {
        let wait = (t - Utc::now()).to_std().unwrap_or_default();
        Box::pin(tokio::time::sleep(wait))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, strum::IntoStaticStr, strum::EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum Job {
    Run,
    Briefing,
}

impl Job {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// How a scheduled run ended.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRecord {
    pub job: Job,
    pub tick: DateTime<Utc>,
    pub started: DateTime<Utc>,
    pub catch_up: bool,
    pub result: RunResult,
    pub message: Option<String>,
    /// When the run really began and ended (the machine's monotonic clock).
    pub began: Instant,
    pub ended: Instant,
}

pub struct Scheduler {
    /// Project, output folder and offline switch of every run; `now` and `cancel` are set per run.
    pub base: Options,
    pub jobs: Vec<(Job, Schedule)>,
    pub deadline: Duration,
    pub grace: Duration,
    pub send_briefing: bool,
    pub after_publish: Option<String>,
    pub clock: Arc<dyn Clock>,
    /// Stop after this many runs (tests, one-shot use).
    pub max_runs: Option<usize>,
}

impl Scheduler {
    /// Runs until `shutdown` turns true (or `max_runs` is reached). Returns every run it made.
    pub async fn run(&self, mut shutdown: tokio::sync::watch::Receiver<bool>) -> Vec<RunRecord> {
        let out = self.base.out_dir.clone();
        if let Err(e) = crate::state::Durable::open(&out) {
            tracing::error!("cannot move the earlier state into `{}`: {e}", out.join("state").display());
        }
        let mut state = State::load(&out);
        let mut records = Vec::new();
        let start = self.clock.now();
        // Per job, the time after which its next tick is looked for: a tick is
        // never fired twice, and one that passed during another run is not lost.
        let mut after: std::collections::BTreeMap<Job, DateTime<Utc>> = std::collections::BTreeMap::new();
        let mut due: Vec<(Job, DateTime<Utc>, bool)> = Vec::new();
        for (job, schedule) in &self.jobs {
            let entry = state.jobs.entry(job.as_str().into()).or_default();
            entry.schedule = schedule.text.clone();
            after.insert(*job, start);
            // Catch-up: a tick missed while nothing ran gives one run now, however many were missed.
            if let Some(missed) = entry.last_tick.and_then(|last| schedule.missed(last, start)) {
                tracing::info!("{}: the run due at {missed} was missed; catching up once", job.as_str());
                due.push((*job, missed, true));
            }
        }
        loop {
            for (job, tick, catch_up) in std::mem::take(&mut due) {
                if *shutdown.borrow() {
                    break;
                }
                let record = self.execute(job, tick, catch_up, &mut shutdown).await;
                let entry = state.jobs.entry(job.as_str().into()).or_default();
                // A run abandoned at shutdown is not done: the next start catches it up.
                if record.result != RunResult::StoppedByShutdown {
                    entry.last_tick = Some(tick);
                }
                entry.last_started = Some(record.started);
                entry.last_result = Some(record.result);
                entry.last_message = record.message.clone();
                after.insert(job, after[&job].max(tick));
                records.push(record);
            }
            let now = self.clock.now();
            let nexts: Vec<(Job, Option<DateTime<Utc>>)> =
                self.jobs.iter().map(|(job, schedule)| (*job, schedule.next_after(after[job]))).collect();
            for (job, next) in &nexts {
                state.jobs.entry(job.as_str().into()).or_default().next = *next;
            }
            if let Err(e) = state.save(&out) {
                tracing::error!("cannot save the scheduler state: {e}");
            }
            if *shutdown.borrow() || self.max_runs.is_some_and(|max| records.len() >= max) {
                break;
            }
            // A tick that passed while another job ran is due now, once (its last missed tick).
            let overdue: Vec<(Job, DateTime<Utc>, bool)> = self
                .jobs
                .iter()
                .filter_map(|(job, schedule)| schedule.missed(after[job], now).map(|tick| (*job, tick, true)))
                .collect();
            if !overdue.is_empty() {
                due = overdue;
                continue;
            }
            let Some(next) = nexts.iter().filter_map(|(_, n)| *n).min() else { break };
            tracing::debug!("next run at {next}");
            tokio::select! {
                _ = self.clock.sleep_until(next) => {}
                _ = shutdown.changed() => break,
            }
            // Woken early (the clock reads before `next`): sleep again rather than fire.
            if self.clock.now() < next {
                continue;
            }
            due = nexts.iter().filter(|(_, n)| *n == Some(next)).map(|(job, _)| (*job, next, false)).collect();
        }
        records
    }

    /// One run, within the deadline, stopping cleanly on shutdown.
    async fn execute(
        &self,
        job: Job,
        tick: DateTime<Utc>,
        catch_up: bool,
        shutdown: &mut tokio::sync::watch::Receiver<bool>,
    ) -> RunRecord {
        let cancel = Cancel::new();
        let started = self.clock.now();
        let options = Options { now: started, cancel: cancel.clone(), ..self.base.clone() };
        let send = self.send_briefing;
        let mut handle = tokio::task::spawn_blocking(move || -> Result<(bool, String), PipelineError> {
            match job {
                Job::Run => pipeline::run(&options).map(|r| {
                    let degraded = !r.degraded_sources().is_empty();
                    (degraded, r.published.map(|p| p.site_dir.display().to_string()).unwrap_or_default())
                }),
                Job::Briefing => {
                    let b = BriefingOptions { send, ..BriefingOptions::default() };
                    pipeline::briefing(&options, &b).map(|r| {
                        let failed = r.sent.as_ref().is_some_and(|s| !s.failed.is_empty());
                        (failed, r.run.published.map(|p| p.site_dir.display().to_string()).unwrap_or_default())
                    })
                }
            }
        });
        let timer = Instant::now();
        let mut overran = false;
        let mut stopped = false;
        let joined = tokio::select! {
            joined = &mut handle => joined,
            _ = tokio::time::sleep(self.deadline) => {
                overran = true;
                cancel.cancel();
                handle.await
            }
            _ = shutdown.changed() => {
                stopped = true;
                match tokio::time::timeout(self.grace, &mut handle).await {
                    Ok(joined) => joined,
                    Err(_) => {
                        cancel.cancel();
                        handle.await
                    }
                }
            }
        };
        let elapsed = timer.elapsed();
        let (result, message) = match joined {
            Ok(Ok((degraded, site))) => {
                if let Some(hook) = self.after_publish.clone() {
                    // Under the run lock, so no other run swaps the site while the hook reads it.
                    let out = self.base.out_dir.clone();
                    let _ = tokio::task::spawn_blocking(move || match lock::RunLock::acquire(&out) {
                        Ok(_held) => run_hook(&hook, &site),
                        Err(e) => tracing::warn!("after_publish hook skipped: {e}"),
                    })
                    .await;
                }
                let result = match (job, degraded) {
                    (Job::Run, true) => RunResult::PublishedWithStaleSources,
                    (Job::Briefing, true) => RunResult::BriefingPartlySent,
                    _ => RunResult::Published,
                };
                (result, None)
            }
            Ok(Err(PipelineError::Cancelled(at))) if overran => {
                (RunResult::OverranDeadline, Some(format!("stopped {at}; the site is as it was")))
            }
            Ok(Err(PipelineError::Cancelled(at))) if stopped => {
                (RunResult::StoppedByShutdown, Some(format!("stopped {at}; the site is as it was")))
            }
            Ok(Err(e)) => (RunResult::Failed, Some(e.to_string())),
            Err(e) => (RunResult::Failed, Some(format!("the run panicked: {e}"))),
        };
        // One summary line per run, for the service manager's log.
        let kind = if catch_up { " (catch-up)" } else { "" };
        match &message {
            None => tracing::info!("{} due {tick}{kind}: {result} in {:.1} s", job.as_str(), elapsed.as_secs_f64()),
            Some(m) => {
                tracing::warn!("{} due {tick}{kind}: {result} after {:.1} s: {m}", job.as_str(), elapsed.as_secs_f64())
            }
        }
        RunRecord { job, tick, started, catch_up, result, message, began: timer, ended: Instant::now() }
    }
}

use std::time::Instant;

/// Runs the after-publish hook; its failure is reported, not fatal: the site is already published.
fn run_hook(command: &str, site: &str) {
    match std::process::Command::new("sh").arg("-c").arg(command).env("FACTGAP_SITE", site).status() {
        Ok(status) if status.success() => tracing::info!("after_publish hook succeeded"),
        Ok(status) => tracing::error!("after_publish hook `{command}` failed with {status}"),
        Err(e) => tracing::error!("after_publish hook `{command}` could not start: {e}"),
    }
}
