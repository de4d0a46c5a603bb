//! `someaspa score`: one reply, an ad-hoc rubric, or a batch of JSON lines. The scoring
//! itself is [`crate::play::request`]; this file reads the input and prints the results.

use std::collections::HashMap;
use std::io::{self, BufRead, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use super::Cli;
use crate::i18n::{Arg, Localizer};
use crate::play::request::{RequestError, Scorers, score_criteria};
use crate::scenario::library::Library;
use crate::scoring::ScoreResult;
use crate::scoring::result::{criterion_name, format_points};
use crate::vocab::{Channel, Lang};

/// The arguments of `score` (see [`super::args::ScoreArgs`]).
pub(super) struct Request<'a> {
    pub scenario: Option<&'a str>,
    pub step: Option<&'a str>,
    pub criteria: Option<&'a str>,
    pub channel: Option<Channel>,
    pub customer_name: Option<&'a str>,
    pub reply: Option<String>,
    pub batch: Option<&'a Path>,
    pub json: bool,
    pub seed: Option<u64>,
    pub profile: Option<&'a str>,
}

/// Runs `score`.
pub(super) fn run(
    cli: &Cli,
    loc: &Localizer,
    req: &Request<'_>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let needs_library = req.scenario.is_some() || req.batch.is_some();
    let library = if needs_library {
        let data = crate::paths::data_dir(cli.data_dir.as_ref());
        Library::load(&crate::settings::command_pack_sources(data.as_deref(), &cli.scenarios))
    } else {
        Library::default()
    };
    warn_lexicon_problems(loc, err)?;
    let mut cache = Scorers::new(&library);
    if let Some(path) = req.batch {
        return run_batch(cli, &mut cache, path, out, err);
    }
    let Some(reply) = &req.reply else {
        writeln!(
            err,
            "{}",
            loc.msg(&RequestError::Missing("--reply / --reply-file").msg())
        )?;
        return Ok(ExitCode::from(2));
    };
    // Why a played step was not kept: said after its result, and the exit code is 2.
    let mut not_kept = None;
    let result = if let (Some(id), Some(profile)) = (req.scenario, req.profile) {
        // Recorded exactly as the app records a played step: a session, an attempt, the store.
        match super::report::record_step(cli, &library, loc, id, req.step, reply, req.seed, profile) {
            Ok(played) => {
                not_kept = played.not_kept;
                Ok(played.result)
            }
            Err(msg) => {
                writeln!(err, "{msg}")?;
                return Ok(ExitCode::from(2));
            }
        }
    } else if let Some(id) = req.scenario {
        cache.score_scenario(id, req.step, reply, req.seed).map(|(r, _)| r)
    } else if let Some(criteria) = req.criteria {
        match (cli.lang, req.channel) {
            (Some(lang), Some(channel)) => {
                let ids: Vec<&str> = criteria.split(',').collect();
                score_criteria(&ids, lang, channel, req.customer_name, reply)
            }
            (None, _) => Err(RequestError::Missing("--lang")),
            (_, None) => Err(RequestError::Missing("--channel")),
        }
    } else {
        Err(RequestError::Missing("--scenario / --criteria / --batch"))
    };
    match result {
        Ok(r) => {
            if req.json {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&r.to_json(loc)).unwrap_or_default()
                )?;
            } else {
                print_table(loc, &r, out)?;
            }
            if let Some(why) = not_kept {
                writeln!(err, "{why}")?;
                return Ok(ExitCode::from(2));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            writeln!(err, "{}", loc.msg(&e.msg()))?;
            Ok(ExitCode::from(2))
        }
    }
}

/// The longest batch line read: a reply of a megabyte and its JSON escaping fit easily.
const MAX_BATCH_LINE: usize = 16 * 1024 * 1024;

