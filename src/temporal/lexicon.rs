//! The words temporal expressions are made of.
//!
//! [`lookup`] maps a word, case-insensitively, to its [`Lex`] class. It runs
//! once per token, so it lower-cases into a stack buffer and matches bytes:
//! no allocation, no hashing.

use chrono::Weekday;

use super::value::{DayPart, DurationUnit, Season};
use crate::shape::Shapes;

/// The class of a word for the recogniser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// Not a temporal word.
    Other,
    /// A month name or abbreviation, 1–12. `ambiguous` for "may", "march",
    /// "mar", "jan"… which are also common words or names.
    Month {
        month: u32,
        ambiguous: bool,
        abbrev: bool,
    },
    /// A weekday name or abbreviation.
    Weekday { weekday: Weekday, abbrev: bool },
    /// A weekday in the plural: "Mondays" (a recurrence).
    Weekdays(Weekday),
    /// A cardinal number word ("one" … "ninety", "dozen").
    Number(u32),
    /// An ordinal ("first" … "thirty-first" parts, "28th").
    Ordinal(u32),
    /// A calendar unit, singular or plural.
    Unit { unit: DurationUnit, plural: bool },
    /// A part of the day.
    Part(DayPart),
    /// A season.
    Season(Season),
    /// A digit run with an `s`: "1990s", "90s".
    Decade(u32),
    /// `am`/`pm` glued to a number ("9am") or alone.
    Clock { pm: bool, hour: Option<u32> },
    /// A keyword.
    Kw(Kw),
}

/// Keywords: words that start, qualify or glue temporal expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub(crate) enum Kw {
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Recently,
    Formerly,
    Previously,
    Lately,
    Nowadays,
    Soon,
    Future,
    Past,
    Present,
    Last,
    Next,
    This,
    That,
    Coming,
    Previous,
    Following,
    Prior,
    Earlier,
    Later,
    Ago,
    Early,
    Late,
    Mid,
    Noon,
    Midnight,
    Overnight,
    The,
    A,
    An,
    Every,
    Each,
    Per,
    Over,
    Nearly,
    Almost,
    About,
    Around,
    Roughly,
    Approximately,
    Some,
    Several,
    Few,
    Couple,
    Many,
    More,
    Than,
    Less,
    Least,
    Under,
    At,
    Up,
    To,
    In,
    On,
    Of,
    Within,
    For,
    From,
    After,
    Before,
    Since,
    Until,
    By,
    During,
    Half,
    And,
    Christmas,
    Eve,
    New,
    Thanksgiving,
    Easter,
    Halloween,
    Labor,
    Memorial,
    Independence,
    Valentine,
    Beginning,
    End,
    Start,
    Middle,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Annually,
    Hourly,
    Nightly,
    Fiscal,
    Same,
    Current,
    Recent,
    Other,
    Period,
    Once,
    Twice,
    Times,
    Old,
    Hence,
    Long,
    Time,
}

