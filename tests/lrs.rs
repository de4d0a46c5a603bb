//! Against a real Learning Record Store (Ralph, installed by `.ci/run`; `SOMEASPA_RALPH`
//! names its program): a batch arrives once; the LRS killed mid-sync and restarted still
//! gets every statement exactly once; wrong credentials give a clear error and lose
//! nothing; 10,000 statements sync and the team view loads over them. Each test starts
//! its own server on a free port with its own data. Without `SOMEASPA_RALPH` at build time
//! these tests are reported as ignored.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]
#![cfg_attr(not(lrs_server), allow(dead_code, unused_imports))]

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use someaspa::i18n::Localizer;
use someaspa::lrs::team::{TeamCache, refresh, team};
use someaspa::lrs::{Client, LrsConfig};
use someaspa::play::{Answer, Instance, Session};
use someaspa::progress::Store;
use someaspa::progress::record::{Attempt, new_uid};
use someaspa::scenario::Library;
use someaspa::scenario::pack::PackSource;
use someaspa::vocab::Lang;

const KEY: &str = "ci";
const SECRET: &str = "secret";

fn library() -> &'static Library {
    static LIB: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIB.get_or_init(|| Library::load(&[PackSource::BuiltIn]))
}

/// A Ralph server of its own: started in `dir`, stopped on drop.
struct Ralph {
    child: Option<Child>,
    dir: PathBuf,
    port: u16,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Ralph {
    fn program() -> String {
        std::env::var("SOMEASPA_RALPH").unwrap_or_else(|_| option_env!("SOMEASPA_RALPH").unwrap_or("ralph").to_owned())
    }

    fn start(dir: &Path) -> Ralph {
        let app = dir.join("app");
        std::fs::create_dir_all(&app).unwrap();
        let status = Command::new(Self::program())
            .args([
                "auth",
                "-u",
                KEY,
                "-p",
                SECRET,
                "-s",
                "all",
                "-A",
                KEY,
                "https://someaspa.example",
                "-w",
            ])
            .env("RALPH_APP_DIR", &app)
            .env("RALPH_RUNSERVER_BACKEND", "fs")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("ralph runs");
        assert!(status.success(), "ralph auth failed");
        let mut r = Ralph {
            child: None,
            dir: dir.to_path_buf(),
            port: free_port(),
        };
        r.run();
        r
    }

    fn run(&mut self) {
        let app = self.dir.join("app");
        // Ralph itself, in one process and with its file backend appending: see the script.
        let python = Path::new(&Self::program()).with_file_name("python");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/ralph_server.py");
        let child = Command::new(python)
            .arg(script)
            .args(["127.0.0.1", &self.port.to_string()])
            .arg(self.dir.join("data"))
            .env("RALPH_APP_DIR", &app)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("ralph starts");
        self.child = Some(child);
        let client = Client::new(&self.config(), SECRET);
        let start = Instant::now();
        while client.test().is_err() {
            assert!(start.elapsed() < Duration::from_secs(60), "ralph did not come up");
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    fn config(&self) -> LrsConfig {
        LrsConfig {
            endpoint: format!("http://127.0.0.1:{}/xAPI/", self.port),
            key: KEY.to_owned(),
            ..LrsConfig::default()
        }
    }

    /// Every statement the LRS holds (following `more`).
    fn all(&self) -> Vec<someaspa::lrs::xapi::Statement> {
        let client = Client::new(&self.config(), SECRET);
        let mut out = Vec::new();
        let mut more: Option<String> = None;
        loop {
            let page = client.get(&[("limit", "500".to_owned())], more.as_deref()).unwrap();
            out.extend(page.statements);
            match page.more.filter(|m| !m.is_empty()) {
                Some(m) => more = Some(m),
                None => break,
            }
        }
        out
    }
}

impl Drop for Ralph {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A real attempt of the rail delay scenario by `profile`.
fn attempt(profile: &str) -> Attempt {
    let lib = library();
    let loaded = lib.scenario("rail-delay-x-en").unwrap();
    let mut session = Session::new(Instance::drawn(loaded, 7));
    session
        .submit(
            lib,
            Answer::Text("Sorry Laura, the signal fault is being fixed. DM us. ^AK".to_owned()),
            3_000,
        )
        .unwrap();
    let mut a = Attempt::from_session(
        &session,
        profile,
        someaspa::progress::record::now(),
        &Localizer::new(Lang::En),
    );
    a.uid = new_uid();
    a
}

fn queue(store: &mut Store, cfg: &LrsConfig, n: usize, profiles: usize) -> usize {
    let mut statements = 0;
    for i in 0..n {
        let a = attempt(&format!("Trainee {}", i % profiles));
        let out = someaspa::lrs::outgoing(store, cfg, &a).unwrap();
        statements += out.len();
        store.record_with(&a, &out).unwrap();
    }
    statements
}

fn unique_ids(list: &[someaspa::lrs::xapi::Statement]) -> usize {
    list.iter().map(|s| s.id.clone()).collect::<HashSet<_>>().len()
}

#[test]
#[cfg_attr(
    not(lrs_server),
    ignore = "needs a Learning Record Store: .ci/run installs Ralph and sets SOMEASPA_RALPH"
)]
fn a_batch_arrives_once_however_often_it_is_sent() {
    let tmp = tempfile::tempdir().unwrap();
    let lrs = Ralph::start(&tmp.path().join("lrs"));
    let cfg = lrs.config();
    let mut store = Store::in_memory().unwrap();
    let n = queue(&mut store, &cfg, 5, 2);
    let batch = store.pending(1000).unwrap();
    let client = Client::new(&cfg, SECRET);
    let r = someaspa::lrs::sync::sync(&mut store, &client, |_| {}).unwrap();
    assert_eq!((r.sent, r.queued, r.error.clone()), (n as u64, 0, None));
    // The same batch again, as a retry after a lost answer would send it.
    client.post(&batch).unwrap();
    let held = lrs.all();
    assert_eq!(held.len(), n, "the LRS holds each statement once");
    assert_eq!(unique_ids(&held), n);
    // Nothing left to send.
    assert_eq!(someaspa::lrs::sync::sync(&mut store, &client, |_| {}).unwrap().sent, 0);
}

#[test]
#[cfg_attr(
    not(lrs_server),
    ignore = "needs a Learning Record Store: .ci/run installs Ralph and sets SOMEASPA_RALPH"
)]
fn the_lrs_killed_mid_sync_and_restarted_gets_every_statement_exactly_once() {
    let tmp = tempfile::tempdir().unwrap();
    let mut lrs = Ralph::start(&tmp.path().join("lrs"));
    let cfg = lrs.config();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let (mut store, _) = Store::open(&data).unwrap();
    let n = queue(&mut store, &cfg, 500, 5);
    drop(store);
    // Sync on a thread; kill the LRS as soon as the first batches are in.
    let cfg2 = cfg.clone();
    let data2 = data.clone();
    let syncing = std::thread::spawn(move || {
        let (mut store, _) = Store::open(&data2).unwrap();
        someaspa::lrs::sync::sync(&mut store, &Client::new(&cfg2, SECRET), |_| {}).unwrap()
    });
    let watcher = Store::open_read_only(&data).unwrap();
    let start = Instant::now();
    while watcher.outbox_status().unwrap().sent == 0 && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(5));
    }
    lrs.kill();
    let first = syncing.join().unwrap();
    assert!(first.error.is_some(), "the sync noticed the LRS going away: {first:?}");
    assert!(first.queued > 0, "some statements were left to send: {first:?}");
    // Back up: the rest arrives, and nothing twice.
    lrs.run();
    let (mut store, _) = Store::open(&data).unwrap();
    let second = someaspa::lrs::sync::sync(&mut store, &Client::new(&cfg, SECRET), |_| {}).unwrap();
    assert_eq!((second.queued, second.error.clone()), (0, None));
    let held = lrs.all();
    assert_eq!(unique_ids(&held), n, "every statement arrived");
    assert_eq!(held.len(), n, "no statement arrived twice");
}

