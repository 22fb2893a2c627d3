//! Loading articles from files, folders and JSONL streams: [`load_path`]
//! documents the formats, ids and errors.

use std::collections::{HashMap, HashSet};
use std::fmt::Display;
use std::fs;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::published::parse_published;
use super::{infer_published, Article, Published};
use crate::{Error, Result};

/// The byte-order mark some editors put at the start of UTF-8 files.
const BOM: &str = "\u{feff}";

/// Largest JSONL line buffer kept between rows, in bytes; a longer row is
/// still read whole, its buffer is then dropped.
const ROW_BUFFER_KEEP: usize = 1 << 20;

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
    let mut out = Loaded::default();
    load_any(path, &mut out);
    make_ids_unique(&mut out.articles);
    out
}

/// Loads several inputs (see [`load_path`]) and concatenates them in the
/// order given. Ids are made unique across all of them.
pub fn load_paths(paths: &[PathBuf]) -> Loaded {
    let mut out = Loaded::default();
    for path in paths {
        load_any(path, &mut out);
    }
    make_ids_unique(&mut out.articles);
    out
}

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

/// Parses a `.txt` article: optional front matter, then the text.
///
/// `path` names the file in errors and gives the default id (its stem).
/// Without a date in the front matter the date is inferred from the text.
///
/// # Errors
///
/// [`Error::FrontMatter`] for malformed or unclosed front matter or a date
/// that cannot be parsed, and an [`Error::Io`] of kind `InvalidData` when
/// there is no text.
pub fn parse_txt_article(path: &Path, text: &str) -> Result<Article> {
    let (fields, body) = split_front_matter(path, text)?;
    finish(fields, body.to_owned(), stem(path), || no_text(path))
}

/// Parses a `.json` document holding one article object.
///
/// `path` names the file in errors, gives the default id (its stem) and the
/// folder that a `path` field is relative to (that file is read here).
///
/// # Errors
///
/// [`Error::Json`] when the document is not JSON, not one object, lacks
/// both `text` and `path`, has a field of the wrong type or a date that
/// cannot be parsed; errors of the referenced file when `path` is used.
/// Arrays of articles are read by [`load_path`].
pub fn parse_json_article(path: &Path, text: &str) -> Result<Article> {
    let at = JsonAt {
        path,
        line: None,
        item: None,
    };
    match parse_json_value(path, text)? {
        Value::Object(object) => {
            article_from_object(&object, &at, &parent_dir(path), stem(path), None)
        }
        Value::Array(_) => Err(
            at.error("expected one article object, found an array (load the file with load_path)")
        ),
        other => Err(at.error(format!(
            "expected an article object, found {}",
            kind_of(&other)
        ))),
    }
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

/// Metadata fields before they become an [`Article`].
#[derive(Debug, Default)]
struct Fields {
    id: Option<String>,
    source: Option<String>,
    published: Option<(String, DateAt)>,
    title: Option<String>,
    url: Option<String>,
}

impl Fields {
    /// These fields with `over`'s wherever `over` has one.
    fn overlaid(self, over: Fields) -> Fields {
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
enum DateAt {
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
    fn error(self, article: &str, value: &str, reason: impl Display) -> Error {
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
fn finish(
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
fn no_text(path: &Path) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source: io::Error::new(
            io::ErrorKind::InvalidData,
            "no article text (the file or its body is empty)",
        ),
    }
}

/// Splits optional front matter off a `.txt` article.
fn split_front_matter<'t>(path: &Path, text: &'t str) -> Result<(Fields, &'t str)> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let mut offset = match lines.next() {
        Some(first) if first.trim_end() == "---" => first.len(),
        _ => return Ok((Fields::default(), text)),
    };
    let mut fields = Fields::default();
    for (n, line) in lines.enumerate() {
        let line_no = n + 2;
        offset += line.len();
        let content = line.trim();
        if content == "---" {
            let body = text.get(offset..).unwrap_or("");
            let body = body
                .strip_prefix("\r\n")
                .or_else(|| body.strip_prefix('\n'))
                .unwrap_or(body);
            return Ok((fields, body));
        }
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let front_matter_error = |message: &str| Error::FrontMatter {
            path: path.to_path_buf(),
            line: line_no,
            message: message.to_owned(),
        };
        let Some((key, value)) = content.split_once(':') else {
            return Err(front_matter_error(
                "expected `key: value` (or a closing `---` line)",
            ));
        };
        let key = key.trim().to_ascii_lowercase();
        if key.is_empty() {
            return Err(front_matter_error("missing key before `:`"));
        }
        let value = non_empty(unquote(value.trim()));
        match key.as_str() {
            "id" => fields.id = value,
            "source" => fields.source = value,
            "title" => fields.title = value,
            "url" => fields.url = value,
            "published" | "date" | "dct" => {
                fields.published = value
                    .filter(|v| !matches!(v.as_str(), "null" | "~"))
                    .map(|v| {
                        let at = DateAt::FrontMatter {
                            path: path.to_path_buf(),
                            line: line_no,
                        };
                        (v, at)
                    });
            }
            _ => {}
        }
    }
    Err(Error::FrontMatter {
        path: path.to_path_buf(),
        line: 1,
        message: "front matter opened here is never closed by a `---` line".to_owned(),
    })
}

/// Strips one pair of matching `"…"` or `'…'` quotes.
fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner;
        }
    }
    value
}

