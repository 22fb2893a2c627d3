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

use serde_json::{json, Value};

use crate::graph::{Relation, Timeline};

/// The timeline as a JSON value (see the module docs for the schema).
pub fn to_json_value(t: &Timeline) -> Value {
    let articles: Vec<Value> = t
        .articles()
        .iter()
        .map(|a| json!({"id": a.id, "source": a.source, "published": a.published, "source_group": a.source_group}))
        .collect();
    let events: Vec<Value> = t
        .entries()
        .map(|e| {
            let ev = &e.event;
            let mentions: Vec<Value> = ev
                .mentions
                .iter()
                .map(|m| {
                    let mut v = json!({
                        "article": m.article,
                        "sentence": m.sentence,
                        "start": m.trigger_span.start,
                        "end": m.trigger_span.end,
                        "text": m.trigger,
                        "date": m.time.value.is_anchored().then(|| m.time.value.to_string()),
                        "date_text": m.time.text,
                        "date_source": m.time.source,
                        "status": m.status,
                    });
                    if !m.counts.is_empty() {
                        v["counts"] = json!(m
                            .counts
                            .iter()
                            .map(|c| json!({
                                "value": c.value,
                                "what": c.what,
                                "approximate": c.approximate,
                                "text": c.text,
                            }))
                            .collect::<Vec<_>>());
                    }
                    v
                })
                .collect();
            json!({
                "id": e.id,
                "date": ev.date.as_ref().map(|d| d.to_string()),
                "date_explicit": ev.date_explicit,
                "status": ev.status,
                "class": ev.class,
                "summary": ev.summary(),
                "actors": ev.actors,
                "places": ev.places,
                "durations": ev.duration_claims,
                "mentions": mentions,
            })
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
    json!({"articles": articles, "events": events, "relations": relations, "conflicts": conflicts})
}

/// The timeline as pretty-printed JSON.
pub fn to_json(t: &Timeline) -> String {
    serde_json::to_string_pretty(&to_json_value(t)).unwrap_or_else(|_| "{}".into())
}
