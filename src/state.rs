//! Durable state: everything a later run must find again, in one folder,
//! `<out>/state/`, that the publish workflow commits whole. The site itself is
//! rebuilt from the sources every run; what is here is not: the public change
//! log, the facts as last published, each month's pinned cards (embedded on other
//! sites by their month's address), the briefings with their records and send
//! logs, the scheduler's state and the cache of drawn social images.

use crate::files::{self, FileError};
use std::path::{Path, PathBuf};

/// The state folder of one output folder, and the name of each part in it.
#[derive(Debug, Clone)]
pub struct Durable {
    dir: PathBuf,
}

impl Durable {
    /// `<out>/state/`, with anything an older factgap kept loose in `<out>/` moved in.
    pub fn open(out_dir: &Path) -> Result<Durable, FileError> {
        let durable = Durable { dir: out_dir.join("state") };
        durable.adopt_legacy(out_dir)?;
        Ok(durable)
    }

    /// `<out>/state/` as it is, for reading only (`factgap status`).
    pub fn at(out_dir: &Path) -> Durable {
        Durable { dir: out_dir.join("state") }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Every change to a published figure, one JSON object a line, never rewritten.
    pub fn changelog(&self) -> PathBuf {
        self.dir.join("changelog.jsonl")
    }

    /// The facts as last published, which the next run compares with.
    pub fn published(&self) -> PathBuf {
        self.dir.join("published.json")
    }

    /// `<YYYY-MM>.json`: the cards as they were that month.
    pub fn card_pins(&self) -> PathBuf {
        self.dir.join("cards")
    }

    /// `<YYYY-MM>/`: a month's briefing files, its record and its send log.
    pub fn briefings(&self) -> PathBuf {
        self.dir.join("briefings")
    }

    /// The scheduler's jobs: last tick, last run and result, next run.
    pub fn schedule(&self) -> PathBuf {
        self.dir.join("schedule.json")
    }

    /// Social images by the hash of what they draw, so an unchanged image is never drawn again.
    pub fn image_cache(&self) -> PathBuf {
        self.dir.join("cache/social")
    }

    /// Moves the state an earlier layout kept directly in `<out>/` (before 2026-12)
    /// into the state folder, once; nothing is overwritten and nothing is lost.
    fn adopt_legacy(&self, out_dir: &Path) -> Result<(), FileError> {
        let moves = [
            (out_dir.join("changelog.jsonl"), self.changelog()),
            (out_dir.join("published.json"), self.published()),
            (out_dir.join("cards"), self.card_pins()),
            (out_dir.join("briefings"), self.briefings()),
            (out_dir.join("state.json"), self.schedule()),
            (out_dir.join(".cache/social"), self.image_cache()),
        ];
        for (old, new) in moves {
            if old.exists() && !new.exists() {
                if let Some(parent) = new.parent() {
                    files::create_dir_all(parent)?;
                }
                files::rename(&old, &new)?;
                tracing::info!("moved `{}` to `{}` (durable state lives in one folder)", old.display(), new.display());
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_older_layout_is_moved_in_whole_and_never_overwrites() {
        let out = tempfile::tempdir().unwrap();
        std::fs::write(out.path().join("changelog.jsonl"), "{\"old\":1}\n").unwrap();
        std::fs::create_dir_all(out.path().join("cards")).unwrap();
        std::fs::write(out.path().join("cards/2026-10.json"), "{}").unwrap();
        std::fs::write(out.path().join("state.json"), "{\"jobs\":{}}").unwrap();
        let durable = Durable::open(out.path()).unwrap();
        assert_eq!(std::fs::read_to_string(durable.changelog()).unwrap(), "{\"old\":1}\n");
        assert!(durable.card_pins().join("2026-10.json").is_file());
        assert!(durable.schedule().is_file());
        assert!(!out.path().join("cards").exists() && !out.path().join("changelog.jsonl").exists());
        // A loose file that reappears beside the state is left where it is, not written over it.
        std::fs::write(out.path().join("changelog.jsonl"), "{\"stray\":1}\n").unwrap();
        let durable = Durable::open(out.path()).unwrap();
        assert_eq!(std::fs::read_to_string(durable.changelog()).unwrap(), "{\"old\":1}\n");
    }
}
