//! PxWeb: API v2 (Statistics Sweden, `GET …/tables/{id}/data?outputFormat=json-stat2`)
//! and v1 (the Croatian Bureau of Statistics, `POST` of a query asking for
//! `json-stat2`), within each host's `maxCallsPerTimeWindow`.

use super::connector::{Ctx, Got};
use crate::project::Method;

pub async fn fetch(ctx: &Ctx) -> Result<Got, String> {
    let fetch = ctx.spec.fetch.as_ref().expect("fetchable");
    let mut request = ctx.conditional(&fetch.url);
    if fetch.method == Method::Post {
        request.method = Method::Post;
        request.body = Some(fetch.body.clone().ok_or("a PxWeb v1 POST needs a query `body`")?);
        request.etag = None;
        request.last_modified = None;
    }
    let response = ctx.get(&request).await?;
    if response.not_modified {
        return Ok(Got::NotModified);
    }
    Ok(Got::body(&fetch.url, response, ctx.format()))
}
