//! Loading the whole built-in library (goal: < 20 ms in a release build).

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
