//! no-blame, no-forbidden, no-political-stance and custom criteria: hard rules, kept out
//! of the tone score so they can never be averaged away.

use super::{Ctx, Outcome, found, spans};
use crate::i18n::Msg;
use crate::scenario::model::CustomCriterion;
use crate::scoring::analysis::{Analysis, ConceptHit, Extra};
use crate::scoring::lexicon::Concept;
use crate::scoring::result::Mark;
use crate::scoring::text::F_QUOTED;
use crate::vocab::Lang;

/// Does not blame the customer: says or clearly implies the customer caused the problem
/// ("you should have checked", "olisit voinut tarkistaa", "laitetta on käsitelty väärin").
/// Saying it is not their fault, owning the fault, and blaming a third party pass.
pub(super) fn no_blame(a: &Analysis<'_>) -> Outcome {
    let mut blame: Vec<&ConceptHit> = a.positive(Concept::Blame).collect();
    // The customer's own action or their own things given as the cause ("olet valinnut
    // väärän koon, joten…", "probably your wifi"), and hindsight advice that implies they
    // erred ("tarkistathan jatkossa", "please double-check next time").
    let cue_in_sentence = |h: &ConceptHit| a.sentence_has(h.first, Concept::FaultCue);
    blame.extend(
        a.positive(Concept::CustomerAct)
            .chain(a.positive(Concept::CustomerThing))
            .filter(|h| {
                cue_in_sentence(h) && !a.is_question(h.first) && !a.sentence_has(h.first, Concept::FaultCancel)
            }),
    );
    let instructed = a.instruction_sentences();
    blame.extend(a.positive(Concept::CareVerb).filter(|h| {
        a.sentence_has(h.first, Concept::Hindsight) && instructed.binary_search(&a.sentence(h.first)).is_ok()
    }));
    blame.extend(hindsight(a));
    if !blame.is_empty() {
        let ev = spans(a, blame);
        let f = found(a, &ev);
        return Outcome::new(Mark::Fail, ev, Msg::new("crit-no-blame-fail").with("found", f));
    }
    Outcome::new(Mark::Pass, Vec::new(), Msg::new("crit-no-blame-pass"))
}

/// "You should have switched", "olisit voinut tarkistaa": hindsight said to the customer
/// with an act of theirs after it. What happened to them ("you should have received a
/// reply", "sinun olisi pitänyt saada vastaus") owns the fault instead, and a function word
/// after the frame ("you could have a refund") is no past act.
fn hindsight<'a>(a: &'a Analysis<'_>) -> impl Iterator<Item = &'a ConceptHit> {
    let happened = a.hits(Concept::HappenedTo);
    a.said(Concept::HindsightModal).filter(move |h| {
        let next = h.last as usize + 1;
        let Some(t) = a.tokens.get(next) else {
            return false;
        };
        let happens = happened
            .iter()
            .any(|x| x.first as usize == next || x.first as usize == next + 1);
        t.is_plain_word()
            && !a.lexicon.function_words.contains(&*t.norm)
            && !happens
            && !a.is_question(h.first)
            && !a.sentence_has(h.first, Concept::FaultCancel)
    })
}

/// Emoji that take a side when they stand beside a political topic: eye-rolls, grimaces,
/// an upside-down smile, a raised fist.
const POLITICAL_SNARK: &[&str] = &["🙄", "🙃", "😬", "😒", "🤦", "✊", "👏", "🤬", "😡", "💩"];

/// Eye-rolling and face-palming emoji: said to a customer, they mock the complaint.
const MOCKING_EMOJI: &[&str] = &["🙄", "🤦", "🥱", "🤡", "🙃"];

