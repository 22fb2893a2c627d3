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

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::timeml::{line_of, read_text};
use super::xml::{self, Lexer, Token};
use super::{parse_timeml, EvalError};
use crate::graph::{Timeline, TimelineEvent};
use crate::{Article, Span, TimeValue};

/// The fully unknown anchor.
pub const UNKNOWN_ANCHOR: &str = "XXXX-XX-XX";

// ---------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------

/// One document of the task: its text as a system sees it, and where each
/// sentence and token of the TimeML lies in that text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskDoc {
    /// The `<DOCID>` (`10718`), or the file stem.
    pub id: String,
    /// The creation time's date.
    pub dct: Option<NaiveDate>,
    /// The content of `<TEXT>`, tags removed, as [`parse_timeml`] builds it
    /// (a line break between sentences that would otherwise touch).
    pub text: String,
    /// The `<s>` sentences, in text order.
    pub sentences: Vec<TaskSentence>,
}

/// One `<s id="N">` sentence of a task document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskSentence {
    /// The `id` attribute as written (`4`); its index among the sentences
    /// when it has none.
    pub id: String,
    /// Byte span in [`TaskDoc::text`].
    pub span: Span,
    /// Byte spans of its whitespace-separated tokens, the words of the
    /// sentence as written.
    pub tokens: Vec<Span>,
}

impl TaskDoc {
    /// The sentence and token index (0-based, within the sentence) of the
    /// token that contains byte `offset`, if any.
    pub fn locate(&self, offset: usize) -> Option<(&TaskSentence, usize)> {
        let after = self.sentences.partition_point(|s| s.span.start <= offset);
        let sentence = self.sentences.get(after.checked_sub(1)?)?;
        if offset >= sentence.span.end {
            return None;
        }
        let after = sentence.tokens.partition_point(|t| t.start <= offset);
        let index = after.checked_sub(1)?;
        (offset < sentence.tokens[index].end).then_some((sentence, index))
    }

    /// The task's id of the mention whose word contains byte `offset`:
    /// `docid-sentence-word`, the word as written in the sentence.
    ///
    /// ```
    /// use std::path::Path;
    /// use timeweave::eval::timeline::parse_task_doc;
    ///
    /// let tml = r#"<TimeML><DOCID>10718</DOCID><TEXT><s id="0">Title</s><s id="4">Apple <EVENT eid="e18">launched</EVENT> it .</s></TEXT></TimeML>"#;
    /// let doc = parse_task_doc(tml, Path::new("10718.tml"))?;
    /// let at = doc.text.find("launched").unwrap();
    /// assert_eq!(doc.mention_id(at).as_deref(), Some("10718-4-launched"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mention_id(&self, offset: usize) -> Option<String> {
        let (sentence, index) = self.locate(offset)?;
        let word = sentence.tokens[index].slice(&self.text)?;
        Some(format!("{}-{}-{}", self.id, sentence.id, word))
    }

    /// The article a system reads: id, text and the creation date as
    /// publication date.
    pub fn article(&self) -> Article {
        let article = Article::new(self.id.clone(), self.text.clone());
        match self.dct {
            Some(d) => article.with_published(d),
            None => article,
        }
    }
}

/// Parses a task document (TimeML with `<s id>` sentences). `path` names it
/// in errors and gives its id when it has no `<DOCID>`.
///
/// # Errors
///
/// Whatever [`parse_timeml`] reports for the same source.
pub fn parse_task_doc(source: &str, path: &Path) -> Result<TaskDoc, EvalError> {
    let doc = parse_timeml(source, path)?;
    let malformed = |offset: usize, message: String| EvalError::Malformed {
        path: path.to_path_buf(),
        line: line_of(source, offset),
        message,
    };
    // A second pass, building the text as `parse_timeml` does, for the
    // sentence bounds.
    let mut text = String::new();
    let mut in_text = false;
    let mut open: Option<(String, usize)> = None;
    let mut spans: Vec<(String, Span)> = Vec::new();
    for token in Lexer::new(source) {
        let (offset, token) = token.map_err(|e| malformed(e.offset, e.message))?;
        match token {
            Token::Start { name: "TEXT", .. } => in_text = true,
            Token::End { name: "TEXT" } => in_text = false,
            Token::Start {
                name: "s",
                attrs,
                empty,
            } if in_text => {
                if !text.is_empty() && !text.ends_with(char::is_whitespace) {
                    text.push('\n');
                }
                if !empty {
                    let id = attrs
                        .iter()
                        .find(|(n, _)| *n == "id")
                        .map(|(_, v)| v.trim().to_string())
                        .unwrap_or_else(|| spans.len().to_string());
                    open = Some((id, text.len()));
                }
            }
            Token::End { name: "s" } if in_text => {
                if let Some((id, start)) = open.take() {
                    spans.push((id, Span::new(start, text.len())));
                }
            }
            Token::Text(raw) if in_text => xml::decode_into(raw, &mut text)
                .map_err(|e| malformed(offset + e.offset, e.message))?,
            Token::CData(raw) if in_text => text.push_str(raw),
            _ => {}
        }
    }
    if text != doc.text {
        return Err(malformed(
            0,
            "the text with sentence bounds differs from the TimeML text".into(),
        ));
    }
    let sentences = spans
        .into_iter()
        .map(|(id, span)| TaskSentence {
            id,
            span,
            tokens: word_spans(&text, span),
        })
        .collect();
    Ok(TaskDoc {
        id: doc.id,
        dct: doc.dct,
        text,
        sentences,
    })
}

