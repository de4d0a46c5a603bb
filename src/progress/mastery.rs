//! Mastery per skill, weighted toward recent attempts, and practice streaks.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::store::Summary;
use crate::vocab::Skill;

/// How much each older attempt counts relative to the one after it.
pub const DECAY: f64 = 0.75;
/// Only this many of a skill's latest attempts count.
pub const WINDOW: usize = 20;

/// A mastery level (PRODUCT.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Below 50.
    NeedsWork,
    /// 50–74.
    Developing,
    /// 75–89.
    Proficient,
    /// 90 and up.
    Excellent,
}

impl Level {
    /// The level of a score, as shown: scores are displayed rounded, so 74.6 shows as 75
    /// and must read "proficient", not "developing".
    #[must_use]
    pub fn of(score: f64) -> Level {
        let score = score.round();
        if score >= 90.0 {
            Level::Excellent
        } else if score >= 75.0 {
            Level::Proficient
        } else if score >= 50.0 {
            Level::Developing
        } else {
            Level::NeedsWork
        }
    }

    /// The id used in Fluent messages and exports.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Level::NeedsWork => "needs-work",
            Level::Developing => "developing",
            Level::Proficient => "proficient",
            Level::Excellent => "excellent",
        }
    }
}

/// Mastery of one skill.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillMastery {
    /// The skill.
    pub skill: Skill,
    /// The weighted score, if the skill has been practised.
    pub score: Option<f64>,
    /// How many attempts trained it.
    pub attempts: usize,
}

impl SkillMastery {
    /// The level, if practised.
    #[must_use]
    pub fn level(&self) -> Option<Level> {
        self.score.map(Level::of)
    }
}

/// The weighted mean of scores given oldest first: the latest counts 1, the one before
/// [`DECAY`], then `DECAY²`, over at most [`WINDOW`] scores.
#[must_use]
pub fn weighted(scores: &[f64]) -> Option<f64> {
    let recent = &scores[scores.len().saturating_sub(WINDOW)..];
    if recent.is_empty() {
        return None;
    }
    let (mut sum, mut weights, mut w) = (0.0, 0.0, 1.0);
    for s in recent.iter().rev() {
        sum += s * w;
        weights += w;
        w *= DECAY;
    }
    Some(sum / weights)
}

/// Mastery of every skill from a profile's attempts (oldest first).
#[must_use]
pub fn mastery(attempts: &[Summary]) -> Vec<SkillMastery> {
    Skill::ALL
        .iter()
        .map(|&skill| {
            let scores: Vec<f64> = attempts
                .iter()
                .filter(|a| a.counts() && a.skills.contains(&skill))
                .map(|a| a.skill_score(skill))
                .collect();
            SkillMastery {
                skill,
                score: weighted(&scores),
                attempts: scores.len(),
            }
        })
        .collect()
}

/// The skill's score after each attempt that trained it: (when, weighted score so far, this
/// attempt's score), for the charts.
#[must_use]
pub fn history(attempts: &[Summary], skill: Skill) -> Vec<(jiff::Timestamp, f64, f64)> {
    let mut scores = Vec::new();
    let mut out = Vec::new();
    for a in attempts.iter().filter(|a| a.counts() && a.skills.contains(&skill)) {
        let s = a.skill_score(skill);
        scores.push(s);
        if let (Some(t), Some(w)) = (a.finished(), weighted(&scores)) {
            out.push((t, w, s));
        }
    }
    out
}

/// Practice streaks in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Streaks {
    /// Consecutive days up to today (or yesterday, if today has no attempt yet).
    pub current: u32,
    /// The longest run ever.
    pub longest: u32,
    /// Has today an attempt?
    pub today: bool,
}

