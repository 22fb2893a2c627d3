//! Expressions relative to an anchor: weekdays, today and yesterday, last
//! week, N days ago, the next day, earlier that week, and the vague
//! references (now, recently).

use super::{dates, Base, CalUnit, Cand, Form, Stream, WeekdayRel, YearSpec};
use crate::segment::TokenKind;
use crate::temporal::lexicon::{Kw, Lex};
use crate::temporal::value::{DayPart, DurationUnit, Reference, TimeValue};
use crate::temporal::Modifier;

/// The calendar unit behind a duration unit, for "last week" and friends.
pub(super) fn cal_unit(u: DurationUnit) -> Option<CalUnit> {
    Some(match u {
        DurationUnit::Day => CalUnit::Day,
        DurationUnit::Week => CalUnit::Week,
        DurationUnit::Weekend => CalUnit::Weekend,
        DurationUnit::Month => CalUnit::Month,
        DurationUnit::Quarter => CalUnit::Quarter,
        DurationUnit::Year => CalUnit::Year,
        DurationUnit::Decade => CalUnit::Decade,
        DurationUnit::Century => CalUnit::Century,
        _ => return None,
    })
}

/// Relative patterns starting at token `i`; the longest wins.
pub(super) fn at(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let mut best: Option<Cand> = None;
    if s.lex(i)
        == (Lex::Unit {
            unit: DurationUnit::Year,
            plural: false,
        })
    {
        return year_end(s, i).or_else(|| year_ago_adjective(s, i));
    }
    let mut offer = |c: Option<Cand>| {
        if let Some(c) = c {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
    };
    match s.lex(i) {
        Lex::Weekday { .. } => offer(weekday(s, i, i, WeekdayRel::Bare)),
        // "afternoon yesterday", "morning today"
        Lex::Part(part) => {
            let offset = match s.lex(i + 1) {
                Lex::Kw(Kw::Yesterday) => Some(-1),
                Lex::Kw(Kw::Today) => Some(0),
                Lex::Kw(Kw::Tomorrow) => Some(1),
                _ => None,
            };
            // "mid-afternoon", "early morning", "late evening": that part of
            // the narrative's day (the qualifier joins the span).
            let qualified = i > 0
                && !s.word(i).ends_with('s')
                && matches!(s.lex(i - 1), Lex::Kw(Kw::Mid | Kw::Early | Kw::Late))
                || i > 1 && s.kw(i - 2, Kw::Mid) && s.hyphen(i - 1);
            if offset.is_none() && qualified {
                offer(Some(Cand::new(
                    i + 1,
                    Form::Day {
                        offset: 0,
                        base: Base::Narrative,
                        part: Some(part),
                    },
                    "qualified_part",
                )));
            }
            offer(offset.map(|offset| {
                Cand::new(
                    i + 2,
                    Form::Day {
                        offset,
                        base: Base::Dct,
                        part: Some(part),
                    },
                    "part_day_word",
                )
            }));
        }
        // "will one day be", "he one day follow": some day to come.
        Lex::Number(1) if someday(s, i) => {
            offer(Some(Cand::new(
                i + 2,
                Form::Reference(Reference::Future),
                "one_day_someday",
            )));
        }
        // "these days"
        Lex::Other if s.word(i).eq_ignore_ascii_case("these") && s.word(i + 1) == "days" => {
            offer(Some(Cand::new(
                i + 2,
                Form::Reference(Reference::Present),
                "reference",
            )));
        }
        Lex::Kw(k) => {
            offer(the_part_of_day(s, i));
            offer(year_ago_adjective(s, i));
            offer(same_period_last_year(s, i));
            offer(day_word(s, i, k));
            offer(determined(s, i, k));
            offer(reference(s, i, k));
        }
        _ => {}
    }
    offer(counted(s, i));
    best
}

/// A weekday with an optional part of day after it: "Tuesday",
/// "Tuesday evening", "Tues.", "Tuesday night".
fn weekday(s: &Stream<'_>, start: usize, at: usize, rel: WeekdayRel) -> Option<Cand> {
    let Lex::Weekday { weekday, abbrev } = s.lex(at) else {
        return None;
    };
    // "Good Friday" is a holiday, not last Friday.
    if at > 0 && s.word(at - 1) == "Good" {
        return None;
    }
    let mut end = at + 1;
    if abbrev {
        // "Wed" alone is too often something else; it needs a capital and a dot.
        if !s.capitalized(at) || !s.punct(at + 1, '.') {
            return None;
        }
        end = at + 2;
    } else if !s.capitalized(at) && start == at {
        return None;
    }
    let mut part = None;
    if let Lex::Part(p) = s.lex(end) {
        // "Tuesday nights" recurs: a set, found with the amounts.
        if s.word(end).ends_with('s') {
            return None;
        }
        part = Some(p);
        end += 1;
    }
    Some(Cand::new(
        end,
        Form::Weekday { weekday, rel, part },
        match rel {
            WeekdayRel::Bare => "weekday",
            _ => "weekday_qualified",
        },
    ))
}

/// today, yesterday, tomorrow, tonight, with an optional part of day:
/// "yesterday morning", "tomorrow night"; "last night"; "this morning".
fn day_word(s: &Stream<'_>, i: usize, k: Kw) -> Option<Cand> {
    let (offset, mut part, rule) = match k {
        // "India Today", "USA Today": a capitalised "Today" after a name.
        Kw::Today
            if i > 0 && s.capitalized(i) && s.capitalized(i - 1) && s.toks[i - 1].is_word() =>
        {
            return None
        }
        // "today's youth", "in today's world": the present in general.
        Kw::Today if generic_today(s, i) => return None,
        Kw::Today => (0, None, "today"),
        Kw::Yesterday => (-1, None, "yesterday"),
        Kw::Tomorrow => (1, None, "tomorrow"),
        Kw::Tonight => (0, Some(DayPart::Night), "tonight"),
        Kw::This => match s.lex(i + 1) {
            Lex::Part(p) => {
                return Some(Cand::new(
                    i + 2,
                    Form::Day {
                        offset: 0,
                        base: Base::Dct,
                        part: Some(p),
                    },
                    "this_part",
                ))
            }
            _ => return None,
        },
        Kw::Last if s.lex(i + 1) == Lex::Part(DayPart::Night) => {
            return Some(Cand::new(
                i + 2,
                Form::Day {
                    offset: -1,
                    base: Base::Dct,
                    part: Some(DayPart::Night),
                },
                "last_night",
            ))
        }
        _ => return None,
    };
    let mut end = i + 1;
    if part.is_none() {
        if let Lex::Part(p) = s.lex(end) {
            part = Some(p);
            end += 1;
        }
    }
    Some(Cand::new(
        end,
        Form::Day {
            offset,
            base: Base::Dct,
            part,
        },
        rule,
    ))
}

/// "one day" between a modal or a subject pronoun and a verb ("Islam will
/// one day be", "the hope he one day follows"): some day to come, not a
/// day's length.
fn someday(s: &Stream<'_>, i: usize) -> bool {
    let one_day = s.word(i).eq_ignore_ascii_case("one")
        && s.lex(i + 1)
            == (Lex::Unit {
                unit: DurationUnit::Day,
                plural: false,
            });
    let before = i
        .checked_sub(1)
        .map(|k| s.word(k).to_ascii_lowercase())
        .unwrap_or_default();
    let modal_or_subject = matches!(
        before.as_str(),
        "will"
            | "would"
            | "could"
            | "might"
            | "may"
            | "can"
            | "shall"
            | "should"
            | "must"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
    );
    let verb_after = s.toks.get(i + 2).is_some_and(|t| t.is_word())
        && matches!(s.lex(i + 2), Lex::Other)
        && !s.capitalized(i + 2);
    one_day && modal_or_subject && verb_after
}

/// "today's" before a noun for people or the world at large ("today's
/// youth", "in today's world", "many of today's computers") speaks of the
/// present in general, not of the publication day.
fn generic_today(s: &Stream<'_>, i: usize) -> bool {
    if !is_possessive(s, i + 1) {
        return false;
    }
    let quantified = i >= 2
        && s.kw(i - 1, Kw::Of)
        && matches!(
            s.word(i - 2).to_ascii_lowercase().as_str(),
            "many" | "most" | "some" | "all" | "few"
        );
    let noun = s.word(i + 3).to_ascii_lowercase();
    quantified
        || matches!(
            noun.as_str(),
            "world"
                | "society"
                | "youth"
                | "young"
                | "generation"
                | "kids"
                | "children"
                | "teenagers"
        )
}

/// How a determiner or adverb before a unit counts.
fn step_of(k: Kw) -> Option<(i64, Base)> {
    Some(match k {
        Kw::Last | Kw::Past => (-1, Base::Dct),
        Kw::This | Kw::Current => (0, Base::Dct),
        Kw::Next | Kw::Coming => (1, Base::Dct),
        Kw::Previous | Kw::Prior => (-1, Base::Narrative),
        Kw::Following => (1, Base::Narrative),
        Kw::That | Kw::Same => (0, Base::Narrative),
        _ => return None,
    })
}

/// Phrases led by a determiner or adverb: "last week", "this month",
/// "next year", "the coming week", "the following Monday", "earlier that
/// week", "later this month", "the next day", "that day", "last summer",
/// "the weekend", "the day before yesterday".
fn determined(s: &Stream<'_>, i: usize, k: Kw) -> Option<Cand> {
    let mut j = i;
    let mut the = false;
    let mut adverb = false;
    if k == Kw::The {
        the = true;
        j += 1;
    } else if matches!(k, Kw::Earlier | Kw::Later) {
        adverb = true;
        j += 1;
    }
    // "the weekend"
    if the
        && s.lex(j)
            == (Lex::Unit {
                unit: DurationUnit::Weekend,
                plural: false,
            })
    {
        return Some(Cand::new(j + 1, Form::TenseWeekend, "the_weekend"));
    }
    // "the day before yesterday", "the day after tomorrow", "the day before",
    // "the day after", "the night before"
    if the {
        let unit_day = matches!(
            s.lex(j),
            Lex::Unit {
                unit: DurationUnit::Day,
                plural: false
            }
        );
        let night = s.lex(j) == Lex::Part(DayPart::Night);
        if unit_day || night {
            let part = night.then_some(DayPart::Night);
            let dir = match s.lex(j + 1) {
                Lex::Kw(Kw::Before) => -1,
                Lex::Kw(Kw::After) => 1,
                _ => 0,
            };
            if dir != 0 {
                match s.lex(j + 2) {
                    Lex::Kw(Kw::Yesterday) if dir < 0 => {
                        return Some(Cand::new(
                            j + 3,
                            Form::Day {
                                offset: -2,
                                base: Base::Dct,
                                part,
                            },
                            "day_before_yesterday",
                        ))
                    }
                    Lex::Kw(Kw::Tomorrow) if dir > 0 => {
                        return Some(Cand::new(
                            j + 3,
                            Form::Day {
                                offset: 2,
                                base: Base::Dct,
                                part,
                            },
                            "day_after_tomorrow",
                        ))
                    }
                    // "the day before" ends its phrase; "the day before the
                    // vote" is anchored to an event, not a date.
                    _ if is_clause_start(s, j + 2) => {
                        return Some(Cand::new(
                            j + 2,
                            Form::Day {
                                offset: dir,
                                base: Base::Narrative,
                                part,
                            },
                            "day_before_after",
                        ))
                    }
                    // "the day before last Tuesday", "the day after Nov. 3":
                    // that day, moved by one.
                    _ if part.is_none() => {
                        let inner = dates::at(s, j + 2)
                            .into_iter()
                            .chain(at(s, j + 2))
                            .max_by_key(|c| c.end)?;
                        let a_day = matches!(
                            inner.form,
                            Form::Weekday { part: None, .. }
                                | Form::Date { day: Some(_), .. }
                                | Form::Holiday { .. }
                        );
                        return a_day.then(|| {
                            Cand::new(
                                inner.end,
                                Form::DaysFrom {
                                    days: dir,
                                    inner: Box::new(inner.form),
                                },
                                "day_before_date",
                            )
                        });
                    }
                    _ => return None,
                }
            }
        }
    }
    let Lex::Kw(det) = s.lex(j) else {
        // "earlier/later" + "in the week"? Not handled.
        return None;
    };
    let (mut offset, mut base) = step_of(det)?;
    // "the past/last week" is a duration; leave it to the amounts.
    if the && matches!(det, Kw::Past | Kw::Last) {
        return None;
    }
    // "the next day" counts from the narrative; "next week" from the DCT.
    if the && det == Kw::Next {
        base = Base::Narrative;
    }
    if adverb {
        // "earlier this week" is this week; "later that month" that month.
        if !matches!(det, Kw::This | Kw::That | Kw::Current | Kw::Same) {
            return None;
        }
        offset = 0;
    }
    let u = j + 1;
    match s.lex(u) {
        // "last April" is the latest April before this month, "next March"
        // the first March after it.
        Lex::Month { abbrev: false, .. }
            if !the && !adverb && base == Base::Dct && s.capitalized(u) =>
        {
            let Lex::Month { month, .. } = s.lex(u) else {
                return None;
            };
            Some(Cand::new(
                u + 1,
                Form::Date {
                    year: if offset == 0 {
                        YearSpec::Relative(0)
                    } else {
                        YearSpec::Nearest(offset.signum())
                    },
                    month,
                    day: None,
                },
                "relative_month",
            ))
        }
        Lex::Weekday { .. } => {
            let rel = match det {
                Kw::Last | Kw::Past => WeekdayRel::Last,
                Kw::Next | Kw::Coming => WeekdayRel::Next,
                Kw::This | Kw::Current => WeekdayRel::This,
                Kw::Following if the => WeekdayRel::Following,
                Kw::Previous | Kw::Prior if the => WeekdayRel::Previous,
                Kw::That | Kw::Same => WeekdayRel::That,
                _ => return None,
            };
            weekday(s, i, u, rel)
        }
        Lex::Unit {
            unit: DurationUnit::Year,
            plural: false,
        } if !the && !adverb && base == Base::Dct && is_possessive(s, u + 1) => {
            year_possessive(s, u + 3, offset)
        }
        Lex::Unit {
            unit,
            plural: false,
        } => {
            let cal = cal_unit(unit)?;
            // "ABC's \"This Week\"": capitalised in running text, the phrase
            // is a title, not a date.
            if s.capitalized(j) && s.capitalized(u) && in_running_text(s, i) {
                return None;
            }
            // "this day" is rare; "that day", "the next day", "the same day".
            if cal == CalUnit::Day && det == Kw::This {
                return None;
            }
            let mut end = u + 1;
            let mut part = None;
            if cal == CalUnit::Day {
                if let Lex::Part(p) = s.lex(end) {
                    part = Some(p);
                    end += 1;
                }
                return Some(Cand::new(
                    end,
                    Form::Day { offset, base, part },
                    "relative_day",
                ));
            }
            Some(Cand::new(
                end,
                Form::Unit {
                    unit: cal,
                    offset,
                    base,
                },
                if adverb {
                    "adverb_unit"
                } else {
                    "relative_unit"
                },
            ))
        }
        Lex::Part(p) if matches!(det, Kw::That | Kw::Same | Kw::Next | Kw::Following) => {
            // "that evening", "the next morning"
            if det == Kw::Next && !the {
                return None;
            }
            Some(Cand::new(
                u + 1,
                Form::Day {
                    offset,
                    base: Base::Narrative,
                    part: Some(p),
                },
                "relative_part",
            ))
        }
        Lex::Season(_) => {
            let year = if base == Base::Dct && !adverb {
                YearSpec::Relative(offset)
            } else {
                YearSpec::Implicit
            };
            dates::season(s, i, u, year).map(|c| Cand {
                end: c.end.max(u + 1),
                ..c
            })
        }
        _ => None,
    }
}

/// A lower-case word shortly before `i`: the words at `i` stand in running
/// text, not in a headline written in title case.
fn in_running_text(s: &Stream<'_>, i: usize) -> bool {
    (i.saturating_sub(6)..i).any(|k| {
        s.toks[k].kind == TokenKind::Word && s.word(k).starts_with(|c: char| c.is_lowercase())
    })
}

/// "'s" at `i`: a possessive ending.
fn is_possessive(s: &Stream<'_>, i: usize) -> bool {
    s.punct(i, '\'') && s.glued(i) && s.glued(i + 1) && s.word(i + 1).eq_ignore_ascii_case("s")
}

/// After "this year's", "last year's", "next year's" (`at` is the word
/// after "'s"): a part of that year ("last year's third quarter") or, in
/// business news, the reported quarter a year back ("last year's quarter",
/// "last year's period"). Otherwise the year alone is the expression.
fn year_possessive(s: &Stream<'_>, at: usize, offset: i64) -> Option<Cand> {
    if let Some(c) = dates::part_of_year(s, at, YearSpec::Offset(offset), "year_possessive_part") {
        return Some(c);
    }
    let period = dates::names_period(s, at);
    if period && offset == -1 {
        return Some(year_back(at + 1, true, "year_possessive_period"));
    }
    Some(Cand::new(
        at - 2,
        Form::Unit {
            unit: CalUnit::Year,
            offset,
            base: Base::Dct,
        },
        "relative_unit",
    ))
}

/// "three days ago", "two weeks later", "a year earlier", "five years from
/// now", "a few days ago".
fn counted(s: &Stream<'_>, i0: usize) -> Option<Cand> {
    // "almost four years ago", "about a week later", "more than a decade ago"
    let (modifier, i) = match s.lex(i0) {
        Lex::Kw(Kw::Nearly | Kw::Almost) => (Some(Modifier::EqualOrLess), i0 + 1),
        Lex::Kw(Kw::About | Kw::Around | Kw::Roughly | Kw::Approximately) => {
            (Some(Modifier::Approx), i0 + 1)
        }
        Lex::Kw(Kw::More | Kw::Less) if s.kw(i0 + 1, Kw::Than) => (
            Some(if s.kw(i0, Kw::More) {
                Modifier::MoreThan
            } else {
                Modifier::LessThan
            }),
            i0 + 2,
        ),
        Lex::Kw(Kw::Over) => (Some(Modifier::MoreThan), i0 + 1),
        _ => (None, i0),
    };
    let (amount, j) = match s.lex(i) {
        Lex::Kw(Kw::A | Kw::An) => (Some(1), i + 1),
        Lex::Kw(Kw::Several | Kw::Some | Kw::Many) => (None, i + 1),
        _ => {
            let (n, j) = s.cardinal(i)?;
            (Some(n), j)
        }
    };
    let (amount, j) = if s.kw(i, Kw::A) && s.kw(i + 1, Kw::Few) {
        (None, i + 2)
    } else if s.kw(i, Kw::A) && s.kw(i + 1, Kw::Couple) && s.kw(i + 2, Kw::Of) {
        (Some(2), i + 3)
    } else {
        (amount, j)
    };
    let Lex::Unit { unit, .. } = s.lex(j) else {
        return None;
    };
    let mut after = j + 1;
    // "a week or so ago"
    if s.word(after) == "or" && s.word(after + 1) == "so" {
        after += 2;
    }
    // "in five years", "in two days": a date that far ahead (TimeML leaves
    // the preposition out of the span).
    if i0 > 0
        && modifier.is_none()
        && s.kw(i0 - 1, Kw::In)
        && amount.is_some()
        && !s.kw(after, Kw::Of)
    {
        let in_unit = matches!(
            unit,
            DurationUnit::Day | DurationUnit::Week | DurationUnit::Month | DurationUnit::Year
        );
        let time_word = matches!(
            s.lex(after),
            Lex::Kw(Kw::Ago | Kw::Earlier | Kw::Later | Kw::Before | Kw::After | Kw::Time)
        );
        if in_unit && !time_word && !counts_within(s, i0 - 1) {
            let n = i64::from(amount.unwrap_or(1));
            let form = match unit {
                DurationUnit::Day => Form::Day {
                    offset: n,
                    base: Base::Dct,
                    part: None,
                },
                u => Form::Unit {
                    unit: cal_unit(u)?,
                    offset: n,
                    base: Base::Dct,
                },
            };
            return Some(Cand::new(j + 1, form, "in_counted"));
        }
    }
    let (dir, base, end) = match s.lex(after) {
        Lex::Kw(Kw::Ago) => (-1, Base::Dct, after + 1),
        Lex::Kw(Kw::Earlier) => (-1, Base::Narrative, after + 1),
        Lex::Kw(Kw::Before) if !is_clause_start(s, after + 1) => return None,
        Lex::Kw(Kw::Before) => (-1, Base::Narrative, after + 1),
        Lex::Kw(Kw::Later) => (1, Base::Narrative, after + 1),
        Lex::Kw(Kw::Hence) => (1, Base::Dct, after + 1),
        Lex::Kw(Kw::From) if s.kw(after + 1, Kw::Now) => (1, Base::Dct, after + 2),
        _ => return None,
    };
    let Some(n) = amount else {
        // "a few days later" counts from the narrative, which may be past:
        // not FUTURE_REF, but the span of time itself, "later" being the
        // link to the narrative (as TimeML writes "three days later").
        if dir > 0 && base == Base::Narrative {
            return Some(
                Cand::new(
                    after,
                    Form::Duration(vec![super::amounts::vague(unit)]),
                    "vague_later",
                )
                .with_mod(modifier),
            );
        }
        let r = if dir < 0 {
            Reference::Past
        } else {
            Reference::Future
        };
        return Some(Cand::new(end, Form::Reference(r), "vague_ago").with_mod(modifier));
    };
    let n = i64::from(n) * dir;
    let form = match unit {
        DurationUnit::Day => Form::Day {
            offset: n,
            base,
            part: None,
        },
        DurationUnit::Hour | DurationUnit::Minute | DurationUnit::Second => Form::Day {
            offset: 0,
            base,
            part: None,
        },
        // "a decade ago" names a year, not a decade: 2015 from 2025.
        DurationUnit::Decade => Form::Unit {
            unit: CalUnit::Year,
            offset: n * 10,
            base,
        },
        DurationUnit::Century => Form::Unit {
            unit: CalUnit::Year,
            offset: n * 100,
            base,
        },
        DurationUnit::Year => Form::YearsBack {
            years: n,
            base,
            period: false,
        },
        u => Form::Unit {
            unit: cal_unit(u)?,
            offset: n,
            base,
        },
    };
    Some(Cand::new(end, form, "counted").with_mod(modifier))
}

/// "before" ends a phrase like "two days before" only when nothing it could
/// govern follows ("two days before the vote" is not a date by itself).
/// Whether "in" at `at` closes a span that counts or ranks ("the second
/// letter in two weeks", "the first time in 20 years", "the lowest level in
/// five years"): an ordinal or a superlative a few words before it, within
/// the clause. Then "in <n> <units>" is how long, not how far ahead.
fn counts_within(s: &Stream<'_>, at: usize) -> bool {
    let from = at.saturating_sub(6);
    for k in (from..at).rev() {
        let t = &s.toks[k];
        if t.kind != TokenKind::Word {
            return false;
        }
        let w = s.word(k).to_ascii_lowercase();
        let superlative = [
            "most",
            "best",
            "worst",
            "fewest",
            "lowest",
            "highest",
            "biggest",
            "largest",
            "smallest",
            "strongest",
            "weakest",
            "fastest",
            "slowest",
            "sharpest",
            "steepest",
            "longest",
            "shortest",
            "heaviest",
            "deadliest",
            "greatest",
            "warmest",
            "coldest",
            "wettest",
            "driest",
        ]
        .contains(&w.as_str());
        if matches!(s.lex(k), Lex::Ordinal(_)) || superlative {
            return true;
        }
    }
    false
}

fn is_clause_start(s: &Stream<'_>, i: usize) -> bool {
    match s.toks.get(i) {
        None => true,
        Some(t) => matches!(t.punct(), Some('.' | ',' | ';' | ')' | '"' | '–')),
    }
}

/// "year-ago", "year-earlier", "the year-ago quarter", "the year-earlier
/// period", "the comparable year-ago quarter", "the year-earlier third
/// quarter".
fn year_ago_adjective(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let mut j = i;
    let the = s.kw(j, Kw::The);
    if the {
        j += 1;
        // "the comparable year-ago quarter", "the corresponding year-earlier
        // period"
        if matches!(s.word(j), "comparable" | "corresponding" | "same") {
            j += 1;
        }
    }
    if s.lex(j)
        != (Lex::Unit {
            unit: DurationUnit::Year,
            plural: false,
        })
        || !s.hyphen(j + 1)
    {
        return None;
    }
    if !matches!(s.lex(j + 2), Lex::Kw(Kw::Ago | Kw::Earlier)) {
        return None;
    }
    let mut end = j + 3;
    // "the year-ago third quarter": that quarter, a year before.
    if let Some(c) = dates::ordinal_part(s, end) {
        return Some(Cand::new(
            c.end,
            Form::PrevYear(Box::new(c.form)),
            "year_ago_part",
        ));
    }
    let noun = dates::names_period(s, end);
    if noun {
        end += 1;
    } else if the {
        return None;
    }
    Some(year_back(end, noun, "year_ago_adjective"))
}

/// The year before the DCT's, ending at token `end`: the reported period
/// of that year when `period` ("the year-ago quarter"), else the year.
fn year_back(end: usize, period: bool, rule: &'static str) -> Cand {
    Cand::new(
        end,
        Form::YearsBack {
            years: -1,
            base: Base::Dct,
            period,
        },
        rule,
    )
}

/// "in the morning", "during the afternoon", "by the evening", "in the
/// night": that part of the narrative's day (of the DCT when the narrative
/// names no day).
fn the_part_of_day(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let Lex::Part(part) = s.lex(i + 1) else {
        return None;
    };
    let prep = i > 0 && matches!(s.lex(i - 1), Lex::Kw(Kw::In | Kw::During | Kw::By));
    if !s.kw(i, Kw::The) || !prep || s.word(i + 1).ends_with('s') || s.kw(i + 2, Kw::Of) {
        return None;
    }
    Some(Cand::new(
        i + 2,
        Form::Day {
            offset: 0,
            base: Base::Narrative,
            part: Some(part),
        },
        "the_part_of_day",
    ))
}

/// "by year-end", "around year end", "before year's end": the end of the
/// DCT's year, as "the end of the year" (TIMEX3 `mod` END); "since
/// year-end" looks back to the last one. Only after a preposition: "year-end
/// results" is a kind of result.
fn year_end(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let prep = i
        .checked_sub(1)
        .map(|p| s.lex(p))
        .and_then(|l| match l {
            Lex::Kw(
                k @ (Kw::By | Kw::Around | Kw::Until | Kw::Before | Kw::After | Kw::Since | Kw::At),
            ) => Some(k),
            _ => None,
        })
        .or_else(|| {
            let w = s.word(i.checked_sub(1)?).to_ascii_lowercase();
            matches!(w.as_str(), "near" | "toward" | "towards" | "through").then_some(Kw::At)
        })?;
    let end = if s.hyphen(i + 1) && s.kw(i + 2, Kw::End) {
        i + 3
    } else if s.kw(i + 1, Kw::End) {
        i + 2
    } else if is_possessive(s, i + 1) && s.kw(i + 3, Kw::End) {
        i + 4
    } else {
        return None;
    };
    // "at year-end 1988": that year's end.
    if let Some(y) = s.year4(end) {
        return Some(
            Cand::new(end + 1, Form::Value(TimeValue::Year(y)), "year_end")
                .with_mod(Some(Modifier::End)),
        );
    }
    let offset = if prep == Kw::Since { -1 } else { 0 };
    Some(
        Cand::new(
            end,
            Form::Unit {
                unit: CalUnit::Year,
                offset,
                base: Base::Dct,
            },
            "year_end",
        )
        .with_mod(Some(Modifier::End)),
    )
}

/// "the same period last year", "the corresponding period a year ago",
/// "the comparable quarter of last year": the period being reported, a year
/// back, as "the year-ago period".
fn same_period_last_year(s: &Stream<'_>, i: usize) -> Option<Cand> {
    if !s.kw(i, Kw::The) || !matches!(s.word(i + 1), "comparable" | "corresponding" | "same") {
        return None;
    }
    let j = i + 2;
    if !dates::names_period(s, j) {
        return None;
    }
    let mut k = j + 1;
    if matches!(s.lex(k), Lex::Kw(Kw::Of | Kw::In)) {
        k += 1;
    }
    let year = Lex::Unit {
        unit: DurationUnit::Year,
        plural: false,
    };
    let end = if s.kw(k, Kw::Last) && s.lex(k + 1) == year {
        k + 2
    } else if matches!(s.lex(k), Lex::Kw(Kw::A)) && s.lex(k + 1) == year && s.kw(k + 2, Kw::Ago) {
        k + 3
    } else {
        return None;
    };
    Some(year_back(end, true, "same_period_last_year"))
}

/// now, currently, recently, formerly, soon, the future, the past, at
/// present, the near term, the short term.
fn reference(s: &Stream<'_>, i: usize, k: Kw) -> Option<Cand> {
    let (r, end) = match k {
        Kw::The
            if matches!(s.word(i + 1), "near" | "short" | "long")
                && s.word(i + 2).eq_ignore_ascii_case("term") =>
        {
            (Reference::Future, i + 3)
        }

        Kw::Now | Kw::Currently | Kw::Nowadays => {
            // "now that" is a conjunction; "right now" is still now.
            (Reference::Present, i + 1)
        }
        Kw::Recently | Kw::Formerly | Kw::Lately => (Reference::Past, i + 1),
        Kw::The => match s.lex(i + 1) {
            Lex::Kw(Kw::Future) => (Reference::Future, i + 2),
            Lex::Other if s.word(i + 1) == "near" && s.kw(i + 2, Kw::Future) => {
                (Reference::Future, i + 3)
            }
            Lex::Kw(Kw::Past) => {
                // "the past three months" is a duration, "the past week" too.
                match s.lex(i + 2) {
                    Lex::Unit { .. }
                    | Lex::Number(_)
                    | Lex::Kw(Kw::Few | Kw::Several | Kw::Couple) => return None,
                    _ if s.number(i + 2).is_some() => return None,
                    _ => (Reference::Past, i + 2),
                }
            }
            _ => return None,
        },
        Kw::Present if i > 0 && s.kw(i - 1, Kw::At) => (Reference::Present, i + 1),
        _ => return None,
    };
    Some(Cand::new(end, Form::Reference(r), "reference"))
}
