//! X's weighted length against twitter-text's official conformance cases, shipped in
//! `tests/fixtures/twitter-text/` with their Apache-2.0 licence.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and benches fail loudly on purpose"
)]

use std::path::PathBuf;

use someaspa::scoring::xlength::weighted_length_of_post;
use yaml_rust2::{Yaml, YamlLoader};

fn conformance_file() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/twitter-text/validate.yml")
}

fn cases(section: &str) -> Vec<(String, String, i64)> {
    let path = conformance_file();
    let text = std::fs::read_to_string(path).expect("readable conformance file");
    let docs = YamlLoader::load_from_str(&text).expect("valid YAML");
    let list = docs[0]["tests"][section].as_vec().expect("section present").clone();
    list.iter()
        .map(|c: &Yaml| {
            (
                c["description"].as_str().unwrap_or("").to_owned(),
                c["text"].as_str().unwrap_or("").to_owned(),
                c["expected"]["weightedLength"].as_i64().expect("weightedLength"),
            )
        })
        .collect()
}

fn check(section: &str) {
    let cases = cases(section);
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
