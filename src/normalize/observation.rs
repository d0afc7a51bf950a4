//! The canonical observation (README: "How it works") and its validation. Every reader
//! produces a map of canonical column → text; [`Observation::from_fields`]
//! is the one place that decides what a valid row is.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A canonical column: its name, its type in `observations.csv` and the data
/// package, and whether a seed CSV must have it. The one list of columns:
/// the observation table, the seeds' header and the data package read it.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: ColumnType,
    /// A seed CSV has it (`source` is the file's; `median` only surveys give).
    pub in_seeds: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    Number,
    Integer,
}

/// The canonical columns, in the order of `observations.csv`.
pub const COLUMNS: [Column; 20] = [
    Column { name: "source", kind: ColumnType::Text, in_seeds: false },
    Column { name: "indicator", kind: ColumnType::Text, in_seeds: true },
    Column { name: "geo", kind: ColumnType::Text, in_seeds: true },
    Column { name: "population", kind: ColumnType::Text, in_seeds: true },
    Column { name: "period", kind: ColumnType::Text, in_seeds: true },
    Column { name: "sex", kind: ColumnType::Text, in_seeds: true },
    Column { name: "age", kind: ColumnType::Text, in_seeds: true },
    Column { name: "value", kind: ColumnType::Number, in_seeds: true },
    Column { name: "unit", kind: ColumnType::Text, in_seeds: true },
    Column { name: "ci_low", kind: ColumnType::Number, in_seeds: true },
    Column { name: "ci_high", kind: ColumnType::Number, in_seeds: true },
    Column { name: "n", kind: ColumnType::Integer, in_seeds: true },
    Column { name: "median", kind: ColumnType::Number, in_seeds: false },
    Column { name: "flags", kind: ColumnType::Text, in_seeds: true },
    Column { name: "kind", kind: ColumnType::Text, in_seeds: true },
    Column { name: "respondents", kind: ColumnType::Text, in_seeds: true },
    Column { name: "years_since_arrival", kind: ColumnType::Integer, in_seeds: true },
    Column { name: "citation", kind: ColumnType::Text, in_seeds: true },
    Column { name: "certainty", kind: ColumnType::Text, in_seeds: true },
    Column { name: "quote", kind: ColumnType::Text, in_seeds: true },
];

/// The canonical columns' names, in order.
pub fn column_names() -> impl Iterator<Item = &'static str> {
    COLUMNS.iter().map(|c| c.name)
}

/// Columns a seed CSV must have.
pub fn seed_columns() -> Vec<&'static str> {
    COLUMNS.iter().filter(|c| c.in_seeds).map(|c| c.name).collect()
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Unit {
    Percent,
    Persons,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Whether a figure is measured, estimated by the public, or reported by the people it describes.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Kind {
    Actual,
    Perceived,
    SelfReported,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// How sure a figure is, as marked in each seed row; `U` (uncertain) is never published.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
pub enum Certainty {
    /// Seen verbatim in the primary source (or read from the producer's own API).
    V,
    /// Seen only in a secondary source.
    S,
    /// Read from a third-party copy of Eurostat files.
    D,
}

impl Certainty {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The mark in words, for downloads (pages and cards say it in their language).
    pub fn in_words(self) -> &'static str {
        match self {
            Certainty::V => "seen in the primary source (or read from the producer's own data service)",
            Certainty::S => "reported by a secondary source quoting the original; not yet checked against it",
            Certainty::D => {
                "from a third-party copy of Eurostat's files, not yet checked against Eurostat; replaced by Eurostat's own figure when fetched"
            }
        }
    }
}

/// One row of the canonical observation table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    pub source: String,
    pub indicator: String,
    pub geo: String,
    pub population: String,
    /// `YYYY` or `YYYY-MM`.
    pub period: String,
    pub sex: String,
    pub age: String,
    pub value: f64,
    pub unit: Unit,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub n: Option<u64>,
    pub median: Option<f64>,
    /// Source status flags, e.g. Eurostat's `b` (break), `u` (low reliability), `d` (definition differs).
    pub flags: String,
    pub kind: Kind,
    pub respondents: Option<String>,
    pub years_since_arrival: Option<u32>,
    /// Publication, table or page (or dataset) the figure was read from.
    pub citation: String,
    pub certainty: Certainty,
    pub quote: Option<String>,
}

/// A field that failed validation.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

