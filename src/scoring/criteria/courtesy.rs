//! acknowledge, apology, empathy, thanks, uses-name, positive-tone.

use super::{Ctx, Outcome, found, spans};
use crate::i18n::Msg;
use crate::scoring::analysis::{Analysis, Extra};
use crate::scoring::lexicon::Concept;
use crate::scoring::result::Mark;
use crate::scoring::text::{F_CAPITALISED, F_CAPS, F_MENTION, F_QUOTED};
use crate::vocab::Lang;

/// The reply names the customer's actual issue: the scenario's issue words or, in ad-hoc
/// scoring, a content word of the customer's post. A generic acknowledgement ("thanks for
/// letting us know", "the issue") fits every case and is not enough.
pub(super) fn acknowledge(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let issue: Vec<(usize, usize)> = a
        .extra_hits(Extra::Issue)
        .filter(|h| !(h.first..=h.last).all(|t| a.tokens[t as usize].has(F_QUOTED)))
        .map(|h| a.span(h.first, h.last))
        .collect();
    let has_issue_words = !ctx.situation.issue.is_empty();
    if !issue.is_empty() {
        let f = found(a, &issue);
        return Outcome::new(Mark::Pass, issue, Msg::new("crit-acknowledge-pass").with("found", f));
    }
    if !has_issue_words && let Some(post) = &ctx.situation.customer_post {
        let shared = shared_content_words(a, post, ctx.situation.lang);
        if !shared.is_empty() {
            let f = found(a, &shared);
            return Outcome::new(Mark::Pass, shared, Msg::new("crit-acknowledge-pass").with("found", f));
        }
        return Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-acknowledge-fail-post"));
    }
    let generic: Vec<(usize, usize)> = spans(
        a,
        a.positive(Concept::Acknowledgement).chain(a.positive(Concept::Empathy)),
    );
    if has_issue_words {
        let msg = if generic.is_empty() {
            Msg::new("crit-acknowledge-fail").with("issue", ctx.issue_examples)
        } else {
            Msg::new("crit-acknowledge-fail-generic-words")
                .with("found", found(a, &generic))
                .with("issue", ctx.issue_examples)
        };
        return Outcome::new(Mark::Fail, generic, msg);
    }
    // Nothing is known about the issue: a reply that shows it read the post is the best
    // that can be checked.
    if generic.is_empty() {
        return Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-acknowledge-fail-generic"));
    }
    let f = found(a, &generic);
    Outcome::new(Mark::Pass, generic, Msg::new("crit-acknowledge-pass").with("found", f))
}

