//! Generated event mentions for the merge and order benches: `n` mentions of
//! `n / 4` events (four reports each, one a day off). People come from a pool
//! that grows with `n` (each takes part in about five events), and so do the
//! days the dates spread over (ten years for a million mentions, about 85
//! events a day, 36 days for ten thousand): a feed twice as long covers twice
//! the days, so the work per mention stays the same as `n` grows, as it does
//! in a real feed.

use chrono::{Duration, NaiveDate};
use timeweave::extract::{EventClass, EventMention, EventStatus, EventTime, TimeSource};
use timeweave::{Span, TimeValue};

pub fn generate(n: usize) -> Vec<EventMention> {
    let start = NaiveDate::from_ymd_opt(2025, 1, 1).expect("constant date");
    let classes = [
        EventClass::Meeting,
        EventClass::Statement,
        EventClass::Movement,
        EventClass::Agreement,
    ];
    (0..n)
        .map(|i| {
            let event = i / 4;
            let report = i % 4;
            let pool = (n / 20).max(500);
            let days = (n * 3650 / 1_000_000).max(1);
            let day = start
                + Duration::days(((event * 7919) % days) as i64)
                + Duration::days(i64::from(report == 3));
            let a = format!("Person{} Name{}", event % pool, event % pool);
            let b = format!(
                "Person{} Name{}",
                (event * 7 + 3) % pool,
                (event * 7 + 3) % pool
            );
            EventMention {
                article: format!("article{:06}", event / 8 * 4 + report),
                sentence: event % 40,
                sentence_span: Span::new(0, 10),
                trigger_span: Span::new(event % 1000, event % 1000 + 3),
                trigger: "met".into(),
                lemma: "meet".into(),
                class: classes[event % classes.len()],
                actors: vec![a, b],
                places: vec![format!("City{}", event % 50)],
                time: EventTime {
                    value: TimeValue::Day(day),
                    text: Some("Tuesday".into()),
                    span: None,
                    source: TimeSource::Clause,
                },
                status: EventStatus::Occurred,
                duration: None,
                counts: Vec::new(),
                quotes: Vec::new(),
                after: Vec::new(),
            }
        })
        .collect()
}
