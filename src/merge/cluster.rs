//! Blocking, pairwise decisions and the union-find behind [`merge`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;

use super::event::{Claim, Event, EventConflict};
use super::MergeConfig;
use crate::extract::entities::{display_names, name_key};
use crate::extract::{EventClass, EventMention, EventStatus};
use crate::TimeValue;

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    /// Joins two sets; the smaller index becomes the root, so the result is
    /// the same whatever order the pairs come in.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// What mentions are blocked by: a place group, an actor id, a lemma.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Block<'a> {
    Place(usize),
    Actor(usize),
    Lemma(&'a str),
}

/// What the pairwise test needs of a mention.
struct Features {
    /// The date is the trigger's own clause's (not borrowed from the
    /// sentence): only such dates can show an article contradicting itself.
    own_clause: bool,
    class: EventClass,
    lemma: String,
    /// Ids of the actors' name keys (numbers compare faster than names).
    actors: BTreeSet<usize>,
    places: BTreeSet<usize>,
    interval: Option<(NaiveDate, NaiveDate)>,
    explicit: bool,
    article: String,
    quote_pairs: BTreeSet<(String, String)>,
}

fn quote_pairs(quotes: &[String]) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for q in quotes {
        let words: Vec<String> = q
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
            .map(str::to_lowercase)
            .collect();
        for w in words.windows(2) {
            out.insert((w[0].clone(), w[1].clone()));
        }
    }
    out
}

/// The interval a mention can be merged within. A date read from the text
/// is itself; a publication date standing in for a missing one means "by
/// then" for a past event (the two weeks before) and "from then" for a
/// planned one. Statements keep their day: what was said is news that day.
fn merge_interval(m: &EventMention) -> Option<(NaiveDate, NaiveDate)> {
    let iv = m.time.value.interval()?;
    if m.time.source != crate::extract::TimeSource::Publication || m.class == EventClass::Statement
    {
        return Some(iv);
    }
    let two_weeks = chrono::Duration::days(14);
    Some(match m.status {
        EventStatus::Planned => (iv.0, iv.1.checked_add_signed(two_weeks)?),
        _ => (iv.0.checked_sub_signed(two_weeks)?, iv.1),
    })
}

