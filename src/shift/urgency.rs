//! How urgent a post is, read from the scenario's own data: no extra field in the format.
//!
//! The rules, first match wins (the scenario's category, the channel and the author's grading
//! of the first step's actions say everything needed):
//!
//! 1. **Leave alone** — the first step is an action turn whose passing action is `ignore`: a
//!    provocation the author wants left unanswered (e.g. the 5G troll). Ignoring it until the
//!    shift ends is the right call.
//! 2. **Urgent** — a `crisis`; or an action turn whose passing action is `hide` (abuse or a
//!    threat on display must come down now); or a *public complaint*: an `angry-complaint`,
//!    `privacy-trap` or `take-to-dm` post on a public channel (everyone watches the brand's
//!    silence, and personal data stays exposed until someone acts).
//! 3. **Low** — `praise`, `public-faq` and `meme` posts: worth answering, but they can wait.
//! 4. **Normal** — everything else (news and off-topic questions, misinformation, private
//!    chats and messages).

use serde::{Deserialize, Serialize};

use crate::scenario::model::{Scenario, Turn};
use crate::vocab::{Action, Category, Channel, Grade};

/// How soon a post should be handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Handle first.
    Urgent,
    /// Handle in turn.
    Normal,
    /// Can wait.
    Low,
    /// A troll to leave alone: no reply is the right reply.
    LeaveAlone,
}

impl Urgency {
    /// The stable id (`urgent`, `normal`, `low`, `leave-alone`), also used in Fluent ids.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Urgency::Urgent => "urgent",
            Urgency::Normal => "normal",
            Urgency::Low => "low",
            Urgency::LeaveAlone => "leave-alone",
        }
    }

    /// Rank for prioritisation (higher first); posts to leave alone have none.
    #[must_use]
    pub const fn rank(self) -> Option<u8> {
        match self {
            Urgency::Urgent => Some(2),
            Urgency::Normal => Some(1),
            Urgency::Low => Some(0),
            Urgency::LeaveAlone => None,
        }
    }
}

/// What the shift needs to know about a scenario's first post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Triage {
    /// How urgent it is.
    pub urgency: Urgency,
    /// A troll (category `troll`): judged by the action taken, not by a reply.
    pub troll: bool,
    /// A complaint on a public channel: onlookers pile on when it waits too long.
    pub public_complaint: bool,
    /// The channel of the first post.
    pub channel: Channel,
}

/// Does the first step's action turn grade this action as the right one?
fn passing_action(scenario: &Scenario, action: Action) -> bool {
    scenario.steps.first().is_some_and(|s| match &s.turn {
        Turn::Act(a) => a.options.iter().any(|o| o.action == action && o.grade == Grade::Pass),
        Turn::Write(_) | Turn::Pick(_) => false,
    })
}

/// Sorts a scenario's first post (see the module documentation for the rules).
#[must_use]
pub fn triage(scenario: &Scenario) -> Triage {
    let channel = scenario
        .steps
        .first()
        .and_then(|s| s.channel)
        .unwrap_or(scenario.channel);
    let troll = scenario.category == Category::Troll;
    let complaint = matches!(
        scenario.category,
        Category::AngryComplaint | Category::PrivacyTrap | Category::TakeToDm | Category::Crisis
    );
    let public_complaint = channel.is_public() && complaint && !troll;
    let urgency = if passing_action(scenario, Action::Ignore) {
        Urgency::LeaveAlone
    } else if scenario.category == Category::Crisis || passing_action(scenario, Action::Hide) || public_complaint {
        Urgency::Urgent
    } else if matches!(
        scenario.category,
        Category::Praise | Category::PublicFaq | Category::Meme
    ) {
        Urgency::Low
    } else {
        Urgency::Normal
    };
    Triage {
        urgency,
        troll,
        public_complaint,
        channel,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Library;
    use crate::scenario::pack::PackSource;

    #[test]
    fn the_built_in_scenarios_sort_as_a_team_lead_would() {
        let lib = Library::load(&[PackSource::BuiltIn]);
        let of = |id: &str| triage(&lib.scenario(id).unwrap().scenario);
        assert_eq!(of("telecom-troll-x-en").urgency, Urgency::LeaveAlone);
        assert!(of("telecom-troll-x-en").troll);
        let abuse = of("shop-abusive-comment-fb-en");
        assert_eq!(abuse.urgency, Urgency::Urgent, "a threat must come down now");
        assert!(abuse.troll && !abuse.public_complaint);
        assert_eq!(of("telecom-outage-crisis-en").urgency, Urgency::Urgent);
        let delay = of("rail-delay-x-fi");
        assert_eq!(delay.urgency, Urgency::Urgent);
        assert!(delay.public_complaint);
        assert_eq!(
            of("shop-lost-parcel-chat-en").urgency,
            Urgency::Normal,
            "a private chat"
        );
        assert!(!of("shop-lost-parcel-chat-en").public_complaint);
        assert_eq!(of("rail-politics-x-en").urgency, Urgency::Normal);
        assert_eq!(of("shop-praise-instagram-en").urgency, Urgency::Low);
        assert_eq!(of("rail-bike-faq-fb-en").urgency, Urgency::Low);
        // Every scenario gets some urgency, in both languages alike.
        for s in &lib.scenarios {
            let twin = s.scenario.id.strip_suffix("-en").map(|base| format!("{base}-fi"));
            if let Some(t) = twin.and_then(|t| lib.scenario(&t)) {
                assert_eq!(triage(&s.scenario), triage(&t.scenario), "{}", s.scenario.id);
            }
        }
    }
}
