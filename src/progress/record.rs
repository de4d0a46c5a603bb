//! An attempt as it is kept: everything needed to show it again exactly as the trainee saw
//! it, to compute progress, and to export it.

use serde::{Deserialize, Serialize};

use crate::i18n::Localizer;
use crate::play::session::{Answer, Session, StepRecord};
use crate::scoring::ScoreResult;
use crate::timing;
use crate::vocab::{Channel, Lang, Skill};

/// A trainer's mark on one criterion, next to the automatic one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Override {
    /// The trainer's result ("pass", "partial", "fail", "na").
    pub result: crate::scoring::Mark,
    /// Why.
    pub comment: String,
    /// Who reviewed.
    pub reviewer: String,
    /// When (RFC 3339).
    pub at: String,
}

/// One played step, as kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptStep {
    /// The step's id.
    pub step: String,
    /// The channel.
    pub channel: Channel,
    /// What the trainee did.
    pub answer: Answer,
    /// The automatic result.
    pub result: ScoreResult,
    /// Each criterion's message as the trainee saw it (same order as `result.criteria`).
    pub shown: Vec<String>,
    /// Trainer overrides per criterion (same order), if any.
    #[serde(default)]
    pub overrides: Vec<Option<Override>>,
    /// Milliseconds taken.
    pub elapsed_ms: u64,
}

/// The id of the shift attempt's one step.
pub const SHIFT_STEP: &str = "shift";

/// A finished attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// A unique id across machines (imports use it to avoid duplicates).
    pub uid: String,
    /// The profile's name.
    pub profile: String,
    /// Scenario id.
    pub scenario: String,
    /// Hash of the scenario file's version.
    pub version: String,
    /// The scenario's title at the time.
    pub title: String,
    /// The scenario's language.
    pub lang: Lang,
    /// Skills it trained.
    pub skills: Vec<Skill>,
    /// When it started (RFC 3339, UTC).
    pub started_at: String,
    /// When it finished (RFC 3339, UTC).
    pub finished_at: String,
    /// Total time taken in milliseconds.
    pub elapsed_ms: u64,
    /// The scenario's time limit, if any.
    pub time_limit_s: Option<u32>,
    /// Mean of the steps' totals.
    pub total: u8,
    /// Passed.
    pub passed: bool,
    /// A critical criterion failed.
    pub critical_failed: bool,
    /// The seed of the variables' draw (`None`: default values).
    pub seed: Option<u64>,
    /// The steps in order.
    pub steps: Vec<KeptStep>,
    /// Where it came from: "local", or the imported file's name.
    #[serde(default = "local")]
    pub source: String,
    /// For an imported attempt: what re-scoring it on this machine found. Set by the import
    /// itself; whatever a file says here is ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_check: Option<ImportCheck>,
}

/// What the trainer's machine found when it re-scored an imported attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImportCheck {
    /// Re-scored here; the trainee's file claimed the same results.
    Rescored,
    /// Re-scored here; the trainee's file claimed something else (its claim is not kept).
    Differs,
    /// The scenario version it names is not in this library: the results are the file's
    /// own claim, so the attempt never counts as passed.
    NotRescored,
}

impl ImportCheck {
    /// The stable id (stored, exported, used in message ids).
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            ImportCheck::Rescored => "rescored",
            ImportCheck::Differs => "differs",
            ImportCheck::NotRescored => "not-rescored",
        }
    }

    /// The check with this id.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        [ImportCheck::Rescored, ImportCheck::Differs, ImportCheck::NotRescored]
            .into_iter()
            .find(|c| c.id() == id)
    }
}

fn local() -> String {
    "local".to_owned()
}

/// The longest profile name kept: a full name with room to spare.
pub const MAX_PROFILE_NAME_CHARS: usize = 80;

/// Can this be a profile's name? Not blank, not padded, no control characters (they would
/// end up in reports and terminals), and not longer than [`MAX_PROFILE_NAME_CHARS`].
#[must_use]
pub fn profile_name_ok(name: &str) -> bool {
    !name.trim().is_empty()
        && name.trim() == name
        && !name.chars().any(char::is_control)
        && name.chars().count() <= MAX_PROFILE_NAME_CHARS
}

/// A fresh random id for an attempt.
#[must_use]
pub fn new_uid() -> String {
    format!("{:032x}", rand::random::<u128>())
}

/// The current time as RFC 3339 (UTC).
#[must_use]
pub fn now() -> String {
    jiff::Timestamp::now().to_string()
}

impl Attempt {
    /// Do its results count? An imported attempt that could not be re-scored here carries
    /// only the trainee's file's claim, which is never taken on trust (D7).
    #[must_use]
    pub fn counts(&self) -> bool {
        self.import_check != Some(ImportCheck::NotRescored)
    }

    /// The attempt of a finished session, with messages rendered as the trainee saw them.
    #[must_use]
    pub fn from_session(session: &Session, profile: &str, started_at: String, loc: &Localizer) -> Self {
        let s = &session.instance.scenario;
        let o = session.outcome();
        Attempt {
            uid: new_uid(),
            profile: profile.to_owned(),
            scenario: s.id.clone(),
            version: session.instance.version.clone(),
            title: s.title.clone(),
            lang: s.lang,
            skills: s.skills.clone(),
            started_at,
            finished_at: now(),
            elapsed_ms: session.elapsed_ms(),
            time_limit_s: s.time_limit,
            total: o.total,
            passed: o.passed,
            critical_failed: o.critical_failed,
            seed: session.instance.seed,
            steps: session.history.iter().map(|r| kept(r, loc)).collect(),
            source: local(),
            import_check: None,
        }
    }

    /// The attempt's score for one skill: the total, except `speed`, which is scaled down
    /// by how far the attempt went over its time limit.
    #[must_use]
    pub fn skill_score(&self, skill: Skill) -> f64 {
        skill_score(skill, self.total, self.elapsed_ms, self.time_limit_s)
    }
}

/// An attempt's score for one skill from its total and timing: the total, except `speed`,
/// which [`timing::speed_scaled`] scales down when the attempt went over its limit.
#[must_use]
pub fn skill_score(skill: Skill, total: u8, elapsed_ms: u64, time_limit_s: Option<u32>) -> f64 {
    let total = f64::from(total);
    if skill == Skill::Speed {
        timing::speed_scaled(total, elapsed_ms, time_limit_s)
    } else {
        total
    }
}

fn kept(r: &StepRecord, loc: &Localizer) -> KeptStep {
    KeptStep {
        step: r.step.clone(),
        channel: r.channel,
        answer: r.answer.clone(),
        shown: r.result.criteria.iter().map(|c| loc.msg(&c.message)).collect(),
        overrides: vec![None; r.result.criteria.len()],
        result: r.result.clone(),
        elapsed_ms: r.elapsed_ms,
    }
}
