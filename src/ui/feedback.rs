//! The feedback view: the total against the pass mark, each criterion with its mark and
//! message (critical fails first), the evidence highlighted in the trainee's own reply, the
//! model answers, and "try again" / "next". Past attempts are shown the same way, with the
//! messages exactly as the trainee saw them.

use egui::{Key, RichText, Ui};

use super::command::{Command, Commands};
use super::state::{FeedbackState, Screen};
use super::theme::{Palette, channel_color};
use super::view::View;
use super::widgets::{chip, highlighted, local_time, mark_symbol, page, score_ring};
use crate::i18n::Arg;
use crate::play::session::Answer;
use crate::progress::record::KeptStep;
use crate::scenario::model::{Step, Turn};
use crate::scoring::Mark;
use crate::scoring::result::{criterion_name, format_points};
use crate::timing::{self, clock};

/// The scenario to suggest after this one: the next item of a track it belongs to, else
/// the weakest skill's pick.
fn next_scenario(v: &View<'_>, current: &str) -> Option<String> {
    let dash = v.dashboard?;
    dash.tracks
        .iter()
        .filter(|t| t.items.iter().any(|i| i.scenario == current))
        .find_map(|t| t.next().map(|i| i.scenario.clone()))
        .filter(|id| id != current)
        .or_else(|| dash.practise_weakest(v.library, v.settings.lang).map(|(_, id)| id))
}

/// Order in which criteria are explained: critical fails, fails, partials, passes, N/A.
fn rank(c: &crate::scoring::CriterionResult) -> u8 {
    match (c.result, c.critical) {
        (Mark::Fail, true) => 0,
        (Mark::Fail, false) => 1,
        (Mark::Partial, _) => 2,
        (Mark::Pass, _) => 3,
        (Mark::Na, _) => 4,
    }
}

/// Draws the feedback (or past attempt) view.
pub fn show(ui: &mut Ui, fb: Option<&mut FeedbackState>, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    let Some(fb) = fb else {
        out.push(Command::Go(Screen::Home));
        return;
    };
    let past = v.screen == Screen::Attempt;
    let fb_playtest = fb.playtest;
    // A trainer (PIN entered) may override a stored attempt's results.
    let reviewable = fb.stored.filter(|_| v.trainer_unlocked && past);
    let a = &fb.attempt;
    let steps: Vec<Option<Step>> = a
        .steps
        .iter()
        .map(|s| fb.instance.as_ref().and_then(|i| i.step(&s.step).cloned()))
        .collect();
    let pass_mark = fb.instance.as_ref().map_or(70, |i| i.scenario.pass_mark);
    let version_changed = fb.instance.as_ref().is_some_and(|i| i.version != a.version);
    let next = if past { None } else { next_scenario(v, &a.scenario) };
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        let back = if past {
            if v.trainer_unlocked {
                Screen::Trainer
            } else {
                Screen::Progress
            }
        } else if fb_playtest {
            Screen::Trainer
        } else {
            Screen::Home
        };
        out.push(Command::Go(back));
    }
    page(ui, "feedback", 960.0, |ui| {
        let loc = &v.loc;
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let ring = loc.ta("score-ring", &[("total", Arg::Num(f64::from(a.total)))]);
                score_ring(ui, a.total, a.passed, palette, 96.0, &ring);
                ui.add_space(12.0);
                ui.vertical(|ui| {
                    ui.label(RichText::new(&a.title).size(22.0).strong());
                    let verdict = if a.passed {
                        loc.ta("feedback-passed", &[("mark", Arg::Num(f64::from(pass_mark)))])
                    } else {
                        loc.ta("feedback-not-passed", &[("mark", Arg::Num(f64::from(pass_mark)))])
                    };
                    ui.label(RichText::new(verdict).size(16.0).strong().color(if a.passed {
                        palette.pass
                    } else {
                        palette.fail
                    }));
                    if a.critical_failed {
                        ui.label(RichText::new(loc.t("feedback-critical")).color(palette.fail));
                    }
                    let mut time = loc.ta("feedback-time", &[("time", Arg::Str(clock(a.elapsed_ms)))]);
                    if let Some(limit) = a.time_limit_s
                        && timing::overrun_ms(a.elapsed_ms, Some(limit)).is_some()
                    {
                        time.push_str(" · ");
                        time.push_str(&loc.ta(
                            "feedback-over-time",
                            &[("limit", Arg::Str(clock(timing::limit_ms(limit))))],
                        ));
                    }
                    ui.label(RichText::new(time).color(palette.muted));
                    if past && let Some(seed) = a.seed {
                        // Reviews and bug reports name the draw: the same seed replays it.
                        ui.label(
                            RichText::new(loc.ta("feedback-seed", &[("seed", Arg::Str(seed.to_string()))]))
                                .small()
                                .color(palette.muted),
                        );
                    }
                    if past {
                        ui.label(
                            RichText::new(loc.ta("feedback-when", &[("when", Arg::Str(local_time(&a.finished_at)))]))
                                .color(palette.muted),
                        );
                    }
                });
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if past {
                    if ui.button(loc.t("feedback-back")).clicked() {
                        out.push(Command::Go(Screen::Progress));
                    }
                    // A shift, or a scenario no longer in the library, cannot be played again from here.
                    if v.library.scenario(&a.scenario).is_some() {
                        if ui.button(loc.t("feedback-play-again")).clicked() {
                            out.push(Command::Start {
                                scenario: a.scenario.clone(),
                                seed: None,
                            });
                        }
                        if let Some(seed) = a.seed
                            && ui
                                .button(loc.t("feedback-replay-draw"))
                                .on_hover_text(loc.t("feedback-replay-draw-hint"))
                                .clicked()
                        {
                            out.push(Command::Start {
                                scenario: a.scenario.clone(),
                                seed: Some(seed),
                            });
                        }
                    }
                } else if fb_playtest {
                    ui.label(RichText::new(loc.t("feedback-playtest")).color(palette.partial));
                    if ui
                        .button(RichText::new(loc.t("feedback-back-to-editor")).strong())
                        .clicked()
                    {
                        out.push(Command::Go(Screen::Trainer));
                    }
                } else {
                    if ui.button(RichText::new(loc.t("feedback-retry")).strong()).clicked() {
                        out.push(Command::Retry);
                    }
                    if let Some(id) = &next {
                        let title = v
                            .library
                            .scenario(id)
                            .map(|s| s.scenario.title.clone())
                            .unwrap_or_default();
                        if ui.button(loc.t("feedback-next")).on_hover_text(title).clicked() {
                            out.push(Command::Start {
                                scenario: id.clone(),
                                seed: None,
                            });
                        }
                    }
                    if ui.button(loc.t("feedback-home")).clicked() {
                        out.push(Command::Go(Screen::Home));
                    }
                }
            });
            if version_changed {
                ui.label(
                    RichText::new(loc.t("feedback-version-changed"))
                        .small()
                        .color(palette.partial),
                );
            }
        });
        ui.add_space(10.0);
        let mut select = None;
        for (si, (kept, step)) in a.steps.iter().zip(&steps).enumerate() {
            let card = Card {
                index: si,
                kept,
                step: step.as_ref(),
                selected: fb.selected,
                reviewable,
            };
            step_card(ui, v, &card, &mut select, out);
            ui.add_space(10.0);
        }
        if let Some(s) = select {
            fb.selected = if fb.selected == Some(s) { None } else { Some(s) };
        }
    });
}

