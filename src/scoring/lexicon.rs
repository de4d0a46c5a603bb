//! Lexicons: the phrase lists behind the criteria, one RON file per language under
//! `assets/lexicons/`, written for customer service (not general sentiment) so a trainer can
//! read and extend them.
//!
//! A general-purpose sentiment list scores "We apologise for the inconvenience" as negative
//! and "Calm down." as positive; here apologies are neutral-to-good, "calm down" is a
//! forbidden phrase (a rule, not a mood), and the Finnish list is written by hand because
//! the machine-translated AFINN gets the service vocabulary backwards.

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use super::matcher::Matcher;
use super::pattern;
use crate::assets;
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
    /// Words that start a new clause for negation ("but", "mutta", "no worries").
    ClauseBreak => "clause-break",
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
    /// Words that judge ("ridiculous", "fair", "törkeä").
    Evaluative => "evaluative",
    /// A next step for the customer or the brand ("we'll", "please check").
    NextStep => "next-step",
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
    /// Thanks.
    Thanks => "thanks",
    /// Sarcastic thanks ("thanks for nothing").
    SarcasticThanks => "sarcastic-thanks",
}

impl Concept {
    /// Can a negation word in front of it turn it around ("not sorry", "emme pahoittele")?
    #[must_use]
    pub const fn negatable(self) -> bool {
        matches!(
            self,
            Concept::Apology
                | Concept::Empathy
                | Concept::Acknowledgement
                | Concept::Thanks
                | Concept::DmInvite
                | Concept::PublicRequest
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
}

impl Lexicon {
    /// Compiles a lexicon from its file text.
    #[must_use]
    pub fn from_text(text: &str, lang: Lang) -> Lexicon {
        let mut problems = Vec::new();
        let file: LexiconFile = match crate::scenario::parse::ron_options().from_str(text) {
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
        let mut matcher = Matcher::new();
        for (name, patterns) in &file.concepts {
            let Some(concept) = Concept::from_name(name) else {
                problems.push(format!("unknown concept '{name}'"));
                continue;
            };
            for p in patterns {
                match pattern::parse(p) {
                    Ok(parsed) => {
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
            let lex = Lexicon::from_text(assets::text(path).unwrap_or(""), lang);
            for p in &lex.problems {
                log::warn!("lexicon {path}: {p}");
            }
            lex
        })
    }
}
