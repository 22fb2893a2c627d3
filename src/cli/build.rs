//! `timeweave build`: the story's timeline from articles.
//!
//! Articles are read as a stream and extracted in batches; only their
//! extraction records are kept, so memory grows with the number of event
//! mentions, not with the length of the texts.

use std::path::PathBuf;
use std::process::ExitCode;

use timeweave::merge::ExtractedSet;

use super::extraction::for_each_extracted;
use super::output::OutputArgs;
use super::progress::Progress;

/// Arguments of `timeweave build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Articles: .txt (front matter), .json, .jsonl (e.g. a manifest), folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(args: BuildArgs, quiet: bool) -> anyhow::Result<ExitCode> {
    let mut progress = Progress::new(quiet, "events");
    let mut set = ExtractedSet::new();
    let mut failed = 0;
    for_each_extracted(&args.paths, &mut progress, |item, progress| {
        if let Err(e) = item.and_then(|record| set.insert(record)) {
            failed += 1;
            progress.say(format_args!("error: {e}"));
        }
        Ok(())
    })?;
    progress.clear();
    args.output.print(set, "no articles could be read")?;
    Ok(super::exit_status(failed))
}
