//! Playing a scenario step by step, without any UI.
//!
//! The session scores each turn as it is taken, follows the scenario's branches, and knows
//! the scenario's total. The UI only shows it; tests drive it directly.

use serde::{Deserialize, Serialize};

use super::instance::Instance;
use crate::scenario::library::Library;
use crate::scenario::model::{Condition, Step};
use crate::scoring::{Mark, ScoreResult};
use crate::vocab::{Action, Channel};

/// What the trainee did in a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "value")]
pub enum Answer {
    /// A written reply.
    Text(String),
    /// The id of a picked option.
    Choice(String),
    /// An action.
    Action(Action),
}

impl Answer {
    /// The answer as text: the reply, the option id or the action id.
    #[must_use]
    pub fn as_text(&self) -> &str {
        match self {
            Answer::Text(t) | Answer::Choice(t) => t,
            Answer::Action(a) => a.id(),
        }
    }
}

/// One step as it was played.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepRecord {
    /// The step's id.
    pub step: String,
    /// The channel the reply went to.
    pub channel: Channel,
    /// What the trainee did.
    pub answer: Answer,
    /// How it scored.
    pub result: ScoreResult,
    /// Milliseconds from the step's message appearing to the answer.
    pub elapsed_ms: u64,
}

/// Why a turn could not be taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    /// The scenario is over.
    #[error("the scenario has ended")]
    Finished,
    /// The answer does not fit the turn (text for a pick, unknown option...).
    #[error("this answer does not fit the step's turn")]
    WrongAnswer,
    /// The step's rubric could not be resolved (the library changed under the session).
    #[error("the step cannot be scored")]
    NotScorable,
}

/// The scenario's result so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// Mean of the steps' totals, 0–100.
    pub total: u8,
    /// Reached the pass mark with no critical fail.
    pub passed: bool,
    /// A critical criterion failed in some step.
    pub critical_failed: bool,
}

/// A scenario being played.
#[derive(Debug, Clone)]
pub struct Session {
    /// The attempt's copy of the scenario.
    pub instance: Instance,
    /// Index of the current step; `None` when finished.
    current: Option<usize>,
    /// The steps played so far, in order.
    pub history: Vec<StepRecord>,
    /// The current step's scorer for live hints, prepared once per step: (step index, scorer).
    preview_scorer: Option<(usize, std::sync::Arc<crate::scoring::Scorer>)>,
}

impl Session {
    /// Starts at the first step.
    #[must_use]
    pub fn new(instance: Instance) -> Self {
        let current = (!instance.scenario.steps.is_empty()).then_some(0);
        Session {
            instance,
            current,
            history: Vec::new(),
            preview_scorer: None,
        }
    }

    /// Starts at a given step (play-testing from the editor).
    #[must_use]
    pub fn starting_at(instance: Instance, step_id: &str) -> Self {
        let current = instance.scenario.steps.iter().position(|s| s.id == step_id);
        Session {
            instance,
            current,
            history: Vec::new(),
            preview_scorer: None,
        }
    }

    /// The step waiting for the trainee.
    #[must_use]
    pub fn current_step(&self) -> Option<&Step> {
        self.current.and_then(|i| self.instance.scenario.steps.get(i))
    }

    /// Has the scenario ended?
    #[must_use]
    pub const fn is_finished(&self) -> bool {
        self.current.is_none()
    }

    /// The channel of a step.
    #[must_use]
    pub fn channel_of(&self, step: &Step) -> Channel {
        self.instance.channel_of(step)
    }

    /// Scores a draft for the current step without taking the turn (live hints). The
    /// step's scorer is prepared on the first keystroke and kept for the rest of the step.
    pub fn preview(&mut self, library: &Library, draft: &str) -> Option<ScoreResult> {
        let index = self.current?;
        if self.preview_scorer.as_ref().is_none_or(|(i, _)| *i != index) {
            let step = self.instance.scenario.steps.get(index)?;
            let scorer = self.instance.scorer(library, step)?;
            self.preview_scorer = Some((index, std::sync::Arc::new(scorer)));
        }
        self.preview_scorer.as_ref().map(|(_, s)| s.score(draft))
    }

    /// Takes the current step's turn: scores it, records it and moves to the next step.
    ///
    /// # Errors
    /// When the scenario has ended or the answer does not fit the turn.
    pub fn submit(&mut self, library: &Library, answer: Answer, elapsed_ms: u64) -> Result<&StepRecord, SessionError> {
        let step = self.current_step().ok_or(SessionError::Finished)?.clone();
        let result = self.instance.score_answer(library, &step, &answer)?;
        let record = StepRecord {
            step: step.id.clone(),
            channel: self.channel_of(&step),
            answer,
            result,
            elapsed_ms,
        };
        let next = step
            .next
            .iter()
            .find(|b| holds(&b.when, &record))
            .and_then(|b| self.instance.scenario.steps.iter().position(|s| s.id == b.goto));
        self.current = next;
        self.history.push(record);
        self.history.last().ok_or(SessionError::Finished)
    }

    /// The result over the steps played so far.
    #[must_use]
    pub fn outcome(&self) -> Outcome {
        outcome(&self.history, self.instance.scenario.pass_mark)
    }

    /// Total time taken, in milliseconds.
    #[must_use]
    pub fn elapsed_ms(&self) -> u64 {
        self.history.iter().map(|r| r.elapsed_ms).sum()
    }
}

/// The result of a list of played steps: the mean of their totals.
#[must_use]
pub fn outcome(history: &[StepRecord], pass_mark: u8) -> Outcome {
    if history.is_empty() {
        return Outcome {
            total: 0,
            passed: false,
            critical_failed: false,
        };
    }
    let sum: u32 = history.iter().map(|r| u32::from(r.result.total)).sum();
    let n = u32::try_from(history.len()).unwrap_or(1).max(1);
    let total = u8::try_from((sum + n / 2) / n).unwrap_or(100);
    let critical_failed = history.iter().any(|r| r.result.critical_failed);
    Outcome {
        total,
        passed: total >= pass_mark && !critical_failed,
        critical_failed,
    }
}

/// Does a branch condition hold for the step just played?
#[must_use]
pub fn holds(condition: &Condition, r: &StepRecord) -> bool {
    match condition {
        Condition::Always => true,
        Condition::Passed => r.result.passed,
        Condition::Failed => !r.result.passed,
        Condition::ScoreAtLeast(n) => r.result.total >= *n,
        Condition::ScoreBelow(n) => r.result.total < *n,
        Condition::Chose(id) => match &r.answer {
            Answer::Choice(c) => c == id,
            Answer::Action(a) => a.id() == id,
            Answer::Text(_) => false,
        },
        Condition::CriterionMet(id) => r
            .result
            .criterion(id)
            .is_some_and(|c| matches!(c.result, Mark::Pass | Mark::Partial)),
        Condition::CriterionFailed(id) => r.result.criterion(id).is_some_and(|c| c.result == Mark::Fail),
    }
}
