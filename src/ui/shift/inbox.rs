//! The social inbox while a shift runs: the clock on top, the queue on the left (virtualised,
//! so hundreds of posts stay cheap), the open post in its channel's look on the right, and
//! the post's turn below it.

use std::time::Duration;

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Align2, Color32, CornerRadius, FontId, Key, KeyboardShortcut, Modifiers, RichText, Sense, Stroke, Ui};

use super::{Running, ShiftCommand, ShiftState};
use crate::i18n::{Arg, Localizer};
use crate::shift::{Post, Shift, Urgency, clock};
use crate::ui::play::thread;
use crate::ui::theme::{Palette, channel_color, mood_color};
use crate::ui::turn::{self, Draft, TurnInput};
use crate::ui::view::View;
use crate::ui::widgets::{chip, empty_state, mark_symbol};
use crate::vocab::{Channel, Mood};

/// Height of a queue row (without spacing): three short lines.
const ROW_H: f32 = 66.0;

/// The colour of an urgency.
pub fn urgency_color(u: Urgency, palette: &Palette) -> Color32 {
    match u {
        Urgency::Urgent => palette.fail,
        Urgency::Normal => palette.partial,
        Urgency::Low => palette.muted,
        Urgency::LeaveAlone => mood_color(Mood::Trolling),
    }
}

/// A short badge for a channel, drawn in the channel's colour.
const fn channel_badge(c: Channel) -> &'static str {
    match c {
        Channel::X => "X",
        Channel::XDm => "DM",
        Channel::Facebook => "f",
        Channel::Messenger => "M",
        Channel::Instagram => "IG",
        Channel::Chat => "💬",
    }
}

/// "just now", "3 min ago".
fn ago(loc: &Localizer, waited_ms: u64) -> String {
    loc.ta(
        "shift-posted-ago",
        &[("minutes", Arg::Num((waited_ms / 60_000) as f64))],
    )
}

/// Draws the inbox.
pub fn show(ui: &mut Ui, state: &mut ShiftState, v: &View<'_>, commands: &mut Vec<ShiftCommand>) {
    let palette = v.palette;
    let Some(r) = &mut state.running else { return };
    let now = r.now_ms();
    // The clock ticks once a second, and only while a shift runs on screen.
    ui.ctx().request_repaint_after(Duration::from_millis(1000 - now % 1000));
    let queue = r.shift.queue(now);
    let selected = r.selected.filter(|i| queue.contains(i));
    keyboard(ui, &queue, selected, commands);
    header(ui, r, v, palette, now);
    queue_panel(ui, r, v, palette, now, &queue, selected, commands);
    if let Some(i) = selected {
        turn_panel(ui, r, v, palette, i, commands);
    }
    egui::CentralPanel::default().show(ui, |ui| match selected {
        Some(i) => {
            egui::ScrollArea::vertical()
                .id_salt(("shift-post", i))
                .auto_shrink(false)
                .show(ui, |ui| {
                    egui::Frame::new()
                        .inner_margin(egui::Margin::symmetric(12, 0))
                        .show(ui, |ui| post_view(ui, r, v, palette, i, now));
                });
        }
        None => {
            let (title, body) = if queue.is_empty() {
                ("shift-queue-empty-title", "shift-queue-empty")
            } else {
                ("shift-pick-title", "shift-pick")
            };
            empty_state(ui, &v.loc.t(title), &v.loc.t(body), palette);
        }
    });
    confirm_end(ui, r, v, commands);
}

/// j/k or the arrow keys move in the queue when no text field has the keyboard; Alt+arrows
/// always do.
fn keyboard(ui: &mut Ui, queue: &[usize], selected: Option<usize>, commands: &mut Vec<ShiftCommand>) {
    let free = ui.ctx().memory(|m| m.focused().is_none());
    let (mut down, mut up) = (false, false);
    ui.input_mut(|i| {
        down |= i.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown));
        up |= i.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp));
        if free {
            down |= i.consume_key(Modifiers::NONE, Key::J) || i.consume_key(Modifiers::NONE, Key::ArrowDown);
            up |= i.consume_key(Modifiers::NONE, Key::K) || i.consume_key(Modifiers::NONE, Key::ArrowUp);
        }
    });
    if !(down || up) || queue.is_empty() {
        return;
    }
    let pos = selected.and_then(|s| queue.iter().position(|&q| q == s));
    let next = match (pos, down) {
        (None, _) => 0,
        (Some(p), true) => (p + 1).min(queue.len() - 1),
        (Some(p), false) => p.saturating_sub(1),
    };
    commands.push(ShiftCommand::Select(queue[next]));
}

