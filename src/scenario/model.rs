//! The scenario format as trainers write it in RON (documented in `scenarios/README.md`).
//!
//! These types mirror the files one to one; nothing here is resolved or checked beyond what
//! serde does. References (brand ids, rubric ids, step ids, criterion ids) stay strings so
//! that [`super::validate`] can report every broken one with its location instead of the
//! parser stopping at the first. Optional fields default, so packs written for an older
//! `format` keep loading when fields are added.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::vocab::{
    Action, Category, Channel, Difficulty, EmojiPolicy, Expectation, Formality, Grade, Lang, MemePolicy, Mood, Scale,
    Skill,
};

/// The newest scenario format this build understands. Files say which one they use.
pub const FORMAT_VERSION: u32 = 1;

/// One training scenario: a situation on one channel, played step by step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Format version of the file (see [`FORMAT_VERSION`]).
    pub format: u32,
    /// Stable id, unique across every loaded pack (e.g. `rail-delay-x-en`).
    pub id: String,
    /// The scenario's language; trainees must answer in it.
    pub lang: Lang,
    /// Title shown in the browser.
    pub title: String,
    /// One or two sentences for the browser: what happens and what is trained.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// The kind of situation (for browsing and library coverage).
    pub category: Category,
    /// Where the conversation happens; a step may move to another channel.
    pub channel: Channel,
    /// Id of the brand whose account the trainee runs.
    pub brand: String,
    /// The customer.
    pub persona: Persona,
    /// Today's news that the trainee is expected to know.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub context: Vec<NewsItem>,
    /// Skills the scenario exercises (progress is recorded against these).
    pub skills: Vec<Skill>,
    /// How hard it is.
    pub difficulty: Difficulty,
    /// Optional time limit for the whole scenario, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit: Option<u32>,
    /// Total score (0–100) needed to pass.
    #[serde(default = "default_pass_mark")]
    pub pass_mark: u8,
    /// Facts the scorer needs: issue words, personal data, extra forbidden phrases.
    #[serde(default, skip_serializing_if = "is_default")]
    pub params: Params,
    /// Values drawn anew for every attempt (names, order numbers, ...), used as `{id}` in texts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub variables: Vec<Variable>,
    /// The steps; the first one starts the scenario.
    pub steps: Vec<Step>,
    /// Example replies with the results the author expects (the rubric's self-tests).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Example>,
}

/// The pass mark when a scenario does not set one.
pub const DEFAULT_PASS_MARK: u8 = 70;

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

fn default_pass_mark() -> u8 {
    DEFAULT_PASS_MARK
}

/// The customer the trainee talks to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Display name, e.g. "Anna Virtanen" (may use variables: "{first} {last}").
    pub name: String,
    /// Handle without the @, e.g. "annav".
    pub handle: String,
    /// Avatar image inside the pack's `images/` folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// The customer's mood at the start.
    pub mood: Mood,
}

/// A news item the trainee should know about today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsItem {
    /// Who published it ("Helsingin Sanomat", "Raideri press release").
    pub source: String,
    /// The headline.
    pub headline: String,
    /// A short summary of what it says.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// When it was published, as shown ("today 07:30").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub when: String,
    /// Is this the brand's own official statement (the place to point customers to)?
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub official: bool,
    /// Where the official statement lives (a URL or a page name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

/// Facts about the situation that the scoring criteria use.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    /// Words that name the customer's issue (lexicon patterns: `delay*`, `late`, `myöhäs*`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub issue: Vec<String>,
    /// Personal data the customer has revealed (order numbers, e-mail): never repeat it in public.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personal_data: Vec<String>,
    /// Phrases forbidden in this scenario on top of the brand's list.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbidden: Vec<String>,
    /// The name the reply should use; defaults to the persona's first name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
}

/// A value drawn for each attempt and used as `{id}` in the scenario's texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Variable {
    /// The placeholder name, used as `{id}`.
    pub id: String,
    /// How the value is drawn.
    pub draw: Draw,
    /// The value used when nothing is drawn (self-tests, the editor, `validate`).
    pub default: String,
}

/// How a variable's value is drawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Draw {
    /// A first name from the scenario language's name list.
    FirstName,
    /// A last name from the scenario language's name list.
    LastName,
    /// A whole number between the two bounds, inclusive.
    Number(i64, i64),
    /// A string of this many digits (order and booking numbers).
    Digits(u8),
    /// One of the given texts (text alternatives).
    OneOf(Vec<String>),
    /// A clock time between two times ("07:00", "22:30"), in whole 5-minute steps.
    Time(String, String),
    /// An e-mail address built from other variables' values: `Email("first", "last")`.
    Email(String, String),
    /// A handle built from other variables' values: `Handle("first", "last")`.
    Handle(String, String),
}

