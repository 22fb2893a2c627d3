//! Publication dates from metadata: [`parse_published`].

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};

/// Longest metadata value considered a date; anything longer is rejected
/// outright rather than scanned.
const MAX_LEN: usize = 200;

/// Most whitespace-separated words a date value may have
/// (`Wednesday, December 3, 2025 at 11:30:00 p.m. EST` has eight).
const MAX_WORDS: usize = 16;

/// Why a publication date from metadata was rejected.
///
/// Displayed as a short lowercase phrase, meant to follow "cannot parse
/// publication date "…": ".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParsePublishedError {
    /// The value is empty or only whitespace.
    #[error("the value is empty")]
    Empty,
    /// The value names no year ("Dec 3", "14:20"). The year is never taken
    /// from the clock.
    #[error("it names no year (a year is never guessed from the clock)")]
    NoYear,
    /// The value names a year (and maybe a month) but no day
    /// ("December 2025", "2025-12").
    #[error("it names no day of the month")]
    NoDay,
    /// The value is shaped like a date but that day does not exist
    /// ("February 30, 2025").
    #[error("there is no day {day} in month {month} of {year}")]
    NoSuchDay {
        /// The year as written.
        year: i64,
        /// The month, 1–12 (or out of range as written).
        month: u32,
        /// The day as written.
        day: u32,
    },
    /// The year is outside 1..=9999.
    #[error("year {0} is outside 1..=9999")]
    YearOutOfRange(i64),
    /// Not a date in any supported format.
    #[error("not a date in any supported format")]
    Unrecognized,
}

/// Parses a publication date from article metadata and returns the calendar
/// date the outlet meant in its own time zone.
///
/// Feeds write dates in every imaginable way: `2025-12-03`, RFC 3339 with an
/// offset, RFC 2822 (`Wed, 03 Dec 2025 23:30:00 -0500`), US `12/03/2025`,
/// `Dec. 3, 2025 11:30 PM EST`, `3 December 2025`, `20251203`, unix
/// timestamps. What the pipeline needs from all of them is one thing: the
/// calendar day the outlet meant, *in its own time zone*. "23:30 -05:00 on
/// December 3" is December 3 for the reader of that paper, even though it is
/// already December 4 in UTC; relative expressions in the text ("on
/// Wednesday", "yesterday") are written against that local day.
///
/// So a zone or offset is never used to convert anything: strings that carry
/// one keep the date as written, strings that do not are read as wall-clock.
/// The only exception are unix timestamps, which name an instant and are
/// read in UTC.
///
/// The final parse goes through [`dateparser`], but never through its
/// `parse`, which reads the machine's local time zone, and never on a string
/// without a year and a day, for which it would fill in today's year or day
/// from the clock. The input is first reduced to one of a few canonical
/// shapes (`2025-12-03`, `December 3, 2025`, `3 December 2025`, `12/03/2025`)
/// and the result is checked against the numbers the input names.
///
/// Accepted, among others:
///
/// | input | date |
/// |---|---|
/// | `2025-12-03`, `2025/12/03`, `20251203` | 2025-12-03 |
/// | `2025-12-03T23:30:00-05:00` (RFC 3339) | 2025-12-03 (not Dec 4 UTC) |
/// | `Wed, 03 Dec 2025 23:30:00 -0500` (RFC 2822) | 2025-12-03 |
/// | `2025-12-03 14:20 EST`, `Dec 3, 2025 11:30 PM EST` | 2025-12-03 |
/// | `12/03/2025` (US order; `13/12/2025` is read day-first) | 2025-12-03 |
/// | `Dec 3, 2025`, `Dec. 3, 2025`, `December 3rd, 2025`, `3 December 2025`, `Wed, 3 Dec 2025` | 2025-12-03 |
/// | `1764720000` (unix seconds, UTC), `1764720000000` (milliseconds) | 2025-12-03 |
///
/// Numeric dates with the year last are read month first, as US feeds
/// write them, whatever the separator: `03.12.2025` is March 12 unless the
/// first number cannot be a month. Two-digit years follow chrono's `%y`
/// (`00`–`69` are 2000–2069).
///
/// Rejected: values naming no year (`Dec 3`, `14:20`) or no day
/// (`December 2025`), days that do not exist (`February 30, 2025`), years
/// outside 1..=9999, and anything else unrecognised. The function never
/// reads the clock or the local time zone and never panics.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use timeweave::article::parse_published;
///
/// let dec3 = NaiveDate::from_ymd_opt(2025, 12, 3).unwrap();
/// assert_eq!(parse_published("2025-12-03T23:30:00-05:00")?, dec3);
/// assert_eq!(parse_published("Dec. 3, 2025 11:30 PM EST")?, dec3);
/// assert!(parse_published("Dec 3").is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_published(value: &str) -> Result<NaiveDate, ParsePublishedError> {
    let s = value.trim();
    if s.is_empty() {
        return Err(ParsePublishedError::Empty);
    }
    if s.len() > MAX_LEN {
        return Err(ParsePublishedError::Unrecognized);
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return parse_digits(s);
    }
    // Explicit offsets: keep the offset, take the local date.
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return in_range(dt.naive_local().date());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return in_range(dt.naive_local().date());
    }
    // A trailing zone name in parentheses, as JavaScript's `Date` prints it:
    // `Wed Dec 03 2025 23:30:00 GMT-0500 (Eastern Standard Time)`.
    let s = match s.rfind('(') {
        Some(open) if s.ends_with(')') && open > 0 => s.get(..open).unwrap_or(s).trim_end(),
        _ => s,
    };
    let canonical = canonicalize(s)?;
    let expected = canonical.expected()?;
    // The canonical text has no zone, so with `Utc` as the zone and midnight
    // as the default time, dateparser returns the wall-clock date as written.
    match dateparser::parse_with(&canonical.text, &Utc, NaiveTime::MIN) {
        Ok(dt) if dt.date_naive() == expected => Ok(expected),
        _ => Err(ParsePublishedError::Unrecognized),
    }
}

