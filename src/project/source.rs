//! A source as data: `sources/<id>.toml`. It says who produced the figures,
//! how to cite them (Our World in Data's origin fields), where to fetch them,
//! and how their dimensions map to the canonical observation columns.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// One source definition.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSpec {
    /// The file stem, e.g. `eurostat.lfsa_ergan`.
    #[serde(skip_deserializing)]
    pub id: String,
    /// The TOML file, relative to the project root.
    #[serde(skip)]
    pub file: PathBuf,
    pub kind: SourceKind,
    pub provenance: Provenance,
    /// Where a live copy comes from; absent for figures transcribed from publications.
    pub fetch: Option<FetchSpec>,
    /// How to read a fetched snapshot.
    pub read: Option<ReadSpec>,
    /// Figures transcribed from publications, relative to `sources/`. Used
    /// when there is no good snapshot (and always for sources without `fetch`).
    pub seed: Option<String>,
    /// A survey's worded answers ("almost half think under 40 %"), relative to
    /// `sources/`, in the findings columns; read beside its seed figures.
    #[serde(default)]
    pub findings: Option<String>,
    /// Days after which fetched data counts as stale; overrides the project default.
    pub stale_after_days: Option<i64>,
}

/// What kind of producer and connector a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, strum::IntoStaticStr, strum::EnumString)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum SourceKind {
    /// Eurostat dissemination API (JSON-stat 2.0) or bulk TSV.
    Eurostat,
    /// UNHCR Refugee Data Finder population API.
    Unhcr,
    /// OECD Data Explorer (SDMX-CSV).
    Oecd,
    /// PxWeb API v2 (Statistics Sweden) or v1 (Croatian Bureau of Statistics).
    Pxweb,
    /// Destatis GENESIS-Online REST 2020 (`POST data/tablefile`, form-encoded).
    Genesis,
    /// Zenodo records: publications and their files.
    Zenodo,
    /// CSV or JSON at a URL.
    Url,
    /// Official statistics transcribed from a publication (IAB, BA, SCB, ...).
    Publication,
    /// A survey of what the public estimates.
    Survey,
    /// Findings of the FOCUS project, as citable records.
    Findings,
    /// A poll commissioned by the user (`sources/perceptions/*.csv`).
    Poll,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Provenance, modelled on Our World in Data's origin fields.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    pub producer: String,
    pub title: String,
    #[serde(default)]
    pub dataset_code: Option<String>,
    pub url_main: String,
    #[serde(default)]
    pub url_download: Option<String>,
    #[serde(default)]
    pub date_published: Option<String>,
    /// When the figures were read (for seeds: when they were transcribed or extracted).
    pub date_accessed: String,
    pub citation_short: String,
    pub citation_full: String,
    pub licence: String,
    #[serde(default)]
    pub licence_url: Option<String>,
    pub attribution: String,
    /// What the populations in this source mean, keyed by canonical population code.
    #[serde(default)]
    pub population_definitions: BTreeMap<String, String>,
    /// Anything a reader must know before using the figures.
    #[serde(default)]
    pub notes: Option<String>,
    /// How often the producer releases new figures: the "next expected update" readers see.
    #[serde(default)]
    pub update_frequency: UpdateFrequency,
    /// The producer's announced date of its next release (`YYYY-MM` or `YYYY-MM-DD`), if any.
    #[serde(default)]
    pub next_update: Option<String>,
}

/// How often a source's producer releases new figures.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, strum::IntoStaticStr, strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum UpdateFrequency {
    /// Once a year.
    Annual,
    /// Twice a year (e.g. UNHCR's annual and mid-year releases).
    TwiceYearly,
    /// A one-off publication: no update is expected.
    None,
    /// The producer announces no schedule.
    #[default]
    Unknown,
}

impl UpdateFrequency {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// Months between releases, where there is a schedule.
    pub fn months(self) -> Option<u32> {
        match self {
            UpdateFrequency::Annual => Some(12),
            UpdateFrequency::TwiceYearly => Some(6),
            UpdateFrequency::None | UpdateFrequency::Unknown => None,
        }
    }
}

/// Where and how to fetch a live copy.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FetchSpec {
    /// The request URL (or the first of `urls`).
    #[serde(default)]
    pub url: String,
    /// Further requests whose responses together make one snapshot (e.g. UNHCR queries).
    #[serde(default)]
    pub urls: Vec<String>,
    /// `GET` (default) or `POST` (PxWeb v1 queries).
    #[serde(default)]
    pub method: Method,
    /// Request body for `POST`: JSON (PxWeb v1), or form fields (GENESIS).
    #[serde(default)]
    pub body: Option<String>,
    /// Eurostat: the bulk download to use when the API refuses the query as too big (HTTP 413).
    #[serde(default)]
    pub bulk_url: Option<String>,
    /// Overrides of the provider's documented limits.
    #[serde(default)]
    pub max_calls: Option<u32>,
    #[serde(default)]
    pub window_secs: Option<f64>,
    #[serde(default)]
    pub concurrency: Option<u32>,
}

impl FetchSpec {
    /// Every request URL, in order.
    pub fn all_urls(&self) -> Vec<&str> {
        std::iter::once(self.url.as_str())
            .chain(self.urls.iter().map(String::as_str))
            .filter(|u| !u.is_empty())
            .collect()
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    #[default]
    Get,
    Post,
}

/// Format of a fetched snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, strum::IntoStaticStr, strum::EnumString)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ReadFormat {
    /// JSON-stat 2.0 (Eurostat Statistics API, PxWeb json-stat2).
    Jsonstat,
    /// Eurostat's TSV (`format=TSV`, the bulk download).
    EurostatTsv,
    /// SDMX-CSV 1.0 or 2.0 (Eurostat SDMX API, OECD Data Explorer `csvfile`).
    SdmxCsv,
    /// UNHCR population API pages.
    Unhcr,
    /// Destatis GENESIS flat-file CSV (`format=ffcsv`).
    GenesisFfcsv,
    /// A CSV with a `value` column; every other column is a dimension.
    Csv,
    /// A JSON array of flat objects with a `value`.
    Json,
    /// Zenodo record metadata (publications, not observations).
    Zenodo,
}

impl ReadFormat {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// File extension for stored snapshots.
    pub fn extension(self) -> &'static str {
        match self {
            ReadFormat::EurostatTsv => "tsv",
            ReadFormat::SdmxCsv | ReadFormat::Csv | ReadFormat::GenesisFfcsv => "csv",
            _ => "json",
        }
    }
}

/// How a snapshot's dimensions become canonical columns.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ReadSpec {
    pub format: ReadFormat,
    /// Canonical columns with one value for every row (e.g. `indicator`, `unit`, `kind`).
    #[serde(default)]
    pub constant: BTreeMap<String, String>,
    /// One rule per dimension of the data; a dimension without a rule is an error,
    /// so that no dimension is ever summed over silently.
    #[serde(default)]
    pub dimensions: BTreeMap<String, DimensionRule>,
}

/// What to do with one dimension of the source.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionRule {
    /// The canonical column this dimension fills; none for a dimension that only filters.
    pub column: Option<String>,
    /// Source code → canonical value. When present, codes not listed are skipped.
    #[serde(default)]
    pub map: BTreeMap<String, String>,
    /// Codes to keep (when there is no `map`); empty keeps all.
    #[serde(default)]
    pub keep: Vec<String>,
}
