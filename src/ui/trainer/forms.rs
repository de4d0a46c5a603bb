//! Forms for every field of a scenario. They edit a copy of the parsed scenario; the editor
//! writes the copy back to the document when something changed.
//!
//! Small nested values with many shapes (a variable's draw, a branch's condition, a
//! criterion's parameters, a self-test's expectations) are edited as one line of RON each:
//! a form per shape would be larger than the format it edits, and trainers see the same
//! notation in the RON tab and in `scenarios/README.md`.

use egui::{RichText, Ui};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::i18n::Localizer;
use crate::scenario::library::Library;
use crate::scenario::model::{
    ActOption, ActTurn, Branch, Comment, Condition, CriterionSpec, Draw, Example, NewsItem, PickOption, PickTurn,
    RubricSpec, Scenario, Step, StepFeedback, Turn, Variable, WriteTurn,
};
use crate::scenario::parse;
use crate::vocab::{Action, Category, Channel, Difficulty, Grade, Lang, Mood, Scale, Skill};

/// A labelled one-line text field. Returns true when it changed.
pub fn text(ui: &mut Ui, label: &str, value: &mut String) -> bool {
    let l = ui.label(label);
    let changed = ui
        .add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(l.id)
        .changed();
    ui.end_row();
    changed
}

/// A labelled text area.
pub fn area(ui: &mut Ui, label: &str, value: &mut String) -> bool {
    let l = ui.label(label);
    let changed = ui
        .add(
            egui::TextEdit::multiline(value)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id)
        .changed();
    ui.end_row();
    changed
}

/// An optional text: empty means none.
pub fn opt_text(ui: &mut Ui, label: &str, value: &mut Option<String>) -> bool {
    let mut s = value.clone().unwrap_or_default();
    let changed = text(ui, label, &mut s);
    if changed {
        *value = (!s.trim().is_empty()).then_some(s);
    }
    changed
}

/// A number field.
pub fn number<T: egui::emath::Numeric>(
    ui: &mut Ui,
    label: &str,
    value: &mut T,
    range: std::ops::RangeInclusive<T>,
) -> bool {
    let l = ui.label(label);
    let changed = ui
        .add(egui::DragValue::new(value).range(range))
        .labelled_by(l.id)
        .changed();
    ui.end_row();
    changed
}

/// A choice from a closed list.
pub fn pick<T: Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    value: &mut T,
    all: &[T],
    name: impl Fn(T) -> String,
) -> bool {
    let l = ui.label(label);
    let mut changed = false;
    egui::ComboBox::from_id_salt(("pick", label, ui.next_auto_id()))
        .selected_text(name(*value))
        .show_ui(ui, |ui| {
            for &v in all {
                changed |= ui.selectable_value(value, v, name(v)).changed();
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();
    changed
}

/// A list of words edited as one comma-separated line.
pub fn words(ui: &mut Ui, label: &str, value: &mut Vec<String>) -> bool {
    let mut s = value.join(", ");
    let changed = text(ui, label, &mut s);
    if changed {
        *value = s
            .split(',')
            .map(|w| w.trim().to_owned())
            .filter(|w| !w.is_empty())
            .collect();
    }
    changed
}

/// A value edited as one line of RON, with the parse error shown under it until it parses.
pub fn ron_line<T: Serialize + DeserializeOwned>(ui: &mut Ui, label: &str, value: &mut T) -> bool {
    let shown = ron::Options::default()
        .with_default_extension(parse::ron_options().default_extensions)
        .to_string(value)
        .unwrap_or_default();
    let id = ui.next_auto_id().with(label);
    let mut buffer: String = ui.data(|d| d.get_temp(id)).unwrap_or_else(|| shown.clone());
    let l = ui.label(label);
    let mut changed = false;
    ui.vertical(|ui| {
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut buffer)
                    .code_editor()
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        if r.changed() {
            if let Ok(v) = parse::ron_options().from_str::<T>(&buffer) {
                *value = v;
                changed = true;
            }
            ui.data_mut(|d| d.insert_temp(id, buffer.clone()));
        } else if !r.has_focus() {
            ui.data_mut(|d| d.remove::<String>(id));
        }
        if r.has_focus()
            && let Err(e) = parse::ron_options().from_str::<T>(&buffer)
        {
            ui.label(
                RichText::new(e.code.to_string())
                    .small()
                    .color(ui.visuals().error_fg_color),
            );
        }
    });
    ui.end_row();
    changed
}

/// Remove / move buttons of a list item; returns the action asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemAction {
    /// Nothing.
    None,
    /// Remove the item.
    Remove,
    /// Move it up.
    Up,
}

fn item_buttons(ui: &mut Ui, loc: &Localizer, index: usize) -> ItemAction {
    let mut a = ItemAction::None;
    ui.horizontal(|ui| {
        if index > 0 && ui.small_button("⬆").on_hover_text(loc.t("editor-move-up")).clicked() {
            a = ItemAction::Up;
        }
        if ui.small_button("🗑").on_hover_text(loc.t("editor-remove")).clicked() {
            a = ItemAction::Remove;
        }
    });
    a
}

/// A list of items, each drawn by `item` in its own grid, with add, remove and move up.
pub fn list<T>(
    ui: &mut Ui,
    loc: &Localizer,
    salt: &str,
    items: &mut Vec<T>,
    make: impl FnOnce() -> T,
    mut item: impl FnMut(&mut Ui, &mut T) -> bool,
) -> bool {
    let mut changed = false;
    let mut action = (ItemAction::None, 0);
    for (i, it) in items.iter_mut().enumerate() {
        ui.push_id((salt, i), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                let a = item_buttons(ui, loc, i);
                if a != ItemAction::None {
                    action = (a, i);
                }
                egui::Grid::new("fields")
                    .num_columns(2)
                    .spacing([8.0, 4.0])
                    .show(ui, |ui| {
                        changed |= item(ui, it);
                    });
            });
        });
    }
    match action {
        (ItemAction::Remove, i) => {
            items.remove(i);
            changed = true;
        }
        (ItemAction::Up, i) if i > 0 => {
            items.swap(i, i - 1);
            changed = true;
        }
        _ => {}
    }
    if ui.button(loc.t("editor-add")).clicked() {
        items.push(make());
        changed = true;
    }
    changed
}

