//! Loading articles from files, folders and JSONL streams: [`load_path`]
//! documents the formats, ids and errors.
//!
//! One file per input format and step:
//!
//! - `file`: reading a file as UTF-8 text, its default id and base folder;
//! - `fields`: metadata fields and how they become an [`Article`];
//! - `txt`: `.txt` articles and their front matter;
//! - `json`: JSON objects and `.json` files (one object or an array);
//! - `jsonl`: `.jsonl` feeds, read one row at a time;
//! - `walk`: inputs of any kind, folders walked in sorted order;
//! - `ids`: making ids unique (`x`, `x#2`, …).

mod fields;
pub(crate) mod file;
#[cfg(test)]
mod fixtures;
mod ids;
mod json;
mod jsonl;
mod txt;
mod walk;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use super::Article;
use crate::{Error, Result};

pub use json::parse_json_article;
pub use jsonl::{load_jsonl_reader, JsonlArticles};
pub use txt::parse_txt_article;

pub(crate) use ids::UniqueIds;
use walk::{expand, open, Entry, FileArticles};

/// Articles loaded from some inputs, and what went wrong along the way.
///
/// Articles come in a deterministic order: inputs in the order given,
/// folders in sorted order, JSONL rows and JSON array items in file order.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Every article that loaded, with unique ids.
    pub articles: Vec<Article>,
    /// One error per input (file, JSONL row, folder) that failed.
    pub errors: Vec<Error>,
}

