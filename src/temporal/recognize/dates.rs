//! Calendar dates as written: absolute and partial dates in every news style,
//! years, decades, centuries, quarters, halves, seasons and holidays.

use super::{Cand, Form, Holiday, Stream, YearPart, YearSpec};
use crate::temporal::lexicon::{Kw, Lex};
use crate::temporal::value::{DurationUnit, Season, TimeValue};

/// Date patterns starting at token `i`; the longest wins.
pub(super) fn at(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let mut best: Option<Cand> = None;
    let mut offer = |c: Option<Cand>| {
        if let Some(c) = c {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
    };
    match s.lex(i) {
        Lex::Weekday { abbrev, .. } => {
            // "Sunday, Nov. 30, 2025": the weekday is part of the date.
            let mut j = if abbrev { s.skip_dot(i + 1) } else { i + 1 };
            if s.punct(j, ',') {
                j += 1;
            }
            offer(month_first(s, j).map(|c| Cand {
                rule: "weekday_date",
                ..c
            }));
            offer(day_first(s, j).map(|c| Cand {
                rule: "weekday_date",
                ..c
            }));
        }
        Lex::Month { .. } => offer(month_first(s, i)),
        Lex::Ordinal(_) | Lex::Number(_) => {
            offer(day_first(s, i));
            offer(ordinal_part(s, i));
            offer(spelled_year(s, i));
            // "a 20th-century democrat", "an 11th century temple"
            if let Some((n, k)) = s.ordinal(i) {
                offer(century(s, n, if s.hyphen(k) { k + 1 } else { k }));
            }
        }
        // "1990s"; "30s" alone is more often an age ("in his 30s").
        Lex::Decade(n) if n >= 1000 => offer(decade(s, i, i, n)),
        Lex::Season(_) => offer(season(s, i, i, YearSpec::Implicit)),
        Lex::Kw(Kw::The) => {
            offer(the_phrase(s, i));
            offer(latest_quarter(s, i));
        }
        Lex::Kw(k) => offer(holiday(s, i, k)),
        Lex::Other => offer(named_day(s, i)),
        _ => {}
    }
    if s.number(i).is_some() {
        offer(numeric(s, i));
        offer(second_day(s, i));
        offer(day_first(s, i));
        offer(year(s, i));
    }
    if s.punct(i, '\'') {
        if let Lex::Decade(n) = s.lex(i + 1) {
            if s.glued(i + 1) {
                offer(decade(s, i, i + 1, n));
            }
        }
    }
    if super::is_q(s.word(i)) {
        offer(q_word(s, i));
    }
    best
}

fn valid_day(month: u32, day: u32) -> bool {
    let max = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=max).contains(&day)
}

/// A day of the month at `j`: "30", "28th", "twenty-first".
fn day_number(s: &Stream<'_>, j: usize) -> Option<(u32, usize)> {
    if let Some((v, digits)) = s.number(j) {
        // "Dec 4:30" is a time, "May 5,000" a number.
        let glued_number = s.glued(j + 2) && s.number(j + 2).is_some();
        if s.glued(j + 1)
            && (s.punct(j + 1, ':') || s.punct(j + 1, ',') || s.punct(j + 1, '.'))
            && glued_number
        {
            return None;
        }
        return (digits <= 2 && (1..=31).contains(&v)).then_some((v, j + 1));
    }
    s.ordinal(j).filter(|(v, _)| (1..=31).contains(v))
}

