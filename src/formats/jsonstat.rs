//! JSON-stat datasets as Eurostat's Statistics API, PxWeb (json-stat2) and
//! older JSON-stat 1.x bundles send them: `value` and `status` as arrays or as
//! sparse objects with unsorted keys, status without a value for confidential
//! cells, flags explained in `extension.status.label`.
//!
//! `value` and `status` are read straight into compact vectors (no JSON tree),
//! so a 50 MB response parses at about the speed of serde_json itself.

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// A decoded cube: dimension ids, their category codes in index order, and
/// the cells that have a value, sorted by linear index.
#[derive(Debug)]
pub struct Cube {
    pub dimensions: Vec<String>,
    pub categories: Vec<Vec<String>>,
    /// (linear index, value, status id into `statuses`), sorted by index.
    pub cells: Vec<(u64, f64, u32)>,
    /// Distinct status strings; id 0 is "no status".
    pub statuses: Vec<String>,
    /// Status code → label, from `extension.status.label`.
    pub status_labels: BTreeMap<String, String>,
    /// The provider's last-update time, as sent.
    pub updated: Option<String>,
}

impl Cube {
    /// The category code of each dimension for a linear (row-major) index.
    pub fn codes(&self, index: u64) -> Vec<(&str, &str)> {
        let mut codes = vec![("", ""); self.dimensions.len()];
        self.codes_into(index, &mut codes);
        codes
    }

    /// As [`Cube::codes`], into a buffer of one slot per dimension (no allocation per cell).
    pub fn codes_into<'c>(&'c self, mut index: u64, codes: &mut [(&'c str, &'c str)]) {
        for d in (0..self.dimensions.len()).rev() {
            let size = self.categories[d].len() as u64;
            codes[d] = (self.dimensions[d].as_str(), self.categories[d][(index % size) as usize].as_str());
            index /= size;
        }
    }

    /// The value and status of one cell, if it has a value.
    pub fn cell(&self, index: u64) -> Option<(f64, &str)> {
        let at = self.cells.binary_search_by_key(&index, |c| c.0).ok()?;
        let (_, value, status) = self.cells[at];
        Some((value, &self.statuses[status as usize]))
    }
}

/// Largest cube accepted: far above any response a fact sheet needs.
const MAX_CELLS: u64 = 200_000_000;

/// `value`: a dense array (nulls allowed) or a sparse object keyed by index.
enum Values {
    Dense(Vec<Option<f64>>),
    /// (index, value, status 0): already in the cube's cell shape, so a bulk
    /// response's millions of values are not copied again.
    Sparse(Vec<(u64, f64, u32)>),
}

/// `status`: one string for all cells, a dense array, or a sparse object.
enum Statuses {
    All(String),
    Dense(Vec<Option<String>>),
    Sparse(Vec<(u64, String)>),
}

#[derive(Deserialize)]
struct RawDataset {
    class: Option<String>,
    updated: Option<String>,
    id: Option<Vec<String>>,
    size: Option<Vec<u64>>,
    dimension: Option<BTreeMap<String, Value>>,
    value: Option<Values>,
    status: Option<Statuses>,
    error: Option<Value>,
    extension: Option<Value>,
}

pub fn parse(bytes: &[u8]) -> Result<Cube, String> {
    let raw: RawDataset = serde_json::from_slice(bytes).map_err(|e| format!("not valid JSON-stat: {e}"))?;
    if raw.dimension.is_some() || raw.value.is_some() || raw.error.is_some() {
        return build(raw, "$");
    }
    // A JSON-stat 1.x bundle: { "<name>": { dataset } }.
    let bundle: BTreeMap<String, RawDataset> =
        serde_json::from_slice(bytes).map_err(|_| "no `dimension` or `value`: not a JSON-stat dataset".to_string())?;
    let mut datasets = bundle.into_iter();
    match (datasets.next(), datasets.next()) {
        (Some((name, dataset)), None) => build(dataset, &format!("$.{name}")),
        (None, _) => Err("an empty JSON object: not a JSON-stat dataset".into()),
        _ => Err("a JSON-stat bundle with several datasets: point the source at one".into()),
    }
}

