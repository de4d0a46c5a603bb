//! The user's settings: language, theme, text size, profile, hints.
//!
//! Stored as `settings.ron` in the data folder and written the moment something changes
//! (eframe's own auto-save runs only while frames are drawn and not on SIGTERM). A file that
//! cannot be read is reported and replaced by defaults in memory, never overwritten unless
//! the user changes a setting.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::fsutil;
use crate::scenario::pack::PackSource;
use crate::vocab::Lang;

/// Light, dark, or follow the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// The user's settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Light, dark or system.
    pub theme: Theme,
    /// Text size as a zoom factor (1.0 = normal).
    pub text_scale: f32,
    /// The active profile's name.
    pub profile: String,
    /// Show which criteria a draft meets while typing.
    pub live_hints: bool,
    /// The last scenario opened (for "continue where I left off").
    pub last_scenario: Option<String>,
    /// Pack folders outside the data folder that the trainer saved scenarios into; loaded
    /// at start like `--scenarios DIR`, so a scenario saved there stays in the library.
    pub pack_folders: Vec<std::path::PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::En,
            theme: Theme::System,
            text_scale: 1.0,
            profile: String::new(),
            live_hints: false,
            last_scenario: None,
            pack_folders: Vec::new(),
        }
    }
}

/// Text sizes offered in the settings.
pub const TEXT_SCALES: [f32; 4] = [0.9, 1.0, 1.15, 1.3];

/// Why settings could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// Reading or writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The file is not valid settings.
    #[error("{path}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// What ron said.
        message: String,
    },
}

/// The largest settings file read; real ones are a few hundred bytes.
const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;

impl Settings {
    /// The settings file inside a data folder.
    #[must_use]
    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join("settings.ron")
    }

    /// Reads the settings; a missing file gives the defaults.
    ///
    /// # Errors
    /// When the file exists but cannot be read or parsed.
    pub fn load(data_dir: &Path) -> Result<Settings, SettingsError> {
        let path = Self::path(data_dir);
        let text = match fsutil::read_text(&path, MAX_SETTINGS_BYTES) {
            Ok(t) => t,
            Err(fsutil::ReadError::NotFound { .. }) => return Ok(Settings::default()),
            Err(e) => {
                return Err(SettingsError::Parse {
                    path,
                    message: e.to_string(),
                });
            }
        };
        Self::from_text(&text).map_err(|message| SettingsError::Parse { path, message })
    }

    /// Parses settings text, with out-of-range values brought into range.
    ///
    /// # Errors
    /// ron's explanation when the text is not settings.
    pub fn from_text(text: &str) -> Result<Settings, String> {
        let mut s: Settings = ron::from_str(text).map_err(|e| e.to_string())?;
        if !s.text_scale.is_finite() {
            s.text_scale = 1.0;
        }
        s.text_scale = s.text_scale.clamp(0.75, 2.0);
        Ok(s)
    }

    /// Writes the settings atomically.
    ///
    /// # Errors
    /// When the folder or file cannot be written.
    pub fn save(&self, data_dir: &Path) -> Result<(), SettingsError> {
        let path = Self::path(data_dir);
        // Never write an empty file in place of settings that failed to serialise.
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).map_err(|e| SettingsError::Parse {
                path: path.clone(),
                message: e.to_string(),
            })?;
        fsutil::write_atomic(&path, text.as_bytes()).map_err(|source| SettingsError::Io { path, source })
    }
}

/// The packs the app loads, in one place for the app and every command: the built-in
/// pack, each folder under `<data>/packs`, the folders given with `--scenarios`, and the
/// folders the trainer saved into (`pack_folders` in the settings).
#[must_use]
pub fn pack_sources(settings: &Settings, data_dir: Option<&Path>, extra: &[PathBuf]) -> Vec<PackSource> {
    let mut folders = extra.to_vec();
    for p in &settings.pack_folders {
        if !folders.contains(p) {
            folders.push(p.clone());
        }
    }
    crate::scenario::library::default_sources(data_dir, &folders)
}

/// [`pack_sources`] for a command: the settings are read from the data folder. Unreadable
/// settings are logged and their folders left out (the command still runs; the app shows
/// the same problem as a notice).
#[must_use]
pub fn command_pack_sources(data_dir: Option<&Path>, extra: &[PathBuf]) -> Vec<PackSource> {
    let settings = match data_dir {
        Some(dir) => Settings::load(dir).unwrap_or_else(|e| {
            log::warn!("settings not read, their pack folders are left out: {e}");
            Settings::default()
        }),
        None => Settings::default(),
    };
    pack_sources(&settings, data_dir, extra)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_missing_file() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), Settings::default());
        let s = Settings {
            lang: Lang::Fi,
            theme: Theme::Dark,
            text_scale: 1.15,
            profile: "Anna".into(),
            live_hints: true,
            last_scenario: Some("x".into()),
            pack_folders: vec!["/srv/packs/brand".into()],
        };
        s.save(dir.path()).unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), s);
    }

    #[test]
    fn a_broken_file_is_an_error_not_a_crash() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(Settings::path(dir.path()), "((((").unwrap();
        assert!(matches!(Settings::load(dir.path()), Err(SettingsError::Parse { .. })));
    }
}
