//! Names of people, organisations and places, found without a model: runs of
//! capitalised words, with titles and nationalities folded away, classified
//! by their words, and grouped under one key per entity so that "Russian
//! President Vladimir Putin", "Putin" and "Vladimir Putin" are one actor and
//! "Zelensky" and "Zelenskyy" are one person.
//!
//! A capitalised word that the article also writes in lower case ("Officials
//! said…") is a common word, not a name: the test is made per article, so it
//! adapts to each text's vocabulary.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::hash::{FastMap, FastSet};
use std::sync::OnceLock;

use crate::segment::{Sentence, Token, TokenKind};
use crate::Span;

/// What a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameKind {
    /// A person: "Vladimir Putin", "Putin".
    Person,
    /// An organisation or institution: "the Kremlin", "White House".
    Organization,
    /// Anything else capitalised: "Moscow", "Miami", "Donbas".
    Other,
}

/// One name in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// Span of the name without its title ("Vladimir Putin").
    pub span: Span,
    /// Index of its first and one past its last token.
    pub tokens: (usize, usize),
    /// The name as written, titles folded away.
    pub text: String,
    /// Person, organisation or other.
    pub kind: NameKind,
    /// The entity key it belongs to (see [`entity_key`]).
    pub key: String,
}

/// Title words that modify another ("Defence Minister", "National
/// Security Adviser") and so also modify organisations ("National Security
/// and Defence Council").
const TITLE_MODIFIERS: &[&str] = &[
    "national", "security", "defense", "defence", "foreign", "state", "policy",
];

const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "special",
    "envoy",
    "chancellor",
    "senator",
    "sen",
    "rep",
    "representative",
    "gov",
    "governor",
    "mr",
    "mrs",
    "ms",
    "dr",
    "general",
    "gen",
    "chief",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "foreign",
    "defense",
    "defence",
    "deputy",
    "head",
    "of",
    "state",
    "policy",
    "aide",
    "adviser",
    "advisor",
    "commander",
    "king",
    "queen",
    "prince",
    "crown",
    "pope",
    "mayor",
    "judge",
    "justice",
    "attorney",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "executive",
    "officer",
    "commissioner",
    "lieutenant",
    "colonel",
    "captain",
    "sergeant",
    "admiral",
    "unique",
    "agent",
    "assistant",
    "top",
    "senior",
    "former",
    "acting",
    "national",
    "security",
    "u",
    "s",
    "us",
    "uk",
    "eu",
    "un",
    "leader",
    "official",
    "officials",
    "negotiator",
    "mediator",
    "founder",
    "cofounder",
    "premier",
    "speaker",
    "cardinal",
    "bishop",
    "emir",
    "sheikh",
    "sultan",
    "lord",
    "lady",
    "sir",
    "dame",
    "economic",
    "financial",
];

/// A word of a title that may stand before a name ("secretary", "chief",
/// "minister"), lower-cased.
pub(crate) fn is_title_word(word: &str) -> bool {
    TITLES.contains(&word)
}

/// Titles that only people bear: a single word after one is a surname.
const PERSONAL_TITLES: &[&str] = &[
    "president",
    "secretary",
    "minister",
    "chancellor",
    "envoy",
    "senator",
    "sen",
    "rep",
    "governor",
    "gov",
    "mr",
    "mrs",
    "ms",
    "dr",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "king",
    "queen",
    "prince",
    "pope",
    "mayor",
    "judge",
    "director",
    "chairman",
    "chairwoman",
    "ceo",
    "commissioner",
    "general",
    "gen",
    "lieutenant",
    "colonel",
    "captain",
    "admiral",
    "aide",
    "adviser",
    "advisor",
    "premier",
    "chief",
    "agent",
    "assistant",
];

const DEMONYMS: &[&str] = &[
    "russian",
    "ukrainian",
    "american",
    "european",
    "french",
    "german",
    "british",
    "chinese",
    "israeli",
    "palestinian",
    "iranian",
    "dutch",
    "swiss",
    "italian",
    "spanish",
    "polish",
    "turkish",
    "indian",
    "japanese",
    "korean",
    "canadian",
    "mexican",
    "belgian",
    "kremlin",
];

