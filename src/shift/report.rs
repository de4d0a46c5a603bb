//! The shift report: every post's outcome and the speed score, and the attempts that go
//! into the progress store.
//!
//! The speed score is a rubric like any reply's (same arithmetic, same explanations), with
//! five parts whose points come from `assets/shift/levels.ron`:
//!
//! - **response time** — each post that needed action (every post but trolls to leave
//!   alone) earns full credit when handled within its urgency's target time, nothing after
//!   twice the target or when never handled, and a straight line in between; the part is the
//!   mean over those posts, so ending a shift early or letting posts wait costs speed;
//! - **prioritisation** — the share of *choices* made in the right order. A choice is a pair
//!   of posts of different urgency that were both waiting at the same moment and at least one
//!   of which was handled: it is right when the more urgent one was handled first (or the
//!   less urgent one never), wrong otherwise. Trolls to leave alone take no part. "You had to
//!   choose 12 times and took the more urgent post first 9 times: 75 %";
//! - **coverage** — handled posts among those that needed action (all but trolls to leave
//!   alone; a threat that had to be hidden needed action);
//! - **quality** — the mean score of those answers, as the scenarios' rubrics scored them
//!   (fast but careless answers do not make a fast agent);
//! - **trolls** — per troll, the grade of what was done; a troll left alone until the end is
//!   graded as the scenario grades `ignore` (right for a provocation, wrong for a threat that
//!   should have been hidden); a troll with no action turn left alone counts as right.
//!
//! A part with nothing to measure is N/A and drops out of the maximum, as in rubrics.
//!
//! **In progress**, every post the trainee handled becomes an ordinary attempt of its
//! scenario (one step, elapsed = its response time), so it counts for that scenario's
//! skills as usual. The shift itself becomes one more attempt, `shift-<level>-<minutes>`,
//! with the skill `speed` only: its total is the speed score, its one step carries the five
//! parts as criteria (so the feedback view and exports explain it like any rubric), and its
//! time limit is the shift's length. No new table or column is needed. Trolls left alone are
//! not recorded as attempts of their scenario: the trainee never opened them, so they say
//! nothing about troll-handling skill beyond the shift's own `trolls` part.

use serde::{Deserialize, Serialize};

use super::{Shift, ShiftSpec, Urgency, clock};
use crate::i18n::{Localizer, Msg};
use crate::play::Answer;
use crate::progress::record::{Attempt, KeptStep, new_uid};
use crate::scenario::library::version_hash;
use crate::scenario::model::Turn;
use crate::scoring::scorer::{choice_result, finish};
use crate::scoring::{CriterionResult, Mark, ScoreResult};
use crate::vocab::{Action, Channel, Skill};

pub use crate::progress::record::SHIFT_STEP;
/// Criterion id of the response-time part.
pub const RESPONSE_TIME: &str = "shift-response-time";
/// Criterion id of the prioritisation part.
pub const PRIORITISATION: &str = "shift-prioritisation";
/// Criterion id of the coverage part.
pub const COVERAGE: &str = "shift-coverage";
/// Criterion id of the quality part.
pub const QUALITY: &str = "shift-quality";
/// Criterion id of the troll-handling part.
pub const TROLLS: &str = "shift-trolls";

/// What became of a post.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Outcome {
    /// The trainee answered it.
    Answered {
        /// What they did.
        answer: Answer,
        /// How it scored.
        result: ScoreResult,
        /// Arrival to answer, in milliseconds.
        response_ms: u64,
    },
    /// A troll the trainee left alone until the end.
    LeftAlone {
        /// The scenario's grade for `ignore` (`None`: no action turn; leaving it counts as right).
        result: Option<ScoreResult>,
    },
    /// A post that needed an answer and got none.
    Unanswered,
}

