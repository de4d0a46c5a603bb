//! The application: the shared resources, each screen's state, and the frame.
//!
//! A frame draws the current screen from a read-only [`View`] and the screen's own state;
//! every screen returns what the user asked for as [`Command`]s, which
//! [`super::effects`] applies after the frame. Time-driven work (a shift running out,
//! autosave, pictures to read) is done there too, whatever screen is shown.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::command::{Command, Commands};
use super::images::Images;
use super::state::{FeedbackState, Notice, PlayState, Screen, Setup};
use super::theme::{self, Palette};
use super::view::View;
use super::{browse, feedback, home, play, progress_view, settings_view};
use crate::i18n::{Arg, Localizer, Msg};
use crate::progress::dashboard::Dashboard;
use crate::progress::{Opened, Store, StoreError};
use crate::scenario::Library;
use crate::settings::Settings;
use crate::vocab::Lang;

/// What every screen reads: the library, text, settings, the store and what is derived
/// from it. Only the effects module changes it.
pub struct Resources {
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
    /// The dashboard, recomputed when attempts change.
    pub dashboard: Option<Dashboard>,
    /// The profiles on this machine, read when they change.
    pub profiles: Vec<String>,
    /// Messages at the top.
    pub notices: Vec<Notice>,
    /// Startup options.
    pub setup: Setup,
    /// The Learning Record Store, when one is set up for the data folder.
    pub lrs: Option<crate::lrs::LrsConfig>,
    /// Its secret.
    pub lrs_secret: Option<String>,
    /// The background sender of the outbox.
    pub sync: Option<super::sync_worker::SyncWorker>,
    /// A team load from the LRS in progress.
    pub team_loader: Option<super::sync_worker::TeamLoader>,
    /// The egui context, for workers that ask for a repaint when they report.
    pub(super) egui: egui::Context,
}

/// Each screen's own state.
pub struct Screens {
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
    /// Settings page state (the profile name being typed).
    pub settings: settings_view::SettingsState,
    /// The trainer area.
    pub trainer: super::trainer::TrainerState,
    /// Shift mode: the start panel, the running shift and its report.
    pub shift: super::shift::ShiftState,
    /// The library's problems are shown under the notices.
    pub show_problems: bool,
}

