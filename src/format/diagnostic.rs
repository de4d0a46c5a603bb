//! Problems found while loading and validating packs, with the place a trainer must fix.

use serde::Serialize;

use crate::i18n::{Localizer, Msg};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; the file still loads.
    Warning,
    /// The file (or the scenario in it) is skipped.
    Error,
}

/// One problem: where (file, line, column) and what (a translatable message).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// The file as the user knows it (a path, or `scenarios/...` for the built-in pack).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and how to fix it.
    pub msg: Msg,
}

impl Diagnostic {
    /// An error at a place.
    #[must_use]
    pub fn error(file: &str, (line, col): (usize, usize), msg: Msg) -> Self {
        Diagnostic {
            file: file.to_owned(),
            line,
            col,
            severity: Severity::Error,
            msg,
        }
    }

    /// A warning at a place.
    #[must_use]
    pub fn warning(file: &str, (line, col): (usize, usize), msg: Msg) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, (line, col), msg)
        }
    }

    /// Is this an error (as opposed to a warning)?
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col: message`, the form editors and CI logs understand.
    #[must_use]
    pub fn render(&self, loc: &Localizer) -> String {
        let text = loc.msg(&self.msg);
        if self.severity == Severity::Warning {
            let prefix = loc.t("diag-warning-prefix");
            format!("{}:{}:{}: {prefix}: {text}", self.file, self.line, self.col)
        } else {
            format!("{}:{}:{}: {text}", self.file, self.line, self.col)
        }
    }
}
