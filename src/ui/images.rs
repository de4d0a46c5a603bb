//! Pack images for egui: drawing code asks, the effects step reads.
//!
//! Screens draw from `&View`, so [`Images::source`] takes `&self`: a cached picture is
//! returned at once, a missing one is noted and read from its pack after the frame by
//! [`Images::load_wanted`] (called only from the effects module), so no file is read while
//! drawing. Pictures are keyed by the pack's folder, not its position in the library (a
//! pack added in front would shift the positions), and the egui URI carries a generation
//! that changes when the library is reloaded: egui's bytes loader keeps the first bytes it
//! saw for a URI, so an edited picture needs a new one.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::scenario::Library;
use crate::scenario::pack::PackSource;

/// Image bytes of the packs, read once per library and kept for egui's loaders.
#[derive(Default)]
pub struct Images {
    /// Bumped on every library reload; part of every URI.
    generation: u64,
    /// (pack, path) → bytes, or `None` when the picture could not be read.
    cache: RefCell<HashMap<(PackSource, String), Option<egui::load::Bytes>>>,
    /// Pictures asked for this frame and not read yet: (pack index, path).
    wanted: RefCell<BTreeSet<(usize, String)>>,
}

impl Images {
    /// The picture of a pack, if it has been read; otherwise `None` for now, and it is read
    /// after the frame.
    pub fn source(&self, library: &Library, pack: usize, path: &str) -> Option<egui::ImageSource<'static>> {
        let source = &library.packs.get(pack)?.source;
        let key = (source.clone(), path.to_owned());
        match self.cache.borrow().get(&key) {
            Some(Some(bytes)) => {
                return Some(egui::ImageSource::Bytes {
                    uri: self.uri(source, path).into(),
                    bytes: bytes.clone(),
                });
            }
            Some(None) => return None,
            None => {}
        }
        self.wanted.borrow_mut().insert((pack, path.to_owned()));
        None
    }

    /// Are pictures waiting to be read?
    #[must_use]
    pub fn has_wanted(&self) -> bool {
        !self.wanted.borrow().is_empty()
    }

    /// Reads the pictures asked for since the last call. Effects only: this reads files.
    pub fn load_wanted(&mut self, library: &Library) {
        let wanted = std::mem::take(self.wanted.get_mut());
        let cache = self.cache.get_mut();
        for (pack, path) in wanted {
            let Some(p) = library.packs.get(pack) else { continue };
            let bytes = match p.source.image(&path) {
                Ok(std::borrow::Cow::Borrowed(b)) => Some(egui::load::Bytes::Static(b)),
                Ok(std::borrow::Cow::Owned(v)) => Some(egui::load::Bytes::Shared(Arc::from(v))),
                Err(e) => {
                    // Validation reports a missing or bad picture with its place; the screen
                    // shows the alt text or initials instead.
                    log::warn!("image {path} of pack {}: {e}", p.source.name());
                    None
                }
            };
            cache.insert((p.source.clone(), path), bytes);
        }
    }

    /// Forgets every picture (the library was reloaded: packs may have moved or changed).
    pub fn reset(&mut self) {
        self.generation += 1;
        self.cache.get_mut().clear();
        self.wanted.get_mut().clear();
    }

    fn uri(&self, source: &PackSource, path: &str) -> String {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        source.hash(&mut h);
        format!("bytes://g{}/{:016x}/{path}", self.generation, h.finish())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

    use super::*;

    fn pack_with_picture(root: &std::path::Path, name: &str, tag: u8) -> std::path::PathBuf {
        let dir = root.join(name);
        std::fs::create_dir_all(dir.join("images")).unwrap();
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.push(tag);
        std::fs::write(dir.join("images").join("logo.png"), png).unwrap();
        dir
    }

    fn bytes(src: egui::ImageSource<'static>) -> Vec<u8> {
        match src {
            egui::ImageSource::Bytes { bytes, .. } => bytes.to_vec(),
            _ => Vec::new(),
        }
    }

    /// Issue 14 (audit #6): pictures were cached by the pack's position in the library, so a
    /// pack added in front (saving a first scenario, importing a pack) made another pack's
    /// picture appear. Keyed by the pack, each picture stays its own pack's.
    #[test]
    fn a_pack_added_in_front_does_not_take_another_packs_picture() {
        let tmp = tempfile::tempdir().unwrap();
        let b = pack_with_picture(tmp.path(), "b", 2);
        let before = Library::load(&[PackSource::BuiltIn, PackSource::Dir(b.clone())]);
        let mut images = Images::default();
        assert!(images.source(&before, 1, "logo.png").is_none(), "read after the frame");
        images.load_wanted(&before);
        assert_eq!(bytes(images.source(&before, 1, "logo.png").unwrap()).last(), Some(&2));

        // Pack "a" sorts in front of "b": "b" moves from position 1 to 2.
        let a = pack_with_picture(tmp.path(), "a", 1);
        let after = Library::load(&[PackSource::BuiltIn, PackSource::Dir(a), PackSource::Dir(b)]);
        let first = images.source(&after, 1, "logo.png");
        assert!(first.is_none(), "pack a's picture is not b's cached one");
        images.load_wanted(&after);
        assert_eq!(bytes(images.source(&after, 1, "logo.png").unwrap()).last(), Some(&1));
        assert_eq!(bytes(images.source(&after, 2, "logo.png").unwrap()).last(), Some(&2));
    }

    /// egui keeps the first bytes it saw for a URI: after a reload the URI must change.
    #[test]
    fn a_reload_gives_pictures_new_uris() {
        let tmp = tempfile::tempdir().unwrap();
        let b = pack_with_picture(tmp.path(), "b", 2);
        let lib = Library::load(&[PackSource::BuiltIn, PackSource::Dir(b)]);
        let mut images = Images::default();
        let _ = images.source(&lib, 1, "logo.png");
        images.load_wanted(&lib);
        let uri = |s: Option<egui::ImageSource<'static>>| match s {
            Some(egui::ImageSource::Bytes { uri, .. }) => uri.to_string(),
            _ => String::new(),
        };
        let first = uri(images.source(&lib, 1, "logo.png"));
        images.reset();
        let _ = images.source(&lib, 1, "logo.png");
        images.load_wanted(&lib);
        let second = uri(images.source(&lib, 1, "logo.png"));
        assert!(!first.is_empty() && !second.is_empty());
        assert_ne!(first, second);
    }
}
