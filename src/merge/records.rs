//! The input of merging when extraction ran elsewhere: a set of
//! [`Extracted`] records, one per article, read from JSON Lines shards.
//!
//! Combining sets is a union keyed by article id: associative, commutative
//! and idempotent (a record seen twice, from a retried task or a partial
//! combined twice, counts once). Two *different* records with one id are an
//! [`Error::DuplicateArticle`], never a silent pick: give every article a
//! unique id across shards. The timeline
//! ([`build_from_extracted`](crate::build_from_extracted)) is a function of
//! the set alone, so shards can be combined in any grouping and order.

use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::extract::Extracted;
use crate::jsonl::Lines;
use crate::{Error, Result};

/// An article the map step could not read, as an error row of extraction
/// output: `{"error": "feed.jsonl:3: …", "path": "feed.jsonl", "line": 3}`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FailedArticle {
    /// The error, naming the file and line.
    pub error: String,
    /// The input that failed, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Its 1-based line, for JSONL input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl From<&Error> for FailedArticle {
    fn from(error: &Error) -> Self {
        FailedArticle {
            error: error.to_string(),
            path: error.path().map(|p| p.display().to_string()),
            line: error.line(),
        }
    }
}

/// One row of extraction JSONL: a record or an error row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtractedRow {
    /// An article's record.
    Record(Box<Extracted>),
    /// An article that failed upstream.
    Failed(FailedArticle),
}

/// Extraction records and error rows, one per article id, in id order.
///
/// # Example
///
/// ```
/// use timeweave::extract::Extracted;
/// use timeweave::merge::ExtractedSet;
/// use timeweave::Article;
///
/// let record = Extracted::of(&Article::new("a", "Talks resumed in Geneva."));
/// let mut left = ExtractedSet::new();
/// left.insert(record.clone())?;
/// let mut right = ExtractedSet::new();
/// right.insert(record.clone())?;
/// left.union(right)?; // the same record twice counts once
/// assert_eq!(left.len(), 1);
///
/// let mut other = record;
/// other.article.source = Some("another outlet".to_owned());
/// assert!(left.insert(other).is_err(), "two different records of article a");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtractedSet {
    records: BTreeMap<String, Extracted>,
    failures: BTreeSet<FailedArticle>,
}

impl ExtractedSet {
    /// An empty set.
    pub fn new() -> Self {
        ExtractedSet::default()
    }

    /// A set from records whose ids are known to be unique.
    pub(crate) fn from_unique(records: impl IntoIterator<Item = Extracted>) -> Self {
        ExtractedSet {
            records: records
                .into_iter()
                .map(|r| (r.article.id.clone(), r))
                .collect(),
            failures: BTreeSet::new(),
        }
    }

    /// Adds a record. A record equal to one already held is a no-op.
    ///
    /// # Errors
    ///
    /// [`Error::DuplicateArticle`] when a different record has the same
    /// article id; [`Error::Record`] when a mention names another article.
    /// The set is unchanged then.
    pub fn insert(&mut self, record: Extracted) -> Result<()> {
        let id = &record.article.id;
        if let Some(m) = record.mentions.iter().find(|m| &m.article != id) {
            return Err(Error::Record {
                article: id.clone(),
                message: format!("a mention names article {:?}", m.article),
            });
        }
        match self.records.entry(id.clone()) {
            Entry::Vacant(slot) => {
                slot.insert(record);
                Ok(())
            }
            Entry::Occupied(held) if *held.get() == record => Ok(()),
            Entry::Occupied(held) => Err(Error::DuplicateArticle {
                id: held.key().clone(),
            }),
        }
    }

    /// Adds an error row (kept, deduplicated, so that combining partial
    /// results still reports every failed article).
    pub fn insert_failure(&mut self, failure: FailedArticle) {
        self.failures.insert(failure);
    }

    /// Adds a row: [`insert`](Self::insert) or
    /// [`insert_failure`](Self::insert_failure).
    pub fn insert_row(&mut self, row: ExtractedRow) -> Result<()> {
        match row {
            ExtractedRow::Record(record) => self.insert(*record),
            ExtractedRow::Failed(failure) => {
                self.insert_failure(failure);
                Ok(())
            }
        }
    }

    /// Adds every record and error row of `other`.
    ///
    /// # Errors
    ///
    /// The first [`Error::DuplicateArticle`] met; the records before it
    /// are added.
    pub fn union(&mut self, other: ExtractedSet) -> Result<()> {
        self.failures.extend(other.failures);
        other.records.into_values().try_for_each(|r| self.insert(r))
    }

    /// Number of records (articles).
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when there is no record.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Number of event mentions in all records.
    pub fn mention_count(&self) -> usize {
        self.records.values().map(|r| r.mentions.len()).sum()
    }

    /// The records, in article id order.
    pub fn records(&self) -> impl Iterator<Item = &Extracted> {
        self.records.values()
    }

    /// The error rows, sorted.
    pub fn failures(&self) -> impl Iterator<Item = &FailedArticle> {
        self.failures.iter()
    }

    /// Every row as JSON Lines, canonically: records in article id order,
    /// then error rows sorted. Combining sets and writing them gives the same
    /// bytes whatever the grouping and order of the parts.
    pub fn to_jsonl(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        for record in self.records.values() {
            serde_json::to_writer(&mut *out, record)?;
            out.write_all(b"\n")?;
        }
        for failure in &self.failures {
            serde_json::to_writer(&mut *out, failure)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// The records, in article id order, giving up the set.
    pub fn into_records(self) -> Vec<Extracted> {
        self.records.into_values().collect()
    }
}

/// The rows of extraction JSONL (what `timeweave extract` writes), read one
/// line at a time, each with its 1-based line number.
///
/// A row with an `error` field is an [`ExtractedRow::Failed`]; any other
/// object must be an [`Extracted`] record. A line that is neither (not
/// JSON, not UTF-8, a record missing a field) is an [`Error::Json`] or
/// [`Error::Utf8`] naming the input and line, and reading goes on. Blank
/// lines are skipped; an empty input yields nothing.
pub struct ExtractedRows<R> {
    lines: Lines<R>,
    label: PathBuf,
}

impl<R: BufRead> ExtractedRows<R> {
    /// Reads rows from `reader`; `label` names it in errors.
    pub fn new(reader: R, label: &Path) -> Self {
        ExtractedRows {
            lines: Lines::new(reader, label),
            label: label.to_path_buf(),
        }
    }
}

impl<R: BufRead> Iterator for ExtractedRows<R> {
    type Item = Result<(usize, ExtractedRow)>;

    fn next(&mut self) -> Option<Self::Item> {
        let (line, row) = match self.lines.next_line()? {
            Err(error) => return Some(Err(error)),
            Ok(next) => next,
        };
        Some(parse_row(row, line, &self.label).map(|r| (line, r)))
    }
}

fn parse_row(row: &str, line: usize, label: &Path) -> Result<ExtractedRow> {
    let error = |message: String| Error::Json {
        path: label.to_path_buf(),
        line: Some(line),
        message,
    };
    let value: Value =
        serde_json::from_str(row).map_err(|e| error(format!("invalid JSON: {e}")))?;
    if !value.is_object() {
        return Err(error("expected an extraction record object".to_owned()));
    }
    if value.get("error").is_some() {
        return serde_json::from_value(value)
            .map(ExtractedRow::Failed)
            .map_err(|e| error(format!("invalid error row: {e}")));
    }
    serde_json::from_value(value)
        .map(|r| ExtractedRow::Record(Box::new(r)))
        .map_err(|e| error(format!("invalid extraction record: {e}")))
}
