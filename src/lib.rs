//! factgap: close the gap between what people believe about refugees and what
//! the official numbers say.
//!
//! The pipeline reads top to bottom, one module per stage, each with a typed
//! input and a typed output:
//!
//! ```text
//! project (sources/*.toml, claims.toml) ─▶ fetch ─▶ store (snapshots)
//!   ─▶ normalize (Observations, a polars DataFrame) ─▶ compare (Facts)
//!   ─▶ present (views in each language) ─▶ publish (output/site, swapped in whole)
//!                                       └─▶ briefing (the monthly press briefing)
//! ```
//!
//! [`formats`] reads each provider's response format; fetch uses it to
//! validate, normalize to map cells onto observations.
//!
//! [`pipeline`] chains the stages; the binary only parses arguments and calls it.
//! [`run`] holds what every run shares (the lock, a clean stop, how it ended);
//! [`schedule`] starts runs unattended.

pub mod briefing;
pub mod compare;
pub mod config;
pub mod fetch;
pub mod files;
pub mod formats;
pub mod inspect;
pub mod normalize;
pub mod pipeline;
pub mod present;
pub mod problem;
pub mod project;
pub mod publish;
pub mod run;
pub mod schedule;
pub mod state;
pub mod store;
