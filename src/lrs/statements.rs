//! Statements about what a trainee did: one per answered step (`responded`), one per
//! finished attempt (`passed` / `failed`), one per finished shift and per completed track
//! (`completed`). Ids are UUIDs derived from the attempt's own id, so the same attempt sent
//! again (a retry, or an import on a trainer's machine) is the same statement to the LRS.

use std::collections::BTreeMap;

use serde_json::json;
use sha2::{Digest, Sha256};

use super::config::LrsConfig;
use super::xapi::{
    Account, Activity, Agent, Context, ContextActivities, Definition, LanguageMap, Score, Statement, Verb, XResult,
    activity_types, duration, uuid_from, verbs,
};
use crate::play::Answer;
use crate::progress::record::{Attempt, KeptStep, SHIFT_STEP};
use crate::vocab::Lang;

/// Extension IRIs (under the activity base).
pub mod ext {
    /// Each criterion: id, mark, points, max.
    pub const CRITERIA: &str = "extensions/criteria";
    /// The channel answered on.
    pub const CHANNEL: &str = "extensions/channel";
    /// The seed of the scenario's draw.
    pub const SEED: &str = "extensions/seed";
    /// The scenario file's version.
    pub const SCENARIO_VERSION: &str = "extensions/scenario-version";
    /// The skills trained (ids).
    pub const SKILLS: &str = "extensions/skills";
}

/// Who the statements are about: the profile's pseudonymous id and, when the organisation
/// turns names on, its name.
#[derive(Debug, Clone)]
pub struct Who<'a> {
    /// The pseudonymous actor id.
    pub actor: &'a str,
    /// The profile's name.
    pub name: &'a str,
}

/// The platform named in every statement.
#[must_use]
pub fn platform() -> String {
    format!("Someaspa {}", env!("CARGO_PKG_VERSION"))
}

/// A UUID derived from the attempt's id and a part name: stable across retries and machines.
#[must_use]
pub fn statement_id(attempt_uid: &str, part: &str) -> String {
    let d = Sha256::digest(format!("someaspa:{attempt_uid}:{part}").as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    uuid_from(b)
}

fn iri(cfg: &LrsConfig, path: &str) -> String {
    format!("{}/{}", cfg.activity_base.trim_end_matches('/'), path)
}

fn segment(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.~".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn lang_map(lang: Lang, text: &str) -> LanguageMap {
    let mut m = BTreeMap::new();
    m.insert(lang.id().to_owned(), text.to_owned());
    m
}

fn verb(id: &str, en: &str) -> Verb {
    let mut display = BTreeMap::new();
    display.insert("en-US".to_owned(), en.to_owned());
    Verb {
        id: id.to_owned(),
        display,
    }
}

fn actor(cfg: &LrsConfig, who: &Who<'_>) -> Agent {
    Agent {
        object_type: "Agent".to_owned(),
        name: cfg.send_names.then(|| who.name.to_owned()),
        account: Some(Account {
            home_page: cfg.home_page.clone(),
            name: who.actor.to_owned(),
        }),
    }
}

fn scenario_activity(cfg: &LrsConfig, a: &Attempt) -> Activity {
    Activity {
        object_type: "Activity".to_owned(),
        id: iri(cfg, &format!("scenarios/{}", segment(&a.scenario))),
        definition: Some(Definition {
            name: lang_map(a.lang, &a.title),
            kind: Some(activity_types::SIMULATION.to_owned()),
            interaction_type: None,
        }),
    }
}

fn skill_activities(cfg: &LrsConfig, a: &Attempt) -> Vec<Activity> {
    a.skills
        .iter()
        .map(|s| Activity {
            object_type: "Activity".to_owned(),
            id: iri(cfg, &format!("skills/{}", s.id())),
            definition: Some(Definition {
                name: BTreeMap::new(),
                kind: Some(activity_types::OBJECTIVE.to_owned()),
                interaction_type: None,
            }),
        })
        .collect()
}

fn score(total: u8) -> Score {
    Score {
        scaled: f64::from(total) / 100.0,
        raw: f64::from(total),
        min: 0.0,
        max: 100.0,
    }
}

fn context(cfg: &LrsConfig, a: &Attempt, parent: Vec<Activity>) -> Context {
    let mut extensions = BTreeMap::new();
    extensions.insert(iri(cfg, ext::SCENARIO_VERSION), json!(a.version));
    if let Some(seed) = a.seed {
        // A seed is a u64: sent as text, since JSON numbers past 2^53 lose digits.
        extensions.insert(iri(cfg, ext::SEED), json!(seed.to_string()));
    }
    Context {
        registration: Some(statement_id(&a.uid, "registration")),
        language: Some(a.lang.id().to_owned()),
        platform: Some(platform()),
        revision: Some(a.version.clone()),
        context_activities: Some(ContextActivities {
            parent,
            grouping: skill_activities(cfg, a),
        }),
        extensions,
    }
}

fn interaction_type(answer: &Answer) -> &'static str {
    match answer {
        Answer::Text(_) => "long-fill-in",
        Answer::Choice(_) => "choice",
        Answer::Action(_) => "other",
    }
}

