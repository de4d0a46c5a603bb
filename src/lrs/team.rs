//! The trainer's team view, read from the LRS: every trainee's level per skill, last
//! activity, completed tracks and attempts, with each attempt's criteria. Statements are
//! fetched page by page (`more` links) and kept in a cache that later loads extend with
//! `since`, so a team of hundreds with tens of thousands of statements loads once.

use std::collections::{BTreeMap, BTreeSet};

use super::client::{Client, LrsError};
use super::statements::ext;
use super::xapi::{Statement, verbs};
use crate::progress::mastery::{Level, weighted};

/// Statements fetched so far, by id, and the newest time seen.
#[derive(Debug, Clone, Default)]
pub struct TeamCache {
    /// Every statement, by id (a re-fetched page never duplicates).
    pub statements: BTreeMap<String, Statement>,
    /// The newest `stored`/timestamp seen: the next load asks only for later ones.
    pub since: Option<String>,
}

/// One criterion of an attempt's step, as the LRS has it.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamCriterion {
    /// The step.
    pub step: String,
    /// The criterion's id.
    pub id: String,
    /// "pass", "partial", "fail", "na".
    pub mark: String,
    /// Points earned.
    pub points: f64,
    /// Points possible.
    pub max: f64,
}

/// One attempt of a trainee.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamAttempt {
    /// The scenario's activity id.
    pub activity: String,
    /// Its name.
    pub title: String,
    /// When.
    pub when: String,
    /// 0–100.
    pub total: u8,
    /// Passed.
    pub passed: bool,
    /// The skills it trained (ids).
    pub skills: Vec<String>,
    /// Each step's criteria (from the step statements of the same registration).
    pub criteria: Vec<TeamCriterion>,
}

/// A trainee.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamMember {
    /// The pseudonymous actor id.
    pub actor: String,
    /// The name, when the organisation sends names.
    pub name: Option<String>,
    /// The newest statement's time.
    pub last_activity: String,
    /// Per skill id: the weighted score and its level.
    pub skills: BTreeMap<String, (f64, Level)>,
    /// Completed tracks (activity names or ids).
    pub tracks: Vec<String>,
    /// Attempts, newest first.
    pub attempts: Vec<TeamAttempt>,
}

/// The team, trainees sorted by name (or id).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Team {
    /// Trainees.
    pub members: Vec<TeamMember>,
    /// Statements behind it.
    pub statements: usize,
}

/// Fetches what is new since the cache's last load (everything the first time), page by
/// page; `progress` gets the number of statements fetched so far.
///
/// # Errors
/// The LRS could not be read; the cache keeps what was fetched before the error.
pub fn refresh(client: &Client, cache: &mut TeamCache, mut progress: impl FnMut(usize)) -> Result<(), LrsError> {
    // One query for everything since the last load, the verbs picked here: Ralph 5.1's
    // file backend never matches a `verb` filter (it compares the parsed IRI object with
    // the stored string), and one stream of pages is also fewer requests.
    let wanted = [verbs::PASSED, verbs::FAILED, verbs::COMPLETED, verbs::RESPONDED];
    let mut fetched = 0usize;
    let mut newest = cache.since.clone();
    let mut query = vec![("limit", "500".to_owned())];
    if let Some(s) = &cache.since {
        query.push(("since", s.clone()));
    }
    let mut more: Option<String> = None;
    loop {
        let page = client.get(&query, more.as_deref())?;
        fetched += page.statements.len();
        for s in page.statements {
            if !wanted.contains(&s.verb.id.as_str()) {
                continue;
            }
            if let Some(t) = &s.timestamp
                && newest.as_ref().is_none_or(|n| t > n)
            {
                newest = Some(t.clone());
            }
            cache.statements.insert(s.id.clone(), s);
        }
        progress(fetched);
        match page.more.filter(|m| !m.is_empty()) {
            Some(m) => more = Some(m),
            None => break,
        }
    }
    cache.since = newest;
    Ok(())
}

