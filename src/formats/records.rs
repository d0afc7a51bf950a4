//! CSV or JSON at a URL, for anything else: every column but `value` (and
//! `flags`, if present) is a dimension, mapped like any other source's.

use super::table::{RowCell, Rows};
use serde_json::Value;

pub fn parse_csv(text: &str) -> Result<Rows, String> {
    let mut reader = csv::Reader::from_reader(text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes());
    let headers: Vec<String> =
        reader.headers().map_err(|e| e.to_string())?.iter().map(|h| h.trim().to_string()).collect();
    let value_at = headers.iter().position(|h| h == "value").ok_or("no `value` column")?;
    let flags_at = headers.iter().position(|h| h == "flags");
    let dims: Vec<usize> = (0..headers.len()).filter(|&i| i != value_at && Some(i) != flags_at).collect();
    let mut rows = Rows { dimensions: dims.iter().map(|&i| headers[i].clone()).collect(), ..Rows::default() };
    for record in reader.records() {
        let record = record.map_err(|e| e.to_string())?;
        let line = record.position().map(|p| p.line());
        let raw = record.get(value_at).unwrap_or("").trim();
        if raw.is_empty() {
            continue;
        }
        let value = raw.parse().map_err(|_| format!("line {}: value `{raw}` is not a number", line.unwrap_or(0)))?;
        rows.cells.push(RowCell {
            line,
            codes: dims.iter().map(|&i| record.get(i).unwrap_or("").trim().to_string()).collect(),
            value,
            flags: flags_at.and_then(|i| record.get(i)).unwrap_or("").trim().to_string(),
        });
    }
    Ok(rows)
}

/// An array of flat objects (or `{"data": [...]}`), each with a `value`.
pub fn parse_json(bytes: &[u8]) -> Result<Rows, String> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    let items = match &root {
        Value::Array(items) => items,
        Value::Object(o) => o.get("data").and_then(Value::as_array).ok_or("$ is an object without a `data` array")?,
        _ => return Err("$ is neither an array nor an object".into()),
    };
    let mut dimensions: Vec<String> = Vec::new();
    for item in items {
        for key in item.as_object().into_iter().flat_map(|o| o.keys()) {
            if key != "value" && key != "flags" && !dimensions.contains(key) {
                dimensions.push(key.clone());
            }
        }
    }
    let mut rows = Rows { dimensions: dimensions.clone(), ..Rows::default() };
    for (i, item) in items.iter().enumerate() {
        let at = format!("$[{i}]");
        let object = item.as_object().ok_or(format!("{at} is not an object"))?;
        let value = match object.get("value") {
            Some(Value::Number(n)) => n.as_f64(),
            Some(Value::String(s)) if !s.trim().is_empty() => {
                Some(s.trim().parse().map_err(|_| format!("{at}.value `{s}` is not a number"))?)
            }
            _ => None,
        };
        let Some(value) = value else { continue };
        let text = |v: Option<&Value>| match v {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
            Some(other) => other.to_string(),
        };
        rows.cells.push(RowCell {
            line: Some(i as u64 + 1),
            codes: dimensions.iter().map(|d| text(object.get(d))).collect(),
            value,
            flags: text(object.get("flags")),
        });
    }
    Ok(rows)
}
