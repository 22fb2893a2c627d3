//! Extraction records and their merge (the library side of `extract` and
//! `merge`): same timeline as `build_timeline` whatever the sharding and the
//! order, JSON round trips, unions that are associative, bad rows with
//! their line, and a loader stream that matches `load_paths`.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use timeweave::article::{load_path, load_paths, ArticleStream};
use timeweave::extract::{extract_all, Extracted};
use timeweave::merge::{ExtractedRow, ExtractedRows, ExtractedSet};
use timeweave::render::{to_json, to_text};
use timeweave::{build_from_extracted, build_timeline, Article, Error};

/// The fixture stories.
pub const STORIES: [&str; 5] = [
    "kremlin",
    "port-strike",
    "scooter-recall",
    "wildfire",
    "cycle",
];

/// The folder of a fixture story.
pub fn story_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn story(name: &str) -> Vec<Article> {
    let loaded = load_path(&story_dir(name));
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.articles
}

/// A set of the given records, inserted in the order given.
fn set_of(records: impl IntoIterator<Item = Extracted>) -> ExtractedSet {
    let mut set = ExtractedSet::new();
    for r in records {
        set.insert(r).expect("records of distinct articles");
    }
    set
}

fn jsonl(set: &ExtractedSet) -> String {
    let mut out = Vec::new();
    set.to_jsonl(&mut out).expect("writes to memory");
    String::from_utf8(out).expect("JSON is UTF-8")
}

#[test]
fn records_give_the_timeline_of_build_timeline() {
    for name in STORIES {
        let articles = story(name);
        let direct = build_timeline(&articles);
        let mut records = extract_all(&articles);
        records.reverse();
        let merged = build_from_extracted(set_of(records));
        assert_eq!(to_json(&merged), to_json(&direct), "{name}: JSON");
        assert_eq!(to_text(&merged), to_text(&direct), "{name}: text");
        assert!(direct.entries().count() > 0, "{name}: the story has events");
    }
}

#[test]
fn records_round_trip_through_json_without_the_text() {
    for name in STORIES {
        for (article, record) in story(name).iter().zip(extract_all(&story(name))) {
            let line = serde_json::to_string(&record).expect("serialises");
            assert!(!line.contains('\n'), "one record, one line");
            let back: Extracted = serde_json::from_str(&line).expect("reads back");
            assert_eq!(back, record, "{name}/{}", article.id);
            // No sentence of the article is in its record.
            let longest = article
                .text
                .split(['.', '\n'])
                .max_by_key(|s| s.len())
                .unwrap_or_default()
                .trim();
            assert!(longest.len() > 20, "{name}/{}: a real sentence", article.id);
            assert!(
                !line.contains(longest),
                "{name}/{}: text leaked",
                article.id
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        // The same cases on every run and machine, as in `properties`.
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x5ca1_ab1e),
        ..ProptestConfig::default()
    })]

    /// Any split into three shards, combined in any grouping and order,
    /// gives the same records and the same timeline.
    #[test]
    fn shards_combine_in_any_grouping_and_order(
        story_index in 0..STORIES.len(),
        shard_of in prop::collection::vec(0..3usize, 5),
        order in Just(()).prop_perturb(|_, mut rng| {
            let mut o: Vec<usize> = (0..5).collect();
            for i in (1..o.len()).rev() {
                o.swap(i, (rng.next_u32() as usize) % (i + 1));
            }
            o
        }),
    ) {
        let name = STORIES[story_index];
        let records = extract_all(&story(name));
        let expected = to_json(&build_from_extracted(set_of(records.clone())));
        let mut shards = vec![ExtractedSet::new(), ExtractedSet::new(), ExtractedSet::new()];
        for &i in &order {
            if let Some(r) = records.get(i) {
                shards[shard_of[i % shard_of.len()]].insert(r.clone()).expect("distinct ids");
            }
        }
        let [a, b, c]: [ExtractedSet; 3] = shards.try_into().expect("three shards");
        // (a ∪ b) ∪ c
        let mut left = a.clone();
        left.union(b.clone()).expect("union");
        left.union(c.clone()).expect("union");
        // c ∪ (b ∪ a), with b ∪ a combined twice: unions are idempotent.
        let mut ba = b.clone();
        ba.union(a.clone()).expect("union");
        ba.union(a).expect("a second time");
        let mut right = c;
        right.union(ba).expect("union");
        prop_assert_eq!(jsonl(&left), jsonl(&right));
        prop_assert_eq!(to_json(&build_from_extracted(left)), expected.clone());
        prop_assert_eq!(to_json(&build_from_extracted(right)), expected);
    }
}

#[test]
fn two_different_records_of_one_article_are_an_error_not_a_pick() {
    let articles = story("kremlin");
    let mut records = extract_all(&articles);
    let mut set = set_of(records.clone());
    let before = jsonl(&set);
    let mut changed = records.remove(0);
    changed.mentions.pop();
    let id = changed.article.id.clone();
    match set.insert(changed) {
        Err(Error::DuplicateArticle { id: got }) => assert_eq!(got, id),
        other => panic!("expected a duplicate article error, got {other:?}"),
    }
    assert_eq!(jsonl(&set), before, "the set is unchanged");
    // A mention naming another article is refused too.
    let mut stray = records.remove(0);
    stray.article.id = "elsewhere".into();
    assert!(matches!(set.insert(stray), Err(Error::Record { .. })));
}

