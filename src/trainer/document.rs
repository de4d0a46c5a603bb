//! A scenario being edited: its RON text, the scenario parsed from it, its problems, undo and
//! redo, and saving.
//!
//! The text is the single source of truth. Form edits change a copy of the parsed scenario
//! and write it back as text, so the form view and the raw RON tab can never disagree. Form
//! edits re-format the file: comments inside the scenario are lost then (the comment block at
//! the top is kept), which the editor says next to the RON tab.

use std::path::{Path, PathBuf};

use crate::format::diagnostic::Diagnostic;
use crate::fsutil;
use crate::i18n::Localizer;
use crate::play::selftest;
use crate::scenario::library::{Library, LoadedScenario, version_hash};
use crate::scenario::model::Scenario;
use crate::scenario::pack::PackSource;
use crate::scenario::parse;
use crate::vocab::Lang;

/// Edits to the same field closer together than this are undone as one.
pub const COALESCE_MS: u64 = 800;

/// Undo coalescing keys of edits that come from no form field. Form fields use their
/// widget id's value; these sit at the top of the range, where a hashed id practically
/// never lands, and in one place so they cannot collide with each other.
pub const RON_TEXT: u64 = u64::MAX - 2;
/// An added step (see [`RON_TEXT`]).
pub const ADD_STEP: u64 = u64::MAX - 1;
/// Restored unsaved work (see [`RON_TEXT`]).
pub const RESTORED: u64 = u64::MAX;

/// How many steps of undo are kept.
const UNDO_DEPTH: usize = 200;

/// Why a document could not be opened, written or saved.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The scenario could not be written as RON (should not happen with a parsed scenario).
    #[error("could not write the scenario as RON: {0}")]
    Serialize(String),
    /// Reading or writing the file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file could not be read: missing, not a regular file, too large, or refused.
    #[error(transparent)]
    Read(#[from] crate::fsutil::ReadError),
    /// The file on disk changed since it was opened, and saving would overwrite that change.
    #[error("{0} was changed by someone else since it was opened")]
    ChangedOnDisk(PathBuf),
    /// There is no file name yet.
    #[error("choose where to save first")]
    NoPath,
}

/// The scenario template for a language (a complete, commented scenario to start from).
#[must_use]
pub fn template(lang: Lang) -> &'static str {
    let path = match lang {
        Lang::Fi => "templates/scenario-fi.ron",
        Lang::En => "templates/scenario-en.ron",
    };
    crate::assets::text(path).unwrap_or_default()
}

/// Writes a scenario as pack RON, keeping `header` (the file's leading comment lines).
///
/// # Errors
/// [`DocumentError::Serialize`] if ron refuses the value.
pub fn to_ron(scenario: &Scenario, header: &str) -> Result<String, DocumentError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_owned())
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES);
    let body = ron::ser::to_string_pretty(scenario, config).map_err(|e| DocumentError::Serialize(e.to_string()))?;
    // The pack dialect has these extensions on by default; the attribute line would only
    // puzzle a trainer reading the file.
    let body: String = body
        .lines()
        .filter(|l| !l.starts_with("#![enable("))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = String::with_capacity(header.len() + body.len() + 1);
    out.push_str(header);
    out.push_str(body.trim_start());
    out.push('\n');
    Ok(out)
}

/// The leading `//` comment lines of a file (kept when forms re-write it).
#[must_use]
pub fn header_of(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if t.starts_with("//") || t.is_empty() && !out.is_empty() {
            out.push_str(line);
            out.push('\n');
        } else {
            break;
        }
    }
    out
}

/// One state of the text, for undo.
#[derive(Debug, Clone)]
struct Snapshot {
    text: String,
}

/// A scenario being edited.
#[derive(Debug, Clone)]
pub struct Document {
    text: String,
    scenario: Option<Scenario>,
    problems: Vec<Diagnostic>,
    /// Where it is saved (`None`: not yet).
    pub path: Option<PathBuf>,
    /// The pack it belongs to (brands, rubrics and images resolve there).
    pub pack: PackSource,
    saved_text: String,
    /// The file's bytes when opened or last saved, to notice changes made elsewhere.
    disk_version: Option<String>,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The field and time of the last edit, for coalescing typing into one undo step.
    last_edit: Option<(u64, u64)>,
    /// Grows with every change; the UI and autosave compare it.
    revision: u64,
}

