//! `someaspa report`, `someaspa import`, and recording `score --profile`.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use super::Cli;
use super::args::ReportFormat;
use crate::i18n::{Arg, Localizer};
use crate::play::{Answer, Instance, Session, SessionError};
use crate::progress::record::{Attempt, now};
use crate::progress::{Opened, Store, export};
use crate::scenario::Library;
use crate::scenario::model::Turn;
use crate::scoring::ScoreResult;

/// Opens the store of the data folder, telling the user when a damaged file was moved aside.
pub(super) fn open_store(cli: &Cli, loc: &Localizer, err: &mut impl Write) -> Result<Store, String> {
    let Some(dir) = crate::paths::data_dir(cli.data_dir.as_ref()) else {
        return Err(loc.t("cli-no-data-dir"));
    };
    match Store::open(&dir) {
        Ok((store, Opened::MovedAside { to })) => {
            let _ = writeln!(
                err,
                "{}",
                loc.ta("store-moved-aside", &[("path", Arg::Str(to.display().to_string()))])
            );
            Ok(store)
        }
        Ok((store, _)) => Ok(store),
        Err(e) => Err(super::error_text(loc, "store-error", &e)),
    }
}

/// A step played from the command line: its result, and why it was not kept if it was not.
pub(super) struct Played {
    /// The step's result, shown whether or not it was kept.
    pub result: ScoreResult,
    /// Why the attempt is not in the store (an empty reply, a read-only or full disk);
    /// `None` when it was recorded.
    pub not_kept: Option<String>,
}

/// Plays one step of a scenario with the given answer and records the attempt. The
/// result comes back even when recording fails, so a full disk does not also lose the
/// score (D23). `Err` when the step could not be played at all.
#[expect(clippy::too_many_arguments, reason = "the command's options, passed through")]
pub(super) fn record_step(
    cli: &Cli,
    library: &Library,
    loc: &Localizer,
    id: &str,
    step: Option<&str>,
    reply: &str,
    seed: Option<u64>,
    profile: &str,
) -> Result<Played, String> {
    let s = |v: &str| Arg::Str(v.to_owned());
    let loaded = library
        .scenario(id)
        .ok_or_else(|| loc.ta("cli-score-unknown-scenario", &[("id", s(id))]))?;
    let instance = Instance::for_attempt(loaded, seed);
    let step_ref = step.unwrap_or("1");
    let step_id = instance
        .step_by_ref(step_ref)
        .map(|st| (st.id.clone(), st.turn.clone()))
        .ok_or_else(|| loc.ta("cli-score-unknown-step", &[("step", s(step_ref))]))?;
    // The ids a pick or action turn accepts, for the message when the reply is none of them.
    let options = match &step_id.1 {
        Turn::Write(_) => String::new(),
        Turn::Pick(p) => p.options.iter().map(|o| o.id.as_str()).collect::<Vec<_>>().join(", "),
        Turn::Act(a) => a.options.iter().map(|o| o.action.id()).collect::<Vec<_>>().join(", "),
    };
    let wrong = || {
        loc.ta(
            "cli-score-unknown-choice",
            &[("given", s(reply.trim())), ("options", s(&options))],
        )
    };
    let blank = matches!(step_id.1, Turn::Write(_)) && crate::scoring::scorer::is_blank(reply);
    let answer = match &step_id.1 {
        Turn::Write(_) => Answer::Text(reply.to_owned()),
        Turn::Pick(_) => Answer::Choice(reply.trim().to_owned()),
        Turn::Act(_) => Answer::Action(reply.trim().parse().map_err(|_| wrong())?),
    };
    let started = now();
    let mut session = Session::starting_at(instance, &step_id.0);
    // The command line has no clock on the trainee: the time taken is recorded as 0.
    let result = session
        .submit(library, answer, 0)
        .map_err(|e| match e {
            SessionError::NotScorable => loc.ta("cli-score-unknown-step", &[("step", s(step_ref))]),
            SessionError::WrongAnswer | SessionError::Finished => wrong(),
        })?
        .result
        .clone();
    if blank {
        // An empty reply is no attempt: it is scored (0) but not kept (D23).
        return Ok(Played {
            result,
            not_kept: Some(loc.t("cli-score-empty-not-recorded")),
        });
    }
    let attempt = Attempt::from_session(&session, profile, started, loc);
    let not_kept = keep(cli, library, loc, &attempt)
        .err()
        .map(|why| loc.ta("cli-score-not-kept", &[("why", s(&why))]));
    Ok(Played { result, not_kept })
}

