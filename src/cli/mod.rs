//! Command-line interface: argument parsing and dispatch to one file per
//! command.

mod build;
mod eval;
mod eval_timeline;
mod extract;
mod extraction;
mod merge;
mod output;
mod progress;
mod tag;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Reconstruct the timeline of a news story from several articles.
#[derive(Debug, Parser)]
#[command(name = "timeweave", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Worker threads for per-article work (default: one per core). The
    /// output is the same whatever the number.
    #[arg(long, global = true, value_name = "N")]
    threads: Option<usize>,
    /// No progress line on standard error (it is shown only when standard
    /// error is a terminal).
    #[arg(long, short, global = true)]
    quiet: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Find and resolve temporal expressions.
    ///
    /// With --input FILE or standard input: JSONL rows {"id","text","dct"} in,
    /// one row {"id","timexes":[{"start","end","text","type","value"}]} out per
    /// row. With a FILE argument or --text: the text with each expression
    /// marked, for people.
    Tag(tag::TagArgs),
    /// Score the tagger against a folder of TimeML files (TempEval-3 metrics).
    EvalTimex(eval::EvalArgs),
    /// Score entity timelines against SemEval-2015 Task 4 (TimeLine) gold, from raw text.
    EvalTimeline(eval_timeline::EvalTimelineArgs),
    /// Build the timeline of a story from its articles.
    Build(build::BuildArgs),
    /// Extract each article's event mentions as one JSONL record per article
    /// (the map step of a distributed build; `merge` is the reduce).
    ///
    /// Records come in input order, no article text in them; an article that
    /// cannot be read gives an error row {"error","path","line"} in its place,
    /// the run goes on, and the exit status is non-zero.
    Extract(extract::ExtractArgs),
    /// Merge extraction records (shards in any number and order, `-` for
    /// standard input) into the timeline, or with --partial into one sorted
    /// set of records to merge again.
    Merge(merge::MergeArgs),
}

/// Success when nothing failed, else failure (1).
fn exit_status(failed: usize) -> ExitCode {
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Runs the CLI and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(n) = cli.threads {
        if let Err(e) = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
        {
            eprintln!("timeweave: --threads {n}: {e}");
            return ExitCode::from(2);
        }
    }
    let result = match cli.command {
        Command::Tag(args) => tag::run(args, cli.quiet),
        Command::EvalTimex(args) => eval::run(args),
        Command::EvalTimeline(args) => eval_timeline::run(args),
        Command::Build(args) => build::run(args, cli.quiet),
        Command::Extract(args) => extract::run(args, cli.quiet),
        Command::Merge(args) => merge::run(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("timeweave: {e:#}");
            ExitCode::from(2)
        }
    }
}
