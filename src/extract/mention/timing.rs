//! When an event mention happened, and whether it did: its time source,
//! status and quoted words.

use super::{Ctx, Found};
use crate::extract::{EventClass, EventStatus, EventTime, TimeSource};
use crate::segment::Sentence;
use crate::temporal::TemporalMention;
use crate::{Span, TimeValue};

impl Ctx<'_> {
    /// Quoted phrases of the sentence, trimmed.
    pub(super) fn quotes(&self, s: &Sentence) -> Vec<String> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        for k in s.first_token..s.end_token {
            if self.toks[k].is_punct('"') {
                match open.take() {
                    Some(o) if k > o + 1 => {
                        let span =
                            Span::new(self.toks[o + 1].span.start, self.toks[k - 1].span.end);
                        if let Some(q) = span.slice(self.text) {
                            let q = q.trim_matches(|c: char| {
                                c.is_ascii_punctuation() || c.is_whitespace()
                            });
                            if q.split_whitespace().count() >= 2 {
                                out.push(q.to_string());
                            }
                        }
                    }
                    Some(_) => {}
                    None => open = Some(k),
                }
            }
        }
        out
    }

    pub(super) fn tense(&self, s: &Sentence, tok: usize) -> crate::temporal::ClauseTense {
        crate::temporal::clause_tense_of(
            self.text,
            self.toks,
            &self.cues,
            s.first_token,
            s.end_token,
            tok,
            tok + 1,
        )
    }

    /// The clause's own date, else (not for statements or plans) the
    /// sentence's single date, else the narrative's, else the publication
    /// date.
    pub(super) fn time(
        &self,
        own: Option<&TemporalMention>,
        dating: &[&TemporalMention],
        is_statement: bool,
        planned: bool,
        narrative: Option<(&TimeValue, &str, Span)>,
    ) -> EventTime {
        if let Some(t) = own {
            return EventTime {
                value: t.value.clone(),
                text: Some(t.text.clone()),
                span: Some(t.span),
                source: TimeSource::Clause,
            };
        }
        if !is_statement {
            if let [t] = dating {
                return EventTime {
                    value: t.value.clone(),
                    text: Some(t.text.clone()),
                    span: Some(t.span),
                    source: TimeSource::Sentence,
                };
            }
            if !planned {
                if let Some((v, txt, span)) = narrative {
                    return EventTime {
                        value: v.clone(),
                        text: Some(txt.to_string()),
                        span: Some(span),
                        source: TimeSource::Narrative,
                    };
                }
            }
        }
        EventTime {
            value: match self.dct {
                Some(d) => TimeValue::Day(d),
                None => TimeValue::Unanchored("XXXX-XX-XX".into()),
            },
            text: None,
            span: None,
            source: TimeSource::Publication,
        }
    }

    pub(super) fn status(
        &self,
        s: &Sentence,
        f: &Found,
        time: &EventTime,
        planned_cue: bool,
    ) -> EventStatus {
        let k = f.tok;
        let negated = (k.saturating_sub(3)..k)
            .any(|j| matches!(self.lower(j), "not" | "never" | "no" | "t" | "without"));
        if negated {
            return EventStatus::Negated;
        }
        let after_dct = match (time.value.interval(), self.dct) {
            (Some((first, _)), Some(d)) => time.source.is_explicit() && first > d,
            _ => false,
        };
        if planned_cue || after_dct {
            return EventStatus::Planned;
        }
        if f.trig.class != EventClass::Statement {
            // Inside a report: a reporting verb or "according to" earlier in
            // the sentence, or ", officials said" after it.
            let reported = (s.first_token..s.end_token).any(|j| {
                j != k
                    && matches!(
                        self.lower(j),
                        "according"
                            | "reportedly"
                            | "said"
                            | "says"
                            | "told"
                            | "confirmed"
                            | "claimed"
                            | "reported"
                    )
            });
            if reported {
                return EventStatus::Reported;
            }
        }
        EventStatus::Occurred
    }
}
