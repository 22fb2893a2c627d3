//! The resolver: turns recognised [`Form`]s into [`TimeValue`]s against an
//! anchor (the publication date, or the last date of the narrative).
//!
//! Rules, each with its reason:
//! - A bare weekday is the most recent such day on or before the DCT, or the
//!   next one after it when the clause speaks of the future. On TimeML news
//!   corpora the past-or-same-day reading is right for about 89% of bare
//!   weekdays; the tense cue recovers most of the rest.
//! - A month and day without a year take the DCT's year, moved by a year when
//!   the tense says so: the latest such date on or before the DCT in the past
//!   tense, the earliest on or after it in the future tense, the nearest
//!   otherwise. The same holds for a month alone, a season, a quarter and a
//!   holiday.
//! - Anaphoric expressions ("the next day", "earlier that week", "two days
//!   later") count from the last date the text mentioned before them; with
//!   none, from the DCT.
//! - Year-back comparisons in business news ("a year earlier", "the
//!   year-ago quarter", "the 1988 period") count from the quarter being
//!   reported: the narrative's quarter, or the last closed quarter the text
//!   named when the narrative's day lies in it or the phrase names a period.
//!   They do not become the narrative's date themselves, so a second "a year
//!   ago" compares with the same quarter. After a span of months ("the first
//!   nine months") a named comparison period is the year before instead.
//! - A date without a year after "by" or "through" is a deadline: a
//!   past-tense verb does not push it into the past.
//! - Without a DCT, relative expressions keep `X` placeholders
//!   (`XXXX-WXX-2`): a guess would look like knowledge.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar;
use super::recognize::{Base, CalUnit, Form, Found, Holiday, WeekdayRel, YearPart, YearSpec};
use super::tense::{clause_tense, Cues, Tense};
use super::value::{DayPart, DurationPart, DurationUnit, Season, TimeValue};
use super::{Anchor, TagConfig, TemporalMention, TimexType};
use crate::segment::{Sentence, Token};
use crate::Span;

/// Resolution context: the DCT and the narrative so far.
struct Ctx<'a> {
    dct: Option<NaiveDate>,
    /// The last anchored calendar value and where it was.
    narrative: Option<(TimeValue, Span)>,
    /// The last quarter the text named that had ended by the DCT (year,
    /// quarter, span): in business news, the quarter being reported, which
    /// "the year-ago quarter" and "the 1988 period" compare with.
    reported_quarter: Option<(i32, u32, Span)>,
    /// Set when, after the last such quarter, the text reports on a span
    /// of months ("the first nine months", "the six months"): comparisons
    /// with "the 1988 period" or "the year-earlier period" then name that
    /// span of the year before, which a year stands for, not a quarter.
    reported_months: bool,
    config: &'a TagConfig,
    tense: Tense,
}

/// What resolving one form gives.
struct Resolved {
    value: TimeValue,
    kind: TimexType,
    anchor: Anchor,
    note: Option<String>,
}

impl Resolved {
    fn new(value: TimeValue, kind: TimexType, anchor: Anchor) -> Self {
        Resolved {
            value,
            kind,
            anchor,
            note: None,
        }
    }

    fn unanchored(pattern: String, kind: TimexType, why: &str) -> Self {
        // Every value the tagger writes must read back as itself: an
        // unanchored one needs its `X` placeholders ("2025-02-29" would not).
        debug_assert_eq!(
            pattern.parse::<TimeValue>().ok(),
            Some(TimeValue::Unanchored(pattern.clone())),
            "unanchored value {pattern:?} does not read back"
        );
        Resolved {
            value: TimeValue::Unanchored(pattern),
            kind,
            anchor: Anchor::Missing,
            note: Some(why.to_string()),
        }
    }
}

const NO_DCT: &str = "no publication date to resolve against";
const OUT_OF_RANGE: &str = "date out of the supported calendar range";

