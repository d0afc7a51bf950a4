//! What a provider's query must say to mean what it seems to. Checked when the
//! project is loaded, so `factgap check` reports it, and again before a request.

/// Without `cf_type=ISO` codes are UNHCR's own (Germany is `GFR`); a lone
/// `yearFrom` or `yearTo` is silently ignored and the whole history returned.
pub fn check_unhcr_query(url: &str) -> Result<(), String> {
    let parsed = reqwest::Url::parse(url).map_err(|e| format!("`{url}` is not a URL: {e}"))?;
    let has = |key: &str| parsed.query_pairs().any(|(k, _)| k == key);
    if !parsed.query_pairs().any(|(k, v)| k == "cf_type" && v == "ISO") {
        return Err(format!("`{url}` lacks cf_type=ISO: without it UNHCR answers in its own country codes"));
    }
    if has("yearFrom") != has("yearTo") {
        return Err(format!(
            "`{url}` has only one of yearFrom and yearTo: UNHCR would ignore it and return every year"
        ));
    }
    Ok(())
}
