//! channel-fit, emoji-policy, readability, right-language, next-step, signature.

use unicode_segmentation::UnicodeSegmentation;

use super::{Ctx, Outcome, found, spans};
use crate::i18n::Msg;
use crate::scoring::analysis::Analysis;
use crate::scoring::lexicon::Concept;
use crate::scoring::result::Mark;
use crate::scoring::xlength::overflow_position_with_urls;
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
            let at = overflow_position_with_urls(a.text, &a.urls, limit);
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
    // Words shared by two languages ("ja" is Finnish "and" and Swedish "yes") count for
    // neither, so a reply half in each language is mixed (partial), not wrong.
    if theirs.len() > mine {
        return Outcome::new(Mark::Fail, theirs, msg("crit-right-language-fail"));
    }
    if theirs.len() * 4 > mine {
        return Outcome::new(Mark::Partial, theirs, msg("crit-right-language-partial"));
    }
    Outcome::new(Mark::Pass, Vec::new(), msg("crit-right-language-pass"))
}

/// A concrete next step: an action for the customer (an instruction such as "restart the
/// router", "DM us", "kokeile päivittää"; a suggestion such as "have you tried…?"; a link
/// presented as the way forward) or an action or timeframe by the brand ("we'll look into
/// it", "olen välittänyt asian", "korjaus valmistuu klo 9.30 mennessä"). Asking only for
/// information (also with a deadline for the customer), vague hopes or offers ("we're here
/// to help"), explanations and a bare link are not. Offering three or more different
/// routes at once is partial.
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
        .filter_map(|k| a.positive(*k).next())
        .map(|h| a.span(h.first, h.last))
        .collect();
    let mut ev: Vec<(usize, usize)> = Vec::new();
    // A hope or an open offer is no commitment ("hopefully we'll get there", "would be glad
    // to look into this").
    // Hindsight is no step either ("you could have switched ages ago").
    let committed =
        |t: u32| !a.clause_has(t, Concept::Hedge) && !offered_only(a, t) && !a.clause_has(t, Concept::HindsightModal);
    // What the brand does or says will happen, and suggestions phrased as steps.
    ev.extend(spans(
        a,
        a.positive(Concept::NextStep)
            .filter(|h| committed(h.first) && !is_courtesy(a, h.first)),
    ));
    ev.extend(spans(a, a.positive(Concept::TrySuggestion)));
    // A promise or an offer with its action close after it ("we'll take a look", "voit
    // hakea korvausta"): two short lists, not every pair written out, keep this fast.
    let actions = a.hits(Concept::Action);
    ev.extend(
        a.positive(Concept::Promise)
            .filter(|p| committed(p.first))
            .filter_map(|p| {
                // Hits are in token order: the first action after the promise is found by search.
                let i = actions.partition_point(|v| v.first <= p.last);
                actions
                    .get(i)
                    .filter(|v| v.first <= p.last + 3 && a.sentence(v.first) == a.sentence(p.first))
                    .map(|v| a.span(p.first, v.last))
            }),
    );
    // An offer with a route close after it: what the customer can get and where ("sen
    // saa maksutta numerosta 0800…", "you can call us on…").
    let routes_hits: Vec<&crate::scoring::analysis::ConceptHit> = kinds.iter().flat_map(|k| a.positive(*k)).collect();
    ev.extend(
        a.positive(Concept::Promise)
            .filter(|p| committed(p.first))
            .filter_map(|p| {
                routes_hits
                    .iter()
                    .find(|r| r.first > p.last && r.first <= p.last + 4 && a.sentence(r.first) == a.sentence(p.first))
                    .map(|r| a.span(p.first, r.last))
            }),
    );
    // Instructions that are actions, not only requests for information ("DM us" is a
    // step; "send us your order number" and "let us know" ask for information). In a
    // question only an invitation to a private message counts ("Can you DM us?").
    ev.extend(
        a.instructions()
            .iter()
            .filter(|h| !h.negated || a.clause_has(h.first, Concept::DmInvite))
            .filter(|h| {
                let private = a.clause_has(h.first, Concept::DmInvite);
                // "Call us and tell us X" is a step; "tell us X" alone asks. An instruction
                // to inform through a named channel ("ilmoita siitä numeroon 0800…") is a
                // step unless it names a detail to give.
                let routed = routed(a, h.first);
                let informs = info_verb_at(a, h.first) && !routed;
                private || (!informs && !asks_only_for_information(a, h.first))
            })
            .filter(|h| !a.is_question(h.first) || a.clause_has(h.first, Concept::DmInvite))
            .filter(|h| !is_courtesy(a, h.first))
            .map(|h| a.span(h.first, h.last)),
    );
    ev.extend(spans(
        a,
        a.positive(Concept::DmInvite)
            .filter(|h| committed(h.first) && (a.is_request_clause(h.first) || a.is_question(h.first))),
    ));
    // A link the reply tells the customer to use: an instruction, or "see", "visit",
    // "tell us more here" in its sentence. A link that is only cited is not a step.
    let instructed = a.instruction_sentences();
    for &(s, e) in &a.urls {
        let t = a.token_at(s);
        if t as usize >= a.tokens.len() {
            continue;
        }
        let told = instructed.binary_search(&a.sentence(t)).is_ok() || a.sentence_has(t, Concept::LinkUse);
        // "If you need one, the certificate is at <link>" is a conditional step, not a
        // hedge: only an offer in a question holds a link back.
        if told && !offered_only(a, t) && ev.len() < super::MAX_EVIDENCE {
            ev.push((s, e));
        }
    }
    if routes.len() >= 3 {
        let n = u32::try_from(routes.len()).unwrap_or(u32::MAX);
        return Outcome::new(
            Mark::Partial,
            routes,
            Msg::new("crit-next-step-partial").num("count", n),
        );
    }
    if ev.is_empty() {
        return Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-next-step-fail"));
    }
    ev.sort_unstable();
    ev.dedup();
    ev.truncate(super::MAX_EVIDENCE);
    let f = found(a, &ev);
    Outcome::new(Mark::Pass, ev, Msg::new("crit-next-step-pass").with("found", f))
}

