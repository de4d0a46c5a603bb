//! Shift mode's screen: the start panel, the social inbox while the shift runs, and the
//! report at the end. A thin layer over [`crate::shift`]: the shift's clock is the time
//! since it started (plus [`Running::skew_ms`], which tests and benchmarks use to move time
//! on), and everything the trainee does becomes a [`ShiftCommand`] applied after drawing.
//!
//! The shift keeps running while the trainee looks at another screen, as a real queue
//! would; it ends (and is recorded) when its time is up and the screen is shown again, or
//! when the trainee ends it.

mod inbox;
mod report_view;
mod start;

use std::time::Instant;

use egui::Ui;

use super::app::{Notice, SomeaspaApp};
use super::theme::Palette;
use crate::i18n::Msg;
use crate::play::Answer;
use crate::shift::report::{post_attempt, shift_attempt};
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
    pub recorded: Vec<usize>,
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
            recorded: Vec::new(),
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
pub fn show(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    let mut commands = Vec::new();
    if app.shift.running.as_ref().is_some_and(|r| r.shift.is_over(r.now_ms())) {
        finish(app);
    }
    if app.shift.running.is_some() {
        inbox::show(ui, app, palette, &mut commands);
    } else if app.shift.finished.is_some() {
        report_view::show(ui, app, palette, &mut commands);
    } else {
        start::show(ui, app, palette, &mut commands);
    }
    for c in commands {
        apply(app, c);
    }
}

fn apply(app: &mut SomeaspaApp, command: ShiftCommand) {
    match command {
        ShiftCommand::Start(spec) => match Shift::draw(&app.library, spec) {
            Ok(shift) => app.shift.begin(shift),
            Err(e) => app.notices.push(Notice {
                msg: Msg::new("shift-cannot-start").with("error", e.to_string()),
                error: true,
            }),
        },
        ShiftCommand::Select(i) => {
            if let Some(r) = &mut app.shift.running
                && r.selected != Some(i)
            {
                r.selected = Some(i);
                r.draft.clear();
                r.picked = None;
            }
        }
        ShiftCommand::Answer(i, answer) => answer_post(app, i, answer),
        ShiftCommand::End => finish(app),
        ShiftCommand::NewShift => app.shift.finished = None,
        ShiftCommand::Progress => app.commands.push(super::app::Command::Go(super::app::Screen::Progress)),
    }
}

fn answer_post(app: &mut SomeaspaApp, index: usize, answer: Answer) {
    let Some(r) = &mut app.shift.running else { return };
    let now = r.now_ms();
    match r.shift.answer(&app.library, index, answer, now) {
        Ok(rec) => {
            r.last = Some((index, rec.result.total, rec.result.passed));
            // Kept at once: a shift cut short (closed, killed) still has its replies.
            if let Some(store) = &mut app.store
                && let Some(a) = post_attempt(&r.shift, index, &app.settings.profile, r.started_at, &app.loc)
            {
                match store.record(&a) {
                    Ok(_) => r.recorded.push(index),
                    Err(e) => app.notices.push(Notice {
                        msg: Msg::new("notice-attempt-unsaved").with("error", e.to_string()),
                        error: true,
                    }),
                }
            }
            r.draft.clear();
            r.picked = None;
            // The next post in the queue opens, so a busy trainee keeps going.
            let queue = r.shift.queue(now);
            r.selected = queue
                .iter()
                .copied()
                .find(|&q| q > index)
                .or_else(|| queue.first().copied());
        }
        Err(e) => app.notices.push(Notice {
            msg: Msg::new("shift-cannot-answer").with("error", e.to_string()),
            error: true,
        }),
    }
}

/// Ends the running shift, keeps its attempts and shows the report.
fn finish(app: &mut SomeaspaApp) {
    let Some(mut r) = app.shift.running.take() else { return };
    let now = r.now_ms();
    r.shift.end(now);
    let report = r.shift.report();
    let mut stored = app.store.is_some();
    if let Some(store) = &mut app.store {
        // The posts not kept yet (a write that failed earlier), then the shift itself.
        let profile = &app.settings.profile;
        let late = report
            .order
            .iter()
            .filter(|i| !r.recorded.contains(i))
            .filter_map(|&i| post_attempt(&r.shift, i, profile, r.started_at, &app.loc));
        let whole = shift_attempt(&r.shift, &report, profile, r.started_at, &app.loc);
        for a in late.chain(std::iter::once(whole)).collect::<Vec<_>>() {
            if let Err(e) = store.record(&a) {
                stored = false;
                app.notices.push(Notice {
                    msg: Msg::new("notice-attempt-unsaved").with("error", e.to_string()),
                    error: true,
                });
                break;
            }
        }
    }
    app.shift.finished = Some(Finished {
        shift: r.shift,
        report,
        stored,
    });
    app.refresh_dashboard();
}
