//! The product's shared vocabulary: languages, channels, skills, actions and the other
//! small sets of ids that scenarios, the scorer, the store, exports and the command line
//! all speak.
//!
//! Every value has one stable kebab-case id (the one PRODUCT.md names), used in RON files,
//! JSON output, CSV exports and the database. Unknown ids are rejected with a message that
//! lists the valid ones, so a trainer who types `facebok` learns what to write instead.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An id that did not name any value of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {kind} '{given}'; expected one of: {expected}")]
pub struct UnknownId {
    /// What kind of value was expected ("channel", "skill", ...).
    pub kind: &'static str,
    /// What was given.
    pub given: String,
    /// The valid ids, comma separated.
    pub expected: String,
}

/// Defines a closed set of values with stable string ids, parsed from and written as
/// those ids (in RON, JSON and on the command line alike).
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $kind:literal {
            $( $(#[$vmeta:meta])* $variant:ident => $id:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable id of this value.
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
        }

        impl FromStr for $name {
            type Err = UnknownId;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($id => Ok($name::$variant),)+
                    _ => Err(UnknownId {
                        kind: $kind,
                        given: s.to_owned(),
                        expected: [$($id),+].join(", "),
                    }),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.id())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
                // The marked form lets the scenario loader turn this back into a
                // translatable message (see `scenario::parse`).
                s.parse().map_err(|e: UnknownId| {
                    let m = UNKNOWN_ID_MARK;
                    serde::de::Error::custom(format!(
                        "{e}{m}{}{m}{}{m}{}", e.kind, e.given, e.expected
                    ))
                })
            }
        }
    };
}

/// Marks a vocabulary error inside serde's free-text error channel so the file loaders can
/// turn it back into a translatable message (`scenario::parse::explain_detail`).
pub const UNKNOWN_ID_MARK: char = '\u{1f}';

vocabulary! {
    /// A language the app and its scenarios speak.
    Lang, "language" {
        /// Finnish.
        Fi => "fi",
        /// English.
        En => "en",
    }
}

vocabulary! {
    /// A language a reply may have to be written in: the app's two, and Swedish, which
    /// Finnish brands also serve (a Swedish post on a Finnish brand's wall).
    ReplyLang, "reply language" {
        /// Finnish.
        Fi => "fi",
        /// English.
        En => "en",
        /// Swedish.
        Sv => "sv",
    }
}

impl ReplyLang {
    /// The app language whose lexicon reads a reply in this language; `None` for Swedish,
    /// which has function words for `right-language` but no lexicon of its own.
    #[must_use]
    pub const fn lexicon_lang(self) -> Option<Lang> {
        match self {
            ReplyLang::Fi => Some(Lang::Fi),
            ReplyLang::En => Some(Lang::En),
            ReplyLang::Sv => None,
        }
    }
}

impl From<Lang> for ReplyLang {
    fn from(l: Lang) -> Self {
        match l {
            Lang::Fi => ReplyLang::Fi,
            Lang::En => ReplyLang::En,
        }
    }
}

impl Lang {
    /// The other supported language (used for "mixed language" checks).
    #[must_use]
    pub const fn other(self) -> Lang {
        match self {
            Lang::Fi => Lang::En,
            Lang::En => Lang::Fi,
        }
    }
}

vocabulary! {
    /// A social-media channel the brand answers on (PRODUCT.md §3).
    Channel, "channel" {
        /// A public reply on X.
        X => "x",
        /// An X direct message.
        XDm => "x-dm",
        /// A comment on the brand's Facebook page.
        Facebook => "facebook",
        /// Facebook Messenger.
        Messenger => "messenger",
        /// A comment under an Instagram post.
        Instagram => "instagram",
        /// Web chat on the brand's site.
        Chat => "chat",
    }
}

/// How a channel limits a reply's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthRule {
    /// X's weighted count (twitter-text v3) with a hard limit.
    XWeighted(u32),
    /// A hard limit in characters that the platform enforces.
    Hard(u32),
    /// A style target set by the brand; the platform itself would accept more.
    Style(u32),
}

impl Channel {
    /// Everyone can read the reply (PII must never appear; trolls have an audience).
    #[must_use]
    pub const fn is_public(self) -> bool {
        matches!(self, Channel::X | Channel::Facebook | Channel::Instagram)
    }

    /// The channel's length rule; `style_target` is the brand's target for style-only channels.
    #[must_use]
    pub const fn length_rule(self, style_target: Option<u32>) -> LengthRule {
        match self {
            Channel::X => LengthRule::XWeighted(280),
            Channel::XDm => LengthRule::Hard(10_000),
            Channel::Instagram => LengthRule::Hard(2_200),
            Channel::Facebook => LengthRule::Style(match style_target {
                Some(n) => n,
                None => 500,
            }),
            Channel::Messenger => LengthRule::Style(match style_target {
                Some(n) => n,
                None => 400,
            }),
            Channel::Chat => LengthRule::Style(match style_target {
                Some(n) => n,
                None => 300,
            }),
        }
    }
}

vocabulary! {
    /// A skill the trainee builds (PRODUCT.md §2).
    Skill, "skill" {
        /// Length, tone and habits of each channel; emoji and meme policy.
        ChannelStyle => "channel-style",
        /// Staying calm, understanding and positive with loud complainers.
        DeEscalation => "de-escalation",
        /// Recognising trolls and choosing ignore, a neutral reply or hiding.
        TrollHandling => "troll-handling",
        /// Knowing today's news about the brand; no personal stance on off-topic questions.
        MediaAwareness => "media-awareness",
        /// Bold, friendly, unambiguous writing with one clear next step.
        WrittenClarity => "written-clarity",
        /// Moving personal data out of public view.
        Privacy => "privacy",
        /// Fast, appropriate and friendly service.
        Speed => "speed",
    }
}

