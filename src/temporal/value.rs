//! [`TimeValue`]: a calendar value with its granularity, printed and parsed as
//! a TIMEX3 `value` attribute.
//!
//! TIMEX3 (ISO-TimeML, ISO 24617-1) writes a day as `2025-12-02`, a part of a
//! day as `2025-12-02TEV`, an ISO week as `2025-W48`, its weekend as
//! `2025-W48-WE`, a month, quarter, half or season as `2025-11`, `2025-Q4`,
//! `2025-H2`, `2025-WI`, a year, decade and century as `2025`, `199`, `19`,
//! a duration as `PT5H` or `P4Y` (`PXY` when the amount is unknown) and the
//! vague references as `PRESENT_REF`, `PAST_REF` and `FUTURE_REF`. A value
//! whose anchor is unknown keeps `X` placeholders (`XXXX-12-02`,
//! `XXXX-WXX-2`).
//!
//! Every calendar value knows its [`interval`](TimeValue::interval), the first
//! and last day it covers, so values of different granularity can be compared,
//! overlapped and ordered.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::calendar;

/// A part of a day, as TIMEX3 writes it after `T`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DayPart {
    /// `MO`: morning.
    Morning,
    /// `MI`: midday, noon.
    Midday,
    /// `AF`: afternoon.
    Afternoon,
    /// `EV`: evening.
    Evening,
    /// `NI`: night.
    Night,
    /// `DT`: daytime.
    Daytime,
}

impl DayPart {
    /// The TIMEX3 code (`MO`, `AF`, `EV`, `NI`, `DT`, `MI`).
    pub const fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Midday => "MI",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
            DayPart::Daytime => "DT",
        }
    }

    fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "MO" => DayPart::Morning,
            "MI" => DayPart::Midday,
            "AF" => DayPart::Afternoon,
            "EV" => DayPart::Evening,
            "NI" => DayPart::Night,
            "DT" => DayPart::Daytime,
            _ => return None,
        })
    }
}

/// A season of the (northern) year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Season {
    /// `SP`: March to May.
    Spring,
    /// `SU`: June to August.
    Summer,
    /// `FA`: September to November.
    Fall,
    /// `WI`: December of the year to February of the next.
    Winter,
}

impl Season {
    /// The TIMEX3 code.
    pub const fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }
}

/// A unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DurationUnit {
    /// `CE`: centuries.
    Century,
    /// `DE`: decades.
    Decade,
    /// `Y`.
    Year,
    /// `Q`: quarters.
    Quarter,
    /// `M` (before `T`): months.
    Month,
    /// `W`.
    Week,
    /// `WE`: weekends.
    Weekend,
    /// `D`.
    Day,
    /// `H`.
    Hour,
    /// `M` (after `T`): minutes.
    Minute,
    /// `S`.
    Second,
}

impl DurationUnit {
    const fn code(self) -> &'static str {
        match self {
            DurationUnit::Century => "CE",
            DurationUnit::Decade => "DE",
            DurationUnit::Year => "Y",
            DurationUnit::Quarter => "Q",
            DurationUnit::Month | DurationUnit::Minute => "M",
            DurationUnit::Week => "W",
            DurationUnit::Weekend => "WE",
            DurationUnit::Day => "D",
            DurationUnit::Hour => "H",
            DurationUnit::Second => "S",
        }
    }

    /// True for hours, minutes and seconds (written after `T`).
    pub const fn is_time(self) -> bool {
        matches!(
            self,
            DurationUnit::Hour | DurationUnit::Minute | DurationUnit::Second
        )
    }

    /// Approximate length in seconds, for comparing durations.
    pub const fn seconds(self) -> u64 {
        match self {
            DurationUnit::Century => 3_155_760_000,
            DurationUnit::Decade => 315_576_000,
            DurationUnit::Year => 31_557_600,
            DurationUnit::Quarter => 7_889_400,
            DurationUnit::Month => 2_629_800,
            DurationUnit::Week => 604_800,
            DurationUnit::Weekend => 172_800,
            DurationUnit::Day => 86_400,
            DurationUnit::Hour => 3_600,
            DurationUnit::Minute => 60,
            DurationUnit::Second => 1,
        }
    }
}

