//! `timeweave merge`: extraction records (any number of shards, in any
//! order) to the timeline, or, with `--partial`, to their union as records
//! again (the reduce step of a distributed build).

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use timeweave::merge::{ExtractedRows, ExtractedSet};

use super::output::OutputArgs;

/// Arguments of `timeweave merge`.
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// JSONL files of extraction records (`timeweave extract` output, or
    /// `merge --partial` output); `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print the union of the records as JSONL (records sorted by article
    /// id, then error rows) instead of a timeline, to be merged again later.
    #[arg(long, conflicts_with_all = ["format", "entity", "all"])]
    partial: bool,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn run(args: MergeArgs) -> anyhow::Result<ExitCode> {
    let mut set = ExtractedSet::new();
    let mut failed = 0;
    for path in &args.files {
        let reader: Box<dyn BufRead> = if path == Path::new("-") {
            Box::new(io::stdin().lock())
        } else {
            match File::open(path) {
                Ok(file) => Box::new(BufReader::with_capacity(1 << 16, file)),
                Err(e) => {
                    eprintln!("error: {}: {e}", path.display());
                    failed += 1;
                    continue;
                }
            }
        };
        for row in ExtractedRows::new(reader, path) {
            let inserted = match row {
                Err(e) => Err(e.to_string()),
                Ok((line, row)) => set
                    .insert_row(row)
                    .map_err(|e| format!("{}:{line}: {e}", path.display())),
            };
            if let Err(message) = inserted {
                eprintln!("error: {message}");
                failed += 1;
            }
        }
    }
    if args.partial {
        let mut out = BufWriter::new(io::stdout().lock());
        set.to_jsonl(&mut out)?;
        out.flush()?;
    } else {
        // Upstream failures are reported once, by the final merge.
        for f in set.failures() {
            eprintln!("error: (from extract) {}", f.error);
            failed += 1;
        }
        args.output
            .print(set, "no extraction records could be read")?;
    }
    Ok(super::exit_status(failed))
}
