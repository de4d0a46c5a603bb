//! Effects: the one place where the UI touches files, native dialogs, the progress store,
//! the PIN hash and autosave. Screens only draw and return [`Command`]s; the app applies
//! them here after the frame ([`SomeaspaApp::apply`]), and time-driven work (a shift whose
//! time is up, autosave, pictures asked for while drawing) runs here before and after
//! each frame, whatever screen is shown.
//!
//! Failures become notices in the interface language; nothing is dropped silently.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::app::{Resources, SomeaspaApp};
use super::command::{Command, ExportKind};
use super::shift::{Finished, ShiftCommand};
use super::state::{FeedbackState, Notice, PlayState, Screen};
use super::theme;
use super::trainer::{ReplaceChoice, TrainerCommand};
use crate::i18n::Msg;
use crate::messages::Localize;
use crate::play::{Answer, Instance, Session};
use crate::progress::dashboard::Dashboard;
use crate::progress::record::Attempt;
use crate::progress::{export as exchange, tracks};
use crate::scenario::Library;
use crate::scenario::library::user_packs_dir;
use crate::scenario::pack::PackSource;
use crate::shift::Shift;
use crate::shift::keep::{self, Player};
use crate::trainer::autosave;
use crate::trainer::document::Document;
use crate::trainer::{packs, pin};

/// The folder inside the data folder where new scenarios are saved unless the trainer picks
/// another: a pack like any other, loaded at start.
pub const OWN_PACK: &str = "my-scenarios";

impl Resources {
    /// Shows a message at the top of the window.
    pub(super) fn notify(&mut self, msg: Msg, error: bool) {
        self.notices.push(Notice { msg, error });
    }

    /// Says that the progress store failed, and why, at the top of the window.
    pub(super) fn store_failed(&mut self, e: &crate::progress::StoreError) {
        let why = self.loc.msg(&e.msg());
        self.notify(Msg::new("notice-store-unusable").with("error", why), true);
    }

    /// Recomputes the dashboard after attempts or the profile changed.
    pub fn refresh_dashboard(&mut self) {
        self.dashboard = self.store.as_ref().and_then(|s| {
            Dashboard::compute(s, &self.settings.profile, &self.library, self.settings.lang)
                .map_err(|e| log::warn!("dashboard not computed: {e}"))
                .ok()
        });
    }

    /// Reads the list of profiles again (after one was added or an import).
    pub fn refresh_profiles(&mut self) {
        self.profiles = match self.store.as_ref().map(crate::progress::Store::profiles) {
            Some(Ok(p)) => p,
            Some(Err(e)) => {
                self.store_failed(&e);
                Vec::new()
            }
            None => Vec::new(),
        };
    }

    /// Writes the settings file; a failure is shown.
    pub(super) fn save_settings(&mut self) {
        if let Some(dir) = &self.data_dir
            && let Err(e) = self.settings.save(dir)
        {
            let msg = Msg::new("notice-settings-unsaved").with("error", self.loc.msg(&e.msg()));
            self.notify(msg, true);
        }
    }

    /// Reads the packs again; pictures are read again too (packs may have moved).
    fn reload_library(&mut self) {
        self.library = Library::load(&crate::settings::pack_sources(
            &self.settings,
            self.data_dir.as_deref(),
            &self.setup.extra_packs,
        ));
        self.images.reset();
    }

    /// Tells the sender there is something new to send.
    pub(super) fn wake_sync(&self) {
        if let Some(w) = &self.sync {
            w.wake();
        }
    }

    /// Saves the LRS settings and the secret, and starts (or reconfigures) the sender.
    fn save_lrs(&mut self, ctx: &egui::Context, config: crate::lrs::LrsConfig, secret: Option<String>) {
        let Some(dir) = self.data_dir.clone() else {
            self.notify(Msg::new("notice-no-data-dir"), true);
            return;
        };
        if let Err(e) = config.save(&dir) {
            self.notify(Msg::new("lrs-save-failed").with("error", self.loc.msg(&e.msg())), true);
            return;
        }
        if let Some(s) = &secret
            && let Err(e) = crate::lrs::config::save_secret(&dir, s)
        {
            self.notify(Msg::new("lrs-save-failed").with("error", self.loc.msg(&e.msg())), true);
            return;
        }
        if secret.is_some() {
            self.lrs_secret = secret;
        }
        self.lrs = Some(config.clone());
        self.notify(Msg::new("lrs-saved"), false);
        let Some(secret) = self.lrs_secret.clone() else {
            self.notify(Msg::new("lrs-no-secret"), true);
            return;
        };
        match &self.sync {
            Some(w) => {
                w.configure(config, secret);
                w.wake();
            }
            None => {
                let ctx = ctx.clone();
                self.sync = Some(super::sync_worker::SyncWorker::start(dir, config, secret, move || {
                    ctx.request_repaint();
                }));
            }
        }
    }