/// One `amount unit` component of a duration; `amount` is `None` for `X`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DurationPart {
    /// How many units, or `None` when unknown ("several years" → `PXY`).
    pub amount: Option<u32>,
    /// The unit.
    pub unit: DurationUnit,
}

/// The vague temporal references of TIMEX3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reference {
    /// `PRESENT_REF`: now, currently.
    Present,
    /// `PAST_REF`: recently, formerly.
    Past,
    /// `FUTURE_REF`: soon, in the future.
    Future,
}

/// A calendar value with its granularity, printed and parsed as a TIMEX3
/// `value` (`2025-12-02`, `2025-12-02TEV`, `2025-W48`, `2025-W48-WE`,
/// `2025-11`, `2025-Q4`, `2025`, `199`, `PT5H`, `P4Y`, `PRESENT_REF`,
/// `XXXX-WXX-2`), with the interval of days it covers.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TimeValue {
    /// A day: `2025-12-02`.
    Day(NaiveDate),
    /// A part of a day: `2025-12-02TEV`.
    DayPart(NaiveDate, DayPart),
    /// A clock time: `2025-12-02T14:20`.
    Time {
        /// The day.
        date: NaiveDate,
        /// Hour, 0–23.
        hour: u8,
        /// Minute, 0–59.
        minute: u8,
    },
    /// An ISO week: `2025-W48`.
    Week {
        /// ISO week-numbering year.
        year: i32,
        /// ISO week, 1–53.
        week: u32,
    },
    /// The weekend of an ISO week: `2025-W48-WE`.
    Weekend {
        /// ISO week-numbering year.
        year: i32,
        /// ISO week, 1–53.
        week: u32,
    },
    /// A month: `2025-11`.
    Month {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
    /// A quarter: `2025-Q4`.
    Quarter {
        /// Year.
        year: i32,
        /// Quarter, 1–4.
        quarter: u32,
    },
    /// A half year: `2025-H2`.
    Half {
        /// Year.
        year: i32,
        /// Half, 1–2.
        half: u32,
    },
    /// A season: `2025-WI`.
    Season {
        /// Year (winter starts in December of this year).
        year: i32,
        /// The season.
        season: Season,
    },
    /// A year: `2025`.
    Year(i32),
    /// A decade, by its first three digits: `199` is the 1990s.
    Decade(i32),
    /// A century, by its first two digits: `19` is 1900–1999.
    Century(i32),
    /// A duration: `PT5H`, `P4Y`, `P1DT2H`, `PXY`.
    Duration(Vec<DurationPart>),
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Reference(Reference),
    /// A value that could not be anchored, with `X` placeholders:
    /// `XXXX-12-02`, `XXXX-WXX-2`, `XXXX-XX-XX`.
    Unanchored(String),
}

