//! What screens ask for. A screen never acts while drawing: it pushes a [`Command`], and
//! [`super::effects`] applies the frame's commands after it is drawn. Files, dialogs, the
//! progress store, hashing and autosave therefore happen in one place.

use super::shift::ShiftCommand;
use super::state::{Notice, Screen};
use super::trainer::TrainerCommand;
use crate::play::Answer;
use crate::settings::Theme;
use crate::vocab::Lang;

/// Something the user asked for, applied after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Go to a screen.
    Go(Screen),
    /// Start a scenario (a fresh draw unless a seed is given).
    Start {
        /// Scenario id.
        scenario: String,
        /// Seed of the draw.
        seed: Option<u64>,
    },
    /// Play the scenario of the feedback view again, with a new draw.
    Retry,
    /// Take the current turn.
    Submit(Answer),
    /// Leave the scenario being played (the attempt in progress is dropped).
    Leave,
    /// Interface language.
    SetLang(Lang),
    /// Theme.
    SetTheme(Theme),
    /// Text size.
    SetTextScale(f32),
    /// Switch to (or create) a profile.
    SetProfile(String),
    /// Live hints on or off.
    SetHints(bool),
    /// Open a past attempt.
    OpenAttempt(i64),
    /// Save a report or an export.
    Export(ExportKind),
    /// Import a trainee's export.
    Import,
    /// Save the certificate of a completed track.
    Certificate(String),
    /// Hide a notice.
    Dismiss(usize),
    /// Read the packs again (after saving or importing scenarios).
    ReloadLibrary,
    /// Play-test the scenario open in the editor from a step (not recorded).
    Playtest(String),
    /// Set or remove a trainer's override of one criterion of a stored attempt.
    SetOverride {
        /// The attempt's row.
        attempt: i64,
        /// Step index.
        step: usize,
        /// Criterion index.
        criterion: usize,
        /// The override, or `None` to remove it.
        value: Option<crate::progress::record::Override>,
    },
    /// Show a message at the top of the window.
    Notify(Notice),
    /// The top bar was used while a scenario is open: ask before leaving it.
    AskLeave,
    /// Something done on the shift screen.
    Shift(ShiftCommand),
    /// Something done in the trainer area that touches files, the store or the PIN.
    Trainer(TrainerCommand),
    /// Save the Learning Record Store settings (and the secret, when one was typed).
    SaveLrs {
        /// The settings.
        config: Box<crate::lrs::LrsConfig>,
        /// A new secret (`None`: keep the stored one).
        secret: Option<crate::lrs::config::Secret>,
    },
    /// Test the connection to the LRS.
    TestLrs,
    /// Send the outbox now.
    SyncNow,
}

/// The frame's commands, in the order they were given.
pub type Commands = Vec<Command>;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    /// CSV, one row per criterion.
    Csv,
    /// The HTML report.
    Html,
    /// The importable JSON.
    Json,
}
