//! Who and where: the actors and places of a trigger.

use super::{Ctx, Found, REPORTING_BOUNDARY};
use crate::extract::entities::{Name, NameKind};
use crate::extract::places::qualified_city;
use crate::extract::EventClass;
use crate::segment::{Sentence, TokenKind};
use crate::Span;

/// A title word that names one person's post ("aide", "secretary", "judge"):
/// the organisation beside it is whom the person serves. Not "officials" or
/// "leader", which name the organisation's own people, nor "of".
fn is_personal_title(w: &str) -> bool {
    crate::extract::entities::is_title_word(w)
        && !matches!(w, "official" | "officials" | "leader" | "of")
}

/// Common nouns that name a group acting as one, with the synonym each folds
/// to.
pub(super) fn group_head(w: &str) -> Option<&'static str> {
    Some(match w {
        "council" => "council",
        "union" => "union",
        "parliament" => "parliament",
        "court" => "court",
        "government" => "government",
        "cabinet" => "cabinet",
        "committee" => "committee",
        "board" => "board",
        "assembly" => "assembly",
        "senate" => "senate",
        "congress" => "congress",
        "ministry" => "ministry",
        "police" => "police",
        "army" => "army",
        "company" => "company",
        "authority" => "authority",
        "regulator" | "regulators" => "regulator",
        "legislature" => "legislature",
        "commission" => "commission",
        "prefecture" => "prefecture",
        "officials" | "authorities" => "officials",
        "leaders" => "leaders",
        "ministers" => "ministers",
        "negotiators" | "mediators" => "negotiators",
        "delegates" | "delegation" | "delegations" => "delegation",
        "diplomats" => "diplomats",
        "firefighters" | "firemen" | "firemens" => "firefighters",
        "dockworkers" | "workers" | "employees" => "workers",
        "drivers" => "drivers",
        "nurses" => "nurses",
        "doctors" => "doctors",
        "teachers" => "teachers",
        "pilots" => "pilots",
        "miners" => "miners",
        "farmers" => "farmers",
        "students" => "students",
        "journalists" | "reporters" => "journalists",
        "activists" => "activists",
        "rebels" | "militants" | "insurgents" => "rebels",
        "residents" | "locals" => "residents",
        "troops" | "forces" | "soldiers" => "troops",
        "lawmakers" | "legislators" => "lawmakers",
        "protesters" | "demonstrators" => "protesters",
        "investigators" | "prosecutors" => "investigators",
        "chiefs" => "chiefs",
        "crews" | "crew" => "crews",
        "operator" => "operator",
        "mediator" | "arbitrator" => "mediator",
        _ => return None,
    })
}

/// Lower-case words that may stand before a group noun: "the city council",
/// "the federal government".
const GROUP_MODIFIERS: &[&str] = &[
    "city",
    "state",
    "federal",
    "local",
    "regional",
    "national",
    "senior",
    "fire",
    "port",
    "district",
    "county",
    "town",
    "village",
    "union",
    "company",
    "military",
    "government",
    // What a group of workers works on or in: "bus drivers", "hospital
    // nurses", "dock workers".
    "bus",
    "tram",
    "train",
    "rail",
    "railway",
    "truck",
    "taxi",
    "transit",
    "dock",
    "airline",
    "airport",
    "hospital",
    "school",
    "factory",
    "postal",
    "steel",
    "coal",
    "farm",
];

/// Titles written before a name and not part of it.
fn is_title(w: &str) -> bool {
    matches!(
        w,
        "President"
            | "Prime"
            | "Minister"
            | "Secretary"
            | "Chancellor"
            | "King"
            | "Queen"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Gen"
            | "Sen"
            | "Gov"
            | "Mayor"
            | "Premier"
    )
}

