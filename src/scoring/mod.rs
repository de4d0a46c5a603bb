//! Scoring: explainable, deterministic rubric scoring of replies in Finnish and English.

pub mod catalog;
pub mod pattern;
pub mod text;
