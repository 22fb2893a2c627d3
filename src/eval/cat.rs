//! Reading CAT XML documents (NewsReader MEANTIME) as [`TimemlDoc`]s.
//!
//! See [`parse_cat`] for the format and how the text is rebuilt.

use std::collections::BTreeMap;
use std::path::Path;

use super::timeml::{line_of, parse_date, timex_attrs};
use super::xml::{self, Lexer, Token, XmlError};
use super::{EvalError, GoldTimex, TimemlDoc};
use crate::{Span, TimexType};

/// Parses the content of a CAT XML document (MEANTIME). `path` names the
/// document in errors and gives its id when the `<Document>` has no
/// `doc_id`.
///
/// CAT, the format of the CELCT Annotation Tool used for MEANTIME (Minard et
/// al., 2016, "MEANTIME, the NewsReader Multilingual Event and Time
/// Corpus", LREC), stores a document as a list of `<token t_id sentence>`
/// followed by `<Markables>`, where each `<TIMEX3 type value
/// functionInDocument>` points at its tokens through `<token_anchor t_id/>`.
/// There is no running text, so one is rebuilt: tokens joined by a space,
/// sentences by a line break, the way SemEval-2015 Task 4 prints the same
/// articles ("January 09 , 2008").
///
/// MEANTIME annotates temporal expressions (and signals, values, most
/// mentions) only in the title, the date line and the first four sentences
/// of the body, sentences 0 to 5; later sentences carry only the mentions of
/// the cross-document layer. Scoring a tagger on the whole article would
/// count every expression it finds after sentence 5 as a false alarm, so the
/// text stops after sentence 5, or after the last sentence with a TIMEX3 if
/// a document annotates further.
///
/// The creation time is the TIMEX3 whose `functionInDocument` is
/// `CREATION_TIME`. Unlike TimeML, MEANTIME anchors it to the date line of
/// the article, which is part of the text; it is therefore also a gold
/// expression, as a tagger reading the text should find it. A TIMEX3 without
/// token anchors (an implicit time, written with `TAG_DESCRIPTOR`) has no
/// span and is left out.
///
/// ```
/// use std::path::Path;
/// use timeweave::eval::parse_cat;
///
/// let cat = r#"<Document doc_id="89284">
/// <token t_id="1" sentence="0" number="0">Prices</token><token t_id="2" sentence="0" number="1">fall</token>
/// <token t_id="3" sentence="1" number="2">January</token><token t_id="4" sentence="1" number="3">09</token>
/// <Markables><TIMEX3 m_id="9" type="DATE" value="2008-01-09" functionInDocument="CREATION_TIME">
/// <token_anchor t_id="3"/><token_anchor t_id="4"/></TIMEX3></Markables></Document>"#;
/// let doc = parse_cat(cat, Path::new("89284.xml"))?;
/// assert_eq!(doc.text, "Prices fall\nJanuary 09");
/// assert_eq!(doc.dct.map(|d| d.to_string()).as_deref(), Some("2008-01-09"));
/// assert_eq!(doc.gold[0].text, "January 09");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`EvalError::Malformed`], with the line, when the XML is malformed, the
/// root is not `<Document>`, a token has no `t_id`, a TIMEX3 lacks `type` or
/// `value` or anchors to an unknown token, or the creation time is not a
/// date.
pub fn parse_cat(source: &str, path: &Path) -> Result<TimemlDoc, EvalError> {
    read(source)
        .map_err(|e| EvalError::Malformed {
            path: path.to_path_buf(),
            line: line_of(source, e.offset),
            message: e.message,
        })
        .map(|(id, doc)| TimemlDoc {
            id: id.unwrap_or_else(|| {
                path.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default()
            }),
            ..doc
        })
}

/// A TIMEX3 markable: where, what, and the tokens it anchors to.
struct Markable {
    offset: usize,
    tid: String,
    kind: TimexType,
    value: String,
    modifier: Option<String>,
    tokens: Vec<String>,
}

/// A token: id, sentence number (if it is a number) and text.
struct CatToken {
    id: String,
    sentence: Option<usize>,
    text: String,
}

/// The last sentence MEANTIME annotates at document level.
const LAST_ANNOTATED_SENTENCE: usize = 5;

/// Everything read from a CAT document before the text is built.
#[derive(Default)]
struct Parsed {
    id: Option<String>,
    seen_root: bool,
    dct: Option<chrono::NaiveDate>,
    tokens: Vec<CatToken>,
    markables: Vec<Markable>,
}