/// Roles held for someone: "the chief of staff for President Lucia Ortega".
const ROLES: &[&str] = &[
    "chief of staff",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "press secretary",
    "aide",
    "adviser",
    "advisor",
    "lawyer",
    "attorney",
];

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
        // (Names in a dateline were dropped with it.)
        // (Names are in text order: the sentence's are one run of them.)
        let lo = self.names.partition_point(|n| n.tokens.0 < s.first_token);
        let hi = self.names.partition_point(|n| n.tokens.0 < s.end_token);
        let names: Vec<&Name> = self.names[lo..hi.max(lo)]
            .iter()
            .filter(|n| n.tokens.1 <= s.end_token)
            .filter(|n| !self.inside_quotes(s, n.tokens.0))
            .collect();
        let display = |n: &Name| self.display_of(n);
        if f.trig.class == EventClass::Statement {
            // The nearest person or organisation before the verb within a
            // few words ("Trump on Wednesday claimed"), else right after it
            // ("said Putin's aide Yuri Ushakov", ", Trump said").
            let before = names
                .iter()
                .filter(|n| {
                    // "Marek Sousa, chairman of the harbour safety board,
                    // praised": an appositive between commas may stand
                    // between speaker and verb.
                    // A place does not speak ("Residents of Hallandale
                    // Beach, Fla., said").
                    if n.tokens.1 > f.tok || n.kind == NameKind::Other || self.is_place(n) {
                        return false;
                    }
                    let appositive = n.tokens.1 < f.tok
                        && self.toks[n.tokens.1].is_punct(',')
                        && self.toks[f.tok - 1].is_punct(',');
                    let reach = if appositive { 18 } else { 10 };
                    f.tok - n.tokens.1 <= reach
                })
                .max_by_key(|n| (n.kind == NameKind::Person, n.tokens.1));
            let after = names
                .iter()
                .filter(|n| {
                    n.tokens.0 > f.tok && n.tokens.0 - f.tok <= 8 && n.kind == NameKind::Person
                })
                .min_by_key(|n| n.tokens.0);
            // "the prefecture said", "French officials said": a group right
            // before the verb.
            let group = self.group_before(s, f.tok).map(|(g, _)| g);
            let speaker = match (before, after) {
                (Some(b), _) if f.tok - b.tokens.1 <= 3 => Some(display(b)),
                _ if group.is_some() => group,
                (_, Some(a)) => Some(display(a)),
                (Some(b), None) => Some(display(b)),
                (None, None) => {
                    // "he said": the last named speaker.
                    let pron =
                        f.tok > s.first_token && matches!(self.lower(f.tok - 1), "he" | "she");
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
            if REPORTING_BOUNDARY.contains(&w) || other_statement || self.toks[j].is_punct(';') {
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
            // "Haverkamp resigned, and De Wit took over": a comma and "and"
            // after a verb start a new clause, unless they close a list
            // ("met Putin, Ushakov, and Dmitriev").
            // A list's item before ", and" is a name standing between two
            // commas; "on Tuesday, Oct. 14, and" or "Springfield, Ill., and"
            // is no list.
            let list_item_before = |j: usize| {
                self.name_ending_at(j).is_some_and(|n| {
                    n.tokens.0 > f.tok + 1
                        && self.toks[n.tokens.0 - 1].is_punct(',')
                        && !(self.name_ending_at(n.tokens.0 - 1).is_some()
                            && crate::extract::places::is_region(&n.text))
                })
            };
            let new_clause = f.trig.verb
                && self.toks[j].is_punct(',')
                && self.lower(j + 1) == "and"
                && !list_item_before(j);
            if other_statement
                || new_clause
                || matches!(w, "according" | "while" | "but" | "although")
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
        // "French and Swiss officials agreed": a group as the verb's subject.
        let mut group_tokens = (0, 0);
        if f.trig.verb {
            if let Some((group, span)) = self.group_before(s, f.tok) {
                actors.push(group);
                group_tokens = span;
            }
        }
        // "brought the union and Carrow Port Holdings together": whom a
        // meeting verb brings together or meets takes part, a bare "the
        // union" too (it becomes the union the article names).
        if f.trig.verb && f.trig.class == EventClass::Meeting {
            for j in f.tok + 2..hi.min(f.tok + 8) {
                let w = self.word(j);
                // The object itself or a partner: "met the union", "met with
                // the union", "X and the union"; not "at the company's
                // headquarters".
                let partner = j - 2 == f.tok || matches!(self.lower(j - 2), "with" | "and");
                let possessive = self.toks.get(j + 1).is_some_and(|t| t.is_punct('\''));
                if partner
                    && !possessive
                    && self.lower(j - 1) == "the"
                    && w.starts_with(char::is_lowercase)
                {
                    if let Some(head) = group_head(w).filter(|h| {
                        matches!(
                            *h,
                            "union" | "company" | "operator" | "government" | "council" | "board"
                        )
                    }) {
                        if !actors.iter().any(|a| a == head) {
                            actors.push(head.to_string());
                        }
                    }
                }
            }
        }
        for n in names
            .iter()
            .filter(|n| n.tokens.0 >= lo && n.tokens.1 <= hi)
            // "the Ain prefecture": "Ain" is part of the group's name.
            .filter(|n| !(n.tokens.0 >= group_tokens.0 && n.tokens.1 <= group_tokens.1))
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
            // "…, Luca Brandt, the Geneva councillor, said": the speaker of a
            // later reporting verb tells of the event and is not in it.
            let later_speaker = n.tokens.0 > f.tok
                && found.iter().any(|g| {
                    g.trig.class == EventClass::Statement
                        && g.tok >= n.tokens.1
                        && g.tok - n.tokens.1 <= 10
                        && {
                            // ", general secretary Tomas Reyne said": titles
                            // may stand between the comma and the name.
                            let mut j = n.tokens.0 - 1;
                            while j > f.tok
                                && crate::extract::entities::is_title_word(self.lower(j))
                            {
                                j -= 1;
                            }
                            self.toks[j].is_punct(',')
                        }
                        && (n.tokens.1..g.tok).all(|j| {
                            !found.iter().any(|h| h.tok == j)
                                && !matches!(self.lower(j), "that" | "and" | "but")
                        })
                });
            // "Kremlin aide Yuri Ushakov", "Patrick Oduya, a retired High
            // Court judge": an organisation before a person's title says
            // whom the person serves; the person takes part. ("Kremlin
            // officials" are the Kremlin's people, and stay.)
            let affiliation = n.kind == NameKind::Organization
                && self
                    .toks
                    .get(n.tokens.1)
                    .is_some_and(|t| t.kind == TokenKind::Word)
                && self.word(n.tokens.1).starts_with(char::is_lowercase)
                && is_personal_title(self.lower(n.tokens.1));
            // "Rustem Umerov, the secretary of the National Security and
            // Defence Council": the organisation a title is of is the
            // titled person's, and does not take part itself.
            let title_of = n.kind == NameKind::Organization && {
                let mut j = n.tokens.0;
                if j > 0 && self.lower(j - 1) == "the" {
                    j -= 1;
                }
                j >= 2 && self.lower(j - 1) == "of" && is_personal_title(self.lower(j - 2))
            };
            // "flies to Moscow for a scheduled meeting with President
            // Vladimir Putin": whom a later noun is with takes part in that
            // noun's event, not in the verb's.
            let with_other_noun = f.trig.verb
                && found.iter().any(|g| {
                    !g.trig.verb
                        && f.tok < g.tok
                        && g.tok < n.tokens.0
                        && n.tokens.0 - g.tok <= 6
                        && matches!(self.lower(g.tok + 1), "with" | "between")
                        && (g.tok + 2..n.tokens.0).all(|j| {
                            crate::extract::entities::is_title_word(self.lower(j))
                                || self.lower(j) == "the"
                        })
                });
            if possessive
                || before_other_trigger
                || later_speaker
                || affiliation
                || title_of
                || with_other_noun
            {
                continue;
            }
            let mut name = display(n);
            if let Some((role, role_start)) = self.role_owned_by(n) {
                // "the chief of staff for Ortega, Marek Sousa", "Marek Sousa,
                // chief of staff to Ortega": the holder is named;
                // the owner only says whose.
                let holder_named = names.iter().any(|m| {
                    m.kind == NameKind::Person
                        && (m.tokens.0 > n.tokens.1 && m.tokens.0 - n.tokens.1 <= 3
                            || m.tokens.1 <= role_start && role_start - m.tokens.1 <= 2)
                });
                if holder_named || n.kind == NameKind::Other {
                    continue;
                }
                name = format!("{name}'s {role}");
            }
            // "the Moscow talks", "the Kremlin meeting": a name right before
            // a noun trigger says where.
            let adjectival = !f.trig.verb && n.kind != NameKind::Person && n.tokens.1 == f.tok;
            // An organisation takes part in a noun's event only when named
            // right around it.
            let distant_org =
                !f.trig.verb && n.kind == NameKind::Organization && !self.is_subject_np(n, f);
            // "testify before the committee of the House": whom one appears
            // before hears the testimony and does not give it; "diverted the
            // Meridian Aster": what is diverted does not act.
            let hearer = matches!(f.trig.lemma, "testify" | "divert")
                && n.tokens.0 > f.tok
                && !matches!(self.lower(n.tokens.0 - 1), "by" | "from");
            let actor =
                (n.kind != NameKind::Other && !distant_org || self.is_subject(n, f)) && !hearer;
            // "Tampa, Fla.": the region only says which Tampa; it is no
            // place of the event's (two Florida cities are not one place).
            let qualifier = n.tokens.0 >= 2
                && self.toks[n.tokens.0 - 1].is_punct(',')
                && crate::extract::places::is_region(&n.text)
                && self
                    .name_ending_at(n.tokens.0 - 1)
                    .is_some_and(|m| m.kind != NameKind::Person || self.is_place(m));
            if qualifier {
                continue;
            }
            if self.is_place(n) || adjectival {
                // "Hallandale Beach, Fla.": the city the region places it in,
                // spelled as the gazetteer does.
                if let Some(city) = self
                    .regions_after(n)
                    .into_iter()
                    .find_map(|q| qualified_city(&name, q))
                {
                    name = city.to_string();
                }
                if !places.contains(&name) {
                    places.push(name);
                }
            } else if actor && !actors.contains(&name) {
                actors.push(name);
            }
        }
        (actors, places)
    }

    /// What may name a region after a place and a comma, shortest first:
    /// "Fla." in "Hallandale Beach, Fla.", "New York" in "Yonkers, New York".
    fn regions_after(&self, n: &Name) -> Vec<&str> {
        let comma = n.tokens.1;
        let mut out = Vec::new();
        let (Some(c), Some(first)) = (self.toks.get(comma), self.toks.get(comma + 1)) else {
            return out;
        };
        if !c.is_punct(',') {
            return out;
        }
        // Up to three words with their abbreviation points ("N.Y.").
        let mut end = comma + 1;
        while end < self.toks.len() && end - comma <= 6 {
            let t = &self.toks[end];
            let word = t.kind == TokenKind::Word && self.word(end).starts_with(char::is_uppercase);
            let point = t.is_punct('.') && !t.space_before;
            if !(word || point) {
                break;
            }
            end += 1;
            if let Some(q) = Span::new(first.span.start, t.span.end).slice(self.text) {
                out.push(q);
            }
        }
        out
    }

    /// A name after "in", "at", "near", "to" (or a comma after such a place:
    /// "Hallandale Beach, Fla.") is a place.
    pub(super) fn is_place(&self, n: &Name) -> bool {
        self.is_place_within(n, 8)
    }

    fn is_place_within(&self, n: &Name, depth: usize) -> bool {
        let mut k = n.tokens.0;
        while k > 0 && matches!(self.lower(k - 1), "the") {
            k -= 1;
        }
        if k == 0 {
            return false;
        }
        let prev = self.lower(k - 1);
        if matches!(
            prev,
            "in" | "at" | "near" | "to" | "outside" | "inside" | "from"
        ) && n.kind != NameKind::Person
        {
            return true;
        }
        // "in Hallandale Beach": two capitalised words after "in", "at" or
        // "near" name a place even when they look like a person's name.
        if matches!(prev, "in" | "at" | "near") && n.kind == NameKind::Person {
            let possessive = self.toks.get(n.tokens.1).is_some_and(|t| t.is_punct('\''));
            return !possessive;
        }
        // "the villages of Crozanne", "residents of Crozanne", "the
        // evacuation of Crozanne", "out of Crozanne".
        if prev == "of"
            && k >= 2
            && matches!(
                self.lower(k - 2),
                "village"
                    | "villages"
                    | "town"
                    | "towns"
                    | "city"
                    | "cities"
                    | "residents"
                    | "inhabitants"
                    | "evacuation"
                    | "outskirts"
                    | "suburbs"
                    | "streets"
                    | "centre"
                    | "center"
                    | "out"
                    | "canton"
                    | "province"
                    | "county"
            )
        {
            let possessive = self.toks.get(n.tokens.1).is_some_and(|t| t.is_punct('\''));
            return !possessive;
        }
        // "in Crozanne and Le Brévon": the next of a list of places, when
        // nothing but the list's end follows it ("in Lyon and Macron
        // resigned" names a person), the article names no person so, and a
        // two-word name begins as places do ("Le", "Saint", "Port").
        if prev == "and" && k >= 2 {
            let list_end = self.toks.get(n.tokens.1).is_none_or(|t| {
                t.kind != TokenKind::Word
                    || matches!(
                        self.lower(n.tokens.1),
                        "and"
                            | "or"
                            | "in"
                            | "on"
                            | "at"
                            | "near"
                            | "from"
                            | "to"
                            | "for"
                            | "with"
                            | "after"
                            | "before"
                            | "during"
                            | "since"
                            | "until"
                    )
            });
            let placelike = match n.kind {
                NameKind::Person => {
                    self.word(n.tokens.0)
                        .split(['-', '\''])
                        .next()
                        .is_some_and(|w| {
                            matches!(
                                w,
                                "Le" | "La"
                                    | "Les"
                                    | "L"
                                    | "El"
                                    | "Los"
                                    | "Las"
                                    | "San"
                                    | "Santa"
                                    | "Saint"
                                    | "St"
                                    | "Port"
                                    | "Fort"
                                    | "Mount"
                                    | "Lake"
                            )
                        })
                }
                _ => !self.person_keys.contains(n.key.as_str()),
            };
            // The name before the "and", itself a place; lists are followed
            // back at most `depth` names.
            let before = self.name_ending_at(k - 1);
            // "residents of Crozanne and Le Brévon will return": a list
            // after "of" stays inside its noun phrase whatever follows.
            let after_of =
                before.is_some_and(|m| m.tokens.0 > 0 && self.lower(m.tokens.0 - 1) == "of");
            return depth > 0
                && (list_end || after_of)
                && placelike
                && before.is_some_and(|m| self.is_place_within(m, depth - 1));
        }
        // "Hallandale Beach, Fla.": a state after a place (not a person:
        // "Later, De Wit will testify")
        prev == ","
            && (n.kind != NameKind::Person || crate::extract::places::is_region(&n.text))
            && k >= 2
            && self
                .name_ending_at(k - 1)
                .is_some_and(|m| m.kind != NameKind::Person)
    }

    /// A group named by a common noun as the subject of a verb: "the city
    /// council voted", "French and Swiss officials agreed", "the Ain
    /// prefecture ordered", "fire chiefs said" → "city council", "French and
    /// Swiss officials", "Ain prefecture", "fire chiefs". Up to two
    /// auxiliaries or adverbs may stand between the group and the verb
    /// ("officials will meet"). Synonyms of the head fold to one word
    /// ("authorities" → "officials") so spun copies name the same group.
    ///
    /// Returns the group and the tokens it covers.
    /// Whether the noun at `k` follows a light verb: "went on strike".
    pub(super) fn after_light_verb(&self, s: &Sentence, k: usize) -> bool {
        k >= s.first_token + 2
            && self.lower(k - 1) == "on"
            && matches!(self.lower(k - 2), "went" | "go" | "goes" | "gone" | "going")
    }

    fn group_before(&self, s: &Sentence, tok: usize) -> Option<(String, (usize, usize))> {
        // "went on strike": the subject stands before the light verb.
        let tok = if self.after_light_verb(s, tok) {
            tok - 2
        } else {
            tok
        };
        const BETWEEN: &[&str] = &[
            "will",
            "would",
            "had",
            "has",
            "have",
            "was",
            "were",
            "is",
            "are",
            "also",
            "then",
            "later",
            "jointly",
            "formally",
            "finally",
            "could",
            "can",
            "may",
            "might",
            "should",
            "must",
            "did",
            "not",
            "reportedly",
            "quickly",
        ];
        let mut k = tok;
        for _ in 0..3 {
            if k <= s.first_token {
                return None;
            }
            let w = self.lower(k - 1);
            if group_head(w).is_some() {
                break;
            }
            // "The committee, which meets every week": the subject of a
            // relative clause.
            let relative =
                matches!(w, "which" | "who" | "that") && k >= 2 && self.toks[k - 2].is_punct(',');
            if relative {
                k -= 2;
                continue;
            }
            if !BETWEEN.contains(&w) {
                return None;
            }
            k -= 1;
        }
        let head_tok = k.checked_sub(1)?;
        let head = group_head(self.lower(head_tok))?;
        // "the Fenwick Rail Union will brief": a capitalised head ends a
        // name, which names the group itself. ("Nurses will strike": one
        // capitalised word opening the sentence is the common noun.)
        if self
            .word(head_tok)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            && self
                .name_ending_at(head_tok + 1)
                .is_some_and(|n| n.tokens.0 + 1 < n.tokens.1)
        {
            return None;
        }
        // Modifiers: capitalised words ("French", "Ain"), a few lower-case
        // ones ("city", "federal") and "and" between them.
        let mut lo = head_tok;
        while lo > s.first_token && head_tok - lo < 4 {
            let w = self.word(lo - 1);
            let lw = w.to_lowercase();
            let capital = w.chars().next().is_some_and(char::is_uppercase)
                && !matches!(lw.as_str(), "the" | "a" | "an" | "its" | "their");
            let modifier = capital
                || GROUP_MODIFIERS.contains(&lw.as_str())
                || (lw == "and" && lo - 1 > s.first_token);
            if !modifier || self.toks[lo - 1].kind != TokenKind::Word {
                break;
            }
            lo -= 1;
        }
        // A dangling "and" is not a modifier.
        while lo < head_tok && self.lower(lo) == "and" {
            lo += 1;
        }
        // A name standing for a person before the noun ("Marchand and
        // officials") makes it a list, not a modifier.
        if self.names[self.names.partition_point(|n| n.tokens.0 < lo)..]
            .iter()
            .take_while(|n| n.tokens.0 < head_tok)
            .any(|n| n.kind == NameKind::Person && n.tokens.1 <= head_tok)
        {
            return None;
        }
        let mut words: Vec<String> = (lo..head_tok).map(|j| self.word(j).to_string()).collect();
        words.push(head.to_string());
        Some((words.join(" "), (lo, head_tok + 1)))
    }

    /// "The chief of staff for President Lucia Ortega", "a spokesman for the
    /// Kremlin": the name owns the role, and the role's holder is the one
    /// taking part. Returns the role ("chief of staff") when name `n` is
    /// its owner.
    pub(super) fn role_owned_by(&self, n: &Name) -> Option<(&'static str, usize)> {
        let k = n.tokens.0;
        let mut j = k;
        // "for President Ortega", "of the Kremlin".
        while j > 0 && (self.lower(j - 1) == "the" || is_title(self.word(j - 1))) {
            j -= 1;
        }
        if j == 0 || !matches!(self.lower(j - 1), "for" | "of" | "to") {
            return None;
        }
        let end = j - 1;
        ROLES.iter().copied().find_map(|role| {
            let words: Vec<&str> = role.split(' ').collect();
            let start = end.checked_sub(words.len())?;
            words
                .iter()
                .enumerate()
                .all(|(i, w)| self.lower(start + i) == *w)
                .then_some((role, start))
        })
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
