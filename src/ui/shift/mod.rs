//! Shift mode's screen: the start panel, the social inbox while the shift runs, and the
//! report at the end. A thin layer over [`crate::shift`]: the shift's clock is the time
//! since it started (plus [`Running::skew_ms`], which tests and benchmarks use to move time
//! on), and everything the trainee does becomes a [`ShiftCommand`] applied after drawing.
//!
//! The shift keeps running while the trainee looks at another screen, as a real queue
//! would; it ends and is kept when its time is up (checked before every frame, whatever
//! the screen), when the trainee ends it, or when the window closes. The effects module
//! applies the [`ShiftCommand`]s and keeps the attempts through [`crate::shift::keep`].

mod inbox;
mod report_view;
mod start;

use std::time::Instant;

use egui::Ui;

use super::command::{Command, Commands};
use super::view::View;
use crate::play::Answer;
use crate::shift::{Shift, ShiftLevel, ShiftReport, ShiftSpec};
use crate::vocab::Lang;

/// The choices on the start panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StartForm {
    /// Length in minutes (10 or 20).
    pub minutes: u32,
    /// How busy.
    pub level: ShiftLevel,
    /// The daily shift (seed from today's date) or a random one.
    pub daily: bool,
    /// The scenarios' language (`None`: the interface language).
    pub lang: Option<Lang>,
}

impl Default for StartForm {
    fn default() -> Self {
        StartForm {
            minutes: 10,
            level: ShiftLevel::Busy,
            daily: true,
            lang: None,
        }
    }
}

/// A shift in progress, with the inbox's own state.
#[derive(Debug, Clone)]
pub struct Running {
    /// The shift.
    pub shift: Shift,
    /// When it started on this machine's monotonic clock.
    pub epoch: Instant,
    /// Added to the time since `epoch`: lets tests and benchmarks move the shift on.
    pub skew_ms: u64,
    /// When it started (wall clock, for the attempts' timestamps).
    pub started_at: jiff::Timestamp,
    /// The post open on the right.
    pub selected: Option<usize>,
    /// The reply being written to the open post.
    pub draft: String,
    /// The option picked in a pick turn.
    pub picked: Option<String>,
    /// The last answer: (post, score), shown in the header.
    pub last: Option<(usize, u8, bool)>,
    /// Asking whether to end the shift early.
    pub confirm_end: bool,
    /// Handled posts already in the progress store (each is kept the moment it is answered).
    pub kept: Vec<usize>,
}

impl Running {
    /// Starts the clock on a shift.
    #[must_use]
    pub fn new(shift: Shift) -> Self {
        Running {
            shift,
            epoch: Instant::now(),
            skew_ms: 0,
            started_at: jiff::Timestamp::now(),
            selected: None,
            draft: String::new(),
            picked: None,
            last: None,
            confirm_end: false,
            kept: Vec::new(),
        }
    }

    /// The shift time now, in milliseconds.
    #[must_use]
    pub fn now_ms(&self) -> u64 {
        u64::try_from(self.epoch.elapsed().as_millis())
            .unwrap_or(u64::MAX)
            .saturating_add(self.skew_ms)
    }
}

/// A finished shift and its report.
#[derive(Debug, Clone)]
pub struct Finished {
    /// The shift as it was played.
    pub shift: Shift,
    /// Its report.
    pub report: ShiftReport,
    /// Were its attempts kept in the progress store?
    pub stored: bool,
}

/// The shift screen's state.
#[derive(Debug, Clone, Default)]
pub struct ShiftState {
    /// The start panel's choices.
    pub form: StartForm,
    /// The shift being played.
    pub running: Option<Running>,
    /// The last finished shift.
    pub finished: Option<Finished>,
}

impl ShiftState {
    /// Starts a given shift (tests and benchmarks; the start panel draws one).
    pub fn begin(&mut self, shift: Shift) {
        self.running = Some(Running::new(shift));
        self.finished = None;
    }
}

/// What the trainee did on the shift screen, applied after drawing.
#[derive(Debug, Clone, PartialEq)]
pub enum ShiftCommand {
    /// Draw and start a shift.
    Start(ShiftSpec),
    /// Open a post.
    Select(usize),
    /// Answer a post.
    Answer(usize, Answer),
    /// End the shift now and show the report.
    End,
    /// Back to the start panel.
    NewShift,
    /// Open the progress dashboard.
    Progress,
}

/// Draws the shift screen.
pub fn show(ui: &mut Ui, state: &mut ShiftState, v: &View<'_>, out: &mut Commands) {
    let mut commands = Vec::new();
    if state.running.is_some() {
        inbox::show(ui, state, v, &mut commands);
    } else if let Some(finished) = &state.finished {
        report_view::show(ui, finished, v, &mut commands);
    } else {
        start::show(ui, &mut state.form, v, &mut commands);
    }
    out.extend(commands.into_iter().map(Command::Shift));
}
