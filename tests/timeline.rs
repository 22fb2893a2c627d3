//! Timelines of whole fixture stories: snapshots of the text rendering,
//! byte-identical JSON whatever the input order, and the JSON schema users
//! depend on.

use std::path::Path;

use timeweave::article::load_path;
use timeweave::render::{to_dot, to_json, to_text};
use timeweave::{build_timeline, Article};

/// Every fixture story.
const STORIES: [&str; 5] = [
    "kremlin",
    "port-strike",
    "scooter-recall",
    "wildfire",
    "cycle",
];

fn story(name: &str) -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let loaded = load_path(&dir);
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.articles
}

#[test]
fn kremlin_timeline() {
    insta::assert_snapshot!(to_text(&build_timeline(&story("kremlin"))));
}

#[test]
fn port_strike_timeline() {
    insta::assert_snapshot!(to_text(&build_timeline(&story("port-strike"))));
}

#[test]
fn scooter_recall_timeline() {
    insta::assert_snapshot!(to_text(&build_timeline(&story("scooter-recall"))));
}

#[test]
fn wildfire_timeline() {
    insta::assert_snapshot!(to_text(&build_timeline(&story("wildfire"))));
}

#[test]
fn cycle_timeline() {
    insta::assert_snapshot!(to_text(&build_timeline(&story("cycle"))));
}

#[test]
fn same_input_in_any_order_gives_the_same_bytes() {
    for name in STORIES {
        let articles = story(name);
        let expected = to_json(&build_timeline(&articles));
        let mut reversed = articles.clone();
        reversed.reverse();
        assert_eq!(
            to_json(&build_timeline(&reversed)),
            expected,
            "{name}: reversed input"
        );
        let mut rotated = articles.clone();
        rotated.rotate_left(2);
        assert_eq!(
            to_json(&build_timeline(&rotated)),
            expected,
            "{name}: rotated input"
        );
        assert_eq!(
            to_dot(&build_timeline(&rotated)),
            to_dot(&build_timeline(&articles))
        );
    }
}

#[test]
fn json_has_the_public_schema() {
    let articles = story("kremlin");
    let t = build_timeline(&articles);
    let v: serde_json::Value = serde_json::from_str(&to_json(&t)).expect("valid JSON");
    for a in v["articles"].as_array().expect("articles") {
        assert!(a["id"].is_string() && a.get("source").is_some() && a.get("published").is_some());
    }
    let events = v["events"].as_array().expect("events");
    assert!(!events.is_empty());
    let texts: std::collections::BTreeMap<String, String> = articles
        .iter()
        .map(|a| (a.id.clone(), a.text.clone()))
        .collect();
    let mut last_start: Option<chrono::NaiveDate> = None;
    for e in events {
        for key in [
            "id", "date", "status", "summary", "actors", "places", "mentions",
        ] {
            assert!(e.get(key).is_some(), "event lacks {key}: {e}");
        }
        if let Some(d) = e["date"].as_str() {
            // Events come in timeline order: by the first day of their date.
            let v: timeweave::TimeValue = d.parse().expect("a TIMEX3 value");
            let start = v.interval().map(|x| x.0);
            assert!(start >= last_start, "{d} comes after {last_start:?}");
            last_start = start;
        }
        for m in e["mentions"].as_array().expect("mentions") {
            let text = &texts[m["article"].as_str().expect("article")];
            let (s, en) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text[s..en],
                m["text"].as_str().unwrap(),
                "trigger span points into the article"
            );
            assert!(m["sentence"].is_u64());
            assert!(m.get("date").is_some() && m.get("date_text").is_some());
        }
    }
    for r in v["relations"].as_array().expect("relations") {
        assert!(matches!(
            r["kind"].as_str(),
            Some("before" | "simultaneous" | "includes" | "conflict")
        ));
    }
    for c in v["conflicts"].as_array().expect("conflicts") {
        assert!(matches!(
            c["kind"].as_str(),
            Some("date" | "duration" | "place" | "order")
        ));
        for cl in c["claims"].as_array().expect("claims") {
            assert!(cl["value"].is_string() && cl["articles"].is_array());
        }
    }
}

#[test]
fn the_kremlin_meeting_is_one_event_reported_by_every_article() {
    let t = build_timeline(&story("kremlin"));
    let meetings: Vec<_> = t
        .for_entity("Putin")
        .into_iter()
        .filter(|e| e.event.class == timeweave::extract::EventClass::Meeting)
        .filter(|e| {
            e.event
                .date
                .as_ref()
                .is_some_and(|d| d.to_string() == "2025-12-02")
        })
        .collect();
    assert_eq!(meetings.len(), 1, "{}", to_text(&t));
    let articles: std::collections::BTreeSet<&str> = meetings[0]
        .event
        .mentions
        .iter()
        .map(|m| m.article.as_str())
        .collect();
    assert!(articles.len() >= 4, "{articles:?}");
}