/// One step of the attempt as the feedback shows it.
struct Card<'a> {
    /// Its position in the attempt.
    index: usize,
    /// What was kept of it.
    kept: &'a KeptStep,
    /// The step as the scenario has it now (for model answers), if it still exists.
    step: Option<&'a Step>,
    /// The criterion whose evidence is highlighted: (step, criterion).
    selected: Option<(usize, usize)>,
    /// The stored attempt's row, when a trainer may override it.
    reviewable: Option<i64>,
}

fn step_card(ui: &mut Ui, v: &View<'_>, card: &Card<'_>, select: &mut Option<(usize, usize)>, out: &mut Commands) {
    let loc = &v.loc;
    let palette = v.palette;
    let (si, kept, step, selected, reviewable) = (card.index, card.kept, card.step, card.selected, card.reviewable);
    palette.card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(loc.ta("feedback-step", &[("n", Arg::Num((si + 1) as f64))]))
                    .strong()
                    .size(16.0),
            );
            chip(
                ui,
                loc.t(&format!("channel-{}", kept.channel.id())),
                channel_color(kept.channel),
            );
            let c = if kept.result.passed { palette.pass } else { palette.fail };
            chip(ui, format!("{}/100", kept.result.total), c);
        });
        if let Some(st) = step {
            ui.label(
                RichText::new(format!("“{}”", st.message.text))
                    .italics()
                    .color(palette.muted),
            );
        }
        ui.add_space(4.0);
        match &kept.answer {
            Answer::Text(text) => {
                // A shift's one step carries its summary, and its criteria have no evidence.
                let shift = kept.step == crate::shift::report::SHIFT_STEP && step.is_none();
                let heading = if shift {
                    "shift-summary-title"
                } else {
                    "feedback-your-reply"
                };
                ui.label(RichText::new(loc.t(heading)).strong());
                let all: Vec<(usize, usize)> = kept
                    .result
                    .criteria
                    .iter()
                    .flat_map(|c| c.evidence.iter().map(|e| (e.start, e.end)))
                    .collect();
                let strong: Vec<(usize, usize)> = selected
                    .filter(|(s, _)| *s == si)
                    .and_then(|(_, c)| kept.result.criteria.get(c))
                    .map(|c| c.evidence.iter().map(|e| (e.start, e.end)).collect())
                    .unwrap_or_default();
                egui::Frame::new()
                    .fill(palette.accent.gamma_multiply(0.06))
                    .corner_radius(egui::CornerRadius::same(8))
                    .inner_margin(egui::Margin::same(10))
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        if text.trim().is_empty() {
                            ui.label(
                                RichText::new(loc.t("feedback-empty-reply"))
                                    .italics()
                                    .color(palette.muted),
                            );
                        } else {
                            // A pasted megabyte is shown shortened; the evidence still points into it.
                            let shown = if text.len() > 5000 {
                                &text[..text.floor_char_boundary(5000)]
                            } else {
                                text.as_str()
                            };
                            highlighted(ui, shown, &all, &strong, palette);
                        }
                    });
                if !shift {
                    ui.label(RichText::new(loc.t("feedback-click-hint")).small().color(palette.muted));
                }
            }
            Answer::Choice(id) => {
                let text = step
                    .and_then(|st| match &st.turn {
                        Turn::Pick(p) => p.options.iter().find(|o| &o.id == id).map(|o| o.text.clone()),
                        _ => None,
                    })
                    .unwrap_or_else(|| id.clone());
                ui.label(RichText::new(loc.ta("feedback-you-picked", &[("choice", Arg::Str(text))])).strong());
            }
            Answer::Action(action) => {
                ui.label(
                    RichText::new(loc.ta(
                        "feedback-you-acted",
                        &[("action", Arg::Str(loc.t(&format!("action-{}", action.id()))))],
                    ))
                    .strong(),
                );
                if let Some(Turn::Act(a)) = step.map(|s| &s.turn)
                    && let Some(o) = a.options.iter().find(|o| o.action == *action)
                {
                    ui.label(RichText::new(&o.consequence).italics().color(palette.muted));
                }
            }
        }
        ui.add_space(6.0);
        let mut order: Vec<usize> = (0..kept.result.criteria.len()).collect();
        order.sort_by_key(|&i| (rank(&kept.result.criteria[i]), i));
        egui::Grid::new(("criteria", si))
            .num_columns(3)
            .spacing([10.0, 6.0])
            .striped(true)
            .show(ui, |ui| {
                for ci in order {
                    let c = &kept.result.criteria[ci];
                    let name = if c.id == crate::scoring::catalog::CHOICE_ID {
                        loc.t("crit-choice")
                    } else {
                        criterion_name(loc, c)
                    };
                    let is_sel = selected == Some((si, ci));
                    let label = format!("{} {name}", mark_symbol(c.result));
                    let resp = ui.add(egui::Button::selectable(
                        is_sel,
                        RichText::new(label).color(palette.mark(c.result)).strong(),
                    ));
                    if resp.clicked() {
                        *select = Some((si, ci));
                    }
                    let pts = if c.max > 0.0 {
                        format!("{}/{}", format_points(c.points), format_points(c.max))
                    } else {
                        "–".to_owned()
                    };
                    ui.label(RichText::new(pts).color(palette.muted));
                    ui.vertical(|ui| {
                        let shown = kept.shown.get(ci).cloned().unwrap_or_else(|| loc.msg(&c.message));
                        ui.add(egui::Label::new(shown).wrap());
                        if c.critical && c.result == Mark::Fail {
                            ui.label(
                                RichText::new(loc.t("feedback-critical-row"))
                                    .small()
                                    .color(palette.fail),
                            );
                        }
                        if let Some(Some(o)) = kept.overrides.get(ci) {
                            ui.label(
                                RichText::new(loc.ta(
                                    "feedback-trainer",
                                    &[
                                        (
                                            "mark",
                                            Arg::Str(format!(
                                                "{} {}",
                                                mark_symbol(o.result),
                                                loc.t(&format!("mark-{}", o.result.id()))
                                            )),
                                        ),
                                        ("comment", Arg::Str(o.comment.clone())),
                                        ("reviewer", Arg::Str(o.reviewer.clone())),
                                    ],
                                ))
                                .color(palette.accent),
                            );
                        }
                        if let Some(attempt) = reviewable {
                            let current = kept.overrides.get(ci).cloned().flatten();
                            review_controls(ui, v, palette, (attempt, si, ci), c.result, current, out);
                        }
                    });
                    ui.end_row();
                }
            });
        if let Some(Turn::Write(w)) = step.map(|s| &s.turn) {
            let text = if kept.result.passed {
                &w.feedback.pass
            } else {
                &w.feedback.fail
            };
            if !text.trim().is_empty() {
                ui.add_space(6.0);
                ui.label(RichText::new(loc.t("feedback-trainer-note")).strong());
                ui.label(text);
            }
            if !w.model_answers.is_empty() {
                ui.add_space(6.0);
                egui::CollapsingHeader::new(loc.t("feedback-model-answers"))
                    .id_salt(("models", si))
                    .default_open(true)
                    .show(ui, |ui| {
                        for m in &w.model_answers {
                            egui::Frame::new()
                                .fill(palette.pass.gamma_multiply(0.08))
                                .corner_radius(egui::CornerRadius::same(8))
                                .inner_margin(egui::Margin::same(10))
                                .show(ui, |ui| {
                                    ui.set_width(ui.available_width());
                                    ui.label(m);
                                });
                        }
                    });
            }
        }
        if let Some(Turn::Pick(p)) = step.map(|s| &s.turn) {
            let best: Vec<String> = p
                .options
                .iter()
                .filter(|o| o.grade == crate::vocab::Grade::Pass)
                .map(|o| {
                    if o.text.is_empty() {
                        o.id.clone()
                    } else {
                        o.text.clone()
                    }
                })
                .collect();
            ui.label(
                RichText::new(loc.ta("feedback-best-choice", &[("choice", Arg::Str(best.join(" / ")))]))
                    .color(palette.muted),
            );
        }
        if let Some(Turn::Act(a)) = step.map(|s| &s.turn) {
            let best: Vec<String> = a
                .options
                .iter()
                .filter(|o| o.grade == crate::vocab::Grade::Pass)
                .map(|o| loc.t(&format!("action-{}", o.action.id())))
                .collect();
            ui.label(
                RichText::new(loc.ta("feedback-best-choice", &[("choice", Arg::Str(best.join(" / ")))]))
                    .color(palette.muted),
            );
        }
    });
}