/// Language that dismisses, talks down to or insults the customer, profanity in the
/// brand's own voice, and the brand's and scenario's own forbidden phrases. Quoted,
/// negated and friendly look-alikes pass: "the queue has calmed down", "as you mentioned",
/// "ei ole yhtään tyhmä kysymys".
pub(super) fn no_forbidden(a: &Analysis<'_>, index: usize) -> Outcome {
    // An insult counts when it is aimed at the customer ("you idiot", "stupid question"),
    // not at the brand's own choice ("a stupid meme choice on our part") and not denied
    // anywhere in its clause ("there's no such thing as a stupid question", "tyhmiä
    // kysymyksiä ei ole"). A phrase with an insult in it is judged the same way.
    let insult_counts = |h: &ConceptHit| {
        (a.clause_has(h.first, Concept::SecondPerson) || aimed_at_what_was_said(a, h.last))
            && !a.clause_has(h.first, Concept::Negator)
            && !a.clause_has(h.first, Concept::NegatorDeterminer)
            && !a.clause_has(h.first, Concept::SelfRef)
    };
    let harmless_insult = |first: u32, last: u32| {
        let inside: Vec<&ConceptHit> = a
            .said(Concept::Insult)
            .filter(|c| c.first <= last && first <= c.last)
            .collect();
        !inside.is_empty() && !inside.iter().any(|c| !c.negated && insult_counts(c))
    };
    let mut ev = spans(a, a.positive(Concept::Forbidden));
    ev.extend(spans(
        a,
        a.positive(Concept::Dismissive)
            .filter(|h| !harmless_dismissive(a, h) && !harmless_insult(h.first, h.last)),
    ));
    ev.extend(spans(a, a.said(Concept::Profanity)));
    ev.extend(spans(a, a.said(Concept::Mockery)));
    ev.extend(spans(a, a.positive(Concept::Insult).filter(|h| insult_counts(h))));
    let calm = calm_down(a);
    ev.extend(calm.iter().copied());
    ev.extend(said_before(a));
    // Censored swearing needs a censoring sign, and an emoji a non-ASCII character: most
    // replies skip both scans.
    if a.text.contains(['*', '#', '@', '%']) {
        ev.extend(censored_swearing().find_iter(a.text).map(|m| (m.start(), m.end())));
    }
    // An eye-roll aimed at a politician is a political stance, not a jibe at the customer.
    let emoji = if a.text.is_ascii() { &[][..] } else { MOCKING_EMOJI };
    for e in emoji {
        ev.extend(
            a.text
                .match_indices(e)
                .filter(|(i, _)| !political_at(a, *i))
                .take(super::MAX_EVIDENCE)
                .map(|(i, m)| (i, i + m.len())),
        );
    }
    let own = u16::try_from(index).unwrap_or(u16::MAX);
    // A brand's own forbidden phrase that is a lexicon phrase too ("calm down") is judged
    // as the lexicon judges it: "things should calm down by six" speaks to no one. And a
    // single forbidden verb with an object is another verb ("chill the milk first").
    let judged_elsewhere = |h: &crate::scoring::matcher::Hit<Extra>| {
        let (s, e) = a.span(h.first, h.last);
        let calm_said = a.said(Concept::Calm).any(|c| c.first <= h.last && h.first <= c.last);
        let calm_counts = calm.iter().any(|&(cs, ce)| cs < e && s < ce);
        let transitive = h.first == h.last && has_object(a, h.last);
        (calm_said && !calm_counts) || transitive || harmless_insult(h.first, h.last)
    };
    ev.extend(
        a.extra
            .iter()
            .filter(|h| h.key == Extra::Forbidden || h.key == Extra::Phrases(own))
            .filter(|h| !(h.first..=h.last).all(|t| a.tokens[t as usize].has(F_QUOTED)))
            .filter(|h| !judged_elsewhere(h))
            .map(|h| a.span(h.first, h.last)),
    );
    ev.sort_unstable();
    ev.dedup();
    ev.truncate(super::MAX_EVIDENCE);
    if ev.is_empty() {
        Outcome::new(Mark::Pass, ev, Msg::new("crit-no-forbidden-pass"))
    } else {
        let f = found(a, &ev);
        Outcome::new(Mark::Fail, ev, Msg::new("crit-no-forbidden-fail").with("found", f))
    }
}

