//! Temporal awareness: which system events stand for which gold events, and
//! how many relations of each graph the other's closure holds.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::graph::{GraphEvent, Nodes, TemporalGraph};
use super::TaskTimeline;

/// Which graphs temporal awareness compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GraphMode {
    /// Reduced graphs against closures, as the task's scorer does.
    #[default]
    Reduced,
    /// Closed graphs against closures.
    Closure,
}

/// The score of one system timeline against its gold timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineScore {
    /// The target entity.
    pub entity: String,
    /// Gold events that are scored (position > 0).
    pub gold_events: usize,
    /// System events that are scored (position > 0).
    pub system_events: usize,
    /// Scored gold events that a scored system event names (see the module
    /// docs on identity).
    pub matched_events: usize,
    /// Of those, how many the system anchors as the gold does.
    pub matched_same_anchor: usize,
    /// Relations of the system graph (reduced or closed, see [`GraphMode`]).
    pub system_relations: usize,
    /// Of those, how many the gold closure holds (precision numerator).
    pub system_correct: usize,
    /// Relations of the gold graph (reduced or closed).
    pub gold_relations: usize,
    /// Of those, how many the system closure holds (recall numerator).
    pub gold_found: usize,
    /// Gold links dropped as contradicting earlier ones (BEFORE between
    /// consecutive positions with one anchor).
    pub gold_dropped: usize,
    /// System links dropped likewise (none, by construction, for timelines
    /// made by [`system_timeline`](super::system_timeline)).
    pub system_dropped: usize,
}

impl TimelineScore {
    /// `system_correct / system_relations`, 0 when there are none.
    pub fn precision(&self) -> f64 {
        ratio(self.system_correct, self.system_relations)
    }

    /// `gold_found / gold_relations`, 0 when there are none.
    pub fn recall(&self) -> f64 {
        ratio(self.gold_found, self.gold_relations)
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        harmonic(self.precision(), self.recall())
    }
}

pub(super) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

