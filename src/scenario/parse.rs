//! Turning a file's bytes into a typed value, or a located, translatable problem.

use serde::de::DeserializeOwned;

use crate::format::diagnostic::Diagnostic;
use crate::format::locate::Locator;
use crate::i18n::Msg;

/// Files larger than this are refused before parsing (a scenario is a few kilobytes).
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

pub use crate::format::ron_options;
pub use crate::vocab::UNKNOWN_ID_MARK;

/// Decodes the bytes as UTF-8 text, refusing huge, empty and binary files with a clear message.
///
/// # Errors
/// A diagnostic located at the first bad byte (or 1:1).
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::error(
            file,
            (1, 1),
            Msg::new("load-too-large")
                // Rounded up: a file one byte over the limit must not read "1024 KB of 1024 KB".
                .num("size_kb", u32::try_from(bytes.len().div_ceil(1024)).unwrap_or(u32::MAX))
                .num("max_kb", u32::try_from(MAX_FILE_BYTES / 1024).unwrap_or(u32::MAX)),
        ));
    }
    // A byte-order mark (Windows Notepad writes one) is not part of the text.
    let bytes = crate::fsutil::strip_bom(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
            let pos = Locator::new(valid).line_col(valid.len());
            return Err(Diagnostic::error(file, pos, Msg::new("load-not-utf8")));
        }
    };
    if text.contains('\0') {
        let at = text.find('\0').unwrap_or(0);
        return Err(Diagnostic::error(
            file,
            Locator::new(text).line_col(at),
            Msg::new("load-not-utf8"),
        ));
    }
    if is_blank(text) {
        return Err(Diagnostic::error(file, (1, 1), Msg::new("load-empty-file")));
    }
    Ok(text)
}

/// Only whitespace and `//` comments?
fn is_blank(text: &str) -> bool {
    text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with("//")
    })
}

/// Parses RON text into `T`.
///
/// # Errors
/// A diagnostic at the position ron reports, with ron's explanation.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Diagnostic> {
    ron_options().from_str::<T>(text).map_err(|e| {
        let pos = (e.span.start.line.max(1), e.span.start.col.max(1));
        Diagnostic::error(file, pos, syntax_msg(&e.code))
    })
}

/// A translatable message for a ron error; our own vocabulary errors become their own message.
fn syntax_msg(code: &ron::Error) -> Msg {
    explain_detail(&code.to_string())
}

/// A translatable message for a deserializer's error text (ron's or serde_json's): our own
/// vocabulary errors, which travel through serde's free-text channel with marker characters,
/// become their own message, so the markers never reach a user (D20).
#[must_use]
pub fn explain_detail(detail: &str) -> Msg {
    let parts: Vec<&str> = detail.split(UNKNOWN_ID_MARK).collect();
    if let [_, kind, given, expected, ..] = parts.as_slice() {
        return Msg::new("load-unknown-id")
            .with("kind", *kind)
            .with("given", *given)
            .with("expected", *expected);
    }
    Msg::new("load-syntax").with("detail", detail)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::model::Brand;

    #[test]
    fn empty_and_comment_only_files_are_called_empty() {
        for text in ["", "   \n\t", "// only a comment\n"] {
            let d = decode("f.ron", text.as_bytes()).unwrap_err();
            assert_eq!(d.msg.id, "load-empty-file");
        }
    }

    #[test]
    fn binary_is_refused_at_the_first_bad_byte() {
        let d = decode("f.ron", b"ab\ncd\xff\xfe").unwrap_err();
        assert_eq!(d.msg.id, "load-not-utf8");
        assert_eq!((d.line, d.col), (2, 3));
    }

    #[test]
    fn syntax_errors_carry_their_position() {
        let d = parse::<Brand>("b.ron", "Brand(\n  format: 1,\n  id: \"x\"\n  name: \"y\",\n)").unwrap_err();
        assert_eq!(d.msg.id, "load-syntax");
        assert_eq!(d.line, 4, "{d:?}");
    }
}
