//! What can go wrong while reading an annotated corpus.

use std::path::PathBuf;

/// A corpus file or folder that could not be read or parsed.
///
/// Every variant names the file, and parse errors the line, so that a bad
/// document among hundreds can be found. Scoring itself never fails: a
/// system output that matches nothing is a result, not an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
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
    /// A TimeML document is malformed: bad XML, unbalanced tags, a TIMEX3
    /// without `type` or `value`, an unreadable creation time, no `<TEXT>`.
    #[error("{path}:{line}: {message}")]
    Malformed {
        /// The file (or the name given for an in-memory document).
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// What is wrong.
        message: String,
    },
}
