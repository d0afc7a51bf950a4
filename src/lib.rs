//! factgap: close the gap between what people believe about refugees and what
//! the official numbers say.
//!
//! The pipeline reads top to bottom, one module per stage, each with a typed
//! input and a typed output:
//!
//! ```text
//! project (sources/*.toml, claims.toml) ─▶ fetch ─▶ store (snapshots)
//!   ─▶ normalize (Observations, a polars DataFrame) ─▶ compare (Facts)
//!   ─▶ publish (output/site, swapped in whole)
//! ```
//!
//! [`pipeline`] chains the stages; the binary only parses arguments and calls it.
//! [`run`] holds what every run shares (the lock, a clean stop, how it ended);
//! [`schedule`] starts runs unattended.

pub mod briefing;
pub mod compare;
pub mod config;
pub mod fetch;
pub mod files;
pub mod inspect;
pub mod normalize;
pub mod pipeline;
pub mod problem;
pub mod project;
pub mod publish;
pub mod run;
pub mod schedule;
pub mod state;
pub mod store;
