//! The trainee's turn: write (with a live, channel-correct length counter, the emoji count
//! against the brand's policy, and optional live hints), pick a reply, or take an action.

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Stroke, Ui};
use unicode_segmentation::UnicodeSegmentation;

use crate::i18n::{Arg, Localizer};
use crate::play::Answer;
use crate::scenario::model::{Brand, Turn};
use crate::scoring::emoji::emoji_spans;
use crate::scoring::result::criterion_name;
use crate::scoring::xlength::weighted_length;
use crate::ui::app::{Command, SomeaspaApp};
use crate::ui::theme::Palette;
use crate::ui::widgets::{chip, mark_symbol};
use crate::vocab::{Channel, EmojiPolicy, LengthRule};

/// Drafts longer than this are not re-scored on every keystroke (a pasted megabyte would
/// make typing sluggish); the trainee can still send them.
const LIVE_LIMIT: usize = 20_000;

/// Draws the turn area at the bottom of the play screen.
pub fn show(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette, enabled: bool) {
    let Some(play) = &app.play else { return };
    let Some(step) = play.session.current_step().cloned() else {
        return;
    };
    let channel = play.session.channel_of(&step);
    let panel = egui::Panel::bottom("turn")
        .frame(
            egui::Frame::new()
                .fill(palette.card)
                .inner_margin(egui::Margin::symmetric(16, 12))
                .stroke(Stroke::new(1.0, palette.border)),
        )
        .show(ui, |ui| {
            if !enabled {
                ui.disable();
            }
            match &step.turn {
                Turn::Write(w) => write(ui, app, palette, &w.prompt, channel, enabled),
                Turn::Pick(p) => pick(ui, app, palette, &p.prompt, p),
                Turn::Act(a) => act(ui, app, palette, &a.prompt, a),
            }
        });
    // A panel is placed by its height in the frame before (and the editor's scroll area by
    // its content's): when a paste makes it grow, draw again until it settles rather than
    // leave Send below the window until the next input. Idle frames stay idle.
    let height_id = egui::Id::unique("turn-panel-height");
    let height = panel.response.rect.height();
    let before: Option<f32> = ui.ctx().data_mut(|d| {
        let b = d.get_temp(height_id);
        d.insert_temp(height_id, height);
        b
    });
    if before.is_some_and(|b| (b - height).abs() > 0.5) {
        ui.ctx().request_repaint();
    }
}

fn prompt(ui: &mut Ui, text: &str, fallback: &str, palette: &Palette) {
    let t = if text.trim().is_empty() { fallback } else { text };
    ui.label(RichText::new(t).strong().color(palette.muted));
}

fn write(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette, prompt_text: &str, channel: Channel, enabled: bool) {
    let send_shortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter);
    let send_by_key = ui.input_mut(|i| i.consume_shortcut(&send_shortcut));
    let loc = &app.loc;
    prompt(ui, prompt_text, &loc.t("turn-write"), palette);
    let Some(play) = &mut app.play else { return };
    let inst = &play.session.instance;
    let brand = app.library.brand(&inst.scenario.brand);
    let label = ui.label(loc.t("turn-your-reply"));
    let editor = reply_editor(ui, &mut play.draft, "reply-editor", &loc.t("turn-reply-hint")).labelled_by(label.id);
    if enabled && play.draft.is_empty() && !editor.has_focus() && !ui.ctx().memory(|m| m.focused().is_some()) {
        editor.request_focus();
    }
    ui.horizontal(|ui| {
        counters(ui, loc, palette, &play.draft, channel, brand);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let can_send = !play.draft.trim().is_empty();
            let send = ui
                .add_enabled(
                    can_send,
                    egui::Button::new(RichText::new(loc.t("turn-send")).strong())
                        .fill(palette.accent.gamma_multiply(0.9)),
                )
                .on_hover_text(loc.t("turn-send-hint"));
            if (send.clicked() || send_by_key) && can_send {
                app.commands.push(Command::Submit(Answer::Text(play.draft.clone())));
            }
            let mut hints = app.settings.live_hints;
            if ui.checkbox(&mut hints, loc.t("turn-hints")).changed() {
                app.commands.push(Command::SetHints(hints));
            }
        });
    });
    if app.settings.live_hints {
        if app.play.as_ref().is_some_and(|p| !p.draft.trim().is_empty()) {
            hints(ui, app, palette);
        } else {
            // Holds the hints' row so the panel does not grow at the first key.
            ui.label(RichText::new(app.loc.t("turn-hints-empty")).color(palette.muted));
        }
    }
}