fn header(ui: &mut Ui, r: &mut Running, v: &View<'_>, palette: &Palette, now: u64) {
    let loc = v.loc;
    let shift = &r.shift;
    egui::Panel::top("shift-header")
        .frame(
            egui::Frame::new()
                .fill(ui.visuals().panel_fill)
                .inner_margin(egui::Margin::symmetric(16, 8)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(shift.spec.title(loc)).strong().size(17.0));
                ui.label(
                    RichText::new(loc.ta(
                        "shift-progress",
                        &[
                            ("handled", Arg::Num(shift.handled() as f64)),
                            ("arrived", Arg::Num(shift.arrived(now) as f64)),
                        ],
                    ))
                    .color(palette.muted),
                );
                if let Some((i, total, passed)) = r.last {
                    let who = shift
                        .posts
                        .get(i)
                        .map(|p| p.scenario().persona.name.clone())
                        .unwrap_or_default();
                    let mark = if passed {
                        crate::scoring::Mark::Pass
                    } else {
                        crate::scoring::Mark::Fail
                    };
                    chip(
                        ui,
                        loc.ta(
                            "shift-last-answer",
                            &[
                                ("name", Arg::Str(who)),
                                ("score", Arg::Str(format!("{} {total}", mark_symbol(mark)))),
                            ],
                        ),
                        palette.mark(mark),
                    );
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(loc.t("shift-end")).clicked() {
                        r.confirm_end = true;
                    }
                    let left = shift.remaining_ms(now);
                    let color = if left < 60_000 { palette.fail } else { palette.accent };
                    ui.label(
                        RichText::new(loc.ta("shift-time-left", &[("time", Arg::Str(clock(left)))]))
                            .strong()
                            .size(17.0)
                            .color(color),
                    );
                });
            });
        });
    if r.confirm_end && ui.input(|i| i.key_pressed(Key::Escape)) {
        r.confirm_end = false;
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "the panel's inputs, computed once per frame by the caller"
)]
fn queue_panel(
    ui: &mut Ui,
    r: &mut Running,
    v: &View<'_>,
    palette: &Palette,
    now: u64,
    queue: &[usize],
    selected: Option<usize>,
    commands: &mut Vec<ShiftCommand>,
) {
    let loc = v.loc;
    egui::Panel::left("shift-queue")
        .default_size(360.0)
        .min_size(280.0)
        .max_size(480.0)
        .resizable(true)
        .show(ui, |ui| {
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(loc.ta("shift-in-queue", &[("count", Arg::Num(queue.len() as f64))]))
                        .strong()
                        .size(16.0),
                );
                if let Some(next) = r.shift.posts.iter().find(|p| !p.arrived(now)) {
                    ui.label(
                        RichText::new(loc.ta(
                            "shift-next-post",
                            &[("time", Arg::Str(clock(next.arrival_ms.saturating_sub(now))))],
                        ))
                        .small()
                        .color(palette.muted),
                    );
                }
            });
            ui.label(RichText::new(loc.t("shift-keys")).small().color(palette.muted));
            ui.add_space(4.0);
            egui::ScrollArea::vertical()
                .id_salt("shift-queue-rows")
                .auto_shrink(false)
                .show_rows(ui, ROW_H, queue.len(), |ui, rows| {
                    for &i in &queue[rows] {
                        let Some(post) = r.shift.posts.get(i) else { continue };
                        if row(ui, loc, palette, &r.shift, post, now, selected == Some(i)).clicked() {
                            commands.push(ShiftCommand::Select(i));
                        }
                    }
                });
        });
}

