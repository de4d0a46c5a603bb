//! The scenario editor: outline, forms or raw RON, live problems, try-a-reply, play-test.

use std::path::Path;

use egui::{Key, KeyboardShortcut, Modifiers, RichText, Ui};

use super::forms;
use crate::i18n::{Arg, Msg};
use crate::play::Instance;
use crate::scenario::library::user_packs_dir;
use crate::scenario::model::Turn;
use crate::scenario::pack::PackSource;
use crate::scoring::ScoreResult;
use crate::trainer::autosave;
use crate::trainer::document::Document;
use crate::trainer::outline::{self, TurnKind};
use crate::ui::app::{Command, Notice, SomeaspaApp};
use crate::ui::theme::Palette;
use crate::ui::widgets::{highlighted, mark_symbol};
use crate::vocab::Lang;

/// The folder inside the data folder where new scenarios are saved unless the trainer picks
/// another: a pack like any other, loaded at start.
pub const OWN_PACK: &str = "my-scenarios";

/// Undo coalescing key of the RON tab (form fields use their widget id).
const RON_FIELD: u64 = 1;

/// Form or raw text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
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
    pub view: View,
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
}

fn now_ms(ui: &Ui) -> u64 {
    (ui.input(|i| i.time) * 1000.0) as u64
}

/// Draws the editor tab.
pub fn show(ui: &mut Ui, app: &mut SomeaspaApp, dir: &Path, palette: &Palette) {
    shortcuts(ui, app, dir);
    toolbar(ui, app, dir, palette);
    confirm_replace(ui, app, dir);
    // Validate after every change; autosave a moment after the last one.
    if let Some(doc) = &mut app.trainer.doc {
        if app.trainer.editor.validated != Some(doc.revision()) {
            doc.validate(&app.library, &app.loc);
            app.trainer.editor.validated = Some(doc.revision());
        }
        match app.trainer.autosaver.tick(doc, now_ms(ui), dir) {
            Ok(_) => {}
            Err(e) => app.notices.push(Notice {
                msg: Msg::new("trainer-autosave-failed").with("error", e.to_string()),
                error: true,
            }),
        }
        if app.trainer.autosaver.pending(doc) {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(app.trainer.autosaver.delay_ms.max(50)));
        }
    }
    if app.trainer.doc.is_none() {
        crate::ui::widgets::page(ui, "editor-empty", 640.0, |ui| {
            crate::ui::widgets::empty_state(
                ui,
                &app.loc.t("editor-empty-title"),
                &app.loc.t("editor-empty"),
                palette,
            );
        });
        return;
    }
    side_panels(ui, app, palette);
    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal(|ui| {
            let v = &mut app.trainer.editor.view;
            ui.selectable_value(v, View::Form, app.loc.t("editor-view-form"));
            ui.selectable_value(v, View::Ron, app.loc.t("editor-view-ron"));
            if *v == View::Form {
                ui.label(
                    RichText::new(app.loc.t("editor-form-reformats"))
                        .small()
                        .color(palette.muted),
                );
            }
        });
        ui.separator();
        match app.trainer.editor.view {
            View::Form => form_view(ui, app, palette),
            View::Ron => ron_view(ui, app),
        }
    });
}

fn shortcuts(ui: &mut Ui, app: &mut SomeaspaApp, dir: &Path) {
    let undo = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
    let redo = KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    let redo_y = KeyboardShortcut::new(Modifiers::COMMAND, Key::Y);
    let save_key = KeyboardShortcut::new(Modifiers::COMMAND, Key::S);
    // Consumed before the text fields see them: undo is the document's, across fields.
    let (r, u, s) = ui.input_mut(|i| {
        let r = i.consume_shortcut(&redo) || i.consume_shortcut(&redo_y);
        (r, i.consume_shortcut(&undo), i.consume_shortcut(&save_key))
    });
    if let Some(doc) = &mut app.trainer.doc {
        if u {
            doc.undo();
        }
        if r {
            doc.redo();
        }
    }
    if s {
        save(app, dir, false);
    }
}

