//! Semantic checks of parsed pack files, with messages a trainer can act on.
//!
//! Syntax errors are ron's business ([`super::parse`]); here we check what only makes sense
//! once a file has parsed: references to brands, rubrics, steps and criteria, reachability,
//! weights, images, placeholders and patterns. Every problem is reported, not just the first.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::graph;
use super::model::{Brand, Comment, Condition, Draw, Example, Rubric, Scenario, SignOff, Step, Track, Turn};
use super::pack::PackSource;
use super::rubric::{self, CriterionKind, ResolvedRubric, RubricProblem};
use super::template;
use super::variation::parse_time;
use crate::catalog::CriterionId;
use crate::format::diagnostic::Diagnostic;
use crate::format::locate::Locator;
use crate::i18n::Msg;
use crate::pattern;
use crate::vocab::{Channel, Expectation, Lang};

/// What validation of one scenario needs to know about the rest of the library.
pub struct Context<'a> {
    /// Brands by id.
    pub brands: &'a BTreeMap<String, Brand>,
    /// Brand files that did not load (file name without extension → file).
    pub unloaded_brands: &'a BTreeMap<String, String>,
    /// Shared rubrics by id.
    pub rubrics: &'a BTreeMap<String, Rubric>,
    /// The scenario's pack (for images).
    pub pack: &'a PackSource,
}

/// Is this a valid id (lower-case letters, digits and `-`)?
#[must_use]
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

struct Checker<'a> {
    file: &'a str,
    loc: Locator<'a>,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn error(&mut self, at: (usize, usize), msg: Msg) {
        self.out.push(Diagnostic::error(self.file, at, msg));
    }
    fn warning(&mut self, at: (usize, usize), msg: Msg) {
        self.out.push(Diagnostic::warning(self.file, at, msg));
    }
    fn at(&self, anchors: &[&str], needle: &str) -> (usize, usize) {
        self.loc.find(anchors, needle)
    }
    fn at_str(&self, anchors: &[&str], value: &str) -> (usize, usize) {
        self.loc.find_str(anchors, value)
    }

    fn check_format(&mut self, format: u32) {
        if format == 0 || format > super::model::FORMAT_VERSION {
            let at = self.at(&[], "format");
            self.error(
                at,
                Msg::new("val-format")
                    .num("given", format)
                    .num("supported", super::model::FORMAT_VERSION),
            );
        }
    }

    fn check_id(&mut self, id: &str) {
        if !is_valid_id(id) {
            let at = self.at_str(&[], id);
            self.error(at, Msg::new("val-bad-id").with("id", id));
        }
    }

    fn check_image(&mut self, pack: &PackSource, anchors: &[&str], path: &str) {
        if let Err(e) = pack.check_image(path) {
            let at = self.at_str(anchors, path);
            self.error(at, Msg::new(e.msg_id()).with("path", path));
        }
    }

    fn check_pattern(&mut self, anchors: &[&str], source: &str) {
        // Placeholders are substituted before matching; check the default shape.
        if let Err(e) = pattern::parse(source) {
            let at = self.at_str(anchors, source);
            self.error(at, Msg::new(e.msg_id()).with("pattern", source));
        }
    }
}