/// Reads and parses a task document.
///
/// # Errors
///
/// As [`parse_task_doc`], plus [`EvalError::Io`] and [`EvalError::Utf8`].
pub fn read_task_doc(path: &Path) -> Result<TaskDoc, EvalError> {
    parse_task_doc(&read_text(path)?, path)
}

/// Byte spans of the whitespace-separated words of `text[span]`.
fn word_spans(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[span.start..span.end].char_indices() {
        let at = span.start + i;
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Span::new(s, at));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, span.end));
    }
    out
}

// ---------------------------------------------------------------------------
// Timelines in the task's format
// ---------------------------------------------------------------------------

/// One event of a timeline in the task's format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineLine {
    /// Its place in the order, from 1; 0 means unordered (not scored).
    pub position: u32,
    /// The time anchor, normalised (see [`normalize_anchor`]).
    pub anchor: String,
    /// Its mention ids, `docid-sentence-word`.
    pub mentions: Vec<String>,
}

/// An entity's timeline in the task's format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskTimeline {
    /// The target entity (`Steve Jobs`).
    pub entity: String,
    /// The events, in file order.
    pub lines: Vec<TimelineLine>,
}

impl TaskTimeline {
    /// The lines that are scored (position > 0).
    pub fn scored(&self) -> impl Iterator<Item = &TimelineLine> {
        self.lines.iter().filter(|l| l.position > 0)
    }
}

/// The task's file format: the entity, then `position<TAB>anchor<TAB>mention…`
/// per line.
impl fmt::Display for TaskTimeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.entity)?;
        for line in &self.lines {
            write!(f, "{}\t{}", line.position, line.anchor)?;
            for m in &line.mentions {
                write!(f, "\t{m}")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

/// Parses a timeline file: the entity name on the first non-empty line, then
/// one event per non-empty line, `position anchor mention…` separated by tabs
/// (or any whitespace). Anchors are normalised with [`normalize_anchor`].
///
/// # Errors
///
/// [`EvalError::Malformed`], with the line, when the file has no entity
/// line, or a line has fewer than three fields or a position that is not a
/// number.
pub fn parse_task_timeline(source: &str, path: &Path) -> Result<TaskTimeline, EvalError> {
    let malformed = |line: usize, message: String| EvalError::Malformed {
        path: path.to_path_buf(),
        line,
        message,
    };
    let mut lines = source
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty());
    let Some((_, entity)) = lines.next() else {
        return Err(malformed(1, "no entity name".into()));
    };
    let mut out = TaskTimeline {
        entity: entity.to_string(),
        lines: Vec::new(),
    };
    for (number, line) in lines {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [position, anchor, mentions @ ..] = fields.as_slice() else {
            return Err(malformed(
                number,
                format!("expected position and anchor: {line:?}"),
            ));
        };
        if mentions.is_empty() {
            return Err(malformed(number, format!("no mention: {line:?}")));
        }
        let position = position
            .parse()
            .map_err(|_| malformed(number, format!("position {position:?} is not a number")))?;
        out.lines.push(TimelineLine {
            position,
            anchor: normalize_anchor(anchor),
            mentions: mentions.iter().map(|m| m.to_string()).collect(),
        });
    }
    Ok(out)
}

/// Reads and parses a timeline file.
///
/// # Errors
///
/// As [`parse_task_timeline`], plus [`EvalError::Io`] and [`EvalError::Utf8`].
pub fn read_task_timeline(path: &Path) -> Result<TaskTimeline, EvalError> {
    parse_task_timeline(&read_text(path)?, path)
}

/// An anchor as `YYYY-MM-DD` with `XX` (`XXXX` for the year) for unknown or
/// unreadable parts: `2006` → `2006-XX-XX`, `2006-03` → `2006-03-XX`,
/// `XXX-XX-XX` → `XXXX-XX-XX`.
///
/// ```
/// use timeweave::eval::timeline::normalize_anchor;
/// assert_eq!(normalize_anchor("2006"), "2006-XX-XX");
/// assert_eq!(normalize_anchor("2006-03"), "2006-03-XX");
/// assert_eq!(normalize_anchor("XXX-XX-XX"), "XXXX-XX-XX");
/// assert_eq!(normalize_anchor("2008-06-09"), "2008-06-09");
/// ```
pub fn normalize_anchor(raw: &str) -> String {
    let (year, month, day) = anchor_parts(raw);
    let two = |v: Option<u32>| v.map_or_else(|| "XX".to_string(), |v| format!("{v:02}"));
    format!(
        "{}-{}-{}",
        year.map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}")),
        two(month),
        two(day)
    )
}