#[test]
fn two_articles_disagreeing_on_a_date_make_a_date_conflict() {
    use chrono::NaiveDate;
    let d = |day| NaiveDate::from_ymd_opt(2025, 12, day).expect("valid");
    let a = Article::new("wire", "Steve Witkoff and Jared Kushner met Vladimir Putin at the Kremlin on Tuesday. The meeting lasted more than four hours.")
        .with_published(d(3));
    let b = Article::new("regional", "Vladimir Putin met Steve Witkoff and Jared Kushner at the Kremlin on December 3 for five hours.")
        .with_published(d(4));
    let t = build_timeline(&[a, b]);
    let kinds: Vec<&str> = t.conflicts().iter().map(|c| c.kind.as_str()).collect();
    assert!(kinds.contains(&"date"), "{}", to_text(&t));
    let date = t
        .conflicts()
        .iter()
        .find(|c| c.kind == "date")
        .expect("date conflict");
    let values: Vec<&str> = date.claims.iter().map(|c| c.value.as_str()).collect();
    assert!(
        values.contains(&"2025-12-02") && values.contains(&"2025-12-03"),
        "{values:?}"
    );
    // "lasted more than four hours" in the next sentence is the same meeting's.
    let duration = t
        .conflicts()
        .iter()
        .find(|c| c.kind == "duration")
        .expect("duration conflict");
    let values: Vec<&str> = duration.claims.iter().map(|c| c.value.as_str()).collect();
    assert_eq!(values.len(), 2, "{values:?}");
    assert!(
        values.contains(&"PT4H") && values.contains(&"PT5H"),
        "{values:?}"
    );
    assert_eq!(t.entries().count(), 1, "{}", to_text(&t));
}

#[test]
fn contradictory_orders_are_reported_as_an_order_conflict() {
    let t = build_timeline(&story("cycle"));
    let order: Vec<_> = t.conflicts().iter().filter(|c| c.kind == "order").collect();
    assert_eq!(order.len(), 1, "{}", to_text(&t));
    let c = order[0];
    assert_eq!(c.events.len(), 2);
    let claimed_by: std::collections::BTreeSet<&str> = c
        .claims
        .iter()
        .flat_map(|cl| cl.articles.iter().map(String::as_str))
        .collect();
    assert!(claimed_by.contains("marlow-metro-radio"), "{claimed_by:?}");
    assert!(claimed_by.contains("marlow-gazette"), "{claimed_by:?}");
    // The cycle is kept in the graph as conflict edges, not silently broken.
    let conflict_edges = t
        .relations()
        .into_iter()
        .filter(|(_, _, r)| r.kind() == "conflict")
        .count();
    assert!(conflict_edges >= 1);
}

/// The same bytes with one worker thread and with several.
#[cfg(feature = "parallel")]
#[test]
fn same_output_whatever_the_number_of_threads() {
    let articles: Vec<Article> = ["kremlin", "port-strike", "cycle"]
        .iter()
        .flat_map(|s| story(s))
        .collect();
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("a thread pool");
        pool.install(|| to_json(&build_timeline(&articles)))
    };
    let one = run(1);
    assert_eq!(run(2), one);
    assert_eq!(run(4), one);
}

/// The conflicts each fixture story's EXPECTED.md lists, with both sides'
/// values: the disagreements a fact-checker opens the timeline for.
#[test]
fn every_story_shows_the_conflicts_its_sources_contain() {
    let expected: &[(&str, &str, &[&str])] = &[
        ("kremlin", "date", &["2025-12-02", "2025-12-03"]),
        ("kremlin", "duration", &["PT4H", "PT5H"]),
        ("wildfire", "date", &["2023-07-15", "2023-07-16"]),
        ("wildfire", "place", &["Geneva", "Lyon"]),
        ("port-strike", "date", &["2025-12-29", "2025-12-30"]),
        ("port-strike", "duration", &["PT3H", "PT5H"]),
        (
            "port-strike",
            "count",
            &["1,400 dockworkers", "1,700 dockworkers"],
        ),
        ("scooter-recall", "date", &["2024-02-27", "2024-02-28"]),
        ("scooter-recall", "place", &["Amsterdam", "Utrecht"]),
    ];
    for (name, kind, values) in expected {
        let t = build_timeline(&story(name));
        let found = t.conflicts().iter().any(|c| {
            c.kind == *kind
                && values
                    .iter()
                    .all(|v| c.claims.iter().any(|claim| claim.value == *v))
        });
        assert!(
            found,
            "{name}: no {kind} conflict {values:?}\n{}",
            to_text(&t)
        );
    }
}

