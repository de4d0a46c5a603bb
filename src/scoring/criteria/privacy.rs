//! move-to-private, asks-details, no-public-pii.

use super::{Ctx, Outcome, found, positive, spans};
use crate::i18n::Msg;
use crate::scoring::analysis::{Analysis, ConceptHit};
use crate::scoring::lexicon::Concept;
use crate::scoring::pii;
use crate::scoring::result::Mark;

/// Sentences that ask the customer to post details in public: a public request and a detail
/// or personal-data noun in the same sentence, with no DM invitation there.
fn public_detail_requests(a: &Analysis<'_>) -> Vec<(usize, usize)> {
    let nouns = a.sentences_of(a.hits(Concept::PiiNoun).iter().chain(a.hits(Concept::DetailNoun)));
    let dms = a.sentences_of(a.positive(Concept::DmInvite));
    let mut out: Vec<(usize, usize)> = Vec::new();
    // "Don't post your order number here" is the advice we want, not a request.
    for r in a.positive(Concept::PublicRequest) {
        if a.in_sentences(r.first, &nouns) && !a.in_sentences(r.first, &dms) {
            let (first, last) = a.sentence_tokens()[a.sentence(r.first) as usize];
            let span = a.span(first, last);
            if out.last() != Some(&span) {
                out.push(span);
            }
        }
    }
    out
}

/// Invites the customer to a private channel; asking for details in public fails.
pub(super) fn move_to_private(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let channel = ctx.situation.channel;
    if !channel.is_public() {
        return Outcome::new(
            Mark::Na,
            Vec::new(),
            Msg::new("crit-move-to-private-na").with("channel", channel.id()),
        );
    }
    let public = public_detail_requests(a);
    if !public.is_empty() {
        let f = found(a, &public);
        return Outcome::new(
            Mark::Fail,
            public,
            Msg::new("crit-move-to-private-fail-public").with("found", f),
        );
    }
    let dm = positive(a, Concept::DmInvite);
    if !dm.is_empty() {
        let ev = spans(a, dm);
        let f = found(a, &ev);
        return Outcome::new(Mark::Pass, ev, Msg::new("crit-move-to-private-pass").with("found", f));
    }
    let other = positive(a, Concept::PrivateChannel);
    if !other.is_empty() {
        let ev = spans(a, other);
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Partial,
            ev,
            Msg::new("crit-move-to-private-partial").with("found", f),
        );
    }
    Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-move-to-private-fail"))
}

/// Asks for the specific details needed to help.
pub(super) fn asks_details(a: &Analysis<'_>) -> Outcome {
    let requests = a.sentences_of(a.hits(Concept::Request).iter().chain(a.hits(Concept::DmInvite)));
    let asks_in = |h: &ConceptHit| a.is_question(h.first) || a.in_sentences(h.first, &requests);
    let specific: Vec<&ConceptHit> = a.hits(Concept::DetailNoun).iter().filter(|h| asks_in(h)).collect();
    if !specific.is_empty() {
        let ev = spans(a, specific);
        let f = found(a, &ev);
        return Outcome::new(Mark::Pass, ev, Msg::new("crit-asks-details-pass").with("found", f));
    }
    let generic: Vec<&ConceptHit> = a.hits(Concept::GenericDetail).iter().filter(|h| asks_in(h)).collect();
    if !generic.is_empty() {
        let ev = spans(a, generic);
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Partial,
            ev,
            Msg::new("crit-asks-details-partial").with("found", f),
        );
    }
    Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-asks-details-fail"))
}

/// No personal data in public, and no request to post it in public.
pub(super) fn no_public_pii(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let channel = ctx.situation.channel;
    if !channel.is_public() {
        return Outcome::new(
            Mark::Na,
            Vec::new(),
            Msg::new("crit-no-public-pii-na").with("channel", channel.id()),
        );
    }
    let allowed = ctx
        .situation
        .brand
        .as_ref()
        .map_or(&[][..], |b| b.public_contacts.as_slice());
    let hits = pii::find(a.text, &ctx.situation.personal_data, allowed);
    if let Some(first) = hits.first() {
        let ev: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Fail,
            ev,
            Msg::new("crit-no-public-pii-fail")
                .with("kind", first.kind.id())
                .with("found", f),
        );
    }
    let public = public_detail_requests(a);
    if !public.is_empty() {
        let f = found(a, &public);
        return Outcome::new(
            Mark::Fail,
            public,
            Msg::new("crit-no-public-pii-fail-request").with("found", f),
        );
    }
    Outcome::new(Mark::Pass, Vec::new(), Msg::new("crit-no-public-pii-pass"))
}
