//! Fuzzing every loader and parser on stable Rust: arbitrary bytes (proptest) and
//! structure-aware mutation of the shipped files (our own mutator, driven by a seeded RNG so
//! any failure can be replayed from its seed).
//!
//! Targets: scenario RON, a trainer's lexicon additions, settings, an import's JSON, a batch
//! request line, and reply text into the scorer. Each input must come back with an answer
//! (a value or a located problem), never a panic, and within the hang bound.
//!
//! In CI each target runs for a few seconds (`SOMEASPA_FUZZ_SECONDS`, default 6). The long
//! run is `long_run`, ignored by default:
//!
//! ```sh
//! SOMEASPA_FUZZ_SECONDS=3600 cargo test --release --test fuzz -- --ignored --nocapture long_run
//! ```
//!
//! It prints the inputs tried per target, the slowest input's time and the peak memory.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use someaspa::i18n::Localizer;
use someaspa::play::Instance;
use someaspa::play::request::Scorers;
use someaspa::play::session::Session;
use someaspa::progress::export::{self, Export};
use someaspa::progress::{Attempt, Store};
use someaspa::scenario::library::Library;
use someaspa::scenario::model::Turn;
use someaspa::scenario::pack::PackSource;
use someaspa::scoring::catalog::CriterionId;
use someaspa::scoring::lexicon::Lexicon;
use someaspa::settings::Settings;
use someaspa::vocab::{Channel, Lang};

/// An input that takes longer than this is a hang. Generous for a debug build under CI
/// load; the long run (release) reports its slowest input against the 1 s goal.
const HANG: Duration = Duration::from_secs(10);

/// Seconds per target in a normal test run.
fn budget() -> Duration {
    let secs = std::env::var("SOMEASPA_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(6);
    Duration::from_secs(secs)
}

/// The fuzz targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Scenario,
    Lexicon,
    Settings,
    Import,
    BatchLine,
    Reply,
}

const TARGETS: [Target; 6] = [
    Target::Scenario,
    Target::Lexicon,
    Target::Settings,
    Target::Import,
    Target::BatchLine,
    Target::Reply,
];

/// Everything the targets share: the library, lexicons, seed inputs.
struct World {
    library: Library,
    loc: Localizer,
    seeds: Vec<(Target, Vec<u8>)>,
}

impl World {
    fn new() -> Self {
        let library = Library::load(&[PackSource::BuiltIn]);
        let loc = Localizer::new(Lang::En);
        let mut seeds = Vec::new();
        for f in PackSource::BuiltIn.files() {
            if let Ok(bytes) = f.bytes {
                seeds.push((Target::Scenario, bytes.into_owned()));
            }
        }
        seeds.push((
            Target::Lexicon,
            br#"LexiconExtension(lang: "en", concepts: {"apology": ["soz", "mea culpa"], "thanks": ["cheers mate"]}, tone: {"brill": 2}, function_words: ["innit"])"#.to_vec(),
        ));
        seeds.push((
            Target::Settings,
            br#"(lang: "fi", profile: "Anna", text_scale: 1.25, theme: Light, pack_folders: ["/tmp/x"])"#.to_vec(),
        ));
        seeds.push((Target::Import, export_of_model_answers(&library, &loc)));
        for (i, s) in library.scenarios.iter().enumerate().take(8) {
            let line =
                serde_json::json!({"scenario": s.scenario.id, "step": 1, "reply": "Sorry, DM us please!", "seed": i});
            seeds.push((Target::BatchLine, line.to_string().into_bytes()));
        }
        seeds.push((
            Target::BatchLine,
            br#"{"reply": "Pahoittelut, laita DM!", "criteria": ["apology", "move-to-private", "no-public-pii"], "lang": "fi", "channel": "x", "customer_name": "Matti"}"#.to_vec(),
        ));
        for s in &library.scenarios {
            for st in &s.scenario.steps {
                if let Turn::Write(w) = &st.turn {
                    for m in &w.model_answers {
                        seeds.push((Target::Reply, m.clone().into_bytes()));
                    }
                }
            }
        }
        World { library, loc, seeds }
    }