/// "December 2, 2025", "Dec. 2 2025", "Dec 2", "December 2025", "November".
fn month_first(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let Lex::Month {
        month,
        ambiguous,
        abbrev,
    } = s.lex(i)
    else {
        return None;
    };
    // "august" and "march" in lower case are an adjective and a verb.
    if !s.capitalized(i) {
        return None;
    }
    let mut j = if abbrev { s.skip_dot(i + 1) } else { i + 1 };
    if let Some((day, after_day)) = day_number(s, j) {
        if !valid_day(month, day) {
            // "February 30": recognised, but it names no day.
            let mut end = after_day;
            if s.punct(end, ',') && s.year4(end + 1).is_some() {
                end += 2;
            } else if s.year4(end).is_some() {
                end += 1;
            }
            return Some(Cand::new(
                end,
                Form::Invalid(format!("month {month} has no day {day}")),
                "invalid_date",
            ));
        }
        let mut k = after_day;
        if s.punct(k, ',') {
            k += 1;
        }
        if let Some(y) = s.year4(k) {
            return Some(Cand::new(
                k + 1,
                Form::Date {
                    year: YearSpec::Explicit(y),
                    month,
                    day: Some(day),
                },
                "month_day_year",
            ));
        }
        // "Dec. 2 '25"
        if s.punct(k, '\'') {
            if let Some((y, 2)) = s.number(k + 1) {
                return Some(Cand::new(
                    k + 2,
                    Form::Date {
                        year: YearSpec::Explicit(2000 + y as i32),
                        month,
                        day: Some(day),
                    },
                    "month_day_year",
                ));
            }
        }
        return Some(Cand::new(
            after_day,
            Form::Date {
                year: YearSpec::Implicit,
                month,
                day: Some(day),
            },
            "month_day",
        ));
    }
    // "December 2025", "December of 2025"
    let mut k = j;
    if s.punct(k, ',') || s.kw(k, Kw::Of) {
        k += 1;
    }
    if let Some((y, end)) = written_year(s, k) {
        if !ambiguous || s.capitalized(i) {
            return Some(Cand::new(
                end,
                Form::Date {
                    year: YearSpec::Explicit(y),
                    month,
                    day: None,
                },
                "month_year",
            ));
        }
    }
    // "between March and October 2023", "from May to July 2024": the first
    // month takes the year written after the second.
    if s.kw(j, Kw::And)
        || s.kw(j, Kw::To)
        || s.word(j) == "through"
        || s.punct(j, '–')
        || s.punct(j, '-')
    {
        if let Lex::Month { abbrev: false, .. } = s.lex(j + 1) {
            if let Some(y) = s.year4(j + 2) {
                if s.capitalized(j + 1)
                    && (!ambiguous
                        || i > 0
                            && matches!(
                                s.lex(i - 1),
                                Lex::Kw(Kw::Since | Kw::From | Kw::In | Kw::Until)
                            )
                        || i > 0 && s.word(i - 1) == "between")
                {
                    return Some(Cand::new(
                        j,
                        Form::Date {
                            year: YearSpec::Explicit(y),
                            month,
                            day: None,
                        },
                        "month_range_start",
                    ));
                }
            }
        }
    }
    // "June last year", "January this year", "March next year".
    if let Some(k) = s.any_kw(j, &[Kw::Last, Kw::This, Kw::Next]) {
        if s.lex(j + 1)
            == (Lex::Unit {
                unit: DurationUnit::Year,
                plural: false,
            })
        {
            let off = match k {
                Kw::Last => -1,
                Kw::Next => 1,
                _ => 0,
            };
            return Some(Cand::new(
                j + 2,
                Form::Date {
                    year: YearSpec::Relative(off),
                    month,
                    day: None,
                },
                "month_relative_year",
            ));
        }
    }
    // A month alone. Abbreviations need their dot; "May" and "March" need a
    // capital and a temporal preposition before them.
    if abbrev && j == i + 1 && !matches!(month, 6 | 7) {
        return None;
    }
    if ambiguous {
        let prev_ok = i > 0
            && matches!(
                s.lex(i - 1),
                Lex::Kw(
                    Kw::In
                        | Kw::Since
                        | Kw::Until
                        | Kw::By
                        | Kw::Early
                        | Kw::Late
                        | Kw::Mid
                        | Kw::Last
                        | Kw::Next
                        | Kw::This
                        | Kw::Of
                        | Kw::During
                        | Kw::Before
                        | Kw::After
                )
            );
        if !(s.capitalized(i) && prev_ok) || abbrev {
            return None;
        }
    }
    j = if abbrev { j } else { i + 1 };
    Some(Cand::new(
        j,
        Form::Date {
            year: YearSpec::Implicit,
            month,
            day: None,
        },
        "month",
    ))
}

