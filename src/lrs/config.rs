//! The connection to the organisation's Learning Record Store, per data folder:
//! `<data>/lrs.ron` (endpoint, key, activity base IRI, what may leave the machine) and the
//! secret in `<data>/lrs.secret`, written with user-only permissions (0600) and never put
//! in logs, exports or error messages.
//!
//! No OS keyring is used: the app must also work on machines without a running keyring
//! service (a shared training PC, CI), and a 0600 file in the user's own data folder gives
//! the same protection against other users of the machine.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::fsutil;

/// The connection settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LrsConfig {
    /// The xAPI endpoint, ending before `statements` (Ralph: `http://host:8100/xAPI/`,
    /// SQL LRS: `https://host/xapi/`).
    pub endpoint: String,
    /// The Basic-auth key (user name).
    pub key: String,
    /// Activity ids are IRIs under this base (`<base>/scenarios/<id>`).
    pub activity_base: String,
    /// The organisation's home page: actors are accounts under it.
    pub home_page: String,
    /// Send the text of written replies (off by default: replies can hold what customers
    /// wrote about themselves).
    pub send_replies: bool,
    /// Send the profile's name beside its pseudonymous id (off by default).
    pub send_names: bool,
}

impl Default for LrsConfig {
    fn default() -> Self {
        LrsConfig {
            endpoint: String::new(),
            key: String::new(),
            activity_base: "https://someaspa.example/xapi".to_owned(),
            home_page: "https://someaspa.example".to_owned(),
            send_replies: false,
            send_names: false,
        }
    }
}

/// The largest settings and secret files read.
const MAX_BYTES: u64 = 64 * 1024;

/// Why the connection settings could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Reading failed.
    #[error("{0}")]
    Read(#[from] fsutil::ReadError),
    /// The file is not valid.
    #[error("{path}: {detail}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// Writing failed.
    #[error("{path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// A setting is not usable.
    #[error("{0}")]
    Setting(String),
}

impl LrsConfig {
    /// Where the settings live.
    #[must_use]
    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join("lrs.ron")
    }

    /// Where the secret lives.
    #[must_use]
    pub fn secret_path(data_dir: &Path) -> PathBuf {
        data_dir.join("lrs.secret")
    }

    /// The settings of a data folder; `None` when no LRS is set up there.
    ///
    /// # Errors
    /// The file exists but cannot be read or parsed.
    pub fn load(data_dir: &Path) -> Result<Option<LrsConfig>, ConfigError> {
        let path = Self::path(data_dir);
        let text = match fsutil::read_text(&path, MAX_BYTES) {
            Ok(t) => t,
            Err(fsutil::ReadError::NotFound { .. }) => return Ok(None),
            Err(e) => return Err(e.into()),
        };
        let c: LrsConfig = crate::format::ron_options()
            .from_str(&text)
            .map_err(|e| ConfigError::Invalid {
                path,
                detail: e.to_string(),
            })?;
        Ok(Some(c))
    }

    /// Checks the settings: an http(s) endpoint, a key, IRIs for the base and home page.
    ///
    /// # Errors
    /// What is not usable.
    pub fn check(&self) -> Result<(), ConfigError> {
        let iri = |s: &str| s.starts_with("https://") || s.starts_with("http://");
        if !iri(&self.endpoint) {
            return Err(ConfigError::Setting(format!(
                "the endpoint must start with http:// or https:// (got \"{}\")",
                self.endpoint
            )));
        }
        if self.key.trim().is_empty() {
            return Err(ConfigError::Setting("the key is empty".to_owned()));
        }
        if !iri(&self.activity_base) || !iri(&self.home_page) {
            return Err(ConfigError::Setting(
                "the activity base and the home page must be http(s) addresses".to_owned(),
            ));
        }
        Ok(())
    }

    /// Writes the settings (atomically).
    ///
    /// # Errors
    /// Invalid settings or I/O errors.
    pub fn save(&self, data_dir: &Path) -> Result<(), ConfigError> {
        self.check()?;
        let path = Self::path(data_dir);
        let text =
            ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).map_err(|e| ConfigError::Invalid {
                path: path.clone(),
                detail: e.to_string(),
            })?;
        fsutil::write_atomic(&path, text.as_bytes()).map_err(|source| ConfigError::Write { path, source })
    }

    /// The statements endpoint (`<endpoint>/statements`).
    #[must_use]
    pub fn statements_url(&self) -> String {
        format!("{}/statements", self.endpoint.trim_end_matches('/'))
    }
}

/// A secret that never shows in a log, a debug print or an error message.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

/// Reads the secret of a data folder (`None` when none is stored).
///
/// # Errors
/// The file exists but cannot be read.
pub fn load_secret(data_dir: &Path) -> Result<Option<String>, ConfigError> {
    match fsutil::read_text(&LrsConfig::secret_path(data_dir), MAX_BYTES) {
        Ok(t) => Ok(Some(t.trim_end_matches(['\n', '\r']).to_owned())),
        Err(fsutil::ReadError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// Stores the secret with user-only permissions.
///
/// # Errors
/// I/O errors.
pub fn save_secret(data_dir: &Path, secret: &str) -> Result<(), ConfigError> {
    let path = LrsConfig::secret_path(data_dir);
    fsutil::write_private(&path, secret.as_bytes()).map_err(|source| ConfigError::Write { path, source })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

    use super::*;

    #[test]
    fn settings_round_trip_and_the_secret_is_user_only() {
        let dir = tempfile::tempdir().unwrap();
        assert!(LrsConfig::load(dir.path()).unwrap().is_none());
        let c = LrsConfig {
            endpoint: "http://127.0.0.1:8100/xAPI/".to_owned(),
            key: "ci".to_owned(),
            ..LrsConfig::default()
        };
        c.save(dir.path()).unwrap();
        assert_eq!(LrsConfig::load(dir.path()).unwrap(), Some(c.clone()));
        assert_eq!(c.statements_url(), "http://127.0.0.1:8100/xAPI/statements");
        save_secret(dir.path(), "s3cret").unwrap();
        assert_eq!(load_secret(dir.path()).unwrap().as_deref(), Some("s3cret"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(LrsConfig::secret_path(dir.path()))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let bad = LrsConfig {
            endpoint: "ftp://x".to_owned(),
            ..c
        };
        assert!(bad.save(dir.path()).is_err());
    }
}
