//! Home: continue where I left off, practise my weakest skill, reviews due, tracks.

use egui::{RichText, Ui};

use super::command::{Command, Commands};
use super::state::Screen;
use super::theme::Palette;
use super::view::View;
use super::widgets::{chip, empty_state, page};
use crate::i18n::Arg;
use crate::progress::mastery::Level;

/// Draws the home screen.
pub fn show(ui: &mut Ui, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    page(ui, "home", 1040.0, |ui| {
        let loc = &v.loc;
        let profile = v.settings.profile.clone();
        ui.label(
            RichText::new(loc.ta("home-greeting", &[("name", Arg::Str(profile))]))
                .size(26.0)
                .strong(),
        );
        let dash = v.dashboard.cloned();
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
            continue_card(&mut cols[0], v, out, palette);
            weakest_card(&mut cols[1], v, out, palette);
            reviews_card(&mut cols[2], v, out, palette);
        });
        ui.add_space(18.0);
        tracks(ui, v, out, palette);
        ui.add_space(12.0);
        let n = v
            .library
            .scenarios
            .iter()
            .filter(|s| s.scenario.lang == v.settings.lang)
            .count();
        if ui
            .button(v.loc.ta("home-browse-all", &[("count", Arg::Num(n as f64))]))
            .clicked()
        {
            out.push(Command::Go(Screen::Browse));
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

fn continue_card(ui: &mut Ui, v: &View<'_>, out: &mut Commands, palette: &Palette) {
    palette.card_frame().show(ui, |ui| {
        ui.set_min_height(150.0);
        ui.set_width(ui.available_width());
        card_title(ui, &v.loc.t("home-continue-title"));
        // The last scenario opened unless its latest attempt passed (then it is done), else
        // the next item of the first track.
        let passed_last = |id: &String| {
            v.dashboard.is_some_and(|d| {
                d.attempts
                    .iter()
                    .rev()
                    .find(|a| a.scenario == *id)
                    .is_some_and(|a| a.passed)
            })
        };
        let last = v
            .settings
            .last_scenario
            .clone()
            .filter(|id| v.library.scenario(id).is_some() && !passed_last(id));
        let next_in_track = v
            .dashboard
            .and_then(|d| d.tracks.iter().find_map(|t| t.next().map(|i| i.scenario.clone())));
        match last.or(next_in_track) {
            Some(id) => {
                let title = v
                    .library
                    .scenario(&id)
                    .map(|s| s.scenario.title.clone())
                    .unwrap_or_default();
                ui.label(&title);
                ui.add_space(6.0);
                if primary(ui, &v.loc.t("home-continue"), palette).clicked() {
                    out.push(Command::Start {
                        scenario: id,
                        seed: None,
                    });
                }
            }
            None => {
                ui.label(RichText::new(v.loc.t("home-continue-empty")).color(palette.muted));
            }
        }
    });
}

fn weakest_card(ui: &mut Ui, v: &View<'_>, out: &mut Commands, palette: &Palette) {
    palette.card_frame().show(ui, |ui| {
        ui.set_min_height(150.0);
        ui.set_width(ui.available_width());
        card_title(ui, &v.loc.t("home-weakest-title"));
        let pick = v.dashboard.and_then(|d| d.practise_weakest(v.library, v.settings.lang));
        match pick {
            Some((skill, id)) => {
                let level = v
                    .dashboard
                    .and_then(|d| d.mastery.iter().find(|m| m.skill == skill))
                    .and_then(|m| m.score)
                    .map_or_else(
                        || v.loc.t("level-none"),
                        |s| v.loc.t(&format!("level-{}", Level::of(s).id())),
                    );
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(v.loc.t(&format!("skill-{}", skill.id()))).strong());
                    chip(ui, level, palette.partial);
                });
                let title = v
                    .library
                    .scenario(&id)
                    .map(|s| s.scenario.title.clone())
                    .unwrap_or_default();
                ui.label(RichText::new(title).color(palette.muted));
                ui.add_space(6.0);
                if primary(ui, &v.loc.t("home-weakest-start"), palette).clicked() {
                    out.push(Command::Start {
                        scenario: id,
                        seed: None,
                    });
                }
            }
            None => {
                ui.label(RichText::new(v.loc.t("home-weakest-empty")).color(palette.muted));
            }
        }
    });
}

fn reviews_card(ui: &mut Ui, v: &View<'_>, out: &mut Commands, palette: &Palette) {
    palette.card_frame().show(ui, |ui| {
        ui.set_min_height(150.0);
        ui.set_width(ui.available_width());
        card_title(ui, &v.loc.t("home-reviews-title"));
        let due: Vec<String> = v
            .dashboard
            .map(|d| d.due_now().into_iter().map(|x| x.scenario.clone()).collect())
            .unwrap_or_default();
        if due.is_empty() {
            ui.label(RichText::new(v.loc.t("home-reviews-empty")).color(palette.muted));
        }
        for id in due.iter().take(3) {
            let title = v
                .library
                .scenario(id)
                .map_or_else(|| id.clone(), |s| s.scenario.title.clone());
            if ui.link(title).on_hover_text(v.loc.t("home-reviews-hint")).clicked() {
                out.push(Command::Start {
                    scenario: id.clone(),
                    seed: None,
                });
            }
        }
    });
}

fn tracks(ui: &mut Ui, v: &View<'_>, out: &mut Commands, palette: &Palette) {
    ui.label(RichText::new(v.loc.t("home-tracks-title")).strong().size(18.0));
    let tracks = v.dashboard.map(|d| d.tracks.clone()).unwrap_or_default();
    if tracks.is_empty() {
        empty_state(
            ui,
            &v.loc.t("home-tracks-empty-title"),
            &v.loc.t("home-tracks-empty"),
            palette,
        );
    }
    for t in tracks {
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(&t.title).strong().size(16.0));
                if t.complete() {
                    chip(ui, v.loc.t("home-track-complete"), palette.pass);
                }
            });
            if let Some(track) = v.library.track(&t.id) {
                ui.label(RichText::new(&track.description).color(palette.muted));
            }
            let done = t.done();
            let total = t.items.len();
            let label = v.loc.ta(
                "home-track-progress",
                &[("done", Arg::Num(done as f64)), ("total", Arg::Num(total as f64))],
            );
            crate::ui::widgets::progress_bar(ui, done as f32 / total.max(1) as f32, &label, palette);
            ui.horizontal(|ui| {
                if let Some(next) = t.next() {
                    ui.label(v.loc.ta("home-track-next", &[("title", Arg::Str(next.title.clone()))]));
                    if primary(ui, &v.loc.t("home-track-start-next"), palette).clicked() {
                        out.push(Command::Start {
                            scenario: next.scenario.clone(),
                            seed: None,
                        });
                    }
                } else if ui.button(v.loc.t("home-track-certificate")).clicked() {
                    out.push(Command::Certificate(t.id.clone()));
                }
            });
        });
        ui.add_space(8.0);
    }
}
