//! JSON article objects and `.json` files (one object or an array of them).

use std::fmt::Display;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::fields::{finish, no_text, DateAt, Fields};
use super::file::{parent_dir, read_text, stem, BOM};
use super::txt::{non_empty, split_front_matter};
use crate::{Article, Error, Result};

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
/// Arrays of articles are read by [`load_path`](crate::article::load_path).
pub fn parse_json_article(path: &Path, text: &str) -> Result<Article> {
    let at = JsonAt {
        path,
        line: None,
        item: None,
    };
    match parse_json_value(path, text)? {
        Value::Object(object) => article_from_object(&object, &at, &parent_dir(path), stem(path)),
        Value::Array(_) => Err(
            at.error("expected one article object, found an array (load the file with load_path)")
        ),
        other => Err(at.error(format!(
            "expected an article object, found {}",
            kind_of(&other)
        ))),
    }
}

/// Where in a JSON input an object is, to name it in errors.
#[derive(Debug, Clone, Copy)]
pub(super) struct JsonAt<'a> {
    pub(super) path: &'a Path,
    /// 1-based line for JSONL rows.
    pub(super) line: Option<usize>,
    /// 1-based position in a JSON array.
    pub(super) item: Option<usize>,
}

impl JsonAt<'_> {
    pub(super) fn error(&self, message: impl Display) -> Error {
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
pub(super) fn kind_of(value: &Value) -> &'static str {
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

/// The file a JSON article object reads its text from: its `path`, relative
/// to `base_dir`, when it has no `text` (a `text` wins over a `path`).
pub(super) fn referenced_file(object: &Map<String, Value>, base_dir: &Path) -> Option<PathBuf> {
    match (object.get("text"), object.get("path")) {
        (None | Some(Value::Null), Some(Value::String(relative))) => Some(base_dir.join(relative)),
        _ => None,
    }
}

/// Builds an article from a JSON object, reading the file its `path` names
/// (relative to `base_dir`) when it has no `text`.
pub(super) fn article_from_object(
    object: &Map<String, Value>,
    at: &JsonAt,
    base_dir: &Path,
    default_id: String,
) -> Result<Article> {
    let fields = json_fields(object, at)?;
    if let Some(file) = referenced_file(object, base_dir) {
        let content = read_text(&file)?;
        let (file_fields, body) = split_front_matter(&file, &content)?;
        let default_id = stem(&file);
        return finish(
            file_fields.overlaid(fields),
            body.to_owned(),
            default_id,
            || no_text(&file),
        );
    }
    match (object.get("text"), object.get("path")) {
        (Some(Value::String(text)), _) => {
            let no_text = || at.error("article has an empty `text`");
            finish(fields, text.clone(), default_id, no_text)
        }
        (Some(other), _) if !other.is_null() => Err(at.error(format!(
            "field `text` must be a string, found {}",
            kind_of(other)
        ))),
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
pub(super) fn json_message(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match full.strip_suffix(&suffix) {
        Some(message) if error.line() > 0 => format!("{message} at column {}", error.column()),
        Some(message) => message.to_owned(),
        None => full,
    }
}

/// The articles of a `.json` file (one object or an array of objects) and
/// its errors, in file order.
pub(super) fn load_json(path: &Path) -> Vec<Result<Article>> {
    match read_text(path) {
        Ok(text) => load_json_text(path, &text),
        Err(error) => vec![Err(error)],
    }
}

/// The articles of the text of a `.json` file named `path`, and its errors,
/// in order.
pub(super) fn load_json_text(path: &Path, text: &str) -> Vec<Result<Article>> {
    let at = JsonAt {
        path,
        line: None,
        item: None,
    };
    let value = match parse_json_value(path, text) {
        Ok(value) => value,
        Err(error) => return vec![Err(error)],
    };
    let base_dir = parent_dir(path);
    match value {
        Value::Object(object) => vec![article_from_object(&object, &at, &base_dir, stem(path))],
        Value::Array(items) if items.is_empty() => vec![Err(at.error("empty array: no articles"))],
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let at = JsonAt {
                    item: Some(i + 1),
                    ..at
                };
                match item {
                    Value::Object(object) => article_from_object(
                        object,
                        &at,
                        &base_dir,
                        format!("{}:{}", stem(path), i + 1),
                    ),
                    other => Err(at.error(format!(
                        "expected an article object, found {}",
                        kind_of(other)
                    ))),
                }
            })
            .collect(),
        other => vec![Err(at.error(format!(
            "expected an article object or an array of them, found {}",
            kind_of(&other)
        )))],
    }
}

/// The files that the article objects of a `.json` document read through
/// their `path` fields (nothing if it cannot be read: loading reports that).
pub(super) fn json_references(path: &Path) -> Vec<PathBuf> {
    let base_dir = parent_dir(path);
    match read_text(path).and_then(|text| parse_json_value(path, &text)) {
        Ok(Value::Object(object)) => referenced_file(&object, &base_dir).into_iter().collect(),
        Ok(Value::Array(items)) => items
            .iter()
            .filter_map(|item| referenced_file(item.as_object()?, &base_dir))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::load::fixtures::{ids, Scratch};
    use crate::article::load::load_paths;

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
}
