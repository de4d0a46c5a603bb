//! Pack exchange: export scenarios as a folder, import a folder after checking it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use egui::{RichText, Ui};

use super::TrainerCommand;
use crate::i18n::Arg;
use crate::scenario::pack::PackSource;
use crate::trainer::packs::{Choice, ImportPlan};
use crate::ui::command::{Command, Commands};
use crate::ui::view::View;
use crate::ui::widgets::page;

/// Pack tab state.
#[derive(Debug, Clone, Default)]
pub struct PacksState {
    /// Scenarios ticked for export.
    pub selected: BTreeSet<String>,
    /// Show built-in scenarios in the export list too.
    pub show_builtin: bool,
    /// A checked pack waiting for the trainer's choices.
    pub plan: Option<ImportPlan>,
    /// Choices for clashing ids.
    pub choices: BTreeMap<String, Choice>,
    /// The folder typed in when there are no native dialogs.
    pub import_path: String,
}

/// Draws the pack tab.
pub fn show(ui: &mut Ui, st: &mut PacksState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    page(ui, "packs", 960.0, |ui| {
        ui.label(RichText::new(v.loc.t("packs-export-title")).size(20.0).strong());
        ui.label(RichText::new(v.loc.t("packs-export-help")).color(palette.muted));
        ui.checkbox(&mut st.show_builtin, v.loc.t("packs-show-builtin"));
        egui::ScrollArea::vertical()
            .id_salt("export-list")
            .max_height(220.0)
            .show(ui, |ui| {
                for l in &v.library.scenarios {
                    let own = matches!(v.library.pack_of(l), PackSource::Dir(_));
                    if !own && !st.show_builtin {
                        continue;
                    }
                    let mut on = st.selected.contains(&l.scenario.id);
                    if ui
                        .checkbox(&mut on, format!("{} ({})", l.scenario.title, l.scenario.id))
                        .changed()
                    {
                        if on {
                            st.selected.insert(l.scenario.id.clone());
                        } else {
                            st.selected.remove(&l.scenario.id);
                        }
                    }
                }
            });
        let n = st.selected.len();
        let label = v.loc.ta("packs-export", &[("count", Arg::Num(n as f64))]);
        if ui.add_enabled(n > 0, egui::Button::new(label)).clicked() {
            out.push(Command::Trainer(TrainerCommand::ExportPack));
        }
        ui.add_space(12.0);
        ui.separator();
        ui.label(RichText::new(v.loc.t("packs-import-title")).size(20.0).strong());
        ui.label(RichText::new(v.loc.t("packs-import-help")).color(palette.muted));
        ui.horizontal(|ui| {
            if v.setup.dialogs {
                if ui.button(v.loc.t("packs-import-choose")).clicked() {
                    out.push(Command::Trainer(TrainerCommand::ChoosePack));
                }
            } else {
                let l = ui.label(v.loc.t("packs-import-folder"));
                ui.add(egui::TextEdit::singleline(&mut st.import_path).desired_width(360.0))
                    .labelled_by(l.id);
                if ui.button(v.loc.t("packs-import-check")).clicked() {
                    let p = PathBuf::from(st.import_path.trim());
                    out.push(Command::Trainer(TrainerCommand::CheckPack(p)));
                }
            }
        });
        plan_view(ui, st, v, out);
    });
}

fn plan_view(ui: &mut Ui, st: &mut PacksState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    let Some(plan) = &st.plan else {
        return;
    };
    let loc = v.loc;
    let mut cancel = false;
    palette.card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(plan.source.display().to_string()).strong());
        if !plan.is_valid() {
            ui.label(RichText::new(loc.t("packs-invalid")).color(palette.fail));
            for d in &plan.problems {
                ui.label(RichText::new(d.render(loc)).monospace().small().color(palette.fail));
            }
            return;
        }
        for s in &plan.scenarios {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("{} ({})", s.title, s.id));
                if let Some(existing) = &s.clash {
                    ui.label(
                        RichText::new(loc.ta("packs-clash", &[("file", Arg::Str(existing.clone()))]))
                            .color(palette.partial),
                    );
                    let choice = st.choices.entry(s.id.clone()).or_insert(Choice::Copy);
                    ui.radio_value(choice, Choice::Copy, loc.t("packs-choice-copy"));
                    ui.radio_value(choice, Choice::Skip, loc.t("packs-choice-skip"));
                    if s.replaceable {
                        ui.radio_value(choice, Choice::Replace, loc.t("packs-choice-replace"));
                    }
                } else {
                    ui.label(RichText::new(loc.t("packs-new")).color(palette.pass));
                }
            });
        }
        ui.horizontal(|ui| {
            if ui.button(RichText::new(loc.t("packs-import")).strong()).clicked() {
                out.push(Command::Trainer(TrainerCommand::ImportPack));
            }
            if ui.button(loc.t("packs-cancel")).clicked() {
                cancel = true;
            }
        });
    });
    if cancel {
        st.plan = None;
    }
}
