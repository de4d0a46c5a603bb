//! The progress store: SQLite (WAL) in the data folder.
//!
//! Each attempt is written in one transaction when its feedback is shown, so killing the
//! process at any moment loses at most the attempt in progress. A file that is not a
//! database (or is damaged) is moved aside with a timestamped name and a fresh store is
//! started; a store written by a newer version is refused and left untouched.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use super::record::{Attempt, KeptStep, Override};
use super::schema::{MIGRATIONS, current_version};
use crate::play::session::Answer;
use crate::scoring::{CriterionResult, Mark, ScoreResult};
use crate::vocab::{Channel, Lang, Skill};

/// The store's file name inside the data folder.
pub const FILE_NAME: &str = "progress.sqlite3";

/// Why the store cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file was written by a newer Someaspa; it is left as it is.
    #[error(
        "the progress store at {path} was written by a newer version of Someaspa (schema {found}; this version reads up to {supported})"
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// A file-system problem (read-only folder, full disk, permissions).
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The data folder is a file (D22: this used to read "File exists").
    #[error("the data folder {path} is a file, not a folder")]
    NotAFolder {
        /// The path.
        path: PathBuf,
    },
    /// The store's path holds something SQLite must not open (a FIFO, a folder).
    #[error(transparent)]
    Read(crate::fsutil::ReadError),
    /// SQLite reported an error (full disk, read-only file, ...).
    #[error("progress store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A profile name that is empty, too long, or holds control characters.
    #[error("{0:?} is not a usable profile name")]
    BadProfileName(String),
    /// Stored data that cannot be read back (a hand-edited or damaged row).
    #[error("progress store: unreadable {what}: {detail}")]
    Corrupt {
        /// What was being read.
        what: &'static str,
        /// Why it failed.
        detail: String,
    },
}

/// What happened when the store was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// A new, empty store was created.
    Created,
    /// An existing store was opened (and migrated if it was older).
    Existing {
        /// Its schema version before opening.
        from_version: u32,
    },
    /// The old file could not be opened; it was moved aside and a new store created.
    MovedAside {
        /// Where the old file now is.
        to: PathBuf,
    },
}

/// A short view of an attempt, for dashboards, plans and lists.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Row id.
    pub id: i64,
    /// Unique id.
    pub uid: String,
    /// Scenario id.
    pub scenario: String,
    /// Title at the time.
    pub title: String,
    /// Language.
    pub lang: Lang,
    /// Skills.
    pub skills: Vec<Skill>,
    /// When it finished (RFC 3339).
    pub finished_at: String,
    /// 0–100.
    pub total: u8,
    /// Passed.
    pub passed: bool,
    /// A critical criterion failed (the total is capped).
    pub critical_failed: bool,
    /// Time taken.
    pub elapsed_ms: u64,
    /// The scenario's time limit.
    pub time_limit_s: Option<u32>,
    /// Where it came from.
    pub source: String,
    /// For an imported attempt: what re-scoring it here found.
    pub import_check: Option<super::record::ImportCheck>,
}

impl Summary {
    /// The score for a skill (see [`Attempt::skill_score`]).
    #[must_use]
    pub fn skill_score(&self, skill: Skill) -> f64 {
        super::record::skill_score(skill, self.total, self.elapsed_ms, self.time_limit_s)
    }

    /// Does it count towards mastery? An imported attempt that could not be re-scored here
    /// carries only the trainee's file's claim, which is never taken on trust.
    #[must_use]
    pub fn counts(&self) -> bool {
        self.import_check != Some(super::record::ImportCheck::NotRescored)
    }

    /// When it finished, parsed.
    #[must_use]
    pub fn finished(&self) -> Option<jiff::Timestamp> {
        self.finished_at.parse().ok()
    }
}

/// An attempt that cannot be read back (a hand-edited or damaged row).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    /// Row id.
    pub id: i64,
    /// Unique id.
    pub uid: String,
    /// Why it cannot be read.
    pub error: String,
}

