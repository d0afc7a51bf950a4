//! The files at the site's root: the sitemap (each page once, with its
//! languages as `hreflang` alternates), robots.txt, status.json, and the
//! stylesheets and scripts from `templates/static/`.

use super::shared::{Collected, Site};
use crate::files;
use crate::publish::{PublishError, data};
use minijinja::context;
use minijinja::value::Serde;

pub(super) fn write(site: &Site, out: &mut Collected) -> Result<(), PublishError> {
    let urls: Vec<(String, String)> = std::mem::take(&mut out.sitemap).into_iter().collect();
    let sitemap = site.render(
        "sitemap.xml",
        context! { urls => urls, languages => Serde(&site.languages_links), base_url => site.base_url },
    )?;
    site.write(out, "sitemap.xml", sitemap)?;
    site.write(out, "robots.txt", site.render("robots.txt", context! { base_url => site.base_url })?)?;
    site.write(out, "status.json", data::status_json(site.input.normalized, site.visible.len(), site.input.now))?;
    for ext in ["css", "js"] {
        for asset in files::list_files(&site.templates.join("static"), ext)? {
            let name = asset.file_name().expect("listed files have names").to_string_lossy().into_owned();
            site.write(out, &name, files::read(&asset)?)?;
        }
    }
    Ok(())
}
