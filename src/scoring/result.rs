//! Score results: per criterion, a mark, points, evidence and a message; and the total.
//!
//! The JSON shape is the contract of PRODUCT.md §7: `{"total", "passed", "critical_failed",
//! "criteria": [{"id", "result", "points", "max", "evidence": [{"start", "end", "text"}],
//! "message"}]}` with byte offsets into the reply. Messages are kept as [`Msg`] until output,
//! so a stored result can be shown again in another language.

use serde::{Deserialize, Serialize};

use crate::i18n::{Localizer, Msg};

/// A criterion's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    /// Met.
    Pass,
    /// Partly met (half the points on a three-point scale).
    Partial,
    /// Not met.
    Fail,
    /// Does not apply here; removed from the maximum.
    Na,
}

impl Mark {
    /// The id used in JSON, CSV and the store.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Mark::Pass => "pass",
            Mark::Partial => "partial",
            Mark::Fail => "fail",
            Mark::Na => "na",
        }
    }

    /// Parses an id.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Mark> {
        match id {
            "pass" => Some(Mark::Pass),
            "partial" => Some(Mark::Partial),
            "fail" => Some(Mark::Fail),
            "na" => Some(Mark::Na),
            _ => None,
        }
    }
}

/// A highlighted part of the reply: why a criterion decided as it did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The text in that range.
    pub text: String,
}

/// One criterion's result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CriterionResult {
    /// The criterion id.
    pub id: String,
    /// The label of a custom criterion (built-in ones are named through Fluent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The mark after the scale (binary scales count a partial as a pass).
    pub result: Mark,
    /// Points earned.
    pub points: f64,
    /// Points possible (0 when N/A).
    pub max: f64,
    /// Does failing it cap the total?
    pub critical: bool,
    /// The cap a critical failure imposes on the total.
    #[serde(default)]
    pub cap: u8,
    /// Where in the reply the decision came from.
    pub evidence: Vec<Evidence>,
    /// Why, in the trainee's language.
    pub message: Msg,
}

/// The result of scoring one reply against a rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreResult {
    /// 0–100.
    pub total: u8,
    /// Reached the pass mark without a critical fail.
    pub passed: bool,
    /// A critical criterion failed (the total is capped).
    pub critical_failed: bool,
    /// Per criterion, in rubric order.
    pub criteria: Vec<CriterionResult>,
}

impl ScoreResult {
    /// The JSON form of PRODUCT.md §7, messages rendered by `loc`.
    #[must_use]
    pub fn to_json(&self, loc: &Localizer) -> serde_json::Value {
        serde_json::json!({
            "total": self.total,
            "passed": self.passed,
            "critical_failed": self.critical_failed,
            "criteria": self.criteria.iter().map(|c| serde_json::json!({
                "id": c.id,
                "result": c.result.id(),
                "points": c.points,
                "max": c.max,
                "critical": c.critical,
                "evidence": c.evidence,
                "message": loc.msg(&c.message),
            })).collect::<Vec<_>>(),
        })
    }

    /// A criterion's result by id.
    #[must_use]
    pub fn criterion(&self, id: &str) -> Option<&CriterionResult> {
        self.criteria.iter().find(|c| c.id == id)
    }
}

/// The display name of a criterion result: the custom label, else the Fluent name.
#[must_use]
pub fn criterion_name(loc: &Localizer, c: &CriterionResult) -> String {
    match &c.label {
        Some(l) => l.clone(),
        None => loc.t(&format!("crit-{}", c.id)),
    }
}

/// Points as the trainee reads them: whole points without a decimal, half points with one
/// (`2`, `1.5`).
#[must_use]
pub fn format_points(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p:.1}")
    }
}
