//! Reports and exchange: CSV (one row per criterion result), a self-contained HTML report
//! with charts and the replies, and a JSON export that a trainer imports on their own
//! machine. Imports are validated before anything is written, and an attempt already kept
//! (same unique id) is skipped, so importing the same file twice changes nothing.

use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::html::{esc, line_chart, marked, page};
use super::mastery::{self, Level};
use super::record::Attempt;
use super::store::{Store, StoreError};
use crate::i18n::{Arg, Localizer};
use crate::play::session::Answer;
use crate::scoring::Mark;
use crate::vocab::Skill;

/// Marks the JSON export format.
pub const EXPORT_KIND: &str = "someaspa-progress";
/// The export format's version.
pub const EXPORT_VERSION: u32 = 1;

/// The importable export of a profile's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Export {
    /// Always [`EXPORT_KIND`].
    pub kind: String,
    /// [`EXPORT_VERSION`].
    pub version: u32,
    /// The trainee.
    pub profile: String,
    /// When it was exported.
    pub exported_at: String,
    /// The attempts, oldest first.
    pub attempts: Vec<Attempt>,
}

/// Why an export could not be written or an import was refused.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing or reading a file failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The file could not be read (missing, not a regular file, too large).
    #[error(transparent)]
    Read(#[from] crate::fsutil::ReadError),
    /// CSV writing failed.
    #[error("{0}")]
    Csv(#[from] csv::Error),
    /// The export could not be written as JSON.
    #[error("the export could not be written as JSON: {0}")]
    Json(String),
    /// The file is not a Someaspa export.
    #[error("not a Someaspa progress export: {0}")]
    NotAnExport(String),
    /// The export is from a newer version.
    #[error("the export has format version {0}; this version of Someaspa reads up to {EXPORT_VERSION}")]
    TooNew(u32),
    /// An attempt in the file does not hold together.
    #[error("attempt {index} ({uid}): {problem}")]
    Invalid {
        /// Its position in the file.
        index: usize,
        /// Its id.
        uid: String,
        /// What is wrong.
        problem: String,
    },
}

/// The JSON export of a profile.
///
/// # Errors
/// Store errors.
pub fn export(store: &Store, profile: &str) -> Result<Export, ExchangeError> {
    Ok(Export {
        kind: EXPORT_KIND.to_owned(),
        version: EXPORT_VERSION,
        profile: profile.to_owned(),
        exported_at: super::record::now(),
        attempts: store.attempts(profile)?,
    })
}

/// The importable export as the JSON text written to a file (the app and the CLI write
/// the same bytes).
///
/// # Errors
/// Store errors, or the export could not be written as JSON.
pub fn export_text(store: &Store, profile: &str) -> Result<String, ExchangeError> {
    let e = export(store, profile)?;
    serde_json::to_string_pretty(&e).map_err(|e| ExchangeError::Json(e.to_string()))
}

/// The CSV report: one row per criterion result.
///
/// # Errors
/// Store or CSV errors.
pub fn csv(store: &Store, profile: &str) -> Result<String, ExchangeError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "attempt",
        "profile",
        "finished_at",
        "scenario",
        "version",
        "title",
        "lang",
        "attempt_total",
        "attempt_passed",
        "elapsed_ms",
        "step_index",
        "step",
        "channel",
        "answer",
        "criterion",
        "result",
        "points",
        "max",
        "critical",
        "evidence",
        "message",
        "trainer_result",
        "trainer_comment",
        "import_check",
    ])?;
    for a in store.attempts(profile)? {
        // An attempt that could not be re-scored here carries only the trainee's file's
        // claim: its total and verdict are left empty rather than repeated as fact (D7).
        let trusted = a.counts();
        let total = if trusted { a.total.to_string() } else { String::new() };
        let passed = match (trusted, a.passed) {
            (false, _) => "",
            (true, true) => "true",
            (true, false) => "false",
        };
        for (si, s) in a.steps.iter().enumerate() {
            for (ci, c) in s.result.criteria.iter().enumerate() {
                let evidence = c
                    .evidence
                    .iter()
                    .map(|e| e.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" | ");
                let o = s.overrides.get(ci).cloned().flatten();
                let record = [
                    a.uid.as_str(),
                    a.profile.as_str(),
                    a.finished_at.as_str(),
                    a.scenario.as_str(),
                    a.version.as_str(),
                    a.title.as_str(),
                    a.lang.id(),
                    &total,
                    passed,
                    &a.elapsed_ms.to_string(),
                    &si.to_string(),
                    s.step.as_str(),
                    s.channel.id(),
                    s.answer.as_text(),
                    c.id.as_str(),
                    c.result.id(),
                    &c.points.to_string(),
                    &c.max.to_string(),
                    if c.critical { "true" } else { "false" },
                    &evidence,
                    s.shown.get(ci).map_or("", String::as_str),
                    o.as_ref().map_or("", |o| o.result.id()),
                    o.as_ref().map_or("", |o| o.comment.as_str()),
                    a.import_check.map_or("", super::record::ImportCheck::id),
                ];
                w.write_record(record.iter().map(|cell| spreadsheet_safe(cell).into_owned()))?;
            }
        }
    }
    let bytes = w.into_inner().map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A cell a spreadsheet will not run as a formula.
