//! Data-driven cases for the temporal tagger: every `tests/data/*.toml` table.
//!
//! Each table is a list of named cases:
//!
//! ```toml
//! # why this case exists, if not obvious (cite a cause for regressions)
//! [[case]]
//! name = "weekday_past_tense_met_on_tuesday"
//! dct = "2025-12-03"            # optional; absent = no publication date
//! text = "Witkoff met Putin on Tuesday in Moscow."
//! expect = [{ text = "Tuesday", type = "DATE", value = "2025-12-02" }]
//! ```
//!
//! `expect` lists every mention [`tag`] must report, in text order. For each,
//! `text` (the exact span), `type` (`DATE`, `TIME`, `DURATION`, `SET`) and
//! `value` (the TIMEX3 value) are always compared; `mod` only when given, and
//! `mod = "NONE"` asserts that no modifier is set. `expect = []` asserts that
//! nothing is found.
//!
//! [`temporal_case_tables`] runs every case and, if any fail, panics once with
//! the whole list (file, name, DCT, text, expected and found mentions) and the
//! pass/fail counts per file. Set `TIMEWEAVE_CASE=<substring>` to run only the
//! cases whose name contains it:
//!
//! ```text
//! TIMEWEAVE_CASE=weekday_future cargo test --test lib temporal_case_tables
//! ```
//!
//! [`temporal_case_tables_are_well_formed`] checks the tables themselves:
//! unique names, enough cases, valid DCTs, types, mods and values, and
//! expected spans that occur in the text in order.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;
use timeweave::temporal::{tag, Modifier, TemporalMention};

use crate::support::{describe_found, modifier_name, Tally};
use timeweave::TimeValue;

/// The tables must keep at least this many cases.
const MIN_CASES: usize = 300;

/// Environment variable selecting cases by a substring of their name.
const FILTER_VAR: &str = "TIMEWEAVE_CASE";

/// `mod` value asserting that a mention has no modifier.
const NO_MODIFIER: &str = "NONE";

