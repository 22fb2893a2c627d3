//! `timeweave eval-timeline`: SemEval-2015 Task 4 (TimeLine) scores, Track
//! A style, on a task folder (`timeml/*.tml`, `timelines/*.txt`).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use timeweave::eval::timeline::{
    evaluate_timeline_dir, mention_matches, EntitySelection, GraphMode, TaskTimeline,
    TimelineOptions, TimelineResult,
};

/// Arguments of `timeweave eval-timeline`.
#[derive(Debug, clap::Args)]
pub struct EvalTimelineArgs {
    /// Task folder with `timeml/*.tml` documents and `timelines/*.txt` gold
    /// timelines.
    dir: PathBuf,
    /// Also print the system timeline of one entity (its name or its file
    /// stem, case-insensitive) in the task's format, with the gold one and
    /// how their events pair up.
    #[arg(long, value_name = "NAME")]
    show: Option<String>,
    /// Compare closed graphs instead of reduced ones.
    #[arg(long)]
    closure: bool,
    /// Diagnostic: take an entity's events from the sentences that contain
    /// its name rather than from the events' actors and places.
    #[arg(long)]
    by_sentence: bool,
    /// Print the whole evaluation as JSON instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run(args: EvalTimelineArgs) -> anyhow::Result<ExitCode> {
    let options = TimelineOptions {
        mode: if args.closure {
            GraphMode::Closure
        } else {
            GraphMode::Reduced
        },
        selection: if args.by_sentence {
            EntitySelection::Sentences
        } else {
            EntitySelection::Actors
        },
    };
    let eval = evaluate_timeline_dir(&args.dir, options)
        .with_context(|| format!("{}", args.dir.display()))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&eval)?);
        return Ok(ExitCode::SUCCESS);
    }
    print!("{eval}");
    if let Some(name) = &args.show {
        let wanted = name.to_lowercase();
        let Some(result) = eval.timelines.iter().find(|t| {
            t.gold.entity.to_lowercase() == wanted
                || t.file
                    .file_stem()
                    .is_some_and(|s| s.to_string_lossy().to_lowercase() == wanted)
        }) else {
            let names: Vec<&str> = eval
                .timelines
                .iter()
                .map(|t| t.gold.entity.as_str())
                .collect();
            bail!("no timeline {name:?}; there are: {}", names.join(", "));
        };
        show(result);
    }
    Ok(ExitCode::SUCCESS)
}

/// The system timeline, the gold one, and for each gold line the system
/// line it pairs with.
fn show(result: &TimelineResult) {
    println!(
        "\n== system timeline of {} (events found by {:?}) ==",
        result.gold.entity, result.query
    );
    print!("{}", result.system);
    println!("\n== gold timeline ({}) ==", result.file.display());
    print!("{}", result.gold);
    println!("\n== gold line → system line sharing a mention (* = mention found) ==");
    for line in &result.gold.lines {
        let marked: Vec<String> = line
            .mentions
            .iter()
            .map(|g| {
                let found = result
                    .system
                    .lines
                    .iter()
                    .flat_map(|l| &l.mentions)
                    .any(|s| mention_matches(s, g));
                format!("{g}{}", if found { "*" } else { "" })
            })
            .collect();
        let partners = partners(&result.system, &line.mentions);
        println!(
            "{:>3} {:<11} {:<55} → {}",
            line.position,
            line.anchor,
            marked.join(" "),
            if partners.is_empty() {
                "-".to_string()
            } else {
                partners.join(", ")
            }
        );
    }
}

/// `position anchor` of each system line sharing a mention with `mentions`.
fn partners(system: &TaskTimeline, mentions: &[String]) -> Vec<String> {
    let mut seen = BTreeMap::new();
    for l in &system.lines {
        if l.mentions
            .iter()
            .any(|s| mentions.iter().any(|g| mention_matches(s, g)))
        {
            seen.entry((l.position, l.anchor.clone())).or_insert(());
        }
    }
    seen.keys().map(|(p, a)| format!("{p} {a}")).collect()
}