const ORG_WORDS: &[&str] = &[
    "holdings",
    "line",
    "lines",
    "airlines",
    "mobility",
    "council",
    "office",
    "house",
    "ministry",
    "department",
    "agency",
    "commission",
    "parliament",
    "party",
    "union",
    "corp",
    "inc",
    "company",
    "group",
    "bank",
    "fund",
    "court",
    "service",
    "foundation",
    "program",
    "news",
    "times",
    "post",
    "network",
    "kremlin",
    "pentagon",
    "congress",
    "senate",
    "government",
    "administration",
    "board",
    "committee",
    "authority",
    "institute",
    "university",
    "association",
    "federation",
    "organization",
    "organisation",
    "alliance",
    "nato",
    "army",
    "police",
    "navy",
    "guard",
    "delegation",
    "cabinet",
    "assembly",
    "workplace",
    "home",
];

/// Words that start sentences and are never names.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "after",
    "before",
    "when",
    "while",
    "as",
    "if",
    "despite",
    "during",
    "following",
    "according",
    "meanwhile",
    "however",
    "still",
    "yet",
    "so",
    "then",
    "also",
    "both",
    "many",
    "some",
    "other",
    "no",
    "not",
    "there",
    "what",
    "who",
    "why",
    "how",
    "where",
    "for",
    "with",
    "by",
    "from",
    "to",
    "of",
    "update",
    "updated",
    "until",
    "since",
    "though",
    "although",
    "once",
    "even",
    "only",
    "adhering",
    "significant",
    "internationally",
    "ultimately",
    "inevitably",
    "thus",
    "yes",
    "stay",
    "sources",
    "timeline",
    "feeds",
    "top",
    "world",
    "headlines",
    "more",
    "all",
    // Hedges and quantifiers before a number or a group: "About 300 nurses
    // walked out".
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "under",
    "most",
    "fewer",
    "several",
    "each",
    "every",
    "among",
    "between",
    "across",
    "against",
    "later",
    "earlier",
];

/// A word in lower case, copied only when it has capitals or is not ASCII.
pub(crate) fn lower(w: &str) -> Cow<'_, str> {
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// The lower-case forms of an article's tokens that differ from their
/// text, in one buffer: not one allocation per capitalised word.
pub(crate) struct LowerBuf {
    buf: String,
    /// Per token, its form's place in `buf`, or `None` when the token is
    /// in lower case already.
    at: Vec<Option<(usize, usize)>>,
}

impl LowerBuf {
    /// Lower-cases the tokens of `text` that need it.
    pub(crate) fn new(text: &str, toks: &[Token]) -> Self {
        let mut buf = String::new();
        let at = toks
            .iter()
            .map(|t| {
                let w = t.text(text);
                if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    return None;
                }
                let start = buf.len();
                if w.is_ascii() {
                    buf.push_str(w);
                    buf[start..].make_ascii_lowercase();
                } else {
                    // (`str::to_lowercase` knows a final sigma.)
                    buf.push_str(&w.to_lowercase());
                }
                Some((start, buf.len()))
            })
            .collect();
        LowerBuf { buf, at }
    }

    /// Every token in lower case, in token order: name finding and the
    /// sentence loop ask for the same words many times.
    pub(crate) fn words<'a>(&'a self, text: &'a str, toks: &[Token]) -> Vec<&'a str> {
        toks.iter()
            .zip(&self.at)
            .map(|(t, at)| match *at {
                Some((a, b)) => &self.buf[a..b],
                None => t.text(text),
            })
            .collect()
    }
}

/// Bits of [`word_lists`]: the lists a lower-case word is in.
const TITLE: u8 = 1;
const PERSONAL_TITLE: u8 = 2;
const DEMONYM: u8 = 4;
const ORG_WORD: u8 = 8;
const FUNCTION_WORD: u8 = 16;

