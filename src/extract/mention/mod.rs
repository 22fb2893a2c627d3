//! From one article to its event mentions: the sentence loop here, the
//! arguments of a trigger (who, where) in [`arguments`], its time and
//! status in [`timing`].

mod arguments;
mod counts;
mod timing;

use std::borrow::Cow;

use chrono::NaiveDate;

use super::entities::{
    alias_organisation_first_words, find_names_lowered, resolve_aliases, trim_glued_headings,
    LowerBuf, Name, NameKind,
};
use super::lexicon::{trigger, Trigger};
use super::{DurationAttribute, EventClass, EventMention, EventTime, TimeSource};
use crate::segment::{sentences_from_tokens, tokenize, Sentence, Token, TokenKind};
use crate::temporal::{tag_tokens, Cues, TagConfig, TemporalMention, TimexType};
use crate::{Article, TimeValue};

/// A sentence's few triggers, dates and connectives: on the stack while
/// they are few, as they nearly always are.
type Small<T> = smallvec::SmallVec<[T; 8]>;

/// A trigger found in a sentence, before its arguments are attached.
struct Found {
    tok: usize,
    trig: Trigger,
    /// Which part of the sentence, between ordering connectives.
    region: usize,
    /// Tokens of other triggers that name the same event ("brought … for
    /// five hours of talks": "talks").
    absorbed: Vec<usize>,
    /// A noun after "of the": "the outcome of the Moscow talks" names an
    /// event other than the clause's.
    of_the: bool,
    /// A definite noun after a preposition: "to go over what took place at
    /// the Kremlin conference", "the results of the Moscow meeting". It
    /// refers back to an event told elsewhere, so a date earlier in the
    /// sentence is the clause's, not its. So is a noun said to be of
    /// another time: "who had headed the delegation at earlier peace talks,
    /// resigned on November 28".
    reference: bool,
}

impl Found {
    /// Distance in tokens from token `k` to this trigger or a trigger it
    /// absorbed.
    fn distance(&self, k: usize) -> usize {
        self.absorbed
            .iter()
            .fold(self.tok.abs_diff(k), |d, &a| d.min(a.abs_diff(k)))
    }
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
    extract_with_sketch(article, false).0
}

