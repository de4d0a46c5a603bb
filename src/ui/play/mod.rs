//! Playing a scenario: the conversation as the channel shows it, the brand and today's
//! news beside it, and the trainee's turn below.

mod side;
pub(super) mod thread;
pub(super) mod turn;

use std::time::Instant;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use super::app::{Command, SomeaspaApp};
use super::theme::Palette;
use super::widgets::clock;
use crate::i18n::Arg;

/// Draws the play screen.
pub fn show(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    let Some(play) = &mut app.play else {
        app.commands.push(Command::Go(super::app::Screen::Home));
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
            app.commands.push(Command::Leave);
        } else {
            play.confirm_leave = !play.confirm_leave;
        }
    }
    header(ui, app, palette);
    side::show(ui, app, palette);
    // The turn area stays in place while the customer types (no jump), just not usable yet.
    turn::show(ui, app, palette, revealed);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("thread")
            .auto_shrink(false)
            .show(ui, |ui| thread::show(ui, app, palette, revealed));
    });
    confirm_leave(ui, app);
}

fn header(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    let Some(play) = &app.play else { return };
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
                    .button(app.loc.t("play-leave"))
                    .on_hover_text(app.loc.t("play-leave-hint"))
                    .clicked()
                {
                    leave = true;
                }
                ui.label(RichText::new(&s.title).strong().size(17.0));
                ui.label(
                    RichText::new(app.loc.ta("play-step", &[("n", Arg::Num(step_no as f64))])).color(palette.muted),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if let Some(limit) = limit {
                        let limit_ms = u64::from(limit) * 1000;
                        let (text, color) = if elapsed <= limit_ms {
                            let left = limit_ms - elapsed;
                            let c = if left < 30_000 { palette.partial } else { palette.muted };
                            (app.loc.ta("play-time-left", &[("time", Arg::Str(clock(left)))]), c)
                        } else {
                            (
                                app.loc
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
    if leave && let Some(p) = &mut app.play {
        if p.draft.trim().is_empty() && p.session.history.is_empty() {
            app.commands.push(Command::Leave);
        } else {
            p.confirm_leave = true;
        }
    }
}

fn confirm_leave(ui: &mut Ui, app: &mut SomeaspaApp) {
    let Some(play) = &mut app.play else { return };
    if !play.confirm_leave {
        return;
    }
    let mut stay = false;
    let mut leave = false;
    egui::Modal::new(egui::Id::unique("confirm-leave")).show(ui.ctx(), |ui| {
        ui.set_width(360.0);
        ui.label(RichText::new(app.loc.t("play-leave-title")).strong().size(17.0));
        ui.label(app.loc.t("play-leave-body"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(app.loc.t("play-leave-stay")).clicked() {
                stay = true;
            }
            if ui.button(app.loc.t("play-leave-confirm")).clicked() {
                leave = true;
            }
        });
    });
    if stay {
        play.confirm_leave = false;
    }
    if leave {
        app.commands.push(Command::Leave);
    }
}