/// Checks a scenario; returns every problem found.
#[must_use]
pub fn scenario(s: &Scenario, file: &str, text: &str, ctx: &Context<'_>) -> Vec<Diagnostic> {
    let mut c = Checker {
        file,
        loc: Locator::new(text),
        out: Vec::new(),
    };
    c.check_format(s.format);
    c.check_id(&s.id);
    if s.title.trim().is_empty() {
        let at = c.at(&[], "title");
        c.error(at, Msg::new("val-empty-field").with("field", "title"));
    }
    let brand = ctx.brands.get(&s.brand);
    if let (None, Some(file)) = (brand, ctx.unloaded_brands.get(&s.brand)) {
        // The brand exists but its file has an error: point there, not at this scenario (D22).
        let at = c.at_str(&["brand"], &s.brand);
        c.error(
            at,
            Msg::new("val-brand-not-loaded")
                .with("id", s.brand.as_str())
                .with("file", file.as_str()),
        );
    } else if brand.is_none() {
        let at = c.at_str(&["brand"], &s.brand);
        let known = ctx.brands.keys().cloned().collect::<Vec<_>>().join(", ");
        c.error(
            at,
            Msg::new("val-unknown-brand")
                .with("id", s.brand.as_str())
                .with("known", known),
        );
    }
    if s.skills.is_empty() {
        let at = c.at(&[], "skills");
        c.error(at, Msg::new("val-no-skills"));
    }
    if s.pass_mark > 100 {
        let at = c.at(&[], "pass_mark");
        c.error(at, Msg::new("val-pass-mark").num("given", s.pass_mark));
    }
    if s.time_limit == Some(0) {
        let at = c.at(&[], "time_limit");
        c.error(at, Msg::new("val-time-limit"));
    }
    if let Some(avatar) = &s.persona.avatar {
        c.check_image(ctx.pack, &["persona"], avatar);
    }
    check_variables(&mut c, s);
    for p in s.params.issue.iter().chain(&s.params.forbidden) {
        c.check_pattern(&["params"], p);
    }
    if s.steps.is_empty() {
        let at = c.at(&[], "steps");
        c.error(at, Msg::new("val-no-steps"));
        return c.out;
    }
    let mut step_ids = HashSet::new();
    let mut duplicate_steps = false;
    for step in &s.steps {
        if step.id.trim().is_empty() {
            let at = c.at(&["steps"], "id:");
            c.error(at, Msg::new("val-empty-field").with("field", "id"));
        } else if !step_ids.insert(step.id.as_str()) {
            let first = Locator::step_anchor(&step.id);
            let at = c.at(&["steps", &first], &first);
            c.error(at, Msg::new("val-duplicate-step").with("id", step.id.as_str()));
            duplicate_steps = true;
        }
    }
    let mut rubrics: BTreeMap<&str, ResolvedRubric> = BTreeMap::new();
    for step in &s.steps {
        if let Some(r) = check_step(&mut c, s, step, ctx) {
            rubrics.insert(&step.id, r);
        }
    }
    // With two steps of one id the branches are ambiguous: reachability and loops would
    // be reported against the wrong step (D22), so the graph is checked once ids are unique.
    if !duplicate_steps {
        check_graph(&mut c, s);
    }
    for ex in &s.examples {
        check_example(&mut c, s, ex, &rubrics);
    }
    c.out
}

fn check_variables(c: &mut Checker<'_>, s: &Scenario) {
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for v in &s.variables {
        let anchors = ["variables"];
        if v.id.is_empty() || !v.id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            let at = c.at_str(&anchors, &v.id);
            c.error(at, Msg::new("val-var-id").with("id", v.id.as_str()));
        }
        if !seen.insert(&v.id) {
            let at = c.at_str(&anchors, &v.id);
            c.error(at, Msg::new("val-var-duplicate").with("id", v.id.as_str()));
        }
        let var_anchor = format!("\"{}\"", v.id);
        let here = [anchors[0], var_anchor.as_str()];
        match &v.draw {
            Draw::Number(lo, hi) if lo > hi => {
                let at = c.at(&here, "Number");
                c.error(at, Msg::new("val-var-range").with("id", v.id.as_str()));
            }
            Draw::Digits(n) if *n == 0 || *n > 20 => {
                let at = c.at(&here, "Digits");
                c.error(at, Msg::new("val-var-digits").with("id", v.id.as_str()));
            }
            Draw::OneOf(options) if options.is_empty() => {
                let at = c.at(&here, "OneOf");
                c.error(at, Msg::new("val-var-empty").with("id", v.id.as_str()));
            }
            Draw::Time(a, b) if parse_time(a).is_none() || parse_time(b).is_none() => {
                let at = c.at(&here, "Time");
                c.error(at, Msg::new("val-var-time").with("id", v.id.as_str()));
            }
            Draw::Email(a, b) | Draw::Handle(a, b) => {
                for r in [a, b] {
                    if !seen.contains(r.as_str()) {
                        let at = c.at_str(&here, r);
                        c.error(
                            at,
                            Msg::new("val-var-ref")
                                .with("id", v.id.as_str())
                                .with("ref", r.as_str()),
                        );
                    }
                }
            }
            _ => {}
        }
        if v.default.trim().is_empty() {
            let at = c.at(&here, "default");
            c.error(at, Msg::new("val-var-default").with("id", v.id.as_str()));
        }
    }
    let mut unknown: BTreeSet<String> = BTreeSet::new();
    template::for_each_text(s, |text| {
        for name in template::placeholders(text) {
            if !seen.contains(name) {
                unknown.insert(name.to_owned());
            }
        }
    });
    for name in unknown {
        let needle = format!("{{{name}");
        let at = c.at(&[], &needle);
        c.error(at, Msg::new("val-unknown-placeholder").with("name", name));
    }
}

