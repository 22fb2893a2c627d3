//! Cross-document entity timelines scored against SemEval-2015 Task 4
//! (TimeLine: Cross-Document Event Ordering), Track A style: from raw text.
//!
//! The task (Minard, Speranza, Agirre, Aldabe, van Erp, Magnini, Rigau and
//! Urizar, 2015, "SemEval-2015 Task 4: TimeLine: Cross-Document Event
//! Ordering", *SemEval 2015*, pp. 778–786) gives news documents in TimeML,
//! one sentence per `<s id="N">` with space-separated tokens, and for each
//! target entity a gold timeline: the events the entity takes part in, in
//! order, each with a time anchor.
//!
//! # Reading
//!
//! [`parse_task_doc`] reads one `.tml` document into a [`TaskDoc`]: the text
//! of `<TEXT>` with every tag removed (the gold `<EVENT>` tags included, so
//! that the system sees raw text), exactly as [`parse_timeml`] builds it, plus
//! the byte span of each sentence and of each of its whitespace-separated
//! tokens. [`TaskDoc::mention_id`] turns a byte offset into the task's
//! mention id `docid-sentence-word` (`10718-4-launched`).
//!
//! [`parse_task_timeline`] reads a timeline file into a [`TaskTimeline`]:
//! the entity name on the first line, then one line per event,
//! `position<TAB>anchor<TAB>mention…`. Anchors are normalised by
//! [`normalize_anchor`] to `YYYY-MM-DD` with `XX` for unknown parts (`2006`
//! becomes `2006-XX-XX`, the malformed `XXX-XX-XX` becomes `XXXX-XX-XX`).
//!
//! # System timelines
//!
//! [`system_timeline`] turns the events of one entity in a
//! [`Timeline`] into the task's format: each event is a line whose mentions
//! are the ids of its triggers (located by their byte span, so timeweave's
//! own sentence split does not matter); its anchor is [`anchor_of`] its date;
//! events are numbered by anchor (earliest first, a coarser anchor before the
//! finer ones it starts with, as the gold does: `2010-XX-XX` before
//! `2010-06-07`), equal anchors sharing a position; undated events, and
//! events whose anchor has no known year, get position 0 (unordered).
//!
//! # Scoring
//!
//! As the task's scorer does, each timeline becomes a temporal graph and the
//! graphs are compared by temporal awareness (UzZaman and Allen, 2011,
//! "Temporal Evaluation", *ACL 2011*, pp. 351–356; the TempEval-3 relation
//! metric):
//!
//! - Nodes: the events (lines of position > 0) and one time node per
//!   distinct anchor, the fully unknown `XXXX-XX-XX` excepted.
//! - Relations: each event SIMULTANEOUS with its anchor; events of equal
//!   position SIMULTANEOUS; events of consecutive positions BEFORE.
//! - Identity: events are known by their mention ids. A system event stands
//!   for every gold event it shares a mention id with, and takes their nodes
//!   (all at its position and anchor: timeweave merges mentions more
//!   coarsely than the gold, e.g. the statements of one keynote, and such an
//!   event claims they are simultaneous). Each gold event goes to one system
//!   event at most, the one sharing the most mentions with it, then the
//!   first in line order, so that no gold event gets two positions; a system
//!   event that names no free gold event stays a node of its own. Mention
//!   ids compare exactly, except that a gold multi-word mention
//!   (`4954-2-court_case`) also matches any one of its words
//!   (`4954-2-case`), since timeweave's triggers are single words.
//! - Closure: SIMULTANEOUS is an equivalence, BEFORE is transitive over its
//!   classes. A link that contradicts the links added before it is dropped
//!   and counted ([`TimelineScore::gold_dropped`]): SIMULTANEOUS links go in
//!   first, so when two consecutive gold positions share an anchor (three
//!   positions on `2005-06-06` in the Steve Jobs timeline) the events are all
//!   simultaneous with that day and the BEFORE between them is dropped.
//! - Reduction (the default [`GraphMode::Reduced`]): the task's scorer
//!   compares transitively reduced graphs. A reduction is not unique once
//!   SIMULTANEOUS classes have several members; this module takes, per
//!   class, a star of SIMULTANEOUS links around its representative (its time
//!   node if it has one, else its first event), and BEFORE links between the
//!   representatives of classes that are immediate successors.
//!   [`GraphMode::Closure`] uses the closed graphs instead.
//! - Time nodes are shared by both graphs, so relations between anchors
//!   count too: a system whose events match no gold event can still earn a
//!   BEFORE between two anchors the gold also has.
//! - Precision = |Sys ∩ Gold⁺| / |Sys|, recall = |Gold ∩ Sys⁺| / |Gold|,
//!   where `X` is the reduced (or closed) graph and `X⁺` the closure; F1 their
//!   harmonic mean. The report micro-averages over timelines by summing the
//!   counts.
//!
//! # Example
//!
//! ```
//! use timeweave::eval::timeline::{parse_task_timeline, score_timeline, GraphMode};
//! use std::path::Path;
//!
//! let gold = parse_task_timeline(
//!     "Apple\n1\t2008-06-09\t1-2-launched\n2\t2010-06-24\t2-3-discontinued\n",
//!     Path::new("gold.txt"),
//! )?;
//! let system = parse_task_timeline(
//!     "Apple\n1\t2008-06-09\t1-2-launched\n2\t2010-06-07\t2-4-said\n",
//!     Path::new("system.txt"),
//! )?;
//! let score = score_timeline(&gold, &system, GraphMode::Reduced);
//! assert_eq!(score.matched_events, 1);
//! // System: launched = 2008-06-09 (right), said = 2010-06-07 (not in gold),
//! // 2008-06-09 before 2010-06-07 (not in gold): 1 of 3.
//! assert_eq!((score.system_correct, score.system_relations), (1, 3));
//! // Gold: launched = 2008-06-09 (found), discontinued = 2010-06-24 and
//! // 2008-06-09 before 2010-06-24 (not found): 1 of 3.
//! assert_eq!((score.gold_found, score.gold_relations), (1, 3));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`parse_timeml`]: super::parse_timeml
//! [`Timeline`]: crate::graph::Timeline

// One file per concept, in the order of the module docs: `task_doc` (reading
// documents), `task_timeline` and `anchor` (timelines in the task's format),
// `system` (system timelines), `graph` and `score` (temporal awareness),
// `evaluate` and `report` (the whole evaluation and its table).
mod anchor;
mod evaluate;
mod graph;
mod report;
mod score;
mod system;
mod task_doc;
mod task_timeline;

pub use anchor::{anchor_of, normalize_anchor, UNKNOWN_ANCHOR};
pub use evaluate::{evaluate_timeline_dir, TimelineOptions};
pub use report::{Funnel, TimelineEval, TimelineResult};
pub use score::{mention_matches, score_timeline, GraphMode, TimelineScore};
pub use system::{entity_events, system_timeline, EntitySelection};
pub use task_doc::{parse_task_doc, read_task_doc, TaskDoc, TaskSentence};
pub use task_timeline::{parse_task_timeline, read_task_timeline, TaskTimeline, TimelineLine};
