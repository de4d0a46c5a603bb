//! `someaspa sync [--dry-run] [--json]`, `someaspa lrs set …`, `someaspa lrs status [--json]`:
//! the Learning Record Store from scripts and CI, without the app. The global `--data-dir`
//! says whose connection and outbox.

use std::io::{self, Write};
use std::process::ExitCode;

use super::Cli;
use super::args::LrsCommand;
use crate::i18n::{Arg, Localizer};
use crate::lrs::{Client, LrsConfig, config};

fn data_dir(cli: &Cli, loc: &Localizer, err: &mut impl Write) -> io::Result<Option<std::path::PathBuf>> {
    let dir = crate::paths::data_dir(cli.data_dir.as_ref());
    if dir.is_none() {
        writeln!(err, "{}", loc.t("cli-no-data-dir"))?;
    }
    Ok(dir)
}

/// Sends the outbox (or, with `--dry-run`, says what would be sent).
pub(super) fn sync(
    cli: &Cli,
    loc: &Localizer,
    dry_run: bool,
    json: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let Some(dir) = data_dir(cli, loc, err)? else {
        return Ok(ExitCode::from(2));
    };
    let (cfg, secret) = match crate::lrs::load(&dir) {
        Ok(Some((c, Some(s)))) => (c, s),
        Ok(Some((_, None))) | Ok(None) => {
            writeln!(err, "{}", loc.t("cli-lrs-not-set-up"))?;
            return Ok(ExitCode::from(2));
        }
        Err(e) => {
            return super::fail(err, loc, "cli-lrs-error", &e);
        }
    };
    let mut store = match super::report::open_store(cli, loc, err) {
        Ok(s) => s,
        Err(m) => {
            writeln!(err, "{m}")?;
            return Ok(ExitCode::from(2));
        }
    };
    let report = if dry_run {
        crate::lrs::sync::dry_run(&store)
    } else {
        let client = Client::new(&cfg, &secret);
        crate::lrs::sync::sync(&mut store, &client, |_| {})
    };
    let report = match report {
        Ok(r) => r,
        Err(e) => {
            return super::fail(err, loc, "store-error", &e);
        }
    };
    if json {
        writeln!(
            out,
            "{}",
            serde_json::json!({
                "dry_run": dry_run,
                "sent": report.sent,
                "queued": report.queued,
                "error": report.error,
                "auth_failed": report.auth_failed,
            })
        )?;
    } else {
        let id = if dry_run { "cli-sync-dry-run" } else { "cli-sync-done" };
        writeln!(
            out,
            "{}",
            loc.ta(
                id,
                &[
                    ("sent", Arg::Num(report.sent as f64)),
                    ("queued", Arg::Num(report.queued as f64)),
                ]
            )
        )?;
        if let Some(e) = &report.error {
            let id = if report.auth_failed {
                "cli-sync-auth"
            } else {
                "cli-sync-failed"
            };
            writeln!(err, "{}", loc.ta(id, &[("error", Arg::Str(e.clone()))]))?;
        }
    }
    Ok(if report.error.is_some() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// `lrs set` and `lrs status`.
pub(super) fn lrs(
    cli: &Cli,
    loc: &Localizer,
    command: &LrsCommand,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let Some(dir) = data_dir(cli, loc, err)? else {
        return Ok(ExitCode::from(2));
    };
    match command {
        LrsCommand::Set {
            endpoint,
            key,
            secret_file,
            activity_base,
            home_page,
            send_replies,
            send_names,
        } => {
            let defaults = LrsConfig::default();
            let cfg = LrsConfig {
                endpoint: endpoint.clone(),
                key: key.clone(),
                activity_base: activity_base.clone().unwrap_or(defaults.activity_base),
                home_page: home_page.clone().unwrap_or(defaults.home_page),
                send_replies: *send_replies,
                send_names: *send_names,
            };
            // The secret never comes from the command line (shell history, process list).
            let secret = match (secret_file, std::env::var("SOMEASPA_LRS_SECRET")) {
                (Some(f), _) => match crate::fsutil::read_text(f, 64 * 1024) {
                    Ok(t) => Some(t.lines().next().unwrap_or("").to_owned()),
                    Err(e) => {
                        return super::fail(err, loc, "cli-lrs-error", &e);
                    }
                },
                (None, Ok(s)) if !s.is_empty() => Some(s),
                _ => None,
            };
            if let Err(e) = cfg.save(&dir) {
                return super::fail(err, loc, "cli-lrs-error", &e);
            }
            match &secret {
                Some(s) => {
                    if let Err(e) = config::save_secret(&dir, s) {
                        return super::fail(err, loc, "cli-lrs-error", &e);
                    }
                }
                None if config::load_secret(&dir).ok().flatten().is_none() => {
                    writeln!(err, "{}", loc.t("cli-lrs-no-secret"))?;
                }
                None => {}
            }
            writeln!(
                out,
                "{}",
                loc.ta("cli-lrs-saved", &[("endpoint", Arg::Str(cfg.endpoint))])
            )?;
            Ok(ExitCode::SUCCESS)
        }
        LrsCommand::Status { json } => {
            let cfg = match LrsConfig::load(&dir) {
                Ok(c) => c,
                Err(e) => {
                    return super::fail(err, loc, "cli-lrs-error", &e);
                }
            };
            let status = match crate::progress::Store::open_read_only(&dir) {
                Ok(store) => store.outbox_status().unwrap_or_default(),
                _ => crate::progress::outbox::OutboxStatus::default(),
            };
            if *json {
                writeln!(
                    out,
                    "{}",
                    serde_json::json!({
                        "endpoint": cfg.as_ref().map(|c| c.endpoint.clone()),
                        "queued": status.queued,
                        "sent": status.sent,
                        "last_try_at": status.last_try_at,
                        "last_success_at": status.last_success_at,
                        "last_error": status.last_error,
                    })
                )?;
            } else {
                let endpoint = cfg.map_or_else(|| loc.t("cli-lrs-none"), |c| c.endpoint);
                writeln!(
                    out,
                    "{}",
                    loc.ta(
                        "cli-lrs-status",
                        &[
                            ("endpoint", Arg::Str(endpoint)),
                            ("queued", Arg::Num(status.queued as f64)),
                            ("sent", Arg::Num(status.sent as f64)),
                        ]
                    )
                )?;
                if let Some(e) = status.last_error {
                    writeln!(out, "{}", loc.ta("cli-lrs-last-error", &[("error", Arg::Str(e))]))?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
