//! The conversation as the channel shows it: an X thread, a Facebook post with comments, an
//! Instagram post with comments, or a chat window with bubbles.

use egui::{Color32, CornerRadius, Margin, RichText, Stroke, Ui};

use crate::i18n::{Arg, Localizer};
use crate::play::Instance;
use crate::play::session::{Answer, StepRecord};
use crate::scenario::model::{Comment, Message, Step, Turn};
use crate::ui::state::PlayState;
use crate::ui::theme::{Palette, channel_color, mood_color};
use crate::ui::view::View;
use crate::ui::widgets::{avatar, chip, mark_symbol};
use crate::vocab::Channel;

/// How a channel is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    X,
    Facebook,
    Instagram,
    Chat,
}

const fn look(c: Channel) -> Look {
    match c {
        Channel::X => Look::X,
        Channel::Facebook => Look::Facebook,
        Channel::Instagram => Look::Instagram,
        Channel::XDm | Channel::Messenger | Channel::Chat => Look::Chat,
    }
}

/// Who wrote something, with the image to show.
struct Who {
    name: String,
    handle: String,
    image: Option<egui::ImageSource<'static>>,
    ring: Option<Color32>,
}

/// The customer and the brand's agent of an instance, with their pictures.
fn people(v: &View<'_>, inst: &Instance) -> (Who, Who) {
    let s = &inst.scenario;
    let brand = v.library.brand(&s.brand).cloned();
    let brand_name = brand.as_ref().map_or_else(|| s.brand.clone(), |b| b.name.clone());
    let brand_handle = brand.as_ref().map_or_else(|| s.brand.clone(), |b| b.handle.clone());
    let brand_img = brand.as_ref().and_then(|b| b.avatar.as_ref()).and_then(|a| {
        v.images
            .source(v.library, 0, a)
            .or_else(|| v.images.source(v.library, inst.pack, a))
    });
    let persona_img = s
        .persona
        .avatar
        .as_ref()
        .and_then(|a| v.images.source(v.library, inst.pack, a));
    let customer = Who {
        name: s.persona.name.clone(),
        handle: s.persona.handle.clone(),
        image: persona_img,
        ring: Some(mood_color(s.persona.mood)),
    };
    let agent = Who {
        name: brand_name,
        handle: brand_handle,
        image: brand_img,
        ring: None,
    };
    (customer, agent)
}

/// Draws one post as its channel shows it, with the comments under it: the step's own
/// onlookers, then `more` (shift mode's onlookers piling on). `time` replaces the post's
/// shown time when not empty.
pub(crate) fn post(
    ui: &mut Ui,
    v: &View<'_>,
    inst: &Instance,
    step: &Step,
    more: &[Comment],
    time: &str,
    palette: &Palette,
) {
    let (customer, agent) = people(v, inst);
    let channel = step.channel.unwrap_or(inst.scenario.channel);
    let lk = look(channel);
    let mut message = step.message.clone();
    if !time.is_empty() {
        time.clone_into(&mut message.time);
    }
    let msg_img = message
        .image
        .as_ref()
        .and_then(|p| v.images.source(v.library, inst.pack, p));
    match lk {
        Look::X => x_post(ui, v.loc, &customer, &message, msg_img, palette, false),
        Look::Facebook => fb_post(ui, v.loc, &customer, &agent.name, &message, msg_img, palette),
        Look::Instagram => ig_post(ui, v.loc, &customer, &agent, &message, msg_img, palette),
        Look::Chat => {
            chat_header(ui, v.loc, &agent, channel);
            bubble(ui, &customer, &message.text, msg_img, false, channel, palette);
        }
    }
    for c in step.onlookers.iter().chain(more) {
        comment(ui, v, lk, c, palette, inst);
    }
}

