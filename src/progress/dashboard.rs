//! Everything the progress dashboard and the home screen show, computed in one go.

use jiff::Timestamp;

use super::mastery::{self, SkillMastery, Streaks};
use super::plan::{self, Candidate, Due};
use super::store::{Store, StoreError, Summary};
use super::tracks::{self, TrackProgress};
use crate::scenario::Library;
use crate::vocab::{Lang, Skill};

/// A profile's progress at a glance.
#[derive(Debug, Clone, PartialEq)]
pub struct Dashboard {
    /// Attempts, oldest first.
    pub attempts: Vec<Summary>,
    /// Mastery per skill.
    pub mastery: Vec<SkillMastery>,
    /// Practice streaks.
    pub streaks: Streaks,
    /// Failed scenarios and when they come back.
    pub reviews: Vec<Due>,
    /// Tracks in the trainee's language.
    pub tracks: Vec<TrackProgress>,
    /// The weakest skill.
    pub weakest: Option<Skill>,
}

/// The scenarios of a library as the practice plan sees them.
#[must_use]
pub fn candidates(library: &Library) -> Vec<Candidate> {
    library
        .scenarios
        .iter()
        .map(|s| Candidate {
            id: s.scenario.id.clone(),
            lang: s.scenario.lang,
            skills: s.scenario.skills.clone(),
            difficulty: s.scenario.difficulty,
        })
        .collect()
}

impl Dashboard {
    /// Computes the dashboard of a profile.
    ///
    /// # Errors
    /// Store errors.
    pub fn compute(store: &Store, profile: &str, library: &Library, lang: Lang) -> Result<Dashboard, StoreError> {
        let attempts = store.summaries(profile)?;
        Ok(Self::from_attempts(attempts, library, lang))
    }

    /// Computes the dashboard from attempts already read.
    #[must_use]
    pub fn from_attempts(attempts: Vec<Summary>, library: &Library, lang: Lang) -> Dashboard {
        let mastery = mastery::mastery(&attempts);
        let tz = jiff::tz::TimeZone::system();
        let today = Timestamp::now().to_zoned(tz.clone()).date();
        let streaks = mastery::streaks(&attempts, today, &tz);
        // Only scenarios that can be played come back (not shifts, nor scenarios since removed).
        let mut reviews = plan::reviews(&attempts);
        reviews.retain(|d| library.scenario(&d.scenario).is_some());
        let tracks = library
            .tracks
            .iter()
            .filter(|t| t.lang == lang)
            .map(|t| tracks::progress(t, library, &attempts))
            .collect();
        let weakest = plan::weakest(&mastery);
        Dashboard {
            attempts,
            mastery,
            streaks,
            reviews,
            tracks,
            weakest,
        }
    }

    /// The scenario to practise the weakest skill with, in `lang`.
    #[must_use]
    pub fn practise_weakest(&self, library: &Library, lang: Lang) -> Option<(Skill, String)> {
        let skill = self.weakest?;
        let level = self
            .mastery
            .iter()
            .find(|m| m.skill == skill)
            .and_then(SkillMastery::level);
        let candidates = candidates(library);
        // If the weakest skill has no scenario in this language, try the next weakest.
        let mut order: Vec<&SkillMastery> = self.mastery.iter().collect();
        order.sort_by(|a, b| match (a.score, b.score) {
            (None, None) => std::cmp::Ordering::Equal,
            (None, _) => std::cmp::Ordering::Less,
            (_, None) => std::cmp::Ordering::Greater,
            (Some(x), Some(y)) => x.total_cmp(&y),
        });
        let first = plan::pick(skill, level, lang, &candidates, &self.attempts, Timestamp::now()).map(|id| (skill, id));
        first.or_else(|| {
            order.iter().find_map(|m| {
                plan::pick(m.skill, m.level(), lang, &candidates, &self.attempts, Timestamp::now())
                    .map(|id| (m.skill, id))
            })
        })
    }

    /// Failed scenarios due now.
    #[must_use]
    pub fn due_now(&self) -> Vec<&Due> {
        let now = Timestamp::now();
        self.reviews.iter().filter(|d| d.due_at <= now).collect()
    }
}