/// Resolves every recognised expression, in text order.
pub(crate) fn resolve(
    text: &str,
    toks: &[Token],
    sentences: &[Sentence],
    cues: &Cues,
    found: Vec<Found>,
    dct: Option<NaiveDate>,
    config: &TagConfig,
) -> Vec<TemporalMention> {
    let mut ctx = Ctx {
        dct,
        narrative: None,
        reported_quarter: None,
        reported_months: false,
        config,
        tense: Tense::Unknown,
    };
    let mut out = Vec::with_capacity(found.len());
    let mut sent = 0;
    for f in found {
        while sent + 1 < sentences.len() && sentences[sent].end_token <= f.first {
            sent += 1;
        }
        let (sf, se) = sentences
            .get(sent)
            .map(|s| (s.first_token, s.end_token))
            .unwrap_or((0, toks.len()));
        ctx.tense = if !needs_tense(&f.form) {
            Tense::Unknown
        } else if is_possessive(text, toks, f.end) {
            // "Wednesday's ruling", "Friday's vote": a known event, named by
            // its day; the clause's tense is about something else.
            Tense::Past
        } else {
            match clause_tense(text, toks, cues, sf, se, f.first, f.end) {
                // "since Monday", "since March": a time already past.
                _ if follows_since(text, toks, f.first) => Tense::Past,
                // "repay the loan by February", "credit through January": a
                // deadline, as likely ahead as behind a past-tense verb.
                Tense::Past | Tense::Reported if is_deadline(text, toks, f.first, &f.form) => {
                    Tense::Unknown
                }
                t => t,
            }
        };
        let span = Span::new(toks[f.first].span.start, toks[f.end - 1].span.end);
        let Some(mut r) = ctx.form(&f.form) else {
            continue;
        };
        if !in_timex_range(&r.value) {
            r = Resolved::unanchored("XXXX-XX-XX".into(), r.kind, OUT_OF_RANGE);
        }
        // A comparison with a year before ("a year earlier", "the 1988
        // period") names no new date for the narrative: a second "a year
        // earlier" still counts from the quarter being reported.
        let comparison = matches!(
            f.form,
            Form::YearsBack { .. } | Form::PrevYear(_) | Form::PeriodOfYear(_)
        );
        if matches!(r.kind, TimexType::Date | TimexType::Time)
            && r.value.is_anchored()
            && !comparison
        {
            if let TimeValue::Quarter { year, quarter } = r.value {
                let closed = r
                    .value
                    .interval()
                    .zip(dct)
                    .is_some_and(|((_, end), d)| end < d);
                if closed {
                    ctx.reported_quarter = Some((year, quarter, span));
                    ctx.reported_months = false;
                }
            }
            ctx.narrative = Some((r.value.clone(), span));
        }
        if let Form::Duration(parts) = &f.form {
            let months = matches!(
                parts.as_slice(),
                [DurationPart {
                    amount: Some(6 | 9),
                    unit: DurationUnit::Month,
                }]
            );
            // "the nine months", "the first nine months"
            let word = |back: usize| {
                (f.first + 1)
                    .checked_sub(back)
                    .and_then(|k| toks.get(k))
                    .map_or("", |t| t.text(text))
            };
            let the = |w: &str| w.eq_ignore_ascii_case("the");
            if months && (the(word(1)) || the(word(2)) || word(2) == "first" && the(word(3))) {
                ctx.reported_months = true;
            }
        }
        out.push(TemporalMention {
            span,
            text: text[span.start..span.end].to_string(),
            kind: r.kind,
            value: r.value,
            modifier: f.modifier,
            anchor: r.anchor,
            rule: Cow::Borrowed(f.rule),
            note: r.note,
        });
    }
    out
}

/// A date without a year after "by" or "through": a deadline or the end
/// of a term.
fn is_deadline(text: &str, toks: &[Token], first: usize, form: &Form) -> bool {
    matches!(
        form,
        Form::Date {
            year: YearSpec::Implicit,
            ..
        }
    ) && first
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| {
            let w = t.text(text);
            w.eq_ignore_ascii_case("by") || w.eq_ignore_ascii_case("through")
        })
}

fn follows_since(text: &str, toks: &[Token], first: usize) -> bool {
    first
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.text(text).eq_ignore_ascii_case("since"))
}

fn is_possessive(text: &str, toks: &[Token], end: usize) -> bool {
    toks.get(end)
        .is_some_and(|t| t.is_punct('\'') && !t.space_before)
        && toks
            .get(end + 1)
            .is_some_and(|t| !t.space_before && t.text(text).eq_ignore_ascii_case("s"))
}

fn needs_tense(form: &Form) -> bool {
    matches!(
        form,
        Form::Weekday {
            rel: WeekdayRel::Bare,
            ..
        } | Form::Date {
            year: YearSpec::Implicit,
            ..
        } | Form::YearPart {
            year: YearSpec::Implicit,
            ..
        } | Form::Holiday {
            year: YearSpec::Implicit,
            ..
        } | Form::TenseWeekend
    ) || matches!(form, Form::Clock { day: Some(d), .. } if needs_tense(d))
        || matches!(form, Form::DaysFrom { inner, .. } if needs_tense(inner))
}

/// The ISO week containing a date.
fn week_of(d: NaiveDate) -> TimeValue {
    TimeValue::week_of(d)
}

fn weekend_of(d: NaiveDate) -> TimeValue {
    let w = d.iso_week();
    TimeValue::Weekend {
        year: w.year(),
        week: w.week(),
    }
}

fn quarter_of(m: u32) -> u32 {
    (m - 1) / 3 + 1
}

