//! Lexicons: the phrase lists behind the criteria, one RON file per language under
//! `assets/lexicons/`, written for customer service (not general sentiment) so a trainer can
//! read and extend them.
//!
//! A general-purpose sentiment list scores "We apologise for the inconvenience" as negative
//! and "Calm down." as positive; here apologies are neutral-to-good, "calm down" is a
//! forbidden phrase (a rule, not a mood), and the Finnish list is written by hand because
//! the machine-translated AFINN gets the service vocabulary backwards.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;

use super::matcher::Matcher;
use super::pattern;
use crate::assets;
use crate::format::diagnostic::Diagnostic;
use crate::format::locate::Locator;
use crate::i18n::Msg;
use crate::vocab::Lang;

/// Defines the concepts and their file names in one place.
macro_rules! concepts {
    ($( $(#[$m:meta])* $variant:ident => $name:literal ),+ $(,)?) => {
        /// A family of phrases a criterion looks for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Concept { $( $(#[$m])* $variant ),+ }

        impl Concept {
            /// Every concept.
            pub const ALL: &'static [Concept] = &[$(Concept::$variant),+];
            /// Its position in [`Concept::ALL`] (the variants are declared in that order).
            #[must_use]
            pub const fn index(self) -> usize {
                self as usize
            }
            /// The name used in the lexicon files.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { $(Concept::$variant => $name),+ }
            }
            /// The concept with this file name.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Concept> {
                match name { $($name => Some(Concept::$variant),)+ _ => None }
            }
        }
    };
}

