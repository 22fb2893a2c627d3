//! Evaluation of the temporal tagger against TimeML corpora, TempEval-3 style.
//!
//! A TimeML corpus (TimeBank, AQUAINT, the TempEval-3 sets) gives, for each
//! news document, its creation time (DCT), its text and the temporal
//! expressions a human annotated in it, as TIMEX3 tags with a `type` and a
//! normalised `value`. This module reads such documents, runs a tagger on the
//! raw text with the DCT as anchor, and scores what it found.
//!
//! # Reading
//!
//! [`parse_timeml`] and [`read_timeml`] turn one `.tml` document into a
//! [`TimemlDoc`]: id, DCT, the text of `<TEXT>` with its tags removed and
//! entities decoded, and the gold [`GoldTimex`]es as byte spans into that
//! text. [`parse_cat`] reads the same from a CAT XML document of the
//! NewsReader MEANTIME corpus, rebuilding the text from its tokens.
//! [`read_corpus`] reads a whole folder of either, recording unreadable files
//! instead of stopping at the first.
//!
//! # Scoring
//!
//! The measures are those of TempEval-3 for temporal expressions
//! (UzZaman, Llorens, Derczynski, Allen, Verhagen and Pustejovsky, 2013,
//! "SemEval-2013 Task 1: TempEval-3: Evaluating Time Expressions, Events,
//! and Temporal Relations", *SemEval 2013*, pp. 1–9), micro-averaged over
//! documents:
//!
//! - **Strict match**: a system expression whose span is exactly a gold span.
//! - **Relaxed match**: a system expression whose span overlaps a gold span.
//!   Matching is one to one: identical spans pair first, then each remaining
//!   gold expression, in text order, takes the remaining system expression
//!   that overlaps it most.
//! - Precision is matches over system expressions, recall matches over gold
//!   expressions, F1 their harmonic mean.
//! - **Attribute F1** (value, type): relaxed F1 × the share of relaxed
//!   matches whose attribute equals the gold one. Equivalently, precision
//!   and recall count only the matches with the right attribute. Values are
//!   compared as strings: `1998-01-08` and `1998-01-08T00:00` differ. Value
//!   F1 is the task's headline figure for normalisation (HeidelTime 77.61,
//!   SUTime 67.38 on the TempEval-3 test set).
//!
//! Beyond the task's figures, the [`EvalReport`] splits value accuracy by
//! [`ValueClass`] of the gold expression (absolute, partial, weekday,
//! relative, duration, set), checks the gold weekday values against their
//! own text ([`WeekdayAudit`]: a "Tuesday" dated on a Monday is an
//! annotation error no tagger can match) and lists every value mismatch,
//! miss and false alarm for inspection.
//!
//! # Example
//!
//! Any function from text and DCT to [`TemporalMention`]s can be evaluated;
//! in practice that is [`crate::tag`] or [`crate::temporal::tag_with`] with
//! some configuration. Here a stand-in tagger finds "Friday" and nothing
//! else:
//!
//! ```
//! use std::path::Path;
//! use chrono::{Datelike, NaiveDate};
//! use timeweave::eval::{evaluate_docs, parse_timeml};
//! use timeweave::{Anchor, Span, TemporalMention, TimeValue, TimexType};
//!
//! let tml = r#"<TimeML><DOCID>APW19980807.0261</DOCID>
//! <DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07">1998-08-07</TIMEX3></DCT>
//! <TEXT>Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>
//! after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> of warnings.</TEXT></TimeML>"#;
//! let doc = parse_timeml(tml, Path::new("APW19980807.0261.tml"))?;
//!
//! let tagger = |text: &str, dct: Option<NaiveDate>| -> Vec<TemporalMention> {
//!     let (Some(start), Some(dct)) = (text.find("Friday"), dct) else { return vec![] };
//!     // The most recent Friday on or before the DCT.
//!     let back = (dct.weekday().num_days_from_monday() + 7 - 4) % 7;
//!     vec![TemporalMention {
//!         span: Span::new(start, start + 6),
//!         text: "Friday".into(),
//!         kind: TimexType::Date,
//!         value: TimeValue::Day(dct - chrono::Duration::days(back.into())),
//!         modifier: None,
//!         anchor: Anchor::Publication,
//!         rule: "friday".into(),
//!         note: None,
//!     }]
//! };
//! let report = evaluate_docs(&[doc], tagger);
//! assert_eq!((report.gold, report.system, report.strict.matches), (2, 1, 1));
//! assert_eq!(report.relaxed.recall, 0.5);
//! assert_eq!(report.value.accuracy, 1.0);
//! assert_eq!(format!("{:.4}", report.value.f1), "0.6667");
//! println!("{report}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod audit;
mod cat;
mod class;
mod corpus;
mod error;
mod score;
pub mod timeline;
mod timeml;
mod xml;

use std::path::Path;

use chrono::NaiveDate;

pub use audit::{weekday_contradiction, Contradiction, WeekdayAudit};
pub use cat::parse_cat;
pub use class::ValueClass;
pub use corpus::{read_corpus, Corpus, SkippedFile};
pub use error::EvalError;
pub use score::{
    AttributeScore, ClassScore, EvalReport, FalseAlarm, Miss, SpanScore, SystemTimex, ValueMismatch,
};
pub use timeml::{parse_timeml, read_timeml, GoldTimex, TimemlDoc};

use crate::TemporalMention;

/// Runs `tagger` on the text of each document, with its DCT, and scores the
/// result against the gold annotation.
///
/// Arguments: the documents, and any function from text and DCT to mentions
/// (such as [`crate::tag`]). Returns the report over all documents, in the
/// order given. Complexity: the tagger's time plus O(g·s) per document for g
/// gold and s system expressions.
///
/// See the [module docs](self) for an example.
pub fn evaluate_docs<F>(docs: &[TimemlDoc], tagger: F) -> EvalReport
where
    F: Fn(&str, Option<NaiveDate>) -> Vec<TemporalMention>,
{
    let mut report = EvalReport::new();
    for doc in docs {
        let found: Vec<SystemTimex> = tagger(&doc.text, doc.dct)
            .iter()
            .map(SystemTimex::from)
            .collect();
        report.add_doc(doc, &found);
    }
    report
}

/// Reads every corpus file under `dir` (`.tml` and MEANTIME `.xml`,
/// recursively, in sorted path order, see [`read_corpus`]) and scores
/// `tagger` on them. Files that cannot be
/// read or parsed are listed in [`EvalReport::skipped_files`] rather than
/// stopping the run.
///
/// ```no_run
/// use std::path::Path;
/// use timeweave::eval::evaluate_dir;
///
/// let report = evaluate_dir(Path::new("data/tbaq"), timeweave::tag)?;
/// println!("{report}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// Only when `dir` itself cannot be read (see [`read_corpus`]).
pub fn evaluate_dir<F>(dir: &Path, tagger: F) -> Result<EvalReport, EvalError>
where
    F: Fn(&str, Option<NaiveDate>) -> Vec<TemporalMention>,
{
    let corpus = read_corpus(dir)?;
    let mut report = evaluate_docs(&corpus.docs, tagger);
    report.skipped_files = corpus.skipped;
    Ok(report)
}
