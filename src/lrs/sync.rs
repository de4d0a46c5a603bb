//! Sending the outbox: batches of the oldest statements, each marked sent when the LRS took
//! it. A failure leaves the batch queued with its reason; the same ids are sent again later,
//! and the LRS keeps one copy of each.

use std::time::Duration;

use super::client::{Client, LrsError};
use crate::progress::{Store, StoreError};

/// Statements per request.
pub const BATCH: usize = 200;

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct SyncReport {
    /// Statements the LRS took in this run.
    pub sent: u64,
    /// Statements still queued afterwards.
    pub queued: u64,
    /// Why it stopped early, if it did.
    pub error: Option<String>,
    /// The credentials were refused: do not try again until the settings change.
    pub auth_failed: bool,
    /// The failure itself, for a message in the user's language.
    #[serde(skip)]
    pub failure: Option<LrsError>,
}

/// Why a sync could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The progress store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Sends everything queued, batch by batch, until the outbox is empty or a batch fails.
/// `progress` is told the number sent so far after each batch.
///
/// # Errors
/// Store errors (a network error is a report, not an error: it is expected).
pub fn sync(store: &mut Store, client: &Client, mut progress: impl FnMut(u64)) -> Result<SyncReport, SyncError> {
    let mut report = SyncReport::default();
    loop {
        let batch = store.pending(BATCH)?;
        if batch.is_empty() {
            break;
        }
        let ids: Vec<String> = batch.iter().map(|o| o.id.clone()).collect();
        match client.post(&batch) {
            Ok(()) => {
                store.mark_sent(&ids)?;
                report.sent += ids.len() as u64;
                progress(report.sent);
            }
            Err(e) => {
                store.mark_failed(&ids, &e.to_string())?;
                report.auth_failed = e.is_auth();
                report.error = Some(e.to_string());
                report.failure = Some(e);
                break;
            }
        }
    }
    report.queued = store.outbox_status()?.queued;
    Ok(report)
}

/// How long the background sender waits after its `n`-th failure in a row: 5 s doubling up
/// to 5 minutes.
#[must_use]
pub fn backoff(failures: u32) -> Duration {
    let secs = 5u64.saturating_mul(1u64 << failures.min(6));
    Duration::from_secs(secs.min(300))
}

/// A dry run: what would be sent, without sending.
///
/// # Errors
/// Store errors.
pub fn dry_run(store: &Store) -> Result<SyncReport, SyncError> {
    let status = store.outbox_status()?;
    Ok(SyncReport {
        sent: 0,
        queued: status.queued,
        error: None,
        auth_failed: false,
        failure: None,
    })
}

/// Is this error worth retrying later (not a refused credential)?
#[must_use]
pub fn retryable(e: &LrsError) -> bool {
    !e.is_auth()
}
