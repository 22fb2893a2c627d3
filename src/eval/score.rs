//! TempEval-3 scoring of temporal expressions: span match, value and type.
//!
//! See the [module docs](super) for the definitions.

use std::fmt;

use serde::Serialize;

use super::{GoldTimex, SkippedFile, TimemlDoc, ValueClass, WeekdayAudit};
use crate::{Span, TemporalMention, TimexType};

/// A temporal expression found by the system under evaluation: the part of a
/// [`TemporalMention`] that scoring looks at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SystemTimex {
    /// Byte span in the document text.
    pub span: Span,
    /// The text of the span.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value, as it would be written in the `value` attribute.
    pub value: String,
}

impl From<&TemporalMention> for SystemTimex {
    fn from(m: &TemporalMention) -> Self {
        SystemTimex {
            span: m.span,
            text: m.text.clone(),
            kind: m.kind,
            value: m.value.to_string(),
        }
    }
}

/// Precision, recall and F1 of span matching.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct SpanScore {
    /// Matched pairs.
    pub matches: usize,
    /// Matches over system expressions, 0 when there are none.
    pub precision: f64,
    /// Matches over gold expressions, 0 when there are none.
    pub recall: f64,
    /// Harmonic mean of precision and recall, 0 when both are 0.
    pub f1: f64,
}

/// Scores of an attribute (value or type) under TempEval-3's definition.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct AttributeScore {
    /// Relaxed matches whose attribute equals the gold one.
    pub correct: usize,
    /// Correct over relaxed matches, 0 when there are none.
    pub accuracy: f64,
    /// Correct over system expressions: relaxed precision × accuracy.
    pub precision: f64,
    /// Correct over gold expressions: relaxed recall × accuracy.
    pub recall: f64,
    /// Relaxed F1 × accuracy.
    pub f1: f64,
}

/// Value accuracy for one [`ValueClass`] of gold expressions.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ClassScore {
    /// The class.
    pub class: ValueClass,
    /// Gold expressions of the class.
    pub gold: usize,
    /// Of those, how many a system expression matched (relaxed).
    pub matched: usize,
    /// Of the matched, how many got the value exactly right.
    pub correct: usize,
    /// Correct over matched, 0 when none matched.
    pub accuracy: f64,
}

impl ClassScore {
    fn empty(class: ValueClass) -> Self {
        ClassScore {
            class,
            gold: 0,
            matched: 0,
            correct: 0,
            accuracy: 0.0,
        }
    }
}

/// A gold expression the system found with a different value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueMismatch {
    /// Document id.
    pub doc: String,
    /// Gold span.
    pub span: Span,
    /// Gold text.
    pub text: String,
    /// Class of the gold expression.
    pub class: ValueClass,
    /// Gold value.
    pub gold_value: String,
    /// System value.
    pub system_value: String,
    /// Text of the matched system expression (it may differ from the gold
    /// text under relaxed matching).
    pub system_text: String,
}

/// A gold expression no system expression matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miss {
    /// Document id.
    pub doc: String,
    /// Gold span.
    pub span: Span,
    /// Gold text.
    pub text: String,
    /// Gold type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// Gold value.
    pub value: String,
    /// Class of the gold expression.
    pub class: ValueClass,
}

/// A system expression that matches no gold expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FalseAlarm {
    /// Document id.
    pub doc: String,
    /// System span.
    pub span: Span,
    /// System text.
    pub text: String,
    /// System type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// System value.
    pub value: String,
}

/// TempEval-3 figures for temporal expressions, micro-averaged over
/// documents, with the errors behind them.
///
/// Build one with [`EvalReport::new`] and [`add_doc`](EvalReport::add_doc),
/// or let [`evaluate_docs`](super::evaluate_docs) or
/// [`evaluate_dir`](super::evaluate_dir) do it. The figures are recomputed
/// from the counts after every document. `Display` prints a table; the
/// `Serialize` form has every figure and every error.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EvalReport {
    /// Documents scored.
    pub documents: usize,
    /// Gold expressions.
    pub gold: usize,
    /// System expressions.
    pub system: usize,
    /// Exact span match.
    pub strict: SpanScore,
    /// Overlapping span match.
    pub relaxed: SpanScore,
    /// Value (exact string equality) over relaxed matches.
    pub value: AttributeScore,
    /// Type over relaxed matches.
    #[serde(rename = "type")]
    pub kind: AttributeScore,
    /// Value accuracy per class of gold expression, in [`ValueClass::ALL`]
    /// order.
    pub classes: Vec<ClassScore>,
    /// The matched weekday gold values checked against their own text, and
    /// the accuracy on those consistent with it (see [`WeekdayAudit`]).
    pub weekday_audit: WeekdayAudit,
    /// Relaxed matches with a wrong value, in document and text order.
    pub value_mismatches: Vec<ValueMismatch>,
    /// Gold expressions not found, in document and text order.
    pub misses: Vec<Miss>,
    /// System expressions not in the gold, in document and text order.
    pub false_alarms: Vec<FalseAlarm>,
    /// Corpus files that could not be read and were left out.
    pub skipped_files: Vec<SkippedFile>,
}