fn err(field: &str, message: impl Into<String>) -> FieldError {
    FieldError { field: field.into(), message: message.into() }
}

/// A row's cells by canonical column name: a map, or a CSV record read in place.
pub trait Fields {
    fn field(&self, name: &str) -> Option<&str>;
}

impl Fields for BTreeMap<String, String> {
    fn field(&self, name: &str) -> Option<&str> {
        self.get(name).map(String::as_str)
    }
}

impl Observation {
    /// Validates one row given as canonical column → text. Empty text means "not given".
    pub fn from_fields(source: &str, fields: &impl Fields) -> Result<Observation, FieldError> {
        let get = |name: &str| fields.field(name).map(|s| s.trim()).filter(|s| !s.is_empty());
        let required = |name: &str| get(name).ok_or_else(|| err(name, "is required but empty"));
        let code = |name: &str| -> Result<String, FieldError> {
            let v = required(name)?;
            if v.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
                Ok(v.to_string())
            } else {
                Err(err(name, format!("`{v}` is not a snake_case code")))
            }
        };
        let number = |name: &str| -> Result<Option<f64>, FieldError> {
            match get(name) {
                None => Ok(None),
                Some(v) => match v.parse::<f64>() {
                    Ok(x) if x.is_finite() => Ok(Some(x)),
                    _ => Err(err(name, format!("`{v}` is not a number"))),
                },
            }
        };
        let whole = |name: &str| -> Result<Option<u64>, FieldError> {
            match get(name) {
                None => Ok(None),
                Some(v) => v.parse::<u64>().map(Some).map_err(|_| err(name, format!("`{v}` is not a whole number"))),
            }
        };

        let indicator = code("indicator")?;
        let population = code("population")?;
        let geo = required("geo")?;
        if !(2..=12).contains(&geo.len())
            || !geo.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(err(
                "geo",
                format!("`{geo}` is not an ISO 3166-1 alpha-2 code or an aggregate such as EU27_2020"),
            ));
        }
        let period = required("period")?;
        validate_period(period).map_err(|m| err("period", m))?;
        let sex = required("sex")?;
        if !matches!(sex, "T" | "F" | "M") {
            return Err(err("sex", format!("`{sex}` is not T, F or M")));
        }
        let age = required("age")?;
        let unit = match required("unit")? {
            "percent" => Unit::Percent,
            "persons" => Unit::Persons,
            other => {
                return Err(err("unit", format!("`{other}` is not `percent` or `persons`")));
            }
        };
        let value = number("value")?.ok_or_else(|| err("value", "is required but empty"))?;
        match unit {
            Unit::Percent if !(0.0..=100.0).contains(&value) => {
                return Err(err("value", format!("{value} is outside 0–100 for a percentage")));
            }
            Unit::Persons if value < 0.0 || value.fract() != 0.0 => {
                return Err(err("value", format!("{value} is not a count of persons")));
            }
            _ => {}
        }
        let ci_low = number("ci_low")?;
        let ci_high = number("ci_high")?;
        if let (Some(lo), Some(hi)) = (ci_low, ci_high)
            && !(lo <= value && value <= hi)
        {
            return Err(err("ci_low", format!("interval {lo}–{hi} does not contain the value {value}")));
        }
        let n = whole("n")?;
        if n == Some(0) {
            return Err(err("n", "a sample size of 0"));
        }
        let median = number("median")?;
        let flags = get("flags").unwrap_or("").to_string();
        if !flags.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(err("flags", format!("`{flags}` is not a set of status letters such as `bu`")));
        }
        let kind = match required("kind")? {
            "actual" => Kind::Actual,
            "perceived" => Kind::Perceived,
            "self_reported" => Kind::SelfReported,
            other => {
                return Err(err("kind", format!("`{other}` is not actual, perceived or self_reported")));
            }
        };
        let respondents = get("respondents").map(str::to_string);
        if kind == Kind::Perceived && respondents.is_none() {
            return Err(err("respondents", "a perceived figure must say whose estimate it is"));
        }
        let years_since_arrival = match get("years_since_arrival") {
            None => None,
            Some(v) => {
                Some(v.parse::<u32>().map_err(|_| err("years_since_arrival", format!("`{v}` is not a whole number")))?)
            }
        };
        let citation = required("citation")?.to_string();
        let certainty = match required("certainty")? {
            "V" => Certainty::V,
            "S" => Certainty::S,
            "D" => Certainty::D,
            "U" => {
                return Err(err("certainty", "U marks an uncertain figure, which is never published"));
            }
            other => return Err(err("certainty", format!("`{other}` is not V, S or D"))),
        };
        Ok(Observation {
            source: source.to_string(),
            indicator,
            geo: geo.to_string(),
            population,
            period: period.to_string(),
            sex: sex.to_string(),
            age: age.to_string(),
            value,
            unit,
            ci_low,
            ci_high,
            n,
            median,
            flags,
            kind,
            respondents,
            years_since_arrival,
            citation,
            certainty,
            quote: get("quote").map(str::to_string),
        })
    }

    /// What makes two rows the same cell; two values for one key are an error.
    /// What makes an observation one of a kind: a survey that reports its
    /// respondent groups separately has one estimate per group.
    #[allow(clippy::type_complexity)]
    pub fn key(&self) -> (&str, &str, &str, &str, &str, &str, &str, Kind, Option<u32>, Option<&str>) {
        (
            &self.source,
            &self.indicator,
            &self.geo,
            &self.population,
            &self.sex,
            &self.age,
            &self.period,
            self.kind,
            self.years_since_arrival,
            self.respondents.as_deref(),
        )
    }

    /// The period as a fractional year, for measuring gaps between periods.
    pub fn period_years(&self) -> f64 {
        period_years(&self.period)
    }
}