fn build(raw: RawDataset, at: &str) -> Result<Cube, String> {
    if let Some(error) = &raw.error
        && raw.value.is_none()
    {
        return Err(format!("the provider answered with an error: {error}"));
    }
    if let Some(class) = &raw.class
        && class != "dataset"
    {
        return Err(format!("{at}.class is `{class}`, expected `dataset`"));
    }
    let mut dimension = raw.dimension.ok_or(format!("{at}.dimension is missing: not a JSON-stat dataset"))?;
    // JSON-stat 2.0 has `id` and `size` at the top; 1.x kept them inside `dimension`.
    let ids: Vec<String> = match raw.id {
        Some(ids) => ids,
        None => serde_json::from_value(dimension.remove("id").ok_or(format!("{at}.id is missing"))?)
            .map_err(|_| format!("{at}.dimension.id is not a list of strings"))?,
    };
    let sizes: Vec<u64> = match raw.size {
        Some(sizes) => sizes,
        None => serde_json::from_value(dimension.remove("size").ok_or(format!("{at}.size is missing"))?)
            .map_err(|_| format!("{at}.dimension.size is not a list of integers"))?,
    };
    if ids.len() != sizes.len() {
        return Err(format!("{at}.id has {} entries but {at}.size has {}", ids.len(), sizes.len()));
    }
    if let Some(dup) = ids.iter().enumerate().find(|(i, id)| ids[..*i].contains(id)).map(|(_, id)| id) {
        return Err(format!("{at}.id lists `{dup}` twice"));
    }
    let total = sizes
        .iter()
        .try_fold(1u64, |acc, &s| acc.checked_mul(s))
        .filter(|&t| t <= MAX_CELLS)
        .ok_or(format!("{at}.size describes more than {MAX_CELLS} cells: refused"))?;
    let mut categories = Vec::with_capacity(ids.len());
    for (id, &size) in ids.iter().zip(&sizes) {
        let path = format!("{at}.dimension.{id}");
        if size == 0 {
            return Err(format!("{path} has no categories: the query matched nothing (an unknown filter code?)"));
        }
        let category =
            dimension.get(id).and_then(|d| d.get("category")).ok_or(format!("{path}.category is missing"))?;
        categories.push(category_codes(category, size as usize, &format!("{path}.category"))?);
    }
    let mut statuses = vec![String::new()];
    let intern = |s: String, statuses: &mut Vec<String>| -> u32 {
        match statuses.iter().position(|x| *x == s) {
            Some(i) => i as u32,
            None => {
                statuses.push(s);
                (statuses.len() - 1) as u32
            }
        }
    };
    // Statuses by cell index (sorted), or one status for every cell.
    let mut all_status = 0;
    let mut status_of: Vec<(u64, u32)> = Vec::new();
    match raw.status {
        None => {}
        Some(Statuses::All(s)) => all_status = intern(s, &mut statuses),
        Some(Statuses::Dense(list)) => {
            if list.len() as u64 != total {
                return Err(format!("{at}.status has {} entries but the dimensions make {total} cells", list.len()));
            }
            for (i, s) in list.into_iter().enumerate() {
                if let Some(s) = s.filter(|s| !s.is_empty()) {
                    status_of.push((i as u64, intern(s, &mut statuses)));
                }
            }
        }
        Some(Statuses::Sparse(list)) => {
            for (i, s) in list {
                if i >= total {
                    return Err(format!("{at}.status key \"{i}\" is beyond the {total} cells"));
                }
                status_of.push((i, intern(s, &mut statuses)));
            }
        }
    }
    let mut cells: Vec<(u64, f64, u32)> = match raw.value.ok_or(format!("{at}.value is missing"))? {
        Values::Dense(list) => {
            if list.len() as u64 != total {
                return Err(format!("{at}.value has {} entries but the dimensions make {total} cells", list.len()));
            }
            list.into_iter().enumerate().filter_map(|(i, v)| v.map(|v| (i as u64, v, all_status))).collect()
        }
        Values::Sparse(mut cells) => {
            for cell in &mut cells {
                if cell.0 >= total {
                    return Err(format!("{at}.value key \"{}\" is beyond the {total} cells", cell.0));
                }
                cell.2 = all_status;
            }
            cells
        }
    };
    cells.sort_unstable_by_key(|c| c.0);
    // Statuses without a value (confidential cells) find no cell and are dropped.
    for (index, status) in status_of {
        if let Ok(at) = cells.binary_search_by_key(&index, |c| c.0) {
            cells[at].2 = status;
        }
    }
    if let Some(pair) = cells.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(format!("{at}.value has key \"{}\" twice", pair[0].0));
    }
    let status_labels = raw
        .extension
        .as_ref()
        .and_then(|e| e.pointer("/status/label"))
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect())
        .unwrap_or_default();
    Ok(Cube { dimensions: ids, categories, cells, statuses, status_labels, updated: raw.updated })
}

