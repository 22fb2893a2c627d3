//! Task documents: the text of a TimeML document as a system sees it, and
//! where each `<s>` sentence and its words lie in it, for mention ids.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;

use crate::eval::timeml::{line_of, read_text};
use crate::eval::xml::{self, Lexer, Token};
use crate::eval::{parse_timeml, EvalError};
use crate::{Article, Span};

/// One document of the task: its text as a system sees it, and where each
/// sentence and token of the TimeML lies in that text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskDoc {
    /// The `<DOCID>` (`10718`), or the file stem.
    pub id: String,
    /// The creation time's date.
    pub dct: Option<NaiveDate>,
    /// The content of `<TEXT>`, tags removed, as [`parse_timeml`] builds it
    /// (a line break between sentences that would otherwise touch).
    pub text: String,
    /// The `<s>` sentences, in text order.
    pub sentences: Vec<TaskSentence>,
}

/// One `<s id="N">` sentence of a task document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskSentence {
    /// The `id` attribute as written (`4`); its index among the sentences
    /// when it has none.
    pub id: String,
    /// Byte span in [`TaskDoc::text`].
    pub span: Span,
    /// Byte spans of its whitespace-separated tokens, the words of the
    /// sentence as written.
    pub tokens: Vec<Span>,
}

impl TaskDoc {
    /// The sentence and token index (0-based, within the sentence) of the
    /// token that contains byte `offset`, if any.
    pub fn locate(&self, offset: usize) -> Option<(&TaskSentence, usize)> {
        let after = self.sentences.partition_point(|s| s.span.start <= offset);
        let sentence = self.sentences.get(after.checked_sub(1)?)?;
        if offset >= sentence.span.end {
            return None;
        }
        let after = sentence.tokens.partition_point(|t| t.start <= offset);
        let index = after.checked_sub(1)?;
        (offset < sentence.tokens[index].end).then_some((sentence, index))
    }

    /// The task's id of the mention whose word contains byte `offset`:
    /// `docid-sentence-word`, the word as written in the sentence.
    ///
    /// ```
    /// use std::path::Path;
    /// use timeweave::eval::timeline::parse_task_doc;
    ///
    /// let tml = r#"<TimeML><DOCID>10718</DOCID><TEXT><s id="0">Title</s><s id="4">Apple <EVENT eid="e18">launched</EVENT> it .</s></TEXT></TimeML>"#;
    /// let doc = parse_task_doc(tml, Path::new("10718.tml"))?;
    /// let at = doc.text.find("launched").unwrap();
    /// assert_eq!(doc.mention_id(at).as_deref(), Some("10718-4-launched"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn mention_id(&self, offset: usize) -> Option<String> {
        let (sentence, index) = self.locate(offset)?;
        let word = sentence.tokens[index].slice(&self.text)?;
        Some(format!("{}-{}-{}", self.id, sentence.id, word))
    }

    /// The article a system reads: id, text and the creation date as
    /// publication date.
    pub fn article(&self) -> Article {
        let article = Article::new(self.id.clone(), self.text.clone());
        match self.dct {
            Some(d) => article.with_published(d),
            None => article,
        }
    }
}