/// The progress store.
#[derive(Debug)]
pub struct Store {
    pub(super) conn: Connection,
    path: Option<PathBuf>,
}

/// SQLite integers are i64; positions never come near the limit.
fn idx(i: usize) -> i64 {
    i64::try_from(i).unwrap_or(i64::MAX)
}

fn is_corruption(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
    )
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Moves a damaged store (and its WAL files) aside; returns the new name.
fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let stamp = jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string();
    let mut to = path.with_file_name(format!("{FILE_NAME}.corrupt-{stamp}"));
    let mut n = 1;
    while to.exists() {
        to = path.with_file_name(format!("{FILE_NAME}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    std::fs::rename(path, &to).map_err(io(path))?;
    for ext in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{ext}", path.display()));
        if side.exists() {
            let _ = std::fs::rename(&side, format!("{}{ext}", to.display()));
        }
    }
    Ok(to)
}

/// A path as the path part of an SQLite `file:` URI (`?`, `#` and `%` escaped).
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            '%' => out.push_str("%25"),
            c => out.push(c),
        }
    }
    out
}

/// An import check as stored; an unknown value reads as "not re-scored", the cautious one.
fn import_check(stored: Option<String>) -> Option<super::record::ImportCheck> {
    stored.map(|id| super::record::ImportCheck::from_id(&id).unwrap_or(super::record::ImportCheck::NotRescored))
}

/// The id of a profile, created if new; safe when another process creates it at the same
/// time (`INSERT ... ON CONFLICT DO NOTHING`, then read back).
pub(super) fn ensure_profile_in(conn: &Connection, name: &str) -> Result<i64, StoreError> {
    if !super::record::profile_name_ok(name) {
        return Err(StoreError::BadProfileName(name.to_owned()));
    }
    conn.execute(
        "INSERT INTO profiles (name, created_at, actor) VALUES (?1, ?2, ?3) ON CONFLICT(name) DO NOTHING",
        params![name, super::record::now(), super::record::new_uid()],
    )?;
    Ok(conn.query_row("SELECT id FROM profiles WHERE name = ?1", [name], |r| r.get(0))?)
}

/// Does the file start like an SQLite database?
fn looks_like_sqlite(path: &Path) -> Result<bool, StoreError> {
    use std::io::Read;
    // A FIFO or a folder where the store should be must be refused, not opened (a FIFO
    // would block every command, D2).
    crate::fsutil::check_regular(path, u64::MAX).map_err(StoreError::Read)?;
    let mut header = [0u8; 16];
    let mut f = std::fs::File::open(path).map_err(io(path))?;
    let n = f.read(&mut header).map_err(io(path))?;
    Ok(n == 0 || (n == 16 && &header == b"SQLite format 3\0"))
}

impl Store {
    /// Opens (or creates) the store in a data folder.
    ///
    /// # Errors
    /// A newer schema, or a file-system or SQLite problem that moving aside cannot fix.
    pub fn open(data_dir: &Path) -> Result<(Store, Opened), StoreError> {
        if data_dir.exists() && !data_dir.is_dir() {
            return Err(StoreError::NotAFolder {
                path: data_dir.to_path_buf(),
            });
        }
        std::fs::create_dir_all(data_dir).map_err(io(data_dir))?;
        let path = data_dir.join(FILE_NAME);
        let existed = path.exists();
        let mut moved = None;
        if existed && !looks_like_sqlite(&path)? {
            moved = Some(move_aside(&path)?);
        }
        let (store, from_version) = match Self::open_file(&path) {
            Ok(x) => x,
            Err(StoreError::Sqlite(e)) if is_corruption(&e) && moved.is_none() => {
                moved = Some(move_aside(&path)?);
                Self::open_file(&path)?
            }
            Err(e) => return Err(e),
        };
        let opened = match (moved, existed) {
            (Some(to), _) => Opened::MovedAside { to },
            (None, false) => Opened::Created,
            (None, true) => Opened::Existing { from_version },
        };
        Ok((store, opened))
    }

