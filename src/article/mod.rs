//! Articles in: the text of a news story with its publication date and source.
//!
//! [`Article`] is the unit every later stage works on. Articles come from
//! `.txt` files (optionally with `---` front matter), `.json` documents,
//! `.jsonl` feeds (text inline or a `path` relative to the feed) and folders of
//! these: see [`load_path`]. Publication dates in metadata are parsed by
//! [`parse_published`], which accepts the formats feeds use and keeps the
//! calendar date the outlet meant in its own time zone. When an article has no
//! date, [`infer_published`] looks for one in the text (datelines, "Updated …"
//! lines, photo captions, the latest explicit date) and marks it as inferred.

mod infer;
mod load;

pub(crate) use load::file::read_text;
mod published;

pub use infer::infer_published;
pub(crate) use load::UniqueIds;
pub use load::{
    load_bytes, load_jsonl_reader, load_path, load_paths, parse_json_article, parse_txt_article,
    ArticleStream, JsonlArticles, Loaded,
};
pub use published::{parse_published, ParsePublishedError};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Span;

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier, unique within a corpus (file stem or metadata `id`).
    pub id: String,
    /// Who published it ("Reuters", "regional outlet").
    pub source: Option<String>,
    /// When it was published, and how that is known.
    pub published: Option<Published>,
    /// Headline, if known separately from the text.
    pub title: Option<String>,
    /// The body text. All spans index into this string.
    pub text: String,
    /// Where it came from.
    pub url: Option<String>,
}

impl Article {
    /// An article with an id and a text and nothing else.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            source: None,
            published: None,
            title: None,
            text: text.into(),
            url: None,
        }
    }

    /// Sets the publication date (as given in metadata).
    pub fn with_published(mut self, date: NaiveDate) -> Self {
        self.published = Some(Published::metadata(date));
        self
    }

    /// Sets the source label.
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// The publication date, if known (from metadata or inferred).
    pub fn published_date(&self) -> Option<NaiveDate> {
        self.published.as_ref().map(|p| p.date)
    }
}

/// A publication date with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// The calendar date in the outlet's own time zone.
    pub date: NaiveDate,
    /// Where the date came from.
    pub origin: PublishedOrigin,
}

impl Published {
    /// A date given in the article's metadata.
    pub fn metadata(date: NaiveDate) -> Self {
        Published {
            date,
            origin: PublishedOrigin::Metadata,
        }
    }
}

/// How a publication date is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum PublishedOrigin {
    /// Given in metadata (front matter, JSON field, manifest).
    Metadata,
    /// Inferred from the text.
    Inferred {
        /// Which clue gave it: `dateline`, `updated`, `caption`, `latest_date`.
        clue: String,
        /// Where the clue is in the text.
        span: Span,
    },
}
