//! The application: state, the command queue, the frame, and setup.
//!
//! Screens never act while drawing: they push a [`Command`] that the app applies after the
//! frame. File I/O, language switches and starting scenarios therefore happen in one place,
//! and the drawing code stays a function of the state.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui::{RichText, Ui};

use super::theme::{self, Palette};
use super::widgets::Images;
use super::{browse, feedback, home, play, progress_view, settings_view};
use crate::i18n::{Arg, Localizer, Msg};
use crate::play::{Answer, Instance, Session};
use crate::progress::dashboard::Dashboard;
use crate::progress::record::{Attempt, now};
use crate::progress::{Opened, Store, StoreError};
use crate::scenario::Library;
use crate::scenario::library::default_sources;
use crate::settings::{Settings, Theme};
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
}

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

/// The app.
pub struct SomeaspaApp {
    /// The scenario library.
    pub library: Library,
    /// Text.
    pub loc: Localizer,
    /// User settings.
    pub settings: Settings,
    /// The data folder.
    pub data_dir: Option<PathBuf>,
    /// The progress store (in memory when the data folder is unusable).
    pub store: Option<Store>,
    /// Pack images.
    pub images: Images,
    /// The current screen.
    pub screen: Screen,
    /// The scenario being played.
    pub play: Option<PlayState>,
    /// The feedback or attempt being viewed.
    pub feedback: Option<FeedbackState>,
    /// Browser filters.
    pub browse: browse::BrowseState,
    /// Progress view state.
    pub progress: progress_view::ProgressState,
    /// Messages at the top.
    pub notices: Vec<Notice>,
    /// The dashboard, recomputed when attempts change.
    pub dashboard: Option<Dashboard>,
    /// The library's problems are shown.
    pub show_problems: bool,
    /// Startup options.
    pub setup: Setup,
    /// Commands of this frame.
    pub commands: Vec<Command>,
    /// Settings page state (the profile name being typed).
    pub settings_view: settings_view::SettingsState,
    /// The trainer area.
    pub trainer: super::trainer::TrainerState,
    /// Shift mode: the start panel, the running shift and its report.
    pub shift: super::shift::ShiftState,
    /// Has the theme been applied?
    styled: bool,
    /// Did a widget (a text field) have the keyboard focus when the last frame ended?
    focus_at_end: bool,
}

/// The packs to load: built-in, the data folder's, `--scenarios` and the folders the trainer
/// saved into.
fn pack_sources(setup: &Setup, settings: &Settings) -> Vec<crate::scenario::pack::PackSource> {
    let mut extra = setup.extra_packs.clone();
    for p in &settings.pack_folders {
        if !extra.contains(p) {
            extra.push(p.clone());
        }
    }
    default_sources(setup.data_dir.as_deref(), &extra)
}

/// The first profile's name: the login name, or "Trainee" in the interface language.
fn default_profile(lang: Lang) -> String {
    std::env::var("USER")
        .ok()
        .filter(|u| !u.is_empty() && u != "root")
        .unwrap_or_else(|| Localizer::new(lang).t("profile-default-name"))
}

impl SomeaspaApp {
    /// Builds the app: settings, store and library from the data folder.
    #[must_use]
    pub fn new(ctx: &egui::Context, setup: Setup) -> Self {
        egui_extras::install_image_loaders(ctx);
        theme::install_fonts(ctx);
        let mut notices = Vec::new();
        let mut settings = match &setup.data_dir {
            Some(dir) => Settings::load(dir).unwrap_or_else(|e| {
                notices.push(Notice {
                    msg: Msg::new("notice-settings-unreadable").with("error", e.to_string()),
                    error: true,
                });
                Settings::default()
            }),
            None => Settings::default(),
        };
        if let Some(lang) = setup.lang {
            settings.lang = lang;
        }
        if settings.profile.trim().is_empty() {
            settings.profile = default_profile(settings.lang);
        }
        let store = match &setup.data_dir {
            Some(dir) => match Store::open(dir) {
                Ok((s, Opened::MovedAside { to })) => {
                    notices.push(Notice {
                        msg: Msg::new("store-moved-aside").with("path", to.display().to_string()),
                        error: true,
                    });
                    Some(s)
                }
                Ok((s, _)) => Some(s),
                Err(e) => {
                    let msg = match &e {
                        StoreError::TooNew { .. } => Msg::new("store-too-new"),
                        other => Msg::new("notice-store-unusable").with("error", other.to_string()),
                    };
                    notices.push(Notice { msg, error: true });
                    Store::in_memory().ok()
                }
            },
            None => Store::in_memory().ok(),
        };
        let library = Library::load(&pack_sources(&setup, &settings));
        let lexicon_problems: Vec<crate::format::diagnostic::Diagnostic> = Lang::ALL
            .iter()
            .flat_map(|l| {
                crate::scoring::lexicon::Lexicon::builtin(*l)
                    .extension_problems
                    .iter()
                    .cloned()
            })
            .collect();
        if let Some(first) = lexicon_problems.first() {
            notices.push(Notice {
                msg: Msg::new("notice-lexicon-problems")
                    .num("count", lexicon_problems.len() as f64)
                    .with("first", first.render(&Localizer::new(settings.lang))),
                error: true,
            });
        }
        let mut app = SomeaspaApp {
            loc: Localizer::new(settings.lang),
            library,
            settings,
            data_dir: setup.data_dir.clone(),
            store,
            images: Images::default(),
            screen: Screen::Home,
            play: None,
            feedback: None,
            browse: browse::BrowseState::default(),
            progress: progress_view::ProgressState::default(),
            notices,
            dashboard: None,
            show_problems: false,
            setup,
            commands: Vec::new(),
            settings_view: settings_view::SettingsState::default(),
            trainer: super::trainer::TrainerState::new(),
            shift: super::shift::ShiftState::default(),
            styled: false,
            focus_at_end: false,
        };
        app.refresh_dashboard();
        app
    }