/// Draws the whole conversation so far.
pub fn show(ui: &mut Ui, play: &mut PlayState, v: &View<'_>, revealed: bool) {
    let palette = v.palette;
    let session = &play.session;
    let inst = &session.instance;
    let s = &inst.scenario;
    let (customer, agent) = people(v, inst);
    // A readable column, like the channels' own apps.
    ui.set_max_width(760.0);
    ui.add_space(10.0);
    let mut last_look: Option<Look> = None;
    let mut prev_channel: Option<Channel> = None;
    let mut draw_step = |ui: &mut Ui, step: &Step, record: Option<&StepRecord>| {
        let channel = step.channel.unwrap_or(s.channel);
        if prev_channel.is_some_and(|p| p != channel) {
            divider(ui, v.loc, channel, palette);
        }
        prev_channel = Some(channel);
        let lk = look(channel);
        if lk == Look::Chat && last_look != Some(Look::Chat) {
            chat_header(ui, v.loc, &agent, channel);
        }
        last_look = Some(lk);
        let msg_img = step
            .message
            .image
            .as_ref()
            .and_then(|p| v.images.source(v.library, inst.pack, p));
        match lk {
            Look::X => x_post(ui, v.loc, &customer, &step.message, msg_img, palette, false),
            Look::Facebook => fb_post(ui, v.loc, &customer, &agent.name, &step.message, msg_img, palette),
            Look::Instagram => ig_post(ui, v.loc, &customer, &agent, &step.message, msg_img, palette),
            Look::Chat => bubble(ui, &customer, &step.message.text, msg_img, false, channel, palette),
        }
        for c in &step.onlookers {
            comment(ui, v, lk, c, palette, inst);
        }
        if let Some(r) = record {
            reply(ui, v, lk, &agent, step, r, palette, inst);
            let reactions = if r.result.passed {
                &step.reactions.good
            } else {
                &step.reactions.bad
            };
            for c in reactions {
                comment(ui, v, lk, c, palette, inst);
            }
        }
    };
    for r in &session.history {
        if let Some(step) = s.steps.iter().find(|st| st.id == r.step) {
            draw_step(ui, step, Some(r));
        }
    }
    let mut scroll_to = None;
    if let Some(step) = session.current_step() {
        if revealed {
            let top = ui.cursor().min;
            draw_step(ui, step, None);
            // A long post (a photo, a wall of comments) must open at its top, not at the
            // bottom of its last comment; chats then read on from the newest message.
            let played = session.history.len();
            if play.scrolled_to != Some(played) {
                scroll_to = Some((played, top));
            }
        } else {
            typing(ui, v.loc, &s.persona.name, palette);
        }
    }
    if let Some((played, top)) = scroll_to {
        play.scrolled_to = Some(played);
        let rect = egui::Rect::from_min_size(top - egui::vec2(0.0, 8.0), egui::vec2(1.0, 1.0));
        ui.scroll_to_rect(rect, Some(egui::Align::TOP));
    }
    ui.add_space(16.0);
}

fn divider(ui: &mut Ui, loc: &Localizer, channel: Channel, palette: &Palette) {
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        ui.separator();
        ui.label(
            RichText::new(loc.ta(
                "thread-moved",
                &[("channel", Arg::Str(loc.t(&format!("channel-{}", channel.id()))))],
            ))
            .small()
            .color(palette.muted),
        );
        ui.separator();
    });
    ui.add_space(8.0);
}

fn name_line(ui: &mut Ui, who: &Who, time: &str, palette: &Palette) {
    ui.horizontal(|ui| {
        ui.label(RichText::new(&who.name).strong());
        if !who.handle.is_empty() {
            ui.label(RichText::new(format!("@{}", who.handle)).color(palette.muted));
        }
        if !time.is_empty() {
            ui.label(RichText::new(format!("· {time}")).color(palette.muted));
        }
    });
}

