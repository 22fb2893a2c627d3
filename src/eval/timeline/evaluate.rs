//! The whole evaluation of a task folder: documents in, one timeweave
//! timeline, each gold entity's timeline scored.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{
    entity_events, mention_matches, read_task_doc, read_task_timeline, score_timeline,
    system_timeline, EntitySelection, Funnel, GraphMode, TaskDoc, TimelineEval, TimelineLine,
    TimelineResult,
};
use crate::eval::EvalError;
use crate::graph::TimelineEvent;
use crate::Article;

/// Options of [`evaluate_timeline_dir`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TimelineOptions {
    /// Reduced or closed graphs.
    pub mode: GraphMode,
    /// How an entity's events are found.
    pub selection: EntitySelection,
}

/// Evaluates timeweave on a task folder: `dir/timeml/*.tml` are the
/// documents, `dir/timelines/*.txt` the gold timelines.
///
/// Every document becomes an [`Article`] (id, stripped text, creation date
/// as publication date) and [`crate::build_timeline`] runs once over all of
/// them; each gold entity's events are taken from that one timeline with
/// [`entity_events`], turned into the task's format with
/// [`system_timeline`] and scored with [`score_timeline`].
///
/// # Errors
///
/// The first document or timeline file that cannot be read or parsed, or a
/// folder that cannot be listed.
pub fn evaluate_timeline_dir(
    dir: &Path,
    options: TimelineOptions,
) -> Result<TimelineEval, EvalError> {
    let mut docs: BTreeMap<String, TaskDoc> = BTreeMap::new();
    for path in files(&dir.join("timeml"), "tml")? {
        let doc = read_task_doc(&path)?;
        docs.insert(doc.id.clone(), doc);
    }
    let articles: Vec<Article> = docs.values().map(TaskDoc::article).collect();
    let timeline = crate::build_timeline(&articles);
    let all_events: Vec<&TimelineEvent> = timeline.entries().collect();
    let everything = system_timeline("all", &all_events, &docs);
    let all_mentions: Vec<&String> = everything.lines.iter().flat_map(|l| &l.mentions).collect();
    let mut timelines = Vec::new();
    for path in files(&dir.join("timelines"), "txt")? {
        let gold = read_task_timeline(&path)?;
        let (events, query) = entity_events(&timeline, &gold.entity, options.selection, &docs);
        let system = system_timeline(&gold.entity, &events, &docs);
        let score = score_timeline(&gold, &system, options.mode);
        let has = |line: &TimelineLine, ids: &[&String]| {
            line.mentions
                .iter()
                .any(|g| ids.iter().any(|s| mention_matches(s, g)))
        };
        let entity_mentions: Vec<&String> = system.lines.iter().flat_map(|l| &l.mentions).collect();
        let funnel = Funnel {
            gold_events: gold.scored().count(),
            triggered: gold.scored().filter(|l| has(l, &all_mentions)).count(),
            in_entity_timeline: gold.scored().filter(|l| has(l, &entity_mentions)).count(),
        };
        timelines.push(TimelineResult {
            file: path,
            query,
            score,
            funnel,
            gold,
            system,
        });
    }
    Ok(TimelineEval {
        options,
        documents: docs.len(),
        system_events_total: all_events.len(),
        timelines,
    })
}

/// The files of `dir` with extension `ext`, sorted.
fn files(dir: &Path, ext: &str) -> Result<Vec<PathBuf>, EvalError> {
    let io = |source| EvalError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() && path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}
