//! CSV or JSON at a URL, for anything else.

use super::connector::{Ctx, Got};

pub async fn fetch(ctx: &Ctx) -> Result<Got, String> {
    let url = ctx.spec.fetch.as_ref().expect("fetchable").url.as_str();
    let response = ctx.get(&ctx.conditional(url)).await?;
    if response.not_modified {
        return Ok(Got::NotModified);
    }
    Ok(Got::body(url, response, ctx.format()))
}
