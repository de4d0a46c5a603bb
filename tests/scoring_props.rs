//! Any input scores without panicking: arbitrary Unicode, and a megabyte of text shaped to
//! hit the scorer's worst cases (many hits, long URLs, endless sentences, odd characters).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and benches fail loudly on purpose"
)]

use proptest::prelude::*;
use someaspa::scenario::Library;
use someaspa::scenario::pack::PackSource;
use someaspa::scenario::rubric::{CriterionKind, ResolvedCriterion};
use someaspa::scoring::catalog::CriterionId;
use someaspa::scoring::situation::BrandRules;
use someaspa::scoring::{ScoreResult, Scorer, Situation};
use someaspa::vocab::{Channel, Lang};

fn scorer(lang: Lang, channel: Channel) -> Scorer {
    static LIB: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    let lib = LIB.get_or_init(|| Library::load(&[PackSource::BuiltIn]));
    let n = u32::try_from(CriterionId::ALL.len()).unwrap();
    let rubric = CriterionId::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| ResolvedCriterion {
            id: c.id().to_owned(),
            kind: CriterionKind::BuiltIn(*c),
            weight: 100 / n + u32::from(u32::try_from(i).unwrap() < 100 % n),
            scale: c.defaults().scale,
            critical: c.defaults().critical,
            cap: 0,
            phrases: vec![],
        })
        .collect();
    let mut s = Situation::bare(lang, channel, Some("Matti".into()));
    s.issue = vec!["delay*".into(), "myöhäs*".into(), "order number".into()];
    s.personal_data = vec!["12345678".into(), "a@example.com".into()];
    s.brand = Some(BrandRules::of(lib.brand("raideri").unwrap(), channel));
    Scorer::new(s, rubric, 70)
}

fn assert_sane(reply: &str, r: &ScoreResult) {
    assert!(r.total <= 100);
    assert_eq!(r.criteria.len(), CriterionId::ALL.len());
    for c in &r.criteria {
        assert!(c.points >= 0.0 && c.points <= c.max.max(0.0) + f64::EPSILON);
        for e in &c.evidence {
            assert!(e.start < e.end && e.end <= reply.len());
            assert!(reply.is_char_boundary(e.start) && reply.is_char_boundary(e.end));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_unicode_scores_sanely(reply in "\\PC{0,300}") {
        for (lang, channel) in [(Lang::En, Channel::X), (Lang::Fi, Channel::Facebook)] {
            let r = scorer(lang, channel).score(&reply);
            assert_sane(&reply, &r);
        }
    }

    #[test]
    fn any_chars_including_controls_and_marks(chars in proptest::collection::vec(any::<char>(), 0..200)) {
        let reply: String = chars.into_iter().collect();
        let r = scorer(Lang::En, Channel::X).score(&reply);
        assert_sane(&reply, &r);
    }

    #[test]
    fn service_words_in_random_order(words in proptest::collection::vec(
        prop::sample::select(vec![
            "sorry", "not", "if", "you", "feel", "DM", "us", "pahoittelemme", "emme", "jos", "koit", "Matti",
            "Mattille", "order", "number", "here", ".", ",", "!", "?", "🙂", "https://x.fi/a", "calm", "down",
            "I", "think", "government", "^AK", "kiitos", "thanks", "for", "nothing", "12345678", "040 123 4567",
        ]), 0..60)) {
        let reply = words.join(" ");
        for lang in [Lang::En, Lang::Fi] {
            let r = scorer(lang, Channel::X).score(&reply);
            assert_sane(&reply, &r);
        }
    }
}

/// A megabyte of each worst case.
#[test]
fn a_megabyte_of_anything_scores() {
    const MB: usize = 1024 * 1024;
    let fill = |unit: &str| unit.repeat(MB / unit.len() + 1);
    let cases = [
        fill("not sorry, no worries sorry if you feel DM us here "),
        fill("a."),
        fill("http://example.com/"),
        fill("aaaa.bbbb."),
        fill("pahoittelemme jos koit 🙂👨‍👩‍👧‍👦 "),
        fill("x"),
        fill("\u{301}"),
        fill("@@@@ ::: ### "),
        fill("I think the government is wrong. "),
        fill("040 123 4567 131052-308T "),
    ];
    for reply in &cases {
        for lang in [Lang::En, Lang::Fi] {
            let r = scorer(lang, Channel::X).score(reply);
            assert_sane(reply, &r);
        }
    }
}

#[test]
fn empty_and_whitespace_replies_are_explained_not_crashed() {
    for reply in ["", " ", "\n\n\t", "\u{200B}"] {
        let r = scorer(Lang::En, Channel::X).score(reply);
        assert_sane(reply, &r);
        assert!(!r.passed, "an empty reply does not pass");
    }
}
