//! The tense of the clause around an expression, as far as date resolution
//! needs it: does the clause speak of the future?
//!
//! The nearest cue wins, looking both ways within the sentence: a future cue
//! ("will", "'ll", "shall", "going to", "is scheduled to", "is set to",
//! "slated to", "plans to", "expected to", "invited … to", "for further
//! talks") or a past cue ("said", "met", "was", a verb in "-ed"). Ties go to
//! the future cue. A present "is" or "are" ends the search ("the case is
//! heard in May" is not pushed into the past by an earlier "had"); within
//! three words of a weekday it names a day to come ("the vote is on
//! Sunday"), otherwise it does not choose. A participle after it is passive,
//! not past ("is held").
//! Without any cue the tense is unknown and callers fall back to the reading
//! closest to the anchor.
//!
//! Some cues need their neighbours: a verb of schedules in the simple present
//! ("they meet Monday", "the trial begins Tuesday") is future; a plan in the
//! past perfect ("had been scheduled to expire Friday") is past, and so is a
//! plan named after the expression ("On Friday, the government planned to
//! pay…" dates the planning); "until" leans forward but yields to a past
//! perfect ("Until Thursday, they had not called him a suspect"); a
//! capitalised "-ed" word inside a sentence is a name ("the United States"),
//! not a verb.

use std::cell::Cell;

use crate::segment::{Token, TokenKind};

/// What the clause says about when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// A past or present cue is nearest.
    Past,
    /// A reporting verb ("said", "told") is nearest: the report is past,
    /// what it reports may not be.
    Reported,
    /// A future cue is nearest.
    Future,
    /// A present "is" or "are" is nearest: no lean for a date or a month,
    /// a day to come for a weekday ("the vote is on Sunday").
    Present,
    /// No cue at all.
    Unknown,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    Future,
    Past,
    Reported,
    /// "until", "till": a preposition that leans forward ("postponed until
    /// Tuesday") but yields to a past perfect on its other side ("Until
    /// Thursday, they had not called him a suspect").
    WeakFuture,
    /// "had": past, and it overrides "until".
    PastPerfect,
    /// "is", "are": the present, which says neither past nor future.
    Present,
}

fn lower(w: &str) -> Option<[u8; 12]> {
    if w.len() > 12 || !w.is_ascii() {
        return None;
    }
    let mut b = [0u8; 12];
    for (d, s) in b.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    Some(b)
}

/// The cue a word gives, looking at its neighbours where one word is not
/// enough ("set to", "due to", "going to").
fn cue(text: &str, toks: &[Token], i: usize) -> Option<Cue> {
    let c = word_cue(text, toks, i)?;
    let word_at = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let prev = |back: usize| i.checked_sub(back).map_or("", word_at);
    // A plan in the past perfect is a plan overtaken: "had been scheduled to
    // expire at midnight Friday", "had planned to leave on Monday".
    // So is one said to be earlier: "as previously planned Saturday night".
    let overtaken = |w: &str| {
        ["had", "previously", "originally", "already"]
            .iter()
            .any(|b| b.eq_ignore_ascii_case(w))
    };
    let had = overtaken(prev(1)) || (prev(1).eq_ignore_ascii_case("been") && overtaken(prev(2)));
    if c == Cue::Future && had {
        return Some(Cue::Past);
    }
    // A participle after "be" is passive, not past: "will be held in March",
    // "will be announced Friday" take their tense from "will".
    let after_be = ["be", "been", "being", "is", "are"]
        .iter()
        .any(|b| b.eq_ignore_ascii_case(prev(1)));
    (c == Cue::Future || !after_be).then_some(c)
}

/// Each token's [`cue`], worked out the first time a clause asks for it:
/// the clauses of several expressions and triggers in one sentence scan the
/// same words.
pub(crate) struct Cues(Vec<Cell<Option<Option<Cue>>>>);

impl Cues {
    /// No cue worked out yet for any of `tokens` tokens.
    pub(crate) fn new(tokens: usize) -> Self {
        Cues(vec![Cell::new(None); tokens])
    }

