//! The tokenizer: words, numbers and punctuation with byte spans.
//!
//! Typography is folded while tokenising instead of in a normalised copy of
//! the text, so spans index the original bytes with no offset map:
//!
//! | written | folded to |
//! |---|---|
//! | U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash, U+2212 minus | `-` |
//! | U+2013 en dash, U+2014 em dash, U+2015 horizontal bar | `–` (a dash) |
//! | U+2018, U+2019, U+201B, U+2032 | `'` |
//! | U+201C, U+201D, U+201E, U+2033, `«`, `»` | `"` |
//! | U+00A0, U+2007, U+2009, U+200A, U+202F, U+3000 and other spaces | white space |
//!
//! A word is a run of letters and digits. A run of digits alone is a
//! [`TokenKind::Number`]. The tokenizer is a single pass over the bytes with an
//! ASCII fast path; it allocates only the output vector.

use crate::Span;

/// What kind of token it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, or letters mixed with digits ("Tuesday", "28th", "1990s").
    Word,
    /// Digits only, with their value (saturating) and digit count.
    Number {
        /// The value, saturating at `u32::MAX`.
        value: u32,
        /// How many digits were written ("05" has two).
        digits: u8,
    },
    /// One punctuation character, folded (see the module docs).
    Punct(char),
}

/// One token of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the original text.
    pub span: Span,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// True when white space separates this token from the previous one.
    pub space_before: bool,
    /// How many line breaks precede it (saturating at 255): 2 or more is a
    /// paragraph break.
    pub lines_before: u8,
}

impl Token {
    /// The punctuation character, if this is punctuation.
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            TokenKind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// True for this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// The number's value, if this is a number.
    pub fn number(&self) -> Option<u32> {
        match self.kind {
            TokenKind::Number { value, .. } => Some(value),
            _ => None,
        }
    }

    /// True for a word.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.start..self.span.end).unwrap_or("")
    }
}

/// How a character takes part in tokenising.
enum Class {
    Space,
    Newline,
    Alnum,
    Punct(char),
}

fn classify(c: char) -> Class {
    match c {
        '\n' => Class::Newline,
        c if c.is_whitespace() => Class::Space,
        '\u{200B}' | '\u{FEFF}' | '\u{00AD}' => Class::Space,
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => Class::Punct('-'),
        '\u{2013}' | '\u{2014}' | '\u{2015}' => Class::Punct('–'),
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => Class::Punct('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => {
            Class::Punct('"')
        }
        '\u{2026}' => Class::Punct('…'),
        c if c.is_alphanumeric() => Class::Alnum,
        c => Class::Punct(c),
    }
}

