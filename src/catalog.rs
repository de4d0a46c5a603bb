//! The built-in criteria: their stable ids (PRODUCT.md §5) and usual settings.
//!
//! Scenarios reference criteria by these ids; the CLI, exports and the store use them too,
//! so they never change. Each criterion's logic lives in [`super::criteria`].

use crate::vocab::Scale;

/// A built-in criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CriterionId {
    /// The reply names the customer's issue.
    Acknowledge,
    /// A real apology.
    Apology,
    /// Understanding of how the customer feels.
    Empathy,
    /// Invites the customer to a private channel.
    MoveToPrivate,
    /// Asks for the details needed to help.
    AsksDetails,
    /// Does not blame the customer.
    NoBlame,
    /// No forbidden phrase.
    NoForbidden,
    /// Fits the channel's length and habits.
    ChannelFit,
    /// Emoji follow the brand's policy.
    EmojiPolicy,
    /// Friendly, positive tone.
    PositiveTone,
    /// Easy to read.
    Readability,
    /// Uses the customer's name.
    UsesName,
    /// No personal data in public.
    NoPublicPii,
    /// Written in the scenario's language.
    RightLanguage,
    /// No personal stance on politics or news topics.
    NoPoliticalStance,
    /// One clear next step.
    NextStep,
    /// Thanks the customer.
    Thanks,
    /// The brand's sign-off.
    Signature,
}

/// Usual settings of a built-in criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Defaults {
    /// Usual scale.
    pub scale: Scale,
    /// Critical by default?
    pub critical: bool,
}

impl CriterionId {
    /// Every built-in criterion, in the order PRODUCT.md lists them.
    pub const ALL: [CriterionId; 18] = [
        CriterionId::Acknowledge,
        CriterionId::Apology,
        CriterionId::Empathy,
        CriterionId::MoveToPrivate,
        CriterionId::AsksDetails,
        CriterionId::NoBlame,
        CriterionId::NoForbidden,
        CriterionId::ChannelFit,
        CriterionId::EmojiPolicy,
        CriterionId::PositiveTone,
        CriterionId::Readability,
        CriterionId::UsesName,
        CriterionId::NoPublicPii,
        CriterionId::RightLanguage,
        CriterionId::NoPoliticalStance,
        CriterionId::NextStep,
        CriterionId::Thanks,
        CriterionId::Signature,
    ];

    /// The stable id.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            CriterionId::Acknowledge => "acknowledge",
            CriterionId::Apology => "apology",
            CriterionId::Empathy => "empathy",
            CriterionId::MoveToPrivate => "move-to-private",
            CriterionId::AsksDetails => "asks-details",
            CriterionId::NoBlame => "no-blame",
            CriterionId::NoForbidden => "no-forbidden",
            CriterionId::ChannelFit => "channel-fit",
            CriterionId::EmojiPolicy => "emoji-policy",
            CriterionId::PositiveTone => "positive-tone",
            CriterionId::Readability => "readability",
            CriterionId::UsesName => "uses-name",
            CriterionId::NoPublicPii => "no-public-pii",
            CriterionId::RightLanguage => "right-language",
            CriterionId::NoPoliticalStance => "no-political-stance",
            CriterionId::NextStep => "next-step",
            CriterionId::Thanks => "thanks",
            CriterionId::Signature => "signature",
        }
    }

    /// Looks a built-in criterion up by its id.
    #[must_use]
    pub fn from_id(id: &str) -> Option<CriterionId> {
        CriterionId::ALL.iter().copied().find(|c| c.id() == id)
    }

    /// The usual scale and critical flag.
    #[must_use]
    pub const fn defaults(self) -> Defaults {
        match self {
            CriterionId::NoForbidden => Defaults {
                scale: Scale::Binary,
                critical: true,
            },
            CriterionId::NoPublicPii => Defaults {
                scale: Scale::Binary,
                critical: true,
            },
            CriterionId::UsesName | CriterionId::Thanks => Defaults {
                scale: Scale::Binary,
                critical: false,
            },
            _ => Defaults {
                scale: Scale::ThreePoint,
                critical: false,
            },
        }
    }

    /// The Fluent id of the criterion's display name.
    #[must_use]
    pub fn name_msg_id(self) -> String {
        format!("crit-{}", self.id())
    }
}

/// The pseudo-criterion id under which pick and action turns report their result.
pub const CHOICE_ID: &str = "choice";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_eighteen_of_the_product_brief_and_unique() {
        let ids: std::collections::BTreeSet<_> = CriterionId::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(ids.len(), 18);
        for id in [
            "acknowledge",
            "apology",
            "empathy",
            "move-to-private",
            "asks-details",
            "no-blame",
            "no-forbidden",
            "channel-fit",
            "emoji-policy",
            "positive-tone",
            "readability",
            "uses-name",
            "no-public-pii",
            "right-language",
            "no-political-stance",
            "next-step",
            "thanks",
            "signature",
        ] {
            assert_eq!(CriterionId::from_id(id).map(CriterionId::id), Some(id));
        }
    }
}