/// Words of the customer's post that say what the issue is (not function words, greetings,
/// handles or words that fit every case), found again in the reply: the reply's evidence.
/// Words match on their first five letters, so "paketti" finds "paketin" and "delayed"
/// finds "delay".
fn shared_content_words(a: &Analysis<'_>, post: &str, lang: Lang) -> Vec<(usize, usize)> {
    const GENERIC: &[&str] = &[
        "issue",
        "issues",
        "problem",
        "problems",
        "thing",
        "things",
        "help",
        "please",
        "thanks",
        "thank",
        "today",
        "still",
        "again",
        "just",
        "really",
        "service",
        "customer",
        "ongelma",
        "ongelmia",
        "asia",
        "asiaa",
        "asiasta",
        "juttu",
        "tilanne",
        "homma",
        "kiitos",
        "apua",
        "nyt",
        "taas",
        "vielä",
        "tänään",
        "palvelu",
        "asiakas",
        "asiakaspalvelu",
        "hello",
        "moi",
        "hei",
        "terve",
        "your",
        "their",
        "there",
        "about",
        "what",
        "with",
        "this",
        "that",
        "have",
        "from",
        "they",
        "been",
        "were",
        "would",
        "could",
        "should",
        "when",
        "where",
        "which",
        "ihan",
        "koko",
        "mutta",
        "kanssa",
        "mitään",
        "miksi",
        "minun",
        "meidän",
        "teidän",
        "sitten",
        "vaikka",
        "time",
        "times",
        "days",
        "week",
        "aika",
        "ajan",
        "päivä",
        "viikko",
        "kertaa",
        "kerran",
    ];
    let lexicon = a.lexicon;
    let post_tokens = crate::scoring::text::tokenize(post, &[]);
    let key = |w: &str| -> String { w.chars().take(5).collect() };
    let mut keys: Vec<String> = post_tokens
        .iter()
        .filter(|t| t.is_plain_word())
        .map(|t| t.norm.as_ref())
        .filter(|w| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
        .filter(|w| !lexicon.function_words.contains(*w) && !GENERIC.contains(w))
        .map(key)
        .collect();
    keys.sort();
    keys.dedup();
    let _ = lang;
    let mut out = Vec::new();
    for t in a.tokens.iter().filter(|t| t.is_plain_word() && !t.has(F_QUOTED)) {
        let w: &str = &t.norm;
        if w.chars().count() >= 4 && keys.binary_search(&key(w)).is_ok() {
            out.push((t.start, t.end));
            if out.len() >= super::MAX_EVIDENCE {
                break;
            }
        }
    }
    out
}

/// A real apology; generic when it does not name the issue; conditional and negated ones fail.
pub(super) fn apology(a: &Analysis<'_>) -> Outcome {
    let hits = a.hits(Concept::Apology);
    let conditional = a.hits(Concept::ConditionalApology);
    let cond_sentences = a.sentences_of(conditional);
    let is_conditional = |h: &crate::scoring::analysis::ConceptHit| a.in_sentences(h.first, &cond_sentences);
    let hedge_sentences = a.sentences_of(a.hits(Concept::HedgedApology));
    let is_hedged = |h: &crate::scoring::analysis::ConceptHit| a.in_sentences(h.first, &hedge_sentences);
    let mocked = a.sentences_of(a.said(Concept::Mockery));
    let genuine: Vec<_> = hits
        .iter()
        .filter(|h| !h.negated && !h.quoted && !is_conditional(h) && !is_hedged(h) && !a.in_sentences(h.first, &mocked))
        .collect();
    if !genuine.is_empty() {
        // An apology counts however it is worded; naming the issue is `acknowledge`'s job.
        let ev = spans(a, genuine);
        let f = found(a, &ev);
        return Outcome::new(Mark::Pass, ev, Msg::new("crit-apology-pass").with("found", f));
    }
    let cond: Vec<_> = hits.iter().filter(|h| !h.negated && is_conditional(h)).collect();
    if !cond.is_empty() {
        let ev: Vec<(usize, usize)> = cond
            .iter()
            .take(super::MAX_EVIDENCE)
            .map(|h| {
                // Highlight the apology together with its condition.
                let c = conditional.iter().find(|c| a.sentence(c.first) == a.sentence(h.first));
                let (first, last) = c.map_or((h.first, h.last), |c| (h.first.min(c.first), h.last.max(c.last)));
                a.span(first, last)
            })
            .collect();
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Fail,
            ev,
            Msg::new("crit-apology-fail-conditional").with("found", f),
        );
    }
    let hedged: Vec<_> = hits.iter().filter(|h| !h.negated && is_hedged(h)).collect();
    if !hedged.is_empty() {
        let ev = spans(a, a.hits(Concept::HedgedApology));
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Partial,
            ev,
            Msg::new("crit-apology-partial-hedged").with("found", f),
        );
    }
    let negated: Vec<_> = hits.iter().filter(|h| h.negated).collect();
    if !negated.is_empty() {
        let ev = spans(a, negated);
        let f = found(a, &ev);
        return Outcome::new(Mark::Fail, ev, Msg::new("crit-apology-fail-negated").with("found", f));
    }
    Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-apology-fail"))
}

