//! The built-in library: it loads cleanly, covers what PRODUCT.md §4 asks for in both
//! languages, and grades its own model answers and examples the way its authors intend.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and benches fail loudly on purpose"
)]

use std::collections::BTreeSet;

use someaspa::play::{Instance, selftest};
use someaspa::scenario::Library;
use someaspa::scenario::model::{Condition, Turn};
use someaspa::scenario::pack::PackSource;
use someaspa::vocab::{Action, Category, Channel, Grade, Lang, Skill};

fn library() -> &'static Library {
    static LIB: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIB.get_or_init(|| Library::load(&[PackSource::BuiltIn]))
}

#[test]
fn every_shipped_file_loads_without_problems() {
    let lib = library();
    let loc = someaspa::i18n::Localizer::new(Lang::En);
    let problems: Vec<String> = lib.problems.iter().map(|d| d.render(&loc)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn at_least_thirty_scenarios_fifteen_per_language() {
    let lib = library();
    assert!(lib.scenarios.len() >= 30, "{}", lib.scenarios.len());
    for lang in Lang::ALL {
        let n = lib.scenarios.iter().filter(|s| s.scenario.lang == *lang).count();
        assert!(n >= 15, "{lang}: {n}");
    }
}

#[test]
fn every_category_in_both_languages() {
    let lib = library();
    for lang in Lang::ALL {
        let have: BTreeSet<Category> = lib
            .scenarios
            .iter()
            .filter(|s| s.scenario.lang == *lang)
            .map(|s| s.scenario.category)
            .collect();
        let missing: Vec<&Category> = Category::ALL.iter().filter(|c| !have.contains(c)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}

#[test]
fn every_skill_and_every_channel_is_covered() {
    let lib = library();
    let skills: BTreeSet<Skill> = lib
        .scenarios
        .iter()
        .flat_map(|s| s.scenario.skills.iter().copied())
        .collect();
    assert_eq!(skills.len(), Skill::ALL.len(), "{skills:?}");
    let channels: BTreeSet<Channel> = lib
        .scenarios
        .iter()
        .flat_map(|s| std::iter::once(s.scenario.channel).chain(s.scenario.steps.iter().filter_map(|st| st.channel)))
        .collect();
    assert_eq!(channels.len(), Channel::ALL.len(), "{channels:?}");
}

#[test]
fn at_least_six_multi_step_scenarios_branch_on_the_reply() {
    let branching = library()
        .scenarios
        .iter()
        .filter(|s| {
            s.scenario.steps.len() > 1
                && s.scenario.steps.iter().any(|st| {
                    st.next.iter().any(|b| {
                        matches!(
                            b.when,
                            Condition::Passed
                                | Condition::Failed
                                | Condition::ScoreAtLeast(_)
                                | Condition::ScoreBelow(_)
                                | Condition::CriterionMet(_)
                                | Condition::CriterionFailed(_)
                        )
                    })
                })
        })
        .count();
    assert!(branching >= 6, "{branching}");
}

#[test]
fn at_least_three_pick_turns_offer_a_meme() {
    let n = library()
        .scenarios
        .iter()
        .filter(|s| {
            s.scenario.steps.iter().any(|st| match &st.turn {
                Turn::Pick(p) => p
                    .options
                    .iter()
                    .any(|o| o.image.as_deref().is_some_and(|i| i.starts_with("memes/"))),
                _ => false,
            })
        })
        .count();
    assert!(n >= 3, "{n}");
}

#[test]
fn at_least_three_scenarios_where_the_right_move_is_an_action() {
    let n = library()
        .scenarios
        .iter()
        .filter(|s| {
            s.scenario.steps.iter().any(|st| match &st.turn {
                Turn::Act(a) => a.options.iter().any(|o| {
                    o.grade == Grade::Pass && matches!(o.action, Action::Ignore | Action::Hide | Action::Escalate)
                }),
                _ => false,
            })
        })
        .count();
    assert!(n >= 3, "{n}");
}

#[test]
fn at_least_two_brands_with_different_emoji_policies() {
    let lib = library();
    let used: BTreeSet<&str> = lib.scenarios.iter().map(|s| s.scenario.brand.as_str()).collect();
    assert!(used.len() >= 2);
    let policies: BTreeSet<_> = lib.brands.values().map(|b| b.emoji.policy).collect();
    assert!(policies.len() >= 2);
}

#[test]
fn every_scenario_has_three_self_tests_and_they_all_hold() {
    let lib = library();
    let loc = someaspa::i18n::Localizer::new(Lang::En);
    let mut failures = Vec::new();
    for s in &lib.scenarios {
        // Self-tests score replies: a scenario of only pick and act turns has none to check.
        let writes = s.scenario.steps.iter().any(|st| matches!(st.turn, Turn::Write(_)));
        assert!(
            !writes || s.scenario.examples.len() >= 3,
            "{} has {} examples",
            s.scenario.id,
            s.scenario.examples.len()
        );
        for d in selftest::diagnostics(lib, s, &loc) {
            failures.push(d.render(&loc));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Issue 12, item 4: every Write step carries at least three good replies that must pass,
/// and three near-misses for each critical criterion that can fire on its channel.
#[test]
fn every_write_step_has_three_good_replies_and_three_near_misses_per_critical_criterion() {
    let lib = library();
    let loc = someaspa::i18n::Localizer::new(Lang::En);
    let gaps: Vec<String> = lib
        .scenarios
        .iter()
        .flat_map(|s| selftest::coverage_diagnostics(lib, s))
        .map(|d| d.render(&loc))
        .collect();
    assert!(gaps.is_empty(), "{} gaps:\n{}", gaps.len(), gaps.join("\n"));
}

#[test]
fn every_model_answer_passes_its_own_rubric() {
    let lib = library();
    let mut failures = Vec::new();
    for s in &lib.scenarios {
        let instance = Instance::with_defaults(s);
        for step in &instance.scenario.steps {
            let Turn::Write(w) = &step.turn else { continue };
            let scorer = instance.scorer(lib, step).expect("valid steps have rubrics");
            for answer in &w.model_answers {
                let r = scorer.score(answer);
                if !r.passed {
                    let why: Vec<String> = r
                        .criteria
                        .iter()
                        .filter(|c| {
                            c.result != someaspa::scoring::Mark::Pass && c.result != someaspa::scoring::Mark::Na
                        })
                        .map(|c| format!("{}={}", c.id, c.result.id()))
                        .collect();
                    failures.push(format!(
                        "{} / {}: {} ({})",
                        s.scenario.id,
                        step.id,
                        r.total,
                        why.join(", ")
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} model answers fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn drawn_instances_keep_model_answers_passing() {
    // Variation must not break the library: with drawn names and numbers the model answers
    // still pass (they use the same placeholders).
    let lib = library();
    let mut failures = Vec::new();
    for s in &lib.scenarios {
        for seed in [1u64, 2, 3] {
            let instance = Instance::drawn(s, seed);
            for step in &instance.scenario.steps {
                let Turn::Write(w) = &step.turn else { continue };
                let scorer = instance.scorer(lib, step).expect("rubric");
                for answer in &w.model_answers {
                    let r = scorer.score(answer);
                    if !r.passed {
                        failures.push(format!("{} seed {seed} / {}: {}", s.scenario.id, step.id, r.total));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
