//! A language's briefing archive (newest first) with its feed, and the facts
//! feed: new, updated and corrected facts, newest first.

use super::model::{ChangeView, Language};
use super::shared::{Collected, Site};
use crate::briefing::view::BriefingView;
use crate::present::urls;
use crate::publish::PublishError;
use minijinja::context;
use minijinja::value::Serde;

/// At most this many entries in a facts feed.
const FEED_ENTRIES: usize = 100;

pub(super) fn write(site: &Site, language: &Language, out: &mut Collected) -> Result<(), PublishError> {
    let briefings: Vec<&BriefingView> =
        site.input.briefings.iter().rev().map(|b| &b.view).filter(|v| v.lang == language.lang).collect();
    language.page(
        site,
        out,
        "briefings.html",
        "briefings/index.html",
        1,
        context! { briefings => Serde(&briefings) },
    )?;
    for b in &briefings {
        let path = format!("{}index.html", urls::briefing("", &b.month));
        language.page(site, out, "briefing-page.html", &path, 2, context! { b => Serde(b) })?;
    }
    let data_date = &site.data_date;
    let updated = briefings.first().map_or_else(|| format!("{data_date}T00:00:00+00:00"), |b| b.generated_at.clone());
    language.page(
        site,
        out,
        "briefings.atom",
        "briefings/feed.atom",
        1,
        context! { updated => updated, briefings => Serde(&briefings) },
    )?;
    let feed: Vec<&ChangeView> = language.changes.iter().take(FEED_ENTRIES).collect();
    let updated = feed.first().map_or(data_date.clone(), |c| c.date.clone());
    language.page(
        site,
        out,
        "facts.atom",
        "feed.atom",
        0,
        context! { updated => format!("{updated}T00:00:00Z"), changes => Serde(&feed) },
    )?;
    Ok(())
}
