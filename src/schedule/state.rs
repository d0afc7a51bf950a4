//! The scheduler's state, `output/state/schedule.json`: per job its schedule, the last
//! tick it handled, the last run and its result, and the next run.

use crate::files::{self, FileError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct JobState {
    pub schedule: String,
    /// The last scheduled time a run was made for (catch-up looks after it).
    pub last_tick: Option<DateTime<Utc>>,
    pub last_started: Option<DateTime<Utc>>,
    pub last_result: Option<crate::run::RunResult>,
    pub last_message: Option<String>,
    pub next: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub jobs: BTreeMap<String, JobState>,
}

impl State {
    pub fn path(out_dir: &Path) -> std::path::PathBuf {
        crate::state::Durable::at(out_dir).schedule()
    }

    /// The saved state, or an empty one (a state file that does not parse is
    /// reported and replaced: it holds nothing that cannot be rebuilt).
    pub fn load(out_dir: &Path) -> State {
        let path = State::path(out_dir);
        let Ok(text) = std::fs::read_to_string(&path) else { return State::default() };
        serde_json::from_str(&text).unwrap_or_else(|e| {
            tracing::warn!("`{}` is not a state file ({e}); starting afresh", path.display());
            State::default()
        })
    }

    pub fn save(&self, out_dir: &Path) -> Result<(), FileError> {
        let path = State::path(out_dir);
        let tmp = path.with_extension(format!("json.{}.partial", std::process::id()));
        files::write(&tmp, serde_json::to_string_pretty(self).expect("state serializes") + "\n")?;
        files::rename(&tmp, &path)
    }
}
