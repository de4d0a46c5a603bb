//! The built-in criteria (PRODUCT.md §5) and custom ones.
//!
//! Each criterion looks at the [`Analysis`] of a reply and returns an [`Outcome`]: a mark,
//! the evidence (byte ranges of the reply) and a message id with arguments. No criterion
//! returns a zero without saying why.

mod courtesy;

pub use courtesy::name_stems;
pub mod form;
mod privacy;
mod rules;

use super::analysis::{Analysis, ConceptHit};
use super::catalog::CriterionId;
use super::result::Mark;
use super::situation::Situation;
use crate::i18n::Msg;
use crate::scenario::rubric::{CriterionKind, ResolvedCriterion};

/// What a criterion decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The raw mark (before the rubric's scale).
    pub mark: Mark,
    /// Byte ranges in the reply.
    pub evidence: Vec<(usize, usize)>,
    /// Why.
    pub msg: Msg,
}

impl Outcome {
    fn new(mark: Mark, evidence: Vec<(usize, usize)>, msg: Msg) -> Self {
        Outcome { mark, evidence, msg }
    }
}

/// What criteria can use besides the reply: the situation and pre-compiled extras.
pub struct Ctx<'a> {
    /// The situation.
    pub situation: &'a Situation,
    /// The customer's name forms to look for (lower case stems).
    pub name_stems: &'a [String],
    /// Compiled regular expressions of custom criteria, by criterion index.
    pub regexes: &'a [Option<regex::Regex>],
    /// Example issue words for messages.
    pub issue_examples: &'a str,
    /// The lexicon of the other language (for `right-language`).
    pub other_lexicon: &'a super::lexicon::Lexicon,
    /// How to recognise the brand's sign-off.
    pub signature: &'a form::SignatureCheck,
}

/// Evaluates criterion number `index` of the rubric.
#[must_use]
pub fn evaluate(ctx: &Ctx<'_>, a: &Analysis<'_>, c: &ResolvedCriterion, index: usize) -> Outcome {
    match &c.kind {
        CriterionKind::BuiltIn(id) => match id {
            CriterionId::Acknowledge => courtesy::acknowledge(ctx, a),
            CriterionId::Apology => courtesy::apology(a),
            CriterionId::Empathy => courtesy::empathy(a),
            CriterionId::Thanks => courtesy::thanks(a),
            CriterionId::UsesName => courtesy::uses_name(ctx, a),
            CriterionId::PositiveTone => courtesy::positive_tone(a),
            CriterionId::MoveToPrivate => privacy::move_to_private(ctx, a),
            CriterionId::AsksDetails => privacy::asks_details(a),
            CriterionId::NoPublicPii => privacy::no_public_pii(ctx, a),
            CriterionId::NoBlame => rules::no_blame(a),
            CriterionId::NoForbidden => rules::no_forbidden(a, index),
            CriterionId::NoPoliticalStance => rules::no_political_stance(a),
            CriterionId::ChannelFit => form::channel_fit(ctx, a),
            CriterionId::EmojiPolicy => form::emoji_policy(ctx, a),
            CriterionId::Readability => form::readability(ctx, a),
            CriterionId::RightLanguage => form::right_language(ctx, a),
            CriterionId::NextStep => form::next_step(a),
            CriterionId::Signature => form::signature(a, ctx.signature),
        },
        CriterionKind::Custom(custom) => rules::custom(ctx, a, custom, index),
    }
}

/// At most this many evidence ranges per criterion: enough to show every instance a
/// trainee could act on, bounded for a pasted megabyte.
pub const MAX_EVIDENCE: usize = 50;

/// The evidence ranges of concept hits.
fn spans<'h>(a: &Analysis<'_>, hits: impl IntoIterator<Item = &'h ConceptHit>) -> Vec<(usize, usize)> {
    hits.into_iter()
        .take(MAX_EVIDENCE)
        .map(|h| a.span(h.first, h.last))
        .collect()
}

/// The text of the first evidence range, for messages ("…" when long).
fn found(a: &Analysis<'_>, ev: &[(usize, usize)]) -> String {
    ev.first().map_or_else(String::new, |&(s, e)| quote(&a.text[s..e]))
}

/// A short quotation of reply text for a message.
fn quote(s: &str) -> String {
    const MAX: usize = 60;
    let s = s.trim();
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}…")
    }
}
