//! Event triggers: the words that name news events, with lemma and class.

use super::EventClass;
use crate::shape::Shapes;

/// A trigger word's lemma, class and whether it reports speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Trigger {
    pub lemma: &'static str,
    pub class: EventClass,
    /// A verb: its clause has a tense.
    pub verb: bool,
}

/// Every word [`trigger`] knows, for its quick shape test. A unit test
/// checks the list against the `match` below, both ways.
#[rustfmt::skip]
const TRIGGER_WORDS: &[&str] = &[
    "accord", "accused", "accuses", "acknowledged", "added", "adopted", "affirmed", "agreed",
    "agreement", "agrees", "announced", "announces", "appear", "appeared", "appearing", "appears",
    "appointed", "appointment", "appoints", "approved", "approves", "arrest", "arrested",
    "arrival", "arrive", "arrived", "arrives", "asserted", "attack", "attacked", "attacks",
    "bombed", "bombing", "brief", "briefed", "brings", "brought", "called", "calls", "cautioned",
    "cautions", "ceasefire", "chaired", "chairs", "characterised", "characterized", "claimed",
    "claims", "clashes", "concurred", "conference", "confirmed", "confirms", "consult",
    "consultations", "consulted", "consults", "convened", "convenes", "conversations",
    "countered", "declared", "declares", "described", "describes", "detained", "discussions",
    "dismissed", "divert", "diverted", "diverts", "elected", "election", "emphasized", "evacuate",
    "evacuated", "evacuation", "fired", "flew", "flies", "flown", "fly", "gathering", "hailed",
    "hails", "held", "hold", "holding", "holds", "host", "hosted", "hosts", "informed",
    "insisted", "insists", "interview", "invaded", "invasion", "invite", "invited", "invites",
    "labeled", "labelled", "launch", "launched", "meet", "meeting", "meetings", "meets", "met",
    "negotiate", "negotiated", "negotiations", "noted", "notes", "offensive", "ousted",
    "published", "quit", "raid", "raided", "recall", "recalled", "recalls", "referendum",
    "relayed", "released", "remarked", "rerouted", "reroutes", "resign", "resignation",
    "resigned", "resigns", "return", "returned", "returning", "returns", "revealed", "round",
    "ruled", "ruling", "sacked", "said", "say", "says", "search", "searched", "session",
    "settlements", "shelled", "shelling", "sign", "signed", "signs", "spend", "spends", "spent",
    "stated", "states", "stressed", "strike", "struck", "summit", "talk", "talked", "talks",
    "tells", "testified", "testifies", "testify", "testifying", "testimony", "told", "travel",
    "traveled", "traveling", "travelled", "travelling", "travels", "treaty", "trip", "truce",
    "unveiled", "urged", "urges", "verdict", "visit", "visited", "visits", "vote", "voted",
    "walked", "walkout", "warned", "warns", "welcomed",
];

/// The shapes of the trigger words.
static SHAPES: Shapes = Shapes::of(TRIGGER_WORDS);

/// Looks a lower-cased word up. Reporting verbs are [`EventClass::Statement`].
pub(crate) fn trigger(word: &str) -> Option<Trigger> {
    // Most words have no trigger's shape, and skip the long `match`.
    if !SHAPES.may_hold(word.as_bytes()) {
        return None;
    }
    known_trigger(word)
}

