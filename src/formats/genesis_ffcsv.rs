//! Destatis GENESIS-Online "flat file" CSV (`format=ffcsv`): one row per
//! cell, `;`-separated, UTF-8 with a byte-order mark. Each row names its
//! dimensions itself (`1_variable_code` … with `1_variable_attribute_code` …)
//! and its time (`time_code`, `time`). GENESIS answers errors with HTTP 200
//! and a JSON envelope (`Status.Code`, `Status.Content`), read here as an error.

use super::table::{RowCell, Rows};

/// Value markers GENESIS writes instead of a number: `-` nothing, `.` secret
/// or unknown, `...` not yet available, `x` not meaningful, `/` too uncertain.
const NO_VALUE: [&str; 5] = ["-", ".", "...", "x", "/"];

pub fn parse(text: &str) -> Result<Rows, String> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('{') {
        return Err(envelope_error(text));
    }
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').has_headers(true).from_reader(text.as_bytes());
    let headers: Vec<String> =
        reader.headers().map_err(|e| format!("line 1: {e}"))?.iter().map(str::to_string).collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    let value_col = col("value").ok_or("line 1: no `value` column (is this a GENESIS ffcsv file?)")?;
    let time = (col("time_code"), col("time"));
    // Dimension pairs: (column holding the variable's code, column holding the attribute code).
    let mut pairs = Vec::new();
    for i in 1.. {
        match (col(&format!("{i}_variable_code")), col(&format!("{i}_variable_attribute_code"))) {
            (Some(name), Some(code)) => pairs.push((name, code)),
            _ => break,
        }
    }
    let value_variable = col("value_variable_code");
    let mut rows = Rows::default();
    for (index, record) in reader.records().enumerate() {
        let line = index as u64 + 2;
        let record = record.map_err(|e| format!("line {line}: {e}"))?;
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let mut dimensions = Vec::new();
        let mut codes = Vec::new();
        if let (Some(name), Some(code)) = time {
            dimensions.push(field(name).to_string());
            codes.push(field(code).to_string());
        }
        for &(name, code) in &pairs {
            if !field(name).is_empty() {
                dimensions.push(field(name).to_string());
                codes.push(field(code).to_string());
            }
        }
        if let Some(v) = value_variable {
            dimensions.push("value_variable".to_string());
            codes.push(field(v).to_string());
        }
        if rows.dimensions.is_empty() {
            rows.dimensions = dimensions;
        } else if rows.dimensions != dimensions {
            return Err(format!(
                "line {line}: the row's dimensions ({}) differ from the first row's ({})",
                dimensions.join(", "),
                rows.dimensions.join(", ")
            ));
        }
        let raw = field(value_col);
        if NO_VALUE.contains(&raw) || raw.is_empty() {
            continue;
        }
        // German decimal comma, thousands without separators in ffcsv.
        let value: f64 = raw
            .replace(',', ".")
            .parse()
            .map_err(|_| format!("line {line}, column `value`: `{raw}` is not a number"))?;
        rows.cells.push(RowCell { line: Some(line), codes, value, flags: String::new() });
    }
    if rows.dimensions.is_empty() {
        return Err("the table has no rows".into());
    }
    Ok(rows)
}

/// GENESIS's JSON answer in place of a table: its status code and message.
pub fn envelope_error(text: &str) -> String {
    let json: serde_json::Value = match serde_json::from_str(text) {
        Ok(json) => json,
        Err(e) => return format!("a JSON answer where a GENESIS table was expected, and not readable: {e}"),
    };
    let code = json.pointer("/Status/Code").map(ToString::to_string).unwrap_or_else(|| "?".into());
    let content = json.pointer("/Status/Content").and_then(|c| c.as_str()).unwrap_or("");
    let hint = match code.as_str() {
        "98" => {
            " (the table is too large for a direct request; ask for fewer cells with classifying variables, or a background job)"
        }
        "104" => " (nothing matches the request)",
        _ => "",
    };
    format!("GENESIS answered status {code}: {content}{hint}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "\u{feff}statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label\n";

    #[test]
    fn rows_name_their_dimensions_and_markers_are_no_value() {
        let text = format!(
            "{HEAD}12531;S;STAG;Stichtag;2024-12-31;SCHST2;K;SCHUTZST-AK-1;Anerkannt;STAAG5;St;ST475;Syrien;21215;Anzahl;BEV030;Schutzsuchende\n12531;S;STAG;Stichtag;2024-12-31;SCHST2;K;SCHUTZST-OF;Offen;STAAG5;St;ST475;Syrien;-;Anzahl;BEV030;Schutzsuchende\n"
        );
        let rows = parse(&text).unwrap();
        assert_eq!(rows.dimensions, ["STAG", "SCHST2", "STAAG5", "value_variable"]);
        assert_eq!(rows.cells.len(), 1);
        assert_eq!(rows.cells[0].codes, ["2024-12-31", "SCHUTZST-AK-1", "ST475", "BEV030"]);
        assert_eq!(rows.cells[0].value, 21215.0);
    }

    #[test]
    fn a_status_envelope_is_an_error_with_its_code() {
        let err = parse(r#"{"Ident":{"Service":"data","Method":"tablefile"},"Status":{"Code":98,"Content":"Die Tabelle ist zu gross","Type":"Fehler"}}"#).unwrap_err();
        assert!(err.contains("status 98: Die Tabelle ist zu gross"), "{err}");
    }

    #[test]
    fn a_bad_value_names_its_line() {
        let text = format!(
            "{HEAD}12531;S;STAG;Stichtag;2024-12-31;SCHST2;K;A;A;STAAG5;St;ST475;Syrien;zwölf;Anzahl;BEV030;S\n"
        );
        assert!(parse(&text).unwrap_err().starts_with("line 2, column `value`"));
    }
}
