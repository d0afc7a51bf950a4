//! The search index (Pagefind, built in-process) of the pages readers search:
//! facts, topics and places, not the card, embed and pinned copies.

use super::shared::{Collected, Site};
use crate::publish::{PublishError, search};

/// The index's files (none when the site has no search), built from the pages
/// the page steps collected.
pub(super) fn build(site: &Site, pages: Vec<search::Page>) -> Result<Vec<(std::path::PathBuf, Vec<u8>)>, PublishError> {
    if !site.input.project.config.site.search_index {
        return Ok(Vec::new());
    }
    search::index(pages).map_err(|e| PublishError::Data { what: "search index", message: e.to_string() })
}

/// Writes the index's files under `pagefind/`.
pub(super) fn write(
    site: &Site,
    out: &mut Collected,
    index: Vec<(std::path::PathBuf, Vec<u8>)>,
) -> Result<(), PublishError> {
    for (name, bytes) in index {
        site.write(out, std::path::Path::new("pagefind").join(name), bytes)?;
    }
    Ok(())
}
