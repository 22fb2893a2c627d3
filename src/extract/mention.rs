//! From one article to its event mentions.

use chrono::NaiveDate;

use super::entities::{find_names, resolve_aliases, Name, NameKind};
use super::lexicon::{trigger, Trigger};
use super::{DurationAttribute, EventClass, EventMention, EventStatus, EventTime, TimeSource};
use crate::segment::{sentences_from_tokens, tokenize, Sentence, Token, TokenKind};
use crate::temporal::{tag, TemporalMention, TimexType};
use crate::{Article, Span, TimeValue};

/// A trigger found in a sentence, before its arguments are attached.
struct Found {
    tok: usize,
    trig: Trigger,
    /// Which part of the sentence, between ordering connectives.
    region: usize,
}

/// A word that orders two events in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Connective {
    /// "A followed B", "A after B", "A following B": B came first.
    LaterFirst,
    /// "A before B", "A, then B": A came first.
    EarlierFirst,
}

fn connective(w: &str) -> Option<Connective> {
    match w {
        "followed" | "after" | "following" | "follows" => Some(Connective::LaterFirst),
        "before" | "then" | "preceded" | "ahead" => Some(Connective::EarlierFirst),
        _ => None,
    }
}

/// Extracts the event mentions of one article, in text order.
///
/// Arguments: the article (its publication date resolves relative dates and
/// is the last-resort time of an event). Returns every event mention with
/// its actors, places, time, status and stated duration. Complexity: linear
/// in the article's length (each sentence is scanned a bounded number of
/// times).
///
/// ```
/// use chrono::NaiveDate;
/// use timeweave::extract::{extract, EventClass};
/// use timeweave::Article;
///
/// let article = Article::new("a1", "U.S. envoy Steve Witkoff met Vladimir Putin in Moscow on Tuesday.")
///     .with_published(NaiveDate::from_ymd_opt(2025, 12, 3).unwrap());
/// let found = extract(&article);
/// assert_eq!(found[0].class, EventClass::Meeting);
/// assert_eq!(found[0].actors, ["Steve Witkoff", "Vladimir Putin"]);
/// assert_eq!(found[0].places, ["Moscow"]);
/// assert_eq!(found[0].time.value.to_string(), "2025-12-02");
/// ```
pub fn extract(article: &Article) -> Vec<EventMention> {
    let text = article.text.as_str();
    let dct = article.published_date();
    let toks = tokenize(text);
    let sentences = sentences_from_tokens(text, &toks);
    let timexes = tag(text, dct);
    let mut names = find_names(text, &toks, &sentences);
    let display = resolve_aliases(&mut names);
    let ctx = Ctx {
        article,
        text,
        toks: &toks,
        names: &names,
        display: &display,
        dct,
    };
    let mut out = Vec::new();
    let mut narrative: Option<(TimeValue, String, Span)> = None;
    let mut last_speaker: Option<String> = None;
    let mut tx = 0;
    for (si, s) in sentences.iter().enumerate() {
        let first_tx = tx;
        while tx < timexes.len() && timexes[tx].span.start < s.span.end {
            tx += 1;
        }
        let sent_timexes = &timexes[first_tx..tx];
        ctx.sentence(si, s, sent_timexes, &narrative, &mut last_speaker, &mut out);
        if let Some(t) = sent_timexes.iter().rev().find(|t| is_event_time(t)) {
            narrative = Some((t.value.clone(), t.text.clone(), t.span));
        }
    }
    out
}

/// A DATE or TIME with a calendar value can date an event.
fn is_event_time(t: &TemporalMention) -> bool {
    matches!(t.kind, TimexType::Date | TimexType::Time) && t.value.is_anchored()
}

struct Ctx<'a> {
    article: &'a Article,
    text: &'a str,
    toks: &'a [Token],
    names: &'a [Name],
    display: &'a std::collections::BTreeMap<String, String>,
    dct: Option<NaiveDate>,
}

