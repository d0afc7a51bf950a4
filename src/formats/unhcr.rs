//! UNHCR Refugee Data Finder population API pages:
//! `{"page":1,"maxPages":2,"items":[{"year":2024,"coo_iso":"SYR","coa_iso":"DEU","refugees":725102,…}]}`.
//! A snapshot holds one page or the array of every page fetched. Counts come
//! as numbers, as the string `"0"`, or as `"-"`: not applicable, never zero.

use super::table::{RowCell, Rows};
use serde_json::Value;

/// Identity columns that become dimensions; every numeric column is a measure.
const DIMENSIONS: [&str; 3] = ["year", "coo_iso", "coa_iso"];
/// Columns that are neither a dimension nor a count.
const LABELS: [&str; 6] = ["coo_id", "coo_name", "coo", "coa_id", "coa_name", "coa"];

/// Tidy cells with dimensions `year`, `coo_iso`, `coa_iso` and `measure` (the count column).
pub fn parse(bytes: &[u8]) -> Result<Rows, String> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    let pages: Vec<&Value> = match &root {
        Value::Array(pages) => pages.iter().collect(),
        Value::Object(_) => vec![&root],
        _ => return Err("$ is neither a page nor a list of pages".into()),
    };
    let mut rows = Rows {
        dimensions: DIMENSIONS.iter().map(|d| d.to_string()).chain(["measure".to_string()]).collect(),
        ..Rows::default()
    };
    let mut item_no = 0;
    for (p, page) in pages.iter().enumerate() {
        let items =
            page.get("items").and_then(Value::as_array).ok_or(format!("$[{p}].items is missing: not a UNHCR page"))?;
        for (i, item) in items.iter().enumerate() {
            item_no += 1;
            let at = format!("$[{p}].items[{i}]");
            let item = item.as_object().ok_or(format!("{at} is not an object"))?;
            let mut codes = Vec::with_capacity(4);
            for dim in DIMENSIONS {
                let code = match item.get(dim) {
                    Some(Value::String(s)) => s.trim().to_string(),
                    Some(Value::Number(n)) => n.to_string(),
                    _ => return Err(format!("{at}.{dim} is missing")),
                };
                codes.push(code);
            }
            for (column, cell) in item {
                if DIMENSIONS.contains(&column.as_str()) || LABELS.contains(&column.as_str()) {
                    continue;
                }
                let value = match cell {
                    Value::Number(n) => n.as_f64(),
                    Value::String(s) if s.trim() == "-" => None,
                    Value::String(s) => {
                        Some(s.trim().parse::<f64>().map_err(|_| format!("{at}.{column} is `{s}`, not a count"))?)
                    }
                    Value::Null => None,
                    other => return Err(format!("{at}.{column} is {other}, not a count")),
                };
                if let Some(value) = value {
                    let mut codes = codes.clone();
                    codes.push(column.clone());
                    rows.cells.push(RowCell { line: Some(item_no), codes, value, flags: String::new() });
                }
            }
        }
    }
    Ok(rows)
}

/// `maxPages` of a page, for paging until the last one.
pub fn max_pages(bytes: &[u8]) -> Result<u64, String> {
    let page: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    page.get("maxPages").and_then(Value::as_u64).ok_or("$.maxPages is missing: not a UNHCR page".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_as_numbers_zero_strings_and_dashes() {
        let page =
            br#"{"page":1,"maxPages":1,"items":[{"year":2024,"coo_id":"-","coo_name":"-","coo":"-","coo_iso":"-",
            "coa_id":196,"coa_name":"T\u00fcrkiye","coa":"TUR","coa_iso":"TUR","refugees":2940735,
            "asylum_seekers":154083,"idps":"0","oip":"-"}]}"#;
        let rows = parse(page).unwrap();
        let find = |m: &str| rows.cells.iter().find(|c| c.codes[3] == m).map(|c| c.value);
        assert_eq!(find("refugees"), Some(2940735.0));
        assert_eq!(find("idps"), Some(0.0), "\"0\" is zero");
        assert_eq!(find("oip"), None, "\"-\" is not applicable, never zero");
        assert_eq!(rows.cells[0].codes[..3], ["2024", "-", "TUR"]);
        assert_eq!(max_pages(page).unwrap(), 1);
    }
}
