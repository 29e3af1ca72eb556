//! Lines, page furniture (running headers and footers), footnote rules and line joining.

use regex::Regex;
use std::sync::LazyLock;

/// One line of the input, trimmed, with its place in the source.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line<'a> {
    /// The content without surrounding whitespace and bidi controls.
    pub text: &'a str,
    /// Byte range of `text` in the input.
    pub start: usize,
    pub end: usize,
    /// 1-based line number.
    pub number: usize,
    /// Whether the raw line began with whitespace (markdown footnote continuations).
    pub indented: bool,
}

/// Characters that carry no content at the edges of a line: whitespace, the byte order
/// mark and the invisible direction marks that PDF exports of Arabic text are full of.
pub(crate) fn is_edge_noise(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{feff}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// Splits the input into trimmed lines (`\n`, `\r\n` or `\r` endings).
pub(crate) fn split_lines(input: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::with_capacity(input.len() / 60 + 1);
    let bytes = input.as_bytes();
    let mut start = 0;
    let mut number = 1;
    while start <= input.len() {
        let mut end = start;
        while end < bytes.len() && bytes[end] != b'\n' && bytes[end] != b'\r' {
            end += 1;
        }
        let raw = &input[start..end];
        let lead = raw.len() - raw.trim_start_matches(is_edge_noise).len();
        let text = raw.trim_matches(is_edge_noise);
        lines.push(Line {
            text,
            start: start + lead,
            end: start + lead + text.len(),
            number,
            indented: lead > 0 && raw.starts_with([' ', '\t']),
        });
        number += 1;
        if end >= bytes.len() {
            break;
        }
        // A `\r\n` pair ends one line, not two.
        start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
        if start == bytes.len() {
            break;
        }
    }
    lines
}

/// A UN document symbol as printed in running heads: `A/C.3/78/L.41`, `S/RES/2532 (2020)`.
pub(crate) const SYMBOL: &str = r"(?:A|S|E)(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+(?: ?\(\d{4}\))?";

static FURNITURE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    super::regex(&format!(
        r"^(?:\d{{2}}-\d{{5,6}}(?:\s*\([A-Z]\))?(?:\s+\d{{6}})*(?:\s*\d{{1,3}}/\d{{1,3}})?|\d{{1,3}}/\d{{1,3}}(?:\s*\d{{2}}-\d{{5,6}}(?:\s*\([A-Z]\))?)?|\*\d{{6,}}\*)?\s*(?P<sym>{SYMBOL})?$"
    ))
});

/// What page furniture looks like: `23-21227 (E) 131123`, `*2321227*A/C.3/78/L.41`,
/// `2/9 23-21227A/C.3/78/L.41`, `23-21227 3/9A/C.3/78/L.41`, a symbol alone, an HTML
/// comment (page markers in markdown exports). Returns the symbol printed in it, if any.
pub(crate) fn furniture(text: &str) -> Option<Option<&str>> {
    let first = text.chars().next()?;
    if text.starts_with("<!--") && text.ends_with("-->") {
        return Some(None);
    }
    if !(first.is_ascii_digit() || matches!(first, '*' | 'A' | 'S' | 'E')) || text.len() > 80 {
        return None;
    }
    let caps = FURNITURE.as_ref()?.captures(text)?;
    Some(caps.name("sym").map(|m| m.as_str()))
}

static SYMBOL_AT_EDGE: LazyLock<Option<Regex>> =
    LazyLock::new(|| super::regex(&format!(r"^\s*{SYMBOL}\s+|\s+{SYMBOL}\s*$")));

/// The document's title as running heads repeat it at the top of each page (`Scale of
/// assessments for the apportionment of the expenses of the` over `A/RES/80/2  United
/// Nations: requests under Article 19 of the Charter`): a head is the whole title or a
/// stretch of it from its start or to its end, at word boundaries, perhaps beside the symbol.
#[derive(Clone, Debug, Default)]
pub(crate) struct RunningHeads {
    titles: Vec<String>,
}

impl RunningHeads {
    /// The forms the title is known in (the cover page's, the export's metadata).
    pub(crate) fn new<'a>(titles: impl IntoIterator<Item = &'a str>) -> Self {
        let mut out: Vec<String> = Vec::new();
        for title in titles {
            let norm = head_form(title);
            if norm.split(' ').count() >= 2 && !out.contains(&norm) {
                out.push(norm);
            }
        }
        RunningHeads { titles: out }
    }

    /// Whether a line is a running head.
    pub(crate) fn is_head(&self, text: &str) -> bool {
        if self.titles.is_empty() || text.len() > 400 {
            return false;
        }
        let without_symbol = SYMBOL_AT_EDGE
            .as_ref()
            .map_or(std::borrow::Cow::Borrowed(text), |r| r.replace(text, ""));
        let line = head_form(&without_symbol);
        // Three words at least, unless it is the whole title: a fragment of two words could
        // be anything.
        let words = line.split(' ').filter(|w| !w.is_empty()).count();
        if line.is_empty() || ends_complete(&line) {
            return false;
        }
        self.titles.iter().any(|title| {
            let whole = *title == line;
            let at_start =
                title.starts_with(&line) && title.as_bytes().get(line.len()) == Some(&b' ');
            let at_end = title.ends_with(&line)
                && title
                    .len()
                    .checked_sub(line.len() + 1)
                    .and_then(|i| title.as_bytes().get(i))
                    == Some(&b' ');
            whole || (words >= 3 && line.len() >= 15 && (at_start || at_end))
        })
    }
}

