//! Scoring: explainable, deterministic rubric scoring of replies in Finnish and English.
//!
//! The pipeline: [`text`] splits a reply into tokens, [`matcher`] finds the [`lexicon`]'s
//! phrases and the scenario's own ones, [`analysis`] holds what was found, [`criteria`]
//! decide per criterion with evidence, and [`scorer`] does the rubric arithmetic.

pub mod analysis;
pub mod criteria;
pub mod languages;
pub mod lexicon;
pub mod matcher;
pub mod pii;
pub mod result;
pub mod scorer;
pub mod situation;
pub mod url;
pub mod xlength;

// The tokenizer, the phrase-pattern language and the criteria catalog are shared with the
// scenario validator, so they live below both; the old paths keep working.
pub use crate::{catalog, emoji, pattern, text};
pub use result::{CriterionResult, Evidence, Mark, ScoreResult};
pub use scorer::Scorer;
pub use situation::Situation;