/// Among `candidates` (ascending), the one the tense points to relative to
/// `anchor`: the latest not after it (past), the earliest not before it
/// (future), else the nearest. Candidates are (start, end, value).
fn by_tense<T: Clone>(
    cands: &[(NaiveDate, NaiveDate, T)],
    anchor: NaiveDate,
    tense: Tense,
) -> Option<T> {
    let distance = |(start, end, _): &(NaiveDate, NaiveDate, T)| {
        if anchor < *start {
            (*start - anchor).num_days()
        } else if anchor > *end {
            (anchor - *end).num_days()
        } else {
            0
        }
    };
    let past = cands.iter().rev().find(|(start, _, _)| *start <= anchor);
    let future = cands.iter().find(|(start, _, _)| *start > anchor);
    match tense {
        // In the past tense the latest such date not after the anchor, unless
        // a coming one is much nearer: "payable Jan. 2", "expires Nov. 21"
        // are deadlines even after a past-tense "said". Without a cue, lean
        // to the past the same way, less strongly.
        Tense::Past | Tense::Reported | Tense::Unknown | Tense::Present => {
            let bias = if matches!(tense, Tense::Unknown | Tense::Present) {
                2
            } else {
                4
            };
            // In the past tense only a single day within two months can be
            // such a deadline ("payable Jan. 2" after a past-tense verb); a
            // month stays in the past: "sales fell in January" in a December
            // paper is last January. The cost: "was born on January 5" in a
            // December paper reads as the coming January 5.
            let deadline_ok = |f: &(NaiveDate, NaiveDate, T)| {
                tense != Tense::Past || (f.0 == f.1 && distance(f) <= 62)
            };
            match (past, future) {
                (Some(p), Some(f)) if deadline_ok(f) && distance(f) * bias < distance(p) => {
                    Some(f.2.clone())
                }
                (Some(p), _) => Some(p.2.clone()),
                (None, f) => f.map(|c| c.2.clone()),
            }
        }
        // In the future tense the first such date not before the anchor,
        // unless it is the same day a year on and that day passed within the
        // week: "ordered to return the boy by Jan. 14" in a paper of Jan. 15
        // is yesterday's deadline; a writer meaning next year's would say so.
        Tense::Future => {
            let next = cands.iter().find(|(_, end, _)| *end >= anchor);
            match (past, next) {
                (Some(p), Some(n)) if p.0 == p.1 && distance(p) <= 7 && distance(n) > 300 => {
                    Some(p.2.clone())
                }
                (_, n) => n.map(|c| c.2.clone()),
            }
        }
    }
}