fn run_batch(
    cli: &Cli,
    cache: &mut Scorers<'_>,
    path: &Path,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let ui_lang = cli.lang;
    let mut locs: HashMap<Lang, Localizer> = HashMap::new();
    let message_loc = Localizer::new(super::message_lang(ui_lang));
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        // Only a regular file: a folder gave a read error on every line, forever (D1), and
        // a FIFO would wait for a writer.
        let opened = crate::fsutil::check_regular(path, u64::MAX).and_then(|_| {
            std::fs::File::open(path).map_err(|source| crate::fsutil::ReadError::Io {
                path: path.to_owned(),
                source,
            })
        });
        match opened {
            Ok(f) => Box::new(io::BufReader::new(f)),
            Err(e) => {
                writeln!(err, "{}", message_loc.msg(&e.msg()))?;
                return Ok(ExitCode::from(2));
            }
        }
    };
    let mut buf = io::BufWriter::new(out);
    let (mut scored, mut failed) = (0_usize, 0_usize);
    let mut line_no = 0;
    let mut reader = reader.take(u64::MAX);
    let mut raw = Vec::new();
    loop {
        raw.clear();
        // Bytes, not `lines()`: invalid UTF-8 is one bad line, while a read error of the
        // stream itself ends the batch instead of repeating forever.
        reader.set_limit(MAX_BATCH_LINE as u64 + 1);
        let n = match reader.read_until(b'\n', &mut raw) {
            Ok(n) => n,
            Err(e) => {
                buf.flush()?;
                let e = crate::fsutil::ReadError::Io {
                    path: path.to_owned(),
                    source: e,
                };
                writeln!(err, "{}", message_loc.msg(&e.msg()))?;
                return Ok(ExitCode::from(2));
            }
        };
        if n == 0 {
            break;
        }
        line_no += 1;
        if raw.len() > MAX_BATCH_LINE {
            // Skip the rest of the over-long line without keeping it, then report it.
            reader.set_limit(u64::MAX);
            if !raw.ends_with(b"\n") {
                loop {
                    let chunk = reader.fill_buf()?;
                    if chunk.is_empty() {
                        break;
                    }
                    if let Some(end) = chunk.iter().position(|&b| b == b'\n') {
                        reader.consume(end + 1);
                        break;
                    }
                    let len = chunk.len();
                    reader.consume(len);
                }
            }
            failed += 1;
            let msg = message_loc.ta(
                "cli-batch-line-too-long",
                &[("max", Arg::Num(MAX_BATCH_LINE as f64 / 1_048_576.0))],
            );
            writeln!(buf, "{}", serde_json::json!({"line": line_no, "error": msg}))?;
            continue;
        }
        let line = match std::str::from_utf8(crate::fsutil::strip_bom(&raw)) {
            Ok(l) => l.trim_end_matches(['\n', '\r']),
            Err(e) => {
                failed += 1;
                writeln!(buf, "{}", serde_json::json!({"line": line_no, "error": e.to_string()}))?;
                continue;
            }
        };
        if line.trim().is_empty() {
            failed += 1;
            writeln!(buf, "{}", serde_json::json!({"line": line_no, "error": "empty line"}))?;
            continue;
        }
        let outcome = cache.score_line(line, ui_lang);
        match outcome {
            Ok((result, lang)) => {
                scored += 1;
                let loc = locs
                    .entry(ui_lang.unwrap_or(lang))
                    .or_insert_with_key(|l| Localizer::new(*l));
                writeln!(buf, "{}", result.to_json(loc))?;
            }
            Err(e) => {
                failed += 1;
                writeln!(
                    buf,
                    "{}",
                    serde_json::json!({"line": line_no, "error": message_loc.msg(&e.msg())})
                )?;
            }
        }
    }
    buf.flush()?;
    writeln!(
        err,
        "{}",
        message_loc.ta(
            "cli-batch-summary",
            &[("scored", Arg::Num(scored as f64)), ("failed", Arg::Num(failed as f64))]
        )
    )?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The human-readable table: one row per criterion, then the total.
fn print_table(loc: &Localizer, r: &ScoreResult, out: &mut impl Write) -> io::Result<()> {
    let names: Vec<String> = r.criteria.iter().map(|c| criterion_name(loc, c)).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(10);
    for (c, name) in r.criteria.iter().zip(&names) {
        let mark = loc.t(&format!("mark-{}", c.result.id()));
        let pad = width.saturating_sub(name.chars().count());
        let points = if c.max > 0.0 {
            format!("{:>5}/{:<3}", format_points(c.points), format_points(c.max))
        } else {
            "   –     ".to_owned()
        };
        writeln!(
            out,
            "{name}{}  {mark:<8} {points} {}",
            " ".repeat(pad),
            loc.msg(&c.message)
        )?;
        for e in c.evidence.iter().take(3) {
            writeln!(out, "{}    «{}» ({}..{})", " ".repeat(width), e.text, e.start, e.end)?;
        }
    }
    let verdict = if r.passed {
        "cli-score-passed"
    } else {
        "cli-score-failed"
    };
    writeln!(
        out,
        "\n{}",
        loc.ta(
            verdict,
            &[
                ("total", Arg::Num(f64::from(r.total))),
                (
                    "critical",
                    Arg::Str(if r.critical_failed { "yes" } else { "no" }.to_owned())
                )
            ]
        )
    )?;
    Ok(())
}

/// Names every problem in a trainer's lexicon additions before scoring, so a dropped
/// entry or an unreadable file is never silent (D14). Scoring goes on without them.
fn warn_lexicon_problems(loc: &Localizer, err: &mut impl Write) -> io::Result<()> {
    for lang in Lang::ALL {
        for d in &crate::scoring::lexicon::Lexicon::builtin(*lang).extension_problems {
            writeln!(err, "{}", d.render(loc))?;
        }
    }
    Ok(())
}