/// Every word [`lookup`] knows, for its quick shape test (a unit test
/// checks the list against its source).
#[rustfmt::skip]
const LEXICON_WORDS: &[&str] = &[
    "a", "about", "after", "afternoon", "afternoons", "ago", "almost", "am", "an", "and",
    "annually", "approximately", "apr", "april", "around", "at", "aug", "august", "autumn",
    "before", "beginning", "by", "centuries", "century", "christmas", "coming", "couple",
    "current", "currently", "daily", "day", "days", "dec", "decade", "decades", "december",
    "dozen", "during", "each", "earlier", "early", "easter", "eight", "eighteen", "eighteenth",
    "eighth", "eighty", "eleven", "eleventh", "end", "ensuing", "eve", "evening", "evenings",
    "every", "fall", "feb", "february", "few", "fewer", "fifteen", "fifteenth", "fifth", "fifty",
    "first", "fiscal", "five", "following", "for", "formerly", "fortnight", "forty", "four",
    "fourteen", "fourteenth", "fourth", "fri", "friday", "fridays", "from", "future", "half",
    "halloween", "hence", "hour", "hourly", "hours", "hr", "hrs", "hundred", "in", "independence",
    "jan", "january", "jul", "july", "jun", "june", "labor", "labour", "last", "late", "lately",
    "later", "least", "less", "long", "many", "mar", "march", "may", "memorial", "mid", "midday",
    "middle", "midnight", "min", "mins", "minute", "minutes", "mon", "monday", "mondays", "month",
    "monthly", "months", "more", "morning", "mornings", "nearly", "new", "next", "night",
    "nightly", "nights", "nine", "nineteen", "nineteenth", "ninety", "ninth", "noon", "nov",
    "november", "now", "nowadays", "oct", "october", "of", "old", "on", "once", "one", "other",
    "over", "overnight", "past", "per", "period", "pm", "preceding", "present", "previous",
    "previously", "prior", "qtr", "quarter", "quarters", "recent", "recently", "roughly", "same",
    "sat", "saturday", "saturdays", "second", "seconds", "secs", "sep", "sept", "september",
    "seven", "seventeen", "seventeenth", "seventh", "seventy", "several", "since", "six",
    "sixteen", "sixteenth", "sixth", "sixty", "some", "soon", "spring", "start", "subsequent",
    "summer", "sun", "sunday", "sundays", "ten", "tenth", "than", "thanksgiving", "that", "the",
    "third", "thirteen", "thirteenth", "thirtieth", "thirty", "this", "three", "thu", "thur",
    "thurs", "thursday", "thursdays", "till", "time", "times", "to", "today", "tomorrow",
    "tonight", "tue", "tues", "tuesday", "tuesdays", "twelfth", "twelve", "twentieth", "twenty",
    "twice", "two", "under", "until", "up", "upcoming", "valentine", "wed", "wednesday",
    "wednesdays", "week", "weekend", "weekends", "weekly", "weeks", "winter", "within", "wk",
    "wks", "year", "yearly", "years", "yesterday", "yr", "yrs",
];

/// The shapes of the lexicon's words.
static SHAPES: Shapes = Shapes::of(LEXICON_WORDS);

