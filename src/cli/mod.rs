//! The command line (PRODUCT.md §7): `validate`, `list`, `score`, `report`, and `shift`.
//!
//! Output for people goes through Fluent in the `--lang` language; `--json` output uses the
//! stable ids only, so scripts never depend on the language.

mod args;
mod eval;
mod list;
mod lrs;
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
    // Pack files, profile names and replies are written by other people: their control
    // characters must not reach the terminal (an id could retitle the window or clear the
    // screen, D19). JSON output is unaffected, as JSON escapes control characters itself.
    let mut out = Printable::new(std::io::stdout().lock());
    let mut err = Printable::new(std::io::stderr().lock());
    let result = match command {
        Command::Validate { paths, json, coverage } => {
            validate::run(cli, &loc, paths, *json, *coverage, &mut out, &mut err)
        }
        Command::List { json } => list::run(cli, &loc, *json, &mut out, &mut err),
        Command::Score(args) => run_score(cli, &loc, args, &mut out, &mut err),
        Command::Report {
            profile,
            format,
            out: file,
        } => report::run(cli, &loc, profile, *format, file.as_deref(), &mut out, &mut err),
        Command::Import { file, profile } => report::import(cli, &loc, file, profile.as_deref(), &mut out, &mut err),
        Command::Shift(args) => shift::run(cli, &loc, args, &mut out, &mut err),
        Command::Sync { dry_run, json } => lrs::sync(cli, &loc, *dry_run, *json, &mut out, &mut err),
        Command::Lrs(c) => lrs::lrs(cli, &loc, c, &mut out, &mut err),
        Command::Eval {
            labels,
            data,
            show,
            criterion,
            floors,
            json,
        } => eval::run(
            &loc,
            &eval::Options {
                labels: labels.as_deref(),
                data: data.as_deref(),
                show: *show,
                criterion: criterion.as_deref(),
                floors: floors.as_deref(),
                json: *json,
            },
            &mut out,
            &mut err,
        ),
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
    // Editors on Windows start UTF-8 files with a byte-order mark; it is no part of the reply.
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()))
}

/// A writer that shows control characters instead of sending them: C0 controls other than
/// tab and line ends, DEL and the C1 controls become `\u{..}` escapes.
struct Printable<W: Write> {
    inner: W,
    /// A C1 control's lead byte (0xC2) seen at the end of the previous write.
    pending_c2: bool,
}

impl<W: Write> Printable<W> {
    const fn new(inner: W) -> Self {
        Printable {
            inner,
            pending_c2: false,
        }
    }
}

impl<W: Write> Write for Printable<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut start = 0;
        let mut i = 0;
        if self.pending_c2 {
            self.pending_c2 = false;
            match buf.first() {
                Some(b @ 0x80..=0x9F) => {
                    write!(self.inner, "\\u{{{b:x}}}")?;
                    i = 1;
                    start = 1;
                }
                _ => self.inner.write_all(&[0xC2])?,
            }
        }
        while i < buf.len() {
            let b = buf[i];
            let escape = match b {
                b'\t' | b'\n' | b'\r' => None,
                0x00..=0x1F | 0x7F => Some((1, u32::from(b))),
                0xC2 if i + 1 == buf.len() => {
                    self.inner.write_all(&buf[start..i])?;
                    self.pending_c2 = true;
                    return Ok(buf.len());
                }
                0xC2 if (0x80..=0x9F).contains(&buf[i + 1]) => Some((2, u32::from(buf[i + 1]))),
                _ => None,
            };
            if let Some((len, code)) = escape {
                self.inner.write_all(&buf[start..i])?;
                write!(self.inner, "\\u{{{code:x}}}")?;
                i += len;
                start = i;
            } else {
                i += 1;
            }
        }
        self.inner.write_all(&buf[start..])?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if std::mem::take(&mut self.pending_c2) {
            self.inner.write_all(&[0xC2])?;
        }
        self.inner.flush()
    }
}

/// A core error as the command line says it: message `id` around the error's own
/// message, both in the user's language.
fn error_text(loc: &Localizer, id: &str, e: &impl crate::messages::Localize) -> String {
    loc.ta(id, &[("error", crate::i18n::Arg::Str(loc.msg(&e.msg())))])
}

/// Says [`error_text`] on stderr; the command could not run (exit code 2).
fn fail(
    err: &mut impl Write,
    loc: &Localizer,
    id: &str,
    e: &impl crate::messages::Localize,
) -> std::io::Result<ExitCode> {
    writeln!(err, "{}", error_text(loc, id, e))?;
    Ok(ExitCode::from(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(parts: &[&[u8]]) -> String {
        let mut p = Printable::new(Vec::new());
        for part in parts {
            p.write_all(part).unwrap();
        }
        p.flush().unwrap();
        String::from_utf8(p.inner).unwrap()
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(shown(&[b"\x1b]0;PWNED\x07\x1b[2J"]), "\\u{1b}]0;PWNED\\u{7}\\u{1b}[2J");
        assert_eq!(shown(&[b"a\tb\r\nc"]), "a\tb\r\nc");
        assert_eq!(shown(&["é ä \u{85}".as_bytes()]), "é ä \\u{85}");
        // A C1 control split across two writes.
        assert_eq!(shown(&[b"x\xC2", b"\x9Bz"]), "x\\u{9b}z");
        assert_eq!(shown(&[b"x\xC2", b"\xA0"]), "x\u{a0}");
    }
}
