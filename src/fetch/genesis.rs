//! Destatis GENESIS-Online, REST 2020: `POST …/data/tablefile` with the query
//! as form fields (GET with credentials in the URL was switched off on
//! 30 June 2025). Credentials go in the `username`/`password` headers: a
//! personal token in `FACTGAP_GENESIS_TOKEN`, else the guest account GAST that
//! public scripts use for small tables. GENESIS answers errors with HTTP 200
//! and a JSON envelope; that is refused here with its status code and text.

use super::connector::{Ctx, Got};
use crate::project::Method;

pub async fn fetch(ctx: &Ctx) -> Result<Got, String> {
    let fetch = ctx.spec.fetch.as_ref().expect("fetchable");
    let mut request = ctx.conditional(&fetch.url);
    request.method = Method::Post;
    request.body = Some(fetch.body.clone().ok_or("a GENESIS request needs its form fields in `body`")?);
    request.content_type = Some("application/x-www-form-urlencoded; charset=UTF-8");
    // A query is a POST: no conditional request.
    request.etag = None;
    request.last_modified = None;
    let (username, password) = match std::env::var("FACTGAP_GENESIS_TOKEN") {
        Ok(token) if !token.is_empty() => (token, String::new()),
        _ => ("GAST".to_string(), "GAST".to_string()),
    };
    request.headers = vec![("username", username), ("password", password)];
    let response = ctx.get(&request).await?;
    let head = String::from_utf8_lossy(&response.body[..response.body.len().min(8)]).into_owned();
    if head.trim_start_matches('\u{feff}').trim_start().starts_with('{') {
        return Err(crate::formats::genesis_ffcsv::envelope_error(&String::from_utf8_lossy(&response.body)));
    }
    Ok(Got::body(&fetch.url, response, ctx.format()))
}
