//! channel-fit, emoji-policy, readability, right-language, next-step, signature.

use unicode_segmentation::UnicodeSegmentation;

use super::{Ctx, Outcome, found, spans};
use crate::i18n::Msg;
use crate::scoring::analysis::Analysis;
use crate::scoring::lexicon::Concept;
use crate::scoring::result::Mark;
use crate::scoring::xlength::overflow_position;
use crate::vocab::{EmojiPolicy, Lang, LengthRule, ReplyLang};

/// How a style target may be exceeded before a partial turns into a fail.
const STYLE_SLACK: f64 = 1.5;

/// Byte offset of the `n`th grapheme (or the end).
fn grapheme_offset(text: &str, n: usize) -> usize {
    if text.is_ascii() && !text.contains('\r') {
        return n.min(text.len());
    }
    text.grapheme_indices(true).nth(n).map_or(text.len(), |(i, _)| i)
}

/// Grapheme clusters in a text; ASCII without "\r\n" has one per byte (scoring runs on
/// every keystroke, and most replies are plain ASCII or close to it).
fn grapheme_count(text: &str) -> usize {
    if text.is_ascii() && !text.contains('\r') {
        return text.len();
    }
    text.graphemes(true).count()
}

/// Fits the channel's length rule.
pub(super) fn channel_fit(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let channel = ctx.situation.channel;
    let target = ctx.situation.brand.as_ref().and_then(|b| b.style_target);
    match channel.length_rule(target) {
        LengthRule::XWeighted(limit) => {
            let len = a.x_length();
            let msg = |id: &'static str| Msg::new(id).num("length", len).num("limit", limit);
            if len <= limit {
                return Outcome::new(Mark::Pass, Vec::new(), msg("crit-channel-fit-x-pass"));
            }
            let at = overflow_position(a.text, limit);
            Outcome::new(Mark::Fail, vec![(at, a.text.len())], msg("crit-channel-fit-x-fail"))
        }
        LengthRule::Hard(limit) => {
            let len = grapheme_count(a.text);
            let msg = |id: &'static str| {
                Msg::new(id)
                    .num("length", u32::try_from(len).unwrap_or(u32::MAX))
                    .num("limit", limit)
                    .with("channel", channel.id())
            };
            if len <= limit as usize {
                Outcome::new(Mark::Pass, Vec::new(), msg("crit-channel-fit-hard-pass"))
            } else {
                let at = grapheme_offset(a.text, limit as usize);
                Outcome::new(Mark::Fail, vec![(at, a.text.len())], msg("crit-channel-fit-hard-fail"))
            }
        }
        LengthRule::Style(limit) => {
            let len = grapheme_count(a.text);
            let msg = |id: &'static str| {
                Msg::new(id)
                    .num("length", u32::try_from(len).unwrap_or(u32::MAX))
                    .num("limit", limit)
                    .with("channel", channel.id())
            };
            if len <= limit as usize {
                return Outcome::new(Mark::Pass, Vec::new(), msg("crit-channel-fit-style-pass"));
            }
            let at = grapheme_offset(a.text, limit as usize);
            let ev = vec![(at, a.text.len())];
            if (len as f64) <= f64::from(limit) * STYLE_SLACK {
                Outcome::new(Mark::Partial, ev, msg("crit-channel-fit-style-partial"))
            } else {
                Outcome::new(Mark::Fail, ev, msg("crit-channel-fit-style-fail"))
            }
        }
    }
}