fn toolbar(ui: &mut Ui, app: &mut SomeaspaApp, dir: &Path, palette: &Palette) {
    egui::Panel::top("editor-toolbar")
        .frame(egui::Frame::new().inner_margin(egui::Margin::symmetric(16, 6)))
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let loc = &app.loc;
                for lang in [Lang::En, Lang::Fi] {
                    let label = loc.ta(
                        "editor-new",
                        &[("lang", Arg::Str(loc.t(&format!("lang-native-{}", lang.id()))))],
                    );
                    if ui.button(label).clicked() {
                        open_doc(app, Document::from_template(lang), dir);
                        return;
                    }
                }
                ui.separator();
                // Open a scenario of a user pack, or duplicate any scenario.
                let chosen = app.trainer.editor.source.clone();
                let shown = chosen
                    .as_ref()
                    .and_then(|id| app.library.scenario(id))
                    .map_or_else(|| loc.t("editor-choose-scenario"), |l| l.scenario.title.clone());
                let combo_label = ui.label(loc.t("editor-source-label"));
                egui::ComboBox::from_id_salt("editor-source")
                    .selected_text(shown)
                    .width(260.0)
                    .show_ui(ui, |ui| {
                        // The trainer's own scenarios first: those are the ones edited most.
                        let mut list: Vec<&crate::scenario::library::LoadedScenario> =
                            app.library.scenarios.iter().collect();
                        list.sort_by_key(|l| !matches!(app.library.pack_of(l), PackSource::Dir(_)));
                        for l in list {
                            let own = matches!(app.library.pack_of(l), PackSource::Dir(_));
                            let label = if own {
                                format!("✏ {} ({})", l.scenario.title, l.scenario.id)
                            } else {
                                format!("{} ({})", l.scenario.title, l.scenario.id)
                            };
                            ui.selectable_value(&mut app.trainer.editor.source, Some(l.scenario.id.clone()), label);
                        }
                    })
                    .response
                    .labelled_by(combo_label.id);
                let picked = chosen.as_ref().and_then(|id| app.library.scenario(id)).cloned();
                let own = picked
                    .as_ref()
                    .map(|l| app.library.pack_of(l).clone())
                    .filter(|p| matches!(p, PackSource::Dir(_)));
                if ui
                    .add_enabled(own.is_some(), egui::Button::new(loc.t("editor-open")))
                    .on_disabled_hover_text(loc.t("editor-open-builtin"))
                    .clicked()
                    && let (Some(l), Some(pack)) = (&picked, own)
                {
                    match Document::open(Path::new(&l.file), pack) {
                        Ok(doc) => open_doc(app, doc, dir),
                        Err(e) => app.notices.push(Notice {
                            msg: Msg::new("editor-open-failed").with("error", e.to_string()),
                            error: true,
                        }),
                    }
                    return;
                }
                if ui
                    .add_enabled(picked.is_some(), egui::Button::new(loc.t("editor-duplicate")))
                    .clicked()
                    && let Some(l) = &picked
                {
                    let mut id = format!("{}-copy", l.scenario.id);
                    let mut n = 2;
                    while app.library.scenario(&id).is_some() {
                        id = format!("{}-copy-{n}", l.scenario.id);
                        n += 1;
                    }
                    open_doc(app, Document::duplicate(l, &id), dir);
                    return;
                }
                let Some(doc) = &mut app.trainer.doc else { return };
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
                    save(app, dir, false);
                    return;
                }
                if app.setup.dialogs && ui.button(loc.t("editor-save-to")).clicked() {
                    save(app, dir, true);
                    return;
                }
                let Some(doc) = &app.trainer.doc else { return };
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