/// A trainer's draft override of one criterion, kept in egui's memory while open.
#[derive(Debug, Clone)]
struct ReviewDraft {
    mark: Mark,
    comment: String,
}

/// "Review" under a criterion: the trainer's mark and comment, saved as an override.
fn review_controls(
    ui: &mut Ui,
    v: &View<'_>,
    palette: &Palette,
    (attempt, si, ci): (i64, usize, usize),
    automatic: Mark,
    current: Option<crate::progress::record::Override>,
    out: &mut Vec<Command>,
) {
    let loc = &v.loc;
    let id = egui::Id::unique(("review-draft", attempt, si, ci));
    let draft: Option<ReviewDraft> = ui.data(|d| d.get_temp(id));
    let Some(mut draft) = draft else {
        let label = if current.is_some() {
            "review-change"
        } else {
            "review-override"
        };
        if ui.small_button(loc.t(label)).clicked() {
            let d = current.map_or(
                ReviewDraft {
                    mark: automatic,
                    comment: String::new(),
                },
                |o| ReviewDraft {
                    mark: o.result,
                    comment: o.comment,
                },
            );
            ui.data_mut(|m| m.insert_temp(id, d));
        }
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            for m in [Mark::Pass, Mark::Partial, Mark::Fail, Mark::Na] {
                ui.radio_value(
                    &mut draft.mark,
                    m,
                    format!("{} {}", mark_symbol(m), loc.t(&format!("mark-{}", m.id()))),
                );
            }
        });
        let l = ui.label(loc.t("review-comment"));
        ui.add(egui::TextEdit::multiline(&mut draft.comment).desired_rows(2))
            .labelled_by(l.id);
        let mut close = false;
        ui.horizontal(|ui| {
            let ok = !draft.comment.trim().is_empty();
            if ui
                .add_enabled(ok, egui::Button::new(RichText::new(loc.t("review-save")).strong()))
                .on_disabled_hover_text(loc.t("review-comment-needed"))
                .clicked()
            {
                out.push(Command::SetOverride {
                    attempt,
                    step: si,
                    criterion: ci,
                    value: Some(crate::progress::record::Override {
                        result: draft.mark,
                        comment: draft.comment.trim().to_owned(),
                        reviewer: v.settings.profile.clone(),
                        at: crate::progress::record::now(),
                    }),
                });
                close = true;
            }
            if ui.button(loc.t("review-remove")).clicked() {
                out.push(Command::SetOverride {
                    attempt,
                    step: si,
                    criterion: ci,
                    value: None,
                });
                close = true;
            }
            if ui.button(loc.t("review-cancel")).clicked() {
                close = true;
            }
        });
        if close {
            ui.data_mut(|m| m.remove::<ReviewDraft>(id));
        } else {
            ui.data_mut(|m| m.insert_temp(id, draft));
        }
        ui.label(RichText::new(loc.t("review-visible")).small().color(palette.muted));
    });
}