/// The trimmed value, or `None` when it is empty.
fn non_empty(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// Where in a JSON input an object is, to name it in errors.
#[derive(Debug, Clone, Copy)]
struct JsonAt<'a> {
    path: &'a Path,
    /// 1-based line for JSONL rows.
    line: Option<usize>,
    /// 1-based position in a JSON array.
    item: Option<usize>,
}

impl JsonAt<'_> {
    fn error(&self, message: impl Display) -> Error {
        Error::Json {
            path: self.path.to_path_buf(),
            line: self.line,
            message: match self.item {
                Some(n) => format!("item {n}: {message}"),
                None => message.to_string(),
            },
        }
    }

    fn date_at(&self) -> DateAt {
        DateAt::Json {
            path: self.path.to_path_buf(),
            line: self.line,
            item: self.item,
        }
    }
}

/// "a string", "an array": the kind of a JSON value, for messages.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// An optional string field (`null` or missing is `None`).
fn string_field(object: &Map<String, Value>, key: &str, at: &JsonAt) -> Result<Option<String>> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(non_empty(s)),
        Some(other) => Err(at.error(format!(
            "field `{key}` must be a string, found {}",
            kind_of(other)
        ))),
    }
}

/// The metadata fields of a JSON article object.
fn json_fields(object: &Map<String, Value>, at: &JsonAt) -> Result<Fields> {
    let id = match object.get("id") {
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => string_field(object, "id", at)?,
    };
    let mut published = None;
    for key in ["published", "dct", "date"] {
        let value = match object.get(key) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            Some(other) => {
                return Err(at.error(format!(
                    "field `{key}` must be a date string, a number or null, found {}",
                    kind_of(other)
                )))
            }
        };
        published = Some((value, at.date_at()));
        break;
    }
    Ok(Fields {
        id,
        source: string_field(object, "source", at)?,
        published,
        title: string_field(object, "title", at)?,
        url: string_field(object, "url", at)?,
    })
}

/// Builds an article from a JSON object, reading the file its `path` names
/// (relative to `base_dir`) when it has no `text`. Canonical paths of
/// referenced files are pushed to `referenced` when given.
fn article_from_object(
    object: &Map<String, Value>,
    at: &JsonAt,
    base_dir: &Path,
    default_id: String,
    referenced: Option<&mut Vec<PathBuf>>,
) -> Result<Article> {
    let fields = json_fields(object, at)?;
    match (object.get("text"), object.get("path")) {
        (Some(Value::String(text)), _) => {
            let no_text = || at.error("article has an empty `text`");
            finish(fields, text.clone(), default_id, no_text)
        }
        (Some(other), _) if !other.is_null() => Err(at.error(format!(
            "field `text` must be a string, found {}",
            kind_of(other)
        ))),
        (_, Some(Value::String(relative))) => {
            let file = base_dir.join(relative);
            if let Some(referenced) = referenced {
                if let Ok(canonical) = fs::canonicalize(&file) {
                    referenced.push(canonical);
                }
            }
            let content = read_text(&file)?;
            let (file_fields, body) = split_front_matter(&file, &content)?;
            let default_id = stem(&file);
            finish(
                file_fields.overlaid(fields),
                body.to_owned(),
                default_id,
                || no_text(&file),
            )
        }
        (_, Some(other)) if !other.is_null() => Err(at.error(format!(
            "field `path` must be a string, found {}",
            kind_of(other)
        ))),
        _ => Err(at.error("article has neither `text` nor `path`")),
    }
}