/// [`extract`], and with `sketch` the article's copy sketch, made from the
/// tokens extraction reads anyway (the same as
/// [`Sketch::of`](crate::merge::Sketch::of) on its text).
pub(crate) fn extract_with_sketch(
    article: &Article,
    sketch: bool,
) -> (Vec<EventMention>, Option<crate::merge::Sketch>) {
    let text = article.text.as_str();
    let dct = article.published_date();
    let toks = tokenize(text);
    let sentences = sentences_from_tokens(text, &toks);
    // The tagger's tokens and tense cues are the sentence loop's too.
    let cues = Cues::new(toks.len());
    let timexes = tag_tokens(text, &toks, &sentences, &cues, dct, &TagConfig::default());
    // Each token lower-cased once: name finding and the sentence loop ask
    // for the same words many times.
    let lower_buf = LowerBuf::new(text, &toks);
    let lowers = lower_buf.words(text, &toks);
    let sketch = sketch.then(|| crate::merge::Sketch::of_tokens(&toks, &lowers));
    let mut names = find_names_lowered(text, &toks, &sentences, &lowers);
    // "in May": a one-word name the tagger read as a date is the date.
    // (The tagger's mentions are in text order and do not overlap.)
    names.retain(|n| {
        let before = timexes.partition_point(|t| t.span.start <= n.span.start);
        n.tokens.1 - n.tokens.0 > 1 || before == 0 || timexes[before - 1].span.end < n.span.end
    });
    // Where each sentence's body starts: after its dateline ("GENEVA, July
    // 19 (APA) –"); none for a headline. Names in headlines ("Witkoff Meets
    // Umerov") and datelines ("GENEVA") are not written as the article
    // writes names: they neither act nor give an entity its display form.
    let body_start: Vec<Option<usize>> = sentences
        .iter()
        .map(|s| (!is_heading(text, &toks, s)).then(|| dateline_end(text, &toks, s)))
        .collect();
    names.retain(|n| {
        let si = sentences.partition_point(|s| s.end_token <= n.tokens.0);
        match (sentences.get(si), body_start.get(si)) {
            (Some(s), Some(body)) => n.tokens.0 >= body.unwrap_or(s.end_token),
            _ => true,
        }
    });
    trim_glued_headings(text, &toks, &mut names);
    alias_organisation_first_words(text, &toks, &mut names);
    let display = resolve_aliases(&mut names);
    let ctx = Ctx {
        article,
        text,
        toks: &toks,
        lowers: &lowers,
        names: &names,
        person_keys: names
            .iter()
            .filter(|n| n.kind == NameKind::Person)
            .map(|n| n.key.as_str())
            .collect(),
        display: &display,
        body_start: &body_start,
        cues,
        dct,
    };
    // About one event per sentence: room for them, given back at the end.
    let mut out = Vec::with_capacity(sentences.len());
    // The last date of the text so far (an index into `timexes`).
    let mut narrative: Option<usize> = None;
    let mut last_speaker: Option<String> = None;
    let mut tx = 0;
    for (si, s) in sentences.iter().enumerate() {
        let first_tx = tx;
        while tx < timexes.len() && timexes[tx].span.start < s.span.end {
            tx += 1;
        }
        let sent_timexes = &timexes[first_tx..tx];
        let last_date = narrative.map(|i| &timexes[i]);
        ctx.sentence(si, s, sent_timexes, last_date, &mut last_speaker, &mut out);
        if let Some(i) = sent_timexes.iter().rposition(is_event_time) {
            narrative = Some(first_tx + i);
        }
    }
    // Organisations named anywhere in the article (not only as actors:
    // "members of the Carrow Dock Workers' Union stopped work").
    let organisations: Vec<String> = names
        .iter()
        .filter(|n| n.kind == NameKind::Organization)
        .map(|n| ctx.display_of(n))
        .collect();
    resolve_bare_groups(&mut out, &organisations);
    out.shrink_to_fit();
    (out, sketch)
}

/// "the union" after "the Marlow Bus Operators' Union": a bare group noun
/// stands for the one fuller name of the article (an actor or another
/// organisation it names) that ends in it. With none, or several, it stays
/// as it is.
fn resolve_bare_groups(out: &mut [EventMention], organisations: &[String]) {
    let actors: std::collections::BTreeSet<&str> = out
        .iter()
        .flat_map(|m| m.actors.iter().map(String::as_str))
        .chain(organisations.iter().map(String::as_str))
        .collect();
    let mut fuller: std::collections::BTreeMap<String, String> = Default::default();
    for bare in actors
        .iter()
        .filter(|a| arguments::group_head(a) == Some(**a))
    {
        let forms: Vec<&&str> = actors
            .iter()
            .filter(|f| {
                f.contains(' ')
                    && f.rsplit(' ')
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case(bare))
            })
            .collect();
        if let [one] = forms.as_slice() {
            fuller.insert(bare.to_string(), one.to_string());
        }
    }
    if fuller.is_empty() {
        return;
    }
    for m in out.iter_mut() {
        let mut seen = std::collections::BTreeSet::new();
        let actors = std::mem::take(&mut m.actors);
        for a in actors {
            let a = fuller.get(&a).cloned().unwrap_or(a);
            if seen.insert(a.clone()) {
                m.actors.push(a);
            }
        }
    }
}

/// A DATE or TIME with a calendar value can date an event.
fn is_event_time(t: &TemporalMention) -> bool {
    matches!(t.kind, TimexType::Date | TimexType::Time) && t.value.is_anchored()
}

struct Ctx<'a> {
    article: &'a Article,
    text: &'a str,
    toks: &'a [Token],
    /// Each token, lower-cased.
    lowers: &'a [&'a str],
    names: &'a [Name],
    /// Keys of the people the article names.
    person_keys: crate::hash::FastSet<&'a str>,
    display: &'a std::collections::BTreeMap<String, String>,
    /// Per sentence, the first token after its dateline; `None` for a
    /// headline, which names no events.
    body_start: &'a [Option<usize>],
    /// Each token's tense cue, once worked out.
    cues: Cues,
    dct: Option<NaiveDate>,
}