concepts! {
    /// A real apology ("sorry", "pahoittelemme").
    Apology => "apology",
    /// An apology that blames the customer's feelings ("sorry if you feel").
    ConditionalApology => "conditional-apology",
    /// An apology hedged with "if" ("sorry if this was sent in error").
    HedgedApology => "hedged-apology",
    /// Understanding of how the customer feels ("that must be frustrating").
    Empathy => "empathy",
    /// A generic acknowledgement ("I understand", "thanks for letting us know").
    Acknowledgement => "acknowledgement",
    /// Negation words ("not", "ei", "emme").
    Negator => "negator",
    /// Insults that talk down to someone ("stupid", "tyhmä"): a fail only when aimed at the
    /// customer ("stupid question", "you idiot"), not "a stupid meme choice on our part".
    Insult => "insult",
    /// Negating determiners ("no announcements"): they negate the noun phrase after them,
    /// not the rest of the clause ("with no announcements is maddening" still names the
    /// feeling).
    NegatorDeterminer => "negator-determiner",
    /// Words that start a new clause for negation ("but", "mutta", "no worries").
    ClauseBreak => "clause-break",
    /// Words after a negation that turn it into emphasis: "en voi kuin pahoitella" (I can
    /// only apologise), "couldn't be more than happy to".
    NegationCancel => "negation-cancel",
    /// An invitation to a private message ("DM us", "yksityisviestillä").
    DmInvite => "dm-invite",
    /// Another private channel (phone, e-mail, contact form).
    PrivateChannel => "private-channel",
    /// Asking the customer to post something in public ("reply here", "kommentoi tähän").
    PublicRequest => "public-request",
    /// A specific detail needed to help (order number, booking reference).
    DetailNoun => "detail-noun",
    /// A generic request for more information ("more details").
    GenericDetail => "generic-detail",
    /// A request or question form ("could you", "voisitko").
    Request => "request",
    /// Personal data a customer must not post in public (order number, e-mail, address).
    PiiNoun => "pii-noun",
    /// Blaming the customer ("you should have").
    Blame => "blame",
    /// The customer's own earlier action ("you chose", "olet valinnut", "maksoit").
    CustomerAct => "customer-act",
    /// The customer's own things as the source of a fault ("your router", "laitteesi").
    CustomerThing => "customer-thing",
    /// Words that give a cause or a fault ("because", "probably", "joten", "väärin").
    FaultCue => "fault-cue",
    /// Instructions to take more care ("double-check", "tarkista", "lue").
    CareVerb => "care-verb",
    /// Words that say the customer did it right ("correctly", "ajoissa").
    FaultCancel => "fault-cancel",
    /// Hindsight advice markers ("next time", "jatkossa", "tällä kertaa").
    Hindsight => "hindsight",
    /// Passive-aggressive reminders ("as mentioned").
    SoftBlame => "soft-blame",
    /// Phrases no agent may write ("calm down").
    Forbidden => "forbidden",
    /// Sarcasm and condescension ("obviously", "good luck with that").
    Sarcasm => "sarcasm",
    /// A personal opinion marker ("I think", "mielestäni").
    Opinion => "opinion",
    /// Siding with the customer's view ("I agree with you", "olen samaa mieltä").
    Agreement => "agreement",
    /// Politics and other news topics (government, CEO pay, layoffs).
    PoliticalTopic => "political-topic",
    /// Taking a side: supporting, opposing, hoping one side wins ("we stand with",
    /// "tuemme", "toivotaan et ne voittaa").
    Stance => "stance",
    /// Words that judge ("ridiculous", "fair", "törkeä").
    Evaluative => "evaluative",
    /// A next step for the customer or the brand ("we'll look into it", "please check").
    NextStep => "next-step",
    /// The start of a promise or an offer ("we'll", "you can", "voimme"): a next step
    /// only with an action right after it.
    Promise => "promise",
    /// The action a promise or an offer names ("check", "refund", "hakea", "rahat").
    Action => "action",
    /// Contact route: a direct message.
    ContactDm => "contact-dm",
    /// Contact route: the phone.
    ContactPhone => "contact-phone",
    /// Contact route: e-mail.
    ContactEmail => "contact-email",
    /// Contact route: a web form.
    ContactForm => "contact-form",
    /// Contact route: the web chat.
    ContactChat => "contact-chat",
    /// Contact route: a store or ticket office.
    ContactStore => "contact-store",
    /// A request or instruction to the customer: an imperative ("send", "laita",
    /// "laitathan"), counted in English at the start of a clause only.
    Imperative => "imperative",
    /// Words that may stand before an instruction ("please just", "ihan vaan").
    Filler => "filler",
    /// An open offer of help that asks for nothing ("How can we help?", "Oliko muuta?").
    OpenOffer => "open-offer",
    /// A question that proposes something to try ("Have you tried restarting?").
    TrySuggestion => "try-suggestion",
    /// A question that offers to do something ("Would you like us to call?", "Sopiiko").
    OfferQuestion => "offer-question",
    /// Small talk ("Any plans for the weekend?").
    ChitChat => "chit-chat",
    /// Courtesy formulas shaped like instructions that ask for no action: well-wishes,
    /// states to be in and formal apologies ("Have a great day", "Stay positive",
    /// "Please accept our apologies", "Hyvää viikonloppua", "Ole kärsivällinen").
    CourtesyFormula => "courtesy-formula",
    /// Words that make what comes before them a comparison ("sama kuin", "same as"): a
    /// dismissive look-alike followed by one is a comparison, not a brush-off.
    Comparison => "comparison",
    /// The frame of hindsight said to the customer ("you should have", "you could've",
    /// "olisit", "sinun olisi pitänyt"): with an act of theirs after it, it blames them.
    HindsightModal => "hindsight-modal",
    /// What happens to the customer rather than what they do ("received", "been told",
    /// "had to", "saanut", "joutunut"): "you should have received" owns the fault.
    HappenedTo => "happened-to",
    /// Where information is, not what to think of it ("the statement", "tiedote", "the
    /// answer"): "I believe the statement answers your question" is no opinion on politics.
    InfoSource => "info-source",
    /// The agent correcting their own earlier words ("I got that wrong", "vastasin
    /// väärin"): "wrong" about one's own reply takes no side.
    SelfCorrection => "self-correction",
    /// Words that open an indirect question or a supposition ("whether", "if", "onko"): a
    /// judgement inside one is not claimed ("whether the bonus is deserved").
    IndirectQuestion => "indirect-question",
    /// Feelings ("wary", "huolissasi"): empathy when the reply says them of the customer.
    Feeling => "feeling",
    /// Indifference ("ihan sama", "no matter"): followed by a question word it means
    /// "whichever you like", not a brush-off.
    Indifference => "indifference",
    /// What the customer said or asked ("question", "rumour", "kysymys"): an insult before
    /// it is aimed at them.
    InsultTarget => "insult-target",
    /// Alternatives ("or", "vai"): an offer between them asks for the customer's choice.
    Alternative => "alternative",
    /// Relative pronouns ("that", "joka"): a negation right after one stays in the
    /// relative clause.
    RelativePronoun => "relative-pronoun",
    /// Question words ("which", "millä", "onko").
    WhWord => "wh-word",
    /// Telling someone to calm down, in the forms that speak to the customer.
    Calm => "calm",
    /// Words that address the customer ("you", "sinun", "sä").
    SecondPerson => "second-person",
    /// Verbs of saying ("told", "sanoin", "kerrottiin"), for "as I already said".
    SayVerb => "say-verb",
    /// The agent or the brand as speaker ("I", "we", "me").
    SelfRef => "self",
    /// Words that mark a repetition ("already", "jo", "aiemmin").
    RepeatMarker => "repeat-marker",
    /// "As" in "as I said" ("kuten", "niinku").
    AsWord => "as-word",
    /// Dismissive or condescending phrases aimed at the customer.
    Dismissive => "dismissive",
    /// Swear words.
    Profanity => "profanity",
    /// Mock sympathy ("poor you", "voi voi").
    Mockery => "mockery",
    /// Words that open a conditional clause ("if", "jos", "mikäli").
    Conditional => "conditional",
    /// Words that tell the customer to use a link ("see <link>", "hae täältä").
    LinkUse => "link-use",
    /// Hopes and open offers ("hopefully", "happy to help", "jos tarvitset").
    Hedge => "hedge",
    /// Verbs of giving the team information ("send", "let us know", "kerro", "tarvitsemme").
    InfoVerb => "info-verb",
    /// Places other than the public thread where the customer enters details ("in the
    /// app", "lomakkeella").
    Elsewhere => "elsewhere",
    /// Words that present a link as the place to write to the team ("tell us more here:
    /// <link>", "kirjoita meille").
    LinkMessage => "link-message",
    /// Thanks.
    Thanks => "thanks",
    /// Sarcastic thanks ("thanks for nothing").
    SarcasticThanks => "sarcastic-thanks",
}