const REPORTING_BOUNDARY: &[&str] = &["that", "said", "says", "told", "according"];

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// Token index of the token containing byte `pos`.
    fn token_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.span.end <= pos)
    }

    /// Inside a quotation of more than a few words: someone else's
    /// sentence. A short quote ("a “reasonably good meeting”") is the
    /// writer's own sentence quoting a phrase.
    fn inside_quotes(&self, s: &Sentence, k: usize) -> bool {
        let marks: Vec<usize> = (s.first_token..s.end_token)
            .filter(|&j| self.toks[j].is_punct('"'))
            .collect();
        let before = marks.iter().filter(|&&j| j < k).count();
        if before % 2 == 0 {
            return false;
        }
        let open = marks[before - 1];
        let close = marks.get(before).copied().unwrap_or(s.end_token);
        let words = (open..close)
            .filter(|&j| self.toks[j].kind == TokenKind::Word)
            .count();
        words > 5
    }

    fn sentence(
        &self,
        si: usize,
        s: &Sentence,
        timexes: &[TemporalMention],
        narrative: &Option<(TimeValue, String, Span)>,
        last_speaker: &mut Option<String>,
        out: &mut Vec<EventMention>,
    ) {
        // Triggers of this sentence, outside quotations.
        let all: Vec<Found> = (s.first_token..s.end_token)
            .filter(|&k| self.toks[k].kind == TokenKind::Word)
            .filter_map(|k| {
                let trig = trigger(&self.lower(k))?;
                // "talk with the media" is an event, "peace talk delegation"
                // is not.
                if self.lower(k) == "talk"
                    && !matches!(self.lower(k + 1).as_str(), "with" | "to" | "about")
                {
                    return None;
                }
                // "spent hours with Putin" is a meeting; "spent money" is not.
                if self.lower(k).starts_with("spen")
                    && !(k + 1..(k + 5).min(s.end_token)).any(|j| self.lower(j) == "with")
                {
                    return None;
                }
                // A noun after an article is a thing, not always an event:
                // "a return to normal life".
                let determiner =
                    k > s.first_token && matches!(self.lower(k - 1).as_str(), "a" | "an");
                let noun_ok = trig.verb || trig.class == EventClass::Meeting || !determiner;
                (!self.inside_quotes(s, k) && noun_ok).then_some(Found {
                    tok: k,
                    trig,
                    region: 0,
                })
            })
            .collect();
        if all.is_empty() {
            return;
        }
        // Regions of the sentence between ordering connectives ("the talks
        // followed a five-hour meeting"): one event per class and region.
        let in_timex = |k: usize| {
            let pos = self.toks[k].span.start;
            timexes
                .iter()
                .any(|t| t.span.start <= pos && pos < t.span.end)
        };
        let connectives: Vec<(usize, Connective)> = (s.first_token..s.end_token)
            .filter(|&k| !in_timex(k))
            .filter_map(|k| connective(&self.lower(k)).map(|c| (k, c)))
            .collect();
        let region_of = |k: usize| connectives.iter().filter(|(c, _)| *c < k).count();
        let mut found: Vec<Found> = Vec::new();
        for mut f in all {
            f.region = region_of(f.tok);
            // A second trigger of the same class is the same event when it
            // re-describes it: adjacent ("peace talks session") or an
            // indefinite appositive (", a session arranged by…").
            let appositive = f.tok > s.first_token + 1
                && matches!(self.lower(f.tok - 1).as_str(), "a" | "an")
                && self.toks[f.tok - 2].is_punct(',');
            let same = found.iter().position(|g| {
                g.region == f.region
                    && g.trig.class == f.trig.class
                    && f.trig.class != EventClass::Statement
                    && (f.tok - g.tok <= 2
                        || appositive
                        || g.trig.verb && !f.trig.verb && f.tok - g.tok <= 6)
            });
            match same {
                // Keep the verb as the trigger of the event ("met" over "a session").
                Some(gi) if f.trig.verb && !found[gi].trig.verb => found[gi] = f,
                Some(_) => {}
                None => found.push(f),
            }
        }
        // Each dating expression goes to its nearest trigger.
        // "the budget for 2025" names the budget's year, not when the vote
        // happened: a bare year after "for" does not date an event.
        let dating: Vec<&TemporalMention> = timexes
            .iter()
            .filter(|t| is_event_time(t))
            .filter(|t| {
                let k = self.token_at(t.span.start);
                !(matches!(t.value, TimeValue::Year(_)) && k > 0 && self.lower(k - 1) == "for")
            })
            .collect();
        let mut owner: Vec<Option<usize>> = vec![None; dating.len()];
        for (ti, t) in dating.iter().enumerate() {
            let tk = self.token_at(t.span.start);
            // "Dec 4, 2025 – President Trump describes…": a date that opens
            // the sentence dates its first event.
            if tk == s.first_token {
                owner[ti] = Some(0);
                continue;
            }
            owner[ti] = found
                .iter()
                .enumerate()
                .min_by_key(|(_, f)| {
                    let d = f.tok.abs_diff(tk);
                    // A statement's own date sits right by its verb ("said on
                    // Wednesday", "on Wednesday claimed"); further away it
                    // belongs to the reported event.
                    let penalty = if f.trig.class == EventClass::Statement && d > 3 {
                        8
                    } else {
                        0
                    };
                    d + penalty
                })
                .map(|(fi, _)| fi);
        }
        let quotes = self.quotes(s);
        let base = out.len();
        let mut index_of: Vec<Option<usize>> = vec![None; found.len()];
        let durations: Vec<&TemporalMention> = timexes
            .iter()
            .filter(|t| t.kind == TimexType::Duration)
            .collect();
        for (fi, f) in found.iter().enumerate() {
            let own_time = dating
                .iter()
                .enumerate()
                .filter(|(ti, _)| owner[*ti] == Some(fi))
                .min_by_key(|(_, t)| self.token_at(t.span.start).abs_diff(f.tok))
                .map(|(_, t)| *t);
            let bounds = (
                f.region
                    .checked_sub(1)
                    .map_or(s.first_token, |r| connectives[r].0 + 1),
                connectives.get(f.region).map_or(s.end_token, |c| c.0),
            );
            let (mut actors, mut places) = self.arguments(s, &found, fi, bounds, last_speaker);
            let is_statement = f.trig.class == EventClass::Statement;
            // "The meeting lasted more than four hours": a definite noun with
            // no names of its own refers back to the last event of its class
            // in the last few sentences.
            let definite = f.tok > s.first_token
                && matches!(self.lower(f.tok - 1).as_str(), "the" | "that" | "this");
            if actors.is_empty() && !f.trig.verb && definite {
                if let Some(prev) = out.iter().rev().find(|m| {
                    m.class == f.trig.class
                        && m.lemma == f.trig.lemma
                        && !m.actors.is_empty()
                        && si - m.sentence <= 12
                }) {
                    actors = prev.actors.clone();
                    if places.is_empty() {
                        places = prev.places.clone();
                    }
                }
            }
            if actors.is_empty() && f.trig.verb {
                if let Some(body) = self.institution_before(s, f.tok) {
                    actors.push(body);
                }
            }
            // A definite event noun with no names ("the strike") is kept
            // when the sentence orders it against another event: the order
            // is the news.
            let ordered = !connectives.is_empty() && !f.trig.verb && definite;
            if actors.is_empty() && (places.is_empty() || own_time.is_none()) && !ordered {
                continue;
            }
            let tense = self.tense(s, f.tok);
            let planned_cue = tense == crate::temporal::ClauseTense::Future
                || matches!(f.trig.lemma, "meet") && self.lower(f.tok).starts_with("invit");
            // The sentence's date can date this event only when no statement
            // owns it: in "On Wednesday Trump described the talks", Wednesday
            // is the statement's, not the talks'.
            let unclaimed: Vec<&TemporalMention> = dating
                .iter()
                .enumerate()
                // Another event's date dates this one only when they are of one
                // class ("met … on Thursday, a session arranged…").
                .filter(|(ti, _)| owner[*ti].is_none_or(|o| found[o].trig.class == f.trig.class))
                .map(|(_, t)| *t)
                .collect();
            let time = self.time(
                own_time,
                if unclaimed.len() == dating.len() {
                    dating.as_slice()
                } else {
                    &[]
                },
                is_statement,
                planned_cue,
                narrative,
            );
            // A noun such as "agreement" or "invasion" names an event of
            // its own only with a date of its own.
            if !f.trig.verb
                && f.trig.class != EventClass::Meeting
                && !time.source.is_explicit()
                && !ordered
            {
                continue;
            }
            let status = self.status(s, f, &time, planned_cue);
            // A meeting, a trip or a statement lasts hours or days: "the
            // nearly four-year war" in the same sentence is the war's.
            let plausible = |d: &&&TemporalMention| match f.trig.class {
                EventClass::Meeting | EventClass::Movement | EventClass::Statement => {
                    d.value.duration_seconds().is_some_and(|s| s <= 7 * 86_400)
                }
                _ => true,
            };
            let duration = durations
                .iter()
                .filter(plausible)
                .filter(|d| {
                    // The duration's nearest trigger is this one.
                    let dk = self.token_at(d.span.start);
                    found
                        .iter()
                        .enumerate()
                        .filter(|(_, g)| g.trig.class != EventClass::Statement)
                        .min_by_key(|(_, g)| g.tok.abs_diff(dk))
                        .is_some_and(|(gi, _)| gi == fi)
                })
                .map(|d| DurationAttribute {
                    value: d.value.clone(),
                    modifier: d.modifier,
                    text: d.text.clone(),
                    span: d.span,
                })
                .next();
            let trig_tok = &self.toks[f.tok];
            index_of[fi] = Some(out.len());
            out.push(EventMention {
                article: self.article.id.clone(),
                sentence: si,
                sentence_span: s.span,
                trigger_span: trig_tok.span,
                trigger: trig_tok.text(self.text).to_string(),
                lemma: f.trig.lemma.to_string(),
                class: f.trig.class,
                actors,
                places,
                time,
                status,
                duration,
                quotes: if is_statement {
                    quotes.clone()
                } else {
                    Vec::new()
                },
                after: Vec::new(),
            });
        }
        // Order the events the connectives order: the main (non-statement)
        // event of each region against the next region's.
        let main_of = |r: usize| {
            found
                .iter()
                .enumerate()
                .find(|(fi, f)| {
                    f.region == r
                        && f.trig.class != EventClass::Statement
                        && index_of[*fi].is_some()
                })
                .and_then(|(fi, _)| index_of[fi])
        };
        for (ci, (_, c)) in connectives.iter().enumerate() {
            let (Some(a), Some(b)) = (main_of(ci), main_of(ci + 1)) else {
                continue;
            };
            let (earlier, later) = match c {
                Connective::LaterFirst => (b, a),
                Connective::EarlierFirst => (a, b),
            };
            if earlier != later && later >= base && earlier >= base {
                let span = out[earlier].trigger_span;
                out[later].after.push(span);
            }
        }
    }

    /// Quoted phrases of the sentence, trimmed.
    fn quotes(&self, s: &Sentence) -> Vec<String> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        for k in s.first_token..s.end_token {
            if self.toks[k].is_punct('"') {
                match open.take() {
                    Some(o) if k > o + 1 => {
                        let span =
                            Span::new(self.toks[o + 1].span.start, self.toks[k - 1].span.end);
                        if let Some(q) = span.slice(self.text) {
                            let q = q.trim_matches(|c: char| {
                                c.is_ascii_punctuation() || c.is_whitespace()
                            });
                            if q.split_whitespace().count() >= 2 {
                                out.push(q.to_string());
                            }
                        }
                    }
                    Some(_) => {}
                    None => open = Some(k),
                }
            }
        }
        out
    }

    fn tense(&self, s: &Sentence, tok: usize) -> crate::temporal::ClauseTense {
        crate::temporal::clause_tense_of(
            self.text,
            self.toks,
            s.first_token,
            s.end_token,
            tok,
            tok + 1,
        )
    }

    /// The clause's own date, else (not for statements or plans) the
    /// sentence's single date, else the narrative's, else the publication
    /// date.
    fn time(
        &self,
        own: Option<&TemporalMention>,
        dating: &[&TemporalMention],
        is_statement: bool,
        planned: bool,
        narrative: &Option<(TimeValue, String, Span)>,
    ) -> EventTime {
        if let Some(t) = own {
            return EventTime {
                value: t.value.clone(),
                text: Some(t.text.clone()),
                span: Some(t.span),
                source: TimeSource::Clause,
            };
        }
        if !is_statement {
            if let [t] = dating {
                return EventTime {
                    value: t.value.clone(),
                    text: Some(t.text.clone()),
                    span: Some(t.span),
                    source: TimeSource::Sentence,
                };
            }
            if !planned {
                if let Some((v, txt, span)) = narrative {
                    return EventTime {
                        value: v.clone(),
                        text: Some(txt.clone()),
                        span: Some(*span),
                        source: TimeSource::Narrative,
                    };
                }
            }
        }
        EventTime {
            value: match self.dct {
                Some(d) => TimeValue::Day(d),
                None => TimeValue::Unanchored("XXXX-XX-XX".into()),
            },
            text: None,
            span: None,
            source: TimeSource::Publication,
        }
    }

    fn status(&self, s: &Sentence, f: &Found, time: &EventTime, planned_cue: bool) -> EventStatus {
        let k = f.tok;
        let negated = (k.saturating_sub(3)..k).any(|j| {
            matches!(
                self.lower(j).as_str(),
                "not" | "never" | "no" | "t" | "without"
            )
        });
        if negated {
            return EventStatus::Negated;
        }
        let after_dct = match (time.value.interval(), self.dct) {
            (Some((first, _)), Some(d)) => time.source.is_explicit() && first > d,
            _ => false,
        };
        if planned_cue || after_dct {
            return EventStatus::Planned;
        }
        if f.trig.class != EventClass::Statement {
            // Inside a report: a reporting verb or "according to" earlier in
            // the sentence, or ", officials said" after it.
            let reported = (s.first_token..s.end_token).any(|j| {
                j != k
                    && matches!(
                        self.lower(j).as_str(),
                        "according"
                            | "reportedly"
                            | "said"
                            | "says"
                            | "told"
                            | "confirmed"
                            | "claimed"
                            | "reported"
                    )
            });
            if reported {
                return EventStatus::Reported;
            }
        }
        EventStatus::Occurred
    }

    /// Actors and places of trigger `fi`: names in its clause. A statement's
    /// actor is its speaker; other events take the names around the
    /// trigger up to a reporting boundary.
    fn arguments(
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
    fn is_place(&self, n: &Name) -> bool {
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
    fn institution_before(&self, s: &Sentence, tok: usize) -> Option<String> {
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
    fn is_subject_np(&self, n: &Name, f: &Found) -> bool {
        n.tokens.0 > f.tok && n.tokens.0 - f.tok <= 4
            || n.tokens.1 <= f.tok && f.tok - n.tokens.1 <= 2
    }

    fn is_subject(&self, n: &Name, f: &Found) -> bool {
        f.trig.verb && n.tokens.1 <= f.tok && f.tok - n.tokens.1 <= 2
    }
}
