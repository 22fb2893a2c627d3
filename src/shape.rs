//! A quick test of whether a word can be one of a fixed list of words, by
//! its first letter, last letter and length. The temporal lexicon lower-cases
//! each word into a buffer before its `match`; most words of a text are in
//! none of its entries, and this test turns most of those away first.

/// The shapes of a list of words: by first and last letter, their lengths
/// as bits.
pub(crate) struct Shapes([u16; 26 * 26]);

impl Shapes {
    /// The shapes of `words`: each must be lower-case ASCII letters at both
    /// ends and shorter than 16 bytes (checked when the table is built at
    /// compile time).
    pub(crate) const fn of(words: &[&str]) -> Shapes {
        let mut table = [0u16; 26 * 26];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(!w.is_empty() && w.len() < 16);
            let (first, last) = (w[0], w[w.len() - 1]);
            assert!(first.is_ascii_lowercase() && last.is_ascii_lowercase());
            table[(first - b'a') as usize * 26 + (last - b'a') as usize] |= 1 << w.len();
            i += 1;
        }
        Shapes(table)
    }

    /// Whether `word` (lower case) may be a word of the list: some word has
    /// its length and its first and last bytes. When not, it is none of them.
    #[inline]
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        match (word.first(), word.last()) {
            (Some(&first), Some(&last)) => self.may_hold_ends(first, last, word.len()),
            _ => false,
        }
    }

    /// Whether some word of the list has `len` bytes and these first and
    /// last bytes (lower case): when not, the word is none of them.
    pub(crate) fn may_hold_ends(&self, first: u8, last: u8, len: usize) -> bool {
        match (first, last) {
            (b'a'..=b'z', b'a'..=b'z') if len < 16 => {
                self.0[(first - b'a') as usize * 26 + (last - b'a') as usize] >> len & 1 == 1
            }
            _ => false,
        }
    }
}

/// The string literals (`"…"`, or `b"…"` byte strings with `bytes`) in the
/// source of function `name` of `src`, comments left out: a lexicon's keys,
/// for tests that check a word list against its `match`. (Lexicon literals
/// hold no quotes, `//` or line breaks.)
#[cfg(test)]
pub(crate) fn literals(src: &'static str, name: &str, bytes: bool) -> Vec<&'static str> {
    let at = src
        .find(&format!("fn {name}("))
        .expect("function in source");
    let body = &src[at..];
    let body = &body[..body.find("\n}\n").expect("function end")];
    let mut out = Vec::new();
    for line in body.lines() {
        let mut rest = line.split("//").next().unwrap_or("");
        while let Some(q) = rest.find('"') {
            let is_bytes = rest[..q].ends_with('b');
            let tail = &rest[q + 1..];
            let end = tail.find('"').expect("closing quote on the line");
            if is_bytes == bytes {
                out.push(&tail[..end]);
            }
            rest = &tail[end + 1..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_words_of_a_listed_shape_pass() {
        static S: Shapes = Shapes::of(&["met", "talks"]);
        let holds = |w: &str| {
            let b = w.as_bytes();
            !b.is_empty() && S.may_hold_ends(b[0], b[b.len() - 1], b.len())
        };
        for w in ["met", "mat", "talks", "tacks"] {
            assert!(holds(w), "{w}");
        }
        for w in ["meet", "me", "talk", "MET", "médt", "talkstalkstalkst"] {
            assert!(!holds(w), "{w}");
        }
        for w in ["met", "tacks"] {
            assert!(S.may_hold(w.as_bytes()), "{w}");
        }
        for w in ["", "m", "meet", "MET"] {
            assert!(!S.may_hold(w.as_bytes()), "{w}");
        }
    }
}