impl Concept {
    /// Phrases of these concepts must stand word for word: a gap would turn "so here's what
    /// helps" into "so what" and "sorry, Grace, what a mix-up" into "sorry, what".
    #[must_use]
    pub const fn gapless(self, lang: crate::vocab::Lang) -> bool {
        match self {
            Concept::Mockery | Concept::Calm | Concept::Insult => true,
            // Finnish dismissive phrases need their gaps ("ei [ole] meidän ongelmamme").
            Concept::Dismissive => matches!(lang, crate::vocab::Lang::En),
            _ => false,
        }
    }

    /// May a word of it match with a one-letter typo? Only where a typo is common and a
    /// near miss harmless (long service words: "pahoittelemme", "apologise"); never for
    /// swear words, dismissive or blaming phrases, where "saatavana" is not "saatana".
    #[must_use]
    pub const fn typo_tolerant(self) -> bool {
        matches!(
            self,
            Concept::Apology
                | Concept::Empathy
                | Concept::Acknowledgement
                | Concept::Thanks
                | Concept::DmInvite
                | Concept::PrivateChannel
                | Concept::DetailNoun
                | Concept::GenericDetail
                | Concept::PiiNoun
                | Concept::NextStep
                | Concept::Action
        )
    }

    /// Can a negation word in front of it turn it around ("not sorry", "emme pahoittele")?
    #[must_use]
    pub const fn negatable(self) -> bool {
        matches!(
            self,
            Concept::Calm
                | Concept::Insult
                | Concept::Feeling
                | Concept::Apology
                | Concept::Empathy
                | Concept::Acknowledgement
                | Concept::Thanks
                | Concept::DmInvite
                | Concept::PublicRequest
                | Concept::Blame
                | Concept::Forbidden
                | Concept::CustomerAct
                | Concept::CustomerThing
                | Concept::Dismissive
                | Concept::Evaluative
                | Concept::Opinion
                | Concept::Agreement
                | Concept::NextStep
                | Concept::Promise
                | Concept::Imperative
                | Concept::PrivateChannel
                | Concept::ContactDm
                | Concept::ContactPhone
                | Concept::ContactEmail
                | Concept::ContactForm
                | Concept::ContactChat
                | Concept::ContactStore
                | Concept::Stance
                | Concept::TrySuggestion
                | Concept::InfoVerb
        )
    }
}

