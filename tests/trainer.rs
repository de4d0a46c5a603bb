//! The trainer area driven headless with egui_kittest: the PIN gate, the scenario editor
//! (template, live problems, save, reopen, play), undo/redo, try-a-reply, review overrides
//! seen by the trainee, and unsaved work offered back after the process is killed.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use someaspa::scoring::Mark;
use someaspa::trainer::pin;
use someaspa::ui::Screen;
use someaspa::ui::SomeaspaApp;
use someaspa::vocab::Lang;

mod common;
use common::{harness, open, type_into, write_reply};

const PIN: &str = "2468";

/// Opens the trainer area, setting the PIN on first use.
fn unlock(h: &mut Harness<'static, SomeaspaApp>, dir: &std::path::Path) {
    let first = !pin::is_set(dir);
    h.get_by_label("Trainer").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Trainer);
    type_into(h, "PIN", PIN);
    if first {
        type_into(h, "PIN again", PIN);
        h.get_by_label("Set PIN and continue").click();
    } else {
        h.get_by_label("Open").click();
    }
    h.run();
    assert!(h.state().screens.trainer.unlocked);
}

fn title(h: &Harness<'static, SomeaspaApp>) -> String {
    h.state()
        .screens
        .trainer
        .doc
        .as_ref()
        .unwrap()
        .scenario()
        .unwrap()
        .title
        .clone()
}

#[test]
fn the_pin_gate_keeps_the_trainer_area_closed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    h.get_by_label("Trainer").click();
    h.run();
    h.get_by_label("Set a trainer PIN");
    // A weak PIN is refused with the reason.
    type_into(&mut h, "PIN", "12");
    type_into(&mut h, "PIN again", "12");
    h.get_by_label("Set PIN and continue").click();
    h.run();
    assert!(!h.state().screens.trainer.unlocked);
    h.get_by_label_contains("at least 4 digits");
    assert!(!pin::is_set(dir.path()));

    unlock(&mut h, dir.path());
    let stored = std::fs::read_to_string(pin::pin_path(dir.path())).unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains(PIN));
    h.get_by_label("Lock trainer area").click();
    h.run();
    assert!(!h.state().screens.trainer.unlocked);

    // Next time the PIN is asked for; a wrong one is refused.
    h.get_by_label("Trainer").click();
    h.run();
    h.get_by_label("Enter the trainer PIN.");
    type_into(&mut h, "PIN", "1357");
    h.get_by_label("Open").click();
    h.run();
    assert!(!h.state().screens.trainer.unlocked);
    h.get_by_label("That PIN is not right.");
    unlock(&mut h, dir.path());
}

#[test]
fn a_scenario_from_the_template_is_fixed_saved_reopened_and_played() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    unlock(&mut h, dir.path());
    h.get_by_label("New (English)").click();
    h.run();
    // The template leaves the brand to choose; the editor says so, with the brands loaded.
    h.get_by_label_contains("unknown brand \"\"");
    assert!(h.state().screens.trainer.doc.as_ref().unwrap().has_errors());
    h.get_by_role_and_label(egui::Role::ComboBox, "Brand").click();
    h.run();
    h.get_by_label("Kauppakassi").click();
    h.run();
    h.get_by_label_contains("No problems");
    assert!(!h.state().screens.trainer.doc.as_ref().unwrap().has_errors());

    h.get_by_label("Save").click();
    h.run();
    let file = dir.path().join("packs/my-scenarios/en/new-scenario-en.ron");
    assert!(file.is_file());
    assert!(
        h.state().res.library.scenario("new-scenario-en").is_some(),
        "the library is read again"
    );

    // Reopen in a fresh app, as on another day.
    drop(h);
    let mut h = harness(dir.path(), Lang::En);
    unlock(&mut h, dir.path());
    h.get_by_role_and_label(egui::Role::ComboBox, "Library").click();
    h.run();
    h.get_by_label("✏ New scenario (new-scenario-en)").click();
    h.run();
    h.get_by_label("Open").click();
    h.run();
    let doc = h.state().screens.trainer.doc.as_ref().unwrap_or_else(|| {
        panic!(
            "{:?} {:?}",
            h.state().res.notices,
            h.state().screens.trainer.editor.source
        )
    });
    assert_eq!(doc.path.as_deref(), Some(file.as_path()));
    assert_eq!(doc.scenario().unwrap().brand, "kauppakassi");
    assert!(!doc.is_dirty());

    // And a trainee plays it like any other scenario.
    open(&mut h, "New scenario");
    let name = h.state().screens.play.as_ref().unwrap().session.instance.values["first"].clone();
    write_reply(
        &mut h,
        &format!(
            "Hi {name}, I'm sorry your order is late. Please send us a private message with your order number and I'll check it right away."
        ),
    );
    assert_eq!(h.state().screen(), Screen::Feedback);
    assert!(h.state().screens.feedback.as_ref().unwrap().attempt.passed);
}

