//! Integration tests, in one binary so the two-core CI machine links once.
//!
//! - `temporal_cases`: the data-driven case tables in `tests/data/*.toml`.
//! - `fixture_timexes`: every dated expression of the fixture stories.
//! - `fixtures_snapshots`, `timeline`: insta snapshots of whole stories,
//!   order and thread independence, the JSON schema, conflicts.
//! - `properties`: invariants on arbitrary input (spans, no panics, round trips).
//! - `bad_input`: a catalogue of broken files and rows.
//! - `cli`: the binary as a user runs it.
//! - `fuzz_replay`: every fuzz seed and crash, replayed through the fuzz
//!   targets' own code.

mod bad_input;
#[cfg(feature = "cli")]
mod cli;
mod fixture_timexes;
mod fixtures_snapshots;
mod fuzz_replay;
mod properties;
mod support;
mod temporal_cases;
mod timeline;