    fn seeds(&self, t: Target) -> Vec<&[u8]> {
        self.seeds
            .iter()
            .filter(|(k, _)| *k == t)
            .map(|(_, b)| b.as_slice())
            .collect()
    }

    /// Runs one input through a target; panics (the test failure) on a broken invariant.
    fn run(&self, t: Target, bytes: &[u8], scorers: &mut Scorers<'_>) {
        match t {
            Target::Scenario => {
                let (_, problems) = self.library.check_text("fuzz.ron", bytes, &PackSource::BuiltIn);
                for p in problems {
                    assert!(p.line >= 1 && p.col >= 1, "{p:?}");
                }
            }
            Target::Lexicon => {
                if let Ok(text) = std::str::from_utf8(bytes) {
                    let base = someaspa::assets::text("lexicons/en.ron").unwrap_or("");
                    let lex = Lexicon::with_extension(base, Some(("fuzz.ron", text)), Lang::En);
                    for p in &lex.extension_problems {
                        assert!(p.line >= 1 && p.col >= 1, "{p:?}");
                    }
                }
            }
            Target::Settings => {
                if let Ok(text) = std::str::from_utf8(bytes)
                    && let Ok(s) = Settings::from_text(text)
                {
                    assert!((0.75..=2.0).contains(&s.text_scale));
                }
            }
            Target::Import => {
                if let Ok(text) = std::str::from_utf8(bytes) {
                    let Ok(mut store) = Store::in_memory() else { return };
                    if let Ok(r) = export::import_text(&mut store, "fuzz.json", text, None, &self.library, &self.loc) {
                        assert_eq!(r.added + r.skipped, attempts_in(text));
                    }
                }
            }
            Target::BatchLine => {
                if let Ok(line) = std::str::from_utf8(bytes)
                    && let Ok((r, _)) = scorers.score_line(line, None)
                {
                    assert!(r.total <= 100);
                }
            }
            Target::Reply => {
                let reply = String::from_utf8_lossy(bytes);
                check_reply(&reply);
            }
        }
    }
}

/// How many attempts an export text holds.
fn attempts_in(text: &str) -> usize {
    serde_json::from_str::<Export>(text).map_or(0, |e| e.attempts.len())
}

/// An export of one attempt per scenario, each step answered with its first model answer
/// or its first option: a realistic, valid file to mutate.
fn export_of_model_answers(library: &Library, loc: &Localizer) -> Vec<u8> {
    let mut attempts: Vec<Attempt> = Vec::new();
    for (i, loaded) in library.scenarios.iter().enumerate().take(6) {
        let mut session = Session::new(Instance::drawn(loaded, i as u64));
        while let Some(step) = session.current_step().cloned() {
            let answer = match &step.turn {
                Turn::Write(w) => someaspa::play::Answer::Text(w.model_answers.first().cloned().unwrap_or_default()),
                Turn::Pick(p) => someaspa::play::Answer::Choice(p.options[0].id.clone()),
                Turn::Act(a) => someaspa::play::Answer::Action(a.options[0].action),
            };
            if session.submit(library, answer, 1000).is_err() {
                break;
            }
        }
        attempts.push(Attempt::from_session(
            &session,
            "fuzz",
            someaspa::progress::record::now(),
            loc,
        ));
    }
    let e = Export {
        kind: export::EXPORT_KIND.to_owned(),
        version: export::EXPORT_VERSION,
        profile: "fuzz".to_owned(),
        exported_at: someaspa::progress::record::now(),
        attempts,
    };
    serde_json::to_vec_pretty(&e).unwrap_or_default()
}

