//! The situation a reply is scored in: language, channel, customer, brand rules.

use crate::scenario::model::{Brand, EmojiRule, Scenario, SignOff, Step};
use crate::vocab::{Channel, EmojiPolicy, Formality, Lang};

/// A brand's rules that criteria check.
#[derive(Debug, Clone, PartialEq)]
pub struct BrandRules {
    /// Emoji policy.
    pub emoji: EmojiRule,
    /// Sign-off.
    pub sign_off: SignOff,
    /// The style target for the step's channel, if the brand sets one.
    pub style_target: Option<u32>,
    /// The brand's own contact details (never personal data).
    pub public_contacts: Vec<String>,
    /// Formality of the voice.
    pub formality: Formality,
}

impl BrandRules {
    /// The rules of a brand on a channel.
    #[must_use]
    pub fn of(brand: &Brand, channel: Channel) -> Self {
        BrandRules {
            emoji: brand.emoji.clone(),
            sign_off: brand.sign_off.clone(),
            style_target: brand.style_limits.get(&channel).copied(),
            public_contacts: brand.public_contacts.clone(),
            formality: brand.voice.formality,
        }
    }
}

/// Everything about the situation that the criteria need.
#[derive(Debug, Clone, PartialEq)]
pub struct Situation {
    /// The language whose lexicon reads the reply: the reply's own when it is one of the
    /// app's languages, otherwise the scenario's.
    pub lang: Lang,
    /// The channel the reply goes to.
    pub channel: Channel,
    /// The customer's name, if known.
    pub customer_name: Option<String>,
    /// Issue word patterns.
    pub issue: Vec<String>,
    /// Personal data the customer revealed.
    pub personal_data: Vec<String>,
    /// Forbidden phrase patterns (brand + scenario).
    pub forbidden: Vec<String>,
    /// The brand's rules; none in ad-hoc scoring without a brand.
    pub brand: Option<BrandRules>,
    /// What the customer wrote in this step, if known: context for `acknowledge` when no
    /// issue words are given. It never earns the reply credit by itself.
    pub customer_post: Option<String>,
    /// The language the reply must be in (the scenario's, or the step's `reply_lang`).
    pub reply_lang: crate::vocab::ReplyLang,
}

impl Situation {
    /// A bare situation (ad-hoc scoring from the command line).
    #[must_use]
    pub fn bare(lang: Lang, channel: Channel, customer_name: Option<String>) -> Self {
        Situation {
            lang,
            channel,
            customer_name,
            issue: Vec::new(),
            personal_data: Vec::new(),
            forbidden: Vec::new(),
            brand: None,
            customer_post: None,
            reply_lang: lang.into(),
        }
    }

    /// The situation of a step of a scenario whose placeholders are already substituted.
    #[must_use]
    pub fn for_step(scenario: &Scenario, step: &Step, brand: Option<&Brand>) -> Self {
        let channel = step.channel.unwrap_or(scenario.channel);
        let customer_name = scenario
            .params
            .customer_name
            .clone()
            .or_else(|| scenario.persona.name.split_whitespace().next().map(str::to_owned))
            .filter(|n| !n.trim().is_empty() && !n.contains('{'));
        let mut forbidden = scenario.params.forbidden.clone();
        if let Some(b) = brand {
            forbidden.extend(b.forbidden.iter().cloned());
        }
        let reply_lang = match &step.turn {
            crate::scenario::model::Turn::Write(w) => w.reply_lang,
            _ => None,
        }
        .unwrap_or_else(|| scenario.lang.into());
        Situation {
            // A reply the step asks for in the other app language (an English post on a
            // Finnish brand) is read with that language's lexicon, or an English apology
            // would go unseen by a Finnish one.
            lang: reply_lang.lexicon_lang().unwrap_or(scenario.lang),
            channel,
            customer_name,
            issue: scenario.params.issue.clone(),
            personal_data: scenario.params.personal_data.clone(),
            forbidden,
            brand: brand.map(|b| BrandRules::of(b, channel)),
            customer_post: Some(step.message.text.clone()),
            reply_lang,
        }
    }

    /// The emoji rule in force, if a brand sets one.
    #[must_use]
    pub fn emoji_policy(&self) -> Option<(EmojiPolicy, u32)> {
        self.brand.as_ref().map(|b| (b.emoji.policy, b.emoji.max))
    }
}
