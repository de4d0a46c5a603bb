//! Matching many phrase patterns against a reply's tokens in one pass.
//!
//! Patterns are compiled once (per language for the lexicons, per step for scenario
//! phrases): words go into a hash map, prefixes into a map keyed by the prefix with the set of
//! prefix lengths kept aside, so a token costs a handful of lookups whatever the lexicon size.
//! Only tokens that matched nothing exactly are tried for a one-letter typo, and only against
//! long entries with the same first letter: typos on the first letter are rare, and checking
//! every entry would cost more than the rest of scoring together.

use rustc_hash::FxHashMap;

use super::pattern::{MAX_GAP, Pattern};
use super::text::Token;

/// How many typo comparisons one text may cost. A real reply needs a few thousand; a trainer's
/// lexicon addition with tens of thousands of long words made a 200 KB paste take 27 s
/// (reliability review). Past the budget, the rest of the text matches exactly only.
const TYPO_COMPARISONS_PER_TEXT: u32 = 1_000_000;

/// Shortest word (in characters) that may match with a typo.
pub const FUZZY_MIN_WORD: usize = 7;
/// Shortest prefix (in characters) that may match with a typo.
pub const FUZZY_MIN_PREFIX: usize = 6;

#[derive(Debug, Clone)]
struct SlotM {
    chars: Box<[char]>,
    prefix: bool,
}

/// Prefixes are indexed by this many first characters.
const HEAD: usize = 3;

/// The first [`HEAD`] characters of a word, if it has that many.
fn head(word: &str) -> Option<&str> {
    word.char_indices()
        .nth(HEAD)
        .map_or((word.chars().count() == HEAD).then_some(word), |(i, _)| {
            Some(&word[..i])
        })
}

/// A match of a pattern: the tokens it covers and what it was for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<K> {
    /// The key the pattern was added under.
    pub key: K,
    /// First token.
    pub first: u32,
    /// Last token (inclusive).
    pub last: u32,
    /// Index of the pattern within the matcher.
    pub pattern: u32,
    /// Did a token match only with a typo?
    pub fuzzy: bool,
}

/// A compiled set of patterns, each under a key.
#[derive(Debug, Clone)]
pub struct Matcher<K> {
    slots: Vec<SlotM>,
    slot_ids: FxHashMap<(Box<str>, bool), u32>,
    exact: FxHashMap<Box<str>, Vec<u32>>,
    /// Prefix slots by their first [`HEAD`] characters: a word costs one lookup and a few
    /// comparisons, not one lookup per prefix length in the lexicon.
    prefix: FxHashMap<Box<str>, Vec<(Box<str>, u32)>>,
    /// Prefix slots shorter than [`HEAD`] characters, tried on every word.
    short_prefixes: Vec<(Box<str>, u32)>,
    /// Whole-word slots open to a typo, by first character and length in characters: a
    /// word is compared only with candidates one character shorter, as long, or longer.
    fuzzy_words: FxHashMap<(char, usize), Vec<u32>>,
    /// Prefix slots open to a typo, by first character.
    fuzzy_prefixes: FxHashMap<char, Vec<u32>>,
    patterns: Vec<(K, Vec<u32>)>,
    /// One-word patterns by their slot.
    starts: Vec<Vec<u32>>,
    /// Longer patterns by their first two slots: a common first word ("you" starts hundreds
    /// of patterns) then costs a lookup per following word, not a try per pattern.
    pairs: FxHashMap<(u32, u32), Vec<u32>>,
    /// Per slot: does some longer pattern start with it?
    leads: Vec<bool>,
    /// Per slot: is it the second word of some longer pattern? Most slots are not, and
    /// skipping them saves a pair lookup for every word near a common first word.
    seconds: Vec<bool>,
}

impl<K> Default for Matcher<K> {
    fn default() -> Self {
        Matcher {
            slots: Vec::new(),
            slot_ids: FxHashMap::default(),
            exact: FxHashMap::default(),
            prefix: FxHashMap::default(),
            short_prefixes: Vec::new(),
            fuzzy_words: FxHashMap::default(),
            fuzzy_prefixes: FxHashMap::default(),
            patterns: Vec::new(),
            starts: Vec::new(),
            pairs: FxHashMap::default(),
            leads: Vec::new(),
            seconds: Vec::new(),
        }
    }
}

