//! Claims (`sources/claims.toml`): a belief people hold, where the public's
//! estimate comes from, which official figures may answer it, and what a
//! reader must be told when the populations compared are not the same.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClaimsFile {
    #[serde(default)]
    pub claim: Vec<Claim>,
}

/// One claim, judged in every place where the data allow.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// Stable id; part of every fact's permalink.
    pub id: String,
    pub topic: Topic,
    /// The indicator of the official figure, e.g. `employment_rate`.
    pub indicator: String,
    #[serde(default = "default_sex")]
    pub sex: String,
    /// Places to judge; by default every place with an acceptable official figure.
    #[serde(default)]
    pub places: Option<Vec<String>>,
    /// How many years apart the estimate and the official figure may be.
    pub max_period_gap_years: f64,
    /// Texts per language: the belief (the myth, named once) and why people get it wrong.
    pub text: BTreeMap<String, ClaimText>,
    pub estimate: EstimateSpec,
    /// Acceptable official figures, most preferred first.
    pub actual: Vec<Pairing>,
    /// Figures shown beside the headline for context (each the latest in the place).
    #[serde(default)]
    pub context: Vec<ContextSpec>,
    /// The same belief about another group, where the survey asked it too
    /// (natives' unemployment beside immigrants'): a gap that the public shows
    /// for everyone is innumeracy, not a view of immigrants.
    #[serde(default)]
    pub benchmark: Option<BenchmarkSpec>,
}

/// Which group the survey's benchmark question was about.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BenchmarkSpec {
    pub population: String,
}

/// A figure a reader needs beside the headline: the whole population's rate,
/// the same group's employment beside its welfare receipt.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ContextSpec {
    pub indicator: String,
    pub population: String,
    /// Defaults to the claim's.
    #[serde(default)]
    pub sex: Option<String>,
    #[serde(default)]
    pub age: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
}

fn default_sex() -> String {
    "T".into()
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, strum::IntoStaticStr, strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Topic {
    Education,
    Employment,
    Welfare,
    PopulationShare,
}

impl Topic {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimText {
    pub belief: String,
    pub why: String,
    /// One line on why people get it wrong, for cards (else the first sentence of `why`).
    #[serde(default)]
    pub why_short: Option<String>,
}

/// Where the public's estimate comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum EstimateSpec {
    /// A numeric estimate from a survey (observations of kind `perceived`).
    Survey {
        /// Defaults to the claim's indicator.
        indicator: Option<String>,
        population: String,
        /// Source ids to take estimates from; `poll.*` matches every user poll.
        sources: Vec<String>,
        /// Only estimates by these respondents (e.g. `democrats`), when a survey
        /// reports groups separately; by default any.
        #[serde(default)]
        respondents: Option<Vec<String>>,
    },
    /// A survey's answer in its own words, asked as a range or a category
    /// ("almost half think under 40 %", "three quarters rate it low"): shown as
    /// asked, judged only where the range can be set against the figure.
    Answer {
        /// The survey source whose `findings` file holds the answer.
        source: String,
        finding: String,
        population: String,
    },
    /// A FOCUS finding that states only the direction of the misperception.
    Finding {
        /// The findings source, e.g. `focus.findings`.
        source: String,
        finding: String,
        /// The population the finding is about.
        population: String,
    },
}

impl EstimateSpec {
    pub fn population(&self) -> &str {
        match self {
            EstimateSpec::Survey { population, .. }
            | EstimateSpec::Answer { population, .. }
            | EstimateSpec::Finding { population, .. } => population,
        }
    }
}

/// One acceptable official figure for a claim.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pairing {
    pub population: String,
    /// The official figure's indicator when it is not the claim's: the same
    /// belief answered by another producer's measure (Denmark's share on public
    /// support beside Germany's basic income support).
    #[serde(default)]
    pub indicator: Option<String>,
    /// Only from this source.
    #[serde(default)]
    pub source: Option<String>,
    /// Only from the same source as the estimate (a survey's own benchmark).
    #[serde(default)]
    pub same_source_as_estimate: bool,
    #[serde(default)]
    pub age: Option<String>,
    /// Required, per language, when the population differs from the estimate's.
    #[serde(default)]
    pub caveat: BTreeMap<String, String>,
    /// Chart this population's series as the trend (same source, sex and age):
    /// e.g. an arrival cohort's employment by years since arrival, when the
    /// headline figure itself has a single point.
    #[serde(default)]
    pub trend_population: Option<String>,
}
