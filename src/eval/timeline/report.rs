//! The result of a whole evaluation, per timeline and micro-averaged, and
//! its table.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use super::score::{harmonic, ratio};
use super::{EntitySelection, GraphMode, TaskTimeline, TimelineOptions, TimelineScore};

/// Where gold events are lost, for one timeline: of the scored gold events,
/// how many have a mention that timeweave extracted as a trigger at all, and
/// how many have one in the entity's system timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Funnel {
    /// Scored gold events.
    pub gold_events: usize,
    /// With a mention that is a trigger of some system event.
    pub triggered: usize,
    /// With a mention in the entity's system timeline (any position).
    pub in_entity_timeline: usize,
}

/// One timeline of the evaluation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineResult {
    /// The timeline file.
    pub file: PathBuf,
    /// The name that found the entity's events (the full name or its last
    /// word, see [`entity_events`](super::entity_events)).
    pub query: String,
    /// The scores.
    pub score: TimelineScore,
    /// Where gold events are lost.
    pub funnel: Funnel,
    /// The gold timeline.
    pub gold: TaskTimeline,
    /// The system timeline.
    pub system: TaskTimeline,
}

/// The evaluation of every timeline of a task folder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEval {
    /// The options used.
    pub options: TimelineOptions,
    /// Documents read.
    pub documents: usize,
    /// Events of the whole system timeline (all entities).
    pub system_events_total: usize,
    /// One result per timeline file, in file order.
    pub timelines: Vec<TimelineResult>,
}

impl TimelineEval {
    /// Sums of (precision numerator, denominator, recall numerator,
    /// denominator) over timelines.
    fn sums(&self) -> (usize, usize, usize, usize) {
        self.timelines.iter().fold((0, 0, 0, 0), |acc, t| {
            let s = &t.score;
            (
                acc.0 + s.system_correct,
                acc.1 + s.system_relations,
                acc.2 + s.gold_found,
                acc.3 + s.gold_relations,
            )
        })
    }

    /// Micro-averaged precision over timelines.
    pub fn precision(&self) -> f64 {
        let (a, b, _, _) = self.sums();
        ratio(a, b)
    }

    /// Micro-averaged recall over timelines.
    pub fn recall(&self) -> f64 {
        let (_, _, a, b) = self.sums();
        ratio(a, b)
    }

    /// Micro-averaged F1: the harmonic mean of micro precision and recall.
    pub fn f1(&self) -> f64 {
        harmonic(self.precision(), self.recall())
    }
}

/// The table: per timeline, events (gold, system, matched), P, R and F1 in
/// percent; then the micro average and where gold events are lost.
impl fmt::Display for TimelineEval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |x: f64| format!("{:.2}", 100.0 * x);
        let name_w = self
            .timelines
            .iter()
            .map(|t| t.score.entity.chars().count())
            .chain([8])
            .max()
            .unwrap_or(8);
        let query_w = self
            .timelines
            .iter()
            .map(|t| t.query.chars().count())
            .chain([5])
            .max()
            .unwrap_or(5);
        let row = |f: &mut fmt::Formatter<'_>, cells: [&str; 10]| {
            writeln!(
                f,
                "{:<name_w$}  {:<query_w$}  {:>5} {:>5} {:>7}  {:>6} {:>6} {:>6}  {:>9} {:>9}",
                cells[0],
                cells[1],
                cells[2],
                cells[3],
                cells[4],
                cells[5],
                cells[6],
                cells[7],
                cells[8],
                cells[9]
            )
        };
        row(
            f,
            [
                "timeline", "query", "gold", "sys", "matched", "P", "R", "F1", "P rel", "R rel",
            ],
        )?;
        for t in &self.timelines {
            let s = &t.score;
            row(
                f,
                [
                    &s.entity,
                    &t.query,
                    &s.gold_events.to_string(),
                    &s.system_events.to_string(),
                    &s.matched_events.to_string(),
                    &pct(s.precision()),
                    &pct(s.recall()),
                    &pct(s.f1()),
                    &format!("{}/{}", s.system_correct, s.system_relations),
                    &format!("{}/{}", s.gold_found, s.gold_relations),
                ],
            )?;
        }
        let (pa, pb, ra, rb) = self.sums();
        let total = |g: fn(&TimelineScore) -> usize| -> String {
            self.timelines
                .iter()
                .map(|t| g(&t.score))
                .sum::<usize>()
                .to_string()
        };
        row(
            f,
            [
                "micro",
                "",
                &total(|s| s.gold_events),
                &total(|s| s.system_events),
                &total(|s| s.matched_events),
                &pct(self.precision()),
                &pct(self.recall()),
                &pct(self.f1()),
                &format!("{pa}/{pb}"),
                &format!("{ra}/{rb}"),
            ],
        )?;
        writeln!(
            f,
            "\n{} documents, {} system events in all; graphs: {}; entity events by {}",
            self.documents,
            self.system_events_total,
            match self.options.mode {
                GraphMode::Reduced => "reduced",
                GraphMode::Closure => "closed",
            },
            match self.options.selection {
                EntitySelection::Actors => "actors and places",
                EntitySelection::Sentences => "sentence text",
            },
        )?;
        let dropped: usize = self.timelines.iter().map(|t| t.score.gold_dropped).sum();
        writeln!(
            f,
            "gold BEFORE links dropped as contradicting a shared anchor: {dropped}"
        )?;
        writeln!(f, "\nwhere scored gold events are lost:")?;
        writeln!(
            f,
            "{:<name_w$}  {:>5} {:>9} {:>9} {:>7} {:>11}",
            "timeline", "gold", "triggered", "in entity", "matched", "same anchor"
        )?;
        for t in &self.timelines {
            writeln!(
                f,
                "{:<name_w$}  {:>5} {:>9} {:>9} {:>7} {:>11}",
                t.score.entity,
                t.funnel.gold_events,
                t.funnel.triggered,
                t.funnel.in_entity_timeline,
                t.score.matched_events,
                t.score.matched_same_anchor
            )?;
        }
        Ok(())
    }
}
