//! Time anchors of the task, `YYYY-MM-DD` with `XX` for unknown parts: how
//! they are written, read from a [`TimeValue`] and ordered.

use chrono::Datelike;

use crate::TimeValue;

/// The fully unknown anchor.
pub const UNKNOWN_ANCHOR: &str = "XXXX-XX-XX";

/// An anchor as `YYYY-MM-DD` with `XX` (`XXXX` for the year) for unknown or
/// unreadable parts: `2006` → `2006-XX-XX`, `2006-03` → `2006-03-XX`,
/// `XXX-XX-XX` → `XXXX-XX-XX`.
///
/// ```
/// use timeweave::eval::timeline::normalize_anchor;
/// assert_eq!(normalize_anchor("2006"), "2006-XX-XX");
/// assert_eq!(normalize_anchor("2006-03"), "2006-03-XX");
/// assert_eq!(normalize_anchor("XXX-XX-XX"), "XXXX-XX-XX");
/// assert_eq!(normalize_anchor("2008-06-09"), "2008-06-09");
/// ```
pub fn normalize_anchor(raw: &str) -> String {
    let (year, month, day) = anchor_parts(raw);
    let two = |v: Option<u32>| v.map_or_else(|| "XX".to_string(), |v| format!("{v:02}"));
    format!(
        "{}-{}-{}",
        year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}")),
        two(month),
        two(day)
    )
}

/// Year, month and day of an anchor, each if known.
fn anchor_parts(raw: &str) -> (Option<i32>, Option<u32>, Option<u32>) {
    let mut parts = raw.trim().split('-');
    let digits = |p: Option<&str>, len: usize| {
        p.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let year = digits(parts.next(), 4).and_then(|y| i32::try_from(y).ok());
    let month = digits(parts.next(), 2).filter(|m| (1..=12).contains(m));
    let day = digits(parts.next(), 2).filter(|d| (1..=31).contains(d));
    (year, month, day)
}

/// The task's anchor for a date: the day, the month (`2010-06-XX`) when the
/// value lies within one month (a month, a week inside it), the year
/// (`2010-XX-XX`) when it lies within one year (a quarter, a season), else
/// `XXXX-XX-XX` (decades, durations, references). Unanchored values keep
/// what they know (`XXXX-12-02`).
///
/// ```
/// use timeweave::eval::timeline::anchor_of;
/// use timeweave::TimeValue;
/// let anchor = |v: &str| anchor_of(&v.parse::<TimeValue>().unwrap());
/// assert_eq!(anchor("2010-06-07T14:20"), "2010-06-07");
/// assert_eq!(anchor("2010-06"), "2010-06-XX");
/// assert_eq!(anchor("2010-W23"), "2010-06-XX");
/// assert_eq!(anchor("2010-Q2"), "2010-XX-XX");
/// assert_eq!(anchor("201"), "XXXX-XX-XX");
/// ```
pub fn anchor_of(value: &TimeValue) -> String {
    if let TimeValue::Unanchored(s) = value {
        return normalize_anchor(s);
    }
    let Some((first, last)) = value.interval() else {
        return UNKNOWN_ANCHOR.to_string();
    };
    if first == last {
        first.format("%Y-%m-%d").to_string()
    } else if (first.year(), first.month()) == (last.year(), last.month()) {
        first.format("%Y-%m-XX").to_string()
    } else if first.year() == last.year() {
        first.format("%Y-XX-XX").to_string()
    } else {
        UNKNOWN_ANCHOR.to_string()
    }
}

/// The sort key of an anchor with a known year: its first day, then the
/// coarser before the finer (`2010-XX-XX` before `2010-01-01`).
pub(super) type AnchorKey = ((i32, u32, u32), std::cmp::Reverse<(u32, u32)>);

pub(super) fn anchor_key(anchor: &str) -> Option<AnchorKey> {
    let (year, month, day) = anchor_parts(anchor);
    let year = year?;
    let first = (year, month.unwrap_or(1), day.unwrap_or(1));
    let last = (month.unwrap_or(12), day.unwrap_or(31));
    Some((first, std::cmp::Reverse(last)))
}

/// True for `XXXX-XX-XX`.
pub(super) fn is_unknown(anchor: &str) -> bool {
    anchor == UNKNOWN_ANCHOR
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_order_coarse_before_fine_and_share_positions() {
        let mut keys = ["2010-06-07", "2010-XX-XX", "2009-XX-XX", "2010-06-XX"];
        keys.sort_by_key(|a| anchor_key(a));
        assert_eq!(
            keys,
            ["2009-XX-XX", "2010-XX-XX", "2010-06-XX", "2010-06-07"]
        );
        assert_eq!(anchor_key("XXXX-06-07"), None);
    }

    #[test]
    fn anchors_of_values() {
        let anchor = |v: &str| anchor_of(&v.parse::<TimeValue>().unwrap());
        assert_eq!(anchor("2008-06-09"), "2008-06-09");
        assert_eq!(anchor("2008-06-09TEV"), "2008-06-09");
        assert_eq!(anchor("2008"), "2008-XX-XX");
        assert_eq!(anchor("2008-WI"), "XXXX-XX-XX");
        assert_eq!(anchor("PT5H"), "XXXX-XX-XX");
        assert_eq!(anchor("PAST_REF"), "XXXX-XX-XX");
        assert_eq!(anchor("XXXX-12-02"), "XXXX-12-02");
    }
}
