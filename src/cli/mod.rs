//! The command line (PRODUCT.md §7): `validate`, `list`, `score`, `report`, and `shift`.
//!
//! Output for people goes through Fluent in the `--lang` language; `--json` output uses the
//! stable ids only, so scripts never depend on the language.

mod args;
mod list;
mod report;
mod score;
mod shift;
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
        Command::Score(args) => run_score(cli, &loc, args, &mut out, &mut err),
        Command::Report {
            profile,
            format,
            out: file,
        } => report::run(cli, &loc, profile, *format, file.as_deref(), &mut out, &mut err),
        Command::Import { file, profile } => report::import(cli, &loc, file, profile.as_deref(), &mut out, &mut err),
        Command::Shift(args) => shift::run(cli, &loc, args, &mut out, &mut err),
    };
    let _ = out.flush();
    match result {
        Ok(code) => code,
        Err(e) => {
            // A closed pipe (`someaspa list | head`) is not an error worth a message.
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                let _ = writeln!(
                    err,
                    "{}",
                    loc.ta("cli-io-error", &[("error", crate::i18n::Arg::Str(e.to_string()))])
                );
            }
            ExitCode::from(2)
        }
    }
}

fn run_score(
    cli: &Cli,
    loc: &Localizer,
    args: &args::ScoreArgs,
    out: &mut impl Write,
    err: &mut impl Write,
) -> std::io::Result<ExitCode> {
    let reply = match (&args.reply, &args.reply_file) {
        (Some(r), _) => Some(r.clone()),
        (None, Some(path)) => match read_text(path) {
            Ok(t) => Some(t),
            Err(e) => {
                writeln!(
                    err,
                    "{}",
                    loc.ta(
                        "cli-read-error",
                        &[
                            ("path", crate::i18n::Arg::Str(path.display().to_string())),
                            ("error", crate::i18n::Arg::Str(e.to_string()))
                        ]
                    )
                )?;
                return Ok(ExitCode::from(2));
            }
        },
        (None, None) => None,
    };
    let req = score::Request {
        scenario: args.scenario.as_deref(),
        step: args.step.as_deref(),
        criteria: args.criteria.as_deref(),
        channel: args.channel,
        customer_name: args.customer_name.as_deref(),
        reply,
        batch: args.batch.as_deref(),
        json: args.json,
        seed: args.seed,
        profile: args.profile.as_deref(),
    };
    score::run(cli, loc, &req, out, err)
}

/// Reads a text file or standard input (`-`) as UTF-8.
fn read_text(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(path)?;
    }
    String::from_utf8(bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()))
}