    fn open_file(path: &Path) -> Result<(Store, u32), StoreError> {
        // SQLite answers "busy" at once, without waiting, when two connections both hold a
        // read lock and both want to write (two processes switching one new file to WAL at
        // the same moment): waiting could deadlock, so one must start over. Opening is
        // idempotent, so it is simply tried again for as long as a busy timeout would wait.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            match Self::open_file_once(path) {
                Err(StoreError::Sqlite(e))
                    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
                        && std::time::Instant::now() < deadline =>
                {
                    log::debug!("{}: busy while opening, trying again", path.display());
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                other => return other,
            }
        }
    }

    fn open_file_once(path: &Path) -> Result<(Store, u32), StoreError> {
        // Read the version read-only first: a newer store must not be touched at all
        // (switching to WAL would already write to it).
        if path.exists() {
            let ro = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            // Another process may be creating the file or switching it to WAL right now
            // (two first attempts at once, D6): wait for it like the writing connection does.
            ro.busy_timeout(std::time::Duration::from_secs(10))?;
            let found: u32 = ro.pragma_query_value(None, "user_version", |r| r.get(0))?;
            // Reading the schema catches a damaged file before we write to it; quick_check
            // also walks the data pages, so damage past the first page is found now rather
            // than on every later read.
            let _: i64 = ro.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
            let check: String = ro.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
            if check != "ok" {
                return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                    Some(check),
                )));
            }
            if found > current_version() {
                return Err(StoreError::TooNew {
                    path: path.to_path_buf(),
                    found,
                    supported: current_version(),
                });
            }
        }
        let conn = Connection::open(path)?;
        let store = Store {
            conn,
            path: Some(path.to_path_buf()),
        };
        let from = store.prepare()?;
        Ok((store, from))
    }

    /// Opens the store of a data folder for reading only, for reports: nothing is written,
    /// not even SQLite's WAL index, so a read-only folder, a backup or a full disk can still
    /// be reported on (D11). A folder without a store reads as an empty one.
    ///
    /// # Errors
    /// A newer schema, or a damaged or unreadable file.
    pub fn open_read_only(data_dir: &Path) -> Result<Store, StoreError> {
        let path = data_dir.join(FILE_NAME);
        // `exists()` would read "permission denied" as "no store" and report an empty one.
        match path.try_exists() {
            Ok(true) => {}
            Ok(false) => return Store::in_memory(),
            Err(source) => return Err(StoreError::Io { path, source }),
        }
        crate::fsutil::check_regular(&path, u64::MAX).map_err(StoreError::Read)?;
        let ro = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let plain = Connection::open_with_flags(&path, ro).and_then(|c| {
            c.busy_timeout(std::time::Duration::from_secs(10))?;
            c.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
            Ok(c)
        });
        let conn = match plain {
            Ok(c) => c,
            // A WAL store in a folder we may not write to cannot get its index file;
            // `immutable` reads the file as it is, which is what a report of a backup wants.
            Err(_) => {
                let uri = format!("file:{}?immutable=1", uri_path(&path));
                let c = Connection::open_with_flags(uri, ro | OpenFlags::SQLITE_OPEN_URI)?;
                c.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
                c
            }
        };
        let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > current_version() {
            return Err(StoreError::TooNew {
                path,
                found,
                supported: current_version(),
            });
        }
        if found < current_version() {
            // Queries name the current schema's columns: an older store is migrated first,
            // which needs the usual (writing) open.
            drop(conn);
            return Store::open(data_dir).map(|(store, _)| store);
        }
        Ok(Store { conn, path: Some(path) })
    }

    /// A store in memory (when the data folder cannot be used; nothing is kept).
    ///
    /// # Errors
    /// Only if SQLite itself fails.
    pub fn in_memory() -> Result<Store, StoreError> {
        let store = Store {
            conn: Connection::open_in_memory()?,
            path: None,
        };
        store.prepare()?;
        Ok(store)
    }

    /// Opens a database at an older schema version (for migration tests).
    ///
    /// # Errors
    /// SQLite errors.
    pub fn create_at_version(path: &Path, version: u32) -> Result<(), StoreError> {
        let conn = Connection::open(path)?;
        for (i, sql) in MIGRATIONS.iter().enumerate().take(version as usize) {
            conn.execute_batch(sql)?;
            conn.pragma_update(None, "user_version", idx(i + 1))?;
        }
        Ok(())
    }

    /// Pragmas and migrations; returns the version found.
    fn prepare(&self) -> Result<u32, StoreError> {
        let c = &self.conn;
        // First of all: another process (the app and a CLI script, say) may hold a lock
        // while it creates or migrates the same store, and every statement below must wait
        // for it rather than fail.
        c.busy_timeout(std::time::Duration::from_secs(10))?;
        c.pragma_update(None, "journal_mode", "WAL")?;
        // NORMAL in WAL mode survives a process being killed; only power loss may drop the
        // last transaction, and never corrupts.
        c.pragma_update(None, "synchronous", "NORMAL")?;
        c.pragma_update(None, "foreign_keys", "ON")?;
        let found: u32 = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > current_version() {
            return Err(StoreError::TooNew {
                path: self.path.clone().unwrap_or_default(),
                found,
                supported: current_version(),
            });
        }
        if found < current_version() {
            // One writer migrates: BEGIN IMMEDIATE takes the write lock before reading the
            // version again, so a second process that raced us here sees our work and skips
            // it instead of failing with "table already exists" (D6).
            c.execute_batch("BEGIN IMMEDIATE")?;
            let migrated = (|| -> Result<(), StoreError> {
                let now: u32 = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
                for (i, sql) in MIGRATIONS.iter().enumerate().skip(now as usize) {
                    c.execute_batch(sql)?;
                    c.pragma_update(None, "user_version", idx(i + 1))?;
                }
                Ok(())
            })();
            match migrated {
                Ok(()) => c.execute_batch("COMMIT")?,
                Err(e) => {
                    // Nothing half-migrated is kept; the error says why.
                    let _ = c.execute_batch("ROLLBACK");
                    return Err(e);
                }
            }
        }
        Ok(found)
    }

    /// Where the store lives (`None` in memory).
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn version(&self) -> Result<u32, StoreError> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// `PRAGMA integrity_check` says "ok".
    ///
    /// # Errors
    /// SQLite errors.
    pub fn integrity_ok(&self) -> Result<bool, StoreError> {
        let s: String = self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(s == "ok")
    }

    /// The profiles, alphabetically.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn profiles(&self) -> Result<Vec<String>, StoreError> {
        let mut st = self
            .conn
            .prepare("SELECT name FROM profiles ORDER BY name COLLATE NOCASE")?;
        let rows = st.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The id of a profile, created if new.
    ///
    /// # Errors
    /// SQLite errors (e.g. a read-only store).
    pub fn ensure_profile(&self, name: &str) -> Result<i64, StoreError> {
        ensure_profile_in(&self.conn, name)
    }

    /// Keeps an attempt, all of it, in one transaction. Returns its row id, or `None` when
    /// an attempt with the same unique id is already kept (a re-import).
    ///
    /// # Errors
    /// SQLite errors (full disk, read-only file): nothing is kept then.
    pub fn record(&mut self, a: &Attempt) -> Result<Option<i64>, StoreError> {
        // The profile is created inside the attempt's own transaction, which takes the write
        // lock at once: two processes recording a new profile's first attempt at the same
        // moment both succeed, one creating the profile and the other finding it (D6).
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let id = record_in(&tx, a)?;
        tx.commit()?;
        Ok(id)
    }

    /// Keeps many attempts in one transaction: all of them or, on an error (a full disk),
    /// none, so an interrupted import never leaves half a file behind (D9). Returns how many
    /// were added and how many were already kept.
    ///
    /// # Errors
    /// SQLite errors: nothing is kept then.
    pub fn record_all(&mut self, attempts: &[Attempt]) -> Result<(usize, usize), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let (mut added, mut skipped) = (0, 0);
        for a in attempts {
            match record_in(&tx, a)? {
                Some(_) => added += 1,
                None => skipped += 1,
            }
        }
        tx.commit()?;
        Ok((added, skipped))
    }
}