/// "2 December 2025", "30 Nov.", "the 2nd of December".
fn day_first(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let (day, mut j) = day_number(s, i)?;
    if s.kw(j, Kw::Of) {
        j += 1;
    }
    let Lex::Month {
        month,
        ambiguous,
        abbrev,
    } = s.lex(j)
    else {
        return None;
    };
    if ambiguous && !s.capitalized(j) {
        return None;
    }
    let mut k = if abbrev { s.skip_dot(j + 1) } else { j + 1 };
    if !valid_day(month, day) {
        return None;
    }
    let end_no_year = k;
    if s.punct(k, ',') {
        k += 1;
    }
    let (year, end) = match s.year4(k) {
        Some(y) => (YearSpec::Explicit(y), k + 1),
        None => (YearSpec::Implicit, end_no_year),
    };
    Some(Cand::new(
        end,
        Form::Date {
            year,
            month,
            day: Some(day),
        },
        "day_month",
    ))
}

/// The second day of "April 24 and 25", "May 3 or 4": a day number after
/// a month and day and a conjunction names a day of that month.
fn second_day(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let (day, end) = day_number(s, i)?;
    if i < 3 || !matches!(s.word(i - 1), "and" | "or") || s.number(i - 2).is_none() {
        return None;
    }
    let Lex::Month {
        month,
        ambiguous: false,
        ..
    } = s.lex(i - 3)
    else {
        return None;
    };
    // "March 3 and 25 stores": the number must end the noun phrase.
    let ends = s.toks.get(end).is_none_or(|t| !t.is_word())
        || matches!(
            s.lex(end),
            Lex::Kw(Kw::In | Kw::On | Kw::At | Kw::For | Kw::Of | Kw::To | Kw::By | Kw::And)
        );
    if !ends || !valid_day(month, day) {
        return None;
    }
    Some(Cand::new(
        end,
        Form::Date {
            year: YearSpec::Implicit,
            month,
            day: Some(day),
        },
        "second_day",
    ))
}

/// "2025-12-02", "2025/12/02", "12/02/2025", "12/2/25".
fn numeric(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let (a, da) = s.number(i)?;
    let sep = s.toks.get(i + 1)?.punct()?;
    if !matches!(sep, '-' | '/' | '.') || !s.glued(i + 1) || !s.glued(i + 2) {
        return None;
    }
    let (b, db) = s.number(i + 2)?;
    if !s.punct(i + 3, sep) || !s.glued(i + 3) || !s.glued(i + 4) {
        return None;
    }
    let (c, dc) = s.number(i + 4)?;
    let (y, m, d) = if da == 4 && db <= 2 && dc <= 2 {
        (a as i32, b, c)
    } else if sep == '/' && da <= 2 && db <= 2 && (dc == 4 || dc == 2) {
        let y = if dc == 2 {
            1900 + c as i32 + if c < 50 { 100 } else { 0 }
        } else {
            c as i32
        };
        (y, a, b)
    } else {
        return None;
    };
    if !(1..=12).contains(&m) || !valid_day(m, d) {
        return None;
    }
    Some(Cand::new(
        i + 5,
        Form::Date {
            year: YearSpec::Explicit(y),
            month: m,
            day: Some(d),
        },
        "numeric_date",
    ))
}

