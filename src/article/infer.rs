//! Publication dates inferred from the text: [`infer_published`].

use chrono::NaiveDate;

use super::published::{is_weekday, month_number};
use crate::{Published, PublishedOrigin, Span};

/// Tokens a dateline's place may take before its date (`WASHINGTON, D.C.,`).
const MAX_PLACE_TOKENS: usize = 10;

/// Tokens allowed inside a dateline's `(Reuters)` or `/PRNewswire/`.
const MAX_AGENCY_TOKENS: usize = 8;

/// Filler tokens allowed between `Updated` and its date.
const MAX_UPDATED_FILLER: usize = 16;

/// Longest credit line under a caption, in bytes.
const MAX_CREDIT_BYTES: usize = 160;

/// Infers the publication date of an article from its text.
///
/// Many scraped articles come without a date in their metadata, yet the
/// text usually says when it was written. Returns `None` when the text has
/// no usable clue. The result is marked [`PublishedOrigin::Inferred`] with
/// the clue's name (`dateline`, `updated`, `caption`, `latest_date`) and its
/// byte span: the whole dateline up to its dash, the `Updated …` line up to
/// its date, or the date itself for captions and the latest date.
///
/// The clues, in order of trust:
///
/// 1. **dateline** — a paragraph that opens with a place and a date and a
///    dash: `MOSCOW, Dec. 3 (Reuters) –`, `WASHINGTON, December 3, 2025 —`,
///    `Dec 3, 2025 (AP) -`. Wire services put the filing date there. A
///    dateline without a year takes the year of the first dated mention in
///    the text, moved by one when that puts it nearer (a `Jan. 2` dateline in
///    a text that mentions `Dec. 30, 2025` is 2026-01-02); with no year
///    anywhere it is skipped. Several paragraphs that open with a bare date
///    and a dash are a timeline, not a dateline, and are ignored.
/// 2. **updated** — an `Updated …`, `Published …`, `Posted …` line whose
///    words up to the date are only times, weekdays, zones and punctuation:
///    `Updated 3:45 PM EST, Wed December 3, 2025`, `Published: 2025-12-03`.
///    With several, the latest date wins: the text at hand is the latest
///    revision, and its relative expressions were written on that day.
/// 3. **caption** — a photo caption: a line that ends with `, December 3,
///    2025.` or `on December 2, 2025.` and is followed by a credit line
///    (`Jane Doe/AP`, `Photo by … via Getty Images`). A photo cannot be
///    taken after the story is published, so the latest caption date is the
///    best bound.
/// 4. **latest_date** — otherwise the latest explicit full date (day, month
///    and year) anywhere in the text, for the same reason.
///
/// Dates are recognised by a small hand-written matcher over word, number
/// and punctuation tokens: `December 3, 2025`, `Dec. 3 2025`, `3rd December
/// 2025`, `2025-12-03`, `2025/12/03`, `12/03/2025`. Month names must be
/// capitalised ("may" is a verb). The whole scan is linear in the length of
/// the text: each line is tokenised once and every pattern looks ahead a
/// bounded number of tokens.
///
/// # Complexity
///
/// Time and extra space O(n) in the length of the text. Never panics.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use timeweave::{article::infer_published, PublishedOrigin};
///
/// let text = "KYIV, Dec. 3, 2025 (Reuters) - Talks resumed on Monday.";
/// let published = infer_published(text).unwrap();
/// assert_eq!(published.date, NaiveDate::from_ymd_opt(2025, 12, 3).unwrap());
/// let PublishedOrigin::Inferred { clue, span } = published.origin else { panic!() };
/// assert_eq!(clue, "dateline");
/// assert_eq!(&text[span.start..span.end], "KYIV, Dec. 3, 2025 (Reuters) -");
/// assert_eq!(infer_published("No date in here."), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn infer_published(text: &str) -> Option<Published> {
    let lines = scan(text);
    let found = dateline(text, &lines)
        .map(|(date, span)| (date, span, "dateline"))
        .or_else(|| updated(text, &lines).map(|(date, span)| (date, span, "updated")))
        .or_else(|| caption(text, &lines).map(|(date, span)| (date, span, "caption")))
        .or_else(|| latest(&lines).map(|(date, span)| (date, span, "latest_date")))?;
    let (date, span, clue) = found;
    Some(Published {
        date,
        origin: PublishedOrigin::Inferred {
            clue: clue.to_owned(),
            span,
        },
    })
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A run of letters (any script).
    Word,
    /// A run of ASCII digits.
    Number,
    /// Any other single non-space character.
    Punct(char),
}