fn message_image(ui: &mut Ui, image: Option<egui::ImageSource<'static>>, alt: &str) {
    if let Some(src) = image {
        ui.add(
            egui::Image::new(src)
                .max_size(egui::vec2(360.0, 240.0))
                .corner_radius(CornerRadius::same(10))
                .alt_text(alt),
        );
    }
}

fn x_post(
    ui: &mut Ui,
    loc: &Localizer,
    who: &Who,
    m: &Message,
    image: Option<egui::ImageSource<'static>>,
    palette: &Palette,
    indent: bool,
) {
    egui::Frame::new()
        .inner_margin(Margin::symmetric(12, 10))
        .stroke(Stroke::new(1.0, palette.border))
        .fill(palette.card)
        .corner_radius(CornerRadius::same(if indent { 4 } else { 10 }))
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(640.0));
            ui.horizontal_top(|ui| {
                avatar(ui, who.image.clone(), &who.name, 44.0, who.ring);
                ui.vertical(|ui| {
                    name_line(ui, who, &m.time, palette);
                    ui.label(RichText::new(&m.text).size(15.5));
                    message_image(ui, image, &loc.t("thread-image"));
                    if m.likes > 0 || m.shares > 0 {
                        let counts = loc.ta(
                            "thread-x-counts",
                            &[
                                ("shares", Arg::Num(f64::from(m.shares))),
                                ("likes", Arg::Num(f64::from(m.likes))),
                            ],
                        );
                        ui.label(RichText::new(counts).color(palette.muted));
                    }
                });
            });
        });
    ui.add_space(6.0);
}

fn fb_post(
    ui: &mut Ui,
    loc: &Localizer,
    who: &Who,
    page: &str,
    m: &Message,
    image: Option<egui::ImageSource<'static>>,
    palette: &Palette,
) {
    palette.card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width().min(680.0));
        ui.horizontal(|ui| {
            avatar(ui, who.image.clone(), &who.name, 40.0, who.ring);
            ui.vertical(|ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&who.name).strong());
                    ui.label(
                        RichText::new(format!("› {page}"))
                            .strong()
                            .color(channel_color(Channel::Facebook)),
                    );
                });
                ui.label(
                    RichText::new(loc.ta("thread-fb-posted", &[("time", Arg::Str(m.time.clone()))]))
                        .small()
                        .color(palette.muted),
                );
            });
        });
        ui.label(RichText::new(&m.text).size(15.5));
        message_image(ui, image, &loc.t("thread-image"));
        ui.separator();
        ui.label(
            RichText::new(loc.ta(
                "thread-fb-reactions",
                &[
                    ("likes", Arg::Num(f64::from(m.likes))),
                    ("shares", Arg::Num(f64::from(m.shares))),
                ],
            ))
            .color(palette.muted),
        );
    });
    ui.add_space(6.0);
}

fn ig_post(
    ui: &mut Ui,
    loc: &Localizer,
    who: &Who,
    brand: &Who,
    m: &Message,
    image: Option<egui::ImageSource<'static>>,
    palette: &Palette,
) {
    palette.card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width().min(560.0));
        ui.horizontal(|ui| {
            avatar(
                ui,
                brand.image.clone(),
                &brand.name,
                28.0,
                Some(channel_color(Channel::Instagram)),
            );
            ui.label(RichText::new(&brand.handle).strong());
            ui.label(RichText::new(loc.t("thread-ig-post")).small().color(palette.muted));
        });
        ui.horizontal_top(|ui| {
            avatar(ui, who.image.clone(), &who.name, 30.0, who.ring);
            ui.vertical(|ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&who.handle).strong());
                    ui.label(&m.text);
                });
                message_image(ui, image, &loc.t("thread-image"));
                ui.label(
                    RichText::new(loc.ta(
                        "thread-ig-likes",
                        &[
                            ("likes", Arg::Num(f64::from(m.likes))),
                            ("time", Arg::Str(m.time.clone())),
                        ],
                    ))
                    .small()
                    .color(palette.muted),
                );
            });
        });
    });
    ui.add_space(6.0);
}