/// A four-digit year standing alone: "in 2025", "the 2025 budget".
fn year(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let y = s.year4(i)?;
    // Not money, not a measure, not part of a longer number or a time.
    if i > 0
        && s.glued(i)
        && (s.punct(i - 1, '$') || s.punct(i - 1, '#') || s.number(i - 1).is_some())
    {
        return None;
    }
    if s.glued(i + 1) && (s.punct(i + 1, '%') || s.punct(i + 1, ':')) {
        return None;
    }
    if matches!(s.lex(i + 1), Lex::Unit { .. }) {
        return None;
    }
    let common = (1900..=2099).contains(&y);
    let cued = i > 0
        && matches!(
            s.lex(i - 1),
            Lex::Kw(
                Kw::In
                    | Kw::Since
                    | Kw::Until
                    | Kw::By
                    | Kw::Of
                    | Kw::During
                    | Kw::Before
                    | Kw::After
                    | Kw::Fiscal
            )
        );
    if !(common || cued) {
        return None;
    }
    Some(Cand::new(i + 1, Form::Value(TimeValue::Year(y)), "year"))
}

/// "1990s", "the '90s", "the 1990s".
fn decade(_s: &Stream<'_>, start: usize, at: usize, n: u32) -> Option<Cand> {
    let value = if n >= 1000 {
        if n % 10 != 0 {
            return None;
        }
        (n / 10) as i32
    } else {
        if n % 10 != 0 {
            return None;
        }
        (if n >= 30 { 190 } else { 200 }) + (n / 10) as i32
    };
    Some(Cand::new(
        at + 1,
        Form::Value(TimeValue::Decade(value)),
        if start == at {
            "decade"
        } else {
            "decade_short"
        },
    ))
}

