//! The text timeline.

use std::collections::BTreeSet;
use std::fmt::Write;

use super::citation_numbers;
use crate::graph::Timeline;
use crate::TimeValue;

/// Renders the timeline for people: one line per event (date with its
/// granularity, summary, sources as `[1][2]`), a `!` line under an event for
/// each conflict with both sides and their sources, and a legend of sources.
///
/// ```
/// use chrono::NaiveDate;
/// use timeweave::{build_timeline, Article};
///
/// let d = |day| NaiveDate::from_ymd_opt(2025, 12, day).unwrap();
/// let a = Article::new("a", "Steve Witkoff met Vladimir Putin in Moscow on Tuesday.").with_published(d(3));
/// let text = timeweave::render::to_text(&build_timeline(&[a]));
/// assert!(text.contains("2025-12-02"));
/// assert!(text.contains("[1] a"));
/// ```
pub fn to_text(t: &Timeline) -> String {
    render(t, false)
}

/// [`to_text`] with every event, including single-source statements and
/// events dated only by the publication date, which [`to_text`] counts but
/// does not list.
pub fn to_text_all(t: &Timeline) -> String {
    render(t, true)
}

/// An event worth a line of its own: dated by the text and either not a
/// mere statement or told by two independent sources or disputed; or any
/// non-statement told by two independent sources.
fn is_main(
    e: &crate::graph::TimelineEvent,
    group_of: &std::collections::BTreeMap<&str, &str>,
) -> bool {
    let ev = &e.event;
    let groups: BTreeSet<&str> = ev
        .mentions
        .iter()
        .filter_map(|m| group_of.get(m.article.as_str()).copied())
        .collect();
    let statement = ev.class == crate::extract::EventClass::Statement;
    ev.date_explicit && (!statement || groups.len() >= 2 || !ev.conflicts.is_empty())
        || groups.len() >= 2 && !statement
}

fn render(t: &Timeline, all: bool) -> String {
    let cite = citation_numbers(t);
    let mut out = String::new();
    let n = t.entries().count();
    let group_of: std::collections::BTreeMap<&str, &str> = t
        .articles()
        .iter()
        .map(|a| (a.id.as_str(), a.source_group.as_str()))
        .collect();
    let shown: Vec<_> = t
        .entries()
        .filter(|e| all || is_main(e, &group_of))
        .collect();
    let plural = |k: usize, what: &str| {
        if k == 1 {
            format!("1 {what}")
        } else {
            format!("{k} {what}s")
        }
    };
    let _ = writeln!(
        out,
        "Timeline: {} from {}\n",
        plural(n, "event"),
        plural(t.articles().len(), "article")
    );
    for e in shown.iter().copied() {
        let ev = &e.event;
        let date = match &ev.date {
            Some(v) => describe(v),
            None => "undated".to_string(),
        };
        let arts: BTreeSet<&str> = ev.mentions.iter().map(|m| m.article.as_str()).collect();
        let sources: String = arts
            .iter()
            .filter_map(|a| cite.get(a))
            .map(|n| format!("[{n}]"))
            .collect();
        let mut flags = String::new();
        if ev.status != crate::extract::EventStatus::Occurred {
            let _ = write!(flags, " ({})", ev.status.as_str());
        }
        if !ev.date_explicit {
            flags.push_str(" (date uncertain)");
        }
        let _ = writeln!(
            out,
            "{:<4} {:<24} {}{} {}",
            e.id,
            date,
            ev.summary(),
            flags,
            sources
        );
        for c in &ev.conflicts {
            let sides: Vec<String> = c
                .claims
                .iter()
                .map(|cl| {
                    let refs = citations(&cl.articles, &cite);
                    let value = match cl.value.parse::<TimeValue>() {
                        Ok(v) => describe(&v),
                        Err(_) => cl.value.clone(),
                    };
                    let modifier = match cl.modifier.as_deref() {
                        Some("MoreThan") => "more than ",
                        Some("EqualOrLess") => "nearly ",
                        Some("Approx") => "about ",
                        Some("LessThan") => "less than ",
                        Some("EqualOrMore") => "at least ",
                        _ => "",
                    };
                    format!("{modifier}{value} {refs}")
                })
                .collect();
            let _ = writeln!(out, "     ! {} conflict: {}", c.kind, sides.join(" vs "));
        }
    }
    if shown.len() < n {
        let _ = writeln!(
            out,
            "\n(+{} more events: single-source statements and events dated only by publication; `--all` lists them)",
            n - shown.len()
        );
    }
    for c in t.conflicts().iter().filter(|c| c.kind == "order") {
        let sides: Vec<String> = c
            .claims
            .iter()
            .map(|cl| {
                format!("{} {}", cl.value, citations(&cl.articles, &cite))
                    .trim_end()
                    .to_string()
            })
            .collect();
        let _ = writeln!(
            out,
            "\n! order conflict among {}: {}",
            c.events.join(", "),
            sides.join("; ")
        );
    }
    let _ = writeln!(out, "\nSources:");
    for (i, a) in t.articles().iter().enumerate() {
        let _ = writeln!(
            out,
            "[{}] {} ({}, published {})",
            i + 1,
            a.id,
            a.source.as_deref().unwrap_or("unknown source"),
            a.published.as_deref().unwrap_or("unknown")
        );
    }
    out
}

/// "[1][3]" for the articles' citation numbers.
fn citations(articles: &[String], cite: &std::collections::BTreeMap<&str, usize>) -> String {
    articles
        .iter()
        .filter_map(|a| cite.get(a.as_str()))
        .map(|n| format!("[{n}]"))
        .collect()
}

/// A value with its granularity in words: "2025-12-02", "week 2025-W49",
/// "2025-12-02 evening", "PT5H (5 hours)".
pub(crate) fn describe(v: &TimeValue) -> String {
    use crate::temporal::DayPart;
    match v {
        TimeValue::Day(_) | TimeValue::Time { .. } => v.to_string(),
        TimeValue::DayPart(d, p) => {
            let part = match p {
                DayPart::Morning => "morning",
                DayPart::Midday => "midday",
                DayPart::Afternoon => "afternoon",
                DayPart::Evening => "evening",
                DayPart::Night => "night",
                DayPart::Daytime => "daytime",
            };
            format!("{d} {part}")
        }
        TimeValue::Week { .. } => format!("week {v}"),
        TimeValue::Weekend { .. } => format!("weekend {v}"),
        TimeValue::Month { .. } => format!("month {v}"),
        TimeValue::Quarter { .. } | TimeValue::Half { .. } | TimeValue::Season { .. } => {
            v.to_string()
        }
        TimeValue::Year(_) => format!("year {v}"),
        TimeValue::Duration(parts) => {
            let words: Vec<String> = parts
                .iter()
                .map(|p| {
                    use crate::temporal::DurationUnit::*;
                    let unit = match p.unit {
                        Century => "century",
                        Decade => "decade",
                        Year => "year",
                        Quarter => "quarter",
                        Month => "month",
                        Week => "week",
                        Weekend => "weekend",
                        Day => "day",
                        Hour => "hour",
                        Minute => "minute",
                        Second => "second",
                    };
                    match p.amount {
                        Some(1) => format!("1 {unit}"),
                        Some(n) => format!("{n} {unit}s"),
                        None => format!("some {unit}s"),
                    }
                })
                .collect();
            words.join(" ")
        }
        v => v.to_string(),
    }
}
