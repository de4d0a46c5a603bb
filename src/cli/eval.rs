//! `someaspa eval`: the scorer against expert labels (see [`crate::eval`]).

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::eval::{self, Floor, Label, Report};
use crate::i18n::Localizer;
use crate::vocab::Lang;

/// The options of `eval`.
pub(super) struct Options<'a> {
    pub labels: Option<&'a Path>,
    pub data: Option<&'a Path>,
    pub show: usize,
    pub criterion: Option<&'a str>,
    pub floors: Option<&'a Path>,
    pub json: bool,
}

/// The source tree this binary was built from: the default place of the labels and the
/// shared data, for a developer running `cargo run -- eval`.
fn source_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `eval`.
pub(super) fn run(
    loc: &Localizer,
    o: &Options<'_>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<ExitCode> {
    let labels = o
        .labels
        .map_or_else(|| source_dir().join("eval/dev"), Path::to_path_buf);
    let data = o
        .data
        .map_or_else(|| source_dir().join("../shared/data"), Path::to_path_buf);
    let fail = |err: &mut dyn Write, e: &dyn std::fmt::Display| -> io::Result<ExitCode> {
        writeln!(
            err,
            "{}",
            loc.ta("cli-eval-error", &[("error", crate::i18n::Arg::Str(e.to_string()))])
        )?;
        Ok(ExitCode::from(2))
    };
    let items = match eval::load_dir(&labels) {
        Ok(i) => i,
        Err(e) => return fail(err, &e),
    };
    let (ready, skipped) = match eval::resolve(items, Some(&data)) {
        Ok(x) => x,
        Err(e) => return fail(err, &e),
    };
    let mut report = eval::evaluate(&ready);
    report.skipped.extend(skipped);
    let floors: Vec<Floor> = match o.floors {
        Some(f) => match crate::fsutil::read_text(f, 1024 * 1024)
            .map_err(|e| e.to_string())
            .and_then(|t| ron::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(v) => v,
            Err(e) => return fail(err, &e),
        },
        None => Vec::new(),
    };
    let below = eval::below_floors(&report, &floors);
    if o.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json(&report)).unwrap_or_default()
        )?;
    } else {
        table(&report, out)?;
        disagreements(loc, &report, o, out)?;
        if !report.skipped.is_empty() {
            writeln!(
                out,
                "\nnot evaluated: {} replies (first: {})",
                report.skipped.len(),
                report.skipped[0]
            )?;
        }
    }
    for (f, got) in &below {
        writeln!(
            err,
            "below floor: {} ({}) F1 {:.3} < {:.3}",
            f.criterion,
            f.lang.id(),
            got,
            f.f1
        )?;
    }
    Ok(if below.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The report as JSON: counts and figures per criterion and language.
fn json(report: &Report) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = report
        .counts
        .iter()
        .map(|((c, l), n)| {
            serde_json::json!({
                "criterion": c, "lang": l.id(), "n": n.n(), "tp": n.tp, "fp": n.fp, "fn": n.fn_, "tn": n.tn,
                "partial": n.partial, "precision": n.precision(), "recall": n.recall(), "f1": n.f1(),
            })
        })
        .collect();
    serde_json::json!({
        "criteria": rows,
        "macro_f1": { "en": report.macro_f1(Lang::En), "fi": report.macro_f1(Lang::Fi) },
        "disagreements": report.disagreements.len(),
        "skipped": report.skipped.len(),
    })
}

/// The table: one row per criterion, figures per language.
fn table(report: &Report, out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "{:<20} {:>4} {:>6} {:>6} {:>6} {:>4} | {:>4} {:>6} {:>6} {:>6} {:>4}",
        "criterion", "n·en", "P", "R", "F1", "part", "n·fi", "P", "R", "F1", "part"
    )?;
    for c in report.criteria() {
        let cell = |lang: Lang| -> String {
            match report.counts.get(&(c.clone(), lang)) {
                Some(n) if n.n() > 0 => format!(
                    "{:>4} {:>6.3} {:>6.3} {:>6.3} {:>4}",
                    n.n(),
                    n.precision(),
                    n.recall(),
                    n.f1(),
                    n.partial
                ),
                _ => format!("{:>4} {:>6} {:>6} {:>6} {:>4}", 0, "–", "–", "–", ""),
            }
        };
        writeln!(out, "{c:<20} {} | {}", cell(Lang::En), cell(Lang::Fi))?;
    }
    let m = |l: Lang| report.macro_f1(l).map_or("–".to_owned(), |v| format!("{v:.3}"));
    writeln!(out, "{:<20} macro-F1 en {}   fi {}", "", m(Lang::En), m(Lang::Fi))?;
    Ok(())
}

/// The disagreements, most informative first (by criterion, then set).
fn disagreements(loc: &Localizer, report: &Report, o: &Options<'_>, out: &mut impl Write) -> io::Result<()> {
    if o.show == 0 {
        return Ok(());
    }
    let list: Vec<_> = report
        .disagreements
        .iter()
        .filter(|d| o.criterion.is_none_or(|c| d.criterion == c))
        .collect();
    writeln!(
        out,
        "\n{} disagreements (showing {}):",
        list.len(),
        list.len().min(o.show)
    )?;
    for d in list.iter().take(o.show) {
        let label = match d.label {
            Label::Pass => "pass",
            Label::Fail => "fail",
        };
        let reply: String = d.reply.chars().take(300).collect();
        writeln!(
            out,
            "- {} [{}] {}: guide {label}, scorer {}\n    {}\n    → {}{}",
            d.id,
            d.lang.id(),
            d.criterion,
            d.got.id(),
            reply.replace('\n', " "),
            loc.msg(&d.message),
            d.why.as_ref().map_or(String::new(), |w| format!("\n    why: {w}"))
        )?;
    }
    Ok(())
}
