//! `{placeholder}` substitution in scenario texts.
//!
//! A scenario is stored with placeholders; playing it substitutes the values drawn for the
//! attempt (see [`super::variation`]). `{{` and `}}` stand for literal braces.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::model::Scenario;

/// Variable values by id.
pub type Values = BTreeMap<String, String>;

/// Can this be the name inside a placeholder? Variable ids start with a letter; `{3}`,
/// `{2,5}` and `\\p{L}` in a custom criterion's regular expression are regex syntax, not
/// placeholders, and are left alone.
fn is_placeholder(text: &str, open: usize, name: &str) -> bool {
    let regex_class = text[..open].ends_with("\\p") || text[..open].ends_with("\\P");
    !regex_class
        && name.chars().next().is_some_and(char::is_alphabetic)
        && name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '-')
}

/// The placeholder names used in a text, in order (duplicates included). An unclosed brace
/// followed by a name is returned too, so that validation reports it.
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
                    let name = &text[i + 1..i + 1 + end];
                    if is_placeholder(text, i, name) {
                        out.push(name);
                    }
                    i += end + 2;
                } else {
                    let rest = &text[i + 1..];
                    if rest.chars().next().is_some_and(char::is_alphabetic) {
                        out.push(rest);
                    }
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
                    let open = text.len() - tail.len();
                    match values.get(name) {
                        Some(v) if is_placeholder(text, open, name) => out.push_str(v),
                        _ => out.push_str(&tail[..end + 2]),
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

    /// D16: a custom criterion's regular expression may use `{n}`, `{n,m}` and `\\p{L}`;
    /// they are regex syntax, not placeholders, and must reach the regex unchanged.
    #[test]
    fn regex_braces_are_not_placeholders() {
        let pattern = r"\d{3}-\d{2,4} \p{L}+ {first}";
        assert_eq!(placeholders(pattern), ["first"]);
        assert_eq!(render(pattern, &vals()), r"\d{3}-\d{2,4} \p{L}+ Laura");
        let vals_l: Values = [("L".to_owned(), "x".to_owned())].into_iter().collect();
        assert_eq!(
            render(r"\p{L}", &vals_l),
            r"\p{L}",
            "a class name stays even if a variable has it"
        );
    }
}
