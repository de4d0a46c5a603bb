//! The trainer PIN: set on first use and kept only as an argon2 hash.
//!
//! The PIN keeps trainees out of the editor and the review tools on a shared machine. It is
//! not an account system: whoever can delete the hash file can set a new PIN, and the note
//! in the issue says so.

use std::path::{Path, PathBuf};

use argon2::password_hash::PasswordHasher;
use argon2::{Argon2, PasswordVerifier};

use crate::fsutil;

/// The shortest PIN accepted.
pub const MIN_LEN: usize = 4;

/// Why a PIN could not be set or checked.
#[derive(Debug, thiserror::Error)]
pub enum PinError {
    /// Too short or not digits only.
    #[error("a PIN has at least {MIN_LEN} digits and nothing else")]
    Weak,
    /// The two entries differ.
    #[error("the PINs do not match")]
    Mismatch,
    /// The stored hash is not a PHC string (the file was edited or damaged).
    #[error("the stored PIN hash at {path} is damaged: {detail}")]
    Damaged {
        /// The hash file.
        path: PathBuf,
        /// What argon2 said.
        detail: String,
    },
    /// Hashing failed.
    #[error("could not hash the PIN: {0}")]
    Hash(String),
    /// The hash file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The hash file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// Where the PIN hash lives in the data folder.
#[must_use]
pub fn pin_path(data_dir: &Path) -> PathBuf {
    data_dir.join("trainer.pin")
}

/// Is a PIN set in this data folder?
#[must_use]
pub fn is_set(data_dir: &Path) -> bool {
    pin_path(data_dir).is_file()
}

/// Checks a new PIN and its confirmation.
///
/// # Errors
/// [`PinError::Weak`] or [`PinError::Mismatch`].
pub fn check_new(pin: &str, again: &str) -> Result<(), PinError> {
    if pin.chars().count() < MIN_LEN || !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::Weak);
    }
    if pin != again {
        return Err(PinError::Mismatch);
    }
    Ok(())
}

/// The argon2id hash of a PIN as a PHC string (random salt).
///
/// # Errors
/// [`PinError::Hash`] when argon2 fails.
pub fn hash(pin: &str) -> Result<String, PinError> {
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| PinError::Hash(e.to_string()))
}

/// Sets the PIN (after [`check_new`]): writes its hash atomically.
///
/// # Errors
/// A weak or mismatched PIN, or an I/O error.
pub fn set(data_dir: &Path, pin: &str, again: &str) -> Result<(), PinError> {
    check_new(pin, again)?;
    let path = pin_path(data_dir);
    let phc = hash(pin)?;
    fsutil::write_private(&path, format!("{phc}\n").as_bytes()).map_err(|source| PinError::Io { path, source })
}

/// The most memory (KiB) a stored hash may ask for: four times argon2's default.
const MAX_M_COST_KIB: u32 = 4 * argon2::Params::DEFAULT_M_COST;
/// The most passes a stored hash may ask for.
const MAX_T_COST: u32 = 16;
/// The most lanes a stored hash may ask for.
const MAX_P_COST: u32 = 8;

/// Does `pin` match the stored hash?
///
/// # Errors
/// The hash file cannot be read or is damaged.
pub fn verify(data_dir: &Path, pin: &str) -> Result<bool, PinError> {
    let path = pin_path(data_dir);
    let stored = crate::fsutil::read_text(&path, 4096).map_err(|e| PinError::Damaged {
        path: path.clone(),
        detail: e.to_string(),
    })?;
    let damaged = |detail: String| PinError::Damaged {
        path: path.clone(),
        detail,
    };
    let hash = argon2::PasswordHash::new(stored.trim()).map_err(|e| damaged(e.to_string()))?;
    // The cost comes from the file: a crafted file asking for gigabytes of memory or hours
    // of work must not hang the login. Nothing Someaspa writes comes near these bounds.
    let params = argon2::Params::try_from(&hash).map_err(|e| damaged(e.to_string()))?;
    if params.m_cost() > MAX_M_COST_KIB || params.t_cost() > MAX_T_COST || params.p_cost() > MAX_P_COST {
        return Err(damaged(format!(
            "cost m={}, t={}, p={} is far above what Someaspa writes",
            params.m_cost(),
            params.t_cost(),
            params.p_cost()
        )));
    }
    match Argon2::default().verify_password(pin.as_bytes(), &hash) {
        Ok(()) => Ok(true),
        Err(argon2::password_hash::Error::PasswordInvalid) => Ok(false),
        Err(e) => Err(PinError::Damaged {
            path,
            detail: e.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pin_is_kept_only_as_a_hash_and_verifies() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!is_set(dir.path()));
        assert!(matches!(set(dir.path(), "12", "12"), Err(PinError::Weak)));
        assert!(matches!(set(dir.path(), "12a4", "12a4"), Err(PinError::Weak)));
        assert!(matches!(set(dir.path(), "1234", "1243"), Err(PinError::Mismatch)));
        set(dir.path(), "2468", "2468").unwrap();
        let stored = std::fs::read_to_string(pin_path(dir.path())).unwrap();
        assert!(stored.starts_with("$argon2id$"), "{stored}");
        assert!(!stored.contains("2468"));
        assert!(verify(dir.path(), "2468").unwrap());
        assert!(!verify(dir.path(), "2469").unwrap());
    }

    #[test]
    fn a_damaged_hash_file_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(pin_path(dir.path()), "not a hash").unwrap();
        assert!(matches!(verify(dir.path(), "1234"), Err(PinError::Damaged { .. })));
        // A hash asking for 4 GiB and 100,000 passes is refused before argon2 runs.
        std::fs::write(
            pin_path(dir.path()),
            "$argon2id$v=19$m=4194304,t=100000,p=1$c2FsdHNhbHRzYWx0$YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXoxMjM0NTY",
        )
        .unwrap();
        assert!(matches!(verify(dir.path(), "1234"), Err(PinError::Damaged { .. })));
    }
}
