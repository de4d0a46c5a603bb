//! Variation and shift mode: seeded draws are reproducible and the rubric follows the drawn
//! values; a shift driven headless by a scripted trainee gives a known report; the shift is
//! recorded in progress.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]

use someaspa::i18n::Localizer;
use someaspa::play::{Answer, Instance, Session};
use someaspa::progress::Store;
use someaspa::progress::dashboard::Dashboard;
use someaspa::scenario::Library;
use someaspa::scenario::Turn;
use someaspa::scenario::pack::PackSource;
use someaspa::scoring::Mark;
use someaspa::shift::config::daily_seed;
use someaspa::shift::report::{Outcome, attempts};
use someaspa::shift::{PlannedPost, Shift, ShiftConfig, ShiftError, ShiftLevel, ShiftSpec, Urgency};
use someaspa::vocab::{Action, Lang, Skill};

fn library() -> &'static Library {
    static LIB: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIB.get_or_init(|| Library::load(&[PackSource::BuiltIn]))
}

fn spec(seed: u64, level: ShiftLevel, lang: Lang) -> ShiftSpec {
    ShiftSpec {
        lang,
        level,
        minutes: 10,
        seed,
        daily: false,
    }
}

/// The answer a diligent trainee gives a post: the first model answer, or the best option.
fn good_answer(step: &someaspa::scenario::Step) -> Answer {
    match &step.turn {
        Turn::Write(w) => Answer::Text(w.model_answers[0].clone()),
        Turn::Pick(p) => Answer::Choice(
            p.options
                .iter()
                .find(|o| o.grade == someaspa::vocab::Grade::Pass)
                .unwrap()
                .id
                .clone(),
        ),
        Turn::Act(a) => Answer::Action(
            a.options
                .iter()
                .find(|o| o.grade == someaspa::vocab::Grade::Pass)
                .unwrap()
                .action,
        ),
    }
}

// ---------------------------------------------------------------- variation

#[test]
fn the_same_seed_draws_the_same_values_and_scores_the_same() {
    let lib = library();
    for s in &lib.scenarios {
        let a = Instance::drawn(s, 2026);
        let b = Instance::drawn(s, 2026);
        assert_eq!(a.values, b.values, "{}", s.scenario.id);
        assert_eq!(a.scenario, b.scenario, "{}", s.scenario.id);
        let step = &a.scenario.steps[0];
        if let Turn::Write(w) = &step.turn {
            let ra = a.scorer(lib, step).unwrap().score(&w.model_answers[0]);
            let rb = b.scorer(lib, &b.scenario.steps[0]).unwrap().score(&w.model_answers[0]);
            assert_eq!(ra, rb, "{}", s.scenario.id);
        }
    }
}

#[test]
fn different_seeds_vary_the_drawn_values() {
    let lib = library();
    let mut varied = 0;
    let mut with_variables = 0;
    for s in lib.scenarios.iter().filter(|s| !s.scenario.variables.is_empty()) {
        with_variables += 1;
        let draws: Vec<_> = (1..=5u64).map(|seed| Instance::drawn(s, seed).values).collect();
        if draws.iter().any(|d| *d != draws[0]) {
            varied += 1;
        }
    }
    assert!(
        with_variables >= 30,
        "the library draws its customers: {with_variables}"
    );
    assert_eq!(
        varied, with_variables,
        "every scenario with variables varies over five seeds"
    );
}

/// Two seeds whose draws give different values of `var`.
fn two_draws(s: &someaspa::scenario::LoadedScenario, var: &str) -> (Instance, Instance) {
    let first = Instance::drawn(s, 1);
    let other = (2..100u64)
        .map(|seed| Instance::drawn(s, seed))
        .find(|i| i.values[var] != first.values[var])
        .expect("another value within 100 seeds");
    (first, other)
}

#[test]
fn uses_name_follows_the_drawn_name() {
    let lib = library();
    let s = lib.scenario("rail-bike-faq-fb-en").unwrap();
    let (a, b) = two_draws(s, "first");
    let (name_a, name_b) = (&a.values["first"], &b.values["first"]);
    let reply = |name: &str| format!("Hi {name}, yes: bikes travel on the Turku train with a bike ticket.");
    let score = |inst: &Instance, text: &str| {
        let r = inst.scorer(lib, &inst.scenario.steps[0]).unwrap().score(text);
        r.criterion("uses-name").unwrap().result
    };
    assert_eq!(
        score(&a, &reply(name_a)),
        Mark::Pass,
        "{name_a} is this attempt's customer"
    );
    assert_eq!(
        score(&a, &reply(name_b)),
        Mark::Fail,
        "{name_b} is another attempt's customer"
    );
    assert_eq!(score(&b, &reply(name_b)), Mark::Pass);
    assert_eq!(score(&b, &reply(name_a)), Mark::Fail);
}