/// Classifies a word (case-insensitive).
pub(crate) fn lookup(word: &str) -> Lex {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 14 {
        return Lex::Other;
    }
    // Most words are none of the lexicon's: a word not starting with a
    // digit is looked up only when some lexicon word has its shape.
    let (first, last) = (
        b[0].to_ascii_lowercase(),
        b[b.len() - 1].to_ascii_lowercase(),
    );
    if !first.is_ascii_digit() && !SHAPES.may_hold_ends(first, last, b.len()) {
        return Lex::Other;
    }
    let mut buf = [0u8; 14];
    for (d, s) in buf.iter_mut().zip(b) {
        if !s.is_ascii() {
            return Lex::Other;
        }
        *d = s.to_ascii_lowercase();
    }
    let w = &buf[..b.len()];
    if w[0].is_ascii_digit() {
        return digit_word(w);
    }
    use Kw::*;
    use Lex::Kw as K;
    let month = |month, ambiguous, abbrev| Lex::Month {
        month,
        ambiguous,
        abbrev,
    };
    let day = |weekday, abbrev| Lex::Weekday { weekday, abbrev };
    let unit = |unit, plural| Lex::Unit { unit, plural };
    match w {
        b"january" => month(1, false, false),
        b"jan" => month(1, true, true),
        b"february" => month(2, false, false),
        b"feb" => month(2, false, true),
        b"march" => month(3, true, false),
        b"mar" => month(3, true, true),
        b"april" => month(4, false, false),
        b"apr" => month(4, false, true),
        b"may" => month(5, true, false),
        b"june" => month(6, false, false),
        b"jun" => month(6, true, true),
        b"july" => month(7, false, false),
        b"jul" => month(7, true, true),
        b"august" => month(8, false, false),
        b"aug" => month(8, false, true),
        b"september" => month(9, false, false),
        b"sep" | b"sept" => month(9, false, true),
        b"october" => month(10, false, false),
        b"oct" => month(10, false, true),
        b"november" => month(11, false, false),
        b"nov" => month(11, false, true),
        b"december" => month(12, false, false),
        b"dec" => month(12, false, true),
        b"monday" => day(Weekday::Mon, false),
        b"mon" => day(Weekday::Mon, true),
        b"tuesday" => day(Weekday::Tue, false),
        b"tue" | b"tues" => day(Weekday::Tue, true),
        b"wednesday" => day(Weekday::Wed, false),
        b"wed" => day(Weekday::Wed, true),
        b"thursday" => day(Weekday::Thu, false),
        b"thu" | b"thur" | b"thurs" => day(Weekday::Thu, true),
        b"friday" => day(Weekday::Fri, false),
        b"fri" => day(Weekday::Fri, true),
        b"saturday" => day(Weekday::Sat, false),
        b"sat" => day(Weekday::Sat, true),
        b"sunday" => day(Weekday::Sun, false),
        b"sun" => day(Weekday::Sun, true),
        b"mondays" => Lex::Weekdays(Weekday::Mon),
        b"tuesdays" => Lex::Weekdays(Weekday::Tue),
        b"wednesdays" => Lex::Weekdays(Weekday::Wed),
        b"thursdays" => Lex::Weekdays(Weekday::Thu),
        b"fridays" => Lex::Weekdays(Weekday::Fri),
        b"saturdays" => Lex::Weekdays(Weekday::Sat),
        b"sundays" => Lex::Weekdays(Weekday::Sun),
        b"one" => Lex::Number(1),
        b"two" => Lex::Number(2),
        b"three" => Lex::Number(3),
        b"four" => Lex::Number(4),
        b"five" => Lex::Number(5),
        b"six" => Lex::Number(6),
        b"seven" => Lex::Number(7),
        b"eight" => Lex::Number(8),
        b"nine" => Lex::Number(9),
        b"ten" => Lex::Number(10),
        b"eleven" => Lex::Number(11),
        b"twelve" | b"dozen" => Lex::Number(12),
        b"thirteen" => Lex::Number(13),
        b"fourteen" => Lex::Number(14),
        b"fifteen" => Lex::Number(15),
        b"sixteen" => Lex::Number(16),
        b"seventeen" => Lex::Number(17),
        b"eighteen" => Lex::Number(18),
        b"nineteen" => Lex::Number(19),
        b"twenty" => Lex::Number(20),
        b"thirty" => Lex::Number(30),
        b"forty" => Lex::Number(40),
        b"fifty" => Lex::Number(50),
        b"sixty" => Lex::Number(60),
        b"seventy" => Lex::Number(70),
        b"eighty" => Lex::Number(80),
        b"ninety" => Lex::Number(90),
        b"hundred" => Lex::Number(100),
        b"first" => Lex::Ordinal(1),
        b"second" => Lex::Ordinal(2),
        b"third" => Lex::Ordinal(3),
        b"fourth" => Lex::Ordinal(4),
        b"fifth" => Lex::Ordinal(5),
        b"sixth" => Lex::Ordinal(6),
        b"seventh" => Lex::Ordinal(7),
        b"eighth" => Lex::Ordinal(8),
        b"ninth" => Lex::Ordinal(9),
        b"tenth" => Lex::Ordinal(10),
        b"eleventh" => Lex::Ordinal(11),
        b"twelfth" => Lex::Ordinal(12),
        b"thirteenth" => Lex::Ordinal(13),
        b"fourteenth" => Lex::Ordinal(14),
        b"fifteenth" => Lex::Ordinal(15),
        b"sixteenth" => Lex::Ordinal(16),
        b"seventeenth" => Lex::Ordinal(17),
        b"eighteenth" => Lex::Ordinal(18),
        b"nineteenth" => Lex::Ordinal(19),
        b"twentieth" => Lex::Ordinal(20),
        b"thirtieth" => Lex::Ordinal(30),
        b"year" | b"yr" => unit(DurationUnit::Year, false),
        b"years" | b"yrs" => unit(DurationUnit::Year, true),
        b"month" => unit(DurationUnit::Month, false),
        b"months" => unit(DurationUnit::Month, true),
        b"week" | b"wk" | b"fortnight" => unit(DurationUnit::Week, false),
        b"weeks" | b"wks" => unit(DurationUnit::Week, true),
        b"weekend" => unit(DurationUnit::Weekend, false),
        b"weekends" => unit(DurationUnit::Weekend, true),
        b"day" => unit(DurationUnit::Day, false),
        b"days" => unit(DurationUnit::Day, true),
        b"hour" | b"hr" => unit(DurationUnit::Hour, false),
        b"hours" | b"hrs" => unit(DurationUnit::Hour, true),
        b"minute" | b"min" => unit(DurationUnit::Minute, false),
        b"minutes" | b"mins" => unit(DurationUnit::Minute, true),
        b"seconds" | b"secs" => unit(DurationUnit::Second, true),
        b"decade" => unit(DurationUnit::Decade, false),
        b"decades" => unit(DurationUnit::Decade, true),
        b"century" => unit(DurationUnit::Century, false),
        b"centuries" => unit(DurationUnit::Century, true),
        b"quarter" | b"qtr" => unit(DurationUnit::Quarter, false),
        b"quarters" => unit(DurationUnit::Quarter, true),
        b"morning" | b"mornings" => Lex::Part(DayPart::Morning),
        b"afternoon" | b"afternoons" => Lex::Part(DayPart::Afternoon),
        b"evening" | b"evenings" => Lex::Part(DayPart::Evening),
        b"night" | b"nights" => Lex::Part(DayPart::Night),
        b"spring" => Lex::Season(Season::Spring),
        b"summer" => Lex::Season(Season::Summer),
        b"autumn" | b"fall" => Lex::Season(Season::Fall),
        b"winter" => Lex::Season(Season::Winter),
        b"am" => Lex::Clock {
            pm: false,
            hour: None,
        },
        b"pm" => Lex::Clock {
            pm: true,
            hour: None,
        },
        b"today" => K(Today),
        b"yesterday" => K(Yesterday),
        b"tomorrow" => K(Tomorrow),
        b"tonight" => K(Tonight),
        b"now" => K(Now),
        b"currently" => K(Currently),
        b"recently" => K(Recently),
        b"formerly" => K(Formerly),
        b"previously" => K(Previously),
        b"lately" => K(Lately),
        b"nowadays" => K(Nowadays),
        b"soon" => K(Soon),
        b"future" => K(Future),
        b"past" => K(Past),
        b"present" => K(Present),
        b"last" => K(Last),
        b"next" => K(Next),
        b"this" => K(This),
        b"that" => K(That),
        b"coming" | b"upcoming" => K(Coming),
        b"previous" | b"preceding" => K(Previous),
        b"following" | b"subsequent" | b"ensuing" => K(Following),
        b"prior" => K(Prior),
        b"earlier" => K(Earlier),
        b"later" => K(Later),
        b"ago" => K(Ago),
        b"early" => K(Early),
        b"late" => K(Late),
        b"mid" => K(Mid),
        b"noon" | b"midday" => K(Noon),
        b"midnight" => K(Midnight),
        b"overnight" => K(Overnight),
        b"the" => K(The),
        b"a" => K(A),
        b"an" => K(An),
        b"every" => K(Every),
        b"each" => K(Each),
        b"per" => K(Per),
        b"over" => K(Over),
        b"nearly" => K(Nearly),
        b"almost" => K(Almost),
        b"about" => K(About),
        b"around" => K(Around),
        b"roughly" => K(Roughly),
        b"approximately" => K(Approximately),
        b"some" => K(Some),
        b"several" => K(Several),
        b"few" => K(Few),
        b"couple" => K(Couple),
        b"many" => K(Many),
        b"more" => K(More),
        b"than" => K(Than),
        b"less" | b"fewer" => K(Less),
        b"least" => K(Least),
        b"under" => K(Under),
        b"at" => K(At),
        b"up" => K(Up),
        b"to" => K(To),
        b"in" => K(In),
        b"on" => K(On),
        b"of" => K(Of),
        b"within" => K(Within),
        b"for" => K(For),
        b"from" => K(From),
        b"after" => K(After),
        b"before" => K(Before),
        b"since" => K(Since),
        b"until" | b"till" => K(Until),
        b"by" => K(By),
        b"during" => K(During),
        b"half" => K(Half),
        b"and" => K(And),
        b"christmas" => K(Christmas),
        b"eve" => K(Eve),
        b"new" => K(New),
        b"thanksgiving" => K(Thanksgiving),
        b"easter" => K(Easter),
        b"halloween" => K(Halloween),
        b"labor" | b"labour" => K(Labor),
        b"memorial" => K(Memorial),
        b"independence" => K(Independence),
        b"valentine" => K(Valentine),
        b"beginning" => K(Beginning),
        b"end" => K(End),
        b"start" => K(Start),
        b"middle" => K(Middle),
        b"daily" => K(Daily),
        b"weekly" => K(Weekly),
        b"monthly" => K(Monthly),
        b"yearly" => K(Yearly),
        b"annually" => K(Annually),
        b"hourly" => K(Hourly),
        b"nightly" => K(Nightly),
        b"fiscal" => K(Fiscal),
        b"same" => K(Same),
        b"current" => K(Current),
        b"recent" => K(Recent),
        b"other" => K(Other),
        b"period" => K(Period),
        b"once" => K(Once),
        b"twice" => K(Twice),
        b"times" => K(Times),
        b"old" => K(Old),
        b"hence" => K(Hence),
        b"long" => K(Long),
        b"time" => K(Time),
        _ => Lex::Other,
    }
}