///
/// Replies and comments are typed by trainees; a reply starting with `=HYPERLINK(...)`
/// would become a live formula when a trainer opens the CSV in a spreadsheet (D8). As
/// OWASP and the spreadsheet vendors advise, a cell starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a leading `'`, which spreadsheets show as plain text.
#[must_use]
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn mark_class(m: Mark) -> &'static str {
    m.id()
}

/// The HTML report: mastery per skill with charts, then every attempt with its replies.
///
/// # Errors
/// Store errors.
pub fn html(store: &Store, profile: &str, loc: &Localizer) -> Result<String, ExchangeError> {
    let summaries = store.summaries(profile)?;
    let attempts = store.attempts(profile)?;
    let s = |v: &str| Arg::Str(v.to_owned());
    let mut b = String::new();
    let _ = write!(
        b,
        "<h1>{}</h1><p class=\"muted\">{}</p>",
        esc(&loc.ta("report-title", &[("profile", s(profile))])),
        esc(&loc.ta(
            "report-summary",
            &[
                ("count", Arg::Num(attempts.len() as f64)),
                ("date", s(&jiff::Zoned::now().date().to_string()))
            ]
        ))
    );
    let m = mastery::mastery(&summaries);
    let _ = write!(
        b,
        "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&loc.t("report-skills")),
        esc(&loc.t("report-skill")),
        esc(&loc.t("report-score")),
        esc(&loc.t("report-level")),
        esc(&loc.t("report-attempts"))
    );
    for sm in &m {
        let (score, level) = match sm.score {
            Some(x) => (format!("{x:.0}"), loc.t(&format!("level-{}", Level::of(x).id()))),
            None => ("–".to_owned(), loc.t("level-none")),
        };
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{score}</td><td>{}</td><td>{}</td></tr>",
            esc(&loc.t(&format!("skill-{}", sm.skill.id()))),
            esc(&level),
            sm.attempts
        );
    }
    b.push_str("</table><div>");
    for skill in Skill::ALL {
        let hist = mastery::history(&summaries, *skill);
        if hist.is_empty() {
            continue;
        }
        let points: Vec<(f64, f64)> = hist.iter().map(|(t, w, _)| (t.as_second() as f64, *w)).collect();
        b.push_str(&line_chart(&loc.t(&format!("skill-{}", skill.id())), &points));
    }
    b.push_str("</div>");
    let _ = write!(b, "<h2>{}</h2>", esc(&loc.t("report-attempts")));
    for a in attempts.iter().rev() {
        attempt_html(&mut b, a, loc);
    }
    Ok(page(
        loc.lang().id(),
        &esc(&loc.ta("report-title", &[("profile", s(profile))])),
        &b,
    ))
}