fn section(ui: &mut Ui, title: String, open: bool, add: impl FnOnce(&mut Ui)) {
    egui::CollapsingHeader::new(RichText::new(title).strong().size(15.0))
        .default_open(open)
        .show(ui, add);
}

fn grid(ui: &mut Ui, id: &str, add: impl FnOnce(&mut Ui)) {
    egui::Grid::new(id)
        .num_columns(2)
        .spacing([10.0, 6.0])
        .min_col_width(120.0)
        .show(ui, add);
}

/// The scenario-wide fields.
pub fn scenario_fields(ui: &mut Ui, s: &mut Scenario, library: &Library, loc: &Localizer) -> bool {
    let mut c = false;
    section(ui, loc.t("editor-section-scenario"), true, |ui| {
        grid(ui, "scenario", |ui| {
            c |= text(ui, &loc.t("editor-id"), &mut s.id);
            c |= pick(ui, &loc.t("editor-lang"), &mut s.lang, Lang::ALL, |l| {
                loc.t(&format!("lang-native-{}", l.id()))
            });
            c |= text(ui, &loc.t("editor-title"), &mut s.title);
            c |= area(ui, &loc.t("editor-summary"), &mut s.summary);
            c |= pick(ui, &loc.t("editor-category"), &mut s.category, Category::ALL, |v| {
                v.id().to_owned()
            });
            c |= pick(ui, &loc.t("editor-channel"), &mut s.channel, Channel::ALL, |v| {
                loc.t(&format!("channel-{}", v.id()))
            });
            // Brands are a closed list too: the ones loaded.
            let combo_label = ui.label(loc.t("editor-brand"));
            let shown = library
                .brand(&s.brand)
                .map_or_else(|| loc.t("editor-brand-choose"), |b| b.name.clone());
            egui::ComboBox::from_id_salt("brand")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for (id, b) in &library.brands {
                        if ui.selectable_label(s.brand == *id, &b.name).clicked() && s.brand != *id {
                            s.brand.clone_from(id);
                            c = true;
                        }
                    }
                })
                .response
                .labelled_by(combo_label.id);
            ui.end_row();
            c |= pick(
                ui,
                &loc.t("editor-difficulty"),
                &mut s.difficulty,
                Difficulty::ALL,
                |v| loc.t(&format!("difficulty-{}", v.id())),
            );
            ui.label(loc.t("editor-skills"));
            // A grid cell takes the height of its first line: the wrapped list needs its own column.
            ui.vertical(|ui| {
                ui.set_max_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    for &sk in Skill::ALL {
                        let mut on = s.skills.contains(&sk);
                        if ui.checkbox(&mut on, loc.t(&format!("skill-{}", sk.id()))).changed() {
                            if on {
                                s.skills.push(sk);
                            } else {
                                s.skills.retain(|x| *x != sk);
                            }
                            c = true;
                        }
                    }
                });
            });
            ui.end_row();
            let mut limit = s.time_limit.unwrap_or(0);
            if number(ui, &loc.t("editor-time-limit"), &mut limit, 0..=3600) {
                s.time_limit = (limit > 0).then_some(limit);
                c = true;
            }
            c |= number(ui, &loc.t("editor-pass-mark"), &mut s.pass_mark, 0..=100);
        });
    });
    section(ui, loc.t("editor-section-persona"), false, |ui| {
        grid(ui, "persona", |ui| {
            c |= text(ui, &loc.t("editor-persona-name"), &mut s.persona.name);
            c |= text(ui, &loc.t("editor-persona-handle"), &mut s.persona.handle);
            c |= opt_text(ui, &loc.t("editor-avatar"), &mut s.persona.avatar);
            c |= pick(ui, &loc.t("editor-mood"), &mut s.persona.mood, Mood::ALL, |v| {
                loc.t(&format!("mood-{}", v.id()))
            });
        });
    });
    section(ui, loc.t("editor-section-news"), false, |ui| {
        c |= list(ui, loc, "news", &mut s.context, new_news, |ui, n: &mut NewsItem| {
            let mut c = text(ui, &loc.t("editor-news-source"), &mut n.source);
            c |= text(ui, &loc.t("editor-news-headline"), &mut n.headline);
            c |= area(ui, &loc.t("editor-news-summary"), &mut n.summary);
            c |= text(ui, &loc.t("editor-news-when"), &mut n.when);
            let l = ui.label(loc.t("editor-news-official"));
            c |= ui.checkbox(&mut n.official, "").labelled_by(l.id).changed();
            ui.end_row();
            c |= opt_text(ui, &loc.t("editor-news-link"), &mut n.link);
            c
        });
    });
    section(ui, loc.t("editor-section-params"), false, |ui| {
        grid(ui, "params", |ui| {
            c |= words(ui, &loc.t("editor-params-issue"), &mut s.params.issue);
            c |= opt_text(ui, &loc.t("editor-params-name"), &mut s.params.customer_name);
            c |= words(ui, &loc.t("editor-params-pii"), &mut s.params.personal_data);
            c |= words(ui, &loc.t("editor-params-forbidden"), &mut s.params.forbidden);
        });
    });
    section(ui, loc.t("editor-section-variables"), false, |ui| {
        c |= list(
            ui,
            loc,
            "vars",
            &mut s.variables,
            new_variable,
            |ui, v: &mut Variable| {
                let mut c = text(ui, &loc.t("editor-var-id"), &mut v.id);
                c |= ron_line(ui, &loc.t("editor-var-draw"), &mut v.draw);
                c |= text(ui, &loc.t("editor-var-default"), &mut v.default);
                c
            },
        );
    });
    c
}

