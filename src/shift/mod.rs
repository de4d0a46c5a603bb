//! Shift mode: a timed queue of posts from many scenarios, as a real shift feels.
//!
//! Posts from several scenarios of one language arrive at random moments across the
//! channels ([`plan`]). The trainee chooses which to handle, answers it with the scenario's
//! own turn for its first step, and may leave trolls alone. Unanswered posts age; a public
//! complaint left waiting draws onlookers' comments ([`onlookers`]). At the end,
//! [`report`] scores the shift for the `speed` skill: response times, prioritisation, troll
//! handling, posts left unanswered and the replies' quality.
//!
//! **Multi-step scenarios stop after their first step in shift mode.** A shift trains
//! triage and the first response under time pressure; the rest of a conversation is what the
//! scenario's own play trains, and following up many threads at once would turn the queue
//! into a juggling act that measures nothing the report can explain. The attempt recorded
//! for a handled post therefore has one step, as `score --profile` records one step.
//!
//! **The clock is the caller's.** Every method that depends on time takes the shift time in
//! milliseconds (`now_ms`, counted from the start); nothing here reads a wall clock. The app
//! passes the time since the shift started, tests and benchmarks pass whatever they need.
//! No egui here.

pub mod config;
pub mod keep;
pub mod onlookers;
pub mod plan;
pub mod report;
pub mod urgency;

use crate::play::session::{SessionError, StepRecord};
use crate::play::{Answer, Instance, Session};
use crate::scenario::Library;
use crate::scenario::model::{Comment, Scenario, Step};
use crate::vocab::Lang;

pub use config::{ShiftConfig, ShiftLevel};
pub use plan::{PlannedPost, ShiftSpec};
pub use report::ShiftReport;
pub use urgency::{Triage, Urgency};

/// Why a shift cannot be drawn or a post cannot be answered.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ShiftError {
    /// The shift settings file is broken.
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    /// The settings have no entry for this level.
    #[error("the shift settings have no level '{0}'")]
    NoLevel(ShiftLevel),
    /// No scenario in the shift's language.
    #[error("no scenarios in language '{0}'")]
    NoScenarios(Lang),
    /// A planned scenario is not in the library.
    #[error("unknown scenario '{0}'")]
    UnknownScenario(String),
    /// No post with this number.
    #[error("no post {0} in this shift")]
    NoPost(usize),
    /// The post has not arrived yet.
    #[error("the post has not arrived yet")]
    NotArrived,
    /// The post was already handled.
    #[error("the post was already handled")]
    AlreadyHandled,
    /// The shift is over.
    #[error("the shift is over")]
    Over,
    /// The answer does not fit the post's turn.
    #[error(transparent)]
    Turn(#[from] SessionError),
}

/// One post of the queue: the first step of a scenario instance.
#[derive(Debug, Clone)]
pub struct Post {
    /// Its number in the shift (0-based, in arrival order).
    pub index: usize,
    /// The seed of its variables.
    pub seed: u64,
    /// When it arrives, in milliseconds of shift time.
    pub arrival_ms: u64,
    /// The scenario played for it (its history holds the answer once handled).
    pub session: Session,
    /// Urgency, troll, public complaint, channel.
    pub triage: Triage,
    /// The brand's display name (for onlookers' comments).
    pub brand: String,
    /// When it was handled, in milliseconds of shift time.
    pub handled_at: Option<u64>,
}

impl Post {
    /// The scenario instance.
    #[must_use]
    pub fn scenario(&self) -> &Scenario {
        &self.session.instance.scenario
    }

    /// The post itself: the scenario's first step.
    #[must_use]
    pub fn step(&self) -> Option<&Step> {
        self.scenario().steps.first()
    }

    /// The trainee's answer, once handled.
    #[must_use]
    pub fn record(&self) -> Option<&StepRecord> {
        self.session.history.first()
    }

    /// Has it arrived by `now_ms`?
    #[must_use]
    pub const fn arrived(&self, now_ms: u64) -> bool {
        self.arrival_ms <= now_ms
    }

    /// Arrived and not handled yet.
    #[must_use]
    pub const fn waiting(&self, now_ms: u64) -> bool {
        self.arrived(now_ms) && self.handled_at.is_none()
    }

    /// How long it has waited (until handled, or until `now_ms`).
    #[must_use]
    pub fn waited_ms(&self, now_ms: u64) -> u64 {
        self.handled_at.unwrap_or(now_ms).saturating_sub(self.arrival_ms)
    }
}

/// A shift in progress.
#[derive(Debug, Clone)]
pub struct Shift {
    /// What it was drawn from.
    pub spec: ShiftSpec,
    /// The settings it runs with.
    pub config: ShiftConfig,
    /// Every post, in arrival order.
    pub posts: Vec<Post>,
    /// When the trainee ended it early.
    ended_at: Option<u64>,
}

impl Shift {
    /// Draws a shift with the built-in settings.
    ///
    /// # Errors
    /// A broken settings file, or a library with no scenario in the language.
    pub fn draw(library: &Library, spec: ShiftSpec) -> Result<Shift, ShiftError> {
        let config = ShiftConfig::builtin()?.clone();
        let posts = plan::plan(library, &spec, &config)?;
        Self::from_plan(library, spec, config, &posts)
    }