/// Parses a JSON document, naming line and column on failure.
fn parse_json_value(path: &Path, text: &str) -> Result<Value> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    serde_json::from_str(text).map_err(|e| Error::Json {
        path: path.to_path_buf(),
        line: (e.line() > 0).then_some(e.line()),
        message: json_message(&e),
    })
}

/// serde_json's message with "at column N" instead of "at line L column
/// N" (the line goes in the error's own field).
fn json_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match full.strip_suffix(&suffix) {
        Some(message) if error.line() > 0 => format!("{message} at column {}", error.column()),
        Some(message) => message.to_owned(),
        None => full,
    }
}

/// The default id of a file: its stem.
fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "article".to_owned())
}

/// The folder a file's relative `path` fields are resolved against.
fn parent_dir(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Reads a whole file as UTF-8.
fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| Error::Utf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// The kinds of file loaded, by extension (case-insensitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Txt,
    Json,
    Jsonl,
}

impl FileKind {
    fn of(path: &Path) -> Option<FileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(FileKind::Txt),
            "json" => Some(FileKind::Json),
            "jsonl" => Some(FileKind::Jsonl),
            _ => None,
        }
    }
}

/// Loads any input into `out` (ids not yet made unique).
fn load_any(path: &Path, out: &mut Loaded) {
    match fs::metadata(path) {
        Err(source) => out.errors.push(Error::Io {
            path: path.to_path_buf(),
            source,
        }),
        Ok(meta) if meta.is_dir() => load_dir(path, out),
        Ok(meta) if meta.is_file() => match FileKind::of(path) {
            Some(kind) => load_file(path, kind, out, None),
            None => out.errors.push(Error::Unsupported {
                path: path.to_path_buf(),
            }),
        },
        Ok(_) => out.errors.push(Error::Unsupported {
            path: path.to_path_buf(),
        }),
    }
}

/// Loads one file into `out`, recording files referenced by `path` fields.
fn load_file(path: &Path, kind: FileKind, out: &mut Loaded, referenced: Option<&mut Vec<PathBuf>>) {
    match kind {
        FileKind::Txt => push(
            out,
            read_text(path).and_then(|t| parse_txt_article(path, &t)),
        ),
        FileKind::Json => load_json(path, out, referenced),
        FileKind::Jsonl => match fs::File::open(path) {
            Err(source) => out.errors.push(Error::Io {
                path: path.to_path_buf(),
                source,
            }),
            Ok(file) => {
                let mut rows = Rows::new(BufReader::new(file), path, &parent_dir(path));
                rows.referenced = referenced.as_ref().map(|_| Vec::new());
                for row in rows.by_ref() {
                    push(out, row);
                }
                if let (Some(into), Some(found)) = (referenced, rows.referenced) {
                    into.extend(found);
                }
            }
        },
    }
}

/// Adds an article or an error.
fn push(out: &mut Loaded, result: Result<Article>) {
    match result {
        Ok(article) => out.articles.push(article),
        Err(error) => out.errors.push(error),
    }
}

/// Loads a `.json` file: one object or an array of objects.
fn load_json(path: &Path, out: &mut Loaded, mut referenced: Option<&mut Vec<PathBuf>>) {
    let value = match read_text(path).and_then(|text| parse_json_value(path, &text)) {
        Ok(value) => value,
        Err(error) => return out.errors.push(error),
    };
    let base_dir = parent_dir(path);
    let at = JsonAt {
        path,
        line: None,
        item: None,
    };
    match value {
        Value::Object(object) => {
            let article = article_from_object(&object, &at, &base_dir, stem(path), referenced);
            push(out, article);
        }
        Value::Array(items) if items.is_empty() => {
            out.errors.push(at.error("empty array: no articles"));
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let at = JsonAt {
                    item: Some(i + 1),
                    ..at
                };
                let article = match item {
                    Value::Object(object) => article_from_object(
                        object,
                        &at,
                        &base_dir,
                        format!("{}:{}", stem(path), i + 1),
                        referenced.as_deref_mut(),
                    ),
                    other => Err(at.error(format!(
                        "expected an article object, found {}",
                        kind_of(other)
                    ))),
                };
                push(out, article);
            }
        }
        other => out.errors.push(at.error(format!(
            "expected an article object or an array of them, found {}",
            kind_of(&other)
        ))),
    }
}

