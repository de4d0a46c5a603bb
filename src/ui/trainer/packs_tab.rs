//! Pack exchange: export scenarios as a folder, import a folder after checking it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::i18n::{Arg, Msg};
use crate::scenario::pack::PackSource;
use crate::trainer::packs::{self, Choice, ImportPlan};
use crate::ui::app::{Command, Notice, SomeaspaApp};
use crate::ui::theme::Palette;
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
pub fn show(ui: &mut Ui, app: &mut SomeaspaApp, dir: &Path, palette: &Palette) {
    page(ui, "packs", 960.0, |ui| {
        ui.label(RichText::new(app.loc.t("packs-export-title")).size(20.0).strong());
        ui.label(RichText::new(app.loc.t("packs-export-help")).color(palette.muted));
        ui.checkbox(&mut app.trainer.packs.show_builtin, app.loc.t("packs-show-builtin"));
        egui::ScrollArea::vertical()
            .id_salt("export-list")
            .max_height(220.0)
            .show(ui, |ui| {
                for l in &app.library.scenarios {
                    let own = matches!(app.library.pack_of(l), PackSource::Dir(_));
                    if !own && !app.trainer.packs.show_builtin {
                        continue;
                    }
                    let mut on = app.trainer.packs.selected.contains(&l.scenario.id);
                    if ui
                        .checkbox(&mut on, format!("{} ({})", l.scenario.title, l.scenario.id))
                        .changed()
                    {
                        if on {
                            app.trainer.packs.selected.insert(l.scenario.id.clone());
                        } else {
                            app.trainer.packs.selected.remove(&l.scenario.id);
                        }
                    }
                }
            });
        let n = app.trainer.packs.selected.len();
        let label = app.loc.ta("packs-export", &[("count", Arg::Num(n as f64))]);
        if ui.add_enabled(n > 0, egui::Button::new(label)).clicked() {
            export(app, dir);
        }
        ui.add_space(12.0);
        ui.separator();
        ui.label(RichText::new(app.loc.t("packs-import-title")).size(20.0).strong());
        ui.label(RichText::new(app.loc.t("packs-import-help")).color(palette.muted));
        ui.horizontal(|ui| {
            if app.setup.dialogs && ui.button(app.loc.t("packs-import-choose")).clicked() {
                if let Some(p) = rfd::FileDialog::new().pick_folder() {
                    check(app, &p);
                }
            } else {
                let l = ui.label(app.loc.t("packs-import-folder"));
                ui.add(egui::TextEdit::singleline(&mut app.trainer.packs.import_path).desired_width(360.0))
                    .labelled_by(l.id);
                if ui.button(app.loc.t("packs-import-check")).clicked() {
                    let p = PathBuf::from(app.trainer.packs.import_path.trim());
                    check(app, &p);
                }
            }
        });
        plan_view(ui, app, dir, palette);
    });
}

fn export(app: &mut SomeaspaApp, dir: &Path) {
    let stamp = jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string();
    let name = format!("someaspa-pack-{stamp}");
    let dest = if app.setup.dialogs {
        match rfd::FileDialog::new().pick_folder() {
            Some(p) => p.join(name),
            None => return,
        }
    } else {
        dir.join("exports").join(name)
    };
    let ids: Vec<String> = app.trainer.packs.selected.iter().cloned().collect();
    let notice = match packs::export(&app.library, &ids, &dest) {
        Ok(done) => Notice {
            msg: Msg::new("packs-exported")
                .with("path", dest.display().to_string())
                .num("scenarios", u32::try_from(done.scenarios).unwrap_or(u32::MAX))
                .num("images", u32::try_from(done.images).unwrap_or(u32::MAX)),
            error: false,
        },
        Err(e) => Notice {
            msg: Msg::new("packs-failed").with("error", e.to_string()),
            error: true,
        },
    };
    app.notices.push(notice);
}

fn check(app: &mut SomeaspaApp, path: &Path) {
    if !path.is_dir() {
        app.notices.push(Notice {
            msg: Msg::new("packs-not-folder").with("path", path.display().to_string()),
            error: true,
        });
        return;
    }
    match packs::plan(&app.library, path) {
        Ok(plan) => {
            app.trainer.packs.choices = plan
                .scenarios
                .iter()
                .filter(|s| s.clash.is_some())
                .map(|s| (s.id.clone(), Choice::Copy))
                .collect();
            app.trainer.packs.plan = Some(plan);
        }
        Err(e) => app.notices.push(Notice {
            msg: Msg::new("packs-failed").with("error", e.to_string()),
            error: true,
        }),
    }
}

fn plan_view(ui: &mut Ui, app: &mut SomeaspaApp, dir: &Path, palette: &Palette) {
    let Some(plan) = app.trainer.packs.plan.clone() else {
        return;
    };
    let loc = &app.loc;
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
                    let choice = app.trainer.packs.choices.entry(s.id.clone()).or_insert(Choice::Copy);
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
                let result = packs::apply(&app.library, &plan, &app.trainer.packs.choices, dir);
                let notice = match result {
                    Ok(done) => {
                        app.commands.push(Command::ReloadLibrary);
                        Notice {
                            msg: Msg::new("packs-imported")
                                .with("path", done.folder.display().to_string())
                                .num("count", u32::try_from(done.scenarios.len()).unwrap_or(u32::MAX)),
                            error: false,
                        }
                    }
                    Err(e) => Notice {
                        msg: Msg::new("packs-failed").with("error", e.to_string()),
                        error: true,
                    },
                };
                app.notices.push(notice);
                app.trainer.packs.plan = None;
            }
            if ui.button(loc.t("packs-cancel")).clicked() {
                app.trainer.packs.plan = None;
            }
        });
    });
}
