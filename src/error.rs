//! The one error type of the crate.
//!
//! Errors are for real failures: a file that cannot be read, a row that is not
//! JSON, a publication date nobody can parse. A temporal expression that cannot
//! be resolved is *not* an error: it is a [`TemporalMention`](crate::TemporalMention)
//! whose value says so.

use std::path::{Path, PathBuf};

/// Everything that can go wrong while loading or processing articles.
///
/// Every variant names where it happened (file, line, article) so that a user
/// with ten thousand inputs can find the bad one.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path that failed.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A file is not valid UTF-8.
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset})")]
    Utf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A JSON document or JSONL row is malformed or has the wrong shape.
    #[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Json {
        /// The file (or `-` for standard input).
        path: PathBuf,
        /// 1-based line for JSONL input.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// Front matter in a `.txt` article is malformed.
    #[error("{path}:{line}: {message}")]
    FrontMatter {
        /// The file.
        path: PathBuf,
        /// 1-based line of the offending front-matter line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A publication date in article metadata could not be parsed.
    #[error("article {article}: cannot parse publication date {value:?}: {reason}")]
    PublishedDate {
        /// Id of the article.
        article: String,
        /// The raw metadata value.
        value: String,
        /// Why it was rejected.
        reason: String,
    },
    /// A path is neither a supported file nor a folder.
    #[error("{path}: unsupported input (expected .txt, .json, .jsonl or a folder)")]
    Unsupported {
        /// The path.
        path: PathBuf,
    },
    /// An annotated corpus document is malformed (TimeML, MEANTIME, SemEval
    /// timeline files): bad XML, unbalanced tags, a TIMEX3 without `type` or
    /// `value`, an unreadable creation time.
    #[error("{path}:{line}: {message}")]
    Malformed {
        /// The file (or the name given for an in-memory document).
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Two different extraction records have the same article id (when
    /// combining shards of `timeweave extract` output).
    #[error("article {id}: two different extraction records have this id (give every article a unique id across shards)")]
    DuplicateArticle {
        /// The article id.
        id: String,
    },
    /// An extraction record contradicts itself.
    #[error("article {article}: invalid extraction record: {message}")]
    Record {
        /// Id of the record's article.
        article: String,
        /// What is wrong.
        message: String,
    },
    /// A folder was reached twice through links.
    #[error("{path}: folder loop (already visited through a link)")]
    FolderLoop {
        /// The path where the loop closes.
        path: PathBuf,
    },
}

impl Error {
    /// The file or folder the error is about, if it is about one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Error::Io { path, .. }
            | Error::Utf8 { path, .. }
            | Error::Json { path, .. }
            | Error::FrontMatter { path, .. }
            | Error::Unsupported { path }
            | Error::Malformed { path, .. }
            | Error::FolderLoop { path } => Some(path),
            Error::PublishedDate { .. } | Error::DuplicateArticle { .. } | Error::Record { .. } => {
                None
            }
        }
    }

    /// The 1-based line of the problem in its file, when known.
    pub fn line(&self) -> Option<usize> {
        match self {
            Error::Json { line, .. } => *line,
            Error::FrontMatter { line, .. } | Error::Malformed { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
