//! The canonical observation table as a polars DataFrame: normalize's output
//! and compare's input, also written as `observations.csv`.

use super::observation::{COLUMNS, Certainty, Kind, Observation, Unit};
use polars::prelude::*;

/// All observations of a run, one row each, sorted so that every run with the
/// same inputs gives the same table.
#[derive(Debug, Clone)]
pub struct Observations {
    frame: DataFrame,
}

impl Observations {
    pub fn from_rows(mut rows: Vec<Observation>) -> PolarsResult<Self> {
        rows.sort_by(|a, b| a.key().cmp(&b.key()));
        let text = |f: fn(&Observation) -> &str| rows.iter().map(f).collect::<Vec<&str>>();
        let opt_text = |f: fn(&Observation) -> Option<&str>| rows.iter().map(f).collect::<Vec<Option<&str>>>();
        // One series per canonical column, in the order of `COLUMNS`, which names them.
        let series = [
            Series::new(PlSmallStr::EMPTY, text(|o| &o.source)),
            Series::new(PlSmallStr::EMPTY, text(|o| &o.indicator)),
            Series::new(PlSmallStr::EMPTY, text(|o| &o.geo)),
            Series::new(PlSmallStr::EMPTY, text(|o| &o.population)),
            Series::new(PlSmallStr::EMPTY, text(|o| &o.period)),
            Series::new(PlSmallStr::EMPTY, text(|o| &o.sex)),
            Series::new(PlSmallStr::EMPTY, text(|o| &o.age)),
            Series::new(PlSmallStr::EMPTY, rows.iter().map(|o| o.value).collect::<Vec<f64>>()),
            Series::new(PlSmallStr::EMPTY, text(|o| o.unit.as_str())),
            Series::new(PlSmallStr::EMPTY, rows.iter().map(|o| o.ci_low).collect::<Vec<_>>()),
            Series::new(PlSmallStr::EMPTY, rows.iter().map(|o| o.ci_high).collect::<Vec<_>>()),
            Series::new(PlSmallStr::EMPTY, rows.iter().map(|o| o.n).collect::<Vec<_>>()),
            Series::new(PlSmallStr::EMPTY, rows.iter().map(|o| o.median).collect::<Vec<_>>()),
            Series::new(PlSmallStr::EMPTY, text(|o| &o.flags)),
            Series::new(PlSmallStr::EMPTY, text(|o| o.kind.as_str())),
            Series::new(PlSmallStr::EMPTY, opt_text(|o| o.respondents.as_deref())),
            Series::new(PlSmallStr::EMPTY, rows.iter().map(|o| o.years_since_arrival).collect::<Vec<_>>()),
            Series::new(PlSmallStr::EMPTY, text(|o| &o.citation)),
            Series::new(PlSmallStr::EMPTY, text(|o| o.certainty.as_str())),
            Series::new(PlSmallStr::EMPTY, opt_text(|o| o.quote.as_deref())),
        ];
        let columns: Vec<Column> =
            series.into_iter().zip(&COLUMNS).map(|(s, c)| s.with_name(c.name.into()).into_column()).collect();
        Ok(Observations { frame: DataFrame::new(rows.len(), columns)? })
    }

    pub fn frame(&self) -> &DataFrame {
        &self.frame
    }

    pub fn len(&self) -> usize {
        self.frame.height()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The rows back as typed observations, in table order.
    pub fn rows(&self) -> PolarsResult<Vec<Observation>> {
        rows_of(&self.frame)
    }

    /// The rows whose key columns pass `keep`, as typed observations in table
    /// order. `keep` reads the columns in place (no row is built to be thrown
    /// away) and polars' filter gathers the rows kept: at a million rows most of
    /// compare's time was turning rows it never looks at into owned strings.
    pub fn rows_where<'a>(&'a self, mut keep: impl FnMut(&RowKey<'a>) -> bool) -> PolarsResult<Vec<Observation>> {
        let df = &self.frame;
        let s = |name: &str| df.column(name).and_then(|c| c.str());
        let (kind, indicator, geo, population) = (s("kind")?, s("indicator")?, s("geo")?, s("population")?);
        let (sex, age) = (s("sex")?, s("age")?);
        let keys =
            kind.iter().zip(indicator.iter()).zip(geo.iter()).zip(population.iter()).zip(sex.iter()).zip(age.iter());
        let mask: BooleanChunked = keys
            .map(|(((((kind, indicator), geo), population), sex), age)| {
                keep(&RowKey {
                    kind: kind.and_then(|k| k.parse().ok()).unwrap_or(Kind::Actual),
                    indicator: indicator.unwrap_or_default(),
                    geo: geo.unwrap_or_default(),
                    population: population.unwrap_or_default(),
                    sex: sex.unwrap_or_default(),
                    age: age.unwrap_or_default(),
                })
            })
            .collect();
        rows_of(&df.filter(&mask)?)
    }

    /// Writes the table as CSV (RFC 4180, header first).
    pub fn write_csv(&self, out: &mut impl std::io::Write) -> PolarsResult<()> {
        let mut frame = self.frame.clone();
        CsvWriter::new(out).include_header(true).finish(&mut frame)
    }
}

/// The columns a row is selected by, read in place from the table.
#[derive(Debug, Clone, Copy)]
pub struct RowKey<'a> {
    pub kind: Kind,
    pub indicator: &'a str,
    pub geo: &'a str,
    pub population: &'a str,
    pub sex: &'a str,
    pub age: &'a str,
}

/// Every row of a frame in the canonical columns, as typed observations.
fn rows_of(df: &DataFrame) -> PolarsResult<Vec<Observation>> {
    let s = |name: &str| df.column(name).and_then(|c| c.str().cloned());
    let f = |name: &str| df.column(name).and_then(|c| c.f64().cloned());
    let u = |name: &str| df.column(name).and_then(|c| c.u64().cloned());
    let (source, indicator, geo, population, period) =
        (s("source")?, s("indicator")?, s("geo")?, s("population")?, s("period")?);
    let (sex, age, unit, flags, kind) = (s("sex")?, s("age")?, s("unit")?, s("flags")?, s("kind")?);
    let (respondents, citation, certainty, quote) = (s("respondents")?, s("citation")?, s("certainty")?, s("quote")?);
    let (value, ci_low, ci_high, median) = (f("value")?, f("ci_low")?, f("ci_high")?, f("median")?);
    let n = u("n")?;
    let years = df.column("years_since_arrival")?.u32()?.clone();
    let text = |ca: &StringChunked, i: usize| ca.get(i).unwrap_or_default().to_string();
    Ok((0..df.height())
        .map(|i| Observation {
            source: text(&source, i),
            indicator: text(&indicator, i),
            geo: text(&geo, i),
            population: text(&population, i),
            period: text(&period, i),
            sex: text(&sex, i),
            age: text(&age, i),
            value: value.get(i).unwrap_or(f64::NAN),
            unit: unit.get(i).and_then(|u| u.parse().ok()).unwrap_or(Unit::Percent),
            ci_low: ci_low.get(i),
            ci_high: ci_high.get(i),
            n: n.get(i),
            median: median.get(i),
            flags: text(&flags, i),
            kind: kind.get(i).and_then(|k| k.parse().ok()).unwrap_or(Kind::Actual),
            respondents: respondents.get(i).map(str::to_string),
            years_since_arrival: years.get(i),
            citation: text(&citation, i),
            certainty: certainty.get(i).and_then(|c| c.parse().ok()).unwrap_or(Certainty::D),
            quote: quote.get(i).map(str::to_string),
        })
        .collect())
}