/// Scores a reply with every criterion, in both languages, on a public and a private
/// channel, and checks what every result promises.
fn check_reply(reply: &str) {
    let ids: Vec<&str> = CriterionId::ALL.iter().map(|c| c.id()).collect();
    for lang in [Lang::En, Lang::Fi] {
        for channel in [Channel::X, Channel::Chat] {
            let r = someaspa::play::request::score_criteria(&ids, lang, channel, Some("Matti"), reply)
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(r.total <= 100);
            for c in &r.criteria {
                assert!(c.points >= 0.0 && c.points <= c.max, "{c:?}");
                for e in &c.evidence {
                    assert!(e.start < e.end && e.end <= reply.len(), "{e:?}");
                    assert_eq!(reply.get(e.start..e.end), Some(e.text.as_str()));
                }
            }
        }
    }
}

/// Tokens that mean something to the formats: mutations splice them in.
const DICTIONARY: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    ",",
    ":",
    "//",
    "/*",
    "*/",
    "Some(",
    "None",
    "true",
    "-1",
    "0",
    "4294967296",
    "1e999",
    "NaN",
    "\\u{202e}",
    "\\\"",
    "é",
    "🙂",
    "👨‍👩‍👧",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "Write(",
    "Pick(",
    "Act(",
    "goto:",
    "id:",
    "\"x\"",
    "\"fi\"",
    "\"en\"",
    "\"reply\"",
    "\"seed\"",
    "{first}",
    "{{",
    "}}",
    "http://x.fi/",
    "a-a-a-a-a-a.",
    "@",
    "DM",
    "sorry",
    "pahoittelut",
    "040 123 4567",
    "foo@bar.fi",
    "FI21 1234 5600 0007 85",
    "131052-308T",
];

/// Applies 1–8 random mutations to an input.
fn mutate(rng: &mut ChaCha8Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    let n = rng.random_range(1..=8);
    for _ in 0..n {
        let len = v.len();
        match rng.random_range(0..8) {
            // Flip a byte.
            0 if len > 0 => {
                let i = rng.random_range(0..len);
                v[i] ^= 1 << rng.random_range(0..8);
            }
            // Delete a range.
            1 if len > 0 => {
                let a = rng.random_range(0..len);
                let b = (a + rng.random_range(1..=64)).min(len);
                v.drain(a..b);
            }
            // Duplicate a range.
            2 if len > 0 => {
                let a = rng.random_range(0..len);
                let b = (a + rng.random_range(1..=256)).min(len);
                let chunk = v[a..b].to_vec();
                let at = rng.random_range(0..=v.len());
                v.splice(at..at, chunk);
            }
            // Insert a dictionary token.
            3 | 4 => {
                let tok = DICTIONARY[rng.random_range(0..DICTIONARY.len())].as_bytes();
                let at = rng.random_range(0..=len);
                v.splice(at..at, tok.iter().copied());
            }
            // Splice in part of another input.
            5 if !other.is_empty() => {
                let a = rng.random_range(0..other.len());
                let b = (a + rng.random_range(1..=512)).min(other.len());
                let at = rng.random_range(0..=len);
                v.splice(at..at, other[a..b].iter().copied());
            }
            // Truncate.
            6 if len > 1 => v.truncate(rng.random_range(0..len)),
            // Repeat a short range many times (deep nesting, long runs).
            7 if len > 0 => {
                let a = rng.random_range(0..len);
                let b = (a + rng.random_range(1..=4)).min(len);
                let chunk = v[a..b].to_vec();
                let times = rng.random_range(2..=2000);
                let at = rng.random_range(0..=v.len());
                v.splice(at..at, chunk.iter().copied().cycle().take(chunk.len() * times));
            }
            _ => {}
        }
    }
    v
}

/// Counters of one fuzzing session.
#[derive(Debug, Default)]
struct Tally {
    inputs: u64,
    slowest: Duration,
}