/// One post in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostReport {
    /// Its number in the shift.
    pub index: usize,
    /// Scenario id.
    pub scenario: String,
    /// Scenario title.
    pub title: String,
    /// The customer's name as drawn.
    pub customer: String,
    /// Where it was posted.
    pub channel: Channel,
    /// Its urgency.
    pub urgency: Urgency,
    /// A troll?
    pub troll: bool,
    /// When it arrived, in milliseconds of shift time.
    pub arrival_ms: u64,
    /// What became of it.
    pub outcome: Outcome,
    /// Onlookers' comments it drew while waiting.
    pub onlookers: usize,
    /// Answered within its target time (`None`: not answered, or a troll to leave alone).
    pub on_time: Option<bool>,
}

impl PostReport {
    /// The post's score: the answer's, or the grade of leaving a troll alone.
    #[must_use]
    pub fn total(&self) -> Option<u8> {
        match &self.outcome {
            Outcome::Answered { result, .. } => Some(result.total),
            Outcome::LeftAlone { result } => Some(result.as_ref().map_or(100, |r| r.total)),
            Outcome::Unanswered => None,
        }
    }

    /// The response time, if answered.
    #[must_use]
    pub const fn response_ms(&self) -> Option<u64> {
        match &self.outcome {
            Outcome::Answered { response_ms, .. } => Some(*response_ms),
            _ => None,
        }
    }
}

/// The prioritisation tally (see the module documentation).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prioritisation {
    /// Choices where the more urgent post was handled first.
    pub right: u32,
    /// Choices where a less urgent post was handled while a more urgent one waited.
    pub wrong: u32,
}

impl Prioritisation {
    /// How many choices there were.
    #[must_use]
    pub const fn choices(&self) -> u32 {
        self.right + self.wrong
    }

    /// The share of right choices, 0–1 (`None` when there was no choice to make).
    #[must_use]
    pub fn share(&self) -> Option<f64> {
        (self.choices() > 0).then(|| f64::from(self.right) / f64::from(self.choices()))
    }

    /// The share as a whole percentage.
    #[must_use]
    pub fn percent(&self) -> Option<u8> {
        self.share().map(|s| (s * 100.0).round().clamp(0.0, 100.0) as u8)
    }
}

/// What was done with the trolls.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrollTally {
    /// Trolls in the shift.
    pub total: u32,
    /// Handled the way the scenario's author grades as right.
    pub right: u32,
    /// Left alone, or ignored on purpose.
    pub ignored: u32,
    /// Hidden.
    pub hidden: u32,
    /// Answered in public or in private.
    pub replied: u32,
    /// Escalated or liked.
    pub other: u32,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShiftReport {
    /// What the shift was drawn from.
    pub spec: ShiftSpec,
    /// When it ended, in milliseconds of shift time.
    pub ended_ms: u64,
    /// Every post, in arrival order.
    pub posts: Vec<PostReport>,
    /// Post numbers in the order the trainee handled them.
    pub order: Vec<usize>,
    /// Were the more urgent posts handled first?
    pub prioritisation: Prioritisation,
    /// What was done with the trolls.
    pub trolls: TrollTally,
    /// Posts that needed action (all but trolls to leave alone) and got none.
    pub unanswered: usize,
    /// The median response time of answered posts.
    pub median_response_ms: Option<u64>,
    /// The speed score with its parts as criteria; `speed.total` is the score (0–100).
    pub speed: ScoreResult,
}

impl ShiftReport {
    /// The speed score, 0–100.
    #[must_use]
    pub const fn score(&self) -> u8 {
        self.speed.total
    }
}

/// The post a troll left alone until the end stands for: its `ignore` option's grade.
fn left_alone(post: &super::Post) -> Option<ScoreResult> {
    let pass_mark = post.scenario().pass_mark;
    match &post.step()?.turn {
        Turn::Act(a) => Some(match a.options.iter().find(|o| o.action == Action::Ignore) {
            Some(o) => choice_result(o.grade, &o.feedback, pass_mark),
            None => choice_result(crate::vocab::Grade::Fail, "", pass_mark),
        }),
        Turn::Write(_) | Turn::Pick(_) => None,
    }
}