impl TimeValue {
    /// The first and last day the value covers, or `None` for durations,
    /// references and unanchored values.
    ///
    /// ```
    /// use timeweave::TimeValue;
    /// let week: TimeValue = "2025-W48".parse()?;
    /// let (first, last) = week.interval().unwrap();
    /// assert_eq!((first.to_string(), last.to_string()), ("2025-11-24".into(), "2025-11-30".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn interval(&self) -> Option<(NaiveDate, NaiveDate)> {
        match *self {
            TimeValue::Day(d) | TimeValue::DayPart(d, _) | TimeValue::Time { date: d, .. } => {
                Some((d, d))
            }
            TimeValue::Week { year, week } => {
                let mon = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
                Some((mon, mon.checked_add_days(chrono::Days::new(6))?))
            }
            TimeValue::Weekend { year, week } => {
                let sat = NaiveDate::from_isoywd_opt(year, week, Weekday::Sat)?;
                Some((sat, sat.checked_add_days(chrono::Days::new(1))?))
            }
            TimeValue::Month { year, month } => calendar::month_bounds(year, month),
            TimeValue::Quarter { year, quarter } => {
                let last_month = quarter.checked_mul(3).filter(|m| (3..=12).contains(m))?;
                let first = calendar::month_bounds(year, last_month - 2)?.0;
                Some((first, calendar::month_bounds(year, last_month)?.1))
            }
            TimeValue::Half { year, half } => {
                let last_month = half.checked_mul(6).filter(|m| (6..=12).contains(m))?;
                let first = calendar::month_bounds(year, last_month - 5)?.0;
                Some((first, calendar::month_bounds(year, last_month)?.1))
            }
            TimeValue::Season { year, season } => {
                let (y0, m0, y1, m1) = match season {
                    Season::Spring => (year, 3, year, 5),
                    Season::Summer => (year, 6, year, 8),
                    Season::Fall => (year, 9, year, 11),
                    Season::Winter => (year, 12, year + 1, 2),
                };
                Some((
                    calendar::month_bounds(y0, m0)?.0,
                    calendar::month_bounds(y1, m1)?.1,
                ))
            }
            TimeValue::Year(y) => Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            )),
            TimeValue::Decade(d) => Some((
                NaiveDate::from_ymd_opt(d.checked_mul(10)?, 1, 1)?,
                NaiveDate::from_ymd_opt(d.checked_mul(10)? + 9, 12, 31)?,
            )),
            TimeValue::Century(c) => Some((
                NaiveDate::from_ymd_opt(c.checked_mul(100)?, 1, 1)?,
                NaiveDate::from_ymd_opt(c.checked_mul(100)? + 99, 12, 31)?,
            )),
            TimeValue::Duration(_) | TimeValue::Reference(_) | TimeValue::Unanchored(_) => None,
        }
    }

    /// True when the value is a calendar value with a known interval.
    pub fn is_anchored(&self) -> bool {
        self.interval().is_some()
    }

    /// The duration in seconds (approximate for months and years), for
    /// comparing durations; `None` if any amount is unknown or the value is
    /// not a duration.
    pub fn duration_seconds(&self) -> Option<u64> {
        match self {
            TimeValue::Duration(parts) => parts.iter().try_fold(0u64, |acc, p| {
                acc.checked_add(u64::from(p.amount?).checked_mul(p.unit.seconds())?)
            }),
            _ => None,
        }
    }

    /// A single-unit duration.
    pub fn duration(amount: Option<u32>, unit: DurationUnit) -> Self {
        TimeValue::Duration(vec![DurationPart { amount, unit }])
    }

    /// The ISO week containing `date`.
    pub fn week_of(date: NaiveDate) -> Self {
        let w = date.iso_week();
        TimeValue::Week {
            year: w.year(),
            week: w.week(),
        }
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::Day(d) => write_date(f, *d),
            TimeValue::DayPart(d, p) => {
                write_date(f, *d)?;
                write!(f, "T{}", p.code())
            }
            TimeValue::Time { date, hour, minute } => {
                write_date(f, *date)?;
                write!(f, "T{hour:02}:{minute:02}")
            }
            TimeValue::Week { year, week } => write!(f, "{}-W{week:02}", Year4(*year)),
            TimeValue::Weekend { year, week } => write!(f, "{}-W{week:02}-WE", Year4(*year)),
            TimeValue::Month { year, month } => write!(f, "{}-{month:02}", Year4(*year)),
            TimeValue::Quarter { year, quarter } => write!(f, "{}-Q{quarter}", Year4(*year)),
            TimeValue::Half { year, half } => write!(f, "{}-H{half}", Year4(*year)),
            TimeValue::Season { year, season } => write!(f, "{}-{}", Year4(*year), season.code()),
            TimeValue::Year(y) => write!(f, "{}", Year4(*y)),
            TimeValue::Decade(d) => write!(f, "{d:03}"),
            TimeValue::Century(c) => write!(f, "{c:02}"),
            TimeValue::Duration(parts) => {
                f.write_str("P")?;
                let mut in_time = false;
                for p in parts {
                    if p.unit.is_time() && !in_time {
                        f.write_str("T")?;
                        in_time = true;
                    }
                    match p.amount {
                        Some(n) => write!(f, "{n}{}", p.unit.code())?,
                        None => write!(f, "X{}", p.unit.code())?,
                    }
                }
                Ok(())
            }
            TimeValue::Reference(r) => f.write_str(match r {
                Reference::Present => "PRESENT_REF",
                Reference::Past => "PAST_REF",
                Reference::Future => "FUTURE_REF",
            }),
            TimeValue::Unanchored(s) => f.write_str(s),
        }
    }
}