impl Ctx<'_> {
    /// The date to count from for `base`, and the anchor to report.
    fn base_date(&self, base: Base) -> Option<(NaiveDate, Anchor)> {
        if base == Base::Narrative && self.config.narrative_anchoring {
            if let Some((v, span)) = &self.narrative {
                if let Some((start, _)) = v.interval() {
                    return Some((start, Anchor::Narrative { span: *span }));
                }
            }
        }
        self.dct.map(|d| (d, Anchor::Publication))
    }

    fn form(&self, form: &Form) -> Option<Resolved> {
        use TimexType::*;
        Some(match form {
            Form::Date { year, month, day } => self.date(*year, *month, *day),
            Form::Value(v) => Resolved::new(v.clone(), Date, Anchor::None),
            Form::YearPart { year, part } => self.year_part(*year, *part),
            Form::Weekday { weekday, rel, part } => self.weekday(*weekday, *rel, *part),
            Form::Day { offset, base, part } => self.day(*offset, *base, *part),
            Form::Unit { unit, offset, base } => self.unit(*unit, *offset, *base),
            Form::TenseWeekend => self.tense_weekend(),
            Form::Holiday { holiday, year } => self.holiday(*holiday, *year),
            Form::Clock { hour, minute, day } => {
                let on = match day {
                    Some(d) => self
                        .form(d)?
                        .value
                        .interval()
                        .map(|(first, _)| (first, Anchor::Publication)),
                    None => self
                        .base_date(Base::Narrative)
                        .filter(|_| self.narrative_is_day()),
                };
                self.clock(
                    *hour,
                    *minute,
                    on.or_else(|| self.dct.map(|d| (d, Anchor::Publication))),
                )
            }
            Form::YearsBack {
                years,
                base,
                period,
            } => self.years_back(*years, *base, *period),
            Form::PrevYear(inner) => {
                let r = self.form(inner)?;
                match shift_year(&r.value, -1) {
                    Some(v) => Resolved::new(v, r.kind, r.anchor),
                    None => Resolved::unanchored(
                        "XXXX".into(),
                        r.kind,
                        r.note.as_deref().unwrap_or(NO_DCT),
                    ),
                }
            }
            Form::DaysFrom { days, inner } => {
                let r = self.form(inner)?;
                match r
                    .value
                    .interval()
                    .and_then(|(d, _)| calendar::add_days(d, *days))
                {
                    Some(d) => Resolved::new(TimeValue::Day(d), Date, r.anchor),
                    None => Resolved::unanchored(
                        "XXXX-XX-XX".into(),
                        Date,
                        r.note.as_deref().unwrap_or(NO_DCT),
                    ),
                }
            }
            Form::PeriodOfYear(year) => match self
                .reported_quarter
                .filter(|_| self.config.narrative_anchoring && !self.reported_months)
            {
                Some((_, quarter, span)) => Resolved::new(
                    TimeValue::Quarter {
                        year: *year,
                        quarter,
                    },
                    Date,
                    Anchor::Narrative { span },
                ),
                None => Resolved::new(TimeValue::Year(*year), Date, Anchor::None),
            },
            Form::LatestQuarter => match self.latest_quarter() {
                Some((year, quarter)) => Resolved::new(
                    TimeValue::Quarter { year, quarter },
                    Date,
                    Anchor::Publication,
                ),
                None => Resolved::unanchored("XXXX-QX".into(), Date, NO_DCT),
            },
            Form::WeekOf(inner) => {
                let r = self.form(inner)?;
                match r.value.interval() {
                    Some((first, _)) => Resolved::new(week_of(first), Date, r.anchor),
                    None => Resolved::unanchored(
                        "XXXX-WXX".into(),
                        Date,
                        r.note.as_deref().unwrap_or(NO_DCT),
                    ),
                }
            }
            Form::Duration(parts) => {
                Resolved::new(TimeValue::Duration(parts.clone()), Duration, Anchor::None)
            }
            Form::Set(v) => Resolved::new(v.clone(), Set, Anchor::None),
            Form::Reference(r) => {
                if !self.config.references {
                    return None;
                }
                Resolved::new(TimeValue::Reference(*r), Date, Anchor::Publication)
            }
            Form::Invalid(why) => Resolved::unanchored("XXXX-XX-XX".into(), Date, why),
        })
    }

    /// The quarter a company reporting at the DCT has just closed: the
    /// quarter of the date 45 days before it.
    fn latest_quarter(&self) -> Option<(i32, u32)> {
        let d = calendar::add_days(self.dct?, -45)?;
        Some((d.year(), quarter_of(d.month())))
    }

    /// "a year ago", "two years earlier", "the year-ago quarter". In
    /// business news these compare with the quarter being reported: the
    /// narrative's quarter if it has begun by the DCT, else the reported
    /// quarter when the narrative's date lies in it ("the quarter ended
    /// Sept. 30 … a year earlier") or the phrase names a period ("the
    /// year-ago quarter"); otherwise they name a year.
    fn years_back(&self, years: i64, base: Base, period: bool) -> Resolved {
        let shift = |y: i32| i32::try_from(years).ok().and_then(|n| y.checked_add(n));
        let narrative = self
            .narrative
            .as_ref()
            .filter(|_| self.config.narrative_anchoring);
        let begun = |v: &TimeValue| {
            v.interval()
                .zip(self.dct)
                .is_some_and(|((start, _), d)| start <= d)
        };
        // After "the first nine months", "the year-earlier period" is those
        // months a year back: a year, not a quarter.
        if period && self.reported_months && self.config.narrative_anchoring {
            return match self.dct.and_then(|d| shift(d.year())) {
                Some(y) => Resolved::new(TimeValue::Year(y), TimexType::Date, Anchor::Publication),
                None => Resolved::unanchored("XXXX".into(), TimexType::Date, NO_DCT),
            };
        }
        let reported = self
            .reported_quarter
            .filter(|_| self.config.narrative_anchoring);
        let within_reported = |v: &TimeValue| match (reported, v.interval()) {
            (Some((year, quarter, _)), Some((start, _))) => {
                start.year() == year && quarter_of(start.month()) == quarter
            }
            _ => false,
        };
        let quarter = match narrative {
            Some((v @ TimeValue::Quarter { year, quarter }, span)) if begun(v) => {
                Some((*year, *quarter, Anchor::Narrative { span: *span }))
            }
            Some((v, _)) if within_reported(v) || period => {
                reported.map(|(y, q, span)| (y, q, Anchor::Narrative { span }))
            }
            None if period => reported.map(|(y, q, span)| (y, q, Anchor::Narrative { span })),
            _ => None,
        }
        .or_else(|| {
            period
                .then(|| self.latest_quarter())
                .flatten()
                .map(|(y, q)| (y, q, Anchor::Publication))
        });
        if let Some((year, quarter, anchor)) = quarter {
            return match shift(year) {
                Some(year) => Resolved::new(
                    TimeValue::Quarter { year, quarter },
                    TimexType::Date,
                    anchor,
                ),
                None => Resolved::unanchored("XXXX-QX".into(), TimexType::Date, OUT_OF_RANGE),
            };
        }
        match self
            .base_date(base)
            .and_then(|(d, a)| Some((shift(d.year())?, a)))
        {
            Some((y, a)) => Resolved::new(TimeValue::Year(y), TimexType::Date, a),
            None => Resolved::unanchored("XXXX".into(), TimexType::Date, NO_DCT),
        }
    }

    fn date(&self, year: YearSpec, month: u32, day: Option<u32>) -> Resolved {
        let build = |y: i32| -> Option<TimeValue> {
            match day {
                Some(d) => NaiveDate::from_ymd_opt(y, month, d).map(TimeValue::Day),
                None => {
                    calendar::month_bounds(y, month).map(|_| TimeValue::Month { year: y, month })
                }
            }
        };
        let pattern = || match day {
            Some(d) => format!("XXXX-{month:02}-{d:02}"),
            None => format!("XXXX-{month:02}"),
        };
        match year {
            // "February 29, 2025": the day of a year that has none keeps its
            // month and day, not the year, so that the value still parses
            // as TIMEX3 (`XXXX-02-29`); the note names the year.
            YearSpec::Explicit(y) => match build(y) {
                Some(v) => Resolved::new(v, TimexType::Date, Anchor::None),
                None => {
                    Resolved::unanchored(pattern(), TimexType::Date, &format!("no such day in {y}"))
                }
            },
            YearSpec::Implicit
            | YearSpec::Relative(_)
            | YearSpec::Nearest(_)
            | YearSpec::Offset(_) => {
                let Some(dct) = self.dct else {
                    return Resolved::unanchored(pattern(), TimexType::Date, NO_DCT);
                };
                let y0 = dct.year();
                let shift = match year {
                    YearSpec::Relative(r) | YearSpec::Offset(r) => Some(r),
                    YearSpec::Nearest(r) if r != 0 => Some(nearest_year_shift(dct, month, r)),
                    _ => None,
                };
                if let Some(r) = shift {
                    return match i32::try_from(r)
                        .ok()
                        .and_then(|r| y0.checked_add(r))
                        .and_then(build)
                    {
                        Some(v) => Resolved::new(v, TimexType::Date, Anchor::Publication),
                        None => Resolved::unanchored(pattern(), TimexType::Date, OUT_OF_RANGE),
                    };
                }
                let cands: Vec<(NaiveDate, NaiveDate, TimeValue)> = [y0 - 1, y0, y0 + 1]
                    .into_iter()
                    .filter_map(|y| {
                        let v = build(y)?;
                        let (a, b) = v.interval()?;
                        Some((a, b, v))
                    })
                    .collect();
                match by_tense(&cands, dct, self.tense) {
                    Some(v) => Resolved::new(v, TimexType::Date, Anchor::Publication),
                    None => Resolved::unanchored(
                        pattern(),
                        TimexType::Date,
                        "no such day near the publication date",
                    ),
                }
            }
        }
    }

    fn year_part(&self, year: YearSpec, part: YearPart) -> Resolved {
        let build = |y: i32| match part {
            YearPart::Quarter(q) => TimeValue::Quarter {
                year: y,
                quarter: q,
            },
            YearPart::Half(h) => TimeValue::Half { year: y, half: h },
            YearPart::Season(s) => TimeValue::Season { year: y, season: s },
        };
        let pattern = || build(0).to_string().replacen("0000", "XXXX", 1);
        match year {
            YearSpec::Explicit(y) => Resolved::new(build(y), TimexType::Date, Anchor::None),
            YearSpec::Offset(r) => match self
                .dct
                .and_then(|d| d.year().checked_add(i32::try_from(r).ok()?))
            {
                Some(y) => Resolved::new(build(y), TimexType::Date, Anchor::Publication),
                None => Resolved::unanchored(pattern(), TimexType::Date, NO_DCT),
            },
            YearSpec::Relative(r) | YearSpec::Nearest(r) => match self.dct {
                Some(dct) => {
                    let y0 = season_year(dct, part);
                    let cands: Vec<(NaiveDate, NaiveDate, TimeValue)> = (y0 - 2..=y0 + 2)
                        .filter_map(|y| {
                            let v = build(y);
                            let (a, b) = v.interval()?;
                            Some((a, b, v))
                        })
                        .collect();
                    // "last summer": the latest one over before the DCT;
                    // "next winter": the first one to start after it;
                    // "this winter": the one of the DCT's (season) year.
                    let v = match r {
                        r if r < 0 => cands.iter().rev().find(|c| c.1 < dct).map(|c| c.2.clone()),
                        r if r > 0 => cands.iter().find(|c| c.0 > dct).map(|c| c.2.clone()),
                        _ => Some(build(y0)),
                    };
                    match v {
                        Some(v) => Resolved::new(v, TimexType::Date, Anchor::Publication),
                        None => Resolved::unanchored(pattern(), TimexType::Date, OUT_OF_RANGE),
                    }
                }
                None => Resolved::unanchored(pattern(), TimexType::Date, NO_DCT),
            },
            YearSpec::Implicit => match self.dct {
                Some(dct) => {
                    let y0 = dct.year();
                    let cands: Vec<_> = [y0 - 1, y0, y0 + 1]
                        .into_iter()
                        .filter_map(|y| {
                            let v = build(y);
                            let (a, b) = v.interval()?;
                            Some((a, b, v))
                        })
                        .collect();
                    // A quarter closed within the last three months is still
                    // being reported on: "will report third-quarter results"
                    // in October is this year's third quarter.
                    let just_closed = matches!(part, YearPart::Quarter(_))
                        && cands
                            .iter()
                            .any(|(_, end, _)| *end < dct && (dct - *end).num_days() <= 92);
                    let tense = if self.tense == Tense::Future && just_closed {
                        Tense::Unknown
                    } else {
                        self.tense
                    };
                    match by_tense(&cands, dct, tense) {
                        Some(v) => Resolved::new(v, TimexType::Date, Anchor::Publication),
                        None => Resolved::unanchored(pattern(), TimexType::Date, OUT_OF_RANGE),
                    }
                }
                None => Resolved::unanchored(pattern(), TimexType::Date, NO_DCT),
            },
        }
    }

    fn weekday(&self, weekday: Weekday, rel: WeekdayRel, part: Option<DayPart>) -> Resolved {
        let kind = if part.is_some() {
            TimexType::Time
        } else {
            TimexType::Date
        };
        let base = match rel {
            WeekdayRel::Following | WeekdayRel::Previous | WeekdayRel::That => Base::Narrative,
            _ => Base::Dct,
        };
        let Some((anchor_date, anchor)) = self.base_date(base) else {
            let mut p = format!("XXXX-WXX-{}", weekday.number_from_monday());
            if let Some(part) = part {
                p.push('T');
                p.push_str(part.code());
            }
            return Resolved::unanchored(p, kind, NO_DCT);
        };
        let date = match rel {
            WeekdayRel::Bare => match self.tense {
                // "will meet on Wednesday" in a Wednesday paper is that day.
                // "the vote is on Sunday": a present copula names a day to come.
                Tense::Future | Tense::Present => {
                    calendar::weekday_on_or_after(anchor_date, weekday)
                }
                _ => calendar::weekday_on_or_before(anchor_date, weekday),
            },
            WeekdayRel::Last | WeekdayRel::Previous => calendar::add_days(anchor_date, -1)
                .and_then(|d| calendar::weekday_on_or_before(d, weekday)),
            WeekdayRel::Next | WeekdayRel::Following => {
                calendar::weekday_after(anchor_date, weekday)
            }
            WeekdayRel::This => calendar::weekday_in_week(anchor_date, weekday),
            WeekdayRel::That => calendar::weekday_on_or_after(anchor_date, weekday),
        };
        match date {
            Some(d) => Resolved::new(with_part(d, part), kind, anchor),
            None => Resolved::unanchored("XXXX-XX-XX".into(), kind, OUT_OF_RANGE),
        }
    }

    fn day(&self, offset: i64, base: Base, part: Option<DayPart>) -> Resolved {
        let kind = if part.is_some() {
            TimexType::Time
        } else {
            TimexType::Date
        };
        // "the next day" counts from a day, not from a year or a week the
        // narrative named: without one it counts from the DCT.
        let base = if base == Base::Narrative && !self.narrative_is_day() {
            Base::Dct
        } else {
            base
        };
        let Some((d, anchor)) = self.base_date(base) else {
            let mut p = "XXXX-XX-XX".to_string();
            if let Some(part) = part {
                p.push('T');
                p.push_str(part.code());
            }
            return Resolved::unanchored(p, kind, NO_DCT);
        };
        match calendar::add_days(d, offset) {
            Some(d) => Resolved::new(with_part(d, part), kind, anchor),
            None => Resolved::unanchored("XXXX-XX-XX".into(), kind, OUT_OF_RANGE),
        }
    }

    fn unit(&self, unit: CalUnit, offset: i64, base: Base) -> Resolved {
        let Some((d, anchor)) = self.base_date(base) else {
            let p = match unit {
                CalUnit::Day => "XXXX-XX-XX",
                CalUnit::Week => "XXXX-WXX",
                CalUnit::Weekend => "XXXX-WXX-WE",
                CalUnit::Month => "XXXX-XX",
                CalUnit::Quarter => "XXXX-QX",
                CalUnit::Year => "XXXX",
                CalUnit::Decade => "XXX",
                CalUnit::Century => "XX",
            };
            return Resolved::unanchored(p.into(), TimexType::Date, NO_DCT);
        };
        let value = (|| -> Option<TimeValue> {
            let off32 = i32::try_from(offset).ok()?;
            Some(match unit {
                CalUnit::Day => TimeValue::Day(calendar::add_days(d, offset)?),
                CalUnit::Week => week_of(calendar::add_days(d, offset.checked_mul(7)?)?),
                CalUnit::Weekend => weekend_of(calendar::add_days(d, offset.checked_mul(7)?)?),
                CalUnit::Month => {
                    let (y, m) = calendar::add_months(d.year(), d.month(), offset)?;
                    calendar::month_bounds(y, m)?;
                    TimeValue::Month { year: y, month: m }
                }
                CalUnit::Quarter => {
                    let (y, m) = calendar::add_months(d.year(), d.month(), offset.checked_mul(3)?)?;
                    TimeValue::Quarter {
                        year: y,
                        quarter: quarter_of(m),
                    }
                }
                CalUnit::Year => TimeValue::Year(d.year().checked_add(off32)?),
                CalUnit::Decade => TimeValue::Decade(d.year().div_euclid(10).checked_add(off32)?),
                CalUnit::Century => {
                    TimeValue::Century(d.year().div_euclid(100).checked_add(off32)?)
                }
            })
        })();
        match value {
            Some(v) if v.is_anchored() => Resolved::new(v, TimexType::Date, anchor),
            _ => Resolved::unanchored("XXXX".into(), TimexType::Date, OUT_OF_RANGE),
        }
    }

    /// "the weekend": the last one in the past tense, the coming one in the
    /// future tense; on a weekend day, that weekend.
    fn tense_weekend(&self) -> Resolved {
        let Some(dct) = self.dct else {
            return Resolved::unanchored("XXXX-WXX-WE".into(), TimexType::Date, NO_DCT);
        };
        let on_weekend = matches!(dct.weekday(), Weekday::Sat | Weekday::Sun);
        // On a weekend day, or in the future tense, the weekend of this
        // week; otherwise the last one.
        let d = if on_weekend || self.tense == Tense::Future {
            Some(dct)
        } else {
            calendar::add_days(dct, -7)
        };
        match d {
            Some(d) => Resolved::new(weekend_of(d), TimexType::Date, Anchor::Publication),
            None => Resolved::unanchored("XXXX-WXX-WE".into(), TimexType::Date, OUT_OF_RANGE),
        }
    }

    fn holiday(&self, h: Holiday, year: YearSpec) -> Resolved {
        let on = |y: i32| -> Option<NaiveDate> {
            match h {
                Holiday::Christmas => NaiveDate::from_ymd_opt(y, 12, 25),
                Holiday::ChristmasEve => NaiveDate::from_ymd_opt(y, 12, 24),
                Holiday::NewYearsDay => NaiveDate::from_ymd_opt(y, 1, 1),
                Holiday::NewYearsEve => NaiveDate::from_ymd_opt(y, 12, 31),
                Holiday::Thanksgiving => calendar::nth_weekday_of_month(y, 11, Weekday::Thu, 4),
                Holiday::Easter => calendar::easter(y),
                Holiday::Halloween => NaiveDate::from_ymd_opt(y, 10, 31),
                Holiday::IndependenceDay => NaiveDate::from_ymd_opt(y, 7, 4),
                Holiday::LaborDay => calendar::nth_weekday_of_month(y, 9, Weekday::Mon, 1),
                Holiday::ElectionDay => calendar::nth_weekday_of_month(y, 11, Weekday::Mon, 1)
                    .and_then(|d| calendar::add_days(d, 1)),
                Holiday::MemorialDay => calendar::nth_weekday_of_month(y, 5, Weekday::Mon, -1),
                Holiday::ValentinesDay => NaiveDate::from_ymd_opt(y, 2, 14),
                Holiday::GoodFriday => calendar::easter(y).and_then(|d| calendar::add_days(d, -2)),
                Holiday::VeteransDay => NaiveDate::from_ymd_opt(y, 11, 11),
                Holiday::BoxingDay => NaiveDate::from_ymd_opt(y, 12, 26),
                Holiday::BastilleDay => NaiveDate::from_ymd_opt(y, 7, 14),
                // None in common years: the nearest leap year's is chosen.
                Holiday::LeapDay => NaiveDate::from_ymd_opt(y, 2, 29),
            }
        };
        match year {
            YearSpec::Explicit(y) => match on(y) {
                Some(d) => Resolved::new(TimeValue::Day(d), TimexType::Date, Anchor::None),
                None => Resolved::unanchored("XXXX-XX-XX".into(), TimexType::Date, OUT_OF_RANGE),
            },
            _ => {
                let Some(dct) = self.dct else {
                    // A fixed-date holiday keeps its month and day.
                    let fixed = [2000, 2001].map(|y| on(y).map(|d| (d.month(), d.day())));
                    let p = match fixed {
                        [Some(a), Some(b)] if a == b => format!("XXXX-{:02}-{:02}", a.0, a.1),
                        _ => "XXXX-XX-XX".into(),
                    };
                    return Resolved::unanchored(p, TimexType::Date, NO_DCT);
                };
                let y0 = dct.year();
                let reach = if h == Holiday::LeapDay { 4 } else { 1 };
                let cands: Vec<_> = (y0 - reach..=y0 + reach)
                    .filter_map(|y| on(y).map(|d| (d, d, d)))
                    .collect();
                match by_tense(&cands, dct, self.tense) {
                    Some(d) => {
                        Resolved::new(TimeValue::Day(d), TimexType::Date, Anchor::Publication)
                    }
                    None => {
                        Resolved::unanchored("XXXX-XX-XX".into(), TimexType::Date, OUT_OF_RANGE)
                    }
                }
            }
        }
    }

    /// True when the narrative's last date is a single day (a clock time
    /// without a day belongs to it: "was shot at 10 p.m.").
    fn narrative_is_day(&self) -> bool {
        matches!(
            self.narrative,
            Some((
                TimeValue::Day(_) | TimeValue::DayPart(..) | TimeValue::Time { .. },
                _
            ))
        )
    }

    fn clock(&self, hour: u32, minute: u32, on: Option<(NaiveDate, Anchor)>) -> Resolved {
        let Some((dct, anchor)) = on else {
            return Resolved::unanchored(
                format!("XXXX-XX-XXT{hour:02}:{minute:02}"),
                TimexType::Time,
                NO_DCT,
            );
        };
        let (date, hour) = if hour >= 24 {
            (calendar::add_days(dct, 1).unwrap_or(dct), 0)
        } else {
            (dct, hour)
        };
        Resolved::new(
            TimeValue::Time {
                date,
                hour: hour as u8,
                minute: minute as u8,
            },
            TimexType::Time,
            anchor,
        )
    }
}