/// Category codes in index order, checking that positions are 0..n-1, each
/// used once, and that `child` holds no cycle.
fn category_codes(category: &Value, size: usize, path: &str) -> Result<Vec<String>, String> {
    // The index must list exactly `size` codes; check before allocating anything of that size.
    let listed = match category.get("index") {
        Some(Value::Object(index)) => index.len(),
        Some(Value::Array(index)) => index.len(),
        _ => 1,
    };
    if listed != size {
        return Err(format!("{path}.index has {listed} codes but the size is {size}"));
    }
    let mut codes: Vec<Option<String>> = vec![None; size];
    match category.get("index") {
        Some(Value::Object(index)) => {
            if index.len() != size {
                return Err(format!("{path}.index has {} codes but the size is {size}", index.len()));
            }
            for (code, pos) in index {
                let pos = pos.as_u64().ok_or(format!("{path}.index.{code} is not an integer position"))? as usize;
                let slot =
                    codes.get_mut(pos).ok_or(format!("{path}.index.{code} is at {pos}, beyond the size {size}"))?;
                if let Some(other) = slot {
                    return Err(format!("{path}.index gives position {pos} to both `{other}` and `{code}`"));
                }
                *slot = Some(code.clone());
            }
        }
        Some(Value::Array(index)) => {
            if index.len() != size {
                return Err(format!("{path}.index has {} codes but the size is {size}", index.len()));
            }
            for (pos, code) in index.iter().enumerate() {
                codes[pos] = Some(code.as_str().ok_or(format!("{path}.index[{pos}] is not a string"))?.to_string());
            }
        }
        None => {
            // A single category may be given by its label alone.
            let labels =
                category.get("label").and_then(Value::as_object).ok_or(format!("{path} has no index or label"))?;
            if labels.len() != 1 || size != 1 {
                return Err(format!("{path}.index is missing"));
            }
            codes[0] = labels.keys().next().cloned();
        }
        Some(_) => return Err(format!("{path}.index is neither an object nor an array")),
    }
    let codes: Vec<String> = codes.into_iter().map(Option::unwrap_or_default).collect();
    let mut seen = std::collections::BTreeSet::new();
    if let Some(dup) = codes.iter().find(|c| !seen.insert(c.as_str())) {
        return Err(format!("{path}.index lists `{dup}` twice"));
    }
    if let Some(child) = category.get("child").and_then(Value::as_object) {
        check_child_codes(child, &seen, path)?;
        check_child_cycles(child, path)?;
    }
    Ok(codes)
}

