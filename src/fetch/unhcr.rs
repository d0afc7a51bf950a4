//! UNHCR Refugee Data Finder population API: every query with `cf_type=ISO`
//! and `yearFrom`/`yearTo` together, paged until `maxPages`. The snapshot is
//! the JSON array of every page, each byte for byte as retrieved.

use super::connector::{Ctx, Got, with_param};
use crate::formats::unhcr::max_pages;

/// Rows per page; UNHCR's population API serves at least 10,000 per page (api.unhcr.org).
const PAGE_SIZE: &str = "1000";

pub async fn fetch(ctx: &Ctx) -> Result<Got, String> {
    let fetch = ctx.spec.fetch.as_ref().expect("fetchable");
    let mut pages: Vec<Vec<u8>> = Vec::new();
    let mut last = (String::new(), 200);
    for url in fetch.all_urls() {
        crate::project::check_unhcr_query(url)?;
        let url = with_param(url, "limit", PAGE_SIZE)?;
        let mut page = 1;
        loop {
            let page_url = with_param(&url, "page", &page.to_string())?;
            let response = ctx.get(&ctx.conditional(&page_url)).await?;
            let max = max_pages(&response.body).map_err(|e| format!("{page_url}: {e}"))?;
            last = (page_url, response.status);
            pages.push(response.body);
            if page >= max {
                break;
            }
            page += 1;
        }
    }
    let mut body = b"[".to_vec();
    for (i, page) in pages.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(page);
    }
    body.push(b']');
    Ok(Got::Body {
        url: fetch.all_urls().join(" "),
        status: last.1,
        etag: None,
        last_modified: None,
        body,
        format: crate::project::ReadFormat::Unhcr,
        attached: Vec::new(),
    })
}