    /// Where exports go: `<data>/exports/`.
    fn exports_dir(&self) -> Option<PathBuf> {
        self.data_dir.as_ref().map(|d| d.join("exports"))
    }
}

impl SomeaspaApp {
    /// Time-driven work before drawing: a shift whose time is up ends and is kept.
    pub(super) fn before_frame(&mut self) {
        if self
            .screens
            .shift
            .running
            .as_ref()
            .is_some_and(|r| r.shift.is_over(r.now_ms()))
        {
            self.finish_shift();
        }
    }

    /// Work after the frame: pictures asked for while drawing, the editor's validation
    /// and autosave.
    pub(super) fn after_frame(&mut self, ctx: &egui::Context) {
        if self.res.images.has_wanted() {
            self.res.images.load_wanted(&self.res.library);
            ctx.request_repaint();
        }
        self.editor_upkeep(ctx);
        self.team_upkeep();
    }

    /// Takes a finished team load into the trainer area.
    fn team_upkeep(&mut self) {
        let Some(loader) = &self.res.team_loader else { return };
        let (fetched, done) = match loader.state.lock() {
            Ok(mut s) => (s.fetched, s.done.take()),
            Err(_) => (0, Some(Err("the team load stopped".to_owned()))),
        };
        let team = &mut self.screens.trainer.team;
        team.fetched = fetched;
        if let Some(done) = done {
            self.res.team_loader = None;
            team.loading = false;
            match done {
                Ok((t, cache)) => {
                    team.team = Some(t);
                    team.cache = cache;
                    team.error = None;
                }
                Err(e) => team.error = Some(e),
            }
        }
    }

    /// Validates the open document when it changed and autosaves it a moment after the
    /// last change.
    fn editor_upkeep(&mut self, ctx: &egui::Context) {
        let t = &mut self.screens.trainer;
        let Some(doc) = &mut t.doc else { return };
        if t.editor.validated != Some(doc.revision()) {
            doc.validate(&self.res.library, &self.res.loc);
            t.editor.validated = Some(doc.revision());
        }
        let Some(dir) = self.res.data_dir.clone() else { return };
        let now = (ctx.input(|i| i.time) * 1000.0) as u64;
        if let Err(e) = t.autosaver.tick(doc, now, &dir) {
            let msg = Msg::new("trainer-autosave-failed").with("error", self.res.loc.msg(&e.msg()));
            self.res.notify(msg, true);
        }
        let t = &self.screens.trainer;
        if let Some(doc) = &t.doc
            && t.autosaver.pending(doc)
        {
            ctx.request_repaint_after(std::time::Duration::from_millis(t.autosaver.delay_ms.max(50)));
        }
    }

