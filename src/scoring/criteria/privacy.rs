//! move-to-private, asks-details, no-public-pii.
//!
//! All three read what a sentence *does*: a request or a question asks for something, a
//! negated or advising sentence warns ("your number is visible to everyone, please delete
//! the tweet"; "älä jaa tilausnumeroa täällä"), and a statement only states. Words alone
//! ("publicly", "julkisesti", "phone number") decide nothing.

use super::{Ctx, Outcome, found, spans};
use crate::i18n::Msg;
use crate::scoring::analysis::{Analysis, ConceptHit};
use crate::scoring::lexicon::Concept;
use crate::scoring::pii;
use crate::scoring::result::Mark;

/// Does the sentence of token `t` ask the customer for something: a request clause
/// ("please send", "laita", "could you") or a question?
fn asks(a: &Analysis<'_>, t: u32) -> bool {
    a.is_request_clause(t) || a.is_question(t)
}

/// Is this personal-data word an address next to a link ("osoitteessa <link>",
/// "at the address <link>")?
fn web_address(a: &Analysis<'_>, n: &ConceptHit) -> bool {
    let url_at = |t: usize| a.tokens.get(t).is_some_and(|x| x.has(crate::text::F_URL));
    url_at(n.last as usize + 1) || (n.first as usize).checked_sub(1).is_some_and(url_at)
}

/// Links that open a private conversation (Messenger and Instagram DM links).
fn dm_link(a: &Analysis<'_>, span: (usize, usize)) -> bool {
    let link = a.text[span.0..span.1].to_ascii_lowercase();
    ["m.me/", "ig.me/m", "wa.me/", "twitter.com/messages", "x.com/messages"]
        .iter()
        .any(|p| link.contains(p))
}