/// One entry of a folder walk.
enum Entry {
    File(PathBuf, FileKind),
    Failed(Error),
}

/// Walks a folder depth-first in sorted order, listing the files to load
/// and the failures met.
fn walk(root: &Path) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut visited = HashSet::new();
    let mut stack: Vec<std::vec::IntoIter<PathBuf>> = Vec::new();
    if let Some(children) = enter(root, &mut visited, &mut entries) {
        stack.push(children);
    }
    while let Some(children) = stack.last_mut() {
        let Some(path) = children.next() else {
            stack.pop();
            continue;
        };
        match fs::metadata(&path) {
            Err(source) => entries.push(Entry::Failed(Error::Io { path, source })),
            Ok(meta) if meta.is_dir() => {
                if let Some(children) = enter(&path, &mut visited, &mut entries) {
                    stack.push(children);
                }
            }
            Ok(meta) if meta.is_file() => {
                if let Some(kind) = FileKind::of(&path) {
                    entries.push(Entry::File(path, kind));
                }
            }
            Ok(_) => {}
        }
    }
    entries
}

/// Lists a folder's visible entries in sorted order, unless the folder was
/// already visited (a loop through links).
fn enter(
    dir: &Path,
    visited: &mut HashSet<PathBuf>,
    entries: &mut Vec<Entry>,
) -> Option<std::vec::IntoIter<PathBuf>> {
    let io_error = |source| {
        Entry::Failed(Error::Io {
            path: dir.to_path_buf(),
            source,
        })
    };
    let canonical = match fs::canonicalize(dir) {
        Ok(canonical) => canonical,
        Err(source) => {
            entries.push(io_error(source));
            return None;
        }
    };
    if !visited.insert(canonical) {
        entries.push(Entry::Failed(Error::FolderLoop {
            path: dir.to_path_buf(),
        }));
        return None;
    }
    let read = match fs::read_dir(dir) {
        Ok(read) => read,
        Err(source) => {
            entries.push(io_error(source));
            return None;
        }
    };
    let mut children = Vec::new();
    for entry in read {
        match entry {
            Ok(entry) => {
                let hidden = entry.file_name().as_encoded_bytes().first() == Some(&b'.');
                if !hidden {
                    children.push(entry.path());
                }
            }
            Err(source) => entries.push(io_error(source)),
        }
    }
    children.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Some(children.into_iter())
}

/// Loads a folder: JSON manifests first (to learn which `.txt` files they
/// load), then everything in walk order.
fn load_dir(root: &Path, out: &mut Loaded) {
    let entries = walk(root);
    let mut manifests: Vec<Option<Loaded>> = Vec::with_capacity(entries.len());
    let mut referenced = Vec::new();
    for entry in &entries {
        manifests.push(match entry {
            Entry::File(path, kind @ (FileKind::Json | FileKind::Jsonl)) => {
                let mut part = Loaded::default();
                load_file(path, *kind, &mut part, Some(&mut referenced));
                Some(part)
            }
            _ => None,
        });
    }
    let referenced: HashSet<PathBuf> = referenced.into_iter().collect();
    for (entry, manifest) in entries.into_iter().zip(manifests) {
        match (entry, manifest) {
            (_, Some(part)) => {
                out.articles.extend(part.articles);
                out.errors.extend(part.errors);
            }
            (Entry::File(path, kind), None) => {
                let loaded_by_manifest = !referenced.is_empty()
                    && fs::canonicalize(&path).is_ok_and(|c| referenced.contains(&c));
                if !loaded_by_manifest {
                    load_file(&path, kind, out, None);
                }
            }
            (Entry::Failed(error), None) => out.errors.push(error),
        }
    }
}

