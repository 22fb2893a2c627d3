//! Who and where: the actors and places of a trigger.

use super::{Ctx, Found, REPORTING_BOUNDARY};
use crate::extract::entities::{Name, NameKind};
use crate::extract::EventClass;
use crate::segment::{Sentence, TokenKind};

impl Ctx<'_> {
    /// Actors and places of trigger `fi`: names in its clause. A statement's
    /// actor is its speaker; other events take the names around the
    /// trigger up to a reporting boundary.
    pub(super) fn arguments(
        &self,
        s: &Sentence,
        found: &[Found],
        fi: usize,
        (region_lo, region_hi): (usize, usize),
        last_speaker: &mut Option<String>,
    ) -> (Vec<String>, Vec<String>) {
        let f = &found[fi];
        let names: Vec<&Name> = self
            .names
            .iter()
            .filter(|n| n.tokens.0 >= s.first_token && n.tokens.1 <= s.end_token)
            .filter(|n| !self.inside_quotes(s, n.tokens.0))
            .collect();
        let display = |n: &Name| {
            self.display
                .get(&n.key)
                .cloned()
                .unwrap_or_else(|| n.text.clone())
        };
        if f.trig.class == EventClass::Statement {
            // The nearest person or organisation before the verb within a
            // few words ("Trump on Wednesday claimed"), else right after it
            // ("said Putin's aide Yuri Ushakov", ", Trump said").
            let before = names
                .iter()
                .filter(|n| {
                    n.tokens.1 <= f.tok && f.tok - n.tokens.1 <= 10 && n.kind != NameKind::Other
                })
                .max_by_key(|n| (n.kind == NameKind::Person, n.tokens.1));
            let after = names
                .iter()
                .filter(|n| {
                    n.tokens.0 > f.tok && n.tokens.0 - f.tok <= 8 && n.kind == NameKind::Person
                })
                .min_by_key(|n| n.tokens.0);
            let speaker = match (before, after) {
                (Some(b), _) if f.tok - b.tokens.1 <= 3 => Some(display(b)),
                (_, Some(a)) => Some(display(a)),
                (Some(b), None) => Some(display(b)),
                (None, None) => {
                    // "he said": the last named speaker.
                    let pron = f.tok > s.first_token
                        && matches!(self.lower(f.tok - 1).as_str(), "he" | "she");
                    if pron {
                        last_speaker.clone()
                    } else {
                        None
                    }
                }
            };
            if let Some(sp) = &speaker {
                *last_speaker = Some(sp.clone());
            }
            return (speaker.into_iter().collect(), Vec::new());
        }
        // The clause: back to a reporting verb or "that", forward to the
        // next trigger's clause or a reporting verb.
        let mut lo = s.first_token;
        for j in (s.first_token..f.tok).rev() {
            let w = self.lower(j);
            let other_statement = found
                .iter()
                .any(|g| g.tok == j && g.trig.class == EventClass::Statement);
            if REPORTING_BOUNDARY.contains(&w.as_str())
                || other_statement
                || self.toks[j].is_punct(';')
            {
                lo = j + 1;
                break;
            }
        }
        let mut hi = s.end_token;
        for j in f.tok + 1..s.end_token {
            let w = self.lower(j);
            let other_statement = found
                .iter()
                .any(|g| g.tok == j && g.trig.class == EventClass::Statement);
            if other_statement
                || matches!(w.as_str(), "according" | "while" | "but" | "although")
                || self.toks[j].is_punct(';')
            {
                hi = j;
                break;
            }
        }
        let (mut lo, mut hi) = (lo.max(region_lo), hi.min(region_hi));
        if !f.trig.verb {
            // A noun's arguments: adjectival names before it ("the Moscow
            // talks") and a prepositional tail after it ("meeting between
            // Putin and Witkoff in Moscow").
            lo = lo.max(f.tok.saturating_sub(3));
            let mut j = f.tok + 1;
            let mut limit = f.tok + 14;
            while j < hi && j < limit {
                let w = self.word(j);
                // "a meeting on December 3, which saw Witkoff and Kushner
                // spend hours at the Kremlin": the relative clause names them.
                if matches!(w, "which" | "where" | "who") {
                    limit = (j + 12).min(hi);
                    j += 1;
                    continue;
                }
                if limit > f.tok + 14 {
                    j += 1;
                    continue;
                }
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                let glue = matches!(
                    w,
                    "with"
                        | "between"
                        | "in"
                        | "at"
                        | "of"
                        | "and"
                        | "the"
                        | "near"
                        | "on"
                        | "among"
                        | "to"
                        | "by"
                        | ","
                        | "."
                        | "'"
                        | "’"
                        | "s"
                        | "-"
                );
                if !(capital || glue || self.toks[j].kind != TokenKind::Word) {
                    break;
                }
                j += 1;
            }
            hi = hi.min(j);
        }
        let mut actors = Vec::new();
        let mut places = Vec::new();
        for n in names
            .iter()
            .filter(|n| n.tokens.0 >= lo && n.tokens.1 <= hi)
        {
            // "Trump's envoy": a possessive name owns a participant and is
            // not one.
            let possessive = self
                .toks
                .get(n.tokens.1)
                .is_some_and(|t| t.is_punct('\'') && !t.space_before)
                && self.word(n.tokens.1 + 1).eq_ignore_ascii_case("s");
            // "the Kremlin conference" belongs to "conference", not to a verb
            // elsewhere in the clause.
            let before_other_trigger = found
                .iter()
                .any(|g| g.tok != f.tok && g.tok == n.tokens.1 && !g.trig.verb);
            if possessive || before_other_trigger {
                continue;
            }
            let name = display(n);
            // "the Moscow talks", "the Kremlin meeting": a name right before
            // a noun trigger says where.
            let adjectival = !f.trig.verb && n.kind != NameKind::Person && n.tokens.1 == f.tok;
            // An organisation takes part in a noun's event only when named
            // right around it.
            let distant_org =
                !f.trig.verb && n.kind == NameKind::Organization && !self.is_subject_np(n, f);
            let actor = n.kind != NameKind::Other && !distant_org || self.is_subject(n, f);
            if self.is_place(n) || adjectival {
                if !places.contains(&name) {
                    places.push(name);
                }
            } else if actor && !actors.contains(&name) {
                actors.push(name);
            }
        }
        (actors, places)
    }

    /// A name after "in", "at", "near", "to" (or a comma after such a place:
    /// "Hallandale Beach, Fla.") is a place.
    pub(super) fn is_place(&self, n: &Name) -> bool {
        let mut k = n.tokens.0;
        while k > 0 && matches!(self.lower(k - 1).as_str(), "the") {
            k -= 1;
        }
        if k == 0 {
            return false;
        }
        let prev = self.lower(k - 1);
        if matches!(
            prev.as_str(),
            "in" | "at" | "near" | "to" | "outside" | "inside" | "from"
        ) && n.kind != NameKind::Person
        {
            return true;
        }
        // "in Hallandale Beach": two capitalised words after "in", "at" or
        // "near" name a place even when they look like a person's name.
        if matches!(prev.as_str(), "in" | "at" | "near") && n.kind == NameKind::Person {
            let possessive = self.toks.get(n.tokens.1).is_some_and(|t| t.is_punct('\''));
            return !possessive;
        }
        // "Hallandale Beach, Fla.": a state after a place
        prev == ","
            && k >= 2
            && self
                .names
                .iter()
                .any(|m| m.tokens.1 == k - 1 && m.kind != NameKind::Person)
    }

    /// A capitalised name that is neither a person nor an organisation can
    /// still act ("Moscow agreed"): when it stands right before the verb.
    /// A lower-case institution as subject: "the city council voted", "the
    /// union said" → "city council", "union".
    pub(super) fn institution_before(&self, s: &Sentence, tok: usize) -> Option<String> {
        const BODIES: &[&str] = &[
            "council",
            "union",
            "parliament",
            "court",
            "government",
            "cabinet",
            "committee",
            "board",
            "assembly",
            "senate",
            "congress",
            "ministry",
            "police",
            "army",
            "company",
            "authority",
            "regulator",
            "legislature",
            "commission",
        ];
        let lo = tok.saturating_sub(4).max(s.first_token);
        let k = (lo..tok).rev().find(|&k| BODIES.contains(&self.word(k)))?;
        let the = (lo..k)
            .rev()
            .find(|&j| matches!(self.lower(j).as_str(), "the"))?;
        let words: Vec<&str> = (the + 1..=k).map(|j| self.word(j)).collect();
        words
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase()))
            .then(|| words.join(" "))
    }

    /// For a noun trigger, an organisation takes part only when named right
    /// around it ("talks between the Kremlin and Washington").
    pub(super) fn is_subject_np(&self, n: &Name, f: &Found) -> bool {
        n.tokens.0 > f.tok && n.tokens.0 - f.tok <= 4
            || n.tokens.1 <= f.tok && f.tok - n.tokens.1 <= 2
    }

    pub(super) fn is_subject(&self, n: &Name, f: &Found) -> bool {
        f.trig.verb && n.tokens.1 <= f.tok && f.tok - n.tokens.1 <= 2
    }
}
