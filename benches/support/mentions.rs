//! Generated event mentions for the merge and order benches: `n` mentions of
//! `n / 4` events (four reports each, one a day off), actors from a pool of
//! 500 people, dates over a year.

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
            let day = start
                + Duration::days((event % 365) as i64)
                + Duration::days(i64::from(report == 3));
            let a = format!("Person{} Name{}", event % 500, event % 500);
            let b = format!(
                "Person{} Name{}",
                (event * 7 + 3) % 500,
                (event * 7 + 3) % 500
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
                quotes: Vec::new(),
                after: Vec::new(),
            }
        })
        .collect()
}