#[test]
fn build_timeline_tells_articles_sharing_an_id_apart() {
    let articles = story("kremlin");
    let mut same_id = articles.clone();
    for a in &mut same_id {
        a.id = "copy".into();
    }
    let t = build_timeline(&same_id);
    let ids: Vec<&str> = t.articles().iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["copy", "copy#2", "copy#3", "copy#4", "copy#5"]);
    for e in t.entries() {
        for m in &e.event.mentions {
            assert!(ids.contains(&m.article.as_str()), "{}", m.article);
        }
    }
}

#[test]
fn bad_rows_are_reported_with_their_line_and_reading_goes_on() {
    let articles = story("cycle");
    let records = extract_all(&articles);
    let good = |i: usize| serde_json::to_string(&records[i]).expect("serialises");
    let mut missing_sketch: serde_json::Value =
        serde_json::from_str(&good(1)).expect("a record is JSON");
    missing_sketch
        .as_object_mut()
        .expect("an object")
        .remove("sketch");
    let input = format!(
        "{}\n{{not json\n\n{}\n[1, 2]\n{{\"error\": \"feed.jsonl:4: invalid JSON\", \"path\": \"feed.jsonl\", \"line\": 4}}\n{{\"article\": {{\"id\": \"x\"}}, \"sketch\": [\"zz\"], \"mentions\": []}}\n{}\n",
        good(0),
        missing_sketch,
        good(2),
    );
    let mut bytes = input.into_bytes();
    bytes.extend_from_slice(b"{\"article\": \"\xff\"}\n");
    let mut lines_ok = Vec::new();
    let mut lines_bad = Vec::new();
    let mut failures = 0;
    for row in ExtractedRows::new(bytes.as_slice(), Path::new("shard.jsonl")) {
        match row {
            Ok((line, ExtractedRow::Record(_))) => lines_ok.push(line),
            Ok((line, ExtractedRow::Failed(f))) => {
                assert_eq!((line, f.line), (6, Some(4)));
                failures += 1;
            }
            Err(Error::Json { line, message, .. }) => {
                assert!(
                    message.contains("JSON") || message.contains("record"),
                    "{message}"
                );
                lines_bad.push(line);
            }
            Err(Error::Utf8 { .. }) => lines_bad.push(Some(9)),
            Err(other) => panic!("unexpected {other}"),
        }
    }
    assert_eq!(lines_ok, [1, 8]);
    assert_eq!(failures, 1);
    assert_eq!(lines_bad, [Some(2), Some(4), Some(5), Some(7), Some(9)]);
}

#[test]
fn the_article_stream_yields_what_load_paths_loads() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut paths: Vec<PathBuf> = STORIES.iter().map(|s| story_dir(s)).collect();
    paths.push(examples.join("manifest.jsonl"));
    paths.push(examples.clone());
    paths.push(examples.join("missing.txt"));
    let loaded = load_paths(&paths);
    let (mut ids, mut errors) = (Vec::new(), 0);
    for item in ArticleStream::new(&paths) {
        match item {
            Ok(a) => ids.push(a.id),
            Err(_) => errors += 1,
        }
    }
    let expected: Vec<String> = loaded.articles.iter().map(|a| a.id.clone()).collect();
    assert_eq!(ids, expected);
    assert_eq!(errors, loaded.errors.len());
    assert_eq!(errors, 1, "{:?}", loaded.errors);
    assert!(
        ids.iter().any(|id| id.contains('#')),
        "repeats get suffixes"
    );
}

/// TIMEX3 values a hand-made or corrupted record may carry where the
/// extractor would write a date.
const ODD_VALUES: [&str; 12] = [
    "PT5H",
    "P4Y",
    "XXXX-WXX-2",
    "PRESENT_REF",
    "9999-12-31",
    "0001-01-01",
    "2026-W53-WE",
    "2025-Q4",
    "199X",
    "2025-12-02TEV",
    "2024-02-29",
    "XXXX-12-25",
];

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x0dd_da7e),
        ..ProptestConfig::default()
    })]

    /// Records are input too: odd dates, spans and names in them give a
    /// timeline, not a panic.
    #[test]
    fn odd_records_merge_and_render_without_panicking(
        story_index in 0..STORIES.len(),
        edits in prop::collection::vec(
            (any::<usize>(), 0..ODD_VALUES.len(), any::<usize>(), any::<usize>(), any::<bool>()),
            1..40,
        ),
    ) {
        let mut records = extract_all(&story(STORIES[story_index]));
        let total: usize = records.iter().map(|r| r.mentions.len()).sum();
        prop_assume!(total > 0);
        for (at, value, start, end, empty_names) in edits {
            let mut k = at % total;
            let Some(m) = records.iter_mut().flat_map(|r| r.mentions.iter_mut()).find(|_| {
                let hit = k == 0;
                k = k.saturating_sub(1);
                hit
            }) else { continue };
            m.time.value = ODD_VALUES[value].parse().expect("a TIMEX3 value");
            m.trigger_span = timeweave::Span::new(start, end);
            m.sentence = start;
            m.after.push(timeweave::Span::new(end, start));
            if empty_names {
                m.actors = vec![String::new(), "  ".into()];
                m.places.clear();
            }
            if let Some(d) = &mut m.duration {
                d.value = ODD_VALUES[value].parse().expect("a TIMEX3 value");
            }
        }
        let timeline = build_from_extracted(set_of(records));
        let _ = (to_json(&timeline), to_text(&timeline), timeweave::render::to_dot(&timeline));
        let _ = timeweave::render::to_text_all(&timeline.restricted_to_entity("Putin"));
    }
}
