//! # timeweave
//!
//! Reconstruct the timeline of a news story from several articles: what
//! happened when, according to whom.
//!
//! The pipeline runs one way, one module per stage:
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | articles in | [`article`] | load `.txt` (front matter), `.json`, `.jsonl`, folders; parse or infer publication dates |
//! | sentences | [`segment`] | tokens and sentence bounds with byte spans into the original text |
//! | temporal | [`temporal`] | find every temporal expression and resolve it against the publication date or the narrative |
//! | events | [`extract`] | event mentions: trigger, actors, places, time, status, duration |
//! | merging | [`merge`] | independent sources, mentions of one event across articles, claims and conflicts |
//! | timeline | [`graph`] | petgraph timeline: before / simultaneous / includes / conflict edges, order |
//! | output | [`render`] | text, JSON, DOT |
//! | evaluation | [`eval`] | score the tagger against TimeML corpora, TempEval-3 style |
//!
//! Every stage is a pure function of its input: no clock, no local time zone,
//! no I/O below [`article`] loading. Same input, same output.
//!
//! [`build_timeline`] runs them all. It is two halves that can run on
//! different machines: [`extract::Extracted::of`] turns one article into a
//! record without its text (a map), and [`build_from_extracted`] turns a
//! [`merge::ExtractedSet`] of records, a union keyed by article id, into the
//! timeline (a reduce whose result does not depend on how the records were
//! split or combined).
//!
//! ## Quick start
//!
//! ```
//! use chrono::NaiveDate;
//! use timeweave::temporal::tag;
//!
//! let dct = NaiveDate::from_ymd_opt(2025, 12, 3).unwrap();
//! let text = "Rubio said late Tuesday that talks near Miami on Nov. 30, 2025 went well. \
//!             The five-hour meeting ended without a deal.";
//! for m in tag(text, Some(dct)) {
//!     println!("{:<20} {:<9} {}", m.text, m.kind.as_str(), m.value);
//! }
//! let values: Vec<String> = tag(text, Some(dct)).iter().map(|m| m.value.to_string()).collect();
//! assert_eq!(values, ["2025-12-02", "2025-11-30", "PT5H"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

pub mod article;
mod error;
pub mod eval;
pub mod extract;
pub mod graph;
mod hash;
mod jsonl;
pub mod merge;
mod par;
pub mod render;
pub mod segment;
mod shape;
mod span;
pub mod temporal;

pub use article::{Article, Published, PublishedOrigin};
pub use error::{Error, Result};
pub use span::Span;
pub use temporal::{tag, Anchor, Modifier, TemporalMention, TimeValue, TimexType};

/// Builds the timeline of a story from its articles: extracts event mentions
/// from each article, groups copies of one report into one source, merges
/// mentions of one event across articles and orders the events.
///
/// This is [`extract_all`](extract::extract_all) followed by
/// [`build_from_extracted`]: one code path whether extraction runs here or on
/// other machines. Articles sharing an id are told apart the way the loader
/// does it: the second `x` becomes `x#2`, in the order given. With unique ids
/// the result does not depend on the order of `articles`.
///
/// ```
/// use chrono::NaiveDate;
/// use timeweave::{build_timeline, Article};
///
/// let d = |day| NaiveDate::from_ymd_opt(2025, 12, day).unwrap();
/// let wire = Article::new("wire", "Steve Witkoff met Vladimir Putin at the Kremlin in Moscow on Tuesday.")
///     .with_published(d(3));
/// let regional = Article::new("regional", "Vladimir Putin met Steve Witkoff at the Kremlin on December 3.")
///     .with_published(d(4));
/// let timeline = build_timeline(&[wire, regional]);
/// let first = timeline.entries().next().unwrap();
/// assert_eq!(first.event.date.as_ref().unwrap().to_string(), "2025-12-02");
/// assert_eq!(timeline.conflicts()[0].kind, "date");
/// ```
pub fn build_timeline(articles: &[Article]) -> graph::Timeline {
    let mut ids = article::UniqueIds::default();
    let records = extract::extract_all(articles).into_iter().map(|mut r| {
        let id = ids.unique(r.article.id.clone());
        if id != r.article.id {
            r.rename(id);
        }
        r
    });
    build_from_extracted(merge::ExtractedSet::from_unique(records))
}

/// Builds the timeline from extraction records (see
/// [`Extracted`](extract::Extracted)): groups copies of one report into one
/// source, merges mentions of one event across articles and orders the
/// events.
///
/// The reduce step when extraction ran elsewhere. The set is keyed by article
/// id, so the timeline is a function of which records it holds, not of the
/// order they were read or combined in: same records, same bytes out. Error
/// rows in the set are ignored here (report them from
/// [`ExtractedSet::failures`](merge::ExtractedSet::failures)).
///
/// Complexity: near-linear in the number of mentions (see [`merge`](merge::merge)
/// and [`graph::build`]).
///
/// ```
/// use chrono::NaiveDate;
/// use timeweave::extract::Extracted;
/// use timeweave::merge::ExtractedSet;
/// use timeweave::{build_from_extracted, build_timeline, render, Article};
///
/// let d = |day| NaiveDate::from_ymd_opt(2025, 12, day).unwrap();
/// let articles = [
///     Article::new("wire", "Steve Witkoff met Vladimir Putin in Moscow on Tuesday.").with_published(d(3)),
///     Article::new("regional", "Vladimir Putin met Steve Witkoff in Moscow on December 3.").with_published(d(4)),
/// ];
/// // Map: one record per article, anywhere, as JSON lines.
/// let lines: Vec<String> = articles
///     .iter()
///     .map(|a| serde_json::to_string(&Extracted::of(a)))
///     .collect::<Result<_, _>>()?;
/// // Reduce: the union of the records, in any order.
/// let mut set = ExtractedSet::new();
/// for line in lines.iter().rev() {
///     set.insert(serde_json::from_str(line)?)?;
/// }
/// let timeline = build_from_extracted(set);
/// assert_eq!(render::to_json(&timeline), render::to_json(&build_timeline(&articles)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn build_from_extracted(records: merge::ExtractedSet) -> graph::Timeline {
    let mut records = records.into_records();
    let infos: Vec<merge::SourceInfo> = records
        .iter_mut()
        .map(|r| merge::SourceInfo {
            article: r.article.id.clone(),
            source: r.article.source.clone(),
            sketch: std::mem::take(&mut r.sketch),
        })
        .collect();
    let groups = merge::source_groups(&infos);
    drop(infos);
    let mut mentions = Vec::with_capacity(records.iter().map(|r| r.mentions.len()).sum());
    let mut articles = Vec::with_capacity(records.len());
    for r in records {
        mentions.extend(r.mentions);
        let a = r.article;
        articles.push(graph::ArticleInfo {
            source_group: groups.get(&a.id).cloned().unwrap_or_else(|| a.id.clone()),
            published: a.published.map(|p| p.date.to_string()),
            source: a.source,
            id: a.id,
        });
    }
    let events = merge::merge(mentions, &groups, &merge::MergeConfig::default());
    graph::build(events, articles)
}

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
