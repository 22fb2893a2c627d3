//! Builds a timeline from two articles written in code and walks its
//! conflicts: which sources say what.
//!
//! ```text
//! cargo run --example conflicts
//! ```

use chrono::NaiveDate;
use timeweave::{build_timeline, Article};

fn main() {
    let day = |d| NaiveDate::from_ymd_opt(2025, 12, d).expect("a valid date");
    let wire = Article::new(
        "wire",
        "Steve Witkoff and Jared Kushner met Vladimir Putin at the Kremlin on Tuesday. \
         The meeting lasted more than four hours.",
    )
    .with_source("Wire service")
    .with_published(day(3));
    let regional = Article::new(
        "regional",
        "Vladimir Putin met Steve Witkoff and Jared Kushner at the Kremlin on December 3 for five hours.",
    )
    .with_source("Regional outlet")
    .with_published(day(4));

    let timeline = build_timeline(&[wire, regional]);
    for entry in timeline.entries() {
        let date = entry
            .event
            .date
            .as_ref()
            .map_or("undated".to_string(), ToString::to_string);
        println!("{} {} {}", entry.id, date, entry.event.summary());
    }
    for conflict in timeline.conflicts() {
        println!("\n{} conflict on {}:", conflict.kind, conflict.event);
        for claim in &conflict.claims {
            println!(
                "  {}{} according to {} ({} independent source(s))",
                claim.value,
                claim
                    .modifier
                    .as_deref()
                    .map(|m| format!(" ({m})"))
                    .unwrap_or_default(),
                claim.articles.join(", "),
                claim.sources
            );
        }
    }
}
