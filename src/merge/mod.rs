//! Merging: mentions of one real-world event, across articles and within one,
//! become one [`Event`] that keeps every source's claim.
//!
//! Two mentions are one event when their triggers are of one class, their
//! actors overlap (half of the smaller set at least; for statements, one
//! speaker), their dates are equal, overlapping or at most two days apart (a
//! gap that small is a conflict to flag, not a reason to split), and their
//! places agree. Disjoint places merge only across articles, for the same
//! actors on nearly the same day, and then stand as a place conflict.
//! Statements a day or two apart must also share quoted words ("reasonably
//! good"), so a leader's remarks on two days stay two events.
//!
//! Candidate pairs are blocked by (class, actor), (class, place) and (class,
//! lemma); within a block, sorted by date, each mention is compared with at
//! most [`MergeConfig::window`] earlier ones, so the cost grows near-linearly
//! with the number of mentions. The (class, lemma) blocks are where mentions
//! naming no one and no place ("the strike") meet the named ones: two named
//! mentions are compared only in the block of a name or place they share. Pairs are joined strongest first with a
//! union-find, each join checked against the whole cluster (its single-day
//! dates at most [`MergeConfig::max_gap_days`] apart, one date per article,
//! places that meet), so no chain of pairwise matches can glue two events
//! together. Mentions are sorted first: the result does not depend on input
//! order.
//!
//! When extraction ran elsewhere, its records are combined in an
//! [`ExtractedSet`] (a union keyed by article id) and read from JSON Lines
//! with [`ExtractedRows`].

pub mod sources;

mod cluster;
mod event;
mod records;

pub use cluster::merge;
pub use event::{Claim, Event, EventConflict};
pub use records::{ExtractedRow, ExtractedRows, ExtractedSet, FailedArticle};
pub use sources::{source_groups, Sketch, SourceInfo};

/// Options for [`merge`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MergeConfig {
    /// The largest gap, in days, between two single-day dates of one event
    /// (a pair a day or two apart is one event with a date conflict).
    pub max_gap_days: i64,
    /// How many earlier mentions of a block a mention is compared with.
    pub window: usize,
}

impl Default for MergeConfig {
    fn default() -> Self {
        MergeConfig {
            max_gap_days: 2,
            window: 64,
        }
    }
}