#[test]
#[cfg_attr(
    not(lrs_server),
    ignore = "needs a Learning Record Store: .ci/run installs Ralph and sets SOMEASPA_RALPH"
)]
fn wrong_credentials_give_a_clear_error_and_lose_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let lrs = Ralph::start(&tmp.path().join("lrs"));
    let cfg = lrs.config();
    let mut store = Store::in_memory().unwrap();
    let n = queue(&mut store, &cfg, 3, 1);
    let r = someaspa::lrs::sync::sync(&mut store, &Client::new(&cfg, "not-the-secret"), |_| {}).unwrap();
    assert!(r.auth_failed, "{r:?}");
    let e = r.error.unwrap();
    assert!(e.contains("refused the key and secret"), "{e}");
    assert!(!e.contains("not-the-secret"), "the secret never shows in an error");
    assert_eq!(r.queued, n as u64, "nothing lost");
    assert_eq!(store.outbox_status().unwrap().last_error.as_deref(), Some(e.as_str()));
    let ok = someaspa::lrs::sync::sync(&mut store, &Client::new(&cfg, SECRET), |_| {}).unwrap();
    assert_eq!((ok.sent, ok.queued), (n as u64, 0));
    assert_eq!(lrs.all().len(), n);
}

#[test]
#[cfg_attr(
    not(lrs_server),
    ignore = "needs a Learning Record Store: .ci/run installs Ralph and sets SOMEASPA_RALPH"
)]
fn ten_thousand_statements_sync_and_the_team_view_loads() {
    let tmp = tempfile::tempdir().unwrap();
    let lrs = Ralph::start(&tmp.path().join("lrs"));
    let cfg = lrs.config();
    let mut store = Store::in_memory().unwrap();
    // Each attempt of the one-step scenario is two statements: 5,000 attempts, 200 trainees.
    let n = queue(&mut store, &cfg, 5_000, 200);
    assert!(n >= 10_000, "{n}");
    let t = Instant::now();
    let r = someaspa::lrs::sync::sync(&mut store, &Client::new(&cfg, SECRET), |_| {}).unwrap();
    let sync_time = t.elapsed();
    assert_eq!((r.sent as usize, r.queued, r.error.clone()), (n, 0, None));
    let t = Instant::now();
    let mut cache = TeamCache::default();
    refresh(&Client::new(&cfg, SECRET), &mut cache, |_| {}).unwrap();
    let view = team(&cache, &cfg.activity_base);
    let load_time = t.elapsed();
    assert_eq!(view.statements, n);
    assert_eq!(view.members.len(), 200);
    assert!(view.members.iter().all(|m| m.attempts.len() == 25));
    let first = &view.members[0].attempts[0];
    assert!(!first.criteria.is_empty(), "an attempt opens to its criteria");
    assert!(view.members.iter().all(|m| !m.skills.is_empty()));
    // A second load asks only for what is new.
    let t = Instant::now();
    refresh(&Client::new(&cfg, SECRET), &mut cache, |_| {}).unwrap();
    let again = t.elapsed();
    eprintln!(
        "LRS figures: {n} statements synced in {:.1} s; team view of {} trainees loaded in {:.1} s; reload {:.1} s",
        sync_time.as_secs_f64(),
        view.members.len(),
        load_time.as_secs_f64(),
        again.as_secs_f64()
    );
}
