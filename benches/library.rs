//! Loading the whole built-in library (goal: < 20 ms in a release build), and the editor's
//! live check of one scenario after a keystroke (parse, validate, run the self-tests).

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

fn editor_check(c: &mut Criterion) {
    let lib = Library::load(&[PackSource::BuiltIn]);
    let l10n = someaspa::i18n::Localizer::new(someaspa::vocab::Lang::En);
    let loaded = lib.scenario("rail-delay-x-en").unwrap();
    let mut doc = someaspa::trainer::document::Document::duplicate(loaded, "bench-copy");
    let mut n = 0u64;
    c.bench_function(
        "editor keystroke: edit + validate + self-tests (3-step scenario)",
        |b| {
            b.iter(|| {
                n += 1;
                doc.edit(1, n * 1000, |s| s.title = format!("Title {n}")).unwrap();
                doc.validate(&lib, &l10n);
                assert!(!doc.has_errors());
            });
        },
    );
}

criterion_group!(benches, load, editor_check);
criterion_main!(benches);