/// The lexicon itself, for words of a trigger's shape.
fn known_trigger(word: &str) -> Option<Trigger> {
    use EventClass::*;
    let t = |lemma, class, verb| Some(Trigger { lemma, class, verb });
    match word {
        // meetings, and the spun "conference"/"settlements"
        "met" | "meet" | "meets" | "meeting" => t("meet", Meeting, word != "meeting"),
        "meetings" => t("meet", Meeting, false),
        "talks" | "discussions" | "negotiations" | "settlements" | "consultations"
        | "conversations" => t("talks", Meeting, false),
        "summit" | "session" | "conference" | "gathering" | "round" => t("meet", Meeting, false),
        "consult" | "consults" | "consulted" => t("meet", Meeting, true),
        "talk" | "talked" => t("talks", Meeting, true),
        // "spent several hours with Putin": checked for its "with" by the caller.
        "spent" | "spend" | "spends" => t("meet", Meeting, true),
        // "held talks", "hold a five-hour session": the noun that follows is
        // grouped with it.
        "held" | "hold" | "holds" | "holding" => t("meet", Meeting, true),
        "negotiate" | "negotiated" => t("talks", Meeting, true),
        "hosted" | "hosts" | "host" => t("host", Meeting, true),
        "briefed" | "brief" => t("brief", Meeting, true),
        // "chaired the session", "convened the talks", "brought the two
        // sides together" (checked for its "together" by the caller).
        "chaired" | "chairs" | "convened" | "convenes" | "brought" | "brings" => {
            t("meet", Meeting, true)
        }
        "invited" | "invites" | "invite" | "welcomed" => t("meet", Meeting, true),
        // statements
        "said" | "says" | "say" | "told" | "tells" | "stated" | "states" | "claimed" | "claims"
        | "remarked" | "confirmed" | "confirms" | "announced" | "announces" | "described"
        | "describes" | "warned" | "warns" | "urged" | "urges" | "noted" | "notes" | "added"
        | "insisted" | "insists" | "declared" | "declares" | "accused" | "accuses" | "hailed"
        | "hails" | "labeled" | "labelled" | "characterized" | "characterised" | "asserted"
        | "revealed" | "acknowledged" | "affirmed" | "countered" | "emphasized" | "stressed"
        | "cautioned" | "cautions" | "called" | "calls" | "informed" | "relayed" | "interview" => {
            t("say", Statement, word != "interview")
        }
        // movement
        "travel" | "travels" | "traveled" | "travelled" | "traveling" | "travelling" | "trip" => {
            t("travel", Movement, !matches!(word, "trip"))
        }
        "flew" | "flies" | "fly" | "flown" => t("fly", Movement, true),
        "arrived" | "arrives" | "arrive" | "arrival" => t("arrive", Movement, word != "arrival"),
        "return" | "returned" | "returns" | "returning" => t("return", Movement, true),
        "visit" | "visited" | "visits" => t("visit", Movement, word != "visit"),
        // "the carrier diverted two vessels to Saltash"
        "diverted" | "diverts" | "divert" | "rerouted" | "reroutes" => t("divert", Movement, true),
        // personnel
        "resigned" | "resigns" | "resign" | "resignation" | "quit" => {
            t("resign", Personnel, word != "resignation")
        }
        "appointed" | "appoints" | "appointment" => t("appoint", Personnel, word != "appointment"),
        "dismissed" | "fired" | "ousted" | "sacked" => t("dismiss", Personnel, true),
        "elected" => t("elect", Personnel, true),
        // agreements
        "signed" | "signs" | "sign" => t("sign", Agreement, true),
        "agreed" | "agrees" | "concurred" | "agreement" | "accord" | "ceasefire" | "truce"
        | "treaty" => t(
            "agree",
            Agreement,
            matches!(word, "agreed" | "agrees" | "concurred"),
        ),
        // conflict
        "attacked" | "attack" | "attacks" | "bombed" | "bombing" | "shelled" | "shelling"
        | "invaded" | "invasion" | "offensive" | "clashes" | "struck" => t(
            "attack",
            Conflict,
            matches!(
                word,
                "attacked" | "bombed" | "shelled" | "invaded" | "struck"
            ),
        ),
        // other news events
        "searched" | "raided" | "raid" | "search" => {
            t("search", Other, matches!(word, "searched" | "raided"))
        }
        "arrested" | "arrest" | "detained" => t("arrest", Other, word != "arrest"),
        "voted" | "vote" | "election" | "referendum" => t("vote", Other, word == "voted"),
        // A council approving a budget is its vote.
        "approved" | "approves" | "adopted" => t("vote", Other, true),
        "recalled" | "recall" | "recalls" => t("recall", Other, word == "recalled"),
        "evacuated" | "evacuation" | "evacuate" => t("evacuate", Other, word != "evacuation"),
        "strike" | "walkout" | "walked" => t("strike", Other, word == "walked"),
        "launched" | "launch" => t("launch", Other, word == "launched"),
        "released" | "published" | "unveiled" => t("release", Other, true),
        "ruled" | "ruling" | "verdict" => t("rule", Other, word == "ruled"),
        // "testified before the committee", "is to appear before MPs"
        // ("appear" only with its "before", checked by the caller).
        "testify" | "testifies" | "testified" | "testifying" | "testimony" | "appear"
        | "appears" | "appeared" | "appearing" => t("testify", Other, word != "testimony"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shape_list_holds_exactly_the_words_of_the_lexicon() {
        for w in TRIGGER_WORDS {
            assert!(
                known_trigger(w).is_some(),
                "{w} is listed but is no trigger"
            );
        }
        let src = include_str!("lexicon.rs");
        for w in crate::shape::literals(src, "known_trigger", false) {
            if known_trigger(w).is_some() {
                assert!(
                    TRIGGER_WORDS.contains(&w),
                    "{w} is a trigger but not listed"
                );
                assert!(SHAPES.may_hold(w.as_bytes()), "{w} fails the shape test");
            }
        }
    }

    #[test]
    fn words_of_no_trigger_shape_are_not_triggers() {
        for w in ["the", "of", "and", "kremlin", "", "met-", "MET", "é"] {
            assert_eq!(trigger(w), None, "{w}");
        }
        assert_eq!(trigger("met").map(|t| t.lemma), Some("meet"));
        assert_eq!(trigger("testimony").map(|t| t.verb), Some(false));
    }
}