fn chat_header(ui: &mut Ui, loc: &Localizer, agent: &Who, channel: Channel) {
    egui::Frame::new()
        .fill(channel_color(channel))
        .corner_radius(CornerRadius {
            nw: 10,
            ne: 10,
            sw: 0,
            se: 0,
        })
        .inner_margin(Margin::symmetric(12, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width().min(640.0));
            ui.horizontal(|ui| {
                avatar(ui, agent.image.clone(), &agent.name, 28.0, Some(Color32::WHITE));
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{} · {}",
                            agent.name,
                            loc.t(&format!("channel-{}", channel.id()))
                        ))
                        .strong()
                        .color(Color32::WHITE),
                    );
                    ui.label(
                        RichText::new(loc.t("thread-chat-online"))
                            .small()
                            .color(Color32::from_white_alpha(220)),
                    );
                });
            });
        });
    ui.add_space(6.0);
}

fn bubble(
    ui: &mut Ui,
    who: &Who,
    text: &str,
    image: Option<egui::ImageSource<'static>>,
    mine: bool,
    channel: Channel,
    palette: &Palette,
) {
    let max = (ui.available_width() * 0.72).min(460.0);
    let layout = if mine {
        egui::Layout::right_to_left(egui::Align::TOP)
    } else {
        egui::Layout::left_to_right(egui::Align::TOP)
    };
    ui.with_layout(layout, |ui| {
        if !mine {
            avatar(ui, who.image.clone(), &who.name, 30.0, who.ring);
        }
        let (fill, color) = if mine {
            (channel_color(channel), Color32::WHITE)
        } else {
            (palette.bubble_them, ui.visuals().text_color())
        };
        egui::Frame::new()
            .fill(fill)
            .corner_radius(CornerRadius::same(14))
            .inner_margin(Margin::symmetric(12, 8))
            .show(ui, |ui| {
                ui.set_max_width(max);
                ui.vertical(|ui| {
                    ui.label(RichText::new(text).color(color).size(15.0));
                    message_image(ui, image, &who.name);
                });
            });
    });
    ui.add_space(4.0);
}

fn typing(ui: &mut Ui, loc: &Localizer, name: &str, palette: &Palette) {
    let t = ui.input(|i| i.time);
    let dots = ".".repeat(1 + (t * 3.0) as usize % 3);
    ui.label(
        RichText::new(loc.ta(
            "thread-typing",
            &[("name", Arg::Str(name.to_owned())), ("dots", Arg::Str(dots))],
        ))
        .italics()
        .color(palette.muted),
    );
    ui.ctx().request_repaint_after(std::time::Duration::from_millis(300));
}

fn comment(ui: &mut Ui, v: &View<'_>, lk: Look, c: &Comment, palette: &Palette, inst: &crate::play::Instance) {
    let image = c.avatar.as_ref().and_then(|a| v.images.source(v.library, inst.pack, a));
    let who = Who {
        name: c.name.clone(),
        handle: c.handle.clone(),
        image,
        ring: None,
    };
    let msg = Message {
        text: c.text.clone(),
        image: None,
        time: String::new(),
        likes: c.likes,
        shares: 0,
    };
    match lk {
        Look::X => {
            ui.horizontal(|ui| {
                ui.add_space(28.0);
                ui.vertical(|ui| x_post(ui, v.loc, &who, &msg, None, palette, true));
            });
        }
        Look::Chat => bubble(ui, &who, &c.text, None, false, Channel::Chat, palette),
        Look::Facebook | Look::Instagram => {
            ui.horizontal_top(|ui| {
                ui.add_space(24.0);
                avatar(ui, who.image.clone(), &who.name, 28.0, None);
                egui::Frame::new()
                    .fill(palette.bubble_them)
                    .corner_radius(CornerRadius::same(12))
                    .inner_margin(Margin::symmetric(10, 6))
                    .show(ui, |ui| {
                        ui.set_max_width(520.0);
                        ui.vertical(|ui| {
                            ui.label(RichText::new(&who.name).strong().small());
                            ui.label(&c.text);
                            if c.likes > 0 {
                                ui.label(RichText::new(format!("👍 {}", c.likes)).small().color(palette.muted));
                            }
                        });
                    });
            });
            ui.add_space(4.0);
        }
    }
}

