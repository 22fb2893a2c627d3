//! How many: numbers counting the people or things an event involves
//! ("about 1,400 dockworkers", "48,000 Glide 2 scooters", "two vessels").

use super::Ctx;
use crate::extract::CountAttribute;
use crate::segment::{Sentence, TokenKind};
use crate::temporal::TemporalMention;
use crate::Span;

/// Words that hedge a number.
const HEDGES: &[&str] = &[
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "approximately",
    "over",
    "than",
    "least",
    "estimated",
];

/// Nouns after a number that measure rather than count.
const UNITS: &[&str] = &[
    "per",
    "percent",
    "cent",
    "points",
    "point",
    "hectares",
    "acres",
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "metres",
    "meters",
    "tonnes",
    "tons",
    "kilograms",
    "kg",
    "pounds",
    "euros",
    "dollars",
    "francs",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "seconds",
    "times",
    "degrees",
    "votes",
    "seats",
];

fn spelled(w: &str) -> Option<u64> {
    Some(match w {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "twenty" => 20,
        "dozen" => 12,
        _ => return None,
    })
}

impl Ctx<'_> {
    /// The counts stated in sentence `s`, in text order: a number (digits
    /// with thousands separators, a spelled-out number, optionally with
    /// "million" or "thousand") followed within a few words by the plural
    /// noun it counts. Numbers inside temporal expressions, money, shares
    /// and measures ("91 per cent", "1,600 hectares", "a 27-point plan")
    /// are not counts.
    pub(super) fn counts(&self, s: &Sentence, timexes: &[TemporalMention]) -> Vec<CountAttribute> {
        let in_timex = |pos: usize| {
            timexes
                .iter()
                .any(|t| t.span.start <= pos && pos < t.span.end)
        };
        let mut out = Vec::new();
        let mut k = s.first_token;
        while k < s.end_token {
            let t = &self.toks[k];
            // Only numbers count (a cheap test before the timex scan).
            let number = match t.kind {
                TokenKind::Number { .. } => true,
                TokenKind::Word => spelled(self.lower(k)).is_some(),
                TokenKind::Punct(_) => false,
            };
            if !number || in_timex(t.span.start) {
                k += 1;
                continue;
            }
            // The number and the tokens it spans.
            let (mut value, mut end) = match t.kind {
                TokenKind::Number { .. } => {
                    let mut digits = self.word(k).to_string();
                    let mut j = k + 1;
                    // "1,400", "48,000"
                    while j + 1 < s.end_token
                        && self.toks[j].is_punct(',')
                        && !self.toks[j].space_before
                        && !self.toks[j + 1].space_before
                        && matches!(self.toks[j + 1].kind, TokenKind::Number { digits: 3, .. })
                    {
                        digits.push_str(self.word(j + 1));
                        j += 2;
                    }
                    match digits.parse::<u64>() {
                        Ok(v) => (v, j),
                        Err(_) => {
                            k = j;
                            continue;
                        }
                    }
                }
                TokenKind::Word => match spelled(self.lower(k)) {
                    Some(v) => (v, k + 1),
                    None => {
                        k += 1;
                        continue;
                    }
                },
                TokenKind::Punct(_) => {
                    k += 1;
                    continue;
                }
            };
            // Money, decimals and compounds are not counts: "$3.2", "€12
            // million", "3.2%", "a 27-point plan", "Glide 2".
            let before = k.checked_sub(1).map(|j| &self.toks[j]);
            let glued_before = before.is_some_and(|b| {
                !t.space_before
                    && (b.is_punct('$') || b.is_punct('€') || b.is_punct('£') || b.is_punct('.'))
                    || b.kind == TokenKind::Word
                        && k - 1 > s.first_token
                        && self.word(k - 1).starts_with(char::is_uppercase)
                        && !HEDGES.contains(&self.lower(k - 1))
                        && matches!(t.kind, TokenKind::Number { .. })
            });
            let glued_after = self.toks.get(end).is_some_and(|a| {
                !a.space_before && (a.is_punct('-') || a.is_punct('.') || a.is_punct('%'))
            });
            if glued_before || glued_after || end >= s.end_token {
                k = end.max(k + 1);
                continue;
            }
            match self.lower(end) {
                "million" => {
                    value = value.saturating_mul(1_000_000);
                    end += 1;
                }
                "thousand" => {
                    value = value.saturating_mul(1_000);
                    end += 1;
                }
                _ => {}
            }
            // The counted noun: the first lower-case plural within three
            // words ("48,000 Glide 2 scooters", "two container vessels").
            let noun = (end..(end + 4).min(s.end_token))
                .take_while(|&j| self.toks[j].kind != TokenKind::Punct(','))
                .find(|&j| {
                    let w = self.word(j);
                    self.toks[j].kind == TokenKind::Word
                        && w.starts_with(char::is_lowercase)
                        && w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                });
            let Some(noun) = noun else {
                k = end;
                continue;
            };
            let what = self.lower(noun);
            if UNITS.contains(&what) || (end..noun).any(|j| UNITS.contains(&self.lower(j))) {
                k = noun + 1;
                continue;
            }
            let mut first = k;
            let hedged = |j: usize| HEDGES.contains(&self.lower(j));
            let mut approximate = false;
            while first > s.first_token && hedged(first - 1) && k - first < 3 {
                first -= 1;
                approximate = true;
            }
            let span = Span::new(self.toks[first].span.start, self.toks[noun].span.end);
            if let Some(text) = span.slice(self.text) {
                out.push(CountAttribute {
                    value,
                    what: what.to_string(),
                    approximate,
                    text: crate::extract::entities::clean(text),
                    span,
                });
            }
            k = noun + 1;
        }
        out
    }
}
