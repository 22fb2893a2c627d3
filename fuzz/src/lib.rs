//! What each fuzz target runs on its input, and the invariants it checks.
//!
//! Every function here takes arbitrary bytes, runs one entry point of
//! timeweave on them and panics when an invariant fails, so libFuzzer
//! records a crash. The same file is compiled into the main crate's tests
//! (`tests/fuzz_replay.rs`), which replay every file kept under
//! `tests/fuzz_regressions/<target>/` through these functions: a crash
//! found once stays a plain test.

use std::path::Path;

use chrono::{Days, NaiveDate};
use timeweave::article::{load_bytes, Loaded};
use timeweave::{render, Article, Span, TimeValue};

/// The folder the fuzzed inputs pretend to live in. It does not exist, so a
/// relative `path` field in a JSON row names no file.
const LABEL_DIR: &str = "/nonexistent-timeweave-fuzz";

/// `load_txt`: the bytes as a `.txt` file (front matter, then the text).
pub fn load_txt(data: &[u8]) {
    let loaded = load_bytes(&Path::new(LABEL_DIR).join("input.txt"), data);
    check_loaded(&loaded);
    assert_eq!(
        loaded.articles.len() + loaded.errors.len(),
        1,
        "a .txt file is one article or one error"
    );
}

/// `load_json`: the bytes as a `.json` file (one object or an array).
pub fn load_json(data: &[u8]) {
    check_loaded(&load_bytes(&Path::new(LABEL_DIR).join("input.json"), data));
}

/// `load_jsonl`: the bytes as a `.jsonl` feed, one object per line.
pub fn load_jsonl(data: &[u8]) {
    let loaded = load_bytes(&Path::new(LABEL_DIR).join("input.jsonl"), data);
    check_loaded(&loaded);
    let rows = data
        .split(|&b| b == b'\n')
        .filter(|row| !row.iter().all(u8::is_ascii_whitespace))
        .count();
    assert!(
        loaded.articles.len() + loaded.errors.len() <= rows.max(1),
        "at most one article or error per non-blank row"
    );
}

/// Invariants of any load: something is reported, every article has text
/// and a unique, non-empty id.
fn check_loaded(loaded: &Loaded) {
    assert!(
        !loaded.articles.is_empty() || !loaded.errors.is_empty(),
        "an input gives an article or an error"
    );
    let mut ids = std::collections::BTreeSet::new();
    for article in &loaded.articles {
        assert!(!article.text.trim().is_empty(), "article without text");
        assert!(!article.id.is_empty(), "article without id");
        assert!(ids.insert(article.id.as_str()), "id {:?} twice", article.id);
    }
    for error in &loaded.errors {
        assert!(!error.to_string().is_empty());
    }
}

/// `tag`: the first bytes choose a publication date (or none), the rest is
/// the text. Mentions must be in bounds, on char boundaries, in order and
/// not overlapping, and their values must print as TIMEX3 and parse back.
pub fn tag(data: &[u8]) {
    let (dct, rest) = date_from(data);
    let text = String::from_utf8_lossy(rest);
    let mut last_end = 0;
    for m in timeweave::tag(&text, dct) {
        assert!(m.span.start < m.span.end, "empty mention {m:?}");
        assert!(m.span.start >= last_end, "mentions overlap or go back");
        assert_eq!(text.get(m.span.start..m.span.end), Some(m.text.as_str()));
        last_end = m.span.end;
        let printed = m.value.to_string();
        let parsed: Result<TimeValue, _> = printed.parse();
        assert_eq!(
            parsed.ok(),
            Some(m.value),
            "{printed:?} does not round-trip"
        );
    }
}

/// `build_timeline`: the first byte says which articles have a publication date, the
/// next two give the dates, the rest is split on ASCII record separators
/// (`0x1e`) into up to five article texts. Runs the whole build and every
/// renderer; checks that mentions point into their articles, that the JSON
/// parses and that the output does not depend on the order of the articles.
pub fn build_timeline(data: &[u8]) {
    let [flags, day, step, rest @ ..] = data else {
        return;
    };
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).expect("constant date");
    let articles: Vec<Article> = rest
        .split(|&b| b == 0x1e)
        .take(5)
        .enumerate()
        .map(|(i, bytes)| {
            let mut article =
                Article::new(format!("a{i}"), String::from_utf8_lossy(bytes).into_owned());
            article.source = Some(format!("source{}", i % 3));
            if flags >> i & 1 == 1 {
                let offset = u64::from(*day) + u64::from(*step) * i as u64;
                if let Some(date) = start.checked_add_days(Days::new(offset)) {
                    article = article.with_published(date);
                }
            }
            article
        })
        .collect();
    let timeline = timeweave::build_timeline(&articles);
    for entry in timeline.entries() {
        for mention in &entry.event.mentions {
            let article = articles
                .iter()
                .find(|a| a.id == mention.article)
                .expect("a mention names one of the articles");
            for span in [mention.sentence_span, mention.trigger_span] {
                assert_in(&article.text, span);
            }
            for span in &mention.after {
                assert_in(&article.text, *span);
            }
        }
    }
    let json = render::to_json(&timeline);
    serde_json::from_str::<serde_json::Value>(&json).expect("to_json gives JSON");
    let dot = render::to_dot(&timeline);
    assert!(dot.starts_with("digraph") && dot.trim_end().ends_with('}'));
    assert!(!render::to_text(&timeline).is_empty());
    let reversed: Vec<Article> = articles.iter().rev().cloned().collect();
    assert_eq!(
        render::to_json(&timeweave::build_timeline(&reversed)),
        json,
        "the timeline depends on the order of the articles"
    );
}

/// Panics unless `span` is a non-inverted range of `text` on char boundaries.
fn assert_in(text: &str, span: Span) {
    assert!(
        span.start <= span.end && text.get(span.start..span.end).is_some(),
        "span {span:?} outside a text of {} bytes or off a char boundary",
        text.len()
    );
}

/// A publication date from the first three bytes (none, an extreme date or
/// a day between 1900 and 2079) and the bytes after it.
fn date_from(data: &[u8]) -> (Option<NaiveDate>, &[u8]) {
    let [kind, hi, lo, rest @ ..] = data else {
        return (None, data);
    };
    let date = match kind % 8 {
        0 | 1 => None,
        2 => Some(NaiveDate::MIN),
        3 => Some(NaiveDate::MAX),
        _ => NaiveDate::from_ymd_opt(1900, 1, 1)
            .and_then(|d| d.checked_add_days(Days::new(u64::from(u16::from_be_bytes([*hi, *lo]))))),
    };
    (date, rest)
}
