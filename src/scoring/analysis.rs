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

/// How far back (in words, within a clause) a negation word reaches.
pub const NEGATION_WINDOW: usize = 3;

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
        );
        let negated_at = |first: u32| map.negated(&tokens, first);
        for c in Concept::ALL.iter().filter(|c| c.negatable()) {
            for h in &mut by_concept[concept_index(*c)] {
                h.negated = negated_at(h.first);
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
        let extra = extra.find(&tokens);
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
        }
    }

    /// The hits of a concept, in order.
    #[must_use]
    pub fn hits(&self, c: Concept) -> &[ConceptHit] {
        &self.by_concept[concept_index(c)]
    }

    /// The hits of a concept that are not negated.
    pub fn positive(&self, c: Concept) -> impl Iterator<Item = &ConceptHit> {
        self.hits(c).iter().filter(|h| !h.negated)
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

    /// Does the sentence of token `t` end with a question mark?
    #[must_use]
    pub fn is_question(&self, t: u32) -> bool {
        let questions = self.questions.get_or_init(|| {
            self.sentence_tokens()
                .iter()
                .map(|&(_, last)| {
                    let end = self.tokens[last as usize].end;
                    self.text[end..]
                        .chars()
                        .take_while(|c| !c.is_alphanumeric())
                        .any(|c| c == '?' || c == '？')
                })
                .collect()
        });
        questions.get(self.sentence(t) as usize).copied().unwrap_or(false)
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

/// Per token: does a negation word end here, does a clause break start here?
struct NegationMap {
    negator_ends: Vec<bool>,
    break_starts: Vec<bool>,
}

impl NegationMap {
    fn new(n: usize, negators: &[ConceptHit], breaks: &[ConceptHit]) -> Self {
        let mut map = NegationMap {
            negator_ends: vec![false; n],
            break_starts: vec![false; n],
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
        map
    }

    /// Is the word at `first` negated: a negation word within the window before it, in
    /// the same clause, with no clause break ("but", "mutta") in between?
    fn negated(&self, tokens: &[Token<'_>], first: u32) -> bool {
        let first = first as usize;
        let clause = tokens[first].clause;
        let lo = first.saturating_sub(NEGATION_WINDOW);
        for j in (lo..first).rev() {
            if tokens[j].clause != clause {
                return false;
            }
            if self.negator_ends[j] {
                return true;
            }
            if self.break_starts[j] {
                return false;
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
