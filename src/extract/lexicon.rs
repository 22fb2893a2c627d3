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

/// Every word [`trigger`] knows, for its shape filter (a test checks the
/// list against the match).
#[rustfmt::skip]
const TRIGGER_WORDS: &[&str] = &[
    "accord", "accused", "accuses", "acknowledged", "added", "adopted", "affirmed", "agreed",
    "agreement", "agrees", "announced", "announces", "appear", "appeared", "appearing", "appears",
    "appointed", "appointment", "appoints", "approved", "approves", "arrest", "arrested",
    "arrival", "arrive", "arrived", "arrives", "asserted", "attack", "attacked", "attacks",
    "bombed", "bombing", "brief", "briefed", "brings", "brought", "called", "calls", "cautioned",
    "cautions", "ceasefire", "chaired", "chairs", "characterised", "characterized", "claimed",
    "claims", "clashes", "concurred", "conference", "confirmed", "confirms", "consult",
    "consultations", "consulted", "consults", "convened", "convenes", "conversations", "countered",
    "declared", "declares", "described", "describes", "detained", "discussions", "dismissed",
    "divert", "diverted", "diverts", "elected", "election", "emphasized", "evacuate", "evacuated",
    "evacuation", "fired", "flew", "flies", "flown", "fly", "gathering", "hailed", "hails", "held",
    "hold", "holding", "holds", "host", "hosted", "hosts", "informed", "insisted", "insists",
    "interview", "invaded", "invasion", "invite", "invited", "invites", "labeled", "labelled",
    "launch", "launched", "meet", "meeting", "meetings", "meets", "met", "negotiate", "negotiated",
    "negotiations", "noted", "notes", "offensive", "ousted", "published", "quit", "raid", "raided",
    "recall", "recalled", "recalls", "referendum", "relayed", "released", "remarked", "rerouted",
    "reroutes", "resign", "resignation", "resigned", "resigns", "return", "returned", "returning",
    "returns", "revealed", "round", "ruled", "ruling", "sacked", "said", "say", "says", "search",
    "searched", "session", "settlements", "shelled", "shelling", "sign", "signed", "signs",
    "spend", "spends", "spent", "stated", "states", "stressed", "strike", "struck", "summit",
    "talk", "talked", "talks", "tells", "testified", "testifies", "testify", "testifying",
    "testimony", "told", "travel", "traveled", "traveling", "travelled", "travelling", "travels",
    "treaty", "trip", "truce", "unveiled", "urged", "urges", "verdict", "visit", "visited",
    "visits", "vote", "voted", "walked", "walkout", "warned", "warns", "welcomed",
];

static SHAPES: Shapes = Shapes::of(TRIGGER_WORDS);