/// By byte: an ASCII letter or digit (one load in the word loop).
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Splits `text` into tokens, folding typography as the [`segment`](crate::segment)
/// module docs describe: U+2011 and other dashes, curly quotes and no-break
/// spaces match their plain forms, and spans index the original bytes.
///
/// ```
/// use timeweave::segment::{tokenize, TokenKind};
/// let text = "a five\u{2011}hour “meeting”";
/// let tokens = tokenize(text);
/// let shown: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
/// assert_eq!(shown, ["a", "five", "\u{2011}", "hour", "“", "meeting", "”"]);
/// assert_eq!(tokens[2].kind, TokenKind::Punct('-'));
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // News text has about one token per five bytes (0.17 to 0.26 on
    // TimeBank's articles, the median just above 0.2): a quarter is room
    // for nearly all, without growing and copying the vector half the time.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 8);
    let mut i = 0;
    let mut space_before = false;
    let mut lines_before: u8 = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // ASCII fast path.
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                let start = i;
                while i < bytes.len() {
                    let c = bytes[i];
                    if ASCII_ALNUM[usize::from(c)] {
                        i += 1;
                    } else if c >= 0x80 {
                        match text[i..].chars().next() {
                            Some(ch) if matches!(classify(ch), Class::Alnum) => {
                                i += ch.len_utf8();
                            }
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
                // Digits only: a number (a word starting with a letter is
                // never one, and is not looked at again).
                let all_digits =
                    b.is_ascii_digit() && bytes[start..i].iter().all(u8::is_ascii_digit);
                tokens.push(word_or_number(
                    bytes,
                    start,
                    i,
                    all_digits,
                    space_before,
                    lines_before,
                ));
                space_before = false;
                lines_before = 0;
                continue;
            }
            match b {
                b'\n' => {
                    lines_before = lines_before.saturating_add(1);
                    space_before = true;
                }
                b' ' | b'\t' | b'\r' | 0x0B | 0x0C => space_before = true,
                0..=0x1F | 0x7F => space_before = true,
                _ => {
                    tokens.push(Token {
                        span: Span::new(i, i + 1),
                        kind: TokenKind::Punct(if b == b'`' { '\'' } else { b as char }),
                        space_before,
                        lines_before,
                    });
                    space_before = false;
                    lines_before = 0;
                }
            }
            i += 1;
            continue;
        }
        let Some(ch) = text[i..].chars().next() else {
            break;
        };
        let len = ch.len_utf8();
        match classify(ch) {
            Class::Space => {
                space_before = true;
                i += len;
            }
            Class::Newline => {
                lines_before = lines_before.saturating_add(1);
                space_before = true;
                i += len;
            }
            Class::Punct(p) => {
                tokens.push(Token {
                    span: Span::new(i, i + len),
                    kind: TokenKind::Punct(p),
                    space_before,
                    lines_before,
                });
                space_before = false;
                lines_before = 0;
                i += len;
            }
            Class::Alnum => {
                let start = i;
                i += len;
                while i < bytes.len() {
                    let c = bytes[i];
                    if ASCII_ALNUM[usize::from(c)] {
                        i += 1;
                    } else if c >= 0x80 {
                        match text[i..].chars().next() {
                            Some(ch) if matches!(classify(ch), Class::Alnum) => i += ch.len_utf8(),
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
                tokens.push(Token {
                    span: Span::new(start, i),
                    kind: TokenKind::Word,
                    space_before,
                    lines_before,
                });
                space_before = false;
                lines_before = 0;
            }
        }
    }
    tokens
}

fn word_or_number(
    bytes: &[u8],
    start: usize,
    end: usize,
    all_digits: bool,
    space_before: bool,
    lines_before: u8,
) -> Token {
    let kind = if all_digits {
        let mut value: u32 = 0;
        for &d in &bytes[start..end] {
            value = value.saturating_mul(10).saturating_add(u32::from(d - b'0'));
        }
        TokenKind::Number {
            value,
            digits: u8::try_from(end - start).unwrap_or(u8::MAX),
        }
    } else {
        TokenKind::Word
    };
    Token {
        span: Span::new(start, end),
        kind,
        space_before,
        lines_before,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| match t.kind {
                TokenKind::Punct(c) => format!("<{c}>"),
                _ => t.text(text).to_string(),
            })
            .collect()
    }

    #[test]
    fn folds_typography_and_keeps_offsets() {
        let text = "Nov\u{a0}30, 2025 \u{2013} “five\u{2011}hour”";
        assert_eq!(
            shown(text),
            ["Nov", "30", "<,>", "2025", "<–>", "<\">", "five", "<->", "hour", "<\">"]
        );
        for t in tokenize(text) {
            assert!(text.get(t.span.start..t.span.end).is_some());
        }
    }

    #[test]
    fn numbers_and_mixed_words() {
        let toks = tokenize("On 05 and 28th, 1990s");
        assert_eq!(
            toks[1].kind,
            TokenKind::Number {
                value: 5,
                digits: 2
            }
        );
        assert!(toks[3].is_word());
        assert_eq!(
            tokenize("99999999999")[0].kind,
            TokenKind::Number {
                value: u32::MAX,
                digits: 11
            }
        );
    }

    #[test]
    fn counts_line_breaks() {
        let toks = tokenize("a\n\nb\nc");
        assert_eq!(
            toks.iter().map(|t| t.lines_before).collect::<Vec<_>>(),
            [0, 2, 1]
        );
        assert!(toks[1].space_before);
    }
}
