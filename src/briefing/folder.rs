//! Where briefings are kept: `output/state/briefings/<YYYY-MM>/`, the first
//! language's files at the month's folder and each other language's in
//! `<lang>/` below it. A month is written aside (`.<YYYY-MM>.building`) and
//! swapped in whole, so a briefing is never half re-rendered.

use super::record::{Record, RecordError};
use super::render::Rendered;
use super::view::BriefingView;
use crate::files::{self, FileError};
use chrono::{DateTime, Utc};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One month's briefing folder and the folder it is built in.
pub struct Folder {
    briefings: PathBuf,
    month: String,
}

impl Folder {
    pub fn new(briefings_dir: &Path, month: &str) -> Folder {
        Folder { briefings: briefings_dir.to_path_buf(), month: month.to_string() }
    }

    /// The month's folder as published.
    pub fn dir(&self) -> PathBuf {
        self.briefings.join(&self.month)
    }

    /// Where the month is written before it is swapped in.
    pub fn building(&self) -> PathBuf {
        self.briefings.join(format!(".{}.building", self.month))
    }

    /// Where the month's former folder goes during the swap.
    pub fn previous(&self) -> PathBuf {
        self.briefings.join(format!(".{}.previous", self.month))
    }

    /// Writes one language's files: the first language at the month's folder, the others in `<lang>/`.
    pub fn write(&self, first: bool, lang: &str, rendered: &Rendered, view: &BriefingView) -> Result<(), FileError> {
        let building = self.building();
        let out = if first { building } else { building.join(lang) };
        files::write(&out.join("briefing.html"), &rendered.html)?;
        files::write(&out.join("briefing.txt"), &rendered.text)?;
        files::write(&out.join("briefing.md"), &rendered.markdown)?;
        files::write(&out.join("briefing-mailchimp.zip"), &rendered.mailchimp_zip)?;
        files::write(&out.join("briefing.json"), serde_json::to_string_pretty(view).expect("views serialize") + "\n")
    }

    /// Who already received this month's briefing is kept across re-renders.
    pub fn keep_sent_list(&self) -> Result<(), FileError> {
        let sent = self.dir().join("sent.json");
        if !sent.exists() {
            return Ok(());
        }
        std::fs::copy(&sent, self.building().join("sent.json")).map(|_| ()).map_err(|source| FileError {
            action: "cannot copy",
            path: sent,
            source,
        })
    }
}

/// Briefings whose embargo has passed (for the archive), in every language,
/// and the facts still held back by a briefing under embargo.
pub fn archive(briefings_dir: &Path, now: DateTime<Utc>) -> Result<(Vec<BriefingView>, BTreeSet<String>), RecordError> {
    let mut archived = Vec::new();
    let mut held = BTreeSet::new();
    for record in Record::all(briefings_dir)?.into_iter().filter(|r| !r.month.starts_with('.')) {
        if record.embargo_until.is_some_and(|until| now < until) {
            held.extend(record.new_facts.iter().cloned());
            continue;
        }
        let month_dir = briefings_dir.join(&record.month);
        let mut views = vec![month_dir.join("briefing.json")];
        for entry in std::fs::read_dir(&month_dir).into_iter().flatten().flatten() {
            views.push(entry.path().join("briefing.json"));
        }
        views.sort();
        for file in views.into_iter().filter(|f| f.is_file()) {
            let view = serde_json::from_str(&files::read_to_string(&file)?)
                .map_err(|e| RecordError::Invalid { file: file.display().to_string(), message: e.to_string() })?;
            archived.push(view);
        }
    }
    Ok((archived, held))
}
