//! Whole fixture articles through the tagger, as insta snapshots: every
//! expression with its type, value, anchor and rule, one line each. A change
//! in any resolution shows up as a reviewable diff.

use std::fmt::Write;
use std::path::Path;

use timeweave::article::load_path;
use timeweave::temporal::tag;
use timeweave::Anchor;

fn render(story: &str) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(story);
    let loaded = load_path(&dir);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    assert!(!loaded.articles.is_empty());
    let mut out = String::new();
    for a in &loaded.articles {
        let dct = a.published_date();
        writeln!(
            out,
            "## {} ({})",
            a.id,
            dct.map_or("no date".into(), |d| d.to_string())
        )
        .unwrap();
        for m in tag(&a.text, dct) {
            let anchor = match m.anchor {
                Anchor::None => "absolute".to_string(),
                Anchor::Publication => "dct".to_string(),
                Anchor::Narrative { span } => format!("narrative@{}", span.start),
                Anchor::Missing => "missing".to_string(),
            };
            let modifier = m
                .modifier
                .map(|x| format!(" mod={x:?}"))
                .unwrap_or_default();
            writeln!(
                out,
                "{:>5} {:<32} {:<8} {:<15} {:<16} {}{}",
                m.span.start,
                m.text.replace('\n', " "),
                m.kind.as_str(),
                m.value.to_string(),
                anchor,
                m.rule,
                modifier
            )
            .unwrap();
        }
    }
    out
}

#[test]
fn kremlin_story_timexes() {
    insta::assert_snapshot!(render("kremlin"));
}

#[test]
fn port_strike_story_timexes() {
    insta::assert_snapshot!(render("port-strike"));
}

#[test]
fn scooter_recall_story_timexes() {
    insta::assert_snapshot!(render("scooter-recall"));
}

#[test]
fn wildfire_story_timexes() {
    insta::assert_snapshot!(render("wildfire"));
}