fn criteria_extension(step: &KeptStep) -> serde_json::Value {
    let list: Vec<serde_json::Value> = step
        .result
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| {
            // A trainer's override is the mark that counts.
            let mark = step
                .overrides
                .get(i)
                .and_then(|o| o.as_ref())
                .map_or(c.result, |o| o.result);
            json!({ "id": c.id, "mark": mark.id(), "points": c.points, "max": c.max, "critical": c.critical })
        })
        .collect();
    serde_json::Value::Array(list)
}

/// The statements of a finished attempt: one per step and one for the attempt (or, for a
/// shift, one `completed` for the shift).
#[must_use]
pub fn for_attempt(cfg: &LrsConfig, who: &Who<'_>, a: &Attempt) -> Vec<Statement> {
    let scenario = scenario_activity(cfg, a);
    let actor = actor(cfg, who);
    let shift = a.steps.len() == 1 && a.steps[0].step == SHIFT_STEP;
    let mut out = Vec::new();
    if shift {
        let level = a.scenario.trim_start_matches("shift-");
        out.push(Statement {
            id: statement_id(&a.uid, "shift"),
            actor,
            verb: verb(verbs::COMPLETED, "completed"),
            object: Activity {
                object_type: "Activity".to_owned(),
                id: iri(cfg, &format!("shifts/{}", segment(level))),
                definition: Some(Definition {
                    name: lang_map(a.lang, &a.title),
                    kind: Some(activity_types::ASSESSMENT.to_owned()),
                    interaction_type: None,
                }),
            },
            result: Some(XResult {
                score: Some(score(a.total)),
                success: Some(a.passed),
                completion: Some(true),
                response: None,
                duration: Some(duration(a.elapsed_ms)),
                extensions: a
                    .steps
                    .first()
                    .map(|s| BTreeMap::from([(iri(cfg, ext::CRITERIA), criteria_extension(s))]))
                    .unwrap_or_default(),
            }),
            context: Some(context(cfg, a, Vec::new())),
            timestamp: Some(a.finished_at.clone()),
        });
        return out;
    }
    for (i, s) in a.steps.iter().enumerate() {
        let response = match &s.answer {
            Answer::Text(t) => cfg.send_replies.then(|| t.clone()),
            other => Some(other.as_text().to_owned()),
        };
        let mut result_ext = BTreeMap::new();
        result_ext.insert(iri(cfg, ext::CRITERIA), criteria_extension(s));
        let mut ctx = context(cfg, a, vec![scenario.clone()]);
        ctx.extensions.insert(iri(cfg, ext::CHANNEL), json!(s.channel.id()));
        out.push(Statement {
            id: statement_id(&a.uid, &format!("step-{i}")),
            actor: actor.clone(),
            verb: verb(verbs::RESPONDED, "responded"),
            object: Activity {
                object_type: "Activity".to_owned(),
                id: iri(
                    cfg,
                    &format!("scenarios/{}/steps/{}", segment(&a.scenario), segment(&s.step)),
                ),
                definition: Some(Definition {
                    name: lang_map(a.lang, &format!("{} · {}", a.title, s.step)),
                    kind: Some(activity_types::INTERACTION.to_owned()),
                    interaction_type: Some(interaction_type(&s.answer).to_owned()),
                }),
            },
            result: Some(XResult {
                score: Some(score(s.result.total)),
                success: Some(s.result.passed),
                completion: Some(true),
                response,
                duration: Some(duration(s.elapsed_ms)),
                extensions: result_ext,
            }),
            context: Some(ctx),
            timestamp: Some(a.finished_at.clone()),
        });
    }
    let (verb_id, verb_name) = if a.passed {
        (verbs::PASSED, "passed")
    } else {
        (verbs::FAILED, "failed")
    };
    let mut ctx = context(cfg, a, Vec::new());
    ctx.extensions.insert(
        iri(cfg, ext::SKILLS),
        json!(a.skills.iter().map(|s| s.id()).collect::<Vec<_>>()),
    );
    out.push(Statement {
        id: statement_id(&a.uid, "attempt"),
        actor,
        verb: verb(verb_id, verb_name),
        object: scenario,
        result: Some(XResult {
            score: Some(score(a.total)),
            success: Some(a.passed),
            completion: Some(true),
            response: None,
            duration: Some(duration(a.elapsed_ms)),
            extensions: BTreeMap::new(),
        }),
        context: Some(ctx),
        timestamp: Some(a.finished_at.clone()),
    });
    out
}

