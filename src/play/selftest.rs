//! Rubric self-tests: a scenario's example replies scored and compared with what the author
//! expects, so a library that drifts from its authors' intent fails loudly.

use super::instance::Instance;
use crate::format::diagnostic::Diagnostic;
use crate::format::locate::Locator;
use crate::i18n::{Localizer, Msg};
use crate::scenario::library::{Library, LoadedScenario};
use crate::scenario::model::Example;
use crate::scoring::{Mark, ScoreResult};
use crate::vocab::Expectation;

/// One expectation that did not hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// Index of the example in the scenario.
    pub example: usize,
    /// The reply (defaults substituted).
    pub reply: String,
    /// The criterion id, or `None` for the step's overall pass.
    pub criterion: Option<String>,
    /// What the author expected.
    pub expected: String,
    /// What the scorer gave.
    pub actual: String,
    /// The scorer's explanation.
    pub message: Option<Msg>,
    /// The author's note.
    pub note: String,
}

/// Does a mark meet an expectation?
#[must_use]
pub fn meets(expectation: Expectation, mark: Mark) -> bool {
    match expectation {
        Expectation::Pass => mark == Mark::Pass,
        Expectation::Partial => mark == Mark::Partial,
        Expectation::Fail => mark == Mark::Fail,
        Expectation::Na => mark == Mark::Na,
        Expectation::NotFail => matches!(mark, Mark::Pass | Mark::Partial),
    }
}

/// Scores one example; `None` if its step cannot be scored (validation reports that).
#[must_use]
pub fn score_example(library: &Library, instance: &Instance, example: &Example) -> Option<(String, ScoreResult)> {
    let step_id = example
        .step
        .clone()
        .or_else(|| instance.scenario.steps.first().map(|s| s.id.clone()))?;
    let step = instance.step(&step_id)?;
    let scorer = instance.scorer(library, step)?;
    let reply = instance.render(&example.reply);
    let result = scorer.score(&reply);
    Some((reply, result))
}

/// Runs every example of a scenario.
#[must_use]
pub fn run(library: &Library, loaded: &LoadedScenario) -> Vec<Mismatch> {
    let instance = Instance::with_defaults(loaded);
    let mut out = Vec::new();
    for (i, ex) in loaded.scenario.examples.iter().enumerate() {
        let Some((reply, result)) = score_example(library, &instance, ex) else {
            continue;
        };
        // A near-miss must not trip the criterion it imitates, whether or not `expect` says so.
        let implied = ex
            .near_miss
            .as_ref()
            .filter(|id| !ex.expect.contains_key(*id))
            .map(|id| (id, &Expectation::NotFail));
        for (id, expectation) in ex.expect.iter().chain(implied) {
            let Some(c) = result.criterion(id) else { continue };
            if !meets(*expectation, c.result) {
                out.push(Mismatch {
                    example: i,
                    reply: reply.clone(),
                    criterion: Some(id.clone()),
                    expected: expectation.id().to_owned(),
                    actual: c.result.id().to_owned(),
                    message: Some(c.message.clone()),
                    note: ex.note.clone(),
                });
            }
        }
        if let Some(passes) = ex.passes
            && passes != result.passed
        {
            out.push(Mismatch {
                example: i,
                reply: reply.clone(),
                criterion: None,
                expected: if passes { "pass" } else { "fail" }.to_owned(),
                actual: format!("{} ({})", if result.passed { "pass" } else { "fail" }, result.total),
                message: None,
                note: ex.note.clone(),
            });
        }
    }
    out
}

