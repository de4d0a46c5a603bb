//! Drawing a scenario's variables for one attempt, reproducibly from a seed.
//!
//! A trainee who replays a scenario meets a different customer, order number and delay, so
//! they cannot answer from memory. The seed is stored with the attempt; the same seed gives
//! the same draw on any machine (ChaCha8 is specified, unlike `StdRng`, whose algorithm may
//! change between rand releases), which reviews and bug reports rely on.

use std::sync::OnceLock;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::Deserialize;

use super::model::{Draw, Scenario};
use super::template::Values;
use crate::assets;
use crate::vocab::Lang;

/// A name list for one language (`assets/names/<lang>.ron`).
#[derive(Debug, Clone, Deserialize)]
pub struct Names {
    /// Women's first names.
    pub female: Vec<String>,
    /// Men's first names.
    pub male: Vec<String>,
    /// Last names.
    pub last: Vec<String>,
}

/// How a first name (and a portrait) reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// A woman's name.
    Female,
    /// A man's name.
    Male,
}

impl Names {
    /// All first names: women's, then men's.
    #[must_use]
    pub fn first(&self) -> Vec<String> {
        self.female.iter().chain(&self.male).cloned().collect()
    }

    /// How a first name reads, if it is on the list.
    #[must_use]
    pub fn gender(&self, name: &str) -> Option<Gender> {
        if self.female.iter().any(|n| n == name) {
            Some(Gender::Female)
        } else if self.male.iter().any(|n| n == name) {
            Some(Gender::Male)
        } else {
            None
        }
    }
}

/// The built-in portraits by how they read (`assets/images/avatars/avatars.ron`).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Avatars {
    /// Read as women.
    pub female: Vec<String>,
    /// Read as men.
    pub male: Vec<String>,
    /// Suit anyone.
    pub either: Vec<String>,
}

/// The portrait catalogue (parsed once).
#[must_use]
pub fn avatars() -> &'static Avatars {
    static A: OnceLock<Avatars> = OnceLock::new();
    A.get_or_init(|| {
        assets::text("images/avatars/avatars.ron")
            .and_then(|t| ron::from_str(t).ok())
            .unwrap_or_default()
    })
}

/// A portrait fitting a drawn first name, when the scenario uses a built-in portrait and the
/// name is on the list; the same seed gives the same portrait.
#[must_use]
pub fn fitting_avatar(scenario: &Scenario, values: &Values, seed: u64) -> Option<String> {
    let current = scenario.persona.avatar.as_deref()?;
    let a = avatars();
    let builtin = a.female.iter().chain(&a.male).chain(&a.either).any(|p| p == current);
    if !builtin {
        return None;
    }
    // The first-name variable the persona's name uses.
    let first = scenario
        .variables
        .iter()
        .filter(|v| matches!(v.draw, Draw::FirstName))
        .find(|v| scenario.persona.name.contains(&format!("{{{}}}", v.id)))?;
    let gender = names(scenario.lang).gender(values.get(&first.id)?)?;
    let pool: Vec<&String> = match gender {
        Gender::Female => a.female.iter().chain(&a.either).collect(),
        Gender::Male => a.male.iter().chain(&a.either).collect(),
    };
    if pool.iter().any(|p| *p == current) {
        return None;
    }
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed_a7a7);
    pool.get(rng.random_range(0..pool.len().max(1))).map(|p| (*p).clone())
}

/// The name list of a language (parsed once).
#[must_use]
pub fn names(lang: Lang) -> &'static Names {
    static EN: OnceLock<Names> = OnceLock::new();
    static FI: OnceLock<Names> = OnceLock::new();
    let (cell, path) = match lang {
        Lang::En => (&EN, "names/en.ron"),
        Lang::Fi => (&FI, "names/fi.ron"),
    };
    cell.get_or_init(|| {
        assets::text(path)
            .and_then(|t| ron::from_str(t).ok())
            .unwrap_or_else(|| Names {
                female: vec!["Alex".to_owned()],
                male: Vec::new(),
                last: vec!["Smith".to_owned()],
            })
    })
}

/// The values used when nothing is drawn: each variable's `default`.
#[must_use]
pub fn default_values(scenario: &Scenario) -> Values {
    scenario
        .variables
        .iter()
        .map(|v| (v.id.clone(), v.default.clone()))
        .collect()
}

