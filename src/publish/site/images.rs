//! The social images and chart PNGs, drawn from their SVG sources on every
//! core; an image whose SVG did not change comes from the content-addressed
//! cache kept with the durable state.

use super::shared::{Collected, Site};
use crate::publish::{PublishError, social};
use crate::state::Durable;

pub(super) fn draw(site: &Site, out: &mut Collected) -> Result<(), PublishError> {
    if out.images.is_empty() {
        return Ok(());
    }
    let cache = Durable::at(site.input.out_dir).image_cache();
    let renderer = social::Renderer::new(&site.templates.join("fonts"), Some(cache))
        .map_err(|e| PublishError::Data { what: "social images", message: e.to_string() })?;
    let failed = |e| match e {
        social::SocialError::Cancelled => PublishError::Cancelled,
        e => PublishError::Data { what: "social images", message: e.to_string() },
    };
    out.files += social::draw_all(&renderer, &out.images, site.dir, site.input.cancel).map_err(failed)?;
    renderer.prune_cache().map_err(failed)?;
    Ok(())
}