/// TIMEX3 writes years with four digits: values outside 0000–9999 cannot be
/// written, so they are reported as unanchored.
/// The year shift for "last <month>" (`dir` < 0) or "next <month>" (`dir` >
/// 0): the nearest such month before or after the DCT's, skipping the adjacent
/// one, which has its own words ("last month", "this December"). So "last
/// April" in November 1989 is 1989-04, "last February" on 1 March 1998 is
/// 1997-02.
fn nearest_year_shift(dct: NaiveDate, month: u32, dir: i64) -> i64 {
    let now = i64::from(dct.month()) - 1;
    let m = i64::from(month) - 1;
    let steps = if dir < 0 { now - m } else { m - now }.rem_euclid(12);
    let steps = if steps < 2 { steps + 12 } else { steps };
    let target = now + dir.signum() * steps;
    target.div_euclid(12)
}

fn in_timex_range(v: &TimeValue) -> bool {
    match v {
        // Not calendar values: always writable.
        TimeValue::Duration(_) | TimeValue::Reference(_) | TimeValue::Unanchored(_) => true,
        // A calendar value must have days chrono can name, in years 0–9999.
        _ => v
            .interval()
            .is_some_and(|(a, b)| a.year() >= 0 && b.year() <= 9999),
    }
}

/// The same calendar value `years` years later (earlier when negative):
/// 1989-Q3 → 1988-Q3. Values that are not a date or a period of a year
/// have no such shift.
fn shift_year(v: &TimeValue, years: i32) -> Option<TimeValue> {
    let mut v = v.clone();
    match &mut v {
        TimeValue::Quarter { year, .. }
        | TimeValue::Half { year, .. }
        | TimeValue::Season { year, .. }
        | TimeValue::Month { year, .. }
        | TimeValue::Year(year) => *year = year.checked_add(years)?,
        TimeValue::Day(d) => *d = d.with_year(d.year().checked_add(years)?)?,
        _ => return None,
    }
    Some(v)
}