/// Names or validates the customer's feeling or the impact on them ("that must be so
/// frustrating", "tosi kurja juttu", "that shouldn't have happened"). A plain apology,
/// however worded ("sorry for any frustration", "pahoittelut harmista"), a bare "I
/// understand" and reassurance that names no feeling are not empathy.
pub(super) fn empathy(a: &Analysis<'_>) -> Outcome {
    // The feeling as the object of an apology in the same clause ("apologies for any
    // frustration", "pahoittelemme aiheutunutta harmia") is an apology formula.
    // An understanding verb between them starts its own statement ("pahoittelemme ja
    // ymmärrämme huolesi"): then the feeling is named, not apologised for.
    let in_formula = |h: &crate::scoring::analysis::ConceptHit| {
        let clause = a.tokens[h.first as usize].clause;
        let apology = a
            .said(Concept::Apology)
            .filter(|p| p.first < h.first && a.tokens[p.first as usize].clause == clause)
            .map(|p| p.last)
            .last();
        apology.is_some_and(|p| {
            let understood = a
                .hits(Concept::Acknowledgement)
                .iter()
                .any(|u| u.first > p && u.first < h.first);
            !understood && (a.lexicon.lang == Lang::Fi || follows_for(a, h.first))
        })
    };
    // Not validation: a feeling asked about ("anything you find frustrating?") or supposed
    // ("if anything has gone wrong"), a judgement of politics, mock sympathy, the brand's
    // own feeling ("harmittaa meitäkin"), and a bare interjection ("Harmillista.").
    // A feeling said of the customer ("I get why you're wary", "olet varmasti huolissasi";
    // the Finnish forms carry the person themselves).
    let of_customer = |h: &&crate::scoring::analysis::ConceptHit| {
        a.lexicon.lang == Lang::Fi || a.clause_has(h.first, Concept::SecondPerson)
    };
    let strong: Vec<_> = a
        .positive(Concept::Empathy)
        .chain(a.positive(Concept::Feeling).filter(of_customer))
        .filter(|h| {
            !in_formula(h)
                && !a.is_question(h.first)
                && !conditional(a, h.first)
                && (!a.sentence_has(h.first, Concept::PoliticalTopic) || of_customer_feeling(a, h.first))
                && !a.sentence_has(h.first, Concept::Mockery)
                && !a.text[a.span(h.first, h.last).0..].starts_with("🙄")
                && !brands_own(a, h.last)
                && !bare_interjection(a, h)
        })
        .collect();
    if !strong.is_empty() {
        let ev = spans(a, strong);
        let f = found(a, &ev);
        return Outcome::new(Mark::Pass, ev, Msg::new("crit-empathy-pass").with("found", f));
    }
    let weak: Vec<_> = a.positive(Concept::Acknowledgement).collect();
    if !weak.is_empty() {
        let ev = spans(a, weak);
        let f = found(a, &ev);
        return Outcome::new(Mark::Fail, ev, Msg::new("crit-empathy-fail-generic").with("found", f));
    }
    Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-empathy-fail"))
}

/// Does the agent say they understand, or speak to the customer, in the segment of `t`?
/// Then a feeling near a political topic is the customer's ("ymmärrän, että bonusuutinen
/// turhauttaa"), not a verdict on the politics.
fn of_customer_feeling(a: &Analysis<'_>, t: u32) -> bool {
    let seg = a.tokens[t as usize].segment;
    [Concept::Acknowledgement, Concept::SecondPerson]
        .iter()
        .any(|c| a.hits(*c).iter().any(|h| a.tokens[h.first as usize].segment == seg))
}

/// Is token `t` inside a conditional clause ("if", "jos", "mikäli" before it in the clause)?
fn conditional(a: &Analysis<'_>, t: u32) -> bool {
    a.clause_has_before(t, Concept::Conditional)
}

/// Does the brand name itself as the one feeling it ("harmittaa meitäkin", "we're gutted")?
fn brands_own(a: &Analysis<'_>, last: u32) -> bool {
    a.tokens.get(last as usize + 1).is_some_and(|t| {
        t.clause == a.tokens[last as usize].clause
            && matches!(
                t.norm.as_ref(),
                "meitä" | "meitäkin" | "meitäki" | "meillekin" | "minua" | "mua" | "mullekin"
            )
    })
}

