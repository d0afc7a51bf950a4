//! A response read into tidy form, before any mapping: one cell per
//! observation with its code in every dimension. `normalize` maps these onto
//! canonical columns; `factgap inspect` prints them as they are.

use super::{eurostat_tsv, genesis_ffcsv, jsonstat, records, sdmx_csv, unhcr};
use crate::project::ReadFormat;

/// One cell read from a row-based format.
#[derive(Debug, Clone, PartialEq)]
pub struct RowCell {
    /// 1-based line (or item number) in the response, for error messages.
    pub line: Option<u64>,
    /// The code in each dimension, in the order of `Rows::dimensions`.
    pub codes: Vec<String>,
    pub value: f64,
    pub flags: String,
}

/// Cells of a row-based format (TSV, SDMX-CSV, UNHCR, CSV, JSON records).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rows {
    pub dimensions: Vec<String>,
    pub cells: Vec<RowCell>,
    pub updated: Option<String>,
}

/// A parsed response.
#[derive(Debug)]
pub enum Parsed {
    Cube(jsonstat::Cube),
    Rows(Rows),
}

impl Parsed {
    pub fn dimensions(&self) -> &[String] {
        match self {
            Parsed::Cube(c) => &c.dimensions,
            Parsed::Rows(r) => &r.dimensions,
        }
    }

    pub fn updated(&self) -> Option<&str> {
        match self {
            Parsed::Cube(c) => c.updated.as_deref(),
            Parsed::Rows(r) => r.updated.as_deref(),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Parsed::Cube(c) => c.cells.len(),
            Parsed::Rows(r) => r.cells.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Calls `f(line, codes, value, flags)` for every cell, in order.
    pub fn visit(&self, mut f: impl FnMut(Option<u64>, &[(&str, &str)], f64, &str)) {
        match self {
            Parsed::Cube(cube) => {
                for &(index, value, status) in &cube.cells {
                    f(None, &cube.codes(index), value, &cube.statuses[status as usize]);
                }
            }
            Parsed::Rows(rows) => {
                for cell in &rows.cells {
                    let codes: Vec<(&str, &str)> =
                        rows.dimensions.iter().map(String::as_str).zip(cell.codes.iter().map(String::as_str)).collect();
                    f(cell.line, &codes, cell.value, &cell.flags);
                }
            }
        }
    }

    /// What a status means, for people: the response's own label
    /// (`extension.status.label`), else Eurostat's flag letters one by one.
    pub fn status_meaning(&self, status: &str) -> String {
        if let Parsed::Cube(cube) = self
            && let Some(label) = cube.status_labels.get(status)
        {
            return label.clone();
        }
        status.chars().filter_map(flag_meaning).collect::<Vec<_>>().join(", ")
    }

    /// The tidy cells as CSV: one column per dimension, then `value`, `flags`
    /// and what the flags mean.
    pub fn write_csv(&self, out: &mut impl std::io::Write) -> csv::Result<()> {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(out);
        let mut header: Vec<&str> = self.dimensions().iter().map(String::as_str).collect();
        header.extend(["value", "flags", "flag_meaning"]);
        w.write_record(&header)?;
        let mut result = Ok(());
        self.visit(|_, codes, value, flags| {
            if result.is_ok() {
                let mut record: Vec<String> = codes.iter().map(|(_, c)| c.to_string()).collect();
                record.push(value.to_string());
                record.push(flags.to_string());
                record.push(self.status_meaning(flags));
                result = w.write_record(&record);
            }
        });
        result?;
        w.flush()?;
        Ok(())
    }
}

/// Parses `bytes` as `format`.
pub fn parse(format: ReadFormat, bytes: &[u8]) -> Result<Parsed, String> {
    let text = || std::str::from_utf8(bytes).map_err(|e| format!("not UTF-8 text: {e}"));
    Ok(match format {
        ReadFormat::Jsonstat => Parsed::Cube(jsonstat::parse(bytes)?),
        ReadFormat::EurostatTsv => Parsed::Rows(eurostat_tsv::parse(text()?)?),
        ReadFormat::SdmxCsv => Parsed::Rows(sdmx_csv::parse(text()?)?),
        ReadFormat::Unhcr => Parsed::Rows(unhcr::parse(bytes)?),
        ReadFormat::GenesisFfcsv => Parsed::Rows(genesis_ffcsv::parse(text()?)?),
        ReadFormat::Csv => Parsed::Rows(records::parse_csv(text()?)?),
        ReadFormat::Json => Parsed::Rows(records::parse_json(bytes)?),
        ReadFormat::Zenodo => return Err("a Zenodo record holds publications, not observations".into()),
    })
}

/// Guesses the format of a response from its first bytes.
pub fn detect(bytes: &[u8]) -> Option<ReadFormat> {
    let head = std::str::from_utf8(&bytes[..bytes.len().min(4096)]).unwrap_or("");
    let trimmed = head.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        if head.contains("\"maxPages\"") || head.contains("\"coa_iso\"") {
            return Some(ReadFormat::Unhcr);
        }
        if head.contains("\"conceptrecid\"") || head.contains("\"hits\"") {
            return Some(ReadFormat::Zenodo);
        }
        if head.contains("\"dimension\"") || head.contains("\"class\"") || head.contains("\"value\"") {
            return Some(ReadFormat::Jsonstat);
        }
        return Some(ReadFormat::Json);
    }
    let first = trimmed.lines().next().unwrap_or("");
    if first.contains("1_variable_attribute_code") {
        Some(ReadFormat::GenesisFfcsv)
    } else if first.contains("\\TIME_PERIOD") {
        Some(ReadFormat::EurostatTsv)
    } else if first.contains("OBS_VALUE") {
        Some(ReadFormat::SdmxCsv)
    } else if !first.is_empty() {
        Some(ReadFormat::Csv)
    } else {
        None
    }
}

/// Eurostat's observation flags (Eurostat, "Statistics API: JSON-stat response", `status`
/// and `extension.status.label`).
pub fn flag_meaning(flag: char) -> Option<&'static str> {
    Some(match flag {
        'b' => "break in time series",
        'c' => "confidential",
        'd' => "definition differs",
        'e' => "estimated",
        'f' => "forecast",
        'n' => "not significant",
        'p' => "provisional",
        'r' => "revised",
        's' => "Eurostat estimate",
        'u' => "low reliability",
        'z' => "not applicable",
        _ => return None,
    })
}
