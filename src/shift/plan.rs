//! Drawing a shift: which scenarios' posts arrive, and when.
//!
//! Arrivals are a Poisson process (exponential gaps around the level's mean), drawn with
//! ChaCha8 from the shift's seed, so the same seed, level, length, language and library give
//! the same shift on every machine. Each post is a scenario drawn by kind — troll, crisis or
//! anything else, in the level's shares — from a shuffled bag per kind, so scenarios repeat
//! only once their kind has been used up. Every post gets its own variable seed, so a crisis
//! that fills the queue brings many different customers.

use rand::seq::SliceRandom;
use rand::{Rng, RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::ShiftError;
use super::config::{ShiftConfig, ShiftLevel};
use crate::scenario::Library;
use crate::vocab::{Category, Lang};

/// What a shift is drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShiftSpec {
    /// Language of the scenarios.
    pub lang: Lang,
    /// How busy it is.
    pub level: ShiftLevel,
    /// Length in minutes (the app offers 10 and 20).
    pub minutes: u32,
    /// The seed of the whole draw.
    pub seed: u64,
    /// Is this the daily shift (the seed comes from the date)?
    pub daily: bool,
}

impl ShiftSpec {
    /// The shift's name as shown in the inbox, the report and the history.
    #[must_use]
    pub fn title(&self, loc: &crate::i18n::Localizer) -> String {
        let level = loc.t(&format!("shift-level-{}", self.level.id()));
        let id = if self.daily {
            "shift-attempt-title-daily"
        } else {
            "shift-attempt-title"
        };
        loc.ta(
            id,
            &[
                ("level", crate::i18n::Arg::Str(level)),
                ("minutes", crate::i18n::Arg::Num(f64::from(self.minutes))),
            ],
        )
    }
}

impl ShiftSpec {
    /// The length in milliseconds of shift time.
    #[must_use]
    pub const fn length_ms(&self) -> u64 {
        self.minutes as u64 * 60_000
    }
}

/// One post of a drawn shift, before its scenario is instantiated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedPost {
    /// The scenario whose first step is the post.
    pub scenario: String,
    /// When it arrives, in milliseconds of shift time.
    pub arrival_ms: u64,
    /// The seed of its variables' draw.
    pub seed: u64,
}

/// A kind's scenarios handed out in shuffled rounds.
struct Bag {
    ids: Vec<String>,
    left: Vec<String>,
}

impl Bag {
    fn new(mut ids: Vec<String>) -> Bag {
        ids.sort();
        Bag { ids, left: Vec::new() }
    }

    fn next(&mut self, rng: &mut ChaCha8Rng) -> Option<String> {
        if self.left.is_empty() {
            self.left.clone_from(&self.ids);
            self.left.shuffle(rng);
        }
        self.left.pop()
    }
}

/// Draws the posts of a shift.
///
/// # Errors
/// When the library has no scenario in the shift's language, or the level is not configured.
pub fn plan(library: &Library, spec: &ShiftSpec, config: &ShiftConfig) -> Result<Vec<PlannedPost>, ShiftError> {
    let level = config.level(spec.level).ok_or(ShiftError::NoLevel(spec.level))?;
    let ids = |f: &dyn Fn(Category) -> bool| -> Vec<String> {
        library
            .scenarios
            .iter()
            .filter(|s| s.scenario.lang == spec.lang && !s.scenario.steps.is_empty() && f(s.scenario.category))
            .map(|s| s.scenario.id.clone())
            .collect()
    };
    let mut trolls = Bag::new(ids(&|c| c == Category::Troll));
    let mut crises = Bag::new(ids(&|c| c == Category::Crisis));
    let mut others = Bag::new(ids(&|c| c != Category::Troll && c != Category::Crisis));
    if trolls.ids.is_empty() && crises.ids.is_empty() && others.ids.is_empty() {
        return Err(ShiftError::NoScenarios(spec.lang));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let length = spec.length_ms();
    let last = length
        .saturating_sub(u64::from(config.quiet_end_s) * 1000)
        .max(length / 2);
    let mean_gap_ms = level.mean_gap_s * 1000.0;
    let mut t = rng.random_range(0..=u64::from(config.first_post_s) * 1000) / 1000 * 1000;
    let mut posts = Vec::new();
    while t <= last || posts.is_empty() {
        let u: f64 = rng.random();
        let preferred = if u < level.troll_share {
            0
        } else if u < level.troll_share + level.crisis_share {
            1
        } else {
            2
        };
        // A kind with no scenario in this library falls back to the others.
        let mut scenario = None;
        for kind in [preferred, 2, 1, 0] {
            let bag = match kind {
                0 => &mut trolls,
                1 => &mut crises,
                _ => &mut others,
            };
            if let Some(id) = bag.next(&mut rng) {
                scenario = Some(id);
                break;
            }
        }
        let Some(scenario) = scenario else { break };
        posts.push(PlannedPost {
            scenario,
            arrival_ms: t.min(last),
            seed: rng.next_u64(),
        });
        // Exponential gap, in whole seconds, at least one.
        let v: f64 = rng.random();
        let gap = (-(1.0 - v).ln() * mean_gap_ms).round().clamp(1000.0, 3_600_000.0) as u64;
        t += gap / 1000 * 1000;
    }
    Ok(posts)
}
