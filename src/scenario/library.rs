//! The library: every pack loaded, checked and indexed.
//!
//! Loading never fails as a whole. A file that does not parse, or a scenario that does not
//! validate, is skipped and reported in [`Library::problems`]; everything else loads.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::model::{Brand, Rubric, Scenario, Step, Track, Turn};
use super::pack::{FileKind, PackFile, PackSource};
use super::rubric::{self, ResolvedRubric};
use super::{parse, validate};
use crate::format::diagnostic::Diagnostic;
use crate::format::locate::Locator;
use crate::i18n::Msg;
use crate::vocab::Lang;

/// A scenario that loaded and validated.
#[derive(Debug, Clone)]
pub struct LoadedScenario {
    /// The scenario as written (placeholders not substituted).
    pub scenario: Scenario,
    /// Index into [`Library::packs`].
    pub pack: usize,
    /// The file, as shown to the user.
    pub file: String,
    /// A short hash of the file's bytes: which version of the scenario an attempt played.
    pub version: String,
    /// The file's text (for locating problems and for the editor).
    pub source: String,
}

/// A pack and where it came from.
#[derive(Debug, Clone)]
pub struct PackInfo {
    /// Where it lives.
    pub source: PackSource,
}

/// Everything that loaded, and everything that was skipped and why.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// The packs, built-in first.
    pub packs: Vec<PackInfo>,
    /// Valid scenarios, in load order.
    pub scenarios: Vec<LoadedScenario>,
    /// Brands by id.
    pub brands: BTreeMap<String, Brand>,
    /// Shared rubrics by id.
    pub rubrics: BTreeMap<String, Rubric>,
    /// Brand files that did not load, by file name without extension (usually the brand's
    /// id), so a scenario naming that brand can say why it is missing.
    pub unloaded_brands: BTreeMap<String, String>,
    /// Valid tracks.
    pub tracks: Vec<Track>,
    /// Every problem found (errors mean something was skipped).
    pub problems: Vec<Diagnostic>,
}

/// Where the user's own packs live inside the data folder.
#[must_use]
pub fn user_packs_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("packs")
}

/// The packs to load: the built-in one, each sub-folder of `<data>/packs`, and extra folders.
#[must_use]
pub fn default_sources(data_dir: Option<&Path>, extra: &[PathBuf]) -> Vec<PackSource> {
    let mut sources = vec![PackSource::BuiltIn];
    if let Some(data) = data_dir
        && let Ok(entries) = std::fs::read_dir(user_packs_dir(data))
    {
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .map(|e| e.path())
            .collect();
        dirs.sort();
        sources.extend(dirs.into_iter().map(PackSource::Dir));
    }
    sources.extend(extra.iter().cloned().map(PackSource::Dir));
    sources
}

/// The short version hash of a file's bytes.
#[must_use]
pub fn version_hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

struct Parsed<T> {
    value: T,
    pack: usize,
    file: String,
    text: String,
    version: String,
}

impl Library {
    /// Loads the given packs.
    #[must_use]
    pub fn load(sources: &[PackSource]) -> Library {
        let mut lib = Library::default();
        let mut scenarios: Vec<Parsed<Scenario>> = Vec::new();
        let mut tracks: Vec<Parsed<Track>> = Vec::new();
        for (pack_index, source) in sources.iter().enumerate() {
            lib.packs.push(PackInfo { source: source.clone() });
            if let PackSource::Dir(dir) = source
                && !dir.is_dir()
            {
                lib.problems.push(Diagnostic::error(
                    &dir.display().to_string(),
                    (1, 1),
                    Msg::new("load-pack-missing"),
                ));
                continue;
            }
            for file in source.files() {
                lib.read_file(pack_index, source, file, &mut scenarios, &mut tracks);
            }
        }
        lib.accept_scenarios(scenarios);
        let langs: BTreeMap<String, Lang> = lib
            .scenarios
            .iter()
            .map(|s| (s.scenario.id.clone(), s.scenario.lang))
            .collect();
        for t in tracks {
            let problems = validate::track(&t.value, &t.file, &t.text, &langs);
            let failed = problems.iter().any(Diagnostic::is_error);
            lib.problems.extend(problems);
            if !failed {
                if lib.tracks.iter().any(|x| x.id == t.value.id) {
                    let at = Locator::new(&t.text).find_str(&[], &t.value.id);
                    lib.problems.push(Diagnostic::error(
                        &t.file,
                        at,
                        Msg::new("val-duplicate-id").with("id", t.value.id.as_str()),
                    ));
                } else {
                    lib.tracks.push(t.value);
                }
            }
        }
        lib
    }

