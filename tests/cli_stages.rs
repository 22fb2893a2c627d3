//! `timeweave extract` and `timeweave merge` as a user runs them: the same
//! bytes as `build`, whatever the sharding, order and grouping of partial
//! merges; bad rows reported with their line.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::cli::run_with_stdin;
use crate::stages::{story_dir, STORIES};

fn timeweave(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_timeweave"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh folder under the system's temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "timeweave-cli-stages-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary folder");
    dir
}

fn story_files(name: &str) -> Vec<String> {
    let dir = story_dir(name);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    files
}

/// `extract FILES -o OUT`, which must succeed.
fn extract_to(files: &[String], out: &Path) {
    let mut args = vec!["extract", "-o", out.to_str().expect("UTF-8 path")];
    args.extend(files.iter().map(String::as_str));
    let run = timeweave(&args);
    assert!(run.status.success(), "extract failed: {}", stderr(&run));
    assert!(run.stdout.is_empty(), "records went to the file");
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn extract_then_merge_prints_the_bytes_of_build() {
    for name in STORIES {
        let files = story_files(name);
        let dir = scratch(name);
        let records = dir.join("records.jsonl");
        extract_to(&files, &records);
        for format in ["text", "json", "dot"] {
            let mut build = vec!["build", "--format", format];
            build.extend(files.iter().map(String::as_str));
            let built = timeweave(&build);
            assert!(built.status.success(), "{}", stderr(&built));
            let merged = timeweave(&["merge", "--format", format, path_str(&records)]);
            assert!(merged.status.success(), "{}", stderr(&merged));
            assert!(!built.stdout.is_empty());
            assert_eq!(stdout(&merged), stdout(&built), "{name} as {format}");
        }
        let all_build = timeweave(
            &[
                &["build", "--all", "--entity", "Putin"][..],
                &files.iter().map(String::as_str).collect::<Vec<_>>(),
            ]
            .concat(),
        );
        let all_merge = timeweave(&["merge", "--all", "--entity", "Putin", path_str(&records)]);
        assert_eq!(
            stdout(&all_merge),
            stdout(&all_build),
            "{name}: --all --entity"
        );
    }
}

#[test]
fn shards_in_any_order_and_partial_merges_in_any_grouping_give_the_same_bytes() {
    let name = "kremlin";
    let files = story_files(name);
    let dir = scratch("shards");
    // Three shards of articles, extracted separately.
    let shards: Vec<PathBuf> = [&files[..1], &files[1..3], &files[3..]]
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let out = dir.join(format!("shard-{i}.jsonl"));
            extract_to(part, &out);
            out
        })
        .collect();
    let [s0, s1, s2] = [
        path_str(&shards[0]),
        path_str(&shards[1]),
        path_str(&shards[2]),
    ];
    let mut build = vec!["build", "--format", "json"];
    build.extend(files.iter().map(String::as_str));
    let expected = stdout(&timeweave(&build));
    for order in [[s0, s1, s2], [s2, s0, s1], [s1, s2, s0]] {
        let merged = timeweave(&["merge", "--format", "json", order[0], order[1], order[2]]);
        assert_eq!(stdout(&merged), expected, "shards in order {order:?}");
    }
    // (s0 + s1) + s2 and s2 + (s1 + s0), through partial merges.
    let left_partial = timeweave(&["merge", "--partial", s0, s1]);
    assert!(left_partial.status.success(), "{}", stderr(&left_partial));
    let left = dir.join("left.jsonl");
    std::fs::write(&left, &left_partial.stdout).expect("write partial");
    let left_all = timeweave(&["merge", "--partial", path_str(&left), s2]);
    let right_partial = timeweave(&["merge", "--partial", s1, s0]);
    let (_, right, _) = run_with_stdin(&["merge", "--partial", s2, "-"], &stdout(&right_partial));
    assert_eq!(
        stdout(&left_all),
        right,
        "partial merges are associative and commutative"
    );
    let direct = timeweave(&["merge", "--partial", s2, s1, s0]);
    assert_eq!(stdout(&direct), right);
    // Merging a partial again (idempotence) and printing it.
    let (code, final_json, err) =
        run_with_stdin(&["merge", "--format", "json", "-", s1], &stdout(&left_all));
    assert_eq!(code, 0, "{err}");
    assert_eq!(final_json, expected);
}

