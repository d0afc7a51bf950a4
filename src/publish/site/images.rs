//! The social images and chart PNGs, drawn from their SVG sources on every
//! core; an image whose SVG did not change comes from the content-addressed
//! cache kept with the durable state.

use super::shared::Site;
use crate::publish::{PublishError, social};
use crate::state::Durable;

/// Draws every `(PNG, SVG)` of the site (paths in it); returns how many files it wrote.
pub(super) fn draw(site: &Site, images: &[(String, String)]) -> Result<usize, PublishError> {
    if images.is_empty() {
        return Ok(0);
    }
    let cache = Durable::at(site.input.out_dir).image_cache();
    let renderer = social::Renderer::new(&site.templates.join("fonts"), Some(cache))
        .map_err(|e| PublishError::Data { what: "social images", message: e.to_string() })?;
    let failed = |e| match e {
        social::SocialError::Cancelled => PublishError::Cancelled,
        e => PublishError::Data { what: "social images", message: e.to_string() },
    };
    let drawn = social::draw_all(&renderer, images, site.dir, site.input.cancel).map_err(failed)?;
    renderer.prune_cache().map_err(failed)?;
    Ok(drawn)
}
