//! Every statement Someaspa makes keeps the xAPI 1.0.3 rules an LRS checks: the id is a
//! UUID, the actor has exactly one identifier (an account, never an e-mail), verb and
//! activity ids are IRIs, a scaled score lies in −1…1, durations are ISO 8601. Tested over
//! attempts played with random replies, seeds and times, for scenarios, shifts and tracks.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]

use proptest::prelude::*;
use someaspa::i18n::Localizer;
use someaspa::lrs::LrsConfig;
use someaspa::lrs::statements::{Who, for_attempt, for_track, problems, statement_id};
use someaspa::play::{Answer, Instance, Session};
use someaspa::progress::record::Attempt;
use someaspa::scenario::Library;
use someaspa::scenario::model::Turn;
use someaspa::scenario::pack::PackSource;
use someaspa::vocab::Lang;

fn library() -> &'static Library {
    static LIB: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIB.get_or_init(|| Library::load(&[PackSource::BuiltIn]))
}

/// Plays a whole scenario: written turns get `reply`, pick and act turns their first option.
fn played(index: usize, seed: u64, reply: &str, ms: u64) -> Attempt {
    let lib = library();
    let loaded = &lib.scenarios[index % lib.scenarios.len()];
    let mut session = Session::new(Instance::drawn(loaded, seed));
    while let Some(step) = session.current_step().cloned() {
        let answer = match &step.turn {
            Turn::Write(_) => Answer::Text(reply.to_owned()),
            Turn::Pick(p) => Answer::Choice(p.options[0].id.clone()),
            Turn::Act(a) => Answer::Action(a.options[0].action),
        };
        if session.submit(lib, answer, ms).is_err() {
            break;
        }
    }
    Attempt::from_session(
        &session,
        "Anna",
        someaspa::progress::record::now(),
        &Localizer::new(Lang::En),
    )
}

fn config(send_replies: bool) -> LrsConfig {
    LrsConfig {
        endpoint: "http://127.0.0.1:8100/xAPI/".to_owned(),
        key: "ci".to_owned(),
        send_replies,
        ..LrsConfig::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn every_statement_of_a_played_attempt_keeps_the_rules(
        index in 0usize..200,
        seed in any::<u64>(),
        reply in "\\PC{1,200}",
        ms in 0u64..10_000_000,
        send in any::<bool>(),
    ) {
        // A marker that occurs nowhere else, so "the reply is not in the statements" can be
        // checked for any reply: a bare "a" is inside every statement ("account").
        let reply = format!("QZXJ-REPLY-MARKER {reply}");
        let a = played(index, seed, &reply, ms);
        let who = Who { actor: "3f2a9c4d5e6b7a8c9d0e1f2a3b4c5d6e", name: "Anna" };
        let statements = for_attempt(&config(send), &who, &a);
        prop_assert_eq!(statements.len(), a.steps.len() + 1);
        for s in &statements {
            let p = problems(s);
            prop_assert!(p.is_empty(), "{:?}: {:?}", s.id, p);
            // One identifier, an account: no e-mail ever leaves the machine.
            prop_assert!(s.actor.account.is_some());
            let json = serde_json::to_string(s).unwrap();
            prop_assert!(!json.contains("mbox"));
            // Names only when the organisation turns them on (off here).
            prop_assert!(s.actor.name.is_none());
            if !send {
                prop_assert!(!json.contains("QZXJ-REPLY-MARKER"), "a reply left the machine with replies off");
            }
        }
    }
}

#[test]
fn ids_are_stable_per_attempt_and_part() {
    assert_eq!(statement_id("abc", "step-0"), statement_id("abc", "step-0"));
    assert_ne!(statement_id("abc", "step-0"), statement_id("abc", "step-1"));
    assert_ne!(statement_id("abc", "attempt"), statement_id("abd", "attempt"));
}

#[test]
fn a_track_statement_keeps_the_rules() {
    let who = Who {
        actor: "x1",
        name: "Anna",
    };
    let s = for_track(
        &config(false),
        &who,
        "onboarding-fi",
        "Perehdytys",
        Lang::Fi,
        "2026-12-07T10:00:00Z",
    );
    assert!(problems(&s).is_empty(), "{:?}", problems(&s));
}

#[test]
fn a_shift_attempt_is_one_completed_statement() {
    use someaspa::shift::keep::{Player, finish};
    use someaspa::shift::{Shift, ShiftLevel, ShiftSpec};
    let lib = library();
    let mut shift = Shift::draw(
        lib,
        ShiftSpec {
            lang: Lang::En,
            level: ShiftLevel::Calm,
            minutes: 10,
            seed: 5,
            daily: false,
        },
    )
    .unwrap();
    let mut store = someaspa::progress::Store::in_memory().unwrap();
    let cfg = config(false);
    let who = Player {
        profile: "Anna",
        started_at: jiff::Timestamp::now(),
        lrs: Some(&cfg),
    };
    let ended = finish(
        &mut shift,
        10 * 60_000,
        &[],
        Some(&mut store),
        who,
        &Localizer::new(Lang::En),
    );
    assert!(ended.error.is_none());
    let pending = store.pending(100).unwrap();
    assert_eq!(pending.len(), 1, "an unanswered shift is one statement");
    let s: someaspa::lrs::xapi::Statement = serde_json::from_str(&pending[0].json).unwrap();
    assert_eq!(s.verb.id, someaspa::lrs::xapi::verbs::COMPLETED);
    assert!(s.object.id.contains("/shifts/"));
    assert!(problems(&s).is_empty(), "{:?}", problems(&s));
}