/// Per-reply scratch: which slots each token matched.
#[derive(Debug, Default)]
struct TokenSlots {
    offsets: Vec<u32>,
    slots: Vec<u32>,
    fuzzy: Vec<bool>,
}

impl TokenSlots {
    fn of(&self, token: usize) -> &[u32] {
        &self.slots[self.offsets[token] as usize..self.offsets[token + 1] as usize]
    }
}

impl<K: Copy> Matcher<K> {
    /// An empty matcher.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of patterns.
    #[must_use]
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// No patterns at all?
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Adds a parsed pattern under `key`; returns its index.
    pub fn add(&mut self, key: K, pattern: &Pattern) -> u32 {
        let mut ids = Vec::with_capacity(pattern.slots.len());
        for slot in &pattern.slots {
            let k = (Box::<str>::from(slot.text.as_str()), slot.prefix);
            let id = if let Some(&id) = self.slot_ids.get(&k) {
                id
            } else {
                let id = u32::try_from(self.slots.len()).unwrap_or(u32::MAX);
                self.slots.push(SlotM {
                    chars: slot.text.chars().collect(),
                    prefix: slot.prefix,
                });
                self.starts.push(Vec::new());
                self.leads.push(false);
                self.seconds.push(false);
                if slot.prefix {
                    match head(&k.0) {
                        Some(h) => self.prefix.entry(h.into()).or_default().push((k.0.clone(), id)),
                        None => self.short_prefixes.push((k.0.clone(), id)),
                    }
                } else {
                    self.exact.entry(k.0.clone()).or_default().push(id);
                }
                let n = slot.text.chars().count();
                let long_enough = if slot.prefix {
                    n >= FUZZY_MIN_PREFIX
                } else {
                    n >= FUZZY_MIN_WORD
                };
                if long_enough
                    && !slot.exact
                    && let Some(first) = slot.text.chars().next()
                {
                    if slot.prefix {
                        self.fuzzy_prefixes.entry(first).or_default().push(id);
                    } else {
                        self.fuzzy_words.entry((first, n)).or_default().push(id);
                    }
                }
                self.slot_ids.insert(k, id);
                id
            };
            ids.push(id);
        }
        let index = u32::try_from(self.patterns.len()).unwrap_or(u32::MAX);
        match ids.as_slice() {
            [] => {}
            [only] => self.starts[*only as usize].push(index),
            [first, second, ..] => {
                self.leads[*first as usize] = true;
                self.seconds[*second as usize] = true;
                self.pairs.entry((*first, *second)).or_default().push(index);
            }
        }
        self.patterns.push((key, ids));
        index
    }

    /// The words (normalised, without `*`) of pattern number `p`.
    pub fn pattern_words(&self, p: u32) -> impl Iterator<Item = &[char]> {
        self.patterns
            .get(p as usize)
            .into_iter()
            .flat_map(|(_, ids)| ids.iter().map(|&id| &*self.slots[id as usize].chars))
    }

    /// Adds a pattern from its source text; returns false if it does not parse.
    pub fn add_source(&mut self, key: K, source: &str) -> bool {
        match super::pattern::parse(source) {
            Ok(p) => {
                self.add(key, &p);
                true
            }
            Err(_) => false,
        }
    }

