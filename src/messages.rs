//! The core's errors in the user's language. Library code returns `thiserror` enums whose
//! `Display` is English (for logs); the front ends show [`Localize::msg`] instead, so a
//! Finnish user reads Finnish. Operating-system causes are named by their kind (not found,
//! permission denied, disk full, …), not by the OS's English text.

use std::io;
use std::path::Path;

use crate::fsutil::ReadError;
use crate::i18n::Msg;
use crate::lrs::LrsError;
use crate::lrs::config::ConfigError as LrsConfigError;
use crate::progress::StoreError;
use crate::progress::export::ExchangeError;
use crate::settings::SettingsError;
use crate::shift::ShiftError;
use crate::trainer::autosave::AutosaveError;
use crate::trainer::document::DocumentError;
use crate::trainer::packs::PackError;
use crate::trainer::pin::PinError;

/// An error that can say what went wrong in the user's language.
pub trait Localize {
    /// The message.
    fn msg(&self) -> Msg;
}

/// An operating-system error at a path, by its kind.
#[must_use]
pub fn io_msg(path: &Path, e: &io::Error) -> Msg {
    let kind = match e.kind() {
        io::ErrorKind::NotFound => "not-found",
        io::ErrorKind::PermissionDenied => "permission",
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => "full",
        io::ErrorKind::ReadOnlyFilesystem => "read-only",
        io::ErrorKind::AlreadyExists => "exists",
        io::ErrorKind::IsADirectory => "is-folder",
        io::ErrorKind::NotADirectory => "not-folder",
        _ => "other",
    };
    Msg::new("err-io")
        .with("path", path.display().to_string())
        .with("kind", kind)
        .with("detail", e.to_string())
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

impl Localize for ReadError {
    fn msg(&self) -> Msg {
        ReadError::msg(self)
    }
}

impl Localize for StoreError {
    fn msg(&self) -> Msg {
        match self {
            StoreError::TooNew { .. } => Msg::new("store-too-new"),
            StoreError::Io { path: p, source } => io_msg(p, source),
            StoreError::NotAFolder { path: p } => Msg::new("err-not-a-folder").with("path", path(p)),
            StoreError::Read(e) => e.msg(),
            StoreError::BadProfileName(n) => Msg::new("err-profile-name").with("name", n.clone()).num(
                "max",
                u32::try_from(crate::progress::record::MAX_PROFILE_NAME_CHARS).unwrap_or(80),
            ),
            StoreError::Sqlite(e) => Msg::new("err-store-sqlite").with("detail", e.to_string()),
            StoreError::Corrupt { what, detail } => Msg::new("err-store-corrupt")
                .with("what", *what)
                .with("detail", detail.clone()),
        }
    }
}

impl Localize for SettingsError {
    fn msg(&self) -> Msg {
        match self {
            SettingsError::Io { path: p, source } => io_msg(p, source),
            SettingsError::Parse { path: p, message } => Msg::new("err-file-invalid")
                .with("path", path(p))
                .with("detail", message.clone()),
        }
    }
}

impl Localize for DocumentError {
    fn msg(&self) -> Msg {
        match self {
            DocumentError::Serialize(d) => Msg::new("err-doc-serialize").with("detail", d.clone()),
            DocumentError::Io { path: p, source } => io_msg(p, source),
            DocumentError::Read(e) => e.msg(),
            DocumentError::ChangedOnDisk(p) => Msg::new("err-doc-changed").with("path", path(p)),
            DocumentError::NoPath => Msg::new("err-doc-no-path"),
        }
    }
}

impl Localize for PackError {
    fn msg(&self) -> Msg {
        match self {
            PackError::NotEmpty(p) => Msg::new("err-pack-not-empty").with("path", path(p)),
            PackError::Nothing => Msg::new("err-pack-nothing"),
            PackError::Unknown(id) => Msg::new("err-pack-unknown").with("id", id.clone()),
            PackError::Invalid(n) => Msg::new("err-pack-invalid").num("count", u32::try_from(*n).unwrap_or(u32::MAX)),
            PackError::Clash { kind, id } => Msg::new("err-pack-clash").with("kind", *kind).with("id", id.clone()),
            PackError::Io { path: p, source } => io_msg(p, source),
            PackError::Read(e) => e.msg(),
            PackError::Ron(d) => Msg::new("err-pack-ron").with("detail", d.clone()),
        }
    }
}

impl Localize for PinError {
    fn msg(&self) -> Msg {
        match self {
            PinError::Weak => {
                Msg::new("trainer-pin-weak").num("min", u32::try_from(crate::trainer::pin::MIN_LEN).unwrap_or(4))
            }
            PinError::Mismatch => Msg::new("trainer-pin-mismatch"),
            PinError::Damaged { path: p, .. } => Msg::new("err-pin-damaged").with("path", path(p)),
            PinError::Hash(d) => Msg::new("err-pin-hash").with("detail", d.clone()),
            PinError::Io { path: p, source } => io_msg(p, source),
        }
    }
}

impl Localize for AutosaveError {
    fn msg(&self) -> Msg {
        match self {
            AutosaveError::Io { path: p, source } => io_msg(p, source),
            AutosaveError::Read(e) => e.msg(),
            AutosaveError::Damaged { path: p, detail } => Msg::new("err-file-invalid")
                .with("path", path(p))
                .with("detail", detail.clone()),
        }
    }
}

impl Localize for ExchangeError {
    fn msg(&self) -> Msg {
        match self {
            ExchangeError::Store(e) => e.msg(),
            ExchangeError::Io(e) => Msg::new("err-io-bare").with("detail", e.to_string()),
            ExchangeError::Read(e) => e.msg(),
            ExchangeError::Csv(e) => Msg::new("err-csv").with("detail", e.to_string()),
            ExchangeError::Json(d) => Msg::new("err-json").with("detail", d.clone()),
            ExchangeError::NotAnExport(d) => Msg::new("err-not-an-export").with("detail", d.clone()),
            ExchangeError::TooNew(v) => Msg::new("err-export-too-new").num("version", *v),
            ExchangeError::Invalid { index, uid, problem } => Msg::new("err-export-invalid")
                .num("index", u32::try_from(*index).unwrap_or(u32::MAX))
                .with("uid", uid.clone())
                .with("detail", problem.clone()),
        }
    }
}

impl Localize for ShiftError {
    fn msg(&self) -> Msg {
        match self {
            ShiftError::NoScenarios(lang) => Msg::new("err-shift-no-scenarios").with("lang", lang.id()),
            ShiftError::NotArrived => Msg::new("err-shift-not-arrived"),
            ShiftError::AlreadyHandled => Msg::new("err-shift-handled"),
            ShiftError::Over => Msg::new("err-shift-over"),
            other => Msg::new("err-shift-other").with("detail", other.to_string()),
        }
    }
}

impl Localize for LrsError {
    fn msg(&self) -> Msg {
        match self {
            LrsError::Unreachable(d) => Msg::new("err-lrs-unreachable").with("detail", d.clone()),
            LrsError::Auth(s) => Msg::new("err-lrs-auth").num("status", *s),
            LrsError::Rejected { status, body } => Msg::new("err-lrs-rejected")
                .num("status", *status)
                .with("detail", body.clone()),
            LrsError::Invalid(d) => Msg::new("err-lrs-invalid").with("detail", d.clone()),
        }
    }
}

impl Localize for crate::lrs::sync::SyncError {
    fn msg(&self) -> Msg {
        match self {
            crate::lrs::sync::SyncError::Store(e) => e.msg(),
        }
    }
}

impl Localize for LrsConfigError {
    fn msg(&self) -> Msg {
        match self {
            LrsConfigError::Read(e) => e.msg(),
            LrsConfigError::Invalid { path: p, detail } => Msg::new("err-file-invalid")
                .with("path", path(p))
                .with("detail", detail.clone()),
            LrsConfigError::Write { path: p, source } => io_msg(p, source),
            LrsConfigError::Setting(d) => Msg::new("err-lrs-setting").with("detail", d.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Localizer;
    use crate::vocab::Lang;

    #[test]
    fn a_finnish_user_reads_the_cause_in_finnish() {
        let e = StoreError::NotAFolder { path: "/tmp/x".into() };
        let fi = Localizer::new(Lang::Fi).msg(&e.msg());
        assert!(fi.contains("datakansio"), "{fi}");
        let full = io::Error::from(io::ErrorKind::StorageFull);
        let fi = Localizer::new(Lang::Fi).msg(&io_msg(Path::new("/tmp/a"), &full));
        assert!(fi.contains("levy on täynnä"), "{fi}");
        let en = Localizer::new(Lang::En).msg(&LrsError::Auth(401).msg());
        assert!(en.contains("refused the key and secret"), "{en}");
    }
}
