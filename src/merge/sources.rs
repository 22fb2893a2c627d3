//! Which articles are independent sources. Two rewrites of one wire story
//! are one source, not two confirmations: articles whose word-trigram
//! shingles overlap strongly (estimated Jaccard ≥ 0.12, measured on the seed
//! articles: rewrites and spun copies of one report score 0.13–0.20, distinct
//! reports of the same story 0.02–0.09), or that share a source label, form
//! one source group.
//!
//! Each article is summarised by a bottom-k sketch (the 64 smallest hashes of
//! its shingles); candidate pairs come from an index of sketch values, so the
//! cost grows with the number of shared values, not with the square of the
//! number of articles.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How many hashes a sketch keeps.
pub const SKETCH_SIZE: usize = 64;
/// Estimated Jaccard similarity from which two articles are copies.
pub const COPY_THRESHOLD: f64 = 0.12;

/// A bottom-k sketch of an article's word trigrams: at most
/// [`SKETCH_SIZE`] hashes, sorted, without repeats.
///
/// In JSON each hash is a string of 16 hex digits, so that readers whose
/// numbers are doubles (JavaScript, Spark's schema inference) keep them
/// exact. Reading one back sorts, dedups and truncates it, so a sketch from
/// any source keeps the invariant.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sketch(pub Vec<u64>);

impl Serialize for Sketch {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|h| format!("{h:016x}")))
    }
}

impl<'de> Deserialize<'de> for Sketch {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let hex: Vec<String> = Vec::deserialize(deserializer)?;
        let mut smallest = BottomK::new(SKETCH_SIZE);
        for h in &hex {
            let digits = h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit());
            let hash = digits
                .then(|| u64::from_str_radix(h, 16).ok())
                .flatten()
                .ok_or_else(|| {
                    D::Error::custom(format!("sketch hash {h:?} is not 16 hex digits"))
                })?;
            smallest.offer(hash);
        }
        Ok(Sketch(smallest.into_sorted()))
    }
}

/// FNV-1a's offset basis and prime: a fixed, platform-independent hash, so
/// sketches are the same on every machine and run. A trigram is hashed as
/// its three words' bytes, each followed by the separator byte `0xff` (fed
/// by hand: std's `Hash` for slices adds a platform-sized length prefix).
const FNV_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x100_0000_01b3;

/// One FNV-1a step.
#[inline]
fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

/// The `k` smallest distinct values offered. Values are gathered unsorted
/// and, every `2k` of them, sorted into the `k` smallest so far; once `k`
/// are held, a value not below the largest is turned away with one
/// comparison, as nearly all are in a text of hundreds of trigrams. (Keeping
/// the list sorted as each value came cost a search and a shift per value
/// until it was full: a quarter of a short article's sketch.)
struct BottomK {
    k: usize,
    /// The `k` smallest so far, sorted and distinct (fewer at first).
    kept: Vec<u64>,
    /// Values offered since (below the largest kept once `k` are kept).
    pending: Vec<u64>,
}

impl BottomK {
    fn new(k: usize) -> Self {
        BottomK {
            k,
            kept: Vec::with_capacity(3 * k),
            pending: Vec::with_capacity(2 * k),
        }
    }

    fn offer(&mut self, h: u64) {
        if self.kept.len() == self.k && self.kept.last().is_some_and(|&max| h >= max) {
            return;
        }
        self.pending.push(h);
        if self.pending.len() >= 2 * self.k {
            self.settle();
        }
    }

    /// Sorts the pending values into the kept ones.
    fn settle(&mut self) {
        self.kept.append(&mut self.pending);
        self.kept.sort_unstable();
        self.kept.dedup();
        self.kept.truncate(self.k);
    }

    /// The `k` smallest distinct values, sorted.
    fn into_sorted(mut self) -> Vec<u64> {
        self.settle();
        self.kept
    }
}