/// Every parent and every child in `child` must be one of the dimension's categories.
fn check_child_codes(
    child: &serde_json::Map<String, Value>,
    codes: &std::collections::BTreeSet<&str>,
    path: &str,
) -> Result<(), String> {
    for (parent, kids) in child {
        if !codes.contains(parent.as_str()) {
            return Err(format!("{path}.child.{parent}: `{parent}` is not a category of the dimension"));
        }
        let kids = kids.as_array().ok_or(format!("{path}.child.{parent} is not an array"))?;
        for kid in kids {
            let kid = kid.as_str().ok_or(format!("{path}.child.{parent} holds a non-string"))?;
            if !codes.contains(kid) {
                return Err(format!("{path}.child.{parent} names `{kid}`, which is not a category of the dimension"));
            }
        }
    }
    Ok(())
}

fn check_child_cycles(child: &serde_json::Map<String, Value>, path: &str) -> Result<(), String> {
    fn visit<'a>(
        node: &'a str,
        child: &'a serde_json::Map<String, Value>,
        on_path: &mut Vec<&'a str>,
        done: &mut std::collections::BTreeSet<&'a str>,
    ) -> Result<(), String> {
        if let Some(at) = on_path.iter().position(|n| *n == node) {
            let mut cycle: Vec<&str> = on_path[at..].to_vec();
            cycle.push(node);
            return Err(cycle.join(" → "));
        }
        if !done.insert(node) {
            return Ok(());
        }
        on_path.push(node);
        for kid in child.get(node).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            visit(kid, child, on_path, done)?;
        }
        on_path.pop();
        Ok(())
    }
    let mut done = std::collections::BTreeSet::new();
    for node in child.keys() {
        visit(node, child, &mut Vec::new(), &mut done).map_err(|cycle| format!("{path}.child has a cycle: {cycle}"))?;
    }
    Ok(())
}

// ── Streaming deserializers for `value` and `status` ────────────────────────

fn index_key<E: de::Error>(key: &str) -> Result<u64, E> {
    key.parse().map_err(|_| E::custom(format!("key \"{key}\" is not a cell index")))
}

