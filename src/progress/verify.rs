//! Re-scoring an imported attempt on the trainer's machine.
//!
//! A trainee's export is a claim, not a record: anyone can edit a JSON file, turn ten failed
//! criteria into "100/100" and add a trainer's approval (D7 of the reliability review). So an
//! import never keeps the file's results. Every reply is scored again here, with the scenario
//! version the attempt names and the seed of its draw, and the attempt keeps this machine's
//! results. Trainer overrides in the file are dropped: only a trainer on this machine
//! reviews. Where the file claimed something else, the attempt is marked so the trainer sees
//! it; where the scenario version is not here, it is marked "not re-scored" and never counts
//! as passed.

use super::record::{Attempt, ImportCheck};
use crate::i18n::Localizer;
use crate::play::Instance;
use crate::play::session::{StepRecord, outcome};
use crate::scenario::library::Library;
use crate::scoring::ScoreResult;

/// Re-scores an imported attempt in place and sets its [`ImportCheck`].
pub fn rescore(a: &mut Attempt, library: &Library, loc: &Localizer) {
    let check = recheck(a, library, loc);
    a.import_check = Some(check);
    for s in &mut a.steps {
        s.overrides = vec![None; s.result.criteria.len()];
    }
    if check == ImportCheck::NotRescored {
        a.passed = false;
    }
}

/// Scores every step again; replaces the results when every step could be scored.
fn recheck(a: &mut Attempt, library: &Library, loc: &Localizer) -> ImportCheck {
    let Some(loaded) = library.scenario(&a.scenario) else {
        return ImportCheck::NotRescored;
    };
    if loaded.version != a.version {
        return ImportCheck::NotRescored;
    }
    let instance = match a.seed {
        Some(seed) => Instance::drawn(loaded, seed),
        None => Instance::with_defaults(loaded),
    };
    let mut records = Vec::with_capacity(a.steps.len());
    for s in &a.steps {
        let Some(step) = instance.step(&s.step) else {
            return ImportCheck::NotRescored;
        };
        let Ok(result) = instance.score_answer(library, step, &s.answer) else {
            return ImportCheck::NotRescored;
        };
        records.push(StepRecord {
            step: s.step.clone(),
            channel: instance.channel_of(step),
            answer: s.answer.clone(),
            result,
            elapsed_ms: s.elapsed_ms,
        });
    }
    let o = outcome(&records, instance.scenario.pass_mark);
    let mut differs = a.total != o.total || a.passed != o.passed || a.critical_failed != o.critical_failed;
    for (kept, record) in a.steps.iter_mut().zip(records) {
        differs |= claims_differ(&kept.result, &record.result);
        kept.shown = record.result.criteria.iter().map(|c| loc.msg(&c.message)).collect();
        kept.channel = record.channel;
        kept.result = record.result;
    }
    a.total = o.total;
    a.passed = o.passed;
    a.critical_failed = o.critical_failed;
    if differs {
        ImportCheck::Differs
    } else {
        ImportCheck::Rescored
    }
}

/// Did the file claim a different result for a step than scoring it here gives?
fn claims_differ(claimed: &ScoreResult, here: &ScoreResult) -> bool {
    claimed.total != here.total
        || claimed.passed != here.passed
        || claimed.critical_failed != here.critical_failed
        || claimed.criteria.len() != here.criteria.len()
        || claimed
            .criteria
            .iter()
            .zip(&here.criteria)
            .any(|(c, h)| c.id != h.id || c.result != h.result || (c.points - h.points).abs() > 1e-6)
}
