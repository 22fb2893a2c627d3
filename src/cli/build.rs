//! `timeweave build`: the story's timeline from articles.

use std::path::PathBuf;
use std::process::ExitCode;

use timeweave::article::load_paths;
use timeweave::build_timeline;
use timeweave::render::{to_dot, to_json, to_text, to_text_all};

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One line per event, conflicts under it, a legend of sources.
    Text,
    /// The stable JSON schema.
    Json,
    /// Graphviz DOT.
    Dot,
}

/// Arguments of `timeweave build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Articles: .txt (front matter), .json, .jsonl (e.g. a manifest), folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Only the events this person, organisation or place takes part in.
    #[arg(long)]
    entity: Option<String>,
    /// In text output, list every event (single-source statements and events
    /// dated only by the publication date too).
    #[arg(long)]
    all: bool,
}

pub fn run(args: BuildArgs) -> anyhow::Result<ExitCode> {
    let loaded = load_paths(&args.paths);
    for e in &loaded.errors {
        eprintln!("error: {e}");
    }
    if loaded.articles.is_empty() {
        anyhow::bail!("no articles could be read");
    }
    let mut timeline = build_timeline(&loaded.articles);
    if let Some(name) = &args.entity {
        timeline = timeline.restricted_to_entity(name);
    }
    let out = match args.format {
        Format::Text if args.all => to_text_all(&timeline),
        Format::Text => to_text(&timeline),
        Format::Json => to_json(&timeline) + "\n",
        Format::Dot => to_dot(&timeline),
    };
    print!("{out}");
    Ok(if loaded.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
