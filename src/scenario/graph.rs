//! The step graph of a scenario: which step each branch leads to, how far each step is
//! from the first, and whether the branches loop. Validation and the editor's outline
//! both read it, so "unreachable" means the same thing in both places.

use std::collections::{BTreeMap, VecDeque};

use super::model::Scenario;

/// The steps each step branches to, as indices into `s.steps` (branches to missing
/// steps are left out; validation reports those separately).
#[must_use]
pub fn edges(s: &Scenario) -> Vec<Vec<usize>> {
    let index: BTreeMap<&str, usize> = s.steps.iter().enumerate().map(|(i, st)| (st.id.as_str(), i)).collect();
    s.steps
        .iter()
        .map(|st| {
            st.next
                .iter()
                .filter_map(|b| index.get(b.goto.as_str()).copied())
                .collect()
        })
        .collect()
}

/// For each step, the fewest branches from the first step to it; `None` when no path
/// reaches it.
#[must_use]
pub fn depths(edges: &[Vec<usize>]) -> Vec<Option<usize>> {
    // Breadth-first, so the first visit is along a shortest path.
    let mut depth: Vec<Option<usize>> = vec![None; edges.len()];
    let mut queue = VecDeque::new();
    if !edges.is_empty() {
        depth[0] = Some(0);
        queue.push_back((0usize, 0usize));
    }
    while let Some((i, d)) = queue.pop_front() {
        for &j in &edges[i] {
            if depth[j].is_none() {
                depth[j] = Some(d + 1);
                queue.push_back((j, d + 1));
            }
        }
    }
    depth
}

/// A step on a loop, if the branches loop back anywhere (scenarios must end).
#[must_use]
pub fn find_loop(edges: &[Vec<usize>]) -> Option<usize> {
    // Depth-first search with colours: 0 unvisited, 1 on the current path, 2 done.
    let mut colour = vec![0u8; edges.len()];
    (0..edges.len()).find_map(|start| {
        if colour[start] == 0 {
            visit(start, edges, &mut colour)
        } else {
            None
        }
    })
}

fn visit(i: usize, edges: &[Vec<usize>], colour: &mut [u8]) -> Option<usize> {
    colour[i] = 1;
    for &j in &edges[i] {
        if colour[j] == 1 {
            return Some(j);
        }
        if colour[j] == 0
            && let Some(k) = visit(j, edges, colour)
        {
            return Some(k);
        }
    }
    colour[i] = 2;
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depths_are_shortest_paths_and_unreached_steps_are_none() {
        // 0 → 1 → 2, 0 → 2, 3 alone.
        let e = vec![vec![1, 2], vec![2], vec![], vec![]];
        assert_eq!(depths(&e), vec![Some(0), Some(1), Some(1), None]);
        assert_eq!(find_loop(&e), None);
    }

    #[test]
    fn a_branch_back_is_a_loop() {
        let e = vec![vec![1], vec![2], vec![1]];
        assert!(find_loop(&e).is_some());
    }
}