/// Phrases that start with "the": "the 1990s", "the third quarter",
/// "the first half of 2025", "the summer of 2024", "the 20th century".
fn the_phrase(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let j = i + 1;
    // "the year two thousand"
    if s.word(j).eq_ignore_ascii_case("year") {
        if let Some(c) = spelled_year(s, j + 1) {
            return Some(c);
        }
    }
    // "the nineties"
    // (Only a word ending in "ies" is lower-cased: most words after "the"
    // do not.)
    let w = s.word(j);
    let decade_word = w.len() >= 7 && w.as_bytes()[w.len() - 3..].eq_ignore_ascii_case(b"ies");
    let tens = match decade_word.then(|| w.to_ascii_lowercase()).as_deref() {
        Some("twenties") => Some(192),
        Some("thirties") => Some(193),
        Some("forties") => Some(194),
        Some("fifties") => Some(195),
        Some("sixties") => Some(196),
        Some("seventies") => Some(197),
        Some("eighties") => Some(198),
        Some("nineties") => Some(199),
        _ => None,
    };
    if let Some(d) = tens {
        return Some(Cand::new(
            j + 1,
            Form::Value(TimeValue::Decade(d)),
            "decade_words",
        ));
    }
    // "the fiscal year", "the current fiscal year", "the full year": the
    // year of the publication date, in business news.
    let mut k = j;
    if matches!(s.word(k), "current" | "full") {
        k += 1;
    }
    if s.kw(k, Kw::Fiscal) {
        k += 1;
    }
    let year_word = s.lex(k)
        == (Lex::Unit {
            unit: DurationUnit::Year,
            plural: false,
        });
    // "the year ended March 31", "the fiscal year ending June 30": a
    // company's twelve-month accounting period, which TimeML writes as a
    // duration (its end is the date after it).
    if year_word && matches!(s.word(k + 1), "ended" | "ending") {
        return Some(Cand::new(
            k + 1,
            Form::Duration(vec![crate::temporal::value::DurationPart {
                amount: Some(1),
                unit: DurationUnit::Year,
            }]),
            "year_ended",
        ));
    }
    if year_word && (k > j || plain_the_year(s, i, k)) {
        return Some(Cand::new(
            k + 1,
            Form::Unit {
                unit: super::CalUnit::Year,
                offset: 0,
                base: super::Base::Dct,
            },
            "fiscal_year",
        ));
    }
    // "the week of March 6"
    if s.lex(j)
        == (Lex::Unit {
            unit: DurationUnit::Week,
            plural: false,
        })
        && s.kw(j + 1, Kw::Of)
    {
        let inner = at(s, j + 2)?;
        if let Form::Date { day: Some(_), .. } = inner.form {
            return Some(Cand::new(
                inner.end,
                Form::WeekOf(Box::new(inner.form)),
                "week_of",
            ));
        }
        return None;
    }
    // "the last half of 1989", "the first two quarters of 1990": halves.
    let first = s.ordinal(j).map(|(n, k)| (n == 1, k));
    let last = s.kw(j, Kw::Last).then_some((false, j + 1));
    if let Some((first, k)) = first.or(last) {
        let two_quarters = s.lex(k) == Lex::Number(2)
            && s.lex(k + 1)
                == (Lex::Unit {
                    unit: DurationUnit::Quarter,
                    plural: true,
                });
        let half = if two_quarters {
            Some(k + 1)
        } else {
            (!first && s.kw(k, Kw::Half)).then_some(k)
        };
        // Only of a year: "the last half of the '80s" is not a half year.
        if let Some(at) = half {
            let c = year_part(s, at + 1, YearPart::Half(if first { 1 } else { 2 }))?;
            return (c.end > at + 1).then_some(c);
        }
    }
    // "the 1988 third quarter", "the 1988 quarter", "the 1989 period"
    if let Some(y) = s.year4(j) {
        if let Some(c) = part_of_year(s, j + 1, YearSpec::Explicit(y), "year_ordinal_part") {
            return Some(c);
        }
        if names_period(s, j + 1) {
            return Some(Cand::new(j + 2, Form::PeriodOfYear(y), "year_period"));
        }
    }
    match s.lex(j) {
        Lex::Decade(n) => decade(s, i, j, n),
        Lex::Season(_) => season(s, i, j, YearSpec::Implicit),
        Lex::Ordinal(_) | Lex::Number(_) | Lex::Other => {
            if s.punct(j, '\'') {
                if let Lex::Decade(n) = s.lex(j + 1) {
                    return decade(s, i, j + 1, n);
                }
            }
            let (n, k) = s.ordinal(j)?;
            if let Some(c) = quarter_or_half(s, n, k) {
                return Some(c);
            }
            century(s, n, k)
        }
        _ => None,
    }
}

/// The `n`-th century named at token `k`: "20th century" is `19`, the
/// years 1900–1999 as TimeML counts them.
fn century(s: &Stream<'_>, n: u32, k: usize) -> Option<Cand> {
    match s.lex(k) {
        Lex::Unit {
            unit: DurationUnit::Century,
            plural: false,
        } if (1..=30).contains(&n) => Some(Cand::new(
            k + 1,
            Form::Value(TimeValue::Century(n as i32 - 1)),
            "century",
        )),
        _ => None,
    }
}

/// Whether "the year" at `the..=year` names the year of the publication
/// date: after a preposition ("for the year", "earlier in the year", "a
/// high for the year"), and not before what would make it another year
/// ("the year before", "the year 2000", "the year he was born", "the year's
/// end", "the year-ago quarter").
fn plain_the_year(s: &Stream<'_>, the: usize, year: usize) -> bool {
    let after_preposition = the > 0
        && (matches!(
            s.lex(the - 1),
            Lex::Kw(Kw::For | Kw::Of | Kw::In | Kw::During)
        ) || matches!(
            s.word(the - 1).to_ascii_lowercase().as_str(),
            "through" | "throughout" | "into"
        ));
    let next = year + 1;
    let another = match s.toks.get(next) {
        None => false,
        Some(t) if t.is_word() => {
            matches!(
                s.lex(next),
                Lex::Kw(Kw::Before | Kw::After | Kw::Earlier | Kw::Later | Kw::That | Kw::Ago)
            ) || matches!(
                s.word(next).to_ascii_lowercase().as_str(),
                "when" | "which" | "he" | "she" | "they" | "we" | "i" | "it" | "you"
            )
        }
        Some(t) => !matches!(t.punct(), Some('.' | ',' | ';' | ':' | ')' | '"')),
    };
    after_preposition && !another
}

