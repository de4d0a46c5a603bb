//! Settings: language, theme, text size, profile, live hints.

use egui::{RichText, Ui};

use super::command::{Command, Commands};
use super::view::View;
use super::widgets::page;
use crate::i18n::Arg;
use crate::settings::{TEXT_SCALES, Theme};
use crate::vocab::Lang;

/// The settings page's own state.
#[derive(Debug, Clone, Default)]
pub struct SettingsState {
    /// A new profile name being typed.
    pub new_profile: String,
    /// The LRS form, filled from the saved settings on first show.
    pub lrs: Option<LrsForm>,
}

impl std::fmt::Debug for LrsForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The secret being typed stays out of debug output.
        f.debug_struct("LrsForm")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

/// The Learning Record Store settings being edited.
#[derive(Clone, Default)]
pub struct LrsForm {
    /// The settings.
    pub config: crate::lrs::LrsConfig,
    /// A new secret (empty: keep the stored one).
    pub secret: String,
}

/// Draws the settings page.
pub fn show(ui: &mut Ui, state: &mut SettingsState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    page(ui, "settings", 720.0, |ui| {
        let loc = &v.loc;
        ui.label(RichText::new(loc.t("settings-title")).size(24.0).strong());
        ui.add_space(8.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("settings-language")).strong());
            ui.horizontal(|ui| {
                for lang in Lang::ALL {
                    if ui
                        .radio(v.settings.lang == *lang, loc.t(&format!("lang-native-{}", lang.id())))
                        .clicked()
                    {
                        out.push(Command::SetLang(*lang));
                    }
                }
            });
            ui.add_space(6.0);
            ui.label(RichText::new(loc.t("settings-theme")).strong());
            ui.horizontal(|ui| {
                for (t, id) in [
                    (Theme::System, "settings-theme-system"),
                    (Theme::Light, "settings-theme-light"),
                    (Theme::Dark, "settings-theme-dark"),
                ] {
                    if ui.radio(v.settings.theme == t, loc.t(id)).clicked() {
                        out.push(Command::SetTheme(t));
                    }
                }
            });
            ui.add_space(6.0);
            ui.label(RichText::new(loc.t("settings-text-size")).strong());
            ui.horizontal(|ui| {
                for (i, s) in TEXT_SCALES.iter().enumerate() {
                    let selected = (v.settings.text_scale - s).abs() < 0.01;
                    if ui.radio(selected, loc.t(&format!("settings-text-size-{i}"))).clicked() {
                        out.push(Command::SetTextScale(*s));
                    }
                }
            });
            ui.add_space(6.0);
            let mut hints = v.settings.live_hints;
            if ui.checkbox(&mut hints, loc.t("settings-hints")).changed() {
                out.push(Command::SetHints(hints));
            }
        });
        ui.add_space(10.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("settings-profile")).strong());
            ui.label(loc.ta(
                "settings-profile-current",
                &[("name", Arg::Str(v.settings.profile.clone()))],
            ));
            if v.profiles.len() > 1 {
                ui.horizontal_wrapped(|ui| {
                    ui.label(loc.t("settings-profile-switch"));
                    for p in v.profiles {
                        if ui.selectable_label(*p == v.settings.profile, p).clicked() {
                            out.push(Command::SetProfile(p.clone()));
                        }
                    }
                });
            }
            ui.horizontal(|ui| {
                let label = ui.label(loc.t("settings-profile-new"));
                ui.add(
                    egui::TextEdit::singleline(&mut state.new_profile)
                        .desired_width(200.0)
                        .char_limit(60),
                )
                .labelled_by(label.id);
                let ok = crate::progress::record::profile_name_ok(state.new_profile.trim());
                if ui
                    .add_enabled(ok, egui::Button::new(loc.t("settings-profile-use")))
                    .clicked()
                {
                    out.push(Command::SetProfile(state.new_profile.trim().to_owned()));
                    state.new_profile.clear();
                }
            });
        });
        ui.add_space(10.0);
        lrs_card(ui, state, v, out);
        ui.add_space(10.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("settings-data")).strong());
            let where_ = v
                .data_dir
                .map_or_else(|| loc.t("settings-data-none"), |d| d.display().to_string());
            ui.label(RichText::new(where_).monospace().small());
            let store = v
                .store_path
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| loc.t("settings-store-memory"));
            ui.label(
                RichText::new(loc.ta("settings-store", &[("path", Arg::Str(store))]))
                    .small()
                    .color(palette.muted),
            );
        });
    });
}