const REPORTING_BOUNDARY: &[&str] = &["that", "said", "says", "told", "according"];

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn lower(&self, i: usize) -> &str {
        self.lowers.get(i).copied().unwrap_or("")
    }

    /// The name whose last token ends just before token `tok` (names are in
    /// text order and do not overlap).
    fn name_ending_at(&self, tok: usize) -> Option<&Name> {
        let at = self.names.partition_point(|n| n.tokens.1 < tok);
        self.names.get(at).filter(|n| n.tokens.1 == tok)
    }

    /// How the article names the entity of `n` (its longest form).
    fn display_of(&self, n: &Name) -> String {
        self.display
            .get(&n.key)
            .cloned()
            .unwrap_or_else(|| n.text.clone())
    }

    /// Token index of the token containing byte `pos`.
    fn token_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.span.end <= pos)
    }

    /// Inside a quotation of more than a few words: someone else's
    /// sentence. A short quote ("a “reasonably good meeting”") is the
    /// writer's own sentence quoting a phrase.
    fn inside_quotes(&self, s: &Sentence, k: usize) -> bool {
        let is_mark = |j: &usize| self.toks[*j].is_punct('"');
        // The marks before `k`: inside a quotation after an odd number.
        let mut before = 0;
        let mut open = 0;
        for j in (s.first_token..k.min(s.end_token)).filter(is_mark) {
            before += 1;
            open = j;
        }
        if before % 2 == 0 {
            return false;
        }
        let close = (k..s.end_token).find(is_mark).unwrap_or(s.end_token);
        let words = (open..close)
            .filter(|&j| self.toks[j].kind == TokenKind::Word)
            .count();
        words > 5
    }

    /// "ordered both villages to be cleared", "ordered 2,300 people to
    /// leave their homes", "orders the evacuation": an order to leave is an
    /// evacuation.
    fn evacuation_order(&self, s: &Sentence, k: usize) -> Option<Trigger> {
        if !matches!(self.lower(k), "ordered" | "orders") {
            return None;
        }
        let hi = (k + 9).min(s.end_token);
        (k + 1..hi)
            .any(|j| {
                let w = self.lower(j);
                matches!(w, "leave" | "cleared" | "clear") || w.starts_with("evacuat")
            })
            .then_some(Trigger {
                lemma: "evacuate",
                class: EventClass::Other,
                verb: true,
            })
    }

    /// "appear before the transport committee", "before a judge": a
    /// hearing body within a few words after "before" (not "appeared
    /// before reporters").
    fn before_a_hearing(&self, k: usize, s: &Sentence) -> bool {
        self.lower(k + 1) == "before"
            && (k + 2..(k + 9).min(s.end_token)).any(|j| {
                matches!(
                    self.lower(j),
                    "committee"
                        | "court"
                        | "judge"
                        | "panel"
                        | "tribunal"
                        | "congress"
                        | "senate"
                        | "parliament"
                        | "lawmakers"
                        | "mps"
                        | "inquiry"
                        | "commission"
                        | "magistrate"
                        | "magistrates"
                        | "jury"
                        | "hearing"
                        | "subcommittee"
                )
            })
    }

    fn sentence(
        &self,
        si: usize,
        s: &Sentence,
        timexes: &[TemporalMention],
        narrative: Option<&TemporalMention>,
        last_speaker: &mut Option<String>,
        out: &mut Vec<EventMention>,
    ) {
        let Some(body) = self.body_start[si] else {
            return;
        };
        // "Dmitry Peskov, the Kremlin's spokesman, pushed back … He called
        // the talks…": a person opening a sentence is whom a later "he" or
        // "she" means, until someone else speaks or opens one.
        let at = self.names.partition_point(|n| n.tokens.0 < body);
        if let Some(n) = self.names.get(at) {
            if n.kind == NameKind::Person && n.tokens.0 <= body + 3 && n.tokens.1 <= s.end_token {
                *last_speaker = Some(self.display_of(n));
            }
        }
        // Triggers of this sentence, outside quotations.
        let all: Small<Found> = (s.first_token..s.end_token)
            .filter(|&k| self.toks[k].kind == TokenKind::Word)
            .filter_map(|k| {
                let mut trig = trigger(self.lower(k)).or_else(|| self.evacuation_order(s, k))?;
                // "went on strike": the noun with its light verb acts as a
                // verb, with the group before it as subject; so does a
                // trigger after a modal ("will strike").
                let light_verb = self.after_light_verb(s, k);
                // ("in May talks resumed": a capitalised "May" is the month.)
                let after_modal = k > s.first_token
                    && self
                        .word(k - 1)
                        .starts_with(|c: char| c.is_ascii_lowercase())
                    && matches!(
                        self.lower(k - 1),
                        "will" | "would" | "shall" | "could" | "may" | "might" | "must" | "should"
                    );
                if !trig.verb && (light_verb || after_modal) {
                    trig.verb = true;
                }
                // "talk with the media" is an event, "peace talk delegation"
                // is not.
                if self.lower(k) == "talk" && !matches!(self.lower(k + 1), "with" | "to" | "about")
                {
                    return None;
                }
                // "held talks", "the summit was held" are meetings; "if the
                // weather holds" is not.
                if self.lower(k).starts_with("hold") || self.lower(k) == "held" {
                    let lo = k.saturating_sub(3).max(s.first_token);
                    let hi = (k + 6).min(s.end_token);
                    let meeting_noun = (lo..hi).any(|j| {
                        j != k
                            && trigger(self.lower(j))
                                .is_some_and(|t| t.class == EventClass::Meeting && !t.verb)
                    });
                    if !meeting_noun {
                        return None;
                    }
                }
                // "appear before the committee" is a hearing; "appeared to
                // accept" is not.
                if self.lower(k).starts_with("appear") && !self.before_a_hearing(k, s) {
                    return None;
                }
                // "showed no sign of ending" is not a signing.
                if self.lower(k) == "sign"
                    && k > s.first_token
                    && matches!(self.lower(k - 1), "no" | "a" | "any" | "the" | "every")
                {
                    return None;
                }
                // "brought the two sides together" is a meeting; "brought
                // charges" is not.
                if matches!(self.lower(k), "brought" | "brings")
                    && !(k + 1..(k + 9).min(s.end_token)).any(|j| self.lower(j) == "together")
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
                let determiner = k > s.first_token && matches!(self.lower(k - 1), "a" | "an");
                let noun_ok = trig.verb || trig.class == EventClass::Meeting || !determiner;
                (!self.inside_quotes(s, k) && noun_ok).then_some(Found {
                    tok: k,
                    trig,
                    region: 0,
                    absorbed: Vec::new(),
                    of_the: false,
                    reference: false,
                })
            })
            .collect();
        if all.is_empty() {
            return;
        }
        // Regions of the sentence between ordering connectives ("the vote
        // came after a long debate"): one event per class and region.
        let in_timex = |k: usize| {
            let pos = self.toks[k].span.start;
            timexes
                .iter()
                .any(|t| t.span.start <= pos && pos < t.span.end)
        };
        let connectives: Small<(usize, Connective)> = (s.first_token..s.end_token)
            .filter_map(|k| connective(self.lower(k)).map(|c| (k, c)))
            .filter(|&(k, _)| !in_timex(k))
            // "appear before the committee", "testified before Congress":
            // a place in front of someone, not an order of events.
            .filter(|&(k, _)| {
                !(self.lower(k) == "before"
                    && k > s.first_token
                    && matches!(
                        self.lower(k - 1),
                        "appear"
                            | "appears"
                            | "appeared"
                            | "appearing"
                            | "testify"
                            | "testifies"
                            | "testified"
                            | "testifying"
                            | "brought"
                            | "stand"
                            | "stood"
                            | "standing"
                    ))
            })
            .collect();
        let region_of = |k: usize| connectives.iter().filter(|(c, _)| *c < k).count();
        let mut found: Small<Found> = Small::new();
        for mut f in all {
            f.region = region_of(f.tok);
            // A second trigger of the same class is the same event when it
            // re-describes it: adjacent ("peace talks session") or an
            // indefinite appositive (", a session arranged by…").
            let appositive = f.tok > s.first_token + 1
                && matches!(self.lower(f.tok - 1), "a" | "an")
                && self.toks[f.tok - 2].is_punct(',');
            // A meeting verb and the meeting noun it governs ("brought the
            // union and the company together in Carrow for five hours of
            // talks") with no other trigger between them.
            // "brief leaders on the outcome of the Kremlin meeting" names
            // another event: a noun after "of the" is not governed.
            // The first token of the noun phrase the trigger ends.
            let mut j = f.tok;
            while j > s.first_token + 1
                && self
                    .word(j - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                j -= 1;
            }
            let after = |preps: &[&str], dets: &[&str]| {
                j >= s.first_token + 2
                    && dets.contains(&self.lower(j - 1))
                    && preps.contains(&self.lower(j - 2))
            };
            let of_the = after(&["of"], &["the", "a", "its", "their"]);
            f.of_the = of_the;
            let other_time = (f.tok.saturating_sub(3).max(s.first_token)..f.tok).any(|k| {
                matches!(
                    self.lower(k),
                    "earlier" | "previous" | "prior" | "former" | "past"
                )
            });
            let prep_the = after(
                &[
                    "of",
                    "at",
                    "about",
                    "over",
                    "after",
                    "following",
                    "from",
                    "since",
                    "on",
                ],
                &["the", "its", "their"],
            );
            f.reference = !f.trig.verb && (prep_the || other_time);
            let governed = |g: &Found| {
                g.trig.verb
                    && !f.trig.verb
                    && !of_the
                    && f.tok - g.tok <= 16
                    && !found.iter().any(|h| g.tok < h.tok && h.tok < f.tok)
            };
            let same = found.iter().position(|g| {
                g.region == f.region
                    && g.trig.class == f.trig.class
                    && f.trig.class != EventClass::Statement
                    && (f.tok - g.tok <= 2 || appositive || governed(g))
            });
            match same {
                // Keep the verb as the trigger of the event ("met" over "a session").
                Some(gi) if f.trig.verb && !found[gi].trig.verb => {
                    let old = std::mem::replace(&mut found[gi], f);
                    found[gi].absorbed = old.absorbed;
                    found[gi].absorbed.push(old.tok);
                }
                Some(gi) => found[gi].absorbed.push(f.tok),
                None => found.push(f),
            }
        }
        // Each dating expression goes to its nearest trigger.
        // "the budget for 2025" names the budget's year, not when the vote
        // happened: a bare year after "for" does not date an event.
        let dating: Small<&TemporalMention> = timexes
            .iter()
            .filter(|t| is_event_time(t))
            .filter(|t| {
                let k = self.token_at(t.span.start);
                // "GENEVA, July 19 (APA) –" dates the report, not its events.
                k >= body
                    && !(matches!(t.value, TimeValue::Year(_))
                        && k > 0
                        && self.lower(k - 1) == "for")
            })
            .collect();
        // Each dating expression's first token and part of the sentence,
        // looked up once.
        let dating_tok: Small<usize> = dating.iter().map(|t| self.token_at(t.span.start)).collect();
        let dating_region: Small<usize> = dating_tok.iter().map(|&k| region_of(k)).collect();
        let mut owner: Small<Option<usize>> = smallvec::smallvec![None; dating.len()];
        for (ti, &tk) in dating_tok.iter().enumerate() {
            // "Dec 4, 2025 – President Trump describes…": a date that opens
            // the sentence dates its first event.
            if tk == s.first_token {
                owner[ti] = Some(0);
                continue;
            }
            // A date dates a trigger of its own part of the sentence: in
            // "people remained out of their homes on Monday after a fire
            // forced the evacuation", Monday is not the evacuation's.
            owner[ti] = found
                .iter()
                .enumerate()
                .filter(|(_, f)| f.region == dating_region[ti] && !(f.reference && tk < f.tok))
                .min_by_key(|(_, f)| {
                    let d = f.distance(tk);
                    // A statement's own date sits right by its verb ("said on
                    // Wednesday", "on Wednesday claimed"); further away it
                    // belongs to the reported event.
                    // "talks aimed at ending the strike broke up on
                    // Wednesday": the object of a gerund is not what the
                    // clause dates.
                    let gerund_object = !f.trig.verb
                        && f.tok >= s.first_token + 2
                        && self.lower(f.tok - 2).ends_with("ing")
                        && matches!(self.lower(f.tok - 1), "the" | "a" | "its" | "their");
                    let penalty = if f.trig.class == EventClass::Statement && d > 3 {
                        8
                    } else if gerund_object {
                        6
                    } else {
                        0
                    };
                    d + penalty
                })
                .map(|(fi, _)| fi);
        }
        let quotes = self.quotes(s);
        let base = out.len();
        let mut index_of: Small<Option<usize>> = smallvec::smallvec![None; found.len()];
        let durations: Small<&TemporalMention> = timexes
            .iter()
            .filter(|t| t.kind == TimexType::Duration)
            .collect();
        let bounds_of = |f: &Found| {
            (
                f.region
                    .checked_sub(1)
                    .map_or(s.first_token, |r| connectives[r].0 + 1),
                connectives.get(f.region).map_or(s.end_token, |c| c.0),
            )
        };
        // The trigger a duration or a count at token `k` belongs to: the
        // nearest that is not a statement (in `k`'s part of the sentence,
        // when `same_region`).
        let nearest_event = |k: usize, same_region: bool| {
            found
                .iter()
                .enumerate()
                .filter(|(_, g)| g.trig.class != EventClass::Statement)
                .filter(|(_, g)| !same_region || g.region == region_of(k))
                .min_by_key(|(_, g)| g.distance(k))
                .map(|(gi, _)| gi)
        };
        let counts = self.counts(s, timexes);
        let count_owner: Small<Option<usize>> = counts
            .iter()
            .map(|c| nearest_event(self.token_at(c.span.start), true))
            .collect();
        let mut args: Small<_> = Small::with_capacity(found.len());
        for (fi, f) in found.iter().enumerate() {
            args.push(self.arguments(s, &found, fi, bounds_of(f), last_speaker));
        }
        // The dates of a trigger's part of the sentence (one buffer for all).
        let mut regional: Small<&TemporalMention> = Small::new();
        for (fi, f) in found.iter().enumerate() {
            let own_time = dating
                .iter()
                .enumerate()
                .filter(|(ti, _)| owner[*ti] == Some(fi))
                .min_by_key(|(ti, _)| f.distance(dating_tok[*ti]))
                .map(|(_, t)| *t);
            // Only a verb's or an announcing word's names are ever read by
            // another trigger (below): the others' are moved, not copied.
            let borrowable = f.trig.verb || announces(self.lower(f.tok));
            let (mut actors, mut places) = if borrowable {
                args[fi].clone()
            } else {
                std::mem::take(&mut args[fi])
            };
            let is_statement = f.trig.class == EventClass::Statement;
            // "officials agreed … at a summit in Geneva": a meeting noun with
            // no names of its own takes those of the event whose setting it
            // is, the nearest verb of its part of the sentence.
            if actors.is_empty() && !f.trig.verb && !f.of_the && f.trig.class == EventClass::Meeting
            {
                if let Some((gi, _)) = found
                    .iter()
                    .enumerate()
                    .filter(|(gi, g)| {
                        g.region == f.region
                            && g.trig.verb
                            && g.trig.class != EventClass::Statement
                            && !args[*gi].0.is_empty()
                            // "Talks resume on Monday, and the union will
                            // brief members": another clause's verb.
                            && !(g.tok.min(f.tok)..g.tok.max(f.tok)).any(|j| {
                                self.toks[j].is_punct(';')
                                    || self.toks[j].is_punct(',') && self.lower(j + 1) == "and"
                            })
                    })
                    .min_by_key(|(_, g)| g.tok.abs_diff(f.tok))
                {
                    actors = args[gi].0.clone();
                }
            }
            // "Kestrel announced the recall": whoever announces an event of
            // their own (not a meeting, which takes others) is its actor.
            if actors.is_empty() && !f.trig.verb && f.trig.class != EventClass::Meeting {
                let mut j = f.tok;
                while j > s.first_token
                    && matches!(self.lower(j - 1), "the" | "a" | "an" | "its" | "their")
                {
                    j -= 1;
                }
                let announcer = found
                    .iter()
                    .position(|g| g.tok + 1 == j && announces(self.lower(g.tok)));
                if let Some(gi) = announcer {
                    actors = args[gi].0.clone();
                }
            }
            let tense = self.tense(s, f.tok);
            let planned_cue = tense == crate::temporal::ClauseTense::Future
                || matches!(f.trig.lemma, "meet") && self.lower(f.tok).starts_with("invit");
            // The sentence's date can date this event only when no statement
            // owns it: in "On Wednesday Trump described the talks", Wednesday
            // is the statement's, not the talks'.
            regional.clear();
            regional.extend(
                dating
                    .iter()
                    .zip(&dating_region)
                    .filter(|(_, &r)| r == f.region)
                    .map(|(t, _)| *t),
            );
            let unclaimed = dating
                .iter()
                .enumerate()
                .filter(|(ti, _)| dating_region[*ti] == f.region)
                // Another event's date dates this one when neither is a
                // statement ("at a summit in Lyon on Wednesday, officials
                // agreed"), or they are of one class ("met … on Thursday, a
                // session arranged…").
                .filter(|(ti, _)| {
                    owner[*ti].is_none_or(|o| {
                        let oc = found[o].trig.class;
                        oc == f.trig.class
                            || oc != EventClass::Statement && f.trig.class != EventClass::Statement
                    })
                })
                .count();
            // "resigned on November 28 after investigators searched his
            // home": the search has no date of its own, and the sentence's
            // date bounds it. It stands as a context date (not explicit: it
            // supports and contradicts nothing), ahead of the article's
            // earlier narrative.
            // Likewise an event a statement tells of has happened by the
            // statement's date.
            let told_of = dating
                .iter()
                .enumerate()
                .rev()
                .filter(|(ti, _)| dating_region[*ti] == f.region)
                .find(|(ti, _)| {
                    owner[*ti].is_some_and(|o| found[o].trig.class == EventClass::Statement)
                })
                .map(|(_, t)| t);
            let context = match (regional.is_empty(), dating.last(), told_of) {
                (true, Some(t), _) | (false, _, Some(t)) if !is_statement => {
                    Some((&t.value, t.text.as_str(), t.span))
                }
                _ => narrative.map(|t| (&t.value, t.text.as_str(), t.span)),
            };
            let time = self.time(
                own_time,
                if unclaimed == regional.len() && !f.reference {
                    regional.as_slice()
                } else {
                    &[]
                },
                is_statement,
                planned_cue,
                context,
            );
            // "The meeting lasted more than four hours": a definite noun with
            // no names of its own refers back to the last event of its class
            // in the last few sentences.
            let definite =
                f.tok > s.first_token && matches!(self.lower(f.tok - 1), "the" | "that" | "this");
            if actors.is_empty() && !f.trig.verb && definite {
                // Not to an event of another day: "the weekend meetings"
                // after Thursday's talks are other talks.
                // An antecedent dated only by the narrative stands for the
                // last event of its people the text dated itself.
                let dated_by_text = |m: &'_ EventMention| -> EventTime {
                    if m.time.source.is_explicit() {
                        return m.time.clone();
                    }
                    out.iter()
                        .rev()
                        .skip_while(|o| o.sentence > m.sentence)
                        .take_while(|o| m.sentence - o.sentence <= 12)
                        .find(|o| {
                            o.class == m.class
                                && o.actors == m.actors
                                && o.time.source.is_explicit()
                        })
                        .map_or_else(|| m.time.clone(), |o| o.time.clone())
                };
                let near = |m: &EventMention| match (
                    time.source == TimeSource::Publication,
                    m.time.source == TimeSource::Publication,
                    time.value.interval(),
                    dated_by_text(m).value.interval(),
                ) {
                    (false, false, Some(a), Some(b)) => {
                        (b.0 - a.1).num_days() <= 2 && (a.0 - b.1).num_days() <= 2
                    }
                    _ => true,
                };
                if let Some(prev) = out.iter().rev().find(|m| {
                    m.class == f.trig.class
                        && m.lemma == f.trig.lemma
                        && !m.actors.is_empty()
                        && si - m.sentence <= 12
                        && near(m)
                }) {
                    actors = prev.actors.clone();
                    if places.is_empty() {
                        places = prev.places.clone();
                    }
                }
            }
            // A definite event noun with no names ("the strike") is kept
            // when the sentence orders it against another event: the order
            // is the news.
            let ordered = !connectives.is_empty() && !f.trig.verb && definite;
            // "Rubio described the Denver session as tense": a meeting named
            // by its place is an event even when the sentence's date is the
            // statement's; it happened by then.
            let named_by_place = !f.trig.verb
                && f.trig.class == EventClass::Meeting
                && !f.of_the
                && self.name_ending_at(f.tok).is_some_and(|n| {
                    // "earlier Geneva discussions" were at another time.
                    n.kind != NameKind::Person
                        && !(n.tokens.0 > s.first_token
                            && matches!(
                                self.lower(n.tokens.0 - 1),
                                "earlier" | "previous" | "past" | "last" | "next" | "upcoming"
                            ))
                });
            // "says the Kremlin meeting never happened" supports nothing.
            let denied = || {
                (s.first_token..s.end_token).any(|j| {
                    matches!(
                        self.lower(j),
                        "not"
                            | "never"
                            | "no"
                            | "denied"
                            | "denies"
                            | "deny"
                            | "cancelled"
                            | "canceled"
                            | "postponed"
                            | "scrapped"
                    )
                })
            };
            let dated_by_statement =
                told_of.is_some_and(|t| time.span == Some(t.span)) && !denied();
            if actors.is_empty()
                && (places.is_empty()
                    || own_time.is_none() && !(named_by_place && dated_by_statement))
                && !ordered
            {
                continue;
            }
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
                .filter(|d| nearest_event(self.token_at(d.span.start), false) == Some(fi))
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
                lemma: Cow::Borrowed(f.trig.lemma),
                class: f.trig.class,
                actors,
                places,
                time,
                status,
                duration,
                counts: counts
                    .iter()
                    .zip(&count_owner)
                    .filter(|(_, o)| **o == Some(fi))
                    .map(|(c, _)| c.clone())
                    .collect(),
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
}

