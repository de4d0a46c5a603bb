//! The progress dashboard: a level per skill, score over time per skill, streaks, reviews
//! due, and the attempt history with a drill-down; exports, imports and certificates.

use egui::{RichText, Ui};
use egui_plot::{Legend, Line, Plot, PlotPoints};

use super::command::{Command, Commands, ExportKind};
use super::theme::Palette;
use super::view::View;
use super::widgets::{chip, empty_state, page};
use crate::i18n::Arg;
use crate::progress::mastery::{self, Level};
use crate::vocab::Skill;

/// The progress view's own state.
#[derive(Debug, Clone, Default)]
pub struct ProgressState {
    /// How many more pages of older attempts the history shows ("Show older").
    pub older_pages: usize,
}

/// Attempts listed per page of the history (a long history stays quick to draw).
const HISTORY_PAGE: usize = 100;

fn level_color(level: Option<Level>, palette: &Palette) -> egui::Color32 {
    match level {
        None => palette.muted,
        Some(Level::NeedsWork) => palette.fail,
        Some(Level::Developing) => palette.partial,
        Some(Level::Proficient) => palette.accent,
        Some(Level::Excellent) => palette.pass,
    }
}

/// Line colours for the skills in the chart.
const SKILL_COLORS: [egui::Color32; 7] = [
    egui::Color32::from_rgb(64, 96, 232),
    egui::Color32::from_rgb(214, 64, 56),
    egui::Color32::from_rgb(140, 80, 200),
    egui::Color32::from_rgb(16, 150, 130),
    egui::Color32::from_rgb(226, 120, 40),
    egui::Color32::from_rgb(40, 160, 90),
    egui::Color32::from_rgb(120, 120, 130),
];

