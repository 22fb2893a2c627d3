//! Invariants that must hold for any input.

use chrono::NaiveDate;
use proptest::prelude::*;
use timeweave::segment::{segment, tokenize};
use timeweave::temporal::tag;
use timeweave::TimeValue;

/// Text that looks enough like news to exercise the recogniser: temporal
/// words, numbers, punctuation, typography and arbitrary unicode.
fn newsish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "Tuesday",
        "late",
        "evening",
        "Dec",
        ".",
        "2",
        ",",
        "2025",
        "last",
        "week",
        "the",
        "next",
        "day",
        "five",
        "-",
        "\u{2011}",
        "hour",
        "over",
        "four",
        "hours",
        "nearly",
        "year",
        "ago",
        "every",
        "Monday",
        "will",
        "met",
        "on",
        "in",
        "November",
        "28",
        "'",
        "90s",
        "1990s",
        "today",
        "tonight",
        "3",
        ":",
        "45",
        "p.m.",
        "Q3",
        "the",
        "weekend",
        "“",
        "”",
        "\u{a0}",
        "\u{2013}",
        "February",
        "29",
        "30",
        "99999",
        "0",
        "é",
        "日本",
        "\n",
        "\n\n",
        " ",
        "U.S.",
        "Mr.",
        "a",
        "half",
        "and",
        "Christmas",
        "New",
        "Year",
        "s",
        "Day",
        "earlier",
        "that",
        "mid",
    ]);
    prop_oneof![
        prop::collection::vec(atoms.clone(), 0..40).prop_map(|v| v.join(" ")),
        prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat()),
        any::<String>(),
    ]
}

fn dates() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        (1i32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        Just(NaiveDate::from_ymd_opt(2024, 2, 29)),
        Just(NaiveDate::from_ymd_opt(2020, 12, 31)),
        Just(NaiveDate::MIN.succ_opt()),
        Just(NaiveDate::MAX.pred_opt()),
        Just(Some(NaiveDate::MAX)),
        Just(Some(NaiveDate::MIN)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        // The same cases on every run and machine: CI is reproducible. (Run
        // with a larger `cases` locally to explore; 30,000 cases pass.)
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x7157_2025),
        ..ProptestConfig::default()
    })]

    #[test]
    fn mentions_are_in_bounds_on_char_boundaries_and_ordered(text in newsish(), dct in dates()) {
        let found = tag(&text, dct);
        let mut last_end = 0;
        for m in &found {
            prop_assert!(m.span.start < m.span.end);
            prop_assert!(m.span.start >= last_end, "mentions overlap or are out of order");
            prop_assert_eq!(text.get(m.span.start..m.span.end), Some(m.text.as_str()));
            last_end = m.span.end;
            // Every value prints as TIMEX3 and parses back to itself.
            let printed = m.value.to_string();
            let parsed: TimeValue = printed.parse().map_err(|e| TestCaseError::fail(format!("{e}")))?;
            prop_assert_eq!(parsed, m.value.clone());
        }
    }

    /// Extraction makes the copy sketch from its tokens: it must be the
    /// sketch of the text, whatever the script and case ("ΟΔΟΣ" lower-cases
    /// to "οδος" with a final sigma, "İ" to two characters).
    #[test]
    fn the_extraction_sketch_is_the_sketch_of_the_text(
        text in prop_oneof![
            newsish(),
            any::<String>(),
            "[a-zA-Z0-9 ΣσςİıǅÅé\u{0301}\u{2019}\u{2013}\u{00A0}.,'-]{0,80}",
        ]
    ) {
        let article = timeweave::Article::new("a", text.as_str());
        prop_assert_eq!(
            timeweave::extract::Extracted::of(&article).sketch,
            timeweave::merge::Sketch::of(&text)
        );
    }

    #[test]
    fn tokens_and_sentences_cover_the_text_in_order(text in newsish()) {
        let tokens = tokenize(&text);
        let mut last = 0;
        for t in &tokens {
            prop_assert!(t.span.start >= last);
            prop_assert!(text.get(t.span.start..t.span.end).is_some());
            last = t.span.end;
        }
        let mut last = 0;
        for s in segment(&text) {
            prop_assert!(s.span.start >= last && s.span.end > s.span.start);
            prop_assert!(text.get(s.span.start..s.span.end).is_some());
            last = s.span.end;
        }
    }

    #[test]
    fn tagging_is_deterministic(text in newsish(), dct in dates()) {
        prop_assert_eq!(tag(&text, dct), tag(&text, dct));
    }
}

/// Found by the property test above: the weekend after the last day chrono
/// can name printed a value that did not parse.
#[test]
fn relative_values_at_the_end_of_the_calendar_are_unanchored_not_invalid() {
    for dct in [NaiveDate::MAX, NaiveDate::MIN] {
        for text in [
            "the weekend will",
            "next week",
            "tomorrow",
            "next year",
            "last month",
        ] {
            for m in tag(text, Some(dct)) {
                let printed = m.value.to_string();
                assert!(
                    printed.parse::<TimeValue>().is_ok(),
                    "{text} at {dct}: {printed}"
                );
            }
        }
    }
}

#[test]
fn without_a_publication_date_relative_expressions_stay_unanchored() {
    let found = tag(
        "They met on Tuesday and will meet again next week. On Dec. 2, 2025 it rained.",
        None,
    );
    let values: Vec<String> = found.iter().map(|m| m.value.to_string()).collect();
    assert_eq!(values, ["XXXX-WXX-2", "XXXX-WXX", "2025-12-02"]);
    assert_eq!(found[0].anchor, timeweave::Anchor::Missing);
    assert!(found[0].note.is_some());
}

#[test]
fn a_leap_day_in_a_common_year_is_unanchored_and_reads_back() {
    // Found by fuzzing: "Feb 29 2025" was written `2025-02-29`, a value no
    // TIMEX3 reader (ours included) parses.
    let found = tag("Talks on Feb 29 2025 and on February 29, 2024.", None);
    let values: Vec<String> = found.iter().map(|m| m.value.to_string()).collect();
    assert_eq!(values, ["XXXX-02-29", "2024-02-29"]);
    assert!(found[0].note.as_deref().unwrap_or("").contains("2025"));
    for m in &found {
        let back: TimeValue = m.value.to_string().parse().expect("the value reads back");
        assert_eq!(back, m.value);
    }
}

#[test]
fn impossible_dates_are_reported_not_invented() {
    let dct = NaiveDate::from_ymd_opt(2025, 3, 1);
    let found = tag(
        "The vote on February 30, 2025 was cancelled. In 99999 nothing happened.",
        dct,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].text, "February 30, 2025");
    assert_eq!(found[0].value.to_string(), "XXXX-XX-XX");
    assert!(found[0].note.as_deref().unwrap_or("").contains("no day 30"));
}