/// Parses a task document (TimeML with `<s id>` sentences). `path` names it
/// in errors and gives its id when it has no `<DOCID>`.
///
/// # Errors
///
/// Whatever [`parse_timeml`] reports for the same source.
pub fn parse_task_doc(source: &str, path: &Path) -> Result<TaskDoc, EvalError> {
    let doc = parse_timeml(source, path)?;
    let malformed = |offset: usize, message: String| EvalError::Malformed {
        path: path.to_path_buf(),
        line: line_of(source, offset),
        message,
    };
    // A second pass, building the text as `parse_timeml` does, for the
    // sentence bounds.
    let mut text = String::new();
    let mut in_text = false;
    let mut open: Option<(String, usize)> = None;
    let mut spans: Vec<(String, Span)> = Vec::new();
    for token in Lexer::new(source) {
        let (offset, token) = token.map_err(|e| malformed(e.offset, e.message))?;
        match token {
            Token::Start { name: "TEXT", .. } => in_text = true,
            Token::End { name: "TEXT" } => in_text = false,
            Token::Start {
                name: "s",
                attrs,
                empty,
            } if in_text => {
                if !text.is_empty() && !text.ends_with(char::is_whitespace) {
                    text.push('\n');
                }
                if !empty {
                    let id = attrs
                        .iter()
                        .find(|(n, _)| *n == "id")
                        .map(|(_, v)| v.trim().to_string())
                        .unwrap_or_else(|| spans.len().to_string());
                    open = Some((id, text.len()));
                }
            }
            Token::End { name: "s" } if in_text => {
                if let Some((id, start)) = open.take() {
                    spans.push((id, Span::new(start, text.len())));
                }
            }
            Token::Text(raw) if in_text => xml::decode_into(raw, &mut text)
                .map_err(|e| malformed(offset + e.offset, e.message))?,
            Token::CData(raw) if in_text => text.push_str(raw),
            _ => {}
        }
    }
    if text != doc.text {
        return Err(malformed(
            0,
            "the text with sentence bounds differs from the TimeML text".into(),
        ));
    }
    let sentences = spans
        .into_iter()
        .map(|(id, span)| TaskSentence {
            id,
            span,
            tokens: word_spans(&text, span),
        })
        .collect();
    Ok(TaskDoc {
        id: doc.id,
        dct: doc.dct,
        text,
        sentences,
    })
}

/// Reads and parses a task document.
///
/// # Errors
///
/// As [`parse_task_doc`], plus [`EvalError::Io`] and [`EvalError::Utf8`].
pub fn read_task_doc(path: &Path) -> Result<TaskDoc, EvalError> {
    parse_task_doc(&read_text(path)?, path)
}

/// Byte spans of the whitespace-separated words of `text[span]`.
fn word_spans(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text[span.start..span.end].char_indices() {
        let at = span.start + i;
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Span::new(s, at));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, span.end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TML: &str = r#"<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>10718</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2008-01-09">2008-01-09</TIMEX3></DCT>
<TEXT><s id="3">The change will occur , Apple &amp; co <EVENT eid="e1">announced</EVENT> .</s><s id="4">Apple <EVENT eid="e18">launched</EVENT> the store on <TIMEX3 tid="t1" type="DATE" value="2003-04-28">April 28 , 2003</TIMEX3> .</s></TEXT>
</TimeML>"#;

    #[test]
    fn mention_ids_from_sentence_ids_and_words() {
        let doc = parse_task_doc(TML, Path::new("x.tml")).unwrap();
        assert_eq!(doc.id, "10718");
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2008, 1, 9));
        assert_eq!(
            doc.text,
            "The change will occur , Apple & co announced .\n\
             Apple launched the store on April 28 , 2003 ."
        );
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.sentences[1].id, "4");
        assert_eq!(doc.sentences[1].tokens.len(), 10);
        let at = |w: &str| doc.text.find(w).unwrap();
        assert_eq!(
            doc.mention_id(at("announced")).as_deref(),
            Some("10718-3-announced")
        );
        // Any byte of the word will do.
        assert_eq!(
            doc.mention_id(at("launched") + 3).as_deref(),
            Some("10718-4-launched")
        );
        assert_eq!(
            doc.locate(at("launched")).map(|(s, i)| (s.id.as_str(), i)),
            Some(("4", 1))
        );
        assert_eq!(doc.mention_id(at("&")).as_deref(), Some("10718-3-&"));
        assert_eq!(doc.locate(at("2003")).map(|(_, i)| i), Some(8));
        // Between sentences and past the end there is no word.
        assert_eq!(doc.mention_id(at("\n")), None);
        assert_eq!(doc.mention_id(doc.text.len()), None);
        assert_eq!(doc.article().published_date(), doc.dct);
    }
}
