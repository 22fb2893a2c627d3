//! The recogniser: finds temporal expressions in a token stream and gives
//! each a [`Form`], the meaning of the words before any anchor is applied.
//!
//! At each token that can start an expression every pattern family is
//! tried and the longest match wins; matches never overlap and the scan
//! resumes after the match. Pattern families live one per file:
//! [`dates`] (absolute and partial calendar dates, years, decades, quarters,
//! seasons, holidays), [`relative`] (weekdays, today/yesterday, last week,
//! N days ago, the next day, references) and [`amounts`] (durations, sets,
//! clock times).

mod amounts;
mod dates;
mod relative;

use chrono::Weekday;

use super::lexicon::{lookup, Kw, Lex};
use super::value::{DayPart, DurationPart, Reference, Season, TimeValue};
use super::Modifier;
use crate::segment::{Token, TokenKind};

/// A year given in the text, or how to find it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearSpec {
    /// Written: "2025".
    Explicit(i32),
    /// Relative to the anchor's year: "last summer" is -1.
    Relative(i64),
    /// The nearest such month before (-1) or after (+1) the anchor's month,
    /// the adjacent one excepted: "last April" said in November is that
    /// year's April, said in February or May the year before's.
    Nearest(i64),
    /// The anchor's year plus this many: "last year's third quarter" is -1.
    Offset(i64),
    /// Not said: take it from the anchor and the tense.
    Implicit,
}

/// Where a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Base {
    /// The publication date: "yesterday", "last week".
    Dct,
    /// The last date the narrative mentioned: "the next day", "that week".
    Narrative,
}

/// How a weekday name is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WeekdayRel {
    /// "on Tuesday": by tense.
    Bare,
    /// "last Tuesday": the latest one before the anchor.
    Last,
    /// "next Tuesday": the first one after the anchor.
    Next,
    /// "this Tuesday": the one in the anchor's week.
    This,
    /// "the following Tuesday": the first one after the narrative date.
    Following,
    /// "the previous Tuesday": the latest one before the narrative date.
    Previous,
    /// "that Tuesday": the first one on or after the narrative date.
    That,
}

/// A calendar unit a relative expression counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CalUnit {
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// A part of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearPart {
    Quarter(u32),
    Half(u32),
    Season(Season),
}

/// Holidays that news dates events by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Holiday {
    Christmas,
    ChristmasEve,
    NewYearsDay,
    NewYearsEve,
    Thanksgiving,
    Easter,
    Halloween,
    IndependenceDay,
    LaborDay,
    MemorialDay,
    ValentinesDay,
    GoodFriday,
    VeteransDay,
    BoxingDay,
    BastilleDay,
    LeapDay,
    /// United States Election Day: the Tuesday after the first Monday of
    /// November.
    ElectionDay,
}