/// The multi-line reply editor of a turn. A long reply scrolls inside it: it never grows
/// past a third of the window, so the thread and the Send button stay in view.
pub(crate) fn reply_editor(ui: &mut Ui, draft: &mut String, id: &'static str, hint: &str) -> egui::Response {
    let max_height = (ui.ctx().content_rect().height() * 0.33).max(96.0);
    egui::ScrollArea::vertical()
        .id_salt(id)
        .max_height(max_height)
        .show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(draft)
                    .id(egui::Id::unique(id))
                    .desired_rows(4)
                    .desired_width(f32::INFINITY)
                    .hint_text(hint),
            )
        })
        .inner
}

/// The live counters under a reply editor: the channel's length rule (X's weighted length, a
/// hard limit, or the brand's style target) and the emoji count against the brand's policy.
pub(crate) fn counters(
    ui: &mut Ui,
    loc: &Localizer,
    palette: &Palette,
    draft: &str,
    channel: Channel,
    brand: Option<&Brand>,
) {
    let style_target = brand.and_then(|b| b.style_limits.get(&channel).copied());
    let (count, limit, kind) = match channel.length_rule(style_target) {
        LengthRule::XWeighted(l) => (weighted_length(draft) as usize, l, "turn-count-x"),
        LengthRule::Hard(l) => (draft.graphemes(true).count(), l, "turn-count-hard"),
        LengthRule::Style(l) => (draft.graphemes(true).count(), l, "turn-count-style"),
    };
    let over = count > limit as usize;
    let emoji = emoji_spans(draft).len();
    let color = if over { palette.fail } else { palette.muted };
    ui.label(
        RichText::new(loc.ta(
            kind,
            &[("count", Arg::Num(count as f64)), ("limit", Arg::Num(f64::from(limit)))],
        ))
        .color(color)
        .strong(),
    );
    if let Some(b) = brand {
        let (text, bad) = match b.emoji.policy {
            EmojiPolicy::Never => (
                loc.ta("turn-emoji-never", &[("count", Arg::Num(emoji as f64))]),
                emoji > 0,
            ),
            EmojiPolicy::Sparing => (
                loc.ta(
                    "turn-emoji-sparing",
                    &[
                        ("count", Arg::Num(emoji as f64)),
                        ("max", Arg::Num(f64::from(b.emoji.max))),
                    ],
                ),
                emoji > b.emoji.max as usize,
            ),
            EmojiPolicy::Free => (loc.ta("turn-emoji-free", &[("count", Arg::Num(emoji as f64))]), false),
        };
        ui.label(RichText::new(text).color(if bad { palette.fail } else { palette.muted }));
    }
}

fn hints(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    let Some(play) = &mut app.play else { return };
    if play.draft.len() > LIVE_LIMIT {
        ui.label(RichText::new(app.loc.t("turn-hints-paused")).color(palette.muted));
        return;
    }
    let stale = play.preview.as_ref().is_none_or(|(d, _)| *d != play.draft);
    if stale {
        play.preview = play
            .session
            .preview(&app.library, &play.draft)
            .map(|r| (play.draft.clone(), r));
    }
    let Some((_, result)) = &play.preview else { return };
    ui.horizontal_wrapped(|ui| {
        for c in &result.criteria {
            let name = criterion_name(&app.loc, c);
            chip(ui, format!("{} {name}", mark_symbol(c.result)), palette.mark(c.result))
                .on_hover_text(app.loc.msg(&c.message));
        }
    });
}

