//! Home: continue where I left off, practise my weakest skill, reviews due, tracks.

use egui::{RichText, Ui};

use super::app::{Command, Screen, SomeaspaApp};
use super::theme::Palette;
use super::widgets::{chip, empty_state, page};
use crate::i18n::Arg;
use crate::progress::mastery::Level;

/// Draws the home screen.
pub fn show(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    page(ui, "home", 1040.0, |ui| {
        let loc = &app.loc;
        let profile = app.settings.profile.clone();
        ui.label(
            RichText::new(loc.ta("home-greeting", &[("name", Arg::Str(profile))]))
                .size(26.0)
                .strong(),
        );
        let dash = app.dashboard.clone();
        match &dash {
            Some(d) if !d.attempts.is_empty() => {
                ui.label(
                    RichText::new(loc.ta(
                        "home-stats",
                        &[
                            ("attempts", Arg::Num(d.attempts.len() as f64)),
                            ("streak", Arg::Num(f64::from(d.streaks.current))),
                        ],
                    ))
                    .color(palette.muted),
                );
            }
            _ => {
                ui.label(RichText::new(loc.t("home-welcome")).color(palette.muted));
            }
        }
        ui.add_space(14.0);
        ui.columns(3, |cols| {
            continue_card(&mut cols[0], app, palette);
            weakest_card(&mut cols[1], app, palette);
            reviews_card(&mut cols[2], app, palette);
        });
        ui.add_space(18.0);
        tracks(ui, app, palette);
        ui.add_space(12.0);
        let n = app
            .library
            .scenarios
            .iter()
            .filter(|s| s.scenario.lang == app.settings.lang)
            .count();
        if ui
            .button(app.loc.ta("home-browse-all", &[("count", Arg::Num(n as f64))]))
            .clicked()
        {
            app.commands.push(Command::Go(Screen::Browse));
        }
    });
}

/// A primary action button at its natural width (the column layout would stretch it).
fn primary(ui: &mut Ui, text: &str, palette: &Palette) -> egui::Response {
    ui.horizontal(|ui| {
        ui.add(egui::Button::new(RichText::new(text).strong().color(egui::Color32::WHITE)).fill(palette.accent))
    })
    .inner
}

fn card_title(ui: &mut Ui, text: &str) {
    ui.label(RichText::new(text).strong().size(16.0));
    ui.add_space(4.0);
}

fn continue_card(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    palette.card_frame().show(ui, |ui| {
        ui.set_min_height(150.0);
        ui.set_width(ui.available_width());
        card_title(ui, &app.loc.t("home-continue-title"));
        // The last scenario opened unless its latest attempt passed (then it is done), else
        // the next item of the first track.
        let passed_last = |id: &String| {
            app.dashboard.as_ref().is_some_and(|d| {
                d.attempts
                    .iter()
                    .rev()
                    .find(|a| a.scenario == *id)
                    .is_some_and(|a| a.passed)
            })
        };
        let last = app
            .settings
            .last_scenario
            .clone()
            .filter(|id| app.library.scenario(id).is_some() && !passed_last(id));
        let next_in_track = app
            .dashboard
            .as_ref()
            .and_then(|d| d.tracks.iter().find_map(|t| t.next().map(|i| i.scenario.clone())));
        match last.or(next_in_track) {
            Some(id) => {
                let title = app
                    .library
                    .scenario(&id)
                    .map(|s| s.scenario.title.clone())
                    .unwrap_or_default();
                ui.label(&title);
                ui.add_space(6.0);
                if primary(ui, &app.loc.t("home-continue"), palette).clicked() {
                    app.commands.push(Command::Start {
                        scenario: id,
                        seed: None,
                    });
                }
            }
            None => {
                ui.label(RichText::new(app.loc.t("home-continue-empty")).color(palette.muted));
            }
        }
    });
}

