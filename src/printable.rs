//! Text from documents, notes and file names, made safe to print for people.
//!
//! A document or a file name can hold control characters: ESC and the C1 controls start
//! terminal sequences (clear the screen, set the window title, hide text), a carriage return
//! overwrites the line, a line feed in a file name splits a one-line message in two. Whatever
//! the program prints for people goes through these functions, which write such characters as
//! visible escapes (`\u{1b}`, `\r`) instead. Tabs are kept, and so are the bidirectional
//! formatting characters Arabic text needs. JSON output for scripts is left as it is (JSON
//! escapes its own control characters).
//!
//! ```
//! use plenary::printable;
//! assert_eq!(printable::line("a\x1b[2Jb\nc"), "a\\u{1b}[2Jb\\nc");
//! assert_eq!(printable::lines("one\ntwo\r"), "one\ntwo\\r");
//! assert_eq!(printable::line("plain"), "plain");
//! ```

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::Path;

/// Whether `c` must not reach a terminal as it is. Line feeds are decided by the caller.
fn steers_terminal(c: char) -> bool {
    // C0 controls, DEL and the C1 controls (U+0080..U+009F) are exactly Unicode's `Cc`.
    c.is_control() && c != '\t'
}

fn escaped(text: &str, keep_line_feeds: bool) -> Cow<'_, str> {
    let must_escape = |c: char| steers_terminal(c) && !(keep_line_feeds && c == '\n');
    if !text.chars().any(must_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if must_escape(c) {
            // `\n`, `\r`, `\0`, or `\u{1b}`.
            let _ = write!(out, "{}", c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` on one line, every control character escaped (line feeds too): names, titles,
/// paths, references and messages.
pub fn line(text: &str) -> Cow<'_, str> {
    escaped(text, false)
}

/// `text` with its line feeds kept and every other control character escaped: the bodies of
/// notes and paragraphs, printed line by line.
pub fn lines(text: &str) -> Cow<'_, str> {
    escaped(text, true)
}

/// At most `limit` characters of `text`, with `…` when it was cut.
pub fn excerpt(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let mut short: String = text.chars().take(limit).collect();
    short.push('…');
    short
}

/// A path as one line of text, for messages (which name the file last).
pub fn path(path: &Path) -> String {
    line(&path.to_string_lossy()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_everything_else_kept() {
        assert_eq!(line("\x1b]0;title\x07"), "\\u{1b}]0;title\\u{7}");
        assert_eq!(line("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(line("a\x7fb"), "a\\u{7f}b");
        assert_eq!(line("a\r\nb"), "a\\r\\nb");
        assert_eq!(line("tab\there"), "tab\there");
        assert_eq!(lines("a\nb\x1bc"), "a\nb\\u{1b}c");
        // Arabic with its directional marks, Chinese, accents: untouched.
        for text in ["\u{202b}قرار\u{202c}", "决议", "résolution", "\u{200f}"] {
            assert!(matches!(line(text), Cow::Borrowed(_)), "{text}");
        }
        assert_eq!(path(Path::new("/tmp/a\nb.md")), "/tmp/a\\nb.md");
    }
}
