//! Shift settings: the difficulty levels and the report's yardsticks, read from
//! `assets/shift/levels.ron` (data, so they can be tuned without touching code), and the
//! seed of the daily shift.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

use super::urgency::Urgency;
use crate::assets;
use crate::vocab::UnknownId;

/// How busy a shift is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShiftLevel {
    /// A quiet afternoon.
    Calm,
    /// A normal busy day.
    Busy,
    /// An outage or other crisis.
    Crisis,
}

impl ShiftLevel {
    /// Every level, calmest first.
    pub const ALL: &'static [ShiftLevel] = &[ShiftLevel::Calm, ShiftLevel::Busy, ShiftLevel::Crisis];

    /// The stable id (`calm`, `busy`, `crisis`) used in data files, the command line and the store.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            ShiftLevel::Calm => "calm",
            ShiftLevel::Busy => "busy",
            ShiftLevel::Crisis => "crisis",
        }
    }
}

impl FromStr for ShiftLevel {
    type Err = UnknownId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ShiftLevel::ALL
            .iter()
            .copied()
            .find(|l| l.id() == s)
            .ok_or_else(|| UnknownId {
                kind: "shift level",
                given: s.to_owned(),
                expected: ShiftLevel::ALL.iter().map(|l| l.id()).collect::<Vec<_>>().join(", "),
            })
    }
}

impl fmt::Display for ShiftLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for ShiftLevel {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for ShiftLevel {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// How one level draws its posts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelConfig {
    /// The level.
    pub level: ShiftLevel,
    /// Mean time between two posts, in seconds (arrivals are a Poisson process).
    pub mean_gap_s: f64,
    /// Share of posts drawn from troll scenarios (0–1).
    pub troll_share: f64,
    /// Share of posts drawn from crisis scenarios (0–1).
    pub crisis_share: f64,
}

/// The points of each part of the speed score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    /// Answering within the target time.
    pub response_time: u32,
    /// Taking the more urgent post first.
    pub prioritisation: u32,
    /// Answering the posts that need an answer.
    pub coverage: u32,
    /// The replies' own scores.
    pub quality: u32,
    /// The right action on trolls.
    pub trolls: u32,
}

/// Everything `assets/shift/levels.ron` says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShiftConfig {
    /// One entry per level.
    pub levels: Vec<LevelConfig>,
    /// The first post arrives within this many seconds.
    pub first_post_s: u32,
    /// No new posts in the last this-many seconds.
    pub quiet_end_s: u32,
    /// A public complaint waiting this long draws onlookers' comments.
    pub onlookers_after_s: u32,
    /// Then one more comment every this-many seconds.
    pub onlooker_every_s: u32,
    /// At most this many comments per post.
    pub onlookers_max: u32,
    /// Target response time of an urgent post.
    pub target_urgent_s: u32,
    /// Target response time of a normal post.
    pub target_normal_s: u32,
    /// Target response time of a low-priority post.
    pub target_low_s: u32,
    /// The parts of the speed score.
    pub weights: Weights,
    /// Speed score needed to pass.
    pub pass_mark: u8,
}

/// The shift settings could not be read (a defect of the build, reported once to the user).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("assets/shift/levels.ron: {0}")]
pub struct ConfigError(pub String);

impl ShiftConfig {
    /// The built-in settings (parsed once).
    ///
    /// # Errors
    /// When the compiled-in file is missing, does not parse or lacks a level.
    pub fn builtin() -> Result<&'static ShiftConfig, ConfigError> {
        static C: OnceLock<Result<ShiftConfig, ConfigError>> = OnceLock::new();
        C.get_or_init(|| {
            let text = assets::text("shift/levels.ron").ok_or_else(|| ConfigError("missing".to_owned()))?;
            Self::parse(text)
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// Parses and checks a settings file.
    ///
    /// # Errors
    /// Syntax errors, a level missing, or a level whose numbers make no sense.
    pub fn parse(text: &str) -> Result<ShiftConfig, ConfigError> {
        let c: ShiftConfig = ron::from_str(text).map_err(|e| ConfigError(e.to_string()))?;
        for level in ShiftLevel::ALL {
            let l = c
                .levels
                .iter()
                .find(|x| x.level == *level)
                .ok_or_else(|| ConfigError(format!("level '{level}' is missing")))?;
            let shares_ok = (0.0..=1.0).contains(&l.troll_share)
                && (0.0..=1.0).contains(&l.crisis_share)
                && l.troll_share + l.crisis_share <= 1.0;
            if !(l.mean_gap_s >= 1.0 && shares_ok) {
                return Err(ConfigError(format!(
                    "level '{level}': mean_gap_s must be at least 1 and the shares between 0 and 1, together at most 1"
                )));
            }
        }
        Ok(c)
    }

    /// The settings of a level.
    #[must_use]
    pub fn level(&self, level: ShiftLevel) -> Option<&LevelConfig> {
        self.levels.iter().find(|l| l.level == level)
    }

    /// The target response time of a post, in milliseconds (`None` for posts to leave alone).
    #[must_use]
    pub fn target_ms(&self, urgency: Urgency) -> Option<u64> {
        let s = match urgency {
            Urgency::Urgent => self.target_urgent_s,
            Urgency::Normal => self.target_normal_s,
            Urgency::Low => self.target_low_s,
            Urgency::LeaveAlone => return None,
        };
        Some(u64::from(s) * 1000)
    }
}

/// The seed of the daily shift: the same for everyone on the same date, so a team can compare
/// their reports. (The rest of the shift — length, level, language — is still the trainee's choice.)
#[must_use]
pub fn daily_seed(date: jiff::civil::Date) -> u64 {
    let digest = Sha256::digest(format!("someaspa daily shift {date}").as_bytes());
    digest.iter().take(8).fold(0u64, |acc, b| (acc << 8) | u64::from(*b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_settings_parse_and_have_every_level() {
        let c = ShiftConfig::builtin().unwrap();
        for l in ShiftLevel::ALL {
            assert!(c.level(*l).is_some(), "{l}");
        }
        let calm = c.level(ShiftLevel::Calm).unwrap();
        let crisis = c.level(ShiftLevel::Crisis).unwrap();
        assert!(calm.mean_gap_s > crisis.mean_gap_s, "a crisis is busier");
        assert!(crisis.crisis_share > calm.crisis_share);
    }

    #[test]
    fn bad_settings_are_refused_with_a_reason() {
        let text = assets::text("shift/levels.ron").unwrap().replace("0.40", "1.40");
        let e = ShiftConfig::parse(&text).unwrap_err();
        assert!(e.0.contains("crisis"), "{e}");
        assert!(ShiftConfig::parse("ShiftConfig(").is_err());
    }

    #[test]
    fn levels_parse_from_their_ids() {
        assert_eq!("busy".parse::<ShiftLevel>(), Ok(ShiftLevel::Busy));
        let e = "bussy".parse::<ShiftLevel>().unwrap_err();
        assert!(e.to_string().contains("calm, busy, crisis"), "{e}");
    }

    #[test]
    fn the_daily_seed_depends_on_the_date_only() {
        let a: jiff::civil::Date = "2026-11-23".parse().unwrap();
        let b: jiff::civil::Date = "2026-11-24".parse().unwrap();
        assert_eq!(daily_seed(a), daily_seed(a));
        assert_ne!(daily_seed(a), daily_seed(b));
    }
}
