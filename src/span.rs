//! Byte spans into an article's text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the original text of an article.
///
/// Every mention timeweave produces keeps one, so that output can always be
/// traced back to the exact characters it came from. Both ends lie on UTF-8
/// character boundaries of the text they index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The text this span covers, or `None` if it is out of bounds or not on
    /// character boundaries of `text`.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}
