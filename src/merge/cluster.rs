//! Blocking, pairwise decisions and the union-find behind [`merge`].

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use super::event::{Claim, Event, EventConflict};
use super::MergeConfig;
use crate::extract::entities::{display_names_counted, entity_key, name_key, NameKind};
use crate::extract::{EventClass, EventMention, EventStatus};
use crate::hash::{FastMap as HashMap, FastSet as HashSet};
use crate::{par, TimeValue};

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

/// Dense ids for strings, in first-seen order: features compare numbers,
/// not strings.
#[derive(Default)]
struct Interner<'a>(HashMap<&'a str, u32>);

impl<'a> Interner<'a> {
    fn id(&mut self, s: &'a str) -> u32 {
        let next = to_u32(self.0.len());
        *self.0.entry(s).or_insert(next)
    }
}

/// An index as a `u32`: mentions, names and words are far fewer than four
/// billion (a mention alone takes hundreds of bytes).
fn to_u32(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 mentions, names and words")
}

/// Sorted, distinct ids.
fn sorted_ids(mut ids: Vec<u32>) -> Box<[u32]> {
    ids.sort_unstable();
    ids.dedup();
    ids.into_boxed_slice()
}

/// How many elements two sorted, distinct slices share.
fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// True when two sorted, distinct slices share nothing.
fn disjoint<T: Ord>(a: &[T], b: &[T]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return false,
        }
    }
    true
}

/// What the pairwise test needs of a mention. Lemmas, articles, names and
/// quoted words are interned ids (equal ids, equal strings), sets are
/// sorted, distinct slices.
struct Features {
    /// The date is the trigger's own clause's (not borrowed from the
    /// sentence): only such dates can show an article contradicting itself.
    own_clause: bool,
    class: EventClass,
    lemma: u32,
    /// Ids of the actors' name keys.
    actors: Box<[u32]>,
    /// Ids of the place groups.
    places: Box<[u32]>,
    /// Id of the set `places` (see [`PlaceSets`]).
    place_set: u32,
    /// Id of the set `actors`: equal ids, equal sets. Most pairs tested
    /// are mentions of one event naming the same people, which this tells
    /// without comparing the sets.
    actor_set: u32,
    interval: Option<Days>,
    explicit: bool,
    article: u32,
    /// Pairs of consecutive quoted words, as word ids.
    quote_pairs: Box<[(u32, u32)]>,
}

/// Ids of sets of ids, in first-seen order: equal ids, equal sets.
#[derive(Default)]
struct SetIds {
    ids: HashMap<Box<[u32]>, u32>,
    /// The sets, by id.
    sets: Vec<Box<[u32]>>,
}

impl SetIds {
    fn id(&mut self, set: &[u32]) -> u32 {
        if let Some(&id) = self.ids.get(set) {
            return id;
        }
        let id = to_u32(self.sets.len());
        self.sets.push(set.into());
        self.ids.insert(set.into(), id);
        id
    }
}

/// Ids of lower-cased quoted words.
#[derive(Default)]
struct Words(HashMap<String, u32>);

impl Words {
    fn id(&mut self, word: &str) -> u32 {
        let next = to_u32(self.0.len());
        // Most words are lower-case ASCII already: no copy to look them up.
        let plain = word
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
        let lower = if plain {
            std::borrow::Cow::Borrowed(word)
        } else {
            std::borrow::Cow::Owned(word.to_lowercase())
        };
        if let Some(&id) = self.0.get(lower.as_ref()) {
            return id;
        }
        self.0.insert(lower.into_owned(), next);
        next
    }
}

/// Pairs of consecutive words (longer than two bytes, lower-cased) of each
/// quote, sorted and distinct.
fn quote_pairs(quotes: &[String], words: &mut Words) -> Box<[(u32, u32)]> {
    let mut out = Vec::new();
    for q in quotes {
        let mut prev: Option<u32> = None;
        for w in q
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 2)
        {
            let id = words.id(w);
            if let Some(p) = prev {
                out.push((p, id));
            }
            prev = Some(id);
        }
    }
    out.sort_unstable();
    out.dedup();
    out.into_boxed_slice()
}

/// The interval a mention can be merged within. A date read from the text
/// is itself; a publication date standing in for a missing one means "by
/// then" for a past event (the two weeks before) and "from then" for a
/// planned one. Statements keep their day: what was said is news that day.
fn merge_interval(m: &EventMention) -> Option<Days> {
    let iv = m.time.value.interval()?;
    if m.time.source != crate::extract::TimeSource::Publication || m.class == EventClass::Statement
    {
        return Some(days(iv));
    }
    let two_weeks = chrono::Duration::days(14);
    Some(days(match m.status {
        EventStatus::Planned => (iv.0, iv.1.checked_add_signed(two_weeks)?),
        _ => (iv.0.checked_sub_signed(two_weeks)?, iv.1),
    }))
}

/// An interval of days as day numbers (days from the common era), first
/// and last: the pairwise test and cluster checks subtract them often, and
/// numbers subtract without calendar arithmetic.
type Days = (i32, i32);

