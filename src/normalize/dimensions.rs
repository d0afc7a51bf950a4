//! Maps a source's own dimension codes onto canonical columns, as its
//! `[read]` section says. Shared by every reader of statistical cubes.

use crate::project::ReadSpec;
use std::collections::BTreeMap;

/// A `[read]` section made ready to apply to many cells.
pub struct Mapper<'a> {
    spec: &'a ReadSpec,
}

impl<'a> Mapper<'a> {
    /// Checks that every dimension of the data has a rule and every rule a
    /// dimension, so no dimension is ever summed over or mistyped silently.
    pub fn new(spec: &'a ReadSpec, data_dimensions: &[String]) -> Result<Self, String> {
        let missing: Vec<&str> =
            data_dimensions.iter().filter(|d| !spec.dimensions.contains_key(*d)).map(String::as_str).collect();
        if !missing.is_empty() {
            return Err(format!("dimension(s) {} have no rule in [read.dimensions]", missing.join(", ")));
        }
        let unknown: Vec<&str> =
            spec.dimensions.keys().filter(|d| !data_dimensions.contains(d)).map(String::as_str).collect();
        if !unknown.is_empty() {
            return Err(format!(
                "[read.dimensions] names {} but the data has only {}",
                unknown.join(", "),
                data_dimensions.join(", ")
            ));
        }
        Ok(Mapper { spec })
    }

    /// The canonical fields of one cell, given its code in each dimension, or
    /// `None` when a rule filters the cell out.
    pub fn fields<'c>(&self, codes: impl IntoIterator<Item = (&'c str, &'c str)>) -> Option<BTreeMap<String, String>> {
        let mut fields: BTreeMap<String, String> = self.spec.constant.clone();
        for (dimension, code) in codes {
            let rule = &self.spec.dimensions[dimension];
            let value = if !rule.map.is_empty() {
                rule.map.get(code)?.clone()
            } else {
                if !rule.keep.is_empty() && !rule.keep.iter().any(|k| k == code) {
                    return None;
                }
                code.to_string()
            };
            if let Some(column) = &rule.column {
                fields.insert(column.clone(), value);
            }
        }
        Some(fields)
    }
}
