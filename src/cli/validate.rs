//! `someaspa validate [PATH...]`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Cli;
use crate::i18n::{Arg, Localizer};
use crate::scenario::library::Library;

/// Checks the given paths (or every pack the app loads) and prints each problem.
pub(super) fn run(
    cli: &Cli,
    loc: &Localizer,
    paths: &[PathBuf],
    json: bool,
    coverage: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let lib = if paths.is_empty() {
        let data = crate::paths::data_dir(cli.data_dir.as_ref());
        Library::load(&crate::settings::command_pack_sources(data.as_deref(), &cli.scenarios))
    } else {
        Library::load_paths(paths)
    };
    let wanted: Vec<PathBuf> = paths
        .iter()
        .map(|p| p.canonicalize().unwrap_or_else(|_| p.clone()))
        .collect();
    // A problem belongs to a given path by the path it was found at, or by where that
    // resolves: a link that leaves the pack is reported at its own path, and its target
    // (outside the pack) must not hide it (D12).
    let given: Vec<&PathBuf> = paths.iter().collect();
    let relevant = |file: &str| {
        wanted.is_empty() || {
            let f = Path::new(file);
            given.iter().any(|g| f.starts_with(g))
                || wanted.iter().any(|w| f.starts_with(w))
                || f.canonicalize().is_ok_and(|c| wanted.iter().any(|w| c.starts_with(w)))
        }
    };
    let mut all = lib.problems.clone();
    // A trainer's lexicon additions are checked with the scenarios that use them.
    if paths.is_empty() {
        for lang in crate::vocab::Lang::ALL {
            all.extend(
                crate::scoring::lexicon::Lexicon::builtin(*lang)
                    .extension_problems
                    .iter()
                    .cloned(),
            );
        }
    }
    for loaded in lib.scenarios.iter().filter(|s| relevant(&s.file)) {
        all.extend(crate::play::selftest::diagnostics(&lib, loaded, loc));
        if coverage {
            all.extend(crate::play::selftest::coverage_diagnostics(&lib, loaded));
        }
    }
    let problems: Vec<_> = all.iter().filter(|d| relevant(&d.file)).collect();
    let errors = problems.iter().filter(|d| d.is_error()).count();
    let warnings = problems.len() - errors;
    let checked = lib.scenarios.iter().filter(|s| relevant(&s.file)).count();
    if json {
        let items: Vec<serde_json::Value> = problems
            .iter()
            .map(|d| {
                serde_json::json!({
                    "file": d.file, "line": d.line, "col": d.col,
                    "severity": d.severity, "message": loc.msg(&d.msg), "id": d.msg.id,
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&items).unwrap_or_default())?;
    } else {
        for d in &problems {
            writeln!(out, "{}", d.render(loc))?;
        }
        writeln!(
            err,
            "{}",
            loc.ta(
                "cli-validate-summary",
                &[
                    ("scenarios", Arg::Num(checked as f64)),
                    ("errors", Arg::Num(errors as f64)),
                    ("warnings", Arg::Num(warnings as f64)),
                ]
            )
        )?;
    }
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