impl Sketch {
    /// The sketch of a text.
    pub fn of(text: &str) -> Sketch {
        // The words, lower-cased, one after the other in one buffer; where
        // each ends. Words are runs of alphanumeric characters (as `char`
        // has them). ASCII bytes are lower-cased as they are read; a word
        // with other characters is lower-cased whole once it ends.
        let mut buf: Vec<u8> = Vec::with_capacity(text.len());
        let mut ends: Vec<usize> = Vec::with_capacity(text.len() / 4);
        let bytes = text.as_bytes();
        // The character at `at`: whether it is alphanumeric, and its length.
        let char_at = |at: usize| {
            text[at..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_alphanumeric(), c.len_utf8()))
        };
        let mut at = 0;
        while at < bytes.len() {
            let b = bytes[at];
            let len = if b.is_ascii() {
                if !b.is_ascii_alphanumeric() {
                    at += 1;
                    continue;
                }
                1
            } else {
                let (alphanumeric, len) = char_at(at);
                if !alphanumeric {
                    at += len;
                    continue;
                }
                len
            };
            // A word: to its end, in one tight loop while it is ASCII.
            let from = at;
            let start = buf.len();
            let mut ascii = len == 1;
            if ascii {
                buf.push(b.to_ascii_lowercase());
            }
            at += len;
            while at < bytes.len() {
                let b = bytes[at];
                if b.is_ascii() {
                    if !b.is_ascii_alphanumeric() {
                        break;
                    }
                    buf.push(b.to_ascii_lowercase());
                    at += 1;
                } else {
                    let (alphanumeric, len) = char_at(at);
                    if !alphanumeric {
                        break;
                    }
                    ascii = false;
                    at += len;
                }
            }
            if !ascii {
                buf.truncate(start);
                buf.extend_from_slice(crate::extract::entities::lower(&text[from..at]).as_bytes());
            }
            ends.push(buf.len());
        }
        let word = |i: usize| &buf[i.checked_sub(1).map_or(0, |p| ends[p])..ends[i]];
        Sketch::of_words((0..ends.len()).map(word))
    }

    /// The sketch of a text from its tokens and their lower-case forms, as
    /// extraction has them: the tokenizer's words and numbers are exactly
    /// the runs of alphanumeric characters [`Sketch::of`] reads, so the
    /// sketch is the same, without reading the text again.
    pub(crate) fn of_tokens(toks: &[crate::segment::Token], lowers: &[&str]) -> Sketch {
        use crate::segment::TokenKind;
        Sketch::of_words(
            toks.iter()
                .zip(lowers)
                .filter(|(t, _)| matches!(t.kind, TokenKind::Word | TokenKind::Number { .. }))
                .map(|(_, w)| w.as_bytes()),
        )
    }

    /// The sketch of a text's words, in order: its trigrams' hashes, the
    /// smallest kept.
    ///
    /// Each word goes into three trigrams, as their third, second and first
    /// word: the three hashes are carried along together, and each word's
    /// bytes are read once, feeding all three. The three are independent
    /// chains of multiplications, which the processor runs side by side,
    /// where hashing each trigram on its own ran them one after another
    /// (and ended a loop, often mispredicted, three times per word).
    fn of_words<'a>(words: impl Iterator<Item = &'a [u8]>) -> Sketch {
        let mut smallest = BottomK::new(SKETCH_SIZE);
        // The trigrams begun two words back and one word back.
        let (mut two_back, mut one_back) = (FNV_BASIS, FNV_BASIS);
        for (n, w) in words.enumerate() {
            let (mut third, mut second, mut first) = (two_back, one_back, FNV_BASIS);
            for &b in w {
                third = fnv_step(third, b);
                second = fnv_step(second, b);
                first = fnv_step(first, b);
            }
            // The separator.
            third = fnv_step(third, 0xff);
            second = fnv_step(second, 0xff);
            first = fnv_step(first, 0xff);
            if n >= 2 {
                smallest.offer(third);
            }
            (two_back, one_back) = (second, first);
        }
        Sketch(smallest.into_sorted())
    }

    /// Estimated Jaccard similarity of two sketches' texts.
    ///
    /// Of the [`SKETCH_SIZE`] smallest hashes of the two sketches together,
    /// the share both hold: one walk along both (each sorted, without
    /// repeats).
    pub fn similarity(&self, other: &Sketch) -> f64 {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j) = (0, 0);
        let (mut union, mut shared) = (0usize, 0usize);
        while union < SKETCH_SIZE {
            match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) if x == y => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
                (Some(x), Some(y)) if x < y => i += 1,
                (Some(_), None) => i += 1,
                (_, Some(_)) => j += 1,
                (None, None) => break,
            }
            union += 1;
        }
        if union == 0 {
            return 0.0;
        }
        shared as f64 / union as f64
    }
}

