//! Findings as citable records: FOCUS's (`sources/seed/focus.findings.csv`)
//! and surveys' worded answers ("almost half think under 40 %"): the
//! statement, the direction of the misperception where the finding states
//! one, the countries, the sample, and for an answer its period and range.

use super::RowError;
use super::observation::Certainty;
use super::seed::read_csv;
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const FINDING_COLUMNS: [&str; 11] = [
    "id",
    "statement",
    "topic",
    "indicator",
    "direction",
    "countries",
    "respondents",
    "n",
    "citation",
    "certainty",
    "quote",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Underestimated,
    Overestimated,
}

/// One finding of the FOCUS project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub source: String,
    pub id: String,
    pub statement: String,
    pub topic: String,
    pub indicator: Option<String>,
    pub direction: Option<Direction>,
    pub countries: Vec<String>,
    pub respondents: String,
    pub n: Option<u64>,
    pub citation: String,
    pub certainty: Certainty,
    pub quote: Option<String>,
    /// The language of `quote` (BCP 47), when it is not English.
    #[serde(default)]
    pub quote_lang: Option<String>,
    /// When the survey asked (a survey's worded answer; FOCUS gives no period).
    #[serde(default)]
    pub period: Option<String>,
    /// An answer given as a range, e.g. "under 40 %": its upper bound.
    #[serde(default)]
    pub answer_below: Option<f64>,
    /// Its lower bound, for "over X %".
    #[serde(default)]
    pub answer_above: Option<f64>,
}

pub fn read(path: &Path, source: &str) -> Result<Vec<Finding>, Vec<RowError>> {
    let records = read_csv(path, &FINDING_COLUMNS)?;
    let mut findings = Vec::new();
    let mut errors = Vec::new();
    for (line, f) in records {
        let get = |k: &str| f.get(k).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let fail = |field: &str, message: String| RowError { line: Some(line), field: Some(field.into()), message };
        let result = (|| {
            let id = get("id").ok_or_else(|| fail("id", "is required".into()))?;
            let statement = get("statement").ok_or_else(|| fail("statement", "is required".into()))?;
            let citation = get("citation").ok_or_else(|| fail("citation", "is required".into()))?;
            let direction = match get("direction").as_deref() {
                None => None,
                Some("underestimated") => Some(Direction::Underestimated),
                Some("overestimated") => Some(Direction::Overestimated),
                Some(other) => {
                    return Err(fail("direction", format!("`{other}` is not underestimated or overestimated")));
                }
            };
            let certainty = match get("certainty").as_deref() {
                Some("V") => Certainty::V,
                Some("S") => Certainty::S,
                Some("D") => Certainty::D,
                Some("U") => {
                    return Err(fail("certainty", "U marks an uncertain finding, which is never published".into()));
                }
                other => {
                    return Err(fail("certainty", format!("`{}` is not V, S or D", other.unwrap_or(""))));
                }
            };
            let n = match get("n") {
                None => None,
                Some(v) => Some(v.parse().map_err(|_| fail("n", format!("`{v}` is not a whole number")))?),
            };
            let countries: Vec<String> = get("countries")
                .unwrap_or_default()
                .split(';')
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect();
            if countries.is_empty() {
                return Err(fail("countries", "names no country".into()));
            }
            let bound = |field: &str| -> Result<Option<f64>, RowError> {
                match get(field) {
                    None => Ok(None),
                    Some(v) => v.parse().map(Some).map_err(|_| fail(field, format!("`{v}` is not a number"))),
                }
            };
            let answer_below = bound("answer_below")?;
            let answer_above = bound("answer_above")?;
            let period = get("period");
            if let Some(p) = &period {
                super::observation::validate_period(p).map_err(|m| fail("period", m))?;
            }
            Ok(Finding {
                source: source.to_string(),
                id,
                statement,
                topic: get("topic").unwrap_or_default(),
                indicator: get("indicator"),
                direction,
                countries,
                respondents: get("respondents").unwrap_or_default(),
                n,
                citation,
                certainty,
                quote: get("quote"),
                quote_lang: get("quote_lang"),
                period,
                answer_below,
                answer_above,
            })
        })();
        match result {
            Ok(finding) => findings.push(finding),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() { Ok(findings) } else { Err(errors) }
}
