//! The start panel: length, difficulty, daily or random shift, language.

use egui::{RichText, Ui};

use super::{ShiftCommand, StartForm};
use crate::i18n::Arg;
use crate::shift::config::{ShiftConfig, daily_seed};
use crate::shift::{ShiftLevel, ShiftSpec};
use crate::ui::view::View;
use crate::ui::widgets::page;
use crate::vocab::Lang;

/// Draws the start panel.
pub fn show(ui: &mut Ui, form: &mut StartForm, v: &View<'_>, commands: &mut Vec<ShiftCommand>) {
    let palette = v.palette;
    let today = jiff::Zoned::now().date();
    page(ui, "shift-start", 760.0, |ui| {
        let loc = v.loc;
        let lang = form.lang.unwrap_or(v.settings.lang);
        ui.label(RichText::new(loc.t("shift-title")).size(24.0).strong());
        ui.label(RichText::new(loc.t("shift-intro")).color(palette.muted));
        ui.add_space(10.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("shift-length")).strong());
            ui.horizontal(|ui| {
                for m in [10u32, 20] {
                    let text = loc.ta("shift-minutes", &[("minutes", Arg::Num(f64::from(m)))]);
                    if ui.selectable_label(form.minutes == m, text).clicked() {
                        form.minutes = m;
                    }
                }
            });
            ui.add_space(8.0);
            ui.label(RichText::new(loc.t("shift-difficulty")).strong());
            let config = ShiftConfig::builtin().ok();
            for level in ShiftLevel::ALL {
                ui.horizontal(|ui| {
                    let name = loc.t(&format!("shift-level-{}", level.id()));
                    if ui.radio(form.level == *level, name).clicked() {
                        form.level = *level;
                    }
                    if let Some(l) = config.and_then(|c| c.level(*level)) {
                        let text = loc.ta(
                            &format!("shift-level-{}-about", level.id()),
                            &[("gap", Arg::Num(l.mean_gap_s.round()))],
                        );
                        ui.label(RichText::new(text).color(palette.muted));
                    }
                });
            }
            ui.add_space(8.0);
            ui.label(RichText::new(loc.t("shift-kind")).strong());
            if ui
                .radio(
                    form.daily,
                    loc.ta("shift-daily", &[("date", Arg::Str(today.to_string()))]),
                )
                .clicked()
            {
                form.daily = true;
            }
            if ui.radio(!form.daily, loc.t("shift-random")).clicked() {
                form.daily = false;
            }
            ui.add_space(8.0);
            ui.label(RichText::new(loc.t("shift-language")).strong());
            ui.horizontal(|ui| {
                for l in Lang::ALL {
                    if ui
                        .radio(lang == *l, loc.t(&format!("lang-native-{}", l.id())))
                        .clicked()
                    {
                        form.lang = Some(*l);
                    }
                }
            });
            ui.add_space(12.0);
            let start = ui.add(
                egui::Button::new(RichText::new(loc.t("shift-start")).strong().color(egui::Color32::WHITE))
                    .fill(palette.accent),
            );
            if start.clicked() {
                let seed = if form.daily { daily_seed(today) } else { rand::random() };
                commands.push(ShiftCommand::Start(ShiftSpec {
                    lang,
                    level: form.level,
                    minutes: form.minutes,
                    seed,
                    daily: form.daily,
                }));
            }
        });
        ui.add_space(10.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("shift-how-title")).strong());
            if let Ok(c) = ShiftConfig::builtin() {
                let min = |s: u32| Arg::Num(f64::from(s) / 60.0);
                ui.label(loc.ta(
                    "shift-how",
                    &[
                        ("urgent", min(c.target_urgent_s)),
                        ("normal", min(c.target_normal_s)),
                        ("low", min(c.target_low_s)),
                        ("onlookers", min(c.onlookers_after_s)),
                    ],
                ));
            }
        });
    });
}
