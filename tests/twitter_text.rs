//! X's weighted length against twitter-text's official conformance cases
//! (`../shared/data/twitter-text/validate.yml`, read at test time, skipped when absent).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and benches fail loudly on purpose"
)]

use std::path::PathBuf;

use someaspa::scoring::xlength::weighted_length_of_post;
use yaml_rust2::{Yaml, YamlLoader};

fn conformance_file() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/twitter-text/validate.yml");
    p.is_file().then_some(p)
}

fn cases(section: &str) -> Option<Vec<(String, String, i64)>> {
    let Some(path) = conformance_file() else {
        eprintln!("skipped: ../shared/data/twitter-text/validate.yml is not present");
        return None;
    };
    let text = std::fs::read_to_string(path).expect("readable conformance file");
    let docs = YamlLoader::load_from_str(&text).expect("valid YAML");
    let list = docs[0]["tests"][section].as_vec().expect("section present").clone();
    Some(
        list.iter()
            .map(|c: &Yaml| {
                (
                    c["description"].as_str().unwrap_or("").to_owned(),
                    c["text"].as_str().unwrap_or("").to_owned(),
                    c["expected"]["weightedLength"].as_i64().expect("weightedLength"),
                )
            })
            .collect(),
    )
}

fn check(section: &str) {
    let Some(cases) = cases(section) else { return };
    assert!(!cases.is_empty());
    let mut failures = Vec::new();
    for (description, text, expected) in &cases {
        let got = i64::from(weighted_length_of_post(text));
        if got != *expected {
            failures.push(format!("{description}: expected {expected}, got {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn weighted_length_with_discounted_emoji_v3() {
    check("WeightedTweetsWithDiscountedEmojiCounterTest");
}

#[test]
fn unicode_directional_markers() {
    check("UnicodeDirectionalMarkerCounterTest");
}