/// Streaks from attempts, counting days in a time zone.
#[must_use]
pub fn streaks(attempts: &[Summary], today: Date, tz: &TimeZone) -> Streaks {
    let mut days: Vec<Date> = attempts
        .iter()
        .filter_map(Summary::finished)
        .map(|t| t.to_zoned(tz.clone()).date())
        .collect();
    days.sort_unstable();
    days.dedup();
    let mut longest = 0;
    let mut run = 0;
    let mut prev: Option<Date> = None;
    for d in &days {
        run = match prev {
            Some(p) if p.tomorrow().ok() == Some(*d) => run + 1,
            _ => 1,
        };
        longest = longest.max(run);
        prev = Some(*d);
    }
    let has_today = days.last() == Some(&today);
    let yesterday = today.yesterday().ok();
    let current = if has_today || days.last().copied() == yesterday {
        run
    } else {
        0
    };
    Streaks {
        current,
        longest,
        today: has_today,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(day: &str, total: u8, skills: &[Skill]) -> Summary {
        Summary {
            id: 0,
            uid: String::new(),
            scenario: "s".into(),
            title: String::new(),
            lang: crate::vocab::Lang::En,
            skills: skills.to_vec(),
            finished_at: format!("{day}T12:00:00Z"),
            total,
            passed: total >= 70,
            critical_failed: false,
            elapsed_ms: 1000,
            time_limit_s: None,
            source: "local".into(),
            import_check: None,
        }
    }

    #[test]
    fn levels_follow_the_product_thresholds() {
        assert_eq!(Level::of(49.4), Level::NeedsWork);
        assert_eq!(Level::of(50.0), Level::Developing);
        assert_eq!(Level::of(74.4), Level::Developing);
        assert_eq!(Level::of(74.6), Level::Proficient, "shown as 75, so proficient");
        assert_eq!(Level::of(75.0), Level::Proficient);
        assert_eq!(Level::of(90.0), Level::Excellent);
    }

    #[test]
    fn recent_attempts_weigh_more() {
        // 40 then 100: the recent 100 counts 1, the 40 counts 0.75.
        let m = weighted(&[40.0, 100.0]).unwrap();
        assert!((m - (40.0 * 0.75 + 100.0) / 1.75).abs() < 1e-9);
        assert!(weighted(&[100.0, 40.0]).unwrap() < m, "improving beats declining");
        assert_eq!(weighted(&[]), None);
        // Only the window counts.
        let mut old = vec![0.0; 100];
        old.extend(vec![80.0; WINDOW]);
        assert!((weighted(&old).unwrap() - 80.0).abs() < 1e-9);
    }

    #[test]
    fn mastery_per_skill_and_unpractised_skills() {
        let a = [
            summary("2026-11-01", 60, &[Skill::Privacy]),
            summary("2026-11-02", 90, &[Skill::Privacy, Skill::Speed]),
        ];
        let m = mastery(&a);
        let privacy = m.iter().find(|x| x.skill == Skill::Privacy).unwrap();
        assert_eq!(privacy.attempts, 2);
        assert_eq!(privacy.level(), Some(Level::Proficient));
        let troll = m.iter().find(|x| x.skill == Skill::TrollHandling).unwrap();
        assert_eq!(troll.score, None);
    }

    #[test]
    fn speed_is_scaled_down_when_over_the_time_limit() {
        let mut a = summary("2026-11-01", 80, &[Skill::Speed, Skill::Privacy]);
        a.time_limit_s = Some(60);
        a.elapsed_ms = 120_000;
        assert!((a.skill_score(Skill::Speed) - 40.0).abs() < 1e-9);
        assert!((a.skill_score(Skill::Privacy) - 80.0).abs() < 1e-9);
    }

    #[test]
    fn streaks_count_consecutive_days() {
        let tz = TimeZone::UTC;
        let a = [
            summary("2026-11-01", 50, &[]),
            summary("2026-11-02", 50, &[]),
            summary("2026-11-03", 50, &[]),
            summary("2026-11-10", 50, &[]),
            summary("2026-11-11", 50, &[]),
        ];
        let s = streaks(&a, "2026-11-11".parse().unwrap(), &tz);
        assert_eq!(
            s,
            Streaks {
                current: 2,
                longest: 3,
                today: true
            }
        );
        let s = streaks(&a, "2026-11-12".parse().unwrap(), &tz);
        assert_eq!(s.current, 2, "yesterday still counts");
        let s = streaks(&a, "2026-11-14".parse().unwrap(), &tz);
        assert_eq!(s.current, 0);
    }
}