    /// Recomputes the dashboard after attempts or the profile changed.
    pub fn refresh_dashboard(&mut self) {
        self.dashboard = self
            .store
            .as_ref()
            .and_then(|s| Dashboard::compute(s, &self.settings.profile, &self.library, self.settings.lang).ok());
    }

    /// The palette of the current theme.
    #[must_use]
    pub fn palette(ctx: &egui::Context) -> Palette {
        Palette::new(ctx.global_style().visuals.dark_mode)
    }

    pub(crate) fn save_settings(&mut self) {
        if let Some(dir) = &self.data_dir
            && let Err(e) = self.settings.save(dir)
        {
            self.notices.push(Notice {
                msg: Msg::new("notice-settings-unsaved").with("error", e.to_string()),
                error: true,
            });
        }
    }

    /// Starts a scenario.
    pub fn start(&mut self, id: &str, seed: Option<u64>) {
        let Some(loaded) = self.library.scenario(id) else {
            self.notices.push(Notice {
                msg: Msg::new("notice-scenario-missing").with("id", id),
                error: true,
            });
            return;
        };
        let seed = seed.unwrap_or_else(rand::random);
        self.play = Some(PlayState::new(Session::new(Instance::drawn(loaded, seed)), false));
        self.settings.last_scenario = Some(id.to_owned());
        self.save_settings();
        self.screen = Screen::Play;
    }

    /// Play-tests the editor's scenario from a step: played like any scenario, not recorded.
    fn playtest(&mut self, step: &str) {
        let Some(loaded) = self.trainer.doc.as_ref().and_then(|d| d.as_loaded(&self.library)) else {
            return;
        };
        self.play = Some(PlayState::new(
            Session::starting_at(Instance::with_defaults(&loaded), step),
            true,
        ));
        self.screen = Screen::Play;
    }

    /// Takes the current turn; at the end of the scenario, records the attempt and shows
    /// the feedback.
    fn submit(&mut self, answer: Answer) {
        let Some(play) = &mut self.play else { return };
        let elapsed = u64::try_from(play.step_started.elapsed().as_millis()).unwrap_or(u64::MAX);
        if play.session.submit(&self.library, answer, elapsed).is_err() {
            return;
        }
        play.draft.clear();
        play.picked = None;
        play.preview = None;
        let now_i = Instant::now();
        // Customers type in private chats; on a public wall the next post is simply there.
        let typing = play
            .session
            .current_step()
            .is_some_and(|st| !play.session.channel_of(st).is_public())
            && !self.setup.typing_delay.is_zero();
        let delay = if typing {
            self.setup.typing_delay
        } else {
            std::time::Duration::ZERO
        };
        play.reveal_at = typing.then(|| now_i + delay);
        play.step_started = now_i + delay;
        if play.session.is_finished() {
            self.finish();
        }
    }

    /// Keeps the finished attempt and shows its feedback.
    fn finish(&mut self) {
        let Some(play) = self.play.take() else { return };
        if play.playtest {
            let attempt = Attempt::from_session(&play.session, &self.settings.profile, play.started_at, &self.loc);
            self.feedback = Some(FeedbackState {
                attempt,
                instance: Some(play.session.instance),
                stored: None,
                selected: None,
                playtest: true,
            });
            self.screen = Screen::Feedback;
            return;
        }
        let attempt = Attempt::from_session(
            &play.session,
            &self.settings.profile,
            play.started_at.clone(),
            &self.loc,
        );
        let stored = match self.store.as_mut().map(|s| s.record(&attempt)) {
            Some(Ok(id)) => id,
            Some(Err(e)) => {
                self.notices.push(Notice {
                    msg: Msg::new("notice-attempt-unsaved").with("error", e.to_string()),
                    error: true,
                });
                None
            }
            None => None,
        };
        self.feedback = Some(FeedbackState {
            attempt,
            instance: Some(play.session.instance),
            stored,
            selected: None,
            playtest: false,
        });
        self.refresh_dashboard();
        self.screen = Screen::Feedback;
    }

