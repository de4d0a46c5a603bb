//! The practice plan: "practise my weakest skill", and failed scenarios coming back after
//! growing intervals until they are passed.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};

use super::mastery::{Level, SkillMastery};
use super::store::Summary;
use crate::vocab::{Difficulty, Lang, Skill};

/// Days before a failed scenario comes back, by how many times in a row it failed.
pub const REVIEW_DAYS: [i64; 3] = [1, 3, 7];
/// A scenario played this recently is not suggested again (unless nothing else fits).
pub const RECENT_HOURS: i64 = 20;

/// What the plan knows about a scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// Id.
    pub id: String,
    /// Language.
    pub lang: Lang,
    /// Skills.
    pub skills: Vec<Skill>,
    /// Difficulty.
    pub difficulty: Difficulty,
}

/// A scenario's history in brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Seen {
    last: Timestamp,
    last_passed: bool,
    fails_in_a_row: usize,
}

fn seen(attempts: &[Summary]) -> BTreeMap<&str, Seen> {
    let mut map: BTreeMap<&str, Seen> = BTreeMap::new();
    for a in attempts {
        let Some(t) = a.finished() else { continue };
        let e = map.entry(&a.scenario).or_insert(Seen {
            last: t,
            last_passed: a.passed,
            fails_in_a_row: 0,
        });
        e.last = t;
        e.last_passed = a.passed;
        e.fails_in_a_row = if a.passed { 0 } else { e.fails_in_a_row + 1 };
    }
    map
}

/// The interval after `fails` failures in a row.
#[must_use]
pub fn review_interval(fails: usize) -> SignedDuration {
    let days = REVIEW_DAYS[fails.clamp(1, REVIEW_DAYS.len()) - 1];
    SignedDuration::from_hours(24 * days)
}

/// A failed scenario due for another try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// The scenario.
    pub scenario: String,
    /// When it became (or becomes) due.
    pub due_at: Timestamp,
    /// Failures in a row.
    pub fails: usize,
}

/// Failed scenarios not yet passed, with when each comes back; soonest first.
#[must_use]
pub fn reviews(attempts: &[Summary]) -> Vec<Due> {
    let mut out: Vec<Due> = seen(attempts)
        .into_iter()
        .filter(|(_, s)| !s.last_passed)
        .filter_map(|(id, s)| {
            s.last
                .checked_add(review_interval(s.fails_in_a_row))
                .ok()
                .map(|due_at| Due {
                    scenario: id.to_owned(),
                    due_at,
                    fails: s.fails_in_a_row,
                })
        })
        .collect();
    out.sort_by(|a, b| a.due_at.cmp(&b.due_at).then(a.scenario.cmp(&b.scenario)));
    out
}

/// The weakest skill: an unpractised one first (in the product's order), else the lowest score.
#[must_use]
pub fn weakest(mastery: &[SkillMastery]) -> Option<Skill> {
    if let Some(m) = mastery.iter().find(|m| m.score.is_none()) {
        return Some(m.skill);
    }
    mastery
        .iter()
        .filter_map(|m| m.score.map(|s| (s, m.skill)))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, s)| s)
}

/// The difficulty that suits a level.
const fn fitting(level: Option<Level>) -> Difficulty {
    match level {
        None | Some(Level::NeedsWork) => Difficulty::Easy,
        Some(Level::Developing) => Difficulty::Medium,
        Some(Level::Proficient | Level::Excellent) => Difficulty::Hard,
    }
}

const fn rank(d: Difficulty) -> i32 {
    match d {
        Difficulty::Easy => 0,
        Difficulty::Medium => 1,
        Difficulty::Hard => 2,
    }
}

