//! System timelines: the events timeweave finds for a target entity, in the
//! task's format.

use std::collections::BTreeMap;

use serde::Serialize;

use super::anchor::{anchor_key, AnchorKey};
use super::{anchor_of, TaskDoc, TaskTimeline, TimelineLine, UNKNOWN_ANCHOR};
use crate::graph::{Timeline, TimelineEvent};

/// How the events of a target entity are taken from a [`Timeline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntitySelection {
    /// [`Timeline::for_entity`]: events with the entity among their actors
    /// or places. The system's own answer; the default.
    #[default]
    Actors,
    /// Events with a mention in a sentence that contains the entity's name
    /// (case-insensitive). A diagnostic that bypasses timeweave's name
    /// finder, to tell entity errors from trigger and date errors.
    Sentences,
}

/// The events of `entity` in `timeline`, in timeline order, and the name that
/// found them: the full name, or when that finds nothing its last word
/// (`Corps` for `Beatles Apple Corps`).
pub fn entity_events<'t>(
    timeline: &'t Timeline,
    entity: &str,
    selection: EntitySelection,
    docs: &BTreeMap<String, TaskDoc>,
) -> (Vec<&'t TimelineEvent>, String) {
    let find = |name: &str| -> Vec<&'t TimelineEvent> {
        match selection {
            EntitySelection::Actors => timeline.for_entity(name),
            EntitySelection::Sentences => {
                let needle = name.to_lowercase();
                timeline
                    .entries()
                    .filter(|e| {
                        e.event.mentions.iter().any(|m| {
                            docs.get(&m.article)
                                .and_then(|d| m.sentence_span.slice(&d.text))
                                .is_some_and(|s| s.to_lowercase().contains(&needle))
                        })
                    })
                    .collect()
            }
        }
    };
    let found = find(entity);
    if !found.is_empty() {
        return (found, entity.to_string());
    }
    match entity.split_whitespace().last() {
        Some(last) if last != entity.trim() => (find(last), last.to_string()),
        _ => (found, entity.to_string()),
    }
}

/// Turns timeline events into the task's format (see the [module
/// docs](super)): one line per event with the mention ids of its triggers in
/// `docs` (mentions of unknown articles left out, events with no mention
/// left out), its anchor, and positions by anchor. Lines come in position
/// order, unordered ones first, then in the order given.
pub fn system_timeline(
    entity: &str,
    events: &[&TimelineEvent],
    docs: &BTreeMap<String, TaskDoc>,
) -> TaskTimeline {
    let mut lines: Vec<(Option<AnchorKey>, TimelineLine)> = Vec::new();
    for e in events {
        let mut mentions: Vec<String> = Vec::new();
        for m in &e.event.mentions {
            let id = docs
                .get(&m.article)
                .and_then(|d| d.mention_id(m.trigger_span.start));
            if let Some(id) = id.filter(|id| !mentions.contains(id)) {
                mentions.push(id);
            }
        }
        if mentions.is_empty() {
            continue;
        }
        let anchor = e
            .event
            .date
            .as_ref()
            .map_or_else(|| UNKNOWN_ANCHOR.to_string(), anchor_of);
        lines.push((
            anchor_key(&anchor),
            TimelineLine {
                position: 0,
                anchor,
                mentions,
            },
        ));
    }
    // Stable: equal keys keep timeline order; undated (None) first.
    lines.sort_by_key(|l| l.0);
    let mut position = 0;
    let mut previous: Option<AnchorKey> = None;
    for (key, line) in &mut lines {
        if key.is_some() {
            if *key != previous {
                position += 1;
                previous = *key;
            }
            line.position = position;
        }
    }
    TaskTimeline {
        entity: entity.to_string(),
        lines: lines.into_iter().map(|(_, l)| l).collect(),
    }
}
