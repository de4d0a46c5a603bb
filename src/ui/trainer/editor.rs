//! The scenario editor: outline, forms or raw RON, live problems, try-a-reply, play-test.

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use super::forms;
use super::{ReplaceChoice, TrainerCommand, TrainerState};
use crate::i18n::Arg;
use crate::play::Instance;
use crate::scenario::library::LoadedScenario;
use crate::scenario::model::{Scenario, Turn};
use crate::scenario::pack::PackSource;
use crate::scoring::ScoreResult;
use crate::trainer::document::Document;
use crate::trainer::outline::{self, TurnKind};
use crate::ui::command::{Command, Commands};
use crate::ui::view::View;
use crate::ui::widgets::{highlighted, mark_symbol};
use crate::vocab::Lang;

/// Form or raw text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// Forms.
    #[default]
    Form,
    /// The raw RON text.
    Ron,
}

/// The editor's view state.
#[derive(Debug, Clone, Default)]
pub struct EditorState {
    /// Forms or RON.
    pub view: Pane,
    /// The step shown in the forms.
    pub step: usize,
    /// The library scenario chosen for "open" or "duplicate".
    pub source: Option<String>,
    /// The draft in the try-a-reply box.
    pub try_reply: String,
    /// The draft scored: (draft, step, revision, result).
    pub try_result: Option<(String, usize, u64, ScoreResult)>,
    /// Move the RON cursor here on the next frame: (line, col).
    pub goto: Option<(usize, usize)>,
    /// The revision last validated.
    pub validated: Option<u64>,
    /// The selected criterion in the try-a-reply result.
    pub try_selected: Option<usize>,
    /// The forms' working copy of the parsed scenario, for the revision it was taken at:
    /// cloned when the document changes, not every frame.
    pub scratch: Option<(u64, Scenario)>,
    /// The document as a loaded scenario (try-a-reply, play-test), for its revision.
    pub loaded: Option<(u64, LoadedScenario)>,
}

fn now_ms(ui: &Ui) -> u64 {
    (ui.input(|i| i.time) * 1000.0) as u64
}

/// Draws the editor tab.
pub fn show(ui: &mut Ui, t: &mut TrainerState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    shortcuts(ui, t, out);
    toolbar(ui, t, v, out);
    confirm_replace(ui, t, v, out);
    if t.doc.is_none() {
        crate::ui::widgets::page(ui, "editor-empty", 640.0, |ui| {
            crate::ui::widgets::empty_state(ui, &v.loc.t("editor-empty-title"), &v.loc.t("editor-empty"), palette);
        });
        return;
    }
    side_panels(ui, t, v, out);
    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal(|ui| {
            let view = &mut t.editor.view;
            ui.selectable_value(view, Pane::Form, v.loc.t("editor-view-form"));
            ui.selectable_value(view, Pane::Ron, v.loc.t("editor-view-ron"));
            if *view == Pane::Form {
                ui.label(
                    RichText::new(v.loc.t("editor-form-reformats"))
                        .small()
                        .color(palette.muted),
                );
            }
        });
        ui.separator();
        match t.editor.view {
            Pane::Form => form_view(ui, t, v),
            Pane::Ron => ron_view(ui, t, v),
        }
    });
}

fn shortcuts(ui: &mut Ui, t: &mut TrainerState, out: &mut Commands) {
    let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
    let save_key = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
    // Consumed before the text fields see them: undo is the document's, across fields.
    let (r, u, s) = ui.input_mut(|i| {
        let r = i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y);
        (r, i.consume_shortcut(&undo), i.consume_shortcut(&save_key))
    });
    if let Some(doc) = &mut t.doc {
        if u {
            doc.undo();
        }
        if r {
            doc.redo();
        }
    }
    if s {
        out.push(Command::Trainer(TrainerCommand::Save { choose: false }));
    }
}

