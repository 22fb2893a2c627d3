//! Calendar arithmetic the resolver needs: month bounds, shifting by months,
//! weekdays before and after a date, ISO weeks. All of it is checked: a value
//! outside chrono's range gives `None`, never a panic.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// First and last day of a month.
pub fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let (ny, nm) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    let last = NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()?;
    Some((first, last))
}

/// The (year, month) `delta` months away from (`year`, `month`).
pub fn add_months(year: i32, month: u32, delta: i64) -> Option<(i32, u32)> {
    let idx = i64::from(year) * 12 + i64::from(month) - 1 + delta;
    let y = i32::try_from(idx.div_euclid(12)).ok()?;
    Some((y, (idx.rem_euclid(12) + 1) as u32))
}

/// `date` moved by `days`, if it stays in range.
pub fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(days)?)
}

/// The latest `weekday` on or before `date` (the day itself counts).
pub fn weekday_on_or_before(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let back = (7 + date.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    add_days(date, -i64::from(back))
}

/// The earliest `weekday` strictly after `date`.
pub fn weekday_after(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let fwd = (7 + weekday.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    add_days(date, if fwd == 0 { 7 } else { i64::from(fwd) })
}

/// The earliest `weekday` on or after `date`.
pub fn weekday_on_or_after(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let fwd = (7 + weekday.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    add_days(date, i64::from(fwd))
}

/// The `weekday` in the same ISO week (Monday to Sunday) as `date`.
pub fn weekday_in_week(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let delta = i64::from(weekday.num_days_from_monday())
        - i64::from(date.weekday().num_days_from_monday());
    add_days(date, delta)
}

/// The `n`-th (1-based) `weekday` of a month; `n = -1` is the last one.
pub fn nth_weekday_of_month(year: i32, month: u32, weekday: Weekday, n: i32) -> Option<NaiveDate> {
    let (first, last) = month_bounds(year, month)?;
    if n > 0 {
        let d = weekday_on_or_after(first, weekday)?;
        let d = add_days(d, 7 * i64::from(n - 1))?;
        (d <= last).then_some(d)
    } else {
        weekday_on_or_before(last, weekday)
    }
}

/// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus).
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weekday_arithmetic() {
        // 2025-12-03 is a Wednesday.
        assert_eq!(
            weekday_on_or_before(d("2025-12-03"), Weekday::Tue),
            Some(d("2025-12-02"))
        );
        assert_eq!(
            weekday_on_or_before(d("2025-12-03"), Weekday::Wed),
            Some(d("2025-12-03"))
        );
        assert_eq!(
            weekday_on_or_before(d("2025-12-03"), Weekday::Thu),
            Some(d("2025-11-27"))
        );
        assert_eq!(
            weekday_after(d("2025-12-03"), Weekday::Thu),
            Some(d("2025-12-04"))
        );
        assert_eq!(
            weekday_after(d("2025-12-03"), Weekday::Wed),
            Some(d("2025-12-10"))
        );
        assert_eq!(
            nth_weekday_of_month(2025, 11, Weekday::Thu, 4),
            Some(d("2025-11-27"))
        );
        assert_eq!(
            nth_weekday_of_month(2025, 5, Weekday::Mon, -1),
            Some(d("2025-05-26"))
        );
    }

    #[test]
    fn months_and_easter() {
        assert_eq!(add_months(2025, 1, -1), Some((2024, 12)));
        assert_eq!(add_months(2025, 12, 1), Some((2026, 1)));
        assert_eq!(month_bounds(2024, 2).unwrap().1, d("2024-02-29"));
        assert_eq!(easter(2025), Some(d("2025-04-20")));
        assert_eq!(easter(2024), Some(d("2024-03-31")));
        assert!(month_bounds(i32::MAX, 12).is_none());
    }
}
