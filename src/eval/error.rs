//! What can go wrong while reading an annotated corpus.

/// A corpus file or folder that could not be read or parsed: the crate's one
/// [`Error`](crate::Error), whose `Io`, `Utf8` and `Malformed` variants the
/// readers use. Every one names the file, and parse errors the line, so that
/// a bad document among hundreds can be found. Scoring itself never fails: a
/// system output that matches nothing is a result, not an error.
pub type EvalError = crate::Error;