impl Default for EvalReport {
    fn default() -> Self {
        EvalReport {
            documents: 0,
            gold: 0,
            system: 0,
            strict: SpanScore::default(),
            relaxed: SpanScore::default(),
            value: AttributeScore::default(),
            kind: AttributeScore::default(),
            classes: ValueClass::ALL.map(ClassScore::empty).to_vec(),
            weekday_audit: WeekdayAudit::default(),
            value_mismatches: Vec::new(),
            misses: Vec::new(),
            false_alarms: Vec::new(),
            skipped_files: Vec::new(),
        }
    }
}

impl EvalReport {
    /// An empty report.
    pub fn new() -> Self {
        Self::default()
    }

    /// Scores one document: `system` is what the system found in
    /// `doc.text`, in any order.
    ///
    /// Gold and system expressions are paired one to one: first every pair
    /// with identical spans, then, in text order of the gold expressions,
    /// each remaining gold expression with the remaining system expression
    /// that overlaps it most (the earliest on a tie). Identical spans count
    /// as strict matches, all pairs as relaxed ones.
    ///
    /// Complexity: O(g·s) time for g gold and s system expressions.
    pub fn add_doc(&mut self, doc: &TimemlDoc, system: &[SystemTimex]) {
        let gold_spans: Vec<Span> = doc.gold.iter().map(|g| g.span).collect();
        let system_spans: Vec<Span> = system.iter().map(|s| s.span).collect();
        let pairs = align(&gold_spans, &system_spans);

        self.documents += 1;
        self.gold += doc.gold.len();
        self.system += system.len();
        let classes: Vec<ValueClass> = doc
            .gold
            .iter()
            .map(|g| ValueClass::of(&g.text, g.kind))
            .collect();
        for &class in &classes {
            self.class_mut(class).gold += 1;
        }

        let mut gold_matched = vec![false; doc.gold.len()];
        let mut system_matched = vec![false; system.len()];
        for &(gi, si) in &pairs {
            let (gold, sys) = (&doc.gold[gi], &system[si]);
            gold_matched[gi] = true;
            system_matched[si] = true;
            self.relaxed.matches += 1;
            if gold.span == sys.span {
                self.strict.matches += 1;
            }
            if gold.kind == sys.kind {
                self.kind.correct += 1;
            }
            let class = classes[gi];
            self.class_mut(class).matched += 1;
            if class == ValueClass::Weekday {
                self.weekday_audit
                    .add(&gold.text, &gold.value, &sys.value, doc.dct);
            }
            if gold.value == sys.value {
                self.value.correct += 1;
                self.class_mut(class).correct += 1;
            } else {
                self.value_mismatches.push(mismatch(doc, gold, class, sys));
            }
        }
        for (gi, gold) in doc.gold.iter().enumerate() {
            if !gold_matched[gi] {
                self.misses.push(Miss {
                    doc: doc.id.clone(),
                    span: gold.span,
                    text: gold.text.clone(),
                    kind: gold.kind,
                    value: gold.value.clone(),
                    class: classes[gi],
                });
            }
        }
        let mut alarms: Vec<&SystemTimex> = system
            .iter()
            .zip(&system_matched)
            .filter(|(_, &matched)| !matched)
            .map(|(s, _)| s)
            .collect();
        alarms.sort_by_key(|s| s.span);
        self.false_alarms
            .extend(alarms.into_iter().map(|s| FalseAlarm {
                doc: doc.id.clone(),
                span: s.span,
                text: s.text.clone(),
                kind: s.kind,
                value: s.value.clone(),
            }));
        self.refresh();
    }

    fn class_mut(&mut self, class: ValueClass) -> &mut ClassScore {
        let i = match self.classes.iter().position(|c| c.class == class) {
            Some(i) => i,
            None => {
                // Only if a caller emptied the public field.
                self.classes.push(ClassScore::empty(class));
                self.classes.len() - 1
            }
        };
        &mut self.classes[i]
    }