/// Draws every variable of the scenario from `seed`.
///
/// Variables are drawn in declaration order, so `Email("first", "last")` sees the names
/// drawn before it. A reference to an unknown variable falls back to its text.
#[must_use]
pub fn draw(scenario: &Scenario, seed: u64) -> Values {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let names = names(scenario.lang);
    let mut values = Values::new();
    for var in &scenario.variables {
        let value = match &var.draw {
            Draw::FirstName => pick(&mut rng, &names.first(), &var.default),
            Draw::LastName => pick(&mut rng, &names.last, &var.default),
            Draw::Number(lo, hi) => {
                let (lo, hi) = if lo <= hi { (*lo, *hi) } else { (*hi, *lo) };
                rng.random_range(lo..=hi).to_string()
            }
            Draw::Digits(n) => {
                let n = (*n).clamp(1, 20);
                // A leading zero would read as a different number when typed back.
                let mut s = rng.random_range(1..=9u8).to_string();
                for _ in 1..n {
                    s.push(char::from(b'0' + rng.random_range(0..=9u8)));
                }
                s
            }
            Draw::OneOf(options) => pick(&mut rng, options, &var.default),
            Draw::Time(from, to) => draw_time(&mut rng, from, to, scenario.lang).unwrap_or_else(|| var.default.clone()),
            Draw::Email(a, b) => {
                let a = ascii_fold(values.get(a).map_or(a.as_str(), String::as_str));
                let b = ascii_fold(values.get(b).map_or(b.as_str(), String::as_str));
                let domain = ["example.com", "example.net", "example.org"][rng.random_range(0..3usize)];
                format!("{a}.{b}@{domain}")
            }
            Draw::Handle(a, b) => {
                let a = ascii_fold(values.get(a).map_or(a.as_str(), String::as_str));
                let b = ascii_fold(values.get(b).map_or(b.as_str(), String::as_str));
                match rng.random_range(0..3u8) {
                    0 => format!("{a}{b}"),
                    1 => format!("{a}_{}", b.chars().next().unwrap_or('x')),
                    _ => format!("{a}{}", rng.random_range(10..100u8)),
                }
            }
        };
        values.insert(var.id.clone(), value);
    }
    values
}

fn pick(rng: &mut ChaCha8Rng, list: &[String], fallback: &str) -> String {
    if list.is_empty() {
        fallback.to_owned()
    } else {
        list[rng.random_range(0..list.len())].clone()
    }
}

/// Minutes since midnight of "HH:MM".
#[must_use]
pub fn parse_time(s: &str) -> Option<u32> {
    let (h, m) = s.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// A clock time written as the language does: 14:10 in English, 14.10 in Finnish.
fn draw_time(rng: &mut ChaCha8Rng, from: &str, to: &str, lang: Lang) -> Option<String> {
    let (a, b) = (parse_time(from)?, parse_time(to)?);
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    let steps = (b - a) / 5;
    let t = a + 5 * rng.random_range(0..=steps);
    // Finnish writes the hour without a leading zero (klo 9.05); English keeps 09:05.
    Some(match lang {
        Lang::Fi => format!("{}.{:02}", t / 60, t % 60),
        Lang::En => format!("{:02}:{:02}", t / 60, t % 60),
    })
}

/// Lower-case ASCII for handles and e-mail addresses ("Väinö" → "vaino").
#[must_use]
pub fn ascii_fold(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            'ä' | 'Ä' | 'å' | 'Å' | 'á' | 'à' => Some('a'),
            'ö' | 'Ö' | 'ó' | 'ò' => Some('o'),
            'é' | 'è' | 'É' => Some('e'),
            'ü' | 'Ü' => Some('u'),
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_lists_load_for_both_languages() {
        for lang in Lang::ALL {
            let n = names(*lang);
            assert!(
                n.female.len() >= 15 && n.male.len() >= 15 && n.last.len() >= 20,
                "{lang}"
            );
            assert!(n.female.iter().all(|f| n.gender(f) == Some(Gender::Female)));
        }
    }

    #[test]
    fn folds_to_ascii() {
        assert_eq!(ascii_fold("Väinö Hämäläinen"), "vainohamalainen");
    }

    #[test]
    fn times_parse_and_reject_nonsense() {
        assert_eq!(parse_time("07:30"), Some(450));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("seven"), None);
    }

    #[test]
    fn drawn_times_fall_in_the_range_in_5_minute_steps_written_as_the_language_does() {
        for seed in 0..200 {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let en = draw_time(&mut rng, "09:00", "18:00", Lang::En).unwrap();
            let t = parse_time(&en).unwrap();
            assert!((540..=1080).contains(&t) && t.is_multiple_of(5), "{en}");
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let fi = draw_time(&mut rng, "09:00", "18:00", Lang::Fi).unwrap();
            let finnish = en.replace(':', ".");
            let finnish = finnish.strip_prefix('0').unwrap_or(&finnish);
            assert_eq!(fi, finnish, "the same draw, Finnish notation (klo 9.05, not 09.05)");
        }
    }
}
