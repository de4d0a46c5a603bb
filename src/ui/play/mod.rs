//! Playing a scenario: the conversation as the channel shows it, the brand and today's
//! news beside it, and the trainee's turn below.

mod side;
pub(super) mod thread;

use std::time::Instant;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use super::command::{Command, Commands};
use super::state::{PlayState, Screen};
use super::turn::{self, Draft, TurnInput};
use super::view::View;
use super::widgets::{chip, mark_symbol};
use crate::i18n::Arg;
use crate::scoring::result::criterion_name;
use crate::timing::{self, clock};

/// Drafts longer than this are not re-scored on every keystroke (a pasted megabyte would
/// make typing sluggish); the trainee can still send them.
const LIVE_LIMIT: usize = 20_000;

/// Draws the play screen.
pub fn show(ui: &mut Ui, play: Option<&mut PlayState>, v: &View<'_>, out: &mut Commands) {
    let Some(play) = play else {
        out.push(Command::Go(Screen::Home));
        return;
    };
    // The next message is still being "typed".
    let now = Instant::now();
    if let Some(at) = play.reveal_at {
        if now >= at {
            play.reveal_at = None;
        } else {
            ui.ctx().request_repaint_after(at - now);
        }
    }
    let revealed = play.reveal_at.is_none();
    if ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::NONE, Key::Escape))) {
        if play.draft.trim().is_empty() && play.session.history.is_empty() {
            out.push(Command::Leave);
        } else {
            play.confirm_leave = !play.confirm_leave;
        }
    }
    header(ui, play, v, out);
    side::show(ui, play, v);
    // The turn area stays in place while the customer types (no jump), just not usable yet.
    turn_panel(ui, play, v, out, revealed);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("thread")
            .auto_shrink(false)
            .show(ui, |ui| thread::show(ui, play, v, revealed));
    });
    confirm_leave(ui, play, v, out);
}

fn header(ui: &mut Ui, play: &mut PlayState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    let s = &play.session.instance.scenario;
    let step_no = play.session.history.len() + 1;
    let limit = s.time_limit;
    let elapsed = play.elapsed_ms();
    let mut leave = false;
    egui::Panel::top("play-header")
        .frame(
            egui::Frame::new()
                .fill(ui.visuals().panel_fill)
                .inner_margin(egui::Margin::symmetric(16, 8)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .button(v.loc.t("play-leave"))
                    .on_hover_text(v.loc.t("play-leave-hint"))
                    .clicked()
                {
                    leave = true;
                }
                ui.label(RichText::new(&s.title).strong().size(17.0));
                ui.label(RichText::new(v.loc.ta("play-step", &[("n", Arg::Num(step_no as f64))])).color(palette.muted));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if let Some(limit) = limit {
                        let limit_ms = timing::limit_ms(limit);
                        let (text, color) = if elapsed <= limit_ms {
                            let left = limit_ms - elapsed;
                            let c = if left < 30_000 { palette.partial } else { palette.muted };
                            (v.loc.ta("play-time-left", &[("time", Arg::Str(clock(left)))]), c)
                        } else {
                            (
                                v.loc
                                    .ta("play-time-over", &[("time", Arg::Str(clock(elapsed - limit_ms)))]),
                                palette.fail,
                            )
                        };
                        ui.label(RichText::new(format!("⏱ {text}")).color(color).strong());
                        // A ticking clock needs a frame a second; only while a timed scenario is open.
                        ui.ctx()
                            .request_repaint_after(std::time::Duration::from_millis(1000 - elapsed % 1000));
                    }
                });
            });
        });
    if leave {
        if play.draft.trim().is_empty() && play.session.history.is_empty() {
            out.push(Command::Leave);
        } else {
            play.confirm_leave = true;
        }
    }
}

/// The turn area at the bottom: the shared turn widget, and live hints for a draft.
fn turn_panel(ui: &mut Ui, play: &mut PlayState, v: &View<'_>, out: &mut Commands, enabled: bool) {
    let palette = v.palette;
    let Some(step) = play.session.current_step().cloned() else {
        return;
    };
    let channel = play.session.channel_of(&step);
    let inst = &play.session.instance;
    let input = TurnInput {
        step: &step,
        channel,
        brand: v.library.brand(&inst.scenario.brand),
        pack: inst.pack,
        salt: "play",
        autofocus: enabled,
        act_hint: None,
    };
    let panel = egui::Panel::bottom("turn")
        .frame(crate::ui::turn::panel_frame(palette))
        .show(ui, |ui| {
            if !enabled {
                ui.disable();
            }
            let draft = Draft {
                text: &mut play.draft,
                picked: &mut play.picked,
            };
            if let Some(answer) = turn::turn(ui, v, &input, draft) {
                out.push(Command::Submit(answer));
            }
            if matches!(step.turn, crate::scenario::model::Turn::Write(_)) {
                hints(ui, play, v, out);
            }
        });
    // A panel is placed by its height in the frame before (and the editor's scroll area by
    // its content's): when a paste makes it grow, draw again until it settles rather than
    // leave Send below the window until the next input. Idle frames stay idle.
    let height_id = egui::Id::unique("turn-panel-height");
    let height = panel.response.rect.height();
    let before: Option<f32> = ui.ctx().data_mut(|d| {
        let b = d.get_temp(height_id);
        d.insert_temp(height_id, height);
        b
    });
    if before.is_some_and(|b| (b - height).abs() > 0.5) {
        ui.ctx().request_repaint();
    }
}

/// The live-hints switch and, when on, the draft's marks so far.
fn hints(ui: &mut Ui, play: &mut PlayState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    let mut on = v.settings.live_hints;
    if ui.checkbox(&mut on, v.loc.t("turn-hints")).changed() {
        out.push(Command::SetHints(on));
    }
    if !v.settings.live_hints {
        return;
    }
    if play.draft.trim().is_empty() {
        // Holds the hints' row so the panel does not grow at the first key.
        ui.label(RichText::new(v.loc.t("turn-hints-empty")).color(palette.muted));
        return;
    }
    if play.draft.len() > LIVE_LIMIT {
        ui.label(RichText::new(v.loc.t("turn-hints-paused")).color(palette.muted));
        return;
    }
    let stale = play.preview.as_ref().is_none_or(|(d, _)| *d != play.draft);
    if stale {
        play.preview = play
            .session
            .preview(v.library, &play.draft)
            .map(|r| (play.draft.clone(), r));
    }
    let Some((_, result)) = &play.preview else { return };
    ui.horizontal_wrapped(|ui| {
        for c in &result.criteria {
            let name = criterion_name(v.loc, c);
            chip(ui, format!("{} {name}", mark_symbol(c.result)), palette.mark(c.result))
                .on_hover_text(v.loc.msg(&c.message));
        }
    });
}

fn confirm_leave(ui: &mut Ui, play: &mut PlayState, v: &View<'_>, out: &mut Commands) {
    if !play.confirm_leave {
        return;
    }
    let mut stay = false;
    let mut leave = false;
    egui::Modal::new(egui::Id::unique("confirm-leave")).show(ui.ctx(), |ui| {
        ui.set_width(360.0);
        ui.label(RichText::new(v.loc.t("play-leave-title")).strong().size(17.0));
        ui.label(v.loc.t("play-leave-body"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(v.loc.t("play-leave-stay")).clicked() {
                stay = true;
            }
            if ui.button(v.loc.t("play-leave-confirm")).clicked() {
                leave = true;
            }
        });
    });
    if stay {
        play.confirm_leave = false;
    }
    if leave {
        out.push(Command::Leave);
    }
}
