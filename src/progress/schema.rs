//! The store's schema as a list of migrations; `PRAGMA user_version` says how many ran.
//!
//! Never edit a migration that has shipped: add a new one. The store refuses to open a file
//! whose version is newer than the last migration here (written by a newer Someaspa).

/// Migration `n` brings the schema from version `n` to `n + 1`.
pub const MIGRATIONS: &[&str] = &[
    // 1: profiles and attempts, with every step and every criterion result.
    r"
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        profile_id INTEGER NOT NULL REFERENCES profiles(id),
        scenario_id TEXT NOT NULL,
        scenario_version TEXT NOT NULL,
        scenario_title TEXT NOT NULL,
        lang TEXT NOT NULL,
        skills TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        elapsed_ms INTEGER NOT NULL,
        time_limit_s INTEGER,
        total INTEGER NOT NULL,
        passed INTEGER NOT NULL,
        critical_failed INTEGER NOT NULL
    );
    CREATE INDEX attempts_by_profile ON attempts(profile_id, finished_at);
    CREATE TABLE attempt_steps (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        step_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        answer TEXT NOT NULL,
        total INTEGER NOT NULL,
        passed INTEGER NOT NULL,
        critical_failed INTEGER NOT NULL,
        elapsed_ms INTEGER NOT NULL
    );
    CREATE INDEX steps_by_attempt ON attempt_steps(attempt_id);
    CREATE TABLE criterion_results (
        id INTEGER PRIMARY KEY,
        step_row INTEGER NOT NULL REFERENCES attempt_steps(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        criterion_id TEXT NOT NULL,
        label TEXT,
        result TEXT NOT NULL,
        points REAL NOT NULL,
        max REAL NOT NULL,
        critical INTEGER NOT NULL,
        cap INTEGER NOT NULL,
        evidence TEXT NOT NULL,
        message TEXT NOT NULL,
        shown TEXT NOT NULL
    );
    CREATE INDEX criteria_by_step ON criterion_results(step_row);
    ",
    // 2: the seed of each attempt's variable draw, and where an attempt came from (imports).
    r"
    ALTER TABLE attempts ADD COLUMN seed TEXT;
    ALTER TABLE attempts ADD COLUMN source TEXT NOT NULL DEFAULT 'local';
    ",
    // 3: trainers' overrides of automatic results, kept beside them.
    r"
    CREATE TABLE overrides (
        id INTEGER PRIMARY KEY,
        criterion_row INTEGER NOT NULL UNIQUE REFERENCES criterion_results(id) ON DELETE CASCADE,
        result TEXT NOT NULL,
        comment TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    ",
    // 4: how an imported attempt was checked on this machine (re-scored, differs from the
    // trainee's file, or not re-scored); NULL for attempts played here.
    r"
    ALTER TABLE attempts ADD COLUMN import_check TEXT;
    ",
    // 5: the Learning Record Store. Each profile gets a pseudonymous actor id (what leaves
    // the machine instead of the name), and statements wait in an outbox, written in the
    // same transaction as their attempt, until the LRS has them.
    r"
    ALTER TABLE profiles ADD COLUMN actor TEXT;
    UPDATE profiles SET actor = lower(hex(randomblob(16))) WHERE actor IS NULL;
    CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        statement TEXT NOT NULL,
        attempt_uid TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        tries INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
    );
    CREATE INDEX outbox_pending ON outbox(sent_at, created_at);
    CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_try_at TEXT,
        last_success_at TEXT,
        last_error TEXT
    );
    INSERT INTO sync_state (id) VALUES (1);
    ",
];

/// The schema version this build writes.
#[must_use]
pub fn current_version() -> u32 {
    u32::try_from(MIGRATIONS.len()).unwrap_or(u32::MAX)
}
