//! The trainer area: behind a PIN, the scenario editor, review of attempts, calibration and
//! pack exchange. Each tab is its own file; the logic lives in [`crate::trainer`].

mod editor;
mod forms;
mod packs_tab;
mod review;

use egui::{Key, RichText, Ui};

use super::app::SomeaspaApp;
use super::theme::Palette;
use super::widgets::page;
use crate::i18n::Msg;
use crate::trainer::autosave::{self, Autosave, Autosaver};
use crate::trainer::document::Document;
use crate::trainer::pin;

/// The tabs of the trainer area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// The scenario editor.
    Editor,
    /// Every attempt, to review and override.
    Review,
    /// Agreement between trainers and the scorer.
    Calibration,
    /// Export and import packs.
    Packs,
}

/// The trainer area's state.
pub struct TrainerState {
    /// The PIN was entered in this run.
    pub unlocked: bool,
    /// The PIN being typed.
    pub pin: String,
    /// The confirmation of a new PIN.
    pub pin_again: String,
    /// Why the last PIN was refused.
    pub pin_error: Option<Msg>,
    /// The open tab.
    pub tab: Tab,
    /// The scenario being edited.
    pub doc: Option<Document>,
    /// A document waiting to replace `doc` until the trainer says what to do with the
    /// unsaved changes (save, discard or stay).
    pub pending_open: Option<Document>,
    /// Writes unsaved work now and then.
    pub autosaver: Autosaver,
    /// Unsaved work from an earlier run, offered back.
    pub recovered: Option<Autosave>,
    /// Has the data folder been checked for an autosave in this run?
    pub checked_autosave: bool,
    /// Editor view state.
    pub editor: editor::EditorState,
    /// Pack tab state.
    pub packs: packs_tab::PacksState,
    /// Review tab state.
    pub review: review::ReviewState,
}

impl TrainerState {
    /// Locked, nothing open.
    #[must_use]
    pub fn new() -> Self {
        TrainerState {
            unlocked: false,
            pin: String::new(),
            pin_again: String::new(),
            pin_error: None,
            tab: Tab::Editor,
            doc: None,
            pending_open: None,
            autosaver: Autosaver::new(2_000),
            recovered: None,
            checked_autosave: false,
            editor: editor::EditorState::default(),
            packs: packs_tab::PacksState::default(),
            review: review::ReviewState::default(),
        }
    }
}

impl Default for TrainerState {
    fn default() -> Self {
        Self::new()
    }
}

/// Draws the trainer area (or its PIN gate).
pub fn show(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    let Some(dir) = app.data_dir.clone() else {
        page(ui, "trainer-no-data", 640.0, |ui| {
            super::widgets::empty_state(
                ui,
                &app.loc.t("trainer-no-data-title"),
                &app.loc.t("trainer-no-data"),
                palette,
            );
        });
        return;
    };
    if !app.trainer.unlocked {
        gate(ui, app, &dir, palette);
        return;
    }
    if !app.trainer.checked_autosave {
        app.trainer.checked_autosave = true;
        app.trainer.autosaver.delay_ms = u64::try_from(app.setup.autosave_delay.as_millis()).unwrap_or(2_000);
        match autosave::load(&dir) {
            Ok(found) => app.trainer.recovered = found,
            Err(e) => app.notices.push(super::app::Notice {
                msg: Msg::new("trainer-autosave-unreadable").with("error", e.to_string()),
                error: true,
            }),
        }
    }
    egui::Panel::top("trainer-tabs")
        .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(16, 6)))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                for (tab, id) in [
                    (Tab::Editor, "trainer-tab-editor"),
                    (Tab::Review, "trainer-tab-review"),
                    (Tab::Calibration, "trainer-tab-calibration"),
                    (Tab::Packs, "trainer-tab-packs"),
                ] {
                    if ui.selectable_label(app.trainer.tab == tab, app.loc.t(id)).clicked() {
                        app.trainer.tab = tab;
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(app.loc.t("trainer-lock")).clicked() {
                        app.trainer.unlocked = false;
                        app.trainer.pin.clear();
                        app.commands.push(super::app::Command::Go(super::app::Screen::Home));
                    }
                });
            });
        });
    if let Some(found) = app.trainer.recovered.clone() {
        recovery_banner(ui, app, &dir, found, palette);
    }
    match app.trainer.tab {
        Tab::Editor => editor::show(ui, app, &dir, palette),
        Tab::Review => review::show_list(ui, app, palette),
        Tab::Calibration => review::show_calibration(ui, app, palette),
        Tab::Packs => packs_tab::show(ui, app, &dir, palette),
    }
}

