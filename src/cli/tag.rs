//! `timeweave tag`: temporal expressions for machines (JSONL) and people.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context};
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use timeweave::article::{load_path, parse_published};
use timeweave::temporal::tag;
use timeweave::TemporalMention;

use super::progress::Progress;

/// Arguments of `timeweave tag`.
#[derive(Debug, clap::Args)]
pub struct TagArgs {
    /// JSONL input for machine mode (default: standard input).
    #[arg(long, short)]
    input: Option<PathBuf>,
    /// An article to show (txt with front matter, json, jsonl or a folder).
    #[arg(conflicts_with_all = ["input", "text"])]
    file: Option<PathBuf>,
    /// A text to show.
    #[arg(long, conflicts_with = "input")]
    text: Option<String>,
    /// Publication date to resolve against (overrides the article's).
    #[arg(long)]
    dct: Option<String>,
}

#[derive(Serialize)]
struct Timex<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: String,
}

#[derive(Serialize)]
struct Row<'a> {
    id: &'a Value,
    timexes: Vec<Timex<'a>>,
}

#[derive(Serialize)]
struct ErrorRow<'a> {
    id: &'a Value,
    line: usize,
    error: String,
}

pub fn run(args: TagArgs, quiet: bool) -> anyhow::Result<ExitCode> {
    let dct = match &args.dct {
        Some(s) => Some(parse_published(s).map_err(|e| anyhow::anyhow!("--dct {s:?}: {e}"))?),
        None => None,
    };
    if let Some(text) = &args.text {
        show(text, dct, "--text");
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(path) = &args.file {
        let loaded = load_path(path);
        for e in &loaded.errors {
            eprintln!("error: {e}");
        }
        if loaded.articles.is_empty() && loaded.errors.is_empty() {
            bail!("{}: no articles found", path.display());
        }
        for a in &loaded.articles {
            show(&a.text, dct.or(a.published_date()), &a.id);
        }
        return Ok(if loaded.errors.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut progress = Progress::new(quiet, "timexes");
    let failed = match &args.input {
        Some(p) => {
            let f = std::fs::File::open(p).with_context(|| format!("{}", p.display()))?;
            let input = io::BufReader::with_capacity(1 << 16, f);
            jsonl(input, &mut out, dct, &mut progress)?
        }
        None => jsonl(io::stdin().lock(), &mut out, dct, &mut progress)?,
    };
    out.flush()?;
    progress.clear();
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("timeweave tag: {failed} row(s) failed");
        ExitCode::FAILURE
    })
}

/// Machine mode: one output row per input row, in order. Reads line by line
/// (bytes, so invalid UTF-8 is a row error, not the end of the run).
fn jsonl(
    mut input: impl BufRead,
    out: &mut impl Write,
    dct_override: Option<NaiveDate>,
    progress: &mut Progress,
) -> anyhow::Result<usize> {
    let mut buf = Vec::new();
    let mut line = 0;
    let mut failed = 0;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line += 1;
        let raw = trim_line(&buf);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match tag_row(raw, dct_override) {
            Ok((id, text, dct)) => {
                let found = tag(&text, dct);
                write_row(out, &id, &found)?;
                progress.advance(found.len());
            }
            Err((id, error)) => {
                failed += 1;
                serde_json::to_writer(
                    &mut *out,
                    &ErrorRow {
                        id: &id,
                        line,
                        error,
                    },
                )?;
                out.write_all(b"\n")?;
            }
        }
    }
    Ok(failed)
}

fn trim_line(buf: &[u8]) -> &[u8] {
    let mut b = buf;
    while let [rest @ .., b'\n' | b'\r'] = b {
        b = rest;
    }
    b
}

type RowResult = Result<(Value, String, Option<NaiveDate>), (Value, String)>;

fn tag_row(raw: &[u8], dct_override: Option<NaiveDate>) -> RowResult {
    let row: Value = match std::str::from_utf8(raw) {
        Ok(s) => {
            serde_json::from_str(s).map_err(|e| (Value::Null, format!("invalid JSON: {e}")))?
        }
        Err(e) => {
            return Err((
                Value::Null,
                format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            ))
        }
    };
    let Value::Object(mut map) = row else {
        return Err((Value::Null, "row is not a JSON object".into()));
    };
    let id = map.remove("id").unwrap_or(Value::Null);
    let text = match map.remove("text") {
        Some(Value::String(t)) => t,
        Some(_) => return Err((id, "\"text\" is not a string".into())),
        None => return Err((id, "missing \"text\"".into())),
    };
    let dct = match (dct_override, map.remove("dct")) {
        (Some(d), _) => Some(d),
        (None, None | Some(Value::Null)) => None,
        (None, Some(Value::String(s))) => match parse_published(&s) {
            Ok(d) => Some(d),
            Err(e) => return Err((id, format!("cannot parse dct {s:?}: {e}"))),
        },
        (None, Some(_)) => return Err((id, "\"dct\" is not a string or null".into())),
    };
    Ok((id, text, dct))
}

fn write_row(out: &mut impl Write, id: &Value, found: &[TemporalMention]) -> anyhow::Result<()> {
    let timexes = found
        .iter()
        .map(|m| Timex {
            start: m.span.start,
            end: m.span.end,
            text: &m.text,
            kind: m.kind.as_str(),
            value: m.value.to_string(),
        })
        .collect();
    serde_json::to_writer(&mut *out, &Row { id, timexes })?;
    out.write_all(b"\n")?;
    Ok(())
}

/// People mode: the text with each expression marked `[text]{value}`, then a
/// table of the expressions.
fn show(text: &str, dct: Option<NaiveDate>, label: &str) {
    let found = tag(text, dct);
    let color = io::stdout().is_terminal();
    let (on, mid, off) = if color {
        ("\x1b[1;36m", "\x1b[0;33m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    println!(
        "── {label} (published {})",
        dct.map_or_else(|| "unknown".to_string(), |d| d.to_string())
    );
    let mut out = String::with_capacity(text.len() + found.len() * 24);
    let mut at = 0;
    for m in &found {
        out.push_str(&text[at..m.span.start]);
        out.push_str(&format!("{on}[{}]{mid}{{{}}}{off}", m.text, m.value));
        at = m.span.end;
    }
    out.push_str(&text[at..]);
    println!("{}\n", out.trim_end());
    for m in &found {
        let mut extra = String::new();
        if let Some(md) = m.modifier {
            extra.push_str(&format!(" mod={md:?}"));
        }
        if let Some(n) = &m.note {
            extra.push_str(&format!(" ({n})"));
        }
        println!(
            "  {:>6}..{:<6} {:<9} {:<16} {:<30} {}{}",
            m.span.start,
            m.span.end,
            m.kind.as_str(),
            m.value.to_string(),
            m.text.replace('\n', " "),
            m.rule,
            extra
        );
    }
    println!();
}
