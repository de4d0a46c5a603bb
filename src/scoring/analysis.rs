//! Everything the criteria need to know about one reply, computed once.
//!
//! Tokens and lexicon hits are computed up front (nearly every criterion uses them); URLs
//! are needed by the tokenizer; emoji, sentences, X length and personal data only when a
//! criterion asks, so a rubric that does not look at them does not pay for them.

use std::cell::OnceCell;

use super::emoji::emoji_spans;
use super::lexicon::{Concept, Key, Lexicon};
use super::matcher::{Hit, Matcher};
use super::text::{Token, sentence_spans, tokenize};
use super::url::find_urls;
use super::xlength::{weighted_length, weighted_length_ascii};


/// A lexicon concept found in the reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConceptHit {
    /// What was found.
    pub concept: Concept,
    /// First token.
    pub first: u32,
    /// Last token (inclusive).
    pub last: u32,
    /// A negation word turns it around ("not sorry").
    pub negated: bool,
    /// It matched only with a typo.
    pub fuzzy: bool,
    /// It is inside quotation marks: quoted, not said.
    pub quoted: bool,
    /// The lexicon pattern that matched.
    pub pattern: u32,
}

/// Phrase lists that come from the scenario rather than the lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extra {
    /// The customer's issue words.
    Issue,
    /// Forbidden phrases of the brand and scenario.
    Forbidden,
    /// A custom criterion's `require` list (by criterion index).
    Require(u16),
    /// A custom criterion's `avoid` list (by criterion index).
    Avoid(u16),
    /// Extra phrases of a built-in criterion (by criterion index).
    Phrases(u16),
}

/// The analysis of one reply.
#[derive(Debug)]
pub struct Analysis<'a> {
    /// The reply as written.
    pub text: &'a str,
    /// URL byte ranges.
    pub urls: Vec<(usize, usize)>,
    /// Word tokens.
    pub tokens: Vec<Token<'a>>,
    /// Lexicon concept hits, per concept (indexed by the concept's position in `Concept::ALL`).
    by_concept: Vec<Vec<ConceptHit>>,
    /// Tone words: (token, weight), already flipped when negated.
    pub tone: Vec<(u32, f32)>,
    /// Scenario phrase hits.
    pub extra: Vec<Hit<Extra>>,
    /// The lexicon used.
    pub lexicon: &'a Lexicon,
    emoji: OnceCell<Vec<(usize, usize)>>,
    sentences: OnceCell<Vec<(usize, usize)>>,
    x_length: OnceCell<u32>,
    sentence_tokens: OnceCell<Vec<(u32, u32)>>,
    questions: OnceCell<Vec<bool>>,
    fillers: OnceCell<Vec<bool>>,
    instructions: OnceCell<Vec<ConceptHit>>,
    request_clauses: OnceCell<Vec<bool>>,
}

fn concept_index(c: Concept) -> usize {
    Concept::ALL.iter().position(|x| *x == c).unwrap_or(0)
}

