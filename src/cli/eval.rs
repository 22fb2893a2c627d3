//! `timeweave eval-timex`: TempEval-3 scores on a folder of TimeML files.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use timeweave::eval::evaluate_dir;
use timeweave::temporal::tag;

/// Arguments of `timeweave eval-timex`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Folder of `.tml` files (searched recursively).
    dir: PathBuf,
    /// Also list value mismatches, misses and false alarms (up to N of each).
    #[arg(long, value_name = "N")]
    errors: Option<usize>,
    /// Print the whole report as JSON instead of a table.
    #[arg(long)]
    json: bool,
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let report = evaluate_dir(&args.dir, tag).with_context(|| format!("{}", args.dir.display()))?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{report}");
    if let Some(n) = args.errors {
        println!("\nvalue mismatches ({}):", report.value_mismatches.len());
        for m in report.value_mismatches.iter().take(n) {
            println!(
                "  {:<28} {:<10} {:<32} gold {:<14} got {:<14} ({})",
                m.doc,
                format!("{:?}", m.class),
                m.text.replace('\n', " "),
                m.gold_value,
                m.system_value,
                m.system_text.replace('\n', " ")
            );
        }
        println!("\nmisses ({}):", report.misses.len());
        for m in report.misses.iter().take(n) {
            println!(
                "  {:<28} {:<9} {:<32} {}",
                m.doc,
                m.kind.as_str(),
                m.text.replace('\n', " "),
                m.value
            );
        }
        println!("\nfalse alarms ({}):", report.false_alarms.len());
        for m in report.false_alarms.iter().take(n) {
            println!(
                "  {:<28} {:<9} {:<32} {}",
                m.doc,
                m.kind.as_str(),
                m.text.replace('\n', " "),
                m.value
            );
        }
    }
    for s in &report.skipped_files {
        eprintln!("skipped: {s:?}");
    }
    Ok(ExitCode::SUCCESS)
}