#[expect(clippy::too_many_arguments, reason = "drawing context")]
fn reply(
    ui: &mut Ui,
    v: &View<'_>,
    lk: Look,
    agent: &Who,
    step: &Step,
    r: &StepRecord,
    palette: &Palette,
    inst: &crate::play::Instance,
) {
    let loc = &v.loc;
    let score = format!(
        "{} {}",
        mark_symbol(if r.result.passed {
            crate::scoring::Mark::Pass
        } else {
            crate::scoring::Mark::Fail
        }),
        loc.ta("thread-step-score", &[("total", Arg::Num(f64::from(r.result.total)))])
    );
    let score_color = if r.result.passed { palette.pass } else { palette.fail };
    match (&r.answer, &step.turn) {
        (Answer::Action(action), Turn::Act(a)) => {
            let consequence = a
                .options
                .iter()
                .find(|o| o.action == *action)
                .map(|o| o.consequence.clone())
                .unwrap_or_default();
            egui::Frame::new()
                .stroke(Stroke::new(1.0, palette.border))
                .corner_radius(CornerRadius::same(8))
                .inner_margin(Margin::same(10))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width().min(640.0));
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(loc.ta(
                                "thread-you-chose",
                                &[("action", Arg::Str(loc.t(&format!("action-{}", action.id()))))],
                            ))
                            .strong(),
                        );
                        chip(ui, score.clone(), score_color);
                    });
                    ui.label(RichText::new(consequence).italics().color(palette.muted));
                });
            ui.add_space(6.0);
        }
        (answer, _) => {
            let (text, image) = match (answer, &step.turn) {
                (Answer::Choice(id), Turn::Pick(p)) => {
                    let o = p.options.iter().find(|o| &o.id == id);
                    let img = o
                        .and_then(|o| o.image.as_ref())
                        .and_then(|i| v.images.source(v.library, inst.pack, i));
                    (o.map(|o| o.text.clone()).unwrap_or_default(), img)
                }
                (a, _) => (a.as_text().to_owned(), None),
            };
            match lk {
                Look::Chat => {
                    let channel = r.channel;
                    bubble(ui, agent, &text, image, true, channel, palette);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::TOP), |ui| {
                        chip(ui, score, score_color);
                    });
                }
                _ => {
                    ui.horizontal_top(|ui| {
                        ui.add_space(if lk == Look::X { 28.0 } else { 24.0 });
                        egui::Frame::new()
                            .fill(palette.accent.gamma_multiply(0.08))
                            .stroke(Stroke::new(1.0, palette.accent.gamma_multiply(0.5)))
                            .corner_radius(CornerRadius::same(10))
                            .inner_margin(Margin::symmetric(12, 8))
                            .show(ui, |ui| {
                                ui.set_width(ui.available_width().min(600.0));
                                ui.vertical(|ui| {
                                    ui.horizontal(|ui| {
                                        avatar(ui, agent.image.clone(), &agent.name, 32.0, None);
                                        ui.label(RichText::new(&agent.name).strong());
                                        ui.label(RichText::new(format!("@{}", agent.handle)).color(palette.muted));
                                        chip(ui, score, score_color);
                                    });
                                    ui.label(RichText::new(text).size(15.0));
                                    message_image(ui, image, &loc.t("thread-image"));
                                });
                            });
                    });
                    ui.add_space(6.0);
                }
            }
        }
    }
}
