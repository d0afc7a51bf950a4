//! The `factgap` binary: parse arguments, set up logging, read the clock once,
//! call the pipeline, print what happened and exit with a documented code.

mod cli;

use clap::Parser;
use cli::{Cli, Command};
use factgap::normalize::{Certainty, Freshness, Origin};
use factgap::pipeline::{self, Options, RunReport};
use factgap::problem::{Problem, Severity};
use std::process::ExitCode;

const EXIT_ERROR: u8 = 1;
const EXIT_DEGRADED: u8 = 3;
const EXIT_SEND_FAILED: u8 = 4;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli);
    // The run's one clock read; everything downstream takes `now` from here.
    let now = cli.now.unwrap_or_else(chrono::Utc::now);
    let out_dir = cli.out.clone().unwrap_or_else(|| cli.project.join("output"));
    if !matches!(cli.command, Command::Schedule { .. }) {
        // A run asked to stop finishes or abandons before the swap, never during it.
        factgap::run::cancel::stop_on_signals();
    }
    let options =
        Options { project_dir: cli.project.clone(), out_dir, offline: cli.offline, now, cancel: Default::default() };
    let result = match cli.command {
        Command::Run => pipeline::run(&options).map(|r| report_run(&r)),
        Command::Build => pipeline::build(&options).map(|r| report_run(&r)),
        Command::Check => pipeline::check(&options.project_dir, now).map(|r| report_check(&r)),
        Command::Sources => pipeline::sources(&options.project_dir, now).map(|r| report_sources(&r, now)),
        Command::Inspect { file, format } => return inspect(&file, format),
        Command::Schedule { cron, briefing_cron, max_runs } => return schedule(options, cron, briefing_cron, max_runs),
        Command::Status => return status(&options.out_dir),
        Command::Briefing { month, embargo, send, dry_run } => {
            let b = pipeline::BriefingOptions { month, embargo, send, dry_run };
            pipeline::briefing(&options, &b).map(|r| report_briefing(&r))
        }
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            tracing::error!("{error}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn init_logging(cli: &Cli) {
    let level = match (cli.quiet, cli.verbose) {
        (true, _) => "error",
        (_, 0) => "info",
        (_, 1) => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("FACTGAP_LOG")
        // usvg reports each font fallback (Arabic text in a Latin-first family) as a warning: noise.
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("warn,usvg=error,factgap={level}")));
    // Colour only on a terminal: a service manager's log should hold plain text.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .without_time()
        .with_target(false)
        .init();
}

fn log_problem(p: &Problem) {
    match p.severity {
        Severity::Error => tracing::error!("{}", p.to_string().trim_start_matches("error: ")),
        Severity::Warning => tracing::warn!("{}", p.to_string().trim_start_matches("warning: ")),
    }
}

fn report_run(report: &RunReport) -> ExitCode {
    for line in report.source_lines() {
        if line.failed {
            tracing::warn!("{}", line.text);
        } else {
            tracing::info!("{}", line.text);
        }
    }
    for problem in &report.problems {
        log_problem(problem);
    }
    let degraded = report.degraded_sources();
    if let Some(published) = &report.published {
        let mut summary = if published.unchanged {
            format!(
                "nothing changed: the {} facts at {} stay as they are",
                published.facts,
                published.site_dir.display()
            )
        } else {
            format!("published {} facts to {}", published.facts, published.site_dir.display())
        };
        if !degraded.is_empty() {
            let ids: Vec<&str> = degraded.iter().map(|s| s.spec.id.as_str()).collect();
            summary.push_str(&format!("; {} source(s) stale or left out: {}", ids.len(), ids.join(", ")));
        }
        tracing::info!("{summary}");
    }
    if degraded.is_empty() && !report.has_errors() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_DEGRADED) }
}