/// What a temporal expression means before it is anchored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Form {
    /// A month with an optional day and year: "Dec. 2, 2025", "November 28",
    /// "December 2025", "in November".
    Date {
        year: YearSpec,
        month: u32,
        day: Option<u32>,
    },
    /// A year, decade or century as written.
    Value(TimeValue),
    /// A quarter, half or season of a year.
    YearPart { year: YearSpec, part: YearPart },
    /// A weekday: "on Tuesday", "late Tuesday", "Tuesday evening".
    Weekday {
        weekday: Weekday,
        rel: WeekdayRel,
        part: Option<DayPart>,
    },
    /// A day counted from the anchor: today (0), yesterday (-1), the next day.
    Day {
        offset: i64,
        base: Base,
        part: Option<DayPart>,
    },
    /// A calendar unit counted from the anchor: last week (-1), this month (0).
    Unit {
        unit: CalUnit,
        offset: i64,
        base: Base,
    },
    /// "the weekend": the last one in the past tense, the coming one in the future.
    TenseWeekend,
    /// A holiday, in a given year or the one the tense points to.
    Holiday { holiday: Holiday, year: YearSpec },
    /// A clock time on the anchor's day (or a given day).
    Clock {
        hour: u32,
        minute: u32,
        day: Option<Box<Form>>,
    },
    /// A duration.
    Duration(Vec<DurationPart>),
    /// A recurrence with its TIMEX3 value.
    Set(TimeValue),
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Reference(Reference),
    /// A date-like expression that names no real day ("February 30").
    Invalid(String),
    /// The ISO week containing a day: "the week of March 6".
    WeekOf(Box<Form>),
    /// "a year ago", "two years earlier", "year-earlier": that many years
    /// back; in business news, the same quarter or month of that year when
    /// the narrative is about a quarter or a month. `period` is set when the
    /// phrase names a quarter or a period ("the year-ago quarter"): then it
    /// is a quarter even when the narrative's last date is a day.
    YearsBack {
        years: i64,
        base: Base,
        period: bool,
    },
    /// A day some days from another: "the day before last Tuesday" is -1.
    DaysFrom { days: i64, inner: Box<Form> },
    /// The same expression a year before: "the year-earlier third quarter"
    /// is the third quarter before the one "third quarter" alone would be.
    PrevYear(Box<Form>),
    /// "the 1988 quarter", "the 1989 period": in business news, the quarter
    /// being reported, in that year (the year alone when no quarter was
    /// named before).
    PeriodOfYear(i32),
    /// The quarter a company has just reported on: "the quarter", "the
    /// latest quarter", "the latest period".
    LatestQuarter,
}

/// One recognised expression: tokens `first..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub first: usize,
    pub end: usize,
    pub form: Form,
    pub modifier: Option<Modifier>,
    pub rule: &'static str,
}

/// A candidate match while scanning.
pub(crate) struct Cand {
    pub end: usize,
    pub form: Form,
    pub modifier: Option<Modifier>,
    pub rule: &'static str,
}

impl Cand {
    pub(crate) fn new(end: usize, form: Form, rule: &'static str) -> Self {
        Cand {
            end,
            form,
            modifier: None,
            rule,
        }
    }

    pub(crate) fn with_mod(mut self, modifier: Option<Modifier>) -> Self {
        if modifier.is_some() {
            self.modifier = modifier;
        }
        self
    }
}

/// The token stream with each word's lexical class.
pub(crate) struct Stream<'t> {
    pub text: &'t str,
    pub toks: &'t [Token],
    pub lex: Vec<Lex>,
}

impl<'t> Stream<'t> {
    fn new(text: &'t str, toks: &'t [Token]) -> Self {
        let lex = toks
            .iter()
            .map(|t| match t.kind {
                TokenKind::Word => lookup(t.text(text)),
                _ => Lex::Other,
            })
            .collect();
        Stream { text, toks, lex }
    }

    pub(crate) fn lex(&self, i: usize) -> Lex {
        self.lex.get(i).copied().unwrap_or(Lex::Other)
    }

    pub(crate) fn kw(&self, i: usize, k: Kw) -> bool {
        self.lex(i) == Lex::Kw(k)
    }

    pub(crate) fn any_kw(&self, i: usize, ks: &[Kw]) -> Option<Kw> {
        match self.lex(i) {
            Lex::Kw(k) if ks.contains(&k) => Some(k),
            _ => None,
        }
    }