/// Year, month and day of an anchor, each if known.
fn anchor_parts(raw: &str) -> (Option<i32>, Option<u32>, Option<u32>) {
    let mut parts = raw.trim().split('-');
    let digits = |p: Option<&str>, len: usize| {
        p.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let year = digits(parts.next(), 4).and_then(|y| i32::try_from(y).ok());
    let month = digits(parts.next(), 2).filter(|m| (1..=12).contains(m));
    let day = digits(parts.next(), 2).filter(|d| (1..=31).contains(d));
    (year, month, day)
}

/// The task's anchor for a date: the day, the month (`2010-06-XX`) when the
/// value lies within one month (a month, a week inside it), the year
/// (`2010-XX-XX`) when it lies within one year (a quarter, a season), else
/// `XXXX-XX-XX` (decades, durations, references). Unanchored values keep
/// what they know (`XXXX-12-02`).
///
/// ```
/// use timeweave::eval::timeline::anchor_of;
/// use timeweave::TimeValue;
/// let anchor = |v: &str| anchor_of(&v.parse::<TimeValue>().unwrap());
/// assert_eq!(anchor("2010-06-07T14:20"), "2010-06-07");
/// assert_eq!(anchor("2010-06"), "2010-06-XX");
/// assert_eq!(anchor("2010-W23"), "2010-06-XX");
/// assert_eq!(anchor("2010-Q2"), "2010-XX-XX");
/// assert_eq!(anchor("201"), "XXXX-XX-XX");
/// ```
pub fn anchor_of(value: &TimeValue) -> String {
    if let TimeValue::Unanchored(s) = value {
        return normalize_anchor(s);
    }
    let Some((first, last)) = value.interval() else {
        return UNKNOWN_ANCHOR.to_string();
    };
    if first == last {
        first.format("%Y-%m-%d").to_string()
    } else if (first.year(), first.month()) == (last.year(), last.month()) {
        first.format("%Y-%m-XX").to_string()
    } else if first.year() == last.year() {
        first.format("%Y-XX-XX").to_string()
    } else {
        UNKNOWN_ANCHOR.to_string()
    }
}

/// The sort key of an anchor with a known year: its first day, then the
/// coarser before the finer (`2010-XX-XX` before `2010-01-01`).
type AnchorKey = ((i32, u32, u32), std::cmp::Reverse<(u32, u32)>);

fn anchor_key(anchor: &str) -> Option<AnchorKey> {
    let (year, month, day) = anchor_parts(anchor);
    let year = year?;
    let first = (year, month.unwrap_or(1), day.unwrap_or(1));
    let last = (month.unwrap_or(12), day.unwrap_or(31));
    Some((first, std::cmp::Reverse(last)))
}

/// True for `XXXX-XX-XX`.
fn is_unknown(anchor: &str) -> bool {
    anchor == UNKNOWN_ANCHOR
}

// ---------------------------------------------------------------------------
// System timelines
// ---------------------------------------------------------------------------

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
/// docs](self)): one line per event with the mention ids of its triggers in
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

// ---------------------------------------------------------------------------
// Temporal graphs and awareness
// ---------------------------------------------------------------------------

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

/// A relation between two nodes of a temporal graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Relation {
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
struct Nodes {
    index: BTreeMap<String, usize>,
}

impl Nodes {
    fn of(&mut self, name: String) -> usize {
        let next = self.index.len();
        *self.index.entry(name).or_insert(next)
    }
}

/// One event of a graph: its node, position and anchor.
struct GraphEvent<'a> {
    node: usize,
    position: u32,
    anchor: &'a str,
}