/// One exchange: the customer says something, the trainee takes a turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Id unique within the scenario, used by branches.
    pub id: String,
    /// The channel of this step when it differs from the scenario's (e.g. moved to DM).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// What the customer posts.
    pub message: Message,
    /// Comments by other people already under the post (public channels).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub onlookers: Vec<Comment>,
    /// What the trainee does.
    pub turn: Turn,
    /// How onlookers react to the trainee's reply, by result.
    #[serde(default, skip_serializing_if = "is_default")]
    pub reactions: Reactions,
    /// Where to go next; the first branch whose condition holds wins; none means the end.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next: Vec<Branch>,
}

/// A post or message by the customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// The text.
    pub text: String,
    /// An attached image inside the pack's `images/` folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// Shown time ("14:02", "2 min").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time: String,
    /// Likes so far (public channels).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub likes: u32,
    /// Reposts or shares so far (public channels).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub shares: u32,
}

/// A comment by an onlooker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// Display name.
    pub name: String,
    /// Handle without the @.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub handle: String,
    /// The comment.
    pub text: String,
    /// Likes.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub likes: u32,
    /// Avatar inside the pack's `images/` folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
}

/// Onlookers' reactions that appear after the trainee's reply.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reactions {
    /// After a reply that passed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub good: Vec<Comment>,
    /// After a reply that failed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bad: Vec<Comment>,
}

/// The trainee's turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Turn {
    /// Write a reply in free text, scored against a rubric.
    Write(WriteTurn),
    /// Pick one of the prepared replies (text or meme image).
    Pick(PickTurn),
    /// Choose an action (reply publicly, reply privately, hide, escalate, ignore, like).
    Act(ActTurn),
}

/// A free-text turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WriteTurn {
    /// What the trainee is asked to do, shown above the editor.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prompt: String,
    /// The criteria the reply is scored on.
    pub rubric: RubricSpec,
    /// One or more good answers, shown after the attempt.
    pub model_answers: Vec<String>,
    /// The author's own words for the feedback view.
    #[serde(default, skip_serializing_if = "is_default")]
    pub feedback: StepFeedback,
    /// The language the reply must be in when it differs from the scenario's: `"sv"` for a
    /// Swedish post on a Finnish brand. `right-language` checks it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_lang: Option<crate::vocab::ReplyLang>,
}

/// A "pick a reply" turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PickTurn {
    /// What the trainee is asked to do.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prompt: String,
    /// The options, shown as cards.
    pub options: Vec<PickOption>,
}

/// One prepared reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PickOption {
    /// Id unique within the step (branches can test it).
    pub id: String,
    /// The reply's text, if it is a text reply (or the caption under a meme).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// A meme image inside the pack's `images/` folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// How good this choice is.
    pub grade: Grade,
    /// Why: shown after the choice.
    pub feedback: String,
}

/// An action turn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActTurn {
    /// What the trainee is asked to do.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prompt: String,
    /// The actions on offer.
    pub options: Vec<ActOption>,
}

/// One action on offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActOption {
    /// The action.
    pub action: Action,
    /// How good it is here.
    pub grade: Grade,
    /// What happens as a result, shown after the choice.
    pub consequence: String,
    /// Why it is (or is not) the right move.
    pub feedback: String,
}

/// The author's feedback for a written step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepFeedback {
    /// Shown when the reply passed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pass: String,
    /// Shown when the reply failed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fail: String,
}

/// A step's rubric: an optional shared rubric plus criteria of its own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricSpec {
    /// Id of a shared rubric (under `rubrics/`) to start from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// Criteria to add; one with the same id as a base criterion replaces it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<CriterionSpec>,
    /// Base criteria to drop.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<String>,
}

/// One criterion of a rubric.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionSpec {
    /// A built-in criterion id (`apology`, `no-public-pii`, ...) or the id of a custom one.
    pub id: String,
    /// Points it is worth; a rubric's weights add up to 100.
    pub weight: u32,
    /// Binary or three-point; defaults to the criterion's usual scale.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// Does failing it cap the whole score? Defaults to the criterion's usual setting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
    /// The cap applied when a critical criterion fails (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<u8>,
    /// Extra phrases for this criterion (e.g. more forbidden phrases, more issue words).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<String>,
    /// Makes this a custom criterion defined right here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom: Option<CustomCriterion>,
}