fn report_check(report: &RunReport) -> ExitCode {
    let rows: Vec<[String; 6]> = report
        .problems
        .iter()
        .map(|p| {
            [
                match p.severity {
                    Severity::Error => "error".into(),
                    Severity::Warning => "warning".into(),
                },
                p.source.clone().unwrap_or_default(),
                p.file.clone().unwrap_or_default(),
                p.row.map(|r| r.to_string()).unwrap_or_default(),
                p.field.clone().unwrap_or_default(),
                p.message.clone(),
            ]
        })
        .collect();
    let errors = report.problems.iter().filter(|p| p.is_error()).count();
    let warnings = report.problems.len() - errors;
    if !rows.is_empty() {
        print_table(&["SEVERITY", "SOURCE", "FILE", "ROW", "FIELD", "PROBLEM"], &rows);
    }
    let sources = report.normalized.sources.len();
    println!(
        "{sources} sources, {} claims judged into {} facts: {errors} error(s), {warnings} warning(s)",
        report.facts.facts.iter().map(|f| &f.claim).collect::<std::collections::BTreeSet<_>>().len(),
        report.facts.facts.len()
    );
    // How many headlines a journalist can trace to the producer's own words.
    let facts = &report.facts.facts;
    let count = |c: Certainty| facts.iter().filter(|f| f.actual.certainty == c).count();
    let (v, s, d) = (count(Certainty::V), count(Certainty::S), count(Certainty::D));
    let percent = |n: usize| if facts.is_empty() { 0 } else { (n * 100 + facts.len() / 2) / facts.len() };
    println!(
        "headline figures seen in the producer's own publication or API (V): {v} of {} ({}%); in a secondary source (S): {s}; from a third-party copy (D): {d}",
        facts.len(),
        percent(v)
    );
    if errors > 0 { ExitCode::from(EXIT_ERROR) } else { ExitCode::SUCCESS }
}

fn report_sources(report: &RunReport, now: chrono::DateTime<chrono::Utc>) -> ExitCode {
    let rows: Vec<[String; 7]> = report
        .normalized
        .sources
        .iter()
        .map(|s| {
            let (from, updated) = match (&s.origin, s.example) {
                (_, true) => ("example (never published)".to_string(), None),
                (Origin::Snapshot { sha256, provider_updated, .. }, _) => {
                    let updated = provider_updated.as_deref().map(|u| {
                        factgap::formats::provider_time::parse(u)
                            .map_or_else(|| u.to_string(), |t| t.format("%Y-%m-%d %H:%M UTC").to_string())
                    });
                    (format!("snapshot {}", &sha256[..12.min(sha256.len())]), updated)
                }
                (Origin::Seed { .. }, _) => ("seed".into(), None),
                (Origin::Missing, _) if s.freshness == Freshness::Stale => ("not fetched yet".into(), None),
                (Origin::Missing, _) => ("missing".into(), None),
            };
            let age = s.as_of.map(|t| format!("{} d", (now - t).num_days())).unwrap_or_else(|| "-".into());
            let age = match s.freshness {
                Freshness::Stale => format!("{age} (stale)"),
                Freshness::Missing => format!("{age} (left out)"),
                _ => age,
            };
            let attempt = s.last_attempt.as_ref().map_or_else(
                || "-".to_string(),
                |a| {
                    let result = serde_json::to_value(a.result)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default();
                    let message = a
                        .message
                        .as_deref()
                        .map(|m| format!(": {}", m.chars().take(80).collect::<String>()))
                        .unwrap_or_default();
                    format!("{} {result}{message}", a.at.format("%Y-%m-%d %H:%M"))
                },
            );
            [
                s.spec.id.clone(),
                s.spec.kind.as_str().into(),
                s.latest_period.clone().unwrap_or_else(|| "-".into()),
                from,
                age,
                updated.unwrap_or_else(|| "-".into()),
                attempt,
            ]
        })
        .collect();
    print_table(&["SOURCE", "KIND", "LATEST", "FROM", "AGE", "PROVIDER UPDATED", "LAST ATTEMPT"], &rows);
    for problem in &report.problems {
        log_problem(problem);
    }
    if report.has_errors() { ExitCode::from(EXIT_DEGRADED) } else { ExitCode::SUCCESS }
}

fn report_briefing(report: &pipeline::BriefingReport) -> ExitCode {
    for problem in &report.run.problems {
        log_problem(problem);
    }
    let c = &report.changes;
    tracing::info!("briefing {}: {}", report.month, report.subject);
    if c.first {
        tracing::info!("first briefing: nothing to compare with");
    } else {
        tracing::info!(
            "since the last briefing: {} new data release(s), {} figure(s) moved, {} new fact(s), {} correction(s), {} withdrawn",
            c.releases.len(),
            c.moved.len(),
            c.new_facts.len(),
            c.corrections.len(),
            c.withdrawn.len()
        );
    }
    tracing::info!(
        "wrote briefing.html, briefing.txt, briefing.md and briefing-mailchimp.zip to {}",
        report.dir.display()
    );
    let Some(sent) = &report.sent else { return ExitCode::SUCCESS };
    let verb = if sent.dry_run { "would send to" } else { "sent to" };
    for to in &sent.sent {
        tracing::info!("{verb} {to}");
    }
    for to in &sent.skipped {
        tracing::info!("skipped {to}: already received this briefing");
    }
    for (to, error) in &sent.failed {
        tracing::error!("failed to send to {to}: {error}");
    }
    if sent.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        tracing::error!(
            "{} recipient(s) failed; run `factgap briefing --month {} --send` again to retry just those",
            sent.failed.len(),
            report.month
        );
        ExitCode::from(EXIT_SEND_FAILED)
    }
}