    fn slots_of_tokens(&self, tokens: &[Token<'_>]) -> TokenSlots {
        let mut ts = TokenSlots {
            offsets: Vec::with_capacity(tokens.len() + 1),
            slots: Vec::new(),
            fuzzy: Vec::with_capacity(tokens.len()),
        };
        ts.offsets.push(0);
        // One buffer for every token's characters (the typo check works on chars).
        let mut chars: Vec<char> = Vec::new();
        let mut typo_budget = TYPO_COMPARISONS_PER_TEXT;
        for t in tokens {
            let norm: &str = &t.norm;
            let before = ts.slots.len();
            if let Some(ids) = self.exact.get(norm) {
                ts.slots.extend_from_slice(ids);
            }
            // English possessives match their noun: "government's" is "government".
            if let Some(stem) = norm.strip_suffix("'s")
                && let Some(ids) = self.exact.get(stem)
            {
                ts.slots.extend_from_slice(ids);
            }
            if let Some(h) = head(norm)
                && let Some(candidates) = self.prefix.get(h)
            {
                ts.slots.extend(
                    candidates
                        .iter()
                        .filter(|(p, _)| norm.starts_with(&**p))
                        .map(|(_, id)| *id),
                );
            }
            ts.slots.extend(
                self.short_prefixes
                    .iter()
                    .filter(|(p, _)| norm.starts_with(&**p))
                    .map(|(_, id)| *id),
            );
            let mut fuzzy = false;
            if ts.slots.len() == before
                && typo_budget > 0
                && t.is_plain_word()
                && norm.len() >= FUZZY_MIN_PREFIX
                && let Some(first) = norm.chars().next()
            {
                chars.clear();
                chars.extend(norm.chars());
                let tl = chars.len();
                if tl >= FUZZY_MIN_PREFIX {
                    // One edit changes the length by one at most.
                    let words = (tl.saturating_sub(1)..=tl + 1)
                        .filter_map(|n| self.fuzzy_words.get(&(first, n)))
                        .flatten();
                    let prefixes = self
                        .fuzzy_prefixes
                        .get(&first)
                        .into_iter()
                        .flatten()
                        .filter(|&&id| self.slots[id as usize].chars.len() <= tl + 1);
                    for &id in words.chain(prefixes) {
                        typo_budget = typo_budget.saturating_sub(1);
                        let slot = &self.slots[id as usize];
                        if one_edit(&chars, &slot.chars, slot.prefix) {
                            ts.slots.push(id);
                            fuzzy = true;
                        }
                    }
                }
            }
            ts.fuzzy.push(fuzzy);
            ts.offsets.push(u32::try_from(ts.slots.len()).unwrap_or(u32::MAX));
        }
        ts
    }

    /// Every match in the tokens, in token order. Phrases stay within a sentence and allow up
    /// to [`MAX_GAP`] other words between their words.
    #[must_use]
    pub fn find(&self, tokens: &[Token<'_>]) -> Vec<Hit<K>> {
        let mut out = Vec::new();
        if self.patterns.is_empty() || tokens.is_empty() {
            return out;
        }
        let ts = self.slots_of_tokens(tokens);
        let mut tried: Vec<u32> = Vec::new();
        for i in 0..tokens.len() {
            let at = u32::try_from(i).unwrap_or(u32::MAX);
            for &slot in ts.of(i) {
                for &p in &self.starts[slot as usize] {
                    out.push(Hit {
                        key: self.patterns[p as usize].0,
                        first: at,
                        last: at,
                        pattern: p,
                        fuzzy: ts.fuzzy[i],
                    });
                }
                if !self.leads[slot as usize] {
                    continue;
                }
                // The second word: the earliest place within the gap where it stands.
                tried.clear();
                let segment = tokens[i].segment;
                for j in (i + 1..tokens.len().min(i + 2 + MAX_GAP)).take_while(|&j| tokens[j].segment == segment) {
                    for &second in ts.of(j) {
                        if !self.seconds[second as usize] {
                            continue;
                        }
                        let Some(ps) = self.pairs.get(&(slot, second)) else {
                            continue;
                        };
                        for &p in ps {
                            if tried.contains(&p) {
                                continue;
                            }
                            tried.push(p);
                            let (key, ids) = &self.patterns[p as usize];
                            let mut last = j;
                            let mut fuzzy = ts.fuzzy[i] || ts.fuzzy[j];
                            let mut ok = true;
                            for &next in &ids[2..] {
                                let segment = tokens[last].segment;
                                let found = (last + 1..tokens.len().min(last + 2 + MAX_GAP))
                                    .take_while(|&k| tokens[k].segment == segment)
                                    .find(|&k| ts.of(k).contains(&next));
                                match found {
                                    Some(k) => {
                                        fuzzy |= ts.fuzzy[k];
                                        last = k;
                                    }
                                    None => {
                                        ok = false;
                                        break;
                                    }
                                }
                            }
                            if ok {
                                out.push(Hit {
                                    key: *key,
                                    first: at,
                                    last: u32::try_from(last).unwrap_or(u32::MAX),
                                    pattern: p,
                                    fuzzy,
                                });
                            }
                        }
                    }
                }
            }
        }
        out
    }
}

/// Is `slot` within one edit (substitution, insertion, deletion or swap of neighbours) of
/// `token` — or, for a prefix slot, of some start of `token`?
#[must_use]
pub fn one_edit(token: &[char], slot: &[char], prefix: bool) -> bool {
    let rest_ok = |s: &[char], t: &[char]| if prefix { t.starts_with(s) } else { t == s };
    let n = slot.len().min(token.len());
    let Some(i) = (0..n).find(|&k| slot[k] != token[k]) else {
        // One is a prefix of the other: at most one missing or extra character at the end.
        return if prefix {
            slot.len() == token.len() + 1
        } else {
            slot.len().abs_diff(token.len()) == 1
        };
    };
    let (s, t) = (&slot[i..], &token[i..]);
    // Substitution.
    rest_ok(&s[1..], &t[1..])
        // An extra letter in the token.
        || rest_ok(s, &t[1..])
        // A letter missing from the token.
        || rest_ok(&s[1..], t)
        // Two neighbours swapped.
        || (s.len() >= 2 && t.len() >= 2 && s[0] == t[1] && s[1] == t[0] && rest_ok(&s[2..], &t[2..]))
}

#[cfg(test)]
mod tests {
    use super::super::pattern::parse;
    use super::super::text::tokenize;
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn hits(patterns: &[&str], text: &str) -> Vec<(usize, String)> {
        let mut m = Matcher::new();
        for (i, p) in patterns.iter().enumerate() {
            m.add(i, &parse(p).unwrap());
        }
        let tokens = tokenize(text, &[]);
        m.find(&tokens)
            .iter()
            .map(|h| {
                (
                    h.key,
                    text[tokens[h.first as usize].start..tokens[h.last as usize].end].to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn words_prefixes_and_phrases_with_gaps() {
        assert_eq!(hits(&["dm", "dms"], "Grandma's HDMI DMs"), [(1, "DMs".to_owned())]);
        assert_eq!(
            hits(&["pahoittel*"], "Pahoittelut viiveestä"),
            [(0, "Pahoittelut".to_owned())]
        );
        assert_eq!(
            hits(&["order number"], "your order and tracking number"),
            [(0, "order and tracking number".to_owned())]
        );
        assert!(
            hits(&["order number"], "order. Number").is_empty(),
            "phrases stay in a sentence"
        );
        assert!(
            hits(&["tweet your"], "delete the tweet: your").is_empty(),
            "phrases do not cross a colon"
        );
        assert_eq!(hits(&["sorry if"], "sorry, if").len(), 1, "phrases may cross a comma");
        assert!(
            hits(&["order number"], "order a b c number").is_empty(),
            "gap too large"
        );
    }

    #[test]
    fn one_typo_on_long_words_only() {
        assert_eq!(hits(&["apologise"], "We appologise"), [(0, "appologise".to_owned())]);
        assert_eq!(hits(&["pahoittel*"], "pahotteleme"), [(0, "pahotteleme".to_owned())]);
        assert!(
            hits(&["thanks"], "thinks").is_empty(),
            "short words need an exact match"
        );
        assert!(
            hits(&["=apologise"], "appologise").is_empty(),
            "= turns typo tolerance off"
        );
    }

    /// A hostile lexicon cannot make a long text slow: past the typo budget the rest of the
    /// text matches exactly only.
    #[test]
    fn typo_comparisons_are_bounded_per_text() {
        // 3,000 nine-letter words starting with "q", and a text of 400 nine-letter "q" words
        // that match none: 3,000 × 400 comparisons, past the budget.
        let mut patterns: Vec<String> = (0..3000u32)
            .map(|i| {
                let tail: String = (0..8).map(|k| char::from(b'a' + ((i >> (k * 2)) & 15) as u8)).collect();
                format!("q{tail}")
            })
            .collect();
        patterns.push("apologise".to_owned());
        let refs: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let filler = "qzzzzzzzz ".repeat(400);
        let exact = hits(&refs, &format!("{filler} apologise"));
        assert!(exact.iter().any(|(_, t)| t == "apologise"), "exact matches still count");
        let typo = hits(&refs, &format!("{filler} appologise"));
        assert!(
            !typo.iter().any(|(_, t)| t == "appologise"),
            "past the budget, no typo matching"
        );
        assert_eq!(
            hits(&refs, "appologise").len(),
            1,
            "within the budget, typos still match"
        );
    }

    #[test]
    fn one_edit_cases() {
        assert!(one_edit(&chars("sincerly"), &chars("sincerely"), false));
        assert!(one_edit(&chars("aplogies"), &chars("apolog"), true));
        assert!(one_edit(&chars("apolgoize"), &chars("apologize"), false));
        assert!(!one_edit(&chars("apple"), &chars("apolog"), true));
        assert!(!one_edit(&chars("understood"), &chars("understand"), false));
    }
}
