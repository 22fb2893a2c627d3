//! `.jsonl` feeds: one article object per line, read one row at a time.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::file::{parent_dir, stem};
use super::ids::UniqueIds;
use super::json::{article_from_object, json_message, kind_of, referenced_file, JsonAt};
use super::Loaded;
use crate::jsonl::Lines;
use crate::{Article, Error, Result};

/// Loads JSONL rows from any reader, such as standard input.
///
/// `label` names the input in errors and default ids (`-` reads as
/// `stdin`); `path` fields are resolved against `base_dir`. Rows are read
/// one line at a time, so memory holds one row plus the articles. To handle
/// each article as it comes instead, iterate over [`JsonlArticles`].
pub fn load_jsonl_reader<R: BufRead>(reader: R, label: &Path, base_dir: &Path) -> Loaded {
    let mut out = Loaded::default();
    for row in JsonlArticles::new(reader, label, base_dir) {
        match row {
            Ok(article) => out.articles.push(article),
            Err(error) => out.errors.push(error),
        }
    }
    out
}

/// Articles from a JSONL stream, one per non-blank line, read lazily.
///
/// Yields `Ok(article)` for each good row and one `Err` for each bad one
/// (with its 1-based line), then goes on with the next row. A read error
/// ends the stream after yielding it; a stream with no rows at all yields
/// one error. Ids are made unique within the stream (`x`, `x#2`, …).
///
/// # Example
///
/// ```
/// use std::path::Path;
/// use timeweave::article::JsonlArticles;
///
/// let feed = "{\"id\": \"a\", \"text\": \"Talks on Monday.\", \"published\": \"2025-12-01\"}\n\
///             not json\n\
///             {\"id\": \"a\", \"text\": \"More talks.\", \"published\": null}\n";
/// let rows: Vec<_> = JsonlArticles::new(feed.as_bytes(), Path::new("-"), Path::new(".")).collect();
/// assert_eq!(rows.len(), 3);
/// assert!(rows[1].is_err());
/// assert_eq!(rows[2].as_ref().map(|a| a.id.as_str()).ok(), Some("a#2"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct JsonlArticles<R> {
    rows: Rows<R>,
    ids: UniqueIds,
}

impl<R: BufRead> JsonlArticles<R> {
    /// Reads rows from `reader`; `label` names it in errors and default ids
    /// (`-` reads as `stdin`), `path` fields are relative to `base_dir`.
    pub fn new(reader: R, label: &Path, base_dir: &Path) -> Self {
        JsonlArticles {
            rows: Rows::new(reader, label, base_dir),
            ids: UniqueIds::default(),
        }
    }
}

impl<R: BufRead> Iterator for JsonlArticles<R> {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        let row = self.rows.next()?;
        Some(row.map(|mut article| {
            article.id = self.ids.unique(std::mem::take(&mut article.id));
            article
        }))
    }
}

/// JSONL rows as articles, without making ids unique.
pub(super) struct Rows<R> {
    lines: Lines<R>,
    label: PathBuf,
    base_dir: PathBuf,
    /// Prefix of default ids.
    stem: String,
    saw_row: bool,
    done: bool,
}

impl<R: BufRead> Rows<R> {
    pub(super) fn new(reader: R, label: &Path, base_dir: &Path) -> Self {
        let stem = if label == Path::new("-") {
            "stdin".to_owned()
        } else {
            stem(label)
        };
        Rows {
            lines: Lines::new(reader, label),
            label: label.to_path_buf(),
            base_dir: base_dir.to_path_buf(),
            stem,
            saw_row: false,
            done: false,
        }
    }
}

/// One non-blank row as an article.
fn row_article(
    row: &str,
    line: usize,
    label: &Path,
    base_dir: &Path,
    stem: &str,
) -> Result<Article> {
    let at = JsonAt {
        path: label,
        line: Some(line),
        item: None,
    };
    let value: Value = serde_json::from_str(row).map_err(|e| at.error(json_message(&e)))?;
    match value {
        Value::Object(object) => {
            article_from_object(&object, &at, base_dir, format!("{stem}:{line}"))
        }
        other => Err(at.error(format!(
            "expected an article object, found {}",
            kind_of(&other)
        ))),
    }
}

impl<R: BufRead> Iterator for Rows<R> {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let Some(next) = self.lines.next_line() else {
            self.done = true;
            return (!self.saw_row).then(|| {
                Err(Error::Json {
                    path: self.label.clone(),
                    line: None,
                    message: "no rows: the feed is empty".to_owned(),
                })
            });
        };
        self.saw_row = true;
        Some(next.and_then(|(line, row)| {
            row_article(row, line, &self.label, &self.base_dir, &self.stem)
        }))
    }
}