vocabulary! {
    /// An action the trainee can take instead of (or before) writing.
    Action, "action" {
        /// Answer publicly in the thread.
        ReplyPublic => "reply-public",
        /// Answer in a private message.
        ReplyPrivate => "reply-private",
        /// Hide the post under the community rules.
        Hide => "hide",
        /// Hand over to a lead, the crisis team or communications.
        Escalate => "escalate",
        /// Leave the post alone and keep monitoring.
        Ignore => "ignore",
        /// Like the post.
        Like => "like",
    }
}

vocabulary! {
    /// The kind of situation a scenario trains (PRODUCT.md §4); used for browsing and coverage.
    Category, "category" {
        /// An angry complaint (late delivery, double charge, broken product, delayed train).
        AngryComplaint => "angry-complaint",
        /// A troll or a provocation.
        Troll => "troll",
        /// A meme post, or a reply that could be a meme.
        Meme => "meme",
        /// An off-topic question about the CEO's pay.
        CeoPay => "ceo-pay",
        /// A political decision or party in the news.
        Politics => "politics",
        /// Layoffs or competitor news.
        LayoffsCompetitor => "layoffs-competitor",
        /// Praise from a happy customer.
        Praise => "praise",
        /// Misinformation to correct politely.
        Misinformation => "misinformation",
        /// A customer posting personal data in public.
        PrivacyTrap => "privacy-trap",
        /// An outage or crisis with many posts.
        Crisis => "crisis",
        /// A question best answered publicly because it helps other readers.
        PublicFaq => "public-faq",
        /// A multi-turn chat that calms down or escalates with the replies.
        ChatDeEscalation => "chat-de-escalation",
        /// A request to take the conversation to a private channel.
        TakeToDm => "take-to-dm",
    }
}

vocabulary! {
    /// How hard a scenario is.
    Difficulty, "difficulty" {
        /// First-week material.
        Easy => "easy",
        /// Needs judgement.
        Medium => "medium",
        /// Several traps at once.
        Hard => "hard",
    }
}

vocabulary! {
    /// The customer's mood, shown next to the persona and used for the avatar frame colour.
    Mood, "mood" {
        /// Furious.
        Angry => "angry",
        /// Unhappy but civil.
        Upset => "upset",
        /// Worried or anxious.
        Worried => "worried",
        /// Neither happy nor unhappy.
        Neutral => "neutral",
        /// Pleased.
        Happy => "happy",
        /// Playful, joking.
        Playful => "playful",
        /// Sarcastic.
        Sarcastic => "sarcastic",
        /// Out to provoke.
        Trolling => "trolling",
        /// Confused.
        Confused => "confused",
    }
}

vocabulary! {
    /// How good a picked option or an action is, as the scenario's author grades it.
    Grade, "grade" {
        /// The right choice.
        Pass => "pass",
        /// Acceptable but not the best.
        Partial => "partial",
        /// The wrong choice.
        Fail => "fail",
    }
}

vocabulary! {
    /// A criterion's scale (PRODUCT.md §5).
    Scale, "scale" {
        /// Pass or fail; a partial result counts as a pass.
        Binary => "binary",
        /// Fail, partial (half the points) or pass.
        ThreePoint => "three-point",
    }
}

vocabulary! {
    /// Formality of a brand's voice.
    Formality, "formality" {
        /// Formal: no slang, full sentences, often "Te" in Finnish.
        Formal => "formal",
        /// Neutral, friendly and professional.
        Neutral => "neutral",
        /// Casual and playful.
        Casual => "casual",
    }
}

vocabulary! {
    /// How a brand uses emoji.
    EmojiPolicy, "emoji policy" {
        /// No emoji at all.
        Never => "never",
        /// At most the brand's maximum per reply (usually one).
        Sparing => "sparing",
        /// Emoji are part of the voice.
        Free => "free",
    }
}

vocabulary! {
    /// Whether a brand may answer with a meme.
    MemePolicy, "meme policy" {
        /// Never reply with a meme.
        Never => "never",
        /// Only in light-hearted threads, never to a complaint.
        LightheartedOnly => "lighthearted-only",
        /// Memes are part of the voice.
        Allowed => "allowed",
    }
}

vocabulary! {
    /// What a rubric self-test expects of one criterion.
    Expectation, "expectation" {
        /// Must pass.
        Pass => "pass",
        /// Must be partial.
        Partial => "partial",
        /// Must fail.
        Fail => "fail",
        /// Must be not applicable.
        Na => "na",
        /// Pass or partial.
        NotFail => "not-fail",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_unknown_ids_list_the_valid_ones() {
        for c in Channel::ALL {
            assert_eq!(c.id().parse::<Channel>(), Ok(*c));
        }
        let err = "facebok".parse::<Channel>().unwrap_err();
        assert!(err.to_string().contains("facebook"), "{err}");
        assert!(err.to_string().contains("facebok"), "{err}");
    }

    #[test]
    fn public_channels_are_the_three_open_ones() {
        let public: Vec<_> = Channel::ALL.iter().filter(|c| c.is_public()).collect();
        assert_eq!(public, [&Channel::X, &Channel::Facebook, &Channel::Instagram]);
    }

    #[test]
    fn serde_uses_the_ids() {
        let json = serde_json::to_string(&Skill::DeEscalation).unwrap();
        assert_eq!(json, "\"de-escalation\"");
        let back: Skill = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Skill::DeEscalation);
    }
}