/// A sentence that is only an interjection and the word ("Harmillista.", "Voi harmi!"):
/// like "Oh no!", it names no feeling of the customer's.
fn bare_interjection(a: &Analysis<'_>, h: &crate::scoring::analysis::ConceptHit) -> bool {
    const INTERJECTIONS: &[&str] = &[
        "voi", "oi", "no", "ah", "oh", "hups", "ai", "voe", "huh", "ohh", "argh", "ugh",
    ];
    let (first, last) = a.sentence_tokens()[a.sentence(h.first) as usize];
    // Only a short sentence can be a bare interjection: a long one needs no counting.
    if last - first > 4 {
        return false;
    }
    let words: Vec<&str> = (first..=last)
        .map(|j| a.tokens[j as usize].norm.as_ref())
        .filter(|w| !INTERJECTIONS.contains(w))
        .collect();
    words.len() <= 1
}

/// Does "for" (with "any", "the", "all", "this" between) come right before token `t`?
fn follows_for(a: &Analysis<'_>, t: u32) -> bool {
    let mut j = t as usize;
    while j > 0 {
        j -= 1;
        match a.tokens[j].norm.as_ref() {
            "for" => return true,
            // "Sorry for your frustration" accepts the feeling; "for any frustration" hedges it.
            "any" | "the" | "all" | "this" | "that" | "such" | "so" | "much" => {}
            _ => return false,
        }
    }
    false
}

/// Thanks the customer. Not thanks: "thanks for nothing" and other sarcasm, "thanks to the
/// update" (because of), quoted thanks, and thanks aimed at a political body ("kiitos vaan
/// hallitukselle").
pub(super) fn thanks(a: &Analysis<'_>) -> Outcome {
    let sarcastic = a.hits(Concept::SarcasticThanks);
    let mut covered = vec![false; a.tokens.len()];
    for s in sarcastic {
        for t in s.first..=s.last {
            covered[t as usize] = true;
        }
    }
    let real: Vec<_> = a
        .positive(Concept::Thanks)
        .filter(|h| !covered[h.first as usize] && !thanks_to(a, h) && !a.clause_has(h.first, Concept::PoliticalTopic))
        .collect();
    if !real.is_empty() {
        let ev = spans(a, real);
        let f = found(a, &ev);
        return Outcome::new(Mark::Pass, ev, Msg::new("crit-thanks-pass").with("found", f));
    }
    if !sarcastic.is_empty() {
        let ev = spans(a, sarcastic);
        let f = found(a, &ev);
        return Outcome::new(Mark::Fail, ev, Msg::new("crit-thanks-fail-sarcastic").with("found", f));
    }
    Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-thanks-fail"))
}

/// Is this "thanks to" in the sense of "because of" ("thanks to the new timetable",
/// "kiitos uuden aikataulun")? A person thanked ("thanks to you", "kiitos sinulle") is not.
fn thanks_to(a: &Analysis<'_>, h: &crate::scoring::analysis::ConceptHit) -> bool {
    let next = |k: usize| {
        a.tokens
            .get(h.last as usize + k)
            .filter(|t| t.clause == a.tokens[h.first as usize].clause)
    };
    match a.lexicon.lang {
        Lang::En => {
            next(1).is_some_and(|t| t.norm == "to")
                && next(2).is_some_and(|t| !matches!(t.norm.as_ref(), "you" | "all" | "everyone" | "everybody" | "u"))
        }
        // "Kiitos" before a genitive is "thanks to": kiitos hallituksen / uuden päivityksen.
        Lang::Fi => {
            h.first == h.last
                && next(1).is_some_and(|t| {
                    t.norm.ends_with('n')
                        && t.is_plain_word()
                        && !matches!(
                            t.norm.as_ref(),
                            "sinun" | "teidän" | "sun" | "kun" | "paljon" | "tiedon"
                        )
                })
                && next(2).is_some_and(|t| t.norm.ends_with('n') || t.norm.ends_with("ansiosta"))
        }
    }
}