/// A verb whose subject's own event is its object ("Kestrel announced the
/// recall"): the object takes its names (see [`Ctx::sentence`]).
fn announces(lower: &str) -> bool {
    matches!(lower, "announced" | "announces" | "confirmed" | "confirms")
}

/// A headline or section heading ("Witkoff Meets Umerov in Miami as U.S.
/// Plans Second Moscow Trip"): no closing punctuation and most of its longer
/// words capitalised. Its events are told again, properly, in the body.
fn is_heading(text: &str, toks: &[Token], s: &Sentence) -> bool {
    let last = &toks[s.end_token - 1];
    if matches!(
        last.kind,
        TokenKind::Punct('.' | '!' | '?' | '"' | ']' | ')')
    ) {
        return false;
    }
    let long: Vec<&str> = toks[s.first_token..s.end_token]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let capital = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long.len() >= 2 && capital * 4 >= long.len() * 3
}

/// One past the last token of a dateline opening the sentence ("GENEVA,
/// July 19 (APA) –"): an upper-case word, then a dash within a dozen
/// tokens. The sentence's first token when there is none.
fn dateline_end(text: &str, toks: &[Token], s: &Sentence) -> usize {
    let letters = || {
        toks[s.first_token]
            .text(text)
            .chars()
            .filter(|c| c.is_alphabetic())
    };
    if letters().count() < 3 || !letters().all(char::is_uppercase) {
        return s.first_token;
    }
    let hi = (s.first_token + 14).min(s.end_token);
    (s.first_token + 1..hi)
        .find(|&j| {
            matches!(toks[j].kind, TokenKind::Punct('–' | '—' | '-')) && toks[j].space_before
        })
        .map_or(s.first_token, |j| j + 1)
}
