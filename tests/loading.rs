//! Loading and validation: broken files give a located, specific message; one broken file
//! never stops the others; arbitrary input never panics the loader.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and benches fail loudly on purpose"
)]

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use someaspa::scenario::Library;
use someaspa::scenario::pack::PackSource;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The errors reported for one fixture file: (message id, line, col).
fn errors_of(path: &Path) -> Vec<(String, usize, usize)> {
    let lib = Library::load_paths(&[path.to_path_buf()]);
    let shown = path.display().to_string();
    lib.problems
        .iter()
        .filter(|d| d.is_error() && d.file == shown)
        .map(|d| (d.msg.id.to_string(), d.line, d.col))
        .collect()
}

#[test]
fn the_valid_fixture_loads() {
    let path = fixtures().join("valid.ron");
    assert!(errors_of(&path).is_empty(), "{:?}", errors_of(&path));
    let lib = Library::load_paths(&[path]);
    assert!(lib.scenario("fixture-valid-en").is_some());
}

#[test]
fn each_broken_fixture_reports_its_problem_where_it_is() {
    let expected: &[(&str, &str, usize)] = &[
        ("syntax-error.ron", "load-syntax", 7),
        ("unknown-criterion.ron", "val-unknown-criterion", 19),
        ("dangling-branch.ron", "val-dangling-branch", 22),
        ("path-escape.ron", "val-image-escapes", 10),
        ("unreachable-step.ron", "val-unreachable", 24),
        ("weights.ron", "val-weight-sum", 19),
        ("language.ron", "load-unknown-id", 5),
        ("unknown-brand.ron", "val-unknown-brand", 9),
        ("missing-image.ron", "val-image-missing", 17),
        ("empty.ron", "load-empty-file", 1),
        ("comments-only.ron", "load-empty-file", 1),
        ("random-bytes.ron", "load-not-utf8", 1),
    ];
    for (file, id, line) in expected {
        let errors = errors_of(&fixtures().join("broken").join(file));
        assert!(
            errors.iter().any(|(i, l, c)| i == id && l == line && *c >= 1),
            "{file}: expected {id} at line {line}, got {errors:?}"
        );
    }
}

#[test]
fn messages_name_the_problem_and_suggest_a_fix() {
    let lib = Library::load_paths(&[fixtures().join("broken/unknown-criterion.ron")]);
    let loc = someaspa::i18n::Localizer::new(someaspa::vocab::Lang::En);
    let rendered: Vec<String> = lib
        .problems
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.render(&loc))
        .collect();
    let line = rendered.iter().find(|r| r.contains("apologgy")).expect("reported");
    assert!(line.contains("unknown-criterion.ron:19:"), "{line}");
    assert!(line.contains("Did you mean \"apology\""), "{line}");
}

#[test]
fn one_broken_file_never_stops_the_others() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::copy(fixtures().join("valid.ron"), dir.path().join("en/valid.ron")).unwrap();
    std::fs::copy(
        fixtures().join("broken/random-bytes.ron"),
        dir.path().join("en/bad.ron"),
    )
    .unwrap();
    std::fs::copy(
        fixtures().join("broken/unknown-brand.ron"),
        dir.path().join("en/brandless.ron"),
    )
    .unwrap();
    let lib = Library::load(&[PackSource::BuiltIn, PackSource::Dir(dir.path().to_path_buf())]);
    assert!(lib.scenario("fixture-valid-en").is_some());
    assert!(lib.scenario("fixture-unknown-brand-en").is_none());
    assert_eq!(
        lib.errors()
            .filter(|d| d.file.contains(&dir.path().display().to_string()))
            .count(),
        2
    );
    // The built-in library is untouched.
    assert!(lib.scenarios.len() > 30);
}

#[test]
fn a_missing_pack_folder_is_reported_not_fatal() {
    let lib = Library::load(&[PackSource::BuiltIn, PackSource::Dir(PathBuf::from("/nonexistent/pack"))]);
    assert!(lib.errors().any(|d| d.msg.id == "load-pack-missing"));
    assert!(lib.scenarios.len() > 30);
}