fn attempt_html(b: &mut String, a: &Attempt, loc: &Localizer) {
    // An attempt that could not be re-scored here shows no total and no verdict: they
    // would be the trainee's file's own claim (D7).
    let (total, class, verdict) = match (a.counts(), a.passed) {
        (false, _) => ("–".to_owned(), "fail", loc.t("report-not-rescored")),
        (true, true) => (a.total.to_string(), "pass", loc.t("report-passed")),
        (true, false) => (a.total.to_string(), "fail", loc.t("report-not-passed")),
    };
    let _ = write!(
        b,
        "<div class=\"attempt\"><h3>{} — {total}/100 <span class=\"{class}\">{}</span></h3><p class=\"muted\">{} · {} s</p>",
        esc(&a.title),
        esc(&verdict),
        esc(&a.finished_at),
        a.elapsed_ms / 1000
    );
    if let Some(check) = a.import_check {
        let _ = write!(
            b,
            "<p class=\"muted\">{}: {}</p>",
            esc(&a.source),
            esc(&loc.t(&format!("import-check-{}", check.id())))
        );
    }
    for (si, s) in a.steps.iter().enumerate() {
        let spans: Vec<(usize, usize)> = s
            .result
            .criteria
            .iter()
            .flat_map(|c| c.evidence.iter().map(|e| (e.start, e.end)))
            .collect();
        let answer = match &s.answer {
            Answer::Text(t) => marked(t, &spans),
            other => esc(other.as_text()),
        };
        let _ = write!(
            b,
            "<p class=\"muted\">{} {} · {}</p><div class=\"reply\">{answer}</div><table>",
            esc(&loc.t("report-step")),
            si + 1,
            esc(s.channel.id())
        );
        for (ci, c) in s.result.criteria.iter().enumerate() {
            let name = crate::scoring::result::criterion_name(loc, c);
            let shown = s.shown.get(ci).cloned().unwrap_or_default();
            let trainer = s.overrides.get(ci).cloned().flatten().map_or_else(String::new, |o| {
                format!(
                    "<br><b>{}</b> <span class=\"{}\">{}</span> — {}",
                    esc(&loc.t("report-trainer")),
                    mark_class(o.result),
                    esc(&loc.t(&format!("mark-{}", o.result.id()))),
                    esc(&o.comment)
                )
            });
            let _ = write!(
                b,
                "<tr><td>{}</td><td class=\"{}\">{}</td><td>{}/{}</td><td>{}{trainer}</td></tr>",
                esc(&name),
                mark_class(c.result),
                esc(&loc.t(&format!("mark-{}", c.result.id()))),
                c.points,
                c.max,
                esc(&shown)
            );
        }
        b.push_str("</table>");
    }
    b.push_str("</div>");
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The trainee's profile the attempts went to.
    pub profile: String,
    /// Attempts added.
    pub added: usize,
    /// Attempts already kept (skipped).
    pub skipped: usize,
    /// Attempts whose file claimed other results than re-scoring them here gave.
    pub differs: usize,
    /// Attempts whose scenario version is not in this library (not re-scored).
    pub not_rescored: usize,
}

impl Imported {
    /// What the import did, in the user's language: how many attempts, and what re-scoring
    /// them here found.
    #[must_use]
    pub fn messages(&self) -> [crate::i18n::Msg; 2] {
        use crate::i18n::Msg;
        let n = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        [
            Msg::new("import-done")
                .with("profile", self.profile.clone())
                .num("added", n(self.added))
                .num("skipped", n(self.skipped)),
            Msg::new("import-checked")
                .num("rescored", n(self.added.saturating_sub(self.not_rescored)))
                .num("differs", n(self.differs))
                .num("unknown", n(self.not_rescored)),
        ]
    }
}