/// `factgap schedule`: the scheduler in the foreground until SIGTERM or Ctrl-C.
fn schedule(
    options: Options,
    cron: Option<String>,
    briefing_cron: Option<String>,
    max_runs: Option<usize>,
) -> ExitCode {
    use factgap::schedule::{Job, Scheduler, SystemClock, when::Schedule};
    let (project, _) = match factgap::project::Project::load(&options.project_dir) {
        Ok(p) => p,
        Err(e) => {
            tracing::error!("{e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let config = &project.config.schedule;
    let mut jobs = Vec::new();
    for (job, text) in [
        (Job::Run, cron.unwrap_or(config.run.clone())),
        (Job::Briefing, briefing_cron.unwrap_or(config.briefing.clone())),
    ] {
        match Schedule::parse(&text) {
            Ok(s) => jobs.push((job, s)),
            Err(e) => {
                tracing::error!("{} schedule: {e}", job.as_str());
                return ExitCode::from(EXIT_ERROR);
            }
        }
    }
    let scheduler = Scheduler {
        base: options,
        jobs,
        deadline: std::time::Duration::from_secs_f64(config.deadline_minutes * 60.0),
        grace: std::time::Duration::from_secs_f64(config.grace_seconds),
        send_briefing: config.send_briefing,
        after_publish: config.after_publish.clone(),
        clock: std::sync::Arc::new(SystemClock),
        max_runs,
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            tracing::error!("cannot start the scheduler: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let records = runtime.block_on(async {
        let (stop, shutdown) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            tracing::info!("asked to stop: no new runs; the current one may finish");
            let _ = stop.send(true);
        });
        for (job, s) in &scheduler.jobs {
            tracing::info!("{}: `{}`, next at {:?}", job.as_str(), s.text, s.next_after(scheduler.clock.now()));
        }
        scheduler.run(shutdown).await
    });
    if records
        .iter()
        .any(|r| matches!(r.result, factgap::run::RunResult::Failed | factgap::run::RunResult::OverranDeadline))
    {
        ExitCode::from(EXIT_ERROR)
    } else {
        ExitCode::SUCCESS
    }
}

/// `factgap status`: the scheduler's state file.
fn status(out_dir: &std::path::Path) -> ExitCode {
    let state = factgap::schedule::state::State::load(out_dir);
    if state.jobs.is_empty() {
        println!("no scheduled run yet (no {})", factgap::schedule::state::State::path(out_dir).display());
        return ExitCode::SUCCESS;
    }
    let when = |t: Option<chrono::DateTime<chrono::Utc>>| {
        t.map_or_else(|| "-".to_string(), |t| t.format("%Y-%m-%d %H:%M:%S UTC").to_string())
    };
    let rows: Vec<[String; 5]> = state
        .jobs
        .iter()
        .map(|(job, s)| {
            let result = match (&s.last_result, &s.last_message) {
                (Some(r), Some(m)) => format!("{r}: {m}"),
                (Some(r), None) => r.to_string(),
                _ => "-".into(),
            };
            [job.clone(), s.schedule.clone(), when(s.last_started), result, when(s.next)]
        })
        .collect();
    print_table(&["JOB", "SCHEDULE", "LAST RUN", "RESULT", "NEXT RUN"], &rows);
    ExitCode::SUCCESS
}

/// `factgap inspect`: tidy rows on stdout, or the errors on stderr and exit 1.
fn inspect(file: &std::path::Path, format: cli::InspectFormat) -> ExitCode {
    match factgap::inspect::inspect(file, format.read_format(), &mut std::io::stdout().lock()) {
        Ok(summary) => {
            tracing::info!("{summary}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            tracing::error!("{error}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn print_table<const N: usize>(header: &[&str; N], rows: &[[String; N]]) {
    let mut widths = header.map(|h| h.chars().count());
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (c, w))| if i + 1 == N { c.to_string() } else { format!("{c:<w$}") })
            .collect();
        println!("{}", padded.join("  ").trim_end());
    };
    line(header.to_vec());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
}
