//! The shift report: the speed score and how it was made, then every post with what was done,
//! how fast, and how it scored.

use egui::{Key, RichText, Ui};

use super::inbox::urgency_color;
use super::{Finished, ShiftCommand};
use crate::i18n::Arg;
use crate::play::Answer;
use crate::scoring::result::criterion_name;
use crate::shift::clock;
use crate::shift::report::{Outcome, PostReport};
use crate::ui::theme::{Palette, channel_color};
use crate::ui::view::View;
use crate::ui::widgets::{chip, mark_symbol, page, score_ring};

/// Draws the report of the last finished shift.
pub fn show(ui: &mut Ui, f: &Finished, v: &View<'_>, commands: &mut Vec<ShiftCommand>) {
    let palette = v.palette;
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        commands.push(ShiftCommand::NewShift);
    }
    let report = &f.report;
    let loc = v.loc;
    page(ui, "shift-report", 1040.0, |ui| {
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let ring = loc.ta("score-ring", &[("total", Arg::Num(f64::from(report.score())))]);
                score_ring(ui, report.score(), report.speed.passed, palette, 96.0, &ring);
                ui.add_space(12.0);
                ui.vertical(|ui| {
                    ui.label(RichText::new(loc.t("shift-report-title")).size(22.0).strong());
                    ui.label(RichText::new(report.spec.title(loc)).color(palette.muted));
                    let mark = Arg::Num(f64::from(f.shift.config.pass_mark));
                    let (verdict, color) = if report.speed.passed {
                        (loc.ta("shift-report-passed", &[("mark", mark)]), palette.pass)
                    } else {
                        (loc.ta("shift-report-not-passed", &[("mark", mark)]), palette.fail)
                    };
                    ui.label(RichText::new(verdict).size(16.0).strong().color(color));
                    ui.horizontal_wrapped(|ui| {
                        let handled = report.order.len();
                        chip(
                            ui,
                            loc.ta(
                                "shift-report-handled",
                                &[
                                    ("handled", Arg::Num(handled as f64)),
                                    ("posts", Arg::Num(report.posts.len() as f64)),
                                ],
                            ),
                            palette.accent,
                        );
                        if let Some(m) = report.median_response_ms {
                            chip(
                                ui,
                                loc.ta("shift-report-median", &[("time", Arg::Str(clock(m)))]),
                                palette.accent,
                            );
                        }
                        if let Some(p) = report.prioritisation.percent() {
                            chip(
                                ui,
                                loc.ta("shift-report-priority", &[("percent", Arg::Num(f64::from(p)))]),
                                palette.accent,
                            );
                        }
                        if report.trolls.total > 0 {
                            chip(
                                ui,
                                loc.ta(
                                    "shift-report-trolls",
                                    &[
                                        ("right", Arg::Num(f64::from(report.trolls.right))),
                                        ("total", Arg::Num(f64::from(report.trolls.total))),
                                    ],
                                ),
                                palette.accent,
                            );
                        }
                        let c = if report.unanswered > 0 {
                            palette.fail
                        } else {
                            palette.pass
                        };
                        chip(
                            ui,
                            loc.ta(
                                "shift-report-unanswered",
                                &[("count", Arg::Num(report.unanswered as f64))],
                            ),
                            c,
                        );
                    });
                });
            });
            ui.add_space(6.0);
            let saved = if f.stored {
                "shift-report-saved"
            } else {
                "shift-report-not-saved"
            };
            ui.label(RichText::new(loc.t(saved)).small().color(palette.muted));
            ui.horizontal(|ui| {
                if ui.button(RichText::new(loc.t("shift-new")).strong()).clicked() {
                    commands.push(ShiftCommand::NewShift);
                }
                if ui.button(loc.t("shift-see-progress")).clicked() {
                    commands.push(ShiftCommand::Progress);
                }
            });
        });
        ui.add_space(10.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("shift-report-parts")).strong().size(16.0));
            egui::Grid::new("shift-parts")
                .num_columns(3)
                .spacing([12.0, 6.0])
                .striped(true)
                .show(ui, |ui| {
                    for c in &report.speed.criteria {
                        ui.label(
                            RichText::new(format!("{} {}", mark_symbol(c.result), criterion_name(loc, c)))
                                .strong()
                                .color(palette.mark(c.result)),
                        );
                        let pts = if c.max > 0.0 {
                            format!("{}/{}", c.points, c.max)
                        } else {
                            "–".to_owned()
                        };
                        ui.label(RichText::new(pts).color(palette.muted));
                        ui.add(egui::Label::new(loc.msg(&c.message)).wrap());
                        ui.end_row();
                    }
                });
        });
        ui.add_space(10.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("shift-report-posts")).strong().size(16.0));
            ui.label(
                RichText::new(loc.t("shift-report-posts-hint"))
                    .small()
                    .color(palette.muted),
            );
            egui::Grid::new("shift-posts")
                .num_columns(8)
                .spacing([12.0, 6.0])
                .striped(true)
                .show(ui, |ui| {
                    for id in [
                        "shift-col-order",
                        "shift-col-arrived",
                        "shift-col-channel",
                        "shift-col-customer",
                        "shift-col-urgency",
                        "shift-col-action",
                        "shift-col-response",
                        "shift-col-score",
                    ] {
                        ui.label(RichText::new(loc.t(id)).strong());
                    }
                    ui.end_row();
                    for p in &report.posts {
                        post_row(ui, v, palette, report.order.iter().position(|&i| i == p.index), p);
                        ui.end_row();
                    }
                });
        });
    });
}