/// Years in words, as transcripts of broadcasts write them: "nineteen
/// ninety-six", "the year two thousand".
fn spelled_year(s: &Stream<'_>, i: usize) -> Option<Cand> {
    match s.lex(i) {
        Lex::Number(c @ (19 | 20)) => {
            let (rest, end) = s.cardinal(i + 1)?;
            (s.number(i + 1).is_none() && (10..=99).contains(&rest)).then(|| {
                Cand::new(
                    end,
                    Form::Value(TimeValue::Year((c * 100 + rest) as i32)),
                    "spelled_year",
                )
            })
        }
        Lex::Number(2)
            if s.word(i + 1).eq_ignore_ascii_case("thousand")
                && i > 0
                && s.word(i - 1).eq_ignore_ascii_case("year") =>
        {
            Some(Cand::new(
                i + 2,
                Form::Value(TimeValue::Year(2000)),
                "spelled_year",
            ))
        }
        _ => None,
    }
}

/// "third quarter", "first-half" at `at`, in the given year.
pub(super) fn part_of_year(
    s: &Stream<'_>,
    at: usize,
    year: YearSpec,
    rule: &'static str,
) -> Option<Cand> {
    match ordinal_part(s, at)? {
        Cand {
            form:
                Form::YearPart {
                    year: YearSpec::Implicit,
                    part,
                },
            end,
            ..
        } => Some(Cand::new(end, Form::YearPart { year, part }, rule)),
        _ => None,
    }
}

/// "quarter" or "period" at `at`: what a business report compares.
pub(super) fn names_period(s: &Stream<'_>, at: usize) -> bool {
    s.kw(at, Kw::Period)
        || s.lex(at)
            == (Lex::Unit {
                unit: DurationUnit::Quarter,
                plural: false,
            })
}

/// A year in digits or, as broadcast transcripts write it, in words
/// ("nineteen ninety-four"); returns the year and the next index.
fn written_year(s: &Stream<'_>, i: usize) -> Option<(i32, usize)> {
    if let Some(y) = s.year4(i) {
        return Some((y, i + 1));
    }
    match spelled_year(s, i)? {
        Cand {
            form: Form::Value(TimeValue::Year(y)),
            end,
            ..
        } => Some((y, end)),
        _ => None,
    }
}

/// "third-quarter", "fourth quarter", "first-half" without an article.
pub(super) fn ordinal_part(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let (n, mut k) = s.ordinal(i)?;
    if s.hyphen(k) {
        k += 1;
    }
    quarter_or_half(s, n, k)
}

/// The `n`-th quarter or half named at token `k`, with its year after it.
fn quarter_or_half(s: &Stream<'_>, n: u32, k: usize) -> Option<Cand> {
    match s.lex(k) {
        Lex::Unit {
            unit: DurationUnit::Quarter,
            plural: false,
        } if (1..=4).contains(&n) => year_part(s, k + 1, YearPart::Quarter(n)),
        Lex::Kw(Kw::Half) if (1..=2).contains(&n) => year_part(s, k + 1, YearPart::Half(n)),
        _ => None,
    }
}