#[test]
fn bad_records_are_reported_with_their_line_and_the_rest_is_merged() {
    let files = story_files("cycle");
    let dir = scratch("bad-records");
    let records = dir.join("records.jsonl");
    extract_to(&files, &records);
    let good = std::fs::read_to_string(&records).expect("records");
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(1, "{\"article\": {\"id\": \"broken\"}, \"mentions\": []}");
    lines.insert(3, "not json at all");
    let input = lines.join("\n") + "\n";
    let (code, out, err) = run_with_stdin(&["merge", "--format", "json", "-"], &input);
    assert_eq!(code, 1, "bad rows make the exit status 1");
    assert!(err.contains("-:2:") && err.contains("sketch"), "{err}");
    assert!(err.contains("-:4:") && err.contains("JSON"), "{err}");
    let mut build = vec!["build", "--format", "json"];
    build.extend(files.iter().map(String::as_str));
    assert_eq!(out, stdout(&timeweave(&build)), "good rows still merge");
}

#[test]
fn extract_gives_error_rows_and_merge_reports_them() {
    let dir = scratch("error-rows");
    let feed = dir.join("feed.jsonl");
    std::fs::write(
        &feed,
        concat!(
            "{\"id\": \"a\", \"published\": \"2025-12-03\", \"text\": \"Steve Witkoff met Vladimir Putin in Moscow on Tuesday.\"}\n",
            "{\"id\": \"b\", \"text\": 5}\n",
            "{\"id\": \"c\", \"published\": \"2025-12-04\", \"text\": \"Vladimir Putin met Steve Witkoff in Moscow on December 3.\"}\n",
        ),
    )
    .expect("write feed");
    let out = timeweave(&["extract", path_str(&feed)]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed article makes the exit status 1"
    );
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect();
    assert_eq!(rows.len(), 3, "one row per article, in input order");
    assert_eq!(rows[0]["article"]["id"], "a");
    assert_eq!(rows[1]["line"], 2);
    assert!(rows[1]["error"]
        .as_str()
        .expect("error")
        .contains("feed.jsonl:2"));
    assert_eq!(rows[2]["article"]["id"], "c");
    assert!(
        stderr(&out).contains("1 input(s) failed"),
        "{}",
        stderr(&out)
    );
    // The error row travels through a partial merge and is reported at the end.
    let (code, partial, err) = run_with_stdin(&["merge", "--partial", "-"], &stdout(&out));
    assert_eq!(code, 0, "{err}");
    assert_eq!(partial.lines().count(), 3);
    let (code, merged, err) = run_with_stdin(&["merge", "-"], &partial);
    assert_eq!(code, 1);
    assert!(err.contains("feed.jsonl:2"), "{err}");
    assert!(merged.contains("Timeline:"), "{merged}");
}

#[test]
fn no_progress_line_when_standard_error_is_not_a_terminal() {
    let files = story_files("wildfire");
    for quiet in [false, true] {
        let mut args = vec!["build"];
        if quiet {
            args.push("--quiet");
        }
        args.extend(files.iter().map(String::as_str));
        let out = timeweave(&args);
        assert!(out.status.success());
        assert!(out.stderr.is_empty(), "{}", stderr(&out));
    }
}

#[test]
fn extract_writes_the_same_bytes_whatever_the_thread_count() {
    let files = story_files("port-strike");
    let run = |threads: &str| {
        let mut args = vec!["--threads", threads, "extract"];
        args.extend(files.iter().map(String::as_str));
        let out = timeweave(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let one = run("1");
    assert_eq!(one.lines().count(), files.len(), "one record per article");
    assert_eq!(run("3"), one);
}