/// JSONL rows as articles, without making ids unique.
struct Rows<R> {
    reader: R,
    label: PathBuf,
    base_dir: PathBuf,
    /// Prefix of default ids.
    stem: String,
    /// 1-based number of the last line read.
    line: usize,
    /// Byte offset of the next line.
    offset: usize,
    buf: Vec<u8>,
    saw_row: bool,
    done: bool,
    /// Canonical paths of files read through `path`, when tracked.
    referenced: Option<Vec<PathBuf>>,
}

impl<R: BufRead> Rows<R> {
    fn new(reader: R, label: &Path, base_dir: &Path) -> Self {
        let stem = if label == Path::new("-") {
            "stdin".to_owned()
        } else {
            stem(label)
        };
        Rows {
            reader,
            label: label.to_path_buf(),
            base_dir: base_dir.to_path_buf(),
            stem,
            line: 0,
            offset: 0,
            buf: Vec::new(),
            saw_row: false,
            done: false,
            referenced: None,
        }
    }

    /// One non-blank row.
    fn row(&mut self, row: &str) -> Result<Article> {
        let at = JsonAt {
            path: &self.label,
            line: Some(self.line),
            item: None,
        };
        let value: Value = serde_json::from_str(row).map_err(|e| at.error(json_message(&e)))?;
        match value {
            Value::Object(object) => article_from_object(
                &object,
                &at,
                &self.base_dir,
                format!("{}:{}", self.stem, self.line),
                self.referenced.as_mut(),
            ),
            other => Err(at.error(format!(
                "expected an article object, found {}",
                kind_of(&other)
            ))),
        }
    }
}

impl<R: BufRead> Iterator for Rows<R> {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let mut buf = std::mem::take(&mut self.buf);
            buf.clear();
            let read = match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.done = true;
                    if self.saw_row {
                        return None;
                    }
                    return Some(Err(Error::Json {
                        path: self.label.clone(),
                        line: None,
                        message: "no rows: the feed is empty".to_owned(),
                    }));
                }
                Ok(read) => read,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                    self.buf = buf;
                    continue;
                }
                Err(source) => {
                    self.done = true;
                    return Some(Err(Error::Io {
                        path: self.label.clone(),
                        source,
                    }));
                }
            };
            self.line += 1;
            let line_start = self.offset;
            self.offset = self.offset.saturating_add(read);
            let mut bytes = buf.as_slice();
            bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
            bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
            let mut skipped = 0;
            if self.line == 1 {
                if let Some(rest) = bytes.strip_prefix(BOM.as_bytes()) {
                    bytes = rest;
                    skipped = BOM.len();
                }
            }
            let result = match std::str::from_utf8(bytes) {
                Err(e) => Some(Err(Error::Utf8 {
                    path: self.label.clone(),
                    offset: line_start + skipped + e.valid_up_to(),
                })),
                Ok(row) if row.trim().is_empty() => None,
                Ok(row) => Some(self.row(row)),
            };
            // Do not keep a buffer the size of one giant row for the rest.
            if buf.capacity() > ROW_BUFFER_KEEP {
                buf = Vec::new();
            }
            self.buf = buf;
            if let Some(result) = result {
                self.saw_row = true;
                return Some(result);
            }
        }
        None
    }
}

/// Hands out unique ids in order: `x`, then `x#2`, `x#3`, … for repeats.
#[derive(Debug, Default)]
struct UniqueIds {
    taken: HashSet<String>,
    next_suffix: HashMap<String, usize>,
}