/// Is the instruction at token `t` itself a verb of giving information ("tell", "let us
/// know", "kerro", "ilmoita")?
fn info_verb_at(a: &Analysis<'_>, t: u32) -> bool {
    a.hits(Concept::InfoVerb)
        .iter()
        .any(|h| h.first <= t + 1 && h.last >= t)
}

/// The ways of reaching the company that a reply can name.
const CONTACT_ROUTES: [Concept; 5] = [
    Concept::ContactPhone,
    Concept::ContactEmail,
    Concept::ContactForm,
    Concept::ContactChat,
    Concept::ContactStore,
];

/// Does the clause of token `t` name a contact route (a phone number, a form, the chat)?
fn routed(a: &Analysis<'_>, t: u32) -> bool {
    CONTACT_ROUTES.iter().any(|c| a.clause_has(t, *c))
}

/// Does a courtesy formula start at token `t` ("Have a great day", "Stay positive",
/// "Please accept our apologies")? It is shaped like an instruction but asks for nothing.
fn is_courtesy(a: &Analysis<'_>, t: u32) -> bool {
    a.hits(Concept::CourtesyFormula)
        .iter()
        .any(|h| h.first == t && !h.quoted)
}

/// Is the step at token `t` only offered in a question ("Would you like us to refund it?")?
fn offered_only(a: &Analysis<'_>, t: u32) -> bool {
    a.is_question(t) && a.sentence_has(t, Concept::OfferQuestion)
}

/// Does the instruction at token `t` only ask for information: its clause names a detail to
/// give ("send us your order number", "kerro tilausnumerosi") or asks about the case with
/// a question word ("let us know which store")?
fn asks_only_for_information(a: &Analysis<'_>, t: u32) -> bool {
    // A number or address that is the channel ("ilmoita siitä numeroon 0800…") is not a
    // detail asked for.
    let route = |h: &crate::scoring::analysis::ConceptHit| {
        CONTACT_ROUTES
            .iter()
            .any(|c| a.hits(*c).iter().any(|r| r.first <= h.last && h.first <= r.last))
    };
    let clause = a.tokens[t as usize].clause;
    let asked = |c: Concept| {
        a.said(c)
            .any(|h| a.tokens[h.first as usize].clause == clause && !route(h))
    };
    asked(Concept::DetailNoun) || asked(Concept::PiiNoun) || asked(Concept::GenericDetail) || asked(Concept::WhWord)
}

/// How to recognise the brand's sign-off, prepared once per rubric.
#[derive(Debug, Clone)]
pub enum SignatureCheck {
    /// The brand has no sign-off.
    None,
    /// No brand is known (ad-hoc scoring): any agent sign-off counts, in the forms teams
    /// use ("^AK", "/Anna", "-Mia", "~RD", "Thanks – Deepa", a name on its own last line);
    /// a team sign-off that names no agent does not.
    AnyAgent,
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

/// Words that make a closing line a team's, not an agent's ("The Customer Care Team",
/// "Asiakaspalvelutiimi"): checked as word starts, lower case.
const TEAM_WORDS: &[&str] = &[
    "team",
    "tiimi",
    "asiakaspalvelu",
    "palvelu",
    "support",
    "care",
    "customer",
    "relations",
    "service",
    "staff",
    "crew",
    "desk",
    "office",
    "toimisto",
    "helpdesk",
    "social",
    "somet",
    "the",
];

/// Words that end replies but are no one's name.
const NOT_NAMES: &[&str] = &[
    "thanks",
    "thank",
    "cheers",
    "regards",
    "best",
    "kiitos",
    "kiitti",
    "terveisin",
    "moi",
    "hei",
    "hi",
    "hello",
    "bye",
    "ciao",
    "sorry",
    "sori",
    "anteeksi",
    "ok",
    "okay",
    "x",
    "xx",
    "xoxo",
    "love",
    "enjoy",
    "welcome",
    "tervetuloa",
    "kiitoksia",
    "yes",
    "no",
    "joo",
    "kyllä",
    "ei",
];

/// Closing phrases a name may follow on the same line ("Kind regards, Joanna").
fn closing() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    #[expect(clippy::unwrap_used, reason = "a constant pattern, covered by tests")]
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?:^|[\s.!,])(?i:ystävällisin terveisin|parhain terveisin|terveisin|terkuin|t\.|kiittäen|kind regards|best regards|warm regards|regards|best wishes|best|many thanks|thanks|thank you|cheers|kiitos)[,:]?\s+(\p{Lu}[\p{Ll}]{1,20}(?:\s\p{Lu}\.?)?)$",
        )
        .unwrap()
    })
}

