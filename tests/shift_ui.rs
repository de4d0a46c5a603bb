//! Shift mode's screen driven headless with egui_kittest: start a shift, pick a post, reply,
//! see it leave the queue, end the shift and read the report.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]

use std::time::Duration;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use someaspa::scenario::Turn;
use someaspa::shift::{PlannedPost, Shift, ShiftConfig, ShiftLevel, ShiftSpec};
use someaspa::ui::Screen;
use someaspa::ui::{Setup, SomeaspaApp};
use someaspa::vocab::Lang;

fn harness(dir: &std::path::Path, lang: Lang) -> Harness<'static, SomeaspaApp> {
    let setup = Setup {
        data_dir: Some(dir.to_path_buf()),
        extra_packs: Vec::new(),
        lang: Some(lang),
        typing_delay: Duration::ZERO,
        dialogs: false,
        autosave_delay: std::time::Duration::ZERO,
    };
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(12)
        .build_eframe(move |cc| SomeaspaApp::new(&cc.egui_ctx, setup))
}

/// Moves the running shift's clock on.
fn advance(h: &mut Harness<'static, SomeaspaApp>, ms: u64) {
    h.state_mut().screens.shift.running.as_mut().unwrap().skew_ms += ms;
    h.run();
}

/// The start of a queue row's accessible name: "customer: first line of the post" (then the
/// urgency and the waiting time).
fn row_label(h: &Harness<'static, SomeaspaApp>, index: usize) -> String {
    let post = &h.state().screens.shift.running.as_ref().unwrap().shift.posts[index];
    let text = &post.step().unwrap().message.text;
    format!("{}: {}", post.scenario().persona.name, text.lines().next().unwrap())
}

#[test]
fn start_a_shift_pick_a_post_reply_and_see_it_leave_the_queue() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    h.get_by_label("Shift").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Shift);
    h.get_by_label("20 min").click();
    h.get_by_label("Crisis").click();
    h.get_by_label("A random shift").click();
    h.run();
    h.get_by_label("Start the shift").click();
    h.run();
    let spec = h.state().screens.shift.running.as_ref().unwrap().shift.spec;
    assert_eq!(
        (spec.minutes, spec.level.id(), spec.daily, spec.lang),
        (20, "crisis", false, Lang::En)
    );
    h.get_by_label_contains("left");

    // Eight minutes in, the queue is full; open a post that takes a written reply.
    advance(&mut h, 8 * 60_000);
    let (index, answer) = {
        let r = h.state().screens.shift.running.as_ref().unwrap();
        let queue = r.shift.queue(r.now_ms());
        assert!(queue.len() > 3, "a crisis shift fills the queue: {queue:?}");
        queue
            .iter()
            .find_map(|&i| match &r.shift.posts[i].step().unwrap().turn {
                Turn::Write(w) => Some((i, w.model_answers[0].clone())),
                _ => None,
            })
            .expect("a post to write to")
    };
    let label = row_label(&h, index);
    h.get_by_label_contains(&label).click();
    h.run();
    assert_eq!(h.state().screens.shift.running.as_ref().unwrap().selected, Some(index));
    // The row says how urgent the post is and how long it has waited.
    let row = h.get_by_label_contains(&label).accesskit_node().label().unwrap();
    assert!(row.contains(" · Waiting "), "{row}");

    h.get_by_label("Your reply").focus();
    h.run();
    h.get_by_label("Your reply").type_text(&answer);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run();
    let r = h.state().screens.shift.running.as_ref().unwrap();
    let post = &r.shift.posts[index];
    assert!(post.handled_at.is_some(), "the reply was sent");
    assert_eq!(post.record().unwrap().answer, someaspa::play::Answer::Text(answer));
    assert!(!r.shift.queue(r.now_ms()).contains(&index), "it left the queue");
    assert!(h.query_by_label_contains(&label).is_none(), "its row is gone");
    assert_ne!(r.selected, Some(index), "the next post opens");
    h.get_by_label_contains("Last:");
    // The reply is in the progress store at once, before the shift ends.
    let kept = h
        .state()
        .res
        .store
        .as_ref()
        .unwrap()
        .summaries(&h.state().res.settings.profile)
        .unwrap();
    assert_eq!(kept.len(), 1, "the answered post, kept the moment it was answered");

    // End early; the report explains the speed score, and the attempts are kept.
    h.get_by_label("End shift").click();
    h.run();
    h.get_by_label("End now").click();
    h.run();
    assert!(h.state().screens.shift.running.is_none());
    h.get_by_label("Shift report");
    h.get_by_label_contains("Prioritisation");
    assert!(
        h.query_all_by_label_contains("Response time").count() >= 2,
        "a part and a column"
    );
    let report = &h.state().screens.shift.finished.as_ref().unwrap().report;
    assert_eq!(report.order, [index]);
    let store = h.state().res.store.as_ref().unwrap();
    let kept = store.summaries(&h.state().res.settings.profile).unwrap();
    assert_eq!(kept.len(), 2, "the post and the shift");
    assert!(kept.iter().any(|s| s.scenario == "shift-crisis-20"));
    h.get_by_label("New shift").click();
    h.run();
    h.get_by_label("Start the shift");
}