/// Credit for a response time: 1 within the target, 0 from twice the target on.
fn timeliness(response_ms: u64, target_ms: u64) -> f64 {
    if target_ms == 0 || response_ms <= target_ms {
        return 1.0;
    }
    let over = (response_ms - target_ms) as f64 / target_ms as f64;
    (1.0 - over).clamp(0.0, 1.0)
}

/// Right and wrong choices between posts of different urgency.
fn prioritisation(shift: &Shift) -> Prioritisation {
    let end = shift.end_ms();
    let mut tally = Prioritisation::default();
    for high in &shift.posts {
        let Some(h_rank) = high.triage.urgency.rank() else {
            continue;
        };
        for low in &shift.posts {
            let Some(l_rank) = low.triage.urgency.rank() else {
                continue;
            };
            if h_rank <= l_rank || (high.handled_at.is_none() && low.handled_at.is_none()) {
                continue;
            }
            // Both waiting at the same moment: a real choice.
            let h_until = high.handled_at.unwrap_or(end);
            let l_until = low.handled_at.unwrap_or(end);
            if high.arrival_ms.max(low.arrival_ms) >= h_until.min(l_until) {
                continue;
            }
            match (high.handled_at, low.handled_at) {
                (Some(h), Some(l)) if h <= l => tally.right += 1,
                (Some(_), None) => tally.right += 1,
                _ => tally.wrong += 1,
            }
        }
    }
    tally
}

fn part(id: &str, weight: u32, fraction: Option<f64>, message: Msg) -> CriterionResult {
    let max = f64::from(weight);
    let (result, points, max) = match fraction {
        None => (Mark::Na, 0.0, 0.0),
        Some(f) => {
            let f = f.clamp(0.0, 1.0);
            let mark = if f >= 0.8 {
                Mark::Pass
            } else if f >= 0.5 {
                Mark::Partial
            } else {
                Mark::Fail
            };
            // Points to one decimal, as the feedback view shows them.
            (mark, (max * f * 10.0).round() / 10.0, max)
        }
    };
    CriterionResult {
        id: id.to_owned(),
        label: None,
        result,
        points,
        max,
        critical: false,
        cap: 0,
        evidence: Vec::new(),
        message,
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().fold(0.0, |s, v| s + v) / values.len() as f64)
}

