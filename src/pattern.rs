//! The phrase-pattern language of lexicons, issue words and custom criteria.
//!
//! `late` matches the word *late*; `apolog*` words that start with *apolog*; `order number`
//! the two words in order with up to [`MAX_GAP`] words between; `=dm` exactly *dm*, never
//! as a typo of something else. Pattern words are tokenised like replies, so a pattern such
//! as `raideri.fi/compensation` matches what the tokenizer makes of the same text.

use crate::text::{normalise, tokenize};

/// Words allowed between two consecutive words of a phrase ("order *and tracking* number").
pub const MAX_GAP: usize = 2;

/// One word position of a pattern.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Slot {
    /// The normalised word or prefix.
    pub text: String,
    /// Matches words that start with `text`.
    pub prefix: bool,
    /// No typo tolerance.
    pub exact: bool,
}

/// A parsed pattern: one or more slots matched in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// The words.
    pub slots: Vec<Slot>,
}

/// Why a pattern could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PatternError {
    /// Nothing to match.
    #[error("empty pattern")]
    Empty,
    /// `*` or `=` with no word.
    #[error("a bare '*' or '=' in '{0}'")]
    Bare(String),
    /// `*` not at the end of a word.
    #[error("'*' inside a word in '{0}'")]
    StarInside(String),
    /// Regular-expression syntax, which this pattern language does not have: read as words
    /// it would match something else entirely (`(a+)+$` would match the word "a").
    #[error("'{0}' looks like a regular expression")]
    RegexLike(String),
}

/// Characters of regular-expression syntax that never occur in a phrase pattern (braces do:
/// they hold placeholders such as `{delay}`).
const REGEX_CHARS: &[char] = &['(', ')', '[', ']', '|', '\\', '^', '$', '+', '?'];

impl PatternError {
    /// The Fluent id of the explanation.
    #[must_use]
    pub const fn msg_id(&self) -> &'static str {
        match self {
            PatternError::Empty => "val-pattern-empty",
            PatternError::Bare(_) => "val-pattern-bare",
            PatternError::StarInside(_) => "val-pattern-star",
            PatternError::RegexLike(_) => "val-pattern-regex",
        }
    }
}

/// Parses a pattern.
///
/// # Errors
/// When the pattern is empty or misuses `*` / `=`.
pub fn parse(source: &str) -> Result<Pattern, PatternError> {
    if source.contains(REGEX_CHARS) {
        return Err(PatternError::RegexLike(source.to_owned()));
    }
    let mut slots = Vec::new();
    for chunk in source.split_whitespace() {
        let exact = chunk.starts_with('=');
        let body = chunk.trim_start_matches('=');
        let prefix = body.ends_with('*');
        let body = body.strip_suffix('*').unwrap_or(body);
        // "f***" is a censored word, not a prefix: a second star is a star inside a word.
        if body.contains('*') {
            return Err(PatternError::StarInside(source.to_owned()));
        }
        let words = tokenize(body, &[]);
        if words.is_empty() {
            // Punctuation-only chunks ("-", "&") carry no word to match; skip them,
            // but a chunk that was only markers is a mistake.
            if body.is_empty() {
                return Err(PatternError::Bare(source.to_owned()));
            }
            continue;
        }
        let n = words.len();
        for (i, w) in words.into_iter().enumerate() {
            slots.push(Slot {
                text: normalise(&w.norm).into_owned(),
                prefix: prefix && i + 1 == n,
                exact,
            });
        }
    }
    if slots.is_empty() {
        return Err(PatternError::Empty);
    }
    Ok(Pattern { slots })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_words_prefixes_and_exact_markers() {
        let p = parse("Apolog* =DM").unwrap();
        assert_eq!(
            p.slots,
            [
                Slot {
                    text: "apolog".into(),
                    prefix: true,
                    exact: false
                },
                Slot {
                    text: "dm".into(),
                    prefix: false,
                    exact: true
                }
            ]
        );
    }

    #[test]
    fn urls_split_like_replies() {
        let p = parse("raideri.fi/compensation").unwrap();
        let words: Vec<&str> = p.slots.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(words, ["raideri.fi", "compensation"]);
    }

    #[test]
    fn rejects_bad_patterns() {
        assert_eq!(parse("  "), Err(PatternError::Empty));
        assert!(matches!(parse("*"), Err(PatternError::Bare(_))));
        assert!(matches!(parse("ap*ol"), Err(PatternError::StarInside(_))));
        assert!(
            matches!(parse("=f***"), Err(PatternError::StarInside(_))),
            "not the prefix f"
        );
        // D15: read as words, "(a+)+$" used to become the word "a".
        for regex in ["(a+)+$", "^sorry$", "a|b", "\\d+", "[a-z]*", "sorry?"] {
            assert!(matches!(parse(regex), Err(PatternError::RegexLike(_))), "{regex}");
        }
        assert_eq!(parse("dm:llä").unwrap().slots.len(), 1);
    }
}