impl Loaded {
    /// True when nothing failed.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Loads a `.txt`, `.json` or `.jsonl` file, or a folder of them.
///
/// Never panics and never stops at the first error.
///
/// # Inputs
///
/// - **`.txt`**: the whole file is the text, unless it opens with front
///   matter: a `---` line, `key: value` lines, a closing `---` line. Known
///   keys are `id`, `source`, `published` (also `date`, `dct`), `title` and
///   `url`; other keys are ignored, blank lines and `#` comments skipped,
///   values may be wrapped in `"…"` or `'…'`. The text starts after the
///   closing `---` line, minus one blank line if there is one. An unclosed
///   front matter is an [`Error::FrontMatter`] pointing at its opening line.
/// - **`.json`**: one object, or an array of objects, with the fields
///   `id`, `source`, `published` (or `dct`, or `date`), `title`, `url`, and
///   either `text` or `path`. Unknown fields are ignored. `published` may be
///   a string (any format [`parse_published`] reads), a number (unix
///   seconds) or `null` (no date).
/// - **`.jsonl`**: one such object per line; blank lines are skipped. Read
///   line by line, never whole ([`JsonlArticles`], [`load_jsonl_reader`]).
/// - **a folder**: walked depth-first, entries in byte order of their names;
///   hidden entries (`.name`) and files with other extensions are skipped. A
///   folder reached a second time through links is an
///   [`Error::FolderLoop`]. A `.txt` file that a `.json`/`.jsonl` file of
///   the same walk already loads through its `path` field is not loaded a
///   second time on its own (a folder holding a manifest and its articles
///   gives each article once, with the manifest's metadata).
///
/// A `path` in a JSON row is relative to the folder of the JSON file and is
/// read as a `.txt` article; its front matter is merged with the row, the
/// row's fields winning. When a row has both `text` and `path`, `text` wins.
///
/// # Ids
///
/// An article's id is, in order: the `id` field; the front matter `id` of
/// the file it was read from; that file's stem. Inline rows without an id
/// get `stem:line` (JSONL, 1-based line; `stdin:line` for standard input)
/// or `stem:n` (the n-th object of a JSON array). Ids are made unique in
/// output order: the second article with id `x` becomes `x#2`, the third
/// `x#3` (skipping any suffix already taken), so loading the same inputs
/// always gives the same ids.
///
/// # Dates
///
/// A date in metadata is parsed by [`parse_published`]; a value it rejects
/// makes the article an error (an [`Error::FrontMatter`] or [`Error::Json`]
/// naming the file, the line and the reason). With no date in metadata,
/// [`infer_published`] looks for one in the text.
///
/// # Errors
///
/// Loading never stops at the first bad input: every failure becomes one
/// [`Error`] in [`Loaded::errors`] naming the file (and line, for JSONL),
/// and every good article is still returned. An input with no article text
/// (an empty file, an empty body, an empty `text`) is an error, never
/// silently dropped.
///
/// [`parse_published`]: super::parse_published
/// [`infer_published`]: super::infer_published
///
/// # Example
///
/// ```
/// use std::path::Path;
/// use timeweave::article::load_path;
///
/// let dir = std::env::temp_dir().join("timeweave-doc-load-path");
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(
///     dir.join("kyiv.txt"),
///     "---\nsource: wire\npublished: 2025-12-03\n---\n\nTalks resumed on Tuesday.\n",
/// )?;
/// let loaded = load_path(&dir.join("kyiv.txt"));
/// assert!(loaded.is_clean());
/// let article = &loaded.articles[0];
/// assert_eq!(article.id, "kyiv");
/// assert_eq!(article.text, "Talks resumed on Tuesday.\n");
/// assert_eq!(article.published_date().map(|d| d.to_string()).as_deref(), Some("2025-12-03"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn load_path(path: &Path) -> Loaded {
    load_paths(std::slice::from_ref(&path.to_path_buf()))
}

/// Loads several inputs (see [`load_path`]) and concatenates them in the
/// order given. Ids are made unique across all of them.
pub fn load_paths(paths: &[PathBuf]) -> Loaded {
    let mut out = Loaded::default();
    for result in ArticleStream::new(paths) {
        match result {
            Ok(article) => out.articles.push(article),
            Err(error) => out.errors.push(error),
        }
    }
    out
}

/// Loads one input already in memory, as [`load_path`] loads a file named
/// `label` holding `bytes`: the extension of `label` (`.txt`, `.json`,
/// `.jsonl`) picks the format, and `label` names the input in errors and
/// gives default ids.
///
/// Nothing is read from disk except the files that JSON rows name in a
/// `path` field, relative to the folder of `label`. Like [`load_path`] it
/// never panics: bad bytes, bad rows and an unknown extension become
/// [`Loaded::errors`]. This is the entry point of the fuzz targets.
///
/// # Example
///
/// ```
/// use std::path::Path;
/// use timeweave::article::load_bytes;
///
/// let feed = b"{\"id\": \"a\", \"text\": \"Talks resumed on Tuesday.\", \"published\": \"2025-12-03\"}\nnot json\n";
/// let loaded = load_bytes(Path::new("feed.jsonl"), feed);
/// assert_eq!(loaded.articles[0].id, "a");
/// assert_eq!(loaded.errors.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn load_bytes(label: &Path, bytes: &[u8]) -> Loaded {
    let items: Vec<Result<Article>> = match walk::FileKind::of(label) {
        Some(walk::FileKind::Txt) => vec![file::decode_utf8(label, bytes.to_vec())
            .and_then(|text| parse_txt_article(label, &text))],
        Some(walk::FileKind::Json) => match file::decode_utf8(label, bytes.to_vec()) {
            Ok(text) => json::load_json_text(label, &text),
            Err(error) => vec![Err(error)],
        },
        Some(walk::FileKind::Jsonl) => {
            JsonlArticles::new(bytes, label, &file::parent_dir(label)).collect()
        }
        None => vec![Err(Error::Unsupported {
            path: label.to_path_buf(),
        })],
    };
    let mut ids = UniqueIds::default();
    let mut out = Loaded::default();
    for item in items {
        match item {
            Ok(mut article) => {
                article.id = ids.unique(std::mem::take(&mut article.id));
                out.articles.push(article);
            }
            Err(error) => out.errors.push(error),
        }
    }
    out
}