/// Emoji use follows the brand's policy.
pub(super) fn emoji_policy(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let Some((policy, max)) = ctx.situation.emoji_policy() else {
        return Outcome::new(Mark::Na, Vec::new(), Msg::new("crit-emoji-policy-na"));
    };
    let ev = a.emoji().to_vec();
    let count = u32::try_from(ev.len()).unwrap_or(u32::MAX);
    let msg = |id: &'static str| Msg::new(id).num("count", count).num("max", max);
    match policy {
        EmojiPolicy::Never if count == 0 => Outcome::new(Mark::Pass, ev, msg("crit-emoji-policy-never-pass")),
        EmojiPolicy::Never => Outcome::new(Mark::Fail, ev, msg("crit-emoji-policy-never-fail")),
        EmojiPolicy::Sparing if count <= max => Outcome::new(Mark::Pass, ev, msg("crit-emoji-policy-sparing-pass")),
        EmojiPolicy::Sparing if count == max + 1 => {
            Outcome::new(Mark::Partial, ev, msg("crit-emoji-policy-sparing-partial"))
        }
        EmojiPolicy::Sparing => Outcome::new(Mark::Fail, ev, msg("crit-emoji-policy-sparing-fail")),
        EmojiPolicy::Free => Outcome::new(Mark::Pass, ev, msg("crit-emoji-policy-free-pass")),
    }
}

/// LIX thresholds (pass, partial) per language. Finnish compounds make long words normal:
/// the built-in Finnish model answers, written for clarity, range over LIX 35–84 with a
/// median of 53, where English ones range over 12–45.
const fn lix_limits(lang: Lang) -> (f64, f64) {
    match lang {
        Lang::En => (45.0, 55.0),
        Lang::Fi => (65.0, 75.0),
    }
}

/// Below this many words LIX says more about word length than about readability.
const LIX_MIN_WORDS: usize = 15;

/// Sentences longer than this many words make a reply hard to read in any language.
const LONG_SENTENCE: usize = 30;
/// ... and longer than this, very hard.
const VERY_LONG_SENTENCE: usize = 45;

/// Short sentences and plain words (LIX, tuned per language, plus the longest sentence).
pub(super) fn readability(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let words: Vec<_> = a.tokens.iter().filter(|t| t.is_plain_word()).collect();
    if words.len() < 5 {
        return Outcome::new(Mark::Pass, Vec::new(), Msg::new("crit-readability-short"));
    }
    let mut per_sentence: Vec<(u32, usize, usize, usize)> = Vec::new(); // (sentence, words, start, end)
    for t in &words {
        match per_sentence.last_mut() {
            Some(last) if last.0 == t.sentence => {
                last.1 += 1;
                last.3 = t.end;
            }
            _ => per_sentence.push((t.sentence, 1, t.start, t.end)),
        }
    }
    let sentences = per_sentence.len().max(1);
    let long_words = words.iter().filter(|t| t.norm.chars().count() > 6).count();
    let n = words.len() as f64;
    let lix = n / sentences as f64 + 100.0 * long_words as f64 / n;
    let longest = per_sentence.iter().max_by_key(|s| s.1).copied().unwrap_or((0, 0, 0, 0));
    let (pass, partial) = lix_limits(ctx.situation.lang);
    let avg = n / sentences as f64;
    let msg = |id: &'static str| {
        Msg::new(id)
            .num("lix", lix.round())
            .num("words", avg.round())
            .num("longest", u32::try_from(longest.1).unwrap_or(u32::MAX))
    };
    let ev = vec![(longest.2, longest.3)];
    let lix_counts = words.len() >= LIX_MIN_WORDS;
    if (lix_counts && lix > partial) || longest.1 > VERY_LONG_SENTENCE {
        return Outcome::new(Mark::Fail, ev, msg("crit-readability-fail"));
    }
    if (lix_counts && lix > pass) || longest.1 > LONG_SENTENCE {
        return Outcome::new(Mark::Partial, ev, msg("crit-readability-partial"));
    }
    Outcome::new(Mark::Pass, Vec::new(), msg("crit-readability-pass"))
}