    /// Loads what `validate PATH...` and the editor need: the packs containing the paths
    /// (a file inside a pack sees the pack's brands and rubrics) on top of the built-in pack,
    /// plus loose files that belong to no pack.
    ///
    /// When a path lies in the repository's own `scenarios/` folder, that folder is read
    /// from disk *instead of* the compiled-in copy, so edits are checked without duplicates.
    #[must_use]
    pub fn load_paths(paths: &[PathBuf]) -> Library {
        let builtin_dir = builtin_source_dir();
        let mut roots: Vec<PathBuf> = Vec::new();
        let mut loose: Vec<PathBuf> = Vec::new();
        for path in paths {
            let root = if path.is_dir() {
                Some(find_pack_root(path).unwrap_or_else(|| path.clone()))
            } else {
                path.parent().and_then(find_pack_root)
            };
            match root {
                Some(r) => {
                    let r = r.canonicalize().unwrap_or(r);
                    if !roots.contains(&r) {
                        roots.push(r);
                    }
                }
                None => loose.push(path.clone()),
            }
        }
        let replaces_builtin = builtin_dir.as_ref().is_some_and(|b| roots.contains(b));
        let mut sources = Vec::new();
        if !replaces_builtin {
            sources.push(PackSource::BuiltIn);
        }
        sources.extend(roots.into_iter().map(PackSource::Dir));
        let mut lib = Library::load(&sources);
        let mut scenarios = Vec::new();
        let mut tracks = Vec::new();
        for path in loose {
            let bytes = crate::fsutil::read_file(&path, parse::MAX_FILE_BYTES as u64)
                .map(std::borrow::Cow::Owned)
                .map_err(|e| e.short_msg());
            let file = PackFile {
                rel: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                display: path.display().to_string(),
                kind: FileKind::Scenario,
                bytes,
            };
            let source = PackSource::Dir(path.parent().map(Path::to_path_buf).unwrap_or_default());
            lib.packs.push(PackInfo { source: source.clone() });
            let index = lib.packs.len() - 1;
            lib.read_file(index, &source, file, &mut scenarios, &mut tracks);
        }
        lib.accept_scenarios(scenarios);
        lib
    }

    fn read_file(
        &mut self,
        pack: usize,
        source: &PackSource,
        file: PackFile,
        scenarios: &mut Vec<Parsed<Scenario>>,
        tracks: &mut Vec<Parsed<Track>>,
    ) {
        let bytes = match &file.bytes {
            Ok(b) => b,
            Err(why) => {
                self.problems
                    .push(Diagnostic::error(&file.display, (1, 1), why.clone()));
                return;
            }
        };
        let text = match parse::decode(&file.display, bytes) {
            Ok(t) => t,
            Err(d) => {
                self.problems.push(d);
                return;
            }
        };
        let version = version_hash(bytes);
        match file.kind {
            FileKind::Brand => match parse::parse::<Brand>(&file.display, text) {
                Ok(b) => {
                    let problems = validate::brand(&b, &file.display, text, source);
                    let failed = problems.iter().any(Diagnostic::is_error);
                    self.problems.extend(problems);
                    if failed {
                        self.note_unloaded_brand(&file.display);
                    } else {
                        self.insert_unique_brand(b, &file.display, text);
                    }
                }
                Err(d) => {
                    self.problems.push(d);
                    self.note_unloaded_brand(&file.display);
                }
            },
            FileKind::Rubric => match parse::parse::<Rubric>(&file.display, text) {
                Ok(r) => {
                    let problems = validate::shared_rubric(&r, &file.display, text);
                    let failed = problems.iter().any(Diagnostic::is_error);
                    self.problems.extend(problems);
                    if !failed {
                        if self.rubrics.contains_key(&r.id) {
                            let at = Locator::new(text).find_str(&[], &r.id);
                            self.problems.push(Diagnostic::error(
                                &file.display,
                                at,
                                Msg::new("val-duplicate-id").with("id", r.id.as_str()),
                            ));
                        } else {
                            self.rubrics.insert(r.id.clone(), r);
                        }
                    }
                }
                Err(d) => self.problems.push(d),
            },
            FileKind::Track => match parse::parse::<Track>(&file.display, text) {
                Ok(t) => tracks.push(Parsed {
                    value: t,
                    pack,
                    file: file.display.clone(),
                    text: text.to_owned(),
                    version,
                }),
                Err(d) => self.problems.push(d),
            },
            FileKind::Scenario => match parse::parse::<Scenario>(&file.display, text) {
                Ok(s) => scenarios.push(Parsed {
                    value: s,
                    pack,
                    file: file.display.clone(),
                    text: text.to_owned(),
                    version,
                }),
                Err(d) => self.problems.push(d),
            },
        }
    }

    fn note_unloaded_brand(&mut self, file: &str) {
        if let Some(stem) = Path::new(file).file_stem() {
            self.unloaded_brands
                .insert(stem.to_string_lossy().into_owned(), file.to_owned());
        }
    }

    fn insert_unique_brand(&mut self, b: Brand, file: &str, text: &str) {
        if self.brands.contains_key(&b.id) {
            let at = Locator::new(text).find_str(&[], &b.id);
            self.problems.push(Diagnostic::error(
                file,
                at,
                Msg::new("val-duplicate-id").with("id", b.id.as_str()),
            ));
        } else {
            self.brands.insert(b.id.clone(), b);
        }
    }

