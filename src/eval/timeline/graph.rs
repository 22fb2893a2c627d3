//! Timelines as temporal graphs: events and time nodes, SIMULTANEOUS and
//! BEFORE relations, their closure and a transitive reduction.

use std::collections::{BTreeMap, BTreeSet};

use super::anchor::is_unknown;

/// A relation between two nodes of a temporal graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Relation {
    /// `.0` before `.1`.
    Before(usize, usize),
    /// Simultaneous, the smaller node first.
    Simultaneous(usize, usize),
}

fn simultaneous(a: usize, b: usize) -> Relation {
    Relation::Simultaneous(a.min(b), a.max(b))
}

/// The nodes shared by the gold and system graphs of one timeline: node
/// names, interned.
#[derive(Debug, Default)]
pub(super) struct Nodes {
    index: BTreeMap<String, usize>,
}

impl Nodes {
    pub(super) fn of(&mut self, name: String) -> usize {
        let next = self.index.len();
        *self.index.entry(name).or_insert(next)
    }
}

/// One event of a graph: its node, position and anchor.
pub(super) struct GraphEvent<'a> {
    pub(super) node: usize,
    pub(super) position: u32,
    pub(super) anchor: &'a str,
}

/// A timeline as a temporal graph.
#[derive(Debug, Default)]
pub(super) struct TemporalGraph {
    /// Every relation of the transitive closure.
    pub(super) closure: BTreeSet<Relation>,
    /// A transitive reduction (see the module docs).
    pub(super) reduced: BTreeSet<Relation>,
    /// Links dropped because they contradict earlier ones.
    pub(super) dropped: usize,
}

/// Joins the classes of `a` and `b`.
fn union(parent: &mut BTreeMap<usize, usize>, a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent.insert(ra.max(rb), ra.min(rb));
    }
}

/// Union-find over nodes.
fn find(parent: &mut BTreeMap<usize, usize>, x: usize) -> usize {
    let p = *parent.entry(x).or_insert(x);
    if p == x {
        return x;
    }
    let root = find(parent, p);
    parent.insert(x, root);
    root
}

impl TemporalGraph {
    /// Builds the graph of scored events (position > 0); time nodes come from
    /// `time_node`.
    pub(super) fn build(
        events: &[GraphEvent<'_>],
        time_node: &mut impl FnMut(&str) -> usize,
    ) -> Self {
        let mut parent: BTreeMap<usize, usize> = BTreeMap::new();
        let mut order: Vec<usize> = Vec::new(); // nodes, events first in line order
        let mut times: BTreeSet<usize> = BTreeSet::new();
        let mut by_position: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for e in events.iter().filter(|e| e.position > 0) {
            find(&mut parent, e.node);
            if !order.contains(&e.node) {
                order.push(e.node);
            }
            if !is_unknown(e.anchor) {
                let t = time_node(e.anchor);
                times.insert(t);
                union(&mut parent, e.node, t);
            }
            by_position.entry(e.position).or_default().push(e.node);
        }
        for nodes in by_position.values() {
            for &n in &nodes[1..] {
                union(&mut parent, nodes[0], n);
            }
        }
        order.extend(times.iter().copied());
        // Classes, by root.
        let mut classes: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &n in &order {
            classes.entry(find(&mut parent, n)).or_default().push(n);
        }
        // BEFORE between consecutive positions, as edges between classes.
        let mut graph = TemporalGraph::default();
        let mut after: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        let firsts: Vec<usize> = by_position.values().map(|n| n[0]).collect();
        for pair in firsts.windows(2) {
            let (a, b) = (find(&mut parent, pair[0]), find(&mut parent, pair[1]));
            if a == b || reaches(&after, b, a) {
                graph.dropped += 1;
            } else {
                after.entry(a).or_default().insert(b);
            }
        }
        let reach: BTreeMap<usize, BTreeSet<usize>> =
            classes.keys().map(|&c| (c, reachable(&after, c))).collect();
        // The representative: the class's time node, else its first event.
        let representative = |members: &[usize]| {
            members
                .iter()
                .copied()
                .find(|n| times.contains(n))
                .unwrap_or(members[0])
        };
        for members in classes.values() {
            let rep = representative(members);
            for (i, &a) in members.iter().enumerate() {
                for &b in &members[i + 1..] {
                    graph.closure.insert(simultaneous(a, b));
                }
                if a != rep {
                    graph.reduced.insert(simultaneous(rep, a));
                }
            }
        }
        for (c, later) in &reach {
            for d in later {
                for &a in &classes[c] {
                    for &b in &classes[d] {
                        graph.closure.insert(Relation::Before(a, b));
                    }
                }
                // Immediate successor: no class in between.
                if !later.iter().any(|m| reach[m].contains(d)) {
                    graph.reduced.insert(Relation::Before(
                        representative(&classes[c]),
                        representative(&classes[d]),
                    ));
                }
            }
        }
        graph
    }
}

/// True when class `to` is reachable from class `from` (or is it).
fn reaches(after: &BTreeMap<usize, BTreeSet<usize>>, from: usize, to: usize) -> bool {
    from == to || reachable(after, from).contains(&to)
}

/// The classes reachable from `from` by one or more edges.
fn reachable(after: &BTreeMap<usize, BTreeSet<usize>>, from: usize) -> BTreeSet<usize> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from];
    while let Some(c) = stack.pop() {
        for &d in after.get(&c).into_iter().flatten() {
            if seen.insert(d) {
                stack.push(d);
            }
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::eval::timeline::{parse_task_timeline, score_timeline, GraphMode, TaskTimeline};

    fn timeline(src: &str) -> TaskTimeline {
        parse_task_timeline(src, Path::new("t.txt")).unwrap()
    }

    #[test]
    fn consecutive_positions_on_one_anchor_are_simultaneous() {
        // Both events are simultaneous with the day, so the BEFORE between
        // them contradicts that and is dropped; the order with the next
        // position stays.
        let gold = timeline("E\n1\t2005-06-06\t1-1-a\n2\t2005-06-06\t1-2-b\n3\t2006\t1-3-c\n");
        let s = score_timeline(&gold, &gold, GraphMode::Closure);
        assert_eq!(s.gold_dropped, 1);
        // a=b, a=T, b=T; {a,b,T} before {c, T2006}: 3 + 1 + 3×2.
        assert_eq!(s.gold_relations, 10);
        // Unmatched position-0 lines and unknown anchors add nothing.
        let t = timeline("E\n0\t2001\t1-1-z\n1\tXXXX-XX-XX\t1-1-a\n");
        assert_eq!(score_timeline(&t, &t, GraphMode::Closure).gold_relations, 0);
    }
}