/// Computes the report of a shift as it stands.
#[must_use]
pub fn report(shift: &Shift) -> ShiftReport {
    let end = shift.end_ms();
    let config = &shift.config;
    let mut posts = Vec::with_capacity(shift.posts.len());
    let mut trolls = TrollTally::default();
    let mut timely = Vec::new();
    let mut on_time_count = 0u32;
    let mut quality = Vec::new();
    let mut troll_credit = Vec::new();
    let mut needing = 0usize;
    let mut responses = Vec::new();
    for p in &shift.posts {
        let urgency = p.triage.urgency;
        let target = config.target_ms(urgency);
        let outcome = match (p.record(), p.handled_at) {
            (Some(r), Some(_)) => Outcome::Answered {
                answer: r.answer.clone(),
                result: r.result.clone(),
                response_ms: r.elapsed_ms,
            },
            _ if p.triage.troll => Outcome::LeftAlone { result: left_alone(p) },
            _ => Outcome::Unanswered,
        };
        let mut on_time = None;
        if let Some(t) = target {
            needing += 1;
            match &outcome {
                Outcome::Answered { response_ms, .. } => {
                    timely.push(timeliness(*response_ms, t));
                    on_time = Some(*response_ms <= t);
                    on_time_count += u32::from(*response_ms <= t);
                    responses.push(*response_ms);
                }
                Outcome::LeftAlone { .. } | Outcome::Unanswered => timely.push(0.0),
            }
        }
        if let Outcome::Answered { result, .. } = &outcome
            && !p.triage.troll
        {
            quality.push(f64::from(result.total) / 100.0);
        }
        if p.triage.troll {
            trolls.total += 1;
            let credit = match &outcome {
                Outcome::Answered { result, answer, .. } => {
                    match answer {
                        Answer::Action(Action::Ignore) => trolls.ignored += 1,
                        Answer::Action(Action::Hide) => trolls.hidden += 1,
                        Answer::Action(Action::Escalate | Action::Like) => trolls.other += 1,
                        Answer::Action(Action::ReplyPublic | Action::ReplyPrivate)
                        | Answer::Text(_)
                        | Answer::Choice(_) => trolls.replied += 1,
                    }
                    (result.passed, f64::from(result.total) / 100.0)
                }
                Outcome::LeftAlone { result } => {
                    trolls.ignored += 1;
                    result
                        .as_ref()
                        .map_or((true, 1.0), |r| (r.passed, f64::from(r.total) / 100.0))
                }
                Outcome::Unanswered => (false, 0.0),
            };
            trolls.right += u32::from(credit.0);
            troll_credit.push(credit.1);
        }
        posts.push(PostReport {
            index: p.index,
            scenario: p.scenario().id.clone(),
            title: p.scenario().title.clone(),
            customer: p.scenario().persona.name.clone(),
            channel: p.triage.channel,
            urgency,
            troll: p.triage.troll,
            arrival_ms: p.arrival_ms,
            outcome,
            onlookers: shift.onlooker_count(p.index, end),
            on_time,
        });
    }
    let mut order: Vec<(u64, usize)> = shift
        .posts
        .iter()
        .filter_map(|p| p.handled_at.map(|t| (t, p.index)))
        .collect();
    order.sort_unstable();
    let order: Vec<usize> = order.into_iter().map(|(_, i)| i).collect();
    let handled = responses.len();
    let unanswered = needing - handled;
    responses.sort_unstable();
    let median_response_ms = (!responses.is_empty()).then(|| {
        let n = responses.len();
        if n % 2 == 1 {
            responses[n / 2]
        } else {
            (responses[n / 2 - 1] + responses[n / 2]) / 2
        }
    });
    let prio = prioritisation(shift);
    let w = config.weights;
    let criteria = vec![
        part(
            RESPONSE_TIME,
            w.response_time,
            mean(&timely),
            match median_response_ms {
                Some(m) => Msg::new("shift-crit-response-time")
                    .num("on_time", on_time_count)
                    .num("total", needing as f64)
                    .with("median", clock(m)),
                None => Msg::new("shift-crit-response-time-none"),
            },
        ),
        part(
            PRIORITISATION,
            w.prioritisation,
            prio.share(),
            if prio.choices() > 0 {
                Msg::new("shift-crit-prioritisation")
                    .num("right", prio.right)
                    .num("choices", prio.choices())
            } else {
                Msg::new("shift-crit-prioritisation-none")
            },
        ),
        part(
            COVERAGE,
            w.coverage,
            (needing > 0).then(|| handled as f64 / needing as f64),
            if needing > 0 {
                Msg::new("shift-crit-coverage")
                    .num("handled", handled as f64)
                    .num("total", needing as f64)
            } else {
                Msg::new("shift-crit-coverage-none")
            },
        ),
        part(
            QUALITY,
            w.quality,
            mean(&quality),
            match mean(&quality) {
                Some(q) => Msg::new("shift-crit-quality")
                    .num("mean", (q * 100.0).round())
                    .num("answered", quality.len() as f64),
                None => Msg::new("shift-crit-quality-none"),
            },
        ),
        part(
            TROLLS,
            w.trolls,
            mean(&troll_credit),
            if trolls.total > 0 {
                Msg::new("shift-crit-trolls")
                    .num("right", trolls.right)
                    .num("total", trolls.total)
            } else {
                Msg::new("shift-crit-trolls-none")
            },
        ),
    ];
    ShiftReport {
        spec: shift.spec,
        ended_ms: end,
        posts,
        order,
        prioritisation: prio,
        trolls,
        unanswered,
        median_response_ms,
        speed: finish(criteria, config.pass_mark),
    }
}

/// `start` plus some milliseconds of shift time, as RFC 3339.
fn at(start: jiff::Timestamp, ms: u64) -> String {
    let d = jiff::SignedDuration::from_millis(i64::try_from(ms).unwrap_or(i64::MAX));
    start.checked_add(d).unwrap_or(start).to_string()
}