const TYPES: [&str; 4] = ["DATE", "TIME", "DURATION", "SET"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseTable {
    #[serde(default)]
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    dct: Option<String>,
    text: String,
    expect: Vec<ExpectedMention>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedMention {
    text: String,
    #[serde(rename = "type")]
    kind: String,
    value: String,
    #[serde(rename = "mod", default)]
    modifier: Option<String>,
}

/// A case with the table file it came from.
struct TableCase {
    file: String,
    case: Case,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
}

/// Every case of every `tests/data/*.toml`, files in name order, cases in
/// file order. A table that does not parse is a bug in the suite: panic.
fn load_cases() -> Vec<TableCase> {
    let dir = data_dir();
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read case tables in {}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no case tables in {}", dir.display());

    let mut cases = Vec::new();
    for path in paths {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let table: CaseTable = toml::from_str(&source)
            .unwrap_or_else(|e| panic!("{file} is not a valid case table: {e}"));
        cases.extend(table.case.into_iter().map(|case| TableCase {
            file: file.clone(),
            case,
        }));
    }
    cases
}

fn parse_dct(dct: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(dct, "%Y-%m-%d").map_err(|e| format!("bad dct {dct:?}: {e}"))
}

fn is_known_modifier(name: &str) -> bool {
    name == NO_MODIFIER
        || serde_json::from_value::<Modifier>(serde_json::Value::String(name.to_owned())).is_ok()
}

/// `2025-WI` and the other seasons, checked by shape: `TimeValue`'s parser
/// takes `-W…` for a week.
fn is_season(value: &str) -> bool {
    value.len() == 7
        && value.is_ascii()
        && value.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && matches!(&value[4..], "-SP" | "-SU" | "-FA" | "-WI")
}

fn matches(expected: &ExpectedMention, found: &TemporalMention) -> bool {
    let modifier_ok = match expected.modifier.as_deref() {
        None => true,
        Some(NO_MODIFIER) => found.modifier.is_none(),
        Some(name) => found.modifier.map(modifier_name).as_deref() == Some(name),
    };
    expected.text == found.text
        && expected.kind == found.kind.as_str()
        && expected.value == found.value.to_string()
        && modifier_ok
}

fn describe_expected(e: &ExpectedMention) -> String {
    let mut s = format!("{:?} {} {}", e.text, e.kind, e.value);
    if let Some(m) = &e.modifier {
        let _ = write!(s, " mod={m}");
    }
    s
}

/// Runs one case; `Err` holds the report lines for a failure.
fn run_case(case: &Case) -> Result<(), String> {
    let dct = match case.dct.as_deref().map(parse_dct).transpose() {
        Ok(dct) => dct,
        Err(e) => return Err(format!("    {e}\n")),
    };
    let text = case.text.as_str();
    let found = match std::panic::catch_unwind(|| tag(text, dct)) {
        Ok(found) => found,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".to_owned());
            return Err(format!("    tagger panicked: {msg}\n"));
        }
    };
    let ok = found.len() == case.expect.len()
        && case.expect.iter().zip(&found).all(|(e, f)| matches(e, f));
    if ok {
        return Ok(());
    }

    let row_ok = |i: usize| match (case.expect.get(i), found.get(i)) {
        (Some(e), Some(f)) => matches(e, f),
        _ => false,
    };
    let expected: Vec<String> = case.expect.iter().map(describe_expected).collect();
    let got: Vec<String> = found.iter().map(describe_found).collect();
    let mut report = String::new();
    write_mentions(&mut report, "expected:", &expected, row_ok);
    write_mentions(&mut report, "got:", &got, row_ok);
    Err(report)
}

/// Writes one numbered mention per line; `!` marks a position where expected
/// and found differ.
fn write_mentions(
    report: &mut String,
    label: &str,
    items: &[String],
    row_ok: impl Fn(usize) -> bool,
) {
    if items.is_empty() {
        let _ = writeln!(report, "    {label:<9} (nothing)");
        return;
    }
    let _ = writeln!(report, "    {label}");
    for (i, item) in items.iter().enumerate() {
        let flag = if row_ok(i) { ' ' } else { '!' };
        let _ = writeln!(report, "    {flag} {}. {item}", i + 1);
    }
}

#[test]
fn temporal_case_tables() {
    let filter = std::env::var(FILTER_VAR).ok().filter(|f| !f.is_empty());
    let cases: Vec<TableCase> = load_cases()
        .into_iter()
        .filter(|c| filter.as_deref().is_none_or(|f| c.case.name.contains(f)))
        .collect();
    if let Some(f) = &filter {
        assert!(!cases.is_empty(), "{FILTER_VAR}={f:?} matches no case name");
    }

    let mut tally = Tally::default();
    for TableCase { file, case } in &cases {
        match run_case(case) {
            Ok(()) => tally.pass(file),
            Err(report) => {
                tally.fail(file);
                let failures = &mut tally.failures;
                let _ = writeln!(failures, "\n{file}: {}", case.name);
                let _ = writeln!(
                    failures,
                    "    dct:      {}",
                    case.dct.as_deref().unwrap_or("(none)")
                );
                let _ = writeln!(failures, "    text:     {:?}", case.text);
                failures.push_str(&report);
            }
        }
    }

    let scope = match &filter {
        Some(f) => format!(" ({FILTER_VAR}={f:?})"),
        None => String::new(),
    };
    tally.finish(&format!("temporal case tables{scope}"), "cases");
}

#[test]
fn temporal_case_tables_are_well_formed() {
    let cases = load_cases();
    let mut problems = Vec::new();

    assert!(
        cases.len() >= MIN_CASES,
        "the case tables hold {} cases; keep at least {MIN_CASES}",
        cases.len()
    );

    let mut seen: HashMap<&str, &str> = HashMap::new();
    for TableCase { file, case } in &cases {
        let at = format!("{file}: {}", case.name);
        if let Some(first) = seen.insert(case.name.as_str(), file.as_str()) {
            problems.push(format!("{at}: duplicate name (also in {first})"));
        }
        if case.name.is_empty()
            || !case
                .name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            problems.push(format!("{at}: name must be snake_case"));
        }
        if let Some(Err(e)) = case.dct.as_deref().map(parse_dct) {
            problems.push(format!("{at}: {e}"));
        }

        let mut from = 0;
        for e in &case.expect {
            if !TYPES.contains(&e.kind.as_str()) {
                problems.push(format!("{at}: unknown type {:?}", e.kind));
            }
            if let Some(m) = &e.modifier {
                if !is_known_modifier(m) {
                    problems.push(format!("{at}: unknown mod {m:?}"));
                }
            }
            let unanchored = e.value.contains('X')
                && !e.value.starts_with('P')
                && e.value
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
            if !unanchored && !is_season(&e.value) && e.value.parse::<TimeValue>().is_err() {
                problems.push(format!("{at}: value {:?} is not a TIMEX3 value", e.value));
            }
            match case.text.get(from..).and_then(|rest| rest.find(&e.text)) {
                Some(i) if !e.text.is_empty() => from += i + e.text.len(),
                _ => problems.push(format!(
                    "{at}: expected span {:?} does not occur in the text after byte {from}",
                    e.text
                )),
            }
        }
    }

    assert!(
        problems.is_empty(),
        "{} problem(s) in the case tables:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}