    /// Applies the commands of the frame.
    pub(super) fn apply(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        for c in commands {
            match c {
                Command::Go(s) => self.go(s),
                Command::Start { scenario, seed } => self.start(&scenario, seed),
                Command::Retry => {
                    if let Some(id) = self.screens.feedback.as_ref().map(|f| f.attempt.scenario.clone()) {
                        self.start(&id, None);
                    }
                }
                Command::Submit(answer) => self.submit(answer),
                Command::Leave => {
                    self.screens.play = None;
                    self.screens.screen = Screen::Home;
                    self.res.refresh_dashboard();
                }
                Command::AskLeave => {
                    if let Some(p) = &mut self.screens.play {
                        p.confirm_leave = true;
                    }
                }
                Command::SetLang(lang) => {
                    // The browser's language filter follows the interface unless the
                    // trainee chose another language (or all) there.
                    if self.screens.browse.lang == Some(self.res.settings.lang) {
                        self.screens.browse.lang = Some(lang);
                    }
                    self.res.settings.lang = lang;
                    self.res.loc.set_lang(lang);
                    self.res.save_settings();
                    self.res.refresh_dashboard();
                }
                Command::SetTheme(t) => {
                    self.res.settings.theme = t;
                    theme::apply(ctx, &self.res.settings);
                    self.res.save_settings();
                }
                Command::SetTextScale(s) => {
                    self.res.settings.text_scale = s;
                    theme::apply(ctx, &self.res.settings);
                    self.res.save_settings();
                }
                Command::SetProfile(name) => self.set_profile(&name),
                Command::SetHints(on) => {
                    self.res.settings.live_hints = on;
                    self.res.save_settings();
                }
                Command::OpenAttempt(id) => self.open_attempt(id),
                Command::Export(kind) => self.export(kind),
                Command::Import => self.import(),
                Command::Certificate(track) => self.certificate(&track),
                Command::Dismiss(i) => {
                    if i < self.res.notices.len() {
                        self.res.notices.remove(i);
                    }
                }
                Command::ReloadLibrary => self.res.reload_library(),
                Command::Playtest(step) => self.playtest(&step),
                Command::SetOverride {
                    attempt,
                    step,
                    criterion,
                    value,
                } => {
                    let done = self
                        .res
                        .store
                        .as_mut()
                        .map(|s| s.set_override(attempt, step, criterion, value.as_ref()));
                    if let Some(Err(e)) = done {
                        self.res.store_failed(&e);
                    }
                    let selected = self.screens.feedback.as_ref().and_then(|f| f.selected);
                    self.open_attempt(attempt);
                    if let Some(f) = &mut self.screens.feedback {
                        f.selected = selected;
                    }
                    self.screens.trainer.review = super::trainer::ReviewState::default();
                }
                Command::Notify(n) => self.res.notices.push(n),
                Command::SaveLrs { config, secret } => self.res.save_lrs(ctx, *config, secret.map(|s| s.0)),
                Command::TestLrs => match &self.res.sync {
                    Some(w) => w.test(),
                    None => self.res.notify(Msg::new("lrs-not-set-up"), true),
                },
                Command::SyncNow => match &self.res.sync {
                    Some(w) => w.wake(),
                    None => self.res.notify(Msg::new("lrs-not-set-up"), true),
                },
                Command::Shift(c) => self.shift(c),
                Command::Trainer(c) => self.trainer(c),
            }
        }
    }

    fn go(&mut self, s: Screen) {
        if self.screens.screen == Screen::Play && s != Screen::Play {
            self.screens.play = None;
        }
        if s == Screen::Home || s == Screen::Progress {
            self.res.refresh_dashboard();
        }
        self.screens.screen = s;
    }

    fn set_profile(&mut self, name: &str) {
        let name = name.trim().to_owned();
        if name.is_empty() {
            return;
        }
        if let Some(store) = &self.res.store
            && let Err(e) = store.ensure_profile(&name)
        {
            // The profile was not created (a name the store refuses, or a store that
            // fails): say why and stay on the current one.
            let msg = match &e {
                crate::progress::StoreError::BadProfileName(_) => crate::messages::Localize::msg(&e),
                _ => {
                    self.res.store_failed(&e);
                    return;
                }
            };
            self.res.notify(msg, true);
            return;
        }
        self.res.settings.profile = name;
        self.res.save_settings();
        self.res.refresh_dashboard();
        self.res.refresh_profiles();
    }

    /// Starts a scenario.
    fn start(&mut self, id: &str, seed: Option<u64>) {
        let Some(loaded) = self.res.library.scenario(id) else {
            self.res
                .notify(Msg::new("notice-scenario-missing").with("id", id), true);
            return;
        };
        let seed = seed.unwrap_or_else(rand::random);
        self.screens.play = Some(PlayState::new(Session::new(Instance::drawn(loaded, seed)), false));
        self.res.settings.last_scenario = Some(id.to_owned());
        self.res.save_settings();
        self.screens.screen = Screen::Play;
    }

    /// Play-tests the editor's scenario from a step: played like any scenario, not recorded.
    fn playtest(&mut self, step: &str) {
        let Some(loaded) = self
            .screens
            .trainer
            .doc
            .as_ref()
            .and_then(|d| d.as_loaded(&self.res.library))
        else {
            return;
        };
        self.screens.play = Some(PlayState::new(
            Session::starting_at(Instance::with_defaults(&loaded), step),
            true,
        ));
        self.screens.screen = Screen::Play;
    }

