//! Graphviz DOT: events as boxes in timeline order, `before` edges solid,
//! `simultaneous` and `includes` dotted, conflicts red and dashed.

use std::fmt::Write;

use super::text::describe;
use crate::graph::{Relation, Timeline};

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

/// Renders the timeline as a DOT digraph.
pub fn to_dot(t: &Timeline) -> String {
    let mut out = String::from(
        "digraph timeline {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n",
    );
    for e in t.entries() {
        let date = e
            .event
            .date
            .as_ref()
            .map_or("undated".to_string(), describe);
        let color = if e.event.conflicts.is_empty() {
            "black"
        } else {
            "red"
        };
        let _ = writeln!(
            out,
            "  {} [label=\"{}\\n{}\", color={}];",
            e.id,
            escape(&date),
            escape(&e.event.summary()),
            color
        );
    }
    for (from, to, r) in t.relations() {
        let style = match r {
            Relation::Before { evidence, .. } if evidence == "discourse" => {
                "[label=\"before (text)\"]".to_string()
            }
            Relation::Before { .. } => "[label=\"before\"]".to_string(),
            Relation::Simultaneous => {
                "[label=\"simultaneous\", style=dotted, dir=none]".to_string()
            }
            Relation::Includes => "[label=\"includes\", style=dotted]".to_string(),
            Relation::Conflict { conflict } => format!(
                "[label=\"{} conflict\", color=red, fontcolor=red, style=dashed]",
                escape(conflict)
            ),
        };
        let _ = writeln!(out, "  {from} -> {to} {style};");
    }
    out.push_str("}\n");
    out
}
