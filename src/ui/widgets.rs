//! Small widgets shared by the screens.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, CornerRadius, FontId, Response, RichText, Sense, Stroke, Ui, Vec2};

use super::theme::Palette;
use crate::scoring::Mark;

/// The initials of a name ("Laura Mitchell" → "LM").
#[must_use]
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

/// A round avatar: the image if there is one, else initials on a colour from the name.
pub fn avatar(
    ui: &mut Ui,
    image: Option<egui::ImageSource<'static>>,
    name: &str,
    size: f32,
    ring: Option<Color32>,
) -> Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    if let Some(src) = image {
        egui::Image::new(src)
            .corner_radius(CornerRadius::same(u8::try_from((size / 2.0) as i32).unwrap_or(255)))
            .paint_at(ui, rect);
    } else {
        let hue = name
            .bytes()
            .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
            % 360;
        let color = egui::ecolor::Hsva::new(hue as f32 / 360.0, 0.45, 0.75, 1.0);
        ui.painter()
            .circle_filled(rect.center(), size / 2.0, Color32::from(color));
        ui.painter().text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            initials(name),
            FontId::proportional(size * 0.38),
            Color32::WHITE,
        );
    }
    if let Some(c) = ring {
        ui.painter()
            .circle_stroke(rect.center(), size / 2.0, Stroke::new(2.5, c));
    }
    response
}

/// A small rounded label. Drawn as one widget of known size, so rows of chips wrap.
pub fn chip(ui: &mut Ui, text: impl Into<String>, color: Color32) -> Response {
    let text = text.into();
    let font = egui::TextStyle::Small.resolve(ui.style());
    let galley = ui.painter().layout_no_wrap(text.clone(), font, color);
    let pad = egui::vec2(8.0, 3.0);
    let (rect, response) = ui.allocate_exact_size(galley.size() + 2.0 * pad, Sense::hover());
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        painter.rect(
            rect,
            CornerRadius::same(10),
            color.gamma_multiply(0.14),
            Stroke::new(1.0, color.gamma_multiply(0.5)),
            egui::StrokeKind::Inside,
        );
        painter.galley(rect.min + pad, galley, color);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    response
}

/// The symbol of a mark.
#[must_use]
pub const fn mark_symbol(m: Mark) -> &'static str {
    match m {
        Mark::Pass => "✔",
        Mark::Partial => "½",
        Mark::Fail => "✖",
        Mark::Na => "–",
    }
}

/// A progress bar whose track shows in both themes (egui's own draws its track in the
/// text-field colour, which vanishes on a light card) and that draws no fill at zero.
pub fn progress_bar(ui: &mut Ui, fraction: f32, text: &str, palette: &Palette) -> Response {
    let height = 22.0;
    let (rect, response) = ui.allocate_exact_size(Vec2::new(ui.available_width(), height), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, text));
    let painter = ui.painter();
    let radius = egui::CornerRadius::same(11);
    painter.rect_filled(rect, radius, palette.border);
    let fraction = fraction.clamp(0.0, 1.0);
    if fraction > 0.0 {
        let mut fill = rect;
        fill.set_width((rect.width() * fraction).max(height));
        painter.rect_filled(fill, radius, palette.accent.gamma_multiply(0.85));
    }
    painter.text(
        rect.left_center() + Vec2::new(10.0, 0.0),
        egui::Align2::LEFT_CENTER,
        text,
        FontId::proportional(13.5),
        ui.visuals().strong_text_color(),
    );
    response
}

/// A big score in a coloured ring; `label` is what a screen reader says ("Score 85 of 100").
pub fn score_ring(ui: &mut Ui, total: u8, passed: bool, palette: &Palette, size: f32, label: &str) -> Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, label));
    let color = if passed { palette.pass } else { palette.fail };
    let painter = ui.painter();
    painter.circle_stroke(
        rect.center(),
        size / 2.0 - 4.0,
        Stroke::new(6.0, color.gamma_multiply(0.25)),
    );
    // The ring fills to the score.
    let n = 64;
    let frac = f32::from(total.min(100)) / 100.0;
    let points: Vec<egui::Pos2> = (0..=((n as f32 * frac) as usize))
        .map(|i| {
            let a = -std::f32::consts::FRAC_PI_2 + std::f32::consts::TAU * (i as f32 / n as f32);
            rect.center() + Vec2::angled(a) * (size / 2.0 - 4.0)
        })
        .collect();
    if points.len() > 1 {
        painter.add(egui::Shape::line(points, Stroke::new(6.0, color)));
    }
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        total.to_string(),
        FontId::proportional(size * 0.34),
        ui.visuals().strong_text_color(),
    );
    response
}

/// Text with some byte ranges highlighted (evidence in a reply).
pub fn highlighted(
    ui: &mut Ui,
    text: &str,
    spans: &[(usize, usize)],
    strong: &[(usize, usize)],
    palette: &Palette,
) -> Response {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = ui.visuals().text_color();
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for &(s, e) in spans.iter().chain(strong) {
        if s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e) {
            cuts.push(s);
            cuts.push(e);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a == b {
            continue;
        }
        let inside = |list: &[(usize, usize)]| list.iter().any(|&(s, e)| s <= a && b <= e);
        let background = if inside(strong) {
            palette.highlight_strong
        } else if inside(spans) {
            palette.highlight
        } else {
            Color32::TRANSPARENT
        };
        let text_color = if background == Color32::TRANSPARENT || !palette.dark {
            color
        } else {
            Color32::WHITE
        };
        job.append(
            &text[a..b],
            0.0,
            TextFormat {
                font_id: font.clone(),
                color: text_color,
                background,
                ..Default::default()
            },
        );
    }
    ui.label(job)
}

/// An empty state: a title and a line of help.
pub fn empty_state(ui: &mut Ui, title: &str, body: &str, palette: &Palette) {
    ui.add_space(12.0);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(title).strong().size(16.0));
        ui.label(RichText::new(body).color(palette.muted));
    });
    ui.add_space(12.0);
}

/// A centred, scrollable page column at most `max_width` wide.
pub fn page(ui: &mut Ui, id: &str, max_width: f32, add: impl FnOnce(&mut Ui)) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt(id)
            .auto_shrink(false)
            .show(ui, |ui| {
                let full = ui.available_width();
                let w = full.min(max_width);
                let pad = ((full - w) / 2.0).max(0.0);
                ui.horizontal(|ui| {
                    ui.add_space(pad);
                    ui.vertical(|ui| {
                        ui.set_width(w);
                        ui.add_space(8.0);
                        add(ui);
                        ui.add_space(24.0);
                    });
                });
            });
    });
}

/// An RFC 3339 timestamp as local "YYYY-MM-DD HH:MM" (the text itself if it does not parse).
#[must_use]
pub fn local_time(rfc: &str) -> String {
    rfc.parse::<jiff::Timestamp>()
        .map(|t| {
            t.to_zoned(jiff::tz::TimeZone::system())
                .strftime("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| rfc.to_owned())
}