/// The articles of several inputs (see [`load_path`]), one at a time.
///
/// Yields what [`load_paths`] returns, in the same order and with the same
/// ids, without holding the articles: a `.jsonl` feed is read one row at a
/// time, a `.txt` or `.json` file when its turn comes. Memory holds one
/// file (or one row of a feed), the list of files of a folder, and the ids
/// handed out so far. Each failure is one `Err` item; the stream goes on.
///
/// # Example
///
/// ```
/// use timeweave::article::ArticleStream;
///
/// let dir = std::env::temp_dir().join("timeweave-doc-article-stream");
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("feed.jsonl"), "{\"id\": \"a\", \"text\": \"Talks on Monday.\"}\nnot json\n")?;
/// let paths = [dir.join("feed.jsonl"), dir.join("missing.txt")];
/// let items: Vec<_> = ArticleStream::new(&paths).collect();
/// assert_eq!(items.len(), 3);
/// assert_eq!(items[0].as_ref().map(|a| a.id.as_str()).ok(), Some("a"));
/// assert!(items[1].is_err() && items[2].is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct ArticleStream {
    inputs: VecDeque<PathBuf>,
    entries: std::vec::IntoIter<Entry>,
    file: Option<FileArticles>,
    ids: UniqueIds,
}

impl ArticleStream {
    /// Streams the articles of `paths`, in the order given.
    pub fn new(paths: &[PathBuf]) -> Self {
        ArticleStream {
            inputs: paths.iter().cloned().collect(),
            entries: Vec::new().into_iter(),
            file: None,
            ids: UniqueIds::default(),
        }
    }
}

impl Iterator for ArticleStream {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.file.as_mut().and_then(Iterator::next) {
                return Some(item.map(|mut article| {
                    article.id = self.ids.unique(std::mem::take(&mut article.id));
                    article
                }));
            }
            self.file = None;
            match self.entries.next() {
                Some(Entry::File(path, kind)) => self.file = Some(open(&path, kind)),
                Some(Entry::Failed(error)) => return Some(Err(error)),
                None => self.entries = expand(&self.inputs.pop_front()?).into_iter(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::Scratch;
    use super::*;

    #[test]
    fn empty_inputs_are_errors() {
        let dir = Scratch::new("empty");
        let paths = [
            dir.write("a.txt", ""),
            dir.write("b.txt", "---\nid: b\n---\n\n  \n"),
            dir.write("c.json", ""),
            dir.write("d.jsonl", "\n\n"),
            dir.write("e.json", "[]"),
            dir.write("f.jsonl", "{\"id\": \"f\", \"text\": \"  \"}\n"),
        ];
        let loaded = load_paths(&paths);
        assert!(loaded.articles.is_empty());
        assert_eq!(loaded.errors.len(), 6, "{:?}", loaded.errors);
    }

    #[test]
    fn bytes_load_as_the_file_of_that_name_would() {
        let dir = Scratch::new("bytes");
        let inputs: [(&str, &[u8]); 5] = [
            (
                "a.txt",
                b"---\nsource: wire\n---\nTalks on Tuesday, Dec. 2, 2025.",
            ),
            (
                "b.json",
                br#"[{"text": "One."}, 7, {"id": "x", "text": "Two."}]"#,
            ),
            (
                "c.jsonl",
                b"{\"text\": \"One.\"}\n\n[1]\n{\"text\": \"T\xffo\"}\n",
            ),
            ("d.txt", b"ok \xe2\x82 broken"),
            ("e.md", b"# not an article"),
        ];
        for (name, bytes) in inputs {
            let path = dir.write(name, bytes);
            let from_file = load_path(&path);
            let from_bytes = load_bytes(&path, bytes);
            assert_eq!(from_bytes.articles, from_file.articles, "{name}");
            let errors = |l: &Loaded| l.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>();
            assert_eq!(errors(&from_bytes), errors(&from_file), "{name}");
        }
    }
}