/// What a pattern in the compiled lexicon stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A concept.
    Concept(Concept),
    /// A tone word with its weight (−3 … +3).
    Tone(i8),
}

/// A lexicon file as written (`Lexicon(...)` in RON).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Lexicon")]
pub struct LexiconFile {
    /// Its language.
    pub lang: Lang,
    /// Phrase patterns per concept.
    pub concepts: BTreeMap<String, Vec<String>>,
    /// Tone weights (−3 … +3) per pattern, tuned for customer service.
    #[serde(default)]
    pub tone: BTreeMap<String, i8>,
    /// Short, frequent words of the language (for `right-language`).
    #[serde(default)]
    pub function_words: Vec<String>,
}

/// A trainer's additions to a built-in lexicon (`LexiconExtension(...)` in
/// `<data>/lexicons/<lang>.ron`): more patterns per concept, more or changed tone weights,
/// more function words. Nothing built in can be removed, so a typo cannot switch a rule off.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "LexiconExtension")]
pub struct LexiconExtension {
    /// Its language.
    pub lang: Lang,
    /// Extra phrase patterns per concept.
    #[serde(default)]
    pub concepts: BTreeMap<String, Vec<String>>,
    /// Extra or changed tone weights.
    #[serde(default)]
    pub tone: BTreeMap<String, i8>,
    /// Extra function words.
    #[serde(default)]
    pub function_words: Vec<String>,
}

/// The largest lexicon addition file read: thousands of entries fit in far less.
pub const MAX_EXTENSION_BYTES: u64 = 1024 * 1024;

/// The folder of trainers' lexicon additions, set once at start (see [`use_extensions_from`]).
static EXTENSIONS: OnceLock<Option<PathBuf>> = OnceLock::new();

/// Makes the lexicons include a trainer's additions from `<data_dir>/lexicons/<lang>.ron`.
/// Call once at start, before anything is scored; later calls change nothing. Without a
/// call (tests, benchmarks) the built-in lexicons are used as shipped.
pub fn use_extensions_from(data_dir: Option<&Path>) {
    let _ = EXTENSIONS.set(data_dir.map(|d| d.join("lexicons")));
}

/// The file a trainer's additions to a language's lexicon are read from, if extensions are on.
#[must_use]
pub fn extension_file(lang: Lang) -> Option<PathBuf> {
    EXTENSIONS.get()?.as_ref().map(|d| d.join(format!("{}.ron", lang.id())))
}

/// A lexicon ready for matching.
#[derive(Debug)]
pub struct Lexicon {
    /// The language.
    pub lang: Lang,
    /// Concepts and tone words.
    pub matcher: Matcher<Key>,
    /// The language's function words (normalised).
    pub function_words: HashSet<String>,
    /// What was wrong with the file (unknown concepts, bad patterns).
    pub problems: Vec<String>,
    /// What was wrong with a trainer's additions, with file, line and column; the rest of
    /// the additions and the whole built-in lexicon still apply.
    pub extension_problems: Vec<Diagnostic>,
}

