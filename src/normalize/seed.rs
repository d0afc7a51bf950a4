//! Seed CSVs (`sources/seed/*.csv`): figures transcribed from publications,
//! one canonical observation per row, each with its citation and certainty.

use super::RowError;
use super::observation::{Fields, Observation, seed_columns};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Rows of a seed file and the line each starts on.
pub type SeedRows = (Vec<Observation>, Vec<Option<u64>>);

/// Reads a seed file into rows and the line each starts on; every row error
/// is returned, not just the first.
pub fn read(path: &Path, source: &str) -> Result<SeedRows, Vec<RowError>> {
    let (headers, records) = read_records(path, &seed_columns())?;
    // Each record is read in place, by column name, not copied into a map first.
    let columns: HashMap<&str, usize> = headers.iter().enumerate().map(|(i, h)| (h.as_str(), i)).collect();
    let mut rows = Vec::new();
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (line, record) in records {
        match Observation::from_fields(source, &Record { columns: &columns, record: &record }) {
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

/// A CSV record and the line it starts on.
type LineRecord = (u64, csv::StringRecord);

/// A CSV record's cells by column name; a column named twice is its last cell,
/// as in [`read_csv`]'s maps.
struct Record<'a> {
    columns: &'a HashMap<&'a str, usize>,
    record: &'a csv::StringRecord,
}

impl Fields for Record<'_> {
    fn field(&self, name: &str) -> Option<&str> {
        self.columns.get(name).and_then(|&i| self.record.get(i))
    }
}

/// Reads a CSV with a header that must hold `required`, as (line, column → text) rows.
pub(crate) fn read_csv(path: &Path, required: &[&str]) -> Result<Vec<CsvRow>, Vec<RowError>> {
    let (headers, records) = read_records(path, required)?;
    Ok(records
        .into_iter()
        .map(|(line, record)| (line, headers.iter().cloned().zip(record.iter().map(str::to_string)).collect()))
        .collect())
}

/// Reads a CSV with a header that must hold `required`: its column names and
/// each record with the line it starts on.
fn read_records(path: &Path, required: &[&str]) -> Result<(Vec<String>, Vec<LineRecord>), Vec<RowError>> {
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
            Ok(record) => rows.push((record.position().map_or(0, |p| p.line()), record)),
            Err(e) => {
                let line = e.position().map(|p| p.line());
                errors.push(RowError { line, field: None, message: e.to_string() });
            }
        }
    }
    if errors.is_empty() { Ok((headers, rows)) } else { Err(errors) }
}
