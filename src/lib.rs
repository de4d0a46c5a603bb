//! Someaspa: practise social-media customer service.
//!
//! The crate is layered so the design shows in the folder tree:
//!
//! - [`vocab`], [`scenario`], [`scoring`], [`play`], [`progress`], [`shift`]: the UI-free core —
//!   the scenario format and its validation, the explainable scorer, playing, progress and
//!   shift mode;
//! - [`i18n`], [`assets`], [`paths`]: shared services (Fluent text, embedded files, data folder);
//! - [`cli`]: the command-line contract of PRODUCT.md §7;
//! - `ui`: the egui application, a thin layer over the core.
//!
//! Core modules never import egui.

pub mod assets;
pub mod catalog;
pub mod cli;
pub mod emoji;
pub mod eval;
pub mod format;
pub mod fsutil;
pub mod i18n;
pub mod lrs;
pub mod messages;
pub mod paths;
pub mod pattern;
pub mod play;
pub mod progress;
pub mod scenario;
pub mod scoring;
pub mod settings;
pub mod shift;
pub mod text;
pub mod timing;
pub mod trainer;
pub mod ui;
pub mod vocab;
