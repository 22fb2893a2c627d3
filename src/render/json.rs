//! The JSON timeline: the stable public schema.
//!
//! ```text
//! {"articles": [{"id", "source", "published"}],
//!  "events": [{"id", "date", "status", "summary", "actors", "places",
//!              "mentions": [{"article", "sentence", "start", "end", "text", "date", "date_text"}]}],
//!  "relations": [{"from", "to", "kind"}],
//!  "conflicts": [{"event", "kind", "claims": [{"value", "articles"}]}]}
//! ```
//! Events are in timeline order; `date` is a TIMEX3 value or null; mention
//! `start`/`end` are the byte span of the trigger in its article's text and
//! `sentence` its 0-based sentence index. Extra fields: `class`,
//! `date_explicit`, `durations` on events; `source_group` on articles;
//! `date_source`, `status` and (when stated) `counts` (`value`, `what`,
//! `approximate`, `text`) on mentions; `evidence` on relations; `modifier`,
//! `sources` on claims; `events` on order conflicts.

use serde::Serialize;
use serde_json::{json, Value};

use crate::extract::{CountAttribute, EventClass, EventMention, EventStatus, TimeSource};
use crate::graph::{Relation, Timeline};

/// The document, fields in key order: the same bytes whether written
/// straight from these structs or through a [`Value`], whose maps sort
/// their keys. Events and their mentions, nearly all of the output, are
/// written without building a map per object.
#[derive(Serialize)]
struct Doc<'a> {
    articles: Vec<Value>,
    conflicts: Vec<Value>,
    events: Vec<EventOut<'a>>,
    relations: Vec<Value>,
}

#[derive(Serialize)]
struct EventOut<'a> {
    actors: &'a [String],
    class: EventClass,
    date: Option<String>,
    date_explicit: bool,
    /// Claims as values, so that their keys are in order too.
    durations: Value,
    id: &'a str,
    mentions: Vec<MentionOut<'a>>,
    places: &'a [String],
    status: EventStatus,
    summary: String,
}

#[derive(Serialize)]
struct MentionOut<'a> {
    article: &'a str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    counts: Vec<CountOut<'a>>,
    date: Option<String>,
    date_source: TimeSource,
    date_text: &'a Option<String>,
    end: usize,
    sentence: usize,
    start: usize,
    status: EventStatus,
    text: &'a str,
}

#[derive(Serialize)]
struct CountOut<'a> {
    approximate: bool,
    text: &'a str,
    value: u64,
    what: &'a str,
}

fn mention_out(m: &EventMention) -> MentionOut<'_> {
    MentionOut {
        article: &m.article,
        counts: m.counts.iter().map(count_out).collect(),
        date: m.time.value.is_anchored().then(|| m.time.value.to_string()),
        date_source: m.time.source,
        date_text: &m.time.text,
        end: m.trigger_span.end,
        sentence: m.sentence,
        start: m.trigger_span.start,
        status: m.status,
        text: &m.trigger,
    }
}

fn count_out(c: &CountAttribute) -> CountOut<'_> {
    CountOut {
        approximate: c.approximate,
        text: &c.text,
        value: c.value,
        what: &c.what,
    }
}

fn doc(t: &Timeline) -> Doc<'_> {
    let articles: Vec<Value> = t
        .articles()
        .iter()
        .map(|a| json!({"id": a.id, "source": a.source, "published": a.published, "source_group": a.source_group}))
        .collect();
    let events: Vec<EventOut<'_>> = t
        .entries()
        .map(|e| {
            let ev = &e.event;
            EventOut {
                actors: &ev.actors,
                class: ev.class,
                date: ev.date.as_ref().map(|d| d.to_string()),
                date_explicit: ev.date_explicit,
                durations: json!(ev.duration_claims),
                id: &e.id,
                mentions: ev.mentions.iter().map(mention_out).collect(),
                places: &ev.places,
                status: ev.status,
                summary: ev.summary(),
            }
        })
        .collect();
    let relations: Vec<Value> = t
        .relations()
        .into_iter()
        .map(|(from, to, r)| {
            let mut v = json!({"from": from, "to": to, "kind": r.kind()});
            match r {
                Relation::Before { evidence, articles } => {
                    v["evidence"] = json!(evidence);
                    if !articles.is_empty() {
                        v["articles"] = json!(articles);
                    }
                }
                Relation::Conflict { conflict } => v["conflict"] = json!(conflict),
                _ => {}
            }
            v
        })
        .collect();
    let conflicts: Vec<Value> = t
        .conflicts()
        .iter()
        .map(|c| serde_json::to_value(c).unwrap_or(Value::Null))
        .collect();
    Doc {
        articles,
        conflicts,
        events,
        relations,
    }
}

/// The timeline as a JSON value (see the module docs for the schema).
pub fn to_json_value(t: &Timeline) -> Value {
    serde_json::to_value(doc(t)).unwrap_or(Value::Null)
}

/// The timeline as pretty-printed JSON.
pub fn to_json(t: &Timeline) -> String {
    serde_json::to_string_pretty(&doc(t)).unwrap_or_else(|_| "{}".into())
}
