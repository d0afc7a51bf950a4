//! Eurostat's TSV (`format=TSV`, the bulk download): one series per line,
//! `freq,unit,...,geo\TIME_PERIOD` in the first header cell, cells such as
//! `43.3 b`, `75.2 ` or `: u` (`:` = not available).

use super::table::{RowCell, Rows};

pub fn parse(text: &str) -> Result<Rows, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate();
    let (_, header) = lines.next().ok_or("empty file")?;
    let header: Vec<&str> = header.trim_end_matches('\r').split('\t').collect();
    let first = header[0];
    let (dims, time_name) =
        first.rsplit_once('\\').ok_or(format!("first header cell `{first}` has no `\\TIME_PERIOD`"))?;
    if !time_name.trim().eq_ignore_ascii_case("TIME_PERIOD") && !time_name.trim().eq_ignore_ascii_case("time") {
        return Err(format!("first header cell `{first}` does not end in `\\TIME_PERIOD`"));
    }
    let dimensions: Vec<&str> = dims.split(',').map(str::trim).collect();
    let periods: Vec<&str> = header[1..].iter().map(|p| p.trim()).collect();
    let mut cells = Vec::new();
    for (i, line) in lines {
        let line_no = i as u64 + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let parts: Vec<&str> = line.split('\t').collect();
        if parts.len() != periods.len() + 1 {
            return Err(format!("line {line_no}: {} cells, expected {}", parts.len(), periods.len() + 1));
        }
        let codes: Vec<&str> = parts[0].split(',').map(str::trim).collect();
        if codes.len() != dimensions.len() {
            return Err(format!(
                "line {line_no}: series key `{}` does not match the {} dimensions",
                parts[0],
                dimensions.len()
            ));
        }
        for (period, cell) in periods.iter().zip(&parts[1..]) {
            let cell = cell.trim();
            let (number, flags) = cell.split_once(' ').unwrap_or((cell, ""));
            if number == ":" || number.is_empty() {
                continue;
            }
            let value: f64 =
                number.parse().map_err(|_| format!("line {line_no}, period {period}: `{cell}` is not a number"))?;
            let mut codes: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
            codes.push(period.to_string());
            cells.push(RowCell { line: Some(line_no), codes, value, flags: flags.trim().to_string() });
        }
    }
    let mut dimensions: Vec<String> = dimensions.iter().map(|d| d.to_string()).collect();
    dimensions.push("time".into());
    Ok(Rows { dimensions, cells, updated: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_with_flags_and_missing_values() {
        let text = "freq,geo\\TIME_PERIOD\t2023 \t2024 \r\nA,DE\t60.9 \t62.6 b\r\nA,HR\t: u\t80.3 \r\n";
        let rows = parse(text).unwrap();
        assert_eq!(rows.dimensions, ["freq", "geo", "time"]);
        let cells = rows.cells;
        assert_eq!(cells.len(), 3);
        assert_eq!(cells[1].value, 62.6);
        assert_eq!(cells[1].flags, "b");
        assert_eq!(cells[2].codes, ["A", "HR", "2024"]);
        assert_eq!(cells[2].line, Some(3));
    }
}
