//! Finding where in a file a semantic problem lives.
//!
//! ron gives positions for syntax errors only; once a file has parsed, the values carry no
//! spans. A trainer still needs `line:col`, so we search the text: first for anchors that
//! narrow the region (the step's `id: "..."`), then for the offending value itself. When a
//! search fails we fall back to the last anchor found, which is still the right neighbourhood.

/// Searches one file's text for positions.
#[derive(Debug, Clone, Copy)]
pub struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
    /// A locator over a file's text.
    #[must_use]
    pub const fn new(text: &'a str) -> Self {
        Locator { text }
    }

    /// The 1-based (line, column) of a byte offset; columns count characters.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let mut line = 1;
        let mut line_start = 0;
        for (i, b) in self.text.bytes().enumerate().take(offset) {
            if b == b'\n' {
                line += 1;
                line_start = i + 1;
            }
        }
        let col = self.text.get(line_start..offset).map_or(1, |s| s.chars().count() + 1);
        (line, col)
    }

    /// Finds `needle` at or after `from`, skipping occurrences inside `//` comments.
    fn find_code(&self, from: usize, needle: &str) -> Option<usize> {
        let mut pos = from;
        while let Some(i) = self.text.get(pos..).and_then(|t| t.find(needle)) {
            let at = pos + i;
            let line_start = self.text[..at].rfind('\n').map_or(0, |n| n + 1);
            if !starts_comment(&self.text[line_start..at]) {
                return Some(at);
            }
            pos = at + needle.len().max(1);
        }
        None
    }

    /// The position of `needle`, searched after each anchor in turn.
    ///
    /// Anchors are matched in order (each after the previous); the needle after the last
    /// anchor found. Returns the needle's position, else the last anchor's, else 1:1.
    #[must_use]
    pub fn find(&self, anchors: &[&str], needle: &str) -> (usize, usize) {
        let mut from = 0;
        let mut best = None;
        for anchor in anchors {
            if let Some(at) = self.find_code(from, anchor) {
                best = Some(at);
                from = at + anchor.len();
            }
        }
        if !needle.is_empty()
            && let Some(at) = self.find_code(from, needle)
        {
            return self.line_col(at);
        }
        best.map_or((1, 1), |b| self.line_col(b))
    }

    /// The position of a quoted string value, e.g. `"apologgy"`, after the anchors.
    #[must_use]
    pub fn find_str(&self, anchors: &[&str], value: &str) -> (usize, usize) {
        self.find(anchors, &format!("\"{value}\""))
    }

    /// The anchor for a step: its `id: "..."` entry.
    #[must_use]
    pub fn step_anchor(step_id: &str) -> String {
        format!("\"{step_id}\"")
    }
}

/// Does this start of a line contain a `//` comment opener outside a string?
fn starts_comment(line_prefix: &str) -> bool {
    let mut in_string = false;
    let mut escaped = false;
    let mut prev_slash = false;
    for c in line_prefix.chars() {
        if in_string {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => escaped = false,
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '/' if prev_slash => return true,
            _ => {}
        }
        prev_slash = c == '/';
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_lines_and_columns_in_characters() {
        let text = "a\nbä \"x\"\n  \"y\"";
        let loc = Locator::new(text);
        assert_eq!(loc.line_col(0), (1, 1));
        assert_eq!(loc.find(&[], "\"x\""), (2, 4));
        assert_eq!(loc.find_str(&["\"x\""], "y"), (3, 3));
        assert_eq!(loc.find(&["nowhere"], "zzz"), (1, 1));
        assert_eq!(loc.find(&["bä"], "zzz"), (2, 1));
    }

    #[test]
    fn skips_comments_but_not_urls_in_strings() {
        let text = "// \"x\" here\nlink: \"http://x\", v: \"x\"";
        let loc = Locator::new(text);
        assert_eq!(loc.find_str(&[], "x"), (2, 22));
        assert!(!starts_comment("link: \"http:"));
        assert!(starts_comment("  // note"));
    }
}