fn pick(
    ui: &mut Ui,
    app: &mut SomeaspaApp,
    palette: &Palette,
    prompt_text: &str,
    p: &crate::scenario::model::PickTurn,
) {
    prompt(ui, prompt_text, &app.loc.t("turn-pick"), palette);
    let Some(play) = &mut app.play else { return };
    let pack = play.session.instance.pack;
    // Cards share the width; past four they scroll sideways.
    let n = p.options.len().clamp(1, 4) as f32;
    let spacing = ui.spacing().item_spacing.x + 20.0;
    let card_w = ((ui.available_width() - spacing * (n - 1.0)) / n - 20.0).clamp(150.0, 240.0);
    egui::ScrollArea::horizontal().id_salt("pick-cards").show(ui, |ui| {
        ui.horizontal_top(|ui| {
            for o in &p.options {
                let selected = play.picked.as_deref() == Some(&o.id);
                let stroke = if selected {
                    Stroke::new(2.5, palette.accent)
                } else {
                    Stroke::new(1.0, palette.border)
                };
                let image = o.image.as_ref().and_then(|i| app.images.source(&app.library, pack, i));
                let text = if o.text.is_empty() {
                    app.loc.t("turn-meme-only")
                } else {
                    o.text.clone()
                };
                // What a screen reader says of the picture: the file's name in words
                // ("memes/cat-thumbs-up.png" → "cat thumbs up").
                let alt = o.image.as_deref().map(image_words).unwrap_or_default();
                let resp = egui::Frame::new()
                    .stroke(stroke)
                    .corner_radius(egui::CornerRadius::same(10))
                    .inner_margin(egui::Margin::same(8))
                    .show(ui, |ui| {
                        ui.vertical(|ui| {
                            ui.set_width(card_w);
                            if let Some(src) = image {
                                ui.add(
                                    egui::Image::new(src)
                                        .fit_to_exact_size(egui::vec2(card_w - 16.0, (card_w - 16.0) * 0.75))
                                        .corner_radius(egui::CornerRadius::same(6))
                                        .alt_text(alt.clone()),
                                );
                            }
                            ui.add(egui::Button::selectable(selected, text.clone()).wrap())
                        })
                        .inner
                    });
                let card = resp.response.interact(egui::Sense::click());
                card.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, true, selected, format!("{text} {alt}").trim())
                });
                if resp.inner.clicked() || card.clicked() {
                    play.picked = Some(o.id.clone());
                }
            }
        });
    });
    ui.horizontal(|ui| {
        let send_shortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter);
        let by_key = ui.input_mut(|i| i.consume_shortcut(&send_shortcut));
        let can = play.picked.is_some();
        if (ui
            .add_enabled(can, egui::Button::new(RichText::new(app.loc.t("turn-send")).strong()))
            .clicked()
            || by_key)
            && let Some(id) = &play.picked
        {
            app.commands.push(Command::Submit(Answer::Choice(id.clone())));
        }
    });
}

/// An image path in words, for screen readers: "memes/cat-thumbs-up.png" → "cat thumbs up".
fn image_words(path: &str) -> String {
    let file = path.rsplit('/').next().unwrap_or(path);
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    stem.replace(['-', '_'], " ")
}

fn act(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette, prompt_text: &str, a: &crate::scenario::model::ActTurn) {
    prompt(ui, prompt_text, &app.loc.t("turn-act"), palette);
    ui.horizontal_wrapped(|ui| {
        for o in &a.options {
            let label = format!(
                "{}  {}",
                action_icon(o.action),
                app.loc.t(&format!("action-{}", o.action.id()))
            );
            if ui.add(egui::Button::new(RichText::new(label).size(15.0))).clicked() {
                app.commands.push(Command::Submit(Answer::Action(o.action)));
            }
        }
    });
}

/// An icon for each action.
#[must_use]
pub const fn action_icon(a: crate::vocab::Action) -> &'static str {
    use crate::vocab::Action;
    match a {
        Action::ReplyPublic => "💬",
        Action::ReplyPrivate => "✉",
        Action::Hide => "🚫",
        Action::Escalate => "⬆",
        Action::Ignore => "👁",
        Action::Like => "👍",
    }
}