    pub(crate) fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// Token `i` follows token `i-1` with no space.
    pub(crate) fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }

    /// A hyphen (or dash) glued between `i-1` and `i+1`: "five-hour".
    pub(crate) fn hyphen(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_punct('-') || t.is_punct('–'))
            && self.glued(i + 1)
            && (i + 1) < self.toks.len()
    }

    pub(crate) fn number(&self, i: usize) -> Option<(u32, u8)> {
        match self.toks.get(i)?.kind {
            TokenKind::Number { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    pub(crate) fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map(|t| t.text(self.text)).unwrap_or("")
    }

    /// An article or demonstrative: "the", "these", "those", "a".
    pub(crate) fn is_determiner(&self, i: usize) -> bool {
        matches!(
            self.lex(i),
            Lex::Kw(Kw::The | Kw::A | Kw::An | Kw::This | Kw::That)
        ) || matches!(
            self.word(i),
            "these"
                | "those"
                | "The"
                | "These"
                | "Those"
                | "recent"
                | "several"
                | "few"
                | "many"
                | "past"
                | "coming"
                | "next"
                | "last"
                | "first"
        )
    }

    pub(crate) fn capitalized(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// An optional "." right after an abbreviation at `i`; returns the next index.
    pub(crate) fn skip_dot(&self, i: usize) -> usize {
        if self.punct(i, '.') && self.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// A cardinal amount starting at `i`: digits ("24"), words ("four",
    /// "twenty-four", "twenty four", "one hundred"). Returns value and next index.
    pub(crate) fn cardinal(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((v, digits)) = self.number(i) {
            // "1,000": thousands groups of three digits.
            let mut v = v;
            let mut next = i + 1;
            while self.punct(next, ',') && self.glued(next) && self.glued(next + 1) {
                match self.number(next + 1) {
                    Some((g, 3)) if digits <= 3 => {
                        v = v.checked_mul(1000)?.checked_add(g)?;
                        next += 2;
                    }
                    _ => return None,
                }
            }
            // "2.5" is not a whole amount.
            if self.punct(next, '.')
                && self.glued(next)
                && self.number(next + 1).is_some()
                && self.glued(next + 1)
            {
                return None;
            }
            return (digits <= 6).then_some((v, next));
        }
        let Lex::Number(mut v) = self.lex(i) else {
            return None;
        };
        let mut next = i + 1;
        if v >= 20 && v % 10 == 0 && v < 100 {
            // twenty-four / twenty four
            let j = if self.hyphen(next) { next + 1 } else { next };
            if let Lex::Number(u) = self.lex(j) {
                if u < 10 {
                    v += u;
                    next = j + 1;
                }
            }
        }
        if self.lex(next) == Lex::Number(100) {
            v *= 100;
            next += 1;
        }
        Some((v, next))
    }

    /// An ordinal day or position at `i`: "28th", "first", "twenty-first".
    pub(crate) fn ordinal(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex(i) {
            Lex::Ordinal(n) => Some((n, i + 1)),
            Lex::Number(t @ (20 | 30)) if self.hyphen(i + 1) => match self.lex(i + 2) {
                Lex::Ordinal(u) if u < 10 => Some((t + u, i + 3)),
                _ => None,
            },
            _ => None,
        }
    }

    /// A four-digit year at `i`.
    pub(crate) fn year4(&self, i: usize) -> Option<i32> {
        let (v, digits) = self.number(i)?;
        // "2025.5" or "2025,000" are not years.
        if (self.punct(i + 1, '.') || self.punct(i + 1, ','))
            && self.glued(i + 1)
            && self.number(i + 2).is_some()
            && self.glued(i + 2)
        {
            return None;
        }
        (digits == 4 && (1000..=2199).contains(&v)).then_some(v as i32)
    }
}

/// Finds every temporal expression in the token stream.
pub(crate) fn recognize(text: &str, toks: &[Token]) -> Vec<Found> {
    let s = Stream::new(text, toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match best_at(&s, i) {
            Some(c) if c.end > i => {
                let end = c.end;
                out.push(Found {
                    first: i,
                    end,
                    form: c.form,
                    modifier: c.modifier,
                    rule: c.rule,
                });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// The longest match starting at token `i`, if any.
fn best_at(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let t = &s.toks[i];
    let plausible = match t.kind {
        TokenKind::Number { .. } => true,
        TokenKind::Punct(c) => c == '\'',
        TokenKind::Word => {
            s.lex(i) != Lex::Other
                || is_q(s.word(i))
                || matches!(
                    s.word(i),
                    "Good"
                        | "Veterans"
                        | "Boxing"
                        | "Bastille"
                        | "Election"
                        | "leap"
                        | "Leap"
                        | "these"
                        | "These"
                )
        }
    };
    if !plausible {
        return None;
    }
    let mut best: Option<Cand> = None;
    let mut offer = |c: Option<Cand>| {
        if let Some(c) = c {
            if best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
    };
    offer(dates::at(s, i));
    offer(relative::at(s, i));
    offer(amounts::at(s, i));
    offer(qualified(s, i));
    best
}

fn is_q(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() == 2 && (b[0] == b'Q' || b[0] == b'H') && (b'1'..=b'4').contains(&b[1])
}

/// Expressions under a qualifier: "early December", "late November",
/// "mid-2024", "the end of the year", "the beginning of next month".
fn qualified(s: &Stream<'_>, i: usize) -> Option<Cand> {
    let (modifier, next) = match s.lex(i) {
        Lex::Kw(Kw::Early) => (Modifier::Start, i + 1),
        Lex::Kw(Kw::Late) => (Modifier::End, i + 1),
        Lex::Kw(Kw::Mid) => (Modifier::Mid, if s.hyphen(i + 1) { i + 2 } else { i + 1 }),
        Lex::Kw(Kw::The) if matches!(s.lex(i + 1), Lex::Kw(Kw::Early | Kw::Late | Kw::Mid)) => {
            // "the late 1990s", "the mid-1970s": the qualifier with its article.
            let inner = qualified(s, i + 1)?;
            return matches!(
                inner.form,
                Form::Value(TimeValue::Decade(_) | TimeValue::Century(_))
            )
            .then_some(Cand {
                end: inner.end,
                ..inner
            });
        }
        Lex::Kw(Kw::The) => {
            let m = match s.lex(i + 1) {
                Lex::Kw(Kw::Beginning | Kw::Start) => Modifier::Start,
                Lex::Kw(Kw::End) => Modifier::End,
                Lex::Kw(Kw::Middle) => Modifier::Mid,
                _ => return None,
            };
            if !s.kw(i + 2, Kw::Of) {
                return None;
            }
            let j = i + 3;
            // "the end of the year": the year of the anchor.
            if s.kw(j, Kw::The) {
                if let Lex::Unit {
                    unit,
                    plural: false,
                } = s.lex(j + 1)
                {
                    // "at the end of the day" is an idiom, not a date.
                    if unit == crate::temporal::value::DurationUnit::Day {
                        return None;
                    }
                    let cal = relative::cal_unit(unit)?;
                    return Some(
                        Cand::new(
                            j + 2,
                            Form::Unit {
                                unit: cal,
                                offset: 0,
                                base: Base::Dct,
                            },
                            "qualified_the_unit",
                        )
                        .with_mod(Some(m)),
                    );
                }
            }
            (m, j)
        }
        _ => return None,
    };
    if next >= s.toks.len() {
        return None;
    }
    // "late Tuesday" keeps the day (a part of a day is not a TIMEX3 mod).
    let inner = dates::at(s, next)
        .into_iter()
        .chain(relative::at(s, next))
        .max_by_key(|c| c.end)?;
    let keeps_mod = match &inner.form {
        Form::Date { day: None, .. } | Form::Value(_) | Form::YearPart { .. } => true,
        Form::Unit { unit, .. } => !matches!(unit, CalUnit::Day),
        Form::Weekday { .. } => {
            return Some(Cand {
                rule: "qualified_weekday",
                ..inner
            })
        }
        // "mid-afternoon yesterday": the part of the day says it all.
        Form::Day { part: Some(_), .. } => {
            return Some(Cand {
                rule: "qualified_part",
                ..inner
            })
        }
        _ => false,
    };
    if !keeps_mod {
        return None;
    }
    Some(Cand {
        end: inner.end,
        form: inner.form,
        modifier: Some(modifier),
        rule: "qualified",
    })
}
