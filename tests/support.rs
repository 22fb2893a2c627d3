//! What the table-driven runners share: how a mention is described and how
//! passes and failures are tallied per file and reported once.

use std::collections::BTreeMap;
use std::fmt::Write;

use timeweave::temporal::Modifier;
use timeweave::TemporalMention;

/// The TIMEX3 name of a modifier (`MORE_THAN`), as the crate serialises it.
pub fn modifier_name(modifier: Modifier) -> String {
    serde_json::to_value(modifier)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| format!("{modifier:?}"))
}

/// `"late Tuesday" DATE 2025-12-02 mod=END`.
pub fn describe_found(m: &TemporalMention) -> String {
    let mut s = format!("{:?} {} {}", m.text, m.kind.as_str(), m.value);
    if let Some(modifier) = m.modifier {
        let _ = write!(s, " mod={}", modifier_name(modifier));
    }
    s
}

/// Passes and failures per file, and the failure reports.
#[derive(Default)]
pub struct Tally {
    files: BTreeMap<String, (usize, usize)>,
    /// The reports of every failure, in the order they happened.
    pub failures: String,
}

impl Tally {
    /// Counts a pass for `file`.
    pub fn pass(&mut self, file: &str) {
        self.files.entry(file.to_owned()).or_default().0 += 1;
    }

    /// Counts a failure for `file`.
    pub fn fail(&mut self, file: &str) {
        self.files.entry(file.to_owned()).or_default().1 += 1;
    }

    /// Prints a line when everything passed; otherwise panics once with every
    /// failure, the count per file and the totals. `what` names the items
    /// ("cases"), `label` the table.
    pub fn finish(self, label: &str, what: &str) {
        let passed: usize = self.files.values().map(|t| t.0).sum();
        let failed: usize = self.files.values().map(|t| t.1).sum();
        if failed == 0 {
            println!("{label}: all {passed} {what} passed");
            return;
        }
        let mut summary = String::new();
        for (file, (p, f)) in &self.files {
            let _ = writeln!(summary, "    {file:<34} {p:>4} passed {f:>4} failed");
        }
        panic!(
            "{label}: {failed} of {} {what} failed, {passed} passed\n{}\nper file:\n{summary}\n{failed} failed, {passed} passed",
            passed + failed,
            self.failures
        );
    }
}
