//! acknowledge, apology, empathy, thanks, uses-name, positive-tone.

use super::{Ctx, Outcome, found, positive, spans};
use crate::i18n::Msg;
use crate::scoring::analysis::{Analysis, Extra};
use crate::scoring::lexicon::Concept;
use crate::scoring::result::Mark;
use crate::scoring::text::{F_CAPITALISED, F_CAPS, F_MENTION};
use crate::vocab::Lang;

/// The reply names the customer's issue; a generic acknowledgement is partial.
pub(super) fn acknowledge(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let issue: Vec<(usize, usize)> = a.extra_hits(Extra::Issue).map(|h| a.span(h.first, h.last)).collect();
    let generic: Vec<(usize, usize)> = spans(
        a,
        positive(a, Concept::Acknowledgement)
            .into_iter()
            .chain(positive(a, Concept::Empathy)),
    );
    let has_issue_words = !ctx.situation.issue.is_empty();
    if !issue.is_empty() {
        let f = found(a, &issue);
        return Outcome::new(Mark::Pass, issue, Msg::new("crit-acknowledge-pass").with("found", f));
    }
    if !generic.is_empty() {
        let f = found(a, &generic);
        if has_issue_words {
            return Outcome::new(
                Mark::Partial,
                generic,
                Msg::new("crit-acknowledge-partial")
                    .with("found", f)
                    .with("issue", ctx.issue_examples),
            );
        }
        return Outcome::new(Mark::Pass, generic, Msg::new("crit-acknowledge-pass").with("found", f));
    }
    let msg = if has_issue_words {
        Msg::new("crit-acknowledge-fail").with("issue", ctx.issue_examples)
    } else {
        Msg::new("crit-acknowledge-fail-generic")
    };
    Outcome::new(Mark::Fail, Vec::new(), msg)
}

/// A real apology; generic when it does not name the issue; conditional and negated ones fail.
pub(super) fn apology(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let hits = a.hits(Concept::Apology);
    let conditional = a.hits(Concept::ConditionalApology);
    let cond_sentences = a.sentences_of(conditional);
    let is_conditional = |h: &crate::scoring::analysis::ConceptHit| a.in_sentences(h.first, &cond_sentences);
    let hedge_sentences = a.sentences_of(a.hits(Concept::HedgedApology));
    let is_hedged = |h: &crate::scoring::analysis::ConceptHit| a.in_sentences(h.first, &hedge_sentences);
    let genuine: Vec<_> = hits
        .iter()
        .filter(|h| !h.negated && !is_conditional(h) && !is_hedged(h))
        .collect();
    if !genuine.is_empty() {
        let ev = spans(a, genuine);
        let f = found(a, &ev);
        let names_issue = ctx.situation.issue.is_empty() || a.extra_hits(Extra::Issue).next().is_some();
        if names_issue {
            return Outcome::new(Mark::Pass, ev, Msg::new("crit-apology-pass").with("found", f));
        }
        return Outcome::new(
            Mark::Partial,
            ev,
            Msg::new("crit-apology-partial")
                .with("found", f)
                .with("issue", ctx.issue_examples),
        );
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

/// Understanding of how the customer feels; a bare "I understand" is partial.
pub(super) fn empathy(a: &Analysis<'_>) -> Outcome {
    let strong = positive(a, Concept::Empathy);
    if !strong.is_empty() {
        let ev = spans(a, strong);
        let f = found(a, &ev);
        return Outcome::new(Mark::Pass, ev, Msg::new("crit-empathy-pass").with("found", f));
    }
    let weak = positive(a, Concept::Acknowledgement);
    if !weak.is_empty() {
        let ev = spans(a, weak);
        let f = found(a, &ev);
        return Outcome::new(Mark::Partial, ev, Msg::new("crit-empathy-partial").with("found", f));
    }
    Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-empathy-fail"))
}

/// Thanks the customer; "thanks for nothing" does not count.
pub(super) fn thanks(a: &Analysis<'_>) -> Outcome {
    let sarcastic = a.hits(Concept::SarcasticThanks);
    let mut covered = vec![false; a.tokens.len()];
    for s in sarcastic {
        for t in s.first..=s.last {
            covered[t as usize] = true;
        }
    }
    let inside_sarcasm = |h: &&crate::scoring::analysis::ConceptHit| covered[h.first as usize];
    let real: Vec<_> = a.positive(Concept::Thanks).filter(|h| !inside_sarcasm(h)).collect();
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

/// Addresses the customer by name, in any inflection.
pub(super) fn uses_name(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let Some(name) = &ctx.situation.customer_name else {
        return Outcome::new(Mark::Na, Vec::new(), Msg::new("crit-uses-name-na"));
    };
    // Names are proper nouns: a lower-case "anna" (give) or "tomorrow" is not Anna or Tom,
    // unless the trainee writes everything in lower case.
    let lower_case_writer = !a.text.chars().any(char::is_uppercase);
    let lang = ctx.situation.lang;
    let ev: Vec<(usize, usize)> = a
        .tokens
        .iter()
        .filter(|t| {
            !t.has(F_MENTION)
                && (t.has(F_CAPITALISED) || lower_case_writer)
                && ctx.name_stems.iter().any(|s| is_name_form(&t.norm, s, lang))
        })
        .map(|t| (t.start, t.end))
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

/// The stems a name appears under: the name itself and, for Finnish names, the weak grade
/// of consonant gradation (Matti → Mati-n, Pekka → Peka-lle, Inka → Inga-n).
#[must_use]
pub fn name_stems(name: &str) -> Vec<String> {
    let lower: String = crate::scoring::text::normalise(name.trim()).into_owned();
    let first = lower.split_whitespace().next().unwrap_or("").to_owned();
    if first.is_empty() {
        return Vec::new();
    }
    let mut stems = vec![first.clone()];
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