fn comments(ui: &mut Ui, loc: &Localizer, salt: &str, list_: &mut Vec<Comment>) -> bool {
    list(ui, loc, salt, list_, new_comment, |ui, m: &mut Comment| {
        let mut c = text(ui, &loc.t("editor-persona-name"), &mut m.name);
        c |= text(ui, &loc.t("editor-persona-handle"), &mut m.handle);
        c |= area(ui, &loc.t("editor-comment-text"), &mut m.text);
        c |= number(ui, &loc.t("editor-likes"), &mut m.likes, 0..=1_000_000);
        c |= opt_text(ui, &loc.t("editor-avatar"), &mut m.avatar);
        c
    })
}

/// One step: its message, onlookers, turn, reactions and branches.
pub fn step_fields(ui: &mut Ui, step: &mut Step, step_ids: &[String], library: &Library, loc: &Localizer) -> bool {
    let mut c = false;
    section(
        ui,
        loc.ta("editor-section-step", &[("id", crate::i18n::Arg::Str(step.id.clone()))]),
        true,
        |ui| {
            grid(ui, "step", |ui| {
                c |= text(ui, &loc.t("editor-step-id"), &mut step.id);
                let mut ch = step.channel;
                let combo_label = ui.label(loc.t("editor-step-channel"));
                egui::ComboBox::from_id_salt("step-channel")
                    .selected_text(ch.map_or_else(
                        || loc.t("editor-same-channel"),
                        |v| loc.t(&format!("channel-{}", v.id())),
                    ))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut ch, None, loc.t("editor-same-channel"));
                        for &v in Channel::ALL {
                            ui.selectable_value(&mut ch, Some(v), loc.t(&format!("channel-{}", v.id())));
                        }
                    })
                    .response
                    .labelled_by(combo_label.id);
                ui.end_row();
                if ch != step.channel {
                    step.channel = ch;
                    c = true;
                }
                c |= area(ui, &loc.t("editor-message"), &mut step.message.text);
                c |= opt_text(ui, &loc.t("editor-message-image"), &mut step.message.image);
                c |= text(ui, &loc.t("editor-message-time"), &mut step.message.time);
                c |= number(ui, &loc.t("editor-likes"), &mut step.message.likes, 0..=1_000_000);
                c |= number(ui, &loc.t("editor-shares"), &mut step.message.shares, 0..=1_000_000);
            });
        },
    );
    section(ui, loc.t("editor-section-turn"), true, |ui| {
        c |= turn_fields(ui, &mut step.turn, library, loc);
    });
    section(ui, loc.t("editor-section-onlookers"), false, |ui| {
        c |= comments(ui, loc, "onlookers", &mut step.onlookers);
    });
    section(ui, loc.t("editor-section-reactions"), false, |ui| {
        ui.label(RichText::new(loc.t("editor-reactions-good")).strong());
        c |= comments(ui, loc, "good", &mut step.reactions.good);
        ui.label(RichText::new(loc.t("editor-reactions-bad")).strong());
        c |= comments(ui, loc, "bad", &mut step.reactions.bad);
    });
    section(ui, loc.t("editor-section-branches"), true, |ui| {
        ui.label(RichText::new(loc.t("editor-branches-help")).small());
        c |= list(
            ui,
            loc,
            "next",
            &mut step.next,
            || Branch {
                when: Condition::Always,
                goto: step_ids.first().cloned().unwrap_or_default(),
            },
            |ui, b: &mut Branch| {
                let mut c = ron_line::<Condition>(ui, &loc.t("editor-branch-when"), &mut b.when);
                let combo_label = ui.label(loc.t("editor-branch-goto"));
                egui::ComboBox::from_id_salt("goto")
                    .selected_text(b.goto.clone())
                    .show_ui(ui, |ui| {
                        for id in step_ids {
                            if ui.selectable_label(b.goto == *id, id).clicked() && b.goto != *id {
                                b.goto.clone_from(id);
                                c = true;
                            }
                        }
                    })
                    .response
                    .labelled_by(combo_label.id);
                ui.end_row();
                c
            },
        );
    });
    c
}

