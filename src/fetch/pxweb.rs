//! PxWeb: API v2 (Statistics Sweden, `GET …/tables/{id}/data?outputFormat=json-stat2`)
//! and v1 (the Croatian Bureau of Statistics, `POST` of a query asking for
//! `json-stat2`). A v2 API publishes its own limits at `/config`
//! (`maxCallsPerTimeWindow` per `timeWindow` seconds); they are read first and
//! applied to the host.

use super::connector::{Ctx, Got};
use super::http::Request;
use crate::project::Method;
use serde_json::Value;
use std::time::Duration;

pub async fn fetch(ctx: &Ctx) -> Result<Got, String> {
    let fetch = ctx.spec.fetch.as_ref().expect("fetchable");
    if let Some(config_url) = config_url(&fetch.url) {
        // Best effort: without /config the documented limits stay in force.
        if let Ok(config) = ctx.get(&Request::get(&config_url, ctx.limits(&config_url))).await
            && let Some((calls, window)) = limits_from_config(&config.body)
        {
            ctx.http.set_window(&fetch.url, calls, window);
        }
    }
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

/// `…/api/v2/tables/TAB/data?…` → `…/api/v2/config`; none for v1 URLs.
fn config_url(url: &str) -> Option<String> {
    let (root, _) = url.split_once("/tables/")?;
    Some(format!("{root}/config"))
}

/// `maxCallsPerTimeWindow` and `timeWindow` (seconds) from a v2 `/config`.
pub fn limits_from_config(bytes: &[u8]) -> Option<(u32, Duration)> {
    let config: Value = serde_json::from_slice(bytes).ok()?;
    let calls = config.get("maxCallsPerTimeWindow")?.as_u64()? as u32;
    let window = config.get("timeWindow")?.as_f64()?;
    (calls > 0 && window > 0.0).then(|| (calls, Duration::from_secs_f64(window)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_url_sits_beside_tables() {
        assert_eq!(
            config_url("https://statistikdatabasen.scb.se/api/v2/tables/TAB6471/data?lang=en").as_deref(),
            Some("https://statistikdatabasen.scb.se/api/v2/config")
        );
        assert_eq!(config_url("https://web.dzs.hr/PxWeb/api/v1/en/db/T.px"), None);
    }
}
