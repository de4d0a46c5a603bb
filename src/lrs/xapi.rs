//! The xAPI 1.0.3 statement, as much of it as Someaspa sends and reads. Written here
//! because the `xapi-data` crate is GPL-3.0; the types follow the specification's names
//! (camelCase on the wire) and leave out what Someaspa never uses.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The xAPI version spoken (the `X-Experience-API-Version` header).
pub const VERSION: &str = "1.0.3";

/// Verbs Someaspa uses (ADL's registry).
pub mod verbs {
    /// A step was answered.
    pub const RESPONDED: &str = "http://adlnet.gov/expapi/verbs/responded";
    /// An attempt reached its pass mark.
    pub const PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
    /// An attempt missed its pass mark.
    pub const FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
    /// A track or a shift was finished.
    pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
}

/// Activity types (ADL's registry).
pub mod activity_types {
    /// A question: each step of a scenario.
    pub const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
    /// A scenario.
    pub const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
    /// A track.
    pub const COURSE: &str = "http://adlnet.gov/expapi/activities/course";
    /// A skill (as a grouping).
    pub const OBJECTIVE: &str = "http://adlnet.gov/expapi/activities/objective";
    /// A shift.
    pub const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";
}

/// Language map: language tag → text.
pub type LanguageMap = BTreeMap<String, String>;

/// An xAPI statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Statement {
    /// A UUID made by the sender; the LRS keeps one statement per id.
    pub id: String,
    /// Who.
    pub actor: Agent,
    /// Did what.
    pub verb: Verb,
    /// To what.
    pub object: Activity,
    /// How it went.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<XResult>,
    /// Around what.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
    /// When (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

/// The actor: always an account under the organisation's home page, never an e-mail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Agent {
    /// "Agent".
    pub object_type: String,
    /// A display name, sent only when the organisation turns names on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Account>,
}

/// An account on a system.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    /// The system's home page (an IRL).
    pub home_page: String,
    /// The account's id on it.
    pub name: String,
}

/// A verb.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verb {
    /// Its IRI.
    pub id: String,
    /// Its name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub display: LanguageMap,
}

/// An activity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    /// "Activity".
    #[serde(default = "activity")]
    pub object_type: String,
    /// Its IRI.
    pub id: String,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub definition: Option<Definition>,
}

fn activity() -> String {
    "Activity".to_owned()
}

/// An activity's definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Definition {
    /// Its name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub name: LanguageMap,
    /// Its type (an IRI).
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// For an interaction: "long-fill-in", "choice" or "other".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interaction_type: Option<String>,
}

/// A result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct XResult {
    /// The score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// Passed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completion: Option<bool>,
    /// The answer (sent only when the organisation turns replies on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
    /// ISO 8601 duration ("PT1M5.25S").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// Someaspa's own details (each criterion's mark).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extensions: BTreeMap<String, serde_json::Value>,
}

/// A score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// −1 … 1.
    pub scaled: f64,
    /// Between min and max.
    pub raw: f64,
    /// The lowest possible.
    pub min: f64,
    /// The highest possible.
    pub max: f64,
}

/// The context.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Context {
    /// One UUID per attempt: groups a step's statements with the attempt's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration: Option<String>,
    /// The content's language (RFC 5646).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// "Someaspa <version>".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// The scenario's version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
    /// The scenario as parent, the skills as grouping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_activities: Option<ContextActivities>,
    /// Channel, seed, scenario version.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extensions: BTreeMap<String, serde_json::Value>,
}

/// Related activities.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContextActivities {
    /// The activity this one is part of.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parent: Vec<Activity>,
    /// Activities it counts towards.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grouping: Vec<Activity>,
}

/// A page of statements from `GET /statements`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct StatementResult {
    /// The statements.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Where the next page is (relative to the server), empty at the end.
    #[serde(default)]
    pub more: Option<String>,
}

/// A UUID in its text form (version 4 layout) from 16 bytes.
#[must_use]
pub fn uuid_from(bytes: [u8; 16]) -> String {
    let mut b = bytes;
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Is this a UUID in text form?
#[must_use]
pub fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() == 5
        && [8, 4, 4, 4, 12].iter().zip(&parts).all(|(n, p)| p.len() == *n)
        && parts.iter().all(|p| p.bytes().all(|c| c.is_ascii_hexdigit()))
}

/// An ISO 8601 duration of milliseconds ("PT65.25S").
#[must_use]
pub fn duration(ms: u64) -> String {
    let secs = ms / 1000;
    let frac = ms % 1000;
    if frac == 0 {
        format!("PT{secs}S")
    } else {
        let f = format!("{frac:03}");
        format!("PT{secs}.{}S", f.trim_end_matches('0'))
    }
}
