//! Benchmarks, one group per pipeline stage, each asserting the count it
//! expects so that a bench that silently does nothing fails.
//!
//! ```text
//! cargo bench --bench stages
//! cargo bench --bench stages -- extract   # one group
//! ```

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use timeweave::segment::{segment, tokenize};
use timeweave::temporal::tag;

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/mentions.rs"]
mod mentions;

/// The allocator the `timeweave` command uses (the `mimalloc` feature, on
/// with the default `cli` feature), so the figures are the command's. With
/// `--no-default-features --features parallel` they are the system
/// allocator's.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const MB: usize = 1 << 20;

fn dct() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 12, 3).expect("constant date")
}

fn segment_bench(c: &mut Criterion) {
    let (text, _) = corpus::build(MB);
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(text.len() as u64));
    assert!(tokenize(&text).len() > text.len() / 8);
    g.bench_function("tokenize_1MB", |b| {
        b.iter(|| black_box(tokenize(black_box(&text))).len())
    });
    g.bench_function("sentences_1MB", |b| {
        b.iter(|| black_box(segment(black_box(&text))).len())
    });
    g.finish();
}

fn tag_bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("tag");
    for size in [MB, 10 * MB] {
        let (text, expected) = corpus::build(size);
        let found = tag(&text, Some(dct()));
        assert_eq!(
            found.len(),
            expected,
            "the tagger must find every expression the corpus holds"
        );
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(if size > MB { 10 } else { 20 });
        g.bench_function(format!("tag_{}MB", size / MB), |b| {
            b.iter(|| black_box(tag(black_box(&text), Some(dct()))).len())
        });
    }
    // One line, no paragraph breaks: the cost stays linear in the input.
    for size in [MB, 10 * MB] {
        let (text, expected) = corpus::build(size);
        let line = text.replace('\n', " ");
        assert_eq!(tag(&line, Some(dct())).len(), expected);
        g.throughput(Throughput::Bytes(line.len() as u64));
        g.bench_function(format!("tag_single_line_{}MB", size / MB), |b| {
            b.iter(|| black_box(tag(black_box(&line), Some(dct()))).len())
        });
    }
    g.finish();
}