#[test]
fn the_queue_moves_with_the_keyboard_and_the_shift_ends_on_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::Fi);
    h.get_by_label("Vuoro").click();
    h.run();
    h.get_by_label("Aloita vuoro").click();
    h.run();
    advance(&mut h, 6 * 60_000);
    let queue = {
        let r = h.state().screens.shift.running.as_ref().unwrap();
        r.shift.queue(r.now_ms())
    };
    assert!(queue.len() >= 2, "{queue:?}");
    h.key_press(Key::J);
    h.run();
    assert_eq!(
        h.state().screens.shift.running.as_ref().unwrap().selected,
        Some(queue[0])
    );
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(
        h.state().screens.shift.running.as_ref().unwrap().selected,
        Some(queue[1])
    );
    h.key_press(Key::K);
    h.run();
    assert_eq!(
        h.state().screens.shift.running.as_ref().unwrap().selected,
        Some(queue[0])
    );
    // The queue is virtualised: only the rows on screen exist, and the window fits eight.
    let rows = h.query_all_by_label_contains("Odottanut").count();
    assert!(
        rows >= queue.len().min(8),
        "every row says how long: {rows} of {}",
        queue.len()
    );
    // The shift ends by itself when its time is up, and the report is in Finnish.
    advance(&mut h, 10 * 60_000);
    assert!(h.state().screens.shift.running.is_none());
    h.get_by_label("Vuoron raportti");
    h.get_by_label_contains("Tärkeysjärjestys");
}

#[test]
fn an_action_turn_is_one_click_and_trolls_can_be_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    h.get_by_label("Shift").click();
    h.run();
    let lib = &h.state().res.library;
    let plan = [
        ("telecom-troll-x-en", 0u64, 5u64),
        ("shop-abusive-comment-fb-en", 1000, 6),
    ]
    .map(|(scenario, arrival_ms, seed)| PlannedPost {
        scenario: scenario.to_owned(),
        arrival_ms,
        seed,
    });
    let spec = ShiftSpec {
        lang: Lang::En,
        level: ShiftLevel::Calm,
        minutes: 10,
        seed: 1,
        daily: false,
    };
    let shift = Shift::from_plan(lib, spec, ShiftConfig::builtin().unwrap().clone(), &plan).unwrap();
    h.state_mut().screens.shift.begin(shift);
    advance(&mut h, 30_000);
    let threat = row_label(&h, 1);
    h.get_by_label_contains(&threat).click();
    h.run();
    h.get_by_label_contains("Leaving a post alone");
    h.get_by_label_contains("Hide the post").click();
    h.run();
    let r = h.state().screens.shift.running.as_ref().unwrap();
    assert_eq!(
        r.shift.posts[1].record().unwrap().answer,
        someaspa::play::Answer::Action(someaspa::vocab::Action::Hide)
    );
    assert_eq!(r.shift.queue(r.now_ms()), [0], "only the troll is left");
    // Leave the troll alone until the end: the right call for a provocation.
    advance(&mut h, 10 * 60_000);
    let report = &h.state().screens.shift.finished.as_ref().unwrap().report;
    assert_eq!((report.trolls.right, report.trolls.total), (2, 2));
    h.get_by_label("trolls 2/2 right");
    h.get_by_label("Left alone");
}

/// Issue 14 (audit #8): a shift used to end and be kept only while its screen was drawn,
/// so a trainee who went to another screen lost it. Now its time running out on any screen
/// ends it, keeps it, and Progress lists it.
#[test]
fn a_shift_whose_time_runs_out_on_another_screen_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    h.get_by_label("Shift").click();
    h.run();
    h.get_by_label("10 min").click();
    h.get_by_label("A random shift").click();
    h.run();
    h.get_by_label("Start the shift").click();
    h.run();
    assert!(h.state().screens.shift.running.is_some());
    // Away to the home screen, and the shift's time runs out there.
    h.get_by_label("Home").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Home);
    h.state_mut().screens.shift.running.as_mut().unwrap().skew_ms += 11 * 60_000;
    h.run();
    assert!(h.state().screens.shift.running.is_none(), "the shift ended off screen");
    h.get_by_label("Progress").click();
    h.run();
    h.get_by_label_contains("hift ·");
}

/// Closing the window mid-shift ends the shift and keeps it.
#[test]
fn closing_the_window_mid_shift_keeps_the_shift() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut h = harness(dir.path(), Lang::En);
        h.get_by_label("Shift").click();
        h.run();
        h.get_by_label("10 min").click();
        h.get_by_label("Start the shift").click();
        h.run();
        h.state_mut().screens.shift.running.as_mut().unwrap().skew_ms += 60_000;
        h.run();
        eframe::App::on_exit(h.state_mut(), None);
    }
    let mut h = harness(dir.path(), Lang::En);
    h.get_by_label("Progress").click();
    h.run();
    h.get_by_label_contains("hift ·");
}
