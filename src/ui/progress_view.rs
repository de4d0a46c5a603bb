//! The progress dashboard: a level per skill, score over time per skill, streaks, reviews
//! due, and the attempt history with a drill-down; exports, imports and certificates.

use std::path::PathBuf;

use egui::{RichText, Ui};
use egui_plot::{Legend, Line, Plot, PlotPoints};

use super::app::{Command, ExportKind, Notice, SomeaspaApp};
use super::theme::Palette;
use super::widgets::{chip, empty_state, page};
use crate::i18n::{Arg, Msg};
use crate::progress::mastery::{self, Level};
use crate::progress::{export as exchange, tracks};
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
pub fn show(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    let Some(dash) = app.dashboard.clone() else {
        page(ui, "progress", 1040.0, |ui| {
            empty_state(
                ui,
                &app.loc.t("progress-unavailable-title"),
                &app.loc.t("progress-unavailable"),
                palette,
            );
        });
        return;
    };
    page(ui, "progress", 1040.0, |ui| {
        let loc = &app.loc;
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(loc.ta("progress-title", &[("name", Arg::Str(app.settings.profile.clone()))]))
                    .size(24.0)
                    .strong(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button(loc.t("progress-import"))
                    .on_hover_text(loc.t("progress-import-hint"))
                    .clicked()
                {
                    app.commands.push(Command::Import);
                }
                if ui
                    .button(loc.t("progress-export-json"))
                    .on_hover_text(loc.t("progress-export-json-hint"))
                    .clicked()
                {
                    app.commands.push(Command::Export(ExportKind::Json));
                }
                if ui.button(loc.t("progress-export-html")).clicked() {
                    app.commands.push(Command::Export(ExportKind::Html));
                }
                if ui.button(loc.t("progress-export-csv")).clicked() {
                    app.commands.push(Command::Export(ExportKind::Csv));
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
                let title = app
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
                let shown = HISTORY_PAGE * (1 + app.progress.older_pages);
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
                        app.commands.push(Command::OpenAttempt(a.id));
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
        let shown = HISTORY_PAGE * (1 + app.progress.older_pages);
        if dash.attempts.len() > shown {
            let left = dash.attempts.len() - shown;
            let label = loc.ta("progress-history-older", &[("count", Arg::Num(left as f64))]);
            if ui.button(label).clicked() {
                app.progress.older_pages += 1;
            }
        }
    });
}

/// Where exports go: `<data>/exports/`.
fn exports_dir(app: &SomeaspaApp) -> Option<PathBuf> {
    app.data_dir.as_ref().map(|d| d.join("exports"))
}

/// Saves `content` under the exports folder and, when dialogs are on, offers to save a copy
/// elsewhere. Reports where it went.
fn save(app: &mut SomeaspaApp, file_name: &str, content: &str) {
    let Some(dir) = exports_dir(app) else {
        app.notices.push(Notice {
            msg: Msg::new("notice-no-data-dir"),
            error: true,
        });
        return;
    };
    let path = dir.join(file_name);
    match crate::fsutil::write_atomic(&path, content.as_bytes()) {
        Ok(()) => app.notices.push(Notice {
            msg: Msg::new("notice-exported").with("path", path.display().to_string()),
            error: false,
        }),
        Err(e) => {
            app.notices.push(Notice {
                msg: Msg::new("notice-export-failed").with("error", e.to_string()),
                error: true,
            });
            return;
        }
    }
    if app.setup.dialogs
        && let Some(other) = rfd::FileDialog::new().set_file_name(file_name).save_file()
    {
        match crate::fsutil::write_atomic(&other, content.as_bytes()) {
            Ok(()) => app.notices.push(Notice {
                msg: Msg::new("notice-exported").with("path", other.display().to_string()),
                error: false,
            }),
            Err(e) => app.notices.push(Notice {
                msg: Msg::new("notice-export-failed").with("error", e.to_string()),
                error: true,
            }),
        }
    }
}

fn safe_name(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_alphanumeric() || c == '-' { c } else { '_' })
        .collect()
}

/// Exports the profile's progress.
pub fn export(app: &mut SomeaspaApp, kind: ExportKind) {
    let Some(store) = &app.store else { return };
    let profile = app.settings.profile.clone();
    let date = jiff::Zoned::now().date().to_string();
    let (content, ext) = match kind {
        ExportKind::Csv => (exchange::csv(store, &profile), "csv"),
        ExportKind::Html => (exchange::html(store, &profile, &app.loc), "html"),
        ExportKind::Json => (
            exchange::export(store, &profile).map(|e| serde_json::to_string_pretty(&e).unwrap_or_default()),
            "someaspa.json",
        ),
    };
    match content {
        Ok(c) => save(app, &format!("someaspa-{}-{date}.{ext}", safe_name(&profile)), &c),
        Err(e) => app.notices.push(Notice {
            msg: Msg::new("notice-export-failed").with("error", e.to_string()),
            error: true,
        }),
    }
}

/// Imports a trainee's export: picked with a dialog, or every file in `<data>/imports/`.
pub fn import(app: &mut SomeaspaApp) {
    let files: Vec<PathBuf> = if app.setup.dialogs {
        rfd::FileDialog::new()
            .add_filter("Someaspa", &["json"])
            .pick_files()
            .unwrap_or_default()
    } else {
        app.data_dir
            .as_ref()
            .and_then(|d| std::fs::read_dir(d.join("imports")).ok())
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "json"))
                    .collect()
            })
            .unwrap_or_default()
    };
    let Some(store) = &mut app.store else { return };
    for f in files {
        match exchange::import(store, &f, None, &app.library, &app.loc) {
            Ok(r) => {
                for msg in r.messages() {
                    app.notices.push(Notice { msg, error: false });
                }
            }
            Err(e) => app.notices.push(Notice {
                msg: Msg::new("import-failed").with("error", format!("{}: {e}", f.display())),
                error: true,
            }),
        }
    }
    app.refresh_dashboard();
}

/// Saves the certificate of a completed track.
pub fn certificate(app: &mut SomeaspaApp, track_id: &str) {
    let Some(dash) = &app.dashboard else { return };
    let Some(p) = dash.tracks.iter().find(|t| t.id == track_id).cloned() else {
        return;
    };
    if !p.complete() {
        return;
    }
    let html = tracks::certificate(&p, &app.settings.profile, &dash.mastery, &app.loc);
    let name = format!(
        "certificate-{}-{}.html",
        safe_name(track_id),
        safe_name(&app.settings.profile)
    );
    save(app, &name, &html);
}