/// A token of a line, with absolute byte offsets into the text.
#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
    /// Whitespace (or the start of the line) comes right before it.
    space_before: bool,
}

/// A date found in a line. `year` or `day` may be missing (`Dec. 3`,
/// `December 2025`), never both.
#[derive(Debug, Clone, Copy)]
struct DateMatch {
    span: Span,
    year: Option<i32>,
    month: u32,
    day: Option<u32>,
    /// Index of its first token in the line.
    first: usize,
    /// Index one past its last token.
    end: usize,
}

impl DateMatch {
    /// The date, when day, month and year are all given.
    fn full(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day?)
    }
}

/// One line of the text, tokenised, with the dates in it.
struct Line {
    tokens: Vec<Token>,
    dates: Vec<DateMatch>,
}

/// Splits the text into lines and scans each once.
fn scan(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for piece in text.split_inclusive('\n') {
        let tokens = tokenize(piece, start);
        let dates = find_dates(text, &tokens);
        lines.push(Line { tokens, dates });
        start += piece.len();
    }
    lines
}

/// Tokenises one line whose first byte is at `base` in the text.
fn tokenize(line: &str, base: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = line.char_indices().peekable();
    let mut space = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            Kind::Number
        } else if c.is_alphabetic() {
            Kind::Word
        } else {
            Kind::Punct(c)
        };
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            let same = match kind {
                Kind::Number => d.is_ascii_digit(),
                Kind::Word => d.is_alphabetic(),
                Kind::Punct(_) => false,
            };
            if !same {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        tokens.push(Token {
            kind,
            start: base + i,
            end: base + end,
            space_before: space,
        });
        space = false;
    }
    tokens
}

/// The text of a token.
fn word<'t>(text: &'t str, token: &Token) -> &'t str {
    text.get(token.start..token.end).unwrap_or("")
}

/// True when token `i` exists and is the punctuation `c`.
fn is_punct(tokens: &[Token], i: usize, c: char) -> bool {
    tokens.get(i).is_some_and(|t| t.kind == Kind::Punct(c))
}

/// True when token `i` exists and touches the one before it.
fn glued(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| !t.space_before)
}

/// The value of token `i` when it is a number of `min..=max` digits.
fn number(text: &str, tokens: &[Token], i: usize, min: usize, max: usize) -> Option<u32> {
    let t = tokens.get(i)?;
    let len = t.end - t.start;
    if t.kind != Kind::Number || len < min || len > max {
        return None;
    }
    word(text, t).parse().ok()
}

/// The month named by token `i`: a capitalised (or all-caps) English month
/// name or abbreviation.
fn month_at(text: &str, tokens: &[Token], i: usize) -> Option<u32> {
    let t = tokens.get(i)?;
    if t.kind != Kind::Word {
        return None;
    }
    let w = word(text, t);
    if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    month_number(w)
}

/// True when token `i` is an ordinal suffix glued to the number before it.
fn ordinal_suffix(text: &str, tokens: &[Token], i: usize) -> bool {
    glued(tokens, i)
        && tokens.get(i).is_some_and(|t| {
            t.kind == Kind::Word
                && matches!(
                    word(text, t).to_ascii_lowercase().as_str(),
                    "st" | "nd" | "rd" | "th"
                )
        })
}