#[test]
fn no_public_pii_knows_the_drawn_customer_number() {
    let lib = library();
    let s = lib.scenario("telecom-privacy-trap-x-en").unwrap();
    let (a, b) = two_draws(s, "custno");
    let reply = |no: &str| format!("Sorry about the drops! We checked customer no {no}, please DM us. ^Linjaverkko");
    let score = |inst: &Instance, text: &str| {
        let r = inst.scorer(lib, &inst.scenario.steps[0]).unwrap().score(text);
        (r.criterion("no-public-pii").unwrap().result, r.critical_failed)
    };
    let (own, other) = (&a.values["custno"], &b.values["custno"]);
    assert_eq!(
        score(&a, &reply(own)),
        (Mark::Fail, true),
        "repeating this customer's number {own} in public fails, critically"
    );
    assert_eq!(
        score(&a, &reply(other)).0,
        Mark::Pass,
        "{other} is not this customer's number"
    );
    assert_eq!(score(&b, &reply(other)).0, Mark::Fail);
    // The defaults are not what a drawn attempt knows.
    let default = &Instance::with_defaults(s).values["custno"];
    if default != own {
        assert_eq!(score(&a, &reply(default)).0, Mark::Pass);
    }
}

// ---------------------------------------------------------------- drawing shifts

#[test]
fn the_same_seed_draws_the_same_shift_and_different_seeds_another() {
    let lib = library();
    let a = Shift::draw(lib, spec(42, ShiftLevel::Busy, Lang::En)).unwrap();
    let b = Shift::draw(lib, spec(42, ShiftLevel::Busy, Lang::En)).unwrap();
    assert_eq!(a.plan(), b.plan());
    for (x, y) in a.posts.iter().zip(&b.posts) {
        assert_eq!(x.session.instance.values, y.session.instance.values);
    }
    let c = Shift::draw(lib, spec(43, ShiftLevel::Busy, Lang::En)).unwrap();
    assert_ne!(a.plan(), c.plan());
    // One language, arrivals in order, within the shift and not in its last quiet minutes.
    let config = ShiftConfig::builtin().unwrap();
    let last = a.spec.length_ms() - u64::from(config.quiet_end_s) * 1000;
    assert!(a.posts.iter().all(|p| p.scenario().lang == Lang::En));
    assert!(a.posts.windows(2).all(|w| w[0].arrival_ms <= w[1].arrival_ms));
    assert!(a.posts.iter().all(|p| p.arrival_ms <= last));
    // Per-post seeds: two posts of the same scenario meet different customers.
    let seeds: std::collections::BTreeSet<u64> = a.posts.iter().map(|p| p.seed).collect();
    assert_eq!(seeds.len(), a.posts.len());
}

#[test]
fn the_daily_shift_is_the_same_for_the_whole_team() {
    let lib = library();
    let day: jiff::civil::Date = "2026-11-23".parse().unwrap();
    let mk = || {
        let mut s = spec(daily_seed(day), ShiftLevel::Busy, Lang::Fi);
        s.daily = true;
        Shift::draw(lib, s).unwrap().plan()
    };
    assert_eq!(mk(), mk());
    let next = Shift::draw(
        lib,
        spec(daily_seed(day.tomorrow().unwrap()), ShiftLevel::Busy, Lang::Fi),
    )
    .unwrap();
    assert_ne!(mk(), next.plan());
}

#[test]
fn levels_differ_in_pace_trolls_and_crises() {
    let lib = library();
    let (mut calm, mut crisis) = ((0usize, 0usize), (0usize, 0usize));
    for seed in 0..40u64 {
        let c = Shift::draw(lib, spec(seed, ShiftLevel::Calm, Lang::En)).unwrap();
        let k = Shift::draw(lib, spec(seed, ShiftLevel::Crisis, Lang::En)).unwrap();
        let crises = |s: &Shift| {
            s.posts
                .iter()
                .filter(|p| p.scenario().category == someaspa::vocab::Category::Crisis)
                .count()
        };
        calm = (calm.0 + c.posts.len(), calm.1 + crises(&c));
        crisis = (crisis.0 + k.posts.len(), crisis.1 + crises(&k));
    }
    assert!(
        crisis.0 > calm.0 * 2,
        "a crisis shift is much busier: {crisis:?} vs {calm:?}"
    );
    assert_eq!(calm.1, 0, "no crisis posts on a calm day");
    assert!(
        crisis.1 * 4 > crisis.0,
        "a crisis shift is full of crisis posts: {crisis:?}"
    );
}

