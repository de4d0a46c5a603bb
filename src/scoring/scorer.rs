//! Scoring a reply against a rubric, and the rubric arithmetic of PRODUCT.md §5.
//!
//! A [`Scorer`] is prepared once per step (phrase lists compiled, regexes built, name forms
//! worked out) and then scores any number of drafts cheaply: the play view re-scores on
//! every keystroke when live hints are on.

use super::analysis::{Analysis, Extra};
use super::catalog::CriterionId;
use super::criteria::form::SignatureCheck;
use super::criteria::{self, Ctx, name_stems};
use super::lexicon::Lexicon;
use super::matcher::Matcher;
use super::result::{CriterionResult, Evidence, Mark, ScoreResult};
use super::situation::Situation;
use crate::i18n::Msg;
use crate::scenario::model::SignOff;
use crate::scenario::rubric::{CriterionKind, ResolvedCriterion, ResolvedRubric};
use crate::vocab::{Grade, Scale};

/// A rubric ready to score replies in one situation.
#[derive(Debug)]
pub struct Scorer {
    situation: Situation,
    rubric: ResolvedRubric,
    pass_mark: u8,
    extra: Matcher<Extra>,
    regexes: Vec<Option<regex::Regex>>,
    name_stems: Vec<String>,
    issue_examples: String,
    signature: SignatureCheck,
}

impl Scorer {
    /// Prepares a rubric for a situation.
    #[must_use]
    pub fn new(situation: Situation, rubric: ResolvedRubric, pass_mark: u8) -> Self {
        let mut extra = Matcher::new();
        for p in &situation.issue {
            extra.add_source(Extra::Issue, p);
        }
        for p in &situation.forbidden {
            extra.add_source(Extra::Forbidden, p);
        }
        let mut regexes = Vec::with_capacity(rubric.len());
        for (i, c) in rubric.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            for p in &c.phrases {
                let key = if matches!(c.kind, CriterionKind::BuiltIn(CriterionId::Acknowledge)) {
                    Extra::Issue
                } else {
                    Extra::Phrases(i)
                };
                extra.add_source(key, p);
            }
            let mut regex = None;
            if let CriterionKind::Custom(custom) = &c.kind {
                for p in &custom.require {
                    extra.add_source(Extra::Require(i), p);
                }
                for p in &custom.avoid {
                    extra.add_source(Extra::Avoid(i), p);
                }
                regex = custom
                    .pattern
                    .as_ref()
                    .and_then(|p| regex::RegexBuilder::new(p).case_insensitive(true).build().ok());
            }
            regexes.push(regex);
        }
        let name_stems = situation.customer_name.as_deref().map(name_stems).unwrap_or_default();
        // The trainee sees real words: whole-word patterns first ("myöhässä"), a stem
        // ("myöhä*") only when the list has nothing else.
        let usable = || situation.issue.iter().filter(|p| !p.contains('{'));
        let whole: Vec<&String> = usable().filter(|p| !p.contains('*')).take(3).collect();
        let picked: Vec<&String> = if whole.is_empty() {
            usable().take(3).collect()
        } else {
            whole
        };
        let issue_examples = picked
            .iter()
            .map(|p| p.trim_start_matches('=').trim_end_matches('*').to_owned())
            .collect::<Vec<_>>()
            .join(", ");
        let signature = signature_check(&situation);
        Scorer {
            situation,
            rubric,
            pass_mark,
            extra,
            regexes,
            name_stems,
            issue_examples,
            signature,
        }
    }

    /// The situation.
    #[must_use]
    pub const fn situation(&self) -> &Situation {
        &self.situation
    }

    /// The rubric.
    #[must_use]
    pub fn rubric(&self) -> &ResolvedRubric {
        &self.rubric
    }

    /// The pass mark.
    #[must_use]
    pub const fn pass_mark(&self) -> u8 {
        self.pass_mark
    }

    /// Scores a reply.
    #[must_use]
    pub fn score(&self, reply: &str) -> ScoreResult {
        if is_blank(reply) {
            // Nothing was written: no criterion can be met, and a length limit or an emoji
            // policy kept by saying nothing earns no points (D23).
            let results = self
                .rubric
                .iter()
                .map(|c| apply_scale(c, Mark::Fail, Vec::new(), Msg::new("crit-empty-reply")))
                .collect();
            return finish(results, self.pass_mark);
        }
        let lexicon = Lexicon::builtin(self.situation.lang);
        let analysis = Analysis::in_reply_lang(reply, lexicon, &self.extra, self.situation.reply_lang);
        let ctx = Ctx {
            situation: &self.situation,
            name_stems: &self.name_stems,
            regexes: &self.regexes,
            issue_examples: &self.issue_examples,
            other_lexicon: Lexicon::builtin(self.situation.lang.other()),
            signature: &self.signature,
        };
        let results = self
            .rubric
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let o = criteria::evaluate(&ctx, &analysis, c, i);
                apply_scale(c, o.mark, evidence(reply, o.evidence), o.msg)
            })
            .collect();
        finish(results, self.pass_mark)
    }
}