fn gap_days(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> i64 {
    if a.1 < b.0 {
        (b.0 - a.1).num_days()
    } else if b.1 < a.0 {
        (a.0 - b.1).num_days()
    } else {
        0
    }
}

/// What a cluster of mentions says as a whole.
struct ClusterState {
    /// The span of its explicit dates.
    hull: Option<(NaiveDate, NaiveDate)>,
    /// The span of its explicit single-day dates.
    days: Option<(NaiveDate, NaiveDate)>,
    /// Place groups named by each of its mentions that name any, with how
    /// many mentions name each set (most name the same few).
    places: BTreeMap<BTreeSet<usize>, usize>,
    /// Articles with explicit dates, with the day they give.
    dated: BTreeMap<String, BTreeSet<(NaiveDate, NaiveDate)>>,
    /// Everyone named in it.
    actors: BTreeSet<usize>,
}

impl ClusterState {
    fn of(f: &Features) -> Self {
        let explicit = f.explicit.then_some(f.interval).flatten();
        ClusterState {
            hull: explicit,
            days: explicit.filter(|iv| iv.0 == iv.1),
            places: if f.places.is_empty() {
                BTreeMap::new()
            } else {
                BTreeMap::from([(f.places.clone(), 1)])
            },
            dated: explicit
                .filter(|_| f.own_clause)
                .map(|iv| (f.article.clone(), BTreeSet::from([iv])))
                .into_iter()
                .collect(),
            actors: f.actors.clone(),
        }
    }

    fn compatible(&self, other: &ClusterState, config: &MergeConfig) -> bool {
        // The single days claimed for one event lie at most `max_gap_days`
        // apart; coarser claims (a week, a month) within a month of them.
        if let (Some(a), Some(b)) = (self.days, other.days) {
            if (a.1.max(b.1) - a.0.min(b.0)).num_days() > config.max_gap_days {
                return false;
            }
        }
        if let (Some(a), Some(b)) = (self.hull, other.hull) {
            if (a.1.max(b.1) - a.0.min(b.0)).num_days() > 31 {
                return false;
            }
        }
        // One article does not give one event two dates (looked up from
        // the smaller side: the test is symmetric).
        let (few, many) = if self.dated.len() <= other.dated.len() {
            (&self.dated, &other.dated)
        } else {
            (&other.dated, &self.dated)
        };
        for (art, ivs) in few {
            if let Some(o) = many.get(art) {
                if ivs.iter().any(|x| o.iter().any(|y| gap_days(*x, *y) > 0)) {
                    return false;
                }
            }
        }
        // Places: every pair of named place groups must meet, but for one
        // disagreement, which is a place conflict.
        // Pairs counted over distinct sets, times how often each is named.
        let clashes: usize = self
            .places
            .iter()
            .flat_map(|(p, m)| {
                other
                    .places
                    .iter()
                    .filter(move |(q, _)| p.is_disjoint(q))
                    .map(move |(_, n)| m * n)
            })
            .sum();
        let named = |c: &ClusterState| c.places.values().sum::<usize>();
        let pairs = named(self) * named(other);
        // At most one disagreeing pair, and not every pair disagreeing; or
        // the same people on nearly the same day, both dated by the text: a
        // place conflict between sources ("in Utrecht" / "in Amsterdam").
        let same_people_same_days = !self.actors.is_empty()
            && self.actors == other.actors
            && match (self.hull, other.hull) {
                (Some(a), Some(b)) => gap_days(a, b) <= 1,
                _ => false,
            };
        clashes == 0 || (clashes < pairs && clashes <= 1) || same_people_same_days
    }

    fn join(self, other: ClusterState) -> ClusterState {
        let hull = match (self.hull, other.hull) {
            (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
            (a, b) => a.or(b),
        };
        let mut dated = self.dated;
        for (k, v) in other.dated {
            dated.entry(k).or_default().extend(v);
        }
        let mut actors = self.actors;
        actors.extend(other.actors);
        let mut places = self.places;
        for (set, n) in other.places {
            *places.entry(set).or_insert(0) += n;
        }
        let days = match (self.days, other.days) {
            (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
            (a, b) => a.or(b),
        };
        ClusterState {
            hull,
            days,
            places,
            dated,
            actors,
        }
    }
}

fn same_event(a: &Features, b: &Features, config: &MergeConfig) -> bool {
    if a.class != b.class {
        return false;
    }
    // A resignation and a dismissal of one person are two events; so are a
    // raid and an arrest.
    if matches!(
        a.class,
        EventClass::Personnel | EventClass::Other | EventClass::Agreement
    ) && a.lemma != b.lemma
    {
        return false;
    }
    let gap = match (a.interval, b.interval) {
        (Some(x), Some(y)) => gap_days(x, y),
        _ => return false,
    };
    if gap > config.max_gap_days {
        return false;
    }
    // One article does not date one event twice differently.
    if a.article == b.article && gap > 0 && a.explicit && b.explicit {
        return false;
    }
    let shared = a.actors.intersection(&b.actors).count();
    if shared == 0 {
        // A mention naming only a place ("the Brussels talks") joins one
        // with the same place and nearly the same day; two mentions naming
        // different people do not.
        let one_anonymous = a.actors.is_empty() || b.actors.is_empty();
        // "the strike", "the vote" with no names: in a story, the one event
        // of that kind named elsewhere.
        let nameless = (a.actors.is_empty() && a.places.is_empty())
            || (b.actors.is_empty() && b.places.is_empty());
        if nameless && a.lemma == b.lemma && a.class != EventClass::Statement {
            return true;
        }
        return one_anonymous
            && gap <= 1
            && !a.places.is_empty()
            && !a.places.is_disjoint(&b.places);
    }
    let smaller = a.actors.len().min(b.actors.len());
    if shared * 2 < smaller {
        return false;
    }
    if a.class == EventClass::Statement && gap > 0 && a.quote_pairs.is_disjoint(&b.quote_pairs) {
        return false;
    }
    if !a.places.is_empty() && !b.places.is_empty() && a.places.is_disjoint(&b.places) {
        // A place conflict: other articles, the same people, nearly the
        // same day, both dated in the text.
        // Two people or more; one, only on the very same day.
        let same_people = a.actors == b.actors && (a.actors.len() >= 2 || gap == 0);
        return a.article != b.article && same_people && gap <= 1 && a.explicit && b.explicit;
    }
    true
}

/// Merges event mentions into events.
///
/// Arguments: the mentions of all articles (any order), the source group of
/// each article (from [`source_groups`](super::source_groups); an article
/// missing from it is its own source) and the options. Returns the events,
/// sorted by date (undated last) and then by their first mention.
///
/// Complexity: O(m log m) to sort, plus O(m·a·w) comparisons for m mentions
/// of at most a actors each against a window of w earlier mentions in their
/// block; O(m) space.
///
/// ```
/// use std::collections::BTreeMap;
/// use chrono::NaiveDate;
/// use timeweave::extract::extract;
/// use timeweave::merge::{merge, MergeConfig};
/// use timeweave::Article;
///
/// let d = |day| NaiveDate::from_ymd_opt(2025, 12, day).unwrap();
/// let a = Article::new("a", "Steve Witkoff met Vladimir Putin in Moscow on Tuesday.").with_published(d(3));
/// let b = Article::new("b", "Vladimir Putin met Steve Witkoff in Moscow on December 3.").with_published(d(4));
/// let mentions: Vec<_> = [a, b].iter().flat_map(extract).collect();
/// let events = merge(mentions, &BTreeMap::new(), &MergeConfig::default());
/// assert_eq!(events.len(), 1);
/// assert_eq!(events[0].conflicts[0].kind, "date");
/// ```
pub fn merge(
    mut mentions: Vec<EventMention>,
    groups: &BTreeMap<String, String>,
    config: &MergeConfig,
) -> Vec<Event> {
    mentions.sort_by(|a, b| {
        (&a.article, a.sentence, a.trigger_span.start).cmp(&(
            &b.article,
            b.sentence,
            b.trigger_span.start,
        ))
    });
    // Each distinct name is keyed once: names repeat across mentions.
    let mut keys: HashMap<&str, String> = HashMap::new();
    for n in mentions
        .iter()
        .flat_map(|m| m.actors.iter().chain(&m.places))
    {
        keys.entry(n.as_str()).or_insert_with(|| name_key(n));
    }
    let key = |n: &str| keys.get(n).map_or("", String::as_str);
    // Canonical names across articles.
    let canonical = |names: &mut dyn Iterator<Item = &String>| {
        display_names(names.map(|n| (key(n), n.as_str())))
    };
    let actor_display = canonical(&mut mentions.iter().flat_map(|m| m.actors.iter()));
    let place_display = canonical(&mut mentions.iter().flat_map(|m| m.places.iter()));
    // Places named together in one mention ("at the Kremlin in Moscow") are
    // one location for merging.
    let place_ids: BTreeMap<String, usize> = place_display
        .keys()
        .enumerate()
        .map(|(i, k)| (k.clone(), i))
        .collect();
    let actor_ids: BTreeMap<&str, usize> = actor_display
        .keys()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut places_uf = UnionFind::new(place_ids.len());
    for m in &mentions {
        let ids: Vec<usize> = m
            .places
            .iter()
            .filter_map(|p| place_ids.get(key(p)).copied())
            .collect();
        for w in ids.windows(2) {
            places_uf.union(w[0], w[1]);
        }
    }
    // A city and the larger one whose area it lies in ("Hallandale Beach"
    // and "Miami") are one location too; "Utrecht" and "Amsterdam" are two.
    for (name, &id) in &place_ids {
        let area = place_display
            .get(name)
            .and_then(|shown| crate::extract::places::area_of(shown))
            .and_then(|area| place_ids.get(&name_key(area)));
        if let Some(&area_id) = area {
            places_uf.union(id, area_id);
        }
    }
    let features: Vec<Features> = mentions
        .iter()
        .map(|m| Features {
            class: m.class,
            lemma: m.lemma.clone(),
            actors: m
                .actors
                .iter()
                .filter_map(|a| actor_ids.get(key(a)).copied())
                .collect(),
            places: m
                .places
                .iter()
                .filter_map(|p| place_ids.get(key(p)).copied())
                .map(|i| places_uf.find(i))
                .collect(),
            interval: merge_interval(m),
            explicit: m.time.source.is_explicit(),
            own_clause: m.time.source == crate::extract::TimeSource::Clause,
            article: m.article.clone(),
            quote_pairs: quote_pairs(&m.quotes),
        })
        .collect();
    // Blocks by (class, actor) and by (class, place).
    let mut blocks: BTreeMap<(EventClass, Block<'_>), Vec<usize>> = BTreeMap::new();
    for (i, f) in features.iter().enumerate() {
        if f.interval.is_none() {
            continue;
        }
        for &p in &f.places {
            blocks
                .entry((f.class, Block::Place(p)))
                .or_default()
                .push(i);
        }
        for &a in &f.actors {
            blocks
                .entry((f.class, Block::Actor(a)))
                .or_default()
                .push(i);
        }
        // Nameless mentions ("the strike") meet the named ones of their kind.
        if f.class != EventClass::Statement {
            blocks
                .entry((f.class, Block::Lemma(&f.lemma)))
                .or_default()
                .push(i);
        }
    }
    // Pairs first, then joined strongest-first with a check on the whole
    // cluster, so that no chain of pairwise matches glues two meetings in
    // two cities into one event.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for members in blocks.values_mut() {
        // Keys end with the index: unique, so an unstable sort is exact.
        members.sort_unstable_by_key(|&i| (features[i].interval.map(|x| x.0), i));
        for (p, &i) in members.iter().enumerate() {
            for &j in members[p.saturating_sub(config.window)..p].iter().rev() {
                if same_event(&features[j], &features[i], config) {
                    pairs.push((j.min(i), j.max(i)));
                }
            }
        }
    }
    // A pair found in several blocks counts once.
    pairs.sort_unstable();
    pairs.dedup();
    let mut ranked: Vec<(usize, usize, usize)> = pairs
        .into_iter()
        .map(|(a, b)| {
            let shared = features[a].actors.intersection(&features[b].actors).count()
                + features[a].places.intersection(&features[b].places).count();
            (shared, a, b)
        })
        .collect();
    ranked.sort_unstable_by(|x, y| y.0.cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
    let mut uf = UnionFind::new(mentions.len());
    let mut clusters: BTreeMap<usize, ClusterState> = (0..mentions.len())
        .map(|i| (i, ClusterState::of(&features[i])))
        .collect();
    for (_, a, b) in ranked {
        let (ra, rb) = (uf.find(a), uf.find(b));
        if ra == rb {
            continue;
        }
        let (Some(ca), Some(cb)) = (clusters.get(&ra), clusters.get(&rb)) else {
            continue;
        };
        if !ca.compatible(cb, config) {
            continue;
        }
        let (Some(ca), Some(cb)) = (clusters.remove(&ra), clusters.remove(&rb)) else {
            continue;
        };
        uf.union(ra, rb);
        clusters.insert(uf.find(ra), ca.join(cb));
    }
    let mut components: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..mentions.len() {
        components.entry(uf.find(i)).or_default().push(i);
    }
    let mut events: Vec<Event> = components
        .values()
        .map(|members| {
            build_event(
                members,
                &mentions,
                &features,
                groups,
                &actor_display,
                &place_display,
                &keys,
            )
        })
        .collect();
    // The mentions move into their events: no copy of each one.
    let mut slots: Vec<Option<EventMention>> = mentions.into_iter().map(Some).collect();
    for (event, members) in events.iter_mut().zip(components.values()) {
        event.mentions = members.iter().filter_map(|&i| slots[i].take()).collect();
    }
    events.sort_by(|a, b| {
        let key = |e: &Event| {
            (
                e.date.as_ref().and_then(TimeValue::interval).is_none(),
                e.date.as_ref().and_then(TimeValue::interval),
                e.mentions
                    .first()
                    .map(|m| (m.article.clone(), m.sentence, m.trigger_span.start)),
            )
        };
        key(a).cmp(&key(b))
    });
    events
}

/// Granularity rank: finer is higher.
fn specificity(v: &TimeValue) -> u8 {
    match v {
        TimeValue::Day(_) | TimeValue::DayPart(..) | TimeValue::Time { .. } => 4,
        TimeValue::Week { .. } | TimeValue::Weekend { .. } => 3,
        TimeValue::Month { .. } => 2,
        TimeValue::Quarter { .. } | TimeValue::Half { .. } | TimeValue::Season { .. } => 1,
        _ => 0,
    }
}

/// The day a value names, for grouping "Tuesday evening" with "Tuesday".
fn day_value(v: &TimeValue) -> TimeValue {
    match v {
        TimeValue::DayPart(d, _) | TimeValue::Time { date: d, .. } => TimeValue::Day(*d),
        v => v.clone(),
    }
}

fn claims_of<'a>(
    items: impl Iterator<Item = (String, Option<String>, &'a EventMention)>,
    groups: &BTreeMap<String, String>,
) -> Vec<Claim> {
    // (articles, independent sources, mentions) per (value, modifier)
    type Support = (BTreeSet<String>, BTreeSet<String>, usize);
    let mut by: BTreeMap<(String, Option<String>), Support> = BTreeMap::new();
    for (value, modifier, m) in items {
        let e = by.entry((value, modifier)).or_default();
        e.0.insert(m.article.clone());
        e.1.insert(
            groups
                .get(&m.article)
                .cloned()
                .unwrap_or_else(|| m.article.clone()),
        );
        e.2 += 1;
    }
    let mut claims: Vec<Claim> = by
        .into_iter()
        .map(|((value, modifier), (articles, sources, mentions))| Claim {
            value,
            modifier,
            articles: articles.into_iter().collect(),
            sources: sources.len(),
            mentions,
        })
        .collect();
    claims
        .sort_by(|a, b| (b.sources, b.mentions, &a.value).cmp(&(a.sources, a.mentions, &b.value)));
    claims
}

/// The event of the mentions `members`, all but its `mentions`, which the
/// caller moves in.
fn build_event(
    members: &[usize],
    mentions: &[EventMention],
    features: &[Features],
    groups: &BTreeMap<String, String>,
    actor_display: &BTreeMap<String, String>,
    place_display: &BTreeMap<String, String>,
    keys: &HashMap<&str, String>,
) -> Event {
    let ms: Vec<&EventMention> = members.iter().map(|&i| &mentions[i]).collect();
    let count_names = |names: &mut dyn Iterator<Item = &String>,
                       display: &BTreeMap<String, String>| {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for n in names {
            let d = keys
                .get(n.as_str())
                .and_then(|k| display.get(k))
                .cloned()
                .unwrap_or_else(|| n.clone());
            *counts.entry(d).or_insert(0) += 1;
        }
        let mut v: Vec<(String, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v.into_iter().map(|(n, _)| n).collect::<Vec<_>>()
    };
    let actors = count_names(&mut ms.iter().flat_map(|m| m.actors.iter()), actor_display);
    let mut places = count_names(&mut ms.iter().flat_map(|m| m.places.iter()), place_display);
    // A person is never a place, however a clause named them.
    places.retain(|p| !actors.contains(p));
    let mut lemmas: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &ms {
        *lemmas.entry(m.lemma.as_str()).or_insert(0) += 1;
    }
    let lemma = lemmas
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map_or("", |x| x.0)
        .to_string();
    let status = if ms.iter().all(|m| m.status == EventStatus::Negated) {
        EventStatus::Negated
    } else if ms.iter().any(|m| m.status == EventStatus::Occurred) {
        EventStatus::Occurred
    } else if ms.iter().any(|m| m.status == EventStatus::Reported) {
        EventStatus::Reported
    } else {
        EventStatus::Planned
    };
    // Dates: explicit claims at their finest granularity decide.
    // Dates of the triggers' own clauses make the claims; a date borrowed
    // from the sentence only when no mention has its own.
    let own: Vec<&EventMention> = ms
        .iter()
        .copied()
        .filter(|m| {
            m.time.source == crate::extract::TimeSource::Clause && m.time.value.is_anchored()
        })
        .collect();
    let explicit: Vec<&EventMention> = if own.is_empty() {
        ms.iter()
            .copied()
            .filter(|m| m.time.source.is_explicit() && m.time.value.is_anchored())
            .collect()
    } else {
        own
    };
    let finest = explicit
        .iter()
        .map(|m| specificity(&m.time.value))
        .max()
        .unwrap_or(0);
    let date_claims = claims_of(
        explicit
            .iter()
            .map(|m| (day_value(&m.time.value).to_string(), None, *m)),
        groups,
    );
    let fine_claims: Vec<&Claim> = date_claims
        .iter()
        .filter(|c| {
            c.value
                .parse::<TimeValue>()
                .is_ok_and(|v| specificity(&v) == finest)
        })
        .collect();
    // A claim's support: independent sources whose claims overlap it.
    let support = |c: &Claim| -> usize {
        let Ok(v) = c.value.parse::<TimeValue>() else {
            return 0;
        };
        let Some(iv) = v.interval() else { return 0 };
        let mut srcs = BTreeSet::new();
        for m in &explicit {
            if m.time
                .value
                .interval()
                .is_some_and(|x| gap_days(x, iv) == 0)
            {
                srcs.insert(
                    groups
                        .get(&m.article)
                        .cloned()
                        .unwrap_or_else(|| m.article.clone()),
                );
            }
        }
        srcs.len()
    };
    let best = fine_claims
        .iter()
        .max_by(|a, b| {
            (support(a), a.mentions, std::cmp::Reverse(&a.value)).cmp(&(
                support(b),
                b.mentions,
                std::cmp::Reverse(&b.value),
            ))
        })
        .and_then(|c| c.value.parse::<TimeValue>().ok());
    let (date, date_explicit) = match best {
        Some(v) => (Some(v), true),
        None => {
            // The narrative's or the publication's date, most common first.
            let mut weak: BTreeMap<String, usize> = BTreeMap::new();
            for m in &ms {
                if m.time.value.is_anchored() {
                    *weak
                        .entry(day_value(&m.time.value).to_string())
                        .or_insert(0) += 1;
                }
            }
            let v = weak
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .and_then(|(v, _)| v.parse().ok());
            (v, false)
        }
    };
    let mut conflicts = Vec::new();
    let disagree: Vec<Claim> = {
        let mut fine: Vec<Claim> = fine_claims.iter().map(|c| (*c).clone()).collect();
        fine.sort_by(|a, b| {
            (support(b), b.mentions, &a.value).cmp(&(support(a), a.mentions, &b.value))
        });
        fine
    };
    if disagree.len() > 1 {
        conflicts.push(EventConflict {
            kind: "date".into(),
            claims: disagree,
        });
    }
    let duration_claims = claims_of(
        ms.iter().filter_map(|m| {
            let d = m.duration.as_ref()?;
            Some((
                d.value.to_string(),
                d.modifier.map(|x| format!("{x:?}")),
                *m,
            ))
        }),
        groups,
    );
    // "several hours" contradicts nobody: only known amounts can disagree.
    let distinct_durations: BTreeSet<&str> = duration_claims
        .iter()
        .map(|c| c.value.as_str())
        .filter(|v| {
            v.parse::<TimeValue>()
                .is_ok_and(|d| d.duration_seconds().is_some())
        })
        .collect();
    if distinct_durations.len() > 1 {
        conflicts.push(EventConflict {
            kind: "duration".into(),
            claims: duration_claims.clone(),
        });
    }
    // Places: mentions whose place groups do not meet disagree.
    let place_sets: Vec<(&EventMention, &BTreeSet<usize>)> = members
        .iter()
        .filter(|&&i| !features[i].places.is_empty())
        .map(|&i| (&mentions[i], &features[i].places))
        .collect();
    let clash = place_sets
        .iter()
        .enumerate()
        .any(|(x, a)| place_sets[x + 1..].iter().any(|b| a.1.is_disjoint(b.1)));
    if clash {
        let claims = claims_of(
            place_sets.iter().map(|(m, _)| {
                let names: Vec<String> = m
                    .places
                    .iter()
                    .map(|p| {
                        place_display
                            .get(&name_key(p))
                            .cloned()
                            .unwrap_or_else(|| p.clone())
                    })
                    .collect();
                (names.join(", "), None, *m)
            }),
            groups,
        );
        conflicts.push(EventConflict {
            kind: "place".into(),
            claims,
        });
    }
    let mut quotes: Vec<String> = Vec::new();
    for m in &ms {
        for q in &m.quotes {
            if !quotes.contains(q) {
                quotes.push(q.clone());
            }
        }
    }
    Event {
        class: ms.first().map_or(EventClass::Other, |m| m.class),
        lemma,
        status,
        actors,
        places,
        date,
        date_explicit,
        date_claims,
        duration_claims,
        conflicts,
        // Filled by the caller, which owns the mentions.
        mentions: Vec::new(),
        quotes,
    }
}
