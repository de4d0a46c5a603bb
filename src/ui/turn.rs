//! The trainee's turn, one widget for play and shift mode: write (with a live,
//! channel-correct length counter and the emoji count against the brand's policy), pick a
//! reply (cards with accessible names and alt text), or take an action. It returns the
//! answer when the trainee sends one; the caller decides what sending means.

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Stroke, Ui};
use unicode_segmentation::UnicodeSegmentation;

use super::theme::Palette;
use super::view::View;
use crate::i18n::{Arg, Localizer};
use crate::play::Answer;
use crate::scenario::model::{ActTurn, Brand, PickTurn, Step, Turn};
use crate::scoring::emoji::emoji_spans;
use crate::scoring::xlength::weighted_length;
use crate::vocab::{Channel, EmojiPolicy, LengthRule};

/// The frame of the bottom panel that holds the turn, in play and in a shift alike.
pub fn panel_frame(palette: &Palette) -> egui::Frame {
    egui::Frame::new()
        .fill(palette.card)
        .inner_margin(egui::Margin::symmetric(16, 12))
        .stroke(Stroke::new(1.0, palette.border))
}

/// What the turn widget draws.
pub struct TurnInput<'a> {
    /// The step whose turn it is.
    pub step: &'a Step,
    /// The channel the reply goes to.
    pub channel: Channel,
    /// The brand (its emoji policy and length targets).
    pub brand: Option<&'a Brand>,
    /// The scenario's pack (for pictures on pick cards).
    pub pack: usize,
    /// Distinguishes the widget's ids ("play", "shift").
    pub salt: &'static str,
    /// Take the keyboard focus for an empty draft when nothing else has it.
    pub autofocus: bool,
    /// A line under the action buttons (shift mode: leaving a post alone is an answer too).
    pub act_hint: Option<String>,
}

/// The trainee's unsent work on the turn.
pub struct Draft<'a> {
    /// The reply being written.
    pub text: &'a mut String,
    /// The option picked.
    pub picked: &'a mut Option<String>,
}

/// Draws the turn; returns the answer when the trainee sends it (button or Ctrl+Enter).
pub fn turn(ui: &mut Ui, v: &View<'_>, input: &TurnInput<'_>, draft: Draft<'_>) -> Option<Answer> {
    let palette = v.palette;
    match &input.step.turn {
        Turn::Write(w) => write(ui, v, input, &w.prompt, draft.text),
        Turn::Pick(p) => pick(ui, v, input, p, draft.picked),
        Turn::Act(a) => act(ui, v, a, input.act_hint.as_deref(), palette),
    }
}

fn prompt(ui: &mut Ui, text: &str, fallback: &str, palette: &Palette) {
    let t = if text.trim().is_empty() { fallback } else { text };
    ui.add(egui::Label::new(RichText::new(t).strong().color(palette.muted)).wrap());
}

fn send_key(ui: &mut Ui) -> bool {
    ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter)))
}

fn write(ui: &mut Ui, v: &View<'_>, input: &TurnInput<'_>, prompt_text: &str, draft: &mut String) -> Option<Answer> {
    let palette = v.palette;
    let loc = v.loc;
    let send_by_key = send_key(ui);
    prompt(ui, prompt_text, &loc.t("turn-write"), palette);
    let label = ui.label(loc.t("turn-your-reply"));
    let id = if input.salt == "shift" {
        "shift-reply"
    } else {
        "reply-editor"
    };
    let editor = reply_editor(ui, draft, id, &loc.t("turn-reply-hint")).labelled_by(label.id);
    if input.autofocus
        && ui.is_enabled()
        && draft.is_empty()
        && !editor.has_focus()
        && !ui.ctx().memory(|m| m.focused().is_some())
    {
        editor.request_focus();
    }
    let mut answer = None;
    ui.horizontal(|ui| {
        counters(ui, loc, palette, draft, input.channel, input.brand);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let can_send = !draft.trim().is_empty();
            let send = ui
                .add_enabled(
                    can_send,
                    egui::Button::new(RichText::new(loc.t("turn-send")).strong())
                        .fill(palette.accent.gamma_multiply(0.9)),
                )
                .on_hover_text(loc.t("turn-send-hint"));
            if (send.clicked() || send_by_key) && can_send {
                answer = Some(Answer::Text(draft.clone()));
            }
        });
    });
    answer
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

fn pick(ui: &mut Ui, v: &View<'_>, input: &TurnInput<'_>, p: &PickTurn, picked: &mut Option<String>) -> Option<Answer> {
    let palette = v.palette;
    let send_by_key = send_key(ui);
    prompt(ui, &p.prompt, &v.loc.t("turn-pick"), palette);
    // Cards share the width; past four they scroll sideways.
    let n = p.options.len().clamp(1, 4) as f32;
    let spacing = ui.spacing().item_spacing.x + 20.0;
    let card_w = ((ui.available_width() - spacing * (n - 1.0)) / n - 20.0).clamp(150.0, 240.0);
    egui::ScrollArea::horizontal()
        .id_salt((input.salt, "pick-cards"))
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for o in &p.options {
                    let selected = picked.as_deref() == Some(&o.id);
                    let stroke = if selected {
                        Stroke::new(2.5, palette.accent)
                    } else {
                        Stroke::new(1.0, palette.border)
                    };
                    let image = o.image.as_ref().and_then(|i| v.images.source(v.library, input.pack, i));
                    let text = if o.text.is_empty() {
                        v.loc.t("turn-meme-only")
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
                        *picked = Some(o.id.clone());
                    }
                }
            });
        });
    let mut answer = None;
    ui.horizontal(|ui| {
        let can = picked.is_some();
        if (ui
            .add_enabled(can, egui::Button::new(RichText::new(v.loc.t("turn-send")).strong()))
            .clicked()
            || send_by_key)
            && let Some(id) = picked.as_ref()
        {
            answer = Some(Answer::Choice(id.clone()));
        }
    });
    answer
}

/// An image path in words, for screen readers: "memes/cat-thumbs-up.png" → "cat thumbs up".
fn image_words(path: &str) -> String {
    let file = path.rsplit('/').next().unwrap_or(path);
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    stem.replace(['-', '_'], " ")
}

fn act(ui: &mut Ui, v: &View<'_>, a: &ActTurn, hint: Option<&str>, palette: &Palette) -> Option<Answer> {
    prompt(ui, &a.prompt, &v.loc.t("turn-act"), palette);
    let mut answer = None;
    ui.horizontal_wrapped(|ui| {
        for o in &a.options {
            let label = format!(
                "{}  {}",
                action_icon(o.action),
                v.loc.t(&format!("action-{}", o.action.id()))
            );
            if ui.add(egui::Button::new(RichText::new(label).size(15.0))).clicked() {
                answer = Some(Answer::Action(o.action));
            }
        }
    });
    if let Some(h) = hint {
        ui.label(RichText::new(h).small().color(palette.muted));
    }
    answer
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
