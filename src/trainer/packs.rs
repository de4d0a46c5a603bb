//! Pack exchange: export scenarios with everything they need as one folder, and import such
//! a folder after checking all of it. An import never overwrites a scenario silently: each
//! clash of ids is shown, and the trainer chooses to import a copy, skip it or replace it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::document::{header_of, to_ron};
use crate::format::diagnostic::Diagnostic;
use crate::fsutil;
use crate::scenario::library::{Library, user_packs_dir};
use crate::scenario::model::{Scenario, Turn};
use crate::scenario::pack::{FileKind, PackSource, image_root};
use crate::scenario::parse;

/// Why a pack could not be exported or imported.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// The export folder exists and is not empty.
    #[error("{0} is not empty: choose a new folder so nothing is overwritten")]
    NotEmpty(PathBuf),
    /// Nothing to export or import.
    #[error("no scenarios to export")]
    Nothing,
    /// A scenario id is not in the library.
    #[error("no scenario with id {0}")]
    Unknown(String),
    /// The pack has errors; nothing was imported.
    #[error("the pack has {0} problem(s); nothing was imported")]
    Invalid(usize),
    /// A brand or rubric of the pack has the id of a different one already installed.
    #[error("{kind} \"{id}\" in the pack differs from the one installed; rename it in the pack")]
    Clash {
        /// "brand" or "rubric".
        kind: &'static str,
        /// Its id.
        id: String,
    },
    /// Writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// A pack's file could not be read: not a regular file, too large, or refused.
    #[error(transparent)]
    Read(#[from] fsutil::ReadError),
    /// Serialising failed.
    #[error("could not write RON: {0}")]
    Ron(String),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> PackError + '_ {
    move |source| PackError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn pretty<T: Serialize>(value: &T) -> Result<String, PackError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_owned())
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES);
    let text = ron::ser::to_string_pretty(value, config).map_err(|e| PackError::Ron(e.to_string()))?;
    Ok(text
        .lines()
        .filter(|l| !l.starts_with("#![enable("))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n")
}

/// Every image path a scenario uses.
#[must_use]
pub fn images_of(s: &Scenario) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    out.extend(s.persona.avatar.clone());
    for st in &s.steps {
        out.extend(st.message.image.clone());
        for c in st.onlookers.iter().chain(&st.reactions.good).chain(&st.reactions.bad) {
            out.extend(c.avatar.clone());
        }
        if let Turn::Pick(p) = &st.turn {
            out.extend(p.options.iter().filter_map(|o| o.image.clone()));
        }
    }
    out
}

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exported {
    /// Scenario files.
    pub scenarios: usize,
    /// Brand and rubric files.
    pub shared: usize,
    /// Image files.
    pub images: usize,
}

/// Exports scenarios as a pack folder `dest`: the scenario files as written, the brands and
/// rubrics they use (those not identical to the built-in ones) and their images.
///
/// # Errors
/// `dest` is not empty, an id is unknown, or writing fails.
pub fn export(library: &Library, ids: &[String], dest: &Path) -> Result<Exported, PackError> {
    if ids.is_empty() {
        return Err(PackError::Nothing);
    }
    if std::fs::read_dir(dest).is_ok_and(|mut d| d.next().is_some()) {
        return Err(PackError::NotEmpty(dest.to_path_buf()));
    }
    let builtin = Library::load(&[PackSource::BuiltIn]);
    let mut done = Exported::default();
    let mut brands = BTreeSet::new();
    let mut rubrics = BTreeSet::new();
    for id in ids {
        let l = library.scenario(id).ok_or_else(|| PackError::Unknown(id.clone()))?;
        let s = &l.scenario;
        let file = dest.join(s.lang.id()).join(format!("{}.ron", s.id));
        fsutil::write_atomic(&file, l.source.as_bytes()).map_err(io(&file))?;
        done.scenarios += 1;
        brands.insert(s.brand.clone());
        for st in &s.steps {
            if let Turn::Write(w) = &st.turn {
                rubrics.extend(w.rubric.base.clone());
            }
        }
        let pack = library.pack_of(l);
        for img in images_of(s) {
            if let Ok(bytes) = pack.image(&img) {
                let file = dest.join("images").join(&img);
                fsutil::write_atomic(&file, &bytes).map_err(io(&file))?;
                done.images += 1;
            }
        }
    }
    for id in brands {
        if let Some(b) = library.brand(&id)
            && builtin.brand(&id) != Some(b)
        {
            let file = dest.join("brands").join(format!("{id}.ron"));
            fsutil::write_atomic(&file, pretty(b)?.as_bytes()).map_err(io(&file))?;
            done.shared += 1;
        }
    }
    for id in rubrics {
        if let Some(r) = library.rubrics.get(&id)
            && builtin.rubrics.get(&id) != Some(r)
        {
            let file = dest.join("rubrics").join(format!("{id}.ron"));
            fsutil::write_atomic(&file, pretty(r)?.as_bytes()).map_err(io(&file))?;
            done.shared += 1;
        }
    }
    Ok(done)
}

