//! Emoji, counted as grapheme clusters.
//!
//! A family (👨‍👩‍👧‍👦), a flag (🇫🇮) or a thumbs-up with a skin tone (👍🏽) is one emoji, not
//! several code points. Characters that have an emoji form but show as text by default
//! (©, ®, ™, ‼, arrows, a bare digit) are not emoji unless written with the emoji variation
//! selector or as a keycap; pictographs from U+2600 up count either way, because they look
//! like emoji in every font.

use unicode_properties::emoji::{EmojiStatus, UnicodeEmoji};
use unicode_segmentation::UnicodeSegmentation;

const VS16: char = '\u{FE0F}';
const KEYCAP: char = '\u{20E3}';
const ZWJ: char = '\u{200D}';

/// Is this grapheme cluster an emoji?
#[must_use]
pub fn is_emoji_grapheme(g: &str) -> bool {
    let mut chars = g.chars();
    let Some(first) = chars.next() else { return false };
    if first.is_ascii() {
        // Digits, # and * are emoji only as keycaps.
        return g.contains(KEYCAP);
    }
    match first.emoji_status() {
        EmojiStatus::EmojiPresentation
        | EmojiStatus::EmojiPresentationAndModifierBase
        | EmojiStatus::EmojiPresentationAndEmojiComponent
        | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent => true,
        EmojiStatus::EmojiModifierBase | EmojiStatus::EmojiOther | EmojiStatus::EmojiOtherAndEmojiComponent => {
            first >= '\u{2600}' || g.contains(VS16) || g.contains(KEYCAP) || g.contains(ZWJ)
        }
        // Not emoji (the enum is non-exhaustive; new statuses default to "no").
        _ => false,
    }
}

/// Could this character be part of an emoji or a symbol that decorates a reply's end
/// (pictographs, hearts, stars, the variation selector, the zero-width joiner, skin
/// tones)? For trimming, not counting: counting uses [`is_emoji_grapheme`].
#[must_use]
pub fn is_emoji_char(c: char) -> bool {
    c == VS16 || c == ZWJ || (!c.is_ascii() && !c.is_alphanumeric() && u32::from(c) >= 0x2190)
}

/// Byte ranges of the emoji in `text`.
#[must_use]
pub fn emoji_spans(text: &str) -> Vec<(usize, usize)> {
    if text.is_ascii() {
        return Vec::new();
    }
    text.grapheme_indices(true)
        .filter(|(_, g)| !g.is_ascii() && is_emoji_grapheme(g))
        .map(|(i, g)| (i, i + g.len()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(s: &str) -> usize {
        emoji_spans(s).len()
    }

    #[test]
    fn sequences_count_once() {
        assert_eq!(count("👨‍👩‍👧‍👦"), 1);
        assert_eq!(count("🇫🇮"), 1);
        assert_eq!(count("👍🏽👍"), 2);
        assert_eq!(count("🏴󠁧󠁢󠁥󠁮󠁧󠁿"), 1);
        assert_eq!(count("1️⃣ 1⃣"), 2);
    }

    #[test]
    fn text_symbols_are_not_emoji() {
        assert_eq!(count("© ® ™ ‼ ↔ 1 # ä €"), 0);
        assert_eq!(count("©️"), 1, "with the emoji selector it is one");
        assert_eq!(count("☺ ❤ ☀"), 3);
    }
}
