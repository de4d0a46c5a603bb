//! The outbox of statements for the Learning Record Store: written in the same transaction
//! as the attempt they describe, read and marked by the sender. The store knows nothing of
//! xAPI: a statement is an id and its JSON text.

use rusqlite::{OptionalExtension, params};

use super::record::Attempt;
use super::store::{Store, StoreError, ensure_profile_in, record_in};

/// A statement waiting to be sent (or sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    /// The statement's id (a UUID made here: the LRS keeps one copy however often it is sent).
    pub id: String,
    /// The statement as JSON.
    pub json: String,
}

/// How the outbox stands.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct OutboxStatus {
    /// Statements waiting.
    pub queued: u64,
    /// Statements the LRS has.
    pub sent: u64,
    /// When the sender last tried (RFC 3339).
    pub last_try_at: Option<String>,
    /// When the sender last succeeded (RFC 3339).
    pub last_success_at: Option<String>,
    /// Why the last try failed, if it did.
    pub last_error: Option<String>,
}

impl Store {
    /// Keeps an attempt and its statements in one transaction: both or neither.
    ///
    /// # Errors
    /// SQLite errors: nothing is kept then.
    pub fn record_with(&mut self, a: &Attempt, statements: &[Outgoing]) -> Result<Option<i64>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let id = record_in(&tx, a)?;
        // An attempt kept before (an import of it again) queues nothing new either.
        if id.is_some() {
            queue_in(&tx, statements, Some(&a.uid))?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// Keeps many attempts, each with its statements, in one transaction.
    ///
    /// # Errors
    /// SQLite errors: nothing is kept then.
    pub fn record_all_with(&mut self, items: &[(Attempt, Vec<Outgoing>)]) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for (a, statements) in items {
            if record_in(&tx, a)?.is_some() {
                queue_in(&tx, statements, Some(&a.uid))?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Queues statements that belong to no attempt (a completed track).
    ///
    /// # Errors
    /// SQLite errors.
    pub fn queue(&mut self, statements: &[Outgoing]) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        queue_in(&tx, statements, None)?;
        tx.commit()?;
        Ok(())
    }

    /// The pseudonymous actor id of a profile (created with the profile).
    ///
    /// # Errors
    /// SQLite errors.
    pub fn actor_of(&self, profile: &str) -> Result<String, StoreError> {
        ensure_profile_in(&self.conn, profile)?;
        Ok(self
            .conn
            .query_row("SELECT actor FROM profiles WHERE name = ?1", [profile], |r| r.get(0))?)
    }

    /// The oldest statements not sent yet, up to `limit`.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn pending(&self, limit: usize) -> Result<Vec<Outgoing>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, statement FROM outbox WHERE sent_at IS NULL ORDER BY created_at, rowid LIMIT ?1")?;
        let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
            Ok(Outgoing {
                id: r.get(0)?,
                json: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks statements as received by the LRS and notes the success.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn mark_sent(&mut self, ids: &[String]) -> Result<(), StoreError> {
        let now = super::record::now();
        let tx = self.conn.transaction()?;
        for id in ids {
            tx.execute(
                "UPDATE outbox SET sent_at = ?2, tries = tries + 1, last_error = NULL WHERE id = ?1",
                params![id, now],
            )?;
        }
        tx.execute(
            "UPDATE sync_state SET last_try_at = ?1, last_success_at = ?1, last_error = NULL WHERE id = 1",
            [&now],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Notes a failed try for these statements (they stay queued) and why.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn mark_failed(&mut self, ids: &[String], error: &str) -> Result<(), StoreError> {
        let now = super::record::now();
        let tx = self.conn.transaction()?;
        for id in ids {
            tx.execute(
                "UPDATE outbox SET tries = tries + 1, last_error = ?2 WHERE id = ?1",
                params![id, error],
            )?;
        }
        tx.execute(
            "UPDATE sync_state SET last_try_at = ?1, last_error = ?2 WHERE id = 1",
            params![now, error],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Queued, sent, and how the last try went.
    ///
    /// # Errors
    /// SQLite errors.
    pub fn outbox_status(&self) -> Result<OutboxStatus, StoreError> {
        let (queued, sent): (i64, i64) = self.conn.query_row(
            "SELECT COUNT(*) FILTER (WHERE sent_at IS NULL), COUNT(*) FILTER (WHERE sent_at IS NOT NULL) FROM outbox",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let state = self
            .conn
            .query_row(
                "SELECT last_try_at, last_success_at, last_error FROM sync_state WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (last_try_at, last_success_at, last_error) = state.unwrap_or((None, None, None));
        Ok(OutboxStatus {
            queued: u64::try_from(queued).unwrap_or(0),
            sent: u64::try_from(sent).unwrap_or(0),
            last_try_at,
            last_success_at,
            last_error,
        })
    }
}

fn queue_in(tx: &rusqlite::Transaction<'_>, statements: &[Outgoing], attempt: Option<&str>) -> Result<(), StoreError> {
    let now = super::record::now();
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO outbox (id, statement, attempt_uid, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for s in statements {
        insert.execute(params![s.id, s.json, attempt, now])?;
    }
    Ok(())
}
