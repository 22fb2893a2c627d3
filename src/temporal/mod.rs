//! Temporal expressions: find them in text and resolve them to calendar values.
//!
//! [`tag`] scans a text for every temporal expression (dates, times,
//! durations, sets) and resolves each against an anchor: the publication date
//! (document creation time, DCT) for deictic expressions such as "last week" or
//! "on Tuesday", or the last date the narrative mentioned for anaphoric ones
//! such as "the next day" or "earlier that week". The result is a list of
//! [`TemporalMention`]s in text order, each with its byte span, its TIMEX3 type
//! and [`TimeValue`], what it was anchored to and the rule that fired.
//!
//! # How it works
//!
//! 1. The text is split into word, number and punctuation tokens that keep byte
//!    offsets into the original; typography (curly quotes, U+2011 and other
//!    dashes, no-break spaces) is folded while tokenising, so "five‑hour" and
//!    "five-hour" match the same rule without copying the text.
//! 2. At each token that can start an expression (a month name, a weekday, a
//!    number, "last", "today"…) the recogniser tries its patterns and keeps
//!    the longest match. Patterns produce a small semantic form ("weekday
//!    Tuesday, part evening", "month 12, day 4, no year").
//! 3. The resolver turns the form into a value, reading the clause's tense for
//!    bare weekdays and year-less dates: the most recent such day on or before
//!    the DCT unless the clause speaks of the future ("will", "is scheduled
//!    to", "is set to", "plans to", "slated to"). On TimeML news corpora the
//!    past-or-same-day reading is right for about 89% of bare weekdays; the
//!    tense cue recovers most of the rest.
//!
//! ```
//! use chrono::NaiveDate;
//! use timeweave::temporal::tag;
//!
//! let dct = NaiveDate::from_ymd_opt(2025, 12, 3).unwrap();
//! let found = tag("Witkoff met Putin on Tuesday and will travel to Miami on Thursday.", Some(dct));
//! let values: Vec<String> = found.iter().map(|m| m.value.to_string()).collect();
//! assert_eq!(values, ["2025-12-02", "2025-12-04"]);
//! ```

pub(crate) mod calendar;
mod lexicon;
mod recognize;
mod resolve;
mod tense;
mod value;

pub use value::{
    DayPart, DurationPart, DurationUnit, ParseValueError, Reference, Season, TimeValue,
};

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Span;

/// The TIMEX3 type of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period: "December 2", "last week", "2025".
    Date,
    /// A time of day: "3:45 p.m.", "Tuesday evening".
    Time,
    /// A length of time: "five hours", "nearly four-year".
    Duration,
    /// A recurrence: "every week", "weekly".
    Set,
}

impl TimexType {
    /// The TIMEX3 name: `DATE`, `TIME`, `DURATION`, `SET`.
    pub const fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// A TIMEX3 `mod`: how the expression qualifies its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Modifier {
    /// "early December".
    Start,
    /// "mid-December".
    Mid,
    /// "late November".
    End,
    /// "about five hours".
    Approx,
    /// "more than four hours", "over four hours".
    MoreThan,
    /// "less than a week".
    LessThan,
    /// "nearly four years", "up to 180 days".
    EqualOrLess,
    /// "at least four hours".
    EqualOrMore,
}

/// What a relative expression was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Anchor {
    /// Nothing: the expression is absolute ("Dec. 2, 2025") or a duration.
    None,
    /// The publication date (DCT).
    Publication,
    /// An earlier date in the narrative, at this span.
    Narrative {
        /// The span of the mention that served as anchor.
        span: Span,
    },
    /// The expression needed an anchor and there was none; the value keeps
    /// `X` placeholders.
    Missing,
}

/// One temporal expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemporalMention {
    /// Byte span in the text.
    pub span: Span,
    /// The text of the span, as written.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The resolved value.
    pub value: TimeValue,
    /// TIMEX3 `mod`, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<Modifier>,
    /// What the value was resolved against.
    pub anchor: Anchor,
    /// The name of the rule that recognised and resolved it (a name of the
    /// tagger's own, borrowed; owned when read back from JSON).
    pub rule: Cow<'static, str>,
    /// Why the value is unanchored or approximate, when it is.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub note: Option<String>,
}

