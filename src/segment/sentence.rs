//! Sentence bounds that survive news abbreviations.
//!
//! A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets
//! after it) when the next token opens a new sentence, and always at a blank
//! line. A period does not end a sentence after a title or a month or state
//! abbreviation ("Mr.", "Sen.", "Nov.", "Fla."), an initial ("J. Smith"), or a
//! dotted acronym ("U.S.", "p.m.") followed by a lower-case word or a number.
//! A single line break ends a sentence when the line before it ends with
//! sentence punctuation or is a heading (no closing punctuation, next line
//! capitalised); a hard-wrapped line that breaks mid-sentence does not.

use super::{Token, TokenKind};
use crate::Span;

/// One sentence: its span and the tokens in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span in the text, from its first token to its last.
    pub span: Span,
    /// Index of its first token.
    pub first_token: usize,
    /// One past the index of its last token.
    pub end_token: usize,
}

/// Splits `text` into sentences.
///
/// ```
/// use timeweave::segment::segment;
/// let text = "U.S. envoys met Mr. Putin on Dec. 2 in Moscow. Talks lasted hours.\nNext story";
/// let s: Vec<&str> = segment(text).iter().map(|s| &text[s.span.start..s.span.end]).collect();
/// assert_eq!(s, ["U.S. envoys met Mr. Putin on Dec. 2 in Moscow.", "Talks lasted hours.", "Next story"]);
/// ```
pub fn segment(text: &str) -> Vec<Sentence> {
    sentences_from_tokens(text, &super::tokenize(text))
}

/// Splits already tokenized text into sentences (see [`segment`]).
pub fn sentences_from_tokens(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // Line breaks before token i may close the sentence that ends at i-1.
        if i > first && t.lines_before > 0 && breaks_at_line(text, tokens, i) {
            push(&mut out, tokens, first, i);
            first = i;
        }
        if matches!(t.kind, TokenKind::Punct('.' | '!' | '?' | '…')) {
            // Absorb closing quotes and brackets, and runs of terminators.
            let mut end = i + 1;
            while end < tokens.len()
                && !tokens[end].space_before
                && matches!(
                    tokens[end].kind,
                    TokenKind::Punct('"' | '\'' | ')' | ']' | '.' | '!' | '?')
                )
            {
                end += 1;
            }
            if ends_sentence(text, tokens, i, end) {
                push(&mut out, tokens, first, end);
                first = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if first < tokens.len() {
        push(&mut out, tokens, first, tokens.len());
    }
    out
}

fn push(out: &mut Vec<Sentence>, tokens: &[Token], first: usize, end: usize) {
    out.push(Sentence {
        span: Span::new(tokens[first].span.start, tokens[end - 1].span.end),
        first_token: first,
        end_token: end,
    });
}

fn starts_upper(text: &str, t: &Token) -> bool {
    t.text(text).chars().next().is_some_and(char::is_uppercase)
}

fn breaks_at_line(text: &str, tokens: &[Token], i: usize) -> bool {
    if tokens[i].lines_before >= 2 {
        return true;
    }
    let prev = &tokens[i - 1];
    match prev.kind {
        TokenKind::Punct('.' | '!' | '?' | '"' | ':' | ']' | ')') => true,
        TokenKind::Punct(',' | '-' | '–' | '(' | '\'') => false,
        _ => {
            // A heading ends without punctuation, in a capitalised word or a
            // number, and the next line starts a capitalised sentence.
            let next = &tokens[i];
            let prev_heading = starts_upper(text, prev) || prev.number().is_some();
            prev_heading && (starts_upper(text, next) || matches!(next.kind, TokenKind::Punct('"')))
        }
    }
}

/// Abbreviations after which a period does not end a sentence when a
/// capitalised word follows (titles, months, US states, corporate suffixes).
fn is_abbreviation(word: &str) -> bool {
    const ABBR: &[&str] = &[
        "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt",
        "capt", "cmdr", "adm", "maj", "prof", "st", "ste", "jr", "sr", "rev", "hon", "pres",
        "supt", "det", "insp", "messrs", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
        "thurs", "fri", "sat", "sun", "no", "nos", "vol", "fig", "vs", "v", "approx", "est", "ala",
        "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans",
        "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
        "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ont", "que", "inc",
        "corp", "co", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd",
    ];
    // Written with a capital ("No. 5", "Fla."), except the few that are
    // lower case by habit: "no." ending a quote is the word "no".
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    let lower_ok = matches!(word, "vs" | "v" | "approx" | "est");
    word.len() <= 6 && (capital || lower_ok) && ABBR.iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn ends_sentence(text: &str, tokens: &[Token], dot: usize, end: usize) -> bool {
    let Some(next) = tokens.get(end) else {
        return true;
    };
    if next.lines_before >= 1 {
        return true;
    }
    if !tokens[dot].is_punct('.') {
        // "!" or "?": ends unless followed by a lower-case word.
        return !next
            .text(text)
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    }
    let next_opens = starts_upper(text, next)
        || next.number().is_some()
        || matches!(next.kind, TokenKind::Punct('"' | '\'' | '(' | '['));
    if !next_opens {
        return false;
    }
    if dot == 0 {
        return true;
    }
    let prev = &tokens[dot - 1];
    // A decimal point between digits: "3.5%", "$5.2 million".
    let glued = prev.span.end == tokens[dot].span.start && !next.space_before;
    if glued && prev.number().is_some() && next.number().is_some() {
        return false;
    }
    if prev.span.end != tokens[dot].span.start || !prev.is_word() {
        return true;
    }
    let word = prev.text(text);
    // An initial or a dotted acronym: "J.", "U.S.", "p.m.".
    if word.chars().count() == 1 {
        let dotted = dot >= 2 && tokens[dot - 2].is_punct('.');
        if word.chars().all(char::is_uppercase) || dotted {
            // "U.S. Special Envoy": keep together; "… in the U.S. The next"
            // is ambiguous, and keeping it together costs less.
            return false;
        }
    }
    if is_abbreviation(word) {
        // "Nov. 30", "Mr. Putin", "Fla. Officials" (rare) stay together.
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        segment(text)
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn keeps_abbreviations_together() {
        assert_eq!(
            sents("Sen. Smith met Gov. Lee in Hallandale Beach, Fla. on Sunday. Then he left."),
            [
                "Sen. Smith met Gov. Lee in Hallandale Beach, Fla. on Sunday.",
                "Then he left."
            ]
        );
        assert_eq!(
            sents("J. R. Smith said so. It rained."),
            ["J. R. Smith said so.", "It rained."]
        );
    }

    #[test]
    fn quotes_and_lines() {
        assert_eq!(
            sents("He said “no.” She left!\nHeadline Here\nBody starts. Ends"),
            [
                "He said “no.”",
                "She left!",
                "Headline Here",
                "Body starts.",
                "Ends"
            ]
        );
        assert_eq!(
            sents("the value of the\nIndonesian market fell."),
            ["the value of the\nIndonesian market fell."]
        );
    }

    #[test]
    fn decimal_points_do_not_end_sentences() {
        assert_eq!(
            sents("Sales fell 3.5% to $5.2 million in the quarter. Profit rose."),
            [
                "Sales fell 3.5% to $5.2 million in the quarter.",
                "Profit rose."
            ]
        );
        assert_eq!(
            sents("It ended in 1989. 1990 was better."),
            ["It ended in 1989.", "1990 was better."]
        );
    }

    #[test]
    fn empty_text_has_no_sentences() {
        assert!(segment("").is_empty());
        assert!(segment("  \n ").is_empty());
    }
}
