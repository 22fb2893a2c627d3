//! Amounts of time: durations ("five-hour", "over four hours", "the past
//! three months"), sets ("every week", "weekly") and clock times ("3:45
//! p.m.", "noon").

use super::{Cand, Form, Stream};
use crate::temporal::lexicon::{Kw, Lex};
use crate::temporal::value::{DayPart, DurationPart, DurationUnit, TimeValue};
use crate::temporal::Modifier;

/// Amount patterns starting at token `i`; the longest wins.
pub(super) fn at(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let mut best: Option<Cand> = None;
    let mut offer = |c: Option<Cand>| {
        if let Some(c) = c {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
    };
    offer(modified_duration(s, i));
    offer(set(s, i));
    offer(clock(s, i));
    best
}

/// A modifier before an amount: "over", "more than", "nearly", "about",
/// "at least", "up to", "less than", "under", "some".
fn amount_modifier(s: &Stream<'_>, i: usize) -> Option<(Modifier, usize)> {
    Some(match s.lex(i) {
        // "over the years", "over the weeks ahead": a preposition.
        Lex::Kw(Kw::Over) if s.kw(i + 1, Kw::The) => return None,
        Lex::Kw(Kw::Over) => (Modifier::MoreThan, i + 1),
        Lex::Kw(Kw::More) if s.kw(i + 1, Kw::Than) => (Modifier::MoreThan, i + 2),
        Lex::Kw(Kw::Nearly | Kw::Almost) => (Modifier::EqualOrLess, i + 1),
        Lex::Kw(Kw::About | Kw::Around | Kw::Roughly | Kw::Approximately) => {
            (Modifier::Approx, i + 1)
        }
        Lex::Kw(Kw::Some) if s.cardinal(i + 1).is_some() => (Modifier::Approx, i + 1),
        Lex::Kw(Kw::At) if s.kw(i + 1, Kw::Least) => (Modifier::EqualOrMore, i + 2),
        Lex::Kw(Kw::Up) if s.kw(i + 1, Kw::To) => (Modifier::EqualOrLess, i + 2),
        Lex::Kw(Kw::Less) if s.kw(i + 1, Kw::Than) => (Modifier::LessThan, i + 2),
        Lex::Kw(Kw::Under) => (Modifier::LessThan, i + 1),
        _ => return None,
    })
}

fn modified_duration(s: &Stream<'_>, i: usize) -> Option<Cand> {
    if let Some((m, j)) = amount_modifier(s, i) {
        if let Some(c) = duration(s, j) {
            return Some(c.with_mod(Some(m)));
        }
    }
    // "the past three months", "the last two years", "the next few days",
    // "the past week": TimeML reads these as durations.
    if s.kw(i, Kw::The) {
        if let Some(Kw::Past | Kw::Last | Kw::Next | Kw::Previous | Kw::Coming | Kw::Following) = s
            .any_kw(
                i + 1,
                &[
                    Kw::Past,
                    Kw::Last,
                    Kw::Next,
                    Kw::Previous,
                    Kw::Coming,
                    Kw::Following,
                ],
            )
        {
            if let Some(c) = duration(s, i + 2) {
                return Some(Cand {
                    rule: "the_past_duration",
                    ..c
                });
            }
            // "the past week", "the past year"
            if let Lex::Unit {
                unit,
                plural: false,
            } = s.lex(i + 2)
            {
                // TimeBank and MEANTIME date "the past year", "the last
                // quarter", "the last decade" as the calendar unit before the
                // publication date's; a week stays a span of seven days, and
                // so does "the past decade", the ten years up to now (P10Y
                // in both corpora).
                let calendar = match unit {
                    DurationUnit::Quarter => Some(super::CalUnit::Quarter),
                    DurationUnit::Year => Some(super::CalUnit::Year),
                    DurationUnit::Decade if s.kw(i + 1, Kw::Last) => Some(super::CalUnit::Decade),
                    _ => None,
                };
                if let (Some(unit), Lex::Kw(Kw::Past | Kw::Last)) = (calendar, s.lex(i + 1)) {
                    return Some(Cand::new(
                        i + 3,
                        Form::Unit {
                            unit,
                            offset: -1,
                            base: super::Base::Dct,
                        },
                        "the_past_unit_date",
                    ));
                }
                if matches!(s.lex(i + 1), Lex::Kw(Kw::Past | Kw::Last)) {
                    return Some(Cand::new(
                        i + 3,
                        Form::Duration(whole(10, unit)?),
                        "the_past_unit",
                    ));
                }
            }
        }
    }
    duration(s, i)
}

/// How many: "four", "24", "a", "several", "a few", "(a) couple of", "one and a
/// half" (as tenths), "half a(n)". Returns (amount in tenths or None, next).
fn quantity(s: &Stream<'_>, i: usize) -> Option<(Option<u32>, usize, bool)> {
    // (amount×10, next, singular-article)
    match s.lex(i) {
        Lex::Kw(Kw::A | Kw::An) => {
            if s.kw(i + 1, Kw::Few) {
                return Some((None, i + 2, false));
            }
            if s.kw(i + 1, Kw::Couple) && s.kw(i + 2, Kw::Of) {
                return Some((Some(20), i + 3, false));
            }
            if s.kw(i + 1, Kw::Half) {
                // "a half hour"
                return Some((Some(5), i + 2, true));
            }
            return Some((Some(10), i + 1, true));
        }
        // "the next couple of years"
        Lex::Kw(Kw::Couple) if s.kw(i + 1, Kw::Of) => return Some((Some(20), i + 2, false)),
        Lex::Kw(Kw::Several | Kw::Many) => return Some((None, i + 1, false)),
        Lex::Kw(Kw::Few) => return Some((None, i + 1, false)),
        Lex::Kw(Kw::Half) => {
            if s.any_kw(i + 1, &[Kw::A, Kw::An]).is_some() {
                return Some((Some(5), i + 2, true));
            }
            return None;
        }
        _ => {}
    }
    let (n, mut j) = s.cardinal(i)?;
    let mut tenths = n.checked_mul(10)?;
    // "5 1/2 hours"
    if s.number(j) == Some((1, 1))
        && s.punct(j + 1, '/')
        && s.glued(j + 1)
        && s.number(j + 2) == Some((2, 1))
        && s.glued(j + 2)
    {
        return Some((Some(tenths.checked_add(5)?), j + 3, false));
    }
    // "two and a half", "one-and-a-half"
    let and = if s.hyphen(j) { j + 1 } else { j };
    if s.kw(and, Kw::And) {
        let a = if s.hyphen(and + 1) { and + 2 } else { and + 1 };
        if s.kw(a, Kw::A) {
            let h = if s.hyphen(a + 1) { a + 2 } else { a + 1 };
            if s.kw(h, Kw::Half) {
                tenths = tenths.checked_add(5)?;
                j = h + 1;
            }
        }
    }
    Some((Some(tenths), j, false))
}

/// An unknown number of `unit`s: "weeks" is PXW. Decades are counted in
/// years as when the amount is known ("decades-long" is PXY, as TimeBank
/// and MEANTIME write it, like "two decades", P20Y).
pub(super) fn vague(unit: DurationUnit) -> DurationPart {
    let unit = match unit {
        DurationUnit::Decade => DurationUnit::Year,
        u => u,
    };
    DurationPart { amount: None, unit }
}

/// Writes an amount in tenths of `unit` as TIMEX3 parts: whole units, then
/// the half in the next smaller unit ("two and a half years" is P2Y6M, "a
/// minute and a half" PT1M30S). Decades and centuries are counted in years,
/// as TimeBank writes them ("the past decade" is P10Y).
fn whole(tenths: u32, unit: DurationUnit) -> Option<Vec<DurationPart>> {
    let (tenths, unit) = match unit {
        DurationUnit::Decade => (tenths.checked_mul(10)?, DurationUnit::Year),
        DurationUnit::Century => (tenths.checked_mul(100)?, DurationUnit::Year),
        u => (tenths, u),
    };
    let mut parts = Vec::new();
    if tenths >= 10 {
        parts.push(DurationPart {
            amount: Some(tenths / 10),
            unit,
        });
    }
    let rest = tenths % 10;
    if rest == 0 {
        return Some(parts);
    }
    let (factor, smaller) = match unit {
        DurationUnit::Year => (12, DurationUnit::Month),
        DurationUnit::Month => (30, DurationUnit::Day),
        DurationUnit::Week => (7, DurationUnit::Day),
        DurationUnit::Day => (24, DurationUnit::Hour),
        DurationUnit::Hour => (60, DurationUnit::Minute),
        DurationUnit::Minute => (60, DurationUnit::Second),
        _ => return None,
    };
    let v = rest.checked_mul(factor)?;
    if v % 10 != 0 {
        return None;
    }
    parts.push(DurationPart {
        amount: Some(v / 10),
        unit: smaller,
    });
    Some(parts)
}

/// "four hours", "a year", "five-hour", "24-hour", "two and a half years",
/// "half an hour", "several years", "a few days".
fn duration(s: &Stream<'_>, i: usize) -> Option<Cand> {
    if let Some(c) = unit_long(s, i).or_else(|| bare_plural(s, i)) {
        return Some(c);
    }
    // "the weeks ahead", "the months ahead": a span of unknown length from
    // now on.
    if s.kw(i, Kw::The) && s.word(i + 2).eq_ignore_ascii_case("ahead") {
        if let Lex::Unit { unit, plural: true } = s.lex(i + 1) {
            return Some(Cand::new(
                i + 3,
                Form::Duration(vec![vague(unit)]),
                "units_ahead",
            ));
        }
    }
    // "over the years", "through the decades": the span of an unknown
    // number of them up to the time spoken of.
    // (Cheapest test first: this runs at every token.)
    let over = || {
        i > 0
            && (s.kw(i - 1, Kw::Over)
                || ["through", "throughout"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(s.word(i - 1))))
    };
    if s.kw(i, Kw::The) && over() && s.number(i + 2).is_none() && !s.kw(i + 2, Kw::Of) {
        if let Lex::Unit { unit, plural: true } = s.lex(i + 1) {
            if matches!(
                unit,
                DurationUnit::Month | DurationUnit::Year | DurationUnit::Decade
            ) {
                return Some(Cand::new(
                    i + 2,
                    Form::Duration(vec![vague(unit)]),
                    "over_the_units",
                ));
            }
        }
    }
    // "recent years", "recent weeks", "coming months": a span of unknown
    // length up to now or from now on.
    if s.kw(i, Kw::Recent) || s.kw(i, Kw::Coming) {
        if let Lex::Unit { unit, plural: true } = s.lex(i + 1) {
            if matches!(
                unit,
                DurationUnit::Day | DurationUnit::Week | DurationUnit::Month | DurationUnit::Year
            ) {
                return Some(Cand::new(
                    i + 2,
                    Form::Duration(vec![vague(unit)]),
                    "recent_units",
                ));
            }
        }
    }
    let first = single_duration(s, i)?;
    // "two years and three months", "two hours and 15 minutes"
    if let (Form::Duration(parts), true) = (&first.form, first.modifier.is_none()) {
        if s.kw(first.end, Kw::And) {
            if let Some(second) = single_duration(s, first.end + 1) {
                if let (Form::Duration(more), [a]) = (&second.form, parts.as_slice()) {
                    if let [b] = more.as_slice() {
                        // Units are declared largest first, so "a > b" in
                        // declaration order means a larger unit comes first.
                        if a.unit < b.unit && a.amount.is_some() && b.amount.is_some() {
                            return Some(Cand::new(
                                second.end,
                                Form::Duration(vec![*a, *b]),
                                "duration_compound",
                            ));
                        }
                    }
                }
            }
        }
    }
    Some(first)
}

/// "decade-long", "year-long", "month-long": one unit; "decades-long": an
/// unknown number of them.
fn unit_long(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let Lex::Unit { unit, plural } = s.lex(i) else {
        return None;
    };
    if !(s.hyphen(i + 1) && s.kw(i + 2, Kw::Long)) {
        return None;
    }
    let parts = if plural {
        vec![vague(unit)]
    } else {
        whole(10, unit)?
    };
    Some(Cand::new(i + 3, Form::Duration(parts), "unit_long"))
}

/// "for hours", "decades of mistrust", "in weeks": an unknown amount.
fn bare_plural(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let Lex::Unit { unit, plural: true } = s.lex(i) else {
        return None;
    };
    if unit == DurationUnit::Weekend
        || unit == DurationUnit::Quarter
        || unit == DurationUnit::Second
    {
        return None;
    }
    let before_ok = i > 0
        && matches!(
            s.lex(i - 1),
            Lex::Kw(Kw::For | Kw::Over | Kw::In | Kw::Within | Kw::After)
        );
    let starts = i == 0 || s.toks[i].lines_before > 0 || s.punct(i - 1, '.') || s.punct(i - 1, ',');
    let after_ok = s.kw(i + 1, Kw::Of)
        && (starts || before_ok || i > 0 && s.lex(i - 1) == Lex::Other && !s.is_determiner(i - 1));
    if !(before_ok || after_ok) {
        return None;
    }
    Some(Cand::new(
        i + 1,
        Form::Duration(vec![vague(unit)]),
        "duration_bare_plural",
    ))
}

fn single_duration(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let (q, mut j, article) = quantity(s, i)?;
    // "two more weeks", "20 more years", "an additional year", "eight
    // trading days", "five business days"
    if q.is_some() && !article && s.kw(j, Kw::More)
        || q.is_some() && matches!(s.word(j), "additional" | "extra")
        || matches!(s.word(j), "trading" | "business" | "working")
            && matches!(
                s.lex(j + 1),
                Lex::Unit {
                    unit: DurationUnit::Day,
                    ..
                }
            )
    {
        j += 1;
    }
    let hyphenated = s.hyphen(j);
    let u = if hyphenated { j + 1 } else { j };
    let Lex::Unit { unit, plural } = s.lex(u) else {
        return None;
    };
    // "60 Minutes" is a programme: a capitalised unit after a number names
    // something.
    if s.capitalized(u) && s.number(i).is_some() {
        return None;
    }
    // "a second" is ordinal too often; "one second" is fine.
    if article && plural {
        return None;
    }
    // "a quarter" and "three-quarters" are mostly fractions: only "two
    // quarters" counts, and not "two quarters of"; an unknown number is
    // never a fraction ("after several quarters of losses").
    let fraction_of = s.kw(u + 1, Kw::Of) && q.is_some();
    if unit == DurationUnit::Quarter && (article || !plural || s.hyphen(j) || fraction_of) {
        return None;
    }
    // "a decade-long dispute", "a year-earlier loss": the article belongs
    // to the noun.
    if s.hyphen(u + 1) && matches!(s.lex(u + 2), Lex::Kw(Kw::Long | Kw::Ago | Kw::Earlier)) {
        return None;
    }
    // "a fortnight" is two weeks.
    let q = if s.word(u).eq_ignore_ascii_case("fortnight") {
        q.and_then(|t| t.checked_mul(2))
    } else {
        q
    };
    // Ages: "a 45-year-old", "45 years old".
    let mut end = u + 1;
    if s.hyphen(end) && s.kw(end + 1, Kw::Old) || s.kw(end, Kw::Old) {
        return None;
    }
    // "a day" after a count or a plural noun is a rate: "twice a day",
    // "$5 a week", "soldiers a week" → a set.
    if article && i > 0 && is_rate_head(s, i - 1) {
        return Some(Cand::new(
            end,
            Form::Set(TimeValue::Duration(vec![DurationPart {
                amount: Some(1),
                unit,
            }])),
            "rate_set",
        ));
    }
    // "a half-hour" and "1 1/2 hours" are beyond this recogniser; "an hour and a half":
    let mut tenths = q;
    if let Some(t) = tenths {
        if s.kw(end, Kw::And) && s.kw(end + 1, Kw::A) && s.kw(end + 2, Kw::Half) {
            tenths = Some(t.checked_add(5)?);
            end += 3;
        }
    }
    if tenths == Some(0) {
        return None;
    }
    let parts = match tenths {
        Some(t) => whole(t, unit)?,
        None => vec![vague(unit)],
    };
    Some(Cand::new(
        end,
        Form::Duration(parts),
        if hyphenated {
            "duration_adjective"
        } else {
            "duration"
        },
    ))
}

/// A word before "a week" that makes it a rate: a count ("twice", "three
/// times", "5"), or a plural noun ("dollars", "soldiers").
fn is_rate_head(s: &Stream<'_>, i: usize) -> bool {
    if matches!(s.lex(i), Lex::Kw(Kw::Once | Kw::Twice | Kw::Times)) || s.number(i).is_some() {
        return true;
    }
    let w = s.word(i);
    let plural = w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is");
    plural && s.lex(i) == Lex::Other && !s.capitalized(i)
}

/// "every week", "each Monday", "every other day", "weekly", "daily".
fn set(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let once = |unit| {
        TimeValue::Duration(vec![DurationPart {
            amount: Some(1),
            unit,
        }])
    };
    match s.lex(i) {
        Lex::Kw(Kw::Every | Kw::Each) => {
            let mut j = i + 1;
            let mut n = 1;
            if s.kw(j, Kw::Other) {
                n = 2;
                j += 1;
            } else if let Some((v, k)) = s.cardinal(j) {
                n = v;
                j = k;
            }
            match s.lex(j) {
                Lex::Unit { unit, .. } => Some(Cand::new(
                    j + 1,
                    Form::Set(TimeValue::Duration(vec![DurationPart {
                        amount: Some(n),
                        unit,
                    }])),
                    "every_unit",
                )),
                Lex::Weekday {
                    weekday,
                    abbrev: false,
                } => Some(Cand::new(
                    j + 1,
                    Form::Set(TimeValue::Unanchored(format!(
                        "XXXX-WXX-{}",
                        weekday.number_from_monday()
                    ))),
                    "every_weekday",
                )),
                Lex::Part(p) => Some(Cand::new(
                    j + 1,
                    Form::Set(TimeValue::Unanchored(format!("XXXX-XX-XXT{}", p.code()))),
                    "every_part",
                )),
                // "each July": that month of every year.
                Lex::Month {
                    month,
                    ambiguous: false,
                    abbrev,
                } if n == 1 => Some(Cand::new(
                    if abbrev { s.skip_dot(j + 1) } else { j + 1 },
                    Form::Set(TimeValue::Unanchored(format!("XXXX-{month:02}"))),
                    "every_month",
                )),
                _ => None,
            }
        }
        Lex::Kw(
            k @ (Kw::Daily
            | Kw::Weekly
            | Kw::Monthly
            | Kw::Yearly
            | Kw::Annually
            | Kw::Hourly
            | Kw::Nightly),
        ) => {
            let unit = match k {
                Kw::Daily | Kw::Nightly => DurationUnit::Day,
                Kw::Weekly => DurationUnit::Week,
                Kw::Monthly => DurationUnit::Month,
                Kw::Hourly => DurationUnit::Hour,
                _ => DurationUnit::Year,
            };
            Some(Cand::new(i + 1, Form::Set(once(unit)), "frequency_word"))
        }
        // "Mondays", "Tuesday nights"
        Lex::Weekdays(weekday) if s.capitalized(i) => {
            let mut v = format!("XXXX-WXX-{}", weekday.number_from_monday());
            let mut end = i + 1;
            if let Lex::Part(p) = s.lex(end) {
                v.push('T');
                v.push_str(p.code());
                end += 1;
            }
            Some(Cand::new(
                end,
                Form::Set(TimeValue::Unanchored(v)),
                "weekdays_set",
            ))
        }
        Lex::Weekday {
            weekday,
            abbrev: false,
        } if s.capitalized(i)
            && matches!(
                s.word(i + 1),
                "nights" | "mornings" | "evenings" | "afternoons"
            ) =>
        {
            let Lex::Part(p) = s.lex(i + 1) else {
                return None;
            };
            Some(Cand::new(
                i + 2,
                Form::Set(TimeValue::Unanchored(format!(
                    "XXXX-WXX-{}T{}",
                    weekday.number_from_monday(),
                    p.code()
                ))),
                "weekdays_set",
            ))
        }
        Lex::Kw(Kw::Per) => match s.lex(i + 1) {
            Lex::Unit {
                unit,
                plural: false,
            } => Some(Cand::new(i + 2, Form::Set(once(unit)), "per_unit")),
            _ => None,
        },
        _ => None,
    }
}

/// "a.m." / "p.m." / "am" / "pm" at `j`: returns (pm, next).
fn meridiem(s: &Stream<'_>, j: usize) -> Option<(bool, usize)> {
    if let Lex::Clock { pm, hour: None } = s.lex(j) {
        return Some((pm, s.skip_dot(j + 1)));
    }
    let w = s.word(j);
    let pm = match w {
        "a" | "A" => false,
        "p" | "P" => true,
        _ => return None,
    };
    if s.punct(j + 1, '.') && s.glued(j + 1) && matches!(s.word(j + 2), "m" | "M") && s.glued(j + 2)
    {
        return Some((pm, s.skip_dot(j + 3)));
    }
    None
}

fn to_24h(hour: u32, pm: bool) -> Option<u32> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    Some(match (hour, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    })
}