/// Keeps one attempt inside an open transaction; `None` when it is already kept.
pub(super) fn record_in(tx: &rusqlite::Transaction<'_>, a: &Attempt) -> Result<Option<i64>, StoreError> {
    let profile = ensure_profile_in(tx, &a.profile)?;
    let skills = a.skills.iter().map(|s| s.id()).collect::<Vec<_>>().join(",");
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO attempts (uid, profile_id, scenario_id, scenario_version, scenario_title, lang, skills,
            started_at, finished_at, elapsed_ms, time_limit_s, total, passed, critical_failed, seed, source, import_check)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        params![
            a.uid,
            profile,
            a.scenario,
            a.version,
            a.title,
            a.lang.id(),
            skills,
            a.started_at,
            a.finished_at,
            i64::try_from(a.elapsed_ms).unwrap_or(i64::MAX),
            a.time_limit_s,
            a.total,
            a.passed,
            a.critical_failed,
            a.seed.map(|s| s.to_string()),
            a.source,
            a.import_check.map(super::record::ImportCheck::id),
        ],
    )?;
    if inserted == 0 {
        return Ok(None);
    }
    let attempt_id = tx.last_insert_rowid();
    for (i, s) in a.steps.iter().enumerate() {
        let answer = serde_json::to_string(&s.answer).unwrap_or_default();
        tx.execute(
            "INSERT INTO attempt_steps (attempt_id, idx, step_id, channel, answer, total, passed, critical_failed, elapsed_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                attempt_id,
                idx(i),
                s.step,
                s.channel.id(),
                answer,
                s.result.total,
                s.result.passed,
                s.result.critical_failed,
                i64::try_from(s.elapsed_ms).unwrap_or(i64::MAX),
            ],
        )?;
        let step_row = tx.last_insert_rowid();
        for (j, c) in s.result.criteria.iter().enumerate() {
            tx.execute(
                "INSERT INTO criterion_results (step_row, idx, criterion_id, label, result, points, max, critical, cap, evidence, message, shown)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    step_row,
                    idx(j),
                    c.id,
                    c.label,
                    c.result.id(),
                    c.points,
                    c.max,
                    c.critical,
                    c.cap,
                    serde_json::to_string(&c.evidence).unwrap_or_default(),
                    serde_json::to_string(&c.message).unwrap_or_default(),
                    s.shown.get(j).cloned().unwrap_or_default(),
                ],
            )?;
            if let Some(Some(o)) = s.overrides.get(j) {
                tx.execute(
                    "INSERT INTO overrides (criterion_row, result, comment, reviewer, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![tx.last_insert_rowid(), o.result.id(), o.comment, o.reviewer, o.at],
                )?;
            }
        }
    }
    Ok(Some(attempt_id))
}

