//! Score requests, the one way both front ends ask for a score: a reply to a scenario step,
//! a reply against an ad-hoc list of criteria, or one line of a JSON batch (PRODUCT.md §7).
//!
//! The command line only reads and writes; preparing scorers, resolving a step or a choice
//! and the equal-weight ad-hoc rubric live here, where tests and the fuzz harness call them.

use std::collections::HashMap;

use serde::Deserialize;

use super::Instance;
use super::session::{Answer, SessionError};
use crate::i18n::Msg;
use crate::scenario::library::Library;
use crate::scenario::model::Turn;
use crate::scenario::rubric::{CriterionKind, ResolvedCriterion};
use crate::scoring::catalog::CriterionId;
use crate::scoring::{ScoreResult, Scorer, Situation};
use crate::vocab::{Channel, Lang};

/// Why a request could not be scored.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RequestError {
    /// No such scenario.
    #[error("unknown scenario {0:?}")]
    UnknownScenario(String),
    /// No such step.
    #[error("the scenario has no step {0:?} that can be scored")]
    UnknownStep(String),
    /// A choice that the step does not offer.
    #[error("{given:?} is not a choice of this step; use one of: {options}")]
    UnknownChoice {
        /// What was given.
        given: String,
        /// The ids the step accepts.
        options: String,
    },
    /// An unknown criterion id.
    #[error("unknown criterion {0:?}")]
    UnknownCriterion(String),
    /// A required field or option is missing.
    #[error("missing {0}")]
    Missing(&'static str),
    /// A batch line that is not a request (bad JSON, an unknown channel, ...).
    #[error("not a score request")]
    BadLine(Msg),
}

impl RequestError {
    /// The message to show, in the user's language.
    #[must_use]
    pub fn msg(&self) -> Msg {
        match self {
            RequestError::UnknownScenario(id) => Msg::new("cli-score-unknown-scenario").with("id", id.as_str()),
            RequestError::UnknownStep(id) => Msg::new("cli-score-unknown-step").with("step", id.as_str()),
            RequestError::UnknownChoice { given, options } => Msg::new("cli-score-unknown-choice")
                .with("given", given.as_str())
                .with("options", options.as_str()),
            RequestError::UnknownCriterion(id) => Msg::new("cli-score-unknown-criterion").with("id", id.as_str()),
            RequestError::Missing(what) => Msg::new("cli-score-missing").with("what", *what),
            RequestError::BadLine(msg) => msg.clone(),
        }
    }
}

/// One line of a batch: `{"reply", "criteria", "lang", "channel", "customer_name"}` or
/// `{"scenario", "step", "reply", "seed"}`.
#[derive(Debug, Deserialize)]
pub struct BatchLine {
    /// The reply (or, for a pick or action step, the option or action id).
    pub reply: String,
    /// A scenario id.
    #[serde(default)]
    pub scenario: Option<String>,
    /// A step number or id (default: the first).
    #[serde(default)]
    pub step: Option<serde_json::Value>,
    /// Criterion ids for an ad-hoc rubric.
    #[serde(default)]
    pub criteria: Option<Vec<String>>,
    /// The reply's language for an ad-hoc rubric.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// The channel for an ad-hoc rubric.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// The customer's name for an ad-hoc rubric.
    #[serde(default)]
    pub customer_name: Option<String>,
    /// The seed of the scenario's draw.
    #[serde(default)]
    pub seed: Option<u64>,
    /// What the customer wrote, for an ad-hoc rubric (context for `acknowledge`).
    #[serde(default)]
    pub customer_post: Option<String>,
}

/// Equal weights adding up to 100 (the remainder goes to the first criteria).
///
/// # Errors
/// An unknown criterion id.
pub fn equal_rubric(ids: &[&str]) -> Result<Vec<ResolvedCriterion>, RequestError> {
    let n = u32::try_from(ids.len().max(1)).unwrap_or(1);
    let mut out = Vec::with_capacity(ids.len());
    for (i, id) in ids.iter().enumerate() {
        let c = CriterionId::from_id(id.trim()).ok_or_else(|| RequestError::UnknownCriterion((*id).to_owned()))?;
        let extra = u32::from(u32::try_from(i).unwrap_or(0) < 100 % n);
        let d = c.defaults();
        out.push(ResolvedCriterion {
            id: c.id().to_owned(),
            kind: CriterionKind::BuiltIn(c),
            weight: 100 / n + extra,
            scale: d.scale,
            critical: d.critical,
            cap: 0,
            phrases: Vec::new(),
        });
    }
    Ok(out)
}

/// Scores a reply against an ad-hoc rubric of built-in criteria, equally weighted.
///
/// # Errors
/// No criteria, or an unknown criterion id.
pub fn score_criteria(
    criteria: &[&str],
    lang: Lang,
    channel: Channel,
    name: Option<&str>,
    reply: &str,
) -> Result<ScoreResult, RequestError> {
    let ids: Vec<&str> = criteria.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    if ids.is_empty() {
        return Err(RequestError::Missing("criteria"));
    }
    score_criteria_in(&ids, Situation::bare(lang, channel, name.map(str::to_owned)), reply)
}

