//! Translations: both languages have every message, every file parses, every message
//! formats with its arguments, and every id the code uses exists.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;
use someaspa::i18n::{Localizer, ftl_files};
use someaspa::scoring::catalog::CriterionId;
use someaspa::shift::{Urgency, report};
use someaspa::vocab::{Action, Channel, Difficulty, Formality, Lang, MemePolicy, Mood, Skill};

#[test]
fn every_file_parses_without_duplicates() {
    let problems = Localizer::check_files();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn both_languages_have_the_same_messages() {
    let en: BTreeSet<String> = Localizer::message_ids(Lang::En).into_iter().collect();
    let fi: BTreeSet<String> = Localizer::message_ids(Lang::Fi).into_iter().collect();
    let missing_fi: Vec<_> = en.difference(&fi).collect();
    let missing_en: Vec<_> = fi.difference(&en).collect();
    assert!(missing_fi.is_empty(), "missing in Finnish: {missing_fi:?}");
    assert!(missing_en.is_empty(), "missing in English: {missing_en:?}");
}

/// Variable names a pattern refers to.
fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference {
            arguments: Some(args), ..
        }
        | ast::InlineExpression::FunctionReference { arguments: args, .. } => {
            for a in &args.positional {
                inline_vars(a, out);
            }
            for n in &args.named {
                inline_vars(&n.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_message_formats_with_its_arguments() {
    for lang in Lang::ALL {
        let mut bundle = FluentBundle::new(vec![match lang {
            Lang::En => unic_langid::langid!("en-US"),
            Lang::Fi => unic_langid::langid!("fi-FI"),
        }]);
        bundle.set_use_isolating(false);
        bundle.add_builtins().unwrap();
        let mut sources = Vec::new();
        for (_, text) in ftl_files(*lang) {
            assert!(
                bundle
                    .add_resource(
                        FluentResource::try_new(text.to_owned())
                            .map_err(|(_, e)| e)
                            .expect("parses")
                    )
                    .is_ok()
            );
            sources.push(text);
        }
        for text in sources {
            let parsed = fluent_syntax::parser::parse(text).unwrap();
            for entry in parsed.body {
                let ast::Entry::Message(m) = entry else { continue };
                let Some(pattern) = &m.value else { continue };
                let mut vars = BTreeSet::new();
                variables(pattern, &mut vars);
                for with_numbers in [true, false] {
                    let mut args = FluentArgs::new();
                    for v in &vars {
                        if with_numbers {
                            args.set(v.clone(), 2);
                        } else {
                            args.set(v.clone(), "x");
                        }
                    }
                    let msg = bundle.get_message(m.id.name).unwrap();
                    let mut errors = Vec::new();
                    let out = bundle.format_pattern(msg.value().unwrap(), Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{lang} {}: {errors:?}", m.id.name);
                    assert!(
                        !out.trim().is_empty() || m.id.name == "crit-custom-text",
                        "{lang} {} is empty",
                        m.id.name
                    );
                }
            }
        }
    }
}

/// Ids the code builds from vocabularies, e.g. `format!("skill-{}", skill.id())`.
fn dynamic_ids() -> Vec<String> {
    let mut ids = Vec::new();
    ids.extend(CriterionId::ALL.iter().map(|c| c.name_msg_id()));
    ids.extend(Skill::ALL.iter().map(|s| format!("skill-{}", s.id())));
    ids.extend(Channel::ALL.iter().map(|c| format!("channel-{}", c.id())));
    ids.extend(Action::ALL.iter().map(|a| format!("action-{}", a.id())));
    ids.extend(Difficulty::ALL.iter().map(|d| format!("difficulty-{}", d.id())));
    ids.extend(Mood::ALL.iter().map(|m| format!("mood-{}", m.id())));
    ids.extend(Formality::ALL.iter().map(|f| format!("formality-{}", f.id())));
    ids.extend(MemePolicy::ALL.iter().map(|m| format!("side-memes-{}", m.id())));
    ids.extend(
        Lang::ALL
            .iter()
            .flat_map(|l| [format!("lang-{}", l.id()), format!("lang-native-{}", l.id())]),
    );
    ids.extend(["pass", "partial", "fail", "na"].iter().map(|m| format!("mark-{m}")));
    ids.extend(
        ["needs-work", "developing", "proficient", "excellent", "none"]
            .iter()
            .map(|l| format!("level-{l}")),
    );
    ids.extend((0..someaspa::settings::TEXT_SCALES.len()).map(|i| format!("settings-text-size-{i}")));
    for level in someaspa::shift::ShiftLevel::ALL {
        ids.push(format!("shift-level-{}", level.id()));
        ids.push(format!("shift-level-{}-about", level.id()));
    }
    ids.extend(
        [Urgency::Urgent, Urgency::Normal, Urgency::Low, Urgency::LeaveAlone]
            .iter()
            .map(|u| format!("shift-urgency-{}", u.id())),
    );
    ids.extend(
        [
            report::RESPONSE_TIME,
            report::PRIORITISATION,
            report::COVERAGE,
            report::QUALITY,
            report::TROLLS,
        ]
        .iter()
        .map(|c| format!("crit-{c}")),
    );
    ids
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn every_id_used_in_the_code_exists_in_both_languages() {
    let re = regex::Regex::new(r#"(?:\.t|\.ta|Msg::new|selftest|"crit-custom-text)\(\s*"([a-z][a-z0-9-]+)""#).unwrap();
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let literal = regex::Regex::new(r#""((?:crit|val|load|cli|notice|store|import|selftest)-[a-z0-9-]+)""#).unwrap();
    let mut used: BTreeSet<String> = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for c in re.captures_iter(&text) {
            used.insert(c[1].to_owned());
        }
        // Message ids chosen in a match: `"crit-...-pass"` literals passed around.
        for c in literal.captures_iter(&text) {
            used.insert(c[1].to_owned());
        }
    }
    used.extend(dynamic_ids());
    assert!(used.len() > 200, "found only {} ids", used.len());
    let loc = Localizer::new(Lang::En);
    for lang in Lang::ALL {
        let missing: Vec<&String> = used.iter().filter(|id| !loc.has_in(*lang, id)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
    }
}