pub(super) fn harmonic(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// True when a system mention id names a gold mention: the same id, or the
/// same document and sentence and one word of a multi-word gold mention
/// (`court_case`).
pub fn mention_matches(system: &str, gold: &str) -> bool {
    if system == gold {
        return true;
    }
    let split = |id: &str| -> Option<(String, String)> {
        let mut parts = id.splitn(3, '-');
        let doc = parts.next()?;
        let sentence = parts.next()?;
        Some((format!("{doc}-{sentence}"), parts.next()?.to_string()))
    };
    match (split(system), split(gold)) {
        (Some((s_at, s_word)), Some((g_at, g_word))) => {
            s_at == g_at && g_word.contains('_') && g_word.split('_').any(|w| w == s_word)
        }
        _ => false,
    }
}

/// Maps system lines to the gold lines (indices) their mentions name. Each
/// gold line goes to one system line at most, the one that shares the most
/// mentions with it (then the first in line order), so that no gold event
/// gets two positions; a system line may take several gold lines. Only
/// scored system lines take part; gold lines of position 0 do, so that a
/// system event that names an unscored gold event is not counted as matched.
fn match_events(gold: &TaskTimeline, system: &TaskTimeline) -> BTreeMap<usize, Vec<usize>> {
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
    for (s, sl) in system.lines.iter().enumerate() {
        if sl.position == 0 {
            continue;
        }
        for (g, gl) in gold.lines.iter().enumerate() {
            let shared = gl
                .mentions
                .iter()
                .filter(|gm| sl.mentions.iter().any(|sm| mention_matches(sm, gm)))
                .count();
            if shared > 0 {
                candidates.push((shared, s, g));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let mut pairs: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut taken = BTreeSet::new();
    for (_, s, g) in candidates {
        if taken.insert(g) {
            pairs.entry(s).or_default().push(g);
        }
    }
    for golds in pairs.values_mut() {
        golds.sort_unstable();
    }
    pairs
}

/// Scores a system timeline against a gold one by temporal awareness (see
/// the [module docs](super)).
pub fn score_timeline(
    gold: &TaskTimeline,
    system: &TaskTimeline,
    mode: GraphMode,
) -> TimelineScore {
    let pairs = match_events(gold, system);
    let mut nodes = Nodes::default();
    let gold_events: Vec<GraphEvent<'_>> = gold
        .lines
        .iter()
        .enumerate()
        .map(|(g, l)| GraphEvent {
            node: nodes.of(format!("g{g}")),
            position: l.position,
            anchor: &l.anchor,
        })
        .collect();
    let mut system_events: Vec<GraphEvent<'_>> = Vec::new();
    for (s, l) in system.lines.iter().enumerate() {
        let names: Vec<String> = match pairs.get(&s) {
            Some(golds) => golds.iter().map(|g| format!("g{g}")).collect(),
            None => vec![format!("s{s}")],
        };
        for name in names {
            system_events.push(GraphEvent {
                node: nodes.of(name),
                position: l.position,
                anchor: &l.anchor,
            });
        }
    }
    let mut time_node = |anchor: &str| nodes.of(format!("t{anchor}"));
    let gold_graph = TemporalGraph::build(&gold_events, &mut time_node);
    let system_graph = TemporalGraph::build(&system_events, &mut time_node);
    let (gold_set, system_set) = match mode {
        GraphMode::Reduced => (&gold_graph.reduced, &system_graph.reduced),
        GraphMode::Closure => (&gold_graph.closure, &system_graph.closure),
    };
    let matched: Vec<(usize, usize)> = pairs
        .iter()
        .flat_map(|(&s, golds)| golds.iter().map(move |&g| (s, g)))
        .filter(|&(_, g)| gold.lines[g].position > 0)
        .collect();
    TimelineScore {
        entity: gold.entity.clone(),
        gold_events: gold.scored().count(),
        system_events: system.scored().count(),
        matched_events: matched.len(),
        matched_same_anchor: matched
            .iter()
            .filter(|&&(s, g)| system.lines[s].anchor == gold.lines[g].anchor)
            .count(),
        system_relations: system_set.len(),
        system_correct: system_set
            .iter()
            .filter(|r| gold_graph.closure.contains(r))
            .count(),
        gold_relations: gold_set.len(),
        gold_found: gold_set
            .iter()
            .filter(|r| system_graph.closure.contains(r))
            .count(),
        gold_dropped: gold_graph.dropped,
        system_dropped: system_graph.dropped,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::eval::timeline::parse_task_timeline;

    fn timeline(src: &str) -> TaskTimeline {
        parse_task_timeline(src, Path::new("t.txt")).unwrap()
    }

    #[test]
    fn multi_word_gold_mentions_match_one_of_their_words() {
        assert!(mention_matches("4954-2-lost", "4954-2-lost"));
        assert!(mention_matches("4954-2-case", "4954-2-court_case"));
        assert!(!mention_matches("4954-3-case", "4954-2-court_case"));
        assert!(!mention_matches("4954-2-cas", "4954-2-court_case"));
        assert!(!mention_matches("4954-2-lost", "4954-2-los"));
    }

    /// Gold: a (pos 1, 2008-06-09) before b (pos 2, 2010-06-24) before c
    /// (pos 3, unknown anchor). System: a at 2008-06-09, c' matching c at
    /// 2010-06-24 (wrong anchor, so it seems simultaneous with b's day), and
    /// x (no gold match) at 2010-06-24 too.
    ///
    /// Nodes: a, b, c, x and times T8 = 2008-06-09, T10 = 2010-06-24.
    ///
    /// Gold closure: classes {a, T8} < {b, T10} < {c}:
    ///   SIMULTANEOUS a=T8, b=T10 (2); BEFORE from {a,T8} to {b,T10} (4),
    ///   to {c} (2), from {b,T10} to {c} (2): 10 relations.
    /// Gold reduced: T8=a, T10=b, T8<T10, T10<c: 4 relations.
    /// System closure: classes {a, T8} < {c, x, T10}:
    ///   SIMULTANEOUS a=T8, c=x, c=T10, x=T10 (4); BEFORE 2×3 = 6: 10.
    /// System reduced: T8=a, T10=c, T10=x, T8<T10: 4.
    ///
    /// Precision (reduced): T8=a yes, T10=c no (gold has T10 < c), T10=x no,
    /// T8<T10 yes: 2/4. Recall (reduced): T8=a yes, T10=b no (b is not in
    /// the system), T8<T10 yes, T10<c no (simultaneous there): 2/4.
    ///
    /// Closed graphs: precision: a=T8, T8<T10 and a<T10 (3 of the 4
    /// SIMULTANEOUS / 6 BEFORE: a=T8; a<c, a<T10, T8<c, T8<T10): 5/10.
    /// Recall: a=T8, a<T10, a<c, T8<T10, T8<c: 5/10.
    #[test]
    fn temporal_awareness_by_hand() {
        let gold = timeline(
            "E\n1\t2008-06-09\t1-1-a\n2\t2010-06-24\t1-2-b\n3\tXXXX-XX-XX\t1-3-c\t2-1-c\n",
        );
        let system =
            timeline("E\n1\t2008-06-09\t1-1-a\n2\t2010-06-24\t2-1-c\n2\t2010-06-24\t9-9-x\n");
        let reduced = score_timeline(&gold, &system, GraphMode::Reduced);
        assert_eq!(
            (
                reduced.gold_events,
                reduced.system_events,
                reduced.matched_events
            ),
            (3, 3, 2)
        );
        assert_eq!(reduced.matched_same_anchor, 1);
        assert_eq!((reduced.system_correct, reduced.system_relations), (2, 4));
        assert_eq!((reduced.gold_found, reduced.gold_relations), (2, 4));
        assert_eq!(
            (reduced.precision(), reduced.recall(), reduced.f1()),
            (0.5, 0.5, 0.5)
        );
        let closed = score_timeline(&gold, &system, GraphMode::Closure);
        assert_eq!((closed.system_correct, closed.system_relations), (5, 10));
        assert_eq!((closed.gold_found, closed.gold_relations), (5, 10));
        // A perfect system scores 1.
        let perfect = score_timeline(&gold, &gold, GraphMode::Reduced);
        assert_eq!((perfect.precision(), perfect.recall()), (1.0, 1.0));
        // An empty system scores 0, not NaN.
        let empty = score_timeline(&gold, &timeline("E\n"), GraphMode::Reduced);
        assert_eq!(
            (empty.precision(), empty.recall(), empty.f1()),
            (0.0, 0.0, 0.0)
        );
    }

    #[test]
    fn each_gold_event_goes_to_one_system_event_and_unscored_lines_take_none() {
        let gold = timeline("E\n1\t2012\t1-1-a\t1-1-b\n2\t2013\t1-2-c\n");
        let system = timeline("E\n0\tXXXX-XX-XX\t1-2-c\n1\t2012\t1-1-a\n2\t2012\t1-1-b\n");
        let s = score_timeline(&gold, &system, GraphMode::Reduced);
        assert_eq!((s.system_events, s.matched_events), (2, 1));
    }

    /// A system event naming two gold events stands for both. Gold: a (2012)
    /// before c (2013). System: one event "a, c" in 2012.
    /// Gold reduced: T12=a, T13=c, T12<T13. System closure: a=c=T12 (3).
    /// System reduced: T12=a, T12=c: one right (T12=a), one wrong (gold has
    /// a before c, so T12 before c).
    #[test]
    fn a_system_event_stands_for_every_gold_event_it_names() {
        let gold = timeline("E\n1\t2012\t1-1-a\n2\t2013\t1-2-c\n");
        let system = timeline("E\n1\t2012\t1-1-a\t1-2-c\t1-3-z\n");
        let s = score_timeline(&gold, &system, GraphMode::Reduced);
        assert_eq!(
            (s.system_events, s.matched_events, s.matched_same_anchor),
            (1, 2, 1)
        );
        assert_eq!((s.system_correct, s.system_relations), (1, 2));
        assert_eq!((s.gold_found, s.gold_relations), (1, 3));
    }
}