/// The files that the rows of a `.jsonl` feed read through their `path`
/// fields (rows that cannot be read are left to loading to report).
pub(super) fn jsonl_references(path: &Path) -> Vec<PathBuf> {
    let Ok(file) = std::fs::File::open(path) else {
        return Vec::new();
    };
    let base_dir = parent_dir(path);
    let mut lines = Lines::new(std::io::BufReader::new(file), path);
    let mut found = Vec::new();
    while let Some(next) = lines.next_line() {
        let Ok((_, row)) = next else { continue };
        if let Ok(Value::Object(object)) = serde_json::from_str::<Value>(row) {
            found.extend(referenced_file(&object, &base_dir));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::article::load::fixtures::{date, ids, seeds, Scratch};
    use crate::article::load::load_path;
    use crate::{Published, PublishedOrigin};

    #[test]
    fn seed_manifest_gives_five_dated_articles() {
        let Some(dir) = seeds() else { return };
        let loaded = load_path(&dir.join("manifest.jsonl"));
        assert!(loaded.is_clean(), "{:?}", loaded.errors);
        let dates: Vec<String> = loaded
            .articles
            .iter()
            .map(|a| a.published_date().unwrap().to_string())
            .collect();
        assert_eq!(
            dates,
            [
                "2025-12-03",
                "2025-12-03",
                "2025-12-04",
                "2025-12-05",
                "2025-12-03"
            ]
        );
        assert!(loaded
            .articles
            .iter()
            .all(
                |a| a.published.as_ref().unwrap().origin == PublishedOrigin::Metadata
                    && a.source.is_some()
                    && !a.text.is_empty()
            ));
        assert_eq!(
            loaded.articles[2].source.as_deref(),
            Some("regional outlet")
        );
        assert!(ids(&loaded)[0].starts_with("000_"));
    }

    #[test]
    fn jsonl_rows_fail_one_by_one_with_their_lines() {
        let dir = Scratch::new("jsonl");
        dir.write(
            "texts/gaza.txt",
            "---\nid: from-file\nsource: file source\ntitle: File title\npublished: 2024-01-01\n---\nFile body, on Jan 9, 2024.\n",
        );
        let feed = dir.write(
            "feed.jsonl",
            concat!(
                "{\"id\": \"one\", \"text\": \"First.\", \"published\": \"2024-05-14\", \"source\": \"A\"}\n",
                "not json at all\n",
                "\n",
                "[1, 2]\n",
                "{\"id\": \"four\"}\n",
                "{\"id\": \"five\", \"text\": \"Fifth.\", \"published\": \"yesterday\"}\n",
                "{\"id\": \"six\", \"text\": \"Sixth, on May 2, 2024.\", \"published\": null}\n",
                "{\"path\": \"texts/gaza.txt\", \"source\": \"row source\"}\n",
                "{\"text\": \"No id.\", \"date\": 1764720000}\n",
                "{\"id\": \"one\", \"text\": \"Again.\", \"dct\": \"Dec. 3, 2025\"}\n",
                "{\"id\": 10, \"text\": 5}\n",
                "{\"id\": \"missing\", \"path\": \"texts/nope.txt\"}\n",
            ),
        );
        let loaded = load_path(&feed);
        assert_eq!(ids(&loaded), ["one", "six", "from-file", "feed:9", "one#2"]);
        let six = &loaded.articles[1];
        assert_eq!(six.published_date(), Some(date(2024, 5, 2)));
        let merged = &loaded.articles[2];
        assert_eq!(merged.source.as_deref(), Some("row source"));
        assert_eq!(merged.title.as_deref(), Some("File title"));
        assert_eq!(
            merged.published,
            Some(Published::metadata(date(2024, 1, 1)))
        );
        assert_eq!(merged.text, "File body, on Jan 9, 2024.\n");
        assert_eq!(loaded.articles[3].published_date(), Some(date(2025, 12, 3)));
        let lines: Vec<Option<usize>> = loaded
            .errors
            .iter()
            .map(|e| match e {
                Error::Json { line, .. } => *line,
                Error::Io { .. } => None,
                other => panic!("unexpected {other}"),
            })
            .collect();
        assert_eq!(lines, [Some(2), Some(4), Some(5), Some(6), Some(11), None]);
        let text = loaded.errors[3].to_string();
        assert!(
            text.contains("feed.jsonl:6") && text.contains("five"),
            "{text}"
        );
    }

    #[test]
    fn jsonl_from_a_reader_streams_and_survives_bad_bytes() {
        let mut feed = b"{\"id\": \"a\", \"text\": \"One.\"}\n".to_vec();
        feed.extend_from_slice(b"{\"id\": \"b\", \"text\": \"T\xffwo\"}\n");
        feed.extend_from_slice(b"{\"id\": \"c\", \"text\": \"Three.\"}");
        let loaded = load_jsonl_reader(feed.as_slice(), Path::new("-"), Path::new("."));
        assert_eq!(ids(&loaded), ["a", "c"]);
        assert!(
            matches!(loaded.errors[..], [Error::Utf8 { offset: 50, .. }]),
            "{:?}",
            loaded.errors
        );
        let rows: Vec<_> =
            JsonlArticles::new(&b"{\"text\": \"x\"}\n"[..], Path::new("-"), Path::new("."))
                .collect();
        assert_eq!(rows[0].as_ref().unwrap().id, "stdin:1");
    }

    #[test]
    fn huge_and_deep_rows_do_not_panic() {
        let long = format!(
            "{{\"id\": \"long\", \"text\": \"{}\"}}\n",
            "word ".repeat(400_000)
        );
        let deep = format!("{}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        let feed = format!("{long}{deep}");
        let loaded = load_jsonl_reader(feed.as_bytes(), Path::new("big.jsonl"), Path::new("."));
        assert_eq!(ids(&loaded), ["long"]);
        assert!(matches!(
            loaded.errors[..],
            [Error::Json { line: Some(2), .. }]
        ));
    }
}