/// [`score_criteria`] in a given situation (with the customer's post, say).
///
/// # Errors
/// No criteria, or an unknown criterion id.
pub fn score_criteria_in(criteria: &[&str], situation: Situation, reply: &str) -> Result<ScoreResult, RequestError> {
    let mut ids: Vec<&str> = Vec::new();
    // A criterion named twice is scored once: counting it twice would double its weight.
    for id in criteria.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return Err(RequestError::Missing("criteria"));
    }
    let rubric = equal_rubric(&ids)?;
    Ok(Scorer::new(situation, rubric, crate::scenario::model::DEFAULT_PASS_MARK).score(reply))
}

/// The error for an answer that is none of a pick or action step's choices.
fn unknown_choice(step: &crate::scenario::model::Step, reply: &str) -> RequestError {
    let options = match &step.turn {
        Turn::Write(_) => String::new(),
        Turn::Pick(p) => p.options.iter().map(|o| o.id.as_str()).collect::<Vec<_>>().join(", "),
        Turn::Act(a) => a.options.iter().map(|o| o.action.id()).collect::<Vec<_>>().join(", "),
    };
    RequestError::UnknownChoice {
        given: reply.trim().to_owned(),
        options,
    }
}

/// Prepared scorers, reused across requests.
///
/// Unseeded scorers are kept per (scenario, step): at most one per step of the library.
/// A seeded scorer depends on its draw, and a batch may give every line its own seed, so
/// only the last one is kept; a batch of 100,000 seeded lines then holds one scorer, not
/// 100,000 (D5 of the reliability review).
pub struct Scorers<'l> {
    library: &'l Library,
    unseeded: HashMap<(String, String), Option<Scorer>>,
    last_seeded: Option<((String, String, u64), Option<Scorer>)>,
}

impl<'l> Scorers<'l> {
    /// No scorers prepared yet.
    #[must_use]
    pub fn new(library: &'l Library) -> Self {
        Scorers {
            library,
            unseeded: HashMap::new(),
            last_seeded: None,
        }
    }

    /// Scores a reply for a scenario step (Write: the text; Pick/Act: an option or action id).
    ///
    /// # Errors
    /// An unknown scenario, step or choice.
    pub fn score_scenario(
        &mut self,
        id: &str,
        step: Option<&str>,
        reply: &str,
        seed: Option<u64>,
    ) -> Result<(ScoreResult, Lang), RequestError> {
        let loaded = self
            .library
            .scenario(id)
            .ok_or_else(|| RequestError::UnknownScenario(id.to_owned()))?;
        let instance = match seed {
            Some(s) => Instance::drawn(loaded, s),
            None => Instance::with_defaults(loaded),
        };
        let step_ref = step.unwrap_or("1");
        let st = instance
            .step_by_ref(step_ref)
            .ok_or_else(|| RequestError::UnknownStep(step_ref.to_owned()))?;
        let lang = instance.scenario.lang;
        let answer = match &st.turn {
            Turn::Write(_) => {
                let library = self.library;
                let scorer = if let Some(seed) = seed {
                    let key = (id.to_owned(), st.id.clone(), seed);
                    if self.last_seeded.as_ref().is_none_or(|(k, _)| *k != key) {
                        self.last_seeded = Some((key, instance.scorer(library, st)));
                    }
                    self.last_seeded.as_ref().and_then(|(_, s)| s.as_ref())
                } else {
                    self.unseeded
                        .entry((id.to_owned(), st.id.clone()))
                        .or_insert_with(|| instance.scorer(library, st))
                        .as_ref()
                };
                let scorer = scorer.ok_or_else(|| RequestError::UnknownStep(step_ref.to_owned()))?;
                return Ok((scorer.score(reply), lang));
            }
            Turn::Pick(_) => Answer::Choice(reply.trim().to_owned()),
            // An unknown action id is a wrong choice like an unknown option.
            Turn::Act(_) => match reply.trim().parse() {
                Ok(action) => Answer::Action(action),
                Err(_) => return Err(unknown_choice(st, reply)),
            },
        };
        match instance.score_answer(self.library, st, &answer) {
            Ok(r) => Ok((r, lang)),
            Err(SessionError::WrongAnswer) => Err(unknown_choice(st, reply)),
            Err(_) => Err(RequestError::UnknownStep(step_ref.to_owned())),
        }
    }

    /// Scores one batch request. `default_lang` is the language of an ad-hoc rubric whose
    /// line names none.
    ///
    /// # Errors
    /// A line that is not a request, or a request that cannot be scored.
    pub fn score_line(&mut self, line: &str, default_lang: Option<Lang>) -> Result<(ScoreResult, Lang), RequestError> {
        let parsed: BatchLine = serde_json::from_str(line)
            .map_err(|e| RequestError::BadLine(crate::scenario::parse::explain_detail(&e.to_string())))?;
        if let Some(id) = &parsed.scenario {
            let step = parsed.step.as_ref().map(|v| match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            });
            return self.score_scenario(id, step.as_deref(), &parsed.reply, parsed.seed);
        }
        let lang = parsed.lang.or(default_lang).unwrap_or(Lang::En);
        match (&parsed.criteria, parsed.channel) {
            (Some(c), Some(ch)) => {
                let ids: Vec<&str> = c.iter().map(String::as_str).collect();
                let mut situation = Situation::bare(lang, ch, parsed.customer_name.clone());
                situation.customer_post = parsed.customer_post.clone();
                score_criteria_in(&ids, situation, &parsed.reply).map(|r| (r, lang))
            }
            (None, _) => Err(RequestError::Missing("criteria")),
            (_, None) => Err(RequestError::Missing("channel")),
        }
    }
}
