//! Tracks: progress item by item from a profile's attempts, the track's own pass marks, and
//! the printable certificate once the last item is passed.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]

use someaspa::i18n::Localizer;
use someaspa::progress::mastery::mastery;
use someaspa::progress::store::Summary;
use someaspa::progress::tracks::{certificate, progress};
use someaspa::scenario::Library;
use someaspa::scenario::pack::PackSource;
use someaspa::vocab::Lang;

fn library() -> &'static Library {
    static LIB: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIB.get_or_init(|| Library::load(&[PackSource::BuiltIn]))
}

/// A stored attempt of `scenario` on `day` with a total, judged against the scenario's own
/// pass mark as the play session does.
fn attempt(scenario: &str, day: u8, total: u8, critical_failed: bool) -> Summary {
    let loaded = library().scenario(scenario).expect("built-in scenario");
    Summary {
        id: i64::from(day),
        uid: format!("{scenario}-{day}"),
        scenario: scenario.to_owned(),
        title: loaded.scenario.title.clone(),
        lang: loaded.scenario.lang,
        skills: loaded.scenario.skills.clone(),
        finished_at: format!("2026-11-{day:02}T10:00:00Z"),
        total,
        passed: total >= loaded.scenario.pass_mark && !critical_failed,
        critical_failed,
        elapsed_ms: 30_000,
        time_limit_s: None,
        source: "local".to_owned(),
        import_check: None,
    }
}

#[test]
fn an_empty_history_starts_at_the_first_item() {
    let track = library().track("onboarding-en").expect("built-in track");
    let p = progress(track, library(), &[]);
    assert_eq!(p.items.len(), track.items.len());
    assert_eq!(p.done(), 0);
    assert!(!p.complete() && p.completed_at.is_none());
    assert_eq!(
        p.next().map(|i| i.scenario.as_str()),
        Some(track.items[0].scenario.as_str())
    );
}

#[test]
fn the_tracks_pass_mark_decides_even_below_the_scenarios() {
    let track = library().track("onboarding-en").expect("built-in track");
    let item = track
        .items
        .iter()
        .find(|i| i.pass_mark == Some(65))
        .expect("onboarding has an item marked 65");
    let own = library().scenario(&item.scenario).unwrap().scenario.pass_mark;
    assert!(own > 65, "the scenario asks more than the track");

    let p = progress(track, library(), &[attempt(&item.scenario, 3, 67, false)]);
    let it = p.items.iter().find(|i| i.scenario == item.scenario).unwrap();
    assert!(it.done, "67 passes an item marked 65");
    assert_eq!(it.best, Some(67));

    let p = progress(track, library(), &[attempt(&item.scenario, 3, 64, false)]);
    assert!(!p.items.iter().find(|i| i.scenario == item.scenario).unwrap().done);

    let p = progress(track, library(), &[attempt(&item.scenario, 3, 90, true)]);
    assert!(
        !p.items.iter().find(|i| i.scenario == item.scenario).unwrap().done,
        "a critical fail never passes an item"
    );
}

#[test]
fn finishing_every_item_completes_the_track_on_the_last_pass_and_issues_a_certificate() {
    let track = library().track("onboarding-fi").expect("built-in track");
    let mut attempts: Vec<Summary> = Vec::new();
    for (n, item) in track.items.iter().enumerate() {
        let day = u8::try_from(n + 1).unwrap();
        // A failed try first, then a pass the day after.
        attempts.push(attempt(&item.scenario, day, 30, false));
        attempts.push(attempt(&item.scenario, day + 1, 92, false));
    }
    let last_day = u8::try_from(track.items.len() + 1).unwrap();
    let p = progress(track, library(), &attempts);
    assert!(p.complete());
    assert_eq!(
        p.completed_at.as_deref(),
        Some(format!("2026-11-{last_day:02}T10:00:00Z").as_str())
    );
    assert!(p.items.iter().all(|i| i.best == Some(92)));

    let loc = Localizer::new(Lang::Fi);
    let html = certificate(&p, "Aino <Virtanen>", &mastery(&attempts), &loc);
    assert!(html.starts_with("<!DOCTYPE html>"), "a whole page");
    assert!(html.contains("Aino &lt;Virtanen&gt;"), "the trainee's name, escaped");
    assert!(html.contains(&p.title), "the track");
    assert!(html.contains(&format!("2026-11-{last_day:02}")), "the date");
    for item in &p.items {
        let title = item.title.replace('"', "&quot;");
        assert!(html.contains(&title), "every scenario is listed: {title}");
    }
    assert!(!html.contains("<script"), "printable, self-contained, no scripts");
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no external resources"
    );
}