#[test]
fn undo_and_redo_across_form_edits() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    unlock(&mut h, dir.path());
    h.get_by_label("New (English)").click();
    h.run();
    assert_eq!(title(&h), "New scenario");
    type_into(&mut h, "Title", " about a late order");
    let edited = title(&h);
    assert_ne!(edited, "New scenario");
    assert!(edited.contains("about a late order"));
    h.get_by_label("↩ Undo").click();
    h.run();
    assert_eq!(title(&h), "New scenario");
    h.get_by_label("↪ Redo").click();
    h.run();
    assert_eq!(title(&h), edited);
    // The keyboard works as well, and the RON text follows the form.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(title(&h), "New scenario");
    assert!(
        h.state()
            .screens
            .trainer
            .doc
            .as_ref()
            .unwrap()
            .text()
            .contains("title: \"New scenario\"")
    );
}

#[test]
fn opening_another_scenario_over_unsaved_work_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    unlock(&mut h, dir.path());
    h.get_by_label("New (English)").click();
    h.run();
    // An untouched template is simply replaced.
    h.get_by_label("New (Suomi)").click();
    h.run();
    assert!(h.query_by_label("Save your changes first?").is_none());
    assert_eq!(title(&h), "Uusi skenaario");
    type_into(&mut h, "Title", " myöhästyneestä tilauksesta");
    let edited = title(&h);

    // Keep editing: nothing changes.
    h.get_by_label("New (English)").click();
    h.run();
    h.get_by_label("Save your changes first?");
    h.get_by_label("Keep editing").click();
    h.run();
    assert_eq!(title(&h), edited);

    // Discard: the new one opens.
    h.get_by_label("New (English)").click();
    h.run();
    h.get_by_label("Discard changes").click();
    h.run();
    assert_eq!(title(&h), "New scenario");

    // Save and open: the work is saved into the own pack, then the new one opens.
    type_into(&mut h, "Title", " about a parcel");
    h.get_by_label("New (Suomi)").click();
    h.run();
    h.get_by_label("Save and open").click();
    h.run();
    assert_eq!(title(&h), "Uusi skenaario");
    fn texts(dir: &std::path::Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().is_dir() {
                texts(&e.path(), out);
            } else {
                out.push(std::fs::read_to_string(e.path()).unwrap_or_default());
            }
        }
    }
    let mut saved = Vec::new();
    texts(&dir.path().join("packs/my-scenarios"), &mut saved);
    assert!(saved.iter().any(|t| t.contains("about a parcel")), "{saved:?}");
}

#[test]
fn try_a_reply_scores_the_draft_live() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    unlock(&mut h, dir.path());
    h.get_by_role_and_label(egui::Role::ComboBox, "Library").click();
    h.run();
    h.get_by_label("Stuck on a late train (rail-delay-x-en)").scroll_to_me();
    h.run();
    h.get_by_label("Stuck on a late train (rail-delay-x-en)").click();
    h.run();
    h.get_by_label("Duplicate").click();
    h.run();
    assert_eq!(
        h.state().screens.trainer.doc.as_ref().unwrap().scenario().unwrap().id,
        "rail-delay-x-en-copy"
    );
    type_into(&mut h, "Draft reply", "Calm down, trains are late sometimes.");
    let (_, _, _, result) = h.state().screens.trainer.editor.try_result.clone().unwrap();
    assert!(!result.passed);
    assert_eq!(result.criterion("no-forbidden").unwrap().result, Mark::Fail);
    h.get_by_label_contains("Does not pass");
    h.get_by_label_contains("No forbidden phrases").scroll_to_me();
    h.run();
    h.get_by_label_contains("No forbidden phrases").click();
    h.run();
    assert!(h.state().screens.trainer.editor.try_selected.is_some());

    // Play-test from the second step: played like a scenario, not recorded.
    h.get_by_label_contains("✍ angrier").click();
    h.run();
    h.get_by_label("▶ Play-test from this step").scroll_to_me();
    h.run();
    h.get_by_label("▶ Play-test from this step").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Play);
    let step = h
        .state()
        .screens
        .play
        .as_ref()
        .unwrap()
        .session
        .current_step()
        .unwrap()
        .id
        .clone();
    assert_eq!(step, "angrier");
    write_reply(
        &mut h,
        "I'm so sorry, that's awful. DM us your ticket details and I'll sort out compensation. ^AK",
    );
    assert_eq!(h.state().screen(), Screen::Feedback);
    h.get_by_label("Play-test: not recorded.");
    let profile = h.state().res.settings.profile.clone();
    assert!(
        h.state()
            .res
            .store
            .as_ref()
            .unwrap()
            .summaries(&profile)
            .unwrap()
            .is_empty()
    );
    h.get_by_label("Back to the editor").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Trainer);
}

