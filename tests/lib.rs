//! Integration tests, in one binary so the two-core CI machine links once.
//!
//! - `temporal_cases`: the data-driven case tables in `tests/data/*.toml`.
//! - `properties`: invariants on arbitrary input (spans, no panics, round trips).
//! - `fixtures`: insta snapshots of whole fixture articles.

#[cfg(feature = "cli")]
mod cli;
mod fixture_timexes;
mod fixtures_snapshots;
mod properties;
mod temporal_cases;
mod timeline;
