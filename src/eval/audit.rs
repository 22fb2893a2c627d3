//! Gold weekday values checked against their own text.
//!
//! An annotated corpus has errors of its own, and some show in the text
//! alone. A weekday expression ("Tuesday", "Friday night") names the day of
//! the week its date falls on: a gold "Tuesday" on a Monday is an annotation
//! error. And news gives a bare weekday (no "last", "next", "before" or
//! "week" beside it) two readings against the document date: the latest such
//! day on or before it, or the next one after it. A gold value outside both
//! needs an anchor the expression does not name (a narrative date elsewhere
//! in the text) or is an annotation error; in TimeBank the ones we read were
//! errors (a document whose creation time is a week late, weekdays of one
//! report put a week early). [`WeekdayAudit`] counts both kinds among the
//! matched weekday expressions and scores the system on the others.

use chrono::{Datelike, NaiveDate, TimeDelta};
use serde::Serialize;

use super::class::WEEKDAYS;
use crate::TimeValue;

/// How a weekday expression's gold value contradicts its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Contradiction {
    /// The date falls on another day of the week than the one named.
    OtherWeekday,
    /// A bare weekday dated neither the latest such day on or before the
    /// document date nor the next one after it.
    BeyondAWeek,
}

/// Words that anchor a weekday elsewhere than the document date's week:
/// "last Tuesday", "the Friday before", "a week from Monday", "that Sunday".
const ANCHORING: &[&str] = &[
    "last",
    "next",
    "this",
    "past",
    "coming",
    "before",
    "after",
    "following",
    "previous",
    "week",
    "weeks",
    "ago",
    "later",
    "earlier",
    "that",
    "same",
    "day",
    "days",
    "of",
    "from",
    "every",
];

/// Whether the gold `value` of a weekday expression with this `text`
/// contradicts it, given the document date `dct`. `None` when it does not,
/// and when the rules do not apply: the text names no weekday or several,
/// anchors it elsewhere ("last", "the day before", "that"), or the value is
/// not a calendar date.
///
/// ```
/// use chrono::NaiveDate;
/// use timeweave::eval::{weekday_contradiction, Contradiction};
///
/// // Saturday 15 January 2000.
/// let dct = NaiveDate::from_ymd_opt(2000, 1, 15);
/// assert_eq!(weekday_contradiction("Wednesday", "2000-01-12", dct), None);
/// assert_eq!(weekday_contradiction("Wednesday night", "2000-01-19TNI", dct), None);
/// assert_eq!(
///     weekday_contradiction("Wednesday", "2000-01-11", dct),
///     Some(Contradiction::OtherWeekday)
/// );
/// assert_eq!(
///     weekday_contradiction("Wednesday", "2000-01-05", dct),
///     Some(Contradiction::BeyondAWeek)
/// );
/// // "last Wednesday" may reach further back.
/// assert_eq!(weekday_contradiction("last Wednesday", "2000-01-05", dct), None);
/// ```
pub fn weekday_contradiction(
    text: &str,
    value: &str,
    dct: Option<NaiveDate>,
) -> Option<Contradiction> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut named = WEEKDAYS[..7]
        .iter()
        .enumerate()
        .filter(|(_, n)| words.contains(n))
        .map(|(i, _)| i);
    let (Some(day), None) = (named.next(), named.next()) else {
        return None;
    };
    // "the day before last Tuesday" is a Monday.
    if words.iter().any(|w| ANCHORING.contains(w)) {
        return None;
    }
    let date = day_of(value)?;
    if date.weekday().num_days_from_monday() as usize != day {
        return Some(Contradiction::OtherWeekday);
    }
    let dct = dct?;
    let from_dct = i64::from(dct.weekday().num_days_from_monday());
    let back = (from_dct - day as i64).rem_euclid(7);
    // (Checked: a DCT at the end of the calendar has no next week.)
    let latest = dct.checked_sub_signed(TimeDelta::days(back));
    let next = latest.and_then(|d| d.checked_add_signed(TimeDelta::days(7)));
    (Some(date) != latest && Some(date) != next).then_some(Contradiction::BeyondAWeek)
}

/// The calendar day a TIMEX3 value names, with or without a part or a time
/// of day ("2000-01-05", "2000-01-05TNI", "2000-04-03T09:00"), as the
/// crate's value parser reads it.
fn day_of(value: &str) -> Option<NaiveDate> {
    match value.parse::<TimeValue>().ok()? {
        TimeValue::Day(d) | TimeValue::DayPart(d, _) | TimeValue::Time { date: d, .. } => Some(d),
        _ => None,
    }
}

