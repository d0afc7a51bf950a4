//! OECD Data Explorer (SDMX REST): SDMX-CSV (`format=csvfile`), within its
//! published limit of 20 data downloads an hour.

use super::connector::{Ctx, Got};

pub async fn fetch(ctx: &Ctx) -> Result<Got, String> {
    let url = ctx.spec.fetch.as_ref().expect("fetchable").url.as_str();
    let mut request = ctx.conditional(url);
    request.accept = Some("application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8");
    let response = ctx.get(&request).await?;
    if response.not_modified {
        return Ok(Got::NotModified);
    }
    Ok(Got::body(url, response, ctx.format()))
}
