//! Replays every input kept under `tests/fuzz_regressions/<target>/` (the
//! seed corpus of each fuzz target and every crash the fuzzers found)
//! through the very code the target runs, `fuzz/src/lib.rs`: no panic, and
//! the target's invariants hold. A crash found once stays a plain test.

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

#[path = "../fuzz/src/lib.rs"]
mod targets;

/// Runs `target` on every file of `tests/fuzz_regressions/<name>/` and
/// fails naming each file that panicked.
fn replay(name: &str, target: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(name);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    let failed: Vec<String> = files
        .iter()
        .filter(|path| {
            let bytes = fs::read(path).expect("a readable regression file");
            catch_unwind(AssertUnwindSafe(|| target(&bytes))).is_err()
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(failed.is_empty(), "{name} fails on {failed:#?}");
}

#[test]
fn load_txt() {
    replay("load_txt", targets::load_txt);
}

#[test]
fn load_json() {
    replay("load_json", targets::load_json);
}

#[test]
fn load_jsonl() {
    replay("load_jsonl", targets::load_jsonl);
}

#[test]
fn tag() {
    replay("tag", targets::tag);
}

#[test]
fn build_timeline() {
    replay("build_timeline", targets::build_timeline);
}
