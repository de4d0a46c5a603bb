//! Review and calibration: every attempt on this machine (own or imported) to open and
//! override, and how often trainers agree with the scorer.

use egui::{RichText, Ui};

use super::TrainerCommand;
use crate::i18n::Arg;
use crate::progress::store::AttemptRow;
use crate::trainer::calibration::Agreement;
use crate::ui::command::{Command, Commands};
use crate::ui::view::View;
use crate::ui::widgets::{empty_state, local_time, mark_symbol, page};

/// Review tab state (lists are read from the store when the tab opens).
#[derive(Debug, Clone, Default)]
pub struct ReviewState {
    /// Every attempt, newest first.
    pub rows: Option<Vec<AttemptRow>>,
    /// Calibration figures.
    pub agreement: Option<Vec<Agreement>>,
    /// A filter on trainee or scenario.
    pub filter: String,
}

/// The list of attempts to review.
pub fn show_list(ui: &mut Ui, st: &mut ReviewState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    if st.rows.is_none() {
        out.push(Command::Trainer(TrainerCommand::LoadReview));
    }
    page(ui, "review", 960.0, |ui| {
        let loc = &v.loc;
        ui.label(RichText::new(loc.t("review-title")).size(22.0).strong());
        ui.label(RichText::new(loc.t("review-help")).color(palette.muted));
        ui.horizontal(|ui| {
            let l = ui.label(loc.t("review-filter"));
            ui.add(egui::TextEdit::singleline(&mut st.filter).desired_width(240.0))
                .labelled_by(l.id);
            if ui.button(loc.t("review-refresh")).clicked() {
                out.push(Command::Trainer(TrainerCommand::LoadReview));
            }
        });
        let rows = st.rows.as_deref().unwrap_or_default();
        if rows.is_empty() {
            empty_state(ui, &loc.t("review-empty-title"), &loc.t("review-empty"), palette);
            return;
        }
        let filter = st.filter.to_lowercase();
        egui::Grid::new("review-rows")
            .num_columns(5)
            .striped(true)
            .spacing([14.0, 6.0])
            .show(ui, |ui| {
                ui.label(RichText::new(loc.t("review-col-trainee")).strong());
                ui.label(RichText::new(loc.t("progress-col-scenario")).strong());
                ui.label(RichText::new(loc.t("progress-col-when")).strong());
                ui.label(RichText::new(loc.t("progress-col-score")).strong());
                ui.label(RichText::new(loc.t("progress-col-source")).strong());
                ui.end_row();
                for r in rows.iter().filter(|r| {
                    filter.is_empty()
                        || r.profile.to_lowercase().contains(&filter)
                        || r.title.to_lowercase().contains(&filter)
                }) {
                    ui.label(&r.profile);
                    if ui.link(&r.title).clicked() {
                        out.push(Command::OpenAttempt(r.id));
                    }
                    ui.label(local_time(&r.finished_at));
                    ui.label(r.total.to_string());
                    ui.label(RichText::new(&r.source).color(palette.muted));
                    ui.end_row();
                }
            });
    });
}

/// Agreement per criterion, with the replies trainers marked differently.
pub fn show_calibration(ui: &mut Ui, st: &mut ReviewState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    if st.agreement.is_none() {
        out.push(Command::Trainer(TrainerCommand::LoadCalibration));
    }
    page(ui, "calibration", 960.0, |ui| {
        let loc = &v.loc;
        ui.horizontal(|ui| {
            ui.label(RichText::new(loc.t("calibration-title")).size(22.0).strong());
            if ui.button(loc.t("review-refresh")).clicked() {
                out.push(Command::Trainer(TrainerCommand::LoadCalibration));
            }
        });
        ui.label(RichText::new(loc.t("calibration-help")).color(palette.muted));
        let list = st.agreement.as_deref().unwrap_or_default();
        if list.is_empty() {
            empty_state(
                ui,
                &loc.t("calibration-empty-title"),
                &loc.t("calibration-empty"),
                palette,
            );
            return;
        }
        for a in list {
            palette.card_frame().show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    let name = loc.t(&format!("crit-{}", a.criterion));
                    ui.label(RichText::new(format!("{name} ({})", a.criterion)).strong());
                    let pct = a.percent();
                    let color = if pct >= 90.0 {
                        palette.pass
                    } else if pct >= 70.0 {
                        palette.partial
                    } else {
                        palette.fail
                    };
                    ui.label(
                        RichText::new(loc.ta(
                            "calibration-agreement",
                            &[
                                ("percent", Arg::Num(pct.round())),
                                ("agreed", Arg::Num(a.agreed as f64)),
                                ("reviewed", Arg::Num(a.reviewed as f64)),
                            ],
                        ))
                        .color(color),
                    );
                    let kappa = a.kappa.map_or_else(|| "–".to_owned(), |k| format!("{k:.2}"));
                    ui.label(
                        RichText::new(loc.ta("calibration-kappa", &[("kappa", Arg::Str(kappa))])).color(palette.muted),
                    );
                });
                for d in &a.disagreements {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(format!("{} » {}", mark_symbol(d.automatic), mark_symbol(d.trainer)))
                                .monospace()
                                .color(palette.mark(d.trainer)),
                        );
                        if ui.link(&d.title).clicked() {
                            out.push(Command::OpenAttempt(d.attempt));
                        }
                    });
                    ui.label(RichText::new(format!("“{}”", d.reply)).italics());
                    if !d.comment.is_empty() {
                        ui.label(RichText::new(&d.comment).small().color(palette.muted));
                    }
                }
            });
            ui.add_space(6.0);
        }
    });
}
