//! Small pieces for the self-contained HTML report and certificate: escaping, a page shell,
//! inline SVG line charts, and reply text with its evidence marked.

use std::fmt::Write;

/// Escapes text for HTML.
#[must_use]
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A complete page with print-friendly styles; no external resources.
#[must_use]
pub fn page(lang: &str, title: &str, body: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1d2433;line-height:1.45}}
h1{{font-size:1.8rem;margin-bottom:.2rem}} h2{{margin-top:2rem;border-bottom:1px solid #dde1ea;padding-bottom:.3rem}}
table{{border-collapse:collapse;width:100%;margin:.5rem 0}} th,td{{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #e7eaf0;vertical-align:top}}
.muted{{color:#5b6577}} .pass{{color:#1f7a3f;font-weight:600}} .partial{{color:#a05a00;font-weight:600}} .fail{{color:#b42318;font-weight:600}} .na{{color:#5b6577}}
mark{{background:#fff1a8;padding:0 .1rem;border-radius:2px}} .reply{{background:#f5f7fb;border-left:3px solid #4a6cf7;padding:.5rem .8rem;white-space:pre-wrap}}
.chart{{display:inline-block;margin:.5rem 1rem .5rem 0;vertical-align:top}} .attempt{{page-break-inside:avoid;margin-bottom:1.5rem}}
.cert{{border:6px double #4a6cf7;padding:2.5rem;text-align:center;margin-top:2rem}} .cert h1{{font-size:2.2rem}}
@media print{{body{{margin:0}} a{{color:inherit}}}}
</style></head><body>
{body}
</body></html>
"#
    )
}

/// A small line chart of (x, y) points, y from 0 to 100, with a caption.
#[must_use]
pub fn line_chart(caption: &str, points: &[(f64, f64)]) -> String {
    const W: f64 = 280.0;
    const H: f64 = 120.0;
    const PAD: f64 = 24.0;
    let mut svg = format!(
        r##"<figure class="chart"><svg width="{W}" height="{H}" viewBox="0 0 {W} {H}" role="img" aria-label="{}"><rect x="0" y="0" width="{W}" height="{H}" fill="#fafbfd" stroke="#e7eaf0"/>"##,
        esc(caption)
    );
    for level in [50.0, 75.0, 90.0] {
        let y = H - PAD - (H - 2.0 * PAD) * level / 100.0;
        let _ = write!(
            svg,
            r##"<line x1="{PAD}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#e0e4ec" stroke-dasharray="3 3"/>"##,
            W - 8.0
        );
    }
    if !points.is_empty() {
        let (min_x, max_x) = points
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), (x, _)| (lo.min(*x), hi.max(*x)));
        let span = (max_x - min_x).max(1.0);
        let coords: Vec<(f64, f64)> = points
            .iter()
            .map(|(x, y)| {
                let px = if points.len() == 1 {
                    W / 2.0
                } else {
                    PAD + (W - PAD - 8.0) * (x - min_x) / span
                };
                let py = H - PAD - (H - 2.0 * PAD) * y.clamp(0.0, 100.0) / 100.0;
                (px, py)
            })
            .collect();
        let path: Vec<String> = coords.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let _ = write!(
            svg,
            r##"<polyline fill="none" stroke="#4a6cf7" stroke-width="2" points="{}"/>"##,
            path.join(" ")
        );
        for (x, y) in &coords {
            let _ = write!(svg, r##"<circle cx="{x:.1}" cy="{y:.1}" r="2.5" fill="#4a6cf7"/>"##);
        }
    }
    let _ = write!(
        svg,
        r#"</svg><figcaption class="muted">{}</figcaption></figure>"#,
        esc(caption)
    );
    svg
}

/// The reply with the given byte ranges wrapped in `<mark>`.
#[must_use]
pub fn marked(text: &str, spans: &[(usize, usize)]) -> String {
    let mut spans: Vec<(usize, usize)> = spans
        .iter()
        .copied()
        .filter(|&(s, e)| s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e))
        .collect();
    spans.sort_unstable();
    let mut out = String::new();
    let mut pos = 0;
    for (s, e) in spans {
        if s < pos {
            continue;
        }
        out.push_str(&esc(&text[pos..s]));
        out.push_str("<mark>");
        out.push_str(&esc(&text[s..e]));
        out.push_str("</mark>");
        pos = e;
    }
    out.push_str(&esc(&text[pos..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_marks() {
        assert_eq!(esc("<a & 'b'>"), "&lt;a &amp; &#39;b&#39;&gt;");
        assert_eq!(
            marked("Sorry <3 Anna", &[(0, 5), (9, 13)]),
            "<mark>Sorry</mark> &lt;3 <mark>Anna</mark>"
        );
    }

    #[test]
    fn charts_are_svg() {
        let c = line_chart("Privacy", &[(0.0, 40.0), (10.0, 80.0)]);
        assert!(c.contains("<svg") && c.contains("polyline"));
    }
}
