//! X's weighted length (twitter-text configuration v3), as PRODUCT.md §3 specifies.
//!
//! After NFC normalisation, code points in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and
//! U+2032–U+2037 weigh 1 and all others 2; an emoji sequence weighs 2 whatever its length;
//! every URL weighs 23; the @mentions a reply starts with are not counted.
//!
//! Written here rather than taken from the `twitter-text` crate (0.3.1, Apache-2.0), which
//! was evaluated: it builds a C++ bridge (`cxx`, a C++ compiler and minutes of build on the
//! 2-core CI machine) and pulls ICU normalisation and a PHF emoji table, while this module
//! and `url.rs` pass every weighted-length case of the official conformance suite
//! (`tests/twitter_text.rs`, shipped in `tests/fixtures/twitter-text/`) and measure a reply
//! in a pass over its bytes (the whole 2,222-reply sample in milliseconds).

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use super::emoji::is_emoji_grapheme;
use super::url::find_urls;

/// What every URL counts, whatever its length.
pub const URL_WEIGHT: u32 = 23;

/// The weight of one code point.
#[must_use]
pub const fn char_weight(c: char) -> u32 {
    match c as u32 {
        0x0000..=0x10FF | 0x2000..=0x200D | 0x2010..=0x201F | 0x2032..=0x2037 => 1,
        _ => 2,
    }
}

/// The weight of one grapheme cluster: an emoji sequence 2, anything else its code points.
fn grapheme_weight(g: &str) -> u32 {
    if is_emoji_grapheme(g) {
        2
    } else {
        g.chars().map(char_weight).sum()
    }
}

/// The byte length of the leading `@mention`s of a reply (with the spaces after them).
#[must_use]
pub fn leading_mentions_len(text: &str) -> usize {
    let mut pos = 0;
    loop {
        let rest = &text[pos..];
        let trimmed = rest.trim_start();
        let ws = rest.len() - trimmed.len();
        let Some(handle) = trimmed.strip_prefix('@').or_else(|| trimmed.strip_prefix('＠')) else {
            break;
        };
        let len = handle
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
            .count();
        if len == 0 || len > 15 {
            break;
        }
        let marker = trimmed.len() - handle.len();
        pos += ws + marker + len;
    }
    // Only count them as leading mentions if something follows or it is all mentions.
    let rest = &text[pos..];
    pos + (rest.len() - rest.trim_start().len())
}

/// X's weighted length of a reply (leading @mentions excluded).
#[must_use]
pub fn weighted_length(text: &str) -> u32 {
    let body = &text[leading_mentions_len(text)..];
    weighted_length_of_post(body)
}

/// [`weighted_length`] of an ASCII reply whose URLs are already known (byte ranges into
/// `text`, as [`find_urls`] gives them): scoring finds them once for all its rules.
#[must_use]
pub fn weighted_length_ascii(text: &str, urls: &[(usize, usize)]) -> u32 {
    debug_assert!(text.is_ascii());
    let skip = leading_mentions_len(text);
    let mut total = 0usize;
    let mut pos = skip;
    for &(s, e) in urls.iter().filter(|u| u.0 >= skip) {
        total += s - pos + URL_WEIGHT as usize;
        pos = e;
    }
    u32::try_from(total + text.len() - pos).unwrap_or(u32::MAX)
}

/// X's weighted length of a whole post (nothing excluded), as the conformance cases count.
#[must_use]
pub fn weighted_length_of_post(text: &str) -> u32 {
    let normalised: std::borrow::Cow<'_, str> = if text.is_ascii() {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    };
    let text = normalised.as_ref();
    let urls = find_urls(text);
    let mut total = 0u32;
    let mut u = 0;
    let mut pos = 0;
    while pos < text.len() {
        if u < urls.len() && urls[u].0 == pos {
            total += URL_WEIGHT;
            pos = urls[u].1;
            u += 1;
            continue;
        }
        let next_url = urls.get(u).map_or(text.len(), |r| r.0);
        let chunk = &text[pos..next_url];
        if chunk.is_ascii() {
            total += u32::try_from(chunk.len()).unwrap_or(u32::MAX);
        } else {
            total += chunk.graphemes(true).map(grapheme_weight).sum::<u32>();
        }
        pos = next_url;
    }
    total
}

/// The byte offset where a reply first goes over `limit` weighted characters (leading
/// @mentions excluded), for highlighting what does not fit; `None` when it fits.
///
/// One linear pass over the text as written (not NFC-normalised: for highlighting, a
/// decomposed accent at the boundary may shift the mark by one character, never the count).
#[must_use]
pub fn overflow_at(text: &str, limit: u32) -> Option<usize> {
    if weighted_length(text) <= limit {
        return None;
    }
    Some(overflow_position(text, limit))
}

/// Where a reply known to be over `limit` first goes over it (see [`overflow_at`]), without
/// measuring the whole reply again.
#[must_use]
pub fn overflow_position(text: &str, limit: u32) -> usize {
    let skip = leading_mentions_len(text);
    overflow_position_from(text, skip, &find_urls(&text[skip..]), limit)
}