/// The number of a month name or abbreviation ("December", "Dec", "Sept",
/// "DEC"), case-insensitive; a trailing period is not part of the name.
pub(super) fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
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
    ];
    if word.len() < 3 || word.len() > 9 || !word.is_ascii() {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    if lower == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == lower || (lower.len() == 3 && m.starts_with(&lower)))
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// True for a weekday name or abbreviation ("Wednesday", "Wed", "Weds",
/// "Tues", "Thurs"), case-insensitive.
pub(super) fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    if word.len() < 3 || word.len() > 9 || !word.is_ascii() {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    matches!(lower.as_str(), "tues" | "weds" | "thur" | "thurs")
        || DAYS
            .iter()
            .any(|d| *d == lower || (lower.len() == 3 && d.starts_with(&lower)))
}

/// A value made only of digits: `20251203`, unix seconds or milliseconds.
fn parse_digits(s: &str) -> Result<NaiveDate, ParsePublishedError> {
    match s.len() {
        1..=4 => Err(ParsePublishedError::NoDay),
        8 => {
            let (year, month, day) = (number(&s[..4]), number(&s[4..6]), number(&s[6..]));
            ymd(i64::from(year), month, day)
        }
        9..=11 | 13 => {
            let n: i64 = s.parse().map_err(|_| ParsePublishedError::Unrecognized)?;
            let seconds = if s.len() == 13 { n / 1000 } else { n };
            DateTime::from_timestamp(seconds, 0)
                .map(|dt| dt.date_naive())
                .ok_or(ParsePublishedError::Unrecognized)
                .and_then(in_range)
        }
        _ => Err(ParsePublishedError::Unrecognized),
    }
}

/// Value of an ASCII digit string (saturating; callers pass short strings).
fn number(digits: &str) -> u32 {
    digits.bytes().fold(0u32, |n, b| {
        n.saturating_mul(10)
            .saturating_add(u32::from(b.wrapping_sub(b'0')))
    })
}

/// Builds a date from its parts, with the typed reason when it cannot exist.
fn ymd(year: i64, month: u32, day: u32) -> Result<NaiveDate, ParsePublishedError> {
    if !(1..=9999).contains(&year) {
        return Err(ParsePublishedError::YearOutOfRange(year));
    }
    i32::try_from(year)
        .ok()
        .and_then(|y| NaiveDate::from_ymd_opt(y, month, day))
        .ok_or(ParsePublishedError::NoSuchDay { year, month, day })
}

