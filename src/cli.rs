//! Command-line arguments (clap). Each command maps to one `pipeline` call.

use chrono::{DateTime, Utc};
use clap::{ArgAction, Parser, Subcommand};
use std::path::PathBuf;

/// factgap: publishes official figures on refugees' education, employment and
/// welfare beside what the public estimates, with the source of every number.
#[derive(Debug, Parser)]
#[command(name = "factgap", version, about, long_about = None, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Project folder (holding sources/ and templates/).
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    pub project: PathBuf,

    /// Output folder; the site is written to <DIR>/site [default: <project>/output].
    #[arg(long, global = true, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Never touch the network: use stored snapshots and seed figures.
    #[arg(long, global = true)]
    pub offline: bool,

    /// The run's clock, RFC 3339 (e.g. 2026-11-24T06:00:00Z); default: now.
    /// Every date the run writes comes from this one value.
    #[arg(long, global = true, value_name = "RFC3339", value_parser = parse_now)]
    pub now: Option<DateTime<Utc>>,

    /// More detail (-v: debug, -vv: trace).
    #[arg(short, long, global = true, action = ArgAction::Count, conflicts_with = "quiet")]
    pub verbose: u8,

    /// Errors only.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Fetch every source, then normalize, compare and publish. Without a
    /// network it falls back to stored snapshots and seed figures and still publishes.
    Run,
    /// Normalize, compare and publish from what is stored; never touches the network.
    Build,
    /// Load and validate every source and claim; print a table of problems.
    /// Exits non-zero on any error.
    Check,
    /// One line per source: kind, latest data period, where it came from, age,
    /// the provider's last update and the last fetch attempt.
    Sources,
    /// Compose the monthly press briefing from what is stored, leading with
    /// what changed since the previous one; write it as email HTML, text,
    /// Markdown and a Mailchimp zip to <out>/state/briefings/<month>/, add it to the
    /// site's archive, and optionally send it by SMTP.
    Briefing {
        /// The month briefed (YYYY-MM) [default: the month of --now].
        #[arg(long, value_name = "YYYY-MM")]
        month: Option<String>,
        /// Not for publication before this time (RFC 3339); overrides [briefing] embargo.
        #[arg(long, value_name = "RFC3339", value_parser = parse_now)]
        embargo: Option<DateTime<Utc>>,
        /// Send it to the [briefing] recipients (credentials from FACTGAP_SMTP_USERNAME
        /// and FACTGAP_SMTP_PASSWORD). Recipients who already received it are skipped.
        #[arg(long)]
        send: bool,
        /// With --send: print what would be sent and send nothing.
        #[arg(long, requires = "send")]
        dry_run: bool,
    },
    /// Run in the foreground (for a service manager or a container), firing runs
    /// at the times of [schedule] run and the briefing at [schedule] briefing.
    /// Cron in UTC: five fields as in crontab, or six or seven beginning with seconds.
    Schedule {
        /// Overrides [schedule] run.
        #[arg(long, value_name = "CRON")]
        cron: Option<String>,
        /// Overrides [schedule] briefing.
        #[arg(long, value_name = "CRON")]
        briefing_cron: Option<String>,
        /// Stop after this many runs.
        #[arg(long, value_name = "N")]
        max_runs: Option<usize>,
    },
    /// Print the scheduler's state: per job its last run, result and next run.
    Status,
    /// Read any supported response and print its tidy rows as CSV, or its
    /// validation errors (exit 1). Use it to preview a source before adding it.
    Inspect {
        /// The response to read (a file saved from the provider's API).
        file: PathBuf,
        /// Its format; `auto` guesses from the content.
        #[arg(long, value_enum, default_value = "auto")]
        format: InspectFormat,
    },
}

/// Formats `inspect` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InspectFormat {
    Auto,
    Jsonstat,
    EurostatTsv,
    SdmxCsv,
    /// PxWeb json-stat2 (read as JSON-stat).
    Pxweb,
    Unhcr,
    Csv,
    Json,
    Zenodo,
}

impl InspectFormat {
    /// The reader to use; `None` for `auto`.
    pub fn read_format(self) -> Option<factgap::project::ReadFormat> {
        use factgap::project::ReadFormat as F;
        Some(match self {
            InspectFormat::Auto => return None,
            InspectFormat::Jsonstat | InspectFormat::Pxweb => F::Jsonstat,
            InspectFormat::EurostatTsv => F::EurostatTsv,
            InspectFormat::SdmxCsv => F::SdmxCsv,
            InspectFormat::Unhcr => F::Unhcr,
            InspectFormat::Csv => F::Csv,
            InspectFormat::Json => F::Json,
            InspectFormat::Zenodo => F::Zenodo,
        })
    }
}

pub const EXIT_CODES: &str = "Exit codes:
  0  success
  1  error: nothing was published (or `check` found errors)
  2  usage error
  3  published, but some sources are stale or were left out
  4  briefing written, but sending failed for some recipients (run again to retry just those)";

fn parse_now(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("`{text}` is not an RFC 3339 time such as 2026-11-24T06:00:00Z ({e})"))
}
