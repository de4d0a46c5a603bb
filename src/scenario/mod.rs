//! Scenarios: the format trainers write, loading packs, and validation.
//!
//! Nothing here knows about the UI or the scorer; the scorer reads the resolved rubrics
//! this module produces. The criteria catalog and the phrase-pattern language live below
//! both ([`crate::catalog`], [`crate::pattern`]).

pub mod graph;
pub mod library;
pub mod model;
pub mod pack;
pub mod parse;
pub mod rubric;
pub mod template;
pub mod validate;
pub mod variation;

pub use crate::format::{diagnostic, locate};
pub use diagnostic::{Diagnostic, Severity};
pub use library::{Library, LoadedScenario};
pub use model::{Brand, Scenario, Step, Track, Turn};