/// A scenario of a pack being imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its file inside the pack.
    pub rel: String,
    /// The file of an installed scenario with the same id, if any.
    pub clash: Option<String>,
    /// Can the installed one be replaced? (Not when it is built in.)
    pub replaceable: bool,
}

/// What to do with a scenario whose id is already installed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Import it under a new id (the default: nothing is lost).
    Copy,
    /// Leave it out.
    Skip,
    /// Import it and set the installed file aside as `<name>.replaced`.
    Replace,
}

/// A checked pack, ready to import.
#[derive(Debug, Clone)]
pub struct ImportPlan {
    /// The pack folder.
    pub source: PathBuf,
    /// Its scenarios.
    pub scenarios: Vec<Incoming>,
    /// Problems found (errors block the import).
    pub problems: Vec<Diagnostic>,
    /// Brand and rubric files identical to installed ones (not copied again).
    pub already_installed: Vec<String>,
}

impl ImportPlan {
    /// Can it be imported?
    #[must_use]
    pub fn is_valid(&self) -> bool {
        !self.problems.iter().any(Diagnostic::is_error)
    }
}

/// Reads and checks a pack folder against the installed library.
///
/// # Errors
/// A brand or rubric clashes with a different installed one.
pub fn plan(library: &Library, source: &Path) -> Result<ImportPlan, PackError> {
    let pack = PackSource::Dir(source.to_path_buf());
    let mut already_installed = Vec::new();
    let mut scenarios = Vec::new();
    for f in pack.files() {
        let Ok(bytes) = &f.bytes else { continue };
        let Ok(text) = std::str::from_utf8(bytes) else { continue };
        match f.kind {
            FileKind::Brand => {
                if let Ok(b) = parse::parse::<crate::scenario::model::Brand>(&f.display, text)
                    && let Some(mine) = library.brand(&b.id)
                {
                    if *mine != b {
                        return Err(PackError::Clash {
                            kind: "brand",
                            id: b.id,
                        });
                    }
                    already_installed.push(f.rel.clone());
                }
            }
            FileKind::Rubric => {
                if let Ok(r) = parse::parse::<crate::scenario::model::Rubric>(&f.display, text)
                    && let Some(mine) = library.rubrics.get(&r.id)
                {
                    if *mine != r {
                        return Err(PackError::Clash {
                            kind: "rubric",
                            id: r.id,
                        });
                    }
                    already_installed.push(f.rel.clone());
                }
            }
            FileKind::Scenario => {
                if let Ok(s) = parse::parse::<Scenario>(&f.display, text) {
                    let installed = library.scenario(&s.id);
                    scenarios.push(Incoming {
                        clash: installed.map(|l| l.file.clone()),
                        replaceable: installed.is_some_and(|l| matches!(library.pack_of(l), PackSource::Dir(_))),
                        id: s.id,
                        title: s.title,
                        rel: f.rel.clone(),
                    });
                }
            }
            FileKind::Track => {}
        }
    }
    // Check the pack on its own on top of the built-in one; clashes are handled above.
    let checked = Library::load(&[PackSource::BuiltIn, pack]);
    let source_name = source.display().to_string();
    let problems = checked
        .problems
        .into_iter()
        .filter(|d| d.file.starts_with(&source_name))
        .filter(|d| !matches!(&*d.msg.id, "val-duplicate-id" | "val-duplicate-scenario"))
        .collect();
    Ok(ImportPlan {
        source: source.to_path_buf(),
        scenarios,
        problems,
        already_installed,
    })
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The new pack folder.
    pub folder: PathBuf,
    /// Scenarios imported (with their id in the library).
    pub scenarios: Vec<String>,
    /// Installed files set aside by "replace".
    pub replaced: Vec<PathBuf>,
}

