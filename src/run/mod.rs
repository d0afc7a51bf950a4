//! What every run shares, whoever starts it (`factgap run`, `build`, `briefing`
//! or the scheduler): one run at a time across processes, a clean stop, and how
//! a run ended.

pub mod cancel;
pub mod lock;

use serde::{Deserialize, Serialize};

/// How a run ended, as the scheduler records it in `output/state/schedule.json`
/// and `factgap status` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RunResult {
    #[serde(rename = "published")]
    Published,
    #[serde(rename = "published, with stale sources")]
    PublishedWithStaleSources,
    #[serde(rename = "briefing written, some recipients failed")]
    BriefingPartlySent,
    #[serde(rename = "overran the deadline")]
    OverranDeadline,
    #[serde(rename = "stopped by shutdown")]
    StoppedByShutdown,
    #[serde(rename = "failed")]
    Failed,
}

impl RunResult {
    /// The words `factgap status` and the log show.
    pub fn as_str(self) -> &'static str {
        match self {
            RunResult::Published => "published",
            RunResult::PublishedWithStaleSources => "published, with stale sources",
            RunResult::BriefingPartlySent => "briefing written, some recipients failed",
            RunResult::OverranDeadline => "overran the deadline",
            RunResult::StoppedByShutdown => "stopped by shutdown",
            RunResult::Failed => "failed",
        }
    }

    /// Whether the run's output was published (a site swapped in or a briefing written).
    pub fn published(self) -> bool {
        matches!(self, RunResult::Published | RunResult::PublishedWithStaleSources | RunResult::BriefingPartlySent)
    }
}

impl std::fmt::Display for RunResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::RunResult;

    #[test]
    fn the_state_file_keeps_the_words_status_prints() {
        for r in [
            RunResult::Published,
            RunResult::PublishedWithStaleSources,
            RunResult::BriefingPartlySent,
            RunResult::OverranDeadline,
            RunResult::StoppedByShutdown,
            RunResult::Failed,
        ] {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
            assert_eq!(serde_json::from_str::<RunResult>(&json).unwrap(), r);
        }
    }
}