/// True when token `i` ends a number-like run: nothing glued after it that
/// would make it part of a time, a longer code or a decimal.
fn ends_cleanly(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i) else {
        return true;
    };
    if next.space_before {
        return true;
    }
    match next.kind {
        Kind::Punct(':') | Kind::Number => false,
        Kind::Punct('-' | '/' | '.') => !tokens
            .get(i + 1)
            .is_some_and(|t| !t.space_before && t.kind == Kind::Number),
        Kind::Word => ordinal_suffix(text, tokens, i),
        Kind::Punct(_) => true,
    }
}

/// True when the number at `i` does not continue something glued before it
/// (`v2/12/03/2025`, `1.3 December`).
fn starts_cleanly(tokens: &[Token], i: usize) -> bool {
    if !glued(tokens, i) {
        return true;
    }
    match i.checked_sub(1).and_then(|p| tokens.get(p)) {
        None => true,
        Some(prev) => {
            matches!(prev.kind, Kind::Punct(c) if !matches!(c, '/' | '-' | '.' | ':' | ','))
        }
    }
}

/// All dates in a line, left to right, non-overlapping.
fn find_dates(text: &str, tokens: &[Token]) -> Vec<DateMatch> {
    let mut dates = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let found = match tokens[i].kind {
            Kind::Word => month_first(text, tokens, i),
            Kind::Number => numeric(text, tokens, i).or_else(|| day_first(text, tokens, i)),
            Kind::Punct(_) => None,
        };
        match found {
            Some(date) => {
                i = date.end.max(i + 1);
                dates.push(date);
            }
            None => i += 1,
        }
    }
    dates
}

/// Builds a match from token `first` to `end` (exclusive), checking that the
/// day exists.
fn date_match(
    tokens: &[Token],
    first: usize,
    end: usize,
    year: Option<u32>,
    month: u32,
    day: Option<u32>,
) -> Option<DateMatch> {
    let year = match year {
        Some(y) if (1000..=9999).contains(&y) => Some(i32::try_from(y).ok()?),
        Some(_) => return None,
        None => None,
    };
    // A year-less day must exist in some year (February 29 does).
    NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day.unwrap_or(1))?;
    let start = tokens.get(first)?.start;
    let stop = tokens.get(end.checked_sub(1)?)?.end;
    Some(DateMatch {
        span: Span::new(start, stop),
        year,
        month,
        day,
        first,
        end,
    })
}

/// A four-digit year at `i` (after an optional comma), followed by nothing
/// that makes it a time or a code. Returns the year and the index after it.
fn year_after(text: &str, tokens: &[Token], i: usize) -> Option<(u32, usize)> {
    let at = if is_punct(tokens, i, ',') { i + 1 } else { i };
    let year = number(text, tokens, at, 4, 4)?;
    ends_cleanly(text, tokens, at + 1).then_some((year, at + 1))
}

/// `December 3, 2025`, `Dec. 3rd 2025`, `Dec. 3`, `December 2025`.
fn month_first(text: &str, tokens: &[Token], i: usize) -> Option<DateMatch> {
    let month = month_at(text, tokens, i)?;
    let mut j = i + 1;
    if is_punct(tokens, j, '.') && glued(tokens, j) {
        j += 1;
    }
    if let Some(day) = number(text, tokens, j, 1, 2).filter(|d| (1..=31).contains(d)) {
        if !ends_cleanly(text, tokens, j + 1) {
            return None;
        }
        j += 1;
        if ordinal_suffix(text, tokens, j) {
            j += 1;
        }
        return match year_after(text, tokens, j) {
            Some((year, end)) => date_match(tokens, i, end, Some(year), month, Some(day)),
            None => date_match(tokens, i, j, None, month, Some(day)),
        };
    }
    let (year, end) = year_after(text, tokens, j)?;
    date_match(tokens, i, end, Some(year), month, None)
}

