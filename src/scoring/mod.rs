//! Scoring: explainable, deterministic rubric scoring of replies in Finnish and English.
//!
//! The pipeline: [`text`] splits a reply into tokens, [`matcher`] finds the [`lexicon`]'s
//! phrases and the scenario's own ones, [`analysis`] holds what was found, [`criteria`]
//! decide per criterion with evidence, and [`scorer`] does the rubric arithmetic.

pub mod analysis;
pub mod catalog;
pub mod criteria;
pub mod emoji;
pub mod languages;
pub mod lexicon;
pub mod matcher;
pub mod pattern;
pub mod pii;
pub mod result;
pub mod scorer;
pub mod situation;
pub mod text;
pub mod url;
pub mod xlength;

pub use result::{CriterionResult, Evidence, Mark, ScoreResult};
pub use scorer::Scorer;
pub use situation::Situation;