fn days(iv: (NaiveDate, NaiveDate)) -> Days {
    (iv.0.num_days_from_ce(), iv.1.num_days_from_ce())
}

/// Days between two intervals; 0 when they overlap.
fn gap_days(a: Days, b: Days) -> i64 {
    if a.1 < b.0 {
        i64::from(b.0) - i64::from(a.1)
    } else if b.1 < a.0 {
        i64::from(a.0) - i64::from(b.1)
    } else {
        0
    }
}

/// Inserts the elements of `small` into the sorted, distinct vector
/// `big`; returns it sorted and distinct.
fn union_sorted<T: Ord + Copy>(a: Vec<T>, b: Vec<T>) -> Vec<T> {
    let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    if small.len() <= 8 {
        for x in small {
            if let Err(at) = big.binary_search(&x) {
                big.insert(at, x);
            }
        }
        return big;
    }
    let mut out = Vec::with_capacity(big.len() + small.len());
    let (mut i, mut j) = (0, 0);
    while i < big.len() && j < small.len() {
        match big[i].cmp(&small[j]) {
            std::cmp::Ordering::Less => {
                out.push(big[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(small[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push(big[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&big[i..]);
    out.extend_from_slice(&small[j..]);
    out
}

type Interval = (NaiveDate, NaiveDate);

/// What a cluster of mentions says as a whole.
struct ClusterState {
    /// The span of its explicit dates.
    hull: Option<Days>,
    /// The span of its explicit single-day dates.
    days: Option<Days>,
    /// Place sets (ids, see `place_sets` in [`merge`]) named by each of its
    /// mentions that name any, with how many mentions name each set (most
    /// name the same few); sorted by set id.
    places: Vec<(u32, usize)>,
    /// (article, day) for the explicit dates of its articles; sorted,
    /// distinct.
    dated: Vec<(u32, Days)>,
    /// Everyone named in it, sorted.
    actors: Vec<u32>,
}

impl ClusterState {
    fn of(f: &Features) -> Self {
        let explicit = f.explicit.then_some(f.interval).flatten();
        ClusterState {
            hull: explicit,
            days: explicit.filter(|iv| iv.0 == iv.1),
            places: if f.places.is_empty() {
                Vec::new()
            } else {
                vec![(f.place_set, 1)]
            },
            dated: explicit
                .filter(|_| f.own_clause)
                .map(|iv| (f.article, iv))
                .into_iter()
                .collect(),
            actors: f.actors.to_vec(),
        }
    }

    fn compatible(
        &self,
        other: &ClusterState,
        config: &MergeConfig,
        place_sets: &[Box<[u32]>],
    ) -> bool {
        // The single days claimed for one event lie at most `max_gap_days`
        // apart; coarser claims (a week, a month) within a month of them.
        if let (Some(a), Some(b)) = (self.days, other.days) {
            if i64::from(a.1.max(b.1)) - i64::from(a.0.min(b.0)) > config.max_gap_days {
                return false;
            }
        }
        if let (Some(a), Some(b)) = (self.hull, other.hull) {
            if i64::from(a.1.max(b.1)) - i64::from(a.0.min(b.0)) > 31 {
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
        for &(art, x) in few {
            let from = many.partition_point(|y| y.0 < art);
            if many[from..]
                .iter()
                .take_while(|y| y.0 == art)
                .any(|y| gap_days(x, y.1) > 0)
            {
                return false;
            }
        }
        // Places: every pair of named place groups must meet, but for one
        // disagreement, which is a place conflict.
        // Pairs counted over distinct sets, times how often each is named.
        let clashes: usize = self
            .places
            .iter()
            .flat_map(|&(p, m)| {
                other
                    .places
                    .iter()
                    .filter(move |&&(q, _)| {
                        disjoint(&place_sets[p as usize], &place_sets[q as usize])
                    })
                    .map(move |&(_, n)| m * n)
            })
            .sum();
        let named = |c: &ClusterState| c.places.iter().map(|x| x.1).sum::<usize>();
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
        let days = match (self.days, other.days) {
            (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
            (a, b) => a.or(b),
        };
        let mut places = self.places;
        for (set, n) in other.places {
            match places.binary_search_by_key(&set, |x| x.0) {
                Ok(at) => places[at].1 += n,
                Err(at) => places.insert(at, (set, n)),
            }
        }
        ClusterState {
            hull,
            days,
            places,
            dated: union_sorted(self.dated, other.dated),
            actors: union_sorted(self.actors, other.actors),
        }
    }
}

/// Whether two mentions can be one event; if so, how strongly they are
/// tied: how many actors and places they share.
fn same_event(a: &Features, b: &Features, config: &MergeConfig) -> Option<usize> {
    if a.class != b.class {
        return None;
    }
    // A resignation and a dismissal of one person are two events; so are a
    // raid and an arrest.
    if matches!(
        a.class,
        EventClass::Personnel | EventClass::Other | EventClass::Agreement
    ) && a.lemma != b.lemma
    {
        return None;
    }
    let gap = match (a.interval, b.interval) {
        (Some(x), Some(y)) => gap_days(x, y),
        _ => return None,
    };
    if gap > config.max_gap_days {
        return None;
    }
    // One article does not date one event twice differently.
    if a.article == b.article && gap > 0 && a.explicit && b.explicit {
        return None;
    }
    let same_actors = a.actor_set == b.actor_set;
    let same_places = a.place_set == b.place_set;
    let shared = if same_actors {
        a.actors.len()
    } else {
        shared_count(&a.actors, &b.actors)
    };
    let places_shared = || {
        if same_places {
            a.places.len()
        } else {
            shared_count(&a.places, &b.places)
        }
    };
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
            return Some(places_shared());
        }
        if !(one_anonymous && gap <= 1) {
            return None;
        }
        let places_shared = places_shared();
        return (places_shared > 0).then_some(places_shared);
    }
    let smaller = a.actors.len().min(b.actors.len());
    if shared * 2 < smaller {
        return None;
    }
    if a.class == EventClass::Statement && gap > 0 && disjoint(&a.quote_pairs, &b.quote_pairs) {
        return None;
    }
    if !same_places
        && !a.places.is_empty()
        && !b.places.is_empty()
        && disjoint(&a.places, &b.places)
    {
        // A place conflict: other articles, the same people, nearly the
        // same day, both dated in the text.
        // Two people or more; one, only on the very same day.
        let same_people = same_actors && (a.actors.len() >= 2 || gap == 0);
        return (a.article != b.article && same_people && gap <= 1 && a.explicit && b.explicit)
            .then_some(shared);
    }
    Some(shared + places_shared())
}

/// The kind of block that groups mentions by (class, lemma).
const KIND_BLOCK: u64 = 2;

/// The blocks of candidate pairs, as one sorted list of entries (block,
/// first day, mention, last day), with where each entry's block starts and
/// the entries of each mention.
struct Blocks {
    entries: Vec<(u64, i32, u32, i32)>,
    /// Mentions that name no one and no place: only they meet others
    /// through the blocks of their kind (class, lemma).
    nameless: Vec<bool>,
    /// By entry: whether its block holds a nameless mention.
    with_nameless: Vec<bool>,
    block_start: Vec<u32>,
    /// Entries by mention: those of mention `i` are
    /// `positions[of_mention[i]..of_mention[i + 1]]`.
    positions: Vec<u32>,
    of_mention: Vec<u32>,
}

impl Blocks {
    /// Indexes sorted entries of `n` mentions.
    fn of(entries: Vec<(u64, i32, u32, i32)>, nameless: Vec<bool>) -> Blocks {
        let n = nameless.len();
        let mut block_start: Vec<u32> = Vec::with_capacity(entries.len());
        let mut of_mention: Vec<u32> = vec![0; n + 1];
        for (p, e) in entries.iter().enumerate() {
            let same_block = p > 0 && entries[p - 1].0 == e.0;
            block_start.push(if same_block {
                block_start[p - 1]
            } else {
                to_u32(p)
            });
            of_mention[e.2 as usize + 1] += 1;
        }
        for k in 1..of_mention.len() {
            of_mention[k] += of_mention[k - 1];
        }
        let mut positions: Vec<u32> = vec![0; entries.len()];
        let mut next = of_mention.clone();
        for (p, e) in entries.iter().enumerate() {
            positions[next[e.2 as usize] as usize] = to_u32(p);
            next[e.2 as usize] += 1;
        }
        // Blocks holding a nameless mention, marked at their first entry.
        let mut with_nameless = vec![false; entries.len()];
        for (p, e) in entries.iter().enumerate() {
            if nameless[e.2 as usize] {
                with_nameless[block_start[p] as usize] = true;
            }
        }
        for p in 0..entries.len() {
            with_nameless[p] = with_nameless[block_start[p] as usize];
        }
        Blocks {
            entries,
            nameless,
            with_nameless,
            block_start,
            positions,
            of_mention,
        }
    }

    /// The pairs of one event whose first mention (by index) is one of
    /// `range.0..range.1`, as `a << 32 | b` with `a < b`, by strength (how
    /// many actors and places they share), each list sorted.
    ///
    /// Each mention is compared with the `window` mentions before and after
    /// it in each of its blocks. Blocks are all sorted by one key (start
    /// day, index), so of two mentions the same one comes first in every
    /// block they share: a pair is one whose later mention has the earlier
    /// within its window, asked once however many blocks it shares. An
    /// earlier mention starts no later, so one that ends more than
    /// `max_gap_days` before the later one starts is too far: the pairwise
    /// test would say no, and is not asked. Only partners of higher index
    /// are kept, in index order: the lists come out sorted.
    fn pairs(
        &self,
        range: (usize, usize),
        features: &[Features],
        config: &MergeConfig,
    ) -> Vec<Vec<u64>> {
        let mut by_strength: Vec<Vec<u64>> = Vec::new();
        // The last mention each other one was tested against: a pair is
        // tested once however many blocks it shares.
        let mut tested_with: Vec<u32> = vec![u32::MAX; features.len()];
        let mut partners: Vec<u32> = Vec::new();
        // The partners that pass the pairwise test, `j << 32 | strength`.
        let mut found: Vec<u64> = Vec::new();
        for i in range.0..range.1 {
            partners.clear();
            let stamp = to_u32(i);
            let mut keep = |j: u32| {
                if j > stamp && tested_with[j as usize] != stamp {
                    tested_with[j as usize] = stamp;
                    partners.push(j);
                }
            };
            let own = self.of_mention[i] as usize..self.of_mention[i + 1] as usize;
            for &p in &self.positions[own] {
                let p = p as usize;
                let (block, start, _, end) = self.entries[p];
                // In the block of its kind, a mention that names someone or
                // somewhere meets only the nameless ones: two named mentions
                // that share no name or place are never one event, and those
                // that share one meet in that name's or place's block.
                let only_nameless = (block >> 32) & 0xff == KIND_BLOCK && !self.nameless[i];
                if only_nameless && !self.with_nameless[p] {
                    continue;
                }
                let mut keep = |j: u32| {
                    if !only_nameless || self.nameless[j as usize] {
                        keep(j);
                    }
                };
                // Earlier in the block: this one is the later of the pair.
                let from = (self.block_start[p] as usize).max(p.saturating_sub(config.window));
                let near = i64::from(start) - config.max_gap_days;
                for e in &self.entries[from..p] {
                    if i64::from(e.3) >= near {
                        keep(e.2);
                    }
                }
                // Later in the block, by start day: the first too far ends
                // the scan.
                let to = self.entries.len().min(p + 1 + config.window);
                for e in &self.entries[p + 1..to] {
                    if e.0 != block || i64::from(e.1) - config.max_gap_days > i64::from(end) {
                        break;
                    }
                    keep(e.2);
                }
            }
            let fi = &features[i];
            found.clear();
            for &j in &partners {
                let fj = &features[j as usize];
                if let Some(strength) = same_event(fi, fj, config) {
                    found.push((u64::from(j) << 32) | u64::from(to_u32(strength)));
                }
            }
            // Partners are distinct: an unstable sort is exact.
            found.sort_unstable();
            for &x in &found {
                let (j, strength) = (x >> 32, (x & 0xffff_ffff) as usize);
                if by_strength.len() <= strength {
                    by_strength.resize_with(strength + 1, Vec::new);
                }
                by_strength[strength].push(((i as u64) << 32) | j);
            }
        }
        by_strength
    }
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
    mentions: Vec<EventMention>,
    groups: &BTreeMap<String, String>,
    config: &MergeConfig,
) -> Vec<Event> {
    // Articles get ids that sort as their names do; mentions are sorted
    // by (article, sentence, trigger), ties kept in input order.
    let (ranks, article_names) = {
        let mut ids: HashMap<&str, u32> = HashMap::default();
        let first: Vec<u32> = mentions
            .iter()
            .map(|m| {
                let next = to_u32(ids.len());
                *ids.entry(m.article.as_str()).or_insert(next)
            })
            .collect();
        let mut names: Vec<(&str, u32)> = ids.into_iter().collect();
        names.sort_unstable();
        let mut rank_of = vec![0u32; names.len()];
        for (r, &(_, id)) in names.iter().enumerate() {
            rank_of[id as usize] = to_u32(r);
        }
        let names: Vec<String> = names.into_iter().map(|(n, _)| n.to_string()).collect();
        let ranks: Vec<u32> = first.into_iter().map(|id| rank_of[id as usize]).collect();
        (ranks, names)
    };
    let mut order: Vec<(u32, usize, usize, usize)> = mentions
        .iter()
        .zip(&ranks)
        .enumerate()
        .map(|(i, (m, &r))| (r, m.sentence, m.trigger_span.start, i))
        .collect();
    // Keys end with the index: unique, so an unstable sort is exact.
    order.sort_unstable();
    drop(ranks);
    let ranks: Vec<u32> = order.iter().map(|x| x.0).collect();
    // The mentions in that order, moved in place (each cycle of the
    // permutation followed once).
    let mut mentions = mentions;
    {
        let mut done = vec![false; mentions.len()];
        for start in 0..mentions.len() {
            let mut at = start;
            while !done[at] {
                done[at] = true;
                let from = order[at].3;
                if from == start {
                    break;
                }
                mentions.swap(at, from);
                at = from;
            }
        }
    }
    drop(order);
    let ms: Vec<&EventMention> = mentions.iter().collect();
    // The independent source of each article, as an id.
    let source_of: Vec<u32> = {
        let mut ids: HashMap<&str, u32> = HashMap::default();
        article_names
            .iter()
            .map(|a| {
                let group = groups.get(a).map_or(a.as_str(), String::as_str);
                let next = to_u32(ids.len());
                *ids.entry(group).or_insert(next)
            })
            .collect()
    };
    // Each distinct name is keyed once: names repeat across mentions.
    let mut names = Interner::default();
    let mut actor_names = PerMention::new();
    let mut place_names = PerMention::new();
    for m in &ms {
        actor_names.ids.extend(m.actors.iter().map(|a| names.id(a)));
        actor_names.close();
        place_names.ids.extend(m.places.iter().map(|p| names.id(p)));
        place_names.close();
    }
    let mut by_id: Vec<&str> = vec![""; names.0.len()];
    for (&n, &id) in &names.0 {
        by_id[id as usize] = n;
    }
    drop(names);
    let keys: Vec<String> = by_id.iter().map(|n| name_key(n)).collect();
    // A place is keyed by its whole name: "Miami Beach" and "Long Beach"
    // are two places, though a person's key would be the last word.
    let place_keys: Vec<String> = by_id
        .iter()
        .map(|n| entity_key(n, NameKind::Other))
        .collect();
    // Canonical names across articles, and ids of their keys in key order.
    let canonical = |per: &PerMention, keys: &[String]| {
        let mut counts = vec![0usize; by_id.len()];
        for &n in &per.ids {
            counts[n as usize] += 1;
        }
        let display = display_names_counted(
            counts
                .iter()
                .enumerate()
                .filter(|(_, &c)| c > 0)
                .map(|(n, &c)| ((keys[n].as_str(), by_id[n]), c)),
        );
        let ids: BTreeMap<&str, u32> = display
            .keys()
            .enumerate()
            .map(|(i, k)| (k.as_str(), to_u32(i)))
            .collect();
        let id_of_name: Vec<u32> = keys
            .iter()
            .map(|k| ids.get(k.as_str()).copied().unwrap_or(u32::MAX))
            .collect();
        let ids_of = PerMention {
            ids: per.ids.iter().map(|&n| id_of_name[n as usize]).collect(),
            at: per.at.clone(),
        };
        (display, ids_of)
    };
    let (actor_display, actors_of) = canonical(&actor_names, &keys);
    let (place_display, places_of) = canonical(&place_names, &place_keys);
    drop((actor_names, place_names, keys, place_keys, by_id));
    // Places named together in one mention ("at the Kremlin in Moscow") are
    // one location for merging.
    let mut places_uf = UnionFind::new(place_display.len());
    for i in 0..ms.len() {
        for w in places_of.of(i).windows(2) {
            places_uf.union(w[0] as usize, w[1] as usize);
        }
    }
    // A city and the larger one whose area it lies in ("Hallandale Beach"
    // and "Miami") are one location too; "Utrecht" and "Amsterdam" are two.
    {
        let place_index: BTreeMap<&str, usize> = place_display
            .keys()
            .enumerate()
            .map(|(i, k)| (k.as_str(), i))
            .collect();
        for (i, shown) in place_display.values().enumerate() {
            let area = crate::extract::places::area_of(shown)
                .and_then(|a| place_index.get(entity_key(a, NameKind::Other).as_str()));
            if let Some(&a) = area {
                places_uf.union(i, a);
            }
        }
    }
    let mut lemmas = Interner::default();
    let mut words = Words::default();
    let mut place_sets = SetIds::default();
    let mut actor_sets = SetIds::default();
    let features: Vec<Features> = ms
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let actors = sorted_ids(actors_of.of(i).to_vec());
            let places = sorted_ids(
                places_of
                    .of(i)
                    .iter()
                    .map(|&p| to_u32(places_uf.find(p as usize)))
                    .collect(),
            );
            let place_set = place_sets.id(&places);
            let actor_set = actor_sets.id(&actors);
            Features {
                class: m.class,
                lemma: lemmas.id(&m.lemma),
                actors,
                places,
                place_set,
                actor_set,
                interval: merge_interval(m),
                explicit: m.time.source.is_explicit(),
                own_clause: m.time.source == crate::extract::TimeSource::Clause,
                article: ranks[i],
                quote_pairs: quote_pairs(&m.quotes, &mut words),
            }
        })
        .collect();
    let place_sets = place_sets.sets;
    drop(actor_sets);
    // Blocks by (class, actor), (class, place) and (class, lemma), as one
    // sorted list of (block, start day, mention): each block's members come
    // together, by date.
    let block = |f: &Features, kind: u64, id: u32| -> u64 {
        ((f.class as u64) << 40) | (kind << 32) | u64::from(id)
    };
    // Entries are (block, first day, mention, last day), days as numbers.
    let mut entries: Vec<(u64, i32, u32, i32)> = Vec::with_capacity(
        features
            .iter()
            .filter(|f| f.interval.is_some())
            .map(|f| {
                f.places.len() + f.actors.len() + usize::from(f.class != EventClass::Statement)
            })
            .sum(),
    );
    for (i, f) in features.iter().enumerate() {
        let Some((start, end)) = f.interval else {
            continue;
        };
        let i = to_u32(i);
        for &p in f.places.iter() {
            entries.push((block(f, 0, p), start, i, end));
        }
        for &a in f.actors.iter() {
            entries.push((block(f, 1, a), start, i, end));
        }
        // Nameless mentions ("the strike") meet the named ones of their kind.
        if f.class != EventClass::Statement {
            entries.push((block(f, KIND_BLOCK, f.lemma), start, i, end));
        }
    }
    // Keys end with the index (the last day only follows it): unique, so an
    // unstable sort is exact.
    entries.sort_unstable();
    let nameless = features
        .iter()
        .map(|f| f.actors.is_empty() && f.places.is_empty())
        .collect();
    let blocks = Blocks::of(entries, nameless);
    // Pairs first, then joined strongest-first with a check on the whole
    // cluster, so that no chain of pairwise matches glues two meetings in
    // two cities into one event. Found in parallel over ranges of mentions
    // (with the `parallel` feature), the same pairs whatever the split.
    let n = mentions.len();
    let parts = n.div_ceil(1024).clamp(1, 64);
    let ranges: Vec<(usize, usize)> = (0..parts)
        .map(|k| (n * k / parts, n * (k + 1) / parts))
        .collect();
    let found = par::map(&ranges, |&range| blocks.pairs(range, &features, config));
    drop(blocks);
    // Strongest first, then by mentions: each part's pairs of one strength
    // are sorted, and the parts are in mention order, so they are read in
    // place, not copied into one list.
    let strongest = found.iter().map(Vec::len).max().unwrap_or(0);
    let ranked = (0..strongest)
        .rev()
        .flat_map(|s| found.iter().filter_map(move |part| part.get(s)));
    let split = |pair: u64| ((pair >> 32) as usize, (pair & 0xffff_ffff) as usize);
    let mut uf = UnionFind::new(mentions.len());
    // The state of each cluster, at its root; a mention never joined is
    // its own cluster, whose state is made when first needed.
    let mut clusters: Vec<Option<ClusterState>> = Vec::new();
    clusters.resize_with(mentions.len(), || None);
    // Two clusters found incompatible stay so until one of them changes:
    // the many pairs between them are checked once. A root's version
    // counts the joins that changed its state.
    let mut version: Vec<u32> = vec![0; mentions.len()];
    let mut refused: HashSet<(u64, u64)> = HashSet::default();
    // The root of the last pair's first mention, while no join changed it
    // (a mention's pairs come one after another).
    let mut last: Option<(usize, usize)> = None;
    for pairs in ranked {
        for &pair in pairs {
            let (a, b) = split(pair);
            let ra = match last {
                Some((m, r)) if m == a => r,
                _ => uf.find(a),
            };
            last = Some((a, ra));
            let rb = uf.find(b);
            if ra == rb {
                continue;
            }
            let states = (
                ((ra as u64) << 32) | rb as u64,
                (u64::from(version[ra]) << 32) | u64::from(version[rb]),
            );
            if refused.contains(&states) {
                continue;
            }
            for r in [ra, rb] {
                if clusters[r].is_none() {
                    clusters[r] = Some(ClusterState::of(&features[r]));
                }
            }
            let (Some(ca), Some(cb)) = (&clusters[ra], &clusters[rb]) else {
                continue;
            };
            if !ca.compatible(cb, config, &place_sets) {
                refused.insert(states);
                continue;
            }
            let (Some(ca), Some(cb)) = (clusters[ra].take(), clusters[rb].take()) else {
                continue;
            };
            version[ra] += 1;
            version[rb] += 1;
            uf.union(ra, rb);
            last = None;
            let root = uf.find(ra);
            clusters[root] = Some(ca.join(cb));
        }
    }
    drop(clusters);
    // Each cluster's root is its first mention: clusters in root order.
    let mut components: Vec<Vec<usize>> = Vec::new();
    let mut component_of: Vec<usize> = vec![usize::MAX; mentions.len()];
    for i in 0..mentions.len() {
        let root = uf.find(i);
        if root == i {
            component_of[i] = components.len();
            components.push(Vec::new());
        }
        components[component_of[root]].push(i);
    }
    drop(component_of);
    let lookup = Lookup {
        features: &features,
        actor_names: actor_display.values().map(String::as_str).collect(),
        place_names: place_display.values().map(String::as_str).collect(),
        actors_of,
        places_of,
        article_names: article_names.iter().map(String::as_str).collect(),
        source_of,
        place_sets: &place_sets,
    };
    let mut events: Vec<Event> =
        par::map(&components, |members| build_event(members, &ms, &lookup));
    drop(lookup);
    // The mentions move into their events, in order: no copy of each one.
    let mut event_of = vec![0usize; mentions.len()];
    for (k, (event, members)) in events.iter_mut().zip(&components).enumerate() {
        event.mentions.reserve_exact(members.len());
        for &i in members {
            event_of[i] = k;
        }
    }
    drop(components);
    for (m, &k) in mentions.into_iter().zip(&event_of) {
        events[k].mentions.push(m);
    }
    // By date, undated last, then by first mention: mentions are sorted, and
    // events come by their first mention already.
    let mut keyed: Vec<(bool, Option<Interval>, usize, Event)> = events
        .into_iter()
        .enumerate()
        .map(|(k, e)| {
            let iv = e.date.as_ref().and_then(TimeValue::interval);
            (iv.is_none(), iv, k, e)
        })
        .collect();
    keyed.sort_unstable_by_key(|x| (x.0, x.1, x.2));
    keyed.into_iter().map(|x| x.3).collect()
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

/// Ids listed per mention (a name's display id for each name it gives),
/// in one flat vector.
struct PerMention {
    ids: Vec<u32>,
    /// Where each mention's ids start; one more entry than mentions.
    at: Vec<usize>,
}

impl PerMention {
    fn new() -> Self {
        PerMention {
            ids: Vec::new(),
            at: vec![0],
        }
    }
    /// Ends the current mention's list.
    fn close(&mut self) {
        self.at.push(self.ids.len());
    }
    fn of(&self, i: usize) -> &[u32] {
        &self.ids[self.at[i]..self.at[i + 1]]
    }
}

/// What building an event needs besides its mentions, computed once for
/// all events.
struct Lookup<'a> {
    features: &'a [Features],
    /// Canonical actor names, by actor id.
    actor_names: Vec<&'a str>,
    /// Canonical place names, by place id.
    place_names: Vec<&'a str>,
    /// Each mention's actors and places, as ids, in its order.
    actors_of: PerMention,
    places_of: PerMention,
    /// Article ids (in [`Features`]) sort as their names: names by id.
    article_names: Vec<&'a str>,
    /// The independent source of each article, as an id.
    source_of: Vec<u32>,
    /// Place sets by id.
    place_sets: &'a [Box<[u32]>],
}

fn claims_of(
    items: impl Iterator<Item = (String, Option<String>, usize)>,
    l: &Lookup,
) -> Vec<Claim> {
    // (articles, independent sources, mentions) per (value, modifier)
    type Support = (Vec<u32>, Vec<u32>, usize);
    let mut by: BTreeMap<(String, Option<String>), Support> = BTreeMap::new();
    for (value, modifier, i) in items {
        let e = by.entry((value, modifier)).or_default();
        let article = l.features[i].article;
        e.0.push(article);
        e.1.push(l.source_of[article as usize]);
        e.2 += 1;
    }
    let mut claims: Vec<Claim> = by
        .into_iter()
        .map(|((value, modifier), (articles, sources, mentions))| Claim {
            value,
            modifier,
            articles: sorted_ids(articles)
                .iter()
                .map(|&a| l.article_names[a as usize].to_string())
                .collect(),
            sources: sorted_ids(sources).len(),
            mentions,
        })
        .collect();
    claims
        .sort_by(|a, b| (b.sources, b.mentions, &a.value).cmp(&(a.sources, a.mentions, &b.value)));
    claims
}

/// Counts: sources giving different numbers of one thing ("1,400
/// dockworkers" against "1,600 dockworkers") disagree. A hedged number
/// ("about 1,400") allows a tenth either way; one article contradicting
/// itself is no conflict between sources.
fn count_conflicts(
    members: &[usize],
    mentions: &[&EventMention],
    l: &Lookup,
) -> Vec<EventConflict> {
    // What is counted, by its last word without a plural "s": "striking
    // dockworkers" and "dockworkers" are one thing.
    let key = |what: &str| {
        let last = what.rsplit(' ').next().unwrap_or(what).to_lowercase();
        match last.strip_suffix('s') {
            Some(stem) if !stem.ends_with('s') && !stem.is_empty() => stem.to_string(),
            _ => last,
        }
    };
    let mut by_what: BTreeMap<String, Vec<(u64, bool, usize, &str)>> = BTreeMap::new();
    for &i in members {
        for c in &mentions[i].counts {
            by_what
                .entry(key(&c.what))
                .or_default()
                .push((c.value, c.approximate, i, &c.what));
        }
    }
    let agree = |a: (u64, bool), b: (u64, bool)| {
        a.0 == b.0 || (a.1 || b.1) && a.0.abs_diff(b.0) * 10 <= a.0.max(b.0)
    };
    let mut out = Vec::new();
    for items in by_what.values() {
        // Each distinct number (and hedge) with its articles: a thousand
        // reports of one figure are one claim to compare, not a million
        // pairs.
        let mut stated: BTreeMap<(u64, bool), Vec<u32>> = BTreeMap::new();
        for &(value, approximate, i, _) in items {
            stated
                .entry((value, approximate))
                .or_default()
                .push(l.features[i].article);
        }
        for articles in stated.values_mut() {
            articles.sort_unstable();
            articles.dedup();
        }
        let stated: Vec<((u64, bool), Vec<u32>)> = stated.into_iter().collect();
        // Two claims clash when they disagree and some article of one is
        // not the only article of both.
        let clash = stated.iter().enumerate().any(|(x, (a, aa))| {
            stated[x + 1..].iter().any(|(b, ba)| {
                let one_article = aa.len() == 1 && ba.len() == 1 && aa[0] == ba[0];
                !(agree(*a, *b) || one_article)
            })
        });
        if clash {
            let claims = claims_of(
                items.iter().map(|&(value, approximate, i, what)| {
                    (
                        format!("{} {}", thousands(value), what.to_lowercase()),
                        approximate.then(|| "Approx".to_string()),
                        i,
                    )
                }),
                l,
            );
            out.push(EventConflict {
                kind: "count".into(),
                claims,
            });
        }
    }
    out
}

/// 1400 → "1,400".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Names by how often the ids name them (most first, then by name).
fn count_names(mut ids: Vec<u32>, names: &[&str]) -> Vec<String> {
    ids.sort_unstable();
    let mut counted: Vec<(&str, usize)> = ids
        .chunk_by(|a, b| a == b)
        .map(|run| (names[run[0] as usize], run.len()))
        .collect();
    counted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counted.into_iter().map(|(n, _)| n.to_string()).collect()
}

/// The event of the mentions `members`, all but its `mentions`, which the
/// caller moves in.
fn build_event(members: &[usize], mentions: &[&EventMention], l: &Lookup) -> Event {
    let ms: Vec<&EventMention> = members.iter().map(|&i| mentions[i]).collect();
    let gather = |per: &PerMention| -> Vec<u32> {
        members
            .iter()
            .flat_map(|&i| per.of(i).iter().copied())
            .collect()
    };
    let actors = count_names(gather(&l.actors_of), &l.actor_names);
    let mut places = count_names(gather(&l.places_of), &l.place_names);
    // A person is never a place, however a clause named them.
    places.retain(|p| !actors.contains(p));
    let mut lemmas: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &ms {
        *lemmas.entry(&*m.lemma).or_insert(0) += 1;
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
    let own: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| {
            let m = &mentions[i];
            m.time.source == crate::extract::TimeSource::Clause && m.time.value.is_anchored()
        })
        .collect();
    let explicit: Vec<usize> = if own.is_empty() {
        members
            .iter()
            .copied()
            .filter(|&i| {
                let m = &mentions[i];
                m.time.source.is_explicit() && m.time.value.is_anchored()
            })
            .collect()
    } else {
        own
    };
    let finest = explicit
        .iter()
        .map(|&i| specificity(&mentions[i].time.value))
        .max()
        .unwrap_or(0);
    // Members mostly give the same day: each is written once in a row.
    let mut last: Option<(TimeValue, String)> = None;
    let date_claims = claims_of(
        explicit.iter().map(|&i| {
            let v = day_value(&mentions[i].time.value);
            let shown = match &last {
                Some((lv, shown)) if *lv == v => shown.clone(),
                _ => {
                    let shown = v.to_string();
                    last = Some((v, shown.clone()));
                    shown
                }
            };
            (shown, None, i)
        }),
        l,
    );
    // The claims at the finest granularity, each with its support:
    // independent sources whose claims overlap it.
    let explicit_days: Vec<(Days, u32)> = explicit
        .iter()
        .filter_map(|&i| {
            let iv = days(mentions[i].time.value.interval()?);
            Some((iv, l.source_of[l.features[i].article as usize]))
        })
        .collect();
    let fine_claims: Vec<(&Claim, usize)> = date_claims
        .iter()
        .filter_map(|c| {
            let v = c.value.parse::<TimeValue>().ok()?;
            if specificity(&v) != finest {
                return None;
            }
            let support = v.interval().map(days).map_or(0, |iv| {
                let sources: Vec<u32> = explicit_days
                    .iter()
                    .filter(|x| gap_days(x.0, iv) == 0)
                    .map(|x| x.1)
                    .collect();
                sorted_ids(sources).len()
            });
            Some((c, support))
        })
        .collect();
    let best = fine_claims
        .iter()
        .max_by(|(a, sa), (b, sb)| {
            (sa, a.mentions, std::cmp::Reverse(&a.value)).cmp(&(
                sb,
                b.mentions,
                std::cmp::Reverse(&b.value),
            ))
        })
        .and_then(|(c, _)| c.value.parse::<TimeValue>().ok());
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
    if fine_claims.len() > 1 {
        let mut disagree = fine_claims;
        disagree.sort_by(|(a, sa), (b, sb)| {
            (sb, b.mentions, &a.value).cmp(&(sa, a.mentions, &b.value))
        });
        conflicts.push(EventConflict {
            kind: "date".into(),
            claims: disagree.into_iter().map(|(c, _)| c.clone()).collect(),
        });
    }
    let duration_claims = claims_of(
        members.iter().filter_map(|&i| {
            let d = mentions[i].duration.as_ref()?;
            Some((d.value.to_string(), d.modifier.map(|x| format!("{x:?}")), i))
        }),
        l,
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
    conflicts.extend(count_conflicts(members, mentions, l));
    // Places: mentions whose place groups do not meet disagree (two
    // mentions naming one set agree: distinct sets are enough to test).
    let named: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| !l.features[i].places.is_empty())
        .collect();
    let mut sets: Vec<u32> = named.iter().map(|&i| l.features[i].place_set).collect();
    sets.sort_unstable();
    sets.dedup();
    let sets: Vec<&[u32]> = sets.iter().map(|&s| &*l.place_sets[s as usize]).collect();
    let clash = sets
        .iter()
        .enumerate()
        .any(|(x, a)| sets[x + 1..].iter().any(|b| disjoint(a, b)));
    if clash {
        let claims = claims_of(
            named.iter().map(|&i| {
                let names: Vec<&str> = l
                    .places_of
                    .of(i)
                    .iter()
                    .map(|&p| l.place_names[p as usize])
                    .collect();
                (names.join(", "), None, i)
            }),
            l,
        );
        conflicts.push(EventConflict {
            kind: "place".into(),
            claims,
        });
    }
    let mut quotes: Vec<String> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::default();
    for m in &ms {
        for q in &m.quotes {
            if seen.insert(q) {
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