    fn at(&self, text: &str, toks: &[Token], i: usize) -> Option<Cue> {
        if let Some(known) = self.0[i].get() {
            return known;
        }
        let c = cue(text, toks, i);
        self.0[i].set(Some(c));
        c
    }
}

/// A verb of schedules in the simple present speaks of the future: "Arafat
/// and Albright meet Monday", "the trial begins Tuesday". After an auxiliary
/// ("did not meet", "failed to meet", "would meet") the auxiliary or the verb
/// before it decides instead.
fn is_scheduled_present(w: &[u8]) -> bool {
    matches!(
        w,
        b"meet"
            | b"meets"
            | b"begin"
            | b"begins"
            | b"starts"
            | b"resume"
            | b"resumes"
            | b"convene"
            | b"convenes"
            | b"arrives"
            | b"departs"
            | b"expires"
            | b"opens"
            | b"reopens"
            | b"returns"
            | b"travels"
            | b"visits"
    )
}

fn word_cue(text: &str, toks: &[Token], i: usize) -> Option<Cue> {
    let t = &toks[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    let w = t.text(text);
    let buf = lower(w)?;
    let w = &buf[..w.len()];
    // Whether the `k`th word after this one is `word` (lower case).
    let next_is = |k: usize, word: &str| {
        toks.get(i + k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.text(text).eq_ignore_ascii_case(word))
    };
    let prev_apostrophe = i > 0 && toks[i - 1].is_punct('\'') && !t.space_before;
    match w {
        // "effective Feb. 1": the date a change takes hold, announced ahead.
        b"will" | b"shall" | b"upcoming" | b"effective" | b"scheduled" | b"slated" | b"invited"
        | b"invite" | b"invites" | b"intends" | b"intend" | b"tomorrow" | b"forecast"
        | b"forecasts" => Some(Cue::Future),
        b"ll" if prev_apostrophe => Some(Cue::Future),
        b"going" if next_is(1, "to") => Some(Cue::Future),
        // "is due to arrive" is a plan; "due to the storm" is a cause.
        b"due"
            if next_is(1, "to")
                && i > 0
                && ["is", "are", "was", "were", "be"]
                    .iter()
                    .any(|b| b.eq_ignore_ascii_case(toks[i - 1].text(text))) =>
        {
            Some(Cue::Future)
        }
        b"set" | b"poised" if next_is(1, "to") || next_is(1, "for") => Some(Cue::Future),
        // "is set up to" (a spun "is set to"), "rain is expected for the weekend"
        b"set" if next_is(1, "up") && next_is(2, "to") => Some(Cue::Future),
        b"expected" | b"anticipated" if next_is(1, "for") => Some(Cue::Future),
        b"expected" | b"plans" | b"plan" | b"planning" | b"aims" | b"likely" | b"intended"
        | b"supposed" | b"decided" | b"agreed" | b"promised" | b"pledged" | b"vowed"
        | b"threatened" | b"offered" | b"voted"
            if next_is(1, "to") =>
        {
            Some(Cue::Future)
        }
        // "planned a rally on Saturday", "planned to leave on Thursday": a
        // plan, and a plan reported is mostly still ahead ("had planned" is
        // handled by `cue`).
        b"planned" | b"planning" => Some(Cue::Future),
        b"expected" => None,
        // "is to resume trading Tuesday", "was to leave Monday".
        b"is" | b"are" | b"was" | b"were" if next_is(1, "to") => Some(Cue::Future),
        b"is" | b"are" => Some(Cue::Present),
        b"until" | b"till" => Some(Cue::WeakFuture),
        b"soon" | b"early"
            if i > 0 && next_is(1, "as") && {
                let p = toks[i - 1].text(text);
                p.eq_ignore_ascii_case("as")
            } =>
        {
            Some(Cue::Future)
        }
        b"further" | b"additional" | b"follow"
            if i > 0 && {
                let p = toks[i - 1].text(text);
                p.eq_ignore_ascii_case("for")
            } =>
        {
            Some(Cue::Future)
        }
        b"would" => Some(Cue::Future),
        b"said" | b"says" | b"say" | b"told" | b"tells" | b"stated" | b"reported"
        | b"announced" => Some(Cue::Reported),
        b"had" => Some(Cue::PastPerfect),
        b"met" | b"was" | b"were" | b"has" | b"have" | b"did" | b"does" | b"held" | b"took"
        | b"came" | b"went" | b"made" | b"gave" | b"spoke" | b"began" | b"left" | b"won"
        | b"lost" | b"fell" | b"rose" | b"saw" | b"got" | b"sent" | b"led" | b"ran" | b"hit"
        | b"struck" | b"sold" | b"bought" | b"paid" | b"found" | b"thought" | b"brought"
        | b"kept" | b"wrote" | b"quit" | b"flew" | b"knew" | b"became" | b"stood" | b"put" => {
            Some(Cue::Past)
        }
        _ if is_scheduled_present(w) => {
            let aux = i > 0
                && lower(toks[i - 1].text(text)).is_some_and(|b| {
                    let p = &b[..toks[i - 1].text(text).len()];
                    matches!(
                        p,
                        b"to"
                            | b"not"
                            | b"t"
                            | b"never"
                            | b"did"
                            | b"do"
                            | b"does"
                            | b"will"
                            | b"would"
                            | b"could"
                            | b"can"
                            | b"may"
                            | b"might"
                            | b"should"
                            | b"must"
                            | b"shall"
                    )
                });
            (!aux).then_some(Cue::Future)
        }
        _ if w.len() >= 5 && w.ends_with(b"ed") && is_past_participle(text, toks, i, w) => {
            Some(Cue::Past)
        }
        _ => None,
    }
}

/// Whether a word in "-ed" at `i` is a verb in the past. Not so: a word
/// whose "-ed" is not an ending ("succeed", "proceed", "indeed", "hundred"),
/// a capitalised word inside a sentence, which is a name ("the United
/// States"), or a participle used as an adjective after a determiner ("a
/// still unspecified date", "the revised figures").
fn is_past_participle(text: &str, toks: &[Token], i: usize, w: &[u8]) -> bool {
    if w.ends_with(b"ceed") || matches!(w, b"indeed" | b"hundred" | b"speed" | b"breed") {
        return false;
    }
    let word = |k: usize| toks[k].text(text);
    let is_word = |k: usize| toks[k].kind == TokenKind::Word;
    if i > 0 && is_word(i - 1) && word(i).starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let determiner = |k: usize| {
        is_word(k)
            && [
                "a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those",
            ]
            .iter()
            .any(|d| d.eq_ignore_ascii_case(word(k)))
    };
    let adverb = |k: usize| {
        let p = word(k).as_bytes();
        is_word(k)
            && (p.len() >= 2 && p[p.len() - 2..].eq_ignore_ascii_case(b"ly")
                || ["still", "yet", "newly"]
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(word(k))))
    };
    !((i > 0 && determiner(i - 1)) || (i > 1 && adverb(i - 1) && determiner(i - 2)))
}

