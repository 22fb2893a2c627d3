//! Metadata fields (from front matter or JSON) and how they become an
//! [`Article`]: default id, date parsed or inferred, empty text refused.

use std::fmt::Display;
use std::io;
use std::path::{Path, PathBuf};

use crate::article::{infer_published, parse_published, Article, Published};
use crate::{Error, Result};

/// Metadata fields before they become an [`Article`].
#[derive(Debug, Default)]
pub(super) struct Fields {
    pub(super) id: Option<String>,
    pub(super) source: Option<String>,
    pub(super) published: Option<(String, DateAt)>,
    pub(super) title: Option<String>,
    pub(super) url: Option<String>,
}

impl Fields {
    /// These fields with `over`'s wherever `over` has one.
    pub(super) fn overlaid(self, over: Fields) -> Fields {
        Fields {
            id: over.id.or(self.id),
            source: over.source.or(self.source),
            published: over.published.or(self.published),
            title: over.title.or(self.title),
            url: over.url.or(self.url),
        }
    }
}

/// Where a date in metadata was written, to name it in an error.
#[derive(Debug, Clone)]
pub(super) enum DateAt {
    FrontMatter {
        path: PathBuf,
        line: usize,
    },
    Json {
        path: PathBuf,
        line: Option<usize>,
        item: Option<usize>,
    },
}

impl DateAt {
    pub(super) fn error(self, article: &str, value: &str, reason: impl Display) -> Error {
        let message =
            format!("article {article}: cannot parse publication date {value:?}: {reason}");
        match self {
            DateAt::FrontMatter { path, line } => Error::FrontMatter {
                path,
                line,
                message,
            },
            DateAt::Json { path, line, item } => Error::Json {
                path,
                line,
                message: match item {
                    Some(n) => format!("item {n}: {message}"),
                    None => message,
                },
            },
        }
    }
}

/// Turns metadata and text into an article: default id, date parsed or
/// inferred, empty text refused.
pub(super) fn finish(
    fields: Fields,
    text: String,
    default_id: String,
    no_text: impl FnOnce() -> Error,
) -> Result<Article> {
    if text.trim().is_empty() {
        return Err(no_text());
    }
    let id = fields.id.unwrap_or(default_id);
    let published = match fields.published {
        Some((value, at)) => match parse_published(&value) {
            Ok(date) => Some(Published::metadata(date)),
            Err(reason) => return Err(at.error(&id, &value, reason)),
        },
        None => infer_published(&text),
    };
    Ok(Article {
        id,
        source: fields.source,
        published,
        title: fields.title,
        text,
        url: fields.url,
    })
}

/// The error for an input without article text.
pub(super) fn no_text(path: &Path) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source: io::Error::new(
            io::ErrorKind::InvalidData,
            "no article text (the file or its body is empty)",
        ),
    }
}
