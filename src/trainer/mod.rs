//! Trainer tools without any UI: the trainer PIN, the scenario document being edited (with
//! undo and autosave), the step outline, pack exchange and calibration of the scorer.
//!
//! The trainer area of the app (`ui::trainer`) is a thin layer over these modules.

pub mod autosave;
pub mod calibration;
pub mod document;
pub mod outline;
pub mod packs;
pub mod pin;