fn turn_fields(ui: &mut Ui, turn: &mut Turn, library: &Library, loc: &Localizer) -> bool {
    let mut c = false;
    let kind = match turn {
        Turn::Write(_) => 0,
        Turn::Pick(_) => 1,
        Turn::Act(_) => 2,
    };
    let mut new_kind = kind;
    ui.horizontal(|ui| {
        for (k, id) in [
            (0, "editor-turn-write"),
            (1, "editor-turn-pick"),
            (2, "editor-turn-act"),
        ] {
            ui.radio_value(&mut new_kind, k, loc.t(id));
        }
    });
    if new_kind != kind {
        *turn = match new_kind {
            0 => Turn::Write(WriteTurn {
                prompt: String::new(),
                rubric: RubricSpec {
                    base: Some("public-complaint".to_owned()),
                    criteria: Vec::new(),
                    remove: Vec::new(),
                },
                model_answers: Vec::new(),
                feedback: StepFeedback::default(),
                reply_lang: None,
            }),
            1 => Turn::Pick(PickTurn {
                prompt: String::new(),
                options: vec![new_pick_option()],
            }),
            _ => Turn::Act(ActTurn {
                prompt: String::new(),
                options: vec![new_act_option()],
            }),
        };
        c = true;
    }
    match turn {
        Turn::Write(w) => {
            grid(ui, "write", |ui| {
                c |= area(ui, &loc.t("editor-prompt"), &mut w.prompt);
                let combo_label = ui.label(loc.t("editor-rubric-base"));
                let shown = w.rubric.base.clone().unwrap_or_else(|| loc.t("editor-rubric-none"));
                egui::ComboBox::from_id_salt("base")
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        if ui
                            .selectable_label(w.rubric.base.is_none(), loc.t("editor-rubric-none"))
                            .clicked()
                            && w.rubric.base.is_some()
                        {
                            w.rubric.base = None;
                            c = true;
                        }
                        for id in library.rubrics.keys() {
                            if ui.selectable_label(w.rubric.base.as_ref() == Some(id), id).clicked()
                                && w.rubric.base.as_ref() != Some(id)
                            {
                                w.rubric.base = Some(id.clone());
                                c = true;
                            }
                        }
                    })
                    .response
                    .labelled_by(combo_label.id);
                ui.end_row();
                c |= words(ui, &loc.t("editor-rubric-remove"), &mut w.rubric.remove);
            });
            ui.label(RichText::new(loc.t("editor-criteria")).strong());
            c |= list(
                ui,
                loc,
                "criteria",
                &mut w.rubric.criteria,
                new_criterion,
                |ui, cr: &mut CriterionSpec| {
                    let mut c = false;
                    let combo_label = ui.label(loc.t("editor-criterion"));
                    if cr.custom.is_some() {
                        // A criterion of the scenario's own: any id of its author's choosing.
                        c |= ui
                            .add(egui::TextEdit::singleline(&mut cr.id).desired_width(220.0))
                            .labelled_by(combo_label.id)
                            .changed();
                    } else {
                        egui::ComboBox::from_id_salt("crit")
                            .selected_text(cr.id.clone())
                            .show_ui(ui, |ui| {
                                for id in crate::scoring::catalog::CriterionId::ALL.iter().map(|c| c.id()) {
                                    if ui.selectable_label(cr.id == id, id).clicked() && cr.id != id {
                                        id.clone_into(&mut cr.id);
                                        c = true;
                                    }
                                }
                            })
                            .response
                            .labelled_by(combo_label.id);
                    }
                    ui.end_row();
                    c |= number(ui, &loc.t("editor-weight"), &mut cr.weight, 0..=100);
                    let mut scale = cr.scale;
                    let combo_label = ui.label(loc.t("editor-scale"));
                    egui::ComboBox::from_id_salt("scale")
                        .selected_text(scale.map_or_else(|| loc.t("editor-default"), |v| v.id().to_owned()))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut scale, None, loc.t("editor-default"));
                            for &v in Scale::ALL {
                                ui.selectable_value(&mut scale, Some(v), v.id());
                            }
                        })
                        .response
                        .labelled_by(combo_label.id);
                    ui.end_row();
                    if scale != cr.scale {
                        cr.scale = scale;
                        c = true;
                    }
                    // Unset means the criterion's usual setting (no-forbidden is critical).
                    let mut critical = cr.critical.unwrap_or_else(|| {
                        crate::scoring::catalog::CriterionId::from_id(&cr.id).is_some_and(|i| i.defaults().critical)
                    });
                    let l = ui.label(loc.t("editor-critical"));
                    if ui.checkbox(&mut critical, "").labelled_by(l.id).changed() {
                        cr.critical = Some(critical);
                        c = true;
                    }
                    ui.end_row();
                    if critical {
                        // The most the whole reply can score when this criterion fails.
                        let mut cap = cr.cap.unwrap_or(0);
                        if number(ui, &loc.t("editor-cap"), &mut cap, 0..=100) {
                            cr.cap = Some(cap);
                            c = true;
                        }
                    }
                    c |= words(ui, &loc.t("editor-phrases"), &mut cr.phrases);
                    c |= ron_line(ui, &loc.t("editor-custom"), &mut cr.custom);
                    c
                },
            );
            ui.label(RichText::new(loc.t("editor-model-answers")).strong());
            c |= list(
                ui,
                loc,
                "answers",
                &mut w.model_answers,
                String::new,
                |ui, a: &mut String| area(ui, &loc.t("editor-model-answer"), a),
            );
            grid(ui, "feedback", |ui| {
                c |= area(ui, &loc.t("editor-feedback-pass"), &mut w.feedback.pass);
                c |= area(ui, &loc.t("editor-feedback-fail"), &mut w.feedback.fail);
            });
        }
        Turn::Pick(p) => {
            grid(ui, "pick", |ui| c |= area(ui, &loc.t("editor-prompt"), &mut p.prompt));
            c |= list(
                ui,
                loc,
                "options",
                &mut p.options,
                new_pick_option,
                |ui, o: &mut PickOption| {
                    let mut c = text(ui, &loc.t("editor-option-id"), &mut o.id);
                    c |= area(ui, &loc.t("editor-option-text"), &mut o.text);
                    c |= opt_text(ui, &loc.t("editor-option-image"), &mut o.image);
                    c |= pick(ui, &loc.t("editor-grade"), &mut o.grade, Grade::ALL, |v| {
                        v.id().to_owned()
                    });
                    c |= area(ui, &loc.t("editor-option-feedback"), &mut o.feedback);
                    c
                },
            );
        }
        Turn::Act(a) => {
            grid(ui, "act", |ui| c |= area(ui, &loc.t("editor-prompt"), &mut a.prompt));
            c |= list(
                ui,
                loc,
                "actions",
                &mut a.options,
                new_act_option,
                |ui, o: &mut ActOption| {
                    let mut c = pick(ui, &loc.t("editor-action"), &mut o.action, Action::ALL, |v| {
                        loc.t(&format!("action-{}", v.id()))
                    });
                    c |= pick(ui, &loc.t("editor-grade"), &mut o.grade, Grade::ALL, |v| {
                        v.id().to_owned()
                    });
                    c |= area(ui, &loc.t("editor-consequence"), &mut o.consequence);
                    c |= area(ui, &loc.t("editor-option-feedback"), &mut o.feedback);
                    c
                },
            );
        }
    }
    c
}

