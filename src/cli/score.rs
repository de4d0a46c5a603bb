//! `someaspa score`: one reply, an ad-hoc rubric, or a batch of JSON lines.

use std::collections::HashMap;
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use serde::Deserialize;

use super::Cli;
use crate::i18n::{Arg, Localizer};
use crate::play::Instance;
use crate::scenario::library::{self, Library};
use crate::scenario::model::Turn;
use crate::scenario::rubric::{CriterionKind, ResolvedCriterion};
use crate::scoring::catalog::CriterionId;
use crate::scoring::result::criterion_name;
use crate::scoring::scorer::choice_result;
use crate::scoring::{ScoreResult, Scorer, Situation};
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

/// Why a request could not be scored.
#[derive(Debug, thiserror::Error)]
pub(super) enum ScoreError {
    /// No such scenario.
    #[error("unknown scenario")]
    UnknownScenario(String),
    /// No such step.
    #[error("unknown step")]
    UnknownStep(String),
    /// A choice that the step does not offer.
    #[error("unknown choice")]
    UnknownChoice { given: String, options: String },
    /// An unknown criterion id.
    #[error("unknown criterion")]
    UnknownCriterion(String),
    /// A required argument is missing.
    #[error("missing argument")]
    Missing(&'static str),
}

impl ScoreError {
    fn render(&self, loc: &Localizer) -> String {
        let s = |v: &str| Arg::Str(v.to_owned());
        match self {
            ScoreError::UnknownScenario(id) => loc.ta("cli-score-unknown-scenario", &[("id", s(id))]),
            ScoreError::UnknownStep(id) => loc.ta("cli-score-unknown-step", &[("step", s(id))]),
            ScoreError::UnknownChoice { given, options } => loc.ta(
                "cli-score-unknown-choice",
                &[("given", s(given)), ("options", s(options))],
            ),
            ScoreError::UnknownCriterion(id) => loc.ta("cli-score-unknown-criterion", &[("id", s(id))]),
            ScoreError::Missing(what) => loc.ta("cli-score-missing", &[("what", s(what))]),
        }
    }
}

/// Prepared scorers, reused across batch lines.
struct Cache<'l> {
    library: &'l Library,
    scenario_scorers: HashMap<(String, String), Option<Scorer>>,
}

/// Equal weights adding up to 100 (the remainder goes to the first criteria).
fn equal_rubric(ids: &[&str]) -> Result<Vec<ResolvedCriterion>, ScoreError> {
    let n = u32::try_from(ids.len().max(1)).unwrap_or(1);
    let mut out = Vec::with_capacity(ids.len());
    for (i, id) in ids.iter().enumerate() {
        let c = CriterionId::from_id(id.trim()).ok_or_else(|| ScoreError::UnknownCriterion((*id).to_owned()))?;
        let extra = u32::from(u32::try_from(i).unwrap_or(0) < 100 % n);
        let d = c.defaults();
        out.push(ResolvedCriterion {
            id: c.id().to_owned(),
            kind: CriterionKind::BuiltIn(c),
            weight: 100 / n + extra,
            scale: d.scale,
            critical: d.critical,
            cap: 0,
            phrases: Vec::new(),
        });
    }
    Ok(out)
}

/// Scores an ad-hoc rubric.
fn score_criteria(
    criteria: &str,
    lang: Lang,
    channel: Channel,
    name: Option<&str>,
    reply: &str,
) -> Result<ScoreResult, ScoreError> {
    let ids: Vec<&str> = criteria.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    if ids.is_empty() {
        return Err(ScoreError::Missing("--criteria"));
    }
    let rubric = equal_rubric(&ids)?;
    let situation = Situation::bare(lang, channel, name.map(str::to_owned));
    Ok(Scorer::new(situation, rubric, crate::scenario::model::DEFAULT_PASS_MARK).score(reply))
}