/// Rejects dates outside years 1..=9999.
fn in_range(date: NaiveDate) -> Result<NaiveDate, ParsePublishedError> {
    let year = i64::from(date.year());
    if (1..=9999).contains(&year) {
        Ok(date)
    } else {
        Err(ParsePublishedError::YearOutOfRange(year))
    }
}

/// A value reduced to a shape dateparser reads without the clock, with the
/// year, month and day the input names, to check dateparser's answer.
struct Canonical {
    text: String,
    year: i64,
    month: u32,
    day: u32,
}

impl Canonical {
    /// The date the input names, or why it cannot exist.
    fn expected(&self) -> Result<NaiveDate, ParsePublishedError> {
        ymd(self.year, self.month, self.day)
    }
}

/// One meaningful word of a date value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A month name.
    Month(u32),
    /// A number: value and count of digits.
    Number(u32, usize),
    /// A numeric date `a-b-c`, `a/b/c` or `a.b.c`: the three numbers and the
    /// digit counts of the first and last.
    Numeric {
        a: u32,
        b: u32,
        c: u32,
        a_len: usize,
        c_len: usize,
    },
}

/// Reduces a date value to a canonical shape, dropping weekdays, times,
/// AM/PM, zone names and offsets, filler words ("at", "on") and ordinal
/// suffixes.
fn canonicalize(s: &str) -> Result<Canonical, ParsePublishedError> {
    let mut parts = Vec::new();
    for (n, raw) in s.split_whitespace().enumerate() {
        if n >= MAX_WORDS {
            return Err(ParsePublishedError::Unrecognized);
        }
        classify(raw, &mut parts)?;
    }
    let four_digit_year = |p: &Part| matches!(p, Part::Number(_, 4));
    match parts.as_slice() {
        [Part::Month(m), Part::Number(d, 1..=2), Part::Number(y, 4)] => Ok(month_first(*m, *d, *y)),
        [Part::Number(d, 1..=2), Part::Month(m), Part::Number(y, 4)] => Ok(day_first(*d, *m, *y)),
        [Part::Number(y, 4), Part::Month(m), Part::Number(d, 1..=2)] => Ok(iso(*y, *m, *d)),
        [Part::Numeric {
            a,
            b,
            c,
            a_len,
            c_len,
        }] => numeric(*a, *b, *c, *a_len, *c_len),
        _ => {
            let has_year = parts.iter().any(|p| match p {
                Part::Numeric { a_len, c_len, .. } => *a_len == 4 || *c_len == 4,
                other => four_digit_year(other),
            });
            let components = parts.len();
            if !has_year {
                Err(ParsePublishedError::NoYear)
            } else if components < 3 && !parts.iter().any(|p| matches!(p, Part::Numeric { .. })) {
                Err(ParsePublishedError::NoDay)
            } else {
                Err(ParsePublishedError::Unrecognized)
            }
        }
    }
}

/// `December 3, 2025`.
fn month_first(month: u32, day: u32, year: u32) -> Canonical {
    Canonical {
        text: format!("{} {day}, {year:04}", month_name(month)),
        year: i64::from(year),
        month,
        day,
    }
}

/// `3 December 2025`.
fn day_first(day: u32, month: u32, year: u32) -> Canonical {
    Canonical {
        text: format!("{day} {} {year:04}", month_name(month)),
        year: i64::from(year),
        month,
        day,
    }
}

/// `2025-12-03`.
fn iso(year: u32, month: u32, day: u32) -> Canonical {
    Canonical {
        text: format!("{year:04}-{month:02}-{day:02}"),
        year: i64::from(year),
        month,
        day,
    }
}

