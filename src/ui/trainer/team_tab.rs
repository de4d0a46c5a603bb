//! The team, read from the organisation's Learning Record Store: every trainee's level per
//! skill, last activity and completed tracks; a trainee's attempts; an attempt's criteria.
//! Loading runs on a worker (see the effects module) with a count of statements fetched.

use egui::{RichText, Ui};

use super::TrainerCommand;
use crate::i18n::Arg;
use crate::lrs::team::{Team, TeamCache};
use crate::progress::mastery::Level;
use crate::ui::command::{Command, Commands};
use crate::ui::view::View;
use crate::ui::widgets::{chip, empty_state, local_time, page};
use crate::vocab::Skill;

/// Team tab state.
#[derive(Debug, Clone, Default)]
pub struct TeamState {
    /// A load is running.
    pub loading: bool,
    /// Statements fetched by the running load.
    pub fetched: usize,
    /// The team, once loaded.
    pub team: Option<Team>,
    /// What has been fetched, extended by the next load.
    pub cache: TeamCache,
    /// Why the last load failed.
    pub error: Option<String>,
    /// The trainee opened.
    pub member: Option<usize>,
    /// The attempt opened (in the trainee's list).
    pub attempt: Option<usize>,
    /// A filter on names.
    pub filter: String,
}

fn level_color(level: Level, palette: &crate::ui::theme::Palette) -> egui::Color32 {
    match level {
        Level::NeedsWork => palette.fail,
        Level::Developing => palette.partial,
        Level::Proficient => palette.accent,
        Level::Excellent => palette.pass,
    }
}

/// Draws the team tab.
pub fn show(ui: &mut Ui, st: &mut TeamState, v: &View<'_>, out: &mut Commands) {
    let palette = v.palette;
    let loc = v.loc;
    page(ui, "team", 1100.0, |ui| {
        ui.label(RichText::new(loc.t("team-title")).size(22.0).strong());
        ui.label(RichText::new(loc.t("team-help")).color(palette.muted));
        if v.lrs.is_none() {
            empty_state(ui, &loc.t("team-no-lrs-title"), &loc.t("team-no-lrs"), palette);
            return;
        }
        ui.horizontal(|ui| {
            let label = if st.team.is_some() { "team-refresh" } else { "team-load" };
            if ui.add_enabled(!st.loading, egui::Button::new(loc.t(label))).clicked() {
                out.push(Command::Trainer(TrainerCommand::LoadTeam));
            }
            if st.loading {
                ui.spinner();
                ui.label(loc.ta("team-loading", &[("count", Arg::Num(st.fetched as f64))]));
            }
            let l = ui.label(loc.t("review-filter"));
            ui.add(egui::TextEdit::singleline(&mut st.filter).desired_width(200.0))
                .labelled_by(l.id);
        });
        if let Some(e) = &st.error {
            ui.label(RichText::new(loc.ta("team-failed", &[("error", Arg::Str(e.clone()))])).color(palette.fail));
        }
        let Some(team) = &st.team else { return };
        ui.label(
            RichText::new(loc.ta(
                "team-summary",
                &[
                    ("people", Arg::Num(team.members.len() as f64)),
                    ("statements", Arg::Num(team.statements as f64)),
                ],
            ))
            .color(palette.muted),
        );
        let filter = st.filter.to_lowercase();
        let mut open = None;
        egui::ScrollArea::vertical()
            .id_salt("team-grid")
            // Inside the page's own scroll area the available height is small, and egui
            // would shrink this to its 64 px default: two rows of a team of hundreds.
            .min_scrolled_height(360.0)
            .max_height(360.0)
            .show(ui, |ui| {
                egui::Grid::new("team-members")
                    .striped(true)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        ui.label(RichText::new(loc.t("review-col-trainee")).strong());
                        for s in Skill::ALL {
                            ui.label(RichText::new(loc.t(&format!("skill-{}", s.id()))).small().strong());
                        }
                        ui.label(RichText::new(loc.t("team-col-last")).strong());
                        ui.label(RichText::new(loc.t("team-col-tracks")).strong());
                        ui.end_row();
                        for (i, m) in team.members.iter().enumerate() {
                            let name = m.name.clone().unwrap_or_else(|| {
                                loc.ta("team-pseudonym", &[("id", Arg::Str(m.actor.chars().take(8).collect()))])
                            });
                            if !filter.is_empty() && !name.to_lowercase().contains(&filter) {
                                continue;
                            }
                            if ui.link(&name).clicked() {
                                open = Some(i);
                            }
                            for s in Skill::ALL {
                                match m.skills.get(s.id()) {
                                    Some((score, level)) => {
                                        chip(ui, format!("{score:.0}"), level_color(*level, palette))
                                            .on_hover_text(loc.t(&format!("level-{}", level.id())));
                                    }
                                    None => {
                                        ui.label(RichText::new("–").color(palette.muted));
                                    }
                                }
                            }
                            ui.label(local_time(&m.last_activity));
                            ui.label(m.tracks.len().to_string()).on_hover_text(m.tracks.join(", "));
                            ui.end_row();
                        }
                    });
            });
        if let Some(i) = open {
            st.member = Some(i);
            st.attempt = None;
        }
        let Some(m) = st.member.and_then(|i| team.members.get(i)) else {
            return;
        };
        ui.separator();
        // The same name as in the table: the pseudonym's short form when no name is sent.
        let name = m
            .name
            .clone()
            .unwrap_or_else(|| loc.ta("team-pseudonym", &[("id", Arg::Str(m.actor.chars().take(8).collect()))]));
        ui.label(
            RichText::new(loc.ta("team-attempts-of", &[("name", Arg::Str(name))]))
                .strong()
                .size(17.0),
        );
        let mut open_attempt = None;
        egui::Grid::new("team-attempts")
            .striped(true)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for (j, a) in m.attempts.iter().enumerate().take(200) {
                    if ui.link(&a.title).clicked() {
                        open_attempt = Some(j);
                    }
                    ui.label(local_time(&a.when));
                    let mark = if a.passed { palette.pass } else { palette.fail };
                    ui.label(RichText::new(a.total.to_string()).color(mark));
                    ui.end_row();
                }
            });
        if let Some(j) = open_attempt {
            st.attempt = Some(j);
        }
        if let Some(a) = st.attempt.and_then(|j| m.attempts.get(j)) {
            palette.card_frame().show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(&a.title).strong());
                if a.criteria.is_empty() {
                    ui.label(RichText::new(loc.t("team-no-criteria")).color(palette.muted));
                }
                for c in &a.criteria {
                    let crit = loc.t(&format!("crit-{}", c.id));
                    let name = if crit.starts_with("crit-") { c.id.clone() } else { crit };
                    // The mark travels as its id; shown in the trainer's language.
                    let mark_key = format!("mark-{}", c.mark);
                    let mark = loc.t(&mark_key);
                    let mark = if mark == mark_key { c.mark.clone() } else { mark };
                    ui.label(format!("{} · {name}: {mark} ({}/{})", c.step, c.points, c.max));
                }
            });
        }
    });
}