/// [`overflow_position`] with the URLs of the whole text already found (the scorer's
/// analysis has them): only those after the leading @mentions count, shifted to the body.
#[must_use]
pub fn overflow_position_with_urls(text: &str, urls: &[(usize, usize)], limit: u32) -> usize {
    let skip = leading_mentions_len(text);
    let body_urls: Vec<(usize, usize)> = urls
        .iter()
        .filter(|(a, _)| *a >= skip)
        .map(|(a, b)| (a - skip, b - skip))
        .collect();
    overflow_position_from(text, skip, &body_urls, limit)
}

fn overflow_position_from(text: &str, skip: usize, urls: &[(usize, usize)], limit: u32) -> usize {
    let body = &text[skip..];
    let at = if body.is_ascii() {
        ascii_overflow_at(body, urls, limit)
    } else {
        grapheme_overflow_at(body, urls, limit)
    };
    skip + at
}

/// [`overflow_at`] by grapheme clusters, for any text.
fn grapheme_overflow_at(body: &str, urls: &[(usize, usize)], limit: u32) -> usize {
    let mut total = 0u32;
    let mut u = 0;
    for (i, g) in body.grapheme_indices(true) {
        while u < urls.len() && urls[u].1 <= i {
            u += 1;
        }
        if u < urls.len() && urls[u].0 <= i {
            if urls[u].0 == i {
                total += URL_WEIGHT;
            } else {
                continue;
            }
        } else {
            total += grapheme_weight(g);
        }
        if total > limit {
            return i;
        }
    }
    body.len()
}

/// [`overflow_at`] for ASCII text: every byte weighs 1 and is its own grapheme, except
/// "\r\n", which is one (so the mark never falls between them). Scoring runs on every
/// keystroke, and the grapheme iterator was a fifth of a long reply's time.
fn ascii_overflow_at(body: &str, urls: &[(usize, usize)], limit: u32) -> usize {
    let bytes = body.as_bytes();
    let mut total = 0u32;
    let mut u = 0;
    let mut i = 0;
    while i < bytes.len() {
        if u < urls.len() && urls[u].0 == i {
            total += URL_WEIGHT;
            let at = i;
            i = urls[u].1;
            u += 1;
            if total > limit {
                return at;
            }
            continue;
        }
        let width = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
        total += width;
        if total > limit {
            return i;
        }
        i += width as usize;
    }
    body.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_overflow_is_the_same_with_the_analysis_urls() {
        let texts = [
            "@raideri @vr Sorry for the wait! See https://raideri.fi/liikenne/a/very/long/path for updates, and raideri.fi/korvaukset for the form. ".repeat(4),
            "Pahoittelut 😔 katso raideri.fi ja www.example.com/x?y=1 – ".repeat(8),
            "@a.b x ".repeat(60),
        ];
        for t in &texts {
            for limit in [10, 100, 280] {
                assert_eq!(
                    overflow_position(t, limit),
                    overflow_position_with_urls(t, &find_urls(t), limit),
                    "{t:?} at {limit}"
                );
            }
        }
    }

    #[test]
    fn counts_weights_urls_and_emoji() {
        assert_eq!(weighted_length("Hei! Miten menee?"), 17);
        assert_eq!(weighted_length("€…"), 4);
        assert_eq!(weighted_length("See https://example.com/a/very/long/path"), 4 + 23);
        assert_eq!(weighted_length("see raideri.fi"), 4 + 23);
        assert_eq!(weighted_length("👨‍👩‍👧‍👦"), 2);
        assert_eq!(weighted_length("äö"), 2);
    }

    #[test]
    fn the_ascii_shortcut_marks_the_same_place_as_the_grapheme_walk() {
        let words = [
            "@raideri ",
            "@x_y ",
            "Sorry",
            "raideri.fi/help",
            "https://example.com/a/b?c=d",
            "\r\n",
            " ",
            "DM",
            "us",
            "!",
            "\n",
        ];
        let mut state = 7u64;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..120 {
                // A small LCG: deterministic, no dependency.
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(words[(state >> 33) as usize % words.len()]);
            }
            let urls = find_urls(&text);
            assert_eq!(weighted_length_ascii(&text, &urls), weighted_length(&text), "{text:?}");
            for limit in [0, 1, 23, 100, 280] {
                assert_eq!(
                    ascii_overflow_at(&text, &urls, limit),
                    grapheme_overflow_at(&text, &urls, limit),
                    "{limit}: {text:?}"
                );
            }
        }
    }

    #[test]
    fn overflow_points_at_the_first_character_past_the_limit() {
        let text = "a".repeat(285);
        assert_eq!(overflow_at(&text, 280), Some(280));
        assert_eq!(overflow_at("short", 280), None);
    }

    #[test]
    fn leading_mentions_are_free() {
        assert_eq!(weighted_length("@raideri @pekka_r Thanks!"), 7);
        assert_eq!(weighted_length("Thanks @raideri"), 15);
        assert_eq!(leading_mentions_len("@a b"), 3);
    }
}