/// Records a played attempt, with its LRS statements when an LRS is set up.
fn keep(cli: &Cli, library: &Library, loc: &Localizer, attempt: &Attempt) -> Result<(), String> {
    let mut sink = io::stderr();
    let mut store = open_store(cli, loc, &mut sink)?;
    // Recorded as the app records it: with an LRS set up, its statements are queued too
    // (`someaspa sync` sends them).
    let data = crate::paths::data_dir(cli.data_dir.as_ref());
    let lrs = match data.as_deref().map(crate::lrs::LrsConfig::load) {
        Some(Ok(c)) => c,
        Some(Err(e)) => return Err(super::error_text(loc, "cli-lrs-error", &e)),
        None => None,
    };
    crate::lrs::record_attempt(&mut store, lrs.as_ref(), library, attempt)
        .map(|_| ())
        .map_err(|e| super::error_text(loc, "store-error", &e))
}

/// Writes a report.
pub(super) fn run(
    cli: &Cli,
    loc: &Localizer,
    profile: &str,
    format: ReportFormat,
    out_file: Option<&Path>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    // A report only reads: a read-only folder or a backup can be reported on (D11).
    let Some(dir) = crate::paths::data_dir(cli.data_dir.as_ref()) else {
        writeln!(err, "{}", loc.t("cli-no-data-dir"))?;
        return Ok(ExitCode::from(2));
    };
    let store = match Store::open_read_only(&dir) {
        Ok(s) => s,
        Err(e) => {
            return super::fail(err, loc, "store-error", &e);
        }
    };
    let known = match store.profiles() {
        Ok(k) => k,
        Err(e) => {
            return super::fail(err, loc, "store-error", &e);
        }
    };
    if known.is_empty() && !dir.join(crate::progress::store::FILE_NAME).exists() {
        // Usually a mistyped --data-dir: say so rather than "no such profile".
        writeln!(
            err,
            "{}",
            loc.ta("cli-report-no-store", &[("dir", Arg::Str(dir.display().to_string()))])
        )?;
        return Ok(ExitCode::from(2));
    }
    if !known.iter().any(|p| p == profile) {
        writeln!(
            err,
            "{}",
            loc.ta(
                "cli-report-unknown-profile",
                &[
                    ("profile", Arg::Str(profile.to_owned())),
                    ("known", Arg::Str(known.join(", ")))
                ]
            )
        )?;
        return Ok(ExitCode::from(2));
    }
    let text = match format {
        ReportFormat::Csv => export::csv(&store, profile),
        ReportFormat::Html => export::html(&store, profile, loc),
        ReportFormat::Json => export::export_text(&store, profile),
    };
    // A damaged row is left out of the report, and named here (D10).
    for d in store.damaged_attempts(profile).unwrap_or_default() {
        writeln!(
            err,
            "{}",
            loc.ta(
                "cli-report-damaged",
                &[("uid", Arg::Str(d.uid)), ("error", Arg::Str(d.error))]
            )
        )?;
    }
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            return super::fail(err, loc, "store-error", &e);
        }
    };
    match out_file {
        Some(path) => {
            if let Err(e) = crate::fsutil::write_atomic(path, text.as_bytes()) {
                writeln!(
                    err,
                    "{}",
                    loc.ta(
                        "cli-write-error",
                        &[
                            ("path", Arg::Str(path.display().to_string())),
                            ("error", Arg::Str(loc.msg(&crate::messages::io_msg(path, &e))))
                        ]
                    )
                )?;
                return Ok(ExitCode::from(2));
            }
            writeln!(
                err,
                "{}",
                loc.ta("cli-report-written", &[("path", Arg::Str(path.display().to_string()))])
            )?;
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Imports a trainee's export.
pub(super) fn import(
    cli: &Cli,
    loc: &Localizer,
    file: &Path,
    profile: Option<&str>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let mut store = match open_store(cli, loc, err) {
        Ok(s) => s,
        Err(msg) => {
            writeln!(err, "{msg}")?;
            return Ok(ExitCode::from(2));
        }
    };
    let data = crate::paths::data_dir(cli.data_dir.as_ref());
    let library = Library::load(&crate::settings::command_pack_sources(data.as_deref(), &cli.scenarios));
    match export::import(&mut store, file, profile, &library, loc) {
        Ok(r) => {
            for m in r.messages() {
                writeln!(out, "{}", loc.msg(&m))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            writeln!(err, "{}", super::error_text(loc, "import-failed", &e))?;
            Ok(ExitCode::from(1))
        }
    }
}