fn post_row(ui: &mut Ui, v: &View<'_>, palette: &Palette, order: Option<usize>, p: &PostReport) {
    let loc = v.loc;
    ui.label(order.map_or_else(|| "–".to_owned(), |o| (o + 1).to_string()));
    ui.label(clock(p.arrival_ms));
    ui.label(RichText::new(loc.t(&format!("channel-{}", p.channel.id()))).color(channel_color(p.channel)));
    ui.label(&p.customer).on_hover_text(&p.title);
    ui.label(
        RichText::new(loc.t(&format!("shift-urgency-{}", p.urgency.id()))).color(urgency_color(p.urgency, palette)),
    );
    let (did, color) = match &p.outcome {
        Outcome::Answered { answer, .. } => (
            match answer {
                Answer::Text(_) => loc.t("shift-did-reply"),
                Answer::Choice(_) => loc.t("shift-did-pick"),
                Answer::Action(a) => loc.t(&format!("action-{}", a.id())),
            },
            ui.visuals().text_color(),
        ),
        Outcome::LeftAlone { .. } => (loc.t("shift-did-left-alone"), ui.visuals().text_color()),
        Outcome::Unanswered => (loc.t("shift-did-nothing"), palette.fail),
    };
    ui.label(RichText::new(did).color(color));
    ui.horizontal(|ui| {
        match (p.response_ms(), p.on_time) {
            (Some(ms), on_time) => {
                let c = if on_time == Some(false) {
                    palette.fail
                } else {
                    palette.pass
                };
                ui.label(RichText::new(clock(ms)).color(c));
            }
            (None, _) => {
                ui.label("–");
            }
        }
        if p.onlookers > 0 {
            ui.label(
                RichText::new(loc.ta("shift-onlookers", &[("count", Arg::Num(p.onlookers as f64))]))
                    .small()
                    .color(palette.partial),
            );
        }
    });
    match p.total() {
        Some(t) => {
            let passed = match &p.outcome {
                Outcome::Answered { result, .. } => result.passed,
                Outcome::LeftAlone { result } => result.as_ref().is_none_or(|r| r.passed),
                Outcome::Unanswered => false,
            };
            ui.label(RichText::new(format!("{t}/100")).color(if passed { palette.pass } else { palette.fail }));
        }
        None => {
            ui.label("–");
        }
    }
}
