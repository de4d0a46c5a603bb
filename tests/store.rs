//! The progress store: round trips, migrations, damaged and newer files, and surviving
//! SIGKILL at random moments.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rand::{RngExt, SeedableRng};
use someaspa::i18n::Localizer;
use someaspa::play::{Answer, Instance, Session};
use someaspa::progress::export;
use someaspa::progress::record::{Attempt, ImportCheck, Override};
use someaspa::progress::schema::current_version;
use someaspa::progress::{Opened, Store, StoreError};
use someaspa::scenario::Library;
use someaspa::scenario::pack::PackSource;
use someaspa::scoring::Mark;
use someaspa::vocab::Lang;

fn library() -> &'static Library {
    static LIB: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIB.get_or_init(|| Library::load(&[PackSource::BuiltIn]))
}

/// A real attempt: the rail delay scenario played with one reply.
fn attempt(profile: &str, reply: &str) -> Attempt {
    let lib = library();
    let loaded = lib.scenario("rail-delay-x-en").unwrap();
    let mut session = Session::new(Instance::drawn(loaded, 7));
    session.submit(lib, Answer::Text(reply.to_owned()), 4_200).unwrap();
    let loc = Localizer::new(Lang::En);
    Attempt::from_session(&session, profile, someaspa::progress::record::now(), &loc)
}

#[test]
fn attempts_round_trip_in_full() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, opened) = Store::open(dir.path()).unwrap();
    assert_eq!(opened, Opened::Created);
    let a = attempt("Anna", "Sorry about the delay, Laura! DM us your ticket number. ^AK");
    let id = store.record(&a).unwrap().unwrap();
    assert_eq!(store.record(&a).unwrap(), None, "the same attempt is kept once");
    let back = store.attempt(id).unwrap().unwrap();
    assert_eq!(back, a);
    assert_eq!(store.profiles().unwrap(), ["Anna"]);
    let s = store.summaries("Anna").unwrap();
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].total, a.total);
    // Several profiles on one machine.
    store.record(&attempt("Ben", "Calm down.")).unwrap();
    assert_eq!(store.profiles().unwrap(), ["Anna", "Ben"]);
    assert_eq!(store.summaries("Anna").unwrap().len(), 1);
}

#[test]
fn overrides_are_kept_beside_the_automatic_result() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open(dir.path()).unwrap();
    let id = store.record(&attempt("Anna", "Sorry!")).unwrap().unwrap();
    let o = Override {
        result: Mark::Pass,
        comment: "Fine for X.".into(),
        reviewer: "Trainer".into(),
        at: someaspa::progress::record::now(),
    };
    store.set_override(id, 0, 0, Some(&o)).unwrap();
    let back = store.attempt(id).unwrap().unwrap();
    assert_eq!(back.steps[0].overrides[0].as_ref(), Some(&o));
    assert_ne!(
        back.steps[0].result.criteria[0].result,
        Mark::Na,
        "the automatic result stays"
    );
    assert_eq!(store.reviewed().unwrap().len(), 1);
    store.set_override(id, 0, 0, None).unwrap();
    assert!(store.attempt(id).unwrap().unwrap().steps[0].overrides[0].is_none());
}

#[test]
fn migrating_an_older_schema_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    Store::create_at_version(&path, 1).unwrap();
    {
        // Data written by version 1 of the schema (no seed, no source, no overrides).
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "INSERT INTO profiles (id, name, created_at) VALUES (1, 'Old', '2026-01-01T00:00:00Z');
             INSERT INTO attempts (id, uid, profile_id, scenario_id, scenario_version, scenario_title, lang, skills,
                started_at, finished_at, elapsed_ms, time_limit_s, total, passed, critical_failed)
             VALUES (1, '0123456789abcdef0123456789abcdef', 1, 'rail-delay-x-en', 'abc', 'Old title', 'en',
                'de-escalation,channel-style', '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', 60000, 300, 81, 1, 0);
             INSERT INTO attempt_steps (id, attempt_id, idx, step_id, channel, answer, total, passed, critical_failed, elapsed_ms)
             VALUES (1, 1, 0, 'tweet', 'x', '{\"kind\":\"text\",\"value\":\"Sorry!\"}', 81, 1, 0, 60000);
             INSERT INTO criterion_results (step_row, idx, criterion_id, label, result, points, max, critical, cap, evidence, message, shown)
             VALUES (1, 0, 'apology', NULL, 'pass', 15, 15, 0, 0, '[{\"start\":0,\"end\":5,\"text\":\"Sorry\"}]',
                '{\"id\":\"crit-apology-pass\",\"args\":[[\"found\",\"Sorry\"]]}', 'A real apology: \"Sorry\".');",
        )
        .unwrap();
    }
    let (store, opened) = Store::open(dir.path()).unwrap();
    assert_eq!(opened, Opened::Existing { from_version: 1 });
    assert_eq!(store.version().unwrap(), current_version());
    let a = store.attempt(1).unwrap().unwrap();
    assert_eq!(a.title, "Old title");
    assert_eq!(a.source, "local");
    assert_eq!(a.seed, None);
    assert_eq!(a.steps[0].shown[0], "A real apology: \"Sorry\".");
    assert_eq!(a.steps[0].result.criteria[0].evidence[0].text, "Sorry");
}