/// The Learning Record Store: connection, what leaves the machine, and how sending goes.
fn lrs_card(ui: &mut Ui, state: &mut SettingsState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    let loc = v.loc;
    let form = state.lrs.get_or_insert_with(|| LrsForm {
        config: v.lrs.cloned().unwrap_or_default(),
        secret: String::new(),
    });
    palette.card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(loc.t("lrs-title")).strong());
        ui.label(RichText::new(loc.t("lrs-help")).small().color(palette.muted));
        egui::Grid::new("lrs-form")
            .num_columns(2)
            .spacing([10.0, 6.0])
            .show(ui, |ui| {
                let field = |ui: &mut Ui, label: &str, value: &mut String, password: bool| {
                    let l = ui.label(loc.t(label));
                    ui.add(
                        egui::TextEdit::singleline(value)
                            .password(password)
                            .desired_width(360.0),
                    )
                    .labelled_by(l.id);
                    ui.end_row();
                };
                field(ui, "lrs-endpoint", &mut form.config.endpoint, false);
                field(ui, "lrs-key", &mut form.config.key, false);
                field(ui, "lrs-secret", &mut form.secret, true);
                field(ui, "lrs-activity-base", &mut form.config.activity_base, false);
                field(ui, "lrs-home-page", &mut form.config.home_page, false);
            });
        ui.checkbox(&mut form.config.send_replies, loc.t("lrs-send-replies"));
        ui.label(
            RichText::new(loc.t("lrs-send-replies-help"))
                .small()
                .color(palette.muted),
        );
        ui.checkbox(&mut form.config.send_names, loc.t("lrs-send-names"));
        ui.label(RichText::new(loc.t("lrs-privacy")).small().color(palette.muted));
        ui.horizontal(|ui| {
            if ui.button(RichText::new(loc.t("lrs-save")).strong()).clicked() {
                let secret =
                    (!form.secret.is_empty()).then(|| crate::lrs::config::Secret(std::mem::take(&mut form.secret)));
                out.push(Command::SaveLrs {
                    config: Box::new(form.config.clone()),
                    secret,
                });
            }
            let set_up = v.sync.is_some();
            if ui.add_enabled(set_up, egui::Button::new(loc.t("lrs-test"))).clicked() {
                out.push(Command::TestLrs);
            }
            if ui
                .add_enabled(set_up, egui::Button::new(loc.t("lrs-sync-now")))
                .clicked()
            {
                out.push(Command::SyncNow);
            }
        });
        let Some(s) = &v.sync else {
            ui.label(RichText::new(loc.t("lrs-status-off")).color(palette.muted));
            return;
        };
        let status = loc.ta(
            "lrs-status",
            &[("queued", Arg::Num(s.queued as f64)), ("sent", Arg::Num(s.sent as f64))],
        );
        ui.horizontal(|ui| {
            if s.running || s.testing {
                ui.spinner();
            }
            ui.label(status);
        });
        if let Some(t) = &s.last_success_at {
            ui.label(
                RichText::new(loc.ta(
                    "lrs-last-success",
                    &[("when", Arg::Str(crate::ui::widgets::local_time(t)))],
                ))
                .small()
                .color(palette.muted),
            );
        }
        if let Some(e) = &s.last_error {
            let id = if s.auth_failed {
                "lrs-auth-failed"
            } else {
                "lrs-last-error"
            };
            ui.label(RichText::new(loc.ta(id, &[("error", Arg::Str(loc.msg(e)))])).color(palette.fail));
        }
        match &s.test {
            Some(Ok(())) => {
                ui.label(RichText::new(loc.t("lrs-test-ok")).color(palette.pass));
            }
            Some(Err(e)) => {
                ui.label(
                    RichText::new(loc.ta("lrs-test-failed", &[("error", Arg::Str(loc.msg(e)))])).color(palette.fail),
                );
            }
            None => {}
        }
    });
}
