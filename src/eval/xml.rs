//! A small XML tokenizer for TimeML: tags, text, entity references.
//!
//! TimeML files are plain XML with no namespaces in play, no DTD-defined
//! entities and no need for validation, so a hand-written pull lexer is enough
//! and keeps the crate free of an XML dependency. It reports every problem as
//! a byte offset into the source plus a message; it never panics.
//!
//! What it accepts:
//! - start, end and empty-element tags with `"` or `'` quoted attributes;
//! - comments, processing instructions (`<?xml …?>`) and `<!DOCTYPE …>`, which
//!   it skips, and CDATA sections, which it returns verbatim;
//! - the five predefined entities and numeric character references in text and
//!   attribute values. An `&` that does not start one of those is kept as
//!   written, as HTML parsers do, because some corpora carry SGML leftovers
//!   such as `&Cx1f;`; a numeric reference to an invalid code point is an
//!   error.

/// One piece of an XML source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token<'s> {
    /// `<name a="v">` or, with `empty`, `<name a="v"/>`. Attribute values are
    /// decoded.
    Start {
        name: &'s str,
        attrs: Vec<(&'s str, String)>,
        empty: bool,
    },
    /// `</name>`.
    End { name: &'s str },
    /// Character data as written, entities not yet decoded.
    Text(&'s str),
    /// The content of a CDATA section, to be taken literally.
    CData(&'s str),
}

/// A lexing error: where (byte offset into the source) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct XmlError {
    pub offset: usize,
    pub message: String,
}

fn fail<T>(offset: usize, message: impl Into<String>) -> Result<T, XmlError> {
    Err(XmlError {
        offset,
        message: message.into(),
    })
}

/// Pull lexer over an XML source; yields `(offset, token)` pairs where
/// `offset` is the byte where the token starts.
pub(crate) struct Lexer<'s> {
    src: &'s str,
    pos: usize,
    failed: bool,
}

impl<'s> Lexer<'s> {
    pub(crate) fn new(src: &'s str) -> Self {
        let pos = if src.starts_with('\u{feff}') { 3 } else { 0 };
        Lexer {
            src,
            pos,
            failed: false,
        }
    }

    /// The rest of the source from byte `at`.
    fn rest(&self, at: usize) -> &'s str {
        self.src.get(at..).unwrap_or("")
    }

    /// Byte offset of `needle` at or after `from`, if any.
    fn find_from(&self, from: usize, needle: &str) -> Option<usize> {
        self.rest(from).find(needle).map(|i| from + i)
    }

    fn next_token(&mut self) -> Option<Result<(usize, Token<'s>), XmlError>> {
        loop {
            let start = self.pos;
            let rest = self.rest(start);
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let end = self.find_from(start, "<").unwrap_or(self.src.len());
                self.pos = end;
                return Some(Ok((start, Token::Text(&self.src[start..end]))));
            }
            let skip_to =
                |lexer: &Self, close: &str, what: &str| match lexer.find_from(start, close) {
                    Some(i) => Ok(i + close.len()),
                    None => fail(start, format!("unterminated {what}")),
                };
            let skipped = if rest.starts_with("<!--") {
                skip_to(self, "-->", "comment")
            } else if rest.starts_with("<![CDATA[") {
                return Some(match self.find_from(start, "]]>") {
                    Some(end) => {
                        self.pos = end + 3;
                        Ok((start, Token::CData(&self.src[start + 9..end])))
                    }
                    None => fail(start, "unterminated CDATA section"),
                });
            } else if rest.starts_with("<?") {
                skip_to(self, "?>", "processing instruction")
            } else if rest.starts_with("<!") {
                self.skip_declaration(start)
            } else {
                return Some(self.tag(start));
            };
            match skipped {
                Ok(next) => self.pos = next,
                Err(e) => return Some(Err(e)),
            }
        }
    }

    /// Skips `<!DOCTYPE …>`, including an internal subset in brackets.
    fn skip_declaration(&self, start: usize) -> Result<usize, XmlError> {
        let mut depth = 0usize;
        for (i, b) in self.rest(start).bytes().enumerate() {
            match b {
                b'[' => depth += 1,
                b']' => depth = depth.saturating_sub(1),
                b'>' if depth == 0 => return Ok(start + i + 1),
                _ => {}
            }
        }
        fail(start, "unterminated declaration")
    }

    /// Lexes a start, end or empty-element tag at `start` (which holds `<`).
    fn tag(&mut self, start: usize) -> Result<(usize, Token<'s>), XmlError> {
        let closing = self.rest(start).starts_with("</");
        let mut at = start + if closing { 2 } else { 1 };
        let name = self.name(at).ok_or(XmlError {
            offset: start,
            message: "'<' does not start a tag (write &lt; for a literal '<')".into(),
        })?;
        at += name.len();
        if closing {
            at = self.skip_space(at);
            if !self.rest(at).starts_with('>') {
                return fail(start, format!("malformed end tag </{name}"));
            }
            self.pos = at + 1;
            return Ok((start, Token::End { name }));
        }
        let mut attrs = Vec::new();
        loop {
            let before = at;
            at = self.skip_space(at);
            let rest = self.rest(at);
            if rest.starts_with('>') {
                self.pos = at + 1;
                let empty = false;
                return Ok((start, Token::Start { name, attrs, empty }));
            }
            if rest.starts_with("/>") {
                self.pos = at + 2;
                let empty = true;
                return Ok((start, Token::Start { name, attrs, empty }));
            }
            if rest.is_empty() {
                return fail(start, format!("unterminated tag <{name}"));
            }
            let attr = match self.name(at) {
                Some(attr) if at > before => attr,
                _ => return fail(at, format!("malformed attribute in tag <{name}")),
            };
            at = self.skip_space(at + attr.len());
            if !self.rest(at).starts_with('=') {
                return fail(at, format!("attribute {attr} of <{name}> has no value"));
            }
            at = self.skip_space(at + 1);
            let quote = match self.rest(at).chars().next() {
                Some(q @ ('"' | '\'')) => q,
                _ => return fail(at, format!("attribute {attr} of <{name}> is not quoted")),
            };
            let value_start = at + 1;
            let value_end = match self.rest(value_start).find([quote, '<']) {
                Some(i) if self.rest(value_start + i).starts_with(quote) => value_start + i,
                _ => {
                    return fail(
                        at,
                        format!("unterminated value of attribute {attr} in <{name}>"),
                    )
                }
            };
            let mut value = String::new();
            decode_into(&self.src[value_start..value_end], &mut value).map_err(|e| XmlError {
                offset: value_start + e.offset,
                message: e.message,
            })?;
            attrs.push((attr, value));
            at = value_end + 1;
        }
    }

    /// An XML name starting at `at`, if one does.
    fn name(&self, at: usize) -> Option<&'s str> {
        let rest = self.rest(at);
        let first = rest.chars().next()?;
        if !(first.is_alphabetic() || first == '_' || first == ':') {
            return None;
        }
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.')))
            .unwrap_or(rest.len());
        Some(&rest[..len])
    }

    fn skip_space(&self, at: usize) -> usize {
        let rest = self.rest(at);
        at + (rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n']).len())
    }
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Result<(usize, Token<'s>), XmlError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let item = self.next_token();
        if matches!(item, Some(Err(_))) {
            self.failed = true;
        }
        item
    }
}