/// A dismissive look-alike that dismisses no one: a comparison ("ihan sama kuin
/// ennenkin"), "it doesn't matter which" ("ihan sama, millä laitteella kirjaudut",
/// "ihan sama, kirjaudutko puhelimella vai koneella"), and a question word that goes on
/// as a real question ("So what should you do?").
fn harmless_dismissive(a: &Analysis<'_>, h: &ConceptHit) -> bool {
    let next = h.last + 1;
    let starts_at_next = |c: Concept| a.hits(c).iter().any(|x| x.first == next);
    let same_segment = a
        .tokens
        .get(next as usize)
        .is_some_and(|n| n.segment == a.tokens[h.last as usize].segment && n.is_plain_word());
    let ends_in_question_word = a.hits(Concept::WhWord).iter().any(|w| w.last == h.last);
    let indirect_question = a.lexicon.lang == Lang::Fi
        && a.tokens.get(next as usize).is_some_and(|n| {
            n.sentence == a.tokens[h.last as usize].sentence && (n.norm.ends_with("ko") || n.norm.ends_with("kö"))
        });
    let indifferent = a
        .hits(Concept::Indifference)
        .iter()
        .any(|x| x.first <= h.last && h.first <= x.last);
    // "Tämä ei kuulu meille asiakaspalvelussa päätettäväksi, vaan…" says who decides.
    let jurisdiction = a.lexicon.lang == Lang::Fi
        && (h.last + 1..=h.last + 3).any(|t| {
            a.tokens
                .get(t as usize)
                .is_some_and(|n| n.norm.ends_with("vaksi") || n.norm.ends_with("väksi"))
        });
    starts_at_next(Concept::Comparison)
        || jurisdiction
        || (indifferent && (starts_at_next(Concept::WhWord) || indirect_question))
        || (ends_in_question_word && same_segment)
}

/// Is the word after `t` something the customer said or asked ("stupid question",
/// "stupid rumour", "tyhmä kysymys")?
fn aimed_at_what_was_said(a: &Analysis<'_>, t: u32) -> bool {
    a.hits(Concept::InsultTarget).iter().any(|x| x.first == t + 1)
}

/// Swear words written with stars or symbols ("f***ing", "sh*t", "v*ttu"): still profanity
/// in the brand's voice, and the tokenizer splits them apart, so a pattern finds them.
fn censored_swearing() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    #[expect(clippy::unwrap_used, reason = "a constant pattern, covered by tests")]
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:f[*#@%]{1,3}(?:k|ck|king|kin|cking|ing|in)?|f[*#]ck\w*|sh[*#]t\w*|s[*#]{2}t|b[*#]{1,4}ch|a[*#]{1,2}hole|v[*#]{1,3}tu\w*|v[*#]tun|p[*#]rkele|s[*#]atana|p[*#]ska)(?:\b|$)",
        )
        .unwrap()
    })
}

/// Telling the customer to calm down: the Finnish forms in the lexicon speak to someone
/// by themselves (rauhoitu, rauhoittuisitko); the English verb must be an instruction (at
/// the start of its clause) or have "you" before it in the clause ("once you've calmed
/// down"). "The queue has calmed down" passes.
fn calm_down(a: &Analysis<'_>) -> Vec<(usize, usize)> {
    a.said(Concept::Calm)
        // A capitalised "Calm" starts a sentence of its own, so a negation before it does
        // not reach it ("…as per normal.Passengers will be Calm down.").
        .filter(|h| (!h.negated || starts_sentence(a, h.first)) && !has_object(a, h.last))
        .filter(|h| {
            a.lexicon.lang == Lang::Fi
                || a.is_clause_initial(h.first)
                || starts_sentence(a, h.first)
                || a.clause_has_before(h.first, Concept::SecondPerson)
        })
        .map(|h| a.span(h.first, h.last))
        .collect()
}

/// Does an object follow the verb at `t` ("chill the milk first", "calm the situation")?
/// Then it is another verb than the one said to a person.
fn has_object(a: &Analysis<'_>, t: u32) -> bool {
    a.tokens.get(t as usize + 1).is_some_and(|n| {
        n.clause == a.tokens[t as usize].clause
            && matches!(
                n.norm.as_ref(),
                "the" | "a" | "an" | "this" | "that" | "it" | "them" | "things"
            )
    })
}