/// Which of the word lists (titles, personal titles, demonyms,
/// organisation words, function words) a lower-case word is in, as bits:
/// one look-up instead of a scan of each list.
fn word_lists(w: &str) -> u8 {
    static TABLE: OnceLock<FastMap<&'static str, u8>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = FastMap::default();
        for (bit, list) in [
            (TITLE, TITLES),
            (PERSONAL_TITLE, PERSONAL_TITLES),
            (DEMONYM, DEMONYMS),
            (ORG_WORD, ORG_WORDS),
            (FUNCTION_WORD, FUNCTION_WORDS),
        ] {
            for &w in list {
                *t.entry(w).or_insert(0) |= bit;
            }
        }
        t
    });
    table.get(w).copied().unwrap_or(0)
}

fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The key an entity is known by: a person's surname, lower-cased, with a
/// doubled final y or i folded ("zelenskyy" → "zelensky"), or an
/// organisation's or place's full lower-cased name.
pub fn entity_key(text: &str, kind: NameKind) -> String {
    let base = match kind {
        NameKind::Person => text.split_whitespace().last().unwrap_or(text),
        _ => text,
    };
    let mut k: String = if base.is_ascii() {
        // (Most names: a byte at a time, into room for all of them.)
        let mut k = String::with_capacity(base.len());
        k.extend(
            base.bytes()
                .filter(|b| b.is_ascii_alphanumeric() || *b == b' ')
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        k
    } else {
        base.chars()
            .filter(|c| c.is_alphanumeric() || *c == ' ')
            .flat_map(char::to_lowercase)
            .collect()
    };
    // Transliterations double a final y or i: "Zelenskyy", "Zelensky".
    if k.len() > 3 && (k.ends_with("yy") || k.ends_with("ii")) {
        k.pop();
    }
    k
}

/// The key of a name seen without its kind (in a merged event): an
/// organisation's full name if it has an organisation word, a person's
/// surname if it has two to four words, else the whole name.
pub fn name_key(name: &str) -> String {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let kind = if words.iter().any(|w| ORG_WORDS.contains(&w.as_str())) {
        NameKind::Organization
    } else if (2..=4).contains(&words.len()) {
        NameKind::Person
    } else {
        NameKind::Other
    };
    entity_key(name, kind)
}

/// Lower-case particles inside personal names: "Sanne de Wit", "Ursula von
/// der Leyen", "Mohammed bin Salman".
const NAME_PARTICLES: &[&str] = &["de", "al", "bin", "van", "von", "der", "du", "den", "ter"];

/// Finds the names of an article, sentence by sentence.
pub fn find_names(text: &str, toks: &[Token], sentences: &[Sentence]) -> Vec<Name> {
    let buf = LowerBuf::new(text, toks);
    find_names_lowered(text, toks, sentences, &buf.words(text, toks))
}

/// [`find_names`] with the article's tokens already lower-cased.
pub(crate) fn find_names_lowered<'a>(
    text: &'a str,
    toks: &[Token],
    sentences: &[Sentence],
    lowered: &[&'a str],
) -> Vec<Name> {
    // Runs of one sentence, and the last words of the runs that hold no
    // "and": words that stand on their own as names ("Putin" in "Putin said").
    let mut runs: Vec<(usize, usize, &Sentence)> = Vec::new();
    let mut standalone: FastSet<&str> = FastSet::default();
    for s in sentences {
        let mut i = s.first_token;
        while i < s.end_token {
            let Some(end) = name_run(text, toks, lowered, i, s.end_token) else {
                i += 1;
                continue;
            };
            if !(i..end).any(|k| toks[k].text(text) == "and") {
                standalone.insert(toks[end - 1].text(text));
            }
            runs.push((i, end, s));
            i = end;
        }
    }
    // Words the article writes in lower case somewhere are common words.
    // Only the words of runs are ever asked about: the set holds those,
    // and each lower-case word of the text is looked up, not inserted.
    // (A word whose first byte and length no asked word has is not
    // hashed.)
    let asked: FastSet<&str> = runs
        .iter()
        .flat_map(|&(i, end, _)| lowered[i..end].iter().copied())
        .collect();
    let shape = |w: &str| {
        (
            w.as_bytes().first().map_or(0, |&b| usize::from(b)),
            w.len() % 64,
        )
    };
    let mut shapes = [0u64; 256];
    for w in &asked {
        let (b, len) = shape(w);
        shapes[b] |= 1 << len;
    }
    let lowercase_words: FastSet<&str> = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.text(text))
        .filter(|w| {
            let (b, len) = shape(w);
            shapes[b] >> len & 1 == 1
                && w.chars().next().is_some_and(char::is_lowercase)
                && asked.contains(w)
        })
        .collect();
    drop(asked);
    let mut out = Vec::new();
    let mut run = RunWords {
        lowercase_words: &lowercase_words,
        words: Vec::new(),
        lowers: Vec::new(),
        lists: Vec::new(),
    };
    // The parts of the current run (one buffer for all runs).
    let mut parts: Vec<(usize, usize)> = Vec::new();
    for (i, end, s) in runs {
        {
            let sentence_start = i == s.first_token
                || (i == s.first_token + 1
                    && matches!(toks[s.first_token].kind, TokenKind::Punct(_)));
            split_run(text, toks, lowered, (i, end), &standalone, &mut parts);
            for &(a, b) in &parts {
                let start = sentence_start && a == i;
                if let Some(n) = classify(text, toks, lowered, a, b, start, &mut run) {
                    out.push(n);
                } else if let Some(of) = (a..b).find(|&k| toks[k].text(text) == "of") {
                    // "Residents of Crozanne" opening a sentence: the common
                    // noun is no name, what follows "of" may be.
                    if let Some(n) = classify(text, toks, lowered, of + 1, b, false, &mut run) {
                        out.push(n);
                    }
                }
            }
        }
    }
    out
}

