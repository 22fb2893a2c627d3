//! Reading TimeML (`.tml`) documents: creation time, raw text and gold TIMEX3.
//!
//! A TimeML document (Pustejovsky et al., TimeML 1.2.1, as used by TimeBank,
//! AQUAINT and TempEval-3) is XML: a `<DOCID>`, a `<DCT>` holding one TIMEX3
//! with the document creation time, and a `<TEXT>` whose content is the
//! article with inline annotation (`<TIMEX3>`, `<EVENT>`, `<SIGNAL>`, and in
//! some corpora `<s>` sentence tags). Reading one gives the text a tagger
//! would have seen, tags removed and entities decoded, and the gold TIMEX3 of
//! that text as byte spans into it.

use std::path::Path;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::xml::{self, Lexer, Token, XmlError};
use super::EvalError;
use crate::{Span, TimexType};

/// One annotated document of a TimeML corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimemlDoc {
    /// The `<DOCID>`, or the file stem when the document has none.
    pub id: String,
    /// The date of the document creation time (the date part of a `TIME`
    /// value such as `1990-08-15T13:37`), if the document has a `<DCT>`.
    pub dct: Option<NaiveDate>,
    /// The content of `<TEXT>`, inner tags removed and entities decoded.
    pub text: String,
    /// The TIMEX3 annotated in `<TEXT>`, in text order. The creation time is
    /// not among them.
    pub gold: Vec<GoldTimex>,
}

/// A TIMEX3 of the gold annotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldTimex {
    /// The `tid` attribute (`t12`), empty if absent.
    pub tid: String,
    /// Byte span in [`TimemlDoc::text`].
    pub span: Span,
    /// The annotated text, `&doc.text[span.start..span.end]`.
    pub text: String,
    /// The `type` attribute.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The `value` attribute, as written (`1998-01-08`, `P1W`, `PAST_REF`).
    pub value: String,
    /// The `mod` attribute (`START`, `APPROX`…), if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub modifier: Option<String>,
}

/// Reads and parses a `.tml` file.
///
/// # Errors
///
/// [`EvalError::Io`] or [`EvalError::Utf8`] when the file cannot be read as
/// text, otherwise whatever [`parse_timeml`] reports.
pub fn read_timeml(path: &Path) -> Result<TimemlDoc, EvalError> {
    parse_timeml(&read_text(path)?, path)
}

/// The content of a UTF-8 file (the article loader's reader).
pub(super) use crate::article::read_text;

/// Parses the content of a TimeML document. `path` names the document in
/// errors and gives its id when it has no `<DOCID>`.
///
/// The text is the content of `<TEXT>` with every inner tag removed and the
/// XML entities (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#163;`,
/// `&#x20AC;`) decoded. One thing is added: where a sentence tag `<s>` opens
/// right after a non-space character, a line break is inserted, so that
/// sentence-per-tag corpora (SemEval-2015 Task 4) do not run the last word of
/// one sentence into the first of the next. Gold spans index the text so
/// built. A TIMEX3 with no text (`<TIMEX3 …/>`, the non-consuming timexes of
/// TimeML) has no span and is left out, as TempEval-3 leaves it out.
///
/// ```
/// use std::path::Path;
/// use timeweave::eval::parse_timeml;
///
/// let tml = r#"<TimeML><DOCID>d1</DOCID>
/// <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">January 8, 1998</TIMEX3></DCT>
/// <TEXT>AT&amp;T <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3>.</TEXT>
/// </TimeML>"#;
/// let doc = parse_timeml(tml, Path::new("d1.tml"))?;
/// assert_eq!(doc.dct.map(|d| d.to_string()).as_deref(), Some("1998-01-08"));
/// assert_eq!(doc.text, "AT&T fell Wednesday.");
/// let gold = &doc.gold[0];
/// assert_eq!((gold.span.start, gold.span.end, gold.value.as_str()), (10, 19, "1998-01-07"));
/// assert_eq!(&doc.text[gold.span.start..gold.span.end], "Wednesday");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`EvalError::Malformed`], with the line, when the XML is malformed, tags
/// do not balance, there is no `<TEXT>` or more than one, a TIMEX3 lacks
/// `type` or `value` or has a type other than `DATE`, `TIME`, `DURATION`,
/// `SET`, or the creation time is not a date.
pub fn parse_timeml(source: &str, path: &Path) -> Result<TimemlDoc, EvalError> {
    Reader::read(source)
        .map_err(|e| EvalError::Malformed {
            path: path.to_path_buf(),
            line: line_of(source, e.offset),
            message: e.message,
        })
        .map(|parsed| TimemlDoc {
            id: parsed.id.unwrap_or_else(|| {
                path.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default()
            }),
            dct: parsed.dct,
            text: parsed.text,
            gold: parsed.gold,
        })
}

