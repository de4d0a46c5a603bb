//! The step outline of a scenario: each step's turn, its branches, and whether any path
//! reaches it. The editor draws it; both it and validation read [`graph`], so they agree
//! on which steps are unreachable.

use std::collections::BTreeMap;

use crate::scenario::graph;
use crate::scenario::model::{Condition, Scenario, Turn};

/// The kind of turn a step has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TurnKind {
    /// A written reply, scored by a rubric.
    Write,
    /// Pick a reply.
    Pick,
    /// Take an action.
    Act,
}

/// One branch out of a step.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// When it is taken.
    pub when: Condition,
    /// The step it goes to.
    pub goto: String,
    /// Does that step exist?
    pub exists: bool,
}

/// One step in the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineStep {
    /// The step's index in the file.
    pub index: usize,
    /// Its id.
    pub id: String,
    /// Its turn.
    pub kind: TurnKind,
    /// Where it may lead (empty: the scenario ends here).
    pub edges: Vec<Edge>,
    /// Does any path from the first step reach it?
    pub reachable: bool,
    /// Shortest number of branches from the first step (0 for the first step).
    pub depth: Option<usize>,
}

/// The outline of a scenario's steps, in file order.
#[must_use]
pub fn outline(s: &Scenario) -> Vec<OutlineStep> {
    let index: BTreeMap<&str, usize> = s.steps.iter().enumerate().map(|(i, st)| (st.id.as_str(), i)).collect();
    let depth = graph::depths(&graph::edges(s));
    s.steps
        .iter()
        .enumerate()
        .map(|(i, st)| OutlineStep {
            index: i,
            id: st.id.clone(),
            kind: match st.turn {
                Turn::Write(_) => TurnKind::Write,
                Turn::Pick(_) => TurnKind::Pick,
                Turn::Act(_) => TurnKind::Act,
            },
            edges: st
                .next
                .iter()
                .map(|b| Edge {
                    when: b.when.clone(),
                    goto: b.goto.clone(),
                    exists: index.contains_key(b.goto.as_str()),
                })
                .collect(),
            reachable: depth[i].is_some(),
            depth: depth[i],
        })
        .collect()
}

/// The step whose part of the file contains `line` (1-based), for taking a validation
/// message to its step in the forms.
#[must_use]
pub fn step_at_line(s: &Scenario, text: &str, line: usize) -> Option<usize> {
    let steps_at = text.find("steps:")?;
    let examples_at = text.find("examples:").unwrap_or(text.len());
    let line_of = |offset: usize| text[..offset].matches('\n').count() + 1;
    if line < line_of(steps_at) || line >= line_of(examples_at) {
        return None;
    }
    let mut from = steps_at;
    let mut found = None;
    for (i, st) in s.steps.iter().enumerate() {
        let needle = format!("id: \"{}\"", st.id);
        let Some(rel) = text[from..].find(&needle) else { break };
        let at = from + rel;
        if line_of(at) > line && found.is_some() {
            break;
        }
        // The step's opening bracket is on the line before its id.
        if line_of(at).saturating_sub(1) <= line {
            found = Some(i);
        }
        from = at + needle.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::library::Library;
    use crate::scenario::pack::PackSource;

    #[test]
    fn branches_depths_and_unreachable_steps() {
        let lib = Library::load(&[PackSource::BuiltIn]);
        let mut s = lib.scenario("rail-delay-x-en").unwrap().scenario.clone();
        let o = outline(&s);
        assert_eq!(o.len(), 3);
        assert_eq!(o[0].edges.len(), 2);
        assert!(o.iter().all(|st| st.reachable));
        assert_eq!(o[2].depth, Some(1));
        // Drop the branch to "angrier": it becomes unreachable.
        s.steps[0].next.retain(|b| b.goto != "angrier");
        let o = outline(&s);
        assert!(!o[2].reachable);
        assert!(o[1].reachable);
        s.steps[0].next[0].goto = "nowhere".to_owned();
        assert!(!outline(&s)[0].edges[0].exists);
    }

    #[test]
    fn a_line_inside_a_step_finds_that_step() {
        let lib = Library::load(&[PackSource::BuiltIn]);
        let l = lib.scenario("rail-delay-x-en").unwrap();
        let line_of = |needle: &str| l.source[..l.source.find(needle).unwrap()].matches('\n').count() + 1;
        assert_eq!(step_at_line(&l.scenario, &l.source, line_of("id: \"tweet\"")), Some(0));
        assert_eq!(
            step_at_line(&l.scenario, &l.source, line_of("That's it? A canned")),
            Some(2)
        );
        assert_eq!(step_at_line(&l.scenario, &l.source, line_of("title:")), None);
        assert_eq!(step_at_line(&l.scenario, &l.source, line_of("examples:") + 2), None);
    }
}
