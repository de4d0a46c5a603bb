//! Packs: where scenario files come from, and the images they may use.
//!
//! A pack is the built-in one (compiled in) or a folder on disk. Images resolve inside the
//! pack's `images/` folder only: a scenario from a shared pack must not be able to read
//! `../../.ssh/id_rsa` by calling it an avatar.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::assets;

/// Where a pack lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackSource {
    /// Compiled into the binary (the repository's `scenarios/`; images from `assets/images/`).
    BuiltIn,
    /// A folder on disk.
    Dir(PathBuf),
}

/// What a pack file holds, decided by its folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// `brands/*.ron`.
    Brand,
    /// `rubrics/*.ron`.
    Rubric,
    /// `tracks/*.ron`.
    Track,
    /// Any other `.ron` file.
    Scenario,
}

/// One file of a pack, read into memory.
#[derive(Debug, Clone)]
pub struct PackFile {
    /// Path relative to the pack root, with `/` separators.
    pub rel: String,
    /// The path shown to the user.
    pub display: String,
    /// What it holds.
    pub kind: FileKind,
    /// Its bytes, or the reason it could not be read.
    pub bytes: Result<Cow<'static, [u8]>, String>,
}

/// Why an image path was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ImagePathError {
    /// Empty path.
    #[error("empty image path")]
    Empty,
    /// Absolute path or drive letter.
    #[error("absolute image path")]
    Absolute,
    /// A `..` component or a backslash.
    #[error("image path leaves the pack")]
    Escapes,
    /// Not found in the pack's images folder.
    #[error("image not found")]
    Missing,
}

impl ImagePathError {
    /// The Fluent id explaining this error to a trainer.
    #[must_use]
    pub const fn msg_id(self) -> &'static str {
        match self {
            ImagePathError::Empty => "val-image-empty",
            ImagePathError::Absolute => "val-image-absolute",
            ImagePathError::Escapes => "val-image-escapes",
            ImagePathError::Missing => "val-image-missing",
        }
    }
}

/// Checks that an image path stays inside the pack (without touching the disk).
///
/// # Errors
/// Why the path is refused.
pub fn check_image_path(path: &str) -> Result<(), ImagePathError> {
    if path.trim().is_empty() {
        return Err(ImagePathError::Empty);
    }
    let bytes = path.as_bytes();
    if path.starts_with('/') || path.starts_with('\\') || (bytes.len() >= 2 && bytes[1] == b':') {
        return Err(ImagePathError::Absolute);
    }
    if path.contains('\\') || path.split('/').any(|c| c == ".." || c == ".") {
        return Err(ImagePathError::Escapes);
    }
    Ok(())
}

impl PackSource {
    /// A short name for the pack (shown in the browser and in diagnostics).
    #[must_use]
    pub fn name(&self) -> String {
        match self {
            PackSource::BuiltIn => "built-in".to_owned(),
            PackSource::Dir(p) => p.display().to_string(),
        }
    }

    /// Reads every `.ron` file of the pack (sorted, so loading is deterministic).
    #[must_use]
    pub fn files(&self) -> Vec<PackFile> {
        let mut files = match self {
            PackSource::BuiltIn => {
                let mut raw = Vec::new();
                assets::collect(&assets::BUILTIN_PACK, &mut raw);
                raw.into_iter()
                    .filter(|(rel, _)| rel.ends_with(".ron"))
                    .map(|(rel, bytes)| PackFile {
                        display: format!("scenarios/{rel}"),
                        kind: kind_of(&rel),
                        rel,
                        bytes: Ok(Cow::Borrowed(bytes)),
                    })
                    .collect()
            }
            PackSource::Dir(root) => {
                let mut out = Vec::new();
                walk(root, root, 0, &mut out);
                out
            }
        };
        files.sort_by(|a, b| a.rel.cmp(&b.rel));
        files
    }