/// Opens `doc` in the editor; with unsaved changes in the open one, asks first (there is
/// one autosave slot, so silently switching would lose that work at the next autosave).
fn open_doc(app: &mut SomeaspaApp, doc: Document, dir: &Path) {
    if app.trainer.doc.as_ref().is_some_and(Document::has_unsaved_work) {
        app.trainer.pending_open = Some(doc);
        return;
    }
    replace_doc(app, doc, dir);
}

fn replace_doc(app: &mut SomeaspaApp, doc: Document, dir: &Path) {
    if let Err(e) = autosave::clear(dir) {
        log::warn!("could not remove the autosave: {e}");
    }
    app.trainer.doc = Some(doc);
    app.trainer.editor = EditorState::default();
    // Revisions count per document: a fresh autosaver does not mistake the new one's for the old.
    app.trainer.autosaver = autosave::Autosaver::new(app.trainer.autosaver.delay_ms);
}

/// The question asked when another scenario is opened over unsaved changes.
fn confirm_replace(ui: &mut Ui, app: &mut SomeaspaApp, dir: &Path) {
    if app.trainer.pending_open.is_none() {
        return;
    }
    let name = app.trainer.doc.as_ref().map(Document::display_name).unwrap_or_default();
    let (mut save_first, mut discard, mut stay) = (false, false, false);
    let modal = egui::Modal::new(egui::Id::unique("editor-confirm-replace")).show(ui.ctx(), |ui| {
        ui.set_width(420.0);
        ui.label(RichText::new(app.loc.t("editor-replace-title")).strong().size(17.0));
        ui.label(app.loc.ta("editor-replace-body", &[("name", Arg::Str(name))]));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            save_first = ui
                .button(RichText::new(app.loc.t("editor-replace-save")).strong())
                .clicked();
            discard = ui.button(app.loc.t("editor-replace-discard")).clicked();
            stay = ui.button(app.loc.t("editor-replace-stay")).clicked();
        });
    });
    if modal.should_close() {
        stay = true;
    }
    if save_first {
        save(app, dir, false);
        if app.trainer.doc.as_ref().is_some_and(Document::has_unsaved_work) {
            // Not saved (the notice says why): keep the work open.
            app.trainer.pending_open = None;
            return;
        }
        discard = true;
    }
    if discard && let Some(doc) = app.trainer.pending_open.take() {
        replace_doc(app, doc, dir);
    } else if stay {
        app.trainer.pending_open = None;
    }
}

/// Saves the document: into its file, or (first save) into the own pack of the data folder,
/// or into a folder the trainer picks.
fn save(app: &mut SomeaspaApp, dir: &Path, choose: bool) {
    let Some(doc) = &mut app.trainer.doc else { return };
    let result = if doc.path.is_some() && !choose {
        doc.save()
    } else {
        let pack_dir = if choose {
            match rfd::FileDialog::new().pick_folder() {
                Some(p) => p,
                None => return,
            }
        } else {
            user_packs_dir(dir).join(OWN_PACK)
        };
        match doc.default_file_in(&pack_dir) {
            Some(file) => {
                // A folder outside the data folder is remembered, so what is saved there
                // stays in the library after a reload and the next start.
                if !pack_dir.starts_with(user_packs_dir(dir)) && !app.settings.pack_folders.contains(&pack_dir) {
                    app.settings.pack_folders.push(pack_dir.clone());
                    app.save_settings();
                }
                let Some(doc) = &mut app.trainer.doc else { return };
                doc.pack = PackSource::Dir(pack_dir);
                doc.save_as(file)
            }
            None => {
                app.notices.push(Notice {
                    msg: Msg::new("editor-save-unparsed"),
                    error: true,
                });
                return;
            }
        }
    };
    match result {
        Ok(path) => {
            if let Err(e) = autosave::clear(dir) {
                log::warn!("could not remove the autosave: {e}");
            }
            app.notices.push(Notice {
                msg: Msg::new("editor-saved-to").with("path", path.display().to_string()),
                error: false,
            });
            app.commands.push(Command::ReloadLibrary);
            app.trainer.editor.validated = None;
        }
        Err(e) => app.notices.push(Notice {
            msg: Msg::new("editor-save-failed").with("error", e.to_string()),
            error: true,
        }),
    }
}

