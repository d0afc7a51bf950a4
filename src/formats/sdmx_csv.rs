//! SDMX-CSV as Eurostat (1.0: `DATAFLOW,LAST UPDATE,…,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS`)
//! and the OECD Data Explorer (2.0: `STRUCTURE,STRUCTURE_ID,ACTION,…`) send it,
//! including the labelled variant (`CODE: Label`, `;` separator, decimal comma).

use super::table::{RowCell, Rows};

/// Columns that describe the message, not a dimension of the data.
const META: [&str; 8] =
    ["DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "SERIES_KEY", "OBS_KEY", "LAST UPDATE"];
/// Observation-level attributes that carry status flags.
const FLAG_COLUMNS: [&str; 2] = ["OBS_FLAG", "OBS_STATUS"];
/// Attributes that are neither dimensions nor flags.
const IGNORED: [&str; 5] = ["CONF_STATUS", "UNIT_MULT", "DECIMALS", "UPDATED", "OBS_CONF"];

/// The code part of a labelled cell or header (`DE: Germany` → `DE`).
fn code(cell: &str) -> &str {
    cell.split_once(": ").map_or(cell, |(c, _)| c).trim()
}

pub fn parse(text: &str) -> Result<Rows, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().ok_or("empty file")?;
    let separator = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let decimal_comma = separator == b';';
    let mut reader = csv::ReaderBuilder::new().delimiter(separator).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("header: {e}"))?
        .iter()
        .map(|h| code(h.split('[').next().unwrap_or(h)).to_string())
        .collect();
    let value_at = headers.iter().position(|h| h == "OBS_VALUE").ok_or("no OBS_VALUE column: not SDMX-CSV")?;
    let flag_at = headers.iter().position(|h| FLAG_COLUMNS.contains(&h.as_str()));
    let updated_at = headers.iter().position(|h| h == "LAST UPDATE" || h == "UPDATED");
    let dims: Vec<usize> = (0..headers.len())
        .filter(|&i| {
            let h = headers[i].as_str();
            i != value_at && Some(i) != flag_at && !META.contains(&h) && !IGNORED.contains(&h) && !h.starts_with("ATTR")
        })
        .collect();
    let dimensions: Vec<String> = dims
        .iter()
        .map(|&i| if headers[i] == "TIME_PERIOD" { "time".to_string() } else { headers[i].to_lowercase() })
        .collect();
    let mut rows = Rows { dimensions, cells: Vec::new(), updated: None };
    for record in reader.records() {
        let record = record.map_err(|e| format!("{e}"))?;
        let line = record.position().map(|p| p.line());
        if rows.updated.is_none()
            && let Some(at) = updated_at
        {
            rows.updated = record.get(at).map(str::to_string).filter(|s| !s.is_empty());
        }
        let raw = code(record.get(value_at).unwrap_or(""));
        if raw.is_empty() || raw == ":" || raw == "NaN" {
            continue;
        }
        let number = if decimal_comma { raw.replace(',', ".") } else { raw.to_string() };
        let value: f64 =
            number.parse().map_err(|_| format!("line {}: OBS_VALUE `{raw}` is not a number", line.unwrap_or(0)))?;
        let flags = flag_at.and_then(|i| record.get(i)).map(|f| code(f).to_lowercase()).unwrap_or_default();
        let codes = dims.iter().map(|&i| code(record.get(i).unwrap_or("")).to_string()).collect();
        rows.cells.push(RowCell { line, codes, value, flags });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eurostat_sdmx_csv_1_0_reads_dimensions_values_and_flags() {
        let text = "DATAFLOW,LAST UPDATE,freq,unit,sex,age,citizen,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG,CONF_STATUS\n\
            ESTAT:LFSA_ARGAN(1.0),11/06/26 23:00:00,A,PC,T,Y15-64,FOR,FR,2021,66.5,bd,\n\
            ESTAT:LFSA_ARGAN(1.0),11/06/26 23:00:00,A,PC,T,Y15-64,FOR,DE,2021,,,C\n";
        let rows = parse(text).unwrap();
        assert_eq!(rows.dimensions, ["freq", "unit", "sex", "age", "citizen", "geo", "time"]);
        assert_eq!(rows.cells.len(), 1, "the suppressed cell has no value");
        assert_eq!(rows.cells[0].codes[5], "FR");
        assert_eq!((rows.cells[0].value, rows.cells[0].flags.as_str()), (66.5, "bd"));
        assert_eq!(rows.updated.as_deref(), Some("11/06/26 23:00:00"));
    }

    #[test]
    fn labelled_semicolon_variant_with_decimal_comma() {
        let text = "STRUCTURE[|];STRUCTURE_ID;ACTION;SERIES_KEY;OBS_KEY;DIM_1: Dimension 1;DIM_2: Dimension 2;OBS_VALUE: Observation value;ATTR_2: Attribut 2\n\
            dataflow;ESTAT:NA_MAIN(1.6.0): Agrégats;I;A.B;A.B.2014-01;A: Value A;B: Value B;12,4;Y: Oui\n";
        let rows = parse(text).unwrap();
        assert_eq!(rows.dimensions, ["dim_1", "dim_2"]);
        assert_eq!(rows.cells[0].codes, ["A", "B"]);
        assert_eq!(rows.cells[0].value, 12.4);
    }
}
