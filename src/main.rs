//! The `factgap` binary: parse arguments, set up logging, read the clock once,
//! call the pipeline, print what happened and exit with a documented code.

mod cli;

use clap::Parser;
use cli::{Cli, Command};
use factgap::normalize::{Freshness, Origin};
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
    factgap::schedule::cancel::stop_on_signals();
    let options =
        Options { project_dir: cli.project.clone(), out_dir, offline: cli.offline, now, cancel: Default::default() };
    let result = match cli.command {
        Command::Run => pipeline::run(&options).map(|r| report_run(&r)),
        Command::Build => pipeline::build(&options).map(|r| report_run(&r)),
        Command::Check => pipeline::check(&options.project_dir, now).map(|r| report_check(&r)),
        Command::Sources => pipeline::sources(&options.project_dir, now).map(|r| report_sources(&r, now)),
        Command::Inspect { file, format } => return inspect(&file, format),
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
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(format!("warn,factgap={level}")));
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
        let mut summary = format!("published {} facts to {}", published.facts, published.site_dir.display());
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
                        factgap::normalize::provider_time::parse(u)
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
