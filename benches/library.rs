//! Loading the whole built-in library (goal: < 20 ms in a release build).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and benches fail loudly on purpose"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use someaspa::scenario::Library;
use someaspa::scenario::pack::PackSource;

fn load(c: &mut Criterion) {
    c.bench_function("load built-in library", |b| {
        b.iter(|| {
            let lib = Library::load(black_box(&[PackSource::BuiltIn]));
            assert!(lib.scenarios.len() >= 30);
            lib
        });
    });
}

criterion_group!(benches, load);
criterion_main!(benches);