/// Splits a run at "and" unless it names one organisation ("National
/// Security and Defense Council"): "Witkoff and Kushner" is two people.
/// `standalone` holds words the article uses as names on their own. The
/// parts of the run `(i, end)`, non-empty, replace those in `parts`.
fn split_run(
    text: &str,
    toks: &[Token],
    lowered: &[&str],
    (i, end): (usize, usize),
    standalone: &FastSet<&str>,
    parts: &mut Vec<(usize, usize)>,
) {
    parts.clear();
    let mut a = i;
    for k in (i..end).filter(|&k| toks[k].text(text) == "and") {
        // Keep the "and" when an organisation word closes the words after it
        // before any title that names a person: "Security and Defense
        // Council", "Security and Defence Council" ("Defence" is a title
        // word only as a modifier, as in "Defence Minister").
        let org_after = (k + 1..end)
            .map(|j| lowered[j])
            .take_while(|w| {
                !TITLES.contains(w) || ORG_WORDS.contains(w) || TITLE_MODIFIERS.contains(w)
            })
            .any(|w| ORG_WORDS.contains(&w));
        // "Kirill Dmitriev and Kremlin aide Yuri Ushakov", "Putin and
        // Kremlin officials": a name before the "and" that is a titled
        // person's or stands alone elsewhere. ("Carrow Dock and Harbour
        // Workers' Union": "Dock" never stands alone, one union.)
        let before = lowered[k - 1];
        let person_before = !TITLES.contains(&before) && !ORG_WORDS.contains(&before);
        let title_after = (k + 1..end).any(|j| {
            let w = lowered[j];
            TITLES.contains(&w) && !ORG_WORDS.contains(&w)
        });
        if !org_after
            || person_before && (title_after || standalone.contains(toks[k - 1].text(text)))
        {
            parts.push((a, k));
            a = k + 1;
        }
    }
    parts.push((a, end));
    parts.retain(|(a, b)| b > a);
}