impl<'a> Analysis<'a> {
    /// Analyses a reply with a language's lexicon and the scenario's own phrases.
    #[must_use]
    pub fn new(text: &'a str, lexicon: &'a Lexicon, extra: &Matcher<Extra>) -> Self {
        let urls = find_urls(text);
        let tokens = tokenize(text, &urls);
        let hits = lexicon.matcher.find(&tokens);
        let mut by_concept: Vec<Vec<ConceptHit>> = vec![Vec::new(); Concept::ALL.len()];
        let mut tone_raw: Vec<(u32, i8)> = Vec::new();
        for h in &hits {
            match h.key {
                Key::Concept(c) => by_concept[concept_index(c)].push(ConceptHit {
                    concept: c,
                    first: h.first,
                    last: h.last,
                    negated: false,
                    fuzzy: h.fuzzy,
                    quoted: (h.first..=h.last).all(|t| tokens[t as usize].has(super::text::F_QUOTED)),
                    pattern: h.pattern,
                }),
                Key::Tone(w) => tone_raw.push((h.first, w)),
            }
        }
        // A longer match of a concept wins over the shorter ones inside it, so "can't
        // apologise enough" is one apology, not a negated "apologise".
        for list in &mut by_concept {
            keep_longest(list);
        }
        let map = NegationMap::new(
            tokens.len(),
            &by_concept[concept_index(Concept::Negator)],
            &by_concept[concept_index(Concept::ClauseBreak)],
            &by_concept[concept_index(Concept::NegationCancel)],
        );
        let negated_at = |first: u32| map.negated(&tokens, first);
        // A negation in a pattern's gap negates it too: "virhe on meidän, ei sinun" is not
        // "virhe on … sinun", and "I haven't looked" is not "I … looked".
        let negated_inside = |first: u32, last: u32, words: &mut dyn Iterator<Item = &[char]>| {
            let words: Vec<String> = words.map(|w| w.iter().collect()).collect();
            (first + 1..=last).any(|t| {
                map.negator_ends[t as usize] && !words.iter().any(|w| tokens[t as usize].norm.starts_with(w.as_str()))
            })
        };
        for c in Concept::ALL.iter().filter(|c| c.negatable()) {
            for h in &mut by_concept[concept_index(*c)] {
                h.negated = negated_at(h.first)
                    || negated_inside(h.first, h.last, &mut lexicon.matcher.pattern_words(h.pattern));
            }
        }
        // Tone words: the longest match per token, flipped and halved when negated.
        tone_raw.sort_by_key(|(t, _)| *t);
        tone_raw.dedup_by_key(|(t, _)| *t);
        let tone = tone_raw
            .into_iter()
            .map(|(t, w)| {
                let w = f32::from(w);
                (t, if negated_at(t) { -w / 2.0 } else { w })
            })
            .collect();
        // A scenario's own phrases read like the lexicon's: "ei ole käyttäjän virhe" does
        // not say the forbidden "käyttäjän virhe", and "emme hyvitä" does not promise a refund.
        // Issue words name the issue whatever the sentence does with them.
        let extra: Vec<Hit<Extra>> = extra
            .find(&tokens)
            .into_iter()
            .filter(|h| {
                h.key == Extra::Issue
                    || !((h.first..=h.last).all(|t| tokens[t as usize].has(super::text::F_QUOTED))
                        || negated_at(h.first)
                        || negated_inside(h.first, h.last, &mut extra.pattern_words(h.pattern)))
            })
            .collect();
        Analysis {
            text,
            urls,
            tokens,
            by_concept,
            tone,
            extra,
            lexicon,
            emoji: OnceCell::new(),
            sentences: OnceCell::new(),
            x_length: OnceCell::new(),
            sentence_tokens: OnceCell::new(),
            questions: OnceCell::new(),
            fillers: OnceCell::new(),
            instructions: OnceCell::new(),
            request_clauses: OnceCell::new(),
        }
    }

    /// The hits of a concept, in order.
    #[must_use]
    pub fn hits(&self, c: Concept) -> &[ConceptHit] {
        &self.by_concept[concept_index(c)]
    }

    /// The hits of a concept that are neither negated nor quoted: what the reply says.
    pub fn positive(&self, c: Concept) -> impl Iterator<Item = &ConceptHit> {
        self.hits(c).iter().filter(|h| !h.negated && !h.quoted)
    }

    /// The hits of a concept that are not quoted (negated ones included).
    pub fn said(&self, c: Concept) -> impl Iterator<Item = &ConceptHit> {
        self.hits(c).iter().filter(|h| !h.quoted)
    }

    /// Does the reply contain the concept (not negated)?
    #[must_use]
    pub fn has(&self, c: Concept) -> bool {
        self.positive(c).next().is_some()
    }

    /// The byte range of a run of tokens.
    #[must_use]
    pub fn span(&self, first: u32, last: u32) -> (usize, usize) {
        (self.tokens[first as usize].start, self.tokens[last as usize].end)
    }

    /// The sentence a token is in.
    #[must_use]
    pub fn sentence(&self, token: u32) -> u32 {
        self.tokens[token as usize].sentence
    }

    /// Scenario phrase hits of one kind.
    pub fn extra_hits(&self, kind: Extra) -> impl Iterator<Item = &Hit<Extra>> {
        self.extra.iter().filter(move |h| h.key == kind)
    }

    /// Emoji byte ranges (grapheme clusters).
    pub fn emoji(&self) -> &[(usize, usize)] {
        self.emoji.get_or_init(|| emoji_spans(self.text))
    }