#[test]
fn a_language_without_scenarios_is_a_clear_error() {
    let empty = Library::default();
    let e = Shift::draw(&empty, spec(1, ShiftLevel::Calm, Lang::Fi)).unwrap_err();
    assert_eq!(e, ShiftError::NoScenarios(Lang::Fi));
}

// ---------------------------------------------------------------- a scripted shift

const MIN: u64 = 60_000;
const SEC: u64 = 1000;

/// Seven posts, drawn by hand so the report can be worked out on paper.
fn scripted_shift() -> Shift {
    let plan = [
        ("shop-praise-instagram-en", 0),              // 0: low
        ("telecom-troll-x-en", 30 * SEC),             // 1: troll to leave alone
        ("rail-delay-x-en", MIN),                     // 2: urgent public complaint
        ("shop-lost-parcel-chat-en", MIN + 30 * SEC), // 3: normal (private chat)
        ("shop-abusive-comment-fb-en", 2 * MIN),      // 4: urgent troll (hide)
        ("rail-bike-faq-fb-en", 4 * MIN),             // 5: low
        ("shop-double-charge-fb-en", 5 * MIN),        // 6: urgent public complaint
    ];
    let plan: Vec<PlannedPost> = plan
        .iter()
        .zip(11u64..)
        .map(|((id, at), seed)| PlannedPost {
            scenario: (*id).to_owned(),
            arrival_ms: *at,
            seed,
        })
        .collect();
    let config = ShiftConfig::builtin().unwrap().clone();
    Shift::from_plan(library(), spec(7, ShiftLevel::Busy, Lang::En), config, &plan).unwrap()
}