/// A folder name under `parent` that does not exist yet: `name`, `name-2`, ...
fn free_folder(parent: &Path, name: &str) -> PathBuf {
    let mut n = 1;
    loop {
        let candidate = if n == 1 {
            parent.join(name)
        } else {
            parent.join(format!("{name}-{n}"))
        };
        if !candidate.exists() {
            return candidate;
        }
        n += 1;
    }
}

/// Imports a checked pack into `<data>/packs/<name>` (a new folder), following the choices
/// for clashing ids (missing choices mean [`Choice::Copy`]).
///
/// # Errors
/// The plan has errors, or writing fails.
pub fn apply(
    library: &Library,
    plan: &ImportPlan,
    choices: &BTreeMap<String, Choice>,
    data_dir: &Path,
) -> Result<Imported, PackError> {
    if !plan.is_valid() {
        return Err(PackError::Invalid(
            plan.problems.iter().filter(|d| d.is_error()).count(),
        ));
    }
    let name = plan
        .source
        .file_name()
        .map_or_else(|| "imported".to_owned(), |n| n.to_string_lossy().into_owned());
    let packs = user_packs_dir(data_dir);
    let folder = free_folder(&packs, &name);
    let mut out = Imported {
        folder: folder.clone(),
        scenarios: Vec::new(),
        replaced: Vec::new(),
    };
    let by_rel: BTreeMap<&str, &Incoming> = plan.scenarios.iter().map(|i| (i.rel.as_str(), i)).collect();
    for f in PackSource::Dir(plan.source.clone()).files() {
        if plan.already_installed.contains(&f.rel) {
            continue;
        }
        let Ok(bytes) = &f.bytes else { continue };
        let mut content = bytes.to_vec();
        if let Some(inc) = by_rel.get(f.rel.as_str()) {
            let choice = if inc.clash.is_some() {
                choices.get(&inc.id).copied().unwrap_or(Choice::Copy)
            } else {
                Choice::Replace
            };
            match choice {
                Choice::Skip => continue,
                Choice::Replace if inc.clash.is_some() && inc.replaceable => {
                    if let Some(installed) = library.scenario(&inc.id) {
                        let old = PathBuf::from(&installed.file);
                        let aside = old.with_extension("ron.replaced");
                        std::fs::rename(&old, &aside).map_err(io(&old))?;
                        out.replaced.push(aside);
                    }
                    out.scenarios.push(inc.id.clone());
                }
                // A clash to copy, or a built-in scenario (which cannot be replaced): a new id.
                Choice::Copy | Choice::Replace if inc.clash.is_some() => {
                    let (id, text) = under_new_id(library, &inc.id, &f.display, bytes)?;
                    out.scenarios.push(id);
                    content = text.into_bytes();
                }
                _ => out.scenarios.push(inc.id.clone()),
            }
        }
        let target = folder.join(&f.rel);
        fsutil::write_atomic(&target, &content).map_err(io(&target))?;
    }
    copy_images(&image_root(&plan.source), &folder.join("images"))?;
    Ok(out)
}

