//! Integration tests, in one binary so the two-core CI machine links once.
//!
//! - `temporal_cases`: the data-driven case tables in `tests/data/*.toml`.
//! - `fixture_timexes`: every dated expression of the fixture stories.
//! - `fixtures_snapshots`, `timeline`: insta snapshots of whole stories,
//!   order and thread independence, the JSON schema, conflicts.
//! - `properties`: invariants on arbitrary input (spans, no panics, round trips).
//! - `bad_input`: a catalogue of broken files and rows.
//! - `extraction`: event mentions of short texts (groups, roles, headlines,
//!   datelines, which date belongs to which event).
//! - `stages`: extraction records and their merge, sharded and shuffled.
//! - `cli`, `cli_stages`: the binary as a user runs it (`cli_stages`:
//!   `extract` and `merge` against `build`).
//! - `fuzz_replay`: every fuzz seed and crash, replayed through the fuzz
//!   targets' own code.

mod bad_input;
#[cfg(feature = "cli")]
mod cli;
#[cfg(feature = "cli")]
mod cli_stages;
mod extraction;
mod fixture_timexes;
mod fixtures_snapshots;
mod fuzz_replay;
mod properties;
mod stages;
mod support;
mod temporal_cases;
mod timeline;
