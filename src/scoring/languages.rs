//! Which language a word belongs to, for `right-language`: the function words of Finnish
//! and English (from their lexicons) and of languages without a phrase lexicon (Swedish),
//! from `assets/lexicons/languages.ron`.

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

use super::lexicon::Lexicon;
use crate::vocab::{Lang, ReplyLang};

/// Function words of the languages without a lexicon, normalised.
fn extra() -> &'static BTreeMap<String, HashSet<String>> {
    static EXTRA: OnceLock<BTreeMap<String, HashSet<String>>> = OnceLock::new();
    EXTRA.get_or_init(|| {
        let text = crate::assets::text("lexicons/languages.ron").unwrap_or("{}");
        match ron::from_str::<BTreeMap<String, Vec<String>>>(text) {
            Ok(m) => m
                .into_iter()
                .map(|(k, v)| (k, v.iter().map(|w| super::text::normalise(w).into_owned()).collect()))
                .collect(),
            Err(e) => {
                // Compiled in and covered by a test: a failure here is a build defect.
                log::error!("assets/lexicons/languages.ron: {e}");
                BTreeMap::new()
            }
        }
    })
}

/// Is `word` (normalised) a function word of `lang`?
#[must_use]
pub fn is_function_word(lang: ReplyLang, word: &str) -> bool {
    match lang {
        ReplyLang::Fi => Lexicon::builtin(Lang::Fi).function_words.contains(word),
        ReplyLang::En => Lexicon::builtin(Lang::En).function_words.contains(word),
        other => extra().get(other.id()).is_some_and(|w| w.contains(word)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reply_language_has_function_words() {
        for lang in ReplyLang::ALL {
            assert!(
                is_function_word(
                    *lang,
                    match lang {
                        ReplyLang::Fi => "ja",
                        ReplyLang::En => "the",
                        ReplyLang::Sv => "och",
                    }
                ),
                "{lang}"
            );
        }
    }
}