/// Written in the scenario's language, counted from function words (short replies defeat
/// statistical detectors; "the", "and", "ja", "että" do not lie).
pub(super) fn right_language(ctx: &Ctx<'_>, a: &Analysis<'_>) -> Outcome {
    let expected = ctx.situation.reply_lang;
    let mut mine = 0usize;
    let mut theirs: Vec<(usize, usize)> = Vec::new();
    let mut plain = 0usize;
    for t in a.tokens.iter().filter(|t| t.is_plain_word()) {
        plain += 1;
        let w: &str = &t.norm;
        let own = crate::scoring::languages::is_function_word(expected, w);
        let other = ReplyLang::ALL
            .iter()
            .any(|l| *l != expected && crate::scoring::languages::is_function_word(*l, w));
        match (own, other) {
            (true, false) => mine += 1,
            (false, true) => theirs.push((t.start, t.end)),
            _ => {}
        }
    }
    let lang = expected.id();
    let msg = |id: &'static str| Msg::new(id).with("lang", lang);
    if mine == 0 && theirs.is_empty() {
        // "Good evening, Caesar!" has no function words; too little to judge.
        return if plain < 6 {
            Outcome::new(Mark::Na, Vec::new(), msg("crit-right-language-na"))
        } else {
            Outcome::new(Mark::Fail, Vec::new(), msg("crit-right-language-fail"))
        };
    }
    if theirs.len() >= mine {
        return Outcome::new(Mark::Fail, theirs, msg("crit-right-language-fail"));
    }
    if theirs.len() * 4 > mine {
        return Outcome::new(Mark::Partial, theirs, msg("crit-right-language-partial"));
    }
    Outcome::new(Mark::Pass, Vec::new(), msg("crit-right-language-pass"))
}

/// One clear next step; offering three or more different routes at once is partial.
pub(super) fn next_step(a: &Analysis<'_>) -> Outcome {
    let kinds = [
        Concept::ContactDm,
        Concept::ContactPhone,
        Concept::ContactEmail,
        Concept::ContactForm,
        Concept::ContactChat,
        Concept::ContactStore,
    ];
    let routes: Vec<(usize, usize)> = kinds
        .iter()
        .filter_map(|k| a.hits(*k).first())
        .map(|h| a.span(h.first, h.last))
        .collect();
    // A request is a next step ("send us your order number"), but a politeness word alone
    // is not ("Please accept our apologies").
    const POLITENESS: [&str; 6] = ["please", "pls", "plz", "kindly", "ystävällisesti", "ole hyvä ja"];
    let politeness_only = |h: &&crate::scoring::analysis::ConceptHit| {
        let (s, e) = a.span(h.first, h.last);
        // No allocation on this path: it runs on every keystroke.
        POLITENESS.iter().any(|w| a.text[s..e].eq_ignore_ascii_case(w))
    };
    let mut steps: Vec<_> = a
        .hits(Concept::NextStep)
        .iter()
        .chain(a.hits(Concept::Request).iter().filter(|h| !politeness_only(h)))
        .collect();
    // One piece of evidence per place, whichever list found it.
    steps.sort_by_key(|h| (h.first, h.last));
    steps.dedup_by_key(|h| (h.first, h.last));
    // A promise or an offer with its action close after it ("we'll take a look", "voit
    // hakea korvausta"): two short lists, not every pair written out, keep this fast.
    let actions = a.hits(Concept::Action);
    let promised: Vec<(usize, usize)> = a
        .positive(Concept::Promise)
        .filter_map(|p| {
            actions
                .iter()
                .find(|v| v.first > p.last && v.first <= p.last + 3 && a.sentence(v.first) == a.sentence(p.first))
                .map(|v| a.span(p.first, v.last))
        })
        .collect();
    // A link is a next step too: it tells the customer where to go.
    let link = a.urls.first().copied();
    if routes.len() >= 3 {
        let n = u32::try_from(routes.len()).unwrap_or(u32::MAX);
        return Outcome::new(
            Mark::Partial,
            routes,
            Msg::new("crit-next-step-partial").num("count", n),
        );
    }
    if steps.is_empty() && promised.is_empty() {
        if let Some((s, e)) = link {
            let f = a.text[s..e].to_owned();
            return Outcome::new(
                Mark::Pass,
                vec![(s, e)],
                Msg::new("crit-next-step-pass").with("found", f),
            );
        }
        return Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-next-step-fail"));
    }
    let mut ev = spans(a, steps);
    ev.extend(promised);
    ev.sort_unstable();
    ev.dedup();
    ev.truncate(super::MAX_EVIDENCE);
    let f = found(a, &ev);
    Outcome::new(Mark::Pass, ev, Msg::new("crit-next-step-pass").with("found", f))
}