fn step_channel(s: &Scenario, step: &Step) -> Channel {
    step.channel.unwrap_or(s.channel)
}

fn check_comments(c: &mut Checker<'_>, pack: &PackSource, anchor: &str, comments: &[Comment]) {
    for cm in comments {
        if let Some(a) = &cm.avatar {
            c.check_image(pack, &["steps", anchor], a);
        }
    }
}

fn check_step(c: &mut Checker<'_>, s: &Scenario, step: &Step, ctx: &Context<'_>) -> Option<ResolvedRubric> {
    let anchor = Locator::step_anchor(&step.id);
    let anchors = ["steps", anchor.as_str()];
    if step.message.text.trim().is_empty() && step.message.image.is_none() {
        let at = c.at(&anchors, "message");
        c.error(at, Msg::new("val-empty-message").with("step", step.id.as_str()));
    }
    if let Some(img) = &step.message.image {
        c.check_image(ctx.pack, &anchors, img);
    }
    check_comments(c, ctx.pack, &anchor, &step.onlookers);
    check_comments(c, ctx.pack, &anchor, &step.reactions.good);
    check_comments(c, ctx.pack, &anchor, &step.reactions.bad);
    let channel = step_channel(s, step);
    if !channel.is_public()
        && (!step.onlookers.is_empty() || !step.reactions.good.is_empty() || !step.reactions.bad.is_empty())
    {
        let at = c.at(&anchors, "onlookers");
        c.warning(
            at,
            Msg::new("val-onlookers-private")
                .with("step", step.id.as_str())
                .with("channel", channel.id()),
        );
    }
    let mut resolved = None;
    match &step.turn {
        Turn::Write(w) => {
            match rubric::resolve(&w.rubric, |id| ctx.rubrics.get(id)) {
                Ok(r) => {
                    for crit in &r {
                        for p in &crit.phrases {
                            c.check_pattern(&anchors, p);
                        }
                        if let CriterionKind::Custom(custom) = &crit.kind {
                            for p in custom.require.iter().chain(&custom.avoid) {
                                c.check_pattern(&anchors, p);
                            }
                        }
                        let always_na = matches!(
                            crit.kind,
                            CriterionKind::BuiltIn(CriterionId::MoveToPrivate | CriterionId::NoPublicPii)
                        ) && !channel.is_public();
                        if always_na {
                            let at = c.at_str(&anchors, &crit.id);
                            c.warning(
                                at,
                                Msg::new("val-always-na")
                                    .with("criterion", crit.id.as_str())
                                    .with("channel", channel.id()),
                            );
                        }
                    }
                    resolved = Some(r);
                }
                Err(problems) => {
                    // An unknown base leaves the rubric empty; saying so again would send
                    // the trainer after a second problem that is not there (D22).
                    let unknown_base = problems.iter().any(|p| matches!(p, RubricProblem::UnknownBase(_)));
                    for p in problems
                        .iter()
                        .filter(|p| !(unknown_base && matches!(p, RubricProblem::Empty)))
                    {
                        report_rubric_problem(c, &anchors, p);
                    }
                }
            }
            if w.model_answers.iter().all(|a| a.trim().is_empty()) {
                let at = c.at(&anchors, "model_answers");
                c.error(at, Msg::new("val-no-model-answer").with("step", step.id.as_str()));
            }
        }
        Turn::Pick(p) => {
            if p.options.len() < 2 {
                let at = c.at(&anchors, "options");
                c.error(at, Msg::new("val-few-options").with("step", step.id.as_str()));
            }
            let mut ids = HashSet::new();
            for o in &p.options {
                if !ids.insert(o.id.as_str()) {
                    let at = c.at_str(&anchors, &o.id);
                    c.error(at, Msg::new("val-duplicate-option").with("id", o.id.as_str()));
                }
                if o.text.trim().is_empty() && o.image.is_none() {
                    let at = c.at_str(&anchors, &o.id);
                    c.error(at, Msg::new("val-empty-option").with("id", o.id.as_str()));
                }
                if let Some(img) = &o.image {
                    c.check_image(ctx.pack, &anchors, img);
                }
            }
            if !p.options.iter().any(|o| o.grade == crate::vocab::Grade::Pass) {
                let at = c.at(&anchors, "options");
                c.error(at, Msg::new("val-no-right-option").with("step", step.id.as_str()));
            }
        }
        Turn::Act(a) => {
            if a.options.len() < 2 {
                let at = c.at(&anchors, "options");
                c.error(at, Msg::new("val-few-options").with("step", step.id.as_str()));
            }
            let mut seen = HashSet::new();
            for o in &a.options {
                if !seen.insert(o.action) {
                    let at = c.at_str(&anchors, o.action.id());
                    c.error(at, Msg::new("val-duplicate-option").with("id", o.action.id()));
                }
            }
            if !a.options.iter().any(|o| o.grade == crate::vocab::Grade::Pass) {
                let at = c.at(&anchors, "options");
                c.error(at, Msg::new("val-no-right-option").with("step", step.id.as_str()));
            }
        }
    }
    check_branches(c, s, step, resolved.as_ref());
    resolved
}