    /// Sentence byte ranges.
    pub fn sentences(&self) -> &[(usize, usize)] {
        self.sentences.get_or_init(|| sentence_spans(self.text))
    }

    /// X's weighted length of the reply.
    pub fn x_length(&self) -> u32 {
        *self.x_length.get_or_init(|| {
            if self.text.is_ascii() {
                weighted_length_ascii(self.text, &self.urls)
            } else {
                weighted_length(self.text)
            }
        })
    }

    /// First and last token of each sentence (indexed by sentence number).
    pub fn sentence_tokens(&self) -> &[(u32, u32)] {
        self.sentence_tokens.get_or_init(|| {
            let mut out: Vec<(u32, u32)> = Vec::new();
            for (i, t) in self.tokens.iter().enumerate() {
                let i = u32::try_from(i).unwrap_or(u32::MAX);
                let s = t.sentence as usize;
                while out.len() <= s {
                    out.push((i, i));
                }
                out[s].1 = i;
            }
            out
        })
    }

    /// Is the sentence of token `t` a question: it ends with a question mark, or (Finnish,
    /// where a question is marked in the words) it opens with a question word or a verb
    /// with the question clitic ("Tilasitko sovelluksesta.", "Onko valo punainen")?
    #[must_use]
    pub fn is_question(&self, t: u32) -> bool {
        let questions = self.questions.get_or_init(|| {
            let opens_question: Vec<u32> = if self.lexicon.lang == crate::vocab::Lang::Fi {
                self.hits(Concept::WhWord)
                    .iter()
                    .map(|h| h.first)
                    .chain(self.tokens.iter().enumerate().filter_map(|(i, tok)| {
                        finnish_question_verb(&tok.norm).then(|| u32::try_from(i).unwrap_or(u32::MAX))
                    }))
                    // At the start of the sentence only: after a comma "mikä", "joka", "missä"
                    // open a relative clause, not a question.
                    .filter(|&i| self.is_sentence_initial(i))
                    .map(|i| self.sentence(i))
                    .collect()
            } else {
                Vec::new()
            };
            self.sentence_tokens()
                .iter()
                .enumerate()
                .map(|(s, &(_, last))| {
                    let end = self.tokens[last as usize].end;
                    let marked = self.text[end..]
                        .chars()
                        .take_while(|c| !c.is_alphanumeric())
                        .any(|c| c == '?' || c == '？');
                    marked || opens_question.contains(&u32::try_from(s).unwrap_or(u32::MAX))
                })
                .collect()
        });
        questions.get(self.sentence(t) as usize).copied().unwrap_or(false)
    }

    /// Is token `t` at the start of its clause, counting only fillers ("please", "just",
    /// "ihan"), handles, links and numbers before it?
    #[must_use]
    pub fn is_clause_initial(&self, t: u32) -> bool {
        let clause = self.tokens[t as usize].clause;
        let fillers = self.filler_tokens();
        (0..t as usize)
            .rev()
            .take_while(|&j| self.tokens[j].clause == clause)
            .all(|j| fillers[j] || !self.tokens[j].is_plain_word())
    }

    /// Is token `t` the first word of its sentence, counting only fillers, handles, links
    /// and numbers before it ("Hei Matti, onko…" counts the greeting's clause as its own)?
    #[must_use]
    pub fn is_sentence_initial(&self, t: u32) -> bool {
        let sentence = self.tokens[t as usize].sentence;
        let fillers = self.filler_tokens();
        let (first, _) = self.sentence_tokens()[sentence as usize];
        // A greeting with a name before a comma ("Hei Matti, onko…") does not count.
        let mut start = first as usize;
        if let Some(comma_clause) = (first as usize..t as usize).find(|&j| self.tokens[j].clause != self.tokens[start].clause)
        {
            let opener: Vec<&str> = self.tokens[start..comma_clause].iter().map(|t| t.norm.as_ref()).collect();
            if opener.len() <= 3 && opener.first().is_some_and(|w| GREETINGS.contains(w)) {
                start = comma_clause;
            }
        }
        (start..t as usize).all(|j| fillers[j] || !self.tokens[j].is_plain_word())
    }