fn recovery_banner(ui: &mut Ui, app: &mut SomeaspaApp, dir: &std::path::Path, found: Autosave, palette: &Palette) {
    egui::Panel::top("trainer-recovery")
        .frame(
            egui::Frame::new()
                .fill(ui.visuals().faint_bg_color)
                .inner_margin(egui::Margin::symmetric(16, 8)),
        )
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let when = super::widgets::local_time(&found.saved_at);
                ui.label(
                    RichText::new(app.loc.ta("trainer-recover", &[("when", crate::i18n::Arg::Str(when))]))
                        .color(palette.partial),
                );
                if ui.button(app.loc.t("trainer-recover-restore")).clicked() {
                    app.trainer.doc = Some(found.clone().restore());
                    app.trainer.recovered = None;
                    app.trainer.tab = Tab::Editor;
                    app.trainer.editor = editor::EditorState::default();
                }
                if ui.button(app.loc.t("trainer-recover-discard")).clicked() {
                    app.trainer.recovered = None;
                    if let Err(e) = autosave::clear(dir) {
                        app.notices.push(super::app::Notice {
                            msg: Msg::new("trainer-autosave-unreadable").with("error", e.to_string()),
                            error: true,
                        });
                    }
                }
            });
        });
}

/// The PIN gate: set a PIN on first use, then ask for it.
fn gate(ui: &mut Ui, app: &mut SomeaspaApp, dir: &std::path::Path, palette: &Palette) {
    let first = !pin::is_set(dir);
    page(ui, "trainer-gate", 420.0, |ui| {
        let loc = &app.loc;
        ui.add_space(40.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(loc.t(if first {
                    "trainer-pin-set-title"
                } else {
                    "trainer-pin-title"
                }))
                .size(20.0)
                .strong(),
            );
            ui.label(
                RichText::new(loc.t(if first {
                    "trainer-pin-set-help"
                } else {
                    "trainer-pin-help"
                }))
                .color(palette.muted),
            );
            ui.add_space(8.0);
            let l = ui.label(loc.t("trainer-pin"));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut app.trainer.pin)
                        .password(true)
                        .desired_width(200.0),
                )
                .labelled_by(l.id);
            let mut enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if first {
                let l = ui.label(loc.t("trainer-pin-again"));
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut app.trainer.pin_again)
                            .password(true)
                            .desired_width(200.0),
                    )
                    .labelled_by(l.id);
                enter |= r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            }
            if let Some(m) = &app.trainer.pin_error {
                ui.label(RichText::new(loc.msg(m)).color(palette.fail));
            }
            ui.add_space(6.0);
            let button = loc.t(if first { "trainer-pin-set" } else { "trainer-pin-enter" });
            if ui.button(RichText::new(button).strong()).clicked() || enter {
                let t = &mut app.trainer;
                let result = if first {
                    pin::set(dir, &t.pin, &t.pin_again).map(|()| true)
                } else {
                    pin::verify(dir, &t.pin)
                };
                t.pin_error = match result {
                    Ok(true) => {
                        t.unlocked = true;
                        None
                    }
                    Ok(false) => Some(Msg::new("trainer-pin-wrong")),
                    Err(pin::PinError::Weak) => {
                        Some(Msg::new("trainer-pin-weak").num("min", u32::try_from(pin::MIN_LEN).unwrap_or(4)))
                    }
                    Err(pin::PinError::Mismatch) => Some(Msg::new("trainer-pin-mismatch")),
                    Err(e) => Some(Msg::new("trainer-pin-error").with("error", e.to_string())),
                };
                t.pin.clear();
                t.pin_again.clear();
            }
        });
    });
}