impl Document {
    /// A document from text (a template, a file, or an autosave).
    #[must_use]
    pub fn from_text(text: String, path: Option<PathBuf>, pack: PackSource) -> Self {
        let disk_version = path
            .as_deref()
            .and_then(|p| std::fs::read(p).ok())
            .map(|b| version_hash(&b));
        let saved_text = if path.is_some() { text.clone() } else { String::new() };
        let mut doc = Document {
            scenario: None,
            problems: Vec::new(),
            text,
            path,
            pack,
            saved_text,
            disk_version,
            undo: Vec::new(),
            redo: Vec::new(),
            last_edit: None,
            revision: 0,
        };
        doc.reparse();
        doc
    }

    /// Unsaved work recovered from an autosave, with no saved file to go back to: all of it
    /// counts as changed (so closing it asks first), and undo has nothing before it.
    #[must_use]
    pub fn recovered(text: String, path: Option<PathBuf>, pack: PackSource) -> Self {
        let mut doc = Document::from_text(text, None, pack);
        doc.path = path;
        doc.revision = 1;
        doc
    }

    /// Has the trainer changed anything since it was opened (or is it recovered work)? An
    /// untouched template or copy can be closed without asking.
    #[must_use]
    pub fn has_unsaved_work(&self) -> bool {
        self.is_dirty() && self.revision > 0
    }

    /// A new scenario from the template of a language (unsaved).
    #[must_use]
    pub fn from_template(lang: Lang) -> Self {
        Document::from_text(template(lang).to_owned(), None, PackSource::BuiltIn)
    }

    /// Opens a scenario file.
    ///
    /// # Errors
    /// The file cannot be read.
    pub fn open(path: &Path, pack: PackSource) -> Result<Self, DocumentError> {
        // Through fsutil: a FIFO or a device picked in the dialog must not freeze the editor.
        let text = crate::fsutil::read_text(path, crate::scenario::parse::MAX_FILE_BYTES as u64)?;
        Ok(Document::from_text(text, Some(path.to_path_buf()), pack))
    }

    /// A copy of a library scenario with a new id, unsaved, in the user's own pack.
    #[must_use]
    pub fn duplicate(loaded: &LoadedScenario, new_id: &str) -> Self {
        let mut s = loaded.scenario.clone();
        s.id = new_id.to_owned();
        let header = header_of(&loaded.source);
        let text = to_ron(&s, &header).unwrap_or_else(|_| loaded.source.clone());
        Document::from_text(text, None, PackSource::BuiltIn)
    }

    /// The RON text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The scenario, when the text parses.
    #[must_use]
    pub fn scenario(&self) -> Option<&Scenario> {
        self.scenario.as_ref()
    }

    /// Problems found by the last [`Document::validate`] (or the parse error).
    #[must_use]
    pub fn problems(&self) -> &[Diagnostic] {
        &self.problems
    }