/// A timeline as a temporal graph.
#[derive(Debug, Default)]
struct TemporalGraph {
    /// Every relation of the transitive closure.
    closure: BTreeSet<Relation>,
    /// A transitive reduction (see the module docs).
    reduced: BTreeSet<Relation>,
    /// Links dropped because they contradict earlier ones.
    dropped: usize,
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
    fn build(events: &[GraphEvent<'_>], time_node: &mut impl FnMut(&str) -> usize) -> Self {
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
    /// made by [`system_timeline`]).
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

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn harmonic(p: f64, r: f64) -> f64 {
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
/// the [module docs](self)).
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

// ---------------------------------------------------------------------------
// The whole evaluation
// ---------------------------------------------------------------------------

/// Options of [`evaluate_timeline_dir`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TimelineOptions {
    /// Reduced or closed graphs.
    pub mode: GraphMode,
    /// How an entity's events are found.
    pub selection: EntitySelection,
}

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
    /// word, see [`entity_events`]).
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

/// Evaluates timeweave on a task folder: `dir/timeml/*.tml` are the
/// documents, `dir/timelines/*.txt` the gold timelines.
///
/// Every document becomes an [`Article`] (id, stripped text, creation date
/// as publication date) and [`crate::build_timeline`] runs once over all of
/// them; each gold entity's events are taken from that one timeline with
/// [`entity_events`], turned into the task's format with
/// [`system_timeline`] and scored with [`score_timeline`].
///
/// # Errors
///
/// The first document or timeline file that cannot be read or parsed, or a
/// folder that cannot be listed.
pub fn evaluate_timeline_dir(
    dir: &Path,
    options: TimelineOptions,
) -> Result<TimelineEval, EvalError> {
    let mut docs: BTreeMap<String, TaskDoc> = BTreeMap::new();
    for path in files(&dir.join("timeml"), "tml")? {
        let doc = read_task_doc(&path)?;
        docs.insert(doc.id.clone(), doc);
    }
    let articles: Vec<Article> = docs.values().map(TaskDoc::article).collect();
    let timeline = crate::build_timeline(&articles);
    let all_events: Vec<&TimelineEvent> = timeline.entries().collect();
    let everything = system_timeline("all", &all_events, &docs);
    let all_mentions: Vec<&String> = everything.lines.iter().flat_map(|l| &l.mentions).collect();
    let mut timelines = Vec::new();
    for path in files(&dir.join("timelines"), "txt")? {
        let gold = read_task_timeline(&path)?;
        let (events, query) = entity_events(&timeline, &gold.entity, options.selection, &docs);
        let system = system_timeline(&gold.entity, &events, &docs);
        let score = score_timeline(&gold, &system, options.mode);
        let has = |line: &TimelineLine, ids: &[&String]| {
            line.mentions
                .iter()
                .any(|g| ids.iter().any(|s| mention_matches(s, g)))
        };
        let entity_mentions: Vec<&String> = system.lines.iter().flat_map(|l| &l.mentions).collect();
        let funnel = Funnel {
            gold_events: gold.scored().count(),
            triggered: gold.scored().filter(|l| has(l, &all_mentions)).count(),
            in_entity_timeline: gold.scored().filter(|l| has(l, &entity_mentions)).count(),
        };
        timelines.push(TimelineResult {
            file: path,
            query,
            score,
            funnel,
            gold,
            system,
        });
    }
    Ok(TimelineEval {
        options,
        documents: docs.len(),
        system_events_total: all_events.len(),
        timelines,
    })
}

/// The files of `dir` with extension `ext`, sorted.
fn files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, EvalError> {
    let io = |source| EvalError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(src: &str) -> TaskTimeline {
        parse_task_timeline(src, Path::new("t.txt")).unwrap()
    }

    #[test]
    fn reads_a_timeline_file() {
        let t = timeline(
            "Beatles Apple Corps\n0\tXXXX-XX-XX\t4596-6-sued\n1\t1968\t4596-16-founded\n\
             2\t2006-03\t4596-2-filed\t4596-2-lawsuit\n3\tXXX-XX-XX\t12315-4-provide\n\n",
        );
        assert_eq!(t.entity, "Beatles Apple Corps");
        let got: Vec<(u32, &str, usize)> = t
            .lines
            .iter()
            .map(|l| (l.position, l.anchor.as_str(), l.mentions.len()))
            .collect();
        assert_eq!(
            got,
            [
                (0, "XXXX-XX-XX", 1),
                (1, "1968-XX-XX", 1),
                (2, "2006-03-XX", 2),
                (3, "XXXX-XX-XX", 1)
            ]
        );
        assert_eq!(t.lines[2].mentions, ["4596-2-filed", "4596-2-lawsuit"]);
        assert_eq!(t.scored().count(), 3);
        // Written back in the task's format, anchors normalised.
        assert!(t
            .to_string()
            .contains("2\t2006-03-XX\t4596-2-filed\t4596-2-lawsuit\n"));
    }

    #[test]
    fn bad_timeline_lines_are_errors_with_their_line() {
        for (src, line) in [("", 1), ("E\n1\t2006\n", 2), ("E\n\nx\t2006\t1-2-a\n", 3)] {
            match parse_task_timeline(src, Path::new("t.txt")) {
                Err(EvalError::Malformed { line: l, .. }) => assert_eq!(l, line, "{src:?}"),
                other => panic!("{src:?}: {other:?}"),
            }
        }
    }

    const TML: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>10718</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2008-01-09">2008-01-09</TIMEX3></DCT>
<TEXT><s id="3">The change will occur , Apple &amp; co <EVENT eid="e1">announced</EVENT> .</s><s id="4">Apple <EVENT eid="e18">launched</EVENT> the store on <TIMEX3 tid="t1" type="DATE" value="2003-04-28">April 28 , 2003</TIMEX3> .</s></TEXT>
</TimeML>"#;

    #[test]
    fn mention_ids_from_sentence_ids_and_words() {
        let doc = parse_task_doc(TML, Path::new("x.tml")).unwrap();
        assert_eq!(doc.id, "10718");
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2008, 1, 9));
        assert_eq!(
            doc.text,
            "The change will occur , Apple & co announced .\n\
             Apple launched the store on April 28 , 2003 ."
        );
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.sentences[1].id, "4");
        assert_eq!(doc.sentences[1].tokens.len(), 10);
        let at = |w: &str| doc.text.find(w).unwrap();
        assert_eq!(
            doc.mention_id(at("announced")).as_deref(),
            Some("10718-3-announced")
        );
        // Any byte of the word will do.
        assert_eq!(
            doc.mention_id(at("launched") + 3).as_deref(),
            Some("10718-4-launched")
        );
        assert_eq!(
            doc.locate(at("launched")).map(|(s, i)| (s.id.as_str(), i)),
            Some(("4", 1))
        );
        assert_eq!(doc.mention_id(at("&")).as_deref(), Some("10718-3-&"));
        assert_eq!(doc.locate(at("2003")).map(|(_, i)| i), Some(8));
        // Between sentences and past the end there is no word.
        assert_eq!(doc.mention_id(at("\n")), None);
        assert_eq!(doc.mention_id(doc.text.len()), None);
        assert_eq!(doc.article().published_date(), doc.dct);
    }

