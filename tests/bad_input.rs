//! A catalogue of bad inputs: each gives a typed error that names the file
//! (and line, for JSONL), and the good articles beside it still load.

use std::fs;
use std::path::{Path, PathBuf};

use timeweave::article::load_path;
use timeweave::{build_timeline, Error};

/// A fresh folder under the system's temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("timeweave-bad-input-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temporary folder");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, bytes).expect("write fixture");
    p
}

const GOOD: &str = "---\nid: good\npublished: 2025-12-03\n---\nSteve Witkoff met Vladimir Putin in Moscow on Tuesday.\n";

#[test]
fn every_bad_file_is_reported_and_the_good_one_still_loads() {
    let dir = scratch("files");
    write(&dir, "a-good.txt", GOOD.as_bytes());
    write(
        &dir,
        "b-invalid-utf8.txt",
        b"Talks on Tuesday \xff\xfe ended.",
    );
    write(
        &dir,
        "c-truncated.json",
        br#"{"id": "t", "text": "Talks on Tues"#,
    );
    write(&dir, "d-not-an-object.json", b"[1, 2, 3]");
    write(&dir, "e-empty.txt", b"");
    write(&dir, "f-binary.txt", &[0u8, 159, 146, 150, 0, 255, 1, 2]);
    write(
        &dir,
        "g-february-30.json",
        br#"{"id": "g", "text": "x", "published": "February 30, 2025"}"#,
    );
    write(
        &dir,
        "h-year-99999.json",
        br#"{"id": "h", "text": "x", "published": "99999-01-01"}"#,
    );
    let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    write(&dir, "i-deeply-nested.json", nested.as_bytes());
    write(
        &dir,
        "j-unclosed-front-matter.txt",
        b"---\nid: j\npublished: 2025-12-03\nno closing line\n",
    );

    let loaded = load_path(&dir);
    let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        ["good"],
        "only the good article loads: {:?}",
        loaded.errors
    );
    let messages: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
    for name in [
        "b-invalid-utf8.txt",
        "c-truncated.json",
        "d-not-an-object.json",
        "e-empty.txt",
        "f-binary.txt",
        "g-february-30.json",
        "h-year-99999.json",
        "i-deeply-nested.json",
        "j-unclosed-front-matter.txt",
    ] {
        assert!(
            messages.iter().any(|m| m.contains(name)),
            "no error names {name}: {messages:#?}"
        );
    }
    assert!(loaded
        .errors
        .iter()
        .any(|e| matches!(e, Error::Utf8 { offset: 17, .. })));
    // The good article still makes a timeline.
    let t = build_timeline(&loaded.articles);
    assert_eq!(t.entries().count(), 1);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn bad_jsonl_rows_name_their_line_and_the_rest_load() {
    let dir = scratch("jsonl");
    let long_text = "Talks went on. ".repeat(700_000); // a 10 MB line
    let rows = [
        r#"{"id": "r1", "text": "They met on Tuesday.", "published": "2025-12-03"}"#.to_string(),
        r#"{"id": "r2", "text": "#.to_string(),
        r#"{"id": "r3", "published": "2025-12-03"}"#.to_string(),
        "\"just a string\"".to_string(),
        format!(r#"{{"id": "r5", "text": "{long_text}", "published": "2025-12-03"}}"#),
        r#"{"id": "r6", "text": "Later.", "published": "not a date"}"#.to_string(),
        r#"{"id": "r7", "path": "missing.txt"}"#.to_string(),
    ];
    let feed = write(&dir, "feed.jsonl", rows.join("\n").as_bytes());
    let loaded = load_path(&feed);
    let ids: Vec<&str> = loaded.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["r1", "r5"], "{:?}", loaded.errors);
    let messages: Vec<String> = loaded.errors.iter().map(ToString::to_string).collect();
    // A row whose `path` is missing names the file it could not read.
    assert!(
        messages.iter().any(|m| m.contains("missing.txt")),
        "{messages:#?}"
    );
    for line in [2, 3, 4, 6] {
        assert!(
            messages
                .iter()
                .any(|m| m.contains(&format!("feed.jsonl:{line}"))),
            "no error names line {line}: {messages:#?}"
        );
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let loaded = load_path(Path::new("/definitely/not/here.txt"));
    assert!(loaded.articles.is_empty());
    assert!(loaded.errors[0]
        .to_string()
        .contains("/definitely/not/here.txt"));
}

#[test]
fn an_article_with_a_hundred_thousand_dates_is_tagged() {
    let text = "On Dec. 2, 2025 and Tuesday, ".repeat(50_000);
    let found = timeweave::tag(&text, chrono::NaiveDate::from_ymd_opt(2025, 12, 3));
    assert_eq!(found.len(), 100_000);
}
