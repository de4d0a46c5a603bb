//! no-blame, no-forbidden, no-political-stance and custom criteria: hard rules, kept out
//! of the tone score so they can never be averaged away.

use super::{Ctx, Outcome, found, spans};
use crate::i18n::Msg;
use crate::scenario::model::CustomCriterion;
use crate::scoring::analysis::{Analysis, ConceptHit, Extra};
use crate::scoring::lexicon::Concept;
use crate::scoring::result::Mark;

/// Does not blame the customer; passive-aggressive reminders are partial.
pub(super) fn no_blame(a: &Analysis<'_>) -> Outcome {
    let blame = a.hits(Concept::Blame);
    if !blame.is_empty() {
        let ev = spans(a, blame);
        let f = found(a, &ev);
        return Outcome::new(Mark::Fail, ev, Msg::new("crit-no-blame-fail").with("found", f));
    }
    let soft = a.hits(Concept::SoftBlame);
    if !soft.is_empty() {
        let ev = spans(a, soft);
        let f = found(a, &ev);
        return Outcome::new(Mark::Partial, ev, Msg::new("crit-no-blame-partial").with("found", f));
    }
    Outcome::new(Mark::Pass, Vec::new(), Msg::new("crit-no-blame-pass"))
}

/// None of the universal, brand or scenario forbidden phrases.
pub(super) fn no_forbidden(a: &Analysis<'_>, index: usize) -> Outcome {
    let mut ev = spans(a, a.hits(Concept::Forbidden));
    let own = u16::try_from(index).unwrap_or(u16::MAX);
    ev.extend(
        a.extra
            .iter()
            .filter(|h| h.key == Extra::Forbidden || h.key == Extra::Phrases(own))
            .map(|h| a.span(h.first, h.last)),
    );
    ev.sort_unstable();
    ev.dedup();
    if ev.is_empty() {
        Outcome::new(Mark::Pass, ev, Msg::new("crit-no-forbidden-pass"))
    } else {
        let f = found(a, &ev);
        Outcome::new(Mark::Fail, ev, Msg::new("crit-no-forbidden-fail").with("found", f))
    }
}

/// No personal stance on politics or news topics: an opinion about a topic, judging a
/// political topic, or siding with the customer fails; judging the scenario's own issue
/// (not a political topic) is partial.
pub(super) fn no_political_stance(a: &Analysis<'_>) -> Outcome {
    let mut topics: Vec<u32> = a
        .hits(Concept::PoliticalTopic)
        .iter()
        .map(|h| a.sentence(h.first))
        .chain(a.extra_hits(Extra::Issue).map(|h| a.sentence(h.first)))
        .collect();
    topics.sort_unstable();
    topics.dedup();
    let evaluative = a.hits(Concept::Evaluative);
    let judged = a.sentences_of(evaluative);
    let political = a.sentences_of(a.hits(Concept::PoliticalTopic));
    // An opinion marker is a stance when it is about a political topic or judges something;
    // "to be honest, trains run as usual" names the issue but takes no side.
    let stance: Vec<&ConceptHit> = a
        .hits(Concept::Opinion)
        .iter()
        .filter(|h| a.in_sentences(h.first, &political) || a.in_sentences(h.first, &judged))
        // Siding with the customer is a stance when the reply is about the topic at all.
        .chain(a.hits(Concept::Agreement).iter().filter(|_| !topics.is_empty()))
        .chain(evaluative.iter().filter(|h| a.in_sentences(h.first, &political)))
        .collect();
    if !stance.is_empty() {
        // Highlight the whole sentence the opinion is in.
        let mut ev: Vec<(usize, usize)> = stance
            .iter()
            .take(super::MAX_EVIDENCE)
            .map(|h| {
                let (first, last) = a.sentence_tokens()[a.sentence(h.first) as usize];
                a.span(first, last)
            })
            .collect();
        ev.dedup();
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Fail,
            ev,
            Msg::new("crit-no-political-stance-fail").with("found", f),
        );
    }
    let judging: Vec<&ConceptHit> = evaluative.iter().filter(|h| a.in_sentences(h.first, &topics)).collect();
    if !judging.is_empty() {
        let ev = spans(a, judging);
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Partial,
            ev,
            Msg::new("crit-no-political-stance-partial").with("found", f),
        );
    }
    Outcome::new(Mark::Pass, Vec::new(), Msg::new("crit-no-political-stance-pass"))
}

/// A custom criterion: required phrases, avoided phrases, a regular expression.
pub(super) fn custom(ctx: &Ctx<'_>, a: &Analysis<'_>, c: &CustomCriterion, index: usize) -> Outcome {
    let i = u16::try_from(index).unwrap_or(u16::MAX);
    let required: Vec<(usize, usize)> = a
        .extra_hits(Extra::Require(i))
        .map(|h| a.span(h.first, h.last))
        .collect();
    let avoided: Vec<(usize, usize)> = a.extra_hits(Extra::Avoid(i)).map(|h| a.span(h.first, h.last)).collect();
    let regex = ctx.regexes.get(index).and_then(Option::as_ref);
    let pattern_match = regex.and_then(|r| r.find(a.text)).map(|m| (m.start(), m.end()));
    let require_ok = c.require.is_empty() || !required.is_empty();
    let pattern_ok = c.pattern.is_none() || pattern_match.is_some();
    let text = |t: &str| Msg::new("crit-custom-text").with("text", t);
    if !avoided.is_empty() {
        return Outcome::new(Mark::Fail, avoided, text(&c.fail));
    }
    if require_ok && pattern_ok {
        let mut ev = required;
        ev.extend(pattern_match);
        return Outcome::new(Mark::Pass, ev, text(&c.pass));
    }
    Outcome::new(Mark::Fail, Vec::new(), text(&c.fail))
}