/// A marker and a name or initials at the very end ("^AK", "/Anna", "– Hannah", "~RD").
fn marked_name() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    #[expect(clippy::unwrap_used, reason = "a constant pattern, covered by tests")]
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?:^|[\s(.!?,:;0-9])(?:[\^~*/]|[-–—])\s?(\p{Lu}[\p{L}]{0,20}(?:\s\p{Lu}[\p{L}]{0,20})?|\p{Ll}{2,3})$",
        )
        .unwrap()
    })
}

/// The reply's end without what may follow a sign-off: links, a thread counter ("1/2",
/// "(2/2)"), emoji, closing punctuation and spaces.
fn before_trailers<'t>(a: &Analysis<'t>) -> &'t str {
    let mut text = a.text;
    loop {
        let trimmed = text.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '.' | '!' | ')' | '(') || crate::scoring::emoji::is_emoji_char(c)
        });
        let mut t = trimmed;
        // A link at the end.
        if let Some(&(s, e)) = a.urls.last()
            && e >= t.len()
            && s < t.len()
        {
            t = &text[..s];
        }
        // A thread counter at the end.
        let bytes = t.as_bytes();
        let mut i = bytes.len();
        while i > 0 && bytes[i - 1].is_ascii_digit() {
            i -= 1;
        }
        if i < bytes.len() && i > 0 && bytes[i - 1] == b'/' {
            let mut j = i - 1;
            while j > 0 && bytes[j - 1].is_ascii_digit() {
                j -= 1;
            }
            if j < i - 1 && (j == 0 || !bytes[j - 1].is_ascii_alphanumeric()) {
                t = &t[..j];
            }
        }
        if t.len() == text.len() {
            return t;
        }
        text = t;
    }
}

/// Parts of Finnish compounds that make a name a team's ("Asuntopalvelut",
/// "Salikamu-asiakaspalvelu").
const TEAM_PARTS: &[&str] = &["palvelu", "tiimi", "asiakas"];

/// Is this the name of a team rather than an agent?
fn is_team(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .any(|w| TEAM_WORDS.iter().any(|t| w.starts_with(t)) || TEAM_PARTS.iter().any(|t| w.contains(t)))
}

/// An agent's sign-off at the end of the reply, in any of the usual forms.
pub(super) fn agent_sign_off(a: &Analysis<'_>) -> Option<(usize, usize)> {
    let end = before_trailers(a);
    // "Thanks, Tom!" greets the customer: a closing line does not shout its own name.
    let closing_line = closing().captures(end).filter(|c| {
        c.get(1)
            .is_some_and(|n| !a.text[n.end()..].trim_start().starts_with('!'))
    });
    if let Some(c) = marked_name().captures(end).or(closing_line)
        && let Some(name) = c.get(1)
        && !is_team(name.as_str())
        && !NOT_NAMES.contains(&name.as_str().to_lowercase().as_str())
    {
        let whole = c.get(0).map_or(name.start(), |m| m.start());
        let s = whole + end[whole..].len() - end[whole..].trim_start().len();
        return Some((s, name.end()));
    }
    // A name (or two words of one) alone on the last line, after a line break.
    let (head, last) = end.rsplit_once('\n')?;
    let line = last.trim().trim_end_matches(['.', ',']);
    let words: Vec<&str> = line.split_whitespace().collect();
    let looks_like_name = !words.is_empty()
        && words.len() <= 2
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
                && !NOT_NAMES.contains(&w.to_lowercase().as_str())
        })
        && !is_team(line);
    if looks_like_name && !head.trim().is_empty() {
        let s = head.len() + 1 + (last.len() - last.trim_start().len());
        return Some((s, s + line.len()));
    }
    None
}

/// Ends with the brand's sign-off.
pub(super) fn signature(a: &Analysis<'_>, check: &SignatureCheck) -> Outcome {
    let end = trim_end(a.text);
    match check {
        SignatureCheck::None => Outcome::new(Mark::Na, Vec::new(), Msg::new("crit-signature-na")),
        SignatureCheck::AnyAgent => match agent_sign_off(a) {
            Some((s, e)) => Outcome::new(
                Mark::Pass,
                vec![(s, e)],
                Msg::new("crit-signature-pass").with("found", a.text[s..e].trim()),
            ),
            None => Outcome::new(Mark::Fail, Vec::new(), Msg::new("crit-signature-fail-any")),
        },
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
