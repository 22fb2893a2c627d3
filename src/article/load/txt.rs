//! `.txt` articles: optional `---` front matter, then the text.

use std::path::Path;

use super::fields::{finish, no_text, DateAt, Fields};
use super::file::{stem, BOM};
use crate::{Article, Error, Result};

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

/// Splits optional front matter off a `.txt` article.
pub(super) fn split_front_matter<'t>(path: &Path, text: &'t str) -> Result<(Fields, &'t str)> {
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
pub(super) fn non_empty(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::article::load::fixtures::{date, seeds};
    use crate::article::load::load_path;
    use crate::{Published, PublishedOrigin};

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
}