#[test]
fn a_damaged_file_is_moved_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    std::fs::write(&path, b"this is not a database, it is a shopping list\n").unwrap();
    let (mut store, opened) = Store::open(dir.path()).unwrap();
    let Opened::MovedAside { to } = opened else {
        panic!("{opened:?}")
    };
    assert!(
        to.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("progress.sqlite3.corrupt-")
    );
    assert_eq!(
        std::fs::read(&to).unwrap(),
        b"this is not a database, it is a shopping list\n",
        "kept, not overwritten"
    );
    store.record(&attempt("Anna", "Sorry")).unwrap();
    assert!(store.integrity_ok().unwrap());
}

#[test]
fn a_newer_store_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    match Store::open(dir.path()) {
        Err(StoreError::TooNew { found, .. }) => assert_eq!(found, 99),
        other => panic!("{other:?}"),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("progress.sqlite3-wal").exists());
}

#[test]
fn a_store_that_cannot_be_written_reports_an_error_and_keeps_working() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open(dir.path()).unwrap();
    store.record(&attempt("Anna", "Sorry")).unwrap();
    // Another process holds the write lock (a second copy of the app, a backup tool): the
    // write fails after the busy timeout with an error, not a panic, and nothing is lost.
    let other = rusqlite::Connection::open(dir.path().join("progress.sqlite3")).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let err = store.record(&attempt("Anna", "Sorry again")).unwrap_err();
    assert!(matches!(err, StoreError::Sqlite(_)), "{err:?}");
    assert!(err.to_string().contains("locked"), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    store.record(&attempt("Anna", "Sorry, third time")).unwrap();
    assert_eq!(store.summaries("Anna").unwrap().len(), 2, "the first and the third");
    assert!(store.integrity_ok().unwrap());

    // A data folder that is a file: opening fails with a clear error, no panic.
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let err = Store::open(&file).unwrap_err();
    assert!(err.to_string().contains("not-a-dir"), "{err}");
}

#[test]
fn damage_past_the_first_page_is_found_at_open_and_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (mut store, _) = Store::open(dir.path()).unwrap();
        for i in 0..40 {
            store
                .record(&attempt(
                    "Anna",
                    &format!("Sorry, reply number {i}. {}", "x".repeat(400)),
                ))
                .unwrap();
        }
        // Fold the WAL into the main file so the damage below is in the database itself.
        drop(store);
        let c = rusqlite::Connection::open(dir.path().join("progress.sqlite3")).unwrap();
        c.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let path = dir.path().join("progress.sqlite3");
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    assert!(bytes.len() > 6 * page, "several pages: {}", bytes.len());
    // Scribble over the middle pages, keep the header and the schema page.
    let end = bytes.len() - page;
    for b in &mut bytes[3 * page..end] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let (mut store, opened) = Store::open(dir.path()).unwrap();
    let Opened::MovedAside { to } = opened else {
        panic!("damage in the data pages must be found at open: {opened:?}")
    };
    assert_eq!(std::fs::read(&to).unwrap(), bytes, "kept as it was");
    store.record(&attempt("Anna", "Sorry")).unwrap();
    assert!(store.integrity_ok().unwrap());
}