/// Is a reply empty to a reader: only whitespace and invisible format characters?
#[must_use]
pub fn is_blank(reply: &str) -> bool {
    reply
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'))
}

/// The sign-off check for the situation's brand and language.
fn signature_check(situation: &Situation) -> SignatureCheck {
    let Some(brand) = &situation.brand else {
        return SignatureCheck::AnyAgent;
    };
    let pattern = |marker: &str, tail: &str, example: String| {
        let re = format!(r"{}\s?{tail}", regex::escape(marker));
        regex::Regex::new(&re).map_or(SignatureCheck::None, |own| SignatureCheck::Pattern { own, example })
    };
    match &brand.sign_off {
        SignOff::NoSignOff => SignatureCheck::None,
        SignOff::Initials(marker) => pattern(marker, r"\p{Lu}{2,3}\b", format!("{marker}AK")),
        SignOff::FirstName(marker) => pattern(marker, r"\p{Lu}\p{Ll}+", format!("{marker}Anna")),
        SignOff::Text(texts) => match texts.get(&situation.lang).or_else(|| texts.values().next()) {
            Some(text) => {
                let lower = text.to_lowercase();
                let full = lower.split_whitespace().collect::<Vec<_>>().join(" ");
                let opening = full.split(',').next().unwrap_or("").trim().to_owned();
                SignatureCheck::Text {
                    full,
                    opening,
                    example: text.clone(),
                }
            }
            None => SignatureCheck::None,
        },
    }
}

/// Evidence with its text, clamped to char boundaries.
fn evidence(reply: &str, spans: Vec<(usize, usize)>) -> Vec<Evidence> {
    spans
        .into_iter()
        .filter_map(|(s, e)| {
            let (s, e) = (s.min(reply.len()), e.min(reply.len()));
            if s >= e || !reply.is_char_boundary(s) || !reply.is_char_boundary(e) {
                return None;
            }
            Some(Evidence {
                start: s,
                end: e,
                text: reply[s..e].to_owned(),
            })
        })
        .collect()
}

/// Turns a raw mark into the criterion's result on its scale.
fn apply_scale(c: &ResolvedCriterion, raw: Mark, evidence: Vec<Evidence>, message: Msg) -> CriterionResult {
    let weight = f64::from(c.weight);
    let result = match (raw, c.scale) {
        (Mark::Partial, Scale::Binary) => Mark::Pass,
        (m, _) => m,
    };
    let (points, max) = match result {
        Mark::Pass => (weight, weight),
        Mark::Partial => (weight / 2.0, weight),
        Mark::Fail => (0.0, weight),
        Mark::Na => (0.0, 0.0),
    };
    CriterionResult {
        id: c.id.clone(),
        label: match &c.kind {
            CriterionKind::Custom(custom) => Some(custom.label.clone()),
            CriterionKind::BuiltIn(_) => None,
        },
        result,
        points,
        max,
        critical: c.critical,
        cap: c.cap,
        evidence,
        message,
    }
}

/// The total, the pass and the critical cap (PRODUCT.md §5).
///
/// total = 100 × points / max over criteria that apply; a failed critical criterion caps
/// the total at its cap (the lowest cap wins); a rubric where nothing applies scores 100.
#[must_use]
pub fn finish(criteria: Vec<CriterionResult>, pass_mark: u8) -> ScoreResult {
    let points: f64 = criteria.iter().fold(0.0, |s, c| s + c.points);
    let max: f64 = criteria.iter().fold(0.0, |s, c| s + c.max);
    let raw = if max > 0.0 { 100.0 * points / max } else { 100.0 };
    // The sum of weights is an integer, so rounding here is exact enough and never panics.
    let mut total = raw.round().clamp(0.0, 100.0) as u8;
    let mut critical_failed = false;
    for c in &criteria {
        if c.critical && c.result == Mark::Fail {
            critical_failed = true;
            total = total.min(c.cap);
        }
    }
    ScoreResult {
        total,
        passed: total >= pass_mark && !critical_failed,
        critical_failed,
        criteria,
    }
}

/// The result of a pick or action turn: one pseudo-criterion carrying the option's grade.
#[must_use]
pub fn choice_result(grade: Grade, feedback: &str, pass_mark: u8) -> ScoreResult {
    let (result, points) = match grade {
        Grade::Pass => (Mark::Pass, 100.0),
        Grade::Partial => (Mark::Partial, 50.0),
        Grade::Fail => (Mark::Fail, 0.0),
    };
    finish(
        vec![CriterionResult {
            id: super::catalog::CHOICE_ID.to_owned(),
            label: None,
            result,
            points,
            max: 100.0,
            critical: false,
            cap: 0,
            evidence: Vec::new(),
            message: Msg::new("crit-custom-text").with("text", feedback),
        }],
        pass_mark,
    )
}