/// The team as the cached statements describe it.
#[must_use]
pub fn team(cache: &TeamCache, activity_base: &str) -> Team {
    let base = activity_base.trim_end_matches('/');
    let criteria_key = format!("{base}/{}", ext::CRITERIA);
    let skills_key = format!("{base}/{}", ext::SKILLS);
    // Step criteria by registration.
    let mut steps: BTreeMap<String, Vec<TeamCriterion>> = BTreeMap::new();
    for s in cache.statements.values().filter(|s| s.verb.id == verbs::RESPONDED) {
        let Some(reg) = s.context.as_ref().and_then(|c| c.registration.clone()) else {
            continue;
        };
        let step = s.object.id.rsplit('/').next().unwrap_or("").to_owned();
        if let Some(list) = s
            .result
            .as_ref()
            .and_then(|r| r.extensions.get(&criteria_key))
            .and_then(|v| v.as_array())
        {
            let entry = steps.entry(reg).or_default();
            for c in list {
                entry.push(TeamCriterion {
                    step: step.clone(),
                    id: c["id"].as_str().unwrap_or("").to_owned(),
                    mark: c["mark"].as_str().unwrap_or("").to_owned(),
                    points: c["points"].as_f64().unwrap_or(0.0),
                    max: c["max"].as_f64().unwrap_or(0.0),
                });
            }
        }
    }
    let mut by_actor: BTreeMap<String, TeamMember> = BTreeMap::new();
    let mut sorted: Vec<&Statement> = cache.statements.values().collect();
    sorted.sort_by(|a, b| a.timestamp.cmp(&b.timestamp));
    for s in sorted {
        let Some(acc) = &s.actor.account else { continue };
        let m = by_actor.entry(acc.name.clone()).or_insert_with(|| TeamMember {
            actor: acc.name.clone(),
            name: None,
            last_activity: String::new(),
            skills: BTreeMap::new(),
            tracks: Vec::new(),
            attempts: Vec::new(),
        });
        if s.actor.name.is_some() {
            m.name.clone_from(&s.actor.name);
        }
        if let Some(t) = &s.timestamp
            && *t > m.last_activity
        {
            m.last_activity.clone_from(t);
        }
        let name = s
            .object
            .definition
            .as_ref()
            .and_then(|d| d.name.values().next().cloned())
            .unwrap_or_else(|| s.object.id.clone());
        match s.verb.id.as_str() {
            verbs::PASSED | verbs::FAILED => {
                let r = s.result.as_ref();
                let total = r.and_then(|r| r.score.as_ref()).map_or(0.0, |sc| sc.raw);
                let skills: Vec<String> = s
                    .context
                    .as_ref()
                    .and_then(|c| c.extensions.get(&skills_key))
                    .and_then(|v| v.as_array())
                    .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect())
                    .unwrap_or_default();
                let reg = s
                    .context
                    .as_ref()
                    .and_then(|c| c.registration.clone())
                    .unwrap_or_default();
                m.attempts.push(TeamAttempt {
                    activity: s.object.id.clone(),
                    title: name,
                    when: s.timestamp.clone().unwrap_or_default(),
                    total: total.clamp(0.0, 100.0) as u8,
                    passed: s.verb.id == verbs::PASSED,
                    skills,
                    criteria: steps.get(&reg).cloned().unwrap_or_default(),
                });
            }
            verbs::COMPLETED if s.object.id.contains("/tracks/") && !m.tracks.contains(&name) => {
                m.tracks.push(name);
            }
            _ => {}
        }
    }
    for m in by_actor.values_mut() {
        let skills: BTreeSet<String> = m.attempts.iter().flat_map(|a| a.skills.iter().cloned()).collect();
        for skill in skills {
            let scores: Vec<f64> = m
                .attempts
                .iter()
                .filter(|a| a.skills.contains(&skill))
                .map(|a| f64::from(a.total))
                .collect();
            if let Some(score) = weighted(&scores) {
                m.skills.insert(skill, (score, Level::of(score)));
            }
        }
        m.attempts.reverse();
    }
    let mut members: Vec<TeamMember> = by_actor.into_values().collect();
    members.sort_by(|a, b| {
        a.name
            .as_deref()
            .unwrap_or(&a.actor)
            .to_lowercase()
            .cmp(&b.name.as_deref().unwrap_or(&b.actor).to_lowercase())
    });
    Team {
        members,
        statements: cache.statements.len(),
    }
}