struct Year4(i32);

impl fmt::Display for Year4 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 < 0 {
            write!(f, "-{:04}", -(self.0 as i64))
        } else {
            write!(f, "{:04}", self.0)
        }
    }
}

fn write_date(f: &mut fmt::Formatter<'_>, d: NaiveDate) -> fmt::Result {
    // Years of four digits, the common case, without the formatting
    // machinery: dates are written for every claim of every event.
    if let Ok(y @ 0..=9999) = u32::try_from(d.year()) {
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let (m, day) = (d.month(), d.day());
        let b = [
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(day / 10),
            digit(day),
        ];
        return f.write_str(std::str::from_utf8(&b).map_err(|_| fmt::Error)?);
    }
    write!(f, "{}-{:02}-{:02}", Year4(d.year()), d.month(), d.day())
}

/// Why a string is not a TIMEX3 value timeweave understands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a TIMEX3 value: {0:?}")]
pub struct ParseValueError(pub String);

impl FromStr for TimeValue {
    type Err = ParseValueError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_value(s).ok_or_else(|| ParseValueError(s.to_string()))
    }
}

fn num<T: FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn parse_value(s: &str) -> Option<TimeValue> {
    match s {
        "PRESENT_REF" => return Some(TimeValue::Reference(Reference::Present)),
        "PAST_REF" => return Some(TimeValue::Reference(Reference::Past)),
        "FUTURE_REF" => return Some(TimeValue::Reference(Reference::Future)),
        _ => {}
    }
    if let Some(rest) = s.strip_prefix('P') {
        return parse_duration(rest);
    }
    if s.contains('X') {
        let ok = s
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase() || matches!(b, b'-' | b':'));
        return ok.then(|| TimeValue::Unanchored(s.to_string()));
    }
    let (year_s, rest) = match s.find('-') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let Some(rest) = rest else {
        return match year_s.len() {
            4 => Some(TimeValue::Year(num(year_s)?)),
            3 => Some(TimeValue::Decade(num(year_s)?)),
            2 => Some(TimeValue::Century(num(year_s)?)),
            _ => None,
        };
    };
    if year_s.len() != 4 {
        return None;
    }
    let year: i32 = num(year_s)?;
    let season = match rest {
        "SP" => Some(Season::Spring),
        "SU" => Some(Season::Summer),
        "FA" => Some(Season::Fall),
        "WI" => Some(Season::Winter),
        _ => None,
    };
    if let Some(season) = season {
        return Some(TimeValue::Season { year, season });
    }
    if let Some(w) = rest.strip_prefix('W') {
        let (week_s, we) = match w.strip_suffix("-WE") {
            Some(x) => (x, true),
            None => (w, false),
        };
        let week: u32 = num(week_s)?;
        NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
        return Some(if we {
            TimeValue::Weekend { year, week }
        } else {
            TimeValue::Week { year, week }
        });
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let quarter: u32 = num(q)?;
        return (1..=4)
            .contains(&quarter)
            .then_some(TimeValue::Quarter { year, quarter });
    }
    if let Some(h) = rest.strip_prefix('H') {
        let half: u32 = num(h)?;
        return (1..=2)
            .contains(&half)
            .then_some(TimeValue::Half { year, half });
    }
    let (month_s, rest) = match rest.find('-') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let month: u32 = num(month_s)?;
    let Some(rest) = rest else {
        return (1..=12)
            .contains(&month)
            .then_some(TimeValue::Month { year, month });
    };
    let (day_s, time) = match rest.find('T') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let date = NaiveDate::from_ymd_opt(year, month, num(day_s)?)?;
    let Some(time) = time else {
        return Some(TimeValue::Day(date));
    };
    if let Some(part) = DayPart::from_code(time) {
        return Some(TimeValue::DayPart(date, part));
    }
    let (h, m) = time.split_once(':')?;
    let hour: u8 = num(h)?;
    let minute: u8 = num(m.get(..2)?)?;
    (hour < 24 && minute < 60).then_some(TimeValue::Time { date, hour, minute })
}

