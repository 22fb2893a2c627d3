//! Event mentions: what happened, who took part, where, when, and whether it
//! happened, is planned or is only reported.
//!
//! [`extract`] reads one article (its tokens, sentences and resolved
//! temporal expressions) and returns its [`EventMention`]s. Triggers come from
//! a lexicon of news event words with a lemma and an [`EventClass`]; actors
//! and places are capitalised names found around the trigger, with titles
//! folded and aliases resolved within the article ([`entities`]); the time is
//! the temporal expression that governs the clause, else the sentence's,
//! else the narrative's, else the publication date, and [`TimeSource`] says
//! which.
//!
//! [`Extracted`] is one article's result without its text (identity, date,
//! sketch, mentions): the record `timeweave extract` writes and `timeweave
//! merge` reads.

pub mod entities;
mod lexicon;
mod mention;
pub mod places;
mod record;

pub use mention::extract;
pub(crate) use mention::extract_with_sketch;
pub use record::{extract_all, Extracted, ExtractedArticle};

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::temporal::Modifier;
use crate::{Span, TimeValue};

/// The kind of event a trigger names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventClass {
    /// met, meeting, talks, summit, session, visit with someone.
    Meeting,
    /// said, told, announced, warned, interview.
    Statement,
    /// travel, flew, arrived, returned, trip.
    Movement,
    /// resigned, appointed, dismissed, fired.
    Personnel,
    /// signed, agreed, deal, accord, ceasefire.
    Agreement,
    /// attacked, strike, bombing, invasion.
    Conflict,
    /// Anything else: searched, arrested, voted, recalled, evacuated.
    Other,
}

impl EventClass {
    /// The lower-case name used in output.
    pub const fn as_str(self) -> &'static str {
        match self {
            EventClass::Meeting => "meeting",
            EventClass::Statement => "statement",
            EventClass::Movement => "movement",
            EventClass::Personnel => "personnel",
            EventClass::Agreement => "agreement",
            EventClass::Conflict => "conflict",
            EventClass::Other => "other",
        }
    }
}

/// Whether an event happened, according to the mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// Told as a fact: "met on Tuesday".
    Occurred,
    /// Told through someone's words: "X said that they met".
    Reported,
    /// In the future: "will meet", "is scheduled to", "invited … to".
    Planned,
    /// Denied: "did not meet".
    Negated,
}

impl EventStatus {
    /// The lower-case name used in output.
    pub const fn as_str(self) -> &'static str {
        match self {
            EventStatus::Occurred => "occurred",
            EventStatus::Reported => "reported",
            EventStatus::Planned => "planned",
            EventStatus::Negated => "negated",
        }
    }
}

/// Where an event mention's time comes from, most to least reliable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeSource {
    /// A temporal expression in the trigger's own clause.
    Clause,
    /// The sentence's only date.
    Sentence,
    /// The last date the article mentioned before the sentence.
    Narrative,
    /// The publication date: a guess, with low confidence.
    Publication,
}

impl TimeSource {
    /// True for times read from the text (clause or sentence), which can
    /// support or contradict another source.
    pub const fn is_explicit(self) -> bool {
        matches!(self, TimeSource::Clause | TimeSource::Sentence)
    }
}

/// When an event mention happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventTime {
    /// The resolved value.
    pub value: TimeValue,
    /// The temporal expression, as written (none for the publication date).
    pub text: Option<String>,
    /// Its span in the article.
    pub span: Option<Span>,
    /// Where the time comes from.
    pub source: TimeSource,
}

/// A length of time the mention states for the event ("lasted over four
/// hours", "a five-hour meeting").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DurationAttribute {
    /// The duration, e.g. `PT4H`.
    pub value: TimeValue,
    /// "over", "nearly"…
    pub modifier: Option<Modifier>,
    /// As written.
    pub text: String,
    /// Where.
    pub span: Span,
}

/// A number the mention states for the event: how many took part or were
/// affected ("about 1,400 dockworkers walked out", "recalled 48,000
/// scooters", "diverted two vessels").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountAttribute {
    /// The number.
    pub value: u64,
    /// What is counted, as written ("dockworkers").
    pub what: String,
    /// Hedged by "about", "nearly", "more than"…
    pub approximate: bool,
    /// As written ("about 1,400 dockworkers").
    pub text: String,
    /// Where.
    pub span: Span,
}

/// One mention of an event in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventMention {
    /// Id of the article.
    pub article: String,
    /// 0-based index of the sentence in the article.
    pub sentence: usize,
    /// Span of the sentence.
    pub sentence_span: Span,
    /// Span of the trigger word.
    pub trigger_span: Span,
    /// The trigger as written ("met", "conference").
    pub trigger: String,
    /// Its lemma ("meet"): the lexicon's own, borrowed; owned when read back
    /// from JSON.
    pub lemma: Cow<'static, str>,
    /// Its class.
    pub class: EventClass,
    /// People and organisations taking part, by canonical name.
    pub actors: Vec<String>,
    /// Places, by canonical name.
    pub places: Vec<String>,
    /// When.
    pub time: EventTime,
    /// Happened, reported, planned or denied.
    pub status: EventStatus,
    /// A stated duration.
    pub duration: Option<DurationAttribute>,
    /// Stated counts of those taking part or affected.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub counts: Vec<CountAttribute>,
    /// Quoted phrases in the sentence (for statements).
    pub quotes: Vec<String>,
    /// Trigger spans, in the same article, of mentions the text says came
    /// before this one ("the talks followed a meeting").
    pub after: Vec<Span>,
}