fn with_part(d: NaiveDate, part: Option<DayPart>) -> TimeValue {
    match part {
        Some(p) => TimeValue::DayPart(d, p),
        None => TimeValue::Day(d),
    }
}

/// The year a season or year part "of this year" belongs to: in January and
/// February, "this winter" is the one that began in December.
fn season_year(dct: NaiveDate, part: YearPart) -> i32 {
    match part {
        YearPart::Season(Season::Winter) if dct.month() <= 2 => dct.year() - 1,
        _ => dct.year(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::temporal::{tag_with, TagConfig};

    fn values(text: &str, narrative_anchoring: bool) -> Vec<String> {
        let dct = NaiveDate::from_ymd_opt(1989, 10, 30);
        let config = TagConfig {
            narrative_anchoring,
            ..TagConfig::default()
        };
        tag_with(text, dct, &config)
            .iter()
            .map(|m| m.value.to_string())
            .collect()
    }

    /// Comparisons with the reported quarter are narrative anchoring: with
    /// it off, "the 1988 period" and "a year earlier" name years.
    #[test]
    fn reported_quarter_follows_narrative_anchoring() {
        let text = "Profit rose in the third quarter. In the 1988 period, it was $2 million a year earlier.";
        assert_eq!(values(text, true), ["1989-Q3", "1988-Q3", "1988-Q3"]);
        assert_eq!(values(text, false), ["1989-Q3", "1988", "1988"]);
    }
}