fn parse_duration(s: &str) -> Option<TimeValue> {
    let mut parts = Vec::new();
    let mut in_time = false;
    let mut rest = s;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('T') {
            in_time = true;
            rest = r;
            continue;
        }
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == 'X'))
            .unwrap_or(rest.len());
        let amount_s = &rest[..digits];
        let amount = if amount_s == "X" {
            None
        } else {
            Some(num::<u32>(amount_s)?)
        };
        rest = &rest[digits..];
        let (unit, len) = match (rest.get(..2), rest.get(..1)) {
            (Some("CE"), _) => (DurationUnit::Century, 2),
            (Some("DE"), _) => (DurationUnit::Decade, 2),
            (Some("WE"), _) => (DurationUnit::Weekend, 2),
            (_, Some("Y")) => (DurationUnit::Year, 1),
            (_, Some("Q")) => (DurationUnit::Quarter, 1),
            (_, Some("M")) if in_time => (DurationUnit::Minute, 1),
            (_, Some("M")) => (DurationUnit::Month, 1),
            (_, Some("W")) => (DurationUnit::Week, 1),
            (_, Some("D")) => (DurationUnit::Day, 1),
            (_, Some("H")) => (DurationUnit::Hour, 1),
            (_, Some("S")) => (DurationUnit::Second, 1),
            _ => return None,
        };
        if unit.is_time() != in_time {
            return None;
        }
        rest = &rest[len..];
        parts.push(DurationPart { amount, unit });
    }
    (!parts.is_empty()).then_some(TimeValue::Duration(parts))
}

impl Serialize for TimeValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_their_text() {
        for s in [
            "2025-12-02",
            "2025-12-02TEV",
            "2025-12-02T14:20",
            "2025-W48",
            "2025-W48-WE",
            "2020-W53",
            "2025-11",
            "2025-Q4",
            "2025-H2",
            "2025-WI",
            "2025",
            "199",
            "19",
            "PT5H",
            "P4Y",
            "P1DT2H",
            "PT1M30S",
            "PXY",
            "P2WE",
            "PRESENT_REF",
            "PAST_REF",
            "FUTURE_REF",
            "XXXX-12-02",
            "XXXX-WXX-2",
        ] {
            let v: TimeValue = s.parse().unwrap();
            assert_eq!(v.to_string(), s);
        }
    }

    #[test]
    fn impossible_values_do_not_parse() {
        for s in [
            "2025-02-30",
            "2025-13",
            "2025-W54",
            "2025-Q5",
            "P5",
            "PT5Y",
            "hello",
            "",
        ] {
            assert!(s.parse::<TimeValue>().is_err(), "{s}");
        }
    }

    #[test]
    fn intervals_cover_the_right_days() {
        let iv = |s: &str| {
            let (a, b) = s.parse::<TimeValue>().unwrap().interval().unwrap();
            format!("{a}..{b}")
        };
        assert_eq!(iv("2025-W48-WE"), "2025-11-29..2025-11-30");
        assert_eq!(iv("2024-02"), "2024-02-01..2024-02-29");
        assert_eq!(iv("2025-Q4"), "2025-10-01..2025-12-31");
        assert_eq!(iv("2025-WI"), "2025-12-01..2026-02-28");
        assert_eq!(iv("199"), "1990-01-01..1999-12-31");
        assert_eq!(iv("2020-W53"), "2020-12-28..2021-01-03");
    }

    #[test]
    fn durations_compare_in_seconds() {
        let h5: TimeValue = "PT5H".parse().unwrap();
        let h4: TimeValue = "PT4H".parse().unwrap();
        assert!(h5.duration_seconds() > h4.duration_seconds());
        assert_eq!("PXY".parse::<TimeValue>().unwrap().duration_seconds(), None);
    }

    #[test]
    fn days_are_written_with_four_digit_years_and_padding() {
        let day = |y, m, d| TimeValue::Day(NaiveDate::from_ymd_opt(y, m, d).unwrap()).to_string();
        assert_eq!(day(2025, 12, 2), "2025-12-02");
        assert_eq!(day(7, 1, 9), "0007-01-09");
        assert_eq!(day(999, 10, 31), "0999-10-31");
        assert_eq!(day(0, 2, 29), "0000-02-29");
        assert_eq!(day(-44, 3, 15), "-0044-03-15");
        assert_eq!(day(10000, 1, 1), "10000-01-01");
    }
}
