//! What a screen may read while it draws: the shared resources, borrowed read-only. A
//! screen gets its own state mutably, this, and a command list; nothing else.

use std::path::Path;

use super::images::Images;
use super::state::{Screen, Setup};
use super::theme::Palette;
use crate::i18n::Localizer;
use crate::progress::dashboard::Dashboard;
use crate::scenario::Library;
use crate::settings::Settings;

/// The read-only context of one frame.
pub struct View<'a> {
    /// The scenario library.
    pub library: &'a Library,
    /// Text in the interface language.
    pub loc: &'a Localizer,
    /// The user's settings.
    pub settings: &'a Settings,
    /// The trainee's dashboard (recomputed by the effects when attempts change).
    pub dashboard: Option<&'a Dashboard>,
    /// Pack pictures.
    pub images: &'a Images,
    /// How the app was started.
    pub setup: &'a Setup,
    /// The data folder (`None`: nothing is saved).
    pub data_dir: Option<&'a Path>,
    /// The progress store's file (`None`: in memory).
    pub store_path: Option<&'a Path>,
    /// The profiles on this machine (read when they change, not every frame).
    pub profiles: &'a [String],
    /// The Learning Record Store's settings, when one is set up.
    pub lrs: Option<&'a crate::lrs::LrsConfig>,
    /// How sending to it goes.
    pub sync: Option<super::sync_worker::SyncStatus>,
    /// Colours of the current theme.
    pub palette: &'a Palette,
    /// The screen being drawn.
    pub screen: Screen,
    /// Is the trainer area unlocked in this run?
    pub trainer_unlocked: bool,
}
