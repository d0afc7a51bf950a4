//! Seed CSVs (`sources/seed/*.csv`): figures transcribed from publications,
//! one canonical observation per row, each with its citation and certainty.

use super::RowError;
use super::observation::{Observation, seed_columns};
use std::collections::BTreeMap;
use std::path::Path;

/// Rows of a seed file and the line each starts on.
pub type SeedRows = (Vec<Observation>, Vec<Option<u64>>);

/// Reads a seed file into rows and the line each starts on; every row error
/// is returned, not just the first.
pub fn read(path: &Path, source: &str) -> Result<SeedRows, Vec<RowError>> {
    let records = read_csv(path, &seed_columns())?;
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (line, fields) in records {
        match Observation::from_fields(source, &fields) {
            Ok(o) => {
                rows.push(o);
                lines.push(Some(line));
            }
            Err(e) => errors.push(RowError { line: Some(line), field: Some(e.field), message: e.message }),
        }
    }
    if errors.is_empty() { Ok((rows, lines)) } else { Err(errors) }
}

/// A CSV row: its 1-based line number and its cells by column name.
pub(crate) type CsvRow = (u64, BTreeMap<String, String>);

/// Reads a CSV with a header that must hold `required`, as (line, column → text) rows.
pub(crate) fn read_csv(path: &Path, required: &[&str]) -> Result<Vec<CsvRow>, Vec<RowError>> {
    let one = |line: Option<u64>, field: Option<String>, message: String| vec![RowError { line, field, message }];
    let mut reader =
        csv::ReaderBuilder::new().has_headers(true).from_path(path).map_err(|e| one(None, None, e.to_string()))?;
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| one(Some(1), None, e.to_string()))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_string())
        .collect();
    let missing: Vec<RowError> = required
        .iter()
        .filter(|c| !headers.iter().any(|h| h == *c))
        .map(|c| RowError {
            line: Some(1),
            field: Some(c.to_string()),
            message: "column is missing from the header".into(),
        })
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line());
                let fields = headers.iter().cloned().zip(record.iter().map(str::to_string)).collect();
                rows.push((line, fields));
            }
            Err(e) => {
                let line = e.position().map(|p| p.line());
                errors.push(RowError { line, field: None, message: e.to_string() });
            }
        }
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}
