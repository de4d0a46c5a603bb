//! Track progress and the printable certificate for a finished track.

use std::fmt::Write;

use super::html::{esc, page};
use super::mastery::{Level, SkillMastery};
use super::store::Summary;
use crate::i18n::{Arg, Localizer};
use crate::scenario::Library;
use crate::scenario::model::Track;

/// One scenario of a track, as far as the trainee got.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemProgress {
    /// Scenario id.
    pub scenario: String,
    /// Its title (the id if the scenario is missing).
    pub title: String,
    /// Score needed.
    pub pass_mark: u8,
    /// Best score so far.
    pub best: Option<u8>,
    /// Passed at the pass mark.
    pub done: bool,
}

/// A track, as far as the trainee got.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackProgress {
    /// Track id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Items in order.
    pub items: Vec<ItemProgress>,
    /// When the last item was passed (RFC 3339), if the track is complete.
    pub completed_at: Option<String>,
}

impl TrackProgress {
    /// Items done.
    #[must_use]
    pub fn done(&self) -> usize {
        self.items.iter().filter(|i| i.done).count()
    }

    /// All items done?
    #[must_use]
    pub fn complete(&self) -> bool {
        !self.items.is_empty() && self.done() == self.items.len()
    }

    /// The first item not yet done.
    #[must_use]
    pub fn next(&self) -> Option<&ItemProgress> {
        self.items.iter().find(|i| !i.done)
    }
}

/// A track's progress from a profile's attempts.
#[must_use]
pub fn progress(track: &Track, library: &Library, attempts: &[Summary]) -> TrackProgress {
    let mut completed_at: Option<String> = None;
    let items = track
        .items
        .iter()
        .map(|item| {
            let scenario = library.scenario(&item.scenario);
            let pass_mark = item
                .pass_mark
                .or_else(|| scenario.map(|s| s.scenario.pass_mark))
                .unwrap_or(crate::scenario::model::DEFAULT_PASS_MARK);
            let mine: Vec<&Summary> = attempts.iter().filter(|a| a.scenario == item.scenario).collect();
            let best = mine.iter().map(|a| a.total).max();
            // The track's own pass mark decides, even below the scenario's (a 67 passes an
            // item marked 65 in a scenario that asks 70); a critical fail never passes.
            let first_pass = mine.iter().find(|a| a.total >= pass_mark && !a.critical_failed);
            if let Some(p) = first_pass
                && completed_at.as_ref().is_none_or(|c| *c < p.finished_at)
            {
                completed_at = Some(p.finished_at.clone());
            }
            ItemProgress {
                scenario: item.scenario.clone(),
                title: scenario.map_or_else(|| item.scenario.clone(), |s| s.scenario.title.clone()),
                pass_mark,
                best,
                done: first_pass.is_some(),
            }
        })
        .collect();
    let mut p = TrackProgress {
        id: track.id.clone(),
        title: track.title.clone(),
        items,
        completed_at,
    };
    if !p.complete() {
        p.completed_at = None;
    }
    p
}

/// The certificate for a completed track: a self-contained, printable HTML page.
#[must_use]
pub fn certificate(p: &TrackProgress, trainee: &str, mastery: &[SkillMastery], loc: &Localizer) -> String {
    let date = p
        .completed_at
        .as_deref()
        .and_then(|t| t.parse::<jiff::Timestamp>().ok())
        .map(|t| t.to_zoned(jiff::tz::TimeZone::system()).date().to_string())
        .unwrap_or_default();
    let mut body = String::new();
    let s = |v: &str| Arg::Str(v.to_owned());
    let _ = write!(
        body,
        r#"<div class="cert"><p class="muted">{}</p><h1>{}</h1><p>{}</p><h2>{}</h2><p class="muted">{}</p></div>"#,
        esc(&loc.t("cert-kicker")),
        esc(trainee),
        esc(&loc.ta("cert-completed", &[("track", s(&p.title))])),
        esc(&p.title),
        esc(&loc.ta("cert-date", &[("date", s(&date))])),
    );
    let _ = write!(
        body,
        "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&loc.t("cert-skills")),
        esc(&loc.t("report-skill")),
        esc(&loc.t("report-score")),
        esc(&loc.t("report-level"))
    );
    for m in mastery.iter().filter(|m| m.score.is_some()) {
        let score = m.score.unwrap_or(0.0);
        let _ = write!(
            body,
            "<tr><td>{}</td><td>{:.0}</td><td>{}</td></tr>",
            esc(&loc.t(&format!("skill-{}", m.skill.id()))),
            score,
            esc(&loc.t(&format!("level-{}", Level::of(score).id())))
        );
    }
    body.push_str("</table>");
    let _ = write!(
        body,
        "<h2>{}</h2><table><tr><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&loc.t("cert-scenarios")),
        esc(&loc.t("report-scenario")),
        esc(&loc.t("report-best")),
        esc(&loc.t("report-pass-mark"))
    );
    for i in &p.items {
        let _ = write!(
            body,
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&i.title),
            i.best.map_or_else(String::new, |b| b.to_string()),
            i.pass_mark
        );
    }
    body.push_str("</table>");
    page(
        loc.lang().id(),
        &esc(&loc.ta("cert-title", &[("track", s(&p.title))])),
        &body,
    )
}
