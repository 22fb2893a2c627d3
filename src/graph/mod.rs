//! The timeline: a petgraph graph of events with `before`, `simultaneous`
//! and `includes` edges from their dates and from discourse cues, and
//! `conflict` edges where sources disagree.
//!
//! Date edges link each group of events with the same date to the next group
//! (a transitive reduction of the date order, so the graph stays linear in
//! size); a day inside a week gets an `includes` edge from the week. Events
//! that one sentence orders ("the vote came after a long debate") get a
//! `before` edge from that cue. A cycle among `before` edges is an order
//! conflict: it is reported with the events and articles involved, never
//! silently broken. The ordered view is a topological order of the strongly
//! connected components (Tarjan), with ties broken by date, then first
//! mention.

mod order;

use std::collections::BTreeMap;

use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use serde::{Deserialize, Serialize};

use crate::merge::{Claim, Event};

pub use order::build;

/// An edge of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Relation {
    /// The source event ends before the target starts.
    Before {
        /// `date` (from the events' dates) or `discourse` (from a cue word).
        evidence: String,
        /// Articles whose text gives the order (for discourse edges).
        articles: Vec<String>,
    },
    /// Same date, same granularity.
    Simultaneous,
    /// The source's period contains the target's date (a week and a day in it).
    Includes,
    /// Sources disagree: a self-loop on an event for date, duration and
    /// place conflicts; an edge between events for order conflicts.
    Conflict {
        /// `date`, `duration`, `count`, `place` or `order`.
        conflict: String,
    },
}

impl Relation {
    /// `before`, `simultaneous`, `includes` or `conflict`.
    pub fn kind(&self) -> &'static str {
        match self {
            Relation::Before { .. } => "before",
            Relation::Simultaneous => "simultaneous",
            Relation::Includes => "includes",
            Relation::Conflict { .. } => "conflict",
        }
    }
}

/// A disagreement the timeline reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// Id of the event (for order conflicts, the first event of the cycle).
    pub event: String,
    /// `date`, `duration`, `count`, `place` or `order`.
    pub kind: String,
    /// The claims on each side. For order conflicts, one claim per edge of
    /// the cycle ("e3 before e4") with the articles that make it.
    pub claims: Vec<Claim>,
    /// For order conflicts: every event in the cycle.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub events: Vec<String>,
}

/// What the timeline keeps of each article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleInfo {
    /// Id.
    pub id: String,
    /// Source label.
    pub source: Option<String>,
    /// Publication date (TIMEX3 value), if known.
    pub published: Option<String>,
    /// The independent-source group it belongs to (an article id).
    pub source_group: String,
}

/// A timeline event: the merged event with its stable id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// Stable id, `e1`, `e2`… in timeline order.
    pub id: String,
    /// The event.
    pub event: Event,
}

/// The story's timeline.
#[derive(Debug, Clone)]
pub struct Timeline {
    /// The graph: events as nodes, relations as edges.
    pub graph: StableDiGraph<TimelineEvent, Relation>,
    order: Vec<NodeIndex>,
    articles: Vec<ArticleInfo>,
    conflicts: Vec<Conflict>,
}

impl Timeline {
    /// Events in timeline order.
    pub fn entries(&self) -> impl Iterator<Item = &TimelineEvent> {
        self.order.iter().filter_map(|&n| self.graph.node_weight(n))
    }

    /// Every conflict: date, duration, count and place conflicts in timeline order
    /// of their events, then order conflicts.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// The articles, in id order.
    pub fn articles(&self) -> &[ArticleInfo] {
        &self.articles
    }

    /// The events an entity takes part in (actor or place), in order. Names
    /// match case-insensitively on any word-aligned part: "Putin", "vladimir
    /// putin", "Zelenskyy" for "Volodymyr Zelensky".
    pub fn for_entity(&self, name: &str) -> Vec<&TimelineEvent> {
        let key = crate::extract::entities::name_key(name);
        let wanted = name.to_lowercase();
        self.entries()
            .filter(|e| {
                e.event.actors.iter().chain(&e.event.places).any(|a| {
                    let lower = a.to_lowercase();
                    crate::extract::entities::name_key(a) == key
                        || lower == wanted
                        || lower
                            .split_whitespace()
                            .any(|w| crate::extract::entities::name_key(w) == key)
                })
            })
            .collect()
    }

    /// The same timeline with only the events of one entity (see
    /// [`for_entity`](Self::for_entity)) and the relations among them.
    pub fn restricted_to_entity(&self, name: &str) -> Timeline {
        let keep: std::collections::BTreeSet<String> = self
            .for_entity(name)
            .into_iter()
            .map(|e| e.id.clone())
            .collect();
        let mut t = self.clone();
        let drop: Vec<NodeIndex> = t
            .graph
            .node_indices()
            .filter(|&n| !keep.contains(&t.graph[n].id))
            .collect();
        for n in drop {
            t.graph.remove_node(n);
        }
        t.order.retain(|&n| t.graph.contains_node(n));
        t.conflicts.retain(|c| keep.contains(&c.event));
        t
    }

    /// Relations as (from id, to id, relation), in a stable order.
    pub fn relations(&self) -> Vec<(&str, &str, &Relation)> {
        let pos: BTreeMap<NodeIndex, usize> = self
            .order
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, i))
            .collect();
        let mut out: Vec<(usize, usize, &str, &str, &Relation)> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = self.graph.edge_endpoints(e)?;
                Some((
                    *pos.get(&a)?,
                    *pos.get(&b)?,
                    self.graph[a].id.as_str(),
                    self.graph[b].id.as_str(),
                    &self.graph[e],
                ))
            })
            .collect();
        out.sort_by(|x, y| (x.0, x.1, x.4.kind()).cmp(&(y.0, y.1, y.4.kind())));
        out.into_iter().map(|(_, _, a, b, r)| (a, b, r)).collect()
    }
}
