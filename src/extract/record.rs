//! The extraction record of one article: what later stages need of it
//! (identity, date, sketch, event mentions) and nothing of its text.
//!
//! This is the output of the map step when timelines are built on more than
//! one machine: each article becomes one [`Extracted`] independently of the
//! others, a record can be written as one JSON line and read back, and a
//! collection of records is merged into a timeline by
//! [`build_from_extracted`](crate::build_from_extracted).

use serde::{Deserialize, Serialize};

use super::{extract_with_sketch, EventMention};
use crate::merge::Sketch;
use crate::{par, Article, Published};

/// What the timeline keeps of an article once its events are extracted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtractedArticle {
    /// Article id, unique within a story.
    pub id: String,
    /// Source label ("Reuters"), if known.
    #[serde(default)]
    pub source: Option<String>,
    /// Publication date and how it is known (metadata or inferred from the
    /// text, with the clue's span).
    #[serde(default)]
    pub published: Option<Published>,
}

/// One article after extraction: its identity, the sketch that tells copies
/// of one report apart, and its event mentions. Holds no article text, only
/// the words the timeline prints (triggers, date expressions, quoted
/// phrases) and byte spans into the text.
///
/// Serialised (one JSON object per line with `timeweave extract`) as
///
/// ```text
/// {"article": {"id", "source", "published": {"date", "origin": {"kind", …}} | null},
///  "sketch": ["16 hex digits", …],
///  "mentions": [EventMention, …]}
/// ```
///
/// Every mention's `article` field is the record's id.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use timeweave::extract::Extracted;
/// use timeweave::Article;
///
/// let article = Article::new("wire", "Steve Witkoff met Vladimir Putin in Moscow on Tuesday.")
///     .with_published(NaiveDate::from_ymd_opt(2025, 12, 3).unwrap());
/// let record = Extracted::of(&article);
/// assert_eq!(record.article.id, "wire");
/// assert_eq!(record.mentions[0].time.value.to_string(), "2025-12-02");
/// let line = serde_json::to_string(&record)?;
/// assert!(!line.contains("Witkoff met"), "no article text in the record");
/// assert_eq!(serde_json::from_str::<Extracted>(&line)?, record);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extracted {
    /// The article's identity and date.
    pub article: ExtractedArticle,
    /// Bottom-k sketch of the article's word trigrams (see
    /// [`merge::sources`](crate::merge::sources)).
    pub sketch: Sketch,
    /// Its event mentions, in text order.
    pub mentions: Vec<EventMention>,
}

impl Extracted {
    /// Extracts one article: [`extract`](super::extract) and [`Sketch::of`] on
    /// its text (the sketch made from the tokens extraction reads).
    ///
    /// Complexity: linear in the length of the text.
    pub fn of(article: &Article) -> Extracted {
        // One pass over the tokens gives both.
        let (mentions, sketch) = extract_with_sketch(article, true);
        Extracted {
            article: ExtractedArticle {
                id: article.id.clone(),
                source: article.source.clone(),
                published: article.published.clone(),
            },
            sketch: sketch.unwrap_or_else(|| Sketch::of(&article.text)),
            mentions,
        }
    }

    /// Gives the record another article id, in its mentions too.
    pub fn rename(&mut self, id: String) {
        for m in &mut self.mentions {
            m.article.clone_from(&id);
        }
        self.article.id = id;
    }
}

/// [`Extracted::of`] for each article, on all cores with the `parallel`
/// feature; records in the order of `articles` whatever the thread count.
pub fn extract_all(articles: &[Article]) -> Vec<Extracted> {
    par::map(articles, Extracted::of)
}