fn report_rubric_problem(c: &mut Checker<'_>, anchors: &[&str], p: &RubricProblem) {
    match p {
        RubricProblem::UnknownBase(id) => {
            let at = c.at_str(anchors, id);
            c.error(at, Msg::new("val-unknown-rubric").with("id", id.as_str()));
        }
        RubricProblem::UnknownCriterion { id, suggestion } => {
            let at = c.at_str(anchors, id);
            let msg = Msg::new("val-unknown-criterion")
                .with("id", id.as_str())
                .with("suggestion", suggestion.unwrap_or("none"));
            c.error(at, msg);
        }
        RubricProblem::CustomShadowsBuiltIn(id) => {
            let at = c.at_str(anchors, id);
            c.error(at, Msg::new("val-custom-builtin").with("id", id.as_str()));
        }
        RubricProblem::RemoveNotInBase(id) => {
            let at = c.at_str(anchors, id);
            c.error(at, Msg::new("val-remove-missing").with("id", id.as_str()));
        }
        RubricProblem::Duplicate(id) => {
            let at = c.at_str(anchors, id);
            c.error(at, Msg::new("val-duplicate-criterion").with("id", id.as_str()));
        }
        RubricProblem::ZeroWeight(id) => {
            let at = c.at_str(anchors, id);
            c.error(at, Msg::new("val-zero-weight").with("id", id.as_str()));
        }
        RubricProblem::WeightSum { sum, breakdown } => {
            let at = c.at(anchors, "rubric");
            c.error(
                at,
                Msg::new("val-weight-sum")
                    .num("sum", *sum)
                    .with("breakdown", breakdown.as_str()),
            );
        }
        RubricProblem::Empty => {
            let at = c.at(anchors, "rubric");
            c.error(at, Msg::new("val-empty-rubric"));
        }
        RubricProblem::CustomEmpty(id) => {
            let at = c.at_str(anchors, id);
            c.error(at, Msg::new("val-custom-empty").with("id", id.as_str()));
        }
        RubricProblem::BadPattern { id, error } => {
            let at = c.at_str(anchors, id);
            c.error(
                at,
                Msg::new("val-bad-regex")
                    .with("id", id.as_str())
                    .with("error", error.as_str()),
            );
        }
        RubricProblem::CapTooHigh(id) => {
            let at = c.at_str(anchors, id);
            c.error(at, Msg::new("val-cap").with("id", id.as_str()));
        }
    }
}

