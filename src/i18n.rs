//! User-visible text through Fluent, in English and Finnish.
//!
//! The `.ftl` files under `assets/i18n/<lang>/` are compiled into the binary. Code never
//! formats user-visible sentences itself: it builds a [`Msg`] (an id plus arguments) and the
//! [`Localizer`] renders it in the current language. Keeping messages as data until they are
//! shown lets a stored score be re-rendered after the user switches language, and keeps the
//! scorer free of formatting work on its hot path.
//!
//! A message missing from the current language falls back to English, then to its id, and
//! the miss is logged once.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

use crate::assets;
use crate::vocab::Lang;

/// A message to show the user: a Fluent id and its arguments, rendered when displayed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Msg {
    /// The Fluent message id.
    pub id: Cow<'static, str>,
    /// Named arguments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// A message argument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    /// A number (Fluent picks plural forms from it).
    Num(f64),
    /// Text, inserted as is.
    Str(String),
}

impl Msg {
    /// A message without arguments.
    #[must_use]
    pub const fn new(id: &'static str) -> Self {
        Msg {
            id: Cow::Borrowed(id),
            args: Vec::new(),
        }
    }

    /// Adds a text argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((Cow::Borrowed(name), Arg::Str(value.into())));
        self
    }

    /// Adds a numeric argument.
    #[must_use]
    pub fn num(mut self, name: &'static str, value: impl Into<f64>) -> Self {
        self.args.push((Cow::Borrowed(name), Arg::Num(value.into())));
        self
    }
}

/// Renders [`Msg`]s in the current language, falling back to English.
pub struct Localizer {
    lang: Lang,
    en: FluentBundle<FluentResource>,
    fi: FluentBundle<FluentResource>,
    /// Ids already reported missing, so each is logged once.
    reported: RefCell<HashSet<String>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// A problem found in a translation file (used by tests and `validate`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlProblem {
    /// The file.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

/// The locale id of a language in Fluent terms.
fn langid(lang: Lang) -> unic_langid::LanguageIdentifier {
    match lang {
        Lang::En => unic_langid::langid!("en-US"),
        Lang::Fi => unic_langid::langid!("fi-FI"),
    }
}

/// The folder name of a language under `assets/i18n/`.
#[must_use]
pub const fn locale_dir(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-US",
        Lang::Fi => "fi",
    }
}

/// Every translation file of a language: (path, text).
#[must_use]
pub fn ftl_files(lang: Lang) -> Vec<(String, &'static str)> {
    let mut files: Vec<(String, &'static str)> = assets::files_under(&format!("i18n/{}", locale_dir(lang)))
        .filter(|(path, _)| path.ends_with(".ftl"))
        .filter_map(|(path, bytes)| std::str::from_utf8(bytes).ok().map(|text| (path, text)))
        .collect();
    files.sort();
    files
}

/// Finnish writes decimals with a comma.
fn format_fi(value: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(n.as_string().replace('.', ",")),
        _ => None,
    }
}

fn build_bundle(lang: Lang, problems: &mut Vec<FtlProblem>) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![langid(lang)]);
    // Bidi isolation marks would end up in AccessKit labels and break lookups by label.
    bundle.set_use_isolating(false);
    if bundle.add_builtins().is_err() {
        problems.push(FtlProblem {
            file: String::new(),
            message: "Fluent builtins could not be added".to_owned(),
        });
    }
    if lang == Lang::Fi {
        bundle.set_formatter(Some(format_fi));
    }
    for (path, text) in ftl_files(lang) {
        let resource = match FluentResource::try_new(text.to_owned()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(FtlProblem {
                        file: path.clone(),
                        message: format!("parse error: {e:?}"),
                    });
                }
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            for e in errors {
                problems.push(FtlProblem {
                    file: path.clone(),
                    message: format!("{e}"),
                });
            }
        }
    }
    bundle
}