    /// Validates parsed scenarios now that every brand and rubric is known.
    fn accept_scenarios(&mut self, scenarios: Vec<Parsed<Scenario>>) {
        for p in scenarios {
            let source = &self.packs[p.pack].source;
            let ctx = validate::Context {
                brands: &self.brands,
                unloaded_brands: &self.unloaded_brands,
                rubrics: &self.rubrics,
                pack: source,
            };
            let problems = validate::scenario(&p.value, &p.file, &p.text, &ctx);
            let failed = problems.iter().any(Diagnostic::is_error);
            self.problems.extend(problems);
            if failed {
                continue;
            }
            if let Some(existing) = self.scenarios.iter().find(|s| s.scenario.id == p.value.id) {
                let at = Locator::new(&p.text).find_str(&[], &p.value.id);
                self.problems.push(Diagnostic::error(
                    &p.file,
                    at,
                    Msg::new("val-duplicate-scenario")
                        .with("id", p.value.id.as_str())
                        .with("other", existing.file.as_str()),
                ));
                continue;
            }
            self.scenarios.push(LoadedScenario {
                scenario: p.value,
                pack: p.pack,
                file: p.file,
                version: p.version,
                source: p.text,
            });
        }
    }

    /// Parses and validates a scenario's text against this library's brands and rubrics,
    /// as if it were a file of `pack` (live validation in the editor, property tests).
    /// Never panics, whatever the bytes.
    #[must_use]
    pub fn check_text(&self, display: &str, bytes: &[u8], pack: &PackSource) -> (Option<Scenario>, Vec<Diagnostic>) {
        let text = match parse::decode(display, bytes) {
            Ok(t) => t,
            Err(d) => return (None, vec![d]),
        };
        let scenario = match parse::parse::<Scenario>(display, text) {
            Ok(s) => s,
            Err(d) => return (None, vec![d]),
        };
        let ctx = validate::Context {
            brands: &self.brands,
            unloaded_brands: &self.unloaded_brands,
            rubrics: &self.rubrics,
            pack,
        };
        let mut problems = validate::scenario(&scenario, display, text, &ctx);
        if let Some(other) = self
            .scenarios
            .iter()
            .find(|s| s.scenario.id == scenario.id && s.file != display)
        {
            let at = Locator::new(text).find_str(&[], &scenario.id);
            problems.push(Diagnostic::warning(
                display,
                at,
                Msg::new("val-duplicate-scenario")
                    .with("id", scenario.id.as_str())
                    .with("other", other.file.as_str()),
            ));
        }
        (Some(scenario), problems)
    }

    /// An id no scenario in the library uses, for a copy of `id`: `<id>-copy`, then
    /// `<id>-copy-2`, `<id>-copy-3`, ...
    #[must_use]
    pub fn free_id(&self, id: &str) -> String {
        let mut candidate = format!("{id}-copy");
        let mut n = 2;
        while self.scenario(&candidate).is_some() {
            candidate = format!("{id}-copy-{n}");
            n += 1;
        }
        candidate
    }

    /// A scenario by id.
    #[must_use]
    pub fn scenario(&self, id: &str) -> Option<&LoadedScenario> {
        self.scenarios.iter().find(|s| s.scenario.id == id)
    }

    /// The brand of a scenario.
    #[must_use]
    pub fn brand(&self, id: &str) -> Option<&Brand> {
        self.brands.get(id)
    }

    /// The pack a loaded scenario came from.
    #[must_use]
    pub fn pack_of(&self, s: &LoadedScenario) -> &PackSource {
        &self.packs[s.pack].source
    }

    /// Resolves a step's rubric (only Write steps have one).
    #[must_use]
    pub fn rubric_of(&self, step: &Step) -> Option<ResolvedRubric> {
        match &step.turn {
            Turn::Write(w) => rubric::resolve(&w.rubric, |id| self.rubrics.get(id)).ok(),
            _ => None,
        }
    }

    /// Errors only (what was skipped).
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.problems.iter().filter(|d| d.is_error())
    }

    /// A track by id.
    #[must_use]
    pub fn track(&self, id: &str) -> Option<&Track> {
        self.tracks.iter().find(|t| t.id == id)
    }
}

/// The nearest folder at or above `dir` that looks like a pack root (has `brands/` or
/// `rubrics/`), looking at most two levels up.
fn find_pack_root(dir: &Path) -> Option<PathBuf> {
    let mut cur = Some(dir);
    for _ in 0..3 {
        let d = cur?;
        if d.join("brands").is_dir() || d.join("rubrics").is_dir() {
            return Some(d.to_path_buf());
        }
        cur = d.parent();
    }
    None
}

/// The repository's `scenarios/` folder this binary was built from, if it still exists.
#[must_use]
pub fn builtin_source_dir() -> Option<PathBuf> {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .canonicalize()
        .ok()
}
