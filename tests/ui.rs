//! The trainee's app driven headless with egui_kittest: the way a trainee uses it.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly on purpose")]

use egui::Key;

mod common;
use common::{harness, open, type_into, write_reply};
use egui_kittest::kittest::Queryable;
use someaspa::play::Answer;
use someaspa::ui::Screen;
use someaspa::vocab::Lang;

#[test]
fn write_a_reply_and_see_the_score_with_highlighted_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    open(&mut h, "Praise for a fast delivery");
    write_reply(
        &mut h,
        "Thank you so much! Happy it arrived so fast, we'll tell Nina too. /Sanna",
    );
    assert_eq!(h.state().screen(), Screen::Feedback);
    let fb = h.state().screens.feedback.as_ref().unwrap();
    assert!(fb.stored.is_some(), "the attempt is kept when its feedback is shown");
    let thanks = fb.attempt.steps[0].result.criterion("thanks").unwrap();
    assert_eq!(thanks.result, someaspa::scoring::Mark::Pass);
    // The total and the verdict are on screen; clicking a criterion highlights its evidence.
    h.get_by_label_contains("Passed").hover();
    h.get_by_label_contains("Thanks the customer").click();
    h.run();
    let (step, criterion) = h.state().screens.feedback.as_ref().unwrap().selected.unwrap();
    let c = &h.state().screens.feedback.as_ref().unwrap().attempt.steps[step]
        .result
        .criteria[criterion];
    assert_eq!(c.id, "thanks");
    assert!(
        !c.evidence.is_empty(),
        "the selected criterion has evidence to highlight"
    );
    // The attempt is in the store.
    let store = h.state().res.store.as_ref().unwrap();
    assert_eq!(store.summaries(&h.state().res.settings.profile).unwrap().len(), 1);
}

#[test]
fn a_bad_reply_takes_the_angry_branch_and_a_good_one_the_calm_branch() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    open(&mut h, "Stuck on a late train");
    write_reply(&mut h, "Calm down. Trains are late sometimes.");
    let step = h
        .state()
        .screens
        .play
        .as_ref()
        .unwrap()
        .session
        .current_step()
        .unwrap()
        .id
        .clone();
    assert_eq!(step, "angrier");
    h.get_by_label_contains("That's it? A canned reply?");
    h.get_by_label("‹ Leave").click();
    h.run();
    h.get_by_label("Leave").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Home);

    open(&mut h, "Stuck on a late train");
    let name = h.state().screens.play.as_ref().unwrap().session.instance.values["first"].clone();
    write_reply(
        &mut h,
        &format!(
            "Hi {name}, I'm so sorry about the delay, that's frustrating. A signal fault near Tikkurila is delaying trains by about 40 min; \
             repairs should be done by 18:00. Claim compensation at raideri.fi/compensation ^AK"
        ),
    );
    let step = h
        .state()
        .screens
        .play
        .as_ref()
        .unwrap()
        .session
        .current_step()
        .unwrap()
        .id
        .clone();
    assert_eq!(step, "calmer");
}

#[test]
fn pick_a_meme_reply() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    open(&mut h, "The parcel that beat the order button");
    let (option_text, option_id) = {
        let play = h.state().screens.play.as_ref().unwrap();
        let step = play.session.current_step().unwrap();
        let someaspa::scenario::Turn::Pick(p) = &step.turn else {
            panic!("a pick turn")
        };
        let o = p
            .options
            .iter()
            .find(|o| o.image.is_some() && !o.text.is_empty())
            .unwrap();
        (o.text.clone(), o.id.clone())
    };
    h.get_by_label(&option_text).click();
    h.run();
    assert_eq!(
        h.state().screens.play.as_ref().unwrap().picked.as_deref(),
        Some(option_id.as_str()),
        "the card is selected"
    );
    h.get_by_label("Send").click();
    h.run();
    let play = h.state().screens.play.as_ref().unwrap();
    assert_eq!(play.session.history[0].answer, Answer::Choice(option_id));
}

#[test]
fn an_action_turn_ends_with_its_consequence_explained() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    open(&mut h, "The 5G van");
    h.get_by_label_contains("Ignore and monitor").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Feedback);
    let a = &h.state().screens.feedback.as_ref().unwrap().attempt;
    assert_eq!(a.steps[0].answer, Answer::Action(someaspa::vocab::Action::Ignore));
    assert!(a.passed);
    h.get_by_label_contains("You chose: Ignore and monitor");
}

