//! The search index (Pagefind, built in-process) of the pages readers search:
//! facts, topics and places, not the card, embed and pinned copies.

use super::shared::{Collected, Site};
use crate::publish::{PublishError, search};

pub(super) fn write(site: &Site, out: &mut Collected) -> Result<(), PublishError> {
    if !site.input.project.config.site.search_index {
        return Ok(());
    }
    let pages = std::mem::take(&mut out.search);
    let index =
        search::index(pages).map_err(|e| PublishError::Data { what: "search index", message: e.to_string() })?;
    for (name, bytes) in index {
        site.write(out, std::path::Path::new("pagefind").join(name), bytes)?;
    }
    Ok(())
}