fn weakest_card(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    palette.card_frame().show(ui, |ui| {
        ui.set_min_height(150.0);
        ui.set_width(ui.available_width());
        card_title(ui, &app.loc.t("home-weakest-title"));
        let pick = app
            .dashboard
            .as_ref()
            .and_then(|d| d.practise_weakest(&app.library, app.settings.lang));
        match pick {
            Some((skill, id)) => {
                let level = app
                    .dashboard
                    .as_ref()
                    .and_then(|d| d.mastery.iter().find(|m| m.skill == skill))
                    .and_then(|m| m.score)
                    .map_or_else(
                        || app.loc.t("level-none"),
                        |s| app.loc.t(&format!("level-{}", Level::of(s).id())),
                    );
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(app.loc.t(&format!("skill-{}", skill.id()))).strong());
                    chip(ui, level, palette.partial);
                });
                let title = app
                    .library
                    .scenario(&id)
                    .map(|s| s.scenario.title.clone())
                    .unwrap_or_default();
                ui.label(RichText::new(title).color(palette.muted));
                ui.add_space(6.0);
                if primary(ui, &app.loc.t("home-weakest-start"), palette).clicked() {
                    app.commands.push(Command::Start {
                        scenario: id,
                        seed: None,
                    });
                }
            }
            None => {
                ui.label(RichText::new(app.loc.t("home-weakest-empty")).color(palette.muted));
            }
        }
    });
}

fn reviews_card(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    palette.card_frame().show(ui, |ui| {
        ui.set_min_height(150.0);
        ui.set_width(ui.available_width());
        card_title(ui, &app.loc.t("home-reviews-title"));
        let due: Vec<String> = app
            .dashboard
            .as_ref()
            .map(|d| d.due_now().into_iter().map(|x| x.scenario.clone()).collect())
            .unwrap_or_default();
        if due.is_empty() {
            ui.label(RichText::new(app.loc.t("home-reviews-empty")).color(palette.muted));
        }
        for id in due.iter().take(3) {
            let title = app
                .library
                .scenario(id)
                .map_or_else(|| id.clone(), |s| s.scenario.title.clone());
            if ui.link(title).on_hover_text(app.loc.t("home-reviews-hint")).clicked() {
                app.commands.push(Command::Start {
                    scenario: id.clone(),
                    seed: None,
                });
            }
        }
    });
}

fn tracks(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    ui.label(RichText::new(app.loc.t("home-tracks-title")).strong().size(18.0));
    let tracks = app.dashboard.as_ref().map(|d| d.tracks.clone()).unwrap_or_default();
    if tracks.is_empty() {
        empty_state(
            ui,
            &app.loc.t("home-tracks-empty-title"),
            &app.loc.t("home-tracks-empty"),
            palette,
        );
    }
    for t in tracks {
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(&t.title).strong().size(16.0));
                if t.complete() {
                    chip(ui, app.loc.t("home-track-complete"), palette.pass);
                }
            });
            if let Some(track) = app.library.track(&t.id) {
                ui.label(RichText::new(&track.description).color(palette.muted));
            }
            let done = t.done();
            let total = t.items.len();
            let label = app.loc.ta(
                "home-track-progress",
                &[("done", Arg::Num(done as f64)), ("total", Arg::Num(total as f64))],
            );
            crate::ui::widgets::progress_bar(ui, done as f32 / total.max(1) as f32, &label, palette);
            ui.horizontal(|ui| {
                if let Some(next) = t.next() {
                    ui.label(
                        app.loc
                            .ta("home-track-next", &[("title", Arg::Str(next.title.clone()))]),
                    );
                    if primary(ui, &app.loc.t("home-track-start-next"), palette).clicked() {
                        app.commands.push(Command::Start {
                            scenario: next.scenario.clone(),
                            seed: None,
                        });
                    }
                } else if ui.button(app.loc.t("home-track-certificate")).clicked() {
                    app.commands.push(Command::Certificate(t.id.clone()));
                }
            });
        });
        ui.add_space(8.0);
    }
}