/// Addresses the customer by name, in any inflection, or by a usual short form (Kati for
/// Katariina). Not: a handle, the agent's own name in the sign-off, the name inside another
/// word, or a name that is also a word where it stands as the word ("Valo palasi" for a
/// customer called Valo).
pub(super) fn uses_name(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let Some(name) = &ctx.situation.customer_name else {
        return Outcome::new(Mark::Na, Vec::new(), Msg::new("crit-uses-name-na"));
    };
    // Names are proper nouns: a lower-case "anna" (give) or "tomorrow" is not Anna or Tom,
    // unless the trainee writes everything in lower case.
    let lower_case_writer = !a.text.chars().any(char::is_uppercase);
    let lang = ctx.situation.lang;
    let sign_off = super::form::agent_sign_off(a);
    let word_names = ordinary_word_names(name);
    let ev: Vec<(usize, usize)> = a
        .tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            let i = u32::try_from(*i).unwrap_or(u32::MAX);
            !t.has(F_MENTION)
                && !t.has(F_QUOTED)
                && (t.has(F_CAPITALISED) || lower_case_writer)
                && sign_off.is_none_or(|(s, _)| t.start < s)
                && ctx
                    .name_stems
                    .iter()
                    .any(|s| is_name_form(&t.norm, s, lang) && (!word_names.contains(s) || stands_as_name(a, i)))
        })
        .map(|(_, t)| (t.start, t.end))
        .collect();
    if ev.is_empty() {
        Outcome::new(
            Mark::Fail,
            ev,
            Msg::new("crit-uses-name-fail").with("name", name.as_str()),
        )
    } else {
        let f = found(a, &ev);
        Outcome::new(Mark::Pass, ev, Msg::new("crit-uses-name-pass").with("found", f))
    }
}

/// Where a name that is also a word stands as the name: after a greeting ("Hei Valo"), as a
/// vocative ("Valo, …", "Kiitos Valo!"), or inside a sentence written with a capital.
fn stands_as_name(a: &Analysis<'_>, i: u32) -> bool {
    const GREETINGS: &[&str] = &[
        "hei",
        "moi",
        "moikka",
        "morjens",
        "heippa",
        "terve",
        "huomenta",
        "hyvä",
        "kiitos",
        "kiitti",
        "hi",
        "hello",
        "hey",
        "dear",
        "thanks",
        "thank",
        "morning",
        "evening",
        "afternoon",
        "sorry",
        "sori",
        "ok",
        "okay",
    ];
    let t = &a.tokens[i as usize];
    let after = a.text[t.end..].trim_start_matches(' ');
    if after.starts_with([',', '!', '?', ':']) {
        return true;
    }
    let prev = (i as usize).checked_sub(1).map(|j| &a.tokens[j]);
    if prev.is_some_and(|p| p.sentence == t.sentence && GREETINGS.contains(&p.norm.as_ref())) {
        return true;
    }
    prev.is_some_and(|p| p.sentence == t.sentence)
}

/// The stems of the customer's name (and its short forms) that are also everyday words.
fn ordinary_word_names(name: &str) -> Vec<String> {
    let n = nicknames();
    name_stems(name)
        .into_iter()
        .filter(|s| n.ordinary_words.iter().any(|w| w == s))
        .collect()
}

/// The short forms of names and the names that are words (`assets/names/nicknames.ron`).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(rename = "Nicknames")]
struct Nicknames {
    short_forms: std::collections::BTreeMap<String, Vec<String>>,
    ordinary_words: Vec<String>,
}

fn nicknames() -> &'static Nicknames {
    static N: std::sync::OnceLock<Nicknames> = std::sync::OnceLock::new();
    N.get_or_init(|| {
        let text = crate::assets::text("names/nicknames.ron").unwrap_or("");
        ron::from_str(text).unwrap_or_else(|e| {
            // Compiled in and covered by a test: a failure here is a build defect.
            log::error!("assets/names/nicknames.ron: {e}");
            Nicknames::default()
        })
    })
}

