//! `{placeholder}` substitution in scenario texts.
//!
//! A scenario is stored with placeholders; playing it substitutes the values drawn for the
//! attempt (see [`super::variation`]). `{{` and `}}` stand for literal braces.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::model::Scenario;

/// Variable values by id.
pub type Values = BTreeMap<String, String>;

/// The placeholder names used in a text, in order (duplicates included).
#[must_use]
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' if bytes.get(i + 1) == Some(&b'{') => i += 2,
            b'{' => {
                if let Some(end) = text[i + 1..].find('}') {
                    out.push(&text[i + 1..i + 1 + end]);
                    i += end + 2;
                } else {
                    // An unclosed brace is left as text; validation reports it.
                    out.push(&text[i + 1..]);
                    break;
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// Replaces `{id}` with its value; unknown placeholders are left as they are.
#[must_use]
pub fn render<'a>(text: &'a str, values: &Values) -> Cow<'a, str> {
    if !text.contains('{') && !text.contains('}') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix("{{") {
            out.push('{');
            rest = after;
        } else if let Some(after) = tail.strip_prefix("}}") {
            out.push('}');
            rest = after;
        } else if let Some(inner) = tail.strip_prefix('{') {
            match inner.find('}') {
                Some(end) => {
                    let name = &inner[..end];
                    match values.get(name) {
                        Some(v) => out.push_str(v),
                        None => out.push_str(&tail[..end + 2]),
                    }
                    rest = &inner[end + 1..];
                }
                None => {
                    out.push_str(tail);
                    rest = "";
                }
            }
        } else {
            out.push('}');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Calls `f` on every text of a scenario that may hold placeholders.
///
/// Walking a JSON image of the scenario keeps this in step with the model as fields are
/// added, at a cost (a few hundred microseconds) paid once per attempt, not per keystroke.
pub fn for_each_text(scenario: &Scenario, mut f: impl FnMut(&str)) {
    if let Ok(value) = serde_json::to_value(scenario) {
        visit(&value, &mut f);
    }
}

fn visit(value: &serde_json::Value, f: &mut impl FnMut(&str)) {
    match value {
        serde_json::Value::String(s) => f(s),
        serde_json::Value::Array(a) => a.iter().for_each(|v| visit(v, f)),
        serde_json::Value::Object(o) => {
            for (k, v) in o {
                // Variables' own definitions are not texts to substitute.
                if k != "variables" {
                    visit(v, f);
                }
            }
        }
        _ => {}
    }
}

/// The scenario with every placeholder replaced by its value.
#[must_use]
pub fn instantiate(scenario: &Scenario, values: &Values) -> Scenario {
    let Ok(mut value) = serde_json::to_value(scenario) else {
        return scenario.clone();
    };
    substitute(&mut value, values);
    serde_json::from_value(value).unwrap_or_else(|_| scenario.clone())
}

fn substitute(value: &mut serde_json::Value, values: &Values) {
    match value {
        serde_json::Value::String(s) => {
            if let Cow::Owned(new) = render(s, values) {
                *s = new;
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|v| substitute(v, values)),
        serde_json::Value::Object(o) => {
            for (k, v) in o.iter_mut() {
                if k != "variables" {
                    substitute(v, values);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vals() -> Values {
        [("first".to_owned(), "Laura".to_owned())].into_iter().collect()
    }

    #[test]
    fn substitutes_and_keeps_escapes_and_unknowns() {
        assert_eq!(render("Hi {first}!", &vals()), "Hi Laura!");
        assert_eq!(render("{{first}} {nope}", &vals()), "{first} {nope}");
        assert_eq!(render("no braces", &vals()), "no braces");
        assert_eq!(render("open {first", &vals()), "open {first");
        assert_eq!(render("a } b", &vals()), "a } b");
    }

    #[test]
    fn lists_placeholders() {
        assert_eq!(placeholders("{a} {{b}} {c}"), ["a", "c"]);
        assert_eq!(placeholders("x {open"), ["open"]);
    }
}