/// "the quarter", "the latest quarter", "the most recent quarter", "the
/// latest period": in business news, the quarter just reported.
fn latest_quarter(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let mut j = i + 1;
    if matches!(s.word(j), "latest" | "most") {
        j += if s.word(j) == "most" && s.word(j + 1) == "recent" {
            2
        } else {
            1
        };
        if !(s.lex(j)
            == (Lex::Unit {
                unit: DurationUnit::Quarter,
                plural: false,
            })
            || s.kw(j, Kw::Period))
        {
            return None;
        }
    } else if s.lex(j)
        != (Lex::Unit {
            unit: DurationUnit::Quarter,
            plural: false,
        })
    {
        return None;
    }
    // "the quarter ended Sept. 30" is still that quarter; "the quarter of a
    // century" is not a quarter of a year.
    if s.kw(j + 1, Kw::Of) {
        return None;
    }
    // "the quarter a year ago": the reported quarter, a year back.
    if s.kw(j + 1, Kw::A)
        && s.lex(j + 2)
            == (Lex::Unit {
                unit: DurationUnit::Year,
                plural: false,
            })
        && matches!(s.lex(j + 3), Lex::Kw(Kw::Ago | Kw::Earlier))
    {
        return Some(Cand::new(
            j + 4,
            Form::YearsBack {
                years: -1,
                base: super::Base::Dct,
                period: true,
            },
            "quarter_a_year_ago",
        ));
    }
    Some(Cand::new(j + 1, Form::LatestQuarter, "latest_quarter"))
}

/// The year after a quarter, half or season: "of 2025", ", 2025", "2025".
fn year_part(s: &Stream<'_>, k: usize, part: YearPart) -> Option<Cand> {
    // "the second half of the year": the year the tense points to.
    if s.kw(k, Kw::Of)
        && s.kw(k + 1, Kw::The)
        && s.lex(k + 2)
            == (Lex::Unit {
                unit: DurationUnit::Year,
                plural: false,
            })
    {
        return Some(Cand::new(
            k + 3,
            Form::YearPart {
                year: YearSpec::Implicit,
                part,
            },
            "year_part",
        ));
    }
    let mut j = k;
    if s.kw(j, Kw::Of) || s.punct(j, ',') {
        j += 1;
    }
    let (year, end) = match written_year(s, j) {
        Some((y, end)) => (YearSpec::Explicit(y), end),
        None => (YearSpec::Implicit, k),
    };
    Some(Cand::new(end, Form::YearPart { year, part }, "year_part"))
}

/// "Q3", "Q3 2025", "H1 2025".
fn q_word(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let b = s.word(i).as_bytes();
    let n = u32::from(b[1] - b'0');
    let part = if b[0] == b'Q' {
        YearPart::Quarter(n)
    } else if n <= 2 {
        YearPart::Half(n)
    } else {
        return None;
    };
    year_part(s, i + 1, part)
}

/// "summer", "the summer of 2024", "summer 2024". `start` is where the
/// phrase begins ("the"), `at` the season word; `year` a relative year from
/// "last"/"next"/"this" before it.
pub(super) fn season(s: &Stream<'_>, start: usize, at: usize, year: YearSpec) -> Option<Cand> {
    let Lex::Season(season) = s.lex(at) else {
        return None;
    };
    // A bare "fall" or "spring" is usually a verb or a noun.
    if start == at && year == YearSpec::Implicit {
        let cued = at > 0
            && matches!(
                s.lex(at - 1),
                Lex::Kw(Kw::In | Kw::Since | Kw::Until | Kw::By | Kw::During)
            );
        let explicit = s.year4(at + 1).is_some();
        if !(explicit || cued && season != Season::Fall && season != Season::Spring) {
            return None;
        }
    }
    let c = year_part(s, at + 1, YearPart::Season(season))?;
    match (year, &c.form) {
        (YearSpec::Implicit, _) => Some(c),
        (
            rel,
            Form::YearPart {
                year: YearSpec::Implicit,
                part,
            },
        ) => Some(Cand::new(
            c.end,
            Form::YearPart {
                year: rel,
                part: *part,
            },
            "season",
        )),
        _ => Some(c),
    }
}

