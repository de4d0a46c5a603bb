//! One frame of the busiest screens, and one keystroke with live hints on, driven through
//! egui_kittest the way a user drives the app (issue 14, item 8). A frame here is egui's
//! logic and layout for the whole window; painting on the GPU is not included.
//!
//! `cargo bench --bench frames`

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benches fail loudly on purpose")]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::kittest::Queryable;
use someaspa::vocab::Lang;

#[path = "../tests/common/mod.rs"]
mod common;
use common::{harness, open, type_into};

/// A reply of realistic length, half written.
const DRAFT: &str = "Hi, I'm so sorry about the delay, that's frustrating. A signal fault near Tikkurila \
                     is delaying trains by about 40 min; repairs should be done by 18:00. Claim";

fn frames(c: &mut Criterion) {
    let mut g = c.benchmark_group("frame");
    g.measurement_time(Duration::from_secs(8));

    // Play: a two-step scenario with a draft in the reply box.
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    open(&mut h, "Stuck on a late train");
    type_into(&mut h, "Your reply", DRAFT);
    g.bench_function("play", |b| b.iter(|| h.step()));

    // One keystroke with live hints on: type a letter, then take it back, each with its frame.
    h.get_by_label("Live hints").click();
    h.run();
    h.get_by_label("Your reply").focus();
    h.run();
    g.bench_function("live-hint keystroke (x2: type and delete)", |b| {
        b.iter(|| {
            h.get_by_label("Your reply").type_text("s");
            h.step();
            h.key_press(egui::Key::Backspace);
            h.step();
        });
    });

    // Feedback: the scored attempt with its criteria and highlighted evidence.
    h.get_by_label("Send").click();
    h.run();
    g.bench_function("feedback", |b| b.iter(|| h.step()));
    drop(h);

    // Editor: a new scenario from the template in the trainer area.
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    h.get_by_label("Trainer").click();
    h.run();
    type_into(&mut h, "PIN", "2468");
    type_into(&mut h, "PIN again", "2468");
    h.get_by_label("Set PIN and continue").click();
    h.run();
    h.get_by_label("New (English)").click();
    h.run();
    g.bench_function("editor", |b| b.iter(|| h.step()));
    drop(h);

    // Shift: a crisis shift eight minutes in, its queue full.
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    h.get_by_label("Shift").click();
    h.run();
    h.get_by_label("20 min").click();
    h.get_by_label("Crisis").click();
    h.get_by_label("A random shift").click();
    h.run();
    h.get_by_label("Start the shift").click();
    h.run();
    h.state_mut().screens.shift.running.as_mut().unwrap().skew_ms += 8 * 60_000;
    h.run();
    g.bench_function("shift", |b| b.iter(|| h.step()));
    g.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
