//! factgap's integration tests: one binary (every test binary links polars),
//! one module per feature. Fixture projects live in `tests/fixtures/`; the
//! recorded real API responses in `../shared/fixtures/` are used when present.

mod briefing;
mod cards;
mod cli;
mod common;
mod compare;
mod connectors;
mod evidence;
mod faults;
mod fetch;
mod generated;
mod honesty;
mod languages;
mod layout;
mod normalize;
mod pipeline;
mod schedule;
mod site;
mod site_checks;
mod tools;
