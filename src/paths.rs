//! Where user data lives on this machine.

use std::path::PathBuf;

/// The platform data folder for profiles, progress and packs
/// (e.g. `~/.local/share/someaspa` on Linux), if the platform has one.
#[must_use]
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("fi", "Someaspa", "someaspa").map(|d| d.data_dir().to_path_buf())
}

/// The data folder to use: the one given on the command line, else the platform's.
#[must_use]
pub fn data_dir(given: Option<&PathBuf>) -> Option<PathBuf> {
    given.cloned().or_else(default_data_dir)
}