/// The stems a name appears under: the name itself, its usual short forms, and for Finnish
/// names the weak grade of consonant gradation (Matti → Mati-n, Pekka → Peka-lle, Inka →
/// Inga-n, Satu → Sadu-lle) and the -kse- stem of names in -as/-es/-us (Tuomas →
/// Tuomakse-lle).
#[must_use]
pub fn name_stems(name: &str) -> Vec<String> {
    let lower: String = crate::scoring::text::normalise(name.trim()).into_owned();
    let first = lower.split_whitespace().next().unwrap_or("").to_owned();
    if first.is_empty() {
        return Vec::new();
    }
    let mut stems = Vec::new();
    let short = nicknames().short_forms.get(&first).cloned().unwrap_or_default();
    for form in std::iter::once(first).chain(short) {
        for s in forms_of(&form) {
            if !stems.contains(&s) {
                stems.push(s);
            }
        }
    }
    stems
}

/// One name's stems (see [`name_stems`]).
fn forms_of(first: &str) -> Vec<String> {
    let first = first.to_owned();
    let mut stems = vec![first.clone()];
    let chars: Vec<char> = first.chars().collect();
    let n = chars.len();
    if n >= 4
        && matches!(
            first.get(first.len().saturating_sub(2)..),
            Some("as" | "es" | "us" | "is")
        )
    {
        stems.push(format!("{}kse", &first[..first.len() - 1]));
    }
    if n >= 4 && chars[n - 2] == 't' && is_vowel(chars[n - 3]) && matches!(chars[n - 1], 'u' | 'o' | 'y') {
        stems.push(format!(
            "{}d{}",
            chars[..n - 2].iter().collect::<String>(),
            chars[n - 1]
        ));
    }
    let chars: Vec<char> = first.chars().collect();
    let n = chars.len();
    if n >= 4 {
        let (c1, c2) = (chars[n - 3], chars[n - 2]);
        let weak = if c1 == c2 && matches!(c1, 'k' | 'p' | 't') {
            // Only kk, pp and tt gradate: Matti → Matin, but Anna → Annan.
            Some(format!("{}{}", chars[..n - 2].iter().collect::<String>(), chars[n - 1]))
        } else {
            match (c1, c2) {
                ('n', 'k') => Some(format!(
                    "{}ng{}",
                    chars[..n - 3].iter().collect::<String>(),
                    chars[n - 1]
                )),
                ('n', 't') => Some(format!(
                    "{}nn{}",
                    chars[..n - 3].iter().collect::<String>(),
                    chars[n - 1]
                )),
                ('l', 't') => Some(format!(
                    "{}ll{}",
                    chars[..n - 3].iter().collect::<String>(),
                    chars[n - 1]
                )),
                _ => None,
            }
        };
        if let Some(w) = weak {
            stems.push(w);
        }
    }
    stems
}

/// Finnish case endings a first name takes after its stem (Matti → Matin, Mattia, Mattille,
/// Matilla...). A closed list, because any short ending would let Aino match "ainoa" or Isla
/// "island"; the illative (Annaan, Mattiin) is checked apart as it repeats the last vowel.
const FI_NAME_ENDINGS: &[&str] = &[
    "n", "a", "ä", "ta", "tä", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "ksi", "na", "nä",
];

/// Finnish clitics that can close any form of the name (Matillekin, Annahan).
const FI_CLITICS: &[&str] = &["kin", "kaan", "kään", "han", "hän", "pa", "pä"];

/// Is `token` the name or an inflected form of it? English allows the possessive only
/// ("Laura's"); Finnish a case ending, written with or without a colon (Tom:lle, Mattille).
fn is_name_form(token: &str, stem: &str, lang: Lang) -> bool {
    let Some(rest) = token.strip_prefix(stem) else {
        return false;
    };
    if rest.is_empty() || rest == "'s" || rest == "'" || rest == "s'" {
        return true;
    }
    if lang != Lang::Fi {
        return false;
    }
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let rest = FI_CLITICS.iter().find_map(|c| rest.strip_suffix(c)).unwrap_or(rest);
    if rest.is_empty() || FI_NAME_ENDINGS.contains(&rest) {
        return true;
    }
    // Illative: the stem's last vowel again and -n (Anna → Annaan, Aino → Ainoon), or -hin
    // after a long vowel or diphthong (Kai → Kaihin).
    let mut chars = rest.chars();
    let last = stem.chars().last();
    match (chars.next(), chars.next(), chars.next(), last) {
        (Some(v), Some('n'), None, Some(l)) => v == l && is_vowel(v),
        (Some('h'), Some(_), Some('n'), Some(l)) => is_vowel(l) && rest.chars().count() == 3,
        _ => false,
    }
}