/// Appends `raw` to `out` with entity and character references decoded.
/// Error offsets are relative to `raw`.
pub(crate) fn decode_into(raw: &str, out: &mut String) -> Result<(), XmlError> {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let offset = raw.len() - rest.len() + amp;
        let after = &rest[amp + 1..];
        // References are short; a `;` further away belongs to something else.
        let reference = after
            .get(..after.len().min(12))
            .and_then(|window| window.find(';'))
            .map(|semi| &after[..semi]);
        let decoded = match reference {
            Some("amp") => Some('&'),
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("quot") => Some('"'),
            Some("apos") => Some('\''),
            Some(r) if r.starts_with('#') => Some(char_reference(r).ok_or(XmlError {
                offset,
                message: format!("invalid character reference &{r};"),
            })?),
            _ => None,
        };
        match (decoded, reference) {
            (Some(c), Some(r)) => {
                out.push(c);
                rest = &after[r.len() + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Ok(())
}

/// `#163` or `#x20AC` (without `&` and `;`) to its character.
fn char_reference(r: &str) -> Option<char> {
    let code = match r.strip_prefix("#x").or_else(|| r.strip_prefix("#X")) {
        Some(hex) if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
            u32::from_str_radix(hex, 16).ok()?
        }
        Some(_) => return None,
        None => {
            let dec = r.strip_prefix('#')?;
            if dec.is_empty() || !dec.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            dec.parse().ok()?
        }
    };
    char::from_u32(code).filter(|&c| c != '\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(raw: &str) -> Result<String, XmlError> {
        let mut out = String::new();
        decode_into(raw, &mut out).map(|()| out)
    }

    #[test]
    fn entities_and_character_references_decode() {
        assert_eq!(
            decode("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;").unwrap(),
            "a & b <c> \"d\" 'e'"
        );
        assert_eq!(
            decode("&#163;7.99 &#x20AC;9 &#X20ac;").unwrap(),
            "£7.99 €9 €"
        );
        assert_eq!(decode("&amp;amp;").unwrap(), "&amp;");
    }

    #[test]
    fn stray_ampersands_stay_and_bad_references_fail() {
        assert_eq!(
            decode("AT&T &Cx1f; a & b &").unwrap(),
            "AT&T &Cx1f; a & b &"
        );
        assert_eq!(decode("&#xD800;").unwrap_err().offset, 0);
        assert_eq!(decode("ok &#99999999;").unwrap_err().offset, 3);
        assert!(decode("&#12a;").is_err());
        assert!(decode("&#;").is_err());
    }

    #[test]
    fn lexes_tags_text_and_skips_markup() {
        let src = "<?xml version=\"1.0\"?><!-- c --><!DOCTYPE x [<!ENTITY a 'b'>]>\
                   <A k='v&amp;w' j = \"2\"><B/>hi<![CDATA[<raw>]]></A >";
        let tokens: Vec<Token> = Lexer::new(src).map(|t| t.unwrap().1).collect();
        assert_eq!(
            tokens,
            [
                Token::Start {
                    name: "A",
                    attrs: vec![("k", "v&w".into()), ("j", "2".into())],
                    empty: false
                },
                Token::Start {
                    name: "B",
                    attrs: vec![],
                    empty: true
                },
                Token::Text("hi"),
                Token::CData("<raw>"),
                Token::End { name: "A" },
            ]
        );
    }

    #[test]
    fn malformed_markup_is_an_error_not_a_panic() {
        for src in [
            "<A",
            "<A k>",
            "<A k=v>",
            "<A k=\"v>",
            "a < b",
            "<!-- x",
            "</A",
            "<A k=\"v\"x=\"w\">",
            "<![CDATA[ x",
            "<?xml",
            "<é",
            "<A k='&#0;'>",
        ] {
            let result: Result<Vec<_>, _> = Lexer::new(src).collect();
            assert!(result.is_err(), "{src:?}");
        }
    }
}