    /// A shift with exactly these posts (tests, benchmarks and replays).
    ///
    /// # Errors
    /// A planned scenario missing from the library.
    pub fn from_plan(
        library: &Library,
        spec: ShiftSpec,
        config: ShiftConfig,
        plan: &[PlannedPost],
    ) -> Result<Shift, ShiftError> {
        let mut ordered: Vec<&PlannedPost> = plan.iter().collect();
        ordered.sort_by_key(|p| p.arrival_ms);
        let posts = ordered
            .into_iter()
            .enumerate()
            .map(|(index, p)| {
                let loaded = library
                    .scenario(&p.scenario)
                    .ok_or_else(|| ShiftError::UnknownScenario(p.scenario.clone()))?;
                let instance = Instance::drawn(loaded, p.seed);
                let triage = urgency::triage(&instance.scenario);
                let brand = library
                    .brand(&instance.scenario.brand)
                    .map_or_else(|| instance.scenario.brand.clone(), |b| b.name.clone());
                Ok(Post {
                    index,
                    seed: p.seed,
                    arrival_ms: p.arrival_ms,
                    session: Session::new(instance),
                    triage,
                    brand,
                    handled_at: None,
                })
            })
            .collect::<Result<Vec<_>, ShiftError>>()?;
        Ok(Shift {
            spec,
            config,
            posts,
            ended_at: None,
        })
    }

    /// The planned posts (what `someaspa shift` prints).
    #[must_use]
    pub fn plan(&self) -> Vec<PlannedPost> {
        self.posts
            .iter()
            .map(|p| PlannedPost {
                scenario: p.scenario().id.clone(),
                arrival_ms: p.arrival_ms,
                seed: p.seed,
            })
            .collect()
    }

    /// When the shift ends (or ended early), in milliseconds of shift time.
    #[must_use]
    pub fn end_ms(&self) -> u64 {
        self.ended_at.unwrap_or_else(|| self.spec.length_ms())
    }

    /// Is the shift over at `now_ms`?
    #[must_use]
    pub fn is_over(&self, now_ms: u64) -> bool {
        now_ms >= self.end_ms()
    }

    /// Time left.
    #[must_use]
    pub fn remaining_ms(&self, now_ms: u64) -> u64 {
        self.end_ms().saturating_sub(now_ms)
    }

    /// Ends the shift now (posts still waiting count as unanswered; trolls as left alone).
    pub fn end(&mut self, now_ms: u64) {
        if self.ended_at.is_none() {
            self.ended_at = Some(now_ms.min(self.spec.length_ms()));
        }
    }

    /// Posts waiting for the trainee at `now_ms`, oldest first.
    #[must_use]
    pub fn queue(&self, now_ms: u64) -> Vec<usize> {
        let now = now_ms.min(self.end_ms());
        self.posts.iter().filter(|p| p.waiting(now)).map(|p| p.index).collect()
    }

    /// How many posts have arrived by `now_ms`.
    #[must_use]
    pub fn arrived(&self, now_ms: u64) -> usize {
        self.posts.iter().filter(|p| p.arrived(now_ms)).count()
    }

    /// How many posts have been handled.
    #[must_use]
    pub fn handled(&self) -> usize {
        self.posts.iter().filter(|p| p.handled_at.is_some()).count()
    }

    /// Handles a post: scores the answer with the post's own turn and takes it off the queue.
    ///
    /// # Errors
    /// An unknown, not yet arrived or already handled post; the shift is over; or the answer
    /// does not fit the turn.
    pub fn answer(
        &mut self,
        library: &Library,
        index: usize,
        answer: Answer,
        now_ms: u64,
    ) -> Result<&StepRecord, ShiftError> {
        if self.is_over(now_ms) {
            return Err(ShiftError::Over);
        }
        let post = self.posts.get_mut(index).ok_or(ShiftError::NoPost(index))?;
        if !post.arrived(now_ms) {
            return Err(ShiftError::NotArrived);
        }
        if post.handled_at.is_some() {
            return Err(ShiftError::AlreadyHandled);
        }
        let response = now_ms - post.arrival_ms;
        post.session.submit(library, answer, response)?;
        post.handled_at = Some(now_ms);
        post.record().ok_or(ShiftError::AlreadyHandled)
    }

    /// Is the post waiting past its target response time?
    #[must_use]
    pub fn overdue(&self, index: usize, now_ms: u64) -> bool {
        self.posts.get(index).is_some_and(|p| {
            p.handled_at.is_none()
                && self
                    .config
                    .target_ms(p.triage.urgency)
                    .is_some_and(|t| p.waited_ms(now_ms.min(self.end_ms())) > t)
        })
    }

    /// How many onlookers' comments a post has drawn by `now_ms`: none unless it is a public
    /// complaint left waiting past `onlookers_after_s`, then one, and one more every
    /// `onlooker_every_s`, up to `onlookers_max`. Answering stops the pile-on.
    #[must_use]
    pub fn onlooker_count(&self, index: usize, now_ms: u64) -> usize {
        let Some(p) = self.posts.get(index) else { return 0 };
        if !p.triage.public_complaint {
            return 0;
        }
        let c = &self.config;
        let waited = p.waited_ms(now_ms.min(self.end_ms()));
        let after = u64::from(c.onlookers_after_s) * 1000;
        if waited < after {
            return 0;
        }
        let every = u64::from(c.onlooker_every_s.max(1)) * 1000;
        let n = 1 + (waited - after) / every;
        usize::try_from(n.min(u64::from(c.onlookers_max))).unwrap_or(0)
    }

    /// The onlookers' comments a post has drawn by `now_ms` (see [`Shift::onlooker_count`]).
    #[must_use]
    pub fn onlookers(&self, index: usize, now_ms: u64) -> Vec<Comment> {
        let count = self.onlooker_count(index, now_ms);
        match self.posts.get(index) {
            Some(p) if count > 0 => onlookers::comments(self.spec.lang, p.seed, count, &p.brand),
            _ => Vec::new(),
        }
    }

    /// The report of the shift as it stands (final once the shift is over).
    #[must_use]
    pub fn report(&self) -> ShiftReport {
        report::report(self)
    }
}

pub use crate::timing::clock;