    /// Per token: is it part of a filler phrase?
    fn filler_tokens(&self) -> &[bool] {
        self.fillers.get_or_init(|| {
            let mut v = vec![false; self.tokens.len()];
            for h in self.hits(Concept::Filler) {
                for t in h.first..=h.last {
                    v[t as usize] = true;
                }
            }
            v
        })
    }

    /// Instructions and requests to the customer that the reply really makes: imperative
    /// forms (in English only at the start of a clause: "Send us…", not "we send"), not
    /// quoted.
    #[must_use]
    pub fn instructions(&self) -> &[ConceptHit] {
        self.instructions.get_or_init(|| {
            let english = self.lexicon.lang == crate::vocab::Lang::En;
            self.hits(Concept::Imperative)
                .iter()
                .filter(|h| !h.quoted && (!english || self.is_clause_initial(h.first)))
                .copied()
                .collect()
        })
    }

    /// Per clause: does it ask the customer to do or give something (an instruction, or a
    /// request form such as "could you", "voisitko", "please send")?
    #[must_use]
    pub fn is_request_clause(&self, t: u32) -> bool {
        let clauses = self.request_clauses.get_or_init(|| {
            let n = self.tokens.last().map_or(0, |t| t.clause as usize + 1);
            let mut v = vec![false; n];
            for h in self.instructions().iter().chain(self.said(Concept::Request)) {
                v[self.tokens[h.first as usize].clause as usize] = true;
            }
            v
        });
        clauses.get(self.tokens[t as usize].clause as usize).copied().unwrap_or(false)
    }

    /// The tokens of the clause of token `t` (first, last).
    #[must_use]
    pub fn clause_span(&self, t: u32) -> (u32, u32) {
        let clause = self.tokens[t as usize].clause;
        let mut first = t;
        while first > 0 && self.tokens[first as usize - 1].clause == clause {
            first -= 1;
        }
        let mut last = t;
        while (last as usize + 1) < self.tokens.len() && self.tokens[last as usize + 1].clause == clause {
            last += 1;
        }
        (first, last)
    }

    /// Is any (unquoted) hit of a concept in the clause of token `t`?
    #[must_use]
    pub fn clause_has(&self, t: u32, c: Concept) -> bool {
        let clause = self.tokens[t as usize].clause;
        self.said(c).any(|h| self.tokens[h.first as usize].clause == clause)
    }

    /// Is any (unquoted) hit of a concept in the sentence of token `t`?
    #[must_use]
    pub fn sentence_has(&self, t: u32, c: Concept) -> bool {
        let s = self.sentence(t);
        self.said(c).any(|h| self.sentence(h.first) == s)
    }

    /// The sentences in which any of the hits lie (sorted, for [`Self::in_sentences`]).
    #[must_use]
    pub fn sentences_of<'h>(&self, hits: impl IntoIterator<Item = &'h ConceptHit>) -> Vec<u32> {
        let mut v: Vec<u32> = hits.into_iter().map(|h| self.sentence(h.first)).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Is token `t` in one of these sentences (from [`Self::sentences_of`])?
    #[must_use]
    pub fn in_sentences(&self, t: u32, sentences: &[u32]) -> bool {
        sentences.binary_search(&self.sentence(t)).is_ok()
    }
}

/// Greeting words that may open a sentence before its question ("Hei Matti, onko…").
const GREETINGS: &[&str] = &[
    "hei", "moi", "moikka", "terve", "heippa", "huomenta", "hyvä", "hi", "hello", "hey", "dear", "morning", "ok", "okei",
];

/// Is this a Finnish verb carrying the question clitic: a second-person form ("tilasitko",
/// "oletteko", "näitkö") or a third-person one with a long final vowel ("tuleeko",
/// "näkyykö", "vilkkuuko")? Nouns ending in -ko ("lakko", "talko") have neither.
fn finnish_question_verb(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ko").or_else(|| word.strip_suffix("kö")) else {
        return false;
    };
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    if n < 2 {
        return false;
    }
    let second_person = stem.ends_with('t') || stem.ends_with("tte");
    let long_vowel = chars[n - 1] == chars[n - 2] && "aeiouyäö".contains(chars[n - 1]);
    second_person || long_vowel || matches!(stem, "on" | "oli" | "ei" | "eikö" | "ovat" | "olivat")
}