fn merge_bench(c: &mut Criterion) {
    use std::collections::BTreeMap;
    use timeweave::merge::{merge, MergeConfig};
    let mut g = c.benchmark_group("merge_and_order");
    g.sample_size(10);
    // One million mentions take seconds per run: only with
    // TIMEWEAVE_BENCH_1M=1 in the environment.
    let mut sizes = vec![10_000usize, 100_000];
    if std::env::var_os("TIMEWEAVE_BENCH_1M").is_some() {
        sizes.push(1_000_000);
    }
    for n in sizes {
        let generated = mentions::generate(n);
        let events = merge(generated.clone(), &BTreeMap::new(), &MergeConfig::default());
        // Four reports of each event become one event.
        assert!(
            events.len() >= n / 4 && events.len() <= n / 2,
            "{} events from {n} mentions",
            events.len()
        );
        g.throughput(Throughput::Elements(n as u64));
        // Only the stage is timed: the copy of its input is made before,
        // and its result dropped after, each run.
        g.bench_function(format!("merge_{n}"), |b| {
            b.iter_batched(
                || generated.clone(),
                |m| merge(black_box(m), &BTreeMap::new(), &MergeConfig::default()),
                BatchSize::PerIteration,
            )
        });
        g.bench_function(format!("order_{n}"), |b| {
            b.iter_batched(
                || events.clone(),
                |e| timeweave::graph::build(black_box(e), Vec::new()),
                BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

/// The story the extract, render and end-to-end benches share: 200
/// articles of about 5 KB from seven outlets over five days (1 MB).
fn story() -> (Vec<timeweave::Article>, usize) {
    corpus::articles(200, 5 * 1024)
}

fn extract_bench(c: &mut Criterion) {
    use timeweave::extract::extract;
    let (articles, expected) = story();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let found: usize = articles.iter().map(|a| extract(a).len()).sum();
    assert_eq!(
        found, expected,
        "extract must find every event the story holds"
    );
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    g.bench_function("extract_1MB_200_articles", |b| {
        b.iter(|| {
            black_box(&articles)
                .iter()
                .map(|a| extract(a).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

fn render_bench(c: &mut Criterion) {
    use timeweave::render::{to_dot, to_json, to_text_all};
    let (articles, _) = story();
    let timeline = timeweave::build_timeline(&articles);
    let events = timeline.entries().count();
    // Every event is rendered: one line in the text (plus its conflicts),
    // one object in the JSON, one node in the DOT.
    let ids: Vec<&str> = timeline.entries().map(|e| e.id.as_str()).collect();
    let text = to_text_all(&timeline);
    let listed: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| ids.contains(w))
        .collect();
    assert_eq!(listed, ids, "one line per event, in order");
    let json: serde_json::Value = serde_json::from_str(&to_json(&timeline)).expect("JSON");
    assert_eq!(json["events"].as_array().map(Vec::len), Some(events));
    let nodes = to_dot(&timeline)
        .lines()
        .filter(|l| l.contains("[label=") && !l.contains(" -> "))
        .count();
    assert_eq!(nodes, events);
    let mut g = c.benchmark_group("render");
    g.throughput(Throughput::Elements(events as u64));
    g.sample_size(20);
    g.bench_function(format!("text_{events}_events"), |b| {
        b.iter(|| to_text_all(black_box(&timeline)).len())
    });
    g.bench_function(format!("json_{events}_events"), |b| {
        b.iter(|| to_json(black_box(&timeline)).len())
    });
    g.bench_function(format!("dot_{events}_events"), |b| {
        b.iter(|| to_dot(black_box(&timeline)).len())
    });
    g.finish();
}

fn build_bench(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/kremlin");
    let articles = timeweave::article::load_path(dir.as_ref()).articles;
    assert_eq!(articles.len(), 5);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("end_to_end");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("build_kremlin_fixture", |b| {
        b.iter(|| {
            timeweave::build_timeline(black_box(&articles))
                .entries()
                .count()
        })
    });
    // The generated story: every mention the articles hold ends up in one
    // event of the timeline.
    let (articles, expected) = story();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let timeline = timeweave::build_timeline(&articles);
    let mentions: usize = timeline.entries().map(|e| e.event.mentions.len()).sum();
    assert_eq!(mentions, expected, "the timeline must keep every mention");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("build_1MB_200_articles", |b| {
        b.iter(|| {
            timeweave::build_timeline(black_box(&articles))
                .entries()
                .count()
        })
    });
    // The same build on one thread: the per-core figure the target is
    // stated in, without relying on how well two threads overlap.
    bench_one_thread(&mut g, "build_1MB_200_articles_one_thread", &articles);
    g.finish();
}

/// Benches the whole build of `articles` on a one-thread pool.
fn bench_one_thread(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    articles: &[timeweave::Article],
) {
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread pool");
    g.bench_function(name, |b| {
        b.iter(|| {
            one.install(|| {
                timeweave::build_timeline(black_box(articles))
                    .entries()
                    .count()
            })
        })
    });
}

/// A feed of real articles, when `TIMEWEAVE_BENCH_FEED` names one (a JSONL
/// file `timeweave build` reads; `tools/timeml_feed.py` makes one from the
/// TimeBank and AQUAINT documents): the whole build on one thread. Real news
/// has fewer events per byte than the generated story. Without the variable
/// the group is skipped: the repository ships no such text.
fn feed_bench(c: &mut Criterion) {
    let Some(path) = std::env::var_os("TIMEWEAVE_BENCH_FEED") else {
        return;
    };
    let loaded = timeweave::article::load_path(path.as_ref());
    assert!(loaded.is_clean(), "the feed loads: {:?}", loaded.errors);
    let articles = loaded.articles;
    assert!(!articles.is_empty(), "the feed has articles");
    let expected: usize = articles
        .iter()
        .map(|a| timeweave::extract::extract(a).len())
        .sum();
    let timeline = timeweave::build_timeline(&articles);
    let mentions: usize = timeline.entries().map(|e| e.event.mentions.len()).sum();
    assert_eq!(mentions, expected, "the timeline must keep every mention");
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("feed");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    bench_one_thread(&mut g, "build_feed_one_thread", &articles);
    g.finish();
}

criterion_group!(
    benches,
    segment_bench,
    tag_bench,
    extract_bench,
    merge_bench,
    render_bench,
    build_bench,
    feed_bench
);
criterion_main!(benches);