impl Store {
    /// Summaries of a profile's attempts, oldest first.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn summaries(&self, profile: &str) -> Result<Vec<Summary>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT a.id, a.uid, a.scenario_id, a.scenario_title, a.lang, a.skills, a.finished_at, a.total, a.passed,
                    a.elapsed_ms, a.time_limit_s, a.source, a.critical_failed, a.import_check
             FROM attempts a JOIN profiles p ON p.id = a.profile_id
             WHERE p.name = ?1 ORDER BY a.finished_at, a.id",
        )?;
        let rows = st.query_map([profile], |r| {
            Ok(Summary {
                id: r.get(0)?,
                uid: r.get(1)?,
                scenario: r.get(2)?,
                title: r.get(3)?,
                lang: r.get::<_, String>(4)?.parse().unwrap_or(Lang::En),
                skills: r
                    .get::<_, String>(5)?
                    .split(',')
                    .filter_map(|s| s.parse().ok())
                    .collect(),
                finished_at: r.get(6)?,
                total: r.get(7)?,
                passed: r.get(8)?,
                elapsed_ms: u64::try_from(r.get::<_, i64>(9)?).unwrap_or(0),
                time_limit_s: r.get(10)?,
                source: r.get(11)?,
                critical_failed: r.get(12)?,
                import_check: import_check(r.get(13)?),
            })
        })?;
        // One hand-edited or damaged row must not hide every other attempt (D10): it is
        // left out here and named by `damaged_attempts`.
        Ok(rows
            .filter_map(|row| {
                row.map_err(|e| log::warn!("{FILE_NAME}: an attempt of {profile} is unreadable: {e}"))
                    .ok()
            })
            .collect())
    }

    /// The attempts of a profile that cannot be read back, with the reason: reports leave
    /// them out and say so.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn damaged_attempts(&self, profile: &str) -> Result<Vec<Damaged>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT a.id, a.uid FROM attempts a JOIN profiles p ON p.id = a.profile_id
             WHERE p.name = ?1 ORDER BY a.finished_at, a.id",
        )?;
        let ids: Vec<(i64, String)> = st
            .query_map([profile], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for (id, uid) in ids {
            if let Err(e) = self.attempt(id) {
                out.push(Damaged {
                    id,
                    uid,
                    error: e.to_string(),
                });
            }
        }
        Ok(out)
    }

    /// A whole attempt, steps, criteria and overrides included.
    ///
    /// # Errors
    /// SQLite errors, or a row that cannot be read back.
    pub fn attempt(&self, id: i64) -> Result<Option<Attempt>, StoreError> {
        let head = self
            .conn
            .query_row(
                "SELECT a.uid, p.name, a.scenario_id, a.scenario_version, a.scenario_title, a.lang, a.skills, a.started_at,
                        a.finished_at, a.elapsed_ms, a.time_limit_s, a.total, a.passed, a.critical_failed, a.seed, a.source,
                        a.import_check
                 FROM attempts a JOIN profiles p ON p.id = a.profile_id WHERE a.id = ?1",
                [id],
                |r| {
                    Ok(Attempt {
                        uid: r.get(0)?,
                        profile: r.get(1)?,
                        scenario: r.get(2)?,
                        version: r.get(3)?,
                        title: r.get(4)?,
                        lang: r.get::<_, String>(5)?.parse().unwrap_or(Lang::En),
                        skills: r.get::<_, String>(6)?.split(',').filter_map(|s| s.parse().ok()).collect(),
                        started_at: r.get(7)?,
                        finished_at: r.get(8)?,
                        elapsed_ms: u64::try_from(r.get::<_, i64>(9)?).unwrap_or(0),
                        time_limit_s: r.get(10)?,
                        total: r.get(11)?,
                        passed: r.get(12)?,
                        critical_failed: r.get(13)?,
                        seed: r.get::<_, Option<String>>(14)?.and_then(|s| s.parse().ok()),
                        steps: Vec::new(),
                        source: r.get(15)?,
                        import_check: import_check(r.get(16)?),
                    })
                },
            )
            .optional()?;
        let Some(mut attempt) = head else { return Ok(None) };
        attempt.steps = self.steps_of(id)?;
        Ok(Some(attempt))
    }

    fn steps_of(&self, attempt_id: i64) -> Result<Vec<KeptStep>, StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, step_id, channel, answer, total, passed, critical_failed, elapsed_ms
             FROM attempt_steps WHERE attempt_id = ?1 ORDER BY idx",
        )?;
        #[expect(
            clippy::type_complexity,
            reason = "one private row, read and destructured right here"
        )]
        let heads: Vec<(i64, String, String, String, u8, bool, bool, i64)> = st
            .query_map([attempt_id], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })?
            .collect::<Result<_, _>>()?;
        let mut out = Vec::with_capacity(heads.len());
        for (row, step, channel, answer, total, passed, critical_failed, elapsed) in heads {
            let answer: Answer = serde_json::from_str(&answer).map_err(|e| StoreError::Corrupt {
                what: "answer",
                detail: e.to_string(),
            })?;
            let (criteria, shown, overrides) = self.criteria_of(row)?;
            out.push(KeptStep {
                step,
                channel: channel.parse().unwrap_or(Channel::X),
                answer,
                result: ScoreResult {
                    total,
                    passed,
                    critical_failed,
                    criteria,
                },
                shown,
                overrides,
                elapsed_ms: u64::try_from(elapsed).unwrap_or(0),
            });
        }
        Ok(out)
    }

    #[expect(clippy::type_complexity, reason = "a private row tuple")]
    fn criteria_of(
        &self,
        step_row: i64,
    ) -> Result<(Vec<CriterionResult>, Vec<String>, Vec<Option<Override>>), StoreError> {
        let mut st = self.conn.prepare_cached(
            "SELECT c.criterion_id, c.label, c.result, c.points, c.max, c.critical, c.cap, c.evidence, c.message, c.shown,
                    o.result, o.comment, o.reviewer, o.created_at
             FROM criterion_results c LEFT JOIN overrides o ON o.criterion_row = c.id
             WHERE c.step_row = ?1 ORDER BY c.idx",
        )?;
        let mut criteria = Vec::new();
        let mut shown = Vec::new();
        let mut overrides = Vec::new();
        let rows = st.query_map([step_row], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, f64>(3)?,
                r.get::<_, f64>(4)?,
                r.get::<_, bool>(5)?,
                r.get::<_, u8>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
                r.get::<_, Option<String>>(10)?,
                r.get::<_, Option<String>>(11)?,
                r.get::<_, Option<String>>(12)?,
                r.get::<_, Option<String>>(13)?,
            ))
        })?;
        for row in rows {
            let (id, label, result, points, max, critical, cap, evidence, message, seen, o_res, o_com, o_by, o_at) =
                row?;
            let corrupt = |what: &'static str, e: String| StoreError::Corrupt { what, detail: e };
            criteria.push(CriterionResult {
                id,
                label,
                result: Mark::from_id(&result).ok_or_else(|| corrupt("result", result.clone()))?,
                points,
                max,
                critical,
                cap,
                evidence: serde_json::from_str(&evidence).map_err(|e| corrupt("evidence", e.to_string()))?,
                message: serde_json::from_str(&message).map_err(|e| corrupt("message", e.to_string()))?,
            });
            shown.push(seen);
            overrides.push(match (o_res, o_com, o_by, o_at) {
                (Some(r), Some(comment), Some(reviewer), Some(at)) => Some(Override {
                    result: Mark::from_id(&r).ok_or_else(|| corrupt("override", r.clone()))?,
                    comment,
                    reviewer,
                    at,
                }),
                _ => None,
            });
        }
        Ok((criteria, shown, overrides))
    }

    /// Every attempt of a profile in full, oldest first (exports).
    ///
    /// # Errors
    /// SQLite errors.
    pub fn attempts(&self, profile: &str) -> Result<Vec<Attempt>, StoreError> {
        let mut out = Vec::new();
        for s in self.summaries(profile)? {
            match self.attempt(s.id) {
                Ok(Some(a)) => out.push(a),
                Ok(None) => {}
                // Left out, as in `summaries`; `damaged_attempts` names it.
                Err(e) => log::warn!("{FILE_NAME}: attempt {} is unreadable: {e}", s.uid),
            }
        }
        Ok(out)
    }

    /// Sets (or, with `None`, removes) a trainer's override of one criterion result.
    ///
    /// # Errors
    /// SQLite errors; an unknown attempt, step or criterion is an error too.
    pub fn set_override(
        &mut self,
        attempt_id: i64,
        step: usize,
        criterion: usize,
        o: Option<&Override>,
    ) -> Result<(), StoreError> {
        let row: Option<i64> = self
            .conn
            .query_row(
                "SELECT c.id FROM criterion_results c JOIN attempt_steps s ON s.id = c.step_row
                 WHERE s.attempt_id = ?1 AND s.idx = ?2 AND c.idx = ?3",
                params![attempt_id, idx(step), idx(criterion)],
                |r| r.get(0),
            )
            .optional()?;
        let row = row.ok_or(StoreError::Corrupt {
            what: "criterion",
            detail: format!("attempt {attempt_id} step {step} criterion {criterion}"),
        })?;
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM overrides WHERE criterion_row = ?1", [row])?;
        if let Some(o) = o {
            tx.execute(
                "INSERT INTO overrides (criterion_row, result, comment, reviewer, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![row, o.result.id(), o.comment, o.reviewer, o.at],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// All overrides with the automatic result and the reply, for calibration:
    /// (criterion id, automatic, trainer's, attempt id, reply).
    ///
    /// # Errors
    /// SQLite errors.
    pub fn reviewed(&self) -> Result<Vec<Reviewed>, StoreError> {
        let mut st = self.conn.prepare(
            "SELECT c.criterion_id, c.result, o.result, o.comment, s.attempt_id, s.answer, a.scenario_title
             FROM overrides o JOIN criterion_results c ON c.id = o.criterion_row
             JOIN attempt_steps s ON s.id = c.step_row JOIN attempts a ON a.id = s.attempt_id
             ORDER BY c.criterion_id, o.created_at",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (criterion, auto, human, comment, attempt, answer, title) = row?;
            let answer: Answer = serde_json::from_str(&answer).unwrap_or(Answer::Text(String::new()));
            out.push(Reviewed {
                criterion,
                automatic: Mark::from_id(&auto).unwrap_or(Mark::Na),
                trainer: Mark::from_id(&human).unwrap_or(Mark::Na),
                comment,
                attempt,
                reply: answer.as_text().to_owned(),
                title,
            });
        }
        Ok(out)
    }

    /// Every attempt of every profile, newest first (the trainer's review list).
    ///
    /// # Errors
    /// SQLite errors.
    pub fn all_attempts(&self) -> Result<Vec<AttemptRow>, StoreError> {
        let mut st = self.conn.prepare(
            "SELECT a.id, p.name, a.scenario_title, a.finished_at, a.total, a.source
             FROM attempts a JOIN profiles p ON p.id = a.profile_id ORDER BY a.finished_at DESC, a.id DESC",
        )?;
        let rows = st.query_map([], |r| {
            Ok(AttemptRow {
                id: r.get(0)?,
                profile: r.get(1)?,
                title: r.get(2)?,
                finished_at: r.get(3)?,
                total: r.get(4)?,
                source: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// One line of the trainer's list of attempts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptRow {
    /// Row id.
    pub id: i64,
    /// The trainee.
    pub profile: String,
    /// The scenario's title.
    pub title: String,
    /// When it finished (RFC 3339).
    pub finished_at: String,
    /// 0–100.
    pub total: u8,
    /// Where it came from.
    pub source: String,
}

/// A reviewed criterion result, for calibration.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviewed {
    /// The criterion.
    pub criterion: String,
    /// The scorer's result.
    pub automatic: Mark,
    /// The trainer's result.
    pub trainer: Mark,
    /// The trainer's comment.
    pub comment: String,
    /// The attempt's row id.
    pub attempt: i64,
    /// The reply that was graded.
    pub reply: String,
    /// The scenario's title.
    pub title: String,
}