/// 1-based line of byte `offset` in `source`.
pub(super) fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    1 + source.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// An open TIMEX3 inside `<TEXT>`.
struct OpenTimex {
    start: usize,
    tid: String,
    kind: TimexType,
    value: String,
    modifier: Option<String>,
}

/// The state of one pass over a document.
#[derive(Default)]
struct Reader<'s> {
    source: &'s str,
    /// Open elements: name and offset of the start tag.
    stack: Vec<(&'s str, usize)>,
    /// Stack depth at which `<TEXT>` is open, if it is.
    text_depth: Option<usize>,
    seen_text: bool,
    id: Option<String>,
    dct: Option<NaiveDate>,
    text: String,
    gold: Vec<GoldTimex>,
    open: Vec<OpenTimex>,
}

impl<'s> Reader<'s> {
    fn read(source: &'s str) -> Result<Self, XmlError> {
        let mut reader = Reader {
            source,
            ..Reader::default()
        };
        reader.run()?;
        Ok(reader)
    }

    fn run(&mut self) -> Result<(), XmlError> {
        for token in Lexer::new(self.source) {
            let (offset, token) = token?;
            match token {
                Token::Start { name, attrs, empty } => self.start(offset, name, &attrs, empty)?,
                Token::End { name } => self.end(offset, name)?,
                Token::Text(raw) => self.characters(offset, raw)?,
                Token::CData(raw) if self.text_depth.is_some() => self.text.push_str(raw),
                Token::CData(_) => {}
            }
        }
        if let Some(&(name, offset)) = self.stack.last() {
            return fail(offset, format!("<{name}> is never closed"));
        }
        if !self.seen_text {
            return fail(self.source.len(), "no <TEXT> element");
        }
        Ok(())
    }

    fn start(
        &mut self,
        offset: usize,
        name: &'s str,
        attrs: &[(&str, String)],
        empty: bool,
    ) -> Result<(), XmlError> {
        if self.text_depth.is_some() {
            match name {
                "TEXT" => return fail(offset, "<TEXT> inside <TEXT>"),
                "TIMEX3" if !empty => {
                    let (kind, value) = timex_attrs(offset, attrs)?;
                    self.open.push(OpenTimex {
                        start: self.text.len(),
                        tid: attr(attrs, "tid").unwrap_or_default().to_string(),
                        kind,
                        value: value.to_string(),
                        modifier: attr(attrs, "mod").map(str::to_string),
                    });
                }
                "s" if !self.text.is_empty() && !self.text.ends_with(char::is_whitespace) => {
                    self.text.push('\n');
                }
                _ => {}
            }
        } else if name == "TEXT" {
            if self.seen_text {
                return fail(offset, "a second <TEXT> element");
            }
            self.seen_text = true;
            if !empty {
                self.text_depth = Some(self.stack.len());
            }
        } else if name == "TIMEX3" && self.stack.iter().any(|&(n, _)| n == "DCT") {
            if self.dct.is_some() {
                return fail(offset, "more than one TIMEX3 in <DCT>");
            }
            let (_, value) = timex_attrs(offset, attrs)?;
            self.dct = Some(parse_date(value).ok_or_else(|| XmlError {
                offset,
                message: format!("creation time {value:?} is not a date"),
            })?);
        }
        if !empty {
            self.stack.push((name, offset));
        }
        Ok(())
    }

    fn end(&mut self, offset: usize, name: &str) -> Result<(), XmlError> {
        match self.stack.pop() {
            Some((open, _)) if open == name => {}
            Some((open, at)) => {
                return fail(
                    offset,
                    format!(
                        "</{name}> closes <{open}> (opened on line {})",
                        line_of(self.source, at)
                    ),
                )
            }
            None => return fail(offset, format!("</{name}> closes nothing")),
        }
        if self.text_depth == Some(self.stack.len()) {
            // Tags balance, so every TIMEX3 inside is closed.
            self.text_depth = None;
        } else if self.text_depth.is_some() && name == "TIMEX3" {
            let Some(open) = self.open.pop() else {
                return fail(offset, "</TIMEX3> without a TIMEX3");
            };
            let span = Span::new(open.start, self.text.len());
            if !span.is_empty() {
                self.gold.push(GoldTimex {
                    tid: open.tid,
                    span,
                    text: self.text[span.start..span.end].to_string(),
                    kind: open.kind,
                    value: open.value,
                    modifier: open.modifier,
                });
            }
        }
        Ok(())
    }