fn check_branches(c: &mut Checker<'_>, s: &Scenario, step: &Step, rubric: Option<&ResolvedRubric>) {
    let anchor = Locator::step_anchor(&step.id);
    let anchors = ["steps", anchor.as_str()];
    let mut after_always = false;
    for b in &step.next {
        if !s.steps.iter().any(|t| t.id == b.goto) {
            let at = c.at_str(&[anchors[0], anchors[1], "next"], &b.goto);
            c.error(
                at,
                Msg::new("val-dangling-branch")
                    .with("step", step.id.as_str())
                    .with("target", b.goto.as_str()),
            );
        }
        if after_always {
            let at = c.at_str(&[anchors[0], anchors[1], "next"], &b.goto);
            c.warning(at, Msg::new("val-branch-after-always").with("step", step.id.as_str()));
        }
        match (&b.when, &step.turn) {
            (Condition::Always, _) => after_always = true,
            (Condition::Chose(id), Turn::Pick(p)) if !p.options.iter().any(|o| &o.id == id) => {
                let at = c.at_str(&anchors, id);
                c.error(at, Msg::new("val-branch-option").with("id", id.as_str()));
            }
            (Condition::Chose(id), Turn::Act(a)) if !a.options.iter().any(|o| o.action.id() == id) => {
                let at = c.at_str(&anchors, id);
                c.error(at, Msg::new("val-branch-option").with("id", id.as_str()));
            }
            (Condition::Chose(id), Turn::Write(_)) => {
                let at = c.at_str(&anchors, id);
                c.error(
                    at,
                    Msg::new("val-branch-choice-on-write").with("step", step.id.as_str()),
                );
            }
            (Condition::CriterionMet(id) | Condition::CriterionFailed(id), _) => {
                let known = rubric.is_some_and(|r| r.iter().any(|cr| &cr.id == id));
                let is_write = matches!(step.turn, Turn::Write(_));
                // An unresolvable rubric is reported on its own; don't pile on.
                if !is_write || (rubric.is_some() && !known) {
                    let at = c.at_str(&anchors, id);
                    c.error(at, Msg::new("val-branch-criterion").with("id", id.as_str()));
                }
            }
            (Condition::ScoreAtLeast(n) | Condition::ScoreBelow(n), _) if *n > 100 => {
                let at = c.at(&anchors, "Score");
                c.error(at, Msg::new("val-pass-mark").num("given", *n));
            }
            _ => {}
        }
    }
}

/// Reports steps no path reaches and branches that loop back.
fn check_graph(c: &mut Checker<'_>, s: &Scenario) {
    let edges = graph::edges(s);
    for (st, depth) in s.steps.iter().zip(graph::depths(&edges)) {
        if depth.is_none() {
            let anchor = Locator::step_anchor(&st.id);
            let at = c.at(&["steps"], &anchor);
            c.error(at, Msg::new("val-unreachable").with("step", st.id.as_str()));
        }
    }
    if let Some(i) = graph::find_loop(&edges) {
        let anchor = Locator::step_anchor(&s.steps[i].id);
        let at = c.at(&["steps"], &anchor);
        c.error(at, Msg::new("val-loop").with("step", s.steps[i].id.as_str()));
    }
}

fn check_example(c: &mut Checker<'_>, s: &Scenario, ex: &Example, rubrics: &BTreeMap<&str, ResolvedRubric>) {
    let step_id = ex
        .step
        .as_deref()
        .unwrap_or_else(|| s.steps.first().map_or("", |st| st.id.as_str()));
    let reply_snippet: String = ex.reply.chars().take(30).collect();
    let anchors = ["examples"];
    let Some(step) = s.steps.iter().find(|st| st.id == step_id) else {
        let at = c.at_str(&anchors, step_id);
        c.error(at, Msg::new("val-example-step").with("step", step_id));
        return;
    };
    if !matches!(step.turn, Turn::Write(_)) {
        let at = c.at(&anchors, &reply_snippet);
        c.error(at, Msg::new("val-example-not-write").with("step", step_id));
        return;
    }
    let Some(rubric) = rubrics.get(step_id) else { return };
    if let Some(id) = &ex.near_miss {
        let critical = rubric.iter().any(|cr| &cr.id == id && cr.critical);
        let expects_fail = ex.expect.get(id) == Some(&Expectation::Fail);
        if !critical || expects_fail {
            let at = c.at(&[anchors[0], reply_snippet.as_str()], "near_miss");
            c.error(
                at,
                Msg::new("val-example-near-miss")
                    .with("id", id.as_str())
                    .with("step", step_id),
            );
        }
    }
    for id in ex.expect.keys() {
        if !rubric.iter().any(|cr| &cr.id == id) {
            let at = c.at(&[anchors[0], reply_snippet.as_str()], &format!("\"{id}\""));
            c.error(
                at,
                Msg::new("val-example-criterion")
                    .with("id", id.as_str())
                    .with("step", step_id),
            );
        }
    }
}

