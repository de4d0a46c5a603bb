//! The scorer over 2,222 real brand replies from `../shared/data/twcs_sample.csv`
//! (read at test time, never copied). Without the file every test here is reported as
//! ignored (the `shared_data` cfg of build.rs), never as passed.
//!
//! Robustness (no panic, evidence on char boundaries, totals in range), X length (none of
//! the replies exceeds 280 once leading @mentions are excluded), and mutations with a known
//! effect: removing the apology fails `apology`; "Calm down." fails `no-forbidden` and caps the
//! total; swapping the DM request for a public one fails `move-to-private`; appending a long
//! URL adds exactly 23.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and benches fail loudly on purpose"
)]

use std::path::PathBuf;

use someaspa::scenario::rubric::{CriterionKind, ResolvedCriterion};
use someaspa::scoring::analysis::Analysis;
use someaspa::scoring::catalog::CriterionId;
use someaspa::scoring::lexicon::{Concept, Lexicon};
use someaspa::scoring::matcher::Matcher;
use someaspa::scoring::text::sentence_spans;
use someaspa::scoring::xlength::weighted_length;
use someaspa::scoring::{Mark, ScoreResult, Scorer, Situation};
use someaspa::vocab::{Channel, Lang};

fn replies() -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/twcs_sample.csv");
    assert!(path.is_file(), "{} is missing", path.display());
    let mut reader = csv::Reader::from_path(path).expect("readable CSV");
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.expect("valid CSV record");
        if record.get(2) == Some("False") {
            // The X API escapes &, < and > in tweet text; X counts what is displayed.
            let text = record
                .get(4)
                .unwrap_or("")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
            out.push(text);
        }
    }
    out
}

fn all_criteria() -> Vec<ResolvedCriterion> {
    let n = u32::try_from(CriterionId::ALL.len()).unwrap();
    CriterionId::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| ResolvedCriterion {
            id: c.id().to_owned(),
            kind: CriterionKind::BuiltIn(*c),
            weight: 100 / n + u32::from(u32::try_from(i).unwrap() < 100 % n),
            scale: c.defaults().scale,
            critical: c.defaults().critical,
            cap: 0,
            phrases: Vec::new(),
        })
        .collect()
}

fn scorer() -> Scorer {
    Scorer::new(Situation::bare(Lang::En, Channel::X, None), all_criteria(), 70)
}

fn mark(r: &ScoreResult, id: &str) -> Mark {
    r.criterion(id).unwrap().result
}

/// The byte ranges of every hit of a lexicon concept in an English reply.
fn concept_spans(reply: &str, concept: Concept) -> Vec<(usize, usize)> {
    let a = Analysis::new(reply, Lexicon::builtin(Lang::En), &Matcher::new());
    a.hits(concept).iter().map(|h| a.span(h.first, h.last)).collect()
}

/// Replaces every sentence that overlaps one of the spans.
fn replace_sentences(text: &str, spans: &[(usize, usize)], with: &str) -> String {
    let mut out = String::new();
    let mut pos = 0;
    for (s, e) in sentence_spans(text) {
        if spans.iter().any(|&(a, b)| a < e && s < b) {
            out.push_str(&text[pos..s]);
            out.push_str(with);
            pos = e;
        }
    }
    out.push_str(&text[pos..]);
    out
}

#[test]
#[cfg_attr(
    not(shared_data),
    ignore = "needs ../shared/data/twcs_sample.csv (licensed for testing, not in the repository)"
)]
fn real_replies_score_without_panic_and_with_valid_evidence() {
    let replies = replies();
    assert_eq!(replies.len(), 2222, "the sample has 2,222 brand replies");
    let scorer = scorer();
    for reply in &replies {
        let r = scorer.score(reply);
        assert!(r.total <= 100);
        for c in &r.criteria {
            for e in &c.evidence {
                assert!(e.start < e.end && e.end <= reply.len(), "{reply:?} {c:?}");
                assert!(reply.is_char_boundary(e.start) && reply.is_char_boundary(e.end));
                assert_eq!(&reply[e.start..e.end], e.text);
            }
        }
    }
}