/// How to recognise the brand's sign-off, prepared once per rubric.
#[derive(Debug, Clone)]
pub enum SignatureCheck {
    /// The brand has no sign-off.
    None,
    /// Initials or a first name after a marker.
    Pattern {
        /// The brand's form.
        own: regex::Regex,
        /// What it looks like ("^AK").
        example: String,
    },
    /// A fixed closing line.
    Text {
        /// The whole line, lower case.
        full: String,
        /// Its first words ("kind regards"), lower case.
        opening: String,
        /// As written.
        example: String,
    },
}

/// Something that looks like a signature in any style: "^AK", "/Anna", "-Anna", "– AK".
fn any_signature() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    #[expect(clippy::unwrap_used, reason = "a constant pattern, covered by tests")]
    RE.get_or_init(|| regex::Regex::new(r"(?:^|\s)[\^/\-–—~]\s?\p{Lu}[\p{L}]{0,20}\s*$").unwrap())
}

/// The trimmed reply without trailing emoji, punctuation and spaces.
fn trim_end(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '🙂' | '😊'))
}

/// Ends with the brand's sign-off.
pub(super) fn signature(a: &Analysis<'_>, check: &SignatureCheck) -> Outcome {
    let end = trim_end(a.text);
    match check {
        SignatureCheck::None => Outcome::new(Mark::Na, Vec::new(), Msg::new("crit-signature-na")),
        SignatureCheck::Pattern { own, example } => {
            let found_own: Vec<(usize, usize)> = own.find_iter(a.text).map(|m| (m.start(), m.end())).collect();
            let at_end = found_own.iter().find(|(_, e)| *e >= end.len());
            if let Some(&(s, e)) = at_end {
                return Outcome::new(
                    Mark::Pass,
                    vec![(s, e)],
                    Msg::new("crit-signature-pass").with("found", a.text[s..e].trim()),
                );
            }
            if let Some(&(s, e)) = found_own.first() {
                return Outcome::new(
                    Mark::Partial,
                    vec![(s, e)],
                    Msg::new("crit-signature-partial-place").with("found", a.text[s..e].trim()),
                );
            }
            if let Some(m) = any_signature().find(end) {
                return Outcome::new(
                    Mark::Partial,
                    vec![(m.start(), m.end())],
                    Msg::new("crit-signature-partial-form")
                        .with("found", m.as_str().trim())
                        .with("expected", example.as_str()),
                );
            }
            Outcome::new(
                Mark::Fail,
                Vec::new(),
                Msg::new("crit-signature-fail").with("expected", example.as_str()),
            )
        }
        SignatureCheck::Text { full, opening, example } => {
            let lower = end.to_lowercase();
            let squashed: String = lower.split_whitespace().collect::<Vec<_>>().join(" ");
            if squashed.ends_with(full.as_str()) {
                let start = a.text.len().saturating_sub(example.len().min(a.text.len()));
                let s = a.text[..end.len()]
                    .rfind(example.split_whitespace().next().unwrap_or(""))
                    .unwrap_or(start);
                return Outcome::new(
                    Mark::Pass,
                    vec![(s, end.len())],
                    Msg::new("crit-signature-pass").with("found", example.as_str()),
                );
            }
            if squashed.contains(full.as_str()) {
                return Outcome::new(
                    Mark::Partial,
                    Vec::new(),
                    Msg::new("crit-signature-partial-place").with("found", example.as_str()),
                );
            }
            if !opening.is_empty() && squashed.contains(opening.as_str()) {
                return Outcome::new(
                    Mark::Partial,
                    Vec::new(),
                    Msg::new("crit-signature-partial-form")
                        .with("found", opening.as_str())
                        .with("expected", example.as_str()),
                );
            }
            Outcome::new(
                Mark::Fail,
                Vec::new(),
                Msg::new("crit-signature-fail").with("expected", example.as_str()),
            )
        }
    }
}
