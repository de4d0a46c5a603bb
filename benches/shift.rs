//! Shift mode (goals, release build): one frame of the inbox with 200 queued posts < 4 ms,
//! measured as an egui_kittest step of the whole app (top bar, clock, virtualised queue, the
//! open post and its reply editor); also drawing a 20-minute crisis shift and its report.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benches fail loudly on purpose")]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use someaspa::play::Answer;
use someaspa::scenario::Library;
use someaspa::scenario::pack::PackSource;
use someaspa::shift::{PlannedPost, Shift, ShiftConfig, ShiftLevel, ShiftSpec};
use someaspa::ui::Screen;
use someaspa::ui::{Setup, SomeaspaApp};
use someaspa::vocab::Lang;

fn spec(level: ShiftLevel) -> ShiftSpec {
    ShiftSpec {
        lang: Lang::En,
        level,
        minutes: 20,
        seed: 2026,
        daily: false,
    }
}

/// 200 posts, one a second, cycling through the English scenarios.
fn big_shift(lib: &Library) -> Shift {
    let ids: Vec<&str> = lib
        .scenarios
        .iter()
        .filter(|s| s.scenario.lang == Lang::En)
        .map(|s| s.scenario.id.as_str())
        .collect();
    let plan: Vec<PlannedPost> = (0..200u64)
        .map(|i| PlannedPost {
            scenario: ids[usize::try_from(i).unwrap() % ids.len()].to_owned(),
            arrival_ms: i * 1000,
            seed: i,
        })
        .collect();
    Shift::from_plan(
        lib,
        spec(ShiftLevel::Crisis),
        ShiftConfig::builtin().unwrap().clone(),
        &plan,
    )
    .unwrap()
}

fn inbox(c: &mut Criterion) {
    let setup = Setup {
        data_dir: None,
        dialogs: false,
        autosave_delay: std::time::Duration::ZERO,
        ..Setup::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| SomeaspaApp::new(&cc.egui_ctx, setup));
    let shift = big_shift(&h.state().res.library);
    let app = h.state_mut();
    app.screens.screen = Screen::Shift;
    app.screens.shift.begin(shift);
    let r = app.screens.shift.running.as_mut().unwrap();
    r.skew_ms = 200_000;
    // An open post halfway down the queue with a reply being written.
    let open = (100..200)
        .find(|&i| {
            matches!(
                r.shift.posts[i].step().unwrap().turn,
                someaspa::scenario::Turn::Write(_)
            )
        })
        .unwrap();
    r.selected = Some(open);
    r.draft =
        "Hi, I'm so sorry about this! Please send us a DM with your order number and we'll sort it out. ^AK".to_owned();
    h.run_steps(4);
    assert_eq!(
        h.state()
            .screens
            .shift
            .running
            .as_ref()
            .unwrap()
            .shift
            .queue(200_000)
            .len(),
        200
    );
    c.bench_function("shift inbox frame, 200 queued posts", |b| b.iter(|| h.step()));
}

fn core(c: &mut Criterion) {
    let lib = Library::load(&[PackSource::BuiltIn]);
    c.bench_function("draw a 20-minute crisis shift", |b| {
        b.iter(|| Shift::draw(&lib, black_box(spec(ShiftLevel::Crisis))).unwrap());
    });
    let mut shift = big_shift(&lib);
    // Every other post answered, newest first: plenty of wrong-order pairs to count.
    for i in (0..200).rev().step_by(2) {
        let step = shift.posts[i].step().unwrap().clone();
        let answer = match &step.turn {
            someaspa::scenario::Turn::Write(w) => Answer::Text(w.model_answers[0].clone()),
            someaspa::scenario::Turn::Pick(p) => Answer::Choice(p.options[0].id.clone()),
            someaspa::scenario::Turn::Act(a) => Answer::Action(a.options[0].action),
        };
        shift
            .answer(&lib, i, answer, 200_000 + (200 - i as u64) * 1000)
            .unwrap();
    }
    c.bench_function("shift report, 200 posts", |b| b.iter(|| black_box(shift.report())));
}

criterion_group!(benches, inbox, core);
criterion_main!(benches);
