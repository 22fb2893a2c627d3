//! Timelines in the task's format: the entity, then one event per line,
//! `position<TAB>anchor<TAB>mention…`.

use std::fmt;
use std::path::Path;

use serde::Serialize;

use super::normalize_anchor;
use crate::eval::timeml::read_text;
use crate::eval::EvalError;

/// One event of a timeline in the task's format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineLine {
    /// Its place in the order, from 1; 0 means unordered (not scored).
    pub position: u32,
    /// The time anchor, normalised (see [`normalize_anchor`]).
    pub anchor: String,
    /// Its mention ids, `docid-sentence-word`.
    pub mentions: Vec<String>,
}

/// An entity's timeline in the task's format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TaskTimeline {
    /// The target entity (`Steve Jobs`).
    pub entity: String,
    /// The events, in file order.
    pub lines: Vec<TimelineLine>,
}

impl TaskTimeline {
    /// The lines that are scored (position > 0).
    pub fn scored(&self) -> impl Iterator<Item = &TimelineLine> {
        self.lines.iter().filter(|l| l.position > 0)
    }
}

/// The task's file format: the entity, then `position<TAB>anchor<TAB>mention…`
/// per line.
impl fmt::Display for TaskTimeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.entity)?;
        for line in &self.lines {
            write!(f, "{}\t{}", line.position, line.anchor)?;
            for m in &line.mentions {
                write!(f, "\t{m}")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

/// Parses a timeline file: the entity name on the first non-empty line, then
/// one event per non-empty line, `position anchor mention…` separated by tabs
/// (or any whitespace). Anchors are normalised with [`normalize_anchor`].
///
/// # Errors
///
/// [`EvalError::Malformed`], with the line, when the file has no entity
/// line, or a line has fewer than three fields or a position that is not a
/// number.
pub fn parse_task_timeline(source: &str, path: &Path) -> Result<TaskTimeline, EvalError> {
    let malformed = |line: usize, message: String| EvalError::Malformed {
        path: path.to_path_buf(),
        line,
        message,
    };
    let mut lines = source
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty());
    let Some((_, entity)) = lines.next() else {
        return Err(malformed(1, "no entity name".into()));
    };
    let mut out = TaskTimeline {
        entity: entity.to_string(),
        lines: Vec::new(),
    };
    for (number, line) in lines {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [position, anchor, mentions @ ..] = fields.as_slice() else {
            return Err(malformed(
                number,
                format!("expected position and anchor: {line:?}"),
            ));
        };
        if mentions.is_empty() {
            return Err(malformed(number, format!("no mention: {line:?}")));
        }
        let position = position
            .parse()
            .map_err(|_| malformed(number, format!("position {position:?} is not a number")))?;
        out.lines.push(TimelineLine {
            position,
            anchor: normalize_anchor(anchor),
            mentions: mentions.iter().map(|m| m.to_string()).collect(),
        });
    }
    Ok(out)
}

/// Reads and parses a timeline file.
///
/// # Errors
///
/// As [`parse_task_timeline`], plus [`EvalError::Io`] and [`EvalError::Utf8`].
pub fn read_task_timeline(path: &Path) -> Result<TaskTimeline, EvalError> {
    parse_task_timeline(&read_text(path)?, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timeline(src: &str) -> TaskTimeline {
        parse_task_timeline(src, Path::new("t.txt")).unwrap()
    }

    #[test]
    fn reads_a_timeline_file() {
        let t = timeline(
            "Beatles Apple Corps\n0\tXXXX-XX-XX\t4596-6-sued\n1\t1968\t4596-16-founded\n\
             2\t2006-03\t4596-2-filed\t4596-2-lawsuit\n3\tXXX-XX-XX\t12315-4-provide\n\n",
        );
        assert_eq!(t.entity, "Beatles Apple Corps");
        let got: Vec<(u32, &str, usize)> = t
            .lines
            .iter()
            .map(|l| (l.position, l.anchor.as_str(), l.mentions.len()))
            .collect();
        assert_eq!(
            got,
            [
                (0, "XXXX-XX-XX", 1),
                (1, "1968-XX-XX", 1),
                (2, "2006-03-XX", 2),
                (3, "XXXX-XX-XX", 1)
            ]
        );
        assert_eq!(t.lines[2].mentions, ["4596-2-filed", "4596-2-lawsuit"]);
        assert_eq!(t.scored().count(), 3);
        // Written back in the task's format, anchors normalised.
        assert!(t
            .to_string()
            .contains("2\t2006-03-XX\t4596-2-filed\t4596-2-lawsuit\n"));
    }

    #[test]
    fn bad_timeline_lines_are_errors_with_their_line() {
        for (src, line) in [("", 1), ("E\n1\t2006\n", 2), ("E\n\nx\t2006\t1-2-a\n", 3)] {
            match parse_task_timeline(src, Path::new("t.txt")) {
                Err(EvalError::Malformed { line: l, .. }) => assert_eq!(l, line, "{src:?}"),
                other => panic!("{src:?}: {other:?}"),
            }
        }
    }
}