impl Cache<'_> {
    /// Scores a reply for a scenario step (Write: the text; Pick/Act: an option or action id).
    fn score_scenario(
        &mut self,
        id: &str,
        step: Option<&str>,
        reply: &str,
        seed: Option<u64>,
    ) -> Result<(ScoreResult, Lang), ScoreError> {
        let loaded = self
            .library
            .scenario(id)
            .ok_or_else(|| ScoreError::UnknownScenario(id.to_owned()))?;
        let instance = match seed {
            Some(s) => Instance::drawn(loaded, s),
            None => Instance::with_defaults(loaded),
        };
        let step_ref = step.unwrap_or("1");
        let st = instance
            .step_by_ref(step_ref)
            .ok_or_else(|| ScoreError::UnknownStep(step_ref.to_owned()))?;
        let lang = instance.scenario.lang;
        let pass_mark = instance.scenario.pass_mark;
        match &st.turn {
            Turn::Write(_) => {
                let key = (
                    id.to_owned(),
                    format!("{}#{}", st.id, seed.map_or(String::new(), |s| s.to_string())),
                );
                let library = self.library;
                let scorer = self
                    .scenario_scorers
                    .entry(key)
                    .or_insert_with(|| instance.scorer(library, st));
                let scorer = scorer
                    .as_ref()
                    .ok_or_else(|| ScoreError::UnknownStep(step_ref.to_owned()))?;
                Ok((scorer.score(reply), lang))
            }
            Turn::Pick(p) => {
                let o = p
                    .options
                    .iter()
                    .find(|o| o.id == reply.trim())
                    .ok_or_else(|| ScoreError::UnknownChoice {
                        given: reply.trim().to_owned(),
                        options: p.options.iter().map(|o| o.id.as_str()).collect::<Vec<_>>().join(", "),
                    })?;
                Ok((choice_result(o.grade, &o.feedback, pass_mark), lang))
            }
            Turn::Act(a) => {
                let o = a
                    .options
                    .iter()
                    .find(|o| o.action.id() == reply.trim())
                    .ok_or_else(|| ScoreError::UnknownChoice {
                        given: reply.trim().to_owned(),
                        options: a.options.iter().map(|o| o.action.id()).collect::<Vec<_>>().join(", "),
                    })?;
                Ok((choice_result(o.grade, &o.feedback, pass_mark), lang))
            }
        }
    }
}

/// A line of a batch file.
#[derive(Debug, Deserialize)]
struct BatchLine {
    reply: String,
    #[serde(default)]
    scenario: Option<String>,
    #[serde(default)]
    step: Option<serde_json::Value>,
    #[serde(default)]
    criteria: Option<Vec<String>>,
    #[serde(default)]
    lang: Option<Lang>,
    #[serde(default)]
    channel: Option<Channel>,
    #[serde(default)]
    customer_name: Option<String>,
    #[serde(default)]
    seed: Option<u64>,
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
        Library::load(&library::default_sources(data.as_deref(), &cli.scenarios))
    } else {
        Library::default()
    };
    let mut cache = Cache {
        library: &library,
        scenario_scorers: HashMap::new(),
    };
    if let Some(path) = req.batch {
        return run_batch(cli, &mut cache, path, out, err);
    }
    let Some(reply) = &req.reply else {
        writeln!(err, "{}", ScoreError::Missing("--reply / --reply-file").render(loc))?;
        return Ok(ExitCode::from(2));
    };
    let result = if let (Some(id), Some(profile)) = (req.scenario, req.profile) {
        // Recorded exactly as the app records a played step: a session, an attempt, the store.
        match super::report::record_step(cli, &library, loc, id, req.step, reply, req.seed, profile) {
            Ok(Some(r)) => Ok(r),
            Ok(None) => return Ok(ExitCode::from(2)),
            Err(msg) => {
                writeln!(err, "{msg}")?;
                return Ok(ExitCode::from(2));
            }
        }
    } else if let Some(id) = req.scenario {
        cache.score_scenario(id, req.step, reply, req.seed).map(|(r, _)| r)
    } else if let Some(criteria) = req.criteria {
        match (cli.lang, req.channel) {
            (Some(lang), Some(channel)) => score_criteria(criteria, lang, channel, req.customer_name, reply),
            (None, _) => Err(ScoreError::Missing("--lang")),
            (_, None) => Err(ScoreError::Missing("--channel")),
        }
    } else {
        Err(ScoreError::Missing("--scenario / --criteria / --batch"))
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
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            writeln!(err, "{}", e.render(loc))?;
            Ok(ExitCode::from(2))
        }
    }
}