/// The attempts a finished shift leaves in the progress store: one per handled post, then the
/// shift itself (see the module documentation). `start` is when the shift began (wall clock,
/// from the caller); `loc` renders the messages as the trainee saw them.
#[must_use]
pub fn attempts(
    shift: &Shift,
    report: &ShiftReport,
    profile: &str,
    start: jiff::Timestamp,
    loc: &Localizer,
) -> Vec<Attempt> {
    let mut out: Vec<Attempt> = report
        .order
        .iter()
        .filter_map(|&i| post_attempt(shift, i, profile, start, loc))
        .collect();
    out.push(shift_attempt(shift, report, profile, start, loc));
    out
}

/// The attempt one handled post leaves in the progress store (`None` while unhandled). The
/// app records it the moment the post is answered, so a shift cut short keeps its replies.
#[must_use]
pub fn post_attempt(
    shift: &Shift,
    index: usize,
    profile: &str,
    start: jiff::Timestamp,
    loc: &Localizer,
) -> Option<Attempt> {
    let p = shift.posts.get(index)?;
    let handled = p.handled_at?;
    let mut a = Attempt::from_session(&p.session, profile, at(start, p.arrival_ms), loc);
    a.finished_at = at(start, handled);
    Some(a)
}

/// The attempt that stands for the shift itself: the `speed` score and the summary.
#[must_use]
pub fn shift_attempt(
    shift: &Shift,
    report: &ShiftReport,
    profile: &str,
    start: jiff::Timestamp,
    loc: &Localizer,
) -> Attempt {
    // The channel most posts came in on stands for the shift.
    let mut counts: Vec<(usize, Channel)> = Channel::ALL
        .iter()
        .map(|c| (report.posts.iter().filter(|p| p.channel == *c).count(), *c))
        .collect();
    counts.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    let channel = counts.first().map_or(Channel::X, |(_, c)| *c);
    let title = shift.spec.title(loc);
    let summary = loc.msg(
        &Msg::new("shift-summary")
            .num("posts", report.posts.len() as f64)
            .num("handled", report.order.len() as f64)
            .num("trolls", report.trolls.total)
            .num("unanswered", report.unanswered as f64),
    );
    let speed = report.speed.clone();
    Attempt {
        uid: new_uid(),
        profile: profile.to_owned(),
        scenario: format!("shift-{}-{}", shift.spec.level.id(), shift.spec.minutes),
        version: crate::assets::get("shift/levels.ron").map_or_else(String::new, version_hash),
        title,
        lang: shift.spec.lang,
        skills: vec![Skill::Speed],
        started_at: at(start, 0),
        finished_at: at(start, report.ended_ms),
        elapsed_ms: report.ended_ms,
        time_limit_s: u32::try_from(shift.spec.length_ms() / 1000).ok(),
        total: speed.total,
        passed: speed.passed,
        critical_failed: speed.critical_failed,
        seed: Some(shift.spec.seed),
        steps: vec![KeptStep {
            step: SHIFT_STEP.to_owned(),
            channel,
            answer: Answer::Text(summary),
            shown: speed.criteria.iter().map(|c| loc.msg(&c.message)).collect(),
            overrides: vec![None; speed.criteria.len()],
            result: speed,
            elapsed_ms: report.ended_ms,
        }],
        source: "local".to_owned(),
        import_check: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeliness_is_full_within_the_target_and_none_from_twice_it() {
        assert!((timeliness(60_000, 120_000) - 1.0).abs() < 1e-9);
        assert!((timeliness(180_000, 120_000) - 0.5).abs() < 1e-9);
        assert!(timeliness(240_000, 120_000).abs() < 1e-9);
        assert!(timeliness(999_000, 120_000).abs() < 1e-9);
    }

    #[test]
    fn prioritisation_share_and_percent() {
        let p = Prioritisation { right: 2, wrong: 1 };
        assert_eq!(p.choices(), 3);
        assert_eq!(p.percent(), Some(67));
        assert_eq!(Prioritisation::default().share(), None);
    }
}