/// A vowel of Finnish or English spelling.
fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'å')
}

/// Friendly and positive, tuned for service; sarcasm and shouting fail.
pub(super) fn positive_tone(a: &Analysis<'_>) -> Outcome {
    let sarcasm = a.hits(Concept::Sarcasm);
    if !sarcasm.is_empty() {
        let ev = spans(a, sarcasm);
        let f = found(a, &ev);
        return Outcome::new(
            Mark::Fail,
            ev,
            Msg::new("crit-positive-tone-fail-sarcasm").with("found", f),
        );
    }
    let shouting: Vec<(usize, usize)> = a
        .tokens
        .iter()
        .filter(|t| t.has(F_CAPS) && t.is_plain_word() && t.norm.chars().count() >= 4)
        .map(|t| (t.start, t.end))
        .collect();
    if shouting.len() >= 2 {
        let f = found(a, &shouting);
        return Outcome::new(
            Mark::Fail,
            shouting,
            Msg::new("crit-positive-tone-fail-shouting").with("found", f),
        );
    }
    let forbidden = a.hits(Concept::Forbidden).len();
    let mut score: f32 = a.tone.iter().map(|(_, w)| *w).sum::<f32>() - 3.0 * forbidden as f32;
    let bangs = a.text.matches("!!").count() + a.text.matches("?!").count();
    score -= bangs as f32;
    let good: Vec<(usize, usize)> = a
        .tone
        .iter()
        .filter(|(_, w)| *w > 0.0)
        .map(|(t, _)| a.span(*t, *t))
        .collect();
    let bad: Vec<(usize, usize)> = a
        .tone
        .iter()
        .filter(|(_, w)| *w < 0.0)
        .map(|(t, _)| a.span(*t, *t))
        .collect();
    // One "unfortunately" is not a negative reply; it takes more than that.
    if score <= -2.0 {
        let f = found(a, &bad);
        return Outcome::new(Mark::Fail, bad, Msg::new("crit-positive-tone-fail").with("found", f));
    }
    if score >= 2.0 {
        let f = found(a, &good);
        return Outcome::new(Mark::Pass, good, Msg::new("crit-positive-tone-pass").with("found", f));
    }
    Outcome::new(Mark::Partial, good, Msg::new("crit-positive-tone-partial"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_name_forms() {
        let fi = |stems: &[String], form: &str| stems.iter().any(|s| is_name_form(form, s, Lang::Fi));
        let matti = name_stems("Matti");
        for form in [
            "matti",
            "matin",
            "mattia",
            "mattille",
            "matilla",
            "mattiin",
            "matillekin",
            "matti:lle",
        ] {
            assert!(fi(&matti, form), "{form}");
        }
        assert!(!fi(&matti, "matematiikka"));
        assert!(fi(&name_stems("Pekka"), "pekan"));
        assert!(name_stems("Inka").contains(&"inga".to_owned()));
        assert!(fi(&name_stems("Anna"), "annaan"));
        assert!(!fi(&name_stems("Aino"), "ainoastaan"));
        assert_eq!(name_stems("Anna"), ["anna"], "nn does not gradate");
    }

    #[test]
    fn english_names_take_only_the_possessive() {
        let en = |name: &str, form: &str| name_stems(name).iter().any(|s| is_name_form(form, s, Lang::En));
        assert!(en("Anna", "anna's"));
        assert!(en("Laura", "laura"));
        for (name, word) in [
            ("Tom", "tomorrow"),
            ("Sam", "same"),
            ("Ben", "benefit"),
            ("Mark", "market"),
            ("Isla", "island"),
        ] {
            assert!(!en(name, word), "{name} in {word}");
        }
    }
}