#[test]
fn switching_the_language_shows_finnish_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    h.get_by_label("Settings").click();
    h.run();
    h.get_by_label("Suomi").click();
    h.run();
    h.get_by_label("Etusivu");
    h.get_by_label("Teema");
    h.get_by_label("Tekstin koko");
    assert_eq!(h.state().res.settings.lang, Lang::Fi);
    // Persisted for the next run.
    let saved = someaspa::settings::Settings::load(dir.path()).unwrap();
    assert_eq!(saved.lang, Lang::Fi);
}

#[test]
fn escape_leaves_an_untouched_scenario_and_the_browser_filters() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    open(&mut h, "Stuck on a late train");
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().screen(), Screen::Home);
    h.get_by_label("Scenarios").click();
    h.run();
    type_into(&mut h, "Search", "zzzz no such thing");
    h.get_by_label("No scenarios match these filters");
}

#[test]
fn ctrl_enter_sends_the_reply() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    open(&mut h, "Praise for a fast delivery");
    type_into(&mut h, "Your reply", "Thanks a lot! /Sanna");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Enter);
    h.run();
    assert_eq!(h.state().screen(), Screen::Feedback);
}

#[test]
fn the_dashboard_shows_levels_and_the_drill_down_shows_the_reply_as_seen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    // An empty profile gets an empty state, not a blank page.
    h.get_by_label("Progress").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Progress);
    h.get_by_label_contains("No attempts yet");

    let reply = "Thank you so much! Happy it arrived so fast, we'll tell Nina too. /Sanna";
    open(&mut h, "Praise for a fast delivery");
    write_reply(&mut h, reply);
    assert_eq!(h.state().screen(), Screen::Feedback);
    let seen = h.state().screens.feedback.as_ref().unwrap().attempt.clone();

    h.get_by_label("Progress").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Progress);
    // A level per skill: the practised skill has a score and a level, the others say so.
    assert!(h.query_all_by_label_contains("not practised yet").count() > 1);
    assert!(
        ["needs work", "developing", "proficient", "excellent"]
            .iter()
            .any(|l| h.query_all_by_label(l).next().is_some()),
        "a practised skill shows its level"
    );
    assert!(
        h.query_all_by_label_contains("1 attempt").count() >= 2,
        "the total and the skill's count"
    );

    // The history row opens the attempt exactly as it was stored and seen.
    h.get_by_label("Praise for a fast delivery").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Attempt);
    let drilled = &h.state().screens.feedback.as_ref().unwrap().attempt;
    assert_eq!(drilled.steps.len(), seen.steps.len());
    assert_eq!(drilled.steps[0].result, seen.steps[0].result);
    assert_eq!(drilled.total, seen.total);
    h.get_by_label_contains("Thanks the customer").click();
    h.run();
    let fb = h.state().screens.feedback.as_ref().unwrap();
    let (step, criterion) = fb.selected.unwrap();
    assert!(!fb.attempt.steps[step].result.criteria[criterion].evidence.is_empty());
    // Esc goes back to the dashboard.
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().screen(), Screen::Progress);
}

#[test]
fn escape_goes_home_from_the_browser_progress_and_settings_but_first_leaves_a_text_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    for tab in ["Scenarios", "Progress", "Settings"] {
        h.get_by_label(tab).click();
        h.run();
        assert_ne!(h.state().screen(), Screen::Home, "{tab}");
        h.key_press(Key::Escape);
        h.run();
        assert_eq!(h.state().screen(), Screen::Home, "Esc from {tab}");
    }
    // In the search field, Esc only leaves the field; the next one goes home.
    h.get_by_label("Scenarios").click();
    h.run();
    type_into(&mut h, "Search", "train");
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().screen(), Screen::Browse);
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().screen(), Screen::Home);
}

#[test]
fn a_pasted_megabyte_neither_crashes_nor_loses_the_reply() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    open(&mut h, "Stuck on a late train");
    let big = "Sorry about the delay, we are on it! 🚆 ".repeat(26_000);
    assert!(big.len() > 1_000_000);
    h.get_by_label("Your reply").focus();
    h.run();
    h.event(egui::Event::Paste(big.clone()));
    h.run();
    assert_eq!(h.state().screens.play.as_ref().unwrap().draft, big, "pasted whole");
    // The editor scrolls inside the turn area: the counter and Send stay on screen.
    h.get_by_label_contains("/280");
    let send = h.get_by_label("Send").rect();
    assert!(send.max.y <= 800.0, "Send is on screen: {send:?}");
    h.get_by_label("Send").click();
    h.run();
    let p = h.state().screens.play.as_ref().unwrap();
    let first = &p.session.history[0];
    assert_eq!(first.answer, Answer::Text(big), "kept whole");
    let fit = first.result.criterion("channel-fit").unwrap();
    assert_eq!(fit.result, someaspa::scoring::Mark::Fail);
}