    /// Recomputes every ratio from the counts.
    fn refresh(&mut self) {
        let (gold, system) = (self.gold, self.system);
        for span in [&mut self.strict, &mut self.relaxed] {
            span.precision = ratio(span.matches, system);
            span.recall = ratio(span.matches, gold);
            span.f1 = f1(span.precision, span.recall);
        }
        let relaxed = self.relaxed;
        for attribute in [&mut self.value, &mut self.kind] {
            attribute.accuracy = ratio(attribute.correct, relaxed.matches);
            attribute.precision = ratio(attribute.correct, system);
            attribute.recall = ratio(attribute.correct, gold);
            attribute.f1 = relaxed.f1 * attribute.accuracy;
        }
        for class in &mut self.classes {
            class.accuracy = ratio(class.correct, class.matched);
        }
    }
}

fn mismatch(
    doc: &TimemlDoc,
    gold: &GoldTimex,
    class: ValueClass,
    sys: &SystemTimex,
) -> ValueMismatch {
    ValueMismatch {
        doc: doc.id.clone(),
        span: gold.span,
        text: gold.text.clone(),
        class,
        gold_value: gold.value.clone(),
        system_value: sys.value.clone(),
        system_text: sys.text.clone(),
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// One-to-one pairs `(gold index, system index)`, sorted by gold index:
/// identical spans first, then greedy largest overlap in gold text order.
fn align(gold: &[Span], system: &[Span]) -> Vec<(usize, usize)> {
    let mut gold_order: Vec<usize> = (0..gold.len()).collect();
    gold_order.sort_by_key(|&i| (gold[i], i));
    let mut system_order: Vec<usize> = (0..system.len()).collect();
    system_order.sort_by_key(|&i| (system[i], i));

    let mut gold_free = vec![true; gold.len()];
    let mut system_free = vec![true; system.len()];
    let mut pairs = Vec::new();
    for &gi in &gold_order {
        let exact = system_order
            .iter()
            .copied()
            .find(|&si| system_free[si] && system[si] == gold[gi] && !gold[gi].is_empty());
        if let Some(si) = exact {
            gold_free[gi] = false;
            system_free[si] = false;
            pairs.push((gi, si));
        }
    }
    for &gi in &gold_order {
        if !gold_free[gi] {
            continue;
        }
        let mut best: Option<(usize, usize)> = None;
        for &si in &system_order {
            let shared = overlap(gold[gi], system[si]);
            if system_free[si] && shared > 0 && best.is_none_or(|(_, most)| shared > most) {
                best = Some((si, shared));
            }
        }
        if let Some((si, _)) = best {
            gold_free[gi] = false;
            system_free[si] = false;
            pairs.push((gi, si));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// A ratio printed as a percentage in a table column.
struct Percent(f64);

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:>9.2}", self.0 * 100.0)
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "TempEval-3 temporal expressions: {} documents, {} gold, {} system",
            self.documents, self.gold, self.system
        )?;
        writeln!(f)?;
        writeln!(f, "{:<10}{:>9}{:>9}{:>9}{:>9}", "", "P", "R", "F1", "count")?;
        for (name, s) in [("strict", &self.strict), ("relaxed", &self.relaxed)] {
            let (p, r, f1) = (Percent(s.precision), Percent(s.recall), Percent(s.f1));
            writeln!(f, "{name:<10}{p}{r}{f1}{:>9}", s.matches)?;
        }
        for (name, a) in [("value", &self.value), ("type", &self.kind)] {
            let (p, r, f1) = (Percent(a.precision), Percent(a.recall), Percent(a.f1));
            let accuracy = a.accuracy * 100.0;
            writeln!(
                f,
                "{name:<10}{p}{r}{f1}{:>9}  (accuracy {accuracy:.2}% of relaxed matches)",
                a.correct
            )?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "{:<10}{:>9}{:>9}{:>9}{:>10}",
            "class", "gold", "matched", "correct", "accuracy"
        )?;
        let total = self.classes.iter().fold((0, 0, 0), |(g, m, c), s| {
            (g + s.gold, m + s.matched, c + s.correct)
        });
        let rows = self
            .classes
            .iter()
            .map(|c| (c.class.as_str(), c.gold, c.matched, c.correct))
            .chain([("all", total.0, total.1, total.2)]);
        for (name, gold, matched, correct) in rows {
            let accuracy = if matched == 0 {
                format!("{:>10}", "-")
            } else {
                format!("{:>9.2}%", ratio(correct, matched) * 100.0)
            };
            writeln!(f, "{name:<10}{gold:>9}{matched:>9}{correct:>9}{accuracy}")?;
        }
        let a = &self.weekday_audit;
        if a.other_weekday + a.beyond_a_week > 0 {
            writeln!(
                f,
                "weekday gold on another day of the week than named: {}; bare weekday gold \
                 neither the latest nor the next such day from the DCT: {}",
                a.other_weekday, a.beyond_a_week
            )?;
            writeln!(
                f,
                "weekday without them: {} matched, {} correct ({:.2}%), {} on the right day \
                 ({:.2}%)",
                a.consistent,
                a.correct,
                ratio(a.correct, a.consistent) * 100.0,
                a.day_correct,
                ratio(a.day_correct, a.consistent) * 100.0
            )?;
        }
        writeln!(f)?;
        write!(
            f,
            "{} value mismatches, {} misses, {} false alarms, {} skipped files",
            self.value_mismatches.len(),
            self.misses.len(),
            self.false_alarms.len(),
            self.skipped_files.len()
        )
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn gold(start: usize, end: usize, text: &str, kind: TimexType, value: &str) -> GoldTimex {
        GoldTimex {
            tid: String::new(),
            span: Span::new(start, end),
            text: text.into(),
            kind,
            value: value.into(),
            modifier: None,
        }
    }

    fn system(start: usize, end: usize, text: &str, kind: TimexType, value: &str) -> SystemTimex {
        SystemTimex {
            span: Span::new(start, end),
            text: text.into(),
            kind,
            value: value.into(),
        }
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn alignment_prefers_exact_then_largest_overlap_one_to_one() {
        let s = Span::new;
        // Gold 0 overlaps both system 0 (by 2) and system 1 (by 5): takes 1.
        assert_eq!(align(&[s(0, 10)], &[s(0, 2), s(4, 9)]), [(0, 1)]);
        // The exact pair for gold 1 is made before gold 0 can grab system 0.
        assert_eq!(
            align(&[s(0, 10), s(5, 12)], &[s(5, 12), s(0, 3)]),
            [(0, 1), (1, 0)]
        );
        // One system expression covering two gold ones matches only the first.
        assert_eq!(align(&[s(0, 4), s(5, 9)], &[s(0, 9)]), [(0, 0)]);
        // Touching is not overlapping; empty spans match nothing.
        assert_eq!(align(&[s(0, 4), s(6, 6)], &[s(4, 8), s(6, 6)]), []);
        // Ties go to the earliest system span.
        assert_eq!(align(&[s(2, 6)], &[s(4, 8), s(0, 4)]), [(0, 1)]);
    }

    #[test]
    fn toy_document_gives_the_expected_figures() {
        // 3 gold, 3 system; 2 relaxed matches, 1 of them strict; 1 value right.
        let text = "On Aug. 2 the talks ended. They met every week in 1998.";
        let doc = TimemlDoc {
            id: "toy".into(),
            dct: None,
            text: text.into(),
            gold: vec![
                gold(3, 9, "Aug. 2", TimexType::Date, "1998-08-02"),
                gold(36, 46, "every week", TimexType::Set, "P1W"),
                gold(50, 54, "1998", TimexType::Date, "1998"),
            ],
        };
        let found = [
            system(0, 9, "On Aug. 2", TimexType::Date, "1998-08-02"),
            system(27, 31, "They", TimexType::Date, "PRESENT_REF"),
            system(50, 54, "1998", TimexType::Duration, "P1Y"),
        ];
        for g in &doc.gold {
            assert_eq!(&text[g.span.start..g.span.end], g.text);
        }
        let mut report = EvalReport::new();
        report.add_doc(&doc, &found);

        assert_eq!((report.documents, report.gold, report.system), (1, 3, 3));
        assert_eq!(report.strict.matches, 1);
        assert!(close(report.strict.precision, 1.0 / 3.0));
        assert!(close(report.strict.recall, 1.0 / 3.0));
        assert!(close(report.strict.f1, 1.0 / 3.0));
        assert_eq!(report.relaxed.matches, 2);
        assert!(close(report.relaxed.f1, 2.0 / 3.0));
        assert_eq!(report.value.correct, 1);
        assert!(close(report.value.accuracy, 0.5));
        assert!(close(report.value.f1, 1.0 / 3.0));
        assert!(close(report.value.precision, 1.0 / 3.0));
        assert_eq!(report.kind.correct, 1);
        assert!(close(report.kind.f1, 1.0 / 3.0));

        let class = |c: ValueClass| {
            let s = report.classes.iter().find(|s| s.class == c).unwrap();
            (s.gold, s.matched, s.correct)
        };
        assert_eq!(class(ValueClass::Partial), (1, 1, 1));
        assert_eq!(class(ValueClass::Set), (1, 0, 0));
        assert_eq!(class(ValueClass::Absolute), (1, 1, 0));
        assert_eq!(class(ValueClass::Relative), (0, 0, 0));

        assert_eq!(report.value_mismatches.len(), 1);
        let m = &report.value_mismatches[0];
        assert_eq!(
            (
                m.text.as_str(),
                m.gold_value.as_str(),
                m.system_value.as_str()
            ),
            ("1998", "1998", "P1Y")
        );
        assert_eq!(report.misses.len(), 1);
        assert_eq!(report.misses[0].text, "every week");
        assert_eq!(report.false_alarms.len(), 1);
        assert_eq!(report.false_alarms[0].text, "They");
    }

    #[test]
    fn figures_are_micro_averaged_and_empty_input_gives_zeros() {
        let mut report = EvalReport::new();
        let empty = TimemlDoc {
            id: "e".into(),
            dct: None,
            text: String::new(),
            gold: vec![],
        };
        report.add_doc(&empty, &[]);
        assert_eq!(report.relaxed.f1, 0.0);
        assert_eq!(report.value.f1, 0.0);

        let one = TimemlDoc {
            id: "a".into(),
            dct: None,
            text: "today".into(),
            gold: vec![gold(0, 5, "today", TimexType::Date, "1998-01-08")],
        };
        report.add_doc(
            &one,
            &[system(0, 5, "today", TimexType::Date, "1998-01-08")],
        );
        report.add_doc(&one, &[]);
        assert_eq!((report.documents, report.gold, report.system), (3, 2, 1));
        assert!(close(report.relaxed.precision, 1.0));
        assert!(close(report.relaxed.recall, 0.5));
        assert!(close(report.value.f1, 2.0 / 3.0));
        assert!(report
            .to_string()
            .contains("relaxed      100.00    50.00    66.67        1"));
    }

    #[test]
    fn report_serializes_and_prints() {
        let mut report = EvalReport::new();
        let doc = TimemlDoc {
            id: "d".into(),
            dct: None,
            text: "Tuesday".into(),
            gold: vec![gold(0, 7, "Tuesday", TimexType::Date, "1998-01-06")],
        };
        report.add_doc(
            &doc,
            &[system(0, 7, "Tuesday", TimexType::Date, "1998-01-13")],
        );
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["value_mismatches"][0]["system_value"], "1998-01-13");
        assert_eq!(json["type"]["correct"], 1);
        assert_eq!(json["classes"][2]["class"], "weekday");
        let table = report.to_string();
        assert!(
            table.contains("weekday           1        1        0     0.00%"),
            "{table}"
        );
        assert!(
            table.contains("absolute          0        0        0         -"),
            "{table}"
        );
        // No gold contradicts its text: no audit lines.
        assert!(!table.contains("bare weekday gold"), "{table}");
    }

    #[test]
    fn weekday_gold_at_odds_with_its_text_is_counted_apart() {
        let mut report = EvalReport::new();
        // Saturday 15 January 2000: "Wednesday" is the 12th or the 19th.
        let text = "Wednesday, Thursday night and Friday";
        let doc = TimemlDoc {
            id: "d".into(),
            dct: NaiveDate::from_ymd_opt(2000, 1, 15),
            text: text.into(),
            gold: vec![
                gold(0, 9, "Wednesday", TimexType::Date, "2000-01-05"),
                gold(11, 25, "Thursday night", TimexType::Time, "2000-01-13"),
                gold(30, 36, "Friday", TimexType::Date, "2000-01-13"),
            ],
        };
        report.add_doc(
            &doc,
            &[
                system(0, 9, "Wednesday", TimexType::Date, "2000-01-12"),
                system(11, 25, "Thursday night", TimexType::Time, "2000-01-13TNI"),
                system(30, 36, "Friday", TimexType::Date, "2000-01-14"),
            ],
        );
        let a = report.weekday_audit;
        assert_eq!((a.other_weekday, a.beyond_a_week), (1, 1));
        assert_eq!((a.consistent, a.correct, a.day_correct), (1, 0, 1));
        let table = report.to_string();
        assert!(
            table.contains(
                "weekday gold on another day of the week than named: 1; bare weekday gold \
                 neither the latest nor the next such day from the DCT: 1"
            ),
            "{table}"
        );
        assert!(
            table.contains(
                "weekday without them: 1 matched, 0 correct (0.00%), 1 on the right day (100.00%)"
            ),
            "{table}"
        );
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["weekday_audit"]["beyond_a_week"], 1);
    }
}
