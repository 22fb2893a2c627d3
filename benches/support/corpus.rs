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
pub fn build(bytes: usize) -> (String, usize) {
    let mut out = String::with_capacity(bytes + 512);
    let mut expected = 0;
    let mut n: usize = 0;
    while out.len() < bytes {
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
        n += 1;
        out.push_str(if n % 5 == 0 { "\n\n" } else { " " });
    }
    (out, expected)
}