#[test]
fn export_then_import_round_trips_without_duplicates() {
    let a_dir = tempfile::tempdir().unwrap();
    let (mut trainee, _) = Store::open(a_dir.path()).unwrap();
    trainee
        .record(&attempt("Anna", "Sorry about the delay, Laura! ^AK"))
        .unwrap();
    trainee.record(&attempt("Anna", "Calm down.")).unwrap();
    let file = a_dir.path().join("anna.someaspa.json");
    let e = export::export(&trainee, "Anna").unwrap();
    std::fs::write(&file, serde_json::to_string(&e).unwrap()).unwrap();

    let b_dir = tempfile::tempdir().unwrap();
    let (mut trainer, _) = Store::open(b_dir.path()).unwrap();
    let first = export::import(&mut trainer, &file, None, library(), &Localizer::new(Lang::En)).unwrap();
    assert_eq!((first.added, first.skipped), (2, 0));
    let again = export::import(&mut trainer, &file, None, library(), &Localizer::new(Lang::En)).unwrap();
    assert_eq!((again.added, again.skipped), (0, 2), "a re-import adds nothing");
    let mine = trainer.attempts("Anna").unwrap();
    assert_eq!(mine.len(), 2);
    assert!(mine[0].source.starts_with("import:"));
    assert_eq!(mine[0].steps, e.attempts[0].steps);
    assert!(
        mine.iter().all(|a| a.import_check == Some(ImportCheck::Rescored)),
        "honest attempts re-score to what they claimed"
    );

    // Invalid files are refused before anything is written.
    let mut bad = e.clone();
    bad.attempts[0].steps[0].result.criteria[0].points = 1000.0;
    bad.attempts[0].uid = "f".repeat(32);
    std::fs::write(&file, serde_json::to_string(&bad).unwrap()).unwrap();
    assert!(export::import(&mut trainer, &file, None, library(), &Localizer::new(Lang::En)).is_err());
    std::fs::write(&file, "{\"hello\": 1}").unwrap();
    assert!(export::import(&mut trainer, &file, None, library(), &Localizer::new(Lang::En)).is_err());
    assert_eq!(trainer.attempts("Anna").unwrap().len(), 2);
}

#[test]
fn reports_contain_every_criterion_and_the_replies() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = Store::open(dir.path()).unwrap();
    store
        .record(&attempt("Anna", "Sorry about the <delay>, Laura! ^AK"))
        .unwrap();
    let csv = export::csv(&store, "Anna").unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    let criteria = store.attempts("Anna").unwrap()[0].steps[0].result.criteria.len();
    assert_eq!(rows.len(), 1 + criteria, "a header and one row per criterion result");
    assert!(rows[0].starts_with("attempt,profile,finished_at,scenario"));
    let html = export::html(&store, "Anna", &Localizer::new(Lang::Fi)).unwrap();
    assert!(
        html.contains("&lt;<mark>delay</mark>&gt;") && !html.contains("<delay>"),
        "replies are escaped, evidence marked"
    );
    assert!(html.contains("<svg"), "with charts");
    assert!(html.contains("lang=\"fi\""));
}

// ---- SIGKILL at random moments ----

const CHILD_ENV: &str = "SOMEASPA_KILL_TEST_DIR";

/// Not a test: the child process of the test below, which runs it with `--ignored`. It
/// records attempts forever, printing each committed id.
#[test]
#[ignore = "entry point of the child process of killing_the_process_at_random_moments_loses_nothing_committed"]
fn kill_child_recorder() {
    let Ok(dir) = std::env::var(CHILD_ENV) else { return };
    let (mut store, _) = Store::open(Path::new(&dir)).unwrap();
    let template = attempt("Killer", "Sorry about the delay, Laura! DM us. ^AK");
    loop {
        let mut a = template.clone();
        a.uid = someaspa::progress::record::new_uid();
        store.record(&a).unwrap();
        println!("committed {}", a.uid);
    }
}

#[test]
fn killing_the_process_at_random_moments_loses_nothing_committed() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(2026);
    let mut committed: Vec<String> = Vec::new();
    for _ in 0..25 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "kill_child_recorder",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| l.strip_prefix("committed ").map(str::to_owned))
                .collect::<Vec<_>>()
        });
        let wait = Duration::from_millis(rng.random_range(30..400));
        let start = Instant::now();
        while start.elapsed() < wait {
            std::thread::sleep(Duration::from_millis(5));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        committed.extend(reader.join().unwrap());
    }
    assert!(
        committed.len() > 25,
        "the child committed only {} attempts",
        committed.len()
    );
    let (store, opened) = Store::open(dir.path()).unwrap();
    assert!(matches!(opened, Opened::Existing { .. }), "{opened:?}");
    assert!(store.integrity_ok().unwrap());
    let kept: std::collections::HashSet<String> =
        store.summaries("Killer").unwrap().into_iter().map(|s| s.uid).collect();
    let lost: Vec<&String> = committed.iter().filter(|u| !kept.contains(*u)).collect();
    assert!(lost.is_empty(), "{} committed attempts lost", lost.len());
}

