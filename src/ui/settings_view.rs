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
                let ok = !state.new_profile.trim().is_empty();
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