/// Mutates the target's seeds until the time is up; returns the tally.
fn fuzz_for(world: &World, t: Target, seed: u64, time: Duration) -> Tally {
    let seeds = world.seeds(t);
    assert!(!seeds.is_empty(), "{t:?} has no seed inputs");
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut scorers = Scorers::new(&world.library);
    let mut tally = Tally::default();
    let start = Instant::now();
    while start.elapsed() < time {
        let a = seeds[rng.random_range(0..seeds.len())];
        let b = seeds[rng.random_range(0..seeds.len())];
        let input = mutate(&mut rng, a, b);
        let t0 = Instant::now();
        world.run(t, &input, &mut scorers);
        let took = t0.elapsed();
        assert!(
            took < HANG,
            "{t:?}: an input took {took:?} (seed {seed}, input #{}): {:?}",
            tally.inputs,
            String::from_utf8_lossy(&input[..input.len().min(200)])
        );
        tally.slowest = tally.slowest.max(took);
        tally.inputs += 1;
    }
    tally
}

/// The world of this test thread (the localizer is not `Sync`; one world per thread).
fn world() -> &'static World {
    thread_local! {
        static W: &'static World = Box::leak(Box::new(World::new()));
    }
    W.with(|w| *w)
}

macro_rules! mutation_test {
    ($name:ident, $target:expr, $seed:expr) => {
        #[test]
        fn $name() {
            let tally = fuzz_for(world(), $target, $seed, budget());
            assert!(tally.inputs > 0);
            eprintln!(
                "{:?}: {} inputs, slowest {:?}",
                $target, tally.inputs, tally.slowest
            );
        }
    };
}

mutation_test!(mutated_scenarios_load_or_say_where, Target::Scenario, 1);
mutation_test!(mutated_lexicon_additions_load_or_say_where, Target::Lexicon, 2);
mutation_test!(mutated_settings_load_or_fail_cleanly, Target::Settings, 3);
mutation_test!(mutated_imports_are_refused_or_rescored, Target::Import, 4);
mutation_test!(mutated_batch_lines_score_or_fail_cleanly, Target::BatchLine, 5);
mutation_test!(mutated_replies_score_within_their_promises, Target::Reply, 6);

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_break_a_loader(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let w = world();
        let mut scorers = Scorers::new(&w.library);
        for t in TARGETS {
            w.run(t, &bytes, &mut scorers);
        }
    }

    #[test]
    fn arbitrary_text_never_breaks_a_loader(text in "\\PC{0,600}") {
        let w = world();
        let mut scorers = Scorers::new(&w.library);
        for t in TARGETS {
            w.run(t, text.as_bytes(), &mut scorers);
        }
    }
}

/// Peak resident memory of this process, from `/proc/self/status` (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The long run: every target in turn, for `SOMEASPA_FUZZ_SECONDS` in all (default an hour).
#[test]
#[ignore = "an hour of fuzzing; run by hand (see the module docs)"]
fn long_run() {
    let total = std::env::var("SOMEASPA_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3600);
    let per_round = Duration::from_secs(30);
    let w = world();
    let start = Instant::now();
    let mut tallies: Vec<(Target, Tally)> = TARGETS.iter().map(|t| (*t, Tally::default())).collect();
    let mut round = 0_u64;
    while start.elapsed() < Duration::from_secs(total) {
        for (t, tally) in &mut tallies {
            let seed = round * 100 + *t as u64;
            let r = fuzz_for(w, *t, seed, per_round);
            tally.inputs += r.inputs;
            tally.slowest = tally.slowest.max(r.slowest);
        }
        round += 1;
    }
    for (t, tally) in &tallies {
        println!("{t:?}: {} inputs, slowest {:?}", tally.inputs, tally.slowest);
    }
    let inputs: u64 = tallies.iter().map(|(_, t)| t.inputs).sum();
    println!(
        "in all: {inputs} inputs in {:?}, 0 panics, peak RSS {} KiB",
        start.elapsed(),
        peak_rss_kib().unwrap_or(0)
    );
}