fn side_panels(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    egui::Panel::left("editor-outline")
        .resizable(true)
        .default_size(210.0)
        .show(ui, |ui| {
            ui.label(RichText::new(app.loc.t("editor-outline")).strong());
            let Some(s) = app.trainer.doc.as_ref().and_then(Document::scenario) else {
                ui.label(RichText::new(app.loc.t("editor-outline-unparsed")).color(palette.muted));
                return;
            };
            let outline = outline::outline(s);
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
                    let r = ui.selectable_label(app.trainer.editor.step == st.index, text);
                    let r = if st.reachable {
                        r
                    } else {
                        r.on_hover_text(app.loc.t("editor-unreachable"))
                    };
                    if r.clicked() {
                        app.trainer.editor.step = st.index;
                        app.trainer.editor.view = View::Form;
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
                        ui.label(
                            RichText::new(app.loc.t("editor-unreachable"))
                                .small()
                                .color(palette.fail),
                        );
                    }
                }
                ui.add_space(6.0);
                if ui.button(app.loc.t("editor-add-step")).clicked() {
                    add_step(app, ui);
                }
            });
        });
    egui::Panel::right("editor-checks")
        .resizable(true)
        .default_size(380.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().id_salt("checks").show(ui, |ui| {
                problems(ui, app, palette);
                ui.separator();
                try_reply(ui, app, palette);
            });
        });
}