/// A criterion defined by the scenario's author: phrase lists and patterns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomCriterion {
    /// The name shown in feedback ("Points to the official statement").
    pub label: String,
    /// At least one of these lexicon patterns must appear.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub require: Vec<String>,
    /// None of these lexicon patterns may appear.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid: Vec<String>,
    /// A regular expression that must match (case-insensitive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// Feedback when the criterion passes.
    pub pass: String,
    /// Feedback when it fails.
    pub fail: String,
}

/// A branch to another step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// When to take it.
    pub when: Condition,
    /// The step to go to.
    pub goto: String,
}

/// A condition on the result of the step just played.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// Always (use last, as the default).
    Always,
    /// The step passed (its score reached the scenario's pass mark without a critical fail).
    Passed,
    /// The step did not pass.
    Failed,
    /// The step scored at least this much.
    ScoreAtLeast(u8),
    /// The step scored below this.
    ScoreBelow(u8),
    /// The trainee picked this option id (pick turns) or this action id (action turns).
    Chose(String),
    /// This criterion passed (pass or partial).
    CriterionMet(String),
    /// This criterion failed.
    CriterionFailed(String),
}

/// An example reply with the results its author expects: the rubric's self-test.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The step it answers; the first step when omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<String>,
    /// The reply.
    pub reply: String,
    /// Expected result per criterion id: "pass", "partial", "fail", "na" or "not-fail".
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub expect: BTreeMap<String, Expectation>,
    /// Should the step pass as a whole?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passes: Option<bool>,
    /// Why the author expects this (shown when the self-test fails).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The critical criterion this reply looks like it breaks but does not (a near-miss:
    /// "the queue has calmed down" for no-forbidden). That criterion must not fail.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near_miss: Option<String>,
}

/// A brand whose social-media accounts the trainee runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// Format version of the file.
    pub format: u32,
    /// Stable id referenced by scenarios.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The brand's handle without the @.
    pub handle: String,
    /// The brand's avatar (logo) inside the pack's `images/` folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    /// What the brand does, per language (shown in the side panel).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub about: BTreeMap<Lang, String>,
    /// How the brand sounds.
    pub voice: Voice,
    /// Emoji use.
    pub emoji: EmojiRule,
    /// Meme replies.
    pub memes: MemePolicy,
    /// How replies are signed.
    pub sign_off: SignOff,
    /// Phrases no agent of this brand may write.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbidden: Vec<String>,
    /// Style targets per channel in characters (for channels without a hard limit).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub style_limits: BTreeMap<Channel, u32>,
    /// The brand's own public contact details (phone numbers, e-mail addresses, domains):
    /// never counted as a customer's personal data.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub public_contacts: Vec<String>,
}

/// A brand's voice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Voice {
    /// Formal, neutral or casual.
    pub formality: Formality,
    /// The voice guide per language, a few short lines.
    pub guide: BTreeMap<Lang, String>,
}

/// A brand's emoji rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmojiRule {
    /// Never, sparing or free.
    pub policy: EmojiPolicy,
    /// The most emoji one reply may carry under a sparing policy.
    #[serde(default = "one")]
    pub max: u32,
}

fn one() -> u32 {
    1
}

/// How a brand's agents sign their replies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SignOff {
    /// No signature.
    NoSignOff,
    /// Initials after a marker, e.g. `Initials("^")` for "^AK".
    Initials(String),
    /// The agent's first name after a marker, e.g. `FirstName("/")` for "/Anna".
    FirstName(String),
    /// A fixed closing line per language, e.g. `Text({"fi": "Terveisin Linjaverkko"})`.
    Text(BTreeMap<Lang, String>),
}

/// A shared rubric that steps reference by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// Format version of the file.
    pub format: u32,
    /// Stable id referenced by steps.
    pub id: String,
    /// What it is for (for authors).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The criteria.
    pub criteria: Vec<CriterionSpec>,
}

/// An ordered list of scenarios with pass marks; completing it earns a certificate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Track {
    /// Format version of the file.
    pub format: u32,
    /// Stable id.
    pub id: String,
    /// Language of the track.
    pub lang: Lang,
    /// Title ("Onboarding: first week").
    pub title: String,
    /// What the track prepares the trainee for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The scenarios in order.
    pub items: Vec<TrackItem>,
}

/// One scenario of a track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackItem {
    /// Scenario id.
    pub scenario: String,
    /// Score needed to count it as done; defaults to the scenario's own pass mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pass_mark: Option<u8>,
}