impl Localizer {
    /// Loads both languages and renders in `lang`.
    #[must_use]
    pub fn new(lang: Lang) -> Self {
        let mut problems = Vec::new();
        let en = build_bundle(Lang::En, &mut problems);
        let fi = build_bundle(Lang::Fi, &mut problems);
        for p in &problems {
            log::warn!("translation problem in {}: {}", p.file, p.message);
        }
        Localizer {
            lang,
            en,
            fi,
            reported: RefCell::new(HashSet::new()),
        }
    }

    /// Checks every translation file: parse errors and duplicate ids (for tests and CI).
    #[must_use]
    pub fn check_files() -> Vec<FtlProblem> {
        let mut problems = Vec::new();
        let _ = build_bundle(Lang::En, &mut problems);
        let _ = build_bundle(Lang::Fi, &mut problems);
        problems
    }

    /// The language messages are rendered in.
    #[must_use]
    pub const fn lang(&self) -> Lang {
        self.lang
    }

    /// Switches the language (takes effect on the next render).
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Does the current language (or English) have this message?
    #[must_use]
    pub fn has(&self, id: &str) -> bool {
        self.bundle(self.lang).has_message(id) || self.en.has_message(id)
    }

    /// Does this exact language have this message (no fallback)?
    #[must_use]
    pub fn has_in(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    const fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::En => &self.en,
            Lang::Fi => &self.fi,
        }
    }

    /// Renders a message without arguments.
    #[must_use]
    pub fn t(&self, id: &str) -> String {
        self.render(self.lang, id, None)
    }

    /// Renders a message with arguments given as (name, value) pairs.
    #[must_use]
    pub fn ta(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            fargs.set(*name, to_fluent(value));
        }
        self.render(self.lang, id, Some(&fargs))
    }

    /// Renders a [`Msg`] in the current language.
    #[must_use]
    pub fn msg(&self, msg: &Msg) -> String {
        self.msg_in(self.lang, msg)
    }

    /// Renders a [`Msg`] in a given language.
    #[must_use]
    pub fn msg_in(&self, lang: Lang, msg: &Msg) -> String {
        if msg.args.is_empty() {
            return self.render(lang, &msg.id, None);
        }
        let mut fargs = FluentArgs::new();
        for (name, value) in &msg.args {
            // By convention an argument named `channel` holds a channel id and is shown as the
            // channel's name in the language ("x-dm" → "X direct message").
            if name == "channel"
                && let Arg::Str(id) = value
            {
                let key = format!("channel-{id}");
                if self.has(&key) {
                    fargs.set(name.clone(), FluentValue::from(self.render(lang, &key, None)));
                    continue;
                }
            }
            fargs.set(name.clone(), to_fluent(value));
        }
        self.render(lang, &msg.id, Some(&fargs))
    }

    fn render(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        // Attributes are addressed as `message.attribute`.
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        for bundle in [self.bundle(lang), &self.en] {
            let Some(message) = bundle.get_message(msg_id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => message.get_attribute(a).map(|at| at.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    self.report(id, &format!("{errors:?}"));
                }
                return text.into_owned();
            }
        }
        self.report(id, "missing");
        id.to_owned()
    }

    fn report(&self, id: &str, what: &str) {
        if self.reported.borrow_mut().insert(id.to_owned()) {
            log::warn!("translation {id}: {what}");
        }
    }

    /// Every message id of a language (for the completeness tests).
    #[must_use]
    pub fn message_ids(lang: Lang) -> Vec<String> {
        let mut ids = Vec::new();
        for (_, text) in ftl_files(lang) {
            let resource = match FluentResource::try_new(text.to_owned()) {
                Ok(r) | Err((r, _)) => r,
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_owned());
                }
            }
        }
        ids.sort();
        ids
    }
}

fn to_fluent(value: &Arg) -> FluentValue<'static> {
    match value {
        Arg::Num(n) => FluentValue::from(*n),
        Arg::Str(s) => FluentValue::from(s.clone()),
    }
}
