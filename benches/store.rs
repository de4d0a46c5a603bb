//! The progress store with 10,000 attempts (goals, release build): opening it and computing
//! the dashboard < 100 ms; recording one attempt < 5 ms.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "benches fail loudly on purpose")]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use someaspa::i18n::Localizer;
use someaspa::play::{Answer, Instance, Session};
use someaspa::progress::Store;
use someaspa::progress::dashboard::Dashboard;
use someaspa::progress::record::{Attempt, new_uid};
use someaspa::scenario::Library;
use someaspa::scenario::pack::PackSource;
use someaspa::vocab::Lang;

fn attempts(lib: &Library) -> Vec<Attempt> {
    let loc = Localizer::new(Lang::En);
    lib.scenarios
        .iter()
        .filter(|s| s.scenario.lang == Lang::En)
        .filter_map(|s| {
            let mut session = Session::new(Instance::with_defaults(s));
            let step = session.current_step()?.clone();
            let answer = match &step.turn {
                someaspa::scenario::Turn::Write(w) => Answer::Text(w.model_answers[0].clone()),
                someaspa::scenario::Turn::Pick(p) => Answer::Choice(p.options[0].id.clone()),
                someaspa::scenario::Turn::Act(a) => Answer::Action(a.options[0].action),
            };
            session.submit(lib, answer, 30_000).ok()?;
            Some(Attempt::from_session(
                &session,
                "Bench",
                someaspa::progress::record::now(),
                &loc,
            ))
        })
        .collect()
}

fn store(c: &mut Criterion) {
    let lib = Library::load(&[PackSource::BuiltIn]);
    let samples = attempts(&lib);
    let dir = tempfile::tempdir().unwrap();
    {
        let (mut store, _) = Store::open(dir.path()).unwrap();
        for i in 0..10_000usize {
            let mut a = samples[i % samples.len()].clone();
            a.uid = new_uid();
            // Spread over a year so streaks and reviews have work to do.
            let day = i / 28;
            a.finished_at = format!(
                "2026-{:02}-{:02}T{:02}:00:00Z",
                1 + (day / 28) % 12,
                1 + day % 28,
                i % 24
            );
            a.total = u8::try_from((i * 37) % 101).unwrap();
            a.passed = a.total >= 70;
            store.record(&a).unwrap();
        }
    }
    c.bench_function("open store + dashboard, 10,000 attempts", |b| {
        b.iter(|| {
            let (store, _) = Store::open(dir.path()).unwrap();
            let d = Dashboard::compute(&store, "Bench", &lib, Lang::En).unwrap();
            assert_eq!(d.attempts.len(), 10_000);
            black_box(d.practise_weakest(&lib, Lang::En))
        });
    });
    let (mut store, _) = Store::open(dir.path()).unwrap();
    c.bench_function("record one attempt", |b| {
        b.iter(|| {
            let mut a = samples[0].clone();
            a.uid = new_uid();
            store.record(black_box(&a)).unwrap()
        });
    });
}

criterion_group!(benches, store);
criterion_main!(benches);