/// Looks a lower-cased word up. Reporting verbs are [`EventClass::Statement`].
/// (The match is on bytes: it compiles to a test of length and bytes, where
/// a match on `&str` compares the candidates one at a time.)
pub(crate) fn trigger(word: &str) -> Option<Trigger> {
    use EventClass::*;
    // Most words are no trigger: only those of a trigger's length and first
    // and last letters are matched.
    if !SHAPES.may_hold(word.as_bytes()) {
        return None;
    }
    let t = |lemma, class, verb| Some(Trigger { lemma, class, verb });
    match word.as_bytes() {
        // meetings, and the spun "conference"/"settlements"
        b"met" | b"meet" | b"meets" | b"meeting" => t("meet", Meeting, word != "meeting"),
        b"meetings" => t("meet", Meeting, false),
        b"talks" | b"discussions" | b"negotiations" | b"settlements" | b"consultations"
        | b"conversations" => t("talks", Meeting, false),
        b"summit" | b"session" | b"conference" | b"gathering" | b"round" => {
            t("meet", Meeting, false)
        }
        b"consult" | b"consults" | b"consulted" => t("meet", Meeting, true),
        b"talk" | b"talked" => t("talks", Meeting, true),
        // "spent several hours with Putin": checked for its "with" by the caller.
        b"spent" | b"spend" | b"spends" => t("meet", Meeting, true),
        // "held talks", "hold a five-hour session": the noun that follows is
        // grouped with it.
        b"held" | b"hold" | b"holds" | b"holding" => t("meet", Meeting, true),
        b"negotiate" | b"negotiated" => t("talks", Meeting, true),
        b"hosted" | b"hosts" | b"host" => t("host", Meeting, true),
        b"briefed" | b"brief" => t("brief", Meeting, true),
        // "chaired the session", "convened the talks", "brought the two
        // sides together" (checked for its "together" by the caller).
        b"chaired" | b"chairs" | b"convened" | b"convenes" | b"brought" | b"brings" => {
            t("meet", Meeting, true)
        }
        b"invited" | b"invites" | b"invite" | b"welcomed" => t("meet", Meeting, true),
        // statements
        b"said" | b"says" | b"say" | b"told" | b"tells" | b"stated" | b"states" | b"claimed"
        | b"claims" | b"remarked" | b"confirmed" | b"confirms" | b"announced" | b"announces"
        | b"described" | b"describes" | b"warned" | b"warns" | b"urged" | b"urges" | b"noted"
        | b"notes" | b"added" | b"insisted" | b"insists" | b"declared" | b"declares"
        | b"accused" | b"accuses" | b"hailed" | b"hails" | b"labeled" | b"labelled"
        | b"characterized" | b"characterised" | b"asserted" | b"revealed" | b"acknowledged"
        | b"affirmed" | b"countered" | b"emphasized" | b"stressed" | b"cautioned" | b"cautions"
        | b"called" | b"calls" | b"informed" | b"relayed" | b"interview" => {
            t("say", Statement, word != "interview")
        }
        // movement
        b"travel" | b"travels" | b"traveled" | b"travelled" | b"traveling" | b"travelling"
        | b"trip" => t("travel", Movement, !matches!(word, "trip")),
        b"flew" | b"flies" | b"fly" | b"flown" => t("fly", Movement, true),
        b"arrived" | b"arrives" | b"arrive" | b"arrival" => {
            t("arrive", Movement, word != "arrival")
        }
        b"return" | b"returned" | b"returns" | b"returning" => t("return", Movement, true),
        b"visit" | b"visited" | b"visits" => t("visit", Movement, word != "visit"),
        // "the carrier diverted two vessels to Saltash"
        b"diverted" | b"diverts" | b"divert" | b"rerouted" | b"reroutes" => {
            t("divert", Movement, true)
        }
        // personnel
        b"resigned" | b"resigns" | b"resign" | b"resignation" | b"quit" => {
            t("resign", Personnel, word != "resignation")
        }
        b"appointed" | b"appoints" | b"appointment" => {
            t("appoint", Personnel, word != "appointment")
        }
        b"dismissed" | b"fired" | b"ousted" | b"sacked" => t("dismiss", Personnel, true),
        b"elected" => t("elect", Personnel, true),
        // agreements
        b"signed" | b"signs" | b"sign" => t("sign", Agreement, true),
        b"agreed" | b"agrees" | b"concurred" | b"agreement" | b"accord" | b"ceasefire"
        | b"truce" | b"treaty" => t(
            "agree",
            Agreement,
            matches!(word, "agreed" | "agrees" | "concurred"),
        ),
        // conflict
        b"attacked" | b"attack" | b"attacks" | b"bombed" | b"bombing" | b"shelled"
        | b"shelling" | b"invaded" | b"invasion" | b"offensive" | b"clashes" | b"struck" => t(
            "attack",
            Conflict,
            matches!(
                word,
                "attacked" | "bombed" | "shelled" | "invaded" | "struck"
            ),
        ),
        // other news events
        b"searched" | b"raided" | b"raid" | b"search" => {
            t("search", Other, matches!(word, "searched" | "raided"))
        }
        b"arrested" | b"arrest" | b"detained" => t("arrest", Other, word != "arrest"),
        b"voted" | b"vote" | b"election" | b"referendum" => t("vote", Other, word == "voted"),
        // A council approving a budget is its vote.
        b"approved" | b"approves" | b"adopted" => t("vote", Other, true),
        b"recalled" | b"recall" | b"recalls" => t("recall", Other, word == "recalled"),
        b"evacuated" | b"evacuation" | b"evacuate" => t("evacuate", Other, word != "evacuation"),
        b"strike" | b"walkout" | b"walked" => t("strike", Other, word == "walked"),
        b"launched" | b"launch" => t("launch", Other, word == "launched"),
        b"released" | b"published" | b"unveiled" => t("release", Other, true),
        b"ruled" | b"ruling" | b"verdict" => t("rule", Other, word == "ruled"),
        // "testified before the committee", "is to appear before MPs"
        // ("appear" only with its "before", checked by the caller).
        b"testify" | b"testifies" | b"testified" | b"testifying" | b"testimony" | b"appear"
        | b"appears" | b"appeared" | b"appearing" => t("testify", Other, word != "testimony"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_lower_case_lexicon_words_are_triggers() {
        for w in ["the", "of", "and", "kremlin", "", "met-", "MET", "é"] {
            assert_eq!(trigger(w), None, "{w}");
        }
        assert_eq!(trigger("met").map(|t| t.lemma), Some("meet"));
        assert_eq!(trigger("testimony").map(|t| t.verb), Some(false));
    }

    #[test]
    fn the_shape_filter_lists_every_trigger_word() {
        let mut named = crate::shape::literals(include_str!("lexicon.rs"), "trigger", true);
        named.sort_unstable();
        named.dedup();
        assert_eq!(TRIGGER_WORDS, named);
        for w in TRIGGER_WORDS {
            assert!(trigger(w).is_some(), "{w}");
        }
    }
}