    fn open_attempt(&mut self, id: i64) {
        let Some(store) = &self.store else { return };
        match store.attempt(id) {
            Ok(Some(attempt)) => {
                let instance = self.library.scenario(&attempt.scenario).map(|l| match attempt.seed {
                    Some(seed) => Instance::drawn(l, seed),
                    None => Instance::with_defaults(l),
                });
                self.feedback = Some(FeedbackState {
                    attempt,
                    instance,
                    stored: Some(id),
                    selected: None,
                    playtest: false,
                });
                self.screen = Screen::Attempt;
            }
            Ok(None) => {}
            Err(e) => self.notices.push(Notice {
                msg: Msg::new("notice-store-unusable").with("error", e.to_string()),
                error: true,
            }),
        }
    }

    /// Applies the commands of the frame.
    fn apply(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        for c in commands {
            match c {
                Command::Go(s) => {
                    if self.screen == Screen::Play && s != Screen::Play {
                        self.play = None;
                    }
                    if s == Screen::Home || s == Screen::Progress {
                        self.refresh_dashboard();
                    }
                    self.screen = s;
                }
                Command::Start { scenario, seed } => self.start(&scenario, seed),
                Command::Retry => {
                    if let Some(id) = self.feedback.as_ref().map(|f| f.attempt.scenario.clone()) {
                        self.start(&id, None);
                    }
                }
                Command::Submit(answer) => self.submit(answer),
                Command::Leave => {
                    self.play = None;
                    self.screen = Screen::Home;
                    self.refresh_dashboard();
                }
                Command::SetLang(lang) => {
                    // The browser's language filter follows the interface unless the
                    // trainee chose another language (or all) there.
                    if self.browse.lang == Some(self.settings.lang) {
                        self.browse.lang = Some(lang);
                    }
                    self.settings.lang = lang;
                    self.loc.set_lang(lang);
                    self.save_settings();
                    self.refresh_dashboard();
                }
                Command::SetTheme(t) => {
                    self.settings.theme = t;
                    theme::apply(ctx, &self.settings);
                    self.save_settings();
                }
                Command::SetTextScale(s) => {
                    self.settings.text_scale = s;
                    theme::apply(ctx, &self.settings);
                    self.save_settings();
                }
                Command::SetProfile(name) => {
                    let name = name.trim().to_owned();
                    if !name.is_empty() {
                        if let Some(store) = &self.store
                            && let Err(e) = store.ensure_profile(&name)
                        {
                            self.notices.push(Notice {
                                msg: Msg::new("notice-store-unusable").with("error", e.to_string()),
                                error: true,
                            });
                        }
                        self.settings.profile = name;
                        self.save_settings();
                        self.refresh_dashboard();
                    }
                }
                Command::SetHints(on) => {
                    self.settings.live_hints = on;
                    self.save_settings();
                }
                Command::OpenAttempt(id) => self.open_attempt(id),
                Command::Export(kind) => progress_view::export(self, kind),
                Command::Import => progress_view::import(self),
                Command::Certificate(track) => progress_view::certificate(self, &track),
                Command::Dismiss(i) => {
                    if i < self.notices.len() {
                        self.notices.remove(i);
                    }
                }
                Command::ReloadLibrary => {
                    self.library = Library::load(&pack_sources(&self.setup, &self.settings));
                }
                Command::Playtest(step) => self.playtest(&step),
                Command::SetOverride {
                    attempt,
                    step,
                    criterion,
                    value,
                } => {
                    let done = self
                        .store
                        .as_mut()
                        .map(|s| s.set_override(attempt, step, criterion, value.as_ref()));
                    if let Some(Err(e)) = done {
                        self.notices.push(Notice {
                            msg: Msg::new("notice-store-unusable").with("error", e.to_string()),
                            error: true,
                        });
                    }
                    let selected = self.feedback.as_ref().and_then(|f| f.selected);
                    self.open_attempt(attempt);
                    if let Some(f) = &mut self.feedback {
                        f.selected = selected;
                    }
                }
            }
        }
    }

