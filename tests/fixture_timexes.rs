//! Every temporal expression of every fixture article, checked against the
//! tagger: the table `tests/fixtures/timexes.toml` (from the stories'
//! `EXPECTED.md`), run over `tests/fixtures/<story>/*.txt`.
//!
//! ```toml
//! [[timex]]
//! file = "kremlin/01-wire.txt"  # under tests/fixtures/
//! text = "Tuesday evening"      # exact span in the article body
//! value = "2025-12-02TEV"       # TIMEX3 value
//! type = "TIME"                 # optional TIMEX3 type
//! note = "same-day"             # optional, not checked
//! ```
//!
//! [`fixture_articles_resolve_every_listed_expression`] loads each article
//! once, tags its body with its publication date as DCT, and for each entry of
//! that file (in table order) finds the entry's text in the body, searching
//! forward from the end of the previous entry's occurrence, so a repeated text
//! maps to its successive occurrences. The tagger must report a mention with
//! exactly that span (same start and end), that value, and that type if one
//! is given. Mentions the table does not list are not checked. All failures
//! are collected and reported at once, with what the tagger produced at or
//! overlapping each place, and pass/fail counts per file.
//!
//! [`fixture_timex_table_is_well_formed`] checks the table alone: enough
//! entries, every file exists, known types, and texts that occur in order.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use timeweave::article::{load_path, Article};
use timeweave::temporal::{tag, TemporalMention};

use crate::support::{describe_found, Tally};

/// The table, relative to the crate root.
const TABLE: &str = "tests/fixtures/timexes.toml";

/// The table must keep at least this many entries.
const MIN_ENTRIES: usize = 100;

