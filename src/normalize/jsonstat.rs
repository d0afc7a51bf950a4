//! JSON-stat 2.0 datasets as Eurostat's Statistics API (and PxWeb's
//! json-stat2) send them: `value` and `status` as arrays or as sparse objects
//! with unsorted keys, status without a value for confidential cells.

use serde_json::Value;
use std::collections::BTreeMap;

/// A decoded cube: dimension ids, their category codes in index order, and
/// the cells that have a value.
#[derive(Debug)]
pub struct Cube {
    pub dimensions: Vec<String>,
    pub categories: Vec<Vec<String>>,
    /// Linear index → (value, status).
    pub cells: BTreeMap<usize, (f64, String)>,
    /// The provider's last-update time, as sent.
    pub updated: Option<String>,
}

impl Cube {
    /// The category code of each dimension for a linear (row-major) index.
    pub fn codes(&self, mut index: usize) -> Vec<(&str, &str)> {
        let mut codes = vec![("", ""); self.dimensions.len()];
        for d in (0..self.dimensions.len()).rev() {
            let size = self.categories[d].len();
            codes[d] = (self.dimensions[d].as_str(), self.categories[d][index % size].as_str());
            index /= size;
        }
        codes
    }
}

pub fn parse(bytes: &[u8]) -> Result<Cube, String> {
    let root: Value = serde_json::from_slice(bytes).map_err(|e| format!("not JSON: {e}"))?;
    if let Some(class) = root.get("class").and_then(Value::as_str)
        && class != "dataset"
    {
        return Err(format!("JSON-stat class is `{class}`, expected `dataset`"));
    }
    if root.get("error").is_some() && root.get("value").is_none() {
        return Err(format!("the provider answered with an error: {}", root["error"]));
    }
    let dimension = root.get("dimension").ok_or("no `dimension` object: not a JSON-stat dataset")?;
    // JSON-stat 2.0 has `id` and `size` at the top; 1.x kept them inside `dimension`.
    let ids = root.get("id").or_else(|| dimension.get("id")).and_then(Value::as_array).ok_or("no `id` array")?;
    let sizes =
        root.get("size").or_else(|| dimension.get("size")).and_then(Value::as_array).ok_or("no `size` array")?;
    if ids.len() != sizes.len() {
        return Err(format!("`id` has {} entries but `size` has {}", ids.len(), sizes.len()));
    }
    let mut dimensions = Vec::new();
    let mut categories = Vec::new();
    for (id, size) in ids.iter().zip(sizes) {
        let id = id.as_str().ok_or("`id` holds a non-string")?.to_string();
        let size = size.as_u64().ok_or("`size` holds a non-integer")? as usize;
        if size == 0 {
            return Err(format!(
                "dimension `{id}` has no categories: the query matched nothing (an unknown filter code?)"
            ));
        }
        let category =
            dimension.get(&id).and_then(|d| d.get("category")).ok_or(format!("dimension `{id}` has no category"))?;
        let codes = category_codes(category, size).map_err(|e| format!("dimension `{id}`: {e}"))?;
        dimensions.push(id);
        categories.push(codes);
    }
    let total: usize = categories.iter().map(Vec::len).product();
    let values = sparse(root.get("value").ok_or("no `value`")?, total, "value")?;
    let statuses = match root.get("status") {
        None | Some(Value::Null) => BTreeMap::new(),
        Some(Value::String(s)) => (0..total).map(|i| (i, Value::String(s.clone()))).collect(),
        Some(other) => sparse(other, total, "status")?,
    };
    let mut cells = BTreeMap::new();
    for (index, value) in values {
        let Some(number) = value.as_f64() else {
            if value.is_null() {
                continue;
            }
            return Err(format!("value at index {index} is not a number: {value}"));
        };
        let status = statuses.get(&index).and_then(Value::as_str).unwrap_or("").to_string();
        cells.insert(index, (number, status));
    }
    let updated = root.get("updated").and_then(Value::as_str).map(str::to_string);
    Ok(Cube { dimensions, categories, cells, updated })
}

fn category_codes(category: &Value, size: usize) -> Result<Vec<String>, String> {
    let mut codes = vec![String::new(); size];
    match category.get("index") {
        Some(Value::Object(index)) => {
            for (code, pos) in index {
                let pos = pos.as_u64().ok_or("category index is not an integer")? as usize;
                *codes.get_mut(pos).ok_or(format!("category `{code}` at {pos} is beyond size {size}"))? = code.clone();
            }
        }
        Some(Value::Array(index)) => {
            for (pos, code) in index.iter().enumerate() {
                *codes.get_mut(pos).ok_or("more categories than the size")? =
                    code.as_str().ok_or("category code is not a string")?.to_string();
            }
        }
        None => {
            // A single category may be given by its label alone.
            let labels = category.get("label").and_then(Value::as_object).ok_or("no category index or label")?;
            if labels.len() != 1 || size != 1 {
                return Err("category has no index".into());
            }
            codes[0] = labels.keys().next().cloned().unwrap_or_default();
        }
        Some(_) => return Err("category index is neither an object nor an array".into()),
    }
    if codes.iter().any(String::is_empty) {
        return Err("category index leaves a position without a code".into());
    }
    Ok(codes)
}

fn sparse(value: &Value, total: usize, name: &str) -> Result<BTreeMap<usize, Value>, String> {
    match value {
        Value::Array(items) => {
            if items.len() != total {
                return Err(format!("`{name}` has {} entries but the dimensions make {total} cells", items.len()));
            }
            Ok(items.iter().cloned().enumerate().collect())
        }
        Value::Object(items) => items
            .iter()
            .map(|(k, v)| {
                let index: usize = k.parse().map_err(|_| format!("`{name}` key `{k}` is not an index"))?;
                if index >= total {
                    return Err(format!("`{name}` key {index} is beyond the {total} cells"));
                }
                Ok((index, v.clone()))
            })
            .collect(),
        _ => Err(format!("`{name}` is neither an array nor an object")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_values_and_status_only_cells_decode() {
        let json = br#"{"version":"2.0","class":"dataset","id":["geo","time"],"size":[2,2],
            "dimension":{"geo":{"category":{"index":{"DE":0,"SE":1}}},"time":{"category":{"index":["2023","2024"]}}},
            "value":{"3":64.1,"0":60.9},"status":{"0":"b","2":"|C"},"updated":"2025-04-24T23:00:00+0200"}"#;
        let cube = parse(json).unwrap();
        assert_eq!(cube.cells.len(), 2, "the confidential cell has no value and is left out");
        assert_eq!(cube.cells[&0], (60.9, "b".to_string()));
        assert_eq!(cube.codes(3), vec![("geo", "SE"), ("time", "2024")]);
        assert_eq!(cube.updated.as_deref(), Some("2025-04-24T23:00:00+0200"));
    }

    #[test]
    fn an_empty_dimension_is_an_error_not_empty_data() {
        let json =
            br#"{"class":"dataset","id":["geo"],"size":[0],"dimension":{"geo":{"category":{"index":{}}}},"value":{}}"#;
        assert!(parse(json).unwrap_err().contains("unknown filter code"));
    }
}
