//! Finding URLs the way X does: with or without a protocol, with a known top-level domain.
//!
//! This follows twitter-text's extractor closely enough to pass its weighted-length
//! conformance cases: labels of at most 63 characters (63 punycode characters for
//! international labels), a TLD from `assets/tlds.txt`, ASCII domains only when there is no
//! protocol, and trailing punctuation left out of the URL. As PRODUCT.md §3 asks, a bare
//! domain (`raideri.fi`) is a URL too.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::assets;

fn tlds() -> &'static HashSet<String> {
    static TLDS: OnceLock<HashSet<String>> = OnceLock::new();
    TLDS.get_or_init(|| {
        assets::text("tlds.txt")
            .unwrap_or("")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
            .map(str::to_lowercase)
            .collect()
    })
}

/// Is this a known top-level domain?
#[must_use]
pub fn is_tld(label: &str) -> bool {
    tlds().contains(&label.to_lowercase())
}

fn is_label_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// Characters that may not come right before a URL (it would be part of a word or tag).
fn bad_preceding(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '@' | '＠' | '$' | '#' | '＃' | '.' | '-' | '_' | '/' | '\\')
}

/// Invisible format characters (bidi marks, zero-width spaces) never belong to a URL.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
}

/// Is a label usable in a host (length, hyphens, punycode length)?
fn valid_label(label: &str, allow_underscore: bool) -> bool {
    if label.is_empty() || label.starts_with('-') || label.ends_with('-') {
        return false;
    }
    if !allow_underscore && label.contains('_') {
        return false;
    }
    if label.is_ascii() {
        label.len() <= 63
    } else {
        idna::punycode::encode_str(&label.to_lowercase()).is_some_and(|p| p.len() + 4 <= 63)
    }
}

/// Byte ranges of the URLs in `text`.
#[must_use]
pub fn find_urls(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Quick rejection: no dot, no URL.
    if !text.contains('.') {
        return out;
    }
    let bytes = text.as_bytes();
    if text.is_ascii() {
        ascii_find_urls(text, bytes, &mut out);
        return out;
    }
    let mut i = 0;
    while i < text.len() {
        let prev = text[..i].chars().next_back();
        let start_ok = prev.is_none_or(|c| !bad_preceding(c)) && could_start_url(text, bytes, i);
        if start_ok && let Some(end) = match_url_at(text, i) {
            out.push((i, end));
            i = end;
            continue;
        }
        // Skip the rest of this run of letters: a URL cannot start inside a word.
        let c0 = text[i..].chars().next().unwrap_or(' ');
        i += c0.len_utf8();
        if c0.is_alphanumeric() {
            while let Some(c) = text[i..].chars().next() {
                if !c.is_alphanumeric() {
                    break;
                }
                i += c.len_utf8();
            }
        }
    }
    out
}

/// [`find_urls`] over ASCII text, byte by byte: the same rules, without decoding characters,
/// and each word scanned once.
fn ascii_find_urls(text: &str, bytes: &[u8], out: &mut Vec<(usize, usize)>) {
    let is_label = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        // A word starts here; only a protocol or a label followed by a dot can be a URL.
        // The cheap test first: after `-`, `_` or a dot no URL can start, and scanning the
        // label run there would make `a-a-a-…` quadratic (every `a` rescans the rest).
        let prev_ok = i == 0 || !bad_preceding(char::from(bytes[i - 1]));
        let candidate = prev_ok && {
            let rest = &bytes[i..];
            let run = rest.iter().take_while(|&&c| is_label(c)).count();
            bytes.get(i + run) == Some(&b'.') || may_have_protocol(rest)
        };
        if candidate && let Some(end) = match_url_at(text, i) {
            out.push((i, end));
            i = end;
            continue;
        }
        // A URL cannot start inside a word: skip the rest of it.
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
    }
}

/// Could these bytes start with `http://` or `https://`? (The full match checks exactly.)
fn may_have_protocol(rest: &[u8]) -> bool {
    rest.len() >= 7 && rest[..4].eq_ignore_ascii_case(b"http")
}

/// A cheap test before the full match: a URL starts with a protocol, or with a label that
/// a dot follows. Most words are neither, and the full match would scan and allocate.
fn could_start_url(text: &str, bytes: &[u8], i: usize) -> bool {
    if may_have_protocol(&bytes[i..]) {
        return true;
    }
    let label_end = text[i..]
        .char_indices()
        .find(|&(_, c)| !is_label_char(c))
        .map_or(text.len(), |(off, _)| i + off);
    label_end > i && bytes.get(label_end) == Some(&b'.')
}

