//! Output: the timeline as readable text, as JSON (the stable public schema)
//! and as Graphviz DOT (conflicts red and dashed). Same timeline, same bytes.

mod dot;
mod json;
mod text;

pub use dot::to_dot;
pub use json::{to_json, to_json_value};
pub use text::{to_text, to_text_all};

use crate::graph::Timeline;

/// Citation numbers: `[1]`, `[2]`… by article id order.
pub(crate) fn citation_numbers(t: &Timeline) -> std::collections::BTreeMap<&str, usize> {
    t.articles()
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i + 1))
        .collect()
}