/// The scenario file rewritten under a free id: (new id, text).
fn under_new_id(library: &Library, id: &str, display: &str, bytes: &[u8]) -> Result<(String, String), PackError> {
    let text = String::from_utf8_lossy(bytes);
    let mut s: Scenario = parse::parse(display, &text).map_err(|d| PackError::Ron(d.msg.id.to_string()))?;
    s.id = library.free_id(id);
    let out = to_ron(&s, &header_of(&text)).map_err(|e| PackError::Ron(e.to_string()))?;
    Ok((s.id, out))
}

fn copy_images(from: &Path, to: &Path) -> Result<(), PackError> {
    let Ok(entries) = std::fs::read_dir(from) else {
        return Ok(());
    };
    for e in entries.flatten() {
        let path = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            copy_images(&path, &to.join(e.file_name()))?;
        } else if ft.is_file() {
            // Through fsutil, with the pack's image limit: a shared pack is not trusted.
            let bytes = fsutil::read_file(&path, crate::scenario::pack::MAX_IMAGE_BYTES)?;
            let target = to.join(e.file_name());
            fsutil::write_atomic(&target, &bytes).map_err(io(&target))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_then_import_asks_about_clashes_and_never_overwrites() {
        let data = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let dest = out.path().join("rail-pack");
        let lib = Library::load(&[PackSource::BuiltIn]);
        let ids = vec!["rail-delay-x-en".to_owned(), "shop-praise-instagram-en".to_owned()];
        let done = export(&lib, &ids, &dest).unwrap();
        assert_eq!(done.scenarios, 2);
        assert!(done.images >= 2, "avatars travel with the pack");
        assert!(dest.join("en/rail-delay-x-en.ron").is_file());
        // A second export into the same folder is refused.
        assert!(matches!(export(&lib, &ids, &dest), Err(PackError::NotEmpty(_))));

        // Importing into a machine that has the built-in ones: both clash, neither is replaceable.
        let p = plan(&lib, &dest).unwrap();
        assert!(p.is_valid(), "{:?}", p.problems);
        assert_eq!(p.scenarios.len(), 2);
        assert!(p.scenarios.iter().all(|i| i.clash.is_some() && !i.replaceable));
        let mut choices = BTreeMap::new();
        choices.insert("shop-praise-instagram-en".to_owned(), Choice::Skip);
        let r = apply(&lib, &p, &choices, data.path()).unwrap();
        assert_eq!(r.scenarios, vec!["rail-delay-x-en-copy".to_owned()]);
        // The copy loads next to the original, with its images.
        let after = Library::load(&crate::scenario::library::default_sources(Some(data.path()), &[]));
        assert!(after.errors().next().is_none(), "{:?}", after.problems);
        assert!(after.scenario("rail-delay-x-en-copy").is_some());
        assert!(after.scenario("rail-delay-x-en").is_some());

        // Re-importing the same pack makes a new folder, never writing over the first.
        let p2 = plan(&after, &dest).unwrap();
        let r2 = apply(&after, &p2, &BTreeMap::new(), data.path()).unwrap();
        assert_ne!(r2.folder, r.folder);
        assert!(r2.scenarios.contains(&"rail-delay-x-en-copy-2".to_owned()));
    }

    #[test]
    fn a_broken_pack_is_refused_with_its_problems() {
        let data = tempfile::tempdir().unwrap();
        let src = tempfile::tempdir().unwrap();
        std::fs::write(src.path().join("broken.ron"), "Scenario(format: 1, id: ").unwrap();
        let lib = Library::load(&[PackSource::BuiltIn]);
        let p = plan(&lib, src.path()).unwrap();
        assert!(!p.is_valid());
        assert!(matches!(
            apply(&lib, &p, &BTreeMap::new(), data.path()),
            Err(PackError::Invalid(1))
        ));
        assert!(!user_packs_dir(data.path()).exists());
    }
}