/// Matches a URL starting exactly at `start`; returns its end.
fn match_url_at(text: &str, start: usize) -> Option<usize> {
    let rest = &text.as_bytes()[start..];
    let has = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    let (has_protocol, host_start) = if has(b"https://") {
        (true, start + 8)
    } else if has(b"http://") {
        (true, start + 7)
    } else {
        (false, start)
    };
    let first = text[host_start..].chars().next()?;
    if !first.is_alphanumeric() {
        return None;
    }
    // The host: labels separated by dots.
    let mut labels: Vec<(usize, usize)> = Vec::new();
    let mut pos = host_start;
    let mut label_start = pos;
    for (off, c) in text[host_start..].char_indices() {
        let at = host_start + off;
        if is_label_char(c) {
            pos = at + c.len_utf8();
        } else if c == '.' {
            if at == label_start {
                break;
            }
            labels.push((label_start, at));
            label_start = at + 1;
            pos = at + 1;
        } else {
            break;
        }
    }
    // A trailing dot ends a sentence, not the host: no empty last label.
    if pos > label_start {
        labels.push((label_start, pos));
    }
    // The last label must be a known TLD ("raideri.fi.Thanks" is no URL).
    let (a, b) = *labels.last()?;
    if labels.len() < 2 || !is_tld(&text[a..b]) {
        return None;
    }
    let host_end = labels.last()?.1;
    let n = labels.len();
    for (k, (a, b)) in labels.iter().enumerate() {
        let label = &text[*a..*b];
        if !valid_label(label, k + 2 < n) {
            return None;
        }
        if !has_protocol && !label.is_ascii() {
            return None;
        }
    }
    let mut end = host_end;
    // Port.
    if text[end..].starts_with(':') {
        let digits = text[end + 1..].bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 {
            end += 1 + digits;
        }
    }
    // Path, query and fragment.
    if text[end..].starts_with(['/', '?', '#']) {
        let mut last_good = end;
        let mut depth = 0i32;
        for (off, c) in text[end..].char_indices() {
            if c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\u{201C}' | '\u{201D}') || is_format(c) {
                break;
            }
            let at = end + off + c.len_utf8();
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth < 0 {
                        break;
                    }
                }
                _ => {}
            }
            if !matches!(
                c,
                '.' | ',' | '!' | '?' | ':' | ';' | '\'' | '(' | ')' | ']' | '}' | '…'
            ) || (c == ')' && depth >= 0)
            {
                last_good = at;
            }
        }
        // Keep at least the slash ("example.com/").
        end = last_good.max(end + 1);
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(text: &str) -> Vec<&str> {
        find_urls(text).iter().map(|(a, b)| &text[*a..*b]).collect()
    }

    #[test]
    fn the_ascii_path_finds_what_the_general_one_does() {
        let samples = [
            "See raideri.fi/help or https://www.example.com/a_(b)?c=d#e, or HTTP://X.CO.",
            "mail anna@example.com, not a URL: foo.bar, 10.30, e.g. this. But t.co/abc is.",
            "@raideri.fi #tag.fi $cash.fi x-.fi -a.fi a_b.fi ok.fi/ (ok.fi) 'ok.fi' ok.fi.",
            "http:// https://. www. .fi ..fi a..fi raideri.fi.Thanks raideri.fi?x=1&y=2",
        ];
        for text in samples {
            // A trailing non-ASCII word sends the same text down the general path.
            let mixed = format!("{text} é");
            assert_eq!(find_urls(text), find_urls(&mixed), "{text}");
        }
    }

    #[test]
    fn finds_protocol_and_bare_urls() {
        assert_eq!(urls("see https://raideri.fi/apu, thanks"), ["https://raideri.fi/apu"]);
        assert_eq!(urls("at raideri.fi/compensation."), ["raideri.fi/compensation"]);
        assert_eq!(urls("visit raideri.fi."), ["raideri.fi"]);
        assert_eq!(urls("www.example.com and t.co"), ["www.example.com", "t.co"]);
    }

    #[test]
    fn ignores_non_urls() {
        assert!(urls("Hi.Thanks, klo 10.30 e.g. this").is_empty());
        // "how" is a real top-level domain, so X links "Hi.How" too.
        assert_eq!(urls("Hi.How"), ["Hi.How"]);
        assert!(urls("anna@example.com").is_empty(), "an e-mail address is not a URL");
        assert!(urls("#raideri.fi").is_empty());
    }

    #[test]
    fn balanced_parentheses_stay_in_the_path() {
        assert_eq!(urls("(see example.com/a_(b))"), ["example.com/a_(b)"]);
    }
}
