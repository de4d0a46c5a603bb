//! Scoring speed (goals, release build): a ~300-character reply against a 10-criterion
//! rubric in ≤ 25 µs median; all 2,222 real brand replies of `../shared/data/twcs_sample.csv`
//! in ≤ 50 ms (skipped with a message when the file is absent).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and benches fail loudly on purpose"
)]

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use someaspa::play::Instance;
use someaspa::scenario::Library;
use someaspa::scenario::pack::PackSource;
use someaspa::scoring::Scorer;

/// The opening step of the rail delay scenario: the 10-criterion public-complaint rubric.
fn rail_scorer() -> Scorer {
    let lib = Library::load(&[PackSource::BuiltIn]);
    let loaded = lib.scenario("rail-delay-x-en").expect("built-in scenario");
    let instance = Instance::with_defaults(loaded);
    let step = &instance.scenario.steps[0];
    let scorer = instance.scorer(&lib, step).expect("a Write step");
    assert_eq!(scorer.rubric().len(), 10);
    scorer
}

const REPLY: &str = "Hi Laura, I'm really sorry you've been stuck without any information, that sounds so frustrating. \
A signal fault near Tikkurila is delaying northbound trains by about 40 minutes and repairs should be done by 18:00. \
Please send us a DM with your ticket number and we'll help with compensation. ^AK";

fn twcs() -> Option<Vec<String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/twcs_sample.csv");
    let mut reader = csv::Reader::from_path(path).ok()?;
    Some(
        reader
            .records()
            .filter_map(Result::ok)
            .filter(|r| r.get(2) == Some("False"))
            .map(|r| {
                r.get(4)
                    .unwrap_or("")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&")
            })
            .collect(),
    )
}

fn scoring(c: &mut Criterion) {
    let scorer = rail_scorer();
    assert!(
        (280..=320).contains(&REPLY.chars().count()),
        "{}",
        REPLY.chars().count()
    );
    // Warm up the lexicons (compiled once per process).
    let _ = scorer.score(REPLY);
    c.bench_function("score 300-char reply, 10 criteria", |b| {
        b.iter(|| scorer.score(black_box(REPLY)))
    });
    // Where the time goes: the analysis alone (tokens, phrase matching, negation), so a
    // change can be placed before it is measured in the whole.
    let lexicon = someaspa::scoring::lexicon::Lexicon::builtin(someaspa::vocab::Lang::En);
    let none = someaspa::scoring::matcher::Matcher::new();
    c.bench_function("analyse 300-char reply (lexicon only)", |b| {
        b.iter(|| {
            someaspa::scoring::analysis::Analysis::new(black_box(REPLY), lexicon, &none)
                .tokens
                .len()
        })
    });
    match twcs() {
        Some(replies) => {
            assert_eq!(replies.len(), 2222);
            c.bench_function("score 2,222 real replies, 10 criteria", |b| {
                b.iter(|| {
                    for r in &replies {
                        black_box(scorer.score(black_box(r)));
                    }
                });
            });
        }
        None => eprintln!("skipped: ../shared/data/twcs_sample.csv is not present"),
    }
}

criterion_group!(benches, scoring);
criterion_main!(benches);