/// A capitalised "Calm" inside a sentence starts one of its own: the sentence break was
/// lost to a sign-off, an emoticon or a missing full stop ("…-KC Calm down.", "… :P Calm
/// down.", "…will be applied Calm down").
fn starts_sentence(a: &Analysis<'_>, t: u32) -> bool {
    a.tokens[t as usize].has(crate::text::F_CAPITALISED)
}

/// "As I already said" and its family, as a pattern: a verb of saying by the agent or the
/// brand ("I told you", "sanoin", "totesimme", or a passive "kerrottiin") with a mark of
/// repetition in its clause ("already", "jo", "aiemmin"), or after "as"/"kuten" with the
/// speaker named ("as we said", "kuten totesin"). "As you mentioned" and "kuten
/// tiedotteessa mainittiin" pass.
fn said_before(a: &Analysis<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut as_words = vec![false; a.tokens.len()];
    for h in a.said(Concept::AsWord) {
        as_words[h.last as usize] = true;
    }
    for v in a.said(Concept::SayVerb) {
        let clause = a.tokens[v.first as usize].clause;
        let first_person_form = a.lexicon.lang == Lang::Fi && {
            let w: &str = &a.tokens[v.first as usize].norm;
            w.ends_with("in") || w.ends_with("imme") || w.ends_with("inkin") || w.ends_with("immekin")
        };
        let speaker = first_person_form || a.clause_has_before(v.first, Concept::SelfRef);
        // "Before" with words after it is a preposition of time ("answered before asking
        // who you are"), not "as I said before".
        let repeated = a.said(Concept::RepeatMarker).any(|r| {
            a.tokens[r.first as usize].clause == clause
                && !(a.tokens[r.last as usize].norm == "before"
                    && a.tokens
                        .get(r.last as usize + 1)
                        .is_some_and(|n| n.clause == clause && n.is_plain_word()))
        });
        let as_word = (v.first.saturating_sub(3)..v.first)
            .rev()
            .find(|&j| as_words[j as usize] && a.tokens[j as usize].clause == clause);
        let hit = match (as_word, repeated) {
            (Some(_), true) => true,
            (Some(_), false) | (None, true) => speaker,
            (None, false) => false,
        };
        if hit {
            out.push(a.span(as_word.map_or(v.first, |j| j.min(v.first)), v.last));
            if out.len() >= super::MAX_EVIDENCE {
                break;
            }
        }
    }
    out
}

