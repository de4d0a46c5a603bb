//! The UI's state types: where the user is, how the app was started, messages, and the
//! play and feedback screens' subjects. Screens own their state; the app owns the screens.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::i18n::Msg;
use crate::play::{Instance, Session};
use crate::progress::record::{Attempt, now};
use crate::vocab::Lang;

/// Where the user is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Continue, weakest skill, tracks.
    Home,
    /// The scenario browser.
    Browse,
    /// Playing a scenario.
    Play,
    /// The result of the scenario just played.
    Feedback,
    /// The progress dashboard.
    Progress,
    /// One past attempt, as the trainee saw it.
    Attempt,
    /// Settings.
    Settings,
    /// The trainer area (behind the PIN).
    Trainer,
    /// Shift mode: a timed queue of arriving posts.
    Shift,
}

/// A message at the top of the window.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// What happened.
    pub msg: Msg,
    /// An error (red) or information.
    pub error: bool,
}

/// How the app was started.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The data folder (`None`: nothing is saved).
    pub data_dir: Option<PathBuf>,
    /// Extra scenario packs.
    pub extra_packs: Vec<PathBuf>,
    /// A language given on the command line (wins over the settings).
    pub lang: Option<Lang>,
    /// How long the customer "types" before a chat reply appears.
    pub typing_delay: Duration,
    /// Use native file dialogs (off in tests: files go to the data folder).
    pub dialogs: bool,
    /// How long after the last edit the scenario editor autosaves.
    pub autosave_delay: Duration,
}

impl Default for Setup {
    fn default() -> Self {
        Setup {
            data_dir: None,
            extra_packs: Vec::new(),
            lang: None,
            typing_delay: Duration::from_millis(1400),
            dialogs: true,
            autosave_delay: Duration::from_secs(2),
        }
    }
}

/// A scenario being played, with the UI's own state around the session.
pub struct PlayState {
    /// The session.
    pub session: Session,
    /// When the attempt started (RFC 3339).
    pub started_at: String,
    /// When the current step's message appeared.
    pub step_started: Instant,
    /// The reply being written.
    pub draft: String,
    /// The option picked in a pick turn.
    pub picked: Option<String>,
    /// The next message is "being typed" until then.
    pub reveal_at: Option<Instant>,
    /// Live hints for the draft: (draft scored, result).
    pub preview: Option<(String, crate::scoring::ScoreResult)>,
    /// Asking whether to leave.
    pub confirm_leave: bool,
    /// The step (by number of steps played) the thread last scrolled to, so each new
    /// message is brought into view once, at its top, and then left to the trainee.
    pub scrolled_to: Option<usize>,
    /// A trainer's play-test from the editor: not recorded.
    pub playtest: bool,
}

impl PlayState {
    /// Time spent on the scenario so far, as it is recorded: every step from the moment its
    /// message appeared (the customer's typing is not the trainee's time).
    #[must_use]
    pub fn elapsed_ms(&self) -> u64 {
        let done: u64 = self.session.history.iter().map(|r| r.elapsed_ms).sum();
        let current = Instant::now().saturating_duration_since(self.step_started);
        done.saturating_add(u64::try_from(current.as_millis()).unwrap_or(u64::MAX))
    }

    /// A scenario starting now.
    #[must_use]
    pub fn new(session: Session, playtest: bool) -> Self {
        let now_i = Instant::now();
        PlayState {
            session,
            started_at: now(),
            step_started: now_i,
            draft: String::new(),
            picked: None,
            reveal_at: None,
            preview: None,
            confirm_leave: false,
            scrolled_to: None,
            playtest,
        }
    }
}

/// The feedback view's subject: an attempt, and the scenario as played (for model answers).
pub struct FeedbackState {
    /// The attempt.
    pub attempt: Attempt,
    /// The scenario instance it played, if the scenario is still in the library.
    pub instance: Option<Instance>,
    /// Its row in the store.
    pub stored: Option<i64>,
    /// The criterion whose evidence is highlighted strongly: (step, criterion).
    pub selected: Option<(usize, usize)>,
    /// The result of a trainer's play-test (not recorded).
    pub playtest: bool,
}