/// Adds a trainer's additions to a lexicon file; bad entries are reported and left out.
fn merge_extension(file: &mut LexiconFile, name: &str, text: &str, lang: Lang, problems: &mut Vec<Diagnostic>) {
    let at = Locator::new(text);
    let ext: LexiconExtension = match crate::format::ron_options().from_str(text) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Diagnostic::error(
                name,
                (e.span.start.line, e.span.start.col),
                Msg::new("val-lexicon-syntax").with("detail", e.code.to_string()),
            ));
            return;
        }
    };
    if ext.lang != lang {
        problems.push(Diagnostic::error(
            name,
            at.find(&[], "lang"),
            Msg::new("val-lexicon-lang")
                .with("given", ext.lang.id())
                .with("expected", lang.id()),
        ));
        return;
    }
    for (concept, patterns) in ext.concepts {
        if Concept::from_name(&concept).is_none() {
            let known: Vec<&str> = Concept::ALL.iter().map(|c| c.name()).collect();
            problems.push(Diagnostic::error(
                name,
                at.find_str(&[], &concept),
                Msg::new("val-lexicon-concept")
                    .with("concept", concept.as_str())
                    .with("known", known.join(", ")),
            ));
            continue;
        }
        // Patterns are reported in file order, each search going on from the previous
        // one: thousands of bad patterns must not each rescan the file from its start.
        let mut cursor = at.find_str_from(0, &concept).unwrap_or(0);
        let good = patterns.into_iter().filter(|p| match pattern::parse(p) {
            Ok(_) => true,
            Err(e) => {
                let found = at.find_str_from(cursor, p);
                cursor = found.unwrap_or(cursor);
                problems.push(Diagnostic::error(
                    name,
                    found.map_or_else(|| at.find_str(&[], p), |o| at.line_col(o)),
                    Msg::new("val-lexicon-pattern")
                        .with("pattern", p.as_str())
                        .with("detail", e.to_string()),
                ));
                false
            }
        });
        file.concepts
            .entry(concept)
            .or_default()
            .extend(good.collect::<Vec<_>>());
    }
    for (p, weight) in ext.tone {
        if (-3..=3).contains(&weight) && pattern::parse(&p).is_ok() {
            file.tone.insert(p, weight);
        } else {
            problems.push(Diagnostic::error(
                name,
                at.find_str(&[], &p),
                Msg::new("val-lexicon-tone")
                    .with("pattern", p.as_str())
                    .num("weight", weight),
            ));
        }
    }
    file.function_words.extend(ext.function_words);
    // In file order, as a trainer reads them.
    problems.sort_by_key(|d| (d.line, d.col));
}

impl Lexicon {
    /// Compiles a lexicon from its file text.
    #[must_use]
    pub fn from_text(text: &str, lang: Lang) -> Lexicon {
        Self::with_extension(text, None, lang)
    }

