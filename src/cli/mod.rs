//! The command line (PRODUCT.md §7): `validate`, `list`, `score`, `report`.
//!
//! Output for people goes through Fluent in the `--lang` language; `--json` output uses the
//! stable ids only, so scripts never depend on the language.

mod args;
mod list;
mod validate;

use std::io::Write;
use std::process::ExitCode;

pub use args::{Cli, Command};

use crate::i18n::Localizer;
use crate::vocab::Lang;

/// The language for messages: `--lang`, else the environment's (`LANG=fi_FI...`), else English.
#[must_use]
pub fn message_lang(given: Option<Lang>) -> Lang {
    given.unwrap_or_else(|| {
        let env = std::env::var("LC_ALL")
            .or_else(|_| std::env::var("LC_MESSAGES"))
            .or_else(|_| std::env::var("LANG"))
            .unwrap_or_default();
        if env.starts_with("fi") { Lang::Fi } else { Lang::En }
    })
}

/// Runs a subcommand; returns the process exit code.
#[must_use]
pub fn run(cli: &Cli, command: &Command) -> ExitCode {
    let loc = Localizer::new(message_lang(cli.lang));
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let result = match command {
        Command::Validate { paths, json } => validate::run(cli, &loc, paths, *json, &mut out, &mut err),
        Command::List { json } => list::run(cli, &loc, *json, &mut out, &mut err),
    };
    let _ = out.flush();
    match result {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`someaspa list | head`) is not an error worth a message.
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                let _ = writeln!(err, "{}", loc.ta("cli-io-error", &[("error", crate::i18n::Arg::Str(e.to_string()))]));
            }
            ExitCode::from(2)
        }
    }
}