#[test]
fn duplicate_ids_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixtures().join("valid.ron"), dir.path().join("a.ron")).unwrap();
    std::fs::copy(fixtures().join("valid.ron"), dir.path().join("b.ron")).unwrap();
    let lib = Library::load(&[PackSource::BuiltIn, PackSource::Dir(dir.path().to_path_buf())]);
    assert!(
        lib.errors().any(|d| d.msg.id == "val-duplicate-scenario"),
        "{:?}",
        lib.problems
    );
    assert_eq!(
        lib.scenarios
            .iter()
            .filter(|s| s.scenario.id == "fixture-valid-en")
            .count(),
        1
    );
}

fn builtin() -> &'static Library {
    static LIB: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIB.get_or_init(|| Library::load(&[PackSource::BuiltIn]))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_bytes_never_panic_the_loader(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let (_, problems) = builtin().check_text("fuzz.ron", &bytes, &PackSource::BuiltIn);
        let _ = problems;
    }

    #[test]
    fn arbitrary_text_never_panics_the_loader(text in "\\PC{0,400}") {
        let _ = builtin().check_text("fuzz.ron", text.as_bytes(), &PackSource::BuiltIn);
    }

    #[test]
    fn mutated_scenarios_never_panic_the_loader(cut in 0usize..2000, insert in "[ -~]{0,8}") {
        // Damage a real scenario at a random place: the shapes a trainer's typo produces.
        let valid = std::fs::read_to_string(fixtures().join("valid.ron")).unwrap();
        let mut at = cut.min(valid.len());
        while !valid.is_char_boundary(at) { at -= 1; }
        let damaged = format!("{}{}{}", &valid[..at], insert, &valid[(at + 3).min(valid.len())..]);
        let (_, problems) = builtin().check_text("fuzz.ron", damaged.as_bytes(), &PackSource::BuiltIn);
        for d in problems {
            prop_assert!(d.line >= 1 && d.col >= 1);
        }
    }
}

/// Reliability D22: one mistake gives one message, not a cascade of wrong ones.
#[test]
fn one_mistake_gives_one_message() {
    let valid = std::fs::read_to_string(fixtures().join("valid.ron")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ids_of = |path: &Path| -> Vec<String> {
        let lib = Library::load_paths(&[path.to_path_buf()]);
        lib.problems
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.msg.id.to_string())
            .collect()
    };

    // A step id used twice: no "never reached" or loop reported against the wrong step.
    let second = valid.find("        (\n            id: \"second\"").unwrap();
    let end = valid.find("    ],\n)").unwrap();
    let dup = dir.path().join("dup.ron");
    std::fs::write(
        &dup,
        format!("{}{}{}", &valid[..end], &valid[second..end], &valid[end..]),
    )
    .unwrap();
    assert_eq!(ids_of(&dup), ["val-duplicate-step"]);

    // An unknown shared rubric: not also "this step has no rubric".
    let base = dir.path().join("base.ron");
    std::fs::write(
        &base,
        valid.replace("base: \"public-complaint\"", "base: \"no-such-base\""),
    )
    .unwrap();
    assert_eq!(ids_of(&base), ["val-unknown-rubric"]);

    // A brand whose file is broken: the scenario says the brand's file failed, not "unknown brand".
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(pack.join("brands")).unwrap();
    std::fs::create_dir_all(pack.join("en")).unwrap();
    std::fs::write(pack.join("brands/mybrand.ron"), "Brand(id: \"mybrand\", name: ").unwrap();
    std::fs::write(
        pack.join("en/s.ron"),
        valid.replace("brand: \"raideri\"", "brand: \"mybrand\""),
    )
    .unwrap();
    let ids = ids_of(&pack);
    assert!(ids.contains(&"val-brand-not-loaded".to_owned()), "{ids:?}");
    assert!(!ids.contains(&"val-unknown-brand".to_owned()), "{ids:?}");
}

/// A link inside a pack to another folder of the same pack is named and not followed, so its
/// scenarios load once (they used to load twice and fail as a duplicate id).
#[cfg(unix)]
#[test]
fn a_link_inside_the_pack_loads_nothing_twice() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(pack.join("en")).unwrap();
    std::fs::copy(fixtures().join("valid.ron"), pack.join("en/valid.ron")).unwrap();
    std::os::unix::fs::symlink("en", pack.join("again")).unwrap();
    let lib = Library::load_paths(&[pack]);
    assert!(lib.scenario("fixture-valid-en").is_some());
    let ids: Vec<&str> = lib.problems.iter().map(|d| d.msg.id.as_ref()).collect();
    assert_eq!(ids, ["load-symlink-inside"]);
}
