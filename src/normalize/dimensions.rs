//! Maps a source's own dimension codes onto canonical columns, as its
//! `[read]` section says. Shared by every reader of statistical cubes.

use crate::formats::table::Parsed;
use crate::project::ReadSpec;
use std::collections::{BTreeMap, BTreeSet};

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

    /// Every code a rule's `map` names must occur in the data: an expected
    /// code that is missing means the query or the rules are wrong. (`keep`
    /// only filters: a bulk download may hold more places than a query.)
    pub fn check_codes(&self, parsed: &Parsed) -> Result<(), String> {
        let dims = parsed.dimensions();
        let mut present: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); dims.len()];
        match parsed {
            Parsed::Cube(cube) => {
                for (d, codes) in cube.categories.iter().enumerate() {
                    present[d].extend(codes.iter().map(String::as_str));
                }
            }
            Parsed::Rows(rows) => {
                for cell in &rows.cells {
                    for (d, code) in cell.codes.iter().enumerate() {
                        present[d].insert(code.as_str());
                    }
                }
            }
        }
        let mut missing = Vec::new();
        for (d, dim) in dims.iter().enumerate() {
            let rule = &self.spec.dimensions[dim];
            for code in rule.map.keys().filter(|c| !present[d].contains(c.as_str())) {
                missing.push(format!("{dim}={code}"));
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(format!("the response lacks requested code(s) {}", missing.join(", ")))
        }
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
                let value = if column == "period" { canonical_period(&value) } else { value };
                fields.insert(column.clone(), value);
            }
        }
        Some(fields)
    }
}

/// Providers' period codes in the canonical form: `2026M01` (PxWeb) and
/// `2026-01` become `2026-01`; a year stays a year.
pub fn canonical_period(code: &str) -> String {
    let code = code.trim();
    if let Some((year, month)) = code.split_once('M')
        && year.len() == 4
        && month.len() == 2
        && year.chars().chain(month.chars()).all(|c| c.is_ascii_digit())
    {
        return format!("{year}-{month}");
    }
    // A quarter: `2019Q3`, `2019K3` (StatBank) or `2019-Q3`.
    if let Some(quarter) = code.get(4..).map(|q| q.trim_start_matches('-'))
        && code.get(..4).is_some_and(|y| y.chars().all(|c| c.is_ascii_digit()))
        && let Some(n) = quarter.strip_prefix('Q').or_else(|| quarter.strip_prefix('K'))
        && matches!(n, "1" | "2" | "3" | "4")
    {
        return format!("{}-Q{n}", &code[..4]);
    }
    // A reference day (GENESIS's Stichtag `2024-12-31`): its month.
    if code.len() == 10 && chrono::NaiveDate::parse_from_str(code, "%Y-%m-%d").is_ok() {
        return code[..7].to_string();
    }
    code.to_string()
}

#[cfg(test)]
mod tests {
    use super::canonical_period;

    #[test]
    fn pxweb_months_become_canonical() {
        assert_eq!(canonical_period("2026M01"), "2026-01");
        assert_eq!(canonical_period("2024"), "2024");
        assert_eq!(canonical_period("2024-08"), "2024-08");
        assert_eq!(canonical_period("2019K3"), "2019-Q3");
        assert_eq!(canonical_period("2019-Q3"), "2019-Q3");
        assert_eq!(canonical_period("2024-12-31"), "2024-12");
    }
}
