//! Classes of gold expressions, by what a tagger needs to resolve them.
//!
//! Overall value accuracy hides where a normaliser fails: "Dec. 2, 2025"
//! needs no anchor, "Aug. 2" needs the year, "Tuesday" needs the week and a
//! reading of tense, "last week" needs arithmetic on the anchor. Splitting
//! accuracy by class shows which of these steps goes wrong.

use serde::{Deserialize, Serialize};

use crate::TimexType;

/// What a gold expression needs to be resolved, decided from its text and
/// type by [`ValueClass::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueClass {
    /// A date or time with a year: "Dec. 2, 2025", "1998", "the 1990s",
    /// "mid-'98", "01/08/98", "the 20th century".
    Absolute,
    /// A month, with or without a day, but no year: "Aug. 2", "October",
    /// "last March".
    Partial,
    /// A weekday, with no month or year: "Tuesday", "last Friday",
    /// "Monday morning".
    Weekday,
    /// Any other `DATE` or `TIME`, resolved against an anchor: "today",
    /// "yesterday", "last week", "next month", "now", "this year",
    /// "a year ago", "recently", "3:45 p.m.".
    Relative,
    /// A `DURATION`.
    Duration,
    /// A `SET`.
    Set,
}

impl ValueClass {
    /// Every class, in report order.
    pub const ALL: [ValueClass; 6] = [
        ValueClass::Absolute,
        ValueClass::Partial,
        ValueClass::Weekday,
        ValueClass::Relative,
        ValueClass::Duration,
        ValueClass::Set,
    ];

    /// The class name: `absolute`, `partial`, `weekday`, `relative`,
    /// `duration`, `set`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ValueClass::Absolute => "absolute",
            ValueClass::Partial => "partial",
            ValueClass::Weekday => "weekday",
            ValueClass::Relative => "relative",
            ValueClass::Duration => "duration",
            ValueClass::Set => "set",
        }
    }

    /// The class of an expression with this text and type. The type decides
    /// durations and sets; for dates and times the first test that holds
    /// wins: a year (or a numbered century), then a month name, then a
    /// weekday name, else relative.
    ///
    /// ```
    /// use timeweave::eval::ValueClass;
    /// use timeweave::TimexType;
    ///
    /// assert_eq!(ValueClass::of("Tuesday, Dec. 2, 2025", TimexType::Date), ValueClass::Absolute);
    /// assert_eq!(ValueClass::of("Tuesday, Dec. 2", TimexType::Date), ValueClass::Partial);
    /// assert_eq!(ValueClass::of("late Tuesday", TimexType::Time), ValueClass::Weekday);
    /// assert_eq!(ValueClass::of("last week", TimexType::Date), ValueClass::Relative);
    /// ```
    pub fn of(text: &str, kind: TimexType) -> ValueClass {
        match kind {
            TimexType::Duration => return ValueClass::Duration,
            TimexType::Set => return ValueClass::Set,
            TimexType::Date | TimexType::Time => {}
        }
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        let century = words.contains(&"century") && lower.bytes().any(|b| b.is_ascii_digit());
        if century || has_year(text) {
            ValueClass::Absolute
        } else if words.iter().any(|w| MONTHS.contains(w)) {
            ValueClass::Partial
        } else if words.iter().any(|w| WEEKDAYS.contains(w)) {
            ValueClass::Weekday
        } else {
            ValueClass::Relative
        }
    }
}

/// Month names and their usual abbreviations, lower case.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Weekday names and their usual abbreviations, lower case: the full names
/// first, Monday to Sunday.
pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "weds",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// True when the text writes a year: a four-digit number from 1000 to 2999
/// (optionally a decade, `1990s`), a two-digit year after an apostrophe
/// (`'98`, `'90s`), or a numeric date of three parts (`01/08/98`,
/// `1998-01-08`).
fn has_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let digits = &text[start..i];
        let before = text[..start].chars().next_back();
        let after = text[i..].chars().next();
        let word_end = after.is_none_or(|c| !c.is_alphanumeric()) || after == Some('s');
        let word_start = before.is_none_or(|c| !c.is_alphanumeric());
        if digits.len() == 4 && word_start && word_end && matches!(bytes[start], b'1' | b'2') {
            return true;
        }
        if digits.len() == 2 && matches!(before, Some('\'' | '’' | '‘')) && word_end {
            return true;
        }
        if numeric_date_at(&text[start..]) {
            return true;
        }
    }
    false
}

/// True when `s` starts with `d/d/d` or `d-d-d` (one to four digits each).
fn numeric_date_at(s: &str) -> bool {
    let mut parts = 0;
    let mut rest = s;
    loop {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 4 {
            return false;
        }
        parts += 1;
        rest = &rest[digits..];
        if parts == 3 {
            return true;
        }
        match rest.as_bytes().first() {
            Some(b'/' | b'-') => rest = &rest[1..],
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_text_and_type() {
        let cases = [
            ("Dec. 2, 2025", TimexType::Date, ValueClass::Absolute),
            ("1998", TimexType::Date, ValueClass::Absolute),
            ("the 1990s", TimexType::Date, ValueClass::Absolute),
            ("mid-1998", TimexType::Date, ValueClass::Absolute),
            ("the summer of '98", TimexType::Date, ValueClass::Absolute),
            ("01/08/98", TimexType::Date, ValueClass::Absolute),
            ("1998-01-08T13:37", TimexType::Time, ValueClass::Absolute),
            ("Aug. 2", TimexType::Date, ValueClass::Partial),
            ("October", TimexType::Date, ValueClass::Partial),
            ("Friday, Aug. 7", TimexType::Date, ValueClass::Partial),
            ("Tuesday", TimexType::Date, ValueClass::Weekday),
            ("last Friday", TimexType::Date, ValueClass::Weekday),
            ("Thurs. night", TimexType::Time, ValueClass::Weekday),
            ("today", TimexType::Date, ValueClass::Relative),
            ("a year ago", TimexType::Date, ValueClass::Relative),
            ("the past 12 months", TimexType::Date, ValueClass::Relative),
            ("3:45 p.m.", TimexType::Time, ValueClass::Relative),
            ("20 years", TimexType::Date, ValueClass::Relative),
            ("the 20th century", TimexType::Date, ValueClass::Absolute),
            ("this century", TimexType::Date, ValueClass::Relative),
            ("12345", TimexType::Date, ValueClass::Relative),
            ("1998", TimexType::Duration, ValueClass::Duration),
            ("every Tuesday", TimexType::Set, ValueClass::Set),
        ];
        for (text, kind, class) in cases {
            assert_eq!(ValueClass::of(text, kind), class, "{text}");
        }
    }
}