    fn characters(&mut self, offset: usize, raw: &str) -> Result<(), XmlError> {
        let relocate = |e: XmlError| XmlError {
            offset: offset + e.offset,
            message: e.message,
        };
        if self.text_depth.is_some() {
            xml::decode_into(raw, &mut self.text).map_err(relocate)?;
        } else if matches!(self.stack.last(), Some(("DOCID", _))) {
            let mut id = String::new();
            xml::decode_into(raw, &mut id).map_err(relocate)?;
            let id = id.trim();
            if !id.is_empty() {
                self.id = Some(id.to_string());
            }
        }
        Ok(())
    }
}

fn fail<T>(offset: usize, message: impl Into<String>) -> Result<T, XmlError> {
    Err(XmlError {
        offset,
        message: message.into(),
    })
}

fn attr<'a>(attrs: &'a [(&str, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
}

/// The required `type` and `value` of a TIMEX3.
pub(super) fn timex_attrs<'a>(
    offset: usize,
    attrs: &'a [(&str, String)],
) -> Result<(TimexType, &'a str), XmlError> {
    let kind = match attr(attrs, "type") {
        Some("DATE") => TimexType::Date,
        Some("TIME") => TimexType::Time,
        Some("DURATION") => TimexType::Duration,
        Some("SET") => TimexType::Set,
        Some(other) => return fail(offset, format!("TIMEX3 has unknown type {other:?}")),
        None => return fail(offset, "TIMEX3 has no type"),
    };
    let value = attr(attrs, "value").ok_or(XmlError {
        offset,
        message: "TIMEX3 has no value".into(),
    })?;
    Ok((kind, value))
}

