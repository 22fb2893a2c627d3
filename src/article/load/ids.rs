//! Unique article ids: the second article with id `x` becomes `x#2`, the
//! third `x#3`, skipping any suffix already taken.

use std::collections::{HashMap, HashSet};

/// Hands out unique ids in order: `x`, then `x#2`, `x#3`, … for repeats.
#[derive(Debug, Default)]
pub(crate) struct UniqueIds {
    taken: HashSet<String>,
    next_suffix: HashMap<String, usize>,
}

impl UniqueIds {
    /// `id`, or `id#2`, `id#3`… if it is taken.
    pub(crate) fn unique(&mut self, id: String) -> String {
        if !self.taken.contains(&id) {
            self.taken.insert(id.clone());
            return id;
        }
        let suffix = self.next_suffix.entry(id.clone()).or_insert(2);
        loop {
            let candidate = format!("{id}#{suffix}");
            *suffix += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::article::load::fixtures::{ids, Scratch};
    use crate::article::load::load_paths;

    #[test]
    fn duplicate_ids_across_inputs_get_suffixes() {
        let dir = Scratch::new("dupes");
        let a = dir.write("one/same.txt", "First.");
        let b = dir.write("two/same.txt", "Second.");
        let c = dir.write("feed.jsonl", "{\"id\": \"same#2\", \"text\": \"Third.\"}\n");
        let loaded = load_paths(&[a, b, c]);
        assert_eq!(ids(&loaded), ["same", "same#2", "same#2#2"]);
    }
}
