//! Onlookers piling on: comments that appear under a public complaint the brand leaves
//! unanswered for too long. The lines are data (`assets/shift/onlookers/<lang>.ron`), and which
//! ones a post gets follows from the post's seed, so a replayed shift looks the same.

use std::sync::OnceLock;

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;
use serde::Deserialize;

use crate::assets;
use crate::scenario::model::Comment;
use crate::vocab::Lang;

/// One onlooker's comment as written in the data file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    /// Display name.
    pub name: String,
    /// Handle without the @.
    pub handle: String,
    /// The comment; `{brand}` is replaced by the brand's name.
    pub text: String,
}

/// The onlooker lines of one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Onlookers {
    /// The lines.
    pub lines: Vec<Line>,
}

/// The lines of a language (parsed once; an unreadable file gives none, logged).
#[must_use]
pub fn lines(lang: Lang) -> &'static [Line] {
    static EN: OnceLock<Onlookers> = OnceLock::new();
    static FI: OnceLock<Onlookers> = OnceLock::new();
    let (cell, path) = match lang {
        Lang::En => (&EN, "shift/onlookers/en.ron"),
        Lang::Fi => (&FI, "shift/onlookers/fi.ron"),
    };
    &cell
        .get_or_init(|| match assets::text(path).map(ron::from_str::<Onlookers>) {
            Some(Ok(o)) => o,
            Some(Err(e)) => {
                log::error!("assets/{path}: {e}");
                Onlookers::default()
            }
            None => Onlookers::default(),
        })
        .lines
}

/// The first `count` onlooker comments under a post, for its seed and brand.
#[must_use]
pub fn comments(lang: Lang, seed: u64, count: usize, brand: &str) -> Vec<Comment> {
    let all = lines(lang);
    let mut order: Vec<usize> = (0..all.len()).collect();
    order.shuffle(&mut ChaCha8Rng::seed_from_u64(seed ^ 0x0b5e_55ed));
    order
        .into_iter()
        .take(count)
        .enumerate()
        .filter_map(|(k, i)| {
            let l = all.get(i)?;
            Some(Comment {
                name: l.name.clone(),
                handle: l.handle.clone(),
                text: l.text.replace("{brand}", brand),
                // Later comments are newer and have had less time to collect likes.
                likes: u32::try_from((seed >> (k * 4)) % 9).unwrap_or(0) + 1,
                avatar: None,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_lines_and_comments_follow_the_seed() {
        for lang in Lang::ALL {
            assert!(lines(*lang).len() >= 8, "{lang}");
            let a = comments(*lang, 7, 3, "Raideri");
            assert_eq!(a.len(), 3);
            assert_eq!(a, comments(*lang, 7, 3, "Raideri"));
            assert_ne!(a, comments(*lang, 8, 3, "Raideri"));
            assert!(a.iter().all(|c| !c.text.contains("{brand}")));
            // More waiting adds comments; the first ones stay.
            assert_eq!(comments(*lang, 7, 4, "Raideri")[..3], a[..]);
        }
    }
}