#[test]
#[cfg_attr(
    not(shared_data),
    ignore = "needs ../shared/data/twcs_sample.csv (licensed for testing, not in the repository)"
)]
fn no_real_reply_exceeds_280_weighted_characters() {
    let replies = replies();
    let over: Vec<(u32, &String)> = replies
        .iter()
        .map(|r| (weighted_length(r), r))
        .filter(|(n, _)| *n > 280)
        .collect();
    assert!(
        over.is_empty(),
        "{} replies counted over 280: {:?}",
        over.len(),
        over.first()
    );
}

#[test]
#[cfg_attr(
    not(shared_data),
    ignore = "needs ../shared/data/twcs_sample.csv (licensed for testing, not in the repository)"
)]
fn deleting_the_apology_fails_apology() {
    let replies = replies();
    let scorer = scorer();
    let mut tested = 0;
    for reply in &replies {
        let r = scorer.score(reply);
        let c = r.criterion("apology").unwrap();
        if c.result != Mark::Pass {
            continue;
        }
        // Every apology phrase, also hedged ones the evidence does not cite.
        let spans = concept_spans(reply, Concept::Apology);
        let mutated = replace_sentences(reply, &spans, "");
        assert_eq!(
            mark(&scorer.score(&mutated), "apology"),
            Mark::Fail,
            "{reply:?} → {mutated:?}"
        );
        tested += 1;
    }
    assert!(tested > 300, "only {tested} replies had an apology");
}

#[test]
#[cfg_attr(
    not(shared_data),
    ignore = "needs ../shared/data/twcs_sample.csv (licensed for testing, not in the repository)"
)]
fn calm_down_fails_no_forbidden_and_caps_the_total() {
    let replies = replies();
    let scorer = scorer();
    for reply in &replies {
        let r = scorer.score(&format!("{reply} Calm down."));
        assert_eq!(mark(&r, "no-forbidden"), Mark::Fail, "{reply:?}");
        assert!(r.critical_failed);
        assert_eq!(r.total, 0, "a critical fail caps the total at 0");
        assert!(!r.passed);
    }
}

#[test]
#[cfg_attr(
    not(shared_data),
    ignore = "needs ../shared/data/twcs_sample.csv (licensed for testing, not in the repository)"
)]
fn a_public_request_for_the_order_number_fails_move_to_private() {
    let replies = replies();
    let scorer = scorer();
    let mut tested = 0;
    for reply in &replies {
        let r = scorer.score(reply);
        let c = r.criterion("move-to-private").unwrap();
        if c.result != Mark::Pass {
            continue;
        }
        let spans = concept_spans(reply, Concept::DmInvite);
        let mutated = replace_sentences(reply, &spans, "Please post your order number here.");
        if mutated == *reply {
            // The invitation is a link presented as the place to write ("tell us more
            // here: <link>"), not a phrase this mutation can replace.
            continue;
        }
        assert_eq!(
            mark(&scorer.score(&mutated), "move-to-private"),
            Mark::Fail,
            "{reply:?} → {mutated:?}"
        );
        tested += 1;
    }
    assert!(tested > 300, "only {tested} replies asked for a DM");
}

#[test]
#[cfg_attr(
    not(shared_data),
    ignore = "needs ../shared/data/twcs_sample.csv (licensed for testing, not in the repository)"
)]
fn appending_a_long_url_adds_exactly_23() {
    let replies = replies();
    let url = "https://www.example.com/support/articles/2017/10/later-items";
    assert_eq!(url.chars().count(), 60);
    for reply in &replies {
        let base = format!("{reply} ");
        let with_url = format!("{reply} {url}");
        assert_eq!(weighted_length(&with_url), weighted_length(&base) + 23, "{reply:?}");
    }
}