/// Picks a scenario to practise a skill: one due for review first, then one never tried,
/// then the one played longest ago; nothing played in the last [`RECENT_HOURS`] unless
/// nothing else fits; difficulty near the trainee's level breaks ties.
#[must_use]
pub fn pick(
    skill: Skill,
    level: Option<Level>,
    lang: Lang,
    candidates: &[Candidate],
    attempts: &[Summary],
    now: Timestamp,
) -> Option<String> {
    let seen = seen(attempts);
    let recent_cut = now.checked_sub(SignedDuration::from_hours(RECENT_HOURS)).unwrap_or(now);
    let want = rank(fitting(level));
    let mut scored: Vec<((i32, i64, i32), &Candidate)> = candidates
        .iter()
        .filter(|c| c.lang == lang && c.skills.contains(&skill))
        .map(|c| {
            let s = seen.get(c.id.as_str());
            // Lower is better: 0 due review, 1 never tried, 2 passed, 3 failed and waiting
            // for its interval (it comes back when due, not before), 4 seen recently.
            let tier = match s {
                Some(s) if s.last > recent_cut => 4,
                Some(s) if !s.last_passed => {
                    let due = s.last.checked_add(review_interval(s.fails_in_a_row));
                    if due.is_ok_and(|d| d <= now) { 0 } else { 3 }
                }
                None => 1,
                Some(_) => 2,
            };
            let age = s.map_or(i64::MIN, |s| s.last.as_second());
            ((tier, age, (rank(c.difficulty) - want).abs()), c)
        })
        .collect();
    scored.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.id.cmp(&b.1.id)));
    scored.first().map(|(_, c)| c.id.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn attempt(scenario: &str, when: &str, passed: bool) -> Summary {
        Summary {
            id: 0,
            uid: String::new(),
            scenario: scenario.into(),
            title: String::new(),
            lang: Lang::En,
            skills: vec![Skill::Privacy],
            finished_at: when.into(),
            total: if passed { 80 } else { 40 },
            passed,
            critical_failed: false,
            elapsed_ms: 0,
            time_limit_s: None,
            source: "local".into(),
            import_check: None,
        }
    }

    fn cand(id: &str, difficulty: Difficulty) -> Candidate {
        Candidate {
            id: id.into(),
            lang: Lang::En,
            skills: vec![Skill::Privacy],
            difficulty,
        }
    }

    #[test]
    fn failed_scenarios_come_back_after_1_3_7_days() {
        let a = [attempt("a", "2026-11-01T10:00:00Z", false)];
        assert_eq!(reviews(&a)[0].due_at, at("2026-11-02T10:00:00Z"));
        let a = [
            attempt("a", "2026-11-01T10:00:00Z", false),
            attempt("a", "2026-11-02T10:00:00Z", false),
        ];
        assert_eq!(reviews(&a)[0].due_at, at("2026-11-05T10:00:00Z"));
        let a = [
            attempt("a", "2026-11-01T10:00:00Z", false),
            attempt("a", "2026-11-02T10:00:00Z", false),
            attempt("a", "2026-11-05T10:00:00Z", false),
            attempt("a", "2026-11-12T10:00:00Z", false),
        ];
        assert_eq!(reviews(&a)[0].due_at, at("2026-11-19T10:00:00Z"), "stays at 7 days");
        let a = [
            attempt("a", "2026-11-01T10:00:00Z", false),
            attempt("a", "2026-11-02T10:00:00Z", true),
        ];
        assert!(reviews(&a).is_empty(), "a pass ends the reviews");
    }

    #[test]
    fn picks_due_then_new_then_oldest_and_avoids_recent() {
        let cands = [
            cand("due", Difficulty::Hard),
            cand("new", Difficulty::Easy),
            cand("old", Difficulty::Easy),
            cand("recent", Difficulty::Easy),
        ];
        let attempts = [
            attempt("old", "2026-10-01T10:00:00Z", true),
            attempt("due", "2026-11-01T10:00:00Z", false),
            attempt("recent", "2026-11-10T09:00:00Z", false),
        ];
        let now = at("2026-11-10T10:00:00Z");
        assert_eq!(
            pick(Skill::Privacy, None, Lang::En, &cands, &attempts, now).as_deref(),
            Some("due")
        );
        let attempts = [
            attempt("old", "2026-10-01T10:00:00Z", true),
            attempt("recent", "2026-11-10T09:00:00Z", true),
        ];
        assert_eq!(
            pick(Skill::Privacy, None, Lang::En, &cands, &attempts, now).as_deref(),
            Some("new")
        );
        // Everything played: the oldest, never the one just played.
        let cands = [cand("old", Difficulty::Easy), cand("recent", Difficulty::Easy)];
        assert_eq!(
            pick(Skill::Privacy, None, Lang::En, &cands, &attempts, now).as_deref(),
            Some("old")
        );
        // Only a recent one: still suggested rather than nothing.
        let cands = [cand("recent", Difficulty::Easy)];
        assert_eq!(
            pick(Skill::Privacy, None, Lang::En, &cands, &attempts, now).as_deref(),
            Some("recent")
        );
        assert_eq!(pick(Skill::Speed, None, Lang::En, &cands, &attempts, now), None);
    }

    #[test]
    fn a_failed_scenario_waits_for_its_interval_behind_passed_ones() {
        let cands = [cand("failed", Difficulty::Easy), cand("passed", Difficulty::Easy)];
        // Failed twice: back after 3 days, so on day 2 the passed one comes first.
        let attempts = [
            attempt("passed", "2026-10-20T10:00:00Z", true),
            attempt("failed", "2026-11-01T10:00:00Z", false),
            attempt("failed", "2026-11-02T10:00:00Z", false),
        ];
        let pick_at = |now: &str| pick(Skill::Privacy, None, Lang::En, &cands, &attempts, at(now));
        assert_eq!(pick_at("2026-11-04T10:00:00Z").as_deref(), Some("passed"));
        assert_eq!(pick_at("2026-11-05T10:00:00Z").as_deref(), Some("failed"), "due again");
    }

    #[test]
    fn difficulty_follows_the_level() {
        let cands = [cand("easy", Difficulty::Easy), cand("hard", Difficulty::Hard)];
        let now = at("2026-11-10T10:00:00Z");
        assert_eq!(
            pick(Skill::Privacy, None, Lang::En, &cands, &[], now).as_deref(),
            Some("easy")
        );
        assert_eq!(
            pick(Skill::Privacy, Some(Level::Excellent), Lang::En, &cands, &[], now).as_deref(),
            Some("hard")
        );
    }

    #[test]
    fn weakest_prefers_unpractised_then_lowest() {
        let m = |skill, score| SkillMastery {
            skill,
            score,
            attempts: 1,
        };
        assert_eq!(
            weakest(&[m(Skill::Privacy, Some(40.0)), m(Skill::Speed, None)]),
            Some(Skill::Speed)
        );
        assert_eq!(
            weakest(&[m(Skill::Privacy, Some(40.0)), m(Skill::Speed, Some(20.0))]),
            Some(Skill::Speed)
        );
    }
}