    /// The bytes of an image of this pack.
    ///
    /// # Errors
    /// Why the image cannot be used.
    pub fn image(&self, path: &str) -> Result<Cow<'static, [u8]>, ImagePathError> {
        check_image_path(path)?;
        match self {
            PackSource::BuiltIn => assets::get(&format!("images/{path}"))
                .map(Cow::Borrowed)
                .ok_or(ImagePathError::Missing),
            PackSource::Dir(root) => {
                let images = image_root(root);
                let full = images.join(path);
                if !full.exists() {
                    // The built-in avatars, memes and photos are a shared library: a trainer's
                    // pack (or a duplicated built-in scenario saved into one) can use them
                    // without copying the files.
                    return assets::get(&format!("images/{path}"))
                        .map(Cow::Borrowed)
                        .ok_or(ImagePathError::Missing);
                }
                // Symlinks could still point outside; resolve and compare.
                let images = images.canonicalize().map_err(|_| ImagePathError::Missing)?;
                let real = full.canonicalize().map_err(|_| ImagePathError::Missing)?;
                if !real.starts_with(&images) {
                    return Err(ImagePathError::Escapes);
                }
                std::fs::read(&real)
                    .map(Cow::Owned)
                    .map_err(|_| ImagePathError::Missing)
            }
        }
    }

    /// Does the image exist and stay inside the pack?
    ///
    /// # Errors
    /// Why the image cannot be used.
    pub fn check_image(&self, path: &str) -> Result<(), ImagePathError> {
        check_image_path(path)?;
        match self {
            PackSource::BuiltIn => assets::get(&format!("images/{path}"))
                .map(|_| ())
                .ok_or(ImagePathError::Missing),
            PackSource::Dir(_) => self.image(path).map(|_| ()),
        }
    }
}

/// The images folder of a pack on disk: `<root>/images`. The built-in pack's source folder
/// (the repository's `scenarios/`) keeps its images in the sibling `assets/images/`.
#[must_use]
pub fn image_root(root: &Path) -> PathBuf {
    let own = root.join("images");
    if own.is_dir() {
        return own;
    }
    let sibling = root.join("..").join("assets").join("images");
    if sibling.is_dir() && root.join("brands").is_dir() {
        return sibling;
    }
    own
}

/// The kind of a file from its path inside the pack.
#[must_use]
pub fn kind_of(rel: &str) -> FileKind {
    let first = rel.split('/').next().unwrap_or("");
    if !rel.contains('/') {
        return FileKind::Scenario;
    }
    match first {
        "brands" => FileKind::Brand,
        "rubrics" => FileKind::Rubric,
        "tracks" => FileKind::Track,
        _ => FileKind::Scenario,
    }
}

/// Deep enough for any sensible pack, shallow enough that a symlink loop ends quickly.
const MAX_DEPTH: usize = 6;

fn walk(root: &Path, dir: &Path, depth: usize, out: &mut Vec<PackFile>) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name == "images" && depth == 0 {
            continue;
        }
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_dir() {
            walk(root, &path, depth + 1, out);
        } else if name.ends_with(".ron") {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = read_limited(&path);
            out.push(PackFile {
                display: path.display().to_string(),
                kind: kind_of(&rel),
                rel,
                bytes,
            });
        }
    }
}

/// Reads a file, refusing anything far larger than a scenario could be without reading it all.
fn read_limited(path: &Path) -> Result<Cow<'static, [u8]>, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut buf = Vec::new();
    // One byte over the limit is enough for the size check to report it.
    file.take(super::parse::MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut buf)
        .map_err(|e| e.to_string())?;
    Ok(Cow::Owned(buf))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_paths_must_stay_inside_the_pack() {
        assert_eq!(check_image_path("memes/cat.png"), Ok(()));
        assert_eq!(check_image_path("../secret.png"), Err(ImagePathError::Escapes));
        assert_eq!(check_image_path("memes/../../x.png"), Err(ImagePathError::Escapes));
        assert_eq!(check_image_path("/etc/passwd"), Err(ImagePathError::Absolute));
        assert_eq!(check_image_path("C:\\x.png"), Err(ImagePathError::Absolute));
        assert_eq!(check_image_path("memes\\x.png"), Err(ImagePathError::Escapes));
        assert_eq!(check_image_path(" "), Err(ImagePathError::Empty));
    }

    #[test]
    fn folders_decide_the_kind() {
        assert_eq!(kind_of("brands/raideri.ron"), FileKind::Brand);
        assert_eq!(kind_of("rubrics/x.ron"), FileKind::Rubric);
        assert_eq!(kind_of("tracks/x.ron"), FileKind::Track);
        assert_eq!(kind_of("en/x.ron"), FileKind::Scenario);
        assert_eq!(kind_of("brands.ron"), FileKind::Scenario);
    }
}