/// "at 4 in the morning", "by 10 in the evening", "until 11 at night": an
/// hour after a preposition, with the part of the day saying a.m. or p.m.
/// Returns (hour on the 24-hour clock, minute, next index).
fn spoken_hour(s: &Stream<'_>, i: usize, h: u32) -> Option<(u32, u32, usize)> {
    let prep = i > 0
        && matches!(
            s.lex(i - 1),
            Lex::Kw(
                Kw::At
                    | Kw::By
                    | Kw::Until
                    | Kw::Around
                    | Kw::About
                    | Kw::Before
                    | Kw::After
                    | Kw::From
                    | Kw::To
                    | Kw::Since
            )
        );
    if !prep {
        return None;
    }
    let (part, next) = if s.kw(i + 1, Kw::In) && s.kw(i + 2, Kw::The) {
        (s.lex(i + 3), i + 4)
    } else if s.kw(i + 1, Kw::At) && s.word(i + 2) == "night" {
        (s.lex(i + 2), i + 3)
    } else {
        return None;
    };
    let pm = match part {
        Lex::Part(DayPart::Morning) if s.word(next - 1) == "morning" => false,
        Lex::Part(DayPart::Afternoon | DayPart::Evening) if !s.word(next - 1).ends_with('s') => {
            true
        }
        // "11 at night" is p.m., "2 at night" a.m.
        Lex::Part(DayPart::Night) => (6..12).contains(&h),
        _ => return None,
    };
    Some((to_24h(h, pm)?, 0, next))
}