/// No personal stance on a political question (government decisions, parties, elections,
/// taxes, strikes, immigration, a minister): a political topic and, in the same sentence,
/// a judgement, an opinion, siding with someone, or sarcasm aimed at it. Neutral facts,
/// pointing to the official statement and declining to take a side pass; a company's
/// board ("yhtiön hallitus") is not politics.
pub(super) fn no_political_stance(a: &Analysis<'_>) -> Outcome {
    let topics: Vec<&ConceptHit> = a
        .said(Concept::PoliticalTopic)
        .filter(|h| !company_board(a, h))
        .collect();
    let stance_markers = [
        Concept::Evaluative,
        Concept::Opinion,
        Concept::Agreement,
        Concept::Stance,
        Concept::Mockery,
    ];
    // Sentences with a sarcastic emoji, found once.
    let snark_emoji = if a.text.is_ascii() { &[][..] } else { POLITICAL_SNARK };
    let mut snark: Vec<u32> = snark_emoji
        .iter()
        .flat_map(|e| a.text.match_indices(e).filter_map(|(i, _)| sentence_at(a, i)))
        .collect();
    snark.sort_unstable();
    snark.dedup();
    // A marker in the topic's sentence takes a side, unless it names the customer's
    // feeling ("ymmärrän, että bonusuutinen turhauttaa"), sits in an indirect question
    // ("whether the bonus is deserved I can't judge", "onko bonus ansaittu"), is about
    // where the answer is ("uskon, että tiedotteesta löytyy vastaus"; "you deserve a
    // clear answer: pay is decided by the Board"), or corrects the agent's own earlier
    // reply ("vastasin väärin").
    let segment = |t: u32| a.tokens[t as usize].segment;
    let in_segment = |c: Concept, seg: u32| a.hits(c).iter().any(|h| !h.quoted && segment(h.first) == seg);
    // A feeling word is the customer's when the agent says they understand it or speaks
    // to them in that segment; "ihan käsittämätön päätös" alone is the agent's verdict.
    let feeling = |m: &ConceptHit| {
        let seg = segment(m.first);
        a.hits(Concept::Empathy)
            .iter()
            .any(|e| e.first <= m.last && m.first <= e.last)
            && (in_segment(Concept::Acknowledgement, seg) || in_segment(Concept::SecondPerson, seg))
    };
    let indirect = |m: &ConceptHit| {
        a.hits(Concept::IndirectQuestion)
            .iter()
            .any(|w| segment(w.first) == segment(m.first) && w.first < m.first)
    };
    let takes_side = |m: &ConceptHit, topic_seg: u32| {
        let seg = segment(m.first);
        let about_source = in_segment(Concept::InfoSource, seg) && (m.concept == Concept::Opinion || seg != topic_seg);
        !feeling(m) && !indirect(m) && !about_source && !in_segment(Concept::SelfCorrection, seg)
    };
    let mut ev: Vec<(usize, usize)> = Vec::new();
    for t in &topics {
        let s = a.sentence(t.first);
        let seg = segment(t.first);
        let marked = stance_markers
            .iter()
            .any(|c| a.positive(*c).any(|m| a.sentence(m.first) == s && takes_side(m, seg)))
            || a.clause_has(t.first, Concept::Thanks)
            || snark.binary_search(&s).is_ok();
        if marked {
            let (first, last) = a.sentence_tokens()[s as usize];
            let span = a.span(first, last);
            if ev.last() != Some(&span) {
                ev.push(span);
            }
            if ev.len() >= super::MAX_EVIDENCE {
                break;
            }
        }
    }
    if !ev.is_empty() {
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Fail,
            ev,
            Msg::new("crit-no-political-stance-fail").with("found", f),
        );
    }
    Outcome::new(Mark::Pass, Vec::new(), Msg::new("crit-no-political-stance-pass"))
}

/// Is this "hallitus" a company's board ("yhtiön hallitus", "hallituksemme", "konsernin
/// hallitus") rather than the government?
fn company_board(a: &Analysis<'_>, h: &ConceptHit) -> bool {
    let w: &str = &a.tokens[h.first as usize].norm;
    if !w.starts_with("hallitu") {
        return false;
    }
    w.starts_with("hallituksemme")
        || (h.first as usize).checked_sub(1).is_some_and(|j| {
            matches!(
                a.tokens[j].norm.as_ref(),
                "yhtiön"
                    | "yhtiömme"
                    | "konsernin"
                    | "konsernimme"
                    | "yrityksen"
                    | "yrityksemme"
                    | "osuuskunnan"
                    | "säätiön"
                    | "yhdistyksen"
                    | "seuran"
                    | "pankin"
                    | "pankkimme"
                    | "kaupan"
                    | "ketjun"
            )
        })
}

/// The sentence byte `at` belongs to (the one it ends, for an emoji after the last word).
fn sentence_at(a: &Analysis<'_>, at: usize) -> Option<u32> {
    let t = a.token_at(at);
    let t = if t > 0 { t - 1 } else { t };
    a.tokens.get(t as usize).map(|tok| tok.sentence)
}

/// Does the sentence around byte `at` name a political topic?
fn political_at(a: &Analysis<'_>, at: usize) -> bool {
    sentence_at(a, at).is_some_and(|s| {
        let (first, _) = a.sentence_tokens()[s as usize];
        a.sentence_has(first, Concept::PoliticalTopic)
    })
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
