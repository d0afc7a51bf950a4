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
            .from_writer(&mut *out);
        let mut header: Vec<&str> = self.dimensions().iter().map(String::as_str).collect();
        header.extend(["value", "flags", "flag_meaning"]);
        w.write_record(&header)?;
        if let Parsed::Cube(cube) = self {
            w.flush()?;
            drop(w);
            return self.write_cube_rows(cube, out);
        }
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

impl Parsed {
    /// A cube's rows, assembled from each category's and status's CSV text,
    /// escaped once: a cube repeats a few hundred codes over millions of rows.
    fn write_cube_rows(&self, cube: &jsonstat::Cube, out: &mut impl std::io::Write) -> csv::Result<()> {
        let codes: Vec<Vec<Vec<u8>>> = cube
            .categories
            .iter()
            .map(|codes| codes.iter().map(|c| csv_text(c)).collect::<Result<_, _>>())
            .collect::<Result<_, _>>()?;
        let statuses: Vec<(Vec<u8>, Vec<u8>)> = cube
            .statuses
            .iter()
            .map(|s| Ok((csv_text(s)?, csv_text(&self.status_meaning(s))?)))
            .collect::<csv::Result<_>>()?;
        let mut buf: Vec<u8> = Vec::with_capacity(1 << 17);
        let mut at = vec![0usize; codes.len()];
        let mut numbers = ryu::Buffer::new();
        for &(index, value, status) in &cube.cells {
            let mut rest = index;
            for d in (0..codes.len()).rev() {
                let size = codes[d].len() as u64;
                at[d] = (rest % size) as usize;
                rest /= size;
            }
            for (d, &i) in at.iter().enumerate() {
                buf.extend_from_slice(&codes[d][i]);
                buf.push(b',');
            }
            // A number's text never needs quoting: digits, sign, point, NaN or inf.
            write_number(&mut buf, value, &mut numbers);
            let (flags, meaning) = &statuses[status as usize];
            buf.push(b',');
            buf.extend_from_slice(flags);
            buf.push(b',');
            buf.extend_from_slice(meaning);
            buf.push(b'\n');
            if buf.len() >= 1 << 16 {
                out.write_all(&buf)?;
                buf.clear();
            }
        }
        out.write_all(&buf)?;
        out.flush()?;
        Ok(())
    }
}

/// `value` as `{}` writes it. ryu's text is used where it has no exponent and
/// at most 15 significant digits: a double's shortest text of that length is
/// the only one of that length, so Display picks the same digits (with 16 or
/// 17 the two may round differently). Anything else goes through Display.
fn write_number(buf: &mut Vec<u8>, value: f64, numbers: &mut ryu::Buffer) {
    if value.is_finite() {
        let text = numbers.format_finite(value);
        let text = text.strip_suffix(".0").unwrap_or(text);
        let significant = text.bytes().filter(u8::is_ascii_digit).skip_while(|&b| b == b'0').count();
        if !text.contains('e') && significant <= 15 {
            buf.extend_from_slice(text.as_bytes());
            return;
        }
    }
    let _ = std::io::Write::write_fmt(buf, format_args!("{value}"));
}

/// How the CSV writer writes `text` as a field among others (quoted only when needed).
fn csv_text(text: &str) -> csv::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    // A second field: a record of one empty field is written `""`, a field among others is not.
    w.write_record([text, "x"])?;
    let mut bytes = w.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
    bytes.truncate(bytes.len() - ",x\n".len());
    Ok(bytes)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_display_writes_them() {
        let mut numbers = ryu::Buffer::new();
        let mut check = |v: f64| {
            let mut buf = Vec::new();
            write_number(&mut buf, v, &mut numbers);
            assert_eq!(String::from_utf8(buf).unwrap(), v.to_string(), "{v:?}");
        };
        for v in [0.0, -0.0, 1.0, 42.0, 1.5, 0.1, 1e21, 1e15, 1e16, 1e-5, 1e-7, 123456.789, f64::NAN, f64::INFINITY] {
            check(v);
            check(-v);
        }
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..200_000u32 {
            // Figures as statistics publish them, and arbitrary bit patterns.
            check(f64::from(i) / 10.0);
            check(f64::from(i) / 7.0);
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            check(f64::from_bits(x));
        }
    }

    /// The cube's own row writer gives the bytes the general CSV writer gives:
    /// quoted codes, quoted meanings, numbers in full.
    #[test]
    fn a_cube_is_written_as_the_csv_writer_writes_its_rows() {
        let json = r#"{"version":"2.0","class":"dataset","id":["geo","time"],"size":[2,3],
            "dimension":{"geo":{"category":{"index":{"DE":0,"X,\"Y":1}}},"time":{"category":{"index":{"2020":0,"2021":1,"2022":2}}}},
            "value":{"0":1.5,"2":1e21,"3":-0.000001,"5":42},"status":{"0":"bu","3":"p"},
            "extension":{"status":{"label":{"p":"provisional, \"draft\""}}}}"#;
        let cube = parse(ReadFormat::Jsonstat, json.as_bytes()).unwrap();
        let mut fast = Vec::new();
        cube.write_csv(&mut fast).unwrap();
        let fast = String::from_utf8(fast).unwrap();
        assert_eq!(
            fast,
            "geo,time,value,flags,flag_meaning\n\
             DE,2020,1.5,bu,\"break in time series, low reliability\"\n\
             DE,2022,1000000000000000000000,,\n\
             \"X,\"\"Y\",2020,-0.000001,p,\"provisional, \"\"draft\"\"\"\n\
             \"X,\"\"Y\",2022,42,,\n"
        );
        // The same cells as rows, through the general writer (with the cube's labels).
        let Parsed::Cube(c) = &cube else { panic!("a cube") };
        let mut general = Vec::new();
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(&mut general);
        w.write_record(["geo", "time", "value", "flags", "flag_meaning"]).unwrap();
        cube.visit(|_, codes, value, flags| {
            let mut record: Vec<String> = codes.iter().map(|(_, code)| code.to_string()).collect();
            record.extend([value.to_string(), flags.to_string(), cube.status_meaning(flags)]);
            w.write_record(&record).unwrap();
        });
        drop(w);
        assert_eq!(String::from_utf8(general).unwrap(), fast);
        assert_eq!(c.cells.len(), 4);
    }
}
