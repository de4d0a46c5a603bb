//! One attempt's copy of a scenario: variables drawn from a seed and substituted.

use crate::scenario::library::{Library, LoadedScenario};
use crate::scenario::model::{Scenario, Step, Turn};
use crate::scenario::template::{self, Values};
use crate::scenario::variation;
use crate::scoring::{Scorer, Situation};

/// A scenario as one attempt plays it.
#[derive(Debug, Clone)]
pub struct Instance {
    /// The scenario with every placeholder substituted.
    pub scenario: Scenario,
    /// The drawn values.
    pub values: Values,
    /// The seed they were drawn from (`None`: the defaults).
    pub seed: Option<u64>,
    /// The version hash of the scenario file.
    pub version: String,
    /// Index of the pack it came from.
    pub pack: usize,
}

impl Instance {
    /// The scenario with each variable's default value (self-tests, the editor, `score`).
    #[must_use]
    pub fn with_defaults(loaded: &LoadedScenario) -> Self {
        let values = variation::default_values(&loaded.scenario);
        Self::build(loaded, values, None)
    }

    /// The scenario as an attempt played it: drawn from its seed, or with the defaults
    /// when it was played without a draw (self-tests, `score` without `--seed`).
    #[must_use]
    pub fn for_attempt(loaded: &LoadedScenario, seed: Option<u64>) -> Self {
        match seed {
            Some(seed) => Self::drawn(loaded, seed),
            None => Self::with_defaults(loaded),
        }
    }

    /// The scenario with values drawn from `seed`.
    #[must_use]
    pub fn drawn(loaded: &LoadedScenario, seed: u64) -> Self {
        let values = variation::draw(&loaded.scenario, seed);
        Self::build(loaded, values, Some(seed))
    }

    fn build(loaded: &LoadedScenario, values: Values, seed: Option<u64>) -> Self {
        let mut scenario = template::instantiate(&loaded.scenario, &values);
        // A drawn customer gets a portrait that fits the drawn name.
        if let Some(seed) = seed
            && let Some(avatar) = variation::fitting_avatar(&loaded.scenario, &values, seed)
        {
            scenario.persona.avatar = Some(avatar);
        }
        Instance {
            scenario,
            values,
            seed,
            version: loaded.version.clone(),
            pack: loaded.pack,
        }
    }

    /// A step by id.
    #[must_use]
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.scenario.steps.iter().find(|s| s.id == id)
    }

    /// A step by 1-based number or by id.
    #[must_use]
    pub fn step_by_ref(&self, r: &str) -> Option<&Step> {
        match r.parse::<usize>() {
            Ok(n) if n >= 1 => self.scenario.steps.get(n - 1),
            _ => self.step(r),
        }
    }

    /// The scorer of a Write step.
    #[must_use]
    pub fn scorer(&self, library: &Library, step: &Step) -> Option<Scorer> {
        if !matches!(step.turn, Turn::Write(_)) {
            return None;
        }
        let rubric = library.rubric_of(step)?;
        let brand = library.brand(&self.scenario.brand);
        let situation = Situation::for_step(&self.scenario, step, brand);
        Some(Scorer::new(situation, rubric, self.scenario.pass_mark))
    }

    /// The channel of a step: its own, else the scenario's.
    #[must_use]
    pub fn channel_of(&self, step: &Step) -> crate::vocab::Channel {
        step.channel.unwrap_or(self.scenario.channel)
    }

    /// Scores an answer to one step: a written reply with the step's rubric, a picked option
    /// or an action with its grade. The one place a turn is scored, for play, the command
    /// line and the re-check of imported attempts.
    ///
    /// # Errors
    /// When the answer does not fit the step's turn, or its rubric cannot be resolved.
    pub fn score_answer(
        &self,
        library: &Library,
        step: &Step,
        answer: &super::session::Answer,
    ) -> Result<crate::scoring::ScoreResult, super::session::SessionError> {
        use super::session::{Answer, SessionError};
        use crate::scoring::scorer::choice_result;
        let pass_mark = self.scenario.pass_mark;
        match (&step.turn, answer) {
            (Turn::Write(_), Answer::Text(text)) => {
                Ok(self.scorer(library, step).ok_or(SessionError::NotScorable)?.score(text))
            }
            (Turn::Pick(p), Answer::Choice(id)) => {
                let o = p
                    .options
                    .iter()
                    .find(|o| &o.id == id)
                    .ok_or(SessionError::WrongAnswer)?;
                Ok(choice_result(o.grade, &o.feedback, pass_mark))
            }
            (Turn::Act(a), Answer::Action(action)) => {
                let o = a
                    .options
                    .iter()
                    .find(|o| o.action == *action)
                    .ok_or(SessionError::WrongAnswer)?;
                Ok(choice_result(o.grade, &o.feedback, pass_mark))
            }
            _ => Err(SessionError::WrongAnswer),
        }
    }

    /// Substitutes this attempt's values into a text (e.g. an example reply).
    #[must_use]
    pub fn render(&self, text: &str) -> String {
        template::render(text, &self.values).into_owned()
    }
}