fn read(source: &str) -> Result<(Option<String>, TimemlDoc), XmlError> {
    let parsed = scan(source)?;
    let sentence_of: BTreeMap<&str, Option<usize>> = parsed
        .tokens
        .iter()
        .map(|t| (t.id.as_str(), t.sentence))
        .collect();
    let mut last = LAST_ANNOTATED_SENTENCE;
    for m in &parsed.markables {
        for t_id in &m.tokens {
            match sentence_of.get(t_id.as_str()) {
                Some(sentence) => last = last.max(sentence.unwrap_or(0)),
                None => return fail(m.offset, format!("TIMEX3 anchors to unknown token {t_id}")),
            }
        }
    }

    let mut text = String::new();
    let mut spans: BTreeMap<&str, Span> = BTreeMap::new();
    let mut previous: Option<Option<usize>> = None;
    for token in &parsed.tokens {
        if token.sentence.is_some_and(|s| s > last) {
            continue;
        }
        if let Some(sentence) = previous {
            text.push(if sentence == token.sentence {
                ' '
            } else {
                '\n'
            });
        }
        previous = Some(token.sentence);
        let start = text.len();
        text.push_str(&token.text);
        spans.insert(&token.id, Span::new(start, text.len()));
    }

    let mut gold = Vec::new();
    for m in parsed.markables {
        let covered = m
            .tokens
            .iter()
            .filter_map(|t_id| spans.get(t_id.as_str()))
            .fold(None, |acc: Option<Span>, &span| {
                Some(match acc {
                    Some(c) => Span::new(c.start.min(span.start), c.end.max(span.end)),
                    None => span,
                })
            });
        let Some(span) = covered.filter(|s| !s.is_empty()) else {
            continue;
        };
        gold.push(GoldTimex {
            tid: m.tid,
            span,
            text: text[span.start..span.end].to_string(),
            kind: m.kind,
            value: m.value,
            modifier: m.modifier,
        });
    }
    gold.sort_by_key(|g| g.span);
    let doc = TimemlDoc {
        id: String::new(),
        dct: parsed.dct,
        text,
        gold,
    };
    Ok((parsed.id, doc))
}

/// Reads tokens, TIMEX3 markables, id and creation time.
fn scan(source: &str) -> Result<Parsed, XmlError> {
    let mut parsed = Parsed::default();
    let mut stack: Vec<&str> = Vec::new();
    // Index in `parsed.tokens` of the token being read.
    let mut in_token: Option<usize> = None;
    let mut open: Option<Markable> = None;

    for item in Lexer::new(source) {
        let (offset, tok) = item?;
        match tok {
            Token::Start { name, attrs, empty } => {
                let get = |key: &str| attrs.iter().find(|(k, _)| *k == key).map(|(_, v)| v);
                match (stack.len(), name) {
                    (0, "Document") => {
                        parsed.seen_root = true;
                        parsed.id = get("doc_id").cloned();
                    }
                    (0, other) => {
                        return fail(offset, format!("root is <{other}>, not a CAT <Document>"))
                    }
                    (_, "token") => {
                        let Some(id) = get("t_id").cloned() else {
                            return fail(offset, "token without t_id");
                        };
                        let sentence = get("sentence").and_then(|s| s.trim().parse().ok());
                        parsed.tokens.push(CatToken {
                            id,
                            sentence,
                            text: String::new(),
                        });
                        in_token = (!empty).then_some(parsed.tokens.len() - 1);
                    }
                    (_, "TIMEX3") if stack.last() == Some(&"Markables") => {
                        let (kind, value) = timex_attrs(offset, &attrs)?;
                        let creation =
                            get("functionInDocument").map(String::as_str) == Some("CREATION_TIME");
                        if creation && parsed.dct.is_none() {
                            parsed.dct = Some(parse_date(value).ok_or_else(|| XmlError {
                                offset,
                                message: format!("creation time {value:?} is not a date"),
                            })?);
                        }
                        let markable = Markable {
                            offset,
                            tid: get("m_id").cloned().unwrap_or_default(),
                            kind,
                            value: value.to_string(),
                            modifier: get("mod").filter(|m| !m.is_empty()).cloned(),
                            tokens: Vec::new(),
                        };
                        if empty {
                            parsed.markables.push(markable);
                        } else {
                            open = Some(markable);
                        }
                    }
                    (_, "token_anchor") => {
                        if let (Some(m), Some(t_id)) = (open.as_mut(), get("t_id")) {
                            m.tokens.push(t_id.clone());
                        }
                    }
                    _ => {}
                }
                if !empty {
                    stack.push(name);
                }
            }
            Token::End { name } => {
                match stack.pop() {
                    Some(open_name) if open_name == name => {}
                    Some(open_name) => {
                        return fail(offset, format!("</{name}> closes <{open_name}>"))
                    }
                    None => return fail(offset, format!("</{name}> closes nothing")),
                }
                match name {
                    "token" => in_token = None,
                    "TIMEX3" => parsed.markables.extend(open.take()),
                    _ => {}
                }
            }
            Token::Text(raw) => {
                if let Some(token) = in_token.and_then(|i| parsed.tokens.get_mut(i)) {
                    xml::decode_into(raw, &mut token.text).map_err(|e| XmlError {
                        offset: offset + e.offset,
                        message: e.message,
                    })?;
                }
            }
            Token::CData(raw) => {
                if let Some(token) = in_token.and_then(|i| parsed.tokens.get_mut(i)) {
                    token.text.push_str(raw);
                }
            }
        }
    }
    if let Some(name) = stack.last() {
        return fail(source.len(), format!("<{name}> is never closed"));
    }
    if !parsed.seen_root {
        return fail(source.len(), "no CAT <Document> element");
    }
    Ok(parsed)
}

