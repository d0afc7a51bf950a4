//! Zenodo records API: a record or a search for FOCUS publications (title,
//! DOI, publication date, files), and the CSV tables attached to them.

use super::connector::{Ctx, Got};
use super::http::Request;
use crate::formats::zenodo;

/// At most this many attached CSV files are downloaded per run.
const MAX_FILES: usize = 20;

pub async fn fetch(ctx: &Ctx) -> Result<Got, String> {
    let url = ctx.spec.fetch.as_ref().expect("fetchable").url.clone();
    let response = ctx.get(&ctx.conditional(&url)).await?;
    if response.not_modified {
        return Ok(Got::NotModified);
    }
    let publications = zenodo::parse(&response.body).map_err(|e| format!("{url}: {e}"))?;
    let mut attached = Vec::new();
    let csvs = publications.iter().flat_map(|p| &p.files).filter(|f| f.key.to_lowercase().ends_with(".csv"));
    let host = |u: &str| reqwest::Url::parse(u).ok().and_then(|u| u.host_str().map(str::to_string));
    for file in csvs.take(MAX_FILES) {
        let Some(file_url) = &file.url else { continue };
        // Attached files come from the record's own host, nowhere else.
        if host(file_url) != host(&url) {
            tracing::warn!("{}: skipping `{}`: not on the record's host", ctx.spec.id, file.key);
            continue;
        }
        let bytes = ctx.get(&Request::get(file_url, ctx.limits(file_url))).await?;
        attached.push((file.key.clone(), bytes.body));
    }
    let mut got = Got::body(&url, response, crate::project::ReadFormat::Zenodo);
    if let Got::Body { attached: a, .. } = &mut got {
        *a = attached;
    }
    Ok(got)
}
