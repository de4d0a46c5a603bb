//! Splitting a reply into normalised word tokens with sentence and clause positions.
//!
//! Matching happens on tokens, never on substrings: "dm" is inside *Grandma* and *HDMI*, but
//! neither is the token `dm`. Tokens are Unicode words (UAX #29), so "DM:llä" and "we're"
//! stay one token each, and every token keeps its byte range in the original reply so
//! evidence can be highlighted exactly where the trainee wrote it.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// A word of the reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// Byte offset of the first byte in the reply.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Lower-case, NFC, typographic apostrophes made straight.
    pub norm: Cow<'a, str>,
    /// Index of the sentence the token is in.
    pub sentence: u32,
    /// Index of the clause (split at commas, semicolons, colons, dashes, brackets, line ends).
    pub clause: u32,
    /// Like `clause`, but commas do not split: phrases may span a comma ("sorry, if you feel")
    /// but not a colon or a dash ("tweet: it shows your").
    pub segment: u32,
    /// Properties of the token.
    pub flags: u8,
}

/// The token is part of a URL.
pub const F_URL: u8 = 1;
/// The token follows an `@` (a handle).
pub const F_MENTION: u8 = 2;
/// The token is written in capitals (two letters or more).
pub const F_CAPS: u8 = 4;
/// The token starts with a capital letter.
pub const F_CAPITALISED: u8 = 8;
/// The token is a number.
pub const F_NUMBER: u8 = 16;
/// The token is inside quotation marks: words the reply quotes, not says ("you wrote
/// “sorry isn't enough”").
pub const F_QUOTED: u8 = 32;

impl Token<'_> {
    /// Is this an ordinary word (not a URL part, handle or number)?
    #[must_use]
    pub const fn is_plain_word(&self) -> bool {
        self.flags & (F_URL | F_MENTION | F_NUMBER) == 0
    }

    /// Does the token have this flag?
    #[must_use]
    pub const fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// Normalises one word for matching: NFC, lower case, straight apostrophes.
#[must_use]
pub fn normalise(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(word.to_ascii_lowercase());
        }
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.nfc()
            .flat_map(char::to_lowercase)
            .map(|c| match c {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => '\'',
                c => c,
            })
            .collect(),
    )
}

/// The word-break class of a character, as far as UAX #29 matters for the scripts we score.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A letter (or a combining mark, which joins the letter before it).
    Letter,
    /// A digit.
    Digit,
    /// `_`: joins anything.
    Joiner,
    /// MidLetter: `:` `·` (between letters only).
    MidLetter,
    /// MidNumLet: `.` `'` `’` (between letters, or between digits).
    MidNumLet,
    /// MidNum: `,` `;` (between digits only).
    MidNum,
    /// Anything else: a break.
    Other,
}

fn class(c: char) -> Class {
    match c {
        'a'..='z' | 'A'..='Z' => Class::Letter,
        '0'..='9' => Class::Digit,
        '_' => Class::Joiner,
        ':' | '\u{00B7}' | '\u{0387}' | '\u{05F4}' | '\u{2027}' | '\u{FE13}' | '\u{FE55}' | '\u{FF1A}' => {
            Class::MidLetter
        }
        '.' | '\'' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{FE52}' | '\u{FF07}' | '\u{FF0E}' => Class::MidNumLet,
        ',' | ';' | '\u{037E}' | '\u{0589}' | '\u{060C}' | '\u{066C}' | '\u{FE10}' | '\u{FE14}' | '\u{FE50}'
        | '\u{FE54}' | '\u{FF0C}' | '\u{FF1B}' => Class::MidNum,
        c if c.is_ascii() => Class::Other,
        c if c.is_numeric() => Class::Digit,
        c if c.is_alphabetic() || is_mark(c) => Class::Letter,
        _ => Class::Other,
    }
}

/// Combining marks (general category M), which never start or break a word.
fn is_mark(c: char) -> bool {
    use unicode_properties::UnicodeGeneralCategory;
    use unicode_properties::general_category::GeneralCategoryGroup;
    c.general_category_group() == GeneralCategoryGroup::Mark
}

