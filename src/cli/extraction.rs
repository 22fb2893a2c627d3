//! Articles from paths to extraction records, in bounded batches: what
//! `build` and `extract` share. A batch is extracted on all threads, then
//! its records (and the errors met while loading it) are handed on in input
//! order, and the articles' texts are dropped.

use std::path::PathBuf;

use timeweave::article::ArticleStream;
use timeweave::extract::{extract_all, Extracted};
use timeweave::Error;

use super::progress::Progress;

/// Articles per batch: enough to keep every thread busy, few enough that
/// memory holds a bounded amount of text.
const BATCH: usize = 256;

/// Loads the articles of `paths` one batch at a time, extracts them, and
/// calls `each` with every record or loading error in input order.
pub fn for_each_extracted(
    paths: &[PathBuf],
    progress: &mut Progress,
    mut each: impl FnMut(Result<Extracted, Error>, &mut Progress) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut stream = ArticleStream::new(paths).peekable();
    while stream.peek().is_some() {
        // Errors keep their place among the articles.
        let mut articles = Vec::new();
        let mut errors_before: Vec<Vec<Error>> = vec![Vec::new()];
        for item in stream.by_ref() {
            match item {
                Ok(article) => {
                    articles.push(article);
                    errors_before.push(Vec::new());
                    if articles.len() == BATCH {
                        break;
                    }
                }
                Err(error) => {
                    if let Some(errors) = errors_before.last_mut() {
                        errors.push(error);
                    }
                }
            }
        }
        let records = extract_all(&articles);
        drop(articles);
        let mut errors = errors_before.into_iter();
        for record in records {
            for error in errors.next().into_iter().flatten() {
                each(Err(error), progress)?;
            }
            progress.advance(record.mentions.len());
            each(Ok(record), progress)?;
        }
        for error in errors.flatten() {
            each(Err(error), progress)?;
        }
    }
    Ok(())
}
