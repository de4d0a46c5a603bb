//! The egui application: a thin layer over the core. One file per screen; each screen
//! draws from a read-only [`view::View`] and its own state and returns [`command::Command`]s,
//! which [`effects`] applies after the frame. See ARCHITECTURE.md.

pub mod app;
mod browse;
pub mod command;
mod effects;
mod feedback;
mod home;
pub mod images;
mod play;
mod progress_view;
mod settings_view;
pub mod shift;
pub mod state;
pub mod sync_worker;
pub mod theme;
mod trainer;
mod turn;
pub mod view;
pub mod widgets;

use std::process::ExitCode;

pub use app::SomeaspaApp;
pub use command::Command;
pub use state::{Screen, Setup};

/// When the process started, for the start-up measurement logged at the first frame.
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Notes the process start (call first thing in `main`).
pub fn mark_start() {
    let _ = STARTED.set(std::time::Instant::now());
}

/// Milliseconds since [`mark_start`].
#[must_use]
pub fn since_start_ms() -> Option<u128> {
    STARTED.get().map(|t| t.elapsed().as_millis())
}

/// Opens the app window; returns when it is closed.
#[must_use]
pub fn run(setup: Setup) -> ExitCode {
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_title("Someaspa")
            .with_app_id("someaspa")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([960.0, 600.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Someaspa",
        options,
        Box::new(move |cc| Ok(Box::new(SomeaspaApp::new(&cc.egui_ctx, setup)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("someaspa: {e}");
            ExitCode::FAILURE
        }
    }
}