#[test]
fn a_scripted_trainee_gets_a_known_report() {
    let lib = library();
    let mut shift = scripted_shift();
    let urgencies: Vec<Urgency> = shift.posts.iter().map(|p| p.triage.urgency).collect();
    use Urgency::{LeaveAlone, Low, Normal, Urgent};
    assert_eq!(urgencies, [Low, LeaveAlone, Urgent, Normal, Urgent, Low, Urgent]);

    // The queue fills as time passes.
    assert_eq!(shift.queue(0), [0]);
    assert_eq!(shift.queue(2 * MIN), [0, 1, 2, 3, 4]);
    let answer = |s: &Shift, i: usize| good_answer(s.posts[i].step().unwrap());

    // Urgent first: the delayed train, then the threat (hidden).
    let a = answer(&shift, 2);
    assert_eq!(
        shift.answer(lib, 6, a.clone(), 4 * MIN).unwrap_err(),
        ShiftError::NotArrived
    );
    shift.answer(lib, 2, a.clone(), MIN + 10 * SEC).unwrap();
    assert_eq!(
        shift.answer(lib, 2, a, MIN + 20 * SEC).unwrap_err(),
        ShiftError::AlreadyHandled
    );
    assert!(matches!(
        shift.answer(lib, 4, Answer::Text("Please stop.".into()), 2 * MIN + 10 * SEC),
        Err(ShiftError::Turn(_))
    ));
    shift
        .answer(lib, 4, Answer::Action(Action::Hide), 2 * MIN + 20 * SEC)
        .unwrap();
    // Then the praise and the bike question, while the chat and (from 5:00) the double
    // charge wait: wrong order.
    let a = answer(&shift, 0);
    shift.answer(lib, 0, a, 4 * MIN + 30 * SEC).unwrap();
    let a = answer(&shift, 5);
    shift.answer(lib, 5, a, 6 * MIN).unwrap();
    // The chat, late. The double charge never gets an answer and draws onlookers.
    assert_eq!(shift.onlooker_count(6, 7 * MIN + 59 * SEC), 0);
    let a = answer(&shift, 3);
    shift.answer(lib, 3, a, 7 * MIN + 30 * SEC).unwrap();
    assert_eq!(shift.onlooker_count(6, 8 * MIN), 1);
    assert_eq!(shift.onlookers(6, 9 * MIN).len(), 2);
    assert!(shift.overdue(6, 7 * MIN + SEC), "urgent target is 2 minutes");
    assert_eq!(shift.queue(9 * MIN), [1, 6], "the troll and the double charge are left");
    assert!(shift.is_over(10 * MIN));
    assert_eq!(
        shift.answer(lib, 6, answer(&shift, 6), 10 * MIN).unwrap_err(),
        ShiftError::Over
    );

    let report = shift.report();
    assert_eq!(report.ended_ms, 10 * MIN);
    assert_eq!(report.order, [2, 4, 0, 5, 3]);
    let times: Vec<Option<u64>> = report.posts.iter().map(|p| p.response_ms()).collect();
    assert_eq!(
        times,
        [
            Some(270 * SEC),
            None,
            Some(10 * SEC),
            Some(360 * SEC),
            Some(20 * SEC),
            Some(120 * SEC),
            None
        ]
    );
    assert_eq!(report.median_response_ms, Some(120 * SEC));
    let on_time: Vec<Option<bool>> = report.posts.iter().map(|p| p.on_time).collect();
    assert_eq!(
        on_time,
        [Some(true), None, Some(true), Some(false), Some(true), Some(true), None]
    );
    // Troll handling: the 5G troll left alone (right), the threat hidden (right).
    assert!(matches!(report.posts[1].outcome, Outcome::LeftAlone { result: Some(ref r) } if r.passed));
    assert_eq!((report.trolls.total, report.trolls.right), (2, 2));
    assert_eq!(
        (report.trolls.ignored, report.trolls.hidden, report.trolls.replied),
        (1, 1, 0)
    );
    assert_eq!(report.unanswered, 1);
    assert!(matches!(report.posts[6].outcome, Outcome::Unanswered));
    assert_eq!(
        report.posts[6].onlookers, 3,
        "5 minutes waiting: comments at 3, 4 and 5"
    );
    // Prioritisation, worked out by hand: right — the delay before the praise, the threat
    // before the chat and before the praise; wrong — the praise and the bike question before
    // the chat, and the chat and the bike question while the double charge waited.
    assert_eq!((report.prioritisation.right, report.prioritisation.wrong), (3, 4));
    assert_eq!(report.prioritisation.percent(), Some(43));

    // Every answer was a model answer or the best action.
    for p in &report.posts {
        if let Outcome::Answered { result, .. } = &p.outcome {
            assert!(result.passed, "{}: {}", p.scenario, result.total);
        }
    }
    let parts: Vec<(&str, Mark, f64, f64)> = report
        .speed
        .criteria
        .iter()
        .map(|c| (c.id.as_str(), c.result, c.points, c.max))
        .collect();
    let quality: Vec<f64> = [0, 2, 3, 5]
        .iter()
        .map(|&i| f64::from(report.posts[i].total().unwrap()))
        .collect();
    let q = quality.iter().sum::<f64>() / 400.0;
    assert_eq!(
        parts[..3],
        [
            // Posts 0, 2, 4, 5 on time, 3 late (half), 6 never: 4.5 / 6.
            ("shift-response-time", Mark::Partial, 22.5, 30.0),
            ("shift-prioritisation", Mark::Fail, 8.6, 20.0), // 3/7
            ("shift-coverage", Mark::Pass, 16.7, 20.0),      // 5 of 6 (the threat hidden counts)
        ]
    );
    assert_eq!(parts[3].0, "shift-quality");
    assert!((parts[3].2 - (20.0 * q * 10.0).round() / 10.0).abs() < 1e-9);
    assert_eq!(parts[4], ("shift-trolls", Mark::Pass, 10.0, 10.0));
    let expected = (22.5 + 8.6 + 16.7 + parts[3].2 + 10.0_f64).round() as u8;
    assert_eq!(report.score(), expected);
    assert_eq!(report.score(), 77, "with the model answers scoring {quality:?}");
    assert!(report.speed.passed);

    // The same script on the same shift gives the same report.
    let mut again = scripted_shift();
    for (i, at) in [
        (2, MIN + 10 * SEC),
        (4, 2 * MIN + 20 * SEC),
        (0, 4 * MIN + 30 * SEC),
        (5, 6 * MIN),
        (3, 7 * MIN + 30 * SEC),
    ] {
        let a = if i == 4 {
            Answer::Action(Action::Hide)
        } else {
            answer(&again, i)
        };
        again.answer(lib, i, a, at).unwrap();
    }
    assert_eq!(again.report(), report);
}