/// The matched weekday gold expressions of a corpus, checked against their
/// text with [`weekday_contradiction`], and the system's accuracy on those
/// that pass.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WeekdayAudit {
    /// Matched weekday gold values on another day of the week than named.
    pub other_weekday: usize,
    /// Matched bare weekday gold values dated neither the latest such day
    /// on or before the document date nor the next one after it.
    pub beyond_a_week: usize,
    /// Matched weekday gold expressions that contradict their text in
    /// neither way.
    pub consistent: usize,
    /// Of those, how many the system valued exactly as the gold.
    pub correct: usize,
    /// Of those, how many the system dated on the gold's day, whatever the
    /// part of day or time of day ("2000-01-05TNI" for "2000-01-05").
    pub day_correct: usize,
}

impl WeekdayAudit {
    /// Counts one matched weekday gold expression and the system value it
    /// was matched with.
    pub(crate) fn add(&mut self, text: &str, gold: &str, system: &str, dct: Option<NaiveDate>) {
        match weekday_contradiction(text, gold, dct) {
            Some(Contradiction::OtherWeekday) => self.other_weekday += 1,
            Some(Contradiction::BeyondAWeek) => self.beyond_a_week += 1,
            None => {
                self.consistent += 1;
                if gold == system {
                    self.correct += 1;
                }
                if gold == system || day_of(gold).is_some_and(|d| day_of(system) == Some(d)) {
                    self.day_correct += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn a_bare_weekday_has_the_latest_and_the_next_such_day_only() {
        // Wednesday 15 August 1990: Tuesday is the 14th or the 21st.
        let dct = d(1990, 8, 15);
        for ok in ["1990-08-14", "1990-08-21", "1990-08-14TMO"] {
            assert_eq!(weekday_contradiction("Tuesday", ok, dct), None, "{ok}");
        }
        assert_eq!(
            weekday_contradiction("Tuesday", "1990-08-07", dct),
            Some(Contradiction::BeyondAWeek)
        );
        // The document's own weekday is the latest such day.
        assert_eq!(weekday_contradiction("Wednesday", "1990-08-15", dct), None);
        assert_eq!(
            weekday_contradiction("Wednesday", "1990-08-08", dct),
            Some(Contradiction::BeyondAWeek)
        );
    }

    #[test]
    fn the_named_day_is_checked_even_without_a_document_date() {
        assert_eq!(
            weekday_contradiction("9 a.m. EST Tuesday", "2000-04-03T09:00", None),
            Some(Contradiction::OtherWeekday)
        );
        assert_eq!(weekday_contradiction("Tuesday", "2000-04-04", None), None);
    }

    #[test]
    fn dates_at_the_ends_of_the_calendar_do_not_panic() {
        // The latest or the next such day of these DCTs is outside the
        // calendar: a gold date in 2000 is neither.
        for dct in [NaiveDate::MIN, NaiveDate::MAX] {
            for name in ["Monday", "Thursday", "Sunday"] {
                assert_eq!(
                    weekday_contradiction(name, "2000-01-03", Some(dct)),
                    Some(if name == "Monday" {
                        Contradiction::BeyondAWeek
                    } else {
                        Contradiction::OtherWeekday
                    }),
                    "{name} {dct}"
                );
            }
        }
    }

    #[test]
    fn rules_that_do_not_apply_say_nothing() {
        let dct = d(2000, 2, 24);
        // Anchored elsewhere: "the day before last Tuesday" is a Monday.
        assert_eq!(
            weekday_contradiction("the day before last Tuesday", "2000-02-21", dct),
            None
        );
        // No calendar date, or no single weekday.
        assert_eq!(weekday_contradiction("Tuesday", "XXXX-WXX-2", dct), None);
        assert_eq!(weekday_contradiction("Tuesday", "PRESENT_REF", dct), None);
        assert_eq!(
            weekday_contradiction("Monday and Tuesday", "2000-02-21", dct),
            None
        );
        assert_eq!(weekday_contradiction("tomorrow", "2000-02-25", dct), None);
    }

    #[test]
    fn the_audit_scores_the_consistent_gold_by_value_and_by_day() {
        let dct = d(2000, 1, 15);
        let mut audit = WeekdayAudit::default();
        audit.add("Wednesday", "2000-01-05", "2000-01-12", dct);
        audit.add("Wednesday", "2000-01-11", "2000-01-12", dct);
        audit.add("Wednesday night", "2000-01-12", "2000-01-12TNI", dct);
        audit.add("Friday", "2000-01-14", "2000-01-14", dct);
        audit.add("Friday", "2000-01-14", "2000-01-21", dct);
        assert_eq!(
            (audit.other_weekday, audit.beyond_a_week, audit.consistent),
            (1, 1, 3)
        );
        assert_eq!((audit.correct, audit.day_correct), (1, 2));
    }
}
