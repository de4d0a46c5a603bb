//! Packs: where scenario files come from, and the images they may use.
//!
//! A pack is the built-in one (compiled in) or a folder on disk. Images resolve inside the
//! pack's `images/` folder only: a scenario from a shared pack must not be able to read
//! `../../.ssh/id_rsa` by calling it an avatar.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use crate::assets;
use crate::fsutil;
use crate::i18n::Msg;

/// Where a pack lives.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
    /// Its bytes, or the reason it could not be read (or was not read).
    pub bytes: Result<Cow<'static, [u8]>, Msg>,
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
    /// A symlink that resolves outside the pack's images folder.
    #[error("image is a symlink out of the pack")]
    Symlink,
    /// A folder, FIFO or device where an image should be.
    #[error("image is not a regular file")]
    NotAFile,
    /// Larger than any picture in a scenario should be.
    #[error("image is too large")]
    TooLarge,
    /// Not a PNG file (pictures are PNG).
    #[error("image is not a PNG file")]
    NotPng,
}

/// The first bytes of every PNG file.
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

impl ImagePathError {
    /// The Fluent id explaining this error to a trainer.
    #[must_use]
    pub const fn msg_id(self) -> &'static str {
        match self {
            ImagePathError::Empty => "val-image-empty",
            ImagePathError::Absolute => "val-image-absolute",
            ImagePathError::Escapes => "val-image-escapes",
            ImagePathError::Missing => "val-image-missing",
            ImagePathError::Symlink => "val-image-symlink",
            ImagePathError::NotAFile => "val-image-not-file",
            ImagePathError::TooLarge => "val-image-too-large",
            ImagePathError::NotPng => "val-image-not-png",
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
                    return Err(ImagePathError::Symlink);
                }
                let bytes = fsutil::read_file(&real, MAX_IMAGE_BYTES).map_err(|e| match e {
                    fsutil::ReadError::NotAFile { .. } => ImagePathError::NotAFile,
                    fsutil::ReadError::TooLarge { .. } => ImagePathError::TooLarge,
                    _ => ImagePathError::Missing,
                })?;
                if !bytes.starts_with(PNG_SIGNATURE) {
                    return Err(ImagePathError::NotPng);
                }
                Ok(Cow::Owned(bytes))
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

/// The largest image a pack may carry: a phone photo is a few megabytes.
pub const MAX_IMAGE_BYTES: u64 = 8 * 1024 * 1024;

/// A file the walk met but did not read, with the reason, so nothing is skipped silently.
fn skipped(root: &Path, path: &Path, why: Msg) -> PackFile {
    let rel = path
        .strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    PackFile {
        display: path.display().to_string(),
        kind: kind_of(&rel),
        rel,
        bytes: Err(why),
    }
}

/// Is `path` (after resolving symlinks) still inside the pack's root?
fn inside(root: &Path, path: &Path) -> bool {
    match (root.canonicalize(), path.canonicalize()) {
        (Ok(r), Ok(p)) => p.starts_with(r),
        _ => false,
    }
}

fn walk(root: &Path, dir: &Path, depth: usize, out: &mut Vec<PackFile>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(skipped(
                root,
                dir,
                Msg::new("load-folder-unreadable").with("error", e.to_string()),
            ));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.push(skipped(
                    root,
                    dir,
                    Msg::new("load-folder-unreadable").with("error", e.to_string()),
                ));
                continue;
            }
        };
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Hidden files (editor swap files, .git) and the images folder are not pack files.
        if name.starts_with('.') || name == "images" && depth == 0 {
            continue;
        }
        let Ok(ft) = entry.file_type() else { continue };
        let is_ron = std::path::Path::new(&*name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        // A symlink may point anywhere: a shared pack must not read files outside itself.
        if ft.is_symlink() && !inside(root, &path) {
            if is_ron || path.is_dir() {
                out.push(skipped(root, &path, Msg::new("load-symlink-outside")));
            }
            continue;
        }
        // A link to another file or folder of the same pack would load the same scenarios
        // twice (a "duplicate id" that names neither link): its target is read where it is.
        if ft.is_symlink() {
            if is_ron || path.is_dir() {
                out.push(skipped(root, &path, Msg::new("load-symlink-inside")));
            }
            continue;
        }
        if path.is_dir() {
            if depth + 1 > MAX_DEPTH {
                out.push(skipped(
                    root,
                    &path,
                    Msg::new("load-too-deep").num("max", MAX_DEPTH as f64),
                ));
            } else {
                walk(root, &path, depth + 1, out);
            }
        } else if is_ron {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            let bytes = fsutil::read_file(&path, super::parse::MAX_FILE_BYTES as u64)
                .map(Cow::Owned)
                .map_err(|e| e.short_msg());
            out.push(PackFile {
                display: path.display().to_string(),
                kind: kind_of(&rel),
                rel,
                bytes,
            });
        }
    }
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