/// The end of a run of capitalised words starting at `i`, allowing "of",
/// "and", "de", "al" inside, hyphens inside words and dotted initials.
fn name_run(text: &str, toks: &[Token], lowered: &[&str], i: usize, end: usize) -> Option<usize> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| k < end && t.kind == TokenKind::Word)
            .map(|t| t.text(text))
    };
    if !word(i).is_some_and(is_capitalized) || crate::temporal::is_temporal_word(word(i)?) {
        return None;
    }
    let mut j = i + 1;
    loop {
        // "U.S.", "J.D." initials: a single capital letter then a glued dot.
        if toks
            .get(j)
            .is_some_and(|t| t.is_punct('.') && !t.space_before)
            && toks[j - 1].span.len() == 1
            && word(j + 1).is_some_and(|w| w.len() == 1 && is_capitalized(w))
            && !toks[j + 1].space_before
        {
            j += 2;
            if toks
                .get(j)
                .is_some_and(|t| t.is_punct('.') && !t.space_before)
            {
                j += 1;
            }
            continue;
        }
        // "Marlow Bus Operators' Union": a plural possessive inside a name.
        if toks
            .get(j)
            .is_some_and(|t| t.is_punct('\'') && !t.space_before)
            && word(j - 1).is_some_and(|w| w.ends_with('s'))
            && word(j + 1).is_some_and(is_capitalized)
            && toks[j + 1].space_before
            && word(j + 1).is_some()
            && ORG_WORDS.contains(&lowered[j + 1])
        {
            j += 2;
            continue;
        }
        // "Jean-Claude", "Hallandale-Beach"
        if toks
            .get(j)
            .is_some_and(|t| t.is_punct('-') && !t.space_before)
            && word(j + 1).is_some_and(is_capitalized)
            && !toks[j + 1].space_before
        {
            j += 2;
            continue;
        }
        match word(j) {
            Some(w) if is_capitalized(w) && !crate::temporal::is_temporal_word(w) => j += 1,
            // "von der Leyen": two particles.
            Some(w)
                if NAME_PARTICLES.contains(&w)
                    && word(j + 1).is_some_and(|v| NAME_PARTICLES.contains(&v))
                    && word(j + 2).is_some_and(is_capitalized) =>
            {
                j += 3
            }
            Some(w)
                if (w == "of" || w == "and" || NAME_PARTICLES.contains(&w))
                    && word(j + 1).is_some_and(is_capitalized) =>
            {
                j += 2
            }
            // "Foundation for Defense of Democracies", "Council on Foreign
            // Relations": only inside an organisation's name.
            Some("for" | "on")
                if word(j + 1).is_some_and(|w| {
                    is_capitalized(w) && !crate::temporal::is_temporal_word(w)
                }) && (i..j).any(|k| word(k).is_some() && ORG_WORDS.contains(&lowered[k])) =>
            {
                j += 2
            }
            _ => break,
        }
    }
    Some(j)
}

