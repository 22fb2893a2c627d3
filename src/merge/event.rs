//! The merged event and its claims.

use serde::{Deserialize, Serialize};

use crate::extract::{EventClass, EventMention, EventStatus};
use crate::TimeValue;

/// What one or more sources say about one attribute of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The value claimed: a TIMEX3 value for dates and durations, a place
    /// list for places.
    pub value: String,
    /// A qualifier, such as `MORE_THAN` for "over four hours".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
    /// The articles that make the claim, sorted.
    pub articles: Vec<String>,
    /// How many independent sources make it (copies of one report count once).
    pub sources: usize,
    /// How many mentions make it.
    pub mentions: usize,
}

/// A disagreement between sources about one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventConflict {
    /// `date`, `duration`, `count` or `place`.
    pub kind: String,
    /// The claims on each side, best supported first.
    pub claims: Vec<Claim>,
}

/// One real-world event, with every mention and claim behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Class of its triggers.
    pub class: EventClass,
    /// The most common lemma of its triggers.
    pub lemma: String,
    /// Denied if every mention denies it; else occurred if any mention tells
    /// it as a fact; else reported if any reports it; else planned.
    pub status: EventStatus,
    /// People and organisations, canonical names, sorted by how often named.
    pub actors: Vec<String>,
    /// Places, canonical names.
    pub places: Vec<String>,
    /// The best-supported, most specific date, or none.
    pub date: Option<TimeValue>,
    /// True when the date comes from explicit text, false when only the
    /// narrative or the publication date gave it.
    pub date_explicit: bool,
    /// Date claims of explicit mentions.
    pub date_claims: Vec<Claim>,
    /// Duration claims.
    pub duration_claims: Vec<Claim>,
    /// Where sources disagree: date, duration, count and place conflicts.
    pub conflicts: Vec<EventConflict>,
    /// Every mention, in (article, position) order.
    pub mentions: Vec<EventMention>,
    /// Quoted phrases of its statements.
    pub quotes: Vec<String>,
}

impl Event {
    /// A one-line summary: "Steve Witkoff, Jared Kushner and Vladimir Putin
    /// meet (Kremlin, Moscow)".
    pub fn summary(&self) -> String {
        let who = join_names(&self.actors, 3);
        // "French and Swiss officials hold talks": a group named by a plural
        // common noun takes a plural verb.
        let plural = self.actors.len() > 1
            || self.actors.first().is_some_and(|a| {
                a.rsplit(' ').next().is_some_and(|w| {
                    w.ends_with('s')
                        && !w.ends_with("ss")
                        && w.chars().all(|c| c.is_lowercase() || c == '\'')
                })
            });
        let what = match self.class {
            EventClass::Meeting => match self.actors.len() {
                0 => "talks".to_string(),
                1 if plural => "hold talks".to_string(),
                1 => "holds talks".to_string(),
                _ => "meet".to_string(),
            },
            EventClass::Statement => match (self.quotes.first(), plural) {
                (Some(q), false) => format!("says “{}”", shorten(q, 60)),
                (Some(q), true) => format!("say “{}”", shorten(q, 60)),
                (None, false) => "makes a statement".to_string(),
                (None, true) => "make a statement".to_string(),
            },
            _ if plural || self.actors.is_empty() => self.lemma.clone(),
            _ => third_person(&self.lemma),
        };
        let mut s = if who.is_empty() {
            capitalise(&what)
        } else {
            format!("{who} {what}")
        };
        if !self.places.is_empty() {
            s.push_str(&format!(" ({})", self.places.join(", ")));
        }
        s
    }
}

/// "resign" → "resigns", "dismiss" → "dismisses", "fly" → "flies".
fn third_person(verb: &str) -> String {
    if verb.ends_with('s') || verb.ends_with("sh") || verb.ends_with("ch") || verb.ends_with('x') {
        format!("{verb}es")
    } else if let Some(stem) = verb.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{verb}s")
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(i) => format!("{}…", &cut[..i]),
        None => format!("{cut}…"),
    }
}

fn join_names(names: &[String], max: usize) -> String {
    let shown: Vec<&str> = names.iter().take(max).map(String::as_str).collect();
    let extra = names.len().saturating_sub(max);
    let mut s = match shown.as_slice() {
        [] => String::new(),
        [a] => a.to_string(),
        [init @ .., last] if extra == 0 => format!("{} and {}", init.join(", "), last),
        all => all.join(", "),
    };
    if extra > 0 {
        s.push_str(&format!(" and {extra} more"));
    }
    s
}