/// `3 December 2025`, `3rd of December, 2025`, `3 Dec.`.
fn day_first(text: &str, tokens: &[Token], i: usize) -> Option<DateMatch> {
    let day = number(text, tokens, i, 1, 2).filter(|d| (1..=31).contains(d))?;
    if !starts_cleanly(tokens, i) {
        return None;
    }
    let mut j = i + 1;
    if ordinal_suffix(text, tokens, j) {
        j += 1;
    }
    if tokens
        .get(j)
        .is_some_and(|t| t.kind == Kind::Word && word(text, t) == "of")
    {
        j += 1;
    }
    if glued(tokens, j) {
        return None;
    }
    let month = month_at(text, tokens, j)?;
    j += 1;
    if is_punct(tokens, j, '.') && glued(tokens, j) {
        j += 1;
    }
    match year_after(text, tokens, j) {
        Some((year, end)) => date_match(tokens, i, end, Some(year), month, Some(day)),
        None => date_match(tokens, i, j, None, month, Some(day)),
    }
}

/// `2025-12-03`, `2025/12/03`, `12/03/2025` (US order; day first when the
/// first number cannot be a month).
fn numeric(text: &str, tokens: &[Token], i: usize) -> Option<DateMatch> {
    if !starts_cleanly(tokens, i) {
        return None;
    }
    let sep = match tokens.get(i + 1)?.kind {
        Kind::Punct(c @ ('-' | '/')) if glued(tokens, i + 1) => c,
        _ => return None,
    };
    let glued_all = (i + 1..i + 5).all(|k| glued(tokens, k));
    if !glued_all || !is_punct(tokens, i + 3, sep) || !ends_cleanly(text, tokens, i + 5) {
        return None;
    }
    let end = i + 5;
    if let Some(year) = number(text, tokens, i, 4, 4) {
        let month = number(text, tokens, i + 2, 1, 2)?;
        let day = number(text, tokens, i + 4, 1, 2)?;
        return date_match(tokens, i, end, Some(year), month, Some(day));
    }
    if sep != '/' {
        return None;
    }
    let a = number(text, tokens, i, 1, 2)?;
    let b = number(text, tokens, i + 2, 1, 2)?;
    let year = number(text, tokens, i + 4, 4, 4)?;
    let (month, day) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
    date_match(tokens, i, end, Some(year), month, Some(day))
}

/// The date of reference for year-less datelines: the first mention in the
/// text that names a year.
fn reference_date(lines: &[Line]) -> Option<NaiveDate> {
    lines
        .iter()
        .flat_map(|l| l.dates.iter())
        .find_map(|d| NaiveDate::from_ymd_opt(d.year?, d.month, d.day.unwrap_or(1)))
}

/// Gives a year-less month and day the year (the reference's, or one either
/// side) that puts it nearest the reference date.
fn nearest_year(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let year = reference.year();
    [year, year - 1, year + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - reference).num_days().abs())
}

/// A dateline at the start of a line: the date and the span, and whether a
/// place comes before the date.
fn dateline_in(text: &str, line: &Line) -> Option<(DateMatch, Span, bool)> {
    let tokens = &line.tokens;
    let date = *line.dates.first()?;
    date.day?;
    if date.first > MAX_PLACE_TOKENS {
        return None;
    }
    let place = tokens.get(..date.first)?;
    let has_place = !place.is_empty();
    if has_place && !is_place(text, place) {
        return None;
    }
    // Optional `(Reuters)` and `/PRNewswire/`, then a dash.
    let mut j = date.end;
    for (open, close) in [('(', ')'), ('/', '/')] {
        if is_punct(tokens, j, open) {
            let inner = (j + 1..tokens.len().min(j + 2 + MAX_AGENCY_TOKENS))
                .find(|&k| is_punct(tokens, k, close))?;
            j = inner + 1;
        }
    }
    let dash = tokens.get(j)?;
    if !matches!(dash.kind, Kind::Punct('-' | '–' | '—' | '―' | '‒')) {
        return None;
    }
    let end = if is_punct(tokens, j + 1, '-') && glued(tokens, j + 1) {
        tokens.get(j + 1).map_or(dash.end, |t| t.end)
    } else {
        dash.end
    };
    let start = tokens.first()?.start;
    Some((date, Span::new(start, end), has_place))
}