impl UniqueIds {
    fn unique(&mut self, id: String) -> String {
        if !self.taken.contains(&id) {
            self.taken.insert(id.clone());
            return id;
        }
        let suffix = self.next_suffix.entry(id.clone()).or_insert(2);
        loop {
            let candidate = format!("{id}#{suffix}");
            *suffix += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// Makes the ids of a list of articles unique, in list order.
fn make_ids_unique(articles: &mut [Article]) {
    let mut ids = UniqueIds::default();
    for article in articles {
        article.id = ids.unique(std::mem::take(&mut article.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PublishedOrigin;
    use chrono::NaiveDate;

    /// A fresh scratch folder for one test, removed when dropped.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str) -> Self {
            let dir =
                std::env::temp_dir().join(format!("timeweave-load-{}-{name}", std::process::id()));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }

        fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
            let path = self.0.join(name);
            if let Some(parent) = path.parent() {
                fs::create_dir_all(parent).unwrap();
            }
            fs::write(&path, content).unwrap();
            path
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ids(loaded: &Loaded) -> Vec<&str> {
        loaded.articles.iter().map(|a| a.id.as_str()).collect()
    }

    fn seeds() -> Option<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
        dir.join("manifest.jsonl").is_file().then_some(dir)
    }

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
    fn seed_folder_loads_each_article_once_through_its_manifest() {
        let Some(dir) = seeds() else { return };
        let loaded = load_path(&dir);
        assert!(loaded.is_clean(), "{:?}", loaded.errors);
        assert_eq!(loaded.articles.len(), 5);
        assert!(ids(&loaded).iter().all(|id| !id.contains('#')));
    }

    #[test]
    fn seed_with_captions_gets_an_inferred_date() {
        let Some(dir) = seeds() else { return };
        let loaded = load_path(&dir.join("004_178f1a7b6671ab43.txt"));
        assert!(loaded.is_clean(), "{:?}", loaded.errors);
        let published = loaded.articles[0].published.clone().unwrap();
        assert_eq!(published.date, date(2025, 12, 3));
        assert!(matches!(
            published.origin,
            PublishedOrigin::Inferred { ref clue, .. } if clue == "caption"
        ));
    }

    #[test]
    fn front_matter_fields_and_body() {
        let text = "---\nid: \"kyiv-talks\"\nsource: 'Wire'\npublished: 2024-05-14T22:30:00-04:00\n\
                    title: Talks: day two\nurl: https://example.org/a\nauthor: ignored\n# a comment\n\n---\n\nBody line.\n";
        let article = parse_txt_article(Path::new("x/one.txt"), text).unwrap();
        assert_eq!(article.id, "kyiv-talks");
        assert_eq!(article.source.as_deref(), Some("Wire"));
        assert_eq!(article.title.as_deref(), Some("Talks: day two"));
        assert_eq!(article.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(
            article.published,
            Some(Published::metadata(date(2024, 5, 14)))
        );
        assert_eq!(article.text, "Body line.\n");
    }

    #[test]
    fn front_matter_body_strips_exactly_one_newline() {
        let parse = |t: &str| parse_txt_article(Path::new("a.txt"), t).unwrap().text;
        assert_eq!(parse("---\nid: a\n---\nBody"), "Body");
        assert_eq!(parse("---\nid: a\n---\n\nBody"), "Body");
        assert_eq!(parse("---\nid: a\n---\n\n\nBody"), "\nBody");
        assert_eq!(parse("---\r\nid: a\r\n---\r\n\r\nBody\r\n"), "Body\r\n");
        assert_eq!(parse("\u{feff}Plain text."), "Plain text.");
    }

    #[test]
    fn front_matter_errors_name_the_line() {
        let err = parse_txt_article(Path::new("a.txt"), "---\nid: a\nno colon here\n---\nBody")
            .unwrap_err();
        assert!(matches!(err, Error::FrontMatter { line: 3, .. }), "{err}");
        let err =
            parse_txt_article(Path::new("a.txt"), "---\nid: a\nBody without end\n").unwrap_err();
        assert!(matches!(err, Error::FrontMatter { line: 3, .. }), "{err}");
        let err = parse_txt_article(Path::new("a.txt"), "---\nid: a\ntitle: t\n").unwrap_err();
        assert!(matches!(err, Error::FrontMatter { line: 1, .. }), "{err}");
        let err = parse_txt_article(
            Path::new("a.txt"),
            "---\nid: a\npublished: Dec 3\n---\nBody",
        )
        .unwrap_err();
        assert!(matches!(err, Error::FrontMatter { line: 3, .. }), "{err}");
        assert!(err.to_string().contains("names no year"), "{err}");
    }

    #[test]
    fn plain_text_gets_stem_id_and_inferred_date() {
        let article = parse_txt_article(
            Path::new("dir/ankara-report.txt"),
            "ANKARA, June 3, 2024 — Ministers met on Monday.\n",
        )
        .unwrap();
        assert_eq!(article.id, "ankara-report");
        assert_eq!(article.published_date(), Some(date(2024, 6, 3)));
        assert!(matches!(
            article.published.unwrap().origin,
            PublishedOrigin::Inferred { clue, .. } if clue == "dateline"
        ));
        let article = parse_txt_article(Path::new("b.txt"), "No date at all.").unwrap();
        assert_eq!(article.published, None);
    }

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

    #[test]
    fn json_files_hold_one_object_or_an_array() {
        let dir = Scratch::new("json");
        let one = dir.write(
            "single.json",
            r#"{"text": "Alone.", "published": "2024-05-14", "extra": {"x": 1}}"#,
        );
        let many = dir.write(
            "many.json",
            r#"[{"text": "First."}, 7, {"id": "x", "text": "Third.", "title": 3}, {"id": "y", "text": "Fourth."}]"#,
        );
        let broken = dir.write("broken.json", "{\n  \"text\": \"x\",\n}");
        let loaded = load_paths(&[one.clone(), many, broken]);
        assert_eq!(ids(&loaded), ["single", "many:1", "y"]);
        assert_eq!(loaded.errors.len(), 3);
        assert!(
            matches!(&loaded.errors[0], Error::Json { message, .. } if message.starts_with("item 2:"))
        );
        assert!(matches!(
            loaded.errors[2],
            Error::Json { line: Some(3), .. }
        ));
        let err = parse_json_article(&one, "[]").unwrap_err();
        assert!(matches!(err, Error::Json { .. }));
    }

    #[test]
    fn utf8_errors_give_the_offset() {
        let dir = Scratch::new("utf8");
        let path = dir.write("bad.txt", b"ok \xe2\x82 broken");
        let loaded = load_path(&path);
        assert!(matches!(loaded.errors[..], [Error::Utf8 { offset: 3, .. }]));
    }

    #[test]
    fn folders_are_walked_in_sorted_order() {
        let dir = Scratch::new("walk");
        dir.write("b.txt", "Bee.");
        dir.write("a/z.txt", "Zed.");
        dir.write("a/y.json", r#"{"text": "Why."}"#);
        dir.write(".hidden.txt", "Hidden.");
        dir.write(".git/c.txt", "Hidden too.");
        dir.write("notes.md", "Skipped.");
        dir.write("c.TXT", "Sea.");
        dir.write("d/b.txt", "Another bee.");
        let loaded = load_path(&dir.0);
        assert!(loaded.is_clean(), "{:?}", loaded.errors);
        assert_eq!(ids(&loaded), ["y", "z", "b", "c", "b#2"]);
        let again = load_path(&dir.0);
        assert_eq!(ids(&loaded), ids(&again));
    }

    #[cfg(unix)]
    #[test]
    fn folder_loops_through_links_are_reported() {
        let dir = Scratch::new("loop");
        dir.write("inner/a.txt", "Text.");
        std::os::unix::fs::symlink(&dir.0, dir.0.join("inner/back")).unwrap();
        let loaded = load_path(&dir.0);
        assert_eq!(ids(&loaded), ["a"]);
        assert!(
            matches!(loaded.errors[..], [Error::FolderLoop { .. }]),
            "{:?}",
            loaded.errors
        );
    }

    #[test]
    fn unsupported_and_missing_inputs() {
        let dir = Scratch::new("unsupported");
        let md = dir.write("notes.md", "Text.");
        let loaded = load_paths(&[md, dir.0.join("missing.txt")]);
        assert!(matches!(
            loaded.errors[..],
            [Error::Unsupported { .. }, Error::Io { .. }]
        ));
    }

    #[test]
    fn duplicate_ids_across_inputs_get_suffixes() {
        let dir = Scratch::new("dupes");
        let a = dir.write("one/same.txt", "First.");
        let b = dir.write("two/same.txt", "Second.");
        let c = dir.write("feed.jsonl", "{\"id\": \"same#2\", \"text\": \"Third.\"}\n");
        let loaded = load_paths(&[a, b, c]);
        assert_eq!(ids(&loaded), ["same", "same#2", "same#2#2"]);
    }
}