    #[test]
    fn multi_word_gold_mentions_match_one_of_their_words() {
        assert!(mention_matches("4954-2-lost", "4954-2-lost"));
        assert!(mention_matches("4954-2-case", "4954-2-court_case"));
        assert!(!mention_matches("4954-3-case", "4954-2-court_case"));
        assert!(!mention_matches("4954-2-cas", "4954-2-court_case"));
        assert!(!mention_matches("4954-2-lost", "4954-2-los"));
    }

    #[test]
    fn anchors_order_coarse_before_fine_and_share_positions() {
        let mut keys = ["2010-06-07", "2010-XX-XX", "2009-XX-XX", "2010-06-XX"];
        keys.sort_by_key(|a| anchor_key(a));
        assert_eq!(
            keys,
            ["2009-XX-XX", "2010-XX-XX", "2010-06-XX", "2010-06-07"]
        );
        assert_eq!(anchor_key("XXXX-06-07"), None);
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

    #[test]
    fn anchors_of_values() {
        let anchor = |v: &str| anchor_of(&v.parse::<TimeValue>().unwrap());
        assert_eq!(anchor("2008-06-09"), "2008-06-09");
        assert_eq!(anchor("2008-06-09TEV"), "2008-06-09");
        assert_eq!(anchor("2008"), "2008-XX-XX");
        assert_eq!(anchor("2008-WI"), "XXXX-XX-XX");
        assert_eq!(anchor("PT5H"), "XXXX-XX-XX");
        assert_eq!(anchor("PAST_REF"), "XXXX-XX-XX");
        assert_eq!(anchor("XXXX-12-02"), "XXXX-12-02");
    }
}