/// "3:45 p.m.", "15:45", "9 a.m.", "9am", "noon", "midnight", with an
/// optional zone abbreviation ("EST") that stays in the span.
fn clock(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let (hour, minute, mut end) = match s.lex(i) {
        // "High Noon" is a film, "high noon" an idiom.
        Lex::Kw(Kw::Noon) if i > 0 && s.word(i - 1).eq_ignore_ascii_case("high") => return None,
        Lex::Kw(Kw::Noon) => (12, 0, i + 1),
        Lex::Kw(Kw::Midnight) => (24, 0, i + 1),
        Lex::Clock { pm, hour: Some(h) } => (to_24h(h, pm)?, 0, i + 1),
        _ => {
            let (h, hd) = s.number(i)?;
            if hd > 2 {
                return None;
            }
            if s.punct(i + 1, ':') && s.glued(i + 1) && s.glued(i + 2) {
                let (m, md) = s.number(i + 2)?;
                if md != 2 || m > 59 || h > 23 {
                    return None;
                }
                match meridiem(s, i + 3) {
                    Some((pm, next)) => (to_24h(h, pm)?, m, next),
                    None => (h, m, i + 3),
                }
            } else if let Some((pm, next)) = meridiem(s, i + 1) {
                (to_24h(h, pm)?, 0, next)
            } else {
                spoken_hour(s, i, h)?
            }
        }
    };
    let zone = s.word(end);
    if matches!(
        zone,
        "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "GMT"
            | "UTC"
            | "ET"
            | "PT"
            | "CET"
            | "BST"
    ) {
        end += 1;
    }
    // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9", "9 a.m. today"
    let mut day = None;
    let k = if s.punct(end, ',') || s.kw(end, Kw::On) {
        end + 1
    } else {
        end
    };
    let following = super::dates::at(s, k)
        .into_iter()
        .chain(super::relative::at(s, k))
        .max_by_key(|c| c.end);
    if let Some(c) = following {
        if matches!(
            c.form,
            Form::Weekday { part: None, .. }
                | Form::Day { part: None, .. }
                | Form::Date { day: Some(_), .. }
        ) {
            // "6 a.m. Monday" is one expression; in "6 a.m. on Monday" the
            // day stays its own mention and only dates the clock time.
            if !s.kw(end, Kw::On) {
                end = c.end;
            }
            day = Some(Box::new(c.form));
        }
    }
    Some(Cand::new(end, Form::Clock { hour, minute, day }, "clock"))
}