/// The date of a creation-time value: `1998-01-08`, `1990-08-15T13:37`,
/// `19980108`.
pub(super) fn parse_date(value: &str) -> Option<NaiveDate> {
    let date = value.trim().split('T').next()?;
    NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(date, "%Y%m%d"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<TimemlDoc, EvalError> {
        parse_timeml(src, Path::new("corpus/doc7.tml"))
    }

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>NYT19980212.0019</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1990-08-15T13:37" temporalFunction="false" functionInDocument="CREATION_TIME">08/15/90 13:37</TIMEX3></DCT>
<TITLE>Prices &amp; <TIMEX3 tid="t9" type="DATE" value="1990">1990</TIMEX3></TITLE>
<TEXT>
Shares of AT&amp;T rose &#163;2 <TIMEX3 tid="t1" type="DATE" value="1990-08-14" temporalFunction="true" anchorTimeID="t0">Tuesday</TIMEX3>, &quot;the <EVENT eid="e1" class="OCCURRENCE">best</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P1W" mod="START">week</TIMEX3>&quot; in <TIMEX3 tid="t3" type="DATE" value="PAST_REF">years</TIMEX3>&#x2026; <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t4" type="SET" value="P1D" quant="EVERY">every day</TIMEX3>.
<TIMEX3 tid="t5" type="DATE" value="1990-08-15" />
</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>
"#;

    #[test]
    fn reads_id_dct_text_and_gold() {
        let doc = parse(DOC).unwrap();
        assert_eq!(doc.id, "NYT19980212.0019");
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(1990, 8, 15));
        assert_eq!(
            doc.text,
            "\nShares of AT&T rose £2 Tuesday, \"the best week\" in years… after every day.\n\n"
        );
        let got: Vec<(&str, &str, TimexType, &str)> = doc
            .gold
            .iter()
            .map(|g| (g.tid.as_str(), g.text.as_str(), g.kind, g.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("t1", "Tuesday", TimexType::Date, "1990-08-14"),
                ("t2", "week", TimexType::Duration, "P1W"),
                ("t3", "years", TimexType::Date, "PAST_REF"),
                ("t4", "every day", TimexType::Set, "P1D"),
            ]
        );
        assert_eq!(doc.gold[1].modifier.as_deref(), Some("START"));
        assert_eq!(doc.gold[0].modifier, None);
    }

    #[test]
    fn gold_spans_slice_the_stripped_text() {
        let doc = parse(DOC).unwrap();
        for g in &doc.gold {
            assert_eq!(&doc.text[g.span.start..g.span.end], g.text);
        }
        // The multi-byte characters before the spans count in bytes.
        assert_eq!(doc.gold[0].span, Span::new(25, 32));
    }

    #[test]
    fn sentence_tags_become_line_breaks_between_glued_sentences() {
        let src = r#"<TimeML><DOCID>10718</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2008-01-09">2008-01-09</TIMEX3></DCT>
<TEXT><s id="0">Apple cuts prices</s><s id="1"><TIMEX3 tid="t1" type="DATE" value="2008-01-09">January 09 , 2008</TIMEX3></s>
<s id="2">It <EVENT eid="e18">launched</EVENT> the store <TIMEX3 tid="t2" type="DATE" value="2003-04-28">on April 28 , 2003</TIMEX3> .</s></TEXT>
</TimeML>"#;
        let doc = parse(src).unwrap();
        assert_eq!(
            doc.text,
            "Apple cuts prices\nJanuary 09 , 2008\nIt launched the store on April 28 , 2003 ."
        );
        assert_eq!(doc.dct, NaiveDate::from_ymd_opt(2008, 1, 9));
        for g in &doc.gold {
            assert_eq!(&doc.text[g.span.start..g.span.end], g.text);
        }
        assert_eq!(doc.gold.len(), 2);
    }

    #[test]
    fn id_falls_back_to_the_file_stem_and_dct_is_optional() {
        let doc = parse("<TimeML><TEXT>Nothing <TIMEX3 type='DATE' value='PRESENT_REF'>now</TIMEX3></TEXT></TimeML>").unwrap();
        assert_eq!(doc.id, "doc7");
        assert_eq!(doc.dct, None);
        assert_eq!(doc.gold[0].tid, "");
    }

    #[test]
    fn malformed_documents_are_errors_with_file_and_line() {
        let cases = [
            ("<TimeML>\n<DOCID>x</DOCID>\n</TimeML>", 3, "no <TEXT>"),
            (
                "<TimeML>\n<TEXT>a <TIMEX3 value='1998'>b</TIMEX3></TEXT></TimeML>",
                2,
                "no type",
            ),
            (
                "<TimeML><TEXT>a <TIMEX3 type='DATE'>b</TIMEX3></TEXT></TimeML>",
                1,
                "no value",
            ),
            (
                "<TimeML><TEXT><TIMEX3 type='DAY' value='x'>b</TIMEX3></TEXT></TimeML>",
                1,
                "unknown type",
            ),
            (
                "<TimeML><TEXT>a\n<TIMEX3 type='DATE' value='1998'>b</TEXT></TimeML>",
                2,
                "closes <TIMEX3>",
            ),
            (
                "<TimeML><TEXT>a</TEXT>\n<TEXT>b</TEXT></TimeML>",
                2,
                "second <TEXT>",
            ),
            ("<TimeML>\n<TEXT>a</TEXT>", 1, "never closed"),
            ("<TimeML><TEXT>a</TEXT></TimeML></x>", 1, "closes nothing"),
            (
                "<DCT><TIMEX3 type='DATE' value='XXXX'>x</TIMEX3></DCT><TEXT/>",
                1,
                "not a date",
            ),
            ("<TEXT>\n\na < b</TEXT>", 3, "does not start a tag"),
            (
                "<TEXT>\n&#xFFFFFF;</TEXT>",
                2,
                "invalid character reference",
            ),
        ];
        for (src, line, needle) in cases {
            match parse(src) {
                Err(EvalError::Malformed {
                    path,
                    line: l,
                    message,
                }) => {
                    assert_eq!(path, Path::new("corpus/doc7.tml"), "{src}");
                    assert_eq!(l, line, "{src}: {message}");
                    assert!(message.contains(needle), "{src}: {message}");
                }
                other => panic!("{src}: {other:?}"),
            }
        }
    }

    #[test]
    fn arbitrary_prefixes_never_panic() {
        for end in 0..=DOC.len() {
            if let Some(prefix) = DOC.get(..end) {
                let _ = parse(prefix);
            }
        }
    }
}
