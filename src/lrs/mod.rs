//! The organisation's Learning Record Store (xAPI 1.0.3), offline-first.
//!
//! Every attempt is recorded through [`record`], which writes the attempt and its
//! statements ([`statements`]) to the progress store in one transaction; the outbox is
//! sent by [`sync`] when the LRS can be reached (a worker thread in the app,
//! `someaspa sync` on the command line). The trainer's team view reads the LRS back
//! ([`team`]). Nothing here knows about the UI.

pub mod client;
pub mod config;
pub mod statements;
pub mod sync;
pub mod team;
pub mod xapi;

pub use client::{Client, LrsError};
pub use config::LrsConfig;

use crate::progress::outbox::Outgoing;
use crate::progress::{Attempt, Store, StoreError};

/// The statements of an attempt as outbox items.
///
/// # Errors
/// Store errors (reading the profile's actor id).
pub fn outgoing(store: &Store, config: &LrsConfig, a: &Attempt) -> Result<Vec<Outgoing>, StoreError> {
    let actor = store.actor_of(&a.profile)?;
    let who = statements::Who {
        actor: &actor,
        name: &a.profile,
    };
    Ok(statements::for_attempt(config, &who, a)
        .into_iter()
        // Serialising these plain structs cannot fail (no maps with non-string keys, no
        // non-finite floats: scores are 0–100); `filter_map` only keeps the types honest.
        .filter_map(|s| serde_json::to_string(&s).ok().map(|json| Outgoing { id: s.id, json }))
        .collect())
}

/// Records a finished attempt, the one way every front end does: with an LRS set up, its
/// statements go to the outbox in the same transaction.
///
/// # Errors
/// Store errors: then nothing is kept.
pub fn record(store: &mut Store, config: Option<&LrsConfig>, a: &Attempt) -> Result<Option<i64>, StoreError> {
    match config {
        Some(c) => {
            let out = outgoing(store, c, a)?;
            store.record_with(a, &out)
        }
        None => store.record(a),
    }
}

/// Queues the statement of a track a trainee has just completed.
///
/// # Errors
/// Store errors.
pub fn track_completed(
    store: &mut Store,
    config: &LrsConfig,
    profile: &str,
    track: &crate::scenario::Track,
    at: &str,
) -> Result<(), StoreError> {
    let actor = store.actor_of(profile)?;
    let who = statements::Who {
        actor: &actor,
        name: profile,
    };
    let s = statements::for_track(config, &who, &track.id, &track.title, track.lang, at);
    if let Ok(json) = serde_json::to_string(&s) {
        store.queue(&[Outgoing { id: s.id, json }])?;
    }
    Ok(())
}

/// Records a finished attempt and, with an LRS set up, queues the statements of the tracks
/// it completes. The app and `score --profile` call this.
///
/// # Errors
/// Store errors.
pub fn record_attempt(
    store: &mut Store,
    config: Option<&LrsConfig>,
    library: &crate::scenario::Library,
    a: &Attempt,
) -> Result<Option<i64>, StoreError> {
    let Some(c) = config else {
        return store.record(a);
    };
    let complete = |store: &Store| -> Result<Vec<String>, StoreError> {
        let done = store.summaries(&a.profile)?;
        Ok(library
            .tracks
            .iter()
            .filter(|t| crate::progress::tracks::progress(t, library, &done).complete())
            .map(|t| t.id.clone())
            .collect())
    };
    let before = complete(store)?;
    let id = record(store, Some(c), a)?;
    let after = complete(store)?;
    for t in library
        .tracks
        .iter()
        .filter(|t| after.contains(&t.id) && !before.contains(&t.id))
    {
        track_completed(store, c, &a.profile, t, &a.finished_at)?;
    }
    Ok(id)
}

/// The connection settings and secret of a data folder, for the commands: `None` when no
/// LRS is set up (or the folder holds no secret yet).
///
/// # Errors
/// The settings exist but cannot be read.
pub fn load(data_dir: &std::path::Path) -> Result<Option<(LrsConfig, Option<String>)>, config::ConfigError> {
    let Some(c) = LrsConfig::load(data_dir)? else {
        return Ok(None);
    };
    let secret = config::load_secret(data_dir)?;
    Ok(Some((c, secret)))
}
