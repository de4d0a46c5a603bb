//! The egui application: a thin layer over the core.

use std::process::ExitCode;

use crate::cli::Cli;
use crate::i18n::Localizer;
use crate::scenario::library::{self, Library};

/// Opens the app window; returns when it is closed.
#[must_use]
pub fn run(cli: &Cli) -> ExitCode {
    let data = crate::paths::data_dir(cli.data_dir.as_ref());
    let library = Library::load(&library::default_sources(data.as_deref(), &cli.scenarios));
    let loc = Localizer::new(crate::cli::message_lang(cli.lang));
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("Someaspa")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Someaspa",
        options,
        Box::new(move |_cc| Ok(Box::new(Bootstrap { library, loc }))),
    );
    if result.is_err() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

struct Bootstrap {
    library: Library,
    loc: Localizer,
}

impl eframe::App for Bootstrap {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let _ = &self.loc;
        egui::CentralPanel::default().show(ui, |ui| {
            for s in &self.library.scenarios {
                ui.label(&s.scenario.title);
            }
        });
    }
}