/// Lower case, straight quotes, no emphasis, single spaces, no space before a colon.
fn head_form(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            '’' | '‘' | 'ʼ' => '\'',
            '“' | '”' | '«' | '»' => '"',
            '*' | '_' | '#' => continue,
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space && !matches!(c, ':' | ';' | ',') {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

/// A footnote rule: a line of underscores (PDF text) or long dashes.
pub(crate) fn is_footnote_rule(text: &str) -> bool {
    let count = text.chars().count();
    count >= 5
        && (text.chars().all(|c| c == '_') || (count >= 10 && text.chars().all(|c| c == '-')))
}

/// A markdown thematic break (`---`, `***`, `* * *`): a separator, not content.
pub(crate) fn is_thematic_break(text: &str) -> bool {
    let Some(first) = text.chars().next() else {
        return false;
    };
    matches!(first, '-' | '*' | '_')
        && text.chars().filter(|&c| c == first).count() >= 3
        && text.chars().all(|c| c == first || c == ' ')
}

pub(crate) use crate::document::script::is_cjk;

/// Appends `next` (a line's text) to `buffer` (the paragraph so far) the way the printed
/// page reads: a word broken at a hyphen (`post-` + `conflict`) closes up and keeps the
/// hyphen, a soft hyphen disappears, Chinese lines close up, anything else takes a space.
pub(crate) fn join_line(buffer: &mut String, next: &str) {
    if next.is_empty() {
        return;
    }
    // Markdown hard breaks (two trailing spaces were trimmed already; a backslash is not).
    if buffer.ends_with('\\') {
        buffer.pop();
    }
    let trimmed_len = buffer.trim_end().len();
    buffer.truncate(trimmed_len);
    let Some(last) = buffer.chars().next_back() else {
        buffer.push_str(next);
        return;
    };
    let first = next.chars().next().unwrap_or(' ');
    if last == '\u{ad}' {
        buffer.pop();
    } else if matches!(last, '-' | '\u{2010}') && first.is_alphabetic() {
        let before = buffer[..buffer.len() - last.len_utf8()].chars().next_back();
        if !before.is_some_and(char::is_alphabetic) {
            buffer.push(' ');
        }
    } else if !(is_cjk(last) || is_cjk(first)) {
        buffer.push(' ');
    }
    buffer.push_str(next);
}

/// Punctuation that ends a paragraph (or a line that ends one): `, ; : .` and their
/// Chinese and Arabic forms.
pub(crate) fn is_terminal_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '.'
            | '!'
            | '?'
            | '…'
            | '。'
            | '，'
            | '；'
            | '：'
            | '！'
            | '？'
            | '、'
            | '،'
            | '؛'
            | '؟'
            | '۔'
    )
}

/// Whether raw paragraph text (markdown and footnote markers still in it) ends as a
/// paragraph ends: with terminal punctuation, perhaps followed by a footnote marker, a
/// closing quote or emphasis markers.
pub(crate) fn ends_complete(raw: &str) -> bool {
    final_punct(raw).is_some()
}

/// The punctuation raw paragraph text ends with, past footnote markers, emphasis and
/// closing quotes: `,` for a preambular paragraph, `;` or `.` for an operative one, `:` for a
/// chapeau; None when it stops mid-sentence.
pub(crate) fn final_punct(raw: &str) -> Option<char> {
    let mut s = raw.trim_end_matches(is_edge_noise);
    // Markdown footnote references and emphasis closers.
    loop {
        let before = s.len();
        s = s.trim_end_matches(['*', '_', ' ', '\u{a0}']);
        if s.ends_with(']')
            && let Some(open) = s.rfind("[^")
        {
            s = &s[..open];
        }
        s = s.trim_end_matches(|c: char| is_superscript_digit(c) || c == '*');
        if s.len() == before {
            break;
        }
    }
    // Plain-digit footnote markers glued after punctuation (`Iran,4`), or set off by a space
    // after a comma or semicolon (`2024/25; 4`).
    let without_digits = s.trim_end_matches(|c: char| c.is_ascii_digit());
    if without_digits.len() < s.len() {
        let glued = without_digits
            .chars()
            .next_back()
            .is_some_and(|c| is_terminal_punct(c) || is_closing_quote(c));
        let spaced = without_digits.ends_with(' ')
            && s.len() - without_digits.len() <= 3
            && without_digits
                .trim_end_matches(' ')
                .ends_with([',', ';', ':', '，', '；']);
        if glued {
            s = without_digits;
        } else if spaced {
            s = without_digits.trim_end_matches(' ');
        }
    }
    let s = s.trim_end_matches(is_closing_quote);
    s.chars().next_back().filter(|&c| is_terminal_punct(c))
}

