//! The scenario browser: filter by skill, channel, language and difficulty; search titles.

use egui::{RichText, Ui};

use super::command::{Command, Commands};
use super::theme::channel_color;
use super::view::View;
use super::widgets::{chip, empty_state, page};
use crate::i18n::Arg;
use crate::vocab::{Channel, Difficulty, Lang, Skill};

/// The browser's filters.
#[derive(Debug, Clone, Default)]
pub struct BrowseState {
    /// Text to find in titles and summaries.
    pub search: String,
    /// Only this language (`None`: all). The app preselects the interface language and
    /// keeps the filter following it until the trainee picks another.
    pub lang: Option<Lang>,
    /// Only this channel.
    pub channel: Option<Channel>,
    /// Only this skill.
    pub skill: Option<Skill>,
    /// Only this difficulty.
    pub difficulty: Option<Difficulty>,
}

fn combo<T: Copy + PartialEq>(
    ui: &mut Ui,
    id: &str,
    label: &str,
    all: &str,
    value: &mut Option<T>,
    options: &[(T, String)],
) {
    let selected = value
        .and_then(|v| options.iter().find(|(o, _)| *o == v).map(|(_, n)| n.clone()))
        .unwrap_or_else(|| all.to_owned());
    let label = ui.label(label);
    egui::ComboBox::from_id_salt(id)
        .selected_text(selected)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, all);
            for (o, name) in options {
                ui.selectable_value(value, Some(*o), name);
            }
        })
        .response
        .labelled_by(label.id);
}

/// Draws the browser.
pub fn show(ui: &mut Ui, state: &mut BrowseState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    page(ui, "browse", 1040.0, |ui| {
        let loc = &v.loc;
        ui.label(RichText::new(loc.t("browse-title")).size(24.0).strong());
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(loc.t("browse-search"));
            ui.add(
                egui::TextEdit::singleline(&mut state.search)
                    .hint_text(loc.t("browse-search-hint"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
            let all = loc.t("browse-all");
            let langs: Vec<(Lang, String)> = Lang::ALL
                .iter()
                .map(|l| (*l, loc.t(&format!("lang-{}", l.id()))))
                .collect();
            combo(ui, "f-lang", &loc.t("browse-language"), &all, &mut state.lang, &langs);
            let channels: Vec<(Channel, String)> = Channel::ALL
                .iter()
                .map(|c| (*c, loc.t(&format!("channel-{}", c.id()))))
                .collect();
            combo(
                ui,
                "f-channel",
                &loc.t("browse-channel"),
                &all,
                &mut state.channel,
                &channels,
            );
            let skills: Vec<(Skill, String)> = Skill::ALL
                .iter()
                .map(|s| (*s, loc.t(&format!("skill-{}", s.id()))))
                .collect();
            combo(ui, "f-skill", &loc.t("browse-skill"), &all, &mut state.skill, &skills);
            let diffs: Vec<(Difficulty, String)> = Difficulty::ALL
                .iter()
                .map(|d| (*d, loc.t(&format!("difficulty-{}", d.id()))))
                .collect();
            combo(
                ui,
                "f-difficulty",
                &loc.t("browse-difficulty"),
                &all,
                &mut state.difficulty,
                &diffs,
            );
            if ui.button(loc.t("browse-clear")).clicked() {
                *state = BrowseState::default();
            }
        });
        ui.add_space(8.0);
        let needle = state.search.trim().to_lowercase();
        let best = |id: &str| {
            v.dashboard
                .and_then(|d| d.attempts.iter().filter(|a| a.scenario == id).map(|a| a.total).max())
        };
        let found: Vec<_> = v
            .library
            .scenarios
            .iter()
            .filter(|l| {
                let s = &l.scenario;
                state.lang.is_none_or(|x| s.lang == x)
                    && state
                        .channel
                        .is_none_or(|x| s.channel == x || s.steps.iter().any(|st| st.channel == Some(x)))
                    && state.skill.is_none_or(|x| s.skills.contains(&x))
                    && state.difficulty.is_none_or(|x| s.difficulty == x)
                    && (needle.is_empty()
                        || s.title.to_lowercase().contains(&needle)
                        || s.summary.to_lowercase().contains(&needle))
            })
            .collect();
        ui.label(
            RichText::new(loc.ta("browse-count", &[("count", Arg::Num(found.len() as f64))])).color(palette.muted),
        );
        if found.is_empty() {
            empty_state(ui, &loc.t("browse-empty-title"), &loc.t("browse-empty"), palette);
            return;
        }
        let mut start = None;
        for pair in found.chunks(2) {
            ui.columns(2, |cols| {
                for (ui, l) in cols.iter_mut().zip(pair) {
                    let s = &l.scenario;
                    palette.card_frame().show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.set_min_height(128.0);
                        if ui
                            .add(egui::Button::new(RichText::new(&s.title).strong().size(16.0)).frame(false))
                            .on_hover_text(loc.t("browse-start-hint"))
                            .clicked()
                        {
                            start = Some(s.id.clone());
                        }
                        ui.add(egui::Label::new(RichText::new(&s.summary).color(palette.muted)).wrap());
                        ui.horizontal_wrapped(|ui| {
                            chip(
                                ui,
                                loc.t(&format!("channel-{}", s.channel.id())),
                                channel_color(s.channel),
                            );
                            chip(ui, loc.t(&format!("lang-{}", s.lang.id())), palette.muted);
                            chip(ui, loc.t(&format!("difficulty-{}", s.difficulty.id())), palette.partial);
                            for sk in &s.skills {
                                chip(ui, loc.t(&format!("skill-{}", sk.id())), palette.accent);
                            }
                            if let Some(b) = best(&s.id) {
                                chip(
                                    ui,
                                    loc.ta("browse-best", &[("score", Arg::Num(f64::from(b)))]),
                                    palette.pass,
                                );
                            }
                        });
                    });
                }
            });
            ui.add_space(8.0);
        }
        if let Some(id) = start {
            out.push(Command::Start {
                scenario: id,
                seed: None,
            });
        }
    });
}