/// Two outlets' reports of one walkout, each giving its own head count.
fn walkout(first: &str, second: &str) -> Vec<Article> {
    let d = chrono::NaiveDate::from_ymd_opt(2025, 3, 4).expect("date");
    vec![
        Article::new(
            "north",
            format!("{first} bus drivers walked out in Tallinn on Monday, the union said."),
        )
        .with_source("North Courier")
        .with_published(d),
        Article::new(
            "south",
            format!("In Tallinn, {second} bus drivers walked out on Monday, police said."),
        )
        .with_source("South Gazette")
        .with_published(d),
    ]
}

#[test]
fn different_head_counts_from_two_sources_are_a_count_conflict() {
    let count_conflicts = |a: &str, b: &str| {
        let t = build_timeline(&walkout(a, b));
        t.conflicts()
            .iter()
            .filter(|c| c.kind == "count")
            .map(|c| {
                let mut v: Vec<String> = c.claims.iter().map(|x| x.value.clone()).collect();
                v.sort();
                v
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        count_conflicts("About 1,400", "about 1,700"),
        [["1,400 drivers", "1,700 drivers"]]
    );
    assert_eq!(
        count_conflicts("Exactly 212", "213"),
        [["212 drivers", "213 drivers"]]
    );
    // A hedged number allows a tenth either way.
    assert!(count_conflicts("About 1,400", "1,450").is_empty());
    assert!(count_conflicts("1,400", "1,400").is_empty());
}

#[test]
fn the_json_text_is_the_json_value_written_out() {
    // `to_json` writes its structs directly; `to_json_value` goes through
    // maps that sort their keys. The two agree only while every object's
    // fields are declared in key order.
    for name in STORIES {
        let t = build_timeline(&story(name));
        let via_value =
            serde_json::to_string_pretty(&timeweave::render::to_json_value(&t)).expect("JSON");
        assert_eq!(to_json(&t), via_value, "{name}");
    }
}

/// A strike mention of `article` on 2025-03-03 naming `actors` (none: "the
/// strike").
fn strike(article: &str, actors: &[&str]) -> timeweave::extract::EventMention {
    use timeweave::extract::{EventClass, EventMention, EventStatus, EventTime, TimeSource};
    EventMention {
        article: article.into(),
        sentence: 0,
        sentence_span: timeweave::Span::new(0, 40),
        trigger_span: timeweave::Span::new(10, 16),
        trigger: "strike".into(),
        lemma: "strike".into(),
        class: EventClass::Other,
        actors: actors.iter().map(|a| a.to_string()).collect(),
        places: Vec::new(),
        time: EventTime {
            value: "2025-03-03".parse().expect("a day"),
            text: Some("on Monday".into()),
            span: Some(timeweave::Span::new(20, 29)),
            source: TimeSource::Clause,
        },
        status: EventStatus::Occurred,
        duration: None,
        counts: Vec::new(),
        quotes: Vec::new(),
        after: Vec::new(),
    }
}

#[test]
fn a_nameless_mention_joins_the_named_event_of_its_kind_and_named_ones_need_a_shared_name() {
    use std::collections::BTreeMap;
    use timeweave::merge::{merge, MergeConfig};
    let events_of = |mentions: Vec<timeweave::extract::EventMention>| {
        let mut events: Vec<Vec<String>> =
            merge(mentions, &BTreeMap::new(), &MergeConfig::default())
                .iter()
                .map(|e| e.mentions.iter().map(|m| m.article.clone()).collect())
                .collect();
        events.sort();
        events
    };
    // "the strike" joins the one named strike of its day, whether its
    // article sorts before or after the named one's.
    for nameless in ["a", "z"] {
        let events = events_of(vec![
            strike("m", &["Harbour Workers' Union"]),
            strike(nameless, &[]),
        ]);
        assert_eq!(events.len(), 1, "{nameless}: {events:?}");
    }
    // Two strikes by different groups on one day are two events.
    let events = events_of(vec![
        strike("m", &["Harbour Workers' Union"]),
        strike("n", &["Bus Drivers' Union"]),
    ]);
    assert_eq!(events, [vec!["m".to_string()], vec!["n".to_string()]]);
}