fn add_step(app: &mut SomeaspaApp, ui: &Ui) {
    let now = now_ms(ui);
    let Some(doc) = &mut app.trainer.doc else { return };
    let mut new_index = None;
    let result = doc.edit(u64::MAX - 1, now, |s| {
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
        app.trainer.editor.step = i;
    }
}

fn problems(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    let Some(doc) = &app.trainer.doc else { return };
    let list = doc.problems().to_vec();
    let errors = list.iter().filter(|d| d.is_error()).count();
    ui.label(RichText::new(app.loc.t("editor-problems")).strong());
    if list.is_empty() {
        ui.label(RichText::new(app.loc.t("editor-no-problems")).color(palette.pass));
        return;
    }
    ui.label(
        RichText::new(
            app.loc
                .ta("editor-problem-count", &[("count", Arg::Num(errors as f64))]),
        )
        .color(if errors > 0 { palette.fail } else { palette.partial }),
    );
    for d in &list {
        let color = if d.is_error() { palette.fail } else { palette.partial };
        let text = format!("{}:{}  {}", d.line, d.col, app.loc.msg(&d.msg));
        let r = ui
            .add(egui::Button::new(RichText::new(text).color(color)).wrap().frame(false))
            .on_hover_text(app.loc.t("editor-problem-go"));
        if r.clicked() {
            let step = doc
                .scenario()
                .and_then(|s| outline::step_at_line(s, doc.text(), d.line));
            if let Some(i) = step {
                app.trainer.editor.step = i;
            }
            app.trainer.editor.view = View::Ron;
            app.trainer.editor.goto = Some((d.line, d.col));
        }
    }
}

fn try_reply(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    let loc = &app.loc;
    ui.label(RichText::new(loc.t("editor-try")).strong());
    let Some(doc) = &app.trainer.doc else { return };
    let Some(loaded) = doc.as_loaded(&app.library) else {
        ui.label(RichText::new(loc.t("editor-outline-unparsed")).color(palette.muted));
        return;
    };
    let index = app
        .trainer
        .editor
        .step
        .min(loaded.scenario.steps.len().saturating_sub(1));
    let Some(step) = loaded.scenario.steps.get(index).cloned() else {
        return;
    };
    ui.label(
        RichText::new(loc.ta("editor-try-step", &[("step", Arg::Str(step.id.clone()))]))
            .small()
            .color(palette.muted),
    );
    if ui.button(loc.t("editor-playtest")).clicked() {
        app.commands.push(Command::Playtest(step.id.clone()));
    }
    if !matches!(step.turn, Turn::Write(_)) {
        ui.label(RichText::new(loc.t("editor-try-not-write")).color(palette.muted));
        return;
    }
    let label = ui.label(loc.t("editor-try-reply"));
    ui.add(
        egui::TextEdit::multiline(&mut app.trainer.editor.try_reply)
            .desired_rows(4)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let draft = app.trainer.editor.try_reply.clone();
    if draft.trim().is_empty() {
        return;
    }
    let fresh = matches!(&app.trainer.editor.try_result, Some((d, s, r, _)) if *d == draft && *s == index && *r == doc.revision());
    if !fresh {
        let instance = Instance::with_defaults(&loaded);
        let Some(result) = instance.scorer(&app.library, &step).map(|sc| sc.score(&draft)) else {
            ui.label(RichText::new(loc.t("editor-try-unscorable")).color(palette.fail));
            return;
        };
        app.trainer.editor.try_result = Some((draft.clone(), index, doc.revision(), result));
    }
    let Some((_, _, _, result)) = &app.trainer.editor.try_result else {
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
    let selected = app.trainer.editor.try_selected;
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
        highlighted(ui, &draft, &spans, &strong, palette);
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
        app.trainer.editor.try_selected = if selected == Some(i) { None } else { Some(i) };
    }
}

fn form_view(ui: &mut Ui, app: &mut SomeaspaApp, palette: &Palette) {
    let Some(doc) = &app.trainer.doc else { return };
    let Some(mut s) = doc.scenario().cloned() else {
        ui.label(RichText::new(app.loc.t("editor-form-unparsed")).color(palette.fail));
        return;
    };
    let mut changed = false;
    egui::ScrollArea::vertical().id_salt("form").show(ui, |ui| {
        changed |= forms::scenario_fields(ui, &mut s, &app.library, &app.loc);
        let ids: Vec<String> = s.steps.iter().map(|st| st.id.clone()).collect();
        let index = app.trainer.editor.step.min(s.steps.len().saturating_sub(1));
        if let Some(step) = s.steps.get_mut(index) {
            ui.push_id(("step", index), |ui| {
                changed |= forms::step_fields(ui, step, &ids, &app.library, &app.loc);
            });
            if s.steps.len() > 1 && index > 0 && ui.button(app.loc.t("editor-remove-step")).clicked() {
                s.steps.remove(index);
                app.trainer.editor.step = index - 1;
                changed = true;
            }
        }
        changed |= forms::examples(ui, &mut s, &app.loc);
    });
    if changed {
        let field = ui.ctx().memory(|m| m.focused()).map_or(0, |id| id.value());
        let now = now_ms(ui);
        if let Some(doc) = &mut app.trainer.doc
            && let Err(e) = doc.edit(field, now, |x| *x = s)
        {
            app.notices.push(Notice {
                msg: Msg::new("editor-save-failed").with("error", e.to_string()),
                error: true,
            });
        }
    }
}

fn ron_view(ui: &mut Ui, app: &mut SomeaspaApp) {
    let Some(doc) = &mut app.trainer.doc else { return };
    let mut text = doc.text().to_owned();
    let id = egui::Id::unique("editor-ron");
    if let Some((line, col)) = app.trainer.editor.goto.take() {
        let index = char_index(&text, line, col);
        let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(egui::text::CCursor::new(index))));
        state.store(ui.ctx(), id);
        ui.memory_mut(|m| m.request_focus(id));
    }
    let now = now_ms(ui);
    let label = ui.label(RichText::new(app.loc.t("editor-ron-label")).small());
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
            doc.set_text(text, RON_FIELD, now);
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
