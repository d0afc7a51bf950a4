//! A response read into tidy form, before any mapping: one cell per
//! observation with its code in every dimension. `normalize` maps these onto
//! canonical columns; `factgap inspect` prints them as they are.

use super::{eurostat_tsv, genesis_ffcsv, jsonstat, records, sdmx_csv, unhcr};
use crate::project::ReadFormat;
use std::collections::HashMap;
use std::fmt::Write as _;

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
                let mut codes = vec![("", ""); cube.dimensions.len()];
                for &(index, value, status) in &cube.cells {
                    cube.codes_into(index, &mut codes);
                    f(None, &codes, value, &cube.statuses[status as usize]);
                }
            }
            Parsed::Rows(rows) => {
                let mut codes: Vec<(&str, &str)> = Vec::with_capacity(rows.dimensions.len());
                for cell in &rows.cells {
                    codes.clear();
                    codes.extend(rows.dimensions.iter().map(String::as_str).zip(cell.codes.iter().map(String::as_str)));
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
    /// and what the flags mean. Fields go straight into the writer's buffer and
    /// each distinct status is explained once: a Eurostat bulk response has
    /// millions of cells and a handful of statuses.
    pub fn write_csv(&self, out: &mut impl std::io::Write) -> csv::Result<()> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .buffer_capacity(1 << 16)
            .from_writer(out);
        let mut header: Vec<&str> = self.dimensions().iter().map(String::as_str).collect();
        header.extend(["value", "flags", "flag_meaning"]);
        w.write_record(&header)?;
        let mut meanings: HashMap<String, String> = HashMap::new();
        let mut value_text = String::new();
        let mut result = Ok(());
        self.visit(|_, codes, value, flags| {
            if result.is_err() {
                return;
            }
            if !meanings.contains_key(flags) {
                meanings.insert(flags.to_string(), self.status_meaning(flags));
            }
            value_text.clear();
            let _ = write!(value_text, "{value}");
            result = (|| {
                for (_, code) in codes {
                    w.write_field(code)?;
                }
                w.write_field(&value_text)?;
                w.write_field(flags)?;
                w.write_field(&meanings[flags])?;
                w.write_record(None::<&[u8]>)
            })();
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