#[test]
fn a_trainers_override_and_comment_reach_the_trainee() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    open(&mut h, "Praise for a fast delivery");
    write_reply(&mut h, "Thanks!");
    let attempt = h.state().screens.feedback.as_ref().unwrap().stored.unwrap();

    unlock(&mut h, dir.path());
    h.get_by_label("Review").click();
    h.run();
    h.get_by_label("Praise for a fast delivery").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Attempt);
    let first_review = h.query_all_by_label("Review…").next().unwrap();
    first_review.click();
    h.run();
    h.get_by_label("✔ pass").click();
    type_into(
        &mut h,
        "Comment for the trainee",
        "Short, but warm enough for Instagram.",
    );
    h.get_by_label("Save review").click();
    h.run();
    let a = h.state().res.store.as_ref().unwrap().attempt(attempt).unwrap().unwrap();
    let o = a.steps[0].overrides.iter().find_map(Clone::clone).unwrap();
    assert_eq!(o.result, Mark::Pass);
    assert_eq!(o.comment, "Short, but warm enough for Instagram.");

    // The trainee, with the trainer area locked, sees the mark and the comment.
    h.get_by_label("Trainer").click();
    h.run();
    h.get_by_label("Lock trainer area").click();
    h.run();
    h.get_by_label("Progress").click();
    h.run();
    h.get_by_label("Praise for a fast delivery").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Attempt);
    h.get_by_label_contains("Short, but warm enough for Instagram.");
    assert!(
        h.query_all_by_label("Review…").next().is_none(),
        "no override controls for the trainee"
    );
    // Calibration counts the disagreement.
    unlock(&mut h, dir.path());
    h.get_by_label("Calibration").click();
    h.run();
    h.get_by_label_contains("0 % agreement");
    // The disagreement is listed with the trainee's reply, the trainer's comment and a link
    // back to the attempt.
    h.get_by_label("“Thanks!”");
    h.get_by_label("Short, but warm enough for Instagram.");
    h.get_by_label("Praise for a fast delivery").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Attempt);
}

// ---- crash recovery ----

const CHILD_ENV: &str = "SOMEASPA_EDITOR_CHILD_DIR";

/// Not a test: the child process of the test below, which runs it with `--ignored`. It
/// edits a new scenario until it is autosaved, then waits to be killed.
#[test]
#[ignore = "entry point of the child process of unsaved_editor_work_is_offered_back_after_the_process_is_killed"]
fn editor_child_waits_to_be_killed() {
    let Ok(dir) = std::env::var(CHILD_ENV) else { return };
    let dir = std::path::PathBuf::from(dir);
    let mut h = harness(&dir, Lang::En);
    unlock(&mut h, &dir);
    h.get_by_label("New (English)").click();
    h.run();
    type_into(&mut h, "Title", " that must survive");
    for _ in 0..50 {
        if someaspa::trainer::autosave::file(&dir).is_file() {
            println!("autosaved");
            break;
        }
        h.run();
    }
    loop {
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn unsaved_editor_work_is_offered_back_after_the_process_is_killed() {
    let dir = tempfile::tempdir().unwrap();
    pin::set(dir.path(), PIN, PIN).unwrap();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "editor_child_waits_to_be_killed",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    // Lines are read on a thread, so a child that prints nothing cannot hang the test: it
    // is killed after the deadline either way.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for l in BufReader::new(stdout).lines().map_while(Result::ok) {
            if l.contains("autosaved") {
                let _ = tx.send(());
                return;
            }
        }
    });
    let saved = rx.recv_timeout(Duration::from_secs(120)).is_ok();
    child.kill().unwrap(); // SIGKILL on Unix: no chance to clean up.
    child.wait().unwrap();
    assert!(saved, "the child never autosaved");

    let mut h = harness(dir.path(), Lang::En);
    unlock(&mut h, dir.path());
    h.get_by_label_contains("Unsaved work from");
    h.get_by_label("Restore it").click();
    h.run();
    let doc = h.state().screens.trainer.doc.as_ref().unwrap();
    assert!(doc.scenario().unwrap().title.contains("that must survive"));
    assert!(
        doc.is_dirty(),
        "restored work is still unsaved until the trainer saves it"
    );
}

#[test]
fn a_duplicated_built_in_scenario_saved_into_a_pack_loads_with_its_images() {
    use someaspa::scenario::Library;
    use someaspa::scenario::pack::PackSource;
    use someaspa::trainer::document::Document;
    let lib = Library::load(&[PackSource::BuiltIn]);
    // One with a persona picture, a photo and meme cards.
    let original = lib.scenario("shop-meme-reply-x-en").unwrap();
    let mut doc = Document::duplicate(original, "shop-meme-reply-x-en-copy");
    let pack = tempfile::tempdir().unwrap();
    let file = doc.default_file_in(pack.path()).unwrap();
    doc.pack = PackSource::Dir(pack.path().to_path_buf());
    doc.save_as(file).unwrap();
    assert!(!pack.path().join("images").exists(), "no images were copied");
    let both = Library::load(&[PackSource::BuiltIn, PackSource::Dir(pack.path().to_path_buf())]);
    let errors: Vec<_> = both.problems.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let copy = both.scenario("shop-meme-reply-x-en-copy").expect("the copy loads");
    let pack_source = both.pack_of(copy).clone();
    assert!(matches!(pack_source, PackSource::Dir(_)));
    // Its pictures come from the built-in library.
    for path in copy
        .scenario
        .persona
        .avatar
        .iter()
        .map(String::as_str)
        .chain(["memes/clown.png"])
    {
        assert!(pack_source.image(path).is_ok(), "{path}");
    }
    assert!(pack_source.image("memes/no-such-meme.png").is_err());
}