/// Drops hits contained in a longer hit of the same concept.
fn keep_longest(list: &mut Vec<ConceptHit>) {
    if list.len() < 2 {
        return;
    }
    // Sorted by start, longest first: a hit is inside an earlier one exactly when it ends
    // no later than the furthest end seen so far.
    list.sort_by_key(|h| (h.first, std::cmp::Reverse(h.last)));
    let mut furthest: Option<u32> = None;
    list.retain(|h| {
        let inside = furthest.is_some_and(|f| h.last <= f);
        if !inside {
            furthest = Some(furthest.map_or(h.last, |f| f.max(h.last)));
        }
        !inside
    });
}

/// Per token: does a negation word end here, does a clause break start here, does a word
/// that cancels a negation ("kuin", "than") stand here?
struct NegationMap {
    negator_ends: Vec<bool>,
    break_starts: Vec<bool>,
    cancels: Vec<bool>,
}

impl NegationMap {
    fn new(n: usize, negators: &[ConceptHit], breaks: &[ConceptHit], cancels: &[ConceptHit]) -> Self {
        let mut map = NegationMap {
            negator_ends: vec![false; n],
            break_starts: vec![false; n],
            cancels: vec![false; n],
        };
        let mut in_break = vec![false; n];
        for b in breaks {
            map.break_starts[b.first as usize] = true;
            for t in b.first..=b.last {
                in_break[t as usize] = true;
            }
        }
        for g in negators {
            // "no" inside "no worries" negates nothing.
            if !(in_break[g.first as usize] && in_break[g.last as usize]) {
                map.negator_ends[g.last as usize] = true;
            }
        }
        for c in cancels {
            map.cancels[c.first as usize] = true;
        }
        map
    }

    /// Is the word at `first` negated? A negation reaches to the end of its clause, so
    /// "I'm not going to apologise for our policy" and "emme valitettavasti ole
    /// pahoillamme" are negated however many words stand between; a clause break ("but",
    /// "mutta", "and we") ends it, and "kuin"/"than" after the negation turns it into
    /// emphasis ("en voi kuin pahoitella": I can only apologise).
    fn negated(&self, tokens: &[Token<'_>], first: u32) -> bool {
        let first = first as usize;
        let clause = tokens[first].clause;
        let mut cancelled = false;
        for j in (0..first).rev() {
            if tokens[j].clause != clause || self.break_starts[j] {
                return false;
            }
            if self.cancels[j] {
                cancelled = true;
            }
            if self.negator_ends[j] {
                return !cancelled;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Lang;

    fn analyse(lang: Lang, text: &str) -> Analysis<'_> {
        static EMPTY: std::sync::OnceLock<Matcher<Extra>> = std::sync::OnceLock::new();
        Analysis::new(text, Lexicon::builtin(lang), EMPTY.get_or_init(Matcher::new))
    }

    #[test]
    fn lexicons_have_no_problems() {
        for lang in Lang::ALL {
            let problems = &Lexicon::builtin(*lang).problems;
            assert!(problems.is_empty(), "{lang}: {problems:?}");
        }
    }

    #[test]
    fn negation_within_the_clause_only() {
        let a = analyse(Lang::En, "We are not sorry.");
        assert!(a.hits(Concept::Apology)[0].negated);
        let a = analyse(Lang::En, "No worries, sorry for the wait!");
        assert!(!a.hits(Concept::Apology)[0].negated);
        let a = analyse(Lang::Fi, "Emme ole pahoillamme.");
        assert!(a.hits(Concept::Apology)[0].negated);
        let a = analyse(Lang::Fi, "Pahoittelemme, ettei paketti ole tullut.");
        assert!(!a.hits(Concept::Apology)[0].negated);
    }

    #[test]
    fn longer_phrases_swallow_their_parts() {
        let a = analyse(Lang::En, "We can't apologise enough.");
        let hits = a.hits(Concept::Apology);
        assert_eq!(hits.len(), 1);
        assert!(!hits[0].negated);
    }

    #[test]
    fn questions_are_detected() {
        let a = analyse(Lang::En, "Could you DM us? Thanks.");
        assert!(a.is_question(0));
        assert!(!a.is_question(4));
    }
}
