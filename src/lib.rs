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
pub mod segment;
mod span;
pub mod temporal;

pub use article::{Article, Published, PublishedOrigin};
pub use error::{Error, Result};
pub use span::Span;
pub use temporal::{tag, Anchor, Modifier, TemporalMention, TimeValue, TimexType};