fn toolbar(ui: &mut Ui, t: &mut TrainerState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    egui::Panel::top("editor-toolbar")
        .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(16, 6)))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let loc = v.loc;
                for lang in [Lang::En, Lang::Fi] {
                    let label = loc.ta(
                        "editor-new",
                        &[("lang", Arg::Str(loc.t(&format!("lang-native-{}", lang.id()))))],
                    );
                    if ui.button(label).clicked() {
                        out.push(Command::Trainer(TrainerCommand::New(lang)));
                    }
                }
                ui.separator();
                // Open a scenario of a user pack, or duplicate any scenario.
                let library = v.library;
                let shown = t
                    .editor
                    .source
                    .as_ref()
                    .and_then(|id| library.scenario(id))
                    .map_or_else(|| loc.t("editor-choose-scenario"), |l| l.scenario.title.clone());
                let combo_label = ui.label(loc.t("editor-source-label"));
                egui::ComboBox::from_id_salt("editor-source")
                    .selected_text(shown)
                    .width(260.0)
                    .show_ui(ui, |ui| {
                        // The trainer's own scenarios first: those are the ones edited most.
                        let mut list: Vec<&LoadedScenario> = library.scenarios.iter().collect();
                        list.sort_by_key(|l| !matches!(library.pack_of(l), PackSource::Dir(_)));
                        for l in list {
                            let own = matches!(library.pack_of(l), PackSource::Dir(_));
                            let label = if own {
                                format!("✏ {} ({})", l.scenario.title, l.scenario.id)
                            } else {
                                format!("{} ({})", l.scenario.title, l.scenario.id)
                            };
                            ui.selectable_value(&mut t.editor.source, Some(l.scenario.id.clone()), label);
                        }
                    })
                    .response
                    .labelled_by(combo_label.id);
                let picked = t.editor.source.as_ref().and_then(|id| library.scenario(id));
                let own = picked.is_some_and(|l| matches!(library.pack_of(l), PackSource::Dir(_)));
                if ui
                    .add_enabled(own, egui::Button::new(loc.t("editor-open")))
                    .on_disabled_hover_text(loc.t("editor-open-builtin"))
                    .clicked()
                    && let Some(l) = picked
                {
                    out.push(Command::Trainer(TrainerCommand::Open(l.scenario.id.clone())));
                }
                if ui
                    .add_enabled(picked.is_some(), egui::Button::new(loc.t("editor-duplicate")))
                    .clicked()
                    && let Some(l) = picked
                {
                    out.push(Command::Trainer(TrainerCommand::Duplicate(l.scenario.id.clone())));
                }
                let Some(doc) = &mut t.doc else { return };
                ui.separator();
                if ui
                    .add_enabled(doc.can_undo(), egui::Button::new(loc.t("editor-undo")))
                    .clicked()
                {
                    doc.undo();
                }
                if ui
                    .add_enabled(doc.can_redo(), egui::Button::new(loc.t("editor-redo")))
                    .clicked()
                {
                    doc.redo();
                }
                ui.separator();
                if ui.button(RichText::new(loc.t("editor-save")).strong()).clicked() {
                    out.push(Command::Trainer(TrainerCommand::Save { choose: false }));
                }
                if v.setup.dialogs && ui.button(loc.t("editor-save-to")).clicked() {
                    out.push(Command::Trainer(TrainerCommand::Save { choose: true }));
                }
                let status = if doc.is_dirty() {
                    RichText::new(loc.t("editor-unsaved")).color(palette.partial)
                } else {
                    RichText::new(loc.t("editor-saved")).color(palette.pass)
                };
                ui.label(status);
                ui.label(RichText::new(doc.display_name()).small().color(palette.muted));
            });
        });
}

