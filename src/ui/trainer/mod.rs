//! The trainer area: behind a PIN, the scenario editor, review of attempts, calibration and
//! pack exchange. Each tab is its own file; the logic lives in [`crate::trainer`].

mod editor;
mod forms;
mod packs_tab;
mod review;
mod team_tab;

use std::path::PathBuf;

use egui::{Key, RichText, Ui};

use super::command::{Command, Commands};
use super::view::View;
use super::widgets::page;
use crate::i18n::Msg;
use crate::trainer::autosave::{Autosave, Autosaver};
use crate::trainer::document::Document;
use crate::vocab::Lang;

pub use editor::EditorState;
pub use review::ReviewState;

/// What the trainer area asks the effects to do (files, the PIN, the store).
#[derive(Debug, Clone, PartialEq)]
pub enum TrainerCommand {
    /// Find out whether a PIN has been set.
    CheckPin,
    /// Set the first PIN (`again` is its confirmation) or check the PIN.
    Unlock {
        /// The PIN typed.
        pin: String,
        /// Its confirmation, when setting the first PIN.
        again: Option<String>,
    },
    /// Lock the area and go home.
    Lock,
    /// Open the unsaved work of an earlier run.
    RestoreAutosave,
    /// Throw the unsaved work of an earlier run away.
    DiscardAutosave,
    /// A new scenario from the template in a language.
    New(Lang),
    /// Open a scenario of a user pack.
    Open(String),
    /// A copy of any scenario under a free id.
    Duplicate(String),
    /// Save the document (into a folder the trainer picks when `choose`).
    Save {
        /// Ask where.
        choose: bool,
    },
    /// The answer to "open another scenario over unsaved changes?".
    Replace(ReplaceChoice),
    /// Export the ticked scenarios as a pack.
    ExportPack,
    /// Pick a pack folder with a dialog and check it.
    ChoosePack,
    /// Check a pack folder before importing it.
    CheckPack(PathBuf),
    /// Import the checked pack with the trainer's choices.
    ImportPack,
    /// Read every attempt for review.
    LoadReview,
    /// Compute the calibration figures.
    LoadCalibration,
    /// Read the team from the Learning Record Store (what is new since the last load).
    LoadTeam,
}

/// What to do with unsaved changes when another scenario is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplaceChoice {
    /// Save them, then open the other one.
    Save,
    /// Throw them away and open the other one.
    Discard,
    /// Keep editing; do not open the other one.
    Stay,
}

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
    /// The team, read from the Learning Record Store.
    Team,
}

/// The trainer area's state.
pub struct TrainerState {
    /// The PIN was entered in this run.
    pub unlocked: bool,
    /// Has a PIN been set on this machine? (`None`: not known yet.)
    pub pin_set: Option<bool>,
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
    /// Team tab state.
    pub team: team_tab::TeamState,
}

impl TrainerState {
    /// Locked, nothing open.
    #[must_use]
    pub fn new() -> Self {
        TrainerState {
            unlocked: false,
            pin_set: None,
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
            team: team_tab::TeamState::default(),
        }
    }
}

impl Default for TrainerState {
    fn default() -> Self {
        Self::new()
    }
}

/// Draws the trainer area (or its PIN gate).
pub fn show(ui: &mut Ui, t: &mut TrainerState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    if v.data_dir.is_none() {
        page(ui, "trainer-no-data", 640.0, |ui| {
            super::widgets::empty_state(
                ui,
                &v.loc.t("trainer-no-data-title"),
                &v.loc.t("trainer-no-data"),
                palette,
            );
        });
        return;
    }
    if !t.unlocked {
        gate(ui, t, v, out);
        return;
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
                    (Tab::Team, "trainer-tab-team"),
                ] {
                    if ui.selectable_label(t.tab == tab, v.loc.t(id)).clicked() {
                        t.tab = tab;
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(v.loc.t("trainer-lock")).clicked() {
                        out.push(Command::Trainer(TrainerCommand::Lock));
                    }
                });
            });
        });
    if let Some(found) = &t.recovered {
        recovery_banner(ui, found, v, out);
    }
    match t.tab {
        Tab::Editor => editor::show(ui, t, v, out),
        Tab::Review => review::show_list(ui, &mut t.review, v, out),
        Tab::Calibration => review::show_calibration(ui, &mut t.review, v, out),
        Tab::Packs => packs_tab::show(ui, &mut t.packs, v, out),
        Tab::Team => team_tab::show(ui, &mut t.team, v, out),
    }
}

fn recovery_banner(ui: &mut Ui, found: &Autosave, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
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
                    RichText::new(v.loc.ta("trainer-recover", &[("when", crate::i18n::Arg::Str(when))]))
                        .color(palette.partial),
                );
                if ui.button(v.loc.t("trainer-recover-restore")).clicked() {
                    out.push(Command::Trainer(TrainerCommand::RestoreAutosave));
                }
                if ui.button(v.loc.t("trainer-recover-discard")).clicked() {
                    out.push(Command::Trainer(TrainerCommand::DiscardAutosave));
                }
            });
        });
}

/// The PIN gate: set a PIN on first use, then ask for it.
fn gate(ui: &mut Ui, t: &mut TrainerState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    let Some(set) = t.pin_set else {
        // Known after this frame; the gate is drawn from the next one.
        out.push(Command::Trainer(TrainerCommand::CheckPin));
        ui.ctx().request_repaint();
        return;
    };
    let first = !set;
    page(ui, "trainer-gate", 420.0, |ui| {
        let loc = v.loc;
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
                    egui::TextEdit::singleline(&mut t.pin)
                        .password(true)
                        .desired_width(200.0),
                )
                .labelled_by(l.id);
            let mut enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            if first {
                let l = ui.label(loc.t("trainer-pin-again"));
                let r = ui
                    .add(
                        egui::TextEdit::singleline(&mut t.pin_again)
                            .password(true)
                            .desired_width(200.0),
                    )
                    .labelled_by(l.id);
                enter |= r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            }
            if let Some(m) = &t.pin_error {
                ui.label(RichText::new(loc.msg(m)).color(palette.fail));
            }
            ui.add_space(6.0);
            let button = loc.t(if first { "trainer-pin-set" } else { "trainer-pin-enter" });
            if ui.button(RichText::new(button).strong()).clicked() || enter {
                out.push(Command::Trainer(TrainerCommand::Unlock {
                    pin: t.pin.clone(),
                    again: first.then(|| t.pin_again.clone()),
                }));
            }
        });
    });
}
