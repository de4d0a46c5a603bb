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
    /// Per concept: the sentences (sorted) that hold an unquoted hit.
    said_sentences: Vec<OnceCell<Vec<u32>>>,
    /// Per concept: the sentences (sorted) that hold a hit neither quoted nor negated.
    positive_sentences: Vec<OnceCell<Vec<u32>>>,
    /// Per concept: (clause, first token of its earliest unquoted hit), sorted by clause.
    said_clauses: Vec<OnceCell<Vec<(u32, u32)>>>,
    /// Per clause and per sentence: the first token that is not a filler, handle, link or
    /// number (`u32::MAX` when there is none).
    clause_first_content: OnceCell<Vec<u32>>,
    sentence_first_content: OnceCell<Vec<u32>>,
}

fn concept_index(c: Concept) -> usize {
    c.index()
}

impl<'a> Analysis<'a> {
    /// Analyses a reply with a language's lexicon and the scenario's own phrases.
    #[must_use]
    pub fn new(text: &'a str, lexicon: &'a Lexicon, extra: &Matcher<Extra>) -> Self {
        Self::in_reply_lang(text, lexicon, extra, lexicon.lang.into())
    }

    /// Analyses a reply written in `reply_lang`, which may differ from the lexicon's
    /// language (a Swedish reply on a Finnish brand): a word that is a function word of the
    /// reply's language is not one of the lexicon's negations (Swedish "en" is "a", not
    /// Finnish "en" = "I don't").
    #[must_use]
    pub fn in_reply_lang(
        text: &'a str,
        lexicon: &'a Lexicon,
        extra: &Matcher<Extra>,
        reply_lang: crate::vocab::ReplyLang,
    ) -> Self {
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
        if reply_lang != crate::vocab::ReplyLang::from(lexicon.lang) {
            by_concept[concept_index(Concept::Negator)].retain(|h| {
                !(h.first..=h.last).all(|t| super::languages::is_function_word(reply_lang, &tokens[t as usize].norm))
            });
        }
        for c in Concept::ALL.iter().filter(|c| c.gapless(lexicon.lang)) {
            by_concept[concept_index(*c)]
                .retain(|h| (h.last - h.first + 1) as usize == lexicon.matcher.pattern_words(h.pattern).count());
        }
        // A longer match of a concept wins over the shorter ones inside it, so "can't
        // apologise enough" is one apology, not a negated "apologise".
        for list in &mut by_concept {
            keep_longest(list);
        }
        // A negation right after a relative pronoun ("that never arrived") negates its own
        // short clause, like a determiner, not the main clause after it.
        let relative_ends: Vec<u32> = by_concept[concept_index(Concept::RelativePronoun)]
            .iter()
            .map(|h| h.last)
            .collect();
        let (relative_negators, negators): (Vec<ConceptHit>, Vec<ConceptHit>) = by_concept
            [concept_index(Concept::Negator)]
        .iter()
        .copied()
        .partition(|g| g.first > 0 && relative_ends.contains(&(g.first - 1)));
        let mut determiners = by_concept[concept_index(Concept::NegatorDeterminer)].clone();
        determiners.extend(relative_negators);
        let map = NegationMap::new(
            tokens.len(),
            &negators,
            &determiners,
            &by_concept[concept_index(Concept::ClauseBreak)],
            &by_concept[concept_index(Concept::NegationCancel)],
        );
        let negation = map.states(&tokens);
        let negated_at = |first: u32| negation[first as usize];
        // A negation in a pattern's gap negates it too: "virhe on meidän, ei sinun" is not
        // "virhe on … sinun", and "I haven't looked" is not "I … looked".
        let negated_inside = |first: u32, last: u32, words: &mut dyn Iterator<Item = &[char]>| {
            // Most hits are one word or have no negation inside: check that first, cheaply.
            if !(first + 1..=last).any(|t| map.negator_ends[t as usize]) {
                return false;
            }
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
        // A negation right before a phrase, with only function words between, denies the
        // phrase itself: "this wasn't a misunderstanding", "I haven't opened your bill".
        let negator_next_to = |first: u32| {
            let mut t = first;
            for _ in 0..4 {
                let Some(prev) = t.checked_sub(1) else { return false };
                if map.negator_ends[prev as usize] || map.determiner_ends[prev as usize] {
                    return true;
                }
                if !lexicon.function_words.contains(&*tokens[prev as usize].norm) {
                    return false;
                }
                t = prev;
            }
            false
        };
        // Issue words name the issue whatever the sentence does with them. A phrase a step
        // says to avoid is said even under a negated verb ("we don't feed trolls" still
        // calls the customer a troll, "älä usko Kaistaran mainoksia" still names the
        // competitor), unless the negation denies the phrase itself.
        let extra: Vec<Hit<Extra>> = extra
            .find(&tokens)
            .into_iter()
            .filter(|h| {
                let quoted = (h.first..=h.last).all(|t| tokens[t as usize].has(super::text::F_QUOTED));
                match h.key {
                    Extra::Issue => true,
                    Extra::Avoid(_) => !(quoted || (negated_at(h.first) && negator_next_to(h.first))),
                    _ => {
                        !(quoted
                            || negated_at(h.first)
                            || negated_inside(h.first, h.last, &mut extra.pattern_words(h.pattern)))
                    }
                }
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
            said_sentences: (0..Concept::ALL.len()).map(|_| OnceCell::new()).collect(),
            positive_sentences: (0..Concept::ALL.len()).map(|_| OnceCell::new()).collect(),
            said_clauses: (0..Concept::ALL.len()).map(|_| OnceCell::new()).collect(),
            clause_first_content: OnceCell::new(),
            sentence_first_content: OnceCell::new(),
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
            let mut opens_question: Vec<u32> = if self.lexicon.lang == crate::vocab::Lang::Fi {
                self.hits(Concept::WhWord)
                    .iter()
                    .map(|h| h.first)
                    .chain(
                        self.tokens
                            .iter()
                            .enumerate()
                            .filter(|&(_i, tok)| finnish_question_verb(&tok.norm))
                            .map(|(i, _tok)| u32::try_from(i).unwrap_or(u32::MAX)),
                    )
                    // At the start of the sentence only: after a comma "mikä", "joka", "missä"
                    // open a relative clause, not a question.
                    .filter(|&i| self.is_sentence_initial(i))
                    .map(|i| self.sentence(i))
                    .collect()
            } else {
                Vec::new()
            };
            opens_question.sort_unstable();
            opens_question.dedup();
            self.sentence_tokens()
                .iter()
                .enumerate()
                .map(|(s, &(_, last))| {
                    let end = self.tokens[last as usize].end;
                    let marked = self.text[end..]
                        .chars()
                        .take_while(|c| !c.is_alphanumeric())
                        .any(|c| c == '?' || c == '？');
                    marked
                        || opens_question
                            .binary_search(&u32::try_from(s).unwrap_or(u32::MAX))
                            .is_ok()
                })
                .collect()
        });
        questions.get(self.sentence(t) as usize).copied().unwrap_or(false)
    }

    /// Is token `t` at the start of its clause, counting only fillers ("please", "just",
    /// "ihan"), handles, links and numbers before it?
    #[must_use]
    pub fn is_clause_initial(&self, t: u32) -> bool {
        let firsts = self.clause_first_content.get_or_init(|| {
            let fillers = self.filler_tokens();
            let n = self.tokens.last().map_or(0, |t| t.clause as usize + 1);
            let mut v = vec![u32::MAX; n];
            for (j, tok) in self.tokens.iter().enumerate() {
                let c = tok.clause as usize;
                if v[c] == u32::MAX && tok.is_plain_word() && !fillers[j] {
                    v[c] = u32::try_from(j).unwrap_or(u32::MAX);
                }
            }
            v
        });
        firsts[self.tokens[t as usize].clause as usize] >= t
    }

    /// Is token `t` the first word of its sentence, counting only fillers, handles, links
    /// and numbers before it, and a greeting before a comma ("Hei Matti, onko…")?
    #[must_use]
    pub fn is_sentence_initial(&self, t: u32) -> bool {
        let firsts = self.sentence_first_content.get_or_init(|| {
            let fillers = self.filler_tokens();
            self.sentence_tokens()
                .iter()
                .map(|&(first, last)| {
                    let mut start = first as usize;
                    let end = last as usize;
                    // A short greeting clause ("Hei Matti,") does not count.
                    let opener_end = (start..=end).find(|&j| self.tokens[j].clause != self.tokens[start].clause);
                    if let Some(oe) = opener_end
                        && oe - start <= 3
                        && GREETINGS.contains(&self.tokens[start].norm.as_ref())
                    {
                        start = oe;
                    }
                    (start..=end)
                        .find(|&j| self.tokens[j].is_plain_word() && !fillers[j])
                        .map_or(u32::MAX, |j| u32::try_from(j).unwrap_or(u32::MAX))
                })
                .collect()
        });
        firsts[self.sentence(t) as usize] >= t
    }

    /// The sentences (sorted) that hold an instruction to the customer.
    #[must_use]
    pub fn instruction_sentences(&self) -> Vec<u32> {
        self.sentences_of(self.instructions())
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
        clauses
            .get(self.tokens[t as usize].clause as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Is an unquoted, unnegated hit of a concept in the clause of token `t`?
    #[must_use]
    pub fn clause_has_positive(&self, t: u32, c: Concept) -> bool {
        let clause = self.tokens[t as usize].clause;
        self.positive(c).any(|h| self.tokens[h.first as usize].clause == clause)
    }

    /// Is any unquoted hit of a concept in the clause of token `t`?
    #[must_use]
    pub fn clause_has(&self, t: u32, c: Concept) -> bool {
        self.clause_hit_start(t, c).is_some()
    }

    /// Is an unquoted hit of a concept in the clause of token `t`, starting before `t`?
    #[must_use]
    pub fn clause_has_before(&self, t: u32, c: Concept) -> bool {
        self.clause_hit_start(t, c).is_some_and(|first| first < t)
    }

    /// The first token of the earliest unquoted hit of `c` in the clause of token `t`.
    fn clause_hit_start(&self, t: u32, c: Concept) -> Option<u32> {
        let list = self.said_clauses[concept_index(c)].get_or_init(|| {
            let mut v: Vec<(u32, u32)> = Vec::new();
            for h in self.said(c) {
                let clause = self.tokens[h.first as usize].clause;
                match v.last_mut() {
                    Some((cl, first)) if *cl == clause => *first = (*first).min(h.first),
                    _ => v.push((clause, h.first)),
                }
            }
            // In token order already; a list built from other hits is sorted here.
            if !v.is_sorted_by_key(|(cl, _)| *cl) {
                v.sort_unstable();
                v.dedup_by_key(|(cl, _)| *cl);
            }
            v
        });
        let clause = self.tokens[t as usize].clause;
        list.binary_search_by_key(&clause, |(cl, _)| *cl)
            .ok()
            .map(|i| list[i].1)
    }

    /// Is any unquoted hit of a concept in the sentence of token `t`?
    #[must_use]
    pub fn sentence_has(&self, t: u32, c: Concept) -> bool {
        let list = self.said_sentences[concept_index(c)].get_or_init(|| self.sentences_of(self.said(c)));
        list.binary_search(&self.sentence(t)).is_ok()
    }

    /// Is a hit of a concept, neither quoted nor negated, in the sentence of token `t`?
    #[must_use]
    pub fn sentence_has_positive(&self, t: u32, c: Concept) -> bool {
        let list = self.positive_sentences[concept_index(c)].get_or_init(|| self.sentences_of(self.positive(c)));
        list.binary_search(&self.sentence(t)).is_ok()
    }

    /// The sentences in which any of the hits lie (sorted, for [`Self::in_sentences`]).
    #[must_use]
    pub fn sentences_of<'h>(&self, hits: impl IntoIterator<Item = &'h ConceptHit>) -> Vec<u32> {
        let mut v: Vec<u32> = hits.into_iter().map(|h| self.sentence(h.first)).collect();
        // Hits come in token order, so their sentences already do; sort only if not.
        if !v.is_sorted() {
            v.sort_unstable();
        }
        v.dedup();
        v
    }

    /// Is token `t` in one of these sentences (from [`Self::sentences_of`])?
    #[must_use]
    pub fn in_sentences(&self, t: u32, sentences: &[u32]) -> bool {
        sentences.binary_search(&self.sentence(t)).is_ok()
    }

    /// The token that starts at or after byte `at` (the token count when none does).
    #[must_use]
    pub fn token_at(&self, at: usize) -> u32 {
        u32::try_from(self.tokens.partition_point(|t| t.start < at)).unwrap_or(u32::MAX)
    }
}

/// Greeting words that may open a sentence before its question ("Hei Matti, onko…").
const GREETINGS: &[&str] = &[
    "hei", "moi", "moikka", "terve", "heippa", "huomenta", "hyvä", "hi", "hello", "hey", "dear", "morning", "ok",
    "okei",
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
    if !list.is_sorted_by_key(|h| (h.first, std::cmp::Reverse(h.last))) {
        list.sort_by_key(|h| (h.first, std::cmp::Reverse(h.last)));
    }
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
    /// Where a negating determiner ends: it negates the next word only.
    determiner_ends: Vec<bool>,
    break_starts: Vec<bool>,
    cancels: Vec<bool>,
}

/// How many words a negating determiner negates ("no announcement").
const DETERMINER_SCOPE: u8 = 1;

impl NegationMap {
    fn new(
        n: usize,
        negators: &[ConceptHit],
        determiners: &[ConceptHit],
        breaks: &[ConceptHit],
        cancels: &[ConceptHit],
    ) -> Self {
        let mut map = NegationMap {
            negator_ends: vec![false; n],
            determiner_ends: vec![false; n],
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
        for g in determiners {
            if !(in_break[g.first as usize] && in_break[g.last as usize]) {
                map.determiner_ends[g.last as usize] = true;
                // "not being able to" is one short negation, not "not" reaching the clause's end.
                for t in g.first..=g.last {
                    map.negator_ends[t as usize] = false;
                }
            }
        }
        // At the cancel's last word: "shouldn't have" begins with the negation it cancels.
        for c in cancels {
            map.cancels[c.last as usize] = true;
        }
        map
    }

    /// Per token: is it negated? A negation reaches to the end of its clause, so "I'm not
    /// going to apologise for our policy" and "emme valitettavasti ole pahoillamme" are
    /// negated however many words stand between; a clause break ("but", "mutta", "and
    /// we") ends it, and "kuin"/"than" after the negation turns it into emphasis ("en voi
    /// kuin pahoitella": I can only apologise). One pass over the reply: a pasted megabyte
    /// with no punctuation is one clause, and must not be rescanned per word.
    fn states(&self, tokens: &[Token<'_>]) -> Vec<bool> {
        let mut out = Vec::with_capacity(tokens.len());
        let (mut active, mut cancelled) = (false, false);
        let mut short = 0u8;
        let mut clause = u32::MAX;
        for (j, t) in tokens.iter().enumerate() {
            if t.clause != clause {
                clause = t.clause;
                active = false;
                cancelled = false;
                short = 0;
            }
            out.push(active && !cancelled || short > 0);
            short = short.saturating_sub(1);
            if self.determiner_ends[j] {
                short = DETERMINER_SCOPE;
            }
            if self.break_starts[j] {
                active = false;
                cancelled = false;
            }
            if self.cancels[j] && active {
                cancelled = true;
            }
            if self.negator_ends[j] {
                active = true;
                cancelled = false;
            }
        }
        out
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