#[test]
fn the_shift_is_recorded_as_attempts_that_count_for_speed() {
    let lib = library();
    let mut shift = scripted_shift();
    let a = good_answer(shift.posts[2].step().unwrap());
    shift.answer(lib, 2, a, MIN + 30 * SEC).unwrap();
    shift
        .answer(lib, 1, Answer::Action(Action::ReplyPublic), 2 * MIN)
        .unwrap();
    shift.end(3 * MIN);
    let report = shift.report();
    assert_eq!(report.ended_ms, 3 * MIN, "ended early");
    assert_eq!(report.trolls.replied, 1, "replying to the 5G troll");
    assert_eq!(
        report.unanswered, 5,
        "the others count as unhandled (the 5G troll needed none)"
    );

    let loc = Localizer::new(Lang::En);
    let start: jiff::Timestamp = "2026-11-23T08:00:00Z".parse().unwrap();
    let all = attempts(&shift, &report, "Anna", start, &loc);
    assert_eq!(all.len(), 3, "two handled posts and the shift");
    let delay = &all[0];
    assert_eq!(delay.scenario, "rail-delay-x-en");
    assert_eq!(delay.steps.len(), 1, "a shift plays the first step only");
    assert_eq!(delay.elapsed_ms, 30 * SEC, "the response time");
    assert_eq!(delay.started_at, "2026-11-23T08:01:00Z");
    assert_eq!(delay.finished_at, "2026-11-23T08:01:30Z");
    let s = &all[2];
    assert_eq!(s.scenario, "shift-busy-10");
    assert_eq!(s.skills, [Skill::Speed]);
    assert_eq!(s.total, report.score());
    assert_eq!(s.seed, Some(7));
    assert_eq!(s.time_limit_s, Some(600));
    assert_eq!(s.title, "Shift · Busy · 10 min");
    assert_eq!(s.steps[0].result.criteria.len(), 5);
    assert!(s.steps[0].shown[0].contains("target time"), "{:?}", s.steps[0].shown);

    let mut store = Store::in_memory().unwrap();
    for a in &all {
        store.record(a).unwrap();
    }
    let summaries = store.summaries("Anna").unwrap();
    let shift_row = summaries.iter().find(|x| x.scenario == "shift-busy-10").unwrap();
    assert!((shift_row.skill_score(Skill::Speed) - f64::from(report.score())).abs() < 1e-9);
    let shift_id = shift_row.id;
    let dash = Dashboard::from_attempts(summaries, lib, Lang::En);
    let speed = dash.mastery.iter().find(|m| m.skill == Skill::Speed).unwrap();
    assert_eq!(speed.attempts, 1, "only the shift trains speed here");
    let troll = dash.mastery.iter().find(|m| m.skill == Skill::TrollHandling).unwrap();
    assert_eq!(troll.attempts, 1, "the 5G troll that was answered");
    // A failed shift is not a scenario to come back to.
    assert!(!report.speed.passed);
    assert!(dash.reviews.iter().all(|d| d.scenario != "shift-busy-10"));
    // The stored shift reads back whole.
    let back = store.attempt(shift_id).unwrap().unwrap();
    assert_eq!(back.steps[0].result, report.speed);
}

#[test]
fn answering_the_same_drawn_shift_the_same_way_scores_the_same() {
    let lib = library();
    let play = |seed: u64| {
        let mut s = Shift::draw(lib, spec(seed, ShiftLevel::Crisis, Lang::Fi)).unwrap();
        // Answer each post 40 s after it arrives, in arrival order, when there is time left.
        for i in 0..s.posts.len() {
            let at = s.posts[i].arrival_ms + 40 * SEC;
            let a = good_answer(s.posts[i].step().unwrap());
            if !s.is_over(at) {
                s.answer(
                    lib,
                    i,
                    a,
                    at.max(s.posts.iter().filter_map(|p| p.handled_at).max().unwrap_or(0)),
                )
                .unwrap();
            }
        }
        s.report()
    };
    let a = play(99);
    assert_eq!(a, play(99));
    assert_ne!(a.posts, play(100).posts);
    // Sanity: playing a session directly gives the same result as the shift recorded.
    let p = &a.posts[0];
    let loaded = lib.scenario(&p.scenario).unwrap();
    let shift = Shift::draw(lib, spec(99, ShiftLevel::Crisis, Lang::Fi)).unwrap();
    let mut session = Session::new(Instance::drawn(loaded, shift.posts[0].seed));
    let step = session.current_step().unwrap().clone();
    let r = session.submit(lib, good_answer(&step), 40 * SEC).unwrap();
    assert_eq!(Some(r.result.total), p.total());
}