/// The largest export file read: 100,000 attempts take about 130 MB.
pub const MAX_EXPORT_BYTES: u64 = 512 * 1024 * 1024;

/// Checks an export before anything is written.
///
/// # Errors
/// The first problem found.
pub fn validate(e: &Export) -> Result<(), ExchangeError> {
    if e.kind != EXPORT_KIND {
        return Err(ExchangeError::NotAnExport(e.kind.clone()));
    }
    if e.version > EXPORT_VERSION {
        return Err(ExchangeError::TooNew(e.version));
    }
    for (index, a) in e.attempts.iter().enumerate() {
        let bad = |problem: &str| ExchangeError::Invalid {
            index,
            uid: a.uid.clone(),
            problem: problem.to_owned(),
        };
        if a.uid.len() != 32 || !a.uid.bytes().all(|c| c.is_ascii_hexdigit()) {
            return Err(bad("malformed id"));
        }
        if a.total > 100 || a.steps.is_empty() {
            return Err(bad("impossible total or no steps"));
        }
        if a.finished_at.parse::<jiff::Timestamp>().is_err() {
            return Err(bad("malformed finish time"));
        }
        for s in &a.steps {
            if s.result.total > 100 || s.shown.len() != s.result.criteria.len() {
                return Err(bad("inconsistent step"));
            }
            let text = s.answer.as_text();
            for c in &s.result.criteria {
                if c.points < 0.0 || c.points > c.max || !c.points.is_finite() {
                    return Err(bad("impossible points"));
                }
                for ev in &c.evidence {
                    if ev.end > text.len() || ev.start >= ev.end || text.get(ev.start..ev.end) != Some(ev.text.as_str())
                    {
                        return Err(bad("evidence outside the reply"));
                    }
                }
            }
        }
    }
    Ok(())
}

/// Reads and validates an export file, re-scores every attempt on this machine (see
/// [`super::verify`]), then keeps them under `profile` (default: the file's), skipping those
/// already kept. All or nothing: one transaction.
///
/// # Errors
/// An unreadable or invalid file (nothing is written), or store errors (nothing is kept).
pub fn import(
    store: &mut Store,
    path: &Path,
    profile: Option<&str>,
    library: &crate::scenario::library::Library,
    loc: &Localizer,
) -> Result<Imported, ExchangeError> {
    let text = crate::fsutil::read_text(path, MAX_EXPORT_BYTES)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    import_text(store, &name, &text, profile, library, loc)
}

/// [`import`] of an export's text; `name` is the file name kept as the attempts' source.
///
/// # Errors
/// An invalid export (nothing is written), or store errors (nothing is kept).
pub fn import_text(
    store: &mut Store,
    name: &str,
    text: &str,
    profile: Option<&str>,
    library: &crate::scenario::library::Library,
    loc: &Localizer,
) -> Result<Imported, ExchangeError> {
    let export: Export = serde_json::from_str(text).map_err(|e| ExchangeError::NotAnExport(e.to_string()))?;
    validate(&export)?;
    let profile = profile.unwrap_or(&export.profile).to_owned();
    let source = format!("import:{name}");
    let mut attempts = export.attempts;
    let (mut differs, mut not_rescored) = (0, 0);
    for a in &mut attempts {
        a.profile.clone_from(&profile);
        if a.source == "local" {
            a.source.clone_from(&source);
        }
        super::verify::rescore(a, library, loc);
        match a.import_check {
            Some(super::record::ImportCheck::Differs) => differs += 1,
            Some(super::record::ImportCheck::NotRescored) => not_rescored += 1,
            _ => {}
        }
    }
    let (added, skipped) = store.record_all(&attempts)?;
    Ok(Imported {
        profile,
        added,
        skipped,
        differs,
        not_rescored,
    })
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn formula_cells_are_neutralised() {
        for cell in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_safe(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["Sorry about the delay", "1", "", "a=b"] {
            assert_eq!(spreadsheet_safe(cell), cell);
        }
    }
}