    /// Takes the current turn; at the end of the scenario, records the attempt and shows
    /// the feedback.
    fn submit(&mut self, answer: Answer) {
        let Some(play) = &mut self.screens.play else { return };
        let elapsed = u64::try_from(play.step_started.elapsed().as_millis()).unwrap_or(u64::MAX);
        if let Err(e) = play.session.submit(&self.res.library, answer, elapsed) {
            // The turn widgets only offer answers that fit; this is a bug, so say so.
            log::error!("answer not taken: {e}");
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
            && !self.res.setup.typing_delay.is_zero();
        let delay = if typing {
            self.res.setup.typing_delay
        } else {
            std::time::Duration::ZERO
        };
        play.reveal_at = typing.then(|| now_i + delay);
        play.step_started = now_i + delay;
        if play.session.is_finished() {
            self.finish_play();
        }
    }

    /// Keeps the finished attempt and shows its feedback.
    fn finish_play(&mut self) {
        let Some(play) = self.screens.play.take() else { return };
        let attempt = Attempt::from_session(
            &play.session,
            &self.res.settings.profile,
            play.started_at.clone(),
            &self.res.loc,
        );
        let stored = if play.playtest {
            None
        } else {
            let (lrs, library) = (self.res.lrs.as_ref(), &self.res.library);
            let kept = self
                .res
                .store
                .as_mut()
                .map(|s| crate::lrs::record_attempt(s, lrs, library, &attempt));
            self.res.wake_sync();
            match kept {
                Some(Ok(id)) => id,
                Some(Err(e)) => {
                    self.res.notify(
                        Msg::new("notice-attempt-unsaved").with("error", self.res.loc.msg(&e.msg())),
                        true,
                    );
                    None
                }
                None => None,
            }
        };
        self.screens.feedback = Some(FeedbackState {
            attempt,
            instance: Some(play.session.instance),
            stored,
            selected: None,
            playtest: play.playtest,
        });
        if !play.playtest {
            self.res.refresh_dashboard();
        }
        self.screens.screen = Screen::Feedback;
    }

    fn open_attempt(&mut self, id: i64) {
        let Some(store) = &self.res.store else { return };
        match store.attempt(id) {
            Ok(Some(attempt)) => {
                let instance = self
                    .res
                    .library
                    .scenario(&attempt.scenario)
                    .map(|l| Instance::for_attempt(l, attempt.seed));
                self.screens.feedback = Some(FeedbackState {
                    attempt,
                    instance,
                    stored: Some(id),
                    selected: None,
                    playtest: false,
                });
                self.screens.screen = Screen::Attempt;
            }
            Ok(None) => self.res.notify(Msg::new("notice-attempt-gone"), true),
            Err(e) => self.res.store_failed(&e),
        }
    }

    /// Saves `content` under the exports folder and, when dialogs are on, offers to save a
    /// copy elsewhere. Reports where it went.
    fn save_export(&mut self, file_name: &str, content: &str) {
        let Some(dir) = self.res.exports_dir() else {
            self.res.notify(Msg::new("notice-no-data-dir"), true);
            return;
        };
        let path = dir.join(file_name);
        match crate::fsutil::write_atomic(&path, content.as_bytes()) {
            Ok(()) => self.res.notify(
                Msg::new("notice-exported").with("path", path.display().to_string()),
                false,
            ),
            Err(e) => {
                let why = self.res.loc.msg(&crate::messages::io_msg(&path, &e));
                self.res
                    .notify(Msg::new("notice-export-failed").with("error", why), true);
                return;
            }
        }
        if self.res.setup.dialogs
            && let Some(other) = rfd::FileDialog::new().set_file_name(file_name).save_file()
        {
            match crate::fsutil::write_atomic(&other, content.as_bytes()) {
                Ok(()) => self.res.notify(
                    Msg::new("notice-exported").with("path", other.display().to_string()),
                    false,
                ),
                Err(e) => {
                    let why = self.res.loc.msg(&crate::messages::io_msg(&other, &e));
                    self.res
                        .notify(Msg::new("notice-export-failed").with("error", why), true);
                }
            }
        }
    }

    /// Exports the profile's progress.
    fn export(&mut self, kind: ExportKind) {
        let Some(store) = &self.res.store else { return };
        let profile = self.res.settings.profile.clone();
        let date = jiff::Zoned::now().date().to_string();
        let (content, ext) = match kind {
            ExportKind::Csv => (exchange::csv(store, &profile), "csv"),
            ExportKind::Html => (exchange::html(store, &profile, &self.res.loc), "html"),
            ExportKind::Json => (exchange::export_text(store, &profile), "someaspa.json"),
        };
        match content {
            Ok(c) => self.save_export(&format!("someaspa-{}-{date}.{ext}", safe_name(&profile)), &c),
            Err(e) => self.res.notify(
                Msg::new("notice-export-failed").with("error", self.res.loc.msg(&e.msg())),
                true,
            ),
        }
    }

    /// Imports trainees' exports: picked with a dialog, or every file in `<data>/imports/`.
    fn import(&mut self) {
        let files: Vec<PathBuf> = if self.res.setup.dialogs {
            rfd::FileDialog::new()
                .add_filter("Someaspa", &["json"])
                .pick_files()
                .unwrap_or_default()
        } else {
            match self.res.data_dir.as_ref().map(|d| d.join("imports")) {
                Some(dir) => match std::fs::read_dir(&dir) {
                    Ok(rd) => rd
                        .flatten()
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "json"))
                        .collect(),
                    Err(e) => {
                        let msg = Msg::new("import-failed").with("error", format!("{}: {e}", dir.display()));
                        self.res.notify(msg, true);
                        Vec::new()
                    }
                },
                None => Vec::new(),
            }
        };
        let Some(store) = &mut self.res.store else { return };
        let mut notices = Vec::new();
        for f in files {
            match exchange::import(store, &f, None, &self.res.library, &self.res.loc) {
                Ok(r) => notices.extend(r.messages().into_iter().map(|msg| Notice { msg, error: false })),
                Err(e) => notices.push(Notice {
                    msg: Msg::new("import-failed").with("error", format!("{}: {e}", f.display())),
                    error: true,
                }),
            }
        }
        self.res.notices.extend(notices);
        self.res.refresh_dashboard();
        self.res.refresh_profiles();
        self.screens.trainer.review = super::trainer::ReviewState::default();
    }

    /// Saves the certificate of a completed track.
    fn certificate(&mut self, track_id: &str) {
        let Some(dash) = &self.res.dashboard else { return };
        let Some(p) = dash.tracks.iter().find(|t| t.id == track_id) else {
            return;
        };
        if !p.complete() {
            return;
        }
        let html = tracks::certificate(p, &self.res.settings.profile, &dash.mastery, &self.res.loc);
        let name = format!(
            "certificate-{}-{}.html",
            safe_name(track_id),
            safe_name(&self.res.settings.profile)
        );
        self.save_export(&name, &html);
    }

    // ---- Shift mode ----

    fn shift(&mut self, command: ShiftCommand) {
        match command {
            ShiftCommand::Start(spec) => match Shift::draw(&self.res.library, spec) {
                Ok(shift) => self.screens.shift.begin(shift),
                Err(e) => self.res.notify(
                    Msg::new("shift-cannot-start").with("error", self.res.loc.msg(&e.msg())),
                    true,
                ),
            },
            ShiftCommand::Select(i) => {
                if let Some(r) = &mut self.screens.shift.running
                    && r.selected != Some(i)
                {
                    r.selected = Some(i);
                    r.draft.clear();
                    r.picked = None;
                }
            }
            ShiftCommand::Answer(i, answer) => self.answer_post(i, answer),
            ShiftCommand::End => self.finish_shift(),
            ShiftCommand::NewShift => self.screens.shift.finished = None,
            ShiftCommand::Progress => self.go(Screen::Progress),
        }
    }

    fn answer_post(&mut self, index: usize, answer: Answer) {
        let Some(r) = &mut self.screens.shift.running else {
            return;
        };
        let now = r.now_ms();
        match r.shift.answer(&self.res.library, index, answer, now) {
            Ok(rec) => {
                r.last = Some((index, rec.result.total, rec.result.passed));
                // Kept at once: a shift cut short (closed, killed) still has its replies.
                if let Some(store) = &mut self.res.store {
                    let who = Player {
                        profile: &self.res.settings.profile,
                        started_at: r.started_at,
                        lrs: self.res.lrs.as_ref(),
                    };
                    match keep::keep_post(store, &r.shift, index, who, &self.res.loc) {
                        Ok(true) => r.kept.push(index),
                        Ok(false) => {}
                        Err(e) => self.res.notices.push(Notice {
                            msg: Msg::new("notice-attempt-unsaved").with("error", self.res.loc.msg(&e.msg())),
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
            Err(e) => self.res.notify(
                Msg::new("shift-cannot-answer").with("error", self.res.loc.msg(&e.msg())),
                true,
            ),
        }
    }

    /// Ends the running shift, keeps its attempts and shows the report (when the trainee
    /// ends it, when its time is up on any screen, and when the window closes).
    pub(super) fn finish_shift(&mut self) {
        let Some(mut r) = self.screens.shift.running.take() else {
            return;
        };
        let now = r.now_ms();
        let who = Player {
            profile: &self.res.settings.profile,
            started_at: r.started_at,
            lrs: self.res.lrs.as_ref(),
        };
        let ended = keep::finish(&mut r.shift, now, &r.kept, self.res.store.as_mut(), who, &self.res.loc);
        if let Some(e) = &ended.error {
            self.res.notify(
                Msg::new("notice-attempt-unsaved").with("error", self.res.loc.msg(&e.msg())),
                true,
            );
        }
        self.screens.shift.finished = Some(Finished {
            stored: self.res.store.is_some() && ended.error.is_none(),
            shift: r.shift,
            report: ended.report,
        });
        self.res.refresh_dashboard();
        self.res.wake_sync();
    }

    // ---- Trainer area ----

    fn trainer(&mut self, command: TrainerCommand) {
        let Some(dir) = self.res.data_dir.clone() else { return };
        match command {
            TrainerCommand::CheckPin => self.screens.trainer.pin_set = Some(pin::is_set(&dir)),
            TrainerCommand::Unlock { pin: typed, again } => self.unlock(&dir, &typed, again.as_deref()),
            TrainerCommand::Lock => {
                let t = &mut self.screens.trainer;
                t.unlocked = false;
                t.pin.clear();
                self.go(Screen::Home);
            }
            TrainerCommand::RestoreAutosave => {
                let t = &mut self.screens.trainer;
                if let Some(found) = t.recovered.take() {
                    t.doc = Some(found.restore());
                    t.tab = super::trainer::Tab::Editor;
                    t.editor = super::trainer::EditorState::default();
                }
            }
            TrainerCommand::DiscardAutosave => {
                self.screens.trainer.recovered = None;
                if let Err(e) = autosave::clear(&dir) {
                    self.res.notify(
                        Msg::new("trainer-autosave-unreadable").with("error", self.res.loc.msg(&e.msg())),
                        true,
                    );
                }
            }
            TrainerCommand::New(lang) => self.open_doc(Document::from_template(lang), &dir),
            TrainerCommand::Duplicate(id) => {
                let Some(l) = self.res.library.scenario(&id) else {
                    return;
                };
                let copy = self.res.library.free_id(&id);
                let doc = Document::duplicate(l, &copy);
                self.open_doc(doc, &dir);
            }
            TrainerCommand::Open(id) => {
                let Some(l) = self.res.library.scenario(&id) else {
                    return;
                };
                let pack = self.res.library.pack_of(l).clone();
                if !matches!(pack, PackSource::Dir(_)) {
                    return;
                }
                match Document::open(Path::new(&l.file), pack) {
                    Ok(doc) => self.open_doc(doc, &dir),
                    Err(e) => self.res.notify(
                        Msg::new("editor-open-failed").with("error", self.res.loc.msg(&e.msg())),
                        true,
                    ),
                }
            }
            TrainerCommand::Save { choose } => self.save_doc(&dir, choose),
            TrainerCommand::Replace(choice) => self.replace_choice(&dir, choice),
            TrainerCommand::ExportPack => self.export_pack(&dir),
            TrainerCommand::ChoosePack => {
                if let Some(p) = rfd::FileDialog::new().pick_folder() {
                    self.check_pack(&p);
                }
            }
            TrainerCommand::CheckPack(p) => self.check_pack(&p),
            TrainerCommand::ImportPack => self.import_pack(&dir),
            TrainerCommand::LoadReview => {
                let rows = match self.res.store.as_ref().map(crate::progress::Store::all_attempts) {
                    Some(Ok(rows)) => rows,
                    Some(Err(e)) => {
                        self.res.store_failed(&e);
                        Vec::new()
                    }
                    None => Vec::new(),
                };
                self.screens.trainer.review.rows = Some(rows);
            }
            TrainerCommand::LoadTeam => {
                let (Some(c), Some(secret)) = (&self.res.lrs, &self.res.lrs_secret) else {
                    self.res.notify(Msg::new("lrs-not-set-up"), true);
                    return;
                };
                if self.res.team_loader.is_none() {
                    let team = &mut self.screens.trainer.team;
                    team.loading = true;
                    team.fetched = 0;
                    let cache = team.cache.clone();
                    let egui = self.res.egui.clone();
                    self.res.team_loader = Some(super::sync_worker::TeamLoader::start(c, secret, cache, move || {
                        egui.request_repaint();
                    }));
                }
            }
            TrainerCommand::LoadCalibration => {
                let list = match self.res.store.as_ref().map(crate::progress::Store::reviewed) {
                    Some(Ok(r)) => crate::trainer::calibration::calibrate(&r),
                    Some(Err(e)) => {
                        self.res.store_failed(&e);
                        Vec::new()
                    }
                    None => Vec::new(),
                };
                self.screens.trainer.review.agreement = Some(list);
            }
        }
    }

    /// Sets the first PIN or checks one; on success, opens the area and offers unsaved work
    /// of an earlier run back.
    fn unlock(&mut self, dir: &Path, typed: &str, again: Option<&str>) {
        let result = match again {
            Some(again) => pin::set(dir, typed, again).map(|()| true),
            None => pin::verify(dir, typed),
        };
        let t = &mut self.screens.trainer;
        t.pin.clear();
        t.pin_again.clear();
        t.pin_error = match result {
            Ok(true) => {
                t.unlocked = true;
                t.pin_set = Some(true);
                None
            }
            Ok(false) => Some(Msg::new("trainer-pin-wrong")),
            Err(pin::PinError::Weak) => {
                Some(Msg::new("trainer-pin-weak").num("min", u32::try_from(pin::MIN_LEN).unwrap_or(4)))
            }
            Err(pin::PinError::Mismatch) => Some(Msg::new("trainer-pin-mismatch")),
            Err(e) => Some(Msg::new("trainer-pin-error").with("error", self.res.loc.msg(&e.msg()))),
        };
        if t.unlocked && !t.checked_autosave {
            t.checked_autosave = true;
            match autosave::load(dir) {
                Ok(found) => t.recovered = found,
                Err(e) => self.res.notify(
                    Msg::new("trainer-autosave-unreadable").with("error", self.res.loc.msg(&e.msg())),
                    true,
                ),
            }
        }
    }

    /// Opens `doc` in the editor; with unsaved changes in the open one, asks first (there is
    /// one autosave slot, so silently switching would lose that work at the next autosave).
    fn open_doc(&mut self, doc: Document, dir: &Path) {
        if self
            .screens
            .trainer
            .doc
            .as_ref()
            .is_some_and(Document::has_unsaved_work)
        {
            self.screens.trainer.pending_open = Some(doc);
            return;
        }
        self.replace_doc(doc, dir);
    }

    fn replace_doc(&mut self, doc: Document, dir: &Path) {
        if let Err(e) = autosave::clear(dir) {
            // The next autosave overwrites it anyway; the new document is not at risk.
            log::warn!("could not remove the autosave: {e}");
        }
        let t = &mut self.screens.trainer;
        t.doc = Some(doc);
        t.editor = super::trainer::EditorState::default();
        // Revisions count per document: a fresh autosaver does not mistake the new one's for the old.
        t.autosaver = autosave::Autosaver::new(t.autosaver.delay_ms);
    }

    fn replace_choice(&mut self, dir: &Path, choice: ReplaceChoice) {
        match choice {
            ReplaceChoice::Stay => self.screens.trainer.pending_open = None,
            ReplaceChoice::Discard => {
                if let Some(doc) = self.screens.trainer.pending_open.take() {
                    self.replace_doc(doc, dir);
                }
            }
            ReplaceChoice::Save => {
                self.save_doc(dir, false);
                if self
                    .screens
                    .trainer
                    .doc
                    .as_ref()
                    .is_some_and(Document::has_unsaved_work)
                {
                    // Not saved (the notice says why): keep the work open.
                    self.screens.trainer.pending_open = None;
                } else if let Some(doc) = self.screens.trainer.pending_open.take() {
                    self.replace_doc(doc, dir);
                }
            }
        }
    }

    /// Saves the document: into its file, or (first save) into the own pack of the data
    /// folder, or into a folder the trainer picks.
    fn save_doc(&mut self, dir: &Path, choose: bool) {
        let Some(doc) = &mut self.screens.trainer.doc else {
            return;
        };
        let result = if doc.path.is_some() && !choose {
            doc.save()
        } else {
            let pack_dir = if choose {
                match rfd::FileDialog::new().pick_folder() {
                    Some(p) => p,
                    None => return,
                }
            } else {
                user_packs_dir(dir).join(OWN_PACK)
            };
            let Some(file) = doc.default_file_in(&pack_dir) else {
                self.res.notify(Msg::new("editor-save-unparsed"), true);
                return;
            };
            // A folder outside the data folder is remembered, so what is saved there stays
            // in the library after a reload and the next start.
            if !pack_dir.starts_with(user_packs_dir(dir)) && !self.res.settings.pack_folders.contains(&pack_dir) {
                self.res.settings.pack_folders.push(pack_dir.clone());
                self.res.save_settings();
            }
            doc.pack = PackSource::Dir(pack_dir);
            doc.save_as(file)
        };
        match result {
            Ok(path) => {
                if let Err(e) = autosave::clear(dir) {
                    // Saved; a stale autosave is offered once more at worst.
                    log::warn!("could not remove the autosave: {e}");
                }
                self.res.notify(
                    Msg::new("editor-saved-to").with("path", path.display().to_string()),
                    false,
                );
                self.res.reload_library();
                self.screens.trainer.editor.validated = None;
            }
            Err(e) => self.res.notify(
                Msg::new("editor-save-failed").with("error", self.res.loc.msg(&e.msg())),
                true,
            ),
        }
    }

    fn export_pack(&mut self, dir: &Path) {
        let stamp = jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string();
        let name = format!("someaspa-pack-{stamp}");
        let dest = if self.res.setup.dialogs {
            match rfd::FileDialog::new().pick_folder() {
                Some(p) => p.join(name),
                None => return,
            }
        } else {
            dir.join("exports").join(name)
        };
        let ids: Vec<String> = self.screens.trainer.packs.selected.iter().cloned().collect();
        match packs::export(&self.res.library, &ids, &dest) {
            Ok(done) => self.res.notify(
                Msg::new("packs-exported")
                    .with("path", dest.display().to_string())
                    .num("scenarios", u32::try_from(done.scenarios).unwrap_or(u32::MAX))
                    .num("images", u32::try_from(done.images).unwrap_or(u32::MAX)),
                false,
            ),
            Err(e) => self
                .res
                .notify(Msg::new("packs-failed").with("error", self.res.loc.msg(&e.msg())), true),
        }
    }

    fn check_pack(&mut self, path: &Path) {
        if !path.is_dir() {
            self.res.notify(
                Msg::new("packs-not-folder").with("path", path.display().to_string()),
                true,
            );
            return;
        }
        match packs::plan(&self.res.library, path) {
            Ok(plan) => {
                let p = &mut self.screens.trainer.packs;
                p.choices = plan
                    .scenarios
                    .iter()
                    .filter(|s| s.clash.is_some())
                    .map(|s| (s.id.clone(), packs::Choice::Copy))
                    .collect();
                p.plan = Some(plan);
            }
            Err(e) => self
                .res
                .notify(Msg::new("packs-failed").with("error", self.res.loc.msg(&e.msg())), true),
        }
    }

    fn import_pack(&mut self, dir: &Path) {
        let p = &mut self.screens.trainer.packs;
        let Some(plan) = p.plan.take() else { return };
        match packs::apply(&self.res.library, &plan, &p.choices, dir) {
            Ok(done) => {
                self.res.notify(
                    Msg::new("packs-imported")
                        .with("path", done.folder.display().to_string())
                        .num("count", u32::try_from(done.scenarios.len()).unwrap_or(u32::MAX)),
                    false,
                );
                self.res.reload_library();
            }
            Err(e) => self
                .res
                .notify(Msg::new("packs-failed").with("error", self.res.loc.msg(&e.msg())), true),
        }
    }
}

/// A file-name-safe form of a profile or track name.
fn safe_name(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' })
        .collect()
}
