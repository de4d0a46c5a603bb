//! Finding where in a file a semantic problem lives.
//!
//! ron gives positions for syntax errors only; once a file has parsed, the values carry no
//! spans. A trainer still needs `line:col`, so we search the text: first for anchors that
//! narrow the region (the step's `id: "..."`), then for the offending value itself. When a
//! search fails we fall back to the last anchor found, which is still the right neighbourhood.
//!
//! Files can be up to a megabyte and carry thousands of problems, so everything a search
//! needs per position (where each line starts, where its `//` comment starts, how many
//! characters come before it) is computed once, on first use, in one pass. Every lookup is
//! then a binary search plus a short count, never a rescan from the start of the file.

use std::cell::OnceCell;
use std::collections::HashMap;

/// Character counts are kept at every multiple of this many bytes.
const CHECKPOINT: usize = 4096;

/// Per-file positions, computed once.
#[derive(Debug)]
struct Index {
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
    /// Per line: the byte offset where a `//` comment (outside a string) starts.
    comment_at: Vec<Option<usize>>,
    /// Characters before byte `k * CHECKPOINT`.
    chars_before: Vec<usize>,
}

impl Index {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut comment_at = Vec::new();
        let mut chars_before = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut chars = 0;
        let (mut in_string, mut escaped, mut prev_slash) = (false, false, false);
        let mut comment: Option<usize> = None;
        for (i, &b) in bytes.iter().enumerate() {
            if i % CHECKPOINT == 0 {
                chars_before.push(chars);
            }
            if b & 0xC0 != 0x80 {
                chars += 1;
            }
            if b == b'\n' {
                comment_at.push(comment.take());
                line_starts.push(i + 1);
                (in_string, escaped, prev_slash) = (false, false, false);
                continue;
            }
            if comment.is_some() {
                continue;
            }
            // Strings are tracked within a line, as a trainer reads the file.
            if in_string {
                match (escaped, b) {
                    (false, b'\\') => escaped = true,
                    (false, b'"') => in_string = false,
                    _ => escaped = false,
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'/' if prev_slash => comment = Some(i - 1),
                _ => {}
            }
            prev_slash = b == b'/';
        }
        comment_at.push(comment);
        if chars_before.is_empty() {
            chars_before.push(0);
        }
        Index {
            line_starts,
            comment_at,
            chars_before,
        }
    }

    /// The 0-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// Characters in `text[..offset]`.
    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let k = (offset / CHECKPOINT).min(self.chars_before.len() - 1);
        let from = k * CHECKPOINT;
        let tail = text.as_bytes()[from..offset]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count();
        self.chars_before[k] + tail
    }
}

/// Searches one file's text for positions.
#[derive(Debug)]
pub struct Locator<'a> {
    text: &'a str,
    index: OnceCell<Index>,
    /// The first offset of each quoted value outside comments (its opening quote).
    quoted: OnceCell<HashMap<&'a str, usize>>,
}

impl<'a> Locator<'a> {
    /// A locator over a file's text.
    #[must_use]
    pub const fn new(text: &'a str) -> Self {
        Locator {
            text,
            index: OnceCell::new(),
            quoted: OnceCell::new(),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::new(self.text))
    }

