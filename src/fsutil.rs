//! Reading and writing files safely: reads refuse what is not a regular file and check the
//! size first; writes never leave half a file behind after a crash or a full disk.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically: to a temporary file in the same folder, flushed to
/// disk, then renamed over the target. Creates the folder if needed.
///
/// A report or a scenario is an ordinary document: a new file gets the usual permissions
/// (0666 under the user's umask), a replaced one keeps its own. A symlink is followed, so the
/// file it points to is replaced and the link stays; a device or a pipe (`--out
/// /dev/stdout`) is written to, not replaced (D21).
///
/// # Errors
/// Any I/O error; the target is then untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_with_mode(path, bytes, None)
}

/// Like [`write_atomic`], for files only the user may read (the trainer PIN's hash, the
/// learning record store's secret): created with mode 0600 whatever the umask.
///
/// # Errors
/// Any I/O error; the target is then untouched.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_with_mode(path, bytes, Some(0o600))
}

fn write_with_mode(path: &Path, bytes: &[u8], private: Option<u32>) -> std::io::Result<()> {
    // A device, pipe or terminal (`--out /dev/stdout` into a pipe) is written in place:
    // it has no folder to hold a temporary file, and its link may not canonicalise
    // (`/proc/self/fd/1 -> pipe:[…]`), so this is decided before resolving links (D21).
    if let Ok(m) = std::fs::metadata(path)
        && !m.is_file()
        && !m.is_dir()
    {
        return std::fs::OpenOptions::new().write(true).open(path)?.write_all(bytes);
    }
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let target = if is_link {
        std::fs::canonicalize(path)?
    } else {
        path.to_owned()
    };
    let existing = std::fs::metadata(&target).ok();
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = private.unwrap_or_else(|| existing.as_ref().map_or(0o666, |m| m.permissions().mode() & 0o7777));
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = (private, &existing);
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// Keeps a copy of an existing file as `<name>.bak` before it is replaced.
///
/// # Errors
/// Any I/O error.
pub fn backup(path: &Path) -> std::io::Result<()> {
    if path.is_file() {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".bak");
        std::fs::copy(path, path.with_file_name(name))?;
    }
    Ok(())
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Nothing is there.
    #[error("{path}: no such file")]
    NotFound {
        /// The path.
        path: PathBuf,
    },
    /// Something is there, but not a regular file: reading a FIFO or a device could block
    /// forever or never end, and a folder has no bytes.
    #[error("{path}: is a {kind}, not a regular file")]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// `directory`, `fifo`, `device`, `socket` or `other`.
        kind: &'static str,
    },
    /// Larger than anything of this kind could sensibly be.
    #[error("{path}: {size} bytes, more than the {limit} allowed")]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The operating system refused.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl ReadError {
    /// The message to show, in the user's language.
    #[must_use]
    pub fn msg(&self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            ReadError::NotFound { path } => Msg::new("file-not-found").with("path", path.display().to_string()),
            ReadError::NotAFile { path, kind } => Msg::new("file-not-regular")
                .with("path", path.display().to_string())
                .with("kind", *kind),
            ReadError::TooLarge { path, size, limit } => Msg::new("file-too-large")
                .with("path", path.display().to_string())
                .num("size", kib(*size))
                .num("limit", kib(*limit)),
            ReadError::Io { path, source } => Msg::new("file-io")
                .with("path", path.display().to_string())
                .with("error", source.to_string()),
        }
    }

    /// The same message without the path, for places that show the path themselves
    /// (`file:line:col: message`).
    #[must_use]
    pub fn short_msg(&self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        match self {
            ReadError::NotFound { .. } => Msg::new("file-short-not-found"),
            ReadError::NotAFile { kind, .. } => Msg::new("file-short-not-regular").with("kind", *kind),
            ReadError::TooLarge { size, limit, .. } => Msg::new("file-short-too-large")
                .num("size", kib(*size))
                .num("limit", kib(*limit)),
            ReadError::Io { source, .. } => Msg::new("file-short-io").with("error", source.to_string()),
        }
    }
}

/// Kibibytes, rounded up so that a file just over the limit never reads as equal to it.
#[expect(clippy::cast_precision_loss, reason = "file sizes far below 2^52")]
fn kib(bytes: u64) -> f64 {
    bytes.div_ceil(1024) as f64
}

/// What kind of non-regular file this is, for messages.
fn kind_of(ft: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "fifo";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "device";
        }
        if ft.is_socket() {
            return "socket";
        }
    }
    if ft.is_dir() { "directory" } else { "other" }
}

/// Checks that `path` is a regular file (following symlinks) no larger than `limit`.
///
/// # Errors
/// When it is missing, not a regular file, or too large.
pub fn check_regular(path: &Path, limit: u64) -> Result<u64, ReadError> {
    let meta = std::fs::metadata(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => ReadError::NotFound { path: path.to_owned() },
        _ => ReadError::Io {
            path: path.to_owned(),
            source,
        },
    })?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile {
            path: path.to_owned(),
            kind: kind_of(meta.file_type()),
        });
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            path: path.to_owned(),
            size: meta.len(),
            limit,
        });
    }
    Ok(meta.len())
}

/// Reads a regular file of at most `limit` bytes.
///
/// Everything the app reads from disk goes through here: a FIFO, a device or a folder
/// where a file is expected is refused before it is opened (opening a FIFO blocks until
/// someone writes to it), and the size is checked before a byte is read, so a 2 GB file
/// named like a scenario costs a `stat`, not 2 GB of memory.
///
/// # Errors
/// When the path is missing, not a regular file, too large, or unreadable.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let size = check_regular(path, limit)?;
    let io = |source| ReadError::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    // The file may have grown since the check: never read more than one byte past the limit.
    let mut buf = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(limit + 1).read_to_end(&mut buf).map_err(io)?;
    if buf.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            path: path.to_owned(),
            size: buf.len() as u64,
            limit,
        });
    }
    Ok(buf)
}

/// Strips a UTF-8 byte-order mark (Windows Notepad writes one): it is not part of the text.
#[must_use]
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Reads a regular file of at most `limit` bytes as UTF-8 text, without a byte-order mark.
///
/// # Errors
/// As [`read_file`]; invalid UTF-8 is an `InvalidData` I/O error naming the byte offset.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    let mut bytes = read_file(path, limit)?;
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| ReadError::Io {
        path: path.to_owned(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, e.utf8_error()),
    })
}