/// One line of text, cut with an ellipsis at `width`.
fn one_line(ui: &Ui, text: &str, font: FontId, color: Color32, width: f32) -> std::sync::Arc<egui::Galley> {
    let mut job = LayoutJob::single_section(text.to_owned(), TextFormat::simple(font, color));
    job.wrap = TextWrapping {
        max_width: width.max(10.0),
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    ui.painter().layout_job(job)
}

/// A queue row: urgency bar, channel badge, customer, waiting time, the post's first line,
/// the urgency and any onlookers piling on. Painted directly, at a fixed height.
fn row(
    ui: &mut Ui,
    loc: &Localizer,
    palette: &Palette,
    shift: &Shift,
    post: &Post,
    now: u64,
    selected: bool,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(ui.available_width(), ROW_H), Sense::click());
    let s = post.scenario();
    let text = post.step().map_or("", |st| st.message.text.as_str());
    let first = text.lines().next().unwrap_or("");
    let urgency = post.triage.urgency;
    let waited = post.waited_ms(now);
    let waiting = loc.ta("shift-waiting", &[("time", Arg::Str(clock(waited)))]);
    let urgency_name = loc.t(&format!("shift-urgency-{}", urgency.id()));
    // What a screen reader says: who, what, how urgent, how long it has waited.
    let label = format!("{}: {first} · {urgency_name} · {waiting}", s.persona.name);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let painter = ui.painter();
    let fill = if selected {
        palette.accent.gamma_multiply(0.16)
    } else if response.hovered() {
        ui.visuals().widgets.hovered.weak_bg_fill
    } else {
        palette.card
    };
    let stroke = if selected {
        Stroke::new(1.5, palette.accent)
    } else {
        Stroke::new(1.0, palette.border)
    };
    painter.rect(rect, CornerRadius::same(8), fill, stroke, egui::StrokeKind::Inside);
    let u_color = urgency_color(urgency, palette);
    let bar = egui::Rect::from_min_size(rect.min + egui::vec2(1.0, 1.0), egui::vec2(5.0, rect.height() - 2.0));
    painter.rect_filled(
        bar,
        CornerRadius {
            nw: 8,
            sw: 8,
            ne: 0,
            se: 0,
        },
        u_color,
    );
    let channel = post.triage.channel;
    let badge = rect.min + egui::vec2(24.0, 20.0);
    painter.circle_filled(badge, 12.0, channel_color(channel));
    painter.text(
        badge,
        Align2::CENTER_CENTER,
        channel_badge(channel),
        FontId::proportional(11.5),
        Color32::WHITE,
    );
    let body = egui::TextStyle::Body.resolve(ui.style());
    let small = egui::TextStyle::Small.resolve(ui.style());
    let strong = ui.visuals().strong_text_color();
    let x0 = rect.min.x + 44.0;
    let right = rect.max.x - 10.0;
    // Top line: waiting time on the right, the customer on the left.
    let overdue = shift.overdue(post.index, now);
    let wait = one_line(
        ui,
        &waiting,
        small.clone(),
        if overdue { palette.fail } else { palette.muted },
        200.0,
    );
    let wait_w = wait.size().x;
    painter.galley(egui::pos2(right - wait_w, rect.min.y + 8.0), wait, palette.muted);
    let mut who = LayoutJob::single_section(s.persona.name.clone(), TextFormat::simple(body.clone(), strong));
    who.append(
        &format!("  @{}", s.persona.handle),
        0.0,
        TextFormat::simple(body.clone(), palette.muted),
    );
    who.wrap = TextWrapping {
        max_width: (right - wait_w - 8.0 - x0).max(10.0),
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    let name = ui.painter().layout_job(who);
    painter.galley(egui::pos2(x0, rect.min.y + 6.0), name, strong);
    // Middle line: the post.
    let line = one_line(ui, first, body, ui.visuals().text_color(), right - x0);
    painter.galley(egui::pos2(x0, rect.min.y + 26.0), line, strong);
    // Bottom line: channel, urgency, onlookers.
    let mut tags = format!("{} · {urgency_name}", loc.t(&format!("channel-{}", channel.id())));
    let crowd = shift.onlooker_count(post.index, now);
    if crowd > 0 {
        tags.push_str(" · ");
        tags.push_str(&loc.ta("shift-onlookers", &[("count", Arg::Num(crowd as f64))]));
    }
    let tags = one_line(ui, &tags, small, u_color, right - x0);
    painter.galley(egui::pos2(x0, rect.min.y + 46.0), tags, u_color);
    response
}

fn post_view(ui: &mut Ui, r: &mut Running, v: &View<'_>, palette: &Palette, index: usize, now: u64) {
    let Some(post) = r.shift.posts.get(index) else { return };
    let Some(step) = post.step().cloned() else { return };
    let inst = post.session.instance.clone();
    let more = r.shift.onlookers(index, now);
    let time = ago(v.loc, post.waited_ms(now));
    let overdue = r.shift.overdue(index, now);
    let urgency = post.triage.urgency;
    ui.set_max_width(760.0);
    ui.add_space(10.0);
    ui.horizontal_wrapped(|ui| {
        chip(
            ui,
            v.loc.t(&format!("shift-urgency-{}", urgency.id())),
            urgency_color(urgency, palette),
        );
        if overdue {
            chip(ui, v.loc.t("shift-overdue"), palette.fail);
        }
        ui.label(RichText::new(&inst.scenario.title).color(palette.muted));
    });
    ui.add_space(4.0);
    thread::post(ui, v, &inst, &step, &more, &time, palette);
    ui.add_space(8.0);
    let brand = v.library.brand(&inst.scenario.brand);
    egui::CollapsingHeader::new(v.loc.t("shift-context"))
        .id_salt(("shift-context", index))
        .default_open(!inst.scenario.context.is_empty())
        .show(ui, |ui| {
            if let Some(b) = brand
                && let Some(g) = b.voice.guide.get(&inst.scenario.lang)
            {
                ui.label(RichText::new(format!("{} · {}", b.name, v.loc.t("side-voice"))).strong());
                ui.label(g);
            }
            for n in &inst.scenario.context {
                ui.add_space(4.0);
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&n.source).strong().small());
                    if n.official {
                        chip(ui, v.loc.t("side-official"), palette.pass);
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
    ui.add_space(16.0);
}

fn turn_panel(
    ui: &mut Ui,
    r: &mut Running,
    v: &View<'_>,
    palette: &Palette,
    index: usize,
    commands: &mut Vec<ShiftCommand>,
) {
    let Some(post) = r.shift.posts.get(index) else { return };
    let Some(step) = post.step().cloned() else { return };
    let input = TurnInput {
        step: &step,
        channel: post.triage.channel,
        brand: v.library.brand(&post.scenario().brand),
        pack: post.session.instance.pack,
        salt: "shift",
        autofocus: false,
        act_hint: Some(v.loc.t("shift-leave-alone-hint")),
    };
    egui::Panel::bottom("shift-turn")
        .frame(crate::ui::turn::panel_frame(palette))
        .show(ui, |ui| {
            let draft = Draft {
                text: &mut r.draft,
                picked: &mut r.picked,
            };
            if let Some(answer) = turn::turn(ui, v, &input, draft) {
                commands.push(ShiftCommand::Answer(index, answer));
            }
        });
}

fn confirm_end(ui: &mut Ui, r: &mut Running, v: &View<'_>, commands: &mut Vec<ShiftCommand>) {
    if !r.confirm_end {
        return;
    }
    let (mut stay, mut end) = (false, false);
    egui::Modal::new(egui::Id::unique("shift-confirm-end")).show(ui.ctx(), |ui| {
        ui.set_width(380.0);
        ui.label(RichText::new(v.loc.t("shift-end-title")).strong().size(17.0));
        ui.label(v.loc.t("shift-end-body"));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(v.loc.t("shift-end-stay")).clicked() {
                stay = true;
            }
            if ui.button(v.loc.t("shift-end-confirm")).clicked() {
                end = true;
            }
        });
    });
    if stay {
        r.confirm_end = false;
    }
    if end {
        commands.push(ShiftCommand::End);
    }
}