/// Sentences that ask the customer to post details in public: a request or question that
/// names a public place ("post it here", "tähän ketjuun") or, for personal data, that asks
/// for it with no private channel anywhere in the reply. `pii_only` keeps only personal
/// data (an order number asked in public is poor practice, not a privacy fail).
fn public_requests(a: &Analysis<'_>, pii_only: bool) -> Vec<(usize, usize)> {
    let nouns: Vec<&ConceptHit> = if pii_only {
        a.said(Concept::PiiNoun).collect()
    } else {
        a.said(Concept::PiiNoun).chain(a.said(Concept::DetailNoun)).collect()
    };
    let private_anywhere = a.positive(Concept::DmInvite).next().is_some()
        || a.positive(Concept::ContactDm).next().is_some()
        || a.positive(Concept::ContactChat).next().is_some()
        || a.urls.iter().any(|u| dm_link(a, *u));
    let pii_starts: std::collections::HashSet<u32> = a.hits(Concept::PiiNoun).iter().map(|p| p.first).collect();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for n in &nouns {
        if n.negated || !asks(a, n.first) || a.sentence_has(n.first, Concept::DmInvite) {
            continue;
        }
        // A web address is not a home address ("osoitteessa linjaverkko.fi/status").
        if web_address(a, n) {
            continue;
        }
        // "Don't post your number here" is advice: the request is negated.
        let public_place = a.sentence_has_positive(n.first, Concept::PublicRequest);
        let negated_request = a.sentence_has(n.first, Concept::PublicRequest) && !public_place;
        if negated_request {
            continue;
        }
        let is_pii = pii_starts.contains(&n.first);
        // Personal data is asked for only by a verb of giving it ("post your e-mail", "laita
        // numerosi"), not denied ("älä anna salasanaa", "emme kysy sitä"): "remove the
        // address from your comment" and "keep your password" ask for nothing.
        let clause = a.tokens[n.first as usize].clause;
        let gives = a
            .positive(Concept::InfoVerb)
            .any(|v| v.first < n.first && a.tokens[v.first as usize].clause == clause)
            || public_place;
        if is_pii && !gives {
            continue;
        }
        let elsewhere = a.sentence_has(n.first, Concept::Elsewhere);
        if public_place
            || (is_pii && !elsewhere && !private_anywhere && !a.sentence_has(n.first, Concept::PrivateChannel))
        {
            let (first, last) = a.sentence_tokens()[a.sentence(n.first) as usize];
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
    let dm: Vec<&ConceptHit> = a
        .positive(Concept::DmInvite)
        .chain(a.positive(Concept::ContactChat))
        .collect();
    let public: Vec<(usize, usize)> = public_requests(a, false)
        .into_iter()
        .filter(|_| dm.is_empty())
        .collect();
    if !public.is_empty() {
        let f = found(a, &public);
        return Outcome::new(
            Mark::Fail,
            public,
            Msg::new("crit-move-to-private-fail-public").with("found", f),
        );
    }
    if !dm.is_empty() {
        let ev = spans(a, dm);
        let f = found(a, &ev);
        return Outcome::new(Mark::Pass, ev, Msg::new("crit-move-to-private-pass").with("found", f));
    }
    // A link presented as the place to write to the team privately ("tell us more here:
    // <link>", a Messenger link); a bare link, a help article or "contact us" is not.
    let link_invite: Vec<(usize, usize)> = a
        .urls
        .iter()
        .filter(|&&u| {
            let t = a.token_at(u.0);
            dm_link(a, u) || (t as usize) < a.tokens.len() && a.sentence_has(t, Concept::LinkMessage)
        })
        .copied()
        .collect();
    if !link_invite.is_empty() {
        let f = found(a, &link_invite);
        return Outcome::new(
            Mark::Pass,
            link_invite,
            Msg::new("crit-move-to-private-pass").with("found", f),
        );
    }
    let other: Vec<&ConceptHit> = a.positive(Concept::PrivateChannel).collect();
    if !other.is_empty() {
        let ev = spans(a, other);
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Fail,
            ev,
            Msg::new("crit-move-to-private-fail-other").with("found", f),
        );
    }
    Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-move-to-private-fail"))
}

/// Asks for a specific detail or fact about the case: a question about it ("Which station
/// did you get on at?", "Vilkkuuko valo?"), or a request that names what to give ("DM us
/// your order number", "kerro, millä asemalla nousit"). Open offers ("How can we help?"),
/// small talk, suggestions to try something ("Have you tried restarting?") and a bare
/// "DM us" ask for nothing.
pub(super) fn asks_details(a: &Analysis<'_>) -> Outcome {
    let mut ev: Vec<(usize, usize)> = Vec::new();
    let sentences = a.sentence_tokens().len();
    // The first case detail named in each sentence, and the first question word that does
    // not open its sentence: one pass over the hits, not one per sentence.
    let mut noun_in: Vec<Option<(u32, u32)>> = vec![None; sentences];
    for h in a
        .said(Concept::DetailNoun)
        .chain(a.said(Concept::PiiNoun))
        .chain(a.said(Concept::GenericDetail))
        .filter(|h| !h.negated)
    {
        let slot = &mut noun_in[a.sentence(h.first) as usize];
        if slot.is_none_or(|(f, _)| h.first < f) {
            *slot = Some((h.first, h.last));
        }
    }
    let mut wh_in: Vec<Option<u32>> = vec![None; sentences];
    for h in a.said(Concept::WhWord).filter(|h| !a.is_sentence_initial(h.first)) {
        let slot = &mut wh_in[a.sentence(h.first) as usize];
        if slot.is_none() {
            *slot = Some(h.first);
        }
    }
    for s in 0..sentences {
        let (first, last) = a.sentence_tokens()[s];
        if a.tokens[first as usize..=last as usize]
            .iter()
            .all(|t| !t.is_plain_word())
        {
            continue;
        }
        let in_s = |c: Concept| a.sentence_has(first, c);
        let noun = noun_in[s];
        if a.is_question(first) {
            if in_s(Concept::OpenOffer) || in_s(Concept::TrySuggestion) || in_s(Concept::ChitChat) {
                continue;
            }
            // "Would you like us to call you?" offers; "Could you DM us?" only invites. An
            // offer between alternatives asks for the customer's choice ("leave it at your
            // door or take it to a pickup point?").
            let choice = in_s(Concept::Alternative);
            if noun.is_none() && !choice && (in_s(Concept::OfferQuestion) || in_s(Concept::DmInvite)) {
                continue;
            }
            ev.push(a.span(first, last));
            continue;
        }
        // A request to give information: "check your receipt" or "claim your receipts
        // here" ask for nothing, "send us your receipt" does.
        if !a.sentence_has_positive(first, Concept::InfoVerb) {
            continue;
        }
        if let Some((f, l)) = noun {
            ev.push(a.span(f, l));
        } else if let Some(w) = wh_in[s] {
            ev.push(a.span(w, last.max(w)));
        }
        if ev.len() >= super::MAX_EVIDENCE {
            break;
        }
    }
    if ev.is_empty() {
        return Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-asks-details-fail"));
    }
    ev.truncate(super::MAX_EVIDENCE);
    let f = found(a, &ev);
    Outcome::new(Mark::Pass, ev, Msg::new("crit-asks-details-pass").with("found", f))
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
    let public = public_requests(a, true);
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
