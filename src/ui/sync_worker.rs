//! The background sender of the LRS outbox, and the one-off LRS jobs (test the connection,
//! load the team): threads that report back through shared state, so the UI never waits on
//! the network. Started and driven only by the effects module.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::i18n::Msg;
use crate::lrs::team::{Team, TeamCache};
use crate::lrs::{Client, LrsConfig, sync};
use crate::messages::Localize;
use crate::progress::Store;

/// What the sender is doing, read by the UI every frame.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SyncStatus {
    /// Sending now.
    pub running: bool,
    /// Statements waiting.
    pub queued: u64,
    /// Statements sent in this run of the app.
    pub sent: u64,
    /// Why the last try failed.
    pub last_error: Option<Msg>,
    /// The credentials were refused: the sender waits for new settings.
    pub auth_failed: bool,
    /// When the last try succeeded (RFC 3339).
    pub last_success_at: Option<String>,
    /// The last connection test: `Some(Ok(()))` worked, `Some(Err(why))` failed.
    pub test: Option<Result<(), Msg>>,
    /// A connection test is running.
    pub testing: bool,
}

enum Wake {
    Now,
    Configure(Box<LrsConfig>, String),
    Test,
}

/// The sender thread and its status.
pub struct SyncWorker {
    tx: Sender<Wake>,
    /// Shared with the thread.
    pub status: Arc<Mutex<SyncStatus>>,
}

/// How often the sender looks at the outbox when nothing wakes it.
const IDLE: Duration = Duration::from_secs(60);

impl SyncWorker {
    /// Starts the sender for a data folder. `repaint` is called when the status changes.
    pub fn start(data_dir: PathBuf, config: LrsConfig, secret: String, repaint: impl Fn() + Send + 'static) -> Self {
        let (tx, rx) = channel();
        let status = Arc::new(Mutex::new(SyncStatus::default()));
        let shared = Arc::clone(&status);
        let spawned = std::thread::Builder::new()
            .name("lrs-sync".to_owned())
            .spawn(move || run(&data_dir, config, secret, &rx, &shared, &repaint));
        if let Err(e) = spawned {
            // Without the thread nothing is sent, but nothing is lost either: the outbox
            // waits for the next start or `someaspa sync`.
            if let Ok(mut s) = status.lock() {
                s.last_error = Some(Msg::new("err-io-bare").with("detail", e.to_string()));
            }
        }
        SyncWorker { tx, status }
    }

    /// Sends what is queued now (after an attempt was recorded, or the trainee asked).
    pub fn wake(&self) {
        // A closed channel means the thread ended; the status already says why.
        let _ = self.tx.send(Wake::Now);
    }

    /// New settings: used from the next try on (a refused key is tried again).
    pub fn configure(&self, config: LrsConfig, secret: String) {
        let _ = self.tx.send(Wake::Configure(Box::new(config), secret));
    }

    /// Tests the connection with the current settings.
    pub fn test(&self) {
        if let Ok(mut s) = self.status.lock() {
            s.testing = true;
            s.test = None;
        }
        let _ = self.tx.send(Wake::Test);
    }

    /// A copy of the status.
    #[must_use]
    pub fn snapshot(&self) -> SyncStatus {
        self.status.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

fn update(shared: &Arc<Mutex<SyncStatus>>, repaint: &dyn Fn(), f: impl FnOnce(&mut SyncStatus)) {
    if let Ok(mut s) = shared.lock() {
        f(&mut s);
    }
    repaint();
}

fn run(
    data_dir: &std::path::Path,
    mut config: LrsConfig,
    mut secret: String,
    rx: &Receiver<Wake>,
    shared: &Arc<Mutex<SyncStatus>>,
    repaint: &dyn Fn(),
) {
    let mut failures = 0u32;
    let mut auth_failed = false;
    let mut wait = Duration::ZERO;
    loop {
        let wake = rx.recv_timeout(wait);
        match wake {
            Err(RecvTimeoutError::Disconnected) => return,
            Ok(Wake::Configure(c, s)) => {
                config = *c;
                secret = s;
                auth_failed = false;
                failures = 0;
            }
            Ok(Wake::Test) => {
                let result = Client::new(&config, &secret).test().map_err(|e| e.msg());
                update(shared, repaint, |s| {
                    s.testing = false;
                    s.test = Some(result);
                });
                continue;
            }
            Ok(Wake::Now) => auth_failed = false,
            Err(RecvTimeoutError::Timeout) => {}
        }
        if auth_failed {
            wait = IDLE;
            continue;
        }
        update(shared, repaint, |s| s.running = true);
        let outcome = Store::open(data_dir).map_err(|e| e.msg()).and_then(|(mut store, _)| {
            let queued = store.outbox_status().map(|st| st.queued).unwrap_or(0);
            update(shared, repaint, |s| s.queued = queued);
            let client = Client::new(&config, &secret);
            sync::sync(&mut store, &client, |n| {
                update(shared, repaint, |s| s.queued = queued.saturating_sub(n));
            })
            .map_err(|crate::lrs::sync::SyncError::Store(e)| e.msg())
            .and_then(|r| store.outbox_status().map(|st| (r, st)).map_err(|e| e.msg()))
        });
        match outcome {
            Ok((report, st)) => {
                auth_failed = report.auth_failed;
                failures = if report.error.is_some() { failures + 1 } else { 0 };
                wait = if report.error.is_some() {
                    sync::backoff(failures)
                } else {
                    IDLE
                };
                update(shared, repaint, |s| {
                    s.running = false;
                    s.sent += report.sent;
                    s.queued = st.queued;
                    s.last_error = report.failure.as_ref().map(Localize::msg);
                    s.auth_failed = report.auth_failed;
                    s.last_success_at.clone_from(&st.last_success_at);
                });
            }
            Err(e) => {
                failures += 1;
                wait = sync::backoff(failures);
                update(shared, repaint, |s| {
                    s.running = false;
                    s.last_error = Some(e);
                });
            }
        }
    }
}

/// Loads the team from the LRS on a thread: progress (statements fetched) and the result
/// come back through shared state.
pub struct TeamLoader {
    /// Statements fetched so far, and the result when done.
    pub state: Arc<Mutex<TeamLoad>>,
}

/// A team load in progress or finished.
#[derive(Debug, Clone, Default)]
pub struct TeamLoad {
    /// Statements fetched so far.
    pub fetched: usize,
    /// The team, when done.
    pub done: Option<Result<(Team, TeamCache), String>>,
}

impl TeamLoader {
    /// Starts loading, extending `cache`.
    pub fn start(config: &LrsConfig, secret: &str, mut cache: TeamCache, repaint: impl Fn() + Send + 'static) -> Self {
        let state = Arc::new(Mutex::new(TeamLoad::default()));
        let shared = Arc::clone(&state);
        let client = Client::new(config, secret);
        let base = config.activity_base.clone();
        let spawned = std::thread::Builder::new().name("lrs-team".to_owned()).spawn(move || {
            let result = crate::lrs::team::refresh(&client, &mut cache, |n| {
                if let Ok(mut s) = shared.lock() {
                    s.fetched = n;
                }
                repaint();
            });
            let done = result
                .map(|()| (crate::lrs::team::team(&cache, &base), cache))
                .map_err(|e| e.to_string());
            if let Ok(mut s) = shared.lock() {
                s.done = Some(done);
            }
            repaint();
        });
        if let Err(e) = spawned
            && let Ok(mut s) = state.lock()
        {
            s.done = Some(Err(e.to_string()));
        }
        TeamLoader { state }
    }
}
