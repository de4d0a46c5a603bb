//! Settings: language, theme, text size, profile, live hints.

use egui::{RichText, Ui};

use super::app::{Command, SomeaspaApp};
use super::theme::Palette;
use super::widgets::page;
use crate::i18n::Arg;
use crate::settings::{TEXT_SCALES, Theme};
use crate::vocab::Lang;

/// The settings page's own state.
#[derive(Debug, Clone, Default)]
pub struct SettingsState {
    /// A new profile name being typed.
    pub new_profile: String,
}

/// Draws the settings page.
pub fn show(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    page(ui, "settings", 720.0, |ui| {
        let loc = &app.loc;
        ui.label(RichText::new(loc.t("settings-title")).size(24.0).strong());
        ui.add_space(8.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("settings-language")).strong());
            ui.horizontal(|ui| {
                for lang in Lang::ALL {
                    if ui
                        .radio(app.settings.lang == *lang, loc.t(&format!("lang-native-{}", lang.id())))
                        .clicked()
                    {
                        app.commands.push(Command::SetLang(*lang));
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
                    if ui.radio(app.settings.theme == t, loc.t(id)).clicked() {
                        app.commands.push(Command::SetTheme(t));
                    }
                }
            });
            ui.add_space(6.0);
            ui.label(RichText::new(loc.t("settings-text-size")).strong());
            ui.horizontal(|ui| {
                for (i, s) in TEXT_SCALES.iter().enumerate() {
                    let selected = (app.settings.text_scale - s).abs() < 0.01;
                    if ui.radio(selected, loc.t(&format!("settings-text-size-{i}"))).clicked() {
                        app.commands.push(Command::SetTextScale(*s));
                    }
                }
            });
            ui.add_space(6.0);
            let mut hints = app.settings.live_hints;
            if ui.checkbox(&mut hints, loc.t("settings-hints")).changed() {
                app.commands.push(Command::SetHints(hints));
            }
        });
        ui.add_space(10.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("settings-profile")).strong());
            ui.label(loc.ta(
                "settings-profile-current",
                &[("name", Arg::Str(app.settings.profile.clone()))],
            ));
            let profiles = app.store.as_ref().and_then(|s| s.profiles().ok()).unwrap_or_default();
            if profiles.len() > 1 {
                ui.horizontal_wrapped(|ui| {
                    ui.label(loc.t("settings-profile-switch"));
                    for p in &profiles {
                        if ui.selectable_label(*p == app.settings.profile, p).clicked() {
                            app.commands.push(Command::SetProfile(p.clone()));
                        }
                    }
                });
            }
            ui.horizontal(|ui| {
                let label = ui.label(loc.t("settings-profile-new"));
                ui.add(
                    egui::TextEdit::singleline(&mut app.settings_view.new_profile)
                        .desired_width(200.0)
                        .char_limit(60),
                )
                .labelled_by(label.id);
                let ok = !app.settings_view.new_profile.trim().is_empty();
                if ui
                    .add_enabled(ok, egui::Button::new(loc.t("settings-profile-use")))
                    .clicked()
                {
                    app.commands
                        .push(Command::SetProfile(app.settings_view.new_profile.trim().to_owned()));
                    app.settings_view.new_profile.clear();
                }
            });
        });
        ui.add_space(10.0);
        palette.card_frame().show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(loc.t("settings-data")).strong());
            let where_ = app
                .data_dir
                .as_ref()
                .map_or_else(|| loc.t("settings-data-none"), |d| d.display().to_string());
            ui.label(RichText::new(where_).monospace().small());
            let store = app
                .store
                .as_ref()
                .and_then(|s| s.path().map(|p| p.display().to_string()))
                .unwrap_or_else(|| loc.t("settings-store-memory"));
            ui.label(
                RichText::new(loc.ta("settings-store", &[("path", Arg::Str(store))]))
                    .small()
                    .color(palette.muted),
            );
        });
    });
}