    /// The 1-based (line, column) of a byte offset; columns count characters.
    #[must_use]
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let index = self.index();
        let line = index.line_of(offset);
        let start = index.line_starts[line];
        let col = index.chars_to(self.text, offset) - index.chars_to(self.text, start) + 1;
        (line + 1, col)
    }

    /// Finds `needle` at or after `from`, skipping occurrences inside `//` comments.
    #[must_use]
    pub fn find_code(&self, from: usize, needle: &str) -> Option<usize> {
        let index = self.index();
        let mut pos = from;
        while let Some(i) = self.text.get(pos..).and_then(|t| t.find(needle)) {
            let at = pos + i;
            let line = index.line_of(at);
            match index.comment_at[line] {
                // The rest of this line is a comment: go on from the next line.
                Some(c) if c <= at => {
                    pos = index.line_starts.get(line + 1).copied().unwrap_or(self.text.len());
                }
                _ => return Some(at),
            }
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
        if anchors.is_empty()
            && let Some(&at) = self.quoted().get(value)
        {
            return self.line_col(at);
        }
        self.find(anchors, &format!("\"{value}\""))
    }

    /// Every quoted value outside comments, by its raw text: one pass over the file, so
    /// that reporting thousands of values costs no more than reading it once.
    fn quoted(&self) -> &HashMap<&'a str, usize> {
        self.quoted.get_or_init(|| {
            let index = self.index();
            let text: &'a str = self.text;
            let bytes = text.as_bytes();
            let mut map = HashMap::new();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] != b'"' {
                    i += 1;
                    continue;
                }
                let line = index.line_of(i);
                if index.comment_at[line].is_some_and(|c| c <= i) {
                    i = index.line_starts.get(line + 1).copied().unwrap_or(bytes.len());
                    continue;
                }
                // The closing quote: the next unescaped one on the same line.
                let mut j = i + 1;
                let mut escaped = false;
                while j < bytes.len() && bytes[j] != b'\n' {
                    match (escaped, bytes[j]) {
                        (false, b'\\') => escaped = true,
                        (false, b'"') => break,
                        _ => escaped = false,
                    }
                    j += 1;
                }
                if j < bytes.len() && bytes[j] == b'"' {
                    if let Some(value) = text.get(i + 1..j) {
                        map.entry(value).or_insert(i);
                    }
                    i = j + 1;
                } else {
                    i = j;
                }
            }
            map
        })
    }

    /// The byte offset of a quoted string value at or after `from`: for reporting many
    /// values in file order, each search going on from the previous one.
    #[must_use]
    pub fn find_str_from(&self, from: usize, value: &str) -> Option<usize> {
        self.find_code(from, &format!("\"{value}\""))
    }

    /// The anchor for a step: its `id: "..."` entry.
    #[must_use]
    pub fn step_anchor(step_id: &str) -> String {
        format!("\"{step_id}\"")
    }
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
        let text = "a: \"x\" // \"y\"\nb: \"y\"";
        assert_eq!(Locator::new(text).find_str(&[], "y"), (2, 4));
    }

    #[test]
    fn columns_count_characters_across_checkpoints() {
        // Long lines of two-byte characters put positions past several checkpoints.
        let line = "ä".repeat(3 * CHECKPOINT);
        let text = format!("{line}\n{line}X");
        let loc = Locator::new(&text);
        let at = text.rfind('X').unwrap_or(0);
        assert_eq!(loc.line_col(at), (2, 3 * CHECKPOINT + 1));
        assert_eq!(loc.line_col(line.len() - 2), (1, 3 * CHECKPOINT));
    }

    /// Many matches inside one long comment line used to rescan the line for each of them
    /// (D3: a 931 KB scenario took 69 s). The index makes it one pass; a quadratic scan of
    /// this text would not finish within the test run.
    #[test]
    fn matches_inside_a_long_comment_are_skipped_in_one_pass() {
        let text = format!(
            "a: \"{}\", // {}\nid: \"Q\"",
            "a".repeat(400_000),
            "\"Q\"".repeat(150_000)
        );
        let loc = Locator::new(&text);
        assert_eq!(loc.find_str(&[], "Q"), (2, 5));
    }

    #[test]
    fn a_cursor_finds_values_in_file_order() {
        let text = "[\"a\", \"b\", // \"c\"\n \"c\"]";
        let loc = Locator::new(text);
        let a = loc.find_str_from(0, "a").unwrap_or(0);
        let c = loc.find_str_from(a, "c").unwrap_or(0);
        assert_eq!(loc.line_col(c), (2, 2));
    }
}