/// D7: a trainee edits the export: a failed attempt becomes 100/100 with a head trainer's
/// approval. The trainer's machine re-scores every reply and keeps its own result, drops the
/// override, and marks the attempt; an attempt of an unknown scenario version never passes.
#[test]
fn a_forged_import_is_rescored_and_marked() {
    let a_dir = tempfile::tempdir().unwrap();
    let (mut trainee, _) = Store::open(a_dir.path()).unwrap();
    trainee.record(&attempt("Anna", "ok")).unwrap();
    trainee.record(&attempt("Anna", "ok then")).unwrap();
    let mut e = export::export(&trainee, "Anna").unwrap();
    let honest_total = e.attempts[0].total;
    assert!(
        honest_total < 50 && !e.attempts[0].passed,
        "the reply 'ok' fails: {honest_total}"
    );
    {
        let a = &mut e.attempts[0];
        a.total = 100;
        a.passed = true;
        let s = &mut a.steps[0];
        s.result.total = 100;
        s.result.passed = true;
        for c in &mut s.result.criteria {
            c.result = Mark::Pass;
            c.points = c.max;
        }
        s.overrides[0] = Some(Override {
            result: Mark::Pass,
            comment: "Excellent - approved by the head trainer".to_owned(),
            reviewer: "Head Trainer".to_owned(),
            at: "2026-01-01T00:00:00Z".to_owned(),
        });
    }
    e.attempts[1].version = "0000000000".to_owned();
    e.attempts[1].total = 100;
    e.attempts[1].passed = true;
    let file = a_dir.path().join("forged.json");
    std::fs::write(&file, serde_json::to_string(&e).unwrap()).unwrap();

    let b_dir = tempfile::tempdir().unwrap();
    let (mut trainer, _) = Store::open(b_dir.path()).unwrap();
    let r = export::import(&mut trainer, &file, None, library(), &Localizer::new(Lang::En)).unwrap();
    assert_eq!((r.added, r.differs, r.not_rescored), (2, 1, 1));
    let kept = trainer.attempts("Anna").unwrap();
    let forged = kept.iter().find(|a| a.uid == e.attempts[0].uid).unwrap();
    assert_eq!(forged.import_check, Some(ImportCheck::Differs));
    assert_eq!(forged.total, honest_total, "this machine's score is kept");
    assert!(!forged.passed);
    assert!(
        forged.steps[0].overrides.iter().all(Option::is_none),
        "no override from a trainee's file"
    );
    let unknown = kept.iter().find(|a| a.uid == e.attempts[1].uid).unwrap();
    assert_eq!(unknown.import_check, Some(ImportCheck::NotRescored));
    assert!(
        !unknown.passed,
        "an attempt that could not be re-scored never counts as passed"
    );
    let summaries = trainer.summaries("Anna").unwrap();
    assert!(!summaries.iter().find(|s| s.uid == unknown.uid).unwrap().counts());

    // The reports show the mark, never the file's claimed 100/100 as a result.
    let html = export::html(&trainer, "Anna", &Localizer::new(Lang::En)).unwrap();
    assert!(!html.contains("100/100"), "a forged total is not shown as a result");
    assert!(html.contains("not re-scored"), "the attempt is marked");
    let csv = export::csv(&trainer, "Anna").unwrap();
    let unknown_rows: Vec<&str> = csv.lines().filter(|l| l.starts_with(unknown.uid.as_str())).collect();
    assert!(!unknown_rows.is_empty());
    for row in unknown_rows {
        assert!(row.ends_with(",not-rescored"), "{row}");
        assert!(!row.contains(",100,true,"), "no forged total or verdict: {row}");
    }
}

/// Reliability D6: several writers using a new data folder, and new profiles, at the same
/// moment (the app and a script on one machine) lose nothing: the store and each profile are
/// created once, and every attempt is kept.
#[test]
fn concurrent_first_use_of_a_store_and_of_profiles_loses_nothing() {
    const WRITERS: usize = 6;
    const EACH: usize = 5;
    let dir = tempfile::tempdir().unwrap();
    let attempts: Vec<Vec<Attempt>> = (0..WRITERS)
        .map(|w| {
            (0..EACH)
                .map(|_| attempt(&format!("P{}", w % 3), "Sorry, Laura! ^AK"))
                .collect()
        })
        .collect();
    let start = std::sync::Arc::new(std::sync::Barrier::new(WRITERS));
    let handles: Vec<_> = attempts
        .into_iter()
        .map(|batch| {
            let (path, start) = (dir.path().to_path_buf(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                // Each writer opens its own connection, as a separate process would.
                let (mut store, _) = Store::open(&path).expect("the store opens");
                for a in &batch {
                    store.record(a).expect("the attempt is kept");
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("no writer failed");
    }
    let (store, _) = Store::open(dir.path()).unwrap();
    let kept: usize = (0..3).map(|p| store.summaries(&format!("P{p}")).unwrap().len()).sum();
    assert_eq!(kept, WRITERS * EACH);
    assert!(store.integrity_ok().unwrap());
}
