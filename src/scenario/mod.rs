//! Scenarios: the format trainers write, loading packs, and validation.
//!
//! Nothing here knows about the UI or scoring logic; the scorer reads the resolved rubrics
//! this module produces.

pub mod diagnostic;
pub mod library;
pub mod locate;
pub mod model;
pub mod pack;
pub mod parse;
pub mod rubric;
pub mod template;
pub mod validate;
pub mod variation;

pub use diagnostic::{Diagnostic, Severity};
pub use library::{Library, LoadedScenario};
pub use model::{Brand, Scenario, Step, Track, Turn};
