//! The Learning Record Store in the app, driven headless: the settings show what waits to
//! be sent, a recorded attempt joins the outbox, and an unreachable store is reported while
//! the app keeps drawing (sending runs on a worker, never in a frame).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]

mod common;

use std::time::{Duration, Instant};

use common::{open, write_reply};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use someaspa::lrs::LrsConfig;
use someaspa::ui::{Setup, SomeaspaApp};
use someaspa::vocab::Lang;

#[test]
fn the_settings_show_the_outbox_and_an_unreachable_store_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    // Port 1 on the loopback: nothing listens there, so every try fails at once.
    LrsConfig {
        endpoint: "http://127.0.0.1:1/xAPI/".to_owned(),
        key: "ci".to_owned(),
        ..LrsConfig::default()
    }
    .save(dir.path())
    .unwrap();
    someaspa::lrs::config::save_secret(dir.path(), "secret").unwrap();
    // A tall window: the whole settings page, with the LRS card near its end, is on screen.
    let setup = Setup {
        data_dir: Some(dir.path().to_path_buf()),
        lang: Some(Lang::En),
        typing_delay: Duration::ZERO,
        dialogs: false,
        autosave_delay: Duration::ZERO,
        ..Setup::default()
    };
    let mut h: Harness<'static, SomeaspaApp> = Harness::builder()
        .with_size(egui::vec2(1280.0, 2400.0))
        .with_max_steps(12)
        .build_eframe(move |cc| SomeaspaApp::new(&cc.egui_ctx, setup));
    // A one-step scenario: one reply finishes and records the attempt.
    open(&mut h, "Can my bike come along?");
    write_reply(
        &mut h,
        "Yes! Bikes travel free on commuter trains outside rush hours. ^AK",
    );
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Learning Record Store (xAPI)");
    // The worker tries, fails and says so; frames keep coming meanwhile.
    let start = Instant::now();
    let mut frames = 0;
    loop {
        h.run();
        frames += 1;
        if h.query_by_label_contains("Sending failed, will try again").is_some() {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no status after {frames} frames"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    h.get_by_label_contains("Waiting to be sent: 2");
    // Nothing lost: the attempt's two statements are in the outbox.
    let (store, _) = someaspa::progress::Store::open(dir.path()).unwrap();
    assert_eq!(store.outbox_status().unwrap().queued, 2);
}
