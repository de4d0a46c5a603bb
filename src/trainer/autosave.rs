//! Autosave of the scenario being edited, so a crash or a killed process loses at most a
//! couple of seconds of work. The file is offered back when the trainer area opens next.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::document::Document;
use crate::fsutil;
use crate::scenario::pack::PackSource;

/// Unsaved work, as kept on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Autosave {
    /// The document's file, if it had one.
    pub path: Option<PathBuf>,
    /// The pack folder it belonged to (`None`: built-in or none).
    pub pack: Option<PathBuf>,
    /// The unsaved text.
    pub text: String,
    /// When it was written (RFC 3339).
    pub saved_at: String,
}

impl Autosave {
    /// The autosave of a document.
    #[must_use]
    pub fn of(doc: &Document) -> Self {
        Autosave {
            path: doc.path.clone(),
            pack: match &doc.pack {
                PackSource::Dir(d) => Some(d.clone()),
                PackSource::BuiltIn => None,
            },
            text: doc.text().to_owned(),
            saved_at: jiff::Timestamp::now().to_string(),
        }
    }

    /// The document it holds, unsaved (its text differs from the file's). Undo goes back to
    /// the file as saved, never to an empty text.
    #[must_use]
    pub fn restore(self) -> Document {
        let pack = self.pack.map_or(PackSource::BuiltIn, PackSource::Dir);
        let on_disk = self.path.as_deref().and_then(|p| std::fs::read_to_string(p).ok());
        match on_disk {
            Some(saved) => {
                let mut doc = Document::from_text(saved, self.path, pack);
                doc.set_text(self.text, super::document::RESTORED, 0);
                doc
            }
            // Never saved (or the file is gone): all of it is unsaved work.
            None => Document::recovered(self.text, self.path, pack),
        }
    }
}

/// Why an autosave could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum AutosaveError {
    /// I/O error.
    #[error("{path}: {source}")]
    Io {
        /// The autosave file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// The file could not be read: not a regular file, too large, or refused.
    #[error(transparent)]
    Read(#[from] crate::fsutil::ReadError),
    /// The file is not an autosave (damaged); it is left in place for a human to look at.
    #[error("{path} is damaged: {detail}")]
    Damaged {
        /// The autosave file.
        path: PathBuf,
        /// The parser's message.
        detail: String,
    },
}

/// Where unsaved work is kept.
#[must_use]
pub fn file(data_dir: &Path) -> PathBuf {
    data_dir.join("editor").join("autosave.ron")
}

/// Writes unsaved work (atomically: a crash mid-write keeps the previous autosave).
///
/// # Errors
/// I/O errors.
pub fn write(data_dir: &Path, a: &Autosave) -> Result<(), AutosaveError> {
    let path = file(data_dir);
    let text =
        ron::ser::to_string_pretty(a, ron::ser::PrettyConfig::default()).map_err(|e| AutosaveError::Damaged {
            path: path.clone(),
            detail: e.to_string(),
        })?;
    fsutil::write_atomic(&path, text.as_bytes()).map_err(|source| AutosaveError::Io { path, source })
}

/// The largest autosave read: a scenario and the editor's state around it.
const MAX_AUTOSAVE_BYTES: u64 = 2 * (crate::scenario::parse::MAX_FILE_BYTES as u64);

/// Unsaved work from an earlier run, if any.
///
/// # Errors
/// The file exists but cannot be read or parsed.
pub fn load(data_dir: &Path) -> Result<Option<Autosave>, AutosaveError> {
    let path = file(data_dir);
    // Through fsutil: a FIFO left at this path must not freeze the app at start.
    let text = match fsutil::read_text(&path, MAX_AUTOSAVE_BYTES) {
        Ok(t) => t,
        Err(fsutil::ReadError::NotFound { .. }) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    ron::from_str(&text).map(Some).map_err(|e| AutosaveError::Damaged {
        path,
        detail: e.to_string(),
    })
}

/// Removes the autosave (after a save, or when the trainer discards it).
///
/// # Errors
/// I/O errors other than the file being absent.
pub fn clear(data_dir: &Path) -> Result<(), AutosaveError> {
    let path = file(data_dir);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(source) => Err(AutosaveError::Io { path, source }),
    }
}

/// Decides when to write: a short while after the last change, so typing is not slowed by
/// a disk write per key.
#[derive(Debug, Clone)]
pub struct Autosaver {
    /// Wait this long after a change (milliseconds).
    pub delay_ms: u64,
    written: u64,
    changed: Option<(u64, u64)>,
}

impl Autosaver {
    /// An autosaver that writes `delay_ms` after the last change.
    #[must_use]
    pub const fn new(delay_ms: u64) -> Self {
        Autosaver {
            delay_ms,
            written: 0,
            changed: None,
        }
    }

    /// Call every frame the editor is open. Returns `Ok(true)` when it wrote the autosave,
    /// and removes it when the document has no unsaved changes.
    ///
    /// # Errors
    /// I/O errors writing the autosave.
    pub fn tick(&mut self, doc: &Document, now_ms: u64, data_dir: &Path) -> Result<bool, AutosaveError> {
        let rev = doc.revision();
        if rev == self.written {
            return Ok(false);
        }
        if !doc.is_dirty() {
            self.written = rev;
            self.changed = None;
            clear(data_dir)?;
            return Ok(false);
        }
        let since = match self.changed {
            Some((r, t)) if r == rev => t,
            _ => {
                self.changed = Some((rev, now_ms));
                now_ms
            }
        };
        if now_ms.saturating_sub(since) < self.delay_ms {
            return Ok(false);
        }
        write(data_dir, &Autosave::of(doc))?;
        self.written = rev;
        Ok(true)
    }

    /// Is a write waiting for the delay to pass? (The UI then asks for a repaint.)
    #[must_use]
    pub fn pending(&self, doc: &Document) -> bool {
        doc.revision() != self.written && doc.is_dirty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Lang;

    #[test]
    fn unsaved_work_is_written_after_the_delay_and_restored() {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = Document::from_template(Lang::En);
        let mut saver = Autosaver::new(2_000);
        doc.edit(1, 0, |s| s.title = "Draft title".to_owned()).unwrap();
        assert!(!saver.tick(&doc, 10, dir.path()).unwrap());
        assert!(saver.pending(&doc));
        assert!(load(dir.path()).unwrap().is_none());
        assert!(saver.tick(&doc, 2_100, dir.path()).unwrap());
        let mut back = load(dir.path()).unwrap().unwrap().restore();
        assert_eq!(back.scenario().unwrap().title, "Draft title");
        assert!(back.is_dirty());
        assert!(!back.can_undo(), "nothing before the draft: undo must not empty it");
        back.undo();
        assert_eq!(back.scenario().unwrap().title, "Draft title");
        clear(dir.path()).unwrap();
        assert!(load(dir.path()).unwrap().is_none());
    }

    #[test]
    fn a_damaged_autosave_is_reported_not_lost() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("editor")).unwrap();
        std::fs::write(file(dir.path()), "(((").unwrap();
        assert!(matches!(load(dir.path()), Err(AutosaveError::Damaged { .. })));
        assert!(file(dir.path()).exists());
    }
}
