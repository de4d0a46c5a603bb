//! Helpers shared by the UI test files: a harness on a fresh data folder, typing, opening.

#![allow(dead_code, reason = "each test file uses a different subset")]

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use someaspa::ui::Screen;
use someaspa::ui::{Setup, SomeaspaApp};
use someaspa::vocab::Lang;

/// The app on a data folder, at 1280×800, with no typing delay and no native dialogs.
pub fn harness(dir: &std::path::Path, lang: Lang) -> Harness<'static, SomeaspaApp> {
    let setup = Setup {
        data_dir: Some(dir.to_path_buf()),
        extra_packs: Vec::new(),
        lang: Some(lang),
        typing_delay: Duration::ZERO,
        dialogs: false,
        autosave_delay: Duration::ZERO,
    };
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(12)
        .build_eframe(move |cc| SomeaspaApp::new(&cc.egui_ctx, setup))
}

/// Focuses a text field (found by its label) and types into it, as a user would.
pub fn type_into(h: &mut Harness<'static, SomeaspaApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Opens a scenario from the browser by clicking its title.
pub fn open(h: &mut Harness<'static, SomeaspaApp>, title: &str) {
    h.get_by_label("Scenarios").click();
    h.run();
    h.get_by_label("Clear filters").click();
    h.run();
    type_into(h, "Search", title);
    h.get_by_label(title).click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Play);
}

/// Types a reply and sends it.
pub fn write_reply(h: &mut Harness<'static, SomeaspaApp>, text: &str) {
    type_into(h, "Your reply", text);
    h.get_by_label("Send").click();
    h.run();
}
