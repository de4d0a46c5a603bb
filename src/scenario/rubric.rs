//! Resolving a step's rubric: the shared base, the step's own criteria, removals, defaults.

use super::model::{CriterionSpec, CustomCriterion, Rubric, RubricSpec};
use crate::catalog::CriterionId;
use crate::vocab::Scale;

/// What a criterion is.
#[derive(Debug, Clone, PartialEq)]
pub enum CriterionKind {
    /// A built-in criterion.
    BuiltIn(CriterionId),
    /// A custom criterion defined in the scenario.
    Custom(CustomCriterion),
}

/// A criterion with every setting decided.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedCriterion {
    /// Its id.
    pub id: String,
    /// Built-in or custom.
    pub kind: CriterionKind,
    /// Points.
    pub weight: u32,
    /// Binary or three-point.
    pub scale: Scale,
    /// Does failing it cap the total?
    pub critical: bool,
    /// The cap when it fails critically.
    pub cap: u8,
    /// Extra phrases from the scenario.
    pub phrases: Vec<String>,
}

/// A rubric ready for scoring.
pub type ResolvedRubric = Vec<ResolvedCriterion>;

/// What is wrong with a rubric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RubricProblem {
    /// `base` names no known rubric.
    UnknownBase(String),
    /// An id that is neither built in nor custom; with the closest built-in id.
    UnknownCriterion {
        /// The id.
        id: String,
        /// A likely intended id.
        suggestion: Option<&'static str>,
    },
    /// A custom criterion reuses a built-in id.
    CustomShadowsBuiltIn(String),
    /// `remove` names a criterion the base does not have.
    RemoveNotInBase(String),
    /// The same id twice in the step's own criteria.
    Duplicate(String),
    /// A weight of zero.
    ZeroWeight(String),
    /// Weights that do not add up to 100.
    WeightSum {
        /// The actual sum.
        sum: u32,
        /// "id weight" pairs, for the message.
        breakdown: String,
    },
    /// No criteria at all.
    Empty,
    /// A custom criterion with nothing to check.
    CustomEmpty(String),
    /// A custom criterion's regular expression does not compile.
    BadPattern {
        /// The criterion.
        id: String,
        /// The regex error.
        error: String,
    },
    /// A cap above 100.
    CapTooHigh(String),
}

/// Weights of a rubric must add up to this.
pub const WEIGHT_TOTAL: u32 = 100;