    /// Compiles a lexicon from its file text and a trainer's additions (`(file name, text)`);
    /// problems in the additions name their file.
    #[must_use]
    pub fn with_extension(text: &str, extension: Option<(&str, &str)>, lang: Lang) -> Lexicon {
        let mut problems = Vec::new();
        let mut file: LexiconFile = match crate::format::ron_options().from_str(text) {
            Ok(f) => f,
            Err(e) => {
                problems.push(format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code));
                LexiconFile {
                    lang,
                    concepts: BTreeMap::new(),
                    tone: BTreeMap::new(),
                    function_words: Vec::new(),
                }
            }
        };
        if file.lang != lang {
            problems.push(format!("the file says lang {}, expected {lang}", file.lang));
        }
        let mut extension_problems = Vec::new();
        if let Some((name, ext_text)) = extension {
            merge_extension(&mut file, name, ext_text, lang, &mut extension_problems);
        }
        let mut matcher = Matcher::new();
        for (name, patterns) in &file.concepts {
            let Some(concept) = Concept::from_name(name) else {
                problems.push(format!("unknown concept '{name}'"));
                continue;
            };
            for p in patterns {
                match pattern::parse(p) {
                    Ok(mut parsed) => {
                        if !concept.typo_tolerant() {
                            for slot in &mut parsed.slots {
                                slot.exact = true;
                            }
                        }
                        matcher.add(Key::Concept(concept), &parsed);
                    }
                    Err(e) => problems.push(format!("{name}: {e}")),
                }
            }
        }
        for c in Concept::ALL {
            if !file.concepts.contains_key(c.name()) {
                problems.push(format!("concept '{}' is missing", c.name()));
            }
        }
        for (p, weight) in &file.tone {
            if !(-3..=3).contains(weight) {
                problems.push(format!("tone '{p}': weight {weight} is outside -3..3"));
            }
            match pattern::parse(p) {
                Ok(mut parsed) => {
                    // Tone words are short everyday words: a typo match would turn
                    // "mukana" (along) into "mukava" (nice).
                    for slot in &mut parsed.slots {
                        slot.exact = true;
                    }
                    matcher.add(Key::Tone(*weight), &parsed);
                }
                Err(e) => problems.push(format!("tone: {e}")),
            }
        }
        let function_words = file
            .function_words
            .iter()
            .map(|w| super::text::normalise(w).into_owned())
            .collect();
        Lexicon {
            lang,
            matcher,
            function_words,
            problems,
            extension_problems,
        }
    }

    /// The built-in lexicon of a language (compiled once).
    #[must_use]
    pub fn builtin(lang: Lang) -> &'static Lexicon {
        static EN: OnceLock<Lexicon> = OnceLock::new();
        static FI: OnceLock<Lexicon> = OnceLock::new();
        let (cell, path) = match lang {
            Lang::En => (&EN, "lexicons/en.ron"),
            Lang::Fi => (&FI, "lexicons/fi.ron"),
        };
        cell.get_or_init(|| {
            // A missing file is the usual case (no additions); anything else that stops it
            // from being read is reported like a problem inside it, never dropped silently.
            let mut unreadable = None;
            let extension =
                extension_file(lang).and_then(|f| match crate::fsutil::read_text(&f, MAX_EXTENSION_BYTES) {
                    Ok(text) => Some((f.display().to_string(), text)),
                    Err(crate::fsutil::ReadError::NotFound { .. }) => None,
                    Err(e) => {
                        unreadable = Some(Diagnostic::error(&f.display().to_string(), (1, 1), e.short_msg()));
                        None
                    }
                });
            let mut lex = Lexicon::with_extension(
                assets::text(path).unwrap_or(""),
                extension.as_ref().map(|(n, t)| (n.as_str(), t.as_str())),
                lang,
            );
            lex.extension_problems.extend(unreadable);
            for p in &lex.problems {
                log::warn!("lexicon {path}: {p}");
            }
            lex
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::analysis::{Analysis, Extra};

    fn apologies(lex: &Lexicon, text: &str) -> usize {
        let none: Matcher<Extra> = Matcher::new();
        Analysis::new(text, lex, &none).hits(Concept::Apology).len()
    }

    #[test]
    fn a_trainers_additions_extend_the_built_in_lexicon() {
        let base = assets::text("lexicons/en.ron").unwrap_or("");
        let ext = r#"LexiconExtension(
    lang: "en",
    concepts: { "apology": ["mortified", "mea culpa"] },
    tone: { "brill": 2 },
)"#;
        let lex = Lexicon::with_extension(base, Some(("my.ron", ext)), Lang::En);
        assert!(lex.extension_problems.is_empty(), "{:?}", lex.extension_problems);
        assert_eq!(apologies(&lex, "Mortified about that!"), 1);
        assert_eq!(apologies(&lex, "Mea culpa, we mixed up the orders."), 1);
        assert_eq!(apologies(&lex, "Sorry!"), 1, "the built-in words still count");
        assert_eq!(apologies(Lexicon::builtin(Lang::En), "Mortified about that!"), 0);
    }

    #[test]
    fn bad_additions_are_reported_with_their_place_and_left_out() {
        let base = assets::text("lexicons/fi.ron").unwrap_or("");
        let ext = "LexiconExtension(\n    lang: \"fi\",\n    concepts: {\n        \"apologyy\": [\"sori\"],\n        \"apology\": [\"so*ri\", \"sori\"],\n    },\n    tone: { \"huippu\": 7 },\n)";
        let lex = Lexicon::with_extension(base, Some(("fi.ron", ext)), Lang::Fi);
        let ids: Vec<&str> = lex.extension_problems.iter().map(|d| d.msg.id.as_ref()).collect();
        assert_eq!(ids, ["val-lexicon-concept", "val-lexicon-pattern", "val-lexicon-tone"]);
        assert_eq!(lex.extension_problems[0].line, 4, "the unknown concept's line");
        assert_eq!(apologies(&lex, "Sori tästä!"), 1, "the good entry is kept");

        let broken = Lexicon::with_extension(base, Some(("fi.ron", "LexiconExtension(lang: \"fi\",")), Lang::Fi);
        assert_eq!(broken.extension_problems[0].msg.id, "val-lexicon-syntax");
        assert_eq!(
            apologies(&broken, "Pahoittelut!"),
            1,
            "the built-in lexicon still works"
        );

        let wrong = Lexicon::with_extension(base, Some(("fi.ron", "LexiconExtension(lang: \"en\")")), Lang::Fi);
        assert_eq!(wrong.extension_problems[0].msg.id, "val-lexicon-lang");
    }
}

#[cfg(test)]
mod concept_index_tests {
    use super::Concept;

    #[test]
    fn a_concepts_index_is_its_place_in_all() {
        for (i, c) in Concept::ALL.iter().enumerate() {
            assert_eq!(c.index(), i, "{c:?}");
        }
    }
}
