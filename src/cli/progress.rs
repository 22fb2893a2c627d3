//! A progress line on standard error for long runs: items done, items per
//! second, what was found so far. Drawn only when standard error is a
//! terminal and `--quiet` is not given, at most four times a second.

use std::io::{self, IsTerminal, Write};
use std::time::{Duration, Instant};

/// How often the line is redrawn at most.
const EVERY: Duration = Duration::from_millis(250);

/// The progress of one run.
pub struct Progress {
    shown: bool,
    /// What the count of findings is of ("events", "timexes").
    found_label: &'static str,
    start: Instant,
    last: Option<Instant>,
    done: usize,
    found: usize,
    /// A line is on screen and must be cleared before other output.
    drawn: bool,
}

impl Progress {
    /// A progress line counting articles and `found_label` (hidden when
    /// `quiet` or when standard error is not a terminal).
    pub fn new(quiet: bool, found_label: &'static str) -> Self {
        Progress {
            shown: !quiet && io::stderr().is_terminal(),
            found_label,
            start: Instant::now(),
            last: None,
            done: 0,
            found: 0,
            drawn: false,
        }
    }

    /// Counts one more article and what was found in it.
    pub fn advance(&mut self, found: usize) {
        self.done += 1;
        self.found += found;
        if !self.shown {
            return;
        }
        let now = Instant::now();
        if self.last.is_some_and(|t| now.duration_since(t) < EVERY) {
            return;
        }
        self.last = Some(now);
        let secs = now.duration_since(self.start).as_secs_f64();
        let rate = if secs > 0.0 {
            self.done as f64 / secs
        } else {
            0.0
        };
        let mut err = io::stderr().lock();
        // Progress is best effort: a closed standard error is not a failure.
        let _ = write!(
            err,
            "\r\x1b[K{} articles, {rate:.0} articles/s, {} {}",
            self.done, self.found, self.found_label
        );
        let _ = err.flush();
        self.drawn = true;
    }

    /// Prints a message on its own line on standard error (clearing the
    /// progress line first).
    pub fn say(&mut self, message: impl std::fmt::Display) {
        self.clear();
        eprintln!("{message}");
    }

    /// Removes the progress line, if one is drawn.
    pub fn clear(&mut self) {
        if self.drawn {
            let mut err = io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
            self.drawn = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
