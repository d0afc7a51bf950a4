//! The static site, built as Zola builds one: load what every page shares, then
//! named steps, each in its own file and each logged with its time.
//!
//! | step | file |
//! |---|---|
//! | the changelog this build adds to | `history.rs` |
//! | a language's facts, groups and navigation | `model.rs` |
//! | home, indexes, topic, place and reference pages | `pages.rs` |
//! | each fact's page, card, embed page, oEmbed and image sources | `fact_pages.rs` |
//! | the briefing archive and the feeds | `feeds.rs` |
//! | card language choosers and pinned cards | `card_pages.rs` |
//! | each fact's data and the downloads (beside the pages) | `downloads.rs` |
//! | schema.org `ClaimReview` and `Dataset` | `schema.rs` |
//! | sitemap, robots.txt, status.json, stylesheets and scripts | `root_files.rs` |
//! | what every step reads and collects | `shared.rs` |
//! | the search index | `search_index.rs` |
//! | the social images | `images.rs` |
//!
//! Every address comes from [`crate::present::urls`].

mod card_pages;
mod downloads;
mod fact_pages;
mod feeds;
mod history;
mod images;
mod model;
mod pages;
mod reference_pages;
mod root_files;
mod schema;
mod search_index;
mod shared;

use super::changelog::{Changelog, Entry};
use super::{PublishError, PublishInput, cards};
use crate::briefing::record::Record;
use shared::{Collected, Site};
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

/// Size of the social images: Open Graph's recommended 1200×630.
pub const SOCIAL_SIZE: (u32, u32) = (1200, 630);
/// The square image for newsletters and social posts.
pub const SQUARE_SIZE: (u32, u32) = (1080, 1080);

/// What the build produced, for `publish` to finish once the site is live.
pub struct Built {
    pub files: usize,
    /// This month's card views, to freeze as its pinned cards once the site is live.
    pub to_pin: Option<(String, cards::CardsByFact)>,
    pub log: Changelog,
    pub pending: Vec<Entry>,
    pub record: Record,
}

/// Runs one step and logs its time.
fn step<T>(name: &str, work: impl FnOnce() -> Result<T, PublishError>) -> Result<T, PublishError> {
    let started = Instant::now();
    let result = work();
    tracing::debug!(step = name, elapsed = ?started.elapsed(), "site");
    result
}

pub fn build(input: &PublishInput, dir: &Path) -> Result<Built, PublishError> {
    let site = step("load", || Site::load(input, dir))?;
    let history = step("history", || history::History::of(&site))?;
    let mut out = Collected::default();
    let headlines: BTreeMap<String, String> = model::views(&site, &site.languages[0])?
        .iter()
        .map(|v| (v.as_ref().id.clone(), v.as_ref().sentence.clone()))
        .collect();
    let to_pin = std::thread::scope(|scope| {
        // The data folder needs only the facts and their sentences: it is
        // written beside the pages, on whatever core they leave idle.
        let data = scope.spawn(|| step("data folder", || downloads::data_folder(&site, &headlines)));
        for (i, lang) in site.languages.iter().enumerate() {
            let _language = tracing::debug_span!("language", lang = lang.as_str()).entered();
            let views = step("views", || model::views(&site, lang))?;
            let views: Vec<&_> = views.iter().map(|v| v.as_ref()).collect();
            let language = step("model", || model::Language::of(&site, &history, i, &views))?;
            // The few list pages beside the many fact pages; collected in that order.
            let (mut listed, mut facts) = (Collected::default(), Collected::default());
            let span = tracing::Span::current();
            std::thread::scope(|scope| {
                let pages =
                    scope.spawn(|| span.in_scope(|| step("pages", || pages::write(&site, &language, &mut listed))));
                let facts = step("fact pages", || fact_pages::write(&site, &language, &history, &mut facts));
                pages.join().expect("the pages thread panicked").and(facts)
            })?;
            out.append(listed);
            out.append(facts);
            step("feeds", || feeds::write(&site, &language, &mut out))?;
        }
        let to_pin = step("card pages", || card_pages::write(&site, &mut out))?;
        step("fact data", || downloads::per_fact(&site, &mut out))?;
        out.files += data.join().expect("the data folder thread panicked")?;
        Ok::<_, PublishError>(to_pin)
    })?;
    step("root files", || root_files::write(&site, &mut out))?;
    // Pagefind reads pages one at a time, on one core: the index is built
    // beside the images, which are drawn on every core.
    let (pages, pictures) = (std::mem::take(&mut out.search), std::mem::take(&mut out.images));
    let (index, drawn) = std::thread::scope(|scope| {
        let index = scope.spawn(|| step("search index", || search_index::build(&site, pages)));
        let drawn = step("images", || images::draw(&site, &pictures));
        (index.join().expect("the search index thread panicked"), drawn)
    });
    step("search files", || search_index::write(&site, &mut out, index?))?;
    out.files += drawn?;
    let history::History { log, pending, record, .. } = history;
    Ok(Built { files: out.files, log, pending, record, to_pin })
}
