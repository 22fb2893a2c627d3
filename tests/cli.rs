//! The `timeweave` binary, run as a user runs it.

use std::io::Write;
use std::process::{Command, Stdio};

fn timeweave() -> Command {
    Command::new(env!("CARGO_BIN_EXE_timeweave"))
}

/// Runs the binary with `input` on standard input: exit code, standard
/// output, standard error.
pub fn run_with_stdin(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = timeweave()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("the binary finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn tag_jsonl_answers_every_row_in_order_and_reports_bad_ones() {
    let input = concat!(
        r#"{"id": "a", "text": "Witkoff met Putin on Tuesday for a five‑hour meeting.", "dct": "2025-12-03"}"#,
        "\n",
        "{not json\n",
        r#"{"id": 7, "text": "They will meet on Thursday.", "dct": null}"#,
        "\n",
        r#"{"id": "b", "dct": "2025-12-03"}"#,
        "\n",
        r#"{"id": "c", "text": "Talks resume next week.", "dct": "Dec 3, 2025"}"#,
        "\n",
    );
    let (code, stdout, _) = run_with_stdin(&["tag"], input);
    assert_ne!(code, 0, "a failed row makes the exit status non-zero");
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect();
    assert_eq!(rows.len(), 5, "one output row per input row:\n{stdout}");
    assert_eq!(rows[0]["id"], "a");
    let timexes = rows[0]["timexes"].as_array().expect("timexes");
    let text = "Witkoff met Putin on Tuesday for a five‑hour meeting.";
    let values: Vec<&str> = timexes
        .iter()
        .map(|t| t["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["2025-12-02", "PT5H"]);
    for t in timexes {
        let (s, e) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[s..e],
            t["text"].as_str().unwrap(),
            "start/end are byte offsets"
        );
    }
    assert_eq!(rows[1]["line"], 2);
    assert!(rows[1]["error"].as_str().unwrap().contains("JSON"));
    assert_eq!(rows[2]["id"], 7);
    assert_eq!(
        rows[2]["timexes"][0]["value"], "XXXX-WXX-4",
        "no dct: unanchored, not guessed"
    );
    assert_eq!(rows[3]["id"], "b");
    assert_eq!(rows[3]["line"], 4);
    assert_eq!(rows[4]["timexes"][0]["value"], "2025-W50");
}

#[test]
fn tag_for_people_marks_expressions_in_the_text() {
    let out = timeweave()
        .args([
            "tag",
            "--dct",
            "2025-12-03",
            "--text",
            "Rubio spoke late Tuesday.",
        ])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("[late Tuesday]{2025-12-02}"), "{stdout}");
}

#[test]
fn tag_reads_articles_with_front_matter() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/kremlin/01-wire.txt"
    );
    let out = timeweave().args(["tag", path]).output().expect("runs");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("published 2025-12-03"), "{stdout}");
    assert!(
        stdout.contains("{2025-12-02TEV}"),
        "Tuesday evening resolves against the article's date"
    );
}

#[test]
fn a_missing_file_is_a_clear_error() {
    let out = timeweave()
        .args(["tag", "/no/such/article.txt"])
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/no/such/article.txt"), "{stderr}");
}

/// The README shows what its main command prints: it must print that.
#[test]
fn the_readme_shows_what_the_main_command_prints() {
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).expect("README.md");
    let cue = "$ cargo run --release -- build examples/articles/manifest.jsonl\n";
    let start = readme.find(cue).expect("the README shows the main command") + cue.len();
    let shown = &readme[start..start + readme[start..].find("```").expect("closed block")];
    let out = timeweave()
        .args(["build", "examples/articles/manifest.jsonl"])
        .current_dir(root)
        .output()
        .expect("the binary runs");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), shown);
}
