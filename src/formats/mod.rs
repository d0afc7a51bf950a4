//! How each provider's response is read, apart from how it is fetched and what
//! it means: JSON-stat (Eurostat, SCB, Statistics Denmark), Eurostat TSV,
//! SDMX-CSV (OECD, Eurostat), UNHCR's JSON pages, GENESIS flat files, Zenodo
//! records, and plain CSV or JSON. Each reader turns bytes into tidy cells
//! ([`table::Parsed`]); `fetch` uses them to validate a body before storing it,
//! `normalize` to map the cells onto canonical observations, `factgap inspect`
//! to print them as they are.

pub mod eurostat_tsv;
pub mod genesis_ffcsv;
pub mod jsonstat;
pub mod provider_time;
mod records;
pub mod sdmx_csv;
pub mod table;
pub mod unhcr;
pub mod zenodo;
