//! The public changelog as this build sees it: what is logged, what this build
//! adds (shown now, written after the swap), each fact's latest change and its
//! first publication.

use super::shared::Site;
use crate::briefing::record::Record;
use crate::publish::PublishError;
use crate::publish::changelog::{ChangeKind, Changelog, Entry};
use crate::state::Durable;
use std::collections::BTreeMap;

pub(super) struct History {
    pub(super) log: Changelog,
    pub(super) pending: Vec<Entry>,
    pub(super) record: Record,
}

impl History {
    pub(super) fn of(site: &Site) -> Result<History, PublishError> {
        let input = site.input;
        let log = Changelog::load(&Durable::at(input.out_dir))
            .map_err(|e| PublishError::Data { what: "changelog", message: e.to_string() })?;
        let record = Record::of_run(&site.month, input.now, None, &site.visible, input.normalized, None);
        let pending = log.pending(&record, &input.now.format("%Y-%m-%d").to_string());
        Ok(History { log, pending, record })
    }

    /// Every entry, the logged ones first, then this build's.
    pub(super) fn entries(&self) -> impl DoubleEndedIterator<Item = &Entry> {
        self.log.entries.iter().chain(&self.pending)
    }

    /// Each fact's latest change after its first publication (a correction, an update).
    pub(super) fn last_change(&self) -> BTreeMap<&str, (&str, ChangeKind)> {
        let mut last: BTreeMap<&str, (&str, ChangeKind)> = BTreeMap::new();
        for e in self.entries().filter(|e| !matches!(e.kind, ChangeKind::New | ChangeKind::Withdrawn)) {
            let slot = last.entry(e.fact.as_str()).or_insert((e.date.as_str(), e.kind));
            if e.date.as_str() >= slot.0 {
                *slot = (e.date.as_str(), e.kind);
            }
        }
        last
    }

    /// Each fact's first publication date.
    pub(super) fn first_published(&self) -> BTreeMap<&str, &str> {
        self.entries().rev().filter(|e| e.kind == ChangeKind::New).map(|e| (e.fact.as_str(), e.date.as_str())).collect()
    }
}
