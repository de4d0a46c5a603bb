//! The side panel: the brand and its voice, today's news, the customer, the scenario.

use egui::{RichText, Ui};

use crate::i18n::Arg;
use crate::scenario::model::SignOff;
use crate::ui::state::PlayState;
use crate::ui::theme::mood_color;
use crate::ui::view::View;
use crate::ui::widgets::{avatar, chip};
use crate::vocab::EmojiPolicy;

/// Draws the side panel.
pub fn show(ui: &mut Ui, play: &PlayState, v: &View<'_>) {
    let palette = v.palette;
    let inst = &play.session.instance;
    let s = &inst.scenario;
    let loc = &v.loc;
    let brand = v.library.brand(&s.brand).cloned();
    let pack = inst.pack;
    let mut brand_img = None;
    let mut persona_img = None;
    if let Some(b) = &brand
        && let Some(a) = &b.avatar
    {
        brand_img = v
            .images
            .source(v.library, 0, a)
            .or_else(|| v.images.source(v.library, pack, a));
    }
    if let Some(a) = &s.persona.avatar {
        persona_img = v.images.source(v.library, pack, a);
    }
    egui::Panel::right("play-side")
        .default_size(340.0)
        .min_size(260.0)
        .max_size(420.0)
        .resizable(true)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("side")
                .auto_shrink(false)
                .show(ui, |ui| {
                    ui.add_space(8.0);
                    if let Some(b) = &brand {
                        palette.card_frame().show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            ui.horizontal(|ui| {
                                avatar(ui, brand_img.clone(), &b.name, 40.0, None);
                                ui.vertical(|ui| {
                                    ui.label(RichText::new(&b.name).strong().size(16.0));
                                    ui.label(RichText::new(format!("@{}", b.handle)).color(palette.muted));
                                });
                            });
                            if let Some(about) = b.about.get(&s.lang) {
                                ui.label(RichText::new(about).color(palette.muted));
                            }
                            ui.add_space(4.0);
                            ui.label(RichText::new(loc.t("side-voice")).strong());
                            if let Some(g) = b.voice.guide.get(&s.lang).or_else(|| b.voice.guide.values().next()) {
                                ui.label(g);
                            }
                            ui.horizontal_wrapped(|ui| {
                                chip(
                                    ui,
                                    loc.t(&format!("formality-{}", b.voice.formality.id())),
                                    palette.accent,
                                );
                                let emoji = match b.emoji.policy {
                                    EmojiPolicy::Never => loc.t("side-emoji-never"),
                                    EmojiPolicy::Sparing => {
                                        loc.ta("side-emoji-sparing", &[("max", Arg::Num(f64::from(b.emoji.max)))])
                                    }
                                    EmojiPolicy::Free => loc.t("side-emoji-free"),
                                };
                                chip(ui, emoji, palette.accent);
                                chip(ui, loc.t(&format!("side-memes-{}", b.memes.id())), palette.accent);
                                let sign = match &b.sign_off {
                                    SignOff::NoSignOff => None,
                                    SignOff::Initials(m) => Some(format!("{m}{}", loc.t("side-sign-off-initials"))),
                                    SignOff::FirstName(m) => Some(format!("{m}{}", loc.t("side-sign-off-name"))),
                                    SignOff::Text(t) => t.get(&s.lang).cloned(),
                                };
                                if let Some(sign) = sign {
                                    chip(
                                        ui,
                                        loc.ta("side-sign-off", &[("example", Arg::Str(sign))]),
                                        palette.accent,
                                    );
                                }
                            });
                        });
                        ui.add_space(8.0);
                    }
                    palette.card_frame().show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(loc.t("side-news")).strong().size(16.0));
                        if s.context.is_empty() {
                            ui.label(RichText::new(loc.t("side-news-empty")).color(palette.muted));
                        }
                        for n in &s.context {
                            ui.add_space(4.0);
                            ui.horizontal_wrapped(|ui| {
                                ui.label(RichText::new(&n.source).strong().small());
                                if !n.when.is_empty() {
                                    ui.label(RichText::new(&n.when).small().color(palette.muted));
                                }
                                if n.official {
                                    chip(ui, loc.t("side-official"), palette.pass);
                                }
                            });
                            ui.label(RichText::new(&n.headline).strong());
                            if !n.summary.is_empty() {
                                ui.label(&n.summary);
                            }
                            if let Some(link) = &n.link {
                                ui.label(RichText::new(format!("🔗 {link}")).color(palette.accent));
                            }
                        }
                    });
                    ui.add_space(8.0);
                    palette.card_frame().show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(loc.t("side-customer")).strong().size(16.0));
                        ui.horizontal(|ui| {
                            avatar(
                                ui,
                                persona_img.clone(),
                                &s.persona.name,
                                36.0,
                                Some(mood_color(s.persona.mood)),
                            );
                            ui.vertical(|ui| {
                                ui.label(RichText::new(&s.persona.name).strong());
                                ui.label(RichText::new(format!("@{}", s.persona.handle)).color(palette.muted));
                            });
                        });
                        chip(
                            ui,
                            loc.t(&format!("mood-{}", s.persona.mood.id())),
                            mood_color(s.persona.mood),
                        );
                    });
                    ui.add_space(8.0);
                    palette.card_frame().show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(RichText::new(loc.t("side-scenario")).strong().size(16.0));
                        if !s.summary.is_empty() {
                            ui.label(RichText::new(&s.summary).color(palette.muted));
                        }
                        ui.horizontal_wrapped(|ui| {
                            for sk in &s.skills {
                                chip(ui, loc.t(&format!("skill-{}", sk.id())), palette.accent);
                            }
                            chip(ui, loc.t(&format!("difficulty-{}", s.difficulty.id())), palette.partial);
                        });
                        ui.label(loc.ta("side-pass-mark", &[("mark", Arg::Num(f64::from(s.pass_mark)))]));
                        if let Some(t) = s.time_limit {
                            ui.label(loc.ta("side-time-limit", &[("minutes", Arg::Num(f64::from(t) / 60.0))]));
                        }
                    });
                });
        });
}