/// The self-tests: example replies and the results the author expects.
pub fn examples(ui: &mut Ui, s: &mut Scenario, loc: &Localizer) -> bool {
    let mut c = false;
    section(ui, loc.t("editor-section-examples"), false, |ui| {
        ui.label(RichText::new(loc.t("editor-examples-help")).small());
        c |= list(
            ui,
            loc,
            "examples",
            &mut s.examples,
            new_example,
            |ui, e: &mut Example| {
                let mut c = opt_text(ui, &loc.t("editor-example-step"), &mut e.step);
                c |= area(ui, &loc.t("editor-example-reply"), &mut e.reply);
                c |= ron_line(ui, &loc.t("editor-example-expect"), &mut e.expect);
                c |= ron_line(ui, &loc.t("editor-example-passes"), &mut e.passes);
                c |= text(ui, &loc.t("editor-example-note"), &mut e.note);
                c
            },
        );
    });
    c
}

fn new_news() -> NewsItem {
    NewsItem {
        source: String::new(),
        headline: String::new(),
        summary: String::new(),
        when: String::new(),
        official: true,
        link: None,
    }
}

fn new_variable() -> Variable {
    Variable {
        id: "value".to_owned(),
        draw: Draw::Number(1, 10),
        default: "1".to_owned(),
    }
}

fn new_comment() -> Comment {
    Comment {
        name: String::new(),
        handle: String::new(),
        text: String::new(),
        likes: 0,
        avatar: None,
    }
}

fn new_criterion() -> CriterionSpec {
    CriterionSpec {
        id: "apology".to_owned(),
        weight: 10,
        scale: None,
        critical: None,
        cap: None,
        phrases: Vec::new(),
        custom: None,
    }
}

fn new_pick_option() -> PickOption {
    PickOption {
        id: "a".to_owned(),
        text: String::new(),
        image: None,
        grade: Grade::Pass,
        feedback: String::new(),
    }
}

fn new_act_option() -> ActOption {
    ActOption {
        action: Action::ReplyPublic,
        grade: Grade::Pass,
        consequence: String::new(),
        feedback: String::new(),
    }
}

fn new_example() -> Example {
    Example {
        step: None,
        reply: String::new(),
        expect: std::collections::BTreeMap::new(),
        passes: None,
        note: String::new(),
        near_miss: None,
    }
}