/// The tokens before a dateline's date: capitalised words with commas,
/// periods, hyphens and apostrophes, ending in a comma (`WASHINGTON,`,
/// `KYIV, Ukraine,`, `WASHINGTON, D.C.,`). Every word starts with a capital.
fn is_place(text: &str, tokens: &[Token]) -> bool {
    let Some((last, words)) = tokens.split_last() else {
        return false;
    };
    last.kind == Kind::Punct(',')
        && words.first().is_some_and(|t| t.kind == Kind::Word)
        && words.iter().all(|t| match t.kind {
            Kind::Word => word(text, t).starts_with(char::is_uppercase),
            Kind::Punct(c) => matches!(c, ',' | '.' | '-' | '\'' | '’' | '&'),
            Kind::Number => false,
        })
}

/// Rule 1: the first dateline (see the module docs).
fn dateline(text: &str, lines: &[Line]) -> Option<(NaiveDate, Span)> {
    let candidates: Vec<(DateMatch, Span, bool)> =
        lines.iter().filter_map(|l| dateline_in(text, l)).collect();
    let bare = candidates.iter().filter(|(_, _, place)| !place).count();
    let mut reference = None;
    for (date, span, has_place) in candidates {
        if !has_place && bare > 1 {
            continue;
        }
        if let Some(full) = date.full() {
            return Some((full, span));
        }
        let Some(day) = date.day else {
            continue;
        };
        if reference.is_none() {
            reference = Some(reference_date(lines));
        }
        if let Some(resolved) = reference
            .flatten()
            .and_then(|r| nearest_year(date.month, day, r))
        {
            return Some((resolved, span));
        }
    }
    None
}

/// Index of the first token after an `Updated`/`Published`/`Posted` keyword
/// opening the line (`Last updated`, `First published`, `Originally
/// posted` too).
fn updated_keyword(text: &str, tokens: &[Token]) -> Option<usize> {
    let lower = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| word(text, t).to_lowercase())
    };
    let is_verb = |w: &str| matches!(w, "updated" | "published" | "posted");
    let first = lower(0)?;
    if is_verb(&first) {
        return Some(1);
    }
    let second = lower(1)?;
    (matches!(first.as_str(), "last" | "first" | "originally") && is_verb(&second)).then_some(2)
}

/// Tokens that may stand between `Updated` and its date: times, weekdays,
/// zones, `on`/`at`, punctuation.
fn is_updated_filler(text: &str, t: &Token) -> bool {
    match t.kind {
        Kind::Number => t.end - t.start <= 2,
        Kind::Punct(c) => matches!(
            c,
            ':' | ',' | '.' | '|' | '-' | '–' | '—' | '•' | '·' | '/' | '(' | ')' | '@'
        ),
        Kind::Word => {
            let w = word(text, t);
            let lower = w.to_lowercase();
            matches!(
                lower.as_str(),
                "on" | "at"
                    | "am"
                    | "pm"
                    | "a"
                    | "p"
                    | "m"
                    | "and"
                    | "updated"
                    | "published"
                    | "posted"
                    | "last"
                    | "first"
                    | "originally"
            ) || is_weekday(w)
                || (w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase()))
        }
    }
}

/// Rule 2: the latest date on `Updated …`/`Published …`/`Posted …` lines.
fn updated(text: &str, lines: &[Line]) -> Option<(NaiveDate, Span)> {
    let mut best: Option<(NaiveDate, Span)> = None;
    for line in lines {
        let Some(mut cursor) = updated_keyword(text, &line.tokens) else {
            continue;
        };
        let Some(start) = line.tokens.first().map(|t| t.start) else {
            continue;
        };
        for date in &line.dates {
            let Some(gap) = line.tokens.get(cursor..date.first) else {
                break;
            };
            if gap.len() > MAX_UPDATED_FILLER || !gap.iter().all(|t| is_updated_filler(text, t)) {
                break;
            }
            if let Some(full) = date.full() {
                keep_latest(&mut best, full, Span::new(start, date.span.end));
            }
            cursor = date.end;
        }
    }
    best
}