fn fail<T>(offset: usize, message: impl Into<String>) -> Result<T, XmlError> {
    Err(XmlError {
        offset,
        message: message.into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?><Document doc_id="101354" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Apple</token>
<token number="1" sentence="0" t_id="2">releases</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">06</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2008</token>
<token number="6" sentence="2" t_id="7">&quot;AT&amp;T&quot;</token>
<token number="7" sentence="2" t_id="8">waited</token>
<token number="8" sentence="2" t_id="9">five</token>
<token number="9" sentence="2" t_id="10">years</token>
<token number="10" sentence="6" t_id="11">Later</token>
<token number="11" sentence="7" t_id="12">today</token>
<Markables>
<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<TIMEX3 m_id="69" type="DURATION" value="P5Y" mod="" functionInDocument="NONE">
<token_anchor t_id="9"/>
<token_anchor t_id="10"/>
</TIMEX3>
<TIMEX3 anchorTimeID="" functionInDocument="CREATION_TIME" m_id="41" type="DATE" value="2008-03-06">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="2003" m_id="74" type="DATE" value="2003"/>
</Markables>
<Relations><TLINK r_id="1" reltype="BEFORE"><source m_id="1"/><target m_id="41"/></TLINK></Relations>
</Document>
"#;

    fn parse(src: &str) -> Result<TimemlDoc, EvalError> {
        parse_cat(src, Path::new("meantime/101354_Apple.xml"))
    }

    #[test]
    fn rebuilds_text_from_tokens_and_spans_from_anchors() {
        let doc = parse(DOC).unwrap();
        assert_eq!(doc.id, "101354");
        assert_eq!(
            doc.text,
            "Apple releases\nMarch 06 , 2008\n\"AT&T\" waited five years"
        );
        assert_eq!(doc.dct, chrono::NaiveDate::from_ymd_opt(2008, 3, 6));
        let got: Vec<(&str, &str, &str)> = doc
            .gold
            .iter()
            .map(|g| (g.tid.as_str(), g.text.as_str(), g.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("41", "March 06 , 2008", "2008-03-06"),
                ("69", "five years", "P5Y")
            ]
        );
        assert_eq!(doc.gold[1].modifier, None);
        for g in &doc.gold {
            assert_eq!(&doc.text[g.span.start..g.span.end], g.text);
        }
    }

    #[test]
    fn text_stops_after_the_annotated_sentences_unless_a_timex_is_later() {
        let doc = parse(DOC).unwrap();
        assert!(doc.text.ends_with("five years"), "{:?}", doc.text);
        let later = DOC.replace(
            "<token_anchor t_id=\"9\"/>\n<token_anchor t_id=\"10\"/>",
            "<token_anchor t_id=\"11\"/>",
        );
        let doc = parse(&later).unwrap();
        assert!(doc.text.ends_with("five years\nLater"), "{:?}", doc.text);
        assert_eq!(doc.gold[1].text, "Later");
    }

    #[test]
    fn malformed_cat_is_an_error() {
        let cases = [
            ("<TimeML><TEXT>x</TEXT></TimeML>", "not a CAT <Document>"),
            ("<Document><token sentence='0'>x</token></Document>", "without t_id"),
            (
                "<Document><Markables><TIMEX3 type='DATE' value='2008'><token_anchor t_id='7'/></TIMEX3></Markables></Document>",
                "unknown token 7",
            ),
            ("<Document><token t_id='1'>x</Document>", "closes <token>"),
            ("<Document>", "never closed"),
            ("", "no CAT <Document>"),
        ];
        for (src, needle) in cases {
            match parse(src) {
                Err(EvalError::Malformed { message, .. }) => {
                    assert!(message.contains(needle), "{src}: {message}")
                }
                other => panic!("{src}: {other:?}"),
            }
        }
        for end in 0..=DOC.len() {
            if let Some(prefix) = DOC.get(..end) {
                let _ = parse(prefix);
            }
        }
    }
}