/// The app.
pub struct SomeaspaApp {
    /// Shared resources.
    pub res: Resources,
    /// The screens' state.
    pub screens: Screens,
    /// Commands of this frame.
    pub(super) commands: Commands,
    /// Has the theme been applied?
    styled: bool,
    /// Did a widget (a text field) have the keyboard focus when the last frame ended?
    focus_at_end: bool,
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
                        // Said in the user's language like every other store error, not
                        // in English through Display.
                        other => Msg::new("notice-store-unusable").with(
                            "error",
                            Localizer::new(settings.lang).msg(&crate::messages::Localize::msg(other)),
                        ),
                    };
                    notices.push(Notice { msg, error: true });
                    Store::in_memory().ok()
                }
            },
            None => Store::in_memory().ok(),
        };
        let library = Library::load(&crate::settings::pack_sources(
            &settings,
            setup.data_dir.as_deref(),
            &setup.extra_packs,
        ));
        let lexicon_problems: Vec<crate::format::Diagnostic> = Lang::ALL
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
        let (lrs, lrs_secret) = match setup.data_dir.as_deref().map(crate::lrs::load) {
            Some(Ok(Some((c, secret)))) => (Some(c), secret),
            Some(Ok(None)) | None => (None, None),
            Some(Err(e)) => {
                notices.push(Notice {
                    msg: Msg::new("lrs-settings-unreadable").with("error", e.to_string()),
                    error: true,
                });
                (None, None)
            }
        };
        let sync = match (&setup.data_dir, &lrs, &lrs_secret) {
            (Some(dir), Some(c), Some(secret)) => {
                let ctx = ctx.clone();
                Some(super::sync_worker::SyncWorker::start(
                    dir.clone(),
                    c.clone(),
                    secret.clone(),
                    move || ctx.request_repaint(),
                ))
            }
            _ => None,
        };
        let browse = browse::BrowseState {
            lang: Some(settings.lang),
            ..browse::BrowseState::default()
        };
        let mut trainer = super::trainer::TrainerState::new();
        trainer.autosaver.delay_ms = u64::try_from(setup.autosave_delay.as_millis()).unwrap_or(2_000);
        let mut app = SomeaspaApp {
            res: Resources {
                loc: Localizer::new(settings.lang),
                library,
                settings,
                data_dir: setup.data_dir.clone(),
                store,
                images: Images::default(),
                dashboard: None,
                profiles: Vec::new(),
                notices,
                setup,
                lrs,
                lrs_secret,
                sync,
                team_loader: None,
                egui: ctx.clone(),
            },
            screens: Screens {
                screen: Screen::Home,
                play: None,
                feedback: None,
                browse,
                progress: progress_view::ProgressState::default(),
                settings: settings_view::SettingsState::default(),
                trainer,
                shift: super::shift::ShiftState::default(),
                show_problems: false,
            },
            commands: Vec::new(),
            styled: false,
            focus_at_end: false,
        };
        app.res.refresh_dashboard();
        app.res.refresh_profiles();
        app
    }

    /// The palette of the current theme.
    #[must_use]
    pub fn palette(ctx: &egui::Context) -> Palette {
        Palette::new(ctx.global_style().visuals.dark_mode)
    }

    /// The current screen.
    #[must_use]
    pub fn screen(&self) -> Screen {
        self.screens.screen
    }

    /// Gives a command as if a screen had (tests and the shift benchmark drive the app so).
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    fn top_bar(&mut self, ui: &mut Ui, palette: &Palette) {
        let loc = &self.res.loc;
        let screen = self.screens.screen;
        let commands = &mut self.commands;
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
                    let nav = [
                        (Screen::Home, "nav-home"),
                        (Screen::Browse, "nav-browse"),
                        (Screen::Shift, "nav-shift"),
                        (Screen::Progress, "nav-progress"),
                        (Screen::Settings, "nav-settings"),
                        (Screen::Trainer, "nav-trainer"),
                    ];
                    for (target, id) in nav {
                        let selected = screen == target || (target == Screen::Progress && screen == Screen::Attempt);
                        if ui.selectable_label(selected, loc.t(id)).clicked() {
                            commands.push(if screen == Screen::Play {
                                Command::AskLeave
                            } else {
                                Command::Go(target)
                            });
                        }
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        ui.label(RichText::new(format!("👤 {}", self.res.settings.profile)).color(palette.muted))
                            .on_hover_text(loc.t("top-profile-hint"));
                    });
                });
            });
    }

    fn notices_ui(&mut self, ui: &mut Ui, palette: &Palette) {
        let problems = self.res.library.errors().count();
        if self.res.notices.is_empty() && problems == 0 {
            return;
        }
        let loc = &self.res.loc;
        let commands = &mut self.commands;
        let show_problems = &mut self.screens.show_problems;
        egui::Panel::top("notices")
            .frame(
                egui::Frame::new()
                    .fill(ui.visuals().faint_bg_color)
                    .inner_margin(egui::Margin::symmetric(16, 6)),
            )
            .show(ui, |ui| {
                for (i, n) in self.res.notices.iter().enumerate() {
                    let color = if n.error { palette.fail } else { palette.accent };
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(loc.msg(&n.msg)).color(color));
                        if ui.small_button(loc.t("notice-dismiss")).clicked() {
                            commands.push(Command::Dismiss(i));
                        }
                    });
                }
                if problems > 0 {
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(loc.ta("notice-skipped-files", &[("count", Arg::Num(problems as f64))]))
                                .color(palette.partial),
                        );
                        let label = if *show_problems {
                            "notice-hide-details"
                        } else {
                            "notice-show-details"
                        };
                        if ui.small_button(loc.t(label)).clicked() {
                            *show_problems = !*show_problems;
                        }
                    });
                    if *show_problems {
                        egui::ScrollArea::vertical().max_height(160.0).show(ui, |ui| {
                            for d in self.res.library.errors() {
                                ui.label(RichText::new(d.render(loc)).monospace().small());
                            }
                        });
                    }
                }
            });
    }

    /// Draws the current screen.
    fn screen_ui(&mut self, ui: &mut Ui, palette: &Palette) {
        let r = &self.res;
        let s = &mut self.screens;
        let v = View {
            library: &r.library,
            loc: &r.loc,
            settings: &r.settings,
            dashboard: r.dashboard.as_ref(),
            images: &r.images,
            setup: &r.setup,
            data_dir: r.data_dir.as_deref(),
            store_path: r.store.as_ref().and_then(Store::path),
            profiles: &r.profiles,
            lrs: r.lrs.as_ref(),
            sync: r.sync.as_ref().map(super::sync_worker::SyncWorker::snapshot),
            palette,
            screen: s.screen,
            trainer_unlocked: s.trainer.unlocked,
        };
        let out = &mut self.commands;
        match s.screen {
            Screen::Home => home::show(ui, &v, out),
            Screen::Browse => browse::show(ui, &mut s.browse, &v, out),
            Screen::Play => play::show(ui, s.play.as_mut(), &v, out),
            Screen::Feedback | Screen::Attempt => feedback::show(ui, s.feedback.as_mut(), &v, out),
            Screen::Progress => progress_view::show(ui, &mut s.progress, &v, out),
            Screen::Settings => settings_view::show(ui, &mut s.settings, &v, out),
            Screen::Trainer => super::trainer::show(ui, &mut s.trainer, &v, out),
            Screen::Shift => super::shift::show(ui, &mut s.shift, &v, out),
        }
    }
}

impl eframe::App for SomeaspaApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            theme::apply(&ctx, &self.res.settings);
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
        // Time-driven work first, whatever the screen: a shift whose time is up ends and is
        // recorded even while the trainee looks at another screen.
        self.before_frame();
        let palette = Self::palette(&ctx);
        // Esc goes back home from the screens that have nothing of their own to close; an
        // open popup or a focused text field takes Esc first (egui closes or unfocuses them).
        let escape_home = matches!(
            self.screens.screen,
            Screen::Browse | Screen::Progress | Screen::Settings
        ) && !egui::Popup::is_any_open(&ctx)
            && !self.focus_at_end
            && ctx.input(|i| i.key_pressed(egui::Key::Escape));
        self.top_bar(ui, &palette);
        self.notices_ui(ui, &palette);
        self.screen_ui(ui, &palette);
        if escape_home {
            self.commands.push(Command::Go(Screen::Home));
        }
        // egui drops the focus on Esc before the frame is drawn, so remember it here.
        self.focus_at_end = ctx.memory(|m| m.focused().is_some());
        self.apply(&ctx);
        self.after_frame(&ctx);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        // Closing the window mid-shift ends the shift: its report and attempts are kept.
        self.finish_shift();
    }
}
