//! Benchmarks, one group per pipeline stage, each asserting the count it
//! expects so that a bench that silently does nothing fails.
//!
//! ```text
//! cargo bench --bench stages
//! ```

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use timeweave::segment::{segment, tokenize};
use timeweave::temporal::tag;

#[path = "support/corpus.rs"]
mod corpus;

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
    g.finish();
}

criterion_group!(benches, segment_bench, tag_bench);
criterion_main!(benches);
