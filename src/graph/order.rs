//! Building the timeline graph: date edges, discourse edges, cycles, order.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

use chrono::NaiveDate;
use petgraph::algo::tarjan_scc;
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::Graph;

use super::{ArticleInfo, Conflict, Relation, Timeline, TimelineEvent};
use crate::merge::{Claim, Event};
use crate::Span;

type OrderKey = (bool, Option<NaiveDate>, Option<NaiveDate>, usize);

/// Builds the timeline of merged events.
///
/// Arguments: the events (as [`merge`](crate::merge::merge) returns them) and
/// the articles they come from. Returns the timeline with events numbered
/// `e1`, `e2`… in order.
///
/// Complexity: O(n log n + e) for n events and e relations; date edges link
/// neighbouring date groups only, so e stays O(n) apart from `includes`
/// edges from coarse dates (a week, a month) to the finer dates inside them.
pub fn build(events: Vec<Event>, mut articles: Vec<ArticleInfo>) -> Timeline {
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    let n = events.len();
    let intervals: Vec<Option<(NaiveDate, NaiveDate)>> = events
        .iter()
        .map(|e| e.date.as_ref().and_then(|d| d.interval()))
        .collect();
    let key = |i: usize| -> OrderKey {
        let iv = intervals[i];
        (iv.is_none(), iv.map(|x| x.0), iv.map(|x| x.1), i)
    };
    // Before edges (for order and cycles): from dates and from discourse.
    let mut before: BTreeMap<(usize, usize), (String, BTreeSet<String>)> = BTreeMap::new();
    let mut includes: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut simultaneous: BTreeSet<(usize, usize)> = BTreeSet::new();
    // Date groups, in date order.
    let mut groups: BTreeMap<(NaiveDate, NaiveDate, String), Vec<usize>> = BTreeMap::new();
    for (i, e) in events.iter().enumerate() {
        if let (Some(iv), Some(d)) = (intervals[i], &e.date) {
            groups
                .entry((iv.0, iv.1, d.to_string()))
                .or_default()
                .push(i);
        }
    }
    type Group<'g> = (&'g (NaiveDate, NaiveDate, String), &'g Vec<usize>);
    let group_list: Vec<Group<'_>> = groups.iter().collect();
    for (g, (_, members)) in group_list.iter().enumerate() {
        for w in members.windows(2) {
            simultaneous.insert((w[0], w[1]));
        }
        // The next group that starts after this one ends gets the before edge;
        // groups that overlap it are inside or around it.
        // Groups come sorted by start: once one starts after this one ends,
        // so do all the rest, and none of them can be inside or around it.
        // Stopping there keeps the scan near-linear in the number of groups.
        let (a0, a1, _) = group_list[g].0;
        for (bk, bm) in &group_list[g + 1..] {
            let (b0, b1, _) = bk;
            if a1 < b0 {
                let from = *members.last().unwrap_or(&members[0]);
                before.insert((from, bm[0]), ("date".into(), BTreeSet::new()));
                break;
            } else if a0 <= b0 && b1 <= a1 {
                includes.insert((members[0], bm[0]));
            } else if b0 <= a0 && a1 <= b1 {
                includes.insert((bm[0], members[0]));
            }
        }
    }
    // Discourse edges: "the talks followed the meeting". Only the triggers
    // of articles that order any are looked up.
    let ordering: BTreeSet<&str> = events
        .iter()
        .flat_map(|e| &e.mentions)
        .filter(|m| !m.after.is_empty())
        .map(|m| m.article.as_str())
        .collect();
    let mut where_is: BTreeMap<(&str, Span), usize> = BTreeMap::new();
    if !ordering.is_empty() {
        for (i, e) in events.iter().enumerate() {
            for m in &e.mentions {
                if ordering.contains(m.article.as_str()) {
                    where_is.insert((m.article.as_str(), m.trigger_span), i);
                }
            }
        }
    }
    for (i, e) in events.iter().enumerate() {
        for m in &e.mentions {
            for span in &m.after {
                if let Some(&j) = where_is.get(&(m.article.as_str(), *span)) {
                    if j != i {
                        let entry = before
                            .entry((j, i))
                            .or_insert_with(|| ("discourse".into(), BTreeSet::new()));
                        entry.0 = "discourse".into();
                        entry.1.insert(m.article.clone());
                    }
                }
            }
        }
    }
    // Cycles among before edges are order conflicts.
    let mut bg: Graph<usize, ()> = Graph::new();
    let nodes: Vec<_> = (0..n).map(|i| bg.add_node(i)).collect();
    for &(a, b) in before.keys() {
        bg.add_edge(nodes[a], nodes[b], ());
    }
    let sccs = tarjan_scc(&bg);
    let mut comp_of = vec![0usize; n];
    for (c, scc) in sccs.iter().enumerate() {
        for &v in scc {
            comp_of[bg[v]] = c;
        }
    }
    // Topological order of components, ties by date then first mention.
    let c_count = sccs.len();
    let mut comp_key: Vec<OrderKey> = vec![(true, None, None, usize::MAX); c_count];
    for (i, &c) in comp_of.iter().enumerate() {
        if key(i) < comp_key[c] {
            comp_key[c] = key(i);
        }
    }
    let mut indeg = vec![0usize; c_count];
    let mut succ: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); c_count];
    for &(a, b) in before.keys() {
        let (ca, cb) = (comp_of[a], comp_of[b]);
        if ca != cb && succ[ca].insert(cb) {
            indeg[cb] += 1;
        }
    }
    let mut heap: BinaryHeap<Reverse<(OrderKey, usize)>> = (0..c_count)
        .filter(|&c| indeg[c] == 0)
        .map(|c| Reverse((comp_key[c], c)))
        .collect();
    let mut order: Vec<usize> = Vec::with_capacity(n);
    while let Some(Reverse((_, c))) = heap.pop() {
        let mut members: Vec<usize> = sccs[c].iter().map(|&v| bg[v]).collect();
        members.sort_by_key(|&i| key(i));
        order.extend(members);
        for &d in &succ[c] {
            indeg[d] -= 1;
            if indeg[d] == 0 {
                heap.push(Reverse((comp_key[d], d)));
            }
        }
    }
    let position: Vec<usize> = {
        let mut p = vec![0; n];
        for (pos, &i) in order.iter().enumerate() {
            p[i] = pos;
        }
        p
    };
    let id = |i: usize| format!("e{}", position[i] + 1);
    // The graph, nodes added in timeline order.
    let mut graph: StableDiGraph<TimelineEvent, Relation> = StableDiGraph::with_capacity(n, n * 2);
    let mut slots: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    let mut node_of = vec![NodeIndex::new(0); n];
    for &i in &order {
        let event = slots[i].take().unwrap_or_else(unreachable_event);
        node_of[i] = graph.add_node(TimelineEvent { id: id(i), event });
    }
    for (&(a, b), (evidence, arts)) in &before {
        graph.add_edge(
            node_of[a],
            node_of[b],
            Relation::Before {
                evidence: evidence.clone(),
                articles: arts.iter().cloned().collect(),
            },
        );
    }
    for &(a, b) in &simultaneous {
        graph.add_edge(node_of[a], node_of[b], Relation::Simultaneous);
    }
    for &(a, b) in &includes {
        graph.add_edge(node_of[a], node_of[b], Relation::Includes);
    }
    let mut conflicts = Vec::new();
    for &i in &order {
        let node = node_of[i];
        let ev = graph[node].event.conflicts.clone();
        for c in ev {
            graph.add_edge(
                node,
                node,
                Relation::Conflict {
                    conflict: c.kind.clone(),
                },
            );
            conflicts.push(Conflict {
                event: id(i),
                kind: c.kind,
                claims: c.claims,
                events: Vec::new(),
            });
        }
    }
    let mut cycles: Vec<Vec<usize>> = sccs
        .iter()
        .filter(|s| s.len() > 1)
        .map(|s| {
            let mut v: Vec<usize> = s.iter().map(|&x| bg[x]).collect();
            v.sort_by_key(|&i| position[i]);
            v
        })
        .collect();
    cycles.sort_by_key(|c| position[c[0]]);
    for cycle in cycles {
        let members: BTreeSet<usize> = cycle.iter().copied().collect();
        let claims: Vec<Claim> = before
            .iter()
            .filter(|((a, b), _)| members.contains(a) && members.contains(b))
            .map(|((a, b), (evidence, arts))| Claim {
                value: format!("{} before {}", id(*a), id(*b)),
                modifier: Some(evidence.clone()),
                articles: arts.iter().cloned().collect(),
                sources: arts.len(),
                mentions: arts.len(),
            })
            .collect();
        for w in cycle.windows(2) {
            graph.add_edge(
                node_of[w[0]],
                node_of[w[1]],
                Relation::Conflict {
                    conflict: "order".into(),
                },
            );
        }
        conflicts.push(Conflict {
            event: id(cycle[0]),
            kind: "order".into(),
            claims,
            events: cycle.iter().map(|&i| id(i)).collect(),
        });
    }
    let order_nodes = order.iter().map(|&i| node_of[i]).collect();
    Timeline {
        graph,
        order: order_nodes,
        articles,
        conflicts,
    }
}

/// Every event is placed exactly once; this is never reached.
fn unreachable_event() -> Event {
    Event {
        class: crate::extract::EventClass::Other,
        lemma: "".into(),
        status: crate::extract::EventStatus::Reported,
        actors: Vec::new(),
        places: Vec::new(),
        date: None,
        date_explicit: false,
        date_claims: Vec::new(),
        duration_claims: Vec::new(),
        conflicts: Vec::new(),
        mentions: Vec::new(),
        quotes: Vec::new(),
    }
}