    fn top_bar(&mut self, ui: &mut Ui, palette: &Palette) {
        egui::Panel::top("top-bar")
            .frame(
                egui::Frame::new()
                    .fill(palette.card)
                    .inner_margin(egui::Margin::symmetric(16, 8)),
            )
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new("Someaspa").strong().size(18.0).color(palette.accent));
                    ui.add_space(16.0);
                    let playing = self.screen == Screen::Play;
                    let nav = [
                        (Screen::Home, "nav-home"),
                        (Screen::Browse, "nav-browse"),
                        (Screen::Shift, "nav-shift"),
                        (Screen::Progress, "nav-progress"),
                        (Screen::Settings, "nav-settings"),
                        (Screen::Trainer, "nav-trainer"),
                    ];
                    for (screen, id) in nav {
                        let selected =
                            self.screen == screen || (screen == Screen::Progress && self.screen == Screen::Attempt);
                        if ui.selectable_label(selected, self.loc.t(id)).clicked() {
                            if playing {
                                if let Some(p) = &mut self.play {
                                    p.confirm_leave = true;
                                }
                            } else {
                                self.commands.push(Command::Go(screen));
                            }
                        }
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(RichText::new(format!("👤 {}", self.settings.profile)).color(palette.muted))
                            .on_hover_text(self.loc.t("top-profile-hint"));
                    });
                });
            });
    }

    fn notices_ui(&mut self, ui: &mut Ui, palette: &Palette) {
        let problems = self.library.errors().count();
        if self.notices.is_empty() && problems == 0 {
            return;
        }
        egui::Panel::top("notices")
            .frame(
                egui::Frame::new()
                    .fill(ui.visuals().faint_bg_color)
                    .inner_margin(egui::Margin::symmetric(16, 6)),
            )
            .show(ui, |ui| {
                for (i, n) in self.notices.iter().enumerate() {
                    let color = if n.error { palette.fail } else { palette.accent };
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(self.loc.msg(&n.msg)).color(color));
                        if ui.small_button(self.loc.t("notice-dismiss")).clicked() {
                            self.commands.push(Command::Dismiss(i));
                        }
                    });
                }
                if problems > 0 {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(
                                self.loc
                                    .ta("notice-skipped-files", &[("count", Arg::Num(problems as f64))]),
                            )
                            .color(palette.partial),
                        );
                        let label = if self.show_problems {
                            "notice-hide-details"
                        } else {
                            "notice-show-details"
                        };
                        if ui.small_button(self.loc.t(label)).clicked() {
                            self.show_problems = !self.show_problems;
                        }
                    });
                    if self.show_problems {
                        egui::ScrollArea::vertical().max_height(160.0).show(ui, |ui| {
                            for d in self.library.errors() {
                                ui.label(RichText::new(d.render(&self.loc)).monospace().small());
                            }
                        });
                    }
                }
            });
    }
}

impl eframe::App for SomeaspaApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            theme::apply(&ctx, &self.settings);
            self.styled = true;
            if let Some(ms) = super::since_start_ms() {
                log::info!("first frame {ms} ms after start");
                // For measuring start-up: `SOMEASPA_QUIT_AFTER_FIRST_FRAME=1 someaspa`.
                if std::env::var_os("SOMEASPA_QUIT_AFTER_FIRST_FRAME").is_some() {
                    #[expect(clippy::print_stdout, reason = "the measurement's output, asked for by the env var")]
                    {
                        println!("first-frame-ms {ms}");
                    }
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
        }
        let palette = Self::palette(&ctx);
        // Esc goes back home from the screens that have nothing of their own to close; an
        // open popup or a focused text field takes Esc first (egui closes or unfocuses them).
        let escape_home = matches!(self.screen, Screen::Browse | Screen::Progress | Screen::Settings)
            && !egui::Popup::is_any_open(&ctx)
            && !self.focus_at_end
            && ctx.input(|i| i.key_pressed(egui::Key::Escape));
        self.top_bar(ui, &palette);
        self.notices_ui(ui, &palette);
        match self.screen {
            Screen::Home => home::show(ui, self, &palette),
            Screen::Browse => browse::show(ui, self, &palette),
            Screen::Play => play::show(ui, self, &palette),
            Screen::Feedback | Screen::Attempt => feedback::show(ui, self, &palette),
            Screen::Progress => progress_view::show(ui, self, &palette),
            Screen::Settings => settings_view::show(ui, self, &palette),
            Screen::Trainer => super::trainer::show(ui, self, &palette),
            Screen::Shift => super::shift::show(ui, self, &palette),
        }
        if escape_home {
            self.commands.push(Command::Go(Screen::Home));
        }
        // egui drops the focus on Esc before the frame is drawn, so remember it here.
        self.focus_at_end = ctx.memory(|m| m.focused().is_some());
        self.apply(&ctx);
    }
}