/// Splits text into words by UAX #29's rules for letters and digits (WB5–WB13b): "DM:llä",
/// "we're", "raideri.fi", "10.30" and "1,000" stay one word; "yt-neuvottelut" is two.
///
/// Written out rather than using `unicode-segmentation`'s word iterator because scoring
/// re-runs on every keystroke and that iterator, which also handles scripts without spaces
/// and grapheme clusters, cost a third of a reply's scoring time. Words here are runs of
/// letters and digits; nothing else is a token.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    // (start, class of the last word character)
    let mut current: Option<(usize, Class)> = None;
    while let Some((i, c)) = chars.next() {
        let k = class(c);
        match (current, k) {
            (None, Class::Letter | Class::Digit | Class::Joiner) => {
                // A combining mark cannot start a word.
                // (The cheap test first: the category lookup is a search, letters are common.)
                if !(k == Class::Letter && !c.is_alphabetic() && is_mark(c)) {
                    current = Some((i, k));
                }
            }
            (None, _) => {}
            (Some((start, _)), Class::Letter | Class::Digit | Class::Joiner) => current = Some((start, k)),
            (Some((start, last)), Class::MidLetter | Class::MidNumLet | Class::MidNum) => {
                let next = chars.peek().map(|&(_, n)| class(n));
                let joins = matches!(
                    (k, last, next),
                    (Class::MidLetter | Class::MidNumLet, Class::Letter, Some(Class::Letter))
                        | (Class::MidNum | Class::MidNumLet, Class::Digit, Some(Class::Digit))
                );
                if !joins {
                    out.push((start, i));
                    current = None;
                }
            }
            (Some((start, _)), Class::Other) => {
                out.push((start, i));
                current = None;
            }
        }
    }
    if let Some((start, _)) = current {
        out.push((start, text.len()));
    }
    out
}

/// Splits `text` into word tokens. `url_spans` (byte ranges) mark tokens that belong to URLs.
#[must_use]
pub fn tokenize<'a>(text: &'a str, url_spans: &[(usize, usize)]) -> Vec<Token<'a>> {
    let spans = words(text);
    let mut tokens = Vec::with_capacity(spans.len());
    let mut sentence = 0u32;
    let mut clause = 0u32;
    let mut segment = 0u32;
    let mut url_i = 0;
    let mut prev_end = 0;
    let mut in_quote = false;
    let mut quote_opened_at: Option<usize> = None;
    for (start, end) in spans {
        // What lies between the previous word and this one decides the boundaries.
        let between = &text[prev_end..start];
        let mut prev_char = text[..prev_end].chars().next_back();
        let mut chars = between.chars().peekable();
        while let Some(c) = chars.next() {
            let next = chars.peek().copied().or_else(|| text[start..].chars().next());
            match c {
                '"' | '”' | '»' | '„' => in_quote = !in_quote,
                '“' | '«' => in_quote = true,
                // A single quote opens a quotation before a word it is not attached to from
                // the left ("told to 'calm down'"), and closes one only if one is open: an
                // apostrophe after a plural ("customers' orders") is neither.
                '\'' | '‘' | '’' | '`' => {
                    let opens = !in_quote
                        && prev_char.is_none_or(|p| p.is_whitespace() || "([{".contains(p))
                        && next.is_some_and(char::is_alphanumeric);
                    let closes = in_quote
                        && prev_char.is_some_and(char::is_alphanumeric)
                        && next.is_none_or(|n| !n.is_alphanumeric());
                    if opens {
                        in_quote = true;
                    } else if closes {
                        in_quote = false;
                    } else {
                        prev_char = Some(c);
                        continue;
                    }
                }
                _ => {
                    prev_char = Some(c);
                    continue;
                }
            }
            prev_char = Some(c);
            quote_opened_at = in_quote.then_some(tokens.len());
        }
        if !tokens.is_empty() {
            let mut new_sentence = false;
            let mut new_clause = false;
            let mut new_segment = false;
            for c in between.chars() {
                match c {
                    '.' | '!' | '?' | '…' | '\n' | '。' | '¡' | '¿' | '？' | '！' => new_sentence = true,
                    ',' => new_clause = true,
                    ';' | ':' | '–' | '—' | '(' | ')' | '"' | '“' | '”' | '«' | '»' => {
                        new_clause = true;
                        new_segment = true;
                    }
                    // An emoji closes a thought ("ei todellakaan ole päällinen 🙈 Laita DM"):
                    // a negation before it does not reach past it.
                    c if !c.is_ascii() && crate::emoji::is_emoji_char(c) => {
                        new_clause = true;
                        new_segment = true;
                    }
                    _ => {}
                }
            }
            if new_sentence {
                sentence += 1;
                clause += 1;
                segment += 1;
            } else if new_clause {
                clause += 1;
                if new_segment {
                    segment += 1;
                }
            }
        }
        let seg = &text[start..end];
        let mut flags = 0;
        while url_i < url_spans.len() && url_spans[url_i].1 <= start {
            url_i += 1;
        }
        if url_i < url_spans.len() && url_spans[url_i].0 < end && start < url_spans[url_i].1 {
            flags |= F_URL;
        }
        if between.ends_with('@') || between.ends_with('＠') {
            flags |= F_MENTION;
        }
        if in_quote {
            flags |= F_QUOTED;
        }
        if seg.chars().all(|c| c.is_numeric() || c == '.' || c == ',') {
            flags |= F_NUMBER;
        }
        let first = seg.chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            flags |= F_CAPITALISED;
            let letters = seg.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 2 && !seg.chars().any(char::is_lowercase) {
                flags |= F_CAPS;
            }
        }
        tokens.push(Token {
            start,
            end,
            norm: normalise(seg),
            sentence,
            clause,
            segment,
            flags,
        });
        prev_end = end;
    }
    // A quotation mark that never closes is a stray one (or an inch mark): nothing after it
    // is a quotation.
    if in_quote && let Some(from) = quote_opened_at {
        for t in &mut tokens[from..] {
            t.flags &= !F_QUOTED;
        }
    }
    tokens
}

