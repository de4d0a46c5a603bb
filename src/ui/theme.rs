//! The look: colours, text sizes and spacing, for light and dark themes.

use egui::{Color32, CornerRadius, FontFamily, FontId, Frame, Margin, Stroke, TextStyle};

use crate::scoring::Mark;
use crate::settings::{Settings, Theme};
use crate::vocab::{Channel, Mood};

/// Colours that depend on light or dark mode.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Buttons, links, the brand of the app.
    pub accent: Color32,
    /// Passed.
    pub pass: Color32,
    /// Partly.
    pub partial: Color32,
    /// Failed.
    pub fail: Color32,
    /// Not applicable, secondary text.
    pub muted: Color32,
    /// Cards on the background.
    pub card: Color32,
    /// Card borders.
    pub border: Color32,
    /// Evidence highlight behind text.
    pub highlight: Color32,
    /// The selected criterion's evidence.
    pub highlight_strong: Color32,
    /// Chat bubbles of the customer.
    pub bubble_them: Color32,
    /// Is this the dark palette?
    pub dark: bool,
}

impl Palette {
    /// The palette for a mode.
    #[must_use]
    pub const fn new(dark: bool) -> Self {
        if dark {
            Palette {
                accent: Color32::from_rgb(122, 147, 255),
                pass: Color32::from_rgb(74, 200, 120),
                partial: Color32::from_rgb(240, 180, 60),
                fail: Color32::from_rgb(240, 100, 95),
                muted: Color32::from_rgb(150, 158, 172),
                card: Color32::from_rgb(34, 37, 45),
                border: Color32::from_rgb(56, 61, 74),
                highlight: Color32::from_rgb(92, 80, 30),
                highlight_strong: Color32::from_rgb(140, 112, 20),
                bubble_them: Color32::from_rgb(50, 54, 66),
                dark,
            }
        } else {
            Palette {
                accent: Color32::from_rgb(64, 96, 232),
                pass: Color32::from_rgb(26, 140, 72),
                partial: Color32::from_rgb(176, 106, 0),
                fail: Color32::from_rgb(196, 48, 40),
                muted: Color32::from_rgb(96, 104, 120),
                card: Color32::from_rgb(255, 255, 255),
                border: Color32::from_rgb(222, 226, 234),
                highlight: Color32::from_rgb(255, 240, 168),
                highlight_strong: Color32::from_rgb(255, 214, 90),
                bubble_them: Color32::from_rgb(236, 239, 244),
                dark,
            }
        }
    }

    /// The colour of a mark.
    #[must_use]
    pub const fn mark(&self, m: Mark) -> Color32 {
        match m {
            Mark::Pass => self.pass,
            Mark::Partial => self.partial,
            Mark::Fail => self.fail,
            Mark::Na => self.muted,
        }
    }

    /// A card: rounded, bordered, padded.
    pub fn card_frame(&self) -> Frame {
        Frame::new()
            .fill(self.card)
            .stroke(Stroke::new(1.0, self.border))
            .corner_radius(CornerRadius::same(10))
            .inner_margin(Margin::same(14))
    }
}

/// The signature colour of a channel.
#[must_use]
pub const fn channel_color(channel: Channel) -> Color32 {
    match channel {
        Channel::X | Channel::XDm => Color32::from_rgb(29, 155, 240),
        Channel::Facebook => Color32::from_rgb(24, 119, 242),
        Channel::Messenger => Color32::from_rgb(0, 132, 255),
        Channel::Instagram => Color32::from_rgb(214, 41, 118),
        Channel::Chat => Color32::from_rgb(16, 150, 130),
    }
}

/// The colour of a mood (avatar ring, mood chip).
#[must_use]
pub const fn mood_color(mood: Mood) -> Color32 {
    match mood {
        Mood::Angry => Color32::from_rgb(214, 64, 56),
        Mood::Upset | Mood::Sarcastic => Color32::from_rgb(226, 120, 40),
        Mood::Worried | Mood::Confused => Color32::from_rgb(200, 160, 30),
        Mood::Neutral => Color32::from_rgb(130, 138, 152),
        Mood::Happy | Mood::Playful => Color32::from_rgb(40, 160, 90),
        Mood::Trolling => Color32::from_rgb(140, 80, 200),
    }
}

/// Applies the settings' theme and text size, and the app's spacing and text styles.
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    ctx.set_theme(match settings.theme {
        Theme::System => egui::ThemePreference::System,
        Theme::Light => egui::ThemePreference::Light,
        Theme::Dark => egui::ThemePreference::Dark,
    });
    ctx.set_zoom_factor(settings.text_scale);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::new(22.0, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(14.5, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(14.5, FontFamily::Proportional)),
            (TextStyle::Small, FontId::new(12.0, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(13.5, FontFamily::Monospace)),
        ]
        .into();
        // Body text a little brighter (dark) or darker (light) than egui's default, for reading.
        let text = if style.visuals.dark_mode {
            Color32::from_gray(218)
        } else {
            Color32::from_gray(28)
        };
        style.visuals.widgets.noninteractive.fg_stroke.color = text;
        // A blinking cursor repaints twice a second: the app should idle at 0% CPU.
        style.visuals.text_cursor.blink = false;
        style.spacing.item_spacing = egui::vec2(8.0, 7.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.interact_size.y = 28.0;
        style.visuals.widgets.inactive.corner_radius = CornerRadius::same(6);
        style.visuals.widgets.hovered.corner_radius = CornerRadius::same(6);
        style.visuals.widgets.active.corner_radius = CornerRadius::same(6);
        style.visuals.widgets.noninteractive.corner_radius = CornerRadius::same(6);
    });
}

/// Adds the complete emoji font as a fallback to every family (see `assets/fonts/README.md`).
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    if let Some(bytes) = crate::assets::get("fonts/NotoEmoji-Regular.ttf") {
        fonts.font_data.insert(
            "noto-emoji".to_owned(),
            std::sync::Arc::new(egui::FontData::from_static(bytes).tweak(egui::FontTweak {
                scale: 0.85,
                ..Default::default()
            })),
        );
        for family in fonts.families.values_mut() {
            family.push("noto-emoji".to_owned());
        }
    }
    ctx.set_fonts(fonts);
}

/// A heading of a given size.
#[must_use]
pub fn title(text: impl Into<String>, size: f32) -> egui::RichText {
    egui::RichText::new(text).size(size).strong()
}
