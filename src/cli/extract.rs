//! `timeweave extract`: articles to extraction records, one JSON line per
//! article (the map step of a distributed build).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use timeweave::merge::FailedArticle;

use super::extraction::for_each_extracted;
use super::progress::Progress;

/// Arguments of `timeweave extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Articles: .txt (front matter), .json, .jsonl (e.g. a manifest), folders.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Write the records to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: ExtractArgs, quiet: bool) -> anyhow::Result<ExitCode> {
    let mut out: BufWriter<Box<dyn Write>> = BufWriter::new(match &args.output {
        Some(path) => Box::new(File::create(path).with_context(|| format!("{}", path.display()))?),
        None => Box::new(io::stdout().lock()),
    });
    let mut progress = Progress::new(quiet, "events");
    let (mut written, mut failed) = (0, 0);
    for_each_extracted(&args.paths, &mut progress, |item, _| {
        match item {
            Ok(record) => {
                serde_json::to_writer(&mut out, &record)?;
                written += 1;
            }
            Err(error) => {
                serde_json::to_writer(&mut out, &FailedArticle::from(&error))?;
                failed += 1;
            }
        }
        out.write_all(b"\n")?;
        Ok(())
    })?;
    out.flush()?;
    progress.clear();
    if written + failed == 0 {
        anyhow::bail!("no articles found");
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("timeweave extract: {failed} input(s) failed (error rows in the output)");
        ExitCode::FAILURE
    })
}