/// Self-test mismatches as diagnostics located at the example in the file.
#[must_use]
pub fn diagnostics(library: &Library, loaded: &LoadedScenario, l10n: &Localizer) -> Vec<Diagnostic> {
    let loc = Locator::new(&loaded.source);
    run(library, loaded)
        .into_iter()
        .map(|m| {
            let ex = &loaded.scenario.examples[m.example];
            let snippet: String = ex.reply.chars().take(40).collect();
            let at = match &m.criterion {
                Some(id) => loc.find(&["examples", &snippet], &format!("\"{id}\"")),
                None => loc.find(&["examples", &snippet], "passes"),
            };
            let reply: String = m.reply.chars().take(70).collect();
            let reply = if m.reply.chars().count() > 70 {
                format!("{reply}…")
            } else {
                reply
            };
            let msg = Msg::new("selftest-mismatch")
                .with("reply", reply)
                .with("criterion", m.criterion.clone().unwrap_or_else(|| "passes".to_owned()))
                .with("expected", m.expected.clone())
                .with("actual", m.actual.clone())
                .with("note", or_none(m.note.clone()))
                .with(
                    "why",
                    or_none(m.message.as_ref().map(|x| l10n.msg(x)).unwrap_or_default()),
                );
            Diagnostic::error(&loaded.file, at, msg)
        })
        .collect()
}

/// Fluent selects on the literal "none" for an absent text.
fn or_none(s: String) -> String {
    if s.trim().is_empty() { "none".to_owned() } else { s }
}

/// How many good replies every Write step should carry as self-tests.
pub const GOOD_REPLIES: usize = 3;
/// How many near-misses each critical criterion of a Write step should have.
pub const NEAR_MISSES: usize = 3;

/// A Write step whose self-tests do not cover enough: too few good replies, or too few
/// near-misses for one of its critical criteria.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageGap {
    /// The step id.
    pub step: String,
    /// The critical criterion short of near-misses; `None` for good replies.
    pub criterion: Option<String>,
    /// How many there are.
    pub have: usize,
    /// How many there should be.
    pub want: usize,
}

/// What the self-tests of a scenario leave uncovered. Criteria that cannot fire on the
/// step's channel (privacy in a DM) need no near-misses.
#[must_use]
pub fn coverage(library: &Library, loaded: &LoadedScenario) -> Vec<CoverageGap> {
    let sc = &loaded.scenario;
    let first = sc.steps.first().map(|st| st.id.as_str());
    let mut gaps = Vec::new();
    for step in &sc.steps {
        if !matches!(step.turn, crate::scenario::model::Turn::Write(_)) {
            continue;
        }
        let of_step: Vec<&Example> = sc
            .examples
            .iter()
            .filter(|e| e.step.as_deref().or(first) == Some(step.id.as_str()))
            .collect();
        let good = of_step.iter().filter(|e| e.passes == Some(true)).count();
        if good < GOOD_REPLIES {
            gaps.push(CoverageGap {
                step: step.id.clone(),
                criterion: None,
                have: good,
                want: GOOD_REPLIES,
            });
        }
        let public = step.channel.unwrap_or(sc.channel).is_public();
        for c in library.rubric_of(step).unwrap_or_default() {
            let channel_bound = matches!(
                c.kind,
                crate::scenario::rubric::CriterionKind::BuiltIn(
                    crate::scoring::catalog::CriterionId::NoPublicPii
                        | crate::scoring::catalog::CriterionId::MoveToPrivate
                )
            );
            if !c.critical || (channel_bound && !public) {
                continue;
            }
            let n = of_step
                .iter()
                .filter(|e| e.near_miss.as_deref() == Some(c.id.as_str()))
                .count();
            if n < NEAR_MISSES {
                gaps.push(CoverageGap {
                    step: step.id.clone(),
                    criterion: Some(c.id.clone()),
                    have: n,
                    want: NEAR_MISSES,
                });
            }
        }
    }
    gaps
}

/// Coverage gaps as warnings located at each step.
#[must_use]
pub fn coverage_diagnostics(library: &Library, loaded: &LoadedScenario) -> Vec<Diagnostic> {
    let loc = Locator::new(&loaded.source);
    coverage(library, loaded)
        .into_iter()
        .map(|g| {
            let anchor = Locator::step_anchor(&g.step);
            let at = loc.find(&["steps", &anchor], &anchor);
            let msg = match &g.criterion {
                None => Msg::new("selftest-coverage-good"),
                Some(id) => Msg::new("selftest-coverage-near-miss").with("criterion", id.as_str()),
            }
            .with("step", g.step.as_str())
            .num("have", u32::try_from(g.have).unwrap_or(u32::MAX))
            .num("want", u32::try_from(g.want).unwrap_or(u32::MAX));
            Diagnostic::warning(&loaded.file, at, msg)
        })
        .collect()
}