/// Options for [`tag_with`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TagConfig {
    /// Resolve anaphoric expressions ("the next day", "earlier that week")
    /// against the last date the narrative mentioned. On by default; off, they
    /// resolve against the publication date.
    pub narrative_anchoring: bool,
    /// Report vague references ("now", "recently", "formerly") as
    /// `PRESENT_REF`/`PAST_REF`. On by default.
    pub references: bool,
}

impl Default for TagConfig {
    fn default() -> Self {
        TagConfig {
            narrative_anchoring: true,
            references: true,
        }
    }
}

/// Finds and resolves every temporal expression in `text`, with the default
/// [`TagConfig`]. `dct` is the publication date; without one, relative
/// expressions stay unanchored (`XXXX-WXX-2`) rather than guessed.
///
/// See the [module docs](self) for an example.
pub fn tag(text: &str, dct: Option<NaiveDate>) -> Vec<TemporalMention> {
    tag_with(text, dct, &TagConfig::default())
}

/// [`tag`] with explicit options.
///
/// ```
/// use chrono::NaiveDate;
/// use timeweave::temporal::{tag_with, TagConfig};
///
/// let dct = NaiveDate::from_ymd_opt(2025, 12, 5).unwrap();
/// let mut config = TagConfig::default();
/// config.narrative_anchoring = false;
/// let found = tag_with("On Dec. 2 they met. The next day they talked.", Some(dct), &config);
/// assert_eq!(found[1].value.to_string(), "2025-12-06");
/// ```
pub fn tag_with(text: &str, dct: Option<NaiveDate>, config: &TagConfig) -> Vec<TemporalMention> {
    let tokens = crate::segment::tokenize(text);
    let sentences = crate::segment::sentences_from_tokens(text, &tokens);
    let cues = Cues::new(tokens.len());
    tag_tokens(text, &tokens, &sentences, &cues, dct, config)
}

/// [`tag_with`] on a text already split into tokens and sentences (by
/// [`tokenize`](crate::segment::tokenize) and
/// [`sentences_from_tokens`](crate::segment::sentences_from_tokens)), with
/// the tense cues its caller shares.
pub(crate) fn tag_tokens(
    text: &str,
    tokens: &[crate::segment::Token],
    sentences: &[crate::segment::Sentence],
    cues: &Cues,
    dct: Option<NaiveDate>,
    config: &TagConfig,
) -> Vec<TemporalMention> {
    let found = recognize::recognize(text, tokens);
    resolve::resolve(text, tokens, sentences, cues, found, dct, config)
}

/// True for month and weekday names and day words ("Today"): capitalised,
/// they still name times, not entities.
pub(crate) fn is_temporal_word(word: &str) -> bool {
    use lexicon::{Kw, Lex};
    let lex = lexicon::lookup(word);
    matches!(
        lex,
        Lex::Month {
            ambiguous: false,
            ..
        } | Lex::Weekday { .. }
            | Lex::Weekdays(_)
            | Lex::Kw(
                Kw::Today
                    | Kw::Yesterday
                    | Kw::Tomorrow
                    | Kw::Tonight
                    | Kw::Christmas
                    | Kw::Easter
                    | Kw::Thanksgiving
            )
    ) || matches!(lex, Lex::Month { .. }) && word.len() > 3
}

pub(crate) use tense::{Cues, Tense as ClauseTense};

/// The tense of the clause around tokens `first..end` in a sentence, as the
/// resolver reads it (for event status).
pub(crate) fn clause_tense_of(
    text: &str,
    toks: &[crate::segment::Token],
    cues: &Cues,
    sent_first: usize,
    sent_end: usize,
    first: usize,
    end: usize,
) -> ClauseTense {
    tense::clause_tense(text, toks, cues, sent_first, sent_end, first, end)
}
