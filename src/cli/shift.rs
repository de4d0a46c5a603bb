//! `someaspa shift [--seed N | --daily [--date D]] [--difficulty LEVEL] [--minutes M] [--json]`:
//! the queue a shift would bring, so trainers can see (and share) what a seed or a day holds.

use std::io::{self, Write};
use std::process::ExitCode;

use super::Cli;
use super::args::ShiftArgs;
use crate::i18n::{Arg, Localizer};
use crate::scenario::library::Library;
use crate::shift::config::daily_seed;
use crate::shift::{Shift, ShiftSpec, clock};

/// Draws the shift and prints its queue.
pub(super) fn run(
    cli: &Cli,
    loc: &Localizer,
    args: &ShiftArgs,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let data = crate::paths::data_dir(cli.data_dir.as_ref());
    let lib = Library::load(&crate::settings::command_pack_sources(data.as_deref(), &cli.scenarios));
    let lang = super::message_lang(cli.lang);
    let date = args
        .daily
        .then(|| args.date.unwrap_or_else(|| jiff::Zoned::now().date()));
    let seed = match (date, args.seed) {
        (Some(d), _) => daily_seed(d),
        (None, Some(s)) => s,
        (None, None) => rand::random(),
    };
    let spec = ShiftSpec {
        lang,
        level: args.difficulty,
        minutes: args.minutes,
        seed,
        daily: date.is_some(),
    };
    let shift = match Shift::draw(&lib, spec) {
        Ok(s) => s,
        Err(e) => {
            return super::fail(err, loc, "cli-shift-error", &e);
        }
    };
    if args.json {
        let posts: Vec<serde_json::Value> = shift
            .posts
            .iter()
            .map(|p| {
                serde_json::json!({
                    "index": p.index,
                    "arrival_ms": p.arrival_ms,
                    "arrival": clock(p.arrival_ms),
                    "scenario": p.scenario().id,
                    "channel": p.triage.channel,
                    "urgency": p.triage.urgency,
                    "troll": p.triage.troll,
                    "public_complaint": p.triage.public_complaint,
                    "customer": p.scenario().persona.name,
                    "seed": p.seed,
                })
            })
            .collect();
        let doc = serde_json::json!({
            "seed": seed,
            "daily": date.map(|d| d.to_string()),
            "difficulty": spec.level,
            "minutes": spec.minutes,
            "lang": lang,
            "posts": posts,
        });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default())?;
    } else {
        let level = loc.t(&format!("shift-level-{}", spec.level.id()));
        writeln!(
            out,
            "{}",
            loc.ta(
                "cli-shift-header",
                &[
                    ("level", Arg::Str(level)),
                    ("minutes", Arg::Num(f64::from(spec.minutes))),
                    ("seed", Arg::Str(seed.to_string())),
                    ("posts", Arg::Num(shift.posts.len() as f64)),
                ]
            )
        )?;
        for p in &shift.posts {
            writeln!(
                out,
                "{:>6}  {:<10} {:<12} {}",
                clock(p.arrival_ms),
                p.triage.channel.id(),
                p.triage.urgency.id(),
                p.scenario().id
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