/// Words that begin with a digit: "28th", "1990s", "9am", "5pm".
fn digit_word(w: &[u8]) -> Lex {
    let digits = w.iter().take_while(|c| c.is_ascii_digit()).count();
    let (num, suffix) = w.split_at(digits);
    if num.len() > 6 {
        return Lex::Other;
    }
    let n = num
        .iter()
        .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'));
    match suffix {
        b"st" | b"nd" | b"rd" | b"th" => Lex::Ordinal(n),
        b"s" if num.len() == 4 || num.len() == 2 => Lex::Decade(n),
        b"am" | b"a" => Lex::Clock {
            pm: false,
            hour: Some(n),
        },
        b"pm" | b"p" => Lex::Clock {
            pm: true,
            hour: Some(n),
        },
        _ => Lex::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_list_is_the_words_of_the_lexicon() {
        let mut named = crate::shape::literals(include_str!("lexicon.rs"), "lookup", true);
        named.sort_unstable();
        let mut listed = LEXICON_WORDS.to_vec();
        listed.sort_unstable();
        assert_eq!(listed, named);
    }

    #[test]
    fn classifies_words() {
        assert_eq!(
            lookup("December"),
            Lex::Month {
                month: 12,
                ambiguous: false,
                abbrev: false
            }
        );
        assert_eq!(
            lookup("TUES"),
            Lex::Weekday {
                weekday: Weekday::Tue,
                abbrev: true
            }
        );
        assert_eq!(lookup("28th"), Lex::Ordinal(28));
        assert_eq!(lookup("1990s"), Lex::Decade(1990));
        assert_eq!(lookup("Kremlin"), Lex::Other);
        assert_eq!(lookup("é"), Lex::Other);
        assert_eq!(lookup("a-very-long-word-indeed"), Lex::Other);
    }
}