    /// Any error among the problems?
    #[must_use]
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Diagnostic::is_error)
    }

    /// Changed since it was opened or saved?
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.text != self.saved_text
    }

    /// Grows with every change.
    #[must_use]
    pub const fn revision(&self) -> u64 {
        self.revision
    }

    /// The name shown for the file.
    #[must_use]
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p.display().to_string(),
            None => self
                .scenario
                .as_ref()
                .map_or_else(|| "scenario.ron".to_owned(), |s| format!("{}.ron", s.id)),
        }
    }

    fn reparse(&mut self) {
        match parse::parse::<Scenario>(&self.display_name(), &self.text) {
            Ok(s) => {
                self.scenario = Some(s);
                self.problems.clear();
            }
            Err(d) => {
                self.scenario = None;
                self.problems = vec![d];
            }
        }
    }

    /// Checks the text against a library (brands, rubrics, steps, images) and runs the
    /// scenario's self-tests, as `someaspa validate` does.
    pub fn validate(&mut self, library: &Library, l10n: &Localizer) {
        let display = self.display_name();
        let (scenario, mut problems) = library.check_text(&display, self.text.as_bytes(), &self.pack);
        if let Some(s) = &scenario
            && !problems.iter().any(Diagnostic::is_error)
        {
            let loaded = self.loaded_with(s.clone(), library);
            problems.extend(selftest::diagnostics(library, &loaded, l10n));
        }
        self.scenario = scenario;
        self.problems = problems;
    }

    /// The document as a loaded scenario of `library` (for play-testing and try-a-reply).
    #[must_use]
    pub fn as_loaded(&self, library: &Library) -> Option<LoadedScenario> {
        self.scenario.clone().map(|s| self.loaded_with(s, library))
    }

    fn loaded_with(&self, scenario: Scenario, library: &Library) -> LoadedScenario {
        let pack = library.packs.iter().position(|p| p.source == self.pack).unwrap_or(0);
        LoadedScenario {
            scenario,
            pack,
            file: self.display_name(),
            version: version_hash(self.text.as_bytes()),
            source: self.text.clone(),
        }
    }

    fn remember(&mut self, field: u64, now_ms: u64) {
        let coalesce = matches!(self.last_edit, Some((f, t)) if f == field && now_ms.saturating_sub(t) < COALESCE_MS);
        if !coalesce {
            self.undo.push(Snapshot {
                text: self.text.clone(),
            });
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.last_edit = Some((field, now_ms));
    }

    /// Replaces the text (the RON tab). `field` and `now_ms` coalesce typing into one undo step.
    pub fn set_text(&mut self, text: String, field: u64, now_ms: u64) {
        if text == self.text {
            return;
        }
        self.remember(field, now_ms);
        self.text = text;
        self.revision += 1;
        self.reparse();
    }

    /// Changes the parsed scenario (the forms) and writes it back as text. Does nothing while
    /// the text does not parse.
    ///
    /// # Errors
    /// [`DocumentError::Serialize`] if the changed scenario cannot be written.
    pub fn edit(&mut self, field: u64, now_ms: u64, f: impl FnOnce(&mut Scenario)) -> Result<bool, DocumentError> {
        let Some(mut s) = self.scenario.clone() else {
            return Ok(false);
        };
        f(&mut s);
        if Some(&s) == self.scenario.as_ref() {
            return Ok(false);
        }
        let text = to_ron(&s, &header_of(&self.text))?;
        self.set_text(text, field, now_ms);
        Ok(true)
    }

    /// Can [`Document::undo`] do anything?
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Can [`Document::redo`] do anything?
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Goes back one step.
    pub fn undo(&mut self) {
        if let Some(prev) = self.undo.pop() {
            let now = std::mem::replace(&mut self.text, prev.text);
            self.redo.push(Snapshot { text: now });
            self.after_history_move();
        }
    }

    /// Goes forward one step.
    pub fn redo(&mut self) {
        if let Some(next) = self.redo.pop() {
            let now = std::mem::replace(&mut self.text, next.text);
            self.undo.push(Snapshot { text: now });
            self.after_history_move();
        }
    }

    fn after_history_move(&mut self) {
        self.last_edit = None;
        self.revision += 1;
        self.reparse();
    }

    /// Saves to [`Document::path`]: the previous file is kept as `<name>.bak`, the new one is
    /// written atomically. A file changed on disk since it was opened is not overwritten.
    ///
    /// # Errors
    /// No path yet, a change made elsewhere, or an I/O error.
    pub fn save(&mut self) -> Result<PathBuf, DocumentError> {
        let path = self.path.clone().ok_or(DocumentError::NoPath)?;
        let on_disk = std::fs::read(&path).ok().map(|b| version_hash(&b));
        if on_disk.is_some() && on_disk != self.disk_version {
            return Err(DocumentError::ChangedOnDisk(path));
        }
        let io = |source| DocumentError::Io {
            path: path.clone(),
            source,
        };
        fsutil::backup(&path).map_err(io)?;
        fsutil::write_atomic(&path, self.text.as_bytes()).map_err(io)?;
        self.saved_text = self.text.clone();
        self.disk_version = Some(version_hash(self.text.as_bytes()));
        Ok(path)
    }

    /// Saves under a new path (the first save, or "save as"). An existing file there is
    /// refused rather than overwritten.
    ///
    /// # Errors
    /// The file exists already, or an I/O error.
    pub fn save_as(&mut self, path: PathBuf) -> Result<PathBuf, DocumentError> {
        if path.exists() && self.path.as_deref() != Some(path.as_path()) {
            return Err(DocumentError::Io {
                source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, "a file with this name exists"),
                path,
            });
        }
        if self.path.as_deref() != Some(path.as_path()) {
            self.disk_version = None;
        }
        self.path = Some(path);
        self.save()
    }

    /// Where the scenario goes inside a pack folder: `<pack>/<lang>/<id>.ron`.
    #[must_use]
    pub fn default_file_in(&self, pack_dir: &Path) -> Option<PathBuf> {
        let s = self.scenario.as_ref()?;
        Some(pack_dir.join(s.lang.id()).join(format!("{}.ron", s.id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::pack::PackSource;

    fn library() -> Library {
        Library::load(&[PackSource::BuiltIn])
    }

    #[test]
    fn every_builtin_scenario_round_trips_through_the_writer() {
        let lib = library();
        assert!(lib.scenarios.len() >= 30);
        for l in &lib.scenarios {
            let text = to_ron(&l.scenario, &header_of(&l.source)).unwrap();
            let back: Scenario = parse::parse("x.ron", &text).unwrap_or_else(|d| panic!("{}: {d:?}\n{text}", l.file));
            assert_eq!(back, l.scenario, "{}", l.file);
            assert!(text.starts_with("//"), "the comment block is kept: {}", l.file);
        }
    }

    #[test]
    fn both_templates_parse_and_name_their_language() {
        for lang in [Lang::En, Lang::Fi] {
            let doc = Document::from_template(lang);
            let s = doc
                .scenario()
                .unwrap_or_else(|| panic!("{lang:?}: {:?}", doc.problems()));
            assert_eq!(s.lang, lang);
        }
    }

    #[test]
    fn a_template_asks_for_a_brand_and_then_validates_with_its_self_tests() {
        let lib = library();
        let l10n = Localizer::new(Lang::En);
        for (lang, brand) in [(Lang::En, "kauppakassi"), (Lang::Fi, "kauppakassi")] {
            let mut doc = Document::from_template(lang);
            doc.validate(&lib, &l10n);
            assert!(
                doc.problems().iter().any(|d| d.msg.id == "val-unknown-brand"),
                "{:?}",
                doc.problems()
            );
            doc.edit(1, 0, |s| s.brand = brand.to_owned()).unwrap();
            doc.validate(&lib, &l10n);
            assert!(!doc.has_errors(), "{lang:?}: {:?}", doc.problems());
        }
    }

    #[test]
    fn form_edits_and_typing_undo_and_redo() {
        let lib = library();
        let loaded = lib.scenario("shop-praise-instagram-en").unwrap();
        let mut doc = Document::duplicate(loaded, "my-praise");
        assert!(!doc.can_undo());
        doc.edit(1, 0, |s| s.title = "A".to_owned()).unwrap();
        // Typing in the same field within the coalescing window is one step.
        doc.edit(1, 100, |s| s.title = "Ab".to_owned()).unwrap();
        doc.edit(1, 200, |s| s.title = "Abc".to_owned()).unwrap();
        doc.edit(2, 300, |s| s.pass_mark = 80).unwrap();
        assert_eq!(doc.scenario().unwrap().pass_mark, 80);
        doc.undo();
        assert_eq!(doc.scenario().unwrap().pass_mark, 70);
        assert_eq!(doc.scenario().unwrap().title, "Abc");
        doc.undo();
        assert_eq!(doc.scenario().unwrap().title, "Praise for a fast delivery");
        assert!(!doc.can_undo());
        doc.redo();
        assert_eq!(doc.scenario().unwrap().title, "Abc");
        doc.redo();
        assert_eq!(doc.scenario().unwrap().pass_mark, 80);
        assert!(!doc.can_redo());
        // A new edit clears the redo history.
        doc.undo();
        doc.edit(3, 5_000, |s| s.summary = "x".to_owned()).unwrap();
        assert!(!doc.can_redo());
    }

    #[test]
    fn a_syntax_error_in_the_text_is_located_and_forms_wait_for_a_fix() {
        let mut doc = Document::from_template(Lang::En);
        let good = doc.text().to_owned();
        doc.set_text(good.replacen("title:", "title", 1), 9, 0);
        assert!(doc.scenario().is_none());
        assert!(doc.has_errors());
        assert!(doc.problems()[0].line > 1);
        assert!(!doc.edit(1, 10, |s| s.title = "x".to_owned()).unwrap());
        doc.set_text(good, 9, 2_000);
        assert!(doc.scenario().is_some());
    }

    #[test]
    fn save_keeps_a_backup_and_refuses_to_overwrite_changes_made_elsewhere() {
        let dir = tempfile::tempdir().unwrap();
        let lib = library();
        let loaded = lib.scenario("shop-praise-instagram-en").unwrap();
        let mut doc = Document::duplicate(loaded, "my-praise");
        let file = doc.default_file_in(dir.path()).unwrap();
        assert_eq!(file, dir.path().join("en").join("my-praise.ron"));
        doc.save_as(file.clone()).unwrap();
        assert!(!doc.is_dirty());
        let first = std::fs::read_to_string(&file).unwrap();
        doc.edit(1, 0, |s| s.title = "Changed".to_owned()).unwrap();
        assert!(doc.is_dirty());
        doc.save().unwrap();
        assert_eq!(
            std::fs::read_to_string(file.with_file_name("my-praise.ron.bak")).unwrap(),
            first
        );
        // Someone else edits the file: saving again must not silently overwrite it.
        std::fs::write(&file, "// theirs\n").unwrap();
        doc.edit(1, 5_000, |s| s.title = "Mine".to_owned()).unwrap();
        assert!(matches!(doc.save(), Err(DocumentError::ChangedOnDisk(_))));
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "// theirs\n");
        // A second document may not take the name of an existing file.
        let mut other = Document::duplicate(loaded, "my-praise");
        assert!(other.save_as(file).is_err());
    }
}
