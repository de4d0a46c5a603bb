//! `someaspa list [--json]`.

use std::io::{self, Write};
use std::process::ExitCode;

use super::Cli;
use crate::i18n::{Arg, Localizer};
use crate::scenario::library::Library;

/// Lists every scenario that loaded; problems go to standard error.
pub(super) fn run(
    cli: &Cli,
    loc: &Localizer,
    json: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let data = crate::paths::data_dir(cli.data_dir.as_ref());
    let lib = Library::load(&crate::settings::command_pack_sources(data.as_deref(), &cli.scenarios));
    if json {
        let items: Vec<serde_json::Value> = lib
            .scenarios
            .iter()
            .map(|l| {
                let s = &l.scenario;
                serde_json::json!({
                    "id": s.id,
                    "lang": s.lang,
                    "title": s.title,
                    "channel": s.channel,
                    "skills": s.skills,
                    "difficulty": s.difficulty,
                    "steps": s.steps.len(),
                    "category": s.category,
                    "brand": s.brand,
                    "time_limit": s.time_limit,
                    "pass_mark": s.pass_mark,
                    "version": l.version,
                    "file": l.file,
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&items).unwrap_or_default())?;
    } else {
        for l in &lib.scenarios {
            let s = &l.scenario;
            writeln!(
                out,
                "{:<36} {:<3} {:<10} {:<7} {:>2}  {}",
                s.id,
                s.lang,
                s.channel,
                s.difficulty,
                s.steps.len(),
                s.title
            )?;
        }
    }
    let skipped = lib.errors().count();
    if skipped > 0 {
        writeln!(
            err,
            "{}",
            loc.ta("cli-list-skipped", &[("count", Arg::Num(skipped as f64))])
        )?;
        for d in lib.errors() {
            writeln!(err, "{}", d.render(loc))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