/// The words the article also writes in lower case, and buffers
/// [`classify`] fills for each run (its words, their lower-case forms and
/// [`word_lists`] bits), kept from run to run.
struct RunWords<'a, 's> {
    lowercase_words: &'s FastSet<&'s str>,
    words: Vec<(usize, &'a str)>,
    lowers: Vec<&'a str>,
    lists: Vec<u8>,
}

fn classify<'a>(
    text: &'a str,
    toks: &[Token],
    lowered: &[&'a str],
    first: usize,
    end: usize,
    sentence_start: bool,
    run: &mut RunWords<'a, '_>,
) -> Option<Name> {
    let lowercase_words = run.lowercase_words;
    run.words.clear();
    run.words.extend(
        (first..end)
            .filter(|&k| toks[k].kind == TokenKind::Word)
            .map(|k| (k, toks[k].text(text))),
    );
    let words = &run.words;
    let (first_tok, _) = *words.first()?;
    let fl = lowered[first_tok];
    if words.len() == 1 && (word_lists(fl) & FUNCTION_WORD != 0 || lowercase_words.contains(fl)) {
        return None;
    }
    if sentence_start && words.len() == 1 && lowercase_words.contains(fl) {
        return None;
    }
    // "Two vessels were diverted": a number opening a sentence is no name.
    if sentence_start
        && words.len() == 1
        && matches!(
            fl,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "dozens"
                | "hundreds"
                | "thousands"
                | "millions"
        )
    {
        return None;
    }
    run.lowers.clear();
    run.lowers.extend(words.iter().map(|&(k, _)| lowered[k]));
    run.lists.clear();
    run.lists.extend(run.lowers.iter().map(|&w| word_lists(w)));
    let (lowers, lists) = (&run.lowers, &run.lists);
    let plain = |bits: &u8| bits & (TITLE | ORG_WORD | DEMONYM | FUNCTION_WORD) == 0;
    // A person after a title at the end of a longer run: "Harbour Safety
    // Board Chairman Marek Sousa" is Marek Sousa.
    let tail = lists.iter().rev().take_while(|b| plain(b)).count();
    let title_at = words.len().wrapping_sub(tail + 1);
    // "Council on Foreign Relations": a title inside an organisation's name
    // (after "of", "on", "for") does not introduce a person.
    let inside_org_name = title_at > 0
        && title_at < words.len()
        && (words[title_at].0 > 0
            && matches!(
                toks[words[title_at].0 - 1].text(text),
                "of" | "on" | "for" | "and"
            ));
    let common_tail = lowers[words.len().saturating_sub(tail)..]
        .iter()
        .any(|w| lowercase_words.contains(w));
    if (1..=3).contains(&tail)
        && tail < words.len()
        && lists[title_at] & PERSONAL_TITLE != 0
        && !inside_org_name
        && !common_tail
    {
        return person_from(text, toks, &words[words.len() - tail..]);
    }
    // A long run of name words is a headline glued to its paragraph: not a
    // name. (Titles and "of" do not count: "Assistant of State Marco Rubio".)
    if lists.iter().filter(|b| plain(b)).count() > 4 {
        return None;
    }
    let org = lists.iter().any(|b| b & ORG_WORD != 0);
    // Strip leading function words, titles and demonyms: what is left of a
    // person's run is the name.
    let mut start = 0;
    let mut titled = false;
    while start < words.len() {
        let bits = lists[start];
        if bits & (TITLE | DEMONYM | FUNCTION_WORD) == 0 {
            break;
        }
        // "President", "Mr." make what follows a person; "National" does not.
        titled |= bits & PERSONAL_TITLE != 0;
        start += 1;
    }
    let (kind, from) = if org {
        // "the Kremlin", "National Security and Defense Council": keep the
        // run, minus a leading article or demonym.
        let mut s = 0;
        while s + 1 < words.len()
            && (lists[s] & FUNCTION_WORD != 0
                || lists[s] & DEMONYM != 0 && lists[s] & ORG_WORD == 0)
        {
            s += 1;
        }
        (NameKind::Organization, s)
    } else if start == words.len() {
        return None;
    } else if (titled || words.len() - start >= 2)
        // A person's name is not made of words the article also writes in
        // lower case: "Moscow Follow", "Plan Immediate Return" are headlines.
        // A particle is written in lower case inside names: "Sanne de Wit",
        // and "De Wit" at the start of a sentence.
        && !lowers[start..]
            .iter()
            .any(|&w| lowercase_words.contains(w) && !NAME_PARTICLES.contains(&w))
    {
        (NameKind::Person, start)
    } else if words.len() - start >= 2 {
        return None;
    } else {
        (NameKind::Other, start)
    };
    let first_tok = words[from].0;
    let last_tok = words.last()?.0;
    let span = Span::new(toks[first_tok].span.start, toks[last_tok].span.end);
    let name_text = clean(text.get(span.start..span.end)?);
    // All-caps short words are acronyms of organisations or countries.
    let kind = if kind == NameKind::Other
        && name_text.len() <= 5
        && name_text.chars().all(|c| c.is_uppercase() || c == '.')
    {
        NameKind::Organization
    } else {
        kind
    };
    Some(Name {
        span,
        tokens: (first_tok, last_tok + 1),
        key: entity_key(&name_text, kind),
        text: name_text,
        kind,
    })
}

fn person_from(text: &str, toks: &[Token], words: &[(usize, &str)]) -> Option<Name> {
    let first_tok = words.first()?.0;
    let last_tok = words.last()?.0;
    let span = Span::new(toks[first_tok].span.start, toks[last_tok].span.end);
    let name_text = clean(text.get(span.start..span.end)?);
    Some(Name {
        span,
        tokens: (first_tok, last_tok + 1),
        key: entity_key(&name_text, NameKind::Person),
        text: name_text,
        kind: NameKind::Person,
    })
}

/// Folds any white space (no-break and narrow spaces included) to one space.
pub(crate) fn clean(s: &str) -> String {
    // Most names are written with single plain spaces already.
    let tidy = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.chars().any(|c| c != ' ' && c.is_whitespace());
    if tidy {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Within one article: single-word names that are the surname of a person
/// named in full become that person ("Putin" → "Vladimir Putin"), and each
/// key gets its display name, the longest form seen.
pub fn resolve_aliases(names: &mut [Name]) -> BTreeMap<String, String> {
    let person_keys: FastSet<String> = names
        .iter()
        .filter(|n| n.kind == NameKind::Person)
        .map(|n| n.key.clone())
        .collect();
    for n in names.iter_mut() {
        if n.kind == NameKind::Other && person_keys.contains(&entity_key(&n.text, NameKind::Person))
        {
            n.kind = NameKind::Person;
            n.key = entity_key(&n.text, NameKind::Person);
        }
    }
    display_names(names.iter().map(|n| (n.key.as_str(), n.text.as_str())))
}

/// "Spanish Delegation Reports Cautious Optimism Lenz said…": an aggregator's
/// heading glued to the paragraph after it makes one long run of
/// capitalised words at the start of a line. When the run ends in a name
/// the article writes elsewhere ("Lenz", "Maria Lenz"), the name is only
/// that ending.
pub fn trim_glued_headings(text: &str, toks: &[Token], names: &mut [Name]) {
    // Only a name of four tokens or more at a line start can hold a glued
    // heading: with none, the endings below are not needed.
    let glued = |n: &Name| n.tokens.1 - n.tokens.0 >= 4 && at_line_start(text, toks, n.tokens.0);
    if !names.iter().any(glued) {
        return;
    }
    // How many names end in each word sequence ("Lenz" ends "Maria Lenz" and
    // "Lenz"): an ending written by another name counts 2.
    let mut endings: FastMap<String, usize> = FastMap::default();
    let mut surnames: FastSet<String> = FastSet::default();
    for n in names.iter() {
        let words: Vec<&str> = n.text.split(' ').collect();
        // Endings of up to four tokens are looked up; six words cover them.
        for k in words.len().saturating_sub(6)..words.len() {
            *endings.entry(words[k..].join(" ")).or_insert(0) += 1;
            if k > 0 {
                surnames.insert(words[k..].join(" "));
            }
        }
    }
    for n in names.iter_mut() {
        if !glued(n) {
            continue;
        }
        let (lo, hi) = n.tokens;
        let ending = (hi.saturating_sub(4).max(lo + 1)..hi).find_map(|j| {
            let cand = &text[toks[j].span.start..toks[hi - 1].span.end];
            let known = endings.get(cand).is_some_and(|&c| c >= 2);
            known.then(|| (j, cand.to_string()))
        });
        if let Some((j, cand)) = ending {
            n.tokens = (j, hi);
            n.span = Span::new(toks[j].span.start, toks[hi - 1].span.end);
            // "Lenz", the surname of "Maria Lenz", is a person.
            if !cand.contains(' ') && surnames.contains(&cand) {
                n.kind = NameKind::Person;
            }
            n.key = entity_key(&cand, n.kind);
            n.text = cand;
        }
    }
}

/// Whether token `lo` is at a line start, or after capitalised words that
/// start it ("Ukrainian" before "Delegation…").
fn at_line_start(text: &str, toks: &[Token], lo: usize) -> bool {
    let mut start = lo;
    while start > 0 && toks[start].lines_before == 0 && is_capitalized(toks[start - 1].text(text)) {
        start -= 1;
    }
    start == 0 || toks[start].lines_before > 0
}

/// "Kestrel" after "Kestrel Mobility": a one-word name that begins exactly
/// one organisation's name (of two or three words, ending in an
/// organisation word) is that organisation, unless a preposition makes it
/// a place ("in Carrow", beside "Carrow Port Holdings").
pub fn alias_organisation_first_words(text: &str, toks: &[Token], names: &mut [Name]) {
    let mut by_first: BTreeMap<String, Option<String>> = BTreeMap::new();
    for n in names.iter().filter(|n| n.kind == NameKind::Organization) {
        let words: Vec<&str> = n.text.split_whitespace().collect();
        let org_word = words
            .last()
            .is_some_and(|w| ORG_WORDS.contains(&lower(w).as_ref()));
        if !(2..=3).contains(&words.len()) || !org_word {
            continue;
        }
        let entry = by_first
            .entry(words[0].to_string())
            .or_insert_with(|| Some(n.key.clone()));
        if entry.as_ref().is_some_and(|k| *k != n.key) {
            *entry = None;
        }
    }
    // A word the article ever writes as a place ("across Marlow") stays a
    // place everywhere.
    let place_words: FastSet<&str> = names
        .iter()
        .filter(|n| !n.text.contains(' ') && n.tokens.0 > 0)
        // "in Kestrel's share price" is not a place.
        .filter(|n| !toks.get(n.tokens.1).is_some_and(|t| t.is_punct('\'')))
        .filter(|n| {
            matches!(
                lower(toks[n.tokens.0 - 1].text(text)).as_ref(),
                "in" | "at"
                    | "near"
                    | "from"
                    | "to"
                    | "outside"
                    | "across"
                    | "around"
                    | "throughout"
                    | "of"
                    | "into"
            )
        })
        .map(|n| n.text.as_str())
        .collect();
    let place_words: FastSet<String> = place_words.into_iter().map(str::to_string).collect();
    for n in names.iter_mut() {
        if n.kind != NameKind::Other || n.text.contains(' ') || place_words.contains(&n.text) {
            continue;
        }
        if let Some(Some(key)) = by_first.get(&n.text) {
            n.kind = NameKind::Organization;
            n.key = key.clone();
        }
    }
}

/// The display name of each key: the form written most often, preferring
/// full names (two words or more), then the longer, then the first in
/// alphabetical order. A headline glued to a name ("Troop Withdrawal
/// Putin") is written once; "Vladimir Putin" many times.
pub fn display_names<'a>(
    forms: impl Iterator<Item = (&'a str, &'a str)>,
) -> BTreeMap<String, String> {
    display_names_counted(forms.map(|f| (f, 1)))
}

/// [`display_names`] of forms given with how many times each is written.
pub(crate) fn display_names_counted<'a>(
    forms: impl Iterator<Item = ((&'a str, &'a str), usize)>,
) -> BTreeMap<String, String> {
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for (form, n) in forms {
        *counts.entry(form).or_insert(0) += n;
    }
    let mut best: BTreeMap<String, (bool, usize, usize, String)> = BTreeMap::new();
    for ((k, t), c) in counts {
        let full = t.split_whitespace().count() >= 2;
        let cand = (full, c, t.len(), t.to_string());
        match best.get(k) {
            Some(b) if (b.0, b.1, b.2) >= (cand.0, cand.1, cand.2) => {}
            _ => {
                best.insert(k.to_string(), cand);
            }
        }
    }
    best.into_iter().map(|(k, v)| (k, v.3)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{sentences_from_tokens, tokenize};

    fn names(text: &str) -> Vec<(String, NameKind, String)> {
        let toks = tokenize(text);
        let sents = sentences_from_tokens(text, &toks);
        let mut n = find_names(text, &toks, &sents);
        resolve_aliases(&mut n);
        n.into_iter().map(|n| (n.text, n.kind, n.key)).collect()
    }

    #[test]
    fn titles_fold_and_surnames_join() {
        let found = names("Russian President Vladimir Putin met U.S. Special Envoy Steve Witkoff at the Kremlin. Putin said little.");
        let keys: Vec<&str> = found.iter().map(|f| f.2.as_str()).collect();
        assert_eq!(keys, ["putin", "witkoff", "kremlin", "putin"]);
        assert_eq!(found[0].0, "Vladimir Putin");
        assert_eq!(found[3].1, NameKind::Person);
    }

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(
            entity_key("Volodymyr Zelenskyy", NameKind::Person),
            entity_key("Zelensky", NameKind::Person)
        );
    }

    #[test]
    fn common_words_at_sentence_start_are_not_names() {
        let found = names("Officials said the officials met. Moscow agreed.");
        let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["Moscow"]);
    }

    #[test]
    fn names_keep_their_lower_case_particles() {
        let found = names(
            "Anouk de Vries took over. De Vries met Ursula von der Leyen and Hamid bin Rashid.",
        );
        let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Anouk de Vries",
                "De Vries",
                "Ursula von der Leyen",
                "Hamid bin Rashid"
            ]
        );
        assert!(found.iter().all(|f| f.1 == NameKind::Person), "{found:?}");
    }
}
