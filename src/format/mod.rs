//! What the file formats share: the RON dialect of pack and lexicon files, problems with
//! their place in a file, and finding that place. Scenarios and the scorer's lexicons both
//! use it, so it sits below both.

pub mod diagnostic;
pub mod locate;

pub use diagnostic::{Diagnostic, Severity};

/// The RON dialect of pack files: `Some(..)` optional and single parentheses for turns.
#[must_use]
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(
        ron::extensions::Extensions::IMPLICIT_SOME | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
    )
}