/// Draws the dashboard.
pub fn show(ui: &mut Ui, state: &mut ProgressState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    let Some(dash) = v.dashboard else {
        page(ui, "progress", 1040.0, |ui| {
            empty_state(
                ui,
                &v.loc.t("progress-unavailable-title"),
                &v.loc.t("progress-unavailable"),
                palette,
            );
        });
        return;
    };
    page(ui, "progress", 1040.0, |ui| {
        let loc = &v.loc;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(loc.ta("progress-title", &[("name", Arg::Str(v.settings.profile.clone()))]))
                    .size(24.0)
                    .strong(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(loc.t("progress-import"))
                    .on_hover_text(loc.t("progress-import-hint"))
                    .clicked()
                {
                    out.push(Command::Import);
                }
                if ui
                    .button(loc.t("progress-export-json"))
                    .on_hover_text(loc.t("progress-export-json-hint"))
                    .clicked()
                {
                    out.push(Command::Export(ExportKind::Json));
                }
                if ui.button(loc.t("progress-export-html")).clicked() {
                    out.push(Command::Export(ExportKind::Html));
                }
                if ui.button(loc.t("progress-export-csv")).clicked() {
                    out.push(Command::Export(ExportKind::Csv));
                }
            });
        });
        ui.horizontal(|ui| {
            chip(
                ui,
                loc.ta(
                    "progress-streak",
                    &[("days", Arg::Num(f64::from(dash.streaks.current)))],
                ),
                palette.partial,
            );
            chip(
                ui,
                loc.ta(
                    "progress-longest",
                    &[("days", Arg::Num(f64::from(dash.streaks.longest)))],
                ),
                palette.muted,
            );
            chip(
                ui,
                loc.ta("progress-attempts", &[("count", Arg::Num(dash.attempts.len() as f64))]),
                palette.accent,
            );
        });
        if dash.attempts.is_empty() {
            empty_state(ui, &loc.t("progress-empty-title"), &loc.t("progress-empty"), palette);
            return;
        }
        ui.add_space(8.0);
        // A level per skill.
        ui.columns(4, |cols| {
            for (i, m) in dash.mastery.iter().enumerate() {
                let ui = &mut cols[i % 4];
                palette.card_frame().show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(RichText::new(loc.t(&format!("skill-{}", m.skill.id()))).strong());
                    let level = m.level();
                    let c = level_color(level, palette);
                    match m.score {
                        Some(s) => {
                            ui.label(RichText::new(format!("{s:.0}")).size(24.0).strong().color(c));
                            ui.label(RichText::new(loc.t(&format!("level-{}", Level::of(s).id()))).color(c));
                        }
                        None => {
                            ui.label(RichText::new("–").size(24.0).color(c));
                            ui.label(RichText::new(loc.t("level-none")).color(c));
                        }
                    }
                    ui.label(
                        RichText::new(loc.ta("progress-skill-attempts", &[("count", Arg::Num(m.attempts as f64))]))
                            .small()
                            .color(palette.muted),
                    );
                });
                ui.add_space(6.0);
            }
        });
        // Score over time per skill.
        ui.add_space(6.0);
        ui.label(RichText::new(loc.t("progress-chart-title")).strong().size(16.0));
        // x is the attempt's number: days would bunch a week's practice into one line.
        let index: std::collections::HashMap<i64, usize> =
            dash.attempts.iter().enumerate().map(|(i, a)| (a.id, i + 1)).collect();
        Plot::new("skill-chart")
            .height(220.0)
            .include_y(0.0)
            .include_y(100.0)
            .include_x(0.5)
            .include_x(dash.attempts.len() as f64 + 0.5)
            .legend(Legend::default())
            .allow_scroll(false)
            .allow_zoom(false)
            .allow_drag(false)
            .x_axis_label(loc.t("progress-chart-x"))
            .y_axis_label(loc.t("progress-chart-y"))
            .show(ui, |plot| {
                for (i, skill) in Skill::ALL.iter().enumerate() {
                    let trained: Vec<&crate::progress::Summary> =
                        dash.attempts.iter().filter(|a| a.skills.contains(skill)).collect();
                    if trained.is_empty() {
                        continue;
                    }
                    let h = mastery::history(&dash.attempts, *skill);
                    let pts: Vec<[f64; 2]> = trained
                        .iter()
                        .zip(&h)
                        .map(|(a, (_, w, _))| [index.get(&a.id).copied().unwrap_or(0) as f64, *w])
                        .collect();
                    let name = loc.t(&format!("skill-{}", skill.id()));
                    let color = SKILL_COLORS[i % 7];
                    plot.line(
                        Line::new(name.clone(), PlotPoints::from(pts.clone()))
                            .color(color)
                            .width(2.0),
                    );
                    plot.points(
                        egui_plot::Points::new(name, PlotPoints::from(pts))
                            .color(color)
                            .radius(3.5),
                    );
                }
            });
        // Reviews due.
        if !dash.reviews.is_empty() {
            ui.add_space(8.0);
            ui.label(RichText::new(loc.t("progress-reviews-title")).strong().size(16.0));
            for d in dash.reviews.iter().take(6) {
                let title = v
                    .library
                    .scenario(&d.scenario)
                    .map_or_else(|| d.scenario.clone(), |s| s.scenario.title.clone());
                let when = d
                    .due_at
                    .to_zoned(jiff::tz::TimeZone::system())
                    .strftime("%Y-%m-%d")
                    .to_string();
                ui.horizontal(|ui| {
                    ui.label(title);
                    ui.label(
                        RichText::new(loc.ta(
                            "progress-review-due",
                            &[("date", Arg::Str(when)), ("fails", Arg::Num(d.fails as f64))],
                        ))
                        .color(palette.muted),
                    );
                });
            }
        }
        // Attempt history.
        ui.add_space(8.0);
        ui.label(RichText::new(loc.t("progress-history-title")).strong().size(16.0));
        egui::Grid::new("history")
            .num_columns(5)
            .striped(true)
            .spacing([14.0, 6.0])
            .show(ui, |ui| {
                ui.label(RichText::new(loc.t("progress-col-when")).strong());
                ui.label(RichText::new(loc.t("progress-col-scenario")).strong());
                ui.label(RichText::new(loc.t("progress-col-score")).strong());
                ui.label(RichText::new(loc.t("progress-col-result")).strong());
                ui.label(RichText::new(loc.t("progress-col-source")).strong());
                ui.end_row();
                let shown = HISTORY_PAGE * (1 + state.older_pages);
                for a in dash.attempts.iter().rev().take(shown) {
                    let when = a
                        .finished()
                        .map(|t| {
                            t.to_zoned(jiff::tz::TimeZone::system())
                                .strftime("%Y-%m-%d %H:%M")
                                .to_string()
                        })
                        .unwrap_or_default();
                    ui.label(when);
                    if ui.link(&a.title).on_hover_text(loc.t("progress-open-hint")).clicked() {
                        out.push(Command::OpenAttempt(a.id));
                    }
                    ui.label(format!("{}/100", a.total));
                    let (t, c) = if a.passed {
                        (loc.t("report-passed"), palette.pass)
                    } else {
                        (loc.t("report-not-passed"), palette.fail)
                    };
                    ui.label(RichText::new(t).color(c));
                    let source = if a.source == "local" {
                        loc.t("progress-source-local")
                    } else {
                        loc.t("progress-source-import")
                    };
                    ui.label(RichText::new(source).small().color(palette.muted));
                    ui.end_row();
                }
            });
        let shown = HISTORY_PAGE * (1 + state.older_pages);
        if dash.attempts.len() > shown {
            let left = dash.attempts.len() - shown;
            let label = loc.ta("progress-history-older", &[("count", Arg::Num(left as f64))]);
            if ui.button(label).clicked() {
                state.older_pages += 1;
            }
        }
    });
}
