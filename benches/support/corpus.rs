//! A deterministic news-like corpus for the benches: our own sentences, with
//! dates, weekdays, durations and plenty of words that are not temporal, so
//! the tagger is measured on the mix it sees in real articles.

/// Sentence templates; `{}` slots are filled from the tables below.
const TEMPLATES: &[&str] = &[
    "The envoy met the president at the palace on {WD}, officials said, in talks that lasted {DUR}.",
    "Negotiators from both sides are scheduled to meet again in Geneva on {WD} to discuss the draft.",
    "On {DATE}, the ministry published a statement rejecting the proposal as “unacceptable”.",
    "The chief of staff resigned on {MD} after investigators searched his apartment in the capital.",
    "Analysts said the market fell sharply last week, and the currency lost ground {REL}.",
    "A spokesman told reporters that the U.S. delegation would return {REL} for a second round.",
    "Mr. Alvarez, who has led the agency for {DUR}, said the review would finish by {MD}.",
    "Shares of the company rose 4.5 percent in early trading, while bond yields held steady.",
    "The committee, which meets every week, postponed its vote until {WD} evening.",
    "Residents of Hallandale Beach, Fla., said the storm knocked out power for {DUR}.",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const DATES: &[&str] = &[
    "Dec. 2, 2025",
    "November 30, 2025",
    "2 December 2025",
    "2025-11-28",
    "Sunday, Nov. 30, 2025",
];
const MONTH_DAYS: &[&str] = &["November 28", "Dec. 4", "Sept. 5", "January 12", "March 3"];
const RELATIVE: &[&str] = &[
    "today",
    "yesterday",
    "last month",
    "the next day",
    "earlier that week",
    "three days ago",
    "next year",
];
const DURATIONS: &[&str] = &[
    "five hours",
    "more than four hours",
    "nearly four years",
    "a decade",
    "90 minutes",
];

/// How many temporal expressions each template yields (slots plus fixed ones).
const EXPECTED: &[usize] = &[2, 1, 1, 1, 2, 1, 2, 0, 2, 1];

/// Builds a corpus of at least `bytes` bytes, in paragraphs of five
/// sentences; returns it with the number of temporal expressions in it.
#[allow(dead_code)]
pub fn build(bytes: usize) -> (String, usize) {
    let (text, expected, _) = build_from(0, bytes, false);
    (text, expected)
}

/// How many event mentions each template yields: a trigger whose actor
/// ("the ministry", "officials", "investigators", "the committee, which
/// meets") or place ("in Geneva") the extractor recognises. The envoy, the
/// chief of staff and the spokesman are nobody in particular, so their own
/// events give none; the delegation's return and the round of talks it
/// returns for are two.
const EXPECTED_EVENTS: &[usize] = &[1, 1, 1, 1, 0, 2, 0, 0, 1, 0];

/// Sentences about named people, for the multi-article story: `{P1}`,
/// `{P2}` people, `{CITY}` a place, with the slots above.
const STORY: &[&str] = &[
    "{P1} met {P2} in {CITY} on {WD}, according to two officials.",
    "{P2} said on {WD} that the talks with {P1} had been “useful but hard”.",
    "{P1} resigned on {MD}, a week after the inquiry opened.",
];
/// Event mentions of each story sentence (the statement and the talks it
/// speaks of are two), and its temporal expressions.
const STORY_EVENTS: &[usize] = &[1, 2, 1];
const STORY_TIMEXES: &[usize] = &[1, 1, 2];
const PEOPLE: &[&str] = &[
    "Anna Berg",
    "Tomas Vale",
    "Lena Okafor",
    "Marek Sousa",
    "Ines Halloran",
    "Pavel Dunmore",
    "Keiko Brandt",
    "Omar Lindqvist",
];
const CITIES: &[&str] = &["Oslo", "Lisbon", "Nairobi", "Quito", "Hanoi"];

/// Like [`build`], starting at the `first` sentence of the template cycle,
/// with a sentence about named people after every second one when `story`
/// is set; also returns the number of event mentions in it.
pub fn build_from(first: usize, bytes: usize, story: bool) -> (String, usize, usize) {
    let mut out = String::with_capacity(bytes + 512);
    let mut expected = 0;
    let mut events = 0;
    let mut n: usize = first;
    while out.len() < bytes {
        if story && n % 2 == 1 {
            let k = n / 2;
            let t = k % STORY.len();
            let s = STORY[t]
                .replace("{P1}", PEOPLE[k % PEOPLE.len()])
                .replace("{P2}", PEOPLE[(k * 3 + 1) % PEOPLE.len()])
                .replace("{CITY}", CITIES[k % CITIES.len()])
                .replace("{WD}", WEEKDAYS[k % WEEKDAYS.len()])
                .replace("{MD}", MONTH_DAYS[k % MONTH_DAYS.len()]);
            out.push_str(&s);
            out.push(' ');
            expected += STORY_TIMEXES[t];
            events += STORY_EVENTS[t];
        }
        let t = n % TEMPLATES.len();
        let k = n / TEMPLATES.len();
        let s = TEMPLATES[t]
            .replace("{WD}", WEEKDAYS[k % WEEKDAYS.len()])
            .replace("{DATE}", DATES[k % DATES.len()])
            .replace("{MD}", MONTH_DAYS[k % MONTH_DAYS.len()])
            .replace("{REL}", RELATIVE[k % RELATIVE.len()])
            .replace("{DUR}", DURATIONS[k % DURATIONS.len()]);
        out.push_str(&s);
        expected += EXPECTED[t];
        events += EXPECTED_EVENTS[t];
        n += 1;
        out.push_str(if (n - first) % 5 == 0 { "\n\n" } else { " " });
    }
    (out, expected, events)
}

/// A story told by `count` articles of about `bytes` bytes each: each
/// starts elsewhere in the sentence cycle, comes from one of seven outlets
/// and was published on one of five days. Returns the articles with the
/// number of event mentions in them.
#[allow(dead_code)]
pub fn articles(count: usize, bytes: usize) -> (Vec<timeweave::Article>, usize) {
    let start = chrono::NaiveDate::from_ymd_opt(2025, 12, 1).expect("constant date");
    let mut events = 0;
    let articles = (0..count)
        .map(|i| {
            let (text, _, found) = build_from(i * 37, bytes, true);
            events += found;
            timeweave::Article::new(format!("story{i:04}"), text)
                .with_source(format!("outlet{}", i % 7))
                .with_published(start + chrono::Duration::days((i % 5) as i64))
        })
        .collect();
    (articles, events)
}