/// Words typical of a photo credit line.
const CREDIT_WORDS: [&str; 22] = [
    "AFP",
    "AP",
    "Alamy",
    "Anadolu",
    "Bloomberg",
    "Courtesy",
    "Credit",
    "EPA",
    "Getty",
    "Images",
    "Photo",
    "Photograph",
    "Photos",
    "Pictures",
    "POOL",
    "Pool",
    "Reuters",
    "REUTERS",
    "Shutterstock",
    "Sputnik",
    "TASS",
    "via",
];

/// A short line naming a photographer or agency: `Jane Doe/AP`,
/// `Photo: Reuters`, `John Roe via Getty Images`.
fn is_credit(text: &str, line: &Line) -> bool {
    let (Some(first), Some(last)) = (line.tokens.first(), line.tokens.last()) else {
        return false;
    };
    if last.end - first.start > MAX_CREDIT_BYTES || !line.dates.is_empty() {
        return false;
    }
    if matches!(last.kind, Kind::Punct('.' | '!' | '?' | ':' | '"' | '”')) {
        return false;
    }
    line.tokens.iter().any(|t| match t.kind {
        Kind::Punct(c) => c == '/',
        Kind::Word => CREDIT_WORDS.contains(&word(text, t)),
        Kind::Number => false,
    })
}

/// Rule 3: the latest date ending a caption line that a credit line follows.
fn caption(text: &str, lines: &[Line]) -> Option<(NaiveDate, Span)> {
    let mut best: Option<(NaiveDate, Span)> = None;
    for (k, line) in lines.iter().enumerate() {
        let Some(date) = line.dates.last() else {
            continue;
        };
        let Some(full) = date.full() else {
            continue;
        };
        let Some(rest) = line.tokens.get(date.end..) else {
            continue;
        };
        if !(rest.is_empty() || (rest.len() == 1 && rest[0].kind == Kind::Punct('.'))) {
            continue;
        }
        let introduced = date
            .first
            .checked_sub(1)
            .and_then(|p| line.tokens.get(p))
            .is_some_and(|t| match t.kind {
                Kind::Punct(c) => c == ',',
                Kind::Word => word(text, t).eq_ignore_ascii_case("on"),
                Kind::Number => false,
            });
        if !introduced {
            continue;
        }
        // The credit is the next line, or the one after a single blank line.
        let next = lines
            .get(k + 1..)
            .unwrap_or_default()
            .iter()
            .take(2)
            .find(|l| !l.tokens.is_empty());
        if next.is_some_and(|l| is_credit(text, l)) {
            keep_latest(&mut best, full, date.span);
        }
    }
    best
}

/// Rule 4: the latest full date in the text.
fn latest(lines: &[Line]) -> Option<(NaiveDate, Span)> {
    let mut best = None;
    for date in lines.iter().flat_map(|l| l.dates.iter()) {
        if let Some(full) = date.full() {
            keep_latest(&mut best, full, date.span);
        }
    }
    best
}