/// Byte ranges of the sentences of `text` (for readability and highlighting).
#[must_use]
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (start, s) in text.split_sentence_bound_indices() {
        // A line break ends a sentence in social posts (signatures, lists).
        let mut offset = start;
        for line in s.split_inclusive('\n') {
            let trimmed = line.trim_end();
            if !trimmed.trim().is_empty() {
                let lead = line.len() - line.trim_start().len();
                out.push((offset + lead, offset + trimmed.len()));
            }
            offset += line.len();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text, &[]).iter().map(|t| t.norm.to_string()).collect()
    }

    #[test]
    fn words_not_substrings() {
        assert_eq!(words("Grandma's HDMI, DMs"), ["grandma's", "hdmi", "dms"]);
    }

    #[test]
    fn finnish_abbreviation_cases_stay_one_token() {
        assert_eq!(words("Laita DM:llä tilausnumero!"), ["laita", "dm:llä", "tilausnumero"]);
    }

    #[test]
    fn typographic_apostrophes_and_nfc() {
        assert_eq!(words("We\u{2019}re"), ["we're"]);
        assert_eq!(words("A\u{301}x"), ["áx"]);
    }

    #[test]
    fn offsets_point_into_the_original() {
        let text = "Hei Mattille! Sorry.";
        for t in tokenize(text, &[]) {
            assert_eq!(normalise(&text[t.start..t.end]), t.norm);
        }
    }

    #[test]
    fn words_follow_uax29_for_letters_and_digits() {
        assert_eq!(
            words_of("we're raideri.fi 10.30 1,000 a.1 yt-neuvottelut x_y e.g."),
            [
                "we're",
                "raideri.fi",
                "10.30",
                "1,000",
                "a",
                "1",
                "yt",
                "neuvottelut",
                "x_y",
                "e.g"
            ]
        );
        assert_eq!(
            words_of("Pekka's «quote» naïve Ääliö 123abc"),
            ["Pekka's", "quote", "naïve", "Ääliö", "123abc"]
        );
        assert_eq!(words_of("\u{301}x 🙂word"), ["x", "word"]);
    }

    fn words_of(text: &str) -> Vec<&str> {
        super::words(text).into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn sentences_and_clauses_are_counted_once_per_break() {
        let t = tokenize("No worries, sorry!!! Next one", &[]);
        let pos: Vec<(u32, u32)> = t.iter().map(|t| (t.sentence, t.clause)).collect();
        assert_eq!(pos, [(0, 0), (0, 0), (0, 1), (1, 2), (1, 2)]);
    }

    #[test]
    fn flags_mentions_caps_and_urls() {
        let text = "@raideri WHY see raideri.fi/x";
        let url = text.find("raideri.fi").unwrap();
        let t = tokenize(text, &[(url, text.len())]);
        assert!(t[0].has(F_MENTION));
        assert!(t[1].has(F_CAPS));
        assert!(!t[2].has(F_CAPS));
        assert!(t[3].has(F_URL) && t[4].has(F_URL));
    }

    #[test]
    fn quoted_words_are_marked_and_stray_quotes_ignored() {
        let quoted = |text: &str| -> Vec<bool> { tokenize(text, &[]).iter().map(|t| t.has(F_QUOTED)).collect() };
        assert_eq!(quoted("You wrote \"sorry\" twice"), [false, false, true, false]);
        assert_eq!(
            quoted("Kirjoitit ”anteeksi ei riitä” – totta"),
            [false, true, true, true, false]
        );
        assert_eq!(quoted("A 27\" screen is big"), [false, false, false, false, false]);
        assert_eq!(quoted("told to 'calm down' twice"), [false, false, true, true, false]);
        assert_eq!(quoted("the customers' orders"), [false, false, false]);
    }

    #[test]
    fn sentence_spans_split_lines() {
        let text = "Hello there. Second one!\n^AK";
        let spans: Vec<&str> = sentence_spans(text).iter().map(|(a, b)| &text[*a..*b]).collect();
        assert_eq!(spans, ["Hello there.", "Second one!", "^AK"]);
    }
}