/// Closing quotation marks and brackets that may follow a paragraph's final punctuation.
pub(crate) fn is_closing_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '»' | '」' | '』' | '›')
}

/// `¹²³⁴⁵⁶⁷⁸⁹⁰`.
pub(crate) fn is_superscript_digit(c: char) -> bool {
    superscript_value(c).is_some()
}

/// The digit a superscript digit stands for.
pub(crate) fn superscript_value(c: char) -> Option<char> {
    Some(match c {
        '⁰' => '0',
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        '⁴' => '4',
        '⁵' => '5',
        '⁶' => '6',
        '⁷' => '7',
        '⁸' => '8',
        '⁹' => '9',
        _ => return None,
    })
}

/// The first character that carries content, skipping markdown emphasis markers and
/// opening quotes: decides whether a line starts a new sentence.
pub(crate) fn first_content_char(text: &str) -> Option<char> {
    text.chars()
        .find(|&c| !matches!(c, '*' | '_' | '“' | '"' | '‘' | '\'' | '«' | '„' | ' '))
}

/// The number of characters in a line, for line-width statistics.
pub(crate) fn width(text: &str) -> usize {
    text.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_offsets() {
        let input = "\u{feff}ab\r\n  cd \n\ne";
        let lines = split_lines(input);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].text, "ab");
        assert_eq!(&input[lines[1].start..lines[1].end], "cd");
        assert!(lines[1].indented);
        assert_eq!(lines[2].text, "");
        assert_eq!(lines[3].number, 4);
    }

    #[test]
    fn recognises_footers() {
        assert_eq!(furniture("23-21227 (E) 131123"), Some(None));
        assert_eq!(
            furniture("*2321227*A/C.3/78/L.41"),
            Some(Some("A/C.3/78/L.41"))
        );
        assert_eq!(
            furniture("2/9 23-21227A/C.3/78/L.41"),
            Some(Some("A/C.3/78/L.41"))
        );
        assert_eq!(
            furniture("23-21227 3/9A/C.3/78/L.41"),
            Some(Some("A/C.3/78/L.41"))
        );
        assert_eq!(furniture("23-21227 9/9"), Some(None));
        assert_eq!(
            furniture("S/RES/2532 (2020)"),
            Some(Some("S/RES/2532 (2020)"))
        );
        assert_eq!(furniture("1. Takes note"), None);
        assert_eq!(furniture("5 A/78/511."), None);
        assert_eq!(furniture("2022 unrests” by the President"), None);
        assert_eq!(furniture("A/78/511."), None);
    }

    #[test]
    fn running_heads_repeat_the_title() {
        let heads = RunningHeads::new([
            "Scale of assessments for the apportionment of the expenses of the",
            "Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter",
        ]);
        assert!(heads.is_head("Scale of assessments for the apportionment of the expenses of the"));
        assert!(
            heads.is_head("A/RES/80/2 United Nations: requests under Article 19 of the Charter")
        );
        assert!(
            heads.is_head("United Nations : requests under Article 19 of the Charter A/RES/80/2")
        );
        // Text of the resolution is not a head, even where it shares the title's words.
        assert!(!heads.is_head("Scale of assessments for the apportionment of the expenses,"));
        assert!(!heads.is_head("Scale of"));
        assert!(!heads.is_head("the expenses of the United"));
        assert!(!heads.is_head("Recalling the scale of assessments"));
        assert!(!RunningHeads::new([]).is_head("Scale of assessments for the"));
    }

    #[test]
    fn joins_lines_as_printed() {
        let mut s = String::from("post-");
        join_line(&mut s, "conflict");
        assert_eq!(s, "post-conflict");
        let mut s = String::from("human");
        join_line(&mut s, "rights");
        assert_eq!(s, "human rights");
        let mut s = String::from("信息和");
        join_line(&mut s, "通信技术");
        assert_eq!(s, "信息和通信技术");
        let mut s = String::from("a -");
        join_line(&mut s, "b");
        assert_eq!(s, "a - b");
    }

    #[test]
    fn completeness() {
        assert!(ends_complete("instruments,"));
        assert!(ends_complete("Republic of Iran,4"));
        assert!(ends_complete("报告，³"));
        assert!(ends_complete("human rights”."));
        assert!(ends_complete("Membres\u{a0}:"));
        assert!(!ends_complete("of the Human Rights"));
        assert!(!ends_complete("resolution 52/27"));
        assert!(ends_complete("for 2024/25; 4"));
        assert!(!ends_complete("the Agenda 2063"));
        assert_eq!(final_punct("we commit to:"), Some(':'));
        assert_eq!(final_punct("decides;[^2]"), Some(';'));
        assert_eq!(final_punct("To this end, we"), None);
    }
}