/// The statement of a completed track.
#[must_use]
pub fn for_track(cfg: &LrsConfig, who: &Who<'_>, track_id: &str, title: &str, lang: Lang, at: &str) -> Statement {
    Statement {
        id: statement_id(&format!("{}:{track_id}", who.actor), "track"),
        actor: actor(cfg, who),
        verb: verb(verbs::COMPLETED, "completed"),
        object: Activity {
            object_type: "Activity".to_owned(),
            id: iri(cfg, &format!("tracks/{}", segment(track_id))),
            definition: Some(Definition {
                name: lang_map(lang, title),
                kind: Some(activity_types::COURSE.to_owned()),
                interaction_type: None,
            }),
        },
        result: Some(XResult {
            score: None,
            success: Some(true),
            completion: Some(true),
            response: None,
            duration: None,
            extensions: BTreeMap::new(),
        }),
        context: Some(Context {
            registration: None,
            language: Some(lang.id().to_owned()),
            platform: Some(platform()),
            revision: None,
            context_activities: None,
            extensions: BTreeMap::new(),
        }),
        timestamp: Some(at.to_owned()),
    }
}

/// What breaks the xAPI 1.0.3 rules that matter for an LRS to accept a statement, if
/// anything: the id is a UUID, the actor has exactly one identifier, verb and activity ids
/// are IRIs, a scaled score lies in −1…1 and within raw's bounds, durations are ISO 8601.
#[must_use]
pub fn problems(s: &Statement) -> Vec<String> {
    let mut out = Vec::new();
    let is_iri = |x: &str| {
        x.split_once(':').is_some_and(|(scheme, rest)| {
            !scheme.is_empty()
                && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !rest.is_empty()
        }) && !x.contains(char::is_whitespace)
    };
    if !super::xapi::is_uuid(&s.id) {
        out.push(format!("id {} is not a UUID", s.id));
    }
    if s.actor.account.is_none() {
        out.push("the actor has no identifier".to_owned());
    }
    if let Some(acc) = &s.actor.account
        && (!is_iri(&acc.home_page) || acc.name.is_empty())
    {
        out.push("the account needs an IRL home page and a name".to_owned());
    }
    if !is_iri(&s.verb.id) {
        out.push(format!("verb {} is not an IRI", s.verb.id));
    }
    if !is_iri(&s.object.id) {
        out.push(format!("activity {} is not an IRI", s.object.id));
    }
    if let Some(r) = &s.result {
        if let Some(sc) = &r.score
            && (!(-1.0..=1.0).contains(&sc.scaled) || sc.raw < sc.min || sc.raw > sc.max)
        {
            out.push(format!("score {sc:?} is out of range"));
        }
        if let Some(d) = &r.duration
            && !iso_duration(d)
        {
            out.push(format!("duration {d} is not ISO 8601"));
        }
        for k in r.extensions.keys() {
            if !is_iri(k) {
                out.push(format!("extension {k} is not an IRI"));
            }
        }
    }
    if let Some(c) = &s.context {
        if let Some(reg) = &c.registration
            && !super::xapi::is_uuid(reg)
        {
            out.push(format!("registration {reg} is not a UUID"));
        }
        if let Some(ca) = &c.context_activities {
            for a in ca.parent.iter().chain(&ca.grouping) {
                if !is_iri(&a.id) {
                    out.push(format!("context activity {} is not an IRI", a.id));
                }
            }
        }
    }
    out
}

/// Is this an ISO 8601 duration of the form Someaspa writes ("PT12S", "PT1.5S")?
fn iso_duration(d: &str) -> bool {
    let Some(rest) = d.strip_prefix("PT").and_then(|r| r.strip_suffix('S')) else {
        return false;
    };
    let mut parts = rest.split('.');
    let whole = parts.next().unwrap_or("");
    let frac = parts.next();
    parts.next().is_none()
        && !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}