/// Resolves a rubric spec against the shared rubrics, reporting every problem found.
///
/// # Errors
/// Every problem; the rubric is unusable if there is any.
pub fn resolve<'r>(
    spec: &RubricSpec,
    shared: impl Fn(&str) -> Option<&'r Rubric>,
) -> Result<ResolvedRubric, Vec<RubricProblem>> {
    let mut problems = Vec::new();
    let mut specs: Vec<CriterionSpec> = Vec::new();
    if let Some(base) = &spec.base {
        match shared(base) {
            Some(r) => specs.extend(r.criteria.iter().cloned()),
            None => problems.push(RubricProblem::UnknownBase(base.clone())),
        }
    }
    for id in &spec.remove {
        let before = specs.len();
        specs.retain(|c| &c.id != id);
        if specs.len() == before && spec.base.as_ref().is_some_and(|b| shared(b).is_some()) {
            problems.push(RubricProblem::RemoveNotInBase(id.clone()));
        }
    }
    let mut own_ids: Vec<&str> = Vec::new();
    for c in &spec.criteria {
        if own_ids.contains(&c.id.as_str()) {
            problems.push(RubricProblem::Duplicate(c.id.clone()));
            continue;
        }
        own_ids.push(&c.id);
        match specs.iter_mut().find(|s| s.id == c.id) {
            Some(existing) => *existing = c.clone(),
            None => specs.push(c.clone()),
        }
    }
    if specs.is_empty() {
        problems.push(RubricProblem::Empty);
    }
    let mut out = Vec::with_capacity(specs.len());
    for c in specs {
        if let Some(r) = resolve_one(&c, &mut problems) {
            out.push(r);
        }
    }
    let sum: u32 = out.iter().map(|c| c.weight).sum();
    if !out.is_empty() && sum != WEIGHT_TOTAL {
        let breakdown = out
            .iter()
            .map(|c| format!("{} {}", c.id, c.weight))
            .collect::<Vec<_>>()
            .join(", ");
        problems.push(RubricProblem::WeightSum { sum, breakdown });
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

fn resolve_one(c: &CriterionSpec, problems: &mut Vec<RubricProblem>) -> Option<ResolvedCriterion> {
    if c.weight == 0 {
        problems.push(RubricProblem::ZeroWeight(c.id.clone()));
    }
    if c.cap.is_some_and(|cap| cap > 100) {
        problems.push(RubricProblem::CapTooHigh(c.id.clone()));
    }
    let builtin = CriterionId::from_id(&c.id);
    let kind = match (&c.custom, builtin) {
        (Some(_), Some(_)) => {
            problems.push(RubricProblem::CustomShadowsBuiltIn(c.id.clone()));
            return None;
        }
        (Some(custom), None) => {
            if custom.require.is_empty() && custom.avoid.is_empty() && custom.pattern.is_none() {
                problems.push(RubricProblem::CustomEmpty(c.id.clone()));
            }
            // Checked as it will be compiled: placeholders filled in (with a stand-in value,
            // as the draw is not known here) and `{{` / `}}` turned into braces.
            let stand_ins = |p: &str| -> super::template::Values {
                super::template::placeholders(p)
                    .into_iter()
                    .map(|n| (n.to_owned(), "x".to_owned()))
                    .collect()
            };
            if let Some(p) = &custom.pattern
                && let Err(e) = regex::RegexBuilder::new(&super::template::render(p, &stand_ins(p)))
                    .case_insensitive(true)
                    .build()
            {
                problems.push(RubricProblem::BadPattern {
                    id: c.id.clone(),
                    error: e.to_string(),
                });
            }
            CriterionKind::Custom(custom.clone())
        }
        (None, Some(b)) => CriterionKind::BuiltIn(b),
        (None, None) => {
            problems.push(RubricProblem::UnknownCriterion {
                id: c.id.clone(),
                suggestion: suggest(&c.id),
            });
            return None;
        }
    };
    let defaults = match &kind {
        CriterionKind::BuiltIn(b) => b.defaults(),
        CriterionKind::Custom(_) => crate::catalog::Defaults {
            scale: Scale::Binary,
            critical: false,
        },
    };
    Some(ResolvedCriterion {
        id: c.id.clone(),
        kind,
        weight: c.weight,
        scale: c.scale.unwrap_or(defaults.scale),
        critical: c.critical.unwrap_or(defaults.critical),
        cap: c.cap.unwrap_or(0).min(100),
        phrases: c.phrases.clone(),
    })
}

/// The built-in id closest to a misspelt one, if any is close.
#[must_use]
pub fn suggest(id: &str) -> Option<&'static str> {
    CriterionId::ALL
        .iter()
        .map(|c| (strsim::damerau_levenshtein(id, c.id()), c.id()))
        .filter(|(d, _)| *d <= 3)
        .min_by_key(|(d, _)| *d)
        .map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: &str, weight: u32) -> CriterionSpec {
        CriterionSpec {
            id: id.to_owned(),
            weight,
            scale: None,
            critical: None,
            cap: None,
            phrases: vec![],
            custom: None,
        }
    }

    fn base() -> Rubric {
        Rubric {
            format: 1,
            id: "b".into(),
            description: String::new(),
            criteria: vec![c("apology", 50), c("no-forbidden", 50)],
        }
    }

    #[test]
    fn replaces_removes_and_applies_defaults() {
        let b = base();
        let spec = RubricSpec {
            base: Some("b".into()),
            criteria: vec![c("apology", 40), c("thanks", 60)],
            remove: vec!["no-forbidden".into()],
        };
        let r = resolve(&spec, |id| (id == "b").then_some(&b)).unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].weight, 40);
        assert_eq!(r[1].scale, Scale::Binary);
        let nf = resolve(
            &RubricSpec {
                base: Some("b".into()),
                ..RubricSpec::default()
            },
            |id| (id == "b").then_some(&b),
        )
        .unwrap();
        assert!(nf[1].critical, "no-forbidden is critical by default");
    }

    #[test]
    fn reports_every_problem() {
        let spec = RubricSpec {
            base: Some("missing".into()),
            criteria: vec![c("apologgy", 30), c("thanks", 0), c("thanks", 5)],
            remove: vec![],
        };
        let problems = resolve(&spec, |_| None).unwrap_err();
        assert!(problems.contains(&RubricProblem::UnknownBase("missing".into())));
        assert!(problems.contains(&RubricProblem::UnknownCriterion {
            id: "apologgy".into(),
            suggestion: Some("apology")
        }));
        assert!(problems.contains(&RubricProblem::ZeroWeight("thanks".into())));
        assert!(problems.contains(&RubricProblem::Duplicate("thanks".into())));
        assert!(
            problems
                .iter()
                .any(|p| matches!(p, RubricProblem::WeightSum { sum: 0, .. }))
        );
    }
}