impl<'de> Deserialize<'de> for Values {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Values;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an array or an object of numbers")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Values, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(v) = seq.next_element::<Option<f64>>()? {
                    out.push(v);
                }
                Ok(Values::Dense(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Values, A::Error> {
                let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    let index = index_key(&key)?;
                    if let Some(v) = map.next_value::<Option<f64>>()? {
                        out.push((index, v, 0));
                    }
                }
                Ok(Values::Sparse(out))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Statuses {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct S;
        impl<'de> Visitor<'de> for S {
            type Value = Statuses;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, an array or an object of status strings")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Statuses, E> {
                Ok(Statuses::All(s.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Statuses, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(v) = seq.next_element::<Option<String>>()? {
                    out.push(v);
                }
                Ok(Statuses::Dense(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Statuses, A::Error> {
                let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    let index = index_key(&key)?;
                    if let Some(s) = map.next_value::<Option<String>>()? {
                        out.push((index, s));
                    }
                }
                Ok(Statuses::Sparse(out))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Statuses, E> {
                Ok(Statuses::Sparse(Vec::new()))
            }
        }
        d.deserialize_any(S)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_values_and_status_only_cells_decode() {
        let json = br#"{"version":"2.0","class":"dataset","id":["geo","time"],"size":[2,2],
            "dimension":{"geo":{"category":{"index":{"DE":0,"SE":1}}},"time":{"category":{"index":["2023","2024"]}}},
            "value":{"3":64.1,"0":60.9},"status":{"0":"b","2":"|C"},"updated":"2025-04-24T23:00:00+0200",
            "extension":{"status":{"label":{"b":"break in time series","|C":"|confidential"}}}}"#;
        let cube = parse(json).unwrap();
        assert_eq!(cube.cells.len(), 2, "the confidential cell has no value and is left out");
        assert_eq!(cube.cell(0), Some((60.9, "b")));
        assert_eq!(cube.cell(3), Some((64.1, "")));
        assert_eq!(cube.codes(3), vec![("geo", "SE"), ("time", "2024")]);
        assert_eq!(cube.updated.as_deref(), Some("2025-04-24T23:00:00+0200"));
        assert_eq!(cube.status_labels["b"], "break in time series");
    }

    #[test]
    fn an_empty_dimension_is_an_error_not_empty_data() {
        let json =
            br#"{"class":"dataset","id":["geo"],"size":[0],"dimension":{"geo":{"category":{"index":{}}}},"value":{}}"#;
        assert!(parse(json).unwrap_err().contains("unknown filter code"));
    }

    #[test]
    fn structural_errors_name_the_json_path() {
        let base = |dims: &str, value: &str| {
            format!(
                r#"{{"class":"dataset","id":["geo"],"size":[2],"dimension":{{"geo":{{"category":{dims}}}}},"value":{value}}}"#
            )
        };
        let cases = [
            (base(r#"{"index":{"DE":0,"SE":0}}"#, "[1,2]"), "$.dimension.geo.category.index gives position 0 to both"),
            (base(r#"{"index":{"DE":0,"SE":5}}"#, "[1,2]"), "beyond the size 2"),
            (base(r#"{"index":{"DE":0,"SE":1}}"#, "[1,2,3]"), "$.value has 3 entries but the dimensions make 2 cells"),
            (base(r#"{"index":{"DE":0,"SE":1}}"#, r#"{"7":1}"#), "$.value key \"7\" is beyond the 2 cells"),
            (base(r#"{"index":["A","B"],"child":{"A":["B"],"B":["A"]}}"#, "[1,2]"), "child has a cycle: A → B → A"),
            (
                base(r#"{"index":["A","B"],"child":{"A":["B","Z"]}}"#, "[1,2]"),
                "$.dimension.geo.category.child.A names `Z`, which is not a category of the dimension",
            ),
            (
                base(r#"{"index":["A","B"],"child":{"Q":["A"]}}"#, "[1,2]"),
                "$.dimension.geo.category.child.Q: `Q` is not a category of the dimension",
            ),
            (
                r#"{"class":"dataset","id":["geo","time"],"size":[2],"dimension":{},"value":[]}"#.to_string(),
                "$.id has 2 entries but $.size has 1",
            ),
            (
                r#"{"class":"dataset","id":["geo","geo"],"size":[1,1],"dimension":{},"value":[]}"#.to_string(),
                "$.id lists `geo` twice",
            ),
        ];
        for (json, expected) in cases {
            let err = parse(json.as_bytes()).unwrap_err();
            assert!(err.contains(expected), "{err} should contain {expected}");
        }
    }

    #[test]
    fn an_absurd_size_is_refused_without_allocating_it() {
        let json = br#"{"class":"dataset","id":["geo"],"size":[100000000000],"dimension":{"geo":{"category":{"index":{"DE":0}}}},"value":{}}"#;
        assert!(parse(json).unwrap_err().contains("more than 200000000 cells"));
        let json = br#"{"class":"dataset","id":["geo"],"size":[150000000],"dimension":{"geo":{"category":{"index":{"DE":0}}}},"value":{}}"#;
        let err = parse(json).unwrap_err();
        assert!(err.contains("has 1 codes but the size is 150000000"), "{err}");
        let json = br#"{"class":"dataset","id":["a","b"],"size":[4294967296,4294967296],"dimension":{},"value":{}}"#;
        assert!(parse(json).unwrap_err().contains("more than 200000000 cells"));
    }

    #[test]
    fn dense_arrays_and_jsonstat_1_bundles_read() {
        let json = br#"{"ds":{"dimension":{"id":["geo"],"size":[2],"geo":{"category":{"index":{"DE":0,"SE":1}}}},"value":[null,5]}}"#;
        let cube = parse(json).unwrap();
        assert_eq!(cube.cells, vec![(1, 5.0, 0)]);
    }
}
