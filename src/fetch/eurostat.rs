//! Eurostat: the Statistics API (JSON-stat 2.0); when it refuses a query as
//! too big (413 `EXTRACTION_TOO_BIG`), the bulk TSV download of the dataset.

use super::connector::{Ctx, Got};
use super::http::{HttpError, Request};
use crate::project::ReadFormat;

pub async fn fetch(ctx: &Ctx) -> Result<Got, String> {
    let fetch = ctx.spec.fetch.as_ref().expect("fetchable");
    let url = fetch.url.as_str();
    match ctx.http.send(&ctx.conditional(url)).await {
        Ok(r) if r.not_modified => Ok(Got::NotModified),
        Ok(r) => Ok(Got::body(url, r, ctx.format())),
        Err(HttpError::Status { status: 413, body, .. })
            if String::from_utf8_lossy(&body).contains("EXTRACTION_TOO_BIG") =>
        {
            let bulk = bulk_url(ctx)?;
            tracing::info!("{}: the API refused the query as too big (413); reading the bulk download", ctx.spec.id);
            let response = ctx.get(&Request::get(&bulk, ctx.limits(&bulk))).await?;
            Ok(Got::body(&bulk, response, ReadFormat::EurostatTsv))
        }
        Err(e) => Err(super::connector::describe(url, &e)),
    }
}

/// The source's `bulk_url`, or Eurostat's TSV download of its dataset.
fn bulk_url(ctx: &Ctx) -> Result<String, String> {
    if let Some(url) = ctx.spec.fetch.as_ref().and_then(|f| f.bulk_url.clone()) {
        return Ok(url);
    }
    let code =
        ctx.spec.provenance.dataset_code.as_deref().ok_or("no bulk_url and no dataset_code to build one from")?;
    Ok(format!("https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/{code}?format=TSV&compressed=true"))
}