/// `2024` → 2024.0, `2024-07` → 2024.5, `2019-Q3` → 2019.5.
pub fn period_years(period: &str) -> f64 {
    let year: f64 = period.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0.0);
    if let Some(quarter) = period.get(5..).and_then(|q| q.strip_prefix('Q')).and_then(|q| q.parse::<f64>().ok()) {
        return year + (quarter - 1.0) / 4.0;
    }
    match period.get(5..).and_then(|m| m.parse::<f64>().ok()) {
        Some(month) => year + (month - 1.0) / 12.0,
        None => year,
    }
}

pub(crate) fn validate_period(period: &str) -> Result<(), String> {
    let bad = || format!("`{period}` is not a year (YYYY), a quarter (YYYY-Qn) or a month (YYYY-MM)");
    let year: u32 = period.get(..4).and_then(|y| y.parse().ok()).ok_or_else(bad)?;
    if !(1900..=2100).contains(&year) {
        return Err(bad());
    }
    match period.len() {
        4 => Ok(()),
        7 if &period[4..6] == "-Q" => match period[6..].parse::<u32>() {
            Ok(1..=4) => Ok(()),
            _ => Err(bad()),
        },
        7 if &period[4..5] == "-" => match period[5..].parse::<u32>() {
            Ok(1..=12) => Ok(()),
            _ => Err(bad()),
        },
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        let mut base: BTreeMap<String, String> = [
            ("indicator", "employment_rate"),
            ("geo", "DE"),
            ("population", "non_eu_citizens"),
            ("period", "2024"),
            ("sex", "T"),
            ("age", "20-64"),
            ("value", "62.6"),
            ("unit", "percent"),
            ("kind", "actual"),
            ("citation", "Eurostat lfsa_ergan"),
            ("certainty", "D"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        for (k, v) in pairs {
            base.insert(k.to_string(), v.to_string());
        }
        base
    }

    #[test]
    fn a_valid_row_parses_with_its_value() {
        let o = Observation::from_fields("eurostat.lfsa_ergan", &fields(&[])).unwrap();
        assert_eq!(o.value, 62.6);
        assert_eq!(o.certainty, Certainty::D);
    }

    #[test]
    fn bad_values_name_their_field() {
        let cases = [
            ("value", "62,6", "value"),
            ("value", "162.6", "value"),
            ("certainty", "U", "certainty"),
            ("period", "24", "period"),
            ("geo", "Germany", "geo"),
            ("sex", "X", "sex"),
            ("kind", "perceived", "respondents"),
        ];
        for (field, bad, at) in cases {
            let e = Observation::from_fields("s", &fields(&[(field, bad)])).unwrap_err();
            assert_eq!(e.field, at, "{field}={bad}: {}", e.message);
        }
    }

    #[test]
    fn months_count_as_fractions_of_a_year() {
        assert_eq!(period_years("2024"), 2024.0);
        assert_eq!(period_years("2024-07"), 2024.5);
    }
}