/// A numeric date: year first (`2025-12-03`, `2025/12/03`, `2025.12.03`) or
/// US month first (`12/03/2025`, `12-03-2025`, `12/03/25`); when the first
/// number cannot be a month but the second can (`13/12/2025`), day first.
fn numeric(
    a: u32,
    b: u32,
    c: u32,
    a_len: usize,
    c_len: usize,
) -> Result<Canonical, ParsePublishedError> {
    if a_len == 4 && c_len <= 2 {
        return Ok(iso(a, b, c));
    }
    if a_len > 2 {
        return Err(ParsePublishedError::Unrecognized);
    }
    let (month, day) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
    match c_len {
        4 => Ok(Canonical {
            text: format!("{month:02}/{day:02}/{c:04}"),
            year: i64::from(c),
            month,
            day,
        }),
        // chrono's `%y`: 00–69 are 2000–2069, 70–99 are 1970–1999.
        2 => Ok(Canonical {
            text: format!("{month:02}/{day:02}/{c:02}"),
            year: i64::from(if c < 70 { 2000 + c } else { 1900 + c }),
            month,
            day,
        }),
        _ => Err(ParsePublishedError::Unrecognized),
    }
}

/// English month name for `1..=12`.
fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    usize::try_from(month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| NAMES.get(i))
        .copied()
        .unwrap_or("")
}

/// Classifies one whitespace-separated word of a date value, pushing what
/// matters and dropping what does not (weekdays, times, zones, fillers).
fn classify(raw: &str, parts: &mut Vec<Part>) -> Result<(), ParsePublishedError> {
    let word = raw.trim_matches(|c: char| matches!(c, ',' | '(' | ')' | ';'));
    if word.is_empty() {
        return Ok(());
    }
    // An ISO date glued to a time: `2025-12-03T14:20:00+0100`.
    if let Some((date, _time)) = split_iso_time(word) {
        return classify(date, parts);
    }
    // Times (`14:20`, `11:30pm`, `11pm`) and numeric offsets (`-0500`,
    // `+05:30`) say nothing about the day as written.
    if word.contains(':') || is_offset(word) || is_clock_hour(word) {
        return Ok(());
    }
    if word.bytes().all(|b| b.is_ascii_digit()) {
        if word.len() > 4 {
            return Err(ParsePublishedError::Unrecognized);
        }
        parts.push(Part::Number(number(word), word.len()));
        return Ok(());
    }
    if let Some(day) = ordinal(word) {
        parts.push(Part::Number(day, 2));
        return Ok(());
    }
    if let Some(part) = numeric_date(word) {
        parts.push(part);
        return Ok(());
    }
    let letters = word.trim_end_matches('.');
    if let Some(m) = month_number(letters) {
        parts.push(Part::Month(m));
        return Ok(());
    }
    if is_weekday(letters) || is_filler(word) || is_zone(word) {
        return Ok(());
    }
    Err(ParsePublishedError::Unrecognized)
}

/// Splits `2025-12-03T14:20` into the date and the rest.
fn split_iso_time(word: &str) -> Option<(&str, &str)> {
    let t = word.find(['T', 't'])?;
    let (date, rest) = word.split_at(t);
    let shaped = date.len() >= 8
        && date
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'-' || b == b'/')
        && date.bytes().take_while(u8::is_ascii_digit).count() == 4;
    shaped.then_some((date, rest))
}

/// `-0500`, `+05:30`, `-05`, `+1`.
fn is_offset(word: &str) -> bool {
    let Some(rest) = word.strip_prefix(['+', '-', '−']) else {
        return false;
    };
    !rest.is_empty() && rest.len() <= 5 && rest.bytes().all(|b| b.is_ascii_digit() || b == b':')
}

/// `11pm`, `9am`, `11p.m.`.
fn is_clock_hour(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let (hour, rest) = word.split_at(digits);
    !hour.is_empty() && hour.len() <= 2 && is_meridiem(rest)
}

/// `am`, `PM`, `a.m.`.
fn is_meridiem(word: &str) -> bool {
    let letters: String = word
        .chars()
        .filter(|c| *c != '.')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    letters == "am" || letters == "pm"
}

/// Words that may sit between the parts of a date value.
fn is_filler(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "at" | "on" | "the" | "of" | "-" | "–" | "—" | "|" | "@"
    ) || is_meridiem(word)
}

/// A time-zone name: `EST`, `GMT`, `UTC`, `Z`, `CEST`, or one with an
/// offset such as `GMT+2`, `UTC-05:00`. Written in capitals, at most five
/// letters.
fn is_zone(word: &str) -> bool {
    let letters_end = word
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(word.len());
    let (name, rest) = word.split_at(letters_end);
    let name_ok = (1..=5).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase());
    name_ok && (rest.is_empty() || is_offset(rest))
}