const TYPES: [&str; 4] = ["DATE", "TIME", "DURATION", "SET"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    #[serde(default)]
    timex: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    file: String,
    text: String,
    value: String,
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures_dir() -> PathBuf {
    manifest_dir().join("tests").join("fixtures")
}

fn load_table() -> Vec<Entry> {
    let path = manifest_dir().join(TABLE);
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let table: Table =
        toml::from_str(&source).unwrap_or_else(|e| panic!("{TABLE} is not a valid table: {e}"));
    table.timex
}

/// The table's entries grouped by file, files in order of first appearance,
/// entries in table order.
fn by_file(entries: &[Entry]) -> Vec<(&str, Vec<&Entry>)> {
    let mut groups: Vec<(&str, Vec<&Entry>)> = Vec::new();
    for e in entries {
        match groups.iter_mut().find(|(f, _)| *f == e.file) {
            Some((_, list)) => list.push(e),
            None => groups.push((e.file.as_str(), vec![e])),
        }
    }
    groups
}

/// The one article in a fixture file, or why not.
fn load_article(file: &str) -> Result<Article, String> {
    let path = fixtures_dir().join(file);
    let loaded = load_path(&path);
    if !loaded.errors.is_empty() {
        let errors: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
        return Err(format!("cannot load: {}", errors.join("; ")));
    }
    let mut articles = loaded.articles;
    match articles.len() {
        1 => Ok(articles.remove(0)),
        n => Err(format!("expected one article, loaded {n}")),
    }
}

/// Byte ranges of the entries' texts in `body`, each searched from the end of
/// the previous one; `Err` at the first text that does not occur.
fn locate(body: &str, entries: &[&Entry]) -> Vec<Result<(usize, usize), usize>> {
    let mut from = 0;
    entries
        .iter()
        .map(|e| {
            let found = body
                .get(from..)
                .and_then(|rest| rest.find(&e.text))
                .filter(|_| !e.text.is_empty());
            match found {
                Some(i) => {
                    let start = from + i;
                    from = start + e.text.len();
                    Ok((start, from))
                }
                None => Err(from),
            }
        })
        .collect()
}

fn describe_expected(e: &Entry) -> String {
    match &e.kind {
        Some(kind) => format!("{:?} {kind} {}", e.text, e.value),
        None => format!("{:?} {}", e.text, e.value),
    }
}

fn matches(e: &Entry, m: &TemporalMention) -> bool {
    m.value.to_string() == e.value && e.kind.as_deref().is_none_or(|k| k == m.kind.as_str())
}

/// Appends one failure: where, what was expected, what the tagger produced
/// at or overlapping that place (or why nothing could be checked).
fn fail(report: &mut String, file: &str, e: &Entry, at: &str, got: &[String]) {
    let _ = writeln!(report, "\n{file}: {:?} {at}", e.text);
    let _ = writeln!(report, "    expected: {}", describe_expected(e));
    if got.is_empty() {
        let _ = writeln!(report, "    got:      (nothing there)");
    }
    for (i, g) in got.iter().enumerate() {
        let label = if i == 0 { "got:" } else { "" };
        let _ = writeln!(report, "    {label:<9} {g}");
    }
}

#[test]
fn fixture_articles_resolve_every_listed_expression() {
    let entries = load_table();
    assert!(!entries.is_empty(), "{TABLE} lists no expressions");

    let mut tally = Tally::default();

    for (file, list) in by_file(&entries) {
        let (article, dct) = match load_article(file).and_then(|a| match a.published_date() {
            Some(dct) => Ok((a, dct)),
            None => Err("no publication date (DCT)".to_owned()),
        }) {
            Ok(pair) => pair,
            Err(why) => {
                for e in &list {
                    fail(
                        &mut tally.failures,
                        file,
                        e,
                        "(file)",
                        std::slice::from_ref(&why),
                    );
                    tally.fail(file);
                }
                continue;
            }
        };
        let body = article.text.as_str();
        let found = match std::panic::catch_unwind(|| tag(body, Some(dct))) {
            Ok(found) => found,
            Err(payload) => {
                let msg = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "(no message)".to_owned());
                for e in &list {
                    let why = format!("tagger panicked: {msg}");
                    fail(&mut tally.failures, file, e, "(file)", &[why]);
                    tally.fail(file);
                }
                continue;
            }
        };

        for (e, place) in list.iter().zip(locate(body, &list)) {
            let (start, end) = match place {
                Ok(range) => range,
                Err(from) => {
                    let why = format!("text does not occur in the body after byte {from}");
                    fail(&mut tally.failures, file, e, "(not found)", &[why]);
                    tally.fail(file);
                    continue;
                }
            };
            let exact = found
                .iter()
                .find(|m| m.span.start == start && m.span.end == end);
            if exact.is_some_and(|m| matches(e, m)) {
                tally.pass(file);
                continue;
            }
            let got: Vec<String> = found
                .iter()
                .filter(|m| m.span.start < end && start < m.span.end)
                .map(|m| format!("{} @{}..{}", describe_found(m), m.span.start, m.span.end))
                .collect();
            let at = format!("@{start}..{end} (DCT {dct})");
            fail(&mut tally.failures, file, e, &at, &got);
            tally.fail(file);
        }
    }

    tally.finish("fixture timexes", "listed expressions");
}

/// Checks the table, not the tagger.
#[test]
fn fixture_timex_table_is_well_formed() {
    let entries = load_table();
    let mut problems = Vec::new();

    assert!(
        entries.len() >= MIN_ENTRIES,
        "{TABLE} holds {} entries; keep at least {MIN_ENTRIES}",
        entries.len()
    );

    for (file, list) in by_file(&entries) {
        if !fixtures_dir().join(file).is_file() {
            problems.push(format!("{file}: no such fixture file"));
            continue;
        }
        for e in &list {
            if let Some(kind) = &e.kind {
                if !TYPES.contains(&kind.as_str()) {
                    problems.push(format!("{file}: {:?}: unknown type {kind:?}", e.text));
                }
            }
            if e.value.is_empty() {
                problems.push(format!("{file}: {:?}: empty value", e.text));
            }
        }
        let article = match load_article(file) {
            Ok(a) => a,
            Err(why) => {
                problems.push(format!("{file}: {why}"));
                continue;
            }
        };
        if article.published_date().is_none() {
            problems.push(format!("{file}: no publication date (DCT)"));
        }
        for (e, place) in list.iter().zip(locate(&article.text, &list)) {
            if let Err(from) = place {
                problems.push(format!(
                    "{file}: {:?} does not occur in the body after byte {from}",
                    e.text
                ));
            }
        }
    }

    assert!(
        problems.is_empty(),
        "{} problem(s) in {TABLE}:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}