fn run_batch(
    cli: &Cli,
    cache: &mut Cache<'_>,
    path: &Path,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let ui_lang = cli.lang;
    let mut locs: HashMap<Lang, Localizer> = HashMap::new();
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(io::BufReader::new(io::stdin()))
    } else {
        match std::fs::File::open(path) {
            Ok(f) => Box::new(io::BufReader::new(f)),
            Err(e) => {
                let loc = Localizer::new(super::message_lang(ui_lang));
                writeln!(
                    err,
                    "{}",
                    loc.ta(
                        "cli-read-error",
                        &[
                            ("path", Arg::Str(path.display().to_string())),
                            ("error", Arg::Str(e.to_string()))
                        ]
                    )
                )?;
                return Ok(ExitCode::from(2));
            }
        }
    };
    let mut buf = io::BufWriter::new(out);
    for (n, line) in reader.lines().enumerate() {
        let line_no = n + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                writeln!(buf, "{}", serde_json::json!({"line": line_no, "error": e.to_string()}))?;
                continue;
            }
        };
        if line.trim().is_empty() {
            writeln!(buf, "{}", serde_json::json!({"line": line_no, "error": "empty line"}))?;
            continue;
        }
        let parsed: BatchLine = match serde_json::from_str(&line) {
            Ok(p) => p,
            Err(e) => {
                writeln!(buf, "{}", serde_json::json!({"line": line_no, "error": e.to_string()}))?;
                continue;
            }
        };
        let outcome = if let Some(id) = &parsed.scenario {
            let step = parsed.step.as_ref().map(|v| match v {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            });
            cache.score_scenario(id, step.as_deref(), &parsed.reply, parsed.seed)
        } else {
            let lang = parsed.lang.or(ui_lang).unwrap_or(Lang::En);
            let criteria = parsed.criteria.as_ref().map(|c| c.join(","));
            match (criteria, parsed.channel) {
                (Some(c), Some(ch)) => {
                    score_criteria(&c, lang, ch, parsed.customer_name.as_deref(), &parsed.reply).map(|r| (r, lang))
                }
                (None, _) => Err(ScoreError::Missing("criteria")),
                (_, None) => Err(ScoreError::Missing("channel")),
            }
        };
        match outcome {
            Ok((result, lang)) => {
                let loc = locs
                    .entry(ui_lang.unwrap_or(lang))
                    .or_insert_with_key(|l| Localizer::new(*l));
                writeln!(buf, "{}", result.to_json(loc))?;
            }
            Err(e) => {
                let loc = locs
                    .entry(ui_lang.unwrap_or(Lang::En))
                    .or_insert_with_key(|l| Localizer::new(*l));
                writeln!(buf, "{}", serde_json::json!({"line": line_no, "error": e.render(loc)}))?;
            }
        }
    }
    buf.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The human-readable table: one row per criterion, then the total.
fn print_table(loc: &Localizer, r: &ScoreResult, out: &mut impl Write) -> io::Result<()> {
    let names: Vec<String> = r.criteria.iter().map(|c| criterion_name(loc, c)).collect();
    let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(10);
    for (c, name) in r.criteria.iter().zip(&names) {
        let mark = loc.t(&format!("mark-{}", c.result.id()));
        let pad = width.saturating_sub(name.chars().count());
        let points = if c.max > 0.0 {
            format!("{:>5}/{:<3}", fmt_points(c.points), fmt_points(c.max))
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

fn fmt_points(p: f64) -> String {
    if p.fract() == 0.0 {
        format!("{p:.0}")
    } else {
        format!("{p:.1}")
    }
}