/// `3rd`, `21st`, `2nd`, `14th` → the number.
fn ordinal(word: &str) -> Option<u32> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let (num, suffix) = word.split_at(digits);
    let suffix = suffix.to_ascii_lowercase();
    let ok = (1..=2).contains(&num.len()) && matches!(suffix.as_str(), "st" | "nd" | "rd" | "th");
    ok.then(|| number(num))
}

/// `2025-12-03`, `12/03/2025`, `2025.12.03`: three numbers with one
/// separator used twice.
fn numeric_date(word: &str) -> Option<Part> {
    let sep = word.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let mut pieces = word.split(sep);
    let (a, b, c) = (pieces.next()?, pieces.next()?, pieces.next()?);
    if pieces.next().is_some() {
        return None;
    }
    let digits = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(a) && digits(b) && digits(c)) || b.len() > 2 {
        return None;
    }
    Some(Part::Numeric {
        a: number(a),
        b: number(b),
        c: number(c),
        a_len: a.len(),
        c_len: c.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn dec3() -> NaiveDate {
        date(2025, 12, 3)
    }

    #[track_caller]
    fn ok(input: &str, want: NaiveDate) {
        assert_eq!(parse_published(input), Ok(want), "input {input:?}");
    }

    #[test]
    fn iso_and_slash_and_compact() {
        ok("2025-12-03", dec3());
        ok("  2025-12-03\n", dec3());
        ok("2025/12/03", dec3());
        ok("2025-12-3", dec3());
        ok("2025.12.03", dec3());
        ok("20251203", dec3());
        ok("2025-12-03T14:20:00", dec3());
        ok("2025-12-03 14:20", dec3());
    }

    #[test]
    fn us_order_and_day_first_when_unambiguous() {
        ok("12/03/2025", dec3());
        ok("12-03-2025", dec3());
        ok("12/3/2025", dec3());
        ok("12/03/25", dec3());
        ok("13/12/2025", date(2025, 12, 13));
        ok("12/03/2025 11:30 PM", dec3());
    }

    #[test]
    fn month_names() {
        ok("Dec 3, 2025", dec3());
        ok("December 3, 2025", dec3());
        ok("December 3 2025", dec3());
        ok("december 3, 2025", dec3());
        ok("DEC. 3, 2025", dec3());
        ok("Dec. 3, 2025", dec3());
        ok("Sept. 9, 2025", date(2025, 9, 9));
        ok("December 3rd, 2025", dec3());
        ok("3 December 2025", dec3());
        ok("3rd of December, 2025", dec3());
        ok("3 Dec. 2025", dec3());
        ok("Wed, 3 Dec 2025", dec3());
        ok("Wednesday, December 3, 2025", dec3());
        ok("2025 Dec 3", dec3());
        ok("May 1, 2025", date(2025, 5, 1));
    }

    #[test]
    fn explicit_offsets_keep_the_local_date() {
        // 23:30 at -05:00 is already December 4 in UTC; the outlet meant Dec 3.
        ok("2025-12-03T23:30:00-05:00", dec3());
        ok("2025-12-03T23:30:00.123-05:00", dec3());
        ok("2025-12-03T00:30:00+09:00", dec3());
        ok("2025-12-03T23:30:00Z", dec3());
        ok("2025-12-03 23:30:00-05:00", dec3());
        ok("2025-12-03T23:30:00-0500", dec3());
        ok("2025-12-03 23:30:00 -0500", dec3());
        ok("Wed, 03 Dec 2025 23:30:00 -0500", dec3());
        ok("Wed, 3 Dec 2025 00:15:00 +1100", dec3());
        ok("03 Dec 2025 23:30:00 GMT", dec3());
    }

    #[test]
    fn zone_abbreviations_are_stripped_not_applied() {
        ok("2025-12-03 14:20 EST", dec3());
        ok("2025-12-03 23:59 PST", dec3());
        ok("Dec 3, 2025 11:30 PM EST", dec3());
        ok("Dec 3, 2025 at 11:30 p.m. ET", dec3());
        ok("December 3, 2025 11:45pm (EST)", dec3());
        ok("Wed, 03 Dec 2025 23:30:00 CET", dec3());
        ok("Wed, 03 Dec 2025 23:30 GMT+2", dec3());
        ok("2025-12-03 UTC", dec3());
        ok("2025-12-03 09:00 UTC+05:30", dec3());
        ok("3 December 2025 00:10 MSK", dec3());
        ok(
            "Wed Dec 03 2025 23:30:00 GMT-0500 (Eastern Standard Time)",
            dec3(),
        );
    }

    #[test]
    fn unix_timestamps_are_utc() {
        // 2025-12-03T00:00:00Z and 23:59:59Z.
        ok("1764720000", dec3());
        ok("1764806399", dec3());
        ok("1764806400", date(2025, 12, 4));
        ok("1764720000000", dec3());
    }

    #[test]
    fn no_year_is_rejected() {
        for input in [
            "Dec 3",
            "December 3",
            "14:20",
            "Dec 3 at 14:20",
            "3 Dec",
            "Wednesday",
        ] {
            let got = parse_published(input);
            assert!(
                matches!(
                    got,
                    Err(ParsePublishedError::NoYear | ParsePublishedError::Unrecognized)
                ),
                "{input:?} gave {got:?}"
            );
        }
        assert_eq!(parse_published("Dec 3"), Err(ParsePublishedError::NoYear));
        assert_eq!(parse_published("14:20"), Err(ParsePublishedError::NoYear));
    }

    #[test]
    fn no_day_is_rejected() {
        assert_eq!(
            parse_published("December 2025"),
            Err(ParsePublishedError::NoDay)
        );
        assert_eq!(parse_published("2025"), Err(ParsePublishedError::NoDay));
        assert!(parse_published("2025-12").is_err());
        assert!(parse_published("2025.12").is_err());
    }

    #[test]
    fn impossible_days_and_years_are_rejected() {
        assert_eq!(
            parse_published("February 30, 2025"),
            Err(ParsePublishedError::NoSuchDay {
                year: 2025,
                month: 2,
                day: 30
            })
        );
        assert!(parse_published("February 30").is_err());
        assert!(parse_published("2025-02-29").is_err());
        ok("2024-02-29", date(2024, 2, 29));
        assert!(parse_published("2025-13-01").is_err());
        assert!(parse_published("20251332").is_err());
        assert_eq!(
            parse_published("0000-12-03"),
            Err(ParsePublishedError::YearOutOfRange(0))
        );
        assert!(parse_published("Dec 3, 0000").is_err());
        assert!(parse_published("12/03/20255").is_err());
        assert!(parse_published("Dec 3, 10000").is_err());
    }

    #[test]
    fn garbage_is_rejected_without_panicking() {
        for input in [
            "",
            "   ",
            "yesterday",
            "Dec 3, 2025 and more words",
            "2025-12-03-04",
            "１２/０３/２０２５",
            "Déc 3, 2025",
            "🎉 3 🎉 2025",
            "-1764720000",
            "99999999999999999999999",
            "T",
            "2025-12-03T",
            "+",
            ":",
            "Dec 3, 2025 99:99",
        ] {
            let got = parse_published(input);
            if input == "2025-12-03T" || input == "Dec 3, 2025 99:99" {
                // Lenient about what follows a complete date.
                assert_eq!(got, Ok(dec3()), "{input:?}");
            } else {
                assert!(got.is_err(), "{input:?} gave {got:?}");
            }
        }
        assert_eq!(parse_published(""), Err(ParsePublishedError::Empty));
        assert!(parse_published(&"2025-12-03 ".repeat(1000)).is_err());
    }

    #[test]
    fn reasons_read_as_phrases() {
        assert_eq!(
            ParsePublishedError::NoYear.to_string(),
            "it names no year (a year is never guessed from the clock)"
        );
    }

    #[test]
    fn month_and_weekday_names() {
        assert_eq!(month_number("Dec"), Some(12));
        assert_eq!(month_number("SEPT"), Some(9));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayo"), None);
        assert!(is_weekday("Weds"));
        assert!(is_weekday("THU"));
        assert!(!is_weekday("Wedding"));
    }
}