/// The question asked when another scenario is opened over unsaved changes.
fn confirm_replace(ui: &mut Ui, t: &TrainerState, v: &View<'_>, out: &mut Commands) {
    if t.pending_open.is_none() {
        return;
    }
    let name = t.doc.as_ref().map(Document::display_name).unwrap_or_default();
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("editor-confirm-replace")).show(ui.ctx(), |ui| {
        ui.set_width(420.0);
        ui.label(RichText::new(v.loc.t("editor-replace-title")).strong().size(17.0));
        ui.label(v.loc.ta("editor-replace-body", &[("name", Arg::Str(name))]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(v.loc.t("editor-replace-save")).strong())
                .clicked()
            {
                choice = Some(ReplaceChoice::Save);
            }
            if ui.button(v.loc.t("editor-replace-discard")).clicked() {
                choice = Some(ReplaceChoice::Discard);
            }
            if ui.button(v.loc.t("editor-replace-stay")).clicked() {
                choice = Some(ReplaceChoice::Stay);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(ReplaceChoice::Stay);
    }
    if let Some(c) = choice {
        out.push(Command::Trainer(TrainerCommand::Replace(c)));
    }
}

/// The document as a loaded scenario, kept for its revision (hashing the text for every
/// frame would be waste).
fn loaded<'s>(t: &'s mut TrainerState, v: &View<'_>) -> Option<&'s LoadedScenario> {
    let doc = t.doc.as_ref()?;
    let rev = doc.revision();
    if t.editor.loaded.as_ref().is_none_or(|(r, _)| *r != rev) {
        t.editor.loaded = doc.as_loaded(v.library).map(|l| (rev, l));
    }
    t.editor.loaded.as_ref().map(|(_, l)| l)
}

fn side_panels(ui: &mut Ui, t: &mut TrainerState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    egui::Panel::left("editor-outline")
        .resizable(true)
        .default_size(210.0)
        .show(ui, |ui| {
            ui.label(RichText::new(v.loc.t("editor-outline")).strong());
            let Some(s) = t.doc.as_ref().and_then(Document::scenario) else {
                ui.label(RichText::new(v.loc.t("editor-outline-unparsed")).color(palette.muted));
                return;
            };
            let outline = outline::outline(s);
            let mut add = false;
            egui::ScrollArea::vertical().id_salt("outline").show(ui, |ui| {
                for st in &outline {
                    let kind = match st.kind {
                        TurnKind::Write => "✍",
                        TurnKind::Pick => "☑",
                        TurnKind::Act => "⚡",
                    };
                    let mut text = RichText::new(format!("{}{kind} {}", "  ".repeat(st.depth.unwrap_or(0)), st.id));
                    if !st.reachable {
                        text = text.color(palette.fail);
                    }
                    let r = ui.selectable_label(t.editor.step == st.index, text);
                    let r = if st.reachable {
                        r
                    } else {
                        r.on_hover_text(v.loc.t("editor-unreachable"))
                    };
                    if r.clicked() {
                        t.editor.step = st.index;
                        t.editor.view = Pane::Form;
                    }
                    for e in &st.edges {
                        let cond = ron::to_string(&e.when).unwrap_or_default();
                        let color = if e.exists { palette.muted } else { palette.fail };
                        ui.label(
                            RichText::new(format!(
                                "{}   ⤵ {cond} » {}",
                                "  ".repeat(st.depth.unwrap_or(0)),
                                e.goto
                            ))
                            .small()
                            .color(color),
                        );
                    }
                    if !st.reachable {
                        ui.label(RichText::new(v.loc.t("editor-unreachable")).small().color(palette.fail));
                    }
                }
                ui.add_space(6.0);
                add = ui.button(v.loc.t("editor-add-step")).clicked();
            });
            if add {
                add_step(t, ui);
            }
        });
    egui::Panel::right("editor-checks")
        .resizable(true)
        .default_size(380.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("checks").show(ui, |ui| {
                problems(ui, t, v);
                ui.separator();
                try_reply(ui, t, v, out);
            });
        });
}

fn add_step(t: &mut TrainerState, ui: &Ui) {
    let now = now_ms(ui);
    let Some(doc) = &mut t.doc else { return };
    let mut new_index = None;
    let result = doc.edit(crate::trainer::document::ADD_STEP, now, |s| {
        let Some(last) = s.steps.last().cloned() else { return };
        let mut step = last;
        let mut n = s.steps.len() + 1;
        while s.steps.iter().any(|x| x.id == format!("step-{n}")) {
            n += 1;
        }
        step.id = format!("step-{n}");
        step.next.clear();
        new_index = Some(s.steps.len());
        s.steps.push(step);
    });
    if let (Ok(true), Some(i)) = (result, new_index) {
        t.editor.step = i;
    }
}

fn problems(ui: &mut Ui, t: &mut TrainerState, v: &View<'_>) {
    let palette = v.palette;
    let Some(doc) = &t.doc else { return };
    let list = doc.problems();
    let errors = list.iter().filter(|d| d.is_error()).count();
    ui.label(RichText::new(v.loc.t("editor-problems")).strong());
    if list.is_empty() {
        ui.label(RichText::new(v.loc.t("editor-no-problems")).color(palette.pass));
        return;
    }
    ui.label(
        RichText::new(v.loc.ta("editor-problem-count", &[("count", Arg::Num(errors as f64))])).color(if errors > 0 {
            palette.fail
        } else {
            palette.partial
        }),
    );
    let mut go = None;
    for d in list {
        let color = if d.is_error() { palette.fail } else { palette.partial };
        let text = format!("{}:{}  {}", d.line, d.col, v.loc.msg(&d.msg));
        let r = ui
            .add(egui::Button::new(RichText::new(text).color(color)).wrap().frame(false))
            .on_hover_text(v.loc.t("editor-problem-go"));
        if r.clicked() {
            let step = doc
                .scenario()
                .and_then(|s| outline::step_at_line(s, doc.text(), d.line));
            go = Some((step, d.line, d.col));
        }
    }
    if let Some((step, line, col)) = go {
        if let Some(i) = step {
            t.editor.step = i;
        }
        t.editor.view = Pane::Ron;
        t.editor.goto = Some((line, col));
    }
}

fn try_reply(ui: &mut Ui, t: &mut TrainerState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    let loc = v.loc;
    ui.label(RichText::new(loc.t("editor-try")).strong());
    let Some(rev) = t.doc.as_ref().map(Document::revision) else {
        return;
    };
    let step_index = t.editor.step;
    let Some(loaded) = loaded(t, v).cloned() else {
        ui.label(RichText::new(loc.t("editor-outline-unparsed")).color(palette.muted));
        return;
    };
    let index = step_index.min(loaded.scenario.steps.len().saturating_sub(1));
    let Some(step) = loaded.scenario.steps.get(index) else {
        return;
    };
    ui.label(
        RichText::new(loc.ta("editor-try-step", &[("step", Arg::Str(step.id.clone()))]))
            .small()
            .color(palette.muted),
    );
    if ui.button(loc.t("editor-playtest")).clicked() {
        out.push(Command::Playtest(step.id.clone()));
    }
    if !matches!(step.turn, Turn::Write(_)) {
        ui.label(RichText::new(loc.t("editor-try-not-write")).color(palette.muted));
        return;
    }
    let label = ui.label(loc.t("editor-try-reply"));
    ui.add(
        egui::TextEdit::multiline(&mut t.editor.try_reply)
            .desired_rows(4)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let e = &mut t.editor;
    if e.try_reply.trim().is_empty() {
        return;
    }
    let fresh = matches!(&e.try_result, Some((d, s, r, _)) if *d == e.try_reply && *s == index && *r == rev);
    if !fresh {
        let instance = Instance::with_defaults(&loaded);
        let Some(result) = instance.scorer(v.library, step).map(|sc| sc.score(&e.try_reply)) else {
            ui.label(RichText::new(loc.t("editor-try-unscorable")).color(palette.fail));
            return;
        };
        e.try_result = Some((e.try_reply.clone(), index, rev, result));
    }
    let Some((draft, _, _, result)) = &e.try_result else {
        return;
    };
    let verdict = if result.passed {
        loc.ta("editor-try-passes", &[("total", Arg::Num(f64::from(result.total)))])
    } else {
        loc.ta("editor-try-fails", &[("total", Arg::Num(f64::from(result.total)))])
    };
    ui.label(
        RichText::new(verdict)
            .strong()
            .color(if result.passed { palette.pass } else { palette.fail }),
    );
    let selected = e.try_selected;
    let spans: Vec<(usize, usize)> = result
        .criteria
        .iter()
        .flat_map(|c| c.evidence.iter().map(|e| (e.start, e.end)))
        .collect();
    let strong: Vec<(usize, usize)> = selected
        .and_then(|i| result.criteria.get(i))
        .map(|c| c.evidence.iter().map(|e| (e.start, e.end)).collect())
        .unwrap_or_default();
    palette.card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        highlighted(ui, draft, &spans, &strong, palette);
    });
    let mut clicked = None;
    for (i, c) in result.criteria.iter().enumerate() {
        let name = crate::scoring::result::criterion_name(loc, c);
        let r = ui.add(egui::Button::selectable(
            selected == Some(i),
            RichText::new(format!("{} {name}", mark_symbol(c.result))).color(palette.mark(c.result)),
        ));
        if r.clicked() {
            clicked = Some(i);
        }
        ui.label(RichText::new(loc.msg(&c.message)).small());
    }
    if let Some(i) = clicked {
        e.try_selected = if selected == Some(i) { None } else { Some(i) };
    }
}

