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
