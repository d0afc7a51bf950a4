//! What every run shares, whoever starts it (`factgap run`, `build`, `briefing`
//! or the scheduler): one run at a time across processes, a clean stop, work
//! spread over every core, and how a run ended.

pub mod cancel;
pub mod lock;
pub mod parallel;

use serde::{Deserialize, Serialize};

/// How a run ended, as the scheduler records it in `output/state/schedule.json`
/// and `factgap status` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, strum::IntoStaticStr, strum::EnumString)]
#[serde(into = "&'static str", try_from = "String")]
pub enum RunResult {
    #[strum(serialize = "published")]
    Published,
    #[strum(serialize = "published, with stale sources")]
    PublishedWithStaleSources,
    #[strum(serialize = "briefing written, some recipients failed")]
    BriefingPartlySent,
    #[strum(serialize = "overran the deadline")]
    OverranDeadline,
    #[strum(serialize = "stopped by shutdown")]
    StoppedByShutdown,
    #[strum(serialize = "failed")]
    Failed,
}

impl TryFrom<String> for RunResult {
    type Error = strum::ParseError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl RunResult {
    /// The words `factgap status` and the log show.
    pub fn as_str(self) -> &'static str {
        self.into()
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