/// Holidays named by an ordinary word and "Day" or a weekday: "Good
/// Friday", "Veterans Day", "Boxing Day".
fn named_day(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let h = match (s.word(i), s.word(i + 1)) {
        ("Good", "Friday") => Holiday::GoodFriday,
        ("Veterans", "Day") => Holiday::VeteransDay,
        ("Veterans", "'") if s.word(i + 2) == "Day" => {
            return Some(Cand::new(
                i + 3,
                Form::Holiday {
                    holiday: Holiday::VeteransDay,
                    year: YearSpec::Implicit,
                },
                "holiday",
            ))
        }
        ("Boxing", "Day") => Holiday::BoxingDay,
        ("Bastille", "Day") => Holiday::BastilleDay,
        ("Election", "Day") => Holiday::ElectionDay,
        ("leap" | "Leap", "day" | "Day") => Holiday::LeapDay,
        _ => return None,
    };
    let (year, end) = match s.year4(i + 2) {
        Some(y) => (YearSpec::Explicit(y), i + 3),
        None => (YearSpec::Implicit, i + 2),
    };
    Some(Cand::new(
        end,
        Form::Holiday { holiday: h, year },
        "holiday",
    ))
}

/// Holidays: "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving".
fn holiday(s: &Stream<'_>, i: usize, k: Kw) -> Option<Cand> {
    let possessive_day = |j: usize| -> Option<usize> {
        // "'s Day" / "s Day" / " Day"
        let mut j = j;
        if s.punct(j, '\'') {
            j += 1;
            if s.word(j).eq_ignore_ascii_case("s") {
                j += 1;
            }
        }
        Some(j)
    };
    let is_day = |j: usize| s.word(j).eq_ignore_ascii_case("day");
    let (h, end) = match k {
        Kw::Christmas => {
            if s.kw(i + 1, Kw::Eve) {
                (Holiday::ChristmasEve, i + 2)
            } else if is_day(i + 1) {
                (Holiday::Christmas, i + 2)
            } else {
                (Holiday::Christmas, i + 1)
            }
        }
        Kw::New if s.capitalized(i) => {
            if !s.word(i + 1).eq_ignore_ascii_case("year") {
                return None;
            }
            let j = possessive_day(i + 2)?;
            if s.kw(j, Kw::Eve) {
                (Holiday::NewYearsEve, j + 1)
            } else if is_day(j) {
                (Holiday::NewYearsDay, j + 1)
            } else {
                return None;
            }
        }
        Kw::Thanksgiving => (
            Holiday::Thanksgiving,
            if is_day(i + 1) { i + 2 } else { i + 1 },
        ),
        Kw::Easter => (
            Holiday::Easter,
            if s.word(i + 1).eq_ignore_ascii_case("sunday") {
                i + 2
            } else {
                i + 1
            },
        ),
        Kw::Halloween => (Holiday::Halloween, i + 1),
        Kw::Independence | Kw::Labor | Kw::Memorial if s.capitalized(i) && is_day(i + 1) => (
            match k {
                Kw::Independence => Holiday::IndependenceDay,
                Kw::Labor => Holiday::LaborDay,
                _ => Holiday::MemorialDay,
            },
            i + 2,
        ),
        Kw::Valentine => {
            let j = possessive_day(i + 1)?;
            if !is_day(j) {
                return None;
            }
            (Holiday::ValentinesDay, j + 1)
        }
        _ => return None,
    };
    if !s.capitalized(i) {
        return None;
    }
    let (year, end) = match s.year4(end) {
        Some(y) => (YearSpec::Explicit(y), end + 1),
        None => (YearSpec::Implicit, end),
    };
    let form = Form::Holiday { holiday: h, year };
    // "Easter week", "Christmas week": the week of the holiday.
    if s.lex(end)
        == (Lex::Unit {
            unit: DurationUnit::Week,
            plural: false,
        })
    {
        return Some(Cand::new(
            end + 1,
            Form::WeekOf(Box::new(form)),
            "holiday_week",
        ));
    }
    Some(Cand::new(end, form, "holiday"))
}