/// Keeps the later date; on a tie, the earlier mention.
fn keep_latest(best: &mut Option<(NaiveDate, Span)>, date: NaiveDate, span: Span) {
    if best.is_none_or(|(d, _)| date > d) {
        *best = Some((date, span));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The inferred date, clue and the text of the clue's span.
    fn infer(text: &str) -> Option<(NaiveDate, String, &str)> {
        let p = infer_published(text)?;
        match p.origin {
            PublishedOrigin::Inferred { clue, span } => {
                Some((p.date, clue, span.slice(text).expect("span on boundaries")))
            }
            PublishedOrigin::Metadata => panic!("inferred dates are marked inferred"),
        }
    }

    #[track_caller]
    fn check(text: &str, want: NaiveDate, clue: &str, span: &str) {
        let got = infer(text).unwrap_or_else(|| panic!("no date inferred from {text:?}"));
        assert_eq!(got, (want, clue.to_owned(), span), "{text:?}");
    }

    #[test]
    fn dateline_with_place_and_year() {
        check(
            "LISBON, March 14, 2024 — The harbour reopened on Tuesday after a storm.",
            date(2024, 3, 14),
            "dateline",
            "LISBON, March 14, 2024 —",
        );
        check(
            "Headline here\n\nOSLO, Norway, 7 June 2023 - Ministers met on Monday, June 5, 2023.",
            date(2023, 6, 7),
            "dateline",
            "OSLO, Norway, 7 June 2023 -",
        );
        check(
            "WASHINGTON, D.C., Dec. 3, 2025 /PRNewswire/ -- A group announced a fund.",
            date(2025, 12, 3),
            "dateline",
            "WASHINGTON, D.C., Dec. 3, 2025 /PRNewswire/ --",
        );
    }

    #[test]
    fn dateline_without_place() {
        check(
            "Feb 9, 2024 (AP) - Floods closed the valley road, officials said Feb. 8, 2024.",
            date(2024, 2, 9),
            "dateline",
            "Feb 9, 2024 (AP) -",
        );
    }

    #[test]
    fn yearless_dateline_takes_the_nearest_year_from_the_text() {
        check(
            "NAIROBI, Oct. 21 (Reuters) – The council met again. A first round was held on Oct. 2, 2024.",
            date(2024, 10, 21),
            "dateline",
            "NAIROBI, Oct. 21 (Reuters) –",
        );
        // Across the new year: a January dateline in a story about late December.
        check(
            "TOKYO, Jan. 2 (Reuters) - Markets reopened after the Dec. 30, 2025 holiday.",
            date(2026, 1, 2),
            "dateline",
            "TOKYO, Jan. 2 (Reuters) -",
        );
    }

    #[test]
    fn yearless_dateline_without_any_year_is_skipped() {
        assert_eq!(
            infer("PARIS, Oct. 21 (Reuters) - Nothing else here mentions a year."),
            None
        );
    }

    #[test]
    fn a_run_of_dated_paragraphs_is_a_timeline_not_a_dateline() {
        let text = "Timeline\n\
                    Apr 1, 2024 – The committee was formed.\n\
                    Apr 9, 2024 – It held its first hearing.\n\
                    Apr 20, 2024 – The report came out.\n";
        check(text, date(2024, 4, 20), "latest_date", "Apr 20, 2024");
    }

    #[test]
    fn updated_line() {
        check(
            "A title\nUpdated 9:05 AM GMT, Fri March 8, 2024\nThe vote was held on Thursday.",
            date(2024, 3, 8),
            "updated",
            "Updated 9:05 AM GMT, Fri March 8, 2024",
        );
        check(
            "Published: 2024-03-07\nThe vote was held on Thursday.",
            date(2024, 3, 7),
            "updated",
            "Published: 2024-03-07",
        );
        check(
            "Published March 7, 2024 | Last updated March 9, 2024\nBody.",
            date(2024, 3, 9),
            "updated",
            "Published March 7, 2024 | Last updated March 9, 2024",
        );
    }

    #[test]
    fn prose_starting_with_published_is_not_an_updated_line() {
        check(
            "Published reports from March 1, 2024 were wrong, she said on March 4, 2024.",
            date(2024, 3, 4),
            "latest_date",
            "March 4, 2024",
        );
    }

    #[test]
    fn photo_captions_with_credits() {
        let text = "The minister spoke on Tuesday.\n\
                    The minister arrives at the summit in Brussels, May 14, 2024.\n\
                    Jean Dupont/AFP via Getty Images\n\
                    Delegates gather before the talks on May 13, 2024.\n\
                    Anna Berg/Reuters\n\
                    The treaty is due to expire on June 30, 2030.\n";
        check(text, date(2024, 5, 14), "caption", "May 14, 2024");
    }

    #[test]
    fn a_date_ending_a_line_without_a_credit_is_not_a_caption() {
        let text = "Talks began in Vienna on May 13, 2024.\nMore talks are planned.\n\
                    A deadline was set for May 20, 2024.";
        check(text, date(2024, 5, 20), "latest_date", "May 20, 2024");
    }

    #[test]
    fn latest_full_date() {
        check(
            "The law passed on 3 April 2023 and took effect on 2023-07-01; a review came 04/15/2023.",
            date(2023, 7, 1),
            "latest_date",
            "2023-07-01",
        );
        check(
            "Results were announced December 3rd, 2022.",
            date(2022, 12, 3),
            "latest_date",
            "December 3rd, 2022",
        );
    }

    #[test]
    fn no_clue_gives_none() {
        assert_eq!(infer_published(""), None);
        assert_eq!(
            infer_published("They met on Tuesday and again last week."),
            None
        );
        assert_eq!(
            infer_published("The talks on Dec. 2 went well, may 3 2024 not."),
            None
        );
        assert_eq!(
            infer_published("Version 12/03/20255 and 2025-13-45 and Feb 30, 2024."),
            None
        );
        assert_eq!(infer_published("It cost 3,2025 dollars at 12:30."), None);
    }

    #[test]
    fn dates_are_matched_in_their_shapes() {
        let text = "Dec. 3, 2025; 3rd of December 2025; DEC 3 2025; 2025/12/03; 13/12/2025; \
                    May 2024; Sept. 9; v2/12/03/2025; 10:30 Dec 3";
        let tokens = tokenize(text, 0);
        let found: Vec<(&str, Option<i32>, u32, Option<u32>)> = find_dates(text, &tokens)
            .iter()
            .map(|d| (d.span.slice(text).unwrap(), d.year, d.month, d.day))
            .collect();
        assert_eq!(
            found,
            [
                ("Dec. 3, 2025", Some(2025), 12, Some(3)),
                ("3rd of December 2025", Some(2025), 12, Some(3)),
                ("DEC 3 2025", Some(2025), 12, Some(3)),
                ("2025/12/03", Some(2025), 12, Some(3)),
                ("13/12/2025", Some(2025), 12, Some(13)),
                ("May 2024", Some(2024), 5, None),
                ("Sept. 9", None, 9, Some(9)),
                ("Dec 3", None, 12, Some(3)),
            ]
        );
    }

    #[test]
    fn weird_unicode_never_panics_and_spans_stay_on_boundaries() {
        let samples = [
            "ÉLYSÉE, Déc. 3, 2025 — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
            "\u{feff}Dec\u{a0}3,\u{202f}2025\u{2014}",
            "🎉, Dec 3, 2025 🎉 -",
            "İSTANBUL, Dec 3, 2025 – x",
            "Updated ٣:٤٥ PM, Dec 3, 2025",
            "a\r\nDec 3, 2025.\r\nX/Y\r\n",
            "\u{0}\u{7f}\u{10ffff}",
            "Dec",
            "3",
            "2025-",
            "2025-12-",
            "12/",
            "---\n---",
            "Updated",
            "MOSCOW, Dec. 3 (Reuters",
            "MOSCOW, Dec. 3 (",
        ];
        for text in samples {
            if let Some(p) = infer_published(text) {
                if let PublishedOrigin::Inferred { span, .. } = p.origin {
                    assert!(span.slice(text).is_some(), "{text:?}");
                }
            }
        }
        assert_eq!(
            infer("\u{feff}Dec\u{a0}3,\u{202f}2025\u{2014}").map(|r| r.0),
            Some(date(2025, 12, 3))
        );
        assert_eq!(
            infer("İSTANBUL, Dec 3, 2025 – x").map(|r| (r.0, r.1)),
            Some((date(2025, 12, 3), "dateline".to_owned()))
        );
    }

    #[test]
    fn long_hostile_inputs_still_infer() {
        // Many false dateline starts, then the real date: the scan must not
        // give up early or pick a fragment. (Its speed is a benchmark's
        // business, not a test's.)
        let mut text = String::new();
        for _ in 0..20_000 {
            text.push_str("WASHINGTON, Dec. 3 (Reuters) ( ( ( / / Dec 3, ");
        }
        text.push_str("\n\n\n");
        text.push_str(&"May 1, 2024.\n".repeat(5_000));
        text.push_str(&"x/".repeat(50_000));
        let got = infer_published(&text).map(|p| p.date);
        assert_eq!(got, Some(date(2024, 5, 1)));
    }
}
