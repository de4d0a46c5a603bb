//! Keeping a shift in the progress store: each answered post the moment it is answered (a
//! shift cut short still has its replies), and at the end the posts not kept yet and the
//! shift's own attempt. The app and any other front end call these, so a shift is kept
//! the same way wherever it ends.

use super::report::{post_attempt, shift_attempt};
use super::{Shift, ShiftReport};
use crate::i18n::Localizer;
use crate::lrs::LrsConfig;
use crate::progress::{Store, StoreError};

/// Who played the shift and when it started: what every kept attempt carries, and the
/// LRS its statements go to, if one is set up.
#[derive(Debug, Clone, Copy)]
pub struct Player<'a> {
    /// The trainee's profile.
    pub profile: &'a str,
    /// When the shift started (wall clock).
    pub started_at: jiff::Timestamp,
    /// The Learning Record Store.
    pub lrs: Option<&'a LrsConfig>,
}

/// Keeps one answered post. `Ok(false)` when the post has not been answered.
///
/// # Errors
/// The store could not write the attempt.
pub fn keep_post(
    store: &mut Store,
    shift: &Shift,
    index: usize,
    who: Player<'_>,
    loc: &Localizer,
) -> Result<bool, StoreError> {
    let Some(a) = post_attempt(shift, index, who.profile, who.started_at, loc) else {
        return Ok(false);
    };
    crate::lrs::record(store, who.lrs, &a).map(|_| true)
}

/// A shift that has ended, with its report and whether everything was kept.
#[derive(Debug)]
pub struct Ended {
    /// The report.
    pub report: ShiftReport,
    /// The first write that failed, if any (later ones are not tried).
    pub error: Option<StoreError>,
}

/// Ends the shift at `now_ms`, keeps the answered posts not in `kept` yet and the shift's
/// own attempt (in one transaction), and returns the report.
pub fn finish(
    shift: &mut Shift,
    now_ms: u64,
    kept: &[usize],
    store: Option<&mut Store>,
    who: Player<'_>,
    loc: &Localizer,
) -> Ended {
    shift.end(now_ms);
    let report = shift.report();
    let Some(store) = store else {
        return Ended { report, error: None };
    };
    let mut attempts: Vec<_> = report
        .order
        .iter()
        .filter(|i| !kept.contains(i))
        .filter_map(|&i| post_attempt(shift, i, who.profile, who.started_at, loc))
        .collect();
    attempts.push(shift_attempt(shift, &report, who.profile, who.started_at, loc));
    let error = match who.lrs {
        None => store.record_all(&attempts).err(),
        Some(c) => attempts
            .into_iter()
            .map(|a| crate::lrs::outgoing(store, c, &a).map(|out| (a, out)))
            .collect::<Result<Vec<_>, _>>()
            .and_then(|items| store.record_all_with(&items))
            .err(),
    };
    Ended { report, error }
}