/// A conjunction that opens a new clause. "and" between two capitalised
/// words is part of a name ("the Abortion and Reproductive Rights League").
fn is_conjunction(text: &str, toks: &[Token], k: usize) -> bool {
    let w = toks[k].text(text);
    let conj = [
        "and", "but", "while", "whereas", "although", "though", "because", "before", "after",
    ]
    .iter()
    .any(|c| c.eq_ignore_ascii_case(w));
    let capital = |t: Option<&Token>| {
        t.is_some_and(|t| t.text(text).chars().next().is_some_and(char::is_uppercase))
    };
    conj && !(k > 0 && capital(toks.get(k - 1)) && capital(toks.get(k + 1)))
}

/// The tense of the clause around tokens `first..end`, within the sentence
/// `sent_first..sent_end`.
pub(crate) fn clause_tense(
    text: &str,
    toks: &[Token],
    cues: &Cues,
    sent_first: usize,
    sent_end: usize,
    first: usize,
    end: usize,
) -> Tense {
    // Looking back, the governing verb can sit behind a long appositive
    // ("will meet Rustem Umerov, who heads Ukraine's National Security and
    // Defense Council, in Miami on Thursday"); looking ahead, it is close.
    const BACK: usize = 28;
    const AHEAD: usize = 14;
    let mut back = None;
    let mut k = first;
    let mut dist = 0;
    while k > sent_first && dist < BACK {
        k -= 1;
        dist += 1;
        if toks[k].is_punct(';') {
            break;
        }
        if let Some(c) = cues.at(text, toks, k) {
            back = Some((dist, c));
            break;
        }
    }
    let mut fwd = None;
    let mut k = end;
    let mut dist = 0;
    while k < sent_end && dist < AHEAD {
        dist += 1;
        if toks[k].is_punct(';') {
            break;
        }
        // Looking ahead, a conjunction or a later comma opens another clause:
        // "met on Tuesday and will return on Friday".
        // A comma right after the expression is crossed only when the
        // expression opens the sentence ("On Tuesday, Witkoff met…"); at the
        // end of a clause it leads to an attribution ("…on Thursday, an
        // official said") whose tense is the report's, not the event's.
        let opens_sentence = first <= sent_first + 2;
        if toks[k].is_punct(',') && (k > end || !opens_sentence) || is_conjunction(text, toks, k) {
            break;
        }
        if let Some(c) = cues.at(text, toks, k) {
            // A plan named after the expression is the matrix verb: "On
            // Friday, the government planned to pay…" dates the planning.
            let plan = ["planned", "planning"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(toks[k].text(text)));
            let c = if plan && c == Cue::Future {
                Cue::Past
            } else {
                c
            };
            fwd = Some((dist, c));
            break;
        }
        k += 1;
    }
    let (dist, pick) = match (back, fwd) {
        (Some((db, Cue::WeakFuture)), Some((_, Cue::PastPerfect)))
        | (Some((db, Cue::PastPerfect)), Some((_, Cue::WeakFuture))) => (db, Cue::PastPerfect),
        (Some((db, cb)), Some((df, cf))) => {
            // The governing verb usually comes first in English: a cue
            // before the expression counts a little nearer.
            let df = df + df / 2;
            if db <= df {
                (db, cb)
            } else {
                (df, cf)
            }
        }
        (Some(c), None) | (None, Some(c)) => c,
        (None, None) => return Tense::Unknown,
    };
    match pick {
        Cue::Future | Cue::WeakFuture => Tense::Future,
        Cue::Past | Cue::PastPerfect => Tense::Past,
        Cue::Reported => Tense::Reported,
        // "the vote is on Sunday" dates the copula's subject; in "the toll
        // is 17 after the blast on Tuesday" the day belongs to another event.
        Cue::Present if dist <= 3 => Tense::Present,
        Cue::Present => Tense::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokenize;

    fn tense_of(text: &str, word: &str) -> Tense {
        let toks = tokenize(text);
        let i = toks.iter().position(|t| t.text(text) == word).unwrap();
        clause_tense(text, &toks, &Cues::new(toks.len()), 0, toks.len(), i, i + 1)
    }

    #[test]
    fn nearest_cue_wins() {
        assert_eq!(
            tense_of("Witkoff met Putin on Tuesday.", "Tuesday"),
            Tense::Past
        );
        assert_eq!(
            tense_of("Trump said Witkoff will travel on Monday.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            tense_of("On Monday, Witkoff will travel to Moscow.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            tense_of("He is scheduled to fly back on Monday.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            tense_of("They're set to meet Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(tense_of("Talks on Friday", "Friday"), Tense::Unknown);
        assert_eq!(tense_of("We'll see on Friday.", "Friday"), Tense::Future);
    }
}
