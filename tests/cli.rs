//! The command-line contract of PRODUCT.md §7, run as a real process.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests and benches fail loudly on purpose"
)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Runs `someaspa` with an empty data folder (so the machine's own packs never interfere).
fn run(args: &[&str]) -> (Output, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_someaspa"))
        .arg("--data-dir")
        .arg(data.path())
        .args(args)
        .env("LANG", "C")
        .output()
        .expect("the binary runs");
    (out, data)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn validate_passes_on_the_shipped_library() {
    let (o, _d) = run(&["validate"]);
    assert!(
        o.status.success(),
        "{}{}",
        stdout(&o),
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn validate_reports_path_line_col_and_exits_1() {
    let file = fixtures().join("broken/unknown-criterion.ron");
    let (o, _d) = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.contains(&format!("{}:19:", file.display())), "{text}");
    assert!(text.contains("apologgy"), "{text}");
}

#[test]
fn validate_runs_self_tests_and_names_the_mismatch() {
    let file = fixtures().join("selftest-wrong.ron");
    let (o, _d) = run(&["validate", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    assert!(text.contains("self-test"), "{text}");
    assert!(text.contains("\"Calm down.\""), "{text}");
    assert!(text.contains("no-forbidden pass, got fail"), "{text}");
}

#[test]
fn validate_speaks_finnish_when_asked() {
    let file = fixtures().join("broken/dangling-branch.ron");
    let (o, _d) = run(&["--lang", "fi", "validate", file.to_str().unwrap()]);
    assert!(stdout(&o).contains("haarautuu vaiheeseen \"secnod\""), "{}", stdout(&o));
}

#[test]
fn list_json_has_thirty_scenarios_with_the_promised_fields() {
    let (o, _d) = run(&["list", "--json"]);
    assert!(o.status.success());
    let items: Vec<serde_json::Value> = serde_json::from_slice(&o.stdout).expect("a JSON array");
    assert!(items.len() >= 30);
    for lang in ["fi", "en"] {
        assert!(items.iter().filter(|i| i["lang"] == lang).count() >= 15);
    }
    for i in &items {
        for key in ["id", "lang", "title", "channel", "skills", "difficulty", "steps"] {
            assert!(!i[key].is_null(), "{key} missing in {i}");
        }
    }
}

#[test]
fn score_scenario_json_has_the_contract_shape() {
    let reply = "Hi Laura, I'm sorry about the delay: a signal fault near Tikkurila. Claim compensation at raideri.fi/compensation ^AK";
    let (o, _d) = run(&["score", "--scenario", "rail-delay-x-en", "--reply", reply, "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["total"].as_u64().unwrap() <= 100);
    assert!(v["passed"].is_boolean() && v["critical_failed"].is_boolean());
    let apology = v["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "apology")
        .unwrap();
    assert_eq!(apology["result"], "pass");
    let ev = &apology["evidence"][0];
    let (s, e) = (
        ev["start"].as_u64().unwrap() as usize,
        ev["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &reply[s..e],
        ev["text"].as_str().unwrap(),
        "byte offsets into the reply"
    );
    for c in v["criteria"].as_array().unwrap() {
        for key in ["id", "result", "points", "max", "evidence", "message"] {
            assert!(!c[key].is_null(), "{key}");
        }
    }
}

#[test]
fn score_ad_hoc_criteria_in_finnish() {
    let (o, _d) = run(&[
        "score",
        "--criteria",
        "apology,uses-name,move-to-private",
        "--lang",
        "fi",
        "--channel",
        "x",
        "--customer-name",
        "Matti",
        "--reply",
        "Pahoittelut, Matti! Laita meille DM:llä tilausnumerosi.",
    ]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.contains("Pahoittelu") && text.contains("täyttyy"), "{text}");
    assert!(text.contains("Yhteensä 100/100"), "{text}");
}

#[test]
fn score_reads_the_reply_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("reply.txt");
    std::fs::write(&f, "Calm down.").unwrap();
    let (o, _d) = run(&[
        "score",
        "--criteria",
        "no-forbidden",
        "--lang",
        "en",
        "--channel",
        "x",
        "--reply-file",
        f.to_str().unwrap(),
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["critical_failed"], true);
    assert_eq!(v["total"], 0);
}

#[test]
fn unknown_scenario_is_a_clear_error() {
    let (o, _d) = run(&["score", "--scenario", "no-such-thing", "--reply", "hi"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such-thing"));
}

#[test]
fn batch_keeps_order_and_reports_bad_lines_on_their_own_line() {
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_someaspa"))
        .args(["--data-dir", data.path().to_str().unwrap(), "score", "--batch", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let input = [
        r#"{"reply": "Sorry about that, Anna!", "criteria": ["apology", "uses-name"], "lang": "en", "channel": "x", "customer_name": "Anna"}"#,
        r#"{"reply": "oops", "criteria": ["apology"]"#,
        r#"{"scenario": "rail-delay-x-en", "step": 1, "reply": "Calm down."}"#,
        r#"{"reply": "x", "criteria": ["nope"], "lang": "en", "channel": "x"}"#,
    ]
    .join("\n");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["total"], 100);
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["critical_failed"], true);
    assert!(lines[3]["error"].as_str().unwrap().contains("nope"));
}

#[test]
fn shift_prints_the_drawn_queue_the_same_for_the_same_seed() {
    let args = [
        "shift",
        "--seed",
        "42",
        "--difficulty",
        "busy",
        "--lang",
        "fi",
        "--json",
    ];
    let (a, _d) = run(&args);
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    let v: serde_json::Value = serde_json::from_str(&stdout(&a)).unwrap();
    assert_eq!(v["seed"], 42);
    assert_eq!(v["difficulty"], "busy");
    let posts = v["posts"].as_array().unwrap();
    assert!(posts.len() >= 3, "{v}");
    for p in posts {
        assert!(p["scenario"].as_str().unwrap().ends_with("-fi"), "{p}");
        assert!(p["arrival_ms"].as_u64().unwrap() <= 10 * 60_000);
        assert!(["urgent", "normal", "low", "leave-alone"].contains(&p["urgency"].as_str().unwrap()));
    }
    let (b, _d) = run(&args);
    assert_eq!(stdout(&a), stdout(&b), "the same seed draws the same shift");
    let (daily, _d) = run(&["shift", "--daily", "--date", "2026-11-23", "--lang", "en"]);
    assert!(daily.status.success());
    assert!(
        stdout(&daily).starts_with("Shift: Busy, 10 min, seed "),
        "{}",
        stdout(&daily)
    );
    let (bad, _d) = run(&["shift", "--difficulty", "bussy"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("calm, busy, crisis"));
}

/// Runs `someaspa` on a given data folder.
fn run_in(data: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_someaspa"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "C")
        .output()
        .expect("the binary runs")
}

#[test]
fn score_with_a_profile_records_and_report_import_carry_the_history_to_a_trainer() {
    let trainee = tempfile::tempdir().unwrap();
    let replies = [
        "Hi Laura, so sorry about the delay. Please DM us your booking reference and we'll sort a refund. ^AK",
        "whatever",
    ];
    for reply in replies {
        let o = run_in(
            trainee.path(),
            &[
                "score",
                "--scenario",
                "rail-delay-x-en",
                "--reply",
                reply,
                "--profile",
                "laura",
                "--json",
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    // An action turn that gets a wrong action names the ones it takes.
    let wrong = run_in(
        trainee.path(),
        &[
            "score",
            "--scenario",
            "telecom-troll-x-en",
            "--reply",
            "dance",
            "--profile",
            "laura",
        ],
    );
    assert!(!wrong.status.success());
    let err = String::from_utf8_lossy(&wrong.stderr);
    assert!(err.contains("ignore") && !err.contains(": -"), "{err}");

    // CSV: a header and one row per criterion result, with the replies' scenario.
    let csv = run_in(trainee.path(), &["report", "--profile", "laura", "--format", "csv"]);
    assert!(csv.status.success(), "{}", String::from_utf8_lossy(&csv.stderr));
    let csv = stdout(&csv);
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows.len() > 2 * 5, "two attempts of several criteria each: {csv}");
    assert!(rows[1..].iter().all(|r| r.contains("rail-delay-x-en")), "{csv}");
    assert!(csv.contains("apology"), "{csv}");

    // HTML: a self-contained page with the replies in it.
    let html_file = trainee.path().join("laura.html");
    let html = run_in(
        trainee.path(),
        &[
            "report",
            "--profile",
            "laura",
            "--format",
            "html",
            "--out",
            html_file.to_str().unwrap(),
        ],
    );
    assert!(html.status.success(), "{}", String::from_utf8_lossy(&html.stderr));
    let page = std::fs::read_to_string(&html_file).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("whatever") && page.contains("<svg"));
    assert!(
        !page.contains("<script") && !page.contains("src=\"http"),
        "self-contained"
    );

    // JSON export → import on the trainer's machine, twice: no duplicates.
    let export = trainee.path().join("laura.json");
    let o = run_in(
        trainee.path(),
        &[
            "report",
            "--profile",
            "laura",
            "--format",
            "json",
            "--out",
            export.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let trainer = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let o = run_in(trainer.path(), &["import", export.to_str().unwrap()]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let back = run_in(trainer.path(), &["report", "--profile", "laura", "--format", "csv"]);
    assert!(back.status.success(), "{}", String::from_utf8_lossy(&back.stderr));
    assert_eq!(
        stdout(&back).lines().count(),
        rows.len(),
        "the same rows, imported once"
    );

    // A damaged export is refused with a message, and the store is untouched.
    let bad = trainer.path().join("bad.json");
    std::fs::write(&bad, "{\"not\": \"an export\"").unwrap();
    let o = run_in(trainer.path(), &["import", bad.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(!String::from_utf8_lossy(&o.stderr).trim().is_empty());
}

#[test]
fn a_trainers_lexicon_additions_in_the_data_folder_are_used_and_checked() {
    let data = tempfile::tempdir().unwrap();
    let score = |data: &std::path::Path| {
        let o = run_in(
            data,
            &[
                "score",
                "--criteria",
                "apology",
                "--lang",
                "en",
                "--channel",
                "x",
                "--reply",
                "Mea culpa, that was us!",
                "--json",
            ],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        v["criteria"][0]["result"].as_str().unwrap().to_owned()
    };
    assert_eq!(score(data.path()), "fail", "not an apology in the shipped lexicon");
    let dir = data.path().join("lexicons");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("en.ron"),
        "LexiconExtension(lang: \"en\", concepts: { \"apology\": [\"mea culpa\"] })",
    )
    .unwrap();
    assert_eq!(score(data.path()), "pass", "the trainer's addition counts");
    let ok = run_in(data.path(), &["validate"]);
    assert!(ok.status.success(), "{}", stdout(&ok));

    std::fs::write(
        dir.join("en.ron"),
        "LexiconExtension(lang: \"en\",\n  concepts: { \"apologee\": [\"soz\"] })",
    )
    .unwrap();
    let bad = run_in(data.path(), &["validate"]);
    assert_eq!(bad.status.code(), Some(1));
    let text = stdout(&bad);
    assert!(
        text.contains("lexicons/en.ron:2:") && text.contains("apologee"),
        "{text}"
    );
}

/// Issue 14 (audit #2): the commands load exactly the packs the app loads, including a
/// folder the trainer saved into (kept in the settings), not only `<data>/packs`.
#[test]
fn commands_see_a_pack_folder_added_in_the_settings() {
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let source = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios/en/rail-delay-x.ron");
    let text = std::fs::read_to_string(source)
        .unwrap()
        .replace("id: \"rail-delay-x-en\"", "id: \"saved-elsewhere-en\"");
    std::fs::write(elsewhere.path().join("saved-elsewhere.ron"), text).unwrap();
    // The app writes this when a trainer saves into a folder outside the data folder.
    let settings = someaspa::settings::Settings {
        pack_folders: vec![elsewhere.path().to_path_buf()],
        ..someaspa::settings::Settings::default()
    };
    settings.save(data.path()).unwrap();
    let listed = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_someaspa"))
            .arg("--data-dir")
            .arg(data.path())
            .args(args)
            .env("LANG", "C")
            .output()
            .unwrap();
        stdout(&out)
    };
    assert!(listed(&["list", "--json"]).contains("saved-elsewhere-en"));
    let scored = listed(&[
        "score",
        "--scenario",
        "saved-elsewhere-en",
        "--reply",
        "Sorry, Laura. ^AK",
        "--json",
    ]);
    assert!(scored.contains("\"total\""), "{scored}");
    // And the app sees it too, through the same function.
    let app = someaspa::scenario::Library::load(&someaspa::settings::pack_sources(&settings, Some(data.path()), &[]));
    assert!(app.scenario("saved-elsewhere-en").is_some());
}

/// Reliability D12: a scenario file that is a link out of the pack is refused, and
/// `validate PACK` names it (it used to be hidden because its target is outside).
#[cfg(unix)]
#[test]
fn validate_names_a_link_that_leaves_the_pack() {
    let w = tempfile::tempdir().unwrap();
    let pack = w.path().join("pack/en");
    let elsewhere = w.path().join("elsewhere");
    std::fs::create_dir_all(&pack).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::copy(fixtures().join("valid.ron"), elsewhere.join("o.ron")).unwrap();
    std::os::unix::fs::symlink(elsewhere.join("o.ron"), pack.join("o.ron")).unwrap();
    let (o, _d) = run(&["validate", w.path().join("pack").to_str().unwrap()]);
    let text = stdout(&o);
    assert!(text.contains("o.ron"), "the link is named: {text}");
    assert_eq!(o.status.code(), Some(1), "{text}");
}

/// Reliability D14: `score` says when a trainer's lexicon additions could not be used,
/// and still scores.
#[test]
fn score_names_a_broken_lexicon_addition() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("lexicons");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("fi.ron"),
        b"LexiconExtension(lang: \"fi\", concepts: {\"apology\": [\"zorry\", \"pahoittelu\xe4\"]})",
    )
    .unwrap();
    let o = run_in(
        data.path(),
        &[
            "score",
            "--criteria",
            "apology",
            "--lang",
            "fi",
            "--channel",
            "chat",
            "--reply",
            "Zorry!",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("lexicons/fi.ron"), "the file is named: {err}");
}

/// Reliability D21: `--out /dev/stdout` into a pipe writes the report to the pipe.
#[cfg(target_os = "linux")]
#[test]
fn a_report_can_be_written_to_stdout_through_a_pipe() {
    let data = tempfile::tempdir().unwrap();
    let o = run_in(
        data.path(),
        &[
            "score",
            "--scenario",
            "rail-delay-x-en",
            "--reply",
            "Sorry",
            "--profile",
            "anna",
        ],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run_in(
        data.path(),
        &["report", "--profile", "anna", "--format", "csv", "--out", "/dev/stdout"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout(&o).starts_with("attempt,profile"), "{}", stdout(&o));
}

/// Reliability D23: an empty reply is scored and shown, but not kept; the exit code says so.
#[test]
fn an_empty_reply_is_scored_but_not_recorded() {
    let data = tempfile::tempdir().unwrap();
    let o = run_in(
        data.path(),
        &[
            "score",
            "--scenario",
            "rail-delay-x-en",
            "--reply",
            "  ",
            "--profile",
            "anna",
            "--json",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("the result is still printed");
    assert_eq!(v["total"], 0);
    assert!(!String::from_utf8_lossy(&o.stderr).trim().is_empty());
    let report = run_in(data.path(), &["report", "--profile", "anna", "--format", "csv"]);
    assert_ne!(report.status.code(), Some(0), "nothing was kept for anna");
}
