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
pub mod merge;
mod par;
pub mod render;
pub mod segment;
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
/// The result does not depend on the order of `articles`, provided their
/// ids are unique (the loader makes them so: a repeated id becomes `id#2`);
/// articles sharing an id are taken in the order given.
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
    // Per article (on all cores with the `parallel` feature): its mentions
    // and the sketch that tells copies apart.
    let per_article = par::map(articles, |a| {
        let info = merge::SourceInfo {
            article: a.id.clone(),
            source: a.source.clone(),
            sketch: merge::Sketch::of(&a.text),
        };
        (extract::extract(a), info)
    });
    let mut mentions: Vec<extract::EventMention> = Vec::new();
    let mut infos: Vec<merge::SourceInfo> = Vec::with_capacity(articles.len());
    for (m, info) in per_article {
        mentions.extend(m);
        infos.push(info);
    }
    let groups = merge::source_groups(&infos);
    let events = merge::merge(mentions, &groups, &merge::MergeConfig::default());
    let info = articles
        .iter()
        .map(|a| graph::ArticleInfo {
            id: a.id.clone(),
            source: a.source.clone(),
            published: a.published_date().map(|d| d.to_string()),
            source_group: groups.get(&a.id).cloned().unwrap_or_else(|| a.id.clone()),
        })
        .collect();
    graph::build(events, info)
}

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