/// Checks a brand.
#[must_use]
pub fn brand(b: &Brand, file: &str, text: &str, pack: &PackSource) -> Vec<Diagnostic> {
    let mut c = Checker {
        file,
        loc: Locator::new(text),
        out: Vec::new(),
    };
    c.check_format(b.format);
    c.check_id(&b.id);
    if b.name.trim().is_empty() {
        let at = c.at(&[], "name");
        c.error(at, Msg::new("val-empty-field").with("field", "name"));
    }
    if let Some(a) = &b.avatar
        && let Err(e) = pack.check_image(a)
    {
        // A missing logo is cosmetic (initials are drawn instead); rejecting the brand
        // would take every scenario of the brand down with it.
        let at = c.at_str(&["avatar"], a);
        c.warning(at, Msg::new(e.msg_id()).with("path", a.as_str()));
    }
    for p in &b.forbidden {
        c.check_pattern(&["forbidden"], p);
    }
    for lang in Lang::ALL {
        if !b.voice.guide.contains_key(lang) {
            let at = c.at(&[], "guide");
            c.warning(at, Msg::new("val-brand-guide-lang").with("lang", lang.id()));
        }
        if let SignOff::Text(t) = &b.sign_off
            && !t.contains_key(lang)
        {
            let at = c.at(&[], "sign_off");
            c.error(at, Msg::new("val-brand-signoff-lang").with("lang", lang.id()));
        }
    }
    for ch in b.style_limits.keys() {
        if !matches!(ch.length_rule(None), crate::vocab::LengthRule::Style(_)) {
            let at = c.at_str(&["style_limits"], ch.id());
            c.warning(at, Msg::new("val-style-limit-hard").with("channel", ch.id()));
        }
    }
    c.out
}

/// Checks a shared rubric on its own (weights, known criteria).
#[must_use]
pub fn shared_rubric(r: &Rubric, file: &str, text: &str) -> Vec<Diagnostic> {
    let mut c = Checker {
        file,
        loc: Locator::new(text),
        out: Vec::new(),
    };
    c.check_format(r.format);
    c.check_id(&r.id);
    let spec = super::model::RubricSpec {
        base: None,
        criteria: r.criteria.clone(),
        remove: Vec::new(),
    };
    if let Err(problems) = rubric::resolve(&spec, |_| None) {
        for p in problems {
            report_rubric_problem(&mut c, &[], &p);
        }
    }
    c.out
}

/// Checks a track against the loaded scenarios (id → language).
#[must_use]
pub fn track(t: &Track, file: &str, text: &str, scenarios: &BTreeMap<String, Lang>) -> Vec<Diagnostic> {
    let mut c = Checker {
        file,
        loc: Locator::new(text),
        out: Vec::new(),
    };
    c.check_format(t.format);
    c.check_id(&t.id);
    if t.items.is_empty() {
        let at = c.at(&[], "items");
        c.error(at, Msg::new("val-track-empty"));
    }
    let mut seen = HashSet::new();
    for item in &t.items {
        match scenarios.get(&item.scenario) {
            None => {
                let at = c.at_str(&["items"], &item.scenario);
                c.error(at, Msg::new("val-track-scenario").with("id", item.scenario.as_str()));
            }
            Some(lang) if *lang != t.lang => {
                let at = c.at_str(&["items"], &item.scenario);
                c.warning(
                    at,
                    Msg::new("val-track-lang")
                        .with("id", item.scenario.as_str())
                        .with("lang", lang.id()),
                );
            }
            Some(_) => {}
        }
        if !seen.insert(item.scenario.as_str()) {
            let at = c.at_str(&["items"], &item.scenario);
            c.warning(at, Msg::new("val-track-duplicate").with("id", item.scenario.as_str()));
        }
        if item.pass_mark.is_some_and(|p| p > 100) {
            let at = c.at_str(&["items"], &item.scenario);
            c.error(at, Msg::new("val-pass-mark").num("given", item.pass_mark.unwrap_or(0)));
        }
    }
    c.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_kebab_case() {
        assert!(is_valid_id("rail-delay-x-en"));
        for bad in ["", "Rail", "a_b", "-a", "a-", "ä"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