/// What source grouping needs to know of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Article id.
    pub article: String,
    /// Source label, if any.
    pub source: Option<String>,
    /// Its sketch.
    pub sketch: Sketch,
}

/// Groups articles into independent sources. Returns, for each article id,
/// the id of its group (the smallest article id in it).
///
/// Complexity: O(n·k) to index plus the candidate pairs that share a sketch
/// value (bounded per value), each compared in O(k).
pub fn source_groups(infos: &[SourceInfo]) -> BTreeMap<String, String> {
    let n = infos.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    let union = |p: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(p, a), find(p, b));
        if ra != rb {
            let (lo, hi) = if infos[ra].article <= infos[rb].article {
                (ra, rb)
            } else {
                (rb, ra)
            };
            p[hi] = lo;
        }
    };
    // Same source label: one source.
    let mut by_label: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, info) in infos.iter().enumerate() {
        if let Some(label) = info.source.as_deref() {
            match by_label.get(label) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    by_label.insert(label, i);
                }
            }
        }
    }
    // Copies: candidates share sketch values; a value shared by very many
    // articles (boilerplate) is skipped. The (value, article) entries are
    // sorted, so each value's articles come together in article order, and
    // each article lists the runs of its values. For each article, the
    // later articles sharing its values are counted in a flat array (no
    // map, no list of all pairs: a feed where each wire story is printed by
    // ten outlets gives 45 pairs per shared value), and those sharing four
    // values or more are compared.
    let mut entries: Vec<(u64, usize)> = infos
        .iter()
        .enumerate()
        .flat_map(|(i, info)| info.sketch.0.iter().map(move |&h| (h, i)))
        .collect();
    entries.sort_unstable();
    let mut first_run: Vec<usize> = Vec::with_capacity(n + 1);
    first_run.push(0);
    for info in infos {
        first_run.push(first_run[first_run.len() - 1] + info.sketch.0.len());
    }
    let mut runs: Vec<(usize, usize)> = vec![(0, 0); entries.len()];
    let mut next = first_run.clone();
    let mut from = 0;
    for run in entries.chunk_by(|x, y| x.0 == y.0) {
        let to = from + run.len();
        for &(_, a) in run {
            runs[next[a]] = (from, to);
            next[a] += 1;
        }
        from = to;
    }
    drop(next);
    let mut shared: Vec<u32> = vec![0; n];
    let mut met: Vec<usize> = Vec::new();
    for (a, info) in infos.iter().enumerate() {
        for &(from, to) in &runs[first_run[a]..first_run[a + 1]] {
            let run = &entries[from..to];
            if run.len() < 2 || run.len() > 64 {
                continue;
            }
            let later = run.partition_point(|e| e.1 <= a);
            for &(_, b) in &run[later..] {
                if shared[b] == 0 {
                    met.push(b);
                }
                shared[b] += 1;
            }
        }
        for b in met.drain(..) {
            if shared[b] >= 4 && info.sketch.similarity(&infos[b].sketch) >= COPY_THRESHOLD {
                union(&mut parent, a, b);
            }
            shared[b] = 0;
        }
    }
    (0..n)
        .map(|i| {
            let r = find(&mut parent, i);
            (infos[i].article.clone(), infos[r].article.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_is_the_shared_share_of_the_smallest_hashes_of_both() {
        // Against the definition: the union sorted, repeats dropped, cut to
        // the sketch size, and the share of it in both sketches.
        let reference = |a: &Sketch, b: &Sketch| {
            let mut union: Vec<u64> = a.0.iter().chain(&b.0).copied().collect();
            union.sort_unstable();
            union.dedup();
            union.truncate(SKETCH_SIZE);
            let shared = union
                .iter()
                .filter(|h| a.0.contains(h) && b.0.contains(h))
                .count();
            if union.is_empty() {
                0.0
            } else {
                shared as f64 / union.len() as f64
            }
        };
        let texts = [
            "",
            "one two",
            "the envoy met the president at the palace on monday",
            "the envoy met the president at the palace on tuesday",
            "officials said the talks lasted five hours in the kremlin on tuesday",
        ];
        let long: Vec<String> = (0..3)
            .map(|k| {
                (0..400)
                    .map(|i| format!("w{} ", (i * (k + 3)) % 97))
                    .collect()
            })
            .collect();
        let sketches: Vec<Sketch> = texts
            .iter()
            .map(|t| Sketch::of(t))
            .chain(long.iter().map(|t| Sketch::of(t)))
            .collect();
        for a in &sketches {
            for b in &sketches {
                assert_eq!(a.similarity(b), reference(a, b), "{a:?} {b:?}");
            }
        }
        assert_eq!(sketches[2].similarity(&sketches[2]), 1.0);
        assert_eq!(sketches[0].similarity(&sketches[2]), 0.0);
    }

    #[test]
    fn a_sketch_read_back_is_sorted_distinct_and_cut_to_size() {
        // Hashes from any source: out of order, repeated, too many.
        let mut hashes: Vec<u64> = (0..70u64).rev().map(|h| h * 3).collect();
        hashes.push(6);
        let json = serde_json::to_string(
            &hashes
                .iter()
                .map(|h| format!("{h:016x}"))
                .collect::<Vec<_>>(),
        )
        .expect("hex strings serialise");
        let back: Sketch = serde_json::from_str(&json).expect("a sketch reads back");
        let want: Vec<u64> = (0..SKETCH_SIZE as u64).map(|h| h * 3).collect();
        assert_eq!(back.0, want);
        assert!(serde_json::from_str::<Sketch>(r#"["zz"]"#).is_err());
    }

    #[test]
    fn bottom_k_keeps_the_k_smallest_distinct_values_sorted() {
        // Against sorting everything: repeats, fewer values than k, values
        // offered in rising, falling and scrambled order.
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let mut inputs: Vec<Vec<u64>> = vec![
            vec![],
            vec![5, 5, 5],
            (0..200).collect(),
            (0..200).rev().collect(),
            vec![u64::MAX, 0, u64::MAX, 1],
            (0..300).map(|i| u64::MAX - i % 150).collect(),
        ];
        for len in [10, 63, 64, 65, 900, 5000] {
            // A small range makes repeats common.
            inputs.push((0..len).map(|_| next() % 300).collect());
            inputs.push((0..len).map(|_| next()).collect());
        }
        for v in inputs {
            let mut kept = BottomK::new(SKETCH_SIZE);
            for &h in &v {
                kept.offer(h);
            }
            let mut want = v.clone();
            want.sort_unstable();
            want.dedup();
            want.truncate(SKETCH_SIZE);
            assert_eq!(kept.into_sorted(), want, "{} values", v.len());
        }
    }

    #[test]
    fn sketch_words_ignore_case_and_punctuation_in_any_script() {
        // Words are runs of letters and digits in any script, lower-cased:
        // case, punctuation and spacing do not change a sketch.
        let a = "Grüße aus Zürich — ÖLMANN sagte: „Élan“ 2025! Straße-Ende";
        let b = "grüße aus zürich ölmann sagte élan 2025 straße ende";
        assert_eq!(Sketch::of(a), Sketch::of(b));
        // Nine words, seven trigrams.
        assert_eq!(Sketch::of(a).0.len(), 7);
        // A word glued to a non-ASCII letter stays one word.
        assert_ne!(Sketch::of("ab cd ef gh"), Sketch::of("abé cd ef gh"));
    }

    #[test]
    fn groups_match_a_comparison_of_every_pair() {
        // Families of near-copies, unrelated articles, and values shared by
        // more than 64 articles (boilerplate, which does not count): the
        // groups must be those of comparing every pair by the same rule.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut joined, mut apart, mut crowded) = (0, 0, 0);
        for case in 0..40 {
            let mut infos: Vec<SourceInfo> = Vec::new();
            // Every third case, more than 64 articles share a value.
            let crowd = case % 3 == 0;
            let boilerplate = next() % 8;
            let families = if crowd {
                11 + next() % 3
            } else {
                1 + next() % 12
            };
            for f in 0..families {
                let base: Vec<u64> = (0..80).map(|_| next() % 4000).collect();
                let copies = if crowd {
                    6 + next() % 3
                } else {
                    1 + next() % 9
                };
                for c in 0..copies {
                    // Each copy keeps a random share of its family's values.
                    let keep = next() % 100;
                    let mut values: Vec<u64> = base
                        .iter()
                        .map(|&v| {
                            if next() % 100 < keep {
                                v
                            } else {
                                next() % 4000
                            }
                        })
                        .collect();
                    if crowd {
                        // Boilerplate: a few values every article holds.
                        values.extend(0..boilerplate);
                    }
                    let mut smallest = BottomK::new(SKETCH_SIZE);
                    for v in values {
                        smallest.offer(v);
                    }
                    infos.push(SourceInfo {
                        article: format!("{f:02}-{c}"),
                        source: None,
                        sketch: Sketch(smallest.into_sorted()),
                    });
                }
            }
            let n = infos.len();
            let mut holders: std::collections::HashMap<u64, usize> = Default::default();
            for h in infos.iter().flat_map(|i| &i.sketch.0) {
                *holders.entry(*h).or_default() += 1;
            }
            let mut group: Vec<usize> = (0..n).collect();
            let root = |g: &[usize], mut x: usize| {
                while g[x] != x {
                    x = g[x];
                }
                x
            };
            for a in 0..n {
                for b in a + 1..n {
                    let counted = infos[a]
                        .sketch
                        .0
                        .iter()
                        .filter(|h| infos[b].sketch.0.binary_search(h).is_ok() && holders[*h] <= 64)
                        .count();
                    let similar = infos[a].sketch.similarity(&infos[b].sketch) >= COPY_THRESHOLD;
                    if counted >= 4 && similar {
                        let (ra, rb) = (root(&group, a), root(&group, b));
                        // The root is the smallest id, as in `source_groups`.
                        let (lo, hi) = (ra.min(rb), ra.max(rb));
                        group[hi] = lo;
                    }
                }
            }
            let got = source_groups(&infos);
            for (i, info) in infos.iter().enumerate() {
                let want = &infos[root(&group, i)].article;
                assert_eq!(&got[&info.article], want, "case {case}, article {i}");
                joined += usize::from(want != &info.article);
                apart += usize::from(want == &info.article);
            }
            crowded += usize::from(holders.values().any(|&k| k > 64));
        }
        // The cases hold copies, distinct articles and boilerplate.
        assert!(
            joined > 100 && apart > 100 && crowded > 3,
            "{joined} {apart} {crowded}"
        );
    }

    #[test]
    fn copies_group_and_distinct_reports_do_not() {
        let a = "The envoy met the president at the palace on Tuesday and the talks lasted five hours without a deal on the border question.";
        let b = "The envoy met the president at the palace on Tuesday; the talks lasted five hours without a deal on the border question, officials said.";
        let c = "Storms closed the port for a week and shipping companies warned of delays to fuel deliveries across the region.";
        let infos: Vec<SourceInfo> = [("a", a), ("b", b), ("c", c)]
            .iter()
            .map(|(id, t)| SourceInfo {
                article: id.to_string(),
                source: None,
                sketch: Sketch::of(t),
            })
            .collect();
        let g = source_groups(&infos);
        assert_eq!(g["a"], "a");
        assert_eq!(g["b"], "a");
        assert_eq!(g["c"], "c");
    }
}