fn form_view(ui: &mut Ui, t: &mut TrainerState, v: &View<'_>) {
    let palette = v.palette;
    let Some(doc) = &t.doc else { return };
    let rev = doc.revision();
    // The forms edit a working copy taken when the document changed, not a clone per frame.
    if t.editor.scratch.as_ref().is_none_or(|(r, _)| *r != rev) {
        t.editor.scratch = doc.scenario().cloned().map(|s| (rev, s));
    }
    let Some((_, s)) = &mut t.editor.scratch else {
        ui.label(RichText::new(v.loc.t("editor-form-unparsed")).color(palette.fail));
        return;
    };
    let mut changed = false;
    let mut step_index = t.editor.step;
    egui::ScrollArea::vertical().id_salt("form").show(ui, |ui| {
        changed |= forms::scenario_fields(ui, s, v.library, v.loc);
        let ids: Vec<String> = s.steps.iter().map(|st| st.id.clone()).collect();
        let index = step_index.min(s.steps.len().saturating_sub(1));
        if let Some(step) = s.steps.get_mut(index) {
            ui.push_id(("step", index), |ui| {
                changed |= forms::step_fields(ui, step, &ids, v.library, v.loc);
            });
            if s.steps.len() > 1 && index > 0 && ui.button(v.loc.t("editor-remove-step")).clicked() {
                s.steps.remove(index);
                step_index = index - 1;
                changed = true;
            }
        }
        changed |= forms::examples(ui, s, v.loc);
    });
    t.editor.step = step_index;
    if changed {
        let field = ui.ctx().memory(|m| m.focused()).map_or(0, |id| id.value());
        let now = now_ms(ui);
        let edited = s.clone();
        if let Some(doc) = &mut t.doc {
            // Serialising the edited scenario cannot fail for a scenario that parsed; if it
            // ever does, the document keeps its text and the problem list says why.
            match doc.edit(field, now, |x| *x = edited) {
                Ok(_) => {}
                Err(e) => log::error!("form edit not applied: {e}"),
            }
            // The copy already holds the edit: keep it for the new revision.
            let rev = doc.revision();
            if let Some((r, _)) = &mut t.editor.scratch {
                *r = rev;
            }
        }
    }
}

fn ron_view(ui: &mut Ui, t: &mut TrainerState, v: &View<'_>) {
    let Some(doc) = &mut t.doc else { return };
    let mut text = doc.text().to_owned();
    let id = egui::Id::unique("editor-ron");
    if let Some((line, col)) = t.editor.goto.take() {
        let index = char_index(&text, line, col);
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(egui::text::CCursor::new(index))));
        state.store(ui.ctx(), id);
        ui.memory_mut(|m| m.request_focus(id));
    }
    let now = now_ms(ui);
    let label = ui.label(RichText::new(v.loc.t("editor-ron-label")).small());
    egui::ScrollArea::vertical().id_salt("ron").show(ui, |ui| {
        let r = ui
            .add(
                egui::TextEdit::multiline(&mut text)
                    .id(id)
                    .code_editor()
                    .desired_rows(30)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if r.changed() {
            doc.set_text(text, crate::trainer::document::RON_TEXT, now);
        }
    });
}

/// The character index of a 1-based line and column.
fn char_index(text: &str, line: usize, col: usize) -> usize {
    let mut chars = 0;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            return chars + (col.saturating_sub(1)).min(l.chars().count());
        }
        chars += l.chars().count() + 1;
    }
    chars
}
